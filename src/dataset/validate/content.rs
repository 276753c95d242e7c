//! Treatments, caveats, notes and references: their text and citations.

use super::{q, Checker, IdKind};

impl<'a> Checker<'a> {
    pub(super) fn check_content(&mut self) {
        let d = self.data;
        for (i, t) in d.treatments.iter().enumerate() {
            let path = format!("treatments.{i}");
            let name = format!("treatment {}", q(&t.id));
            let lines = [("id", &t.id), ("name", &t.name), ("category", &t.category)];
            for (field, value) in lines {
                self.line(value, true, || {
                    (format!("{path}.{field}"), format!("{name} {field}"))
                });
            }
            let texts = [
                ("summary", &t.summary),
                ("sessions", &t.sessions),
                ("downtime", &t.downtime),
                ("what_to_expect", &t.what_to_expect),
                ("risks", &t.risks),
            ];
            for (field, value) in texts {
                self.text(value, true, || {
                    (format!("{path}.{field}"), format!("{name} {field}"))
                });
            }
            for ask in &t.questions_to_ask {
                self.text(ask, true, || {
                    (
                        format!("{path}.questions_to_ask"),
                        format!("{name} question to ask"),
                    )
                });
            }
            self.cited(&path, &name, &t.references);
        }
        for (section, what, entries) in [
            ("caveats", "caveat", &d.caveats),
            ("notes", "note", &d.notes),
        ] {
            for (i, e) in entries.iter().enumerate() {
                let path = format!("{section}.{i}");
                let name = format!("{what} {}", q(&e.id));
                self.line(&e.id, true, || (format!("{path}.id"), format!("{name} id")));
                self.line(&e.title, true, || {
                    (format!("{path}.title"), format!("{name} title"))
                });
                self.text(&e.text, true, || {
                    (format!("{path}.text"), format!("{name} text"))
                });
                self.cited(&path, &name, &e.references);
            }
        }
        for (i, r) in d.references.iter().enumerate() {
            let path = format!("references.{i}");
            let name = format!("reference {}", q(&r.id));
            self.line(&r.id, true, || (format!("{path}.id"), format!("{name} id")));
            self.text(&r.citation, true, || {
                (format!("{path}.citation"), format!("{name} citation"))
            });
            if let Some(link) = &r.link {
                self.line(link, true, || {
                    (format!("{path}.link"), format!("{name} link"))
                });
            }
        }
    }

    pub(super) fn cited(&mut self, path: &str, name: &str, refs: &[String]) {
        for r in refs {
            if !self.ids.references.contains(r.as_str()) {
                let hint = self.hint(IdKind::Reference, r);
                self.error(
                    path,
                    format!("{name} cites unknown reference {}{hint}", q(r)),
                );
            }
        }
    }
}
