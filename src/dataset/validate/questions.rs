//! Questions and their options: text, option counts, `show_if`, and which
//! questions may be required.

use super::{q, Checker};
use crate::dataset::schema::Kind;

/// The questions of the answers-file contract (design.md): answers files,
/// exports and tests name them, and only they may be required.
pub const CONTRACT_QUESTIONS: [&str; 6] = [
    "scar_types",
    "severity",
    "skin_type",
    "active_acne",
    "history",
    "downtime",
];

impl<'a> Checker<'a> {
    pub(super) fn check_questions(&mut self) {
        let d = self.data;
        self.check_required();
        for (i, question) in d.questions.iter().enumerate() {
            let path = format!("questions.{i}");
            let name = format!("question {}", q(&question.id));
            self.line(&question.id, true, || {
                (format!("{path}.id"), format!("{name} id"))
            });
            self.line(&question.title, true, || {
                (format!("{path}.title"), format!("{name} title"))
            });
            self.text(&question.prompt, true, || {
                (format!("{path}.prompt"), format!("{name} prompt"))
            });
            self.text(&question.help, true, || {
                (format!("{path}.help"), format!("{name} help"))
            });
            if question.options.len() < 2 {
                self.error(
                    &format!("{path}.options"),
                    format!(
                        "{name} has {} option(s); a question needs at least two",
                        question.options.len()
                    ),
                );
            }
            for (j, option) in question.options.iter().enumerate() {
                let opath = format!("{path}.options.{j}");
                let oname = format!("option {} of {name}", q(&option.id));
                self.line(&option.id, true, || {
                    (format!("{opath}.id"), format!("{oname} id"))
                });
                self.line(&option.label, true, || {
                    (format!("{opath}.label"), format!("{oname} label"))
                });
                self.text(&option.description, false, || {
                    (
                        format!("{opath}.description"),
                        format!("{oname} description"),
                    )
                });
                if option.exclusive && question.kind == Kind::One {
                    self.warn(
                        &opath,
                        format!("{oname} is marked exclusive, which only matters when several can be chosen"),
                    );
                }
            }
            if let Some(cond) = &question.show_if {
                let cpath = format!("{path}.show_if");
                self.condition(&cpath, &format!("show_if of {name}"), cond, Some(i));
                if cond.uses_listed() {
                    self.error(
                        &cpath,
                        format!("show_if of {name} uses `listed`, which only rules may use"),
                    );
                }
            }
        }
    }
}

impl Checker<'_> {
    /// In a dataset with every contract question, any other question must
    /// be optional or conditional: a required one would leave answers files
    /// written for the contract incomplete (`report --strict` refuses them).
    /// Datasets without the contract (small test fixtures, other topics)
    /// may require what they like.
    fn check_required(&mut self) {
        let d = self.data;
        let has_contract = CONTRACT_QUESTIONS
            .iter()
            .all(|id| d.questions.iter().any(|q| q.id == *id));
        if !has_contract {
            return;
        }
        for (i, question) in d.questions.iter().enumerate() {
            let extra = !CONTRACT_QUESTIONS.contains(&question.id.as_str());
            if extra && !question.optional && question.show_if.is_none() {
                let contract: Vec<String> = CONTRACT_QUESTIONS.iter().map(|id| q(id)).collect();
                self.error(
                    &format!("questions.{i}.id"),
                    format!(
                        "question {} must be optional or conditional: add `optional: true` or a `show_if`. This dataset has the six contract questions ({}), and answers files may answer just those, so only they may be required",
                        q(&question.id),
                        contract.join(", "),
                    ),
                );
            }
        }
    }
}
