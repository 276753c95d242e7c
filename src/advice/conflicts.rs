//! Answers that do not fit together: the dataset's conflicts whose
//! condition holds on the answers that count. Pure, like the rest of the
//! engine; the front ends show them before the advice.

use crate::dataset::{Conflict, Dataset, Question};
use crate::interview::{visibility, Answers};

#[derive(Debug, Clone, PartialEq)]
pub struct ConflictAdvice<'d> {
    pub conflict: &'d Conflict,
}

impl<'d> ConflictAdvice<'d> {
    /// The questions offered for change, in the conflict's order. Ids the
    /// dataset lacks are skipped (validation reports them).
    pub fn questions(&self, data: &'d Dataset) -> Vec<&'d Question> {
        self.conflict
            .questions
            .iter()
            .filter_map(|id| data.question(id))
            .collect()
    }

    /// The short titles of those questions ("Scar types").
    pub fn titles(&self, data: &'d Dataset) -> Vec<&'d str> {
        self.questions(data)
            .into_iter()
            .map(|q| q.title.as_str())
            .collect()
    }
}

/// The conflicts that hold for these answers, in dataset order. Answers to
/// hidden questions are dropped first, as for the advice.
pub fn find<'d>(data: &'d Dataset, answers: &Answers) -> Vec<ConflictAdvice<'d>> {
    matching(data, &visibility::effective(data, answers))
}

/// As `find`, on answers that are already the effective ones.
pub(super) fn matching<'d>(data: &'d Dataset, effective: &Answers) -> Vec<ConflictAdvice<'d>> {
    // Validation keeps `listed` out of conflicts; were it there, it is false.
    let no_listed = |_: &str| false;
    data.conflicts
        .iter()
        .filter(|c| visibility::holds(&c.when, effective, &no_listed))
        .map(|conflict| ConflictAdvice { conflict })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::advice::evaluate;
    use crate::dataset::check_text;

    /// `b` is shown only when `a` is `z`; two conflicts read `a` and `b`.
    const DATA: &str = r#"(
        meta: (title: "T", version: "1", reviewed: "2026-01-01", disclaimer: "Education only."),
        questions: [
            (id: "a", title: "Alpha", prompt: "A?", help: "h", kind: several, options: [
                (id: "x", label: "X"), (id: "y", label: "Y"), (id: "z", label: "Z"),
            ]),
            (id: "b", title: "Beta", prompt: "B?", help: "h", kind: one, optional: true,
                show_if: chosen("a", "z"),
                options: [(id: "p", label: "P"), (id: "q", label: "Q")]),
        ],
        treatments: [],
        rules: [],
        conflicts: [
            (id: "x_and_y", when: all([chosen("a", "x"), chosen("a", "y")]),
                questions: ["a"], message: "X and Y do not go together."),
            (id: "p_with_x", when: all([chosen("a", "x"), chosen("b", "p")]),
                questions: ["b", "a"], message: "P does not fit X."),
        ],
        references: [],
    )"#;

    fn data() -> Dataset {
        let checked = check_text("inline", DATA).unwrap();
        assert!(!checked.has_errors(), "{:?}", checked.problems);
        checked.dataset
    }

    fn answers(d: &Dataset, a: &[&str], b: &[&str]) -> Answers {
        let mut out = Answers::new();
        for (q, chosen) in d.questions.iter().zip([a, b]) {
            out.set(q, chosen);
        }
        out
    }

    fn ids(found: &[ConflictAdvice]) -> Vec<String> {
        found.iter().map(|c| c.conflict.id.clone()).collect()
    }

    #[test]
    fn a_conflict_matches_when_its_condition_holds() {
        let d = data();
        let found = find(&d, &answers(&d, &["x", "y"], &[]));
        assert_eq!(ids(&found), ["x_and_y"]);
        assert_eq!(found[0].conflict.message, "X and Y do not go together.");
    }

    #[test]
    fn no_conflict_when_the_answers_fit() {
        let d = data();
        assert!(find(&d, &answers(&d, &["x"], &[])).is_empty());
        assert!(find(&d, &answers(&d, &["y", "z"], &["p"])).is_empty());
        assert!(find(&d, &Answers::new()).is_empty());
    }

    #[test]
    fn answers_to_hidden_questions_do_not_trigger_a_conflict() {
        let d = data();
        // `b` is hidden unless `a` is `z`: its stale `p` must not count.
        assert!(find(&d, &answers(&d, &["x"], &["p"])).is_empty());
        assert!(evaluate(&d, &answers(&d, &["x"], &["p"]))
            .conflicts
            .is_empty());
        // Shown, the same answer does.
        let found = find(&d, &answers(&d, &["x", "z"], &["p"]));
        assert_eq!(ids(&found), ["p_with_x"]);
    }

    #[test]
    fn the_advice_lists_every_match_in_dataset_order_with_its_questions() {
        let d = data();
        let advice = evaluate(&d, &answers(&d, &["x", "y", "z"], &["p"]));
        assert_eq!(ids(&advice.conflicts), ["x_and_y", "p_with_x"]);
        let second = &advice.conflicts[1];
        assert_eq!(second.titles(&d), ["Beta", "Alpha"]);
    }
}
