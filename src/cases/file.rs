//! The cases file: a RON list of cases, each
//! `(name: "…", answers: { … } or example: "examples/….ron", expect: [demand, …], why: "…")`.
//! Parsed with positions like an answers file; every problem is collected
//! (unknown question, option and item ids name the id and its line, with a
//! "did you mean" when a known id is close).

use std::collections::HashMap;

use serde::Deserialize;

use super::{suggest, Case, Expectation};
use crate::advice::demand::{self, Subject};
use crate::dataset::load::{self, sanitize};
use crate::dataset::{Dataset, Demand, LoadError, Problem, Severity, SourceMap};
use crate::interview::file::{self as answers_file, RawAnswers};
use crate::interview::Answers;

/// One case as written; `answers` and `example` are checked for "exactly
/// one of them" after parsing, so the message can say so in words.
/// Named `case` in serde's messages ("unexpected field … in `case`").
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "case")]
struct RawCase {
    name: String,
    #[serde(default)]
    answers: Option<RawAnswers>,
    #[serde(default)]
    example: Option<String>,
    expect: Vec<Demand>,
    #[serde(default)]
    why: String,
}

/// A cases file read and checked against a dataset.
#[derive(Debug)]
pub struct CasesFile {
    /// The name used in messages.
    pub name: String,
    /// Every case, in file order, even those with errors (their answers are
    /// what could be read); run them only when there are no errors.
    pub cases: Vec<Case>,
    /// Errors and warnings, by line.
    pub problems: Vec<Problem>,
}

impl CasesFile {
    pub fn errors(&self) -> impl Iterator<Item = &Problem> {
        self.problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
    }

    pub fn has_errors(&self) -> bool {
        self.errors().next().is_some()
    }
}

/// Reads an example answers file by the path written in a case: its display
/// name and text, or why it cannot be read.
pub type ReadExample<'a> = dyn Fn(&str) -> Result<(String, String), String> + 'a;

/// Parses `text` (a cases file called `name`) and checks it against `data`.
/// A syntax error stops here with its position; every other problem is
/// collected in the result.
pub fn parse(
    name: &str,
    text: &str,
    data: &Dataset,
    example: &ReadExample,
) -> Result<CasesFile, LoadError> {
    let raw: Vec<RawCase> = load::parse_ron(name, text)?;
    let map = SourceMap::scan(text);
    let mut out = Checker {
        data,
        map: &map,
        problems: Vec::new(),
    };
    let mut first_line: HashMap<&str, Option<usize>> = HashMap::new();
    let mut cases = Vec::new();
    for (i, rc) in raw.iter().enumerate() {
        let at = |field: &str| format!("{i}.{field}");
        let who = format!("case \"{}\"", sanitize(&rc.name));
        if rc.name.trim().is_empty() {
            out.error(&at("name"), format!("case {} has an empty name", i + 1));
        } else if let Some(line) = first_line.get(rc.name.as_str()) {
            let first = line.map_or(String::new(), |l| format!(" (first at line {l})"));
            out.error(&at("name"), format!("{who} is named twice{first}"));
        } else {
            first_line.insert(&rc.name, map.line(&i.to_string()));
        }
        let answers = match (&rc.answers, &rc.example) {
            (Some(_), Some(_)) => {
                out.error(
                    &i.to_string(),
                    format!("{who} has both `answers` and `example`; give one"),
                );
                Answers::new()
            }
            (None, None) => {
                out.error(
                    &i.to_string(),
                    format!("{who} has neither `answers` nor `example`; give one"),
                );
                Answers::new()
            }
            (Some(raw_answers), None) => out.inline(i, &who, raw_answers),
            (None, Some(path)) => out.example(i, &who, path, example),
        };
        if rc.expect.is_empty() {
            out.error(
                &at("expect"),
                format!("{who} expects nothing; list at least one demand"),
            );
        }
        let mut expect = Vec::new();
        for (j, d) in rc.expect.iter().enumerate() {
            let path = format!("{i}.expect.{j}");
            out.demand(&path, &who, d);
            expect.push(Expectation {
                demand: d.clone(),
                line: map.line_within(&path),
            });
        }
        cases.push(Case {
            name: rc.name.clone(),
            line: map.line(&i.to_string()),
            answers,
            example: rc.example.clone(),
            expect,
            why: rc.why.clone(),
        });
    }
    let mut problems = out.problems;
    problems.sort_by_key(|p| (p.severity, p.line.unwrap_or(usize::MAX)));
    Ok(CasesFile {
        name: name.to_string(),
        cases,
        problems,
    })
}

struct Checker<'a> {
    data: &'a Dataset,
    map: &'a SourceMap,
    problems: Vec<Problem>,
}

fn q(id: &str) -> String {
    format!("`{}`", sanitize(id))
}

impl Checker<'_> {
    fn problem(&mut self, severity: Severity, path: &str, message: String) {
        self.problems.push(Problem {
            severity,
            line: self.map.line_within(path),
            message,
        });
    }

    fn error(&mut self, path: &str, message: String) {
        self.problem(Severity::Error, path, message);
    }

    /// Answers written in the case: the answers file's checks, with lines
    /// in the cases file.
    fn inline(&mut self, i: usize, who: &str, raw: &RawAnswers) -> Answers {
        let map = self.map;
        let loaded = answers_file::check_raw(raw, self.data, &|p| {
            map.line_within(&format!("{i}.answers.{p}"))
        });
        for p in loaded.problems {
            self.problems.push(Problem {
                message: format!("{who}: {}", p.message),
                ..p
            });
        }
        loaded.answers
    }

    /// Answers from an example file: its problems are reported at the
    /// case's `example` line, naming the example file and its own line.
    fn example(&mut self, i: usize, who: &str, path: &str, read: &ReadExample) -> Answers {
        let at = format!("{i}.example");
        let (name, text) = match read(path) {
            Ok(found) => found,
            Err(why) => {
                self.error(&at, format!("{who}: example {} {why}", q(path)));
                return Answers::new();
            }
        };
        match answers_file::parse(&name, &text, self.data) {
            Err(e) => {
                self.error(&at, format!("{who}: example {e}"));
                Answers::new()
            }
            Ok(loaded) => {
                for p in &loaded.problems {
                    let message = format!("{who}: in example {}", p.display(&name));
                    self.problem(p.severity, &at, message);
                }
                loaded.answers
            }
        }
    }

    /// Every id a demand names must exist, in the section it belongs to.
    fn demand(&mut self, path: &str, who: &str, d: &Demand) {
        let data = self.data;
        let sections: [(&str, Vec<&str>); 4] = [
            (
                "treatment",
                data.treatments.iter().map(|t| t.id.as_str()).collect(),
            ),
            (
                "caveat",
                data.caveats.iter().map(|e| e.id.as_str()).collect(),
            ),
            ("note", data.notes.iter().map(|e| e.id.as_str()).collect()),
            (
                "conflict",
                data.conflicts.iter().map(|c| c.id.as_str()).collect(),
            ),
        ];
        let (kind, ids): (&str, Vec<&str>) = match demand::subject(d) {
            Subject::Treatments(ts) => ("treatment", ts.iter().map(String::as_str).collect()),
            Subject::Caveat(c) => ("caveat", vec![c]),
            Subject::Note(n) => ("note", vec![n]),
            Subject::Conflict(k) => ("conflict", vec![k]),
        };
        let known = sections
            .iter()
            .find(|(k, _)| *k == kind)
            .map_or(&[][..], |(_, ids)| ids.as_slice());
        for id in ids {
            if known.contains(&id) {
                continue;
            }
            let hint = match sections.iter().find(|(_, other)| other.contains(&id)) {
                Some((other, _)) => format!(" ({} is a {other}, not a {kind})", q(id)),
                None => suggest::closest(id, known.iter().copied())
                    .map_or(String::new(), |s| format!("; did you mean {}?", q(s))),
            };
            self.error(
                path,
                format!(
                    "{who}: {} names unknown {kind} {}{hint}",
                    demand::written(d),
                    q(id)
                ),
            );
        }
    }
}
