//! Questions and their options: text, option counts, `show_if`.

use super::{q, Checker};
use crate::dataset::schema::Kind;

impl<'a> Checker<'a> {
    pub(super) fn check_questions(&mut self) {
        let d = self.data;
        for (i, question) in d.questions.iter().enumerate() {
            let path = format!("questions.{i}");
            let name = format!("question {}", q(&question.id));
            self.text(&question.id, true, || {
                (format!("{path}.id"), format!("{name} id"))
            });
            self.text(&question.title, true, || {
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
                self.text(&option.id, true, || {
                    (format!("{opath}.id"), format!("{oname} id"))
                });
                self.text(&option.label, true, || {
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
