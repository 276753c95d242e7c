//! Checks a parsed dataset for everything serde cannot: ids, cross
//! references, ordering of `show_if`, empty or unsafe text. Every problem
//! is collected so a clinician sees them all in one run.

mod conflicts;
mod content;
mod decision;
mod guards;
mod ids;
mod questions;
mod reach;
mod rules;

use std::collections::{HashMap, HashSet};
use std::fmt;

pub use questions::CONTRACT_QUESTIONS;

use super::hint;
use super::invisible::is_invisible;
use super::locate::SourceMap;
use super::schema::Dataset;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    pub line: Option<usize>,
    pub message: String,
}

impl Problem {
    /// `FILE:LINE: error: message`, in the form editors and terminals link.
    pub fn display<'a>(&'a self, file: &'a str) -> impl fmt::Display + 'a {
        struct D<'a>(&'a Problem, &'a str);
        impl fmt::Display for D<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                let word = match self.0.severity {
                    Severity::Error => "error",
                    Severity::Warning => "warning",
                };
                match self.0.line {
                    Some(l) => write!(f, "{}:{}: {}: {}", self.1, l, word, self.0.message),
                    None => write!(f, "{}: {}: {}", self.1, word, self.0.message),
                }
            }
        }
        D(self, file)
    }
}

/// The ids of a dataset, indexed once so checks stay linear in its size.
struct Ids<'a> {
    questions: HashMap<&'a str, usize>,
    options: Vec<HashSet<&'a str>>,
    treatments: HashSet<&'a str>,
    caveats: HashSet<&'a str>,
    notes: HashSet<&'a str>,
    references: HashSet<&'a str>,
}

struct Checker<'a> {
    data: &'a Dataset,
    ids: Ids<'a>,
    /// Problems with the path of the value at fault; lines come later.
    found: Vec<(Severity, String, String)>,
}

/// Validates `data`, parsed from `text`. The text is scanned for line
/// numbers only when there is something to report, so a valid dataset
/// costs no more than its parse.
pub fn validate(data: &Dataset, text: &str) -> Vec<Problem> {
    let mut c = Checker {
        data,
        ids: Ids {
            questions: HashMap::new(),
            options: Vec::new(),
            treatments: HashSet::new(),
            caveats: HashSet::new(),
            notes: HashSet::new(),
            references: HashSet::new(),
        },
        found: Vec::new(),
    };
    c.index_ids();
    c.check_meta();
    c.check_questions();
    c.check_content();
    c.check_rules();
    c.check_conflicts();
    c.check_guards();
    c.check_decision();
    c.check_reachability();
    if c.found.is_empty() {
        return Vec::new();
    }
    let map = SourceMap::scan(text);
    let mut problems: Vec<Problem> = c
        .found
        .into_iter()
        .map(|(severity, path, message)| Problem {
            severity,
            line: line_of(&map, &path),
            message,
        })
        .collect();
    problems.sort_by_key(|p| (p.severity, p.line.unwrap_or(usize::MAX)));
    problems
}

/// The line of `path`, or of the nearest enclosing item that was found
/// (`questions.2.options.1.label` → `questions.2.options.1` → …).
fn line_of(map: &SourceMap, path: &str) -> Option<usize> {
    let mut p = path;
    loop {
        if let Some(l) = map.line(p) {
            return Some(l);
        }
        p = &p[..p.rfind('.')?];
    }
}

/// A kind of id that text in the dataset (or a file that refers to it, such
/// as clinician cases) can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdKind {
    Question,
    /// An option of the question at this index in `questions`.
    Option(usize),
    Treatment,
    Caveat,
    Note,
    Conflict,
    Reference,
}

/// `"; did you mean `ice_pick`?"` for an unknown id, naming the nearest
/// known id of its kind (see [`hint::closest`]), or `""` when none is near.
/// Every "unknown …" message of check ends with it; checks written
/// elsewhere (guards, cases) call it the same way.
pub fn hint_for(data: &Dataset, kind: IdKind, found: &str) -> String {
    let ids: Vec<&str> = match kind {
        IdKind::Question => data.questions.iter().map(|q| q.id.as_str()).collect(),
        IdKind::Option(i) => data.questions.get(i).map_or(Vec::new(), |q| {
            q.options.iter().map(|o| o.id.as_str()).collect()
        }),
        IdKind::Treatment => data.treatments.iter().map(|t| t.id.as_str()).collect(),
        IdKind::Caveat => data.caveats.iter().map(|e| e.id.as_str()).collect(),
        IdKind::Note => data.notes.iter().map(|e| e.id.as_str()).collect(),
        IdKind::Conflict => data.conflicts.iter().map(|c| c.id.as_str()).collect(),
        IdKind::Reference => data.references.iter().map(|r| r.id.as_str()).collect(),
    };
    hint::did_you_mean(found, ids)
}

/// An id or value quoted in a message, escaped so it cannot break the
/// message's line or reorder it.
fn q(s: &str) -> String {
    format!("`{}`", super::load::one_line(s))
}

impl<'a> Checker<'a> {
    fn error(&mut self, path: &str, message: String) {
        self.found
            .push((Severity::Error, path.to_string(), message));
    }

    /// [`hint_for`] in this dataset.
    fn hint(&self, kind: IdKind, found: &str) -> String {
        hint_for(self.data, kind, found)
    }

    fn warn(&mut self, path: &str, message: String) {
        self.found
            .push((Severity::Warning, path.to_string(), message));
    }

    /// Text a person will read: not empty, no control characters that
    /// could drive their terminal (newlines are fine) and no invisible
    /// format characters that could make it read differently than it shows.
    /// `at` names the value (its path and a description) and is only called
    /// when there is a problem, keeping the common case free of allocation.
    fn text(&mut self, value: &str, required: bool, at: impl FnOnce() -> (String, String)) {
        let empty = required && value.trim().is_empty();
        let control = value.chars().find(|&c| c.is_control() && c != '\n');
        let hidden = value.chars().find(|&c| is_invisible(c));
        if !empty && control.is_none() && hidden.is_none() {
            return;
        }
        let (path, what) = at();
        if empty {
            self.error(&path, format!("{what} is empty"));
        }
        if let Some(c) = control {
            self.error(
                &path,
                format!(
                    "{what} contains the control character {} (it could drive the terminal); remove it",
                    c.escape_default()
                ),
            );
        }
        if let Some(c) = hidden {
            self.error(
                &path,
                format!(
                    "{what} contains the invisible character U+{:04X} (it can make text read differently than it shows); remove it",
                    u32::from(c)
                ),
            );
        }
    }

    /// [`text`](Self::text) that must also stay on one line: ids, titles,
    /// labels and names, where a line break could print a fake line (an
    /// "Answer:" of its own) under them.
    fn line(&mut self, value: &str, required: bool, at: impl Fn() -> (String, String)) {
        self.text(value, required, &at);
        if value.contains('\n') {
            let (path, what) = at();
            self.error(
                &path,
                format!("{what} must be one line but contains a line break; join the lines"),
            );
        }
    }

    fn check_meta(&mut self) {
        let m = &self.data.meta;
        self.line(&m.title, true, || {
            ("meta.title".to_string(), "meta title".to_string())
        });
        self.line(&m.version, true, || {
            ("meta.version".to_string(), "meta version".to_string())
        });
        self.text(&m.disclaimer, true, || {
            ("meta.disclaimer".to_string(), "meta disclaimer".to_string())
        });
        if !is_iso_date(&m.reviewed) {
            self.error(
                "meta.reviewed",
                format!(
                    "meta reviewed date {} is not a date in the form YYYY-MM-DD",
                    q(&m.reviewed)
                ),
            );
        }
        if !m.review_by.is_empty() && !is_iso_date(&m.review_by) {
            self.error(
                "meta.review_by",
                format!(
                    "meta review_by date {} is not a date in the form YYYY-MM-DD",
                    q(&m.review_by)
                ),
            );
        }
        if !m.published.is_empty() && !is_iso_date(&m.published) {
            self.error(
                "meta.published",
                format!(
                    "meta published date {} is not a date in the form YYYY-MM-DD",
                    q(&m.published)
                ),
            );
        }
        for (field, value) in [
            ("funding", &m.funding),
            ("conflicts_of_interest", &m.conflicts_of_interest),
            ("update_policy", &m.update_policy),
        ] {
            self.text(value, false, || {
                (format!("meta.{field}"), format!("meta {field}"))
            });
        }
        for (i, name) in m.authors.iter().enumerate() {
            self.line(name, true, || {
                (
                    format!("meta.authors.{i}"),
                    format!("meta author {}", i + 1),
                )
            });
        }
        for (i, name) in m.reviewers.iter().enumerate() {
            self.line(name, true, || {
                (
                    format!("meta.reviewers.{i}"),
                    format!("meta reviewer {}", i + 1),
                )
            });
        }
    }
}

fn is_iso_date(s: &str) -> bool {
    s.parse::<jiff::civil::Date>().is_ok() && s.len() == 10
}
