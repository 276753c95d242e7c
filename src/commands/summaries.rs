//! `scarguide summaries`: the desk's commands over the export folder.

use std::path::Path;

use crate::cli::Desk;
use crate::desk::{pages, plain, postscript, print, Folder, Summary};
use crate::report::stamp::readable_time;

pub fn summaries(dir: Option<&Path>, action: &Desk) -> i32 {
    let Some(dir) = dir else {
        crate::say!(
            "scarguide summaries: say which folder with --export-dir DIR (the folder the kiosk writes to)"
        );
        return 2;
    };
    let folder = Folder::new(dir);
    let result = match action {
        Desk::List => list(&folder),
        Desk::Show { code } => find(&folder, code).and_then(|s| show(&folder, &s)),
        Desk::Print { code, printer } => {
            find(&folder, code).and_then(|s| print_one(&folder, &s, printer.as_deref()))
        }
        Desk::Collect { code } => find(&folder, code).and_then(|s| {
            Ok(match folder.collect(&s)? {
                true => format!("{} is marked as collected.\n", s.code),
                false => format!("{} was already marked as collected.\n", s.code),
            })
        }),
        Desk::Delete { code } => find(&folder, code).and_then(|s| {
            folder.delete(&s)?;
            Ok(format!(
                "{} is deleted ({} files).\n",
                s.code,
                s.files.len()
            ))
        }),
        Desk::Purge { older_than } => purge(&folder, *older_than),
    };
    match result {
        Ok(out) => super::write_stdout(&out),
        Err(e) => {
            crate::say!("scarguide summaries: {e}");
            1
        }
    }
}

fn find(folder: &Folder, typed: &[String]) -> Result<Summary, String> {
    folder.find(&typed.join(""))
}

fn written(s: &Summary) -> String {
    s.created.map_or("unknown".to_string(), |t| {
        let local = t.to_zoned(jiff::tz::TimeZone::system());
        readable_time(&local.strftime("%Y-%m-%dT%H:%M").to_string())
    })
}

fn list(folder: &Folder) -> Result<String, String> {
    let all = folder.list()?;
    let dir = folder.dir.display();
    if all.is_empty() {
        return Ok(format!("No summaries in {dir}.\n"));
    }
    let fresh = all.iter().filter(|s| !s.collected).count();
    let mut out = format!(
        "Summaries in {dir}: {} ({fresh} new, {} collected), newest first\n\n{:<8}{:<19}{}\n",
        all.len(),
        all.len() - fresh,
        "CODE",
        "WRITTEN",
        "STATUS"
    );
    for s in &all {
        let status = if s.collected { "collected" } else { "new" };
        out.push_str(&format!("{:<8}{:<19}{status}\n", s.code, written(s)));
    }
    Ok(out)
}

fn show(folder: &Folder, s: &Summary) -> Result<String, String> {
    let md = folder.read_handout(s)?;
    Ok(plain::render(&md, plain::WIDTH))
}

fn print_one(folder: &Folder, s: &Summary, printer: Option<&str>) -> Result<String, String> {
    let md = folder.read_handout(s)?;
    let blocks = plain::blocks(&md, plain::WIDTH);
    let pages = pages::paginate(&blocks, postscript::LINES_PER_PAGE);
    let title = format!("scarguide summary {}", s.code);
    let header = format!("Summary {} - written {}", s.code, written(s));
    let ps = postscript::document(&title, &header, &pages, plain::WIDTH);
    let to = printer.map_or("the default printer".to_string(), |p| {
        format!("printer {p}")
    });
    match print::send(printer, &title, &ps) {
        Ok(said) => Ok(format!(
            "{} ({} page{}) is sent to {to}: {said}\n",
            s.code,
            pages.len(),
            super::plural(pages.len())
        )),
        Err(why) => Err(format!(
            "{} was not printed: {why}. The summary is kept.",
            s.code
        )),
    }
}

fn purge(folder: &Folder, days: u32) -> Result<String, String> {
    let purged = folder.purge(days, jiff::Timestamp::now())?;
    for (code, why) in &purged.failed {
        crate::say!("scarguide summaries: could not delete {code}: {why}");
    }
    let n = purged.deleted.len();
    let out = match n {
        0 => format!("No summaries older than {days} days.\n"),
        _ => format!(
            "Deleted {n} summar{} older than {days} days: {}\n",
            if n == 1 { "y" } else { "ies" },
            purged.deleted.join(", ")
        ),
    };
    if purged.failed.is_empty() {
        Ok(out)
    } else {
        let _ = super::write_stdout(&out);
        Err(format!("{} could not be deleted", purged.failed.len()))
    }
}
