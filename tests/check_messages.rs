//! check's messages for the people who edit the dataset (issue 12, item 6),
//! run through the real binary: a missing field names its item, misspelt
//! ids and field names get a "did you mean" hint (far-off ones none), a
//! syntax error shows its line with a caret, an extra required question is
//! an error; and every command that reads a dataset refuses a bad one with
//! check's own messages.

use std::process::{Command, Output};

use scarguide::dataset::{check_text, Severity};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_scarguide"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap()
}

/// check's exit status and its stderr without the warnings (the fixtures
/// are copies of valid.ron, whose warnings are not what these tests are about).
fn check(fixture: &str) -> (i32, Vec<String>) {
    let path = format!("tests/fixtures/{fixture}");
    let out = run(&["check", "--data", &path]);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(!stderr.contains("panicked"), "{stderr}");
    let lines = stderr
        .lines()
        .filter(|l| !l.contains(": warning: "))
        .map(String::from)
        .collect();
    (out.status.code().unwrap(), lines)
}

#[test]
fn a_missing_field_names_the_treatment_it_is_missing_from() {
    let (code, lines) = check("bad_missing_treatment_field.ron");
    assert_eq!(code, 1);
    assert_eq!(
        lines,
        [
            "tests/fixtures/bad_missing_treatment_field.ron:121:9: error: treatment `subcision`: missing field `risks`",
            "  121 |         ),",
            "      |         ^",
        ]
    );
}

#[test]
fn a_misspelt_option_in_a_rule_gets_a_hint() {
    let (code, lines) = check("bad_misspelt_option_in_rule.ron");
    assert_eq!(code, 1);
    assert_eq!(
        lines.first().map(String::as_str),
        Some("tests/fixtures/bad_misspelt_option_in_rule.ron:168: error: rule 3 names unknown option `icepik` of question `scar_types`; did you mean `ice_pick`?")
    );
}

#[test]
fn a_misspelt_field_name_gets_a_hint() {
    let (code, lines) = check("bad_misspelt_treatment_field.ron");
    assert_eq!(code, 1);
    assert_eq!(
        lines,
        [
            "tests/fixtures/bad_misspelt_treatment_field.ron:131:13: error: treatment `tca_cross`: unknown field `risk`; did you mean `risks`?",
            "  131 |             risk: \"Temporary darker or lighter spots.\",",
            "      |             ^",
        ]
    );
}

#[test]
fn a_far_off_id_gets_no_hint() {
    let (code, lines) = check("bad_far_off_id.ron");
    assert_eq!(code, 1);
    assert_eq!(
        lines.first().map(String::as_str),
        Some("tests/fixtures/bad_far_off_id.ron:176: error: rule 8 names unknown caveat `sunburn`")
    );
    assert!(
        !lines.iter().any(|l| l.contains("did you mean")),
        "{lines:?}"
    );
}

#[test]
fn a_syntax_error_shows_its_line_with_a_caret_under_the_column() {
    let (code, lines) = check("bad_syntax_missing_comma.ron");
    assert_eq!(code, 1);
    // The line is 117 columns wide, so it is cut after 98 of them.
    assert_eq!(
        lines,
        [
            "tests/fixtures/bad_syntax_missing_comma.ron:18:31: error: expected `,`",
            "  18 |                 (id: \"boxcar\" label: \"Boxcar\", description: \"Round or oval dents with sharp edges.…",
            "     |                               ^",
        ]
    );
    // The caret is under the token after the missing comma, as ron reports.
    let shown = lines[1].strip_prefix("  18 | ").unwrap();
    let caret = lines[2].strip_prefix("     | ").unwrap().len() - 1;
    assert_eq!(shown.get(caret..caret + 5), Some("label"));
}

#[test]
fn control_characters_in_the_echoed_line_are_escaped_and_the_caret_follows() {
    let out = run(&[
        "check",
        "--data",
        "tests/fixtures/bad_syntax_control_char.ron",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        !stderr.chars().any(|c| c.is_control() && c != '\n'),
        "{stderr:?}"
    );
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(
        lines,
        [
            "tests/fixtures/bad_syntax_control_char.ron:19:37: error: expected `,`",
            "  19 |                 (id: \"ro\\u{1b}[2J\\u{7}lling\" label: \"Rolling\", description: \"Wide, soft dips that …",
            // Column 37 of the file is column 45 on screen, after the escapes.
            "     |                                              ^",
        ]
    );
}

#[test]
fn an_extra_required_question_is_an_error_at_its_line() {
    let (code, lines) = check("bad_required_extra_question.ron");
    assert_eq!(code, 1);
    assert_eq!(
        lines.first().map(String::as_str),
        Some("tests/fixtures/bad_required_extra_question.ron:67: error: question `keloid_area` must be optional or conditional: add `optional: true` or a `show_if`. This dataset has the six contract questions (`scar_types`, `severity`, `skin_type`, `active_acne`, `history`, `downtime`), and answers files may answer just those, so only they may be required")
    );
}

const VALID: &str = include_str!("fixtures/valid.ron");
const OPTIONAL_AND_CONDITIONAL: &str = r#"            optional: true,
            show_if: any_of("scar_types", ["raised", "keloid"]),"#;

fn required_errors(text: &str) -> Vec<String> {
    check_text("t.ron", text)
        .unwrap()
        .problems
        .into_iter()
        .filter(|p| p.severity == Severity::Error && p.message.contains("optional or conditional"))
        .map(|p| p.message)
        .collect()
}

#[test]
fn optional_or_conditional_is_enough_and_datasets_without_the_contract_are_free() {
    assert!(VALID.contains(OPTIONAL_AND_CONDITIONAL));
    let only_optional = VALID.replacen(OPTIONAL_AND_CONDITIONAL, "            optional: true,", 1);
    assert_eq!(required_errors(&only_optional), Vec::<String>::new());
    let only_conditional = VALID.replacen(
        OPTIONAL_AND_CONDITIONAL,
        r#"            show_if: any_of("scar_types", ["raised", "keloid"]),"#,
        1,
    );
    assert_eq!(required_errors(&only_conditional), Vec::<String>::new());
    let required = VALID.replacen(OPTIONAL_AND_CONDITIONAL, "", 1);
    assert_eq!(required_errors(&required).len(), 1);
    // Without one of the six contract questions the rule does not apply.
    let no_contract = required.replacen(r#"id: "downtime","#, r#"id: "recovery","#, 1);
    assert_eq!(required_errors(&no_contract), Vec::<String>::new());
}

#[test]
fn every_kind_of_unknown_id_gets_a_hint_when_one_is_near() {
    let cases = [
        (
            r#"show_if: any_of("scar_types", ["raised", "keloid"])"#,
            r#"show_if: any_of("scar_type", ["raised", "keloid"])"#,
            "show_if of question `keloid_area` names unknown question `scar_type`; did you mean `scar_types`?",
        ),
        (
            r#"listed(["ablative_full"])"#,
            r#"listed(["ablative_ful"])"#,
            "rule 7 names unknown treatment `ablative_ful`; did you mean `ablative_full`?",
        ),
        (
            r#"treatment(id: "tca_cross""#,
            r#"treatment(id: "tca_cros""#,
            "rule 3 names unknown treatment `tca_cros`; did you mean `tca_cross`?",
        ),
        (
            r#"caveat(id: "practitioner""#,
            r#"caveat(id: "practicioner""#,
            "rule 1 names unknown caveat `practicioner`; did you mean `practitioner`?",
        ),
        (
            r#"note(id: "gradual_results")"#,
            r#"note(id: "gradual_result")"#,
            "rule 1 names unknown note `gradual_result`; did you mean `gradual_results`?",
        ),
        (
            r#"references: ["lee2002"]"#,
            r#"references: ["lee2020"]"#,
            "treatment `tca_cross` cites unknown reference `lee2020`; did you mean `lee2002`?",
        ),
    ];
    for (old, new, expected) in cases {
        assert!(VALID.contains(old), "{old}");
        let errors: Vec<String> = check_text("t.ron", &VALID.replacen(old, new, 1))
            .unwrap()
            .errors()
            .map(|p| p.message.clone())
            .collect();
        assert!(errors.iter().any(|m| m == expected), "{new}: {errors:?}");
    }
}

#[test]
fn misspelt_variants_are_named_with_their_item_and_a_hint() {
    let text = VALID.replacen(
        "tier: suited, reason: \"Because you said you have rolling",
        "tier: suitd, reason: \"Because you said you have rolling",
        1,
    );
    let err = check_text("t.ron", &text).unwrap_err();
    assert_eq!(
        err.message,
        "rule 2, treatment `subcision`: unknown tier `suitd`; did you mean `suited`?"
    );
    assert_eq!(err.line, Some(167));
}

/// The other commands load through `commands::load_or_report`, so a bad
/// dataset stops them with the very lines check prints.
#[test]
fn report_refuses_a_bad_dataset_with_checks_messages() {
    for fixture in [
        "bad_syntax_missing_comma.ron",
        "bad_missing_treatment_field.ron",
        "bad_misspelt_option_in_rule.ron",
    ] {
        let path = format!("tests/fixtures/{fixture}");
        let (_, check_lines) = check(fixture);
        let out = run(&[
            "report",
            "--data",
            &path,
            "--answers",
            "tests/fixtures/answers_full.ron",
        ]);
        assert_eq!(out.status.code(), Some(1), "{fixture}");
        assert!(out.stdout.is_empty(), "{fixture}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        let errors: Vec<&String> = check_lines
            .iter()
            .filter(|l| !l.ends_with("warnings") && !l.ends_with("warning"))
            .collect();
        assert!(!errors.is_empty());
        for line in errors {
            assert!(
                stderr.lines().any(|l| l == line),
                "{fixture}: {line:?} not in {stderr}"
            );
        }
    }
}
