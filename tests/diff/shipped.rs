//! The shipped dataset with one rule's tier changed: diff's count equals
//! one computed independently, from a `Space` on the shipped dataset
//! focused on that rule's condition and its treatment, each class
//! evaluated by `evaluate` in both versions.

use scarguide::advice::evaluate;
use scarguide::audit::{Focus, Space, Universe};
use scarguide::dataset::{self, Effect, Tier};
use scarguide::diff::{diff, ItemKind, State};
use scarguide::interview::visibility;

use super::edit;

#[test]
fn one_rule_changed_gives_the_count_of_its_space() {
    let old = dataset::embedded().unwrap().dataset;
    let text = edit(
        dataset::EMBEDDED,
        r#"treatment(id: "nonablative_fractional", tier: suited, reason: "You chose round dents"#,
        r#"treatment(id: "nonablative_fractional", tier: consider, reason: "You chose round dents"#,
    );
    let new = super::load(&text);
    let changed = old
        .rules
        .iter()
        .zip(&new.rules)
        .position(|(a, b)| a != b)
        .unwrap();
    let rule = &old.rules[changed];
    let id = "nonablative_fractional";
    assert!(rule
        .then
        .iter()
        .any(|e| matches!(e, Effect::Treatment { id: t, .. } if t == id)));

    // Independently: the classes of the shipped dataset that keep apart
    // the rule's condition and the treatment (the edit changes no
    // condition, so the new version reads the same facts).
    let focus = Focus::condition(rule.when.clone()).with_treatment(id);
    let space = Space::new(&old, &focus, Universe::Complete).unwrap();
    let never = |_: &str| false;
    let (mut want, mut fired) = (0u128, 0u128);
    space.for_each(|answers, mult| {
        if visibility::holds(&rule.when, answers, &never) {
            fired += mult;
        }
        let before = evaluate(&old, answers).tier_of(id);
        let after = evaluate(&new, answers).tier_of(id);
        if before != after {
            assert_eq!((before, after), (Some(Tier::Suited), Some(Tier::Consider)));
            want += mult;
        }
    });
    assert!(want > 0 && want <= fired);

    let d = diff(&old, &new, 2).unwrap();
    assert_eq!(d.answer_sets, space.answer_sets());
    assert_eq!(d.changes.len(), 1, "{:?}", d.changes);
    let c = &d.changes[0];
    assert_eq!((c.kind, c.id.as_str()), (ItemKind::Treatment, id));
    assert_eq!(
        (c.before, c.after),
        (State::Tier(Tier::Suited), State::Tier(Tier::Consider))
    );
    assert_eq!(c.answer_sets, want);
    assert_eq!(evaluate(&old, &c.example).tier_of(id), Some(Tier::Suited));
    assert_eq!(evaluate(&new, &c.example).tier_of(id), Some(Tier::Consider));
}

#[test]
fn the_shipped_dataset_against_itself_has_no_differences() {
    let data = dataset::embedded().unwrap().dataset;
    let d = diff(&data, &data, 2).unwrap();
    assert!(d.changes.is_empty());
    assert!(d.question_changes.is_empty());
    let all = Space::new(&data, &Focus::new(), Universe::Complete).unwrap();
    assert_eq!(d.answer_sets, all.answer_sets());
}
