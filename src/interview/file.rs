//! The answers file: a RON map from question id to chosen option ids.
//! Unknown ids, two options for a one-choice question and the like are
//! errors with lines; answers to hidden questions are warnings.

use std::collections::HashSet;
use std::fmt;
use std::path::Path;

use serde::de::{Deserializer, MapAccess, Visitor};
use serde::Deserialize;

use crate::dataset::load::{self, one_line, LoadError};
use crate::dataset::{Dataset, Kind, Problem, Severity, SourceMap};

use super::{visibility, Answers};

/// The map as written, in file order, duplicates kept so we can report them.
/// Clinician cases hold such maps inline and check them with [`check_raw`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawAnswers(pub Vec<(String, Vec<String>)>);

impl<'de> Deserialize<'de> for RawAnswers {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawAnswers;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(r#"a map like { "severity": ["grade_2"] }"#)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawAnswers, A::Error> {
                let mut out = Vec::new();
                while let Some(entry) = map.next_entry::<String, Vec<String>>()? {
                    out.push(entry);
                }
                Ok(RawAnswers(out))
            }
        }
        d.deserialize_map(V)
    }
}

/// Answers read from a file, with what was wrong or ignored in it.
#[derive(Debug)]
pub struct Loaded {
    pub answers: Answers,
    pub problems: Vec<Problem>,
}

impl Loaded {
    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(|p| p.severity == Severity::Error)
    }
}

pub fn read(path: &Path, data: &Dataset) -> Result<Loaded, LoadError> {
    let text = load::read_text(path)?;
    parse(&path.display().to_string(), &text, data)
}

/// A report in JSON (`report --format json`, or a kiosk export): its
/// `answers` are the answers, so the desk can recreate any format from it.
#[derive(Deserialize)]
struct Report {
    answers: RawAnswers,
    // Required, so a plain answers file is never taken for a report.
    #[allow(dead_code)]
    disclaimer: serde::de::IgnoredAny,
}

pub fn parse(name: &str, text: &str, data: &Dataset) -> Result<Loaded, LoadError> {
    let map = SourceMap::scan(text);
    if let Ok(report) = serde_json::from_str::<Report>(text) {
        let line = |path: &str| map.line(&format!("answers.{path}"));
        return Ok(check_raw(&report.answers, data, &line));
    }
    let raw: RawAnswers = load::parse_ron(name, text)?;
    Ok(check_raw(&raw, data, &|path| map.line(path)))
}

/// Checks answers as written against the dataset. `line` finds the line of
/// a question (`severity`) or of one of its options (`severity.0`) in the
/// file that holds them, so an answers map inside another file (a clinician
/// case) gets the same messages with its own lines.
pub fn check_raw(
    RawAnswers(raw): &RawAnswers,
    data: &Dataset,
    line: &dyn Fn(&str) -> Option<usize>,
) -> Loaded {
    let mut problems = Vec::new();
    let mut answers = Answers::new();
    let mut seen = HashSet::new();
    let mut err = |path: &str, message: String| {
        problems.push(Problem {
            severity: Severity::Error,
            line: line(path),
            message,
        })
    };
    for (qid, options) in raw {
        let shown_q = format!("`{}`", one_line(qid));
        if !seen.insert(qid.as_str()) {
            err(qid, format!("question {shown_q} is answered twice"));
            continue;
        }
        let Some(question) = data.question(qid) else {
            err(qid, format!("unknown question {shown_q}"));
            continue;
        };
        let mut ok = Vec::new();
        for (i, o) in options.iter().enumerate() {
            let path = format!("{qid}.{i}");
            let shown_o = format!("`{}`", one_line(o));
            match question.option(o) {
                None => err(&path, format!("question {shown_q} has no option {shown_o}")),
                Some(_) if ok.contains(&o.as_str()) => err(
                    &path,
                    format!("option {shown_o} is listed twice for {shown_q}"),
                ),
                Some(_) => ok.push(o.as_str()),
            }
        }
        if question.kind == Kind::One && ok.len() > 1 {
            err(
                qid,
                format!(
                    "question {shown_q} takes one answer, but {} are given ({})",
                    ok.len(),
                    ok.join(", ")
                ),
            );
            continue;
        }
        let exclusive: Vec<&str> = ok
            .iter()
            .copied()
            .filter(|o| question.option(o).is_some_and(|c| c.exclusive))
            .collect();
        if !exclusive.is_empty() && ok.len() > 1 {
            err(
                qid,
                format!(
                    "in {shown_q}, `{}` cannot be combined with other options",
                    exclusive.join("`, `")
                ),
            );
            continue;
        }
        answers.set(question, &ok);
    }
    // Answers to questions hidden by their show_if are ignored, with a warning.
    let kept = visibility::effective(data, &answers);
    for question in &data.questions {
        if answers.is_answered(&question.id) && !kept.is_answered(&question.id) {
            problems.push(Problem {
                severity: Severity::Warning,
                line: line(&question.id),
                message: format!(
                    "question `{}` is not asked for these answers (its show_if does not hold); its answer is ignored",
                    question.id
                ),
            });
        }
    }
    problems.sort_by_key(|p| (p.severity, p.line.unwrap_or(usize::MAX)));
    Loaded {
        answers: kept,
        problems,
    }
}
