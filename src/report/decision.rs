//! The decision aid in words, shared by every front end and report: a
//! comparison cell as one string, the "About this guide" lines, and the
//! readiness check's lines. Keeping the wording here is what makes the
//! app, plain mode and the reports say the same thing.

use crate::advice::compare::{self, Cell, Column, Comparison, Row};
use crate::advice::readiness::{self, Readiness};
use crate::advice::{values, Advice};
use crate::dataset::{Dataset, Sure, Tier};
use crate::words::decision as w;

/// A cell in words: each part, its skin group first when split, then how
/// sure the evidence is where the row states a chance or a gain.
pub fn cell_text(cell: &Cell) -> String {
    let parts: Vec<String> = cell
        .parts
        .iter()
        .map(|p| {
            let mut s = match p.group {
                Some(g) => format!("{}: {}", w::skin_group(g), p.text),
                None => p.text.to_string(),
            };
            // "Not known" is said by the fact itself; said twice it is noise.
            if let Some(sure) = p.sure.filter(|&s| s != Sure::NotKnown) {
                s.push(' ');
                s.push_str(w::sure(sure));
            }
            s
        })
        .collect();
    parts.join(" ")
}

/// The cell of `row` for `column` in words ("Not given" without facts).
pub fn cell(comparison: &Comparison, row: Row, column: &Column) -> String {
    comparison
        .cell(row, column)
        .map_or_else(|| w::no_facts().to_string(), |c| cell_text(&c))
}

/// A column's heading: its name, and "(added by you)" when added.
pub fn heading(column: &Column) -> String {
    match (column.added, column.tier) {
        // Added and usually avoided: the column must not hide it.
        (true, Some(Tier::NotAdvised)) => {
            format!("{} ({})", column.treatment.name, w::added_avoided())
        }
        (true, _) => format!("{} ({})", column.treatment.name, w::added()),
        (false, _) => column.treatment.name.clone(),
    }
}

/// The disclosure, label and value, for "About this guide" and footers.
pub fn about(data: &Dataset) -> Vec<(&'static str, String)> {
    let m = &data.meta;
    let or = |s: &str, none: &str| {
        if s.trim().is_empty() {
            none.to_string()
        } else {
            s.to_string()
        }
    };
    let list = |v: &[String]| or(&v.join("; "), w::not_named());
    let mut rows = vec![
        (w::authors(), list(&m.authors)),
        (w::reviewers(), list(&m.reviewers)),
        (w::funding(), or(&m.funding, w::not_set())),
        (
            w::conflicts_of_interest(),
            or(&m.conflicts_of_interest, w::not_set()),
        ),
        (w::published(), or(&m.published, w::not_set())),
        (w::reviewed(), or(&m.reviewed, w::not_set())),
        (w::review_by(), or(&m.review_by, w::not_set())),
        (w::updates(), or(&m.update_policy, w::not_set())),
    ];
    // A translated copy says who translated it and whether it was checked.
    if let Some(t) = &m.translated {
        let by = format!("{} ({})", or(&t.by.join("; "), w::not_named()), t.on);
        rows.push((crate::i18n::t("translated-by"), by));
        rows.push((
            crate::i18n::t("translation-review"),
            or(&t.review, w::not_set()),
        ));
    }
    rows
}

/// The values and readiness questions: shown in their own sections, so
/// lists of answers can leave them out.
pub fn is_decision_question(data: &Dataset, id: &str) -> bool {
    data.decision
        .as_ref()
        .is_some_and(|d| d.values == id || d.readiness == id)
}

/// The readiness check as lines: the count, each item yes or no, the
/// kind note and what may help, and the credit.
pub fn readiness_lines(r: &Readiness) -> Vec<String> {
    let mut out = vec![w::ready_count(r.yes(), r.items.len())];
    for i in &r.items {
        out.push(format!(
            "{}: {}",
            i.label,
            if i.yes {
                crate::i18n::t("yes")
            } else {
                crate::i18n::t("no")
            }
        ));
    }
    match r.note {
        Some(note) => {
            out.push(note.to_string());
            out.extend(r.helps.iter().map(|h| h.to_string()));
        }
        None => out.push(w::ready_all().to_string()),
    }
    if let Some(c) = r.credit {
        out.push(w::credit(&c.citation));
    }
    out
}

/// A line of the spoken and text renderings of the decision aid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Said {
    Heading(String),
    /// A paragraph at this indent.
    Para(usize, String),
}

/// What matters to the person, when they said.
pub fn what_matters_said(data: &Dataset, advice: &Advice) -> Vec<Said> {
    let chosen = values::chosen(data, &advice.answers);
    if data.decision.is_none() || chosen.is_empty() {
        return Vec::new();
    }
    vec![
        Said::Heading(w::what_matters().to_string()),
        Said::Para(2, format!("{}.", values::labels(data, &chosen).join("; "))),
        Said::Para(2, w::values_note().to_string()),
    ]
}

/// The comparison row by row: "Recovery time — Subcision: …  Wait: …".
pub fn comparison_said(data: &Dataset, advice: &Advice) -> Vec<Said> {
    let c = compare::build(data, advice, &[]);
    if data.decision.is_none() || c.columns.is_empty() {
        return Vec::new();
    }
    let mut out = vec![
        Said::Heading(w::compare().to_string()),
        Said::Para(2, w::compare_intro().to_string()),
    ];
    if !c.values.is_empty() {
        let fits: Vec<String> = c
            .columns
            .iter()
            .filter(|col| !col.fits.is_empty())
            .map(|col| {
                let v: Vec<&str> = col.fits.iter().map(|&v| w::value(v)).collect();
                format!("{}: {}.", heading(col), v.join(", "))
            })
            .collect();
        if !fits.is_empty() {
            out.push(Said::Para(
                2,
                format!("{} — {}", w::fits_label(), fits.join(" ")),
            ));
        }
    }
    for row in Row::ALL {
        let cells: Vec<String> = c
            .columns
            .iter()
            .map(|col| format!("{}: {}", heading(col), cell(&c, row, col)))
            .collect();
        out.push(Said::Para(
            2,
            format!("{} — {}", w::row(row), cells.join(" ")),
        ));
    }
    out
}

/// The readiness check, or that it can still be answered.
pub fn readiness_said(data: &Dataset, advice: &Advice) -> Vec<Said> {
    if data.decision.is_none() {
        return Vec::new();
    }
    let mut out = vec![Said::Heading(w::ready().to_string())];
    match readiness::check(data, &advice.answers) {
        Some(r) => {
            // The items under the count, the rest level with it.
            let items = 1..=r.items.len();
            out.extend(
                readiness_lines(&r)
                    .into_iter()
                    .enumerate()
                    .map(|(i, l)| Said::Para(if items.contains(&i) { 4 } else { 2 }, l)),
            );
        }
        None => out.push(Said::Para(2, w::ready_skipped().to_string())),
    }
    out
}

/// "About this guide": the disclosure, label by label.
pub fn about_said(data: &Dataset) -> Vec<Said> {
    let mut out = vec![Said::Heading(w::about().to_string())];
    out.extend(
        about(data)
            .into_iter()
            .map(|(label, value)| Said::Para(2, format!("{label}: {value}"))),
    );
    out
}

/// The sources of the comparison and the readiness check, for the
/// handout's references.
pub fn reference_ids<'d>(data: &'d Dataset, advice: &Advice<'d>) -> Vec<&'d str> {
    let mut ids = compare::build(data, advice, &[]).reference_ids();
    if let Some(r) = readiness::check(data, &advice.answers).and_then(|r| r.credit) {
        if !ids.contains(&r.id.as_str()) {
            ids.push(r.id.as_str());
        }
    }
    ids
}
