//! Validation of `conflicts`: tests/fixtures/bad_conflicts.ron holds one
//! problem per conflict (the first is fine); each problem must be reported
//! with its severity and its line. tests/fixtures/conflicts.ron is clean.

use std::process::Command;

use scarguide::dataset::{check_text, Severity};

const BAD: &str = include_str!("fixtures/bad_conflicts.ron");
const GOOD: &str = include_str!("fixtures/conflicts.ron");

/// The problems about conflicts (the fixture's other warnings are valid.ron's).
fn conflict_problems(text: &str) -> Vec<(Severity, Option<usize>, String)> {
    check_text("t.ron", text)
        .unwrap()
        .problems
        .into_iter()
        .filter(|p| p.message.contains("conflict"))
        .map(|p| (p.severity, p.line, p.message))
        .collect()
}

fn has(severity: Severity, line: usize, message: &str) {
    let found = conflict_problems(BAD);
    assert!(
        found.contains(&(severity, Some(line), message.to_string())),
        "{severity:?} at {line}: {message}\nfound: {found:#?}"
    );
}

#[test]
fn unknown_option_in_the_condition_names_its_line() {
    has(
        Severity::Error,
        189,
        "conflict `unknown_ids` names unknown option `icepick` of question `scar_types`; did you mean `ice_pick`?",
    );
}

#[test]
fn unknown_question_in_the_list_names_its_line() {
    has(
        Severity::Error,
        192,
        "conflict `unknown_ids` names unknown question `scar_kinds`",
    );
}

#[test]
fn listed_is_refused() {
    has(
        Severity::Error,
        198,
        "conflict `uses_listed` uses `listed`; conflicts are about answers only",
    );
}

#[test]
fn duplicate_id() {
    has(
        Severity::Error,
        203,
        "duplicate conflict id `dents_but_flat_grade`",
    );
}

#[test]
fn a_question_read_but_not_offered_is_a_warning() {
    has(
        Severity::Warning,
        211,
        "conflict `unoffered` reads question `skin_type` but does not list it in `questions`, so the person is not offered it to change",
    );
}

#[test]
fn no_questions_and_empty_or_unsafe_message() {
    has(
        Severity::Error,
        217,
        "conflict `empty` lists no questions to offer for change",
    );
    has(Severity::Error, 218, "conflict `empty` message is empty");
    has(
        Severity::Error,
        224,
        "conflict `control` message contains the control character \\u{7} (it could drive the terminal); remove it",
    );
}

#[test]
fn the_fine_conflict_and_the_clean_fixture_have_no_problems() {
    let bad = conflict_problems(BAD);
    assert!(
        !bad.iter()
            .any(|(_, _, m)| m.contains("`dents_but_flat_grade` ")),
        "{bad:#?}"
    );
    // Seven errors and two warnings: nothing reported twice or missed.
    assert_eq!(
        bad.iter().filter(|p| p.0 == Severity::Error).count(),
        7,
        "{bad:#?}"
    );
    assert_eq!(bad.len(), 9, "{bad:#?}");
    assert_eq!(conflict_problems(GOOD), vec![]);
}

#[test]
fn check_fails_on_bad_conflicts_and_counts_good_ones() {
    let run = |fixture: &str| {
        Command::new(env!("CARGO_BIN_EXE_scarguide"))
            .args(["check", "--data", fixture])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .unwrap()
    };
    let out = run("tests/fixtures/bad_conflicts.ron");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains(
            "tests/fixtures/bad_conflicts.ron:198: error: conflict `uses_listed` uses `listed`"
        ),
        "{stderr}"
    );
    let out = run("tests/fixtures/conflicts.ron");
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("7 rules, 2 conflicts, 2 references"),
        "{stdout}"
    );
}
