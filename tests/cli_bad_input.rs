//! Every bad input the core issue names, run through the real binary:
//! exit status 1, a clear message, the position where there is one, and
//! never a panic.

use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_scarguide"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap()
}

fn check(fixture: &str) -> (i32, String) {
    let path = format!("tests/fixtures/{fixture}");
    let out = run(&["check", "--data", &path]);
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// (fixture, expected start of the first line of stderr, words it must contain)
const DATASET_CASES: &[(&str, &str, &str)] = &[
    (
        "bad_syntax.ron",
        "tests/fixtures/bad_syntax.ron:13:13: error: ",
        "expected `,`",
    ),
    (
        "bad_misspelt_field.ron",
        "tests/fixtures/bad_misspelt_field.ron:29:13: error: ",
        "question `severity`: unknown field `promt`; did you mean `prompt`?",
    ),
    (
        "bad_missing_field.ron",
        "tests/fixtures/bad_missing_field.ron:37:9: error: ",
        "question `severity`: missing field `help`",
    ),
    (
        "bad_duplicate_id.ron",
        "tests/fixtures/bad_duplicate_id.ron:124: error: ",
        "duplicate treatment id `subcision`",
    ),
    (
        "bad_unknown_id_rule.ron",
        "tests/fixtures/bad_unknown_id_rule.ron:168: error: ",
        "rule 3 names unknown treatment `tca_crosss`",
    ),
    (
        "bad_unknown_id_condition.ron",
        "tests/fixtures/bad_unknown_id_condition.ron:168: error: ",
        "rule 3 names unknown option `icepick` of question `scar_types`",
    ),
    (
        "bad_unknown_id_show_if.ron",
        "tests/fixtures/bad_unknown_id_show_if.ron:73: error: ",
        "show_if of question `keloid_area` names unknown question `scar_kinds`",
    ),
    (
        "bad_forward_show_if.ron",
        "tests/fixtures/bad_forward_show_if.ron:73: error: ",
        "depends on a later question (`history`)",
    ),
    (
        "bad_control_char.ron",
        "tests/fixtures/bad_control_char.ron:18: error: ",
        "label contains the control character \\u{1b}",
    ),
    (
        "bad_too_large.ron",
        "tests/fixtures/bad_too_large.ron: ",
        "file is too large (5120 KiB; the limit is 4096 KiB)",
    ),
    (
        "bad_deep_nesting.ron",
        "tests/fixtures/bad_deep_nesting.ron:166:",
        "nested too deeply",
    ),
    (
        "bad_invalid_utf8.ron",
        "tests/fixtures/bad_invalid_utf8.ron:19:45: error: ",
        "not valid UTF-8",
    ),
    (
        "bad_empty.ron",
        "tests/fixtures/bad_empty.ron: ",
        "the file is empty",
    ),
    (
        "no_such_file.ron",
        "tests/fixtures/no_such_file.ron: ",
        "no such file",
    ),
];

#[test]
fn every_bad_dataset_exits_1_with_its_message_and_position() {
    for (fixture, prefix, words) in DATASET_CASES {
        let (code, stderr) = check(fixture);
        assert_eq!(code, 1, "{fixture}: {stderr}");
        let first = stderr.lines().next().unwrap_or("");
        assert!(first.starts_with(prefix), "{fixture}: first line {first:?}");
        assert!(first.contains(words), "{fixture}: first line {first:?}");
        assert!(!stderr.contains("panicked"), "{fixture}: {stderr}");
    }
}

#[test]
fn control_characters_never_reach_the_terminal() {
    let (_, stderr) = check("bad_control_char.ron");
    assert!(!stderr.contains('\u{1b}'), "{stderr:?}");
}

#[test]
fn a_bad_dataset_stops_report_too() {
    let out = run(&[
        "report",
        "--data",
        "tests/fixtures/bad_duplicate_id.ron",
        "--answers",
        "tests/fixtures/answers_full.ron",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("duplicate treatment id `subcision`"),
        "{stderr}"
    );
    assert!(stderr.contains("scarguide check"), "{stderr}");
    assert!(out.stdout.is_empty());
}

fn report(answers: &str) -> (i32, String, String) {
    let path = format!("tests/fixtures/{answers}");
    let out = run(&[
        "report",
        "--data",
        "tests/fixtures/valid.ron",
        "--answers",
        &path,
        "--format",
        "json",
    ]);
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn bad_answers_exit_1_naming_the_id_and_line() {
    let cases = [
        (
            "answers_unknown_question.ron",
            "tests/fixtures/answers_unknown_question.ron:3: error: unknown question `skin_colour`",
        ),
        (
            "answers_unknown_option.ron",
            "tests/fixtures/answers_unknown_option.ron:3: error: question `scar_types` has no option `pitted`",
        ),
        (
            "answers_two_for_one.ron",
            "tests/fixtures/answers_two_for_one.ron:3: error: question `severity` takes one answer, but 2 are given",
        ),
        (
            "answers_none_and_other.ron",
            "tests/fixtures/answers_none_and_other.ron:2: error: in `history`, `none` cannot be combined",
        ),
    ];
    for (fixture, expected) in cases {
        let (code, stdout, stderr) = report(fixture);
        assert_eq!(code, 1, "{fixture}: {stderr}");
        assert!(stderr.starts_with(expected), "{fixture}: {stderr}");
        assert!(stdout.is_empty(), "{fixture}: printed a report anyway");
    }
}

#[test]
fn hidden_answer_is_ignored_with_a_warning() {
    let (code, stdout, stderr) = report("answers_hidden.ron");
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("answers_hidden.ron:3: warning: question `keloid_area` is not asked"),
        "{stderr}"
    );
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert!(json["answers"].get("keloid_area").is_none());
    assert_eq!(json["answers"]["scar_types"][0], "rolling");
}

#[test]
fn missing_answers_file_is_a_clear_error() {
    let (code, _, stderr) = report("no_such_answers.ron");
    assert_eq!(code, 1);
    assert_eq!(
        stderr.trim(),
        "tests/fixtures/no_such_answers.ron: no such file"
    );
}

#[test]
fn strict_refuses_unanswered_required_questions() {
    let out = run(&[
        "report",
        "--data",
        "tests/fixtures/valid.ron",
        "--answers",
        "tests/fixtures/answers_hidden.ron",
        "--strict",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("required question(s) not answered: `severity`, `skin_type`"),
        "{stderr}"
    );
    let full = run(&[
        "report",
        "--data",
        "tests/fixtures/valid.ron",
        "--answers",
        "tests/fixtures/answers_full.ron",
        "--strict",
    ]);
    assert_eq!(full.status.code(), Some(0));
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(run(&["report"]).status.code(), Some(2));
    assert_eq!(run(&["frobnicate"]).status.code(), Some(2));
    assert_eq!(
        run(&["report", "--answers", "x", "--format", "pdf"])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn check_on_a_valid_dataset_prints_a_summary_and_exits_0() {
    let out = run(&["check", "--data", "tests/fixtures/valid.ron"]);
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("ok: \"Acne scar treatments: a consultation guide\" version 0.1.0 (reviewed 2026-11-21): 7 questions (34 options), 4 treatments, 3 caveats, 1 notes, 9 rules, 0 conflicts, 2 references"),
        "{stdout}"
    );
    // Warnings are printed but do not fail the check.
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("warning: option `two_weeks` of question `downtime` is not used"));
}

#[test]
fn the_embedded_dataset_checks_clean() {
    let out = run(&["check"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn closed_stdout_is_not_a_crash() {
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_scarguide"))
        .args(["report", "--answers", "tests/fixtures/answers_full.ron"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take()); // the reader goes away, like `| head -0`
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(out.status.code(), Some(0));
}
