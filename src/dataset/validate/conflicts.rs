//! Conflicts: answers that do not fit together. Their conditions are
//! checked like rules', but may only read answers; their message is text a
//! person reads; their questions are what the person is offered to change.

use std::collections::HashSet;

use super::{q, Checker, IdKind};
use crate::dataset::schema::{Condition, Conflict};

impl<'a> Checker<'a> {
    pub(super) fn check_conflicts(&mut self) {
        let d = self.data;
        let mut ids = HashSet::new();
        for (i, conflict) in d.conflicts.iter().enumerate() {
            let path = format!("conflicts.{i}");
            let name = format!("conflict {}", q(&conflict.id));
            self.line(&conflict.id, true, || {
                (format!("{path}.id"), format!("{name} id"))
            });
            if !ids.insert(conflict.id.as_str()) {
                self.error(
                    &format!("{path}.id"),
                    format!("duplicate conflict id {}", q(&conflict.id)),
                );
            }
            let when = format!("{path}.when");
            self.condition(&when, &name, &conflict.when, None);
            if conflict.when.uses_listed() {
                self.error(
                    &when,
                    format!("{name} uses `listed`; conflicts are about answers only"),
                );
            }
            self.text(&conflict.message, true, || {
                (format!("{path}.message"), format!("{name} message"))
            });
            if conflict.questions.is_empty() {
                self.error(
                    &format!("{path}.questions"),
                    format!("{name} lists no questions to offer for change"),
                );
            }
            for (j, qid) in conflict.questions.iter().enumerate() {
                if !self.ids.questions.contains_key(qid.as_str()) {
                    let hint = self.hint(IdKind::Question, qid);
                    self.error(
                        &format!("{path}.questions.{j}"),
                        format!("{name} names unknown question {}{hint}", q(qid)),
                    );
                }
            }
            self.unoffered(&path, &name, conflict);
        }
    }

    /// A question the condition reads but the person is not offered: they
    /// could not change the answer that caused the conflict from there.
    fn unoffered(&mut self, path: &str, name: &str, conflict: &'a Conflict) {
        let mut read: Vec<&str> = Vec::new();
        conflict.when.walk(&mut |c| match c {
            Condition::Chosen(qid, _) | Condition::AnyOf(qid, _) | Condition::Answered(qid)
                if !read.contains(&qid.as_str()) =>
            {
                read.push(qid);
            }
            _ => {}
        });
        for qid in read {
            // Unknown ids are already errors; only known ones are worth a warning.
            let known = self.ids.questions.contains_key(qid);
            if known && !conflict.questions.iter().any(|o| o == qid) {
                self.warn(
                    &format!("{path}.questions"),
                    format!(
                        "{name} reads question {} but does not list it in `questions`, so the person is not offered it to change",
                        q(qid)
                    ),
                );
            }
        }
    }
}
