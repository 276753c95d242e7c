//! Indexes every id once, reporting duplicates as it goes.

use std::collections::HashSet;

use super::{q, Checker};

impl<'a> Checker<'a> {
    pub(super) fn index_ids(&mut self) {
        let d = self.data;
        for (i, question) in d.questions.iter().enumerate() {
            let path = format!("questions.{i}");
            if self.ids.questions.contains_key(question.id.as_str()) {
                self.error(
                    &format!("{path}.id"),
                    format!("duplicate question id {}", q(&question.id)),
                );
            } else {
                self.ids.questions.insert(&question.id, i);
            }
            let mut options = HashSet::new();
            for (j, option) in question.options.iter().enumerate() {
                if !options.insert(option.id.as_str()) {
                    self.error(
                        &format!("{path}.options.{j}.id"),
                        format!(
                            "duplicate option id {} in question {}",
                            q(&option.id),
                            q(&question.id)
                        ),
                    );
                }
            }
            self.ids.options.push(options);
        }
        // Ids that appear twice keep the first; the duplicate is reported.
        let sections: [(&str, &str, Vec<&'a str>); 4] = [
            (
                "treatments",
                "treatment",
                d.treatments.iter().map(|t| t.id.as_str()).collect(),
            ),
            (
                "caveats",
                "caveat",
                d.caveats.iter().map(|e| e.id.as_str()).collect(),
            ),
            (
                "notes",
                "note",
                d.notes.iter().map(|e| e.id.as_str()).collect(),
            ),
            (
                "references",
                "reference",
                d.references.iter().map(|r| r.id.as_str()).collect(),
            ),
        ];
        for (section, what, ids) in sections {
            let mut seen = HashSet::new();
            for (i, id) in ids.into_iter().enumerate() {
                if !seen.insert(id) {
                    self.error(
                        &format!("{section}.{i}.id"),
                        format!("duplicate {what} id {}", q(id)),
                    );
                }
            }
            match section {
                "treatments" => self.ids.treatments = seen,
                "caveats" => self.ids.caveats = seen,
                "notes" => self.ids.notes = seen,
                _ => self.ids.references = seen,
            }
        }
    }
}
