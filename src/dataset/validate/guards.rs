//! Guards: safety properties `audit` proves over every answer set. Here
//! only what can be checked without evaluating: ids, conditions, text.
//! Whether a guard holds is `audit`'s business (and `check` runs it).

use std::collections::HashSet;

use super::{q, Checker, IdKind};
use crate::dataset::schema::{Demand, Guard};

impl<'a> Checker<'a> {
    pub(super) fn check_guards(&mut self) {
        let d = self.data;
        let conflicts: HashSet<&str> = d.conflicts.iter().map(|c| c.id.as_str()).collect();
        let mut ids = HashSet::new();
        for (i, guard) in d.guards.iter().enumerate() {
            let path = format!("guards.{i}");
            let name = format!("guard {}", q(&guard.id));
            self.line(&guard.id, true, || {
                (format!("{path}.id"), format!("guard {} id", i + 1))
            });
            if !ids.insert(guard.id.as_str()) {
                self.error(
                    &format!("{path}.id"),
                    format!("duplicate guard id {}", q(&guard.id)),
                );
            }
            let when = format!("{path}.when");
            self.condition(&when, &name, &guard.when, None);
            // A guard says "for these answers"; what the advice lists is
            // what its demands are about.
            if guard.when.uses_listed() {
                self.error(
                    &when,
                    format!("{name} uses `listed` in `when`; guards are about answers, and demands about advice"),
                );
            }
            // Not required: an empty `why` is the default.
            self.text(&guard.why, false, || {
                (format!("{path}.why"), format!("{name} why"))
            });
            self.demands(&path, &name, guard, &conflicts);
        }
    }

    /// Every demand names known items; a guard demanding nothing proves
    /// nothing, so an empty `then` is an error.
    fn demands(&mut self, path: &str, name: &str, guard: &Guard, conflicts: &HashSet<&str>) {
        if guard.then.is_empty() {
            self.error(
                &format!("{path}.then"),
                format!("{name} has nothing in `then`: it would prove nothing"),
            );
        }
        for (j, demand) in guard.then.iter().enumerate() {
            let at = format!("{path}.then.{j}");
            let named: Vec<(IdKind, &str)> = match demand {
                Demand::AtMost(t, _) | Demand::AtLeast(t, _) | Demand::Exactly(t, _) => {
                    vec![(IdKind::Treatment, t)]
                }
                Demand::SomeListed(ts) => {
                    ts.iter().map(|t| (IdKind::Treatment, t.as_str())).collect()
                }
                Demand::Caveat(c, _) | Demand::CaveatExactly(c, _) | Demand::NoCaveat(c) => {
                    vec![(IdKind::Caveat, c)]
                }
                Demand::Note(n) | Demand::NoNote(n) => vec![(IdKind::Note, n)],
                Demand::Conflict(k) | Demand::NoConflict(k) => vec![(IdKind::Conflict, k)],
            };
            for (kind, id) in named {
                let (known, what) = match kind {
                    IdKind::Treatment => (self.ids.treatments.contains(id), "treatment"),
                    IdKind::Caveat => (self.ids.caveats.contains(id), "caveat"),
                    IdKind::Note => (self.ids.notes.contains(id), "note"),
                    _ => (conflicts.contains(id), "conflict"),
                };
                if !known {
                    let hint = self.hint(kind, id);
                    self.error(&at, format!("{name} names unknown {what} {}{hint}", q(id)));
                }
            }
        }
    }
}
