//! Which conditions a focus depends on: the dependency closure from
//! focused items through the rules that produce them (and the treatments
//! their `listed` tests name).

use std::collections::HashSet;

use crate::dataset::{Condition, Dataset, Effect, Rule};

use super::Focus;

/// The conditions whose values decide the focused outcome, as written in
/// the dataset.
///
/// They are: the focus conditions, the focused conflicts' conditions and
/// the conditions of every rule whose effects name a focused item. A
/// `listed([..])` in one of them makes those treatments relevant too, to a
/// fixed point. Treatments only take effects from rules without `listed`,
/// as in the engine; caveats and notes from any rule.
pub(super) fn relevant<'d>(data: &'d Dataset, focus: &'d Focus) -> Vec<&'d Condition> {
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
            return relevant;
        }
    }
}

/// Whether the engine lets this rule change one of the focused items.
fn produces(
    rule: &Rule,
    treatments: &HashSet<&str>,
    caveats: &HashSet<&str>,
    notes: &HashSet<&str>,
) -> bool {
    // The effects first: walking the condition for `listed` costs more,
    // and this runs for every rule of every space built.
    let mut names_treatment = false;
    for e in &rule.then {
        match e {
            Effect::Treatment { id, .. } | Effect::Limit { id, .. } => {
                names_treatment |= treatments.contains(id.as_str());
            }
            Effect::Caveat { id, .. } if caveats.contains(id.as_str()) => return true,
            Effect::Note { id, .. } if notes.contains(id.as_str()) => return true,
            Effect::Caveat { .. } | Effect::Note { .. } => {}
        }
    }
    names_treatment && !rule.when.uses_listed()
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

    /// The rules (by position) whose conditions are relevant.
    fn rules(data: &Dataset, focus: &Focus) -> Vec<usize> {
        let focus = focus.clone();
        let conds = relevant(data, &focus);
        let mut at: Vec<usize> = data
            .rules
            .iter()
            .enumerate()
            .filter(|(_, r)| conds.iter().any(|c| std::ptr::eq(*c, &r.when)))
            .map(|(i, _)| i)
            .collect();
        at.sort_unstable();
        at
    }

    #[test]
    fn a_treatment_needs_its_rules_and_limits() {
        assert_eq!(rules(&data(), &Focus::treatment("t1")), vec![0, 1]);
        assert_eq!(rules(&data(), &Focus::treatment("t2")), vec![2]);
    }

    #[test]
    fn listed_pulls_the_treatment_into_the_closure() {
        assert_eq!(rules(&data(), &Focus::caveat("c1")), vec![0, 1, 3]);
    }

    #[test]
    fn focus_conditions_come_first_and_pull_in_listed_treatments() {
        let data = data();
        let c = Condition::Listed(vec!["t2".into()]);
        let focus = Focus::condition(c.clone()).with_note("n1");
        let conds = relevant(&data, &focus);
        assert_eq!(conds.first(), Some(&&c));
        assert_eq!(rules(&data, &focus), vec![2, 4]);
    }
}
