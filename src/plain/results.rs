//! The results as they are heard: a short summary first (what to raise
//! first, then the treatments by tier), then each section under a plain
//! heading, every item with all its fields and why it appears. Ends with
//! the offer to save the handout.

use std::io::{self, BufRead, Write};
use std::path::{Path, PathBuf};

use super::console::{wrap, Io};
use super::input::escape;
use super::Options;
use crate::advice::{values, Advice};
use crate::dataset::{Dataset, Level, Tier};
use crate::interview::visibility;
use crate::report::{self, decision};
use crate::words::{self, plain as say};

/// Text wrapped to a width, with headings after a blank line; no capitals,
/// rules or bullets a screen reader would spell out.
struct Text {
    text: String,
    width: usize,
}

impl Text {
    fn para(&mut self, indent: usize, s: &str) {
        self.hang(indent, indent, s);
    }

    /// The first line at `first` spaces, the rest at `rest`.
    fn hang(&mut self, first: usize, rest: usize, s: &str) {
        for line in wrap(s, self.width, first, rest) {
            self.text.push_str(&line);
            self.text.push('\n');
        }
    }

    fn heading(&mut self, s: &str) {
        self.text.push('\n');
        self.text.push_str(s);
        self.text.push('\n');
    }

    /// "Label: text", or nothing when the dataset left the field empty.
    fn field(&mut self, indent: usize, label: &str, value: &str) {
        if !value.trim().is_empty() {
            self.para(indent, &format!("{label}: {value}"));
        }
    }
}

/// The results for people (`--format text`).
pub fn render(data: &Dataset, advice: &Advice, width: usize) -> String {
    let mut o = Text {
        text: String::new(),
        width,
    };
    summary(&mut o, data, advice);
    conflicts(&mut o, data, advice);
    said(&mut o, decision::what_matters_said(data, advice));
    treatments(&mut o, data, advice);
    said(&mut o, decision::comparison_said(data, advice));
    caveats(&mut o, advice);
    notes(&mut o, advice);
    questions(&mut o, advice);
    said(&mut o, decision::readiness_said(data, advice));
    // Last: the person has just heard them on the review.
    answers(&mut o, data, advice);
    if data.decision.is_some() {
        said(&mut o, decision::about_said(data));
    }
    o.text.push('\n');
    let sources = advice.reference_ids(data).len();
    if sources > 0 {
        o.para(0, &say::sources(sources));
    }
    o.para(
        0,
        &format!(
            "{}.",
            words::version(&data.meta.version, &data.meta.reviewed)
        ),
    );
    o.para(
        0,
        &format!("{}: {}", words::important(), data.meta.disclaimer),
    );
    o.text
}

/// What matters most, before any detail: every caveat that usually means
/// waiting and every pair of answers that do not fit, then the names.
fn said(o: &mut Text, lines: Vec<decision::Said>) {
    for l in lines {
        match l {
            decision::Said::Heading(h) => o.heading(&h),
            decision::Said::Para(i, p) => o.hang(i, i + 2, &p),
        }
    }
}

fn summary(o: &mut Text, data: &Dataset, advice: &Advice) {
    o.heading(say::results());
    let wait: Vec<_> = advice.at_level(Level::Defer).collect();
    if !wait.is_empty() || !advice.conflicts.is_empty() {
        o.para(0, say::raise_first());
        for c in &advice.conflicts {
            o.hang(
                2,
                4,
                &format!("{}: {}", say::check_answer(), c.conflict.message),
            );
        }
        // In full: what to do now ("stop it, call your doctor today")
        // must not wait for its section.
        for c in wait {
            o.hang(2, 4, &format!("{}: {}", c.caveat.title, c.caveat.text));
        }
    }
    if advice.treatments.is_empty() {
        o.para(0, words::no_treatments());
    }
    for (tier, name) in [
        (Tier::Suited, say::commonly_used()),
        (Tier::Consider, say::may_fit()),
        (Tier::NotAdvised, say::usually_avoided()),
    ] {
        // In the order shown: what fits what matters first.
        let names: Vec<&str> = values::ordered(data, advice)
            .into_iter()
            .filter(|t| t.tier == tier)
            .map(|t| t.treatment.name.as_str())
            .collect();
        if !names.is_empty() {
            o.para(0, &format!("{name}: {}.", names.join("; ")));
        }
    }
    o.para(0, say::details_follow());
}

fn answers(o: &mut Text, data: &Dataset, advice: &Advice) {
    o.heading(words::your_answers());
    for (title, labels) in report::answers_in_words(data, &advice.answers) {
        o.para(2, &format!("{title}: {}", labels.join("; ")));
    }
    let missing: Vec<&str> = visibility::unanswered(data, &advice.answers)
        .iter()
        .map(|q| q.title.as_str())
        .collect();
    if !missing.is_empty() {
        // Only optional questions are left unanswered by the end.
        o.para(
            2,
            &format!("{}: {}", say::skipped_list(), missing.join("; ")),
        );
    }
}

fn conflicts(o: &mut Text, data: &Dataset, advice: &Advice) {
    if advice.conflicts.is_empty() {
        return;
    }
    o.heading(words::check_answers());
    o.para(
        2,
        &format!(
            "{} {}",
            words::conflicts_intro(),
            words::conflicts_as_given()
        ),
    );
    for c in &advice.conflicts {
        o.para(2, &c.conflict.message);
        let titles = c.titles(data).join("; ");
        o.para(4, &format!("{}: {titles}.", words::questions_involved()));
    }
}

/// Each tier under its heading; every treatment with all its fields,
/// the avoided ones too (a person may be offered them elsewhere).
fn treatments(o: &mut Text, data: &Dataset, advice: &Advice) {
    let ordered = values::ordered(data, advice);
    let chosen = values::chosen(data, &advice.answers);
    let skin = values::skin(data, &advice.answers);
    for (tier, heading, intro) in words::tier_headings() {
        let mut items = ordered.iter().filter(|t| t.tier == tier).peekable();
        if items.peek().is_none() {
            continue;
        }
        o.heading(heading);
        o.para(2, intro);
        for t in items {
            let tr = t.treatment;
            o.text.push('\n');
            o.para(2, &tr.name);
            if let Some(f) = words::decision::fits(&values::fit(tr, &chosen, skin)) {
                o.para(4, &format!("{f}."));
            }
            o.field(4, words::why(), &t.reasons.join(" "));
            o.field(4, words::what_it_is(), &tr.summary);
            o.field(4, words::sessions(), &tr.sessions);
            o.field(4, say::time_to_heal(), &tr.downtime);
            o.field(4, words::expect(), &tr.what_to_expect);
            o.field(4, words::risks(), &tr.risks);
        }
    }
}

/// Caveats by level, each with its text and why it appears.
fn caveats(o: &mut Text, advice: &Advice) {
    o.heading(words::caveats());
    if advice.caveats.is_empty() {
        o.para(2, words::no_caveats());
    }
    for (level, heading) in words::level_headings() {
        let mut items = advice.at_level(level).peekable();
        if items.peek().is_none() {
            continue;
        }
        o.text.push('\n');
        o.para(2, &format!("{heading}:"));
        for c in items {
            o.para(4, &c.caveat.title);
            o.para(6, &c.caveat.text);
            o.field(6, words::why(), &c.reasons.join(" "));
        }
    }
}

fn notes(o: &mut Text, advice: &Advice) {
    if advice.notes.is_empty() {
        return;
    }
    o.heading(words::what_to_expect());
    for n in &advice.notes {
        o.para(2, &n.note.title);
        o.para(4, &n.note.text);
        o.field(4, words::why(), &n.reasons.join(" "));
    }
}

/// Grouped under each treatment's name, said before its questions.
fn questions(o: &mut Text, advice: &Advice) {
    let asks = advice.questions_to_ask();
    if asks.is_empty() {
        return;
    }
    o.heading(words::questions_to_ask());
    let mut current = "";
    for (t, q) in asks {
        if t.id != current {
            o.para(2, &format!("{} {}:", say::questions_about(), t.name));
            current = &t.id;
        }
        o.para(4, q);
    }
}

/// After the results: offers to save the handout (Markdown) to `default`
/// or a typed file name, never overwriting, and says the full path
/// written. Returns it, or None when the person finished without saving.
pub fn offer_save<R: BufRead, W: Write>(
    input: &mut R,
    out: &mut W,
    opts: &Options,
    handout: &str,
    default: &Path,
) -> io::Result<Option<PathBuf>> {
    let mut io = Io { input, out, opts };
    writeln!(io.out)?;
    io.para(0, &say::save_ask(&escape(&default.display().to_string())))?;
    loop {
        let Some(said) = io.answer()? else {
            io.para(0, say::not_saved())?;
            return Ok(None);
        };
        let Ok(line) = said else {
            io.para(
                0,
                &say::save_failed(
                    crate::i18n::t("plain-name-too-long-what"),
                    crate::i18n::t("plain-name-too-long-why"),
                ),
            )?;
            continue;
        };
        let typed = line.trim();
        let path = match typed.to_lowercase().as_str() {
            "" | "n" | "no" | "q" | "quit" => {
                io.para(0, say::not_saved())?;
                return Ok(None);
            }
            "y" | "yes" | "s" | "si" | "sí" => default.to_path_buf(),
            _ if typed.chars().any(char::is_control) => {
                io.para(
                    0,
                    &say::save_failed(&escape(typed), "it holds control characters"),
                )?;
                continue;
            }
            _ => PathBuf::from(typed),
        };
        match report::save::save_new(&path, handout) {
            Ok(written) => {
                let full = std::path::absolute(&written).unwrap_or(written);
                io.para(0, &say::saved(&escape(&full.display().to_string())))?;
                return Ok(Some(full));
            }
            Err(e) => {
                let shown = escape(&path.display().to_string());
                io.para(0, &say::save_failed(&shown, &report::save::describe(&e)))?;
            }
        }
    }
}
