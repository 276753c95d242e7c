//! The kiosk's work with the outside world, asked for by `update` as an
//! `Effect` and done by the loop: writing the patient's summary, and the
//! staff's Summaries screen reading, printing and changing the folder.
//! The outcome goes back into the model, in words.

use crate::dataset::Dataset;
use crate::desk::{code, print, Folder, Summary};
use crate::kiosk::export::{self, Parts};
use crate::{report, words};

use super::app::App;
use super::desk::{Desk, DeskOp, Note, Open, Row};
use super::kiosk::{Kiosk, Plan, Sent, Staff};

/// "Send my summary to staff": a new code the first time; the same code
/// again after that (rewritten if the answers changed), at most
/// `MAX_EXPORTS` writes a session.
pub fn export(app: &mut App, data: &Dataset) {
    let Some(r) = app.results.as_ref() else {
        return;
    };
    let Some(k) = app.kiosk.as_mut() else {
        return;
    };
    let Some(dir) = k.export_dir.clone() else {
        return;
    };
    let today = crate::output::today();
    let md = report::markdown::render(data, &r.advice, &today);
    let json = report::json::render(data, &r.advice);
    let fhir = export::fhir_for(data, &r.advice);
    let parts = Parts {
        markdown: &md,
        json: &json,
        fhir: &fhir,
    };
    let written = match k.plan(&json) {
        Plan::Show(code) => {
            k.sent = Some(Sent::Code(code));
            return;
        }
        Plan::Limit => {
            k.sent = Some(Sent::Limit);
            return;
        }
        Plan::New => export::write_summary(&dir, &parts),
        Plan::Again(code) => export::rewrite_summary(&dir, &code, &parts),
    };
    match written {
        Ok(w) => k.record(&w.code, json),
        Err(e) => k.sent = Some(Sent::Failed(export::describe(&e))),
    }
}

/// Does what the Summaries screen asked, and says how it went there.
pub fn desk(app: &mut App, op: DeskOp) {
    let Some(k) = app.kiosk.as_mut() else {
        return;
    };
    let Some(folder) = k.export_dir.as_deref().map(Folder::new) else {
        if let Some(Staff::Desk(d)) = k.staff.as_mut() {
            d.problem = Some(words::no_export_dir().to_string());
        }
        return;
    };
    let printer = k.printer.clone();
    let Some(d) = desk_of(k) else {
        return;
    };
    match op {
        DeskOp::List => {}
        DeskOp::Open => open(&folder, d),
        DeskOp::Print => {
            if let Some(s) = opened(&folder, d) {
                d.note = Some(match print::summary(&folder, &s, printer.as_deref()) {
                    Ok(said) => Note::Done(said.trim_end().to_string()),
                    Err(why) => Note::Failed(why),
                });
            }
        }
        DeskOp::Collect => {
            if let Some(s) = opened(&folder, d) {
                d.note = Some(match folder.collect(&s) {
                    Ok(true) => Note::Done(words::desk::collected(&s.code)),
                    Ok(false) => Note::Done(words::desk::already_collected(&s.code)),
                    Err(why) => Note::Failed(why),
                });
                if let Some(o) = d.open.as_mut() {
                    o.row.collected = true;
                }
            }
        }
        DeskOp::Delete => {
            if let Some(s) = opened(&folder, d) {
                match folder.delete(&s) {
                    Ok(()) => {
                        d.open = None;
                        d.note = Some(Note::Done(words::desk::deleted(&s.code)));
                    }
                    Err(why) => d.note = Some(Note::Failed(why)),
                }
            }
        }
    }
    list(&folder, d);
}

fn desk_of(k: &mut Kiosk) -> Option<&mut Desk> {
    match k.staff.as_mut() {
        Some(Staff::Desk(d)) => Some(d),
        _ => None,
    }
}

fn row(s: &Summary) -> Row {
    Row {
        code: s.code.clone(),
        written: s.written(),
        collected: s.collected,
    }
}

/// Reads the list again, keeping the highlight on the same summary.
fn list(folder: &Folder, d: &mut Desk) {
    let was = d.focused().map(|r| r.code.clone());
    match folder.list() {
        Ok(all) => {
            d.rows = all.iter().map(row).collect();
            d.problem = None;
            let at = was.and_then(|c| d.rows.iter().position(|r| r.code == c));
            d.focus = at.unwrap_or(d.focus).min(d.rows.len().saturating_sub(1));
        }
        Err(why) => {
            d.rows.clear();
            d.problem = Some(why);
        }
    }
}

/// The open summary as the folder has it now (staff at the desk may have
/// changed it since), or a note saying it has gone.
fn opened(folder: &Folder, d: &mut Desk) -> Option<Summary> {
    let code = d.open.as_ref()?.row.code.clone();
    match folder.find(&code) {
        Ok(s) => Some(s),
        Err(why) => {
            d.note = Some(Note::Failed(why));
            None
        }
    }
}

/// Opens the summary whose code is typed (any case, spaces and dashes
/// ignored), else the highlighted one.
fn open(folder: &Folder, d: &mut Desk) {
    let all = match folder.list() {
        Ok(all) => all,
        Err(why) => {
            d.note = Some(Note::Failed(why));
            return;
        }
    };
    let wanted = if d.typed.trim().is_empty() {
        d.focused().map(|r| r.code.clone())
    } else {
        match d.typed_code() {
            Some(c) => Some(c),
            None => {
                d.note = Some(Note::Failed(words::desk::not_a_code(&d.typed)));
                return;
            }
        }
    };
    let Some(wanted) = wanted else {
        return;
    };
    let Some(s) = all.iter().find(|s| s.code == wanted) else {
        let near = code::near(&wanted, all.iter().map(|s| s.code.as_str()));
        d.note = Some(Note::Failed(words::desk::no_such(&wanted, &near)));
        return;
    };
    match folder.read_handout(s) {
        Ok(markdown) => {
            d.typed.clear();
            d.note = None;
            d.open = Some(Open {
                row: row(s),
                markdown,
                scroll: 0,
                confirm_delete: None,
            });
        }
        Err(why) => d.note = Some(Note::Failed(why)),
    }
}

#[cfg(test)]
#[path = "effects_tests.rs"]
mod tests;
