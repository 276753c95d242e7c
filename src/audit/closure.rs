//! Which facts about the answers a focus depends on: the dependency
//! closure from focused items through the rules that produce them to the
//! options their conditions read.

use std::collections::HashSet;

use crate::dataset::{Condition, Dataset, Effect, Rule};

use super::Focus;

/// One fact about a question's answer that some condition reads: "one of
/// these options is chosen" (`chosen` is a set of one, `any_of` a larger
/// one), as option indices in ascending order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Atom {
    pub options: Vec<usize>,
    /// Read by some question's `show_if`: it decides what is shown later,
    /// so answers that differ on it must be followed separately even when
    /// only counting.
    pub by_show_if: bool,
}

/// Everything the focus (and the interview's `show_if`s) read of one
/// question.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Reads {
    pub atoms: Vec<Atom>,
    /// `answered(q)` is read: Some(by a show_if?).
    pub answered: Option<bool>,
}

/// The reads of every question, in dataset order.
///
/// Relevant conditions: the focus conditions, the focused conflicts'
/// conditions, the conditions of every rule whose effects name a focused
/// item, and every `show_if` (visibility decides which answers count and
/// how many answer sets there are). A `listed([..])` in a relevant
/// condition makes those treatments relevant too, to a fixed point.
/// Treatments only take effects from rules without `listed`, as in the
/// engine; caveats and notes from any rule.
pub(super) fn reads(data: &Dataset, focus: &Focus) -> Vec<Reads> {
    let mut treatments: HashSet<&str> = focus.treatments.iter().map(String::as_str).collect();
    let caveats: HashSet<&str> = focus.caveats.iter().map(String::as_str).collect();
    let notes: HashSet<&str> = focus.notes.iter().map(String::as_str).collect();

    let mut relevant: Vec<&Condition> = focus.conditions.iter().collect();
    relevant.extend(
        data.conflicts
            .iter()
            .filter(|c| focus.conflicts.contains(&c.id))
            .map(|c| &c.when),
    );
    let mut taken = vec![false; data.rules.len()];
    let mut scanned = 0;
    loop {
        // Treatments named by `listed` in conditions not yet scanned.
        for cond in relevant.iter().skip(scanned) {
            cond.walk(&mut |c| {
                if let Condition::Listed(ts) = c {
                    treatments.extend(ts.iter().map(String::as_str));
                }
            });
        }
        scanned = relevant.len();
        let before = relevant.len();
        for (rule, taken) in data.rules.iter().zip(taken.iter_mut()) {
            if !*taken && produces(rule, &treatments, &caveats, &notes) {
                *taken = true;
                relevant.push(&rule.when);
            }
        }
        if relevant.len() == before {
            break;
        }
    }

    let mut out = vec![Reads::default(); data.questions.len()];
    for cond in relevant {
        add_atoms(data, cond, false, &mut out);
    }
    for q in &data.questions {
        if let Some(cond) = &q.show_if {
            add_atoms(data, cond, true, &mut out);
        }
    }
    out
}

/// Whether the engine lets this rule change one of the focused items.
fn produces(
    rule: &Rule,
    treatments: &HashSet<&str>,
    caveats: &HashSet<&str>,
    notes: &HashSet<&str>,
) -> bool {
    let listed = rule.when.uses_listed();
    rule.then.iter().any(|e| match e {
        Effect::Treatment { id, .. } | Effect::Limit { id, .. } => {
            !listed && treatments.contains(id.as_str())
        }
        Effect::Caveat { id, .. } => caveats.contains(id.as_str()),
        Effect::Note { id, .. } => notes.contains(id.as_str()),
    })
}

/// Records the facts `cond` reads. Ids the dataset lacks are skipped: such
/// a test never holds on a real answer set, so it tells no answers apart.
fn add_atoms(data: &Dataset, cond: &Condition, by_show_if: bool, out: &mut [Reads]) {
    cond.walk(&mut |c| {
        let (qid, options): (&str, &[String]) = match c {
            Condition::Chosen(q, o) => (q, std::slice::from_ref(o)),
            Condition::AnyOf(q, os) => (q, os),
            Condition::Answered(q) => {
                if let Some(r) = question_index(data, q).and_then(|i| out.get_mut(i)) {
                    r.answered = Some(r.answered.unwrap_or(false) || by_show_if);
                }
                return;
            }
            _ => return,
        };
        let Some(i) = question_index(data, qid) else {
            return;
        };
        let (Some(question), Some(reads)) = (data.questions.get(i), out.get_mut(i)) else {
            return;
        };
        let set: Vec<usize> = question
            .options
            .iter()
            .enumerate()
            .filter(|(_, o)| options.contains(&o.id))
            .map(|(j, _)| j)
            .collect();
        if set.is_empty() {
            return;
        }
        match reads.atoms.iter_mut().find(|a| a.options == set) {
            Some(a) => a.by_show_if |= by_show_if,
            None => reads.atoms.push(Atom {
                options: set,
                by_show_if,
            }),
        }
    });
}

fn question_index(data: &Dataset, id: &str) -> Option<usize> {
    data.questions.iter().position(|q| q.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::check_text;

    const DATA: &str = r#"(
        meta: (title: "T", version: "1", reviewed: "2026-01-01", disclaimer: "Education only."),
        questions: [
            (id: "a", title: "A", prompt: "A?", help: "h", kind: several, options: [
                (id: "x", label: "X"), (id: "y", label: "Y"), (id: "z", label: "Z"),
            ]),
            (id: "b", title: "B", prompt: "B?", help: "h", kind: one, optional: true,
                show_if: chosen("a", "z"), options: [(id: "p", label: "P"), (id: "q", label: "Q")]),
        ],
        treatments: [
            (id: "t1", name: "1", category: "c", summary: "s", sessions: "s", downtime: "d", what_to_expect: "w", risks: "r", references: ["r"]),
            (id: "t2", name: "2", category: "c", summary: "s", sessions: "s", downtime: "d", what_to_expect: "w", risks: "r", references: ["r"]),
        ],
        caveats: [(id: "c1", title: "C", text: "t", references: ["r"])],
        notes: [(id: "n1", title: "N", text: "t", references: ["r"])],
        rules: [
            (when: chosen("a", "x"), then: [treatment(id: "t1", tier: suited, reason: "x.")]),
            (when: any_of("a", ["y", "x"]), then: [limit(id: "t1", tier: consider, reason: "y.")]),
            (when: chosen("b", "p"), then: [treatment(id: "t2", tier: suited, reason: "p.")]),
            (when: listed(["t1"]), then: [caveat(id: "c1", level: info)]),
            (when: answered("b"), then: [note(id: "n1")]),
        ],
        references: [(id: "r", citation: "A source.")],
    )"#;

    fn data() -> Dataset {
        check_text("inline", DATA).map(|c| c.dataset).unwrap()
    }

    fn atoms(r: &Reads) -> Vec<(Vec<usize>, bool)> {
        r.atoms
            .iter()
            .map(|a| (a.options.clone(), a.by_show_if))
            .collect()
    }

    #[test]
    fn a_treatment_reads_its_rules_and_limits_plus_every_show_if() {
        let r = reads(&data(), &Focus::treatment("t1"));
        assert_eq!(
            atoms(&r[0]),
            vec![(vec![0], false), (vec![0, 1], false), (vec![2], true)]
        );
        assert_eq!(r[1], Reads::default(), "nothing about t1 reads b");
    }

    #[test]
    fn listed_pulls_the_treatment_into_the_closure() {
        let r = reads(&data(), &Focus::caveat("c1"));
        assert_eq!(atoms(&r[0]).len(), 3, "c1 depends on t1's rules");
        assert_eq!(r[1], Reads::default());
    }

    #[test]
    fn answered_and_focus_conditions_are_read() {
        let r = reads(&data(), &Focus::note("n1"));
        assert_eq!(r[1].answered, Some(false));
        let c = Condition::Not(Box::new(Condition::Chosen("b".into(), "q".into())));
        let r = reads(&data(), &Focus::condition(c));
        assert_eq!(atoms(&r[1]), vec![(vec![1], false)]);
        assert_eq!(atoms(&r[0]), vec![(vec![2], true)]);
    }
}
