//! The decision aid's part of the dataset: comparison facts with sources,
//! the values and readiness questions, and that nothing reads them.

use std::collections::HashSet;

use super::{q, Checker};
use crate::dataset::decision::{Compare, READINESS_IDS, VALUE_IDS};
use crate::dataset::schema::{Condition, Kind};

/// Facts that a "what matters to you" value reads need a band; facts that
/// state a chance or a gain say how sure the evidence is.
const NEEDS_BAND: [&str; 3] = ["sessions", "recovery", "improvement"];
const NEEDS_SURE: [&str; 3] = ["dark_patches.lighter", "dark_patches.darker", "improvement"];

impl<'a> Checker<'a> {
    pub(super) fn check_decision(&mut self) {
        let d = self.data;
        for (i, t) in d.treatments.iter().enumerate() {
            if let Some(c) = &t.compare {
                let name = format!("treatment {}", q(&t.id));
                self.compare(&format!("treatments.{i}.compare"), &name, c);
            }
        }
        let Some(dec) = &d.decision else {
            return;
        };
        let wait = &dec.wait;
        for (field, value) in [
            ("name", &wait.name),
            ("summary", &wait.summary),
            ("sessions", &wait.sessions),
            ("downtime", &wait.downtime),
            ("what_to_expect", &wait.what_to_expect),
            ("risks", &wait.risks),
        ] {
            self.text(value, true, || {
                (
                    format!("decision.wait.{field}"),
                    format!("decision wait {field}"),
                )
            });
        }
        self.cited("decision.wait", "decision wait", &wait.references);
        match &wait.compare {
            Some(c) => self.compare("decision.wait.compare", "decision wait", c),
            None => self.error(
                "decision.wait",
                "decision wait needs `compare` facts: it is in every comparison".to_string(),
            ),
        }
        self.decision_question("decision.values", &dec.values, &VALUE_IDS, false);
        self.decision_question("decision.readiness", &dec.readiness, &READINESS_IDS, true);
        self.cited(
            "decision.readiness_ref",
            "decision readiness_ref",
            std::slice::from_ref(&dec.readiness_ref),
        );
        self.text(&dec.readiness_note, true, || {
            (
                "decision.readiness_note".to_string(),
                "decision readiness_note".to_string(),
            )
        });
        for id in READINESS_IDS {
            if !dec.readiness_help.iter().any(|h| h.item == id) {
                self.error(
                    "decision.readiness_help",
                    format!("decision readiness_help has no help for item {}", q(id)),
                );
            }
        }
        for (i, h) in dec.readiness_help.iter().enumerate() {
            let path = format!("decision.readiness_help.{i}");
            if !READINESS_IDS.contains(&h.item.as_str()) {
                self.error(
                    &path,
                    format!("decision readiness_help names unknown item {}", q(&h.item)),
                );
            }
            self.text(&h.text, true, || {
                (path.clone(), format!("decision readiness help {}", i + 1))
            });
        }
        self.condition(
            "decision.lighter_skin",
            "decision lighter_skin",
            &dec.lighter_skin,
            None,
        );
        self.condition(
            "decision.darker_skin",
            "decision darker_skin",
            &dec.darker_skin,
            None,
        );
        self.unread(&[dec.values.as_str(), dec.readiness.as_str()]);
    }

    fn compare(&mut self, path: &str, name: &str, c: &Compare) {
        for (field, fact) in c.facts() {
            let at = format!("{path}.{field}");
            self.text(&fact.text, true, || {
                (at.clone(), format!("{name} compare {field}"))
            });
            if fact.refs.is_empty() {
                self.warn(
                    &at,
                    format!("{name} compare {field} has no source: add a reference id to `refs`"),
                );
            }
            self.cited(&at, &format!("{name} compare {field}"), &fact.refs);
            if NEEDS_BAND.contains(&field) && fact.band.is_none() {
                self.error(&at, format!("{name} compare {field} needs a `band`"));
            }
            if NEEDS_SURE.contains(&field) && fact.sure.is_none() {
                self.error(
                    &at,
                    format!("{name} compare {field} needs `sure`: how sure the evidence is"),
                );
            }
        }
    }

    /// The values or readiness question: present, optional, several, with
    /// known option ids (and, for readiness, every item and a "none yet").
    fn decision_question(&mut self, path: &str, id: &str, known: &[&str], all: bool) {
        let Some(question) = self.data.question(id) else {
            self.error(path, format!("{path} names unknown question {}", q(id)));
            return;
        };
        if !question.optional || question.kind != Kind::Several {
            self.error(
                path,
                format!(
                    "question {} must be optional and `several`: it never blocks results",
                    q(id)
                ),
            );
        }
        for o in question.options.iter().filter(|o| !o.exclusive) {
            if !known.contains(&o.id.as_str()) {
                self.error(
                    path,
                    format!(
                        "question {} has option {}, which the program cannot use; known: {}",
                        q(id),
                        q(&o.id),
                        known.join(", ")
                    ),
                );
            }
        }
        if all {
            for k in known {
                if question.option(k).is_none() {
                    self.error(path, format!("question {} needs option {}", q(id), q(k)));
                }
            }
        }
    }

    /// What matters and readiness must never change the advice: no rule,
    /// conflict, guard or `show_if` may read them.
    fn unread(&mut self, ids: &[&str]) {
        let d = self.data;
        let ids: HashSet<&str> = ids.iter().copied().collect();
        let reads = |c: &Condition| {
            let mut found = false;
            c.walk(&mut |c| {
                found |= match c {
                    Condition::Chosen(qid, _)
                    | Condition::AnyOf(qid, _)
                    | Condition::Answered(qid) => ids.contains(qid.as_str()),
                    _ => false,
                }
            });
            found
        };
        let mut at: Vec<String> = Vec::new();
        at.extend(
            d.rules
                .iter()
                .enumerate()
                .filter(|(_, r)| reads(&r.when))
                .map(|(i, _)| format!("rules.{i}")),
        );
        at.extend(
            d.conflicts
                .iter()
                .enumerate()
                .filter(|(_, c)| reads(&c.when))
                .map(|(i, _)| format!("conflicts.{i}")),
        );
        at.extend(
            d.guards
                .iter()
                .enumerate()
                .filter(|(_, g)| reads(&g.when))
                .map(|(i, _)| format!("guards.{i}")),
        );
        at.extend(
            d.questions
                .iter()
                .enumerate()
                .filter(|(_, qn)| qn.show_if.as_ref().is_some_and(reads))
                .map(|(i, _)| format!("questions.{i}.show_if")),
        );
        for path in at {
            self.error(
                &path,
                "reads what matters to the person or whether they feel ready; \
                 those answers must never change the advice"
                    .to_string(),
            );
        }
    }
}
