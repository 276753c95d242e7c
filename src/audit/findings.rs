//! The audit as words a clinician reads: answer sets in question titles
//! and option labels, answers files `report --answers` accepts, and the
//! problems `check` adds (a broken guard is an error; a `treatment`
//! effect that a `limit` always caps is a warning).

use std::fmt::Write;

use crate::dataset::{Dataset, Problem, Severity, SourceMap};
use crate::interview::{visibility, Answers};
use crate::words;

use super::{Audit, SpaceError};

/// Each question the answers show, with its title and the labels of the
/// chosen options (empty when a shown optional question was skipped).
pub fn in_words<'d>(data: &'d Dataset, answers: &Answers) -> Vec<(&'d str, Vec<&'d str>)> {
    visibility::shown_questions(data, answers)
        .into_iter()
        .filter_map(|i| data.questions.get(i))
        .map(|q| {
            let chosen = answers.get(&q.id);
            let labels = q
                .options
                .iter()
                .filter(|o| chosen.contains(&o.id))
                .map(|o| o.label.as_str())
                .collect();
            (q.title.as_str(), labels)
        })
        .collect()
}

/// `in_words` on one line: "Scar types: Ice pick; Severity: Grade 2; …".
pub fn one_line(data: &Dataset, answers: &Answers) -> String {
    in_words(data, answers)
        .into_iter()
        .map(|(title, labels)| {
            let said = if labels.is_empty() {
                words::not_answered().to_string()
            } else {
                labels.join(", ")
            };
            format!("{title}: {said}")
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The answers as an answers file (a RON map, question id → option ids,
/// in dataset order), with `comment` on the lines before it.
pub fn answers_file(data: &Dataset, answers: &Answers, comment: &str) -> String {
    let mut s = String::new();
    for line in comment.lines() {
        let _ = writeln!(s, "// {line}");
    }
    s.push_str("{\n");
    for (q, chosen) in answers.in_order(data) {
        let ids: Vec<String> = chosen.iter().map(|o| quoted(o)).collect();
        let _ = writeln!(s, "    {}: [{}],", quoted(&q.id), ids.join(", "));
    }
    s.push_str("}\n");
    s
}

/// A RON string literal (ids are plain words, but a file may hold anything).
fn quoted(s: &str) -> String {
    ron::to_string(s).unwrap_or_else(|_| format!("{s:?}"))
}

/// 1234567 → "1,234,567": counts in the millions are read, not parsed.
pub fn thousands(n: u128) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// What `check` adds from the audit: every broken guard as an error on
/// its line, every `treatment` effect a `limit` always caps as a warning.
pub fn problems(data: &Dataset, audit: &Audit, text: &str) -> Vec<Problem> {
    let map = SourceMap::scan(text);
    let mut found = Vec::new();
    for proof in audit.broken() {
        let Some(guard) = data.guards.get(proof.guard) else {
            continue;
        };
        let example = proof
            .counterexample
            .as_ref()
            .map(|c| format!(", e.g. {}", one_line(data, &c.answers)))
            .unwrap_or_default();
        found.push(Problem {
            severity: Severity::Error,
            line: map.line_within(&format!("guards.{}", proof.guard)),
            message: format!(
                "guard `{}` does not hold for {} of the {} complete answer sets where its `when` holds{example}; `scarguide audit` shows the rules behind it",
                guard.id,
                thousands(proof.violating),
                thousands(proof.covered),
            ),
        });
    }
    for c in audit.lint.capped.iter().filter(|c| c.by_limit) {
        let id = data
            .treatments
            .get(c.treatment)
            .map_or("", |t| t.id.as_str());
        found.push(Problem {
            severity: Severity::Warning,
            line: map.line_within(&format!("rules.{}.then.{}", c.rule, c.effect)),
            message: format!(
                "rule {} lists `{id}` as `{}`, but a `limit` always caps it lower when this rule fires, so this effect never changes the advice",
                c.rule + 1,
                c.tier.as_str(),
            ),
        });
    }
    found
}

/// A space that could not be built, as `check`'s error.
pub fn space_problem(err: &SpaceError) -> Problem {
    Problem {
        severity: Severity::Error,
        line: None,
        message: format!("the guards cannot be proved: {err}"),
    }
}
