//! The report JSON contract (design.md): field names and order are fixed.

use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;

use crate::advice::Advice;
use crate::dataset::Dataset;
use crate::interview::visibility;

use super::explain::{Explained, RuleRef};
use super::json_decision;

#[derive(Serialize)]
struct Report<'a> {
    dataset: DatasetInfo<'a>,
    answers: AnswerMap<'a>,
    unanswered: Vec<&'a str>,
    conflicts: Vec<Conflict<'a>>,
    treatments: Vec<Treatment<'a>>,
    caveats: Vec<Caveat<'a>>,
    notes: Vec<Note<'a>>,
    disclaimer: &'a str,
    /// The decision aid (added after the first version of the contract):
    /// null when the dataset has no decision part or the check was skipped.
    comparison: Option<json_decision::Comparison<'a>>,
    values: Vec<&'static str>,
    readiness: Option<json_decision::Readiness<'a>>,
    /// The language of every text in this report ("en", "es"), added last
    /// (issue 17); ids and tiers are the same in every language.
    language: &'static str,
}

#[derive(Serialize)]
struct DatasetInfo<'a> {
    title: &'a str,
    version: &'a str,
    reviewed: &'a str,
}

/// Answers as a map in the dataset's question order.
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

/// Answers that do not fit together; the questions by id.
#[derive(Serialize)]
struct Conflict<'a> {
    id: &'a str,
    message: &'a str,
    questions: &'a [String],
}

#[derive(Serialize)]
struct Treatment<'a> {
    id: &'a str,
    name: &'a str,
    tier: &'a str,
    reasons: &'a [&'a str],
    sessions: &'a str,
    downtime: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    rules: Option<&'a [RuleRef]>,
}

#[derive(Serialize)]
struct Caveat<'a> {
    id: &'a str,
    level: &'a str,
    title: &'a str,
    text: &'a str,
    /// Added after the first version of the contract, as on treatments.
    reasons: &'a [&'a str],
    #[serde(skip_serializing_if = "Option::is_none")]
    rules: Option<&'a [RuleRef]>,
}

#[derive(Serialize)]
struct Note<'a> {
    id: &'a str,
    title: &'a str,
    text: &'a str,
    reasons: &'a [&'a str],
    #[serde(skip_serializing_if = "Option::is_none")]
    rules: Option<&'a [RuleRef]>,
}

pub fn render(data: &Dataset, advice: &Advice) -> String {
    render_explained(data, advice, None)
}

/// As [`render`]; with `explained`, every treatment, caveat and note also
/// carries `rules`: the rules that produced it (`report --explain`).
pub fn render_explained(data: &Dataset, advice: &Advice, explained: Option<&Explained>) -> String {
    let report = Report {
        dataset: DatasetInfo {
            title: &data.meta.title,
            version: &data.meta.version,
            reviewed: &data.meta.reviewed,
        },
        language: crate::i18n::current().code(),
        answers: AnswerMap(
            advice
                .answers
                .in_order(data)
                .map(|(q, o)| (q.id.as_str(), o))
                .collect(),
        ),
        unanswered: visibility::unanswered(data, &advice.answers)
            .into_iter()
            .map(|q| q.id.as_str())
            .collect(),
        conflicts: advice
            .conflicts
            .iter()
            .map(|c| Conflict {
                id: &c.conflict.id,
                message: &c.conflict.message,
                questions: &c.conflict.questions,
            })
            .collect(),
        treatments: advice
            .treatments
            .iter()
            .map(|t| Treatment {
                id: &t.treatment.id,
                name: &t.treatment.name,
                tier: t.tier.as_str(),
                reasons: &t.reasons,
                sessions: &t.treatment.sessions,
                downtime: &t.treatment.downtime,
                rules: explained.map(|e| e.treatment(&t.treatment.id)),
            })
            .collect(),
        caveats: advice
            .caveats
            .iter()
            .map(|c| Caveat {
                id: &c.caveat.id,
                level: c.level.as_str(),
                title: &c.caveat.title,
                text: &c.caveat.text,
                reasons: &c.reasons,
                rules: explained.map(|e| e.caveat(&c.caveat.id)),
            })
            .collect(),
        notes: advice
            .notes
            .iter()
            .map(|n| Note {
                id: &n.note.id,
                title: &n.note.title,
                text: &n.note.text,
                reasons: &n.reasons,
                rules: explained.map(|e| e.note(&n.note.id)),
            })
            .collect(),
        disclaimer: &data.meta.disclaimer,
        comparison: json_decision::comparison(data, advice),
        values: json_decision::values(data, advice),
        readiness: json_decision::readiness(data, advice),
    };
    // Serializing plain strings and lists cannot fail.
    let mut out = serde_json::to_string_pretty(&report).unwrap_or_default();
    out.push('\n');
    out
}
