//! `diff`'s output: text for a clinician reviewing an edit, JSON with the
//! same facts for tools.

use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;

use crate::dataset::{Dataset, Meta};
use crate::interview::Answers;
use crate::report::answers_in_words;

use super::{Change, Diff, ItemKind, State};

/// A dataset as the output names it: its file and its meta.
pub struct Named<'a> {
    pub file: &'a str,
    pub meta: &'a Meta,
}

const WIDTH: usize = 80;

/// The text report: question changes, the number of answer sets compared,
/// then each change, largest first, with its smallest example in words.
pub fn text(old: &Named, new: &Named, diff: &Diff) -> String {
    let mut out = String::new();
    // Broken at spaces only, so paths and ids stay whole; a "- " item
    // hangs under its first word.
    let mut para = |indent: usize, s: &str| {
        let pad = " ".repeat(indent);
        let rest = " ".repeat(if s.starts_with("- ") {
            indent + 2
        } else {
            indent
        });
        let opts = textwrap::Options::new(WIDTH)
            .initial_indent(&pad)
            .subsequent_indent(&rest)
            .word_separator(textwrap::WordSeparator::AsciiSpace)
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        for line in textwrap::wrap(s, opts) {
            out.push_str(line.trim_end());
            out.push('\n');
        }
    };
    para(0, &format!("OLD: {}", describe(old)));
    para(0, &format!("NEW: {}", describe(new)));
    para(0, "");
    if diff.question_changes.is_empty() {
        para(0, "Questions and options: the same in both.");
    } else {
        para(0, "Questions and options:");
        for c in &diff.question_changes {
            para(2, &format!("- {}", c.describe()));
        }
    }
    para(0, "");
    para(
        0,
        &format!(
            "Compared {} complete answer sets: every answer set the interview can produce \
             using only the questions and options both files have.",
            thousands(diff.answer_sets)
        ),
    );
    para(0, "");
    if diff.changes.is_empty() {
        para(
            0,
            "No differences: every compared answer set gets the same advice.",
        );
    } else {
        let n = diff.changes.len();
        para(
            0,
            &format!("{n} change{} in the advice:", if n == 1 { "" } else { "s" }),
        );
        for c in &diff.changes {
            para(0, "");
            para(
                2,
                &format!(
                    "{}: {} answer set{}",
                    headline(c),
                    thousands(c.answer_sets),
                    if c.answer_sets == 1 { "" } else { "s" }
                ),
            );
            para(
                4,
                &format!("e.g. {}", in_words(&diff.questions, &c.example)),
            );
        }
    }
    para(0, "");
    para(
        0,
        "Compared: each treatment's tier, each caveat's level, and whether each note and \
         conflict appears. Changes to wording alone are not counted.",
    );
    out
}

fn describe(d: &Named) -> String {
    format!(
        "{} (\"{}\" version {}, reviewed {})",
        d.file, d.meta.title, d.meta.version, d.meta.reviewed
    )
}

/// "`ablative_fractional` suited → consider", "caveat `cold_sores` added
/// (discuss)", "note `x` removed", "conflict `k` added".
pub fn headline(c: &Change) -> String {
    let id = &c.id;
    let tier = |s: State| match s {
        State::Tier(t) => t.as_str(),
        _ => "not listed",
    };
    match (c.kind, c.before, c.after) {
        (ItemKind::Treatment, b, a) => format!("`{id}` {} → {}", tier(b), tier(a)),
        (kind, State::Absent, a) => match a.id().filter(|_| kind == ItemKind::Caveat) {
            Some(level) => format!("caveat `{id}` added ({level})"),
            None => format!("{} `{id}` added", kind.as_str()),
        },
        (kind, b, State::Absent) => match b.id().filter(|_| kind == ItemKind::Caveat) {
            Some(level) => format!("caveat `{id}` removed (was {level})"),
            None => format!("{} `{id}` removed", kind.as_str()),
        },
        (kind, b, a) => format!(
            "{} `{id}` {} → {}",
            kind.as_str(),
            b.id().unwrap_or(""),
            a.id().unwrap_or("")
        ),
    }
}

/// "Scar types: Rolling; Severity: Grade 3 (moderate)".
pub fn in_words(questions: &Dataset, answers: &Answers) -> String {
    let parts: Vec<String> = answers_in_words(questions, answers)
        .into_iter()
        .map(|(title, labels)| format!("{title}: {}", labels.join(", ")))
        .collect();
    if parts.is_empty() {
        "nothing chosen".into()
    } else {
        parts.join("; ")
    }
}

/// 1170432 → "1,170,432".
pub fn thousands(n: u128) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[derive(Serialize)]
struct Json<'a> {
    old: Version<'a>,
    new: Version<'a>,
    question_changes: Vec<QuestionJson<'a>>,
    answer_sets: u128,
    changes: Vec<ChangeJson<'a>>,
}

#[derive(Serialize)]
struct Version<'a> {
    file: &'a str,
    title: &'a str,
    version: &'a str,
    reviewed: &'a str,
}

#[derive(Serialize)]
struct QuestionJson<'a> {
    change: &'static str,
    question: Option<&'a str>,
    option: Option<&'a str>,
    text: String,
}

#[derive(Serialize)]
struct ChangeJson<'a> {
    kind: &'static str,
    id: &'a str,
    /// Tier or level id, "present", or null for absent.
    before: Option<&'static str>,
    after: Option<&'static str>,
    answer_sets: u128,
    text: String,
    /// An answers map `report --answers` accepts (JSON is RON here).
    example: AnswerMap<'a>,
    example_words: String,
}

/// Answers as a map in question order.
struct AnswerMap<'a>(Vec<(&'a str, &'a [String])>);

impl Serialize for AnswerMap<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

fn version<'a>(d: &'a Named) -> Version<'a> {
    Version {
        file: d.file,
        title: &d.meta.title,
        version: &d.meta.version,
        reviewed: &d.meta.reviewed,
    }
}

/// The same facts as [`text`], as JSON.
pub fn json(old: &Named, new: &Named, diff: &Diff) -> String {
    let doc = Json {
        old: version(old),
        new: version(new),
        question_changes: diff
            .question_changes
            .iter()
            .map(|c| QuestionJson {
                change: c.code(),
                question: c.question(),
                option: c.option(),
                text: c.describe(),
            })
            .collect(),
        answer_sets: diff.answer_sets,
        changes: diff
            .changes
            .iter()
            .map(|c| ChangeJson {
                kind: c.kind.as_str(),
                id: &c.id,
                before: c.before.id(),
                after: c.after.id(),
                answer_sets: c.answer_sets,
                text: headline(c),
                example: AnswerMap(
                    c.example
                        .in_order(&diff.questions)
                        .map(|(q, o)| (q.id.as_str(), o))
                        .collect(),
                ),
                example_words: in_words(&diff.questions, &c.example),
            })
            .collect(),
    };
    // Serializing plain strings, numbers and lists cannot fail.
    let mut out = serde_json::to_string_pretty(&doc).unwrap_or_default();
    out.push('\n');
    out
}
