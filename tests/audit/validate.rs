//! Validation of `guards`: tests/fixtures/bad_guards.ron holds one
//! problem per guard (the first is fine); each must be an error with its
//! line, as `check` reports rules' problems, with check's "did you mean"
//! hint for a near id.

use scarguide::dataset::{check_text, Severity};

const BAD: &str = include_str!("../fixtures/bad_guards.ron");

fn line_of(needle: &str) -> usize {
    BAD.lines().position(|l| l.contains(needle)).unwrap() + 1
}

fn has(line: usize, message: &str) {
    let found: Vec<(Severity, Option<usize>, String)> = check_text("t.ron", BAD)
        .unwrap()
        .problems
        .into_iter()
        .filter(|p| p.message.contains("guard"))
        .map(|p| (p.severity, p.line, p.message))
        .collect();
    let want = (Severity::Error, Some(line), message.to_string());
    assert!(found.contains(&want), "{want:?}\nfound: {found:#?}");
}

#[test]
fn duplicate_id() {
    has(
        line_of(r#"(id: "fine", when: always, then: [note"#),
        "duplicate guard id `fine`",
    );
}

#[test]
fn every_demand_names_a_known_item_on_its_own_line() {
    has(
        line_of("tca_crosss"),
        "guard `unknown_items` names unknown treatment `tca_crosss`; did you mean `tca_cross`?",
    );
    has(
        line_of("pigment_risk\""),
        "guard `unknown_items` names unknown caveat `pigment_risk`",
    );
    has(
        line_of("no_note(\"gradual\")"),
        "guard `unknown_items` names unknown note `gradual`",
    );
    has(
        line_of("no_such_conflict"),
        "guard `unknown_items` names unknown conflict `no_such_conflict`",
    );
    has(
        line_of("\"filler\""),
        "guard `unknown_items` names unknown treatment `filler`; did you mean `fillers`?",
    );
}

#[test]
fn when_may_not_use_listed() {
    has(
        line_of("uses_listed"),
        "guard `uses_listed` uses `listed` in `when`; guards are about answers, and demands about advice",
    );
}

#[test]
fn then_may_not_be_empty() {
    has(
        line_of("empty_then"),
        "guard `empty_then` has nothing in `then`: it would prove nothing",
    );
}

#[test]
fn when_is_validated_like_rule_conditions() {
    has(
        line_of("icepick"),
        "guard `unknown_option` names unknown option `icepick` of question `scar_types`; did you mean `ice_pick`?",
    );
}

#[test]
fn why_is_validated_like_other_text() {
    has(
        line_of("control_why"),
        "guard `control_why` why contains the control character \\u{1b} (it could drive the terminal); remove it",
    );
}

#[test]
fn the_good_fixture_has_no_guard_problems() {
    let checked = check_text("t.ron", super::FIXTURE).unwrap();
    let guard_problems: Vec<_> = checked
        .problems
        .iter()
        .filter(|p| p.message.contains("guard"))
        .collect();
    assert!(guard_problems.is_empty(), "{guard_problems:#?}");
}
