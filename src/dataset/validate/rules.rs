//! Conditions (shared by rules, `show_if` and conflicts) and rules' effects.

use std::collections::HashSet;

use super::{q, Checker, IdKind};
use crate::dataset::schema::{Condition, Effect};

impl<'a> Checker<'a> {
    /// Checks ids in a condition. `before` is the index of the question that
    /// owns a `show_if`: it may only look at earlier questions.
    pub(super) fn condition(
        &mut self,
        path: &str,
        owner: &str,
        cond: &Condition,
        before: Option<usize>,
    ) {
        // (question, option) pairs named; option None for `answered` etc.
        let mut named: Vec<(&str, Option<&str>)> = Vec::new();
        let mut treatments: Vec<&str> = Vec::new();
        let mut empty_any_of = false;
        cond.walk(&mut |c| match c {
            Condition::Chosen(qid, o) => named.push((qid, Some(o))),
            Condition::AnyOf(qid, os) => {
                empty_any_of |= os.is_empty();
                named.push((qid, None));
                named.extend(os.iter().map(|o| (qid.as_str(), Some(o.as_str()))));
            }
            Condition::Answered(qid) => named.push((qid, None)),
            Condition::Listed(ts) => treatments.extend(ts.iter().map(String::as_str)),
            Condition::Always | Condition::All(_) | Condition::Any(_) | Condition::Not(_) => {}
        });
        if empty_any_of {
            self.error(path, format!("{owner} has an any_of with no options"));
        }
        for t in treatments {
            if !self.ids.treatments.contains(t) {
                let hint = self.hint(IdKind::Treatment, t);
                self.error(
                    path,
                    format!("{owner} names unknown treatment {}{hint}", q(t)),
                );
            }
        }
        let mut unknown_reported = HashSet::new();
        for (qid, option) in named {
            let Some(&qi) = self.ids.questions.get(qid) else {
                if unknown_reported.insert(qid) {
                    let hint = self.hint(IdKind::Question, qid);
                    self.error(
                        path,
                        format!("{owner} names unknown question {}{hint}", q(qid)),
                    );
                }
                continue;
            };
            if let Some(o) = option {
                let known = self.ids.options.get(qi).is_some_and(|s| s.contains(o));
                if !known {
                    let hint = self.hint(IdKind::Option(qi), o);
                    self.error(
                        path,
                        format!(
                            "{owner} names unknown option {} of question {}{hint}",
                            q(o),
                            q(qid)
                        ),
                    );
                }
            }
            if let Some(own) = before {
                if qi >= own && unknown_reported.insert(qid) {
                    let which = if qi == own {
                        "itself"
                    } else {
                        "a later question"
                    };
                    self.error(
                        path,
                        format!(
                            "{owner} depends on {which} ({}); show_if may only look at earlier questions",
                            q(qid)
                        ),
                    );
                }
            }
        }
    }

    pub(super) fn check_rules(&mut self) {
        let d = self.data;
        for (i, rule) in d.rules.iter().enumerate() {
            let path = format!("rules.{i}");
            let name = format!("rule {}", i + 1);
            self.condition(&format!("{path}.when"), &name, &rule.when, None);
            if rule.then.is_empty() {
                self.warn(&path, format!("{name} has nothing in `then`"));
            }
            let uses_listed = rule.when.uses_listed();
            for (j, effect) in rule.then.iter().enumerate() {
                let epath = format!("{path}.then.{j}");
                match effect {
                    Effect::Treatment { id, reason, .. } | Effect::Limit { id, reason, .. } => {
                        if !self.ids.treatments.contains(id.as_str()) {
                            let hint = self.hint(IdKind::Treatment, id);
                            self.error(
                                &format!("{epath}.id"),
                                format!("{name} names unknown treatment {}{hint}", q(id)),
                            );
                        }
                        self.text(reason, true, || {
                            (format!("{epath}.reason"), format!("{name} reason"))
                        });
                        if uses_listed {
                            self.error(
                                &epath,
                                format!("{name} uses `listed` and changes a treatment; rules with `listed` may only add caveats and notes"),
                            );
                        }
                    }
                    Effect::Caveat { id, reason, .. } => {
                        if !self.ids.caveats.contains(id.as_str()) {
                            let hint = self.hint(IdKind::Caveat, id);
                            self.error(
                                &epath,
                                format!("{name} names unknown caveat {}{hint}", q(id)),
                            );
                        }
                        if let Some(r) = reason {
                            self.text(r, true, || {
                                (format!("{epath}.reason"), format!("{name} reason"))
                            });
                        }
                    }
                    Effect::Note { id, reason } => {
                        if !self.ids.notes.contains(id.as_str()) {
                            let hint = self.hint(IdKind::Note, id);
                            self.error(
                                &epath,
                                format!("{name} names unknown note {}{hint}", q(id)),
                            );
                        }
                        if let Some(r) = reason {
                            self.text(r, true, || {
                                (format!("{epath}.reason"), format!("{name} reason"))
                            });
                        }
                    }
                }
            }
        }
    }
}
