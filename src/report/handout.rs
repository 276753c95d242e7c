//! The handout's decision-aid sections (Markdown): what matters to me, the
//! readiness check, the options at a glance and the comparison table,
//! before the details; the disclosure footer after the references.

use std::fmt::Write;

use crate::advice::compare::{self, Comparison, Row};
use crate::advice::readiness;
use crate::advice::values;
use crate::advice::Advice;
use crate::dataset::Dataset;
use crate::words::{self, decision as w};

use super::decision::{about, cell, heading};

/// Options per comparison table: a wider table does not print readably.
const PER_TABLE: usize = 3;

pub fn what_matters(s: &mut String, data: &Dataset, advice: &Advice) {
    if data.decision.is_none() {
        return;
    }
    let chosen = values::chosen(data, &advice.answers);
    let _ = writeln!(s, "## {}\n", w::what_matters());
    if chosen.is_empty() {
        let _ = writeln!(s, "{}\n", w::nothing_chosen());
    } else {
        for label in values::labels(data, &chosen) {
            let _ = writeln!(s, "- {label}");
        }
        s.push('\n');
    }
}

pub fn readiness(s: &mut String, data: &Dataset, advice: &Advice) {
    if data.decision.is_none() {
        return;
    }
    let _ = writeln!(s, "## {}\n", w::ready());
    match readiness::check(data, &advice.answers) {
        None => {
            let _ = writeln!(s, "{}\n", w::ready_skipped());
        }
        Some(r) => {
            let _ = writeln!(s, "{}\n", w::ready_count(r.yes(), r.items.len()));
            for i in &r.items {
                let _ = writeln!(
                    s,
                    "- {}: {}",
                    md(i.label),
                    if i.yes {
                        crate::i18n::t("yes")
                    } else {
                        crate::i18n::t("no")
                    }
                );
            }
            s.push('\n');
            match r.note {
                Some(note) => {
                    let _ = writeln!(s, "{}\n", md(note));
                    for h in &r.helps {
                        let _ = writeln!(s, "- {}", md(h));
                    }
                    s.push('\n');
                }
                None => {
                    let _ = writeln!(s, "{}\n", w::ready_all());
                }
            }
            // Short here; the full citation is in the references.
            if r.credit.is_some() {
                let _ = writeln!(s, "*{}*\n", w::credit_short());
            }
        }
    }
}

/// The treatments by tier in one line each, marked with what they fit.
pub fn at_a_glance(s: &mut String, data: &Dataset, advice: &Advice) {
    let _ = writeln!(s, "## {}\n", words::treatments());
    if advice.treatments.is_empty() {
        let _ = writeln!(s, "{}\n", words::no_treatments());
        return;
    }
    let chosen = values::chosen(data, &advice.answers);
    let skin = values::skin(data, &advice.answers);
    let ordered = values::ordered(data, advice);
    for (tier, heading, _) in words::tier_headings() {
        let names: Vec<String> = ordered
            .iter()
            .filter(|t| t.tier == tier)
            .map(|t| {
                let fit = values::fit(t.treatment, &chosen, skin);
                match w::fits(&fit) {
                    Some(f) => format!("{} ({})", t.treatment.name, f.to_lowercase()),
                    None => t.treatment.name.clone(),
                }
            })
            .collect();
        if !names.is_empty() {
            let _ = writeln!(s, "- **{heading}:** {}", md(&names.join("; ")));
        }
    }
    s.push('\n');
}

/// How many listed options the first table holds at most, with "wait":
/// the Option Grid's few columns, and what keeps the first pages to two.
pub const FIRST: usize = 2;

/// Two printed pages of 60 lines at 80 columns: the most the handout
/// puts before the details.
pub const TWO_PAGES: usize = 120;

/// Lines `text` takes printed at 80 columns (a long line wraps).
pub fn printed_lines(text: &str) -> usize {
    text.split('\n')
        .map(|l| l.chars().count().div_ceil(80).max(1))
        .sum()
}

/// The comparison's first table: the first `first` listed options (as
/// the person sees them: by tier, then what matters) and "wait, or skin
/// care only". With `first` 0 the whole comparison follows the details
/// ([`comparison_rest`]): a long "Before anything else" leaves no room.
pub fn comparison_first(s: &mut String, data: &Dataset, advice: &Advice, first: usize) {
    let c = compare::build(data, advice, &[]);
    if data.decision.is_none() || c.columns.is_empty() {
        return;
    }
    let _ = writeln!(s, "## {}\n\n{}\n", w::compare(), w::compare_intro());
    if first == 0 {
        let _ = writeln!(s, "{}\n", w::all_compared_later());
        return;
    }
    let (listed, wait) = c.columns.split_at(c.columns.len().saturating_sub(1));
    let mut shown: Vec<compare::Column> = listed.iter().take(first).cloned().collect();
    shown.extend(wait.iter().cloned());
    table(s, &c, &shown);
    if listed.len() > first {
        let _ = writeln!(s, "{}\n", w::more_compared_later());
    }
}

/// The options the first table left out (all of them, "wait" included,
/// when it showed none), in tables of a few each, after the details.
pub fn comparison_rest(s: &mut String, data: &Dataset, advice: &Advice, first: usize) {
    let c = compare::build(data, advice, &[]);
    let listed = c.columns.len().saturating_sub(1);
    let end = if first == 0 { c.columns.len() } else { listed };
    let rest = c.columns.get(first.min(end)..end).unwrap_or_default();
    if data.decision.is_none() || rest.is_empty() {
        return;
    }
    let _ = writeln!(s, "## {}\n", w::more_compared());
    for chunk in rest.chunks(PER_TABLE) {
        table(s, &c, chunk);
    }
}

fn table(s: &mut String, c: &Comparison, columns: &[compare::Column]) {
    let _ = write!(s, "| |");
    for col in columns {
        let _ = write!(s, " {} |", md(&heading(col)));
    }
    let _ = write!(s, "\n|---|");
    for _ in columns {
        let _ = write!(s, "---|");
    }
    s.push('\n');
    if !c.values.is_empty() {
        let _ = write!(s, "| **{}** |", w::fits_label());
        for col in columns {
            let fit: Vec<&str> = col.fits.iter().map(|&v| w::value(v)).collect();
            let _ = write!(
                s,
                " {} |",
                if fit.is_empty() {
                    "—".to_string()
                } else {
                    fit.join(", ")
                }
            );
        }
        s.push('\n');
    }
    for row in Row::ALL {
        let _ = write!(s, "| **{}** |", w::row(row));
        for col in columns {
            let _ = write!(s, " {} |", md(&cell(c, row, col)));
        }
        s.push('\n');
    }
    s.push('\n');
}

/// The disclosure after the references.
pub fn about_footer(s: &mut String, data: &Dataset) {
    // A footer, not a section: the references stay the last section.
    let _ = writeln!(s, "**{}**\n", w::about());
    for (label, value) in about(data) {
        let _ = writeln!(s, "- {label}: {}", md(&value));
    }
}

/// One line, and no `|` that would break a table cell.
fn md(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('|', "/")
}
