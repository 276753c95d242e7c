//! Every text a patient reads, cut into the units a person reads at once,
//! so each can be given a reading grade.

use crate::dataset::load::sanitize;
use crate::dataset::schema::{Dataset, Effect};

/// One unit of patient-facing text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatientText {
    /// Where it is in the dataset, as validation names values for line
    /// lookup (`treatments.3.risks`).
    pub path: String,
    /// A name for people: "treatment `subcision` risks".
    pub what: String,
    pub text: String,
}

/// The patient-facing texts of `data`, in file order. A heading (question
/// title, option label, treatment name, caveat or note title) is measured
/// together with the text it heads: the grade of a two-word heading alone
/// says nothing. Empty texts are left out (validation reports them).
pub fn patient_texts(data: &Dataset) -> Vec<PatientText> {
    let mut out = Texts(Vec::new());
    out.push(
        "meta.disclaimer",
        || "meta disclaimer".to_string(),
        data.meta.disclaimer.clone(),
    );
    for (i, question) in data.questions.iter().enumerate() {
        let name = format!("question {}", q(&question.id));
        out.push(
            &format!("questions.{i}.prompt"),
            || format!("{name} prompt"),
            headed(&question.title, &question.prompt),
        );
        out.push(
            &format!("questions.{i}.help"),
            || format!("{name} help"),
            question.help.clone(),
        );
        for (j, option) in question.options.iter().enumerate() {
            out.push(
                &format!("questions.{i}.options.{j}"),
                || format!("option {} of {name}", q(&option.id)),
                headed(&option.label, &option.description),
            );
        }
    }
    for (i, t) in data.treatments.iter().enumerate() {
        let path = format!("treatments.{i}");
        let name = format!("treatment {}", q(&t.id));
        out.push(
            &format!("{path}.summary"),
            || format!("{name} name and summary"),
            headed(&t.name, &t.summary),
        );
        for (field, value) in [
            ("sessions", &t.sessions),
            ("downtime", &t.downtime),
            ("what_to_expect", &t.what_to_expect),
            ("risks", &t.risks),
        ] {
            out.push(
                &format!("{path}.{field}"),
                || format!("{name} {field}"),
                value.clone(),
            );
        }
        for (k, ask) in t.questions_to_ask.iter().enumerate() {
            out.push(
                &format!("{path}.questions_to_ask.{k}"),
                || format!("{name} question to ask {}", k + 1),
                ask.clone(),
            );
        }
    }
    for (section, what, entries) in [
        ("caveats", "caveat", &data.caveats),
        ("notes", "note", &data.notes),
    ] {
        for (i, e) in entries.iter().enumerate() {
            out.push(
                &format!("{section}.{i}.text"),
                || format!("{what} {}", q(&e.id)),
                headed(&e.title, &e.text),
            );
        }
    }
    for (i, rule) in data.rules.iter().enumerate() {
        for (j, effect) in rule.then.iter().enumerate() {
            let (kind, id, reason) = match effect {
                Effect::Treatment { id, reason, .. } => ("treatment", id, Some(reason)),
                Effect::Limit { id, reason, .. } => ("limit on", id, Some(reason)),
                Effect::Caveat { id, reason, .. } => ("caveat", id, reason.as_ref()),
                Effect::Note { id, reason } => ("note", id, reason.as_ref()),
            };
            if let Some(reason) = reason {
                out.push(
                    &format!("rules.{i}.then.{j}.reason"),
                    || format!("rule {} reason for {kind} {}", i + 1, q(id)),
                    reason.clone(),
                );
            }
        }
    }
    for (i, c) in data.conflicts.iter().enumerate() {
        out.push(
            &format!("conflicts.{i}.message"),
            || format!("conflict {} message", q(&c.id)),
            c.message.clone(),
        );
    }
    decision_texts(data, &mut out);
    out.0
}

/// The comparison facts, the "wait" option, the readiness note and helps,
/// and the disclosure an "About this guide" screen shows.
fn decision_texts(data: &Dataset, out: &mut Texts) {
    let m = &data.meta;
    for (field, value) in [
        ("funding", &m.funding),
        ("conflicts_of_interest", &m.conflicts_of_interest),
        ("update_policy", &m.update_policy),
    ] {
        out.push(
            &format!("meta.{field}"),
            || format!("meta {field}"),
            value.clone(),
        );
    }
    let wait = data.decision.as_ref().map(|d| &d.wait);
    let all = data
        .treatments
        .iter()
        .enumerate()
        .map(|(i, t)| (format!("treatments.{i}"), t))
        .chain(wait.map(|w| ("decision.wait".to_string(), w)));
    for (path, t) in all {
        if path.starts_with("decision") {
            out.push(
                &format!("{path}.summary"),
                || "decision wait summary".to_string(),
                headed(&t.name, &t.summary),
            );
            for (field, value) in [("what_to_expect", &t.what_to_expect), ("risks", &t.risks)] {
                out.push(
                    &format!("{path}.{field}"),
                    || format!("decision wait {field}"),
                    value.clone(),
                );
            }
        }
        if let Some(c) = &t.compare {
            for (field, fact) in c.facts() {
                out.push(
                    &format!("{path}.compare.{field}"),
                    || format!("treatment {} compare {field}", q(&t.id)),
                    fact.text.clone(),
                );
            }
        }
    }
    if let Some(d) = &data.decision {
        out.push(
            "decision.readiness_note",
            || "decision readiness_note".to_string(),
            d.readiness_note.clone(),
        );
        for (i, h) in d.readiness_help.iter().enumerate() {
            out.push(
                &format!("decision.readiness_help.{i}"),
                || format!("decision readiness help {}", q(&h.item)),
                h.text.clone(),
            );
        }
    }
}

struct Texts(Vec<PatientText>);

impl Texts {
    /// Keeps `text` unless it is blank; names it only then.
    fn push(&mut self, path: &str, what: impl FnOnce() -> String, text: String) {
        if text.trim().is_empty() {
            return;
        }
        self.0.push(PatientText {
            path: path.to_string(),
            what: what(),
            text,
        });
    }
}

fn q(s: &str) -> String {
    format!("`{}`", sanitize(s))
}

/// "heading. text", read as one unit. The ". " is added only when the
/// heading does not already end in punctuation ("Why?" stays "Why? text").
/// Closing brackets and quotes are looked through: "Laser (CO2)" gets a
/// full stop, "Done.)" does not. Either part may be empty.
pub fn headed(heading: &str, text: &str) -> String {
    let heading = heading.trim();
    let text = text.trim();
    if text.is_empty() {
        return heading.to_string();
    }
    if heading.is_empty() {
        return text.to_string();
    }
    let last = heading
        .chars()
        .rev()
        .find(|c| !matches!(c, ')' | ']' | '"' | '\'' | '”' | '’' | '»'));
    let ends_in_punctuation = matches!(last, Some('.' | '!' | '?' | ':' | ';' | ',' | '…'));
    if ends_in_punctuation {
        format!("{heading} {text}")
    } else {
        format!("{heading}. {text}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_get_a_full_stop_only_when_they_lack_punctuation() {
        assert_eq!(headed("Boxcar", "Round dents."), "Boxcar. Round dents.");
        assert_eq!(headed("Why now?", "Because."), "Why now? Because.");
        assert_eq!(headed("Note:", "Read this."), "Note: Read this.");
        assert_eq!(headed("Laser (CO2)", "A beam."), "Laser (CO2). A beam.");
        assert_eq!(headed("(Done.)", "Next."), "(Done.) Next.");
        assert_eq!(headed("Mild", ""), "Mild");
        assert_eq!(headed("", "Text."), "Text.");
    }
}
