//! Warnings for content no rule can produce and options nothing reads.

use std::collections::HashSet;

use super::{q, Checker};
use crate::dataset::schema::{Condition, Effect};

impl<'a> Checker<'a> {
    /// Warnings for content no rule can produce and options nothing reads.
    pub(super) fn check_reachability(&mut self) {
        let d = self.data;
        let mut produced: HashSet<(&str, &str)> = HashSet::new();
        let mut mentioned: HashSet<(&str, &str)> = HashSet::new();
        let mut answered: HashSet<&str> = HashSet::new();
        let mut note_cond = |c: &'a Condition| match c {
            Condition::Chosen(qid, o) => {
                mentioned.insert((qid, o));
            }
            Condition::AnyOf(qid, os) => {
                for o in os {
                    mentioned.insert((qid, o));
                }
            }
            Condition::Answered(qid) => {
                answered.insert(qid);
            }
            _ => {}
        };
        for rule in &d.rules {
            rule.when.walk(&mut note_cond);
            for e in &rule.then {
                match e {
                    Effect::Treatment { id, .. } => produced.insert(("treatment", id)),
                    Effect::Limit { .. } => false,
                    Effect::Caveat { id, .. } => produced.insert(("caveat", id)),
                    Effect::Note { id, .. } => produced.insert(("note", id)),
                };
            }
        }
        for question in &d.questions {
            if let Some(c) = &question.show_if {
                c.walk(&mut note_cond);
            }
        }
        for (i, t) in d.treatments.iter().enumerate() {
            if !produced.contains(&("treatment", t.id.as_str())) {
                self.warn(
                    &format!("treatments.{i}.id"),
                    format!("no rule lists treatment {}", q(&t.id)),
                );
            }
        }
        for (section, what, entries) in [
            ("caveats", "caveat", &d.caveats),
            ("notes", "note", &d.notes),
        ] {
            for (i, e) in entries.iter().enumerate() {
                if !produced.contains(&(what, e.id.as_str())) {
                    self.warn(
                        &format!("{section}.{i}.id"),
                        format!("no rule produces {what} {}", q(&e.id)),
                    );
                }
            }
        }
        // What matters and readiness are read by the decision aid, never by rules.
        let decision: Vec<&str> = d
            .decision
            .iter()
            .flat_map(|x| [x.values.as_str(), x.readiness.as_str()])
            .collect();
        for (i, question) in d.questions.iter().enumerate() {
            if answered.contains(question.id.as_str()) || decision.contains(&question.id.as_str()) {
                continue;
            }
            for (j, o) in question.options.iter().enumerate() {
                if o.exclusive {
                    continue; // "none of these" is meant to produce nothing
                }
                if !mentioned.contains(&(question.id.as_str(), o.id.as_str())) {
                    self.warn(
                        &format!("questions.{i}.options.{j}"),
                        format!(
                            "option {} of question {} is not used by any rule or show_if",
                            q(&o.id),
                            q(&question.id)
                        ),
                    );
                }
            }
        }
    }
}
