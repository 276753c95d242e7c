//! Issue 11, point 14: answers that contradict each other are reported,
//! for every answer set and only then, and the rules for flat marks stay
//! silent when dents were chosen.

mod common;

use common::every::{every, on};

const DENTS_OR_RAISED: &str =
    r#"any_of("scar_types", ["ice_pick", "boxcar", "rolling", "raised", "keloid"])"#;

#[test]
fn dents_with_flat_marks_only_is_a_conflict_exactly_when_both_are_chosen() {
    let (mut yes, mut no) = (0u128, 0u128);
    let focus = on()
        .conflict("dents_but_flat_grade")
        .reads(DENTS_OR_RAISED)
        .reads(r#"chosen("severity", "grade_1")"#);
    every("always", focus, |s| {
        let both = ["ice_pick", "boxcar", "rolling", "raised", "keloid"]
            .iter()
            .any(|o| s.chosen("scar_types", o))
            && s.chosen("severity", "grade_1");
        assert_eq!(s.conflict("dents_but_flat_grade"), both, "{s}");
        if both {
            yes += s.count
        } else {
            no += s.count
        }
    });
    assert!(yes > 0 && no > 0);
}

#[test]
fn flat_marks_with_a_dent_grade_is_a_conflict_exactly_then() {
    let focus = on()
        .conflict("flat_only_but_dents_grade")
        .reads(DENTS_OR_RAISED)
        .reads(r#"any_of("scar_types", ["red_marks", "dark_marks"])"#)
        .reads(r#"any_of("severity", ["grade_2", "grade_3", "grade_4"])"#);
    let mut yes = 0u128;
    every("always", focus, |s| {
        let flat = ["red_marks", "dark_marks"]
            .iter()
            .any(|o| s.chosen("scar_types", o));
        let dents = ["ice_pick", "boxcar", "rolling", "raised", "keloid"]
            .iter()
            .any(|o| s.chosen("scar_types", o));
        let graded = ["grade_2", "grade_3", "grade_4"]
            .iter()
            .any(|o| s.chosen("severity", o));
        let want = flat && !dents && graded;
        assert_eq!(s.conflict("flat_only_but_dents_grade"), want, "{s}");
        if want {
            yes += s.count
        }
    });
    assert!(yes > 0);
}

#[test]
fn conflicts_name_both_questions_and_read_as_sentences() {
    for c in &common::every::data().conflicts {
        assert_eq!(c.questions, ["scar_types", "severity"], "{}", c.id);
        assert!(
            c.message.starts_with("You chose") && c.message.ends_with('.'),
            "{}",
            c.message
        );
        assert!(c.message.contains("Please check"), "{}", c.message);
    }
}

#[test]
fn flat_mark_rules_do_not_fire_when_dents_were_chosen() {
    let when = format!(r#"all([{DENTS_OR_RAISED}, chosen("severity", "grade_1")])"#);
    let focus = on()
        .treatment("skin_care")
        .treatment("ablative_fractional")
        .treatment("ablative_full");
    every(&when, focus, |s| {
        for t in ["skin_care", "ablative_fractional", "ablative_full"] {
            for r in s.reasons(t) {
                assert!(!r.contains("marks are flat"), "{t}: {r:?} for {s}");
            }
        }
    });
}
