//! `scarguide audit` through the real binary: a guard broken on purpose
//! exits 1 with its counterexample (in words, as an answers file `report`
//! accepts and that reproduces the violation, and the rules behind it);
//! bad datasets are refused exactly as `check` refuses them.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use super::FIXTURE;

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_scarguide"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

/// A file in a fresh folder under the target dir, named for the test.
fn temp_file(test: &str, name: &str, contents: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("audit-{test}"));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

/// The fixture with its first guard broken: resurfacing must now be
/// not_advised for rolling scars, but light skin keeps it at consider.
fn broken(test: &str) -> PathBuf {
    let text = FIXTURE.replace(
        r#"at_most("ablative_full", consider), at_least"#,
        r#"at_most("ablative_full", not_advised), at_least"#,
    );
    assert_ne!(text, FIXTURE);
    temp_file(test, "broken.ron", &text)
}

/// The 1-based line of the first line of the fixture containing `needle`.
fn line_of(needle: &str) -> usize {
    FIXTURE.lines().position(|l| l.contains(needle)).unwrap() + 1
}

#[test]
fn the_fixture_is_proved_and_exits_0() {
    let out = run(&["audit", "--data", "tests/fixtures/audit.ron"]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}{}", text(&out.stderr));
    assert!(stdout.contains("\n80 complete answer sets"), "{stdout}");
    assert!(stdout.contains("Guards: 3 proved, 0 broken"), "{stdout}");
    let guard = line_of(r#"id: "rolling_caps_ablative""#) - 1;
    assert!(
        stdout.contains(&format!(
            "proved  rolling_caps_ablative (line {guard}): over 48 answer sets"
        )),
        "{stdout}"
    );
}

#[test]
fn a_broken_guard_exits_1_with_its_counterexample_and_rules() {
    let path = broken("text");
    let path = path.to_str().unwrap();
    let out = run(&["audit", "--data", path]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    let guard = line_of(r#"id: "rolling_caps_ablative""#) - 1;
    for want in [
        format!("BROKEN  rolling_caps_ablative (line {guard}): for 24 of the 48 answer sets it covers"),
        "Smallest counterexample (3 options chosen):".to_string(),
        "      Scar types: Rolling\n      Skin type: Burns easily\n      Recovery time: A day or two\n      Scar depth: Not answered\n".to_string(),
        "Fails at_most(\"ablative_full\", not_advised): `ablative_full` is consider".to_string(),
        format!(
            "rule 2 (line {}): treatment `ablative_full` consider: \"Resurfacing can smooth rolling scars.\"",
            line_of(r#"(when: chosen("scar_types", "rolling"), then: ["#)
        ),
        format!(
            "rule 6 (line {}): limit `ablative_full` to consider: \"Resurfacing needs two weeks to heal.\"",
            line_of(r#"(when: chosen("downtime", "minimal")"#)
        ),
        format!(
            "rule 7 (line {}): treatment `ablative_full` suited",
            line_of(r#"chosen("scar_types", "rolling"), chosen("downtime", "minimal")"#)
        ),
        "\"scar_types\": [\"rolling\"],".to_string(),
    ] {
        assert!(stdout.contains(&want), "missing {want:?} in\n{stdout}");
    }
    // The other guards still hold.
    assert!(stdout.contains("Guards: 2 proved, 1 broken"), "{stdout}");
}

#[test]
fn the_counterexample_file_is_accepted_by_report_and_reproduces_the_violation() {
    let data = broken("json");
    let data = data.to_str().unwrap();
    let out = run(&["audit", "--data", data, "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let g = &json["guards"][0];
    assert_eq!(g["id"], "rolling_caps_ablative");
    assert_eq!(g["proved"], false);
    assert_eq!(
        (g["covered"].as_u64(), g["violating"].as_u64()),
        (Some(48), Some(24))
    );
    let c = &g["counterexample"];
    assert_eq!(
        c["answers"],
        serde_json::json!({"scar_types": ["rolling"], "skin_type": ["light"], "downtime": ["minimal"]})
    );
    assert_eq!(
        c["failed"][0]["demand"],
        "at_most(\"ablative_full\", not_advised)"
    );
    let rules: Vec<u64> = c["failed"][0]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["rule"].as_u64().unwrap())
        .collect();
    assert_eq!(rules, vec![2, 6, 7]);
    // The answers file, as audit wrote it, through `report`.
    let file = temp_file(
        "json",
        "counterexample.ron",
        c["answers_file"].as_str().unwrap(),
    );
    let report = run(&[
        "report",
        "--data",
        data,
        "--answers",
        file.to_str().unwrap(),
        "--format",
        "json",
        "--strict",
    ]);
    assert_eq!(report.status.code(), Some(0), "{}", text(&report.stderr));
    assert_eq!(
        text(&report.stderr),
        "",
        "no warnings about the answers file"
    );
    let advice: serde_json::Value = serde_json::from_slice(&report.stdout).unwrap();
    let tier = advice["treatments"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == "ablative_full")
        .map(|t| t["tier"].clone());
    // The demand was at most not_advised: consider breaks it.
    assert_eq!(tier, Some(serde_json::json!("consider")));
    assert_eq!(advice["answers"], c["answers"]);
}

#[test]
fn bad_datasets_are_refused_with_checks_messages() {
    let fixtures = [
        "bad_syntax.ron",
        "bad_missing_field.ron",
        "bad_duplicate_id.ron",
        "bad_unknown_id_rule.ron",
        "bad_empty.ron",
        "bad_invalid_utf8.ron",
        "bad_deep_nesting.ron",
        "bad_control_char.ron",
        "bad_guards.ron",
        "no_such_file.ron",
    ];
    for f in fixtures {
        let path = format!("tests/fixtures/{f}");
        let check = run(&["check", "--data", &path]);
        let audit = run(&["audit", "--data", &path]);
        // The loading every command shares: the same words as `rules`.
        let rules = run(&["rules", "--data", &path]);
        assert_eq!(audit.status.code(), Some(1), "{f}");
        assert_eq!(check.status.code(), Some(1), "{f}");
        let stderr = text(&audit.stderr);
        assert_eq!(stderr, text(&rules.stderr), "{f}");
        assert!(stderr.contains(&path), "{f}: {stderr}");
        assert!(!stderr.contains("panicked"), "{f}: {stderr}");
        assert!(audit.stdout.is_empty(), "{f}");
        // Every error is check's own message, on check's line.
        let check_err = text(&check.stderr);
        for line in stderr.lines().filter(|l| l.contains(": error: ")) {
            assert!(
                check_err.contains(line),
                "{f}: {line}\nnot in check's\n{check_err}"
            );
        }
    }
}

#[test]
fn check_fails_on_a_broken_guard_with_its_line() {
    let path = broken("check");
    let path = path.to_str().unwrap();
    let out = run(&["check", "--data", path]);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    let guard = line_of(r#"id: "rolling_caps_ablative""#) - 1;
    let want = format!(
        "{path}:{guard}: error: guard `rolling_caps_ablative` does not hold for 24 of the 48 complete answer sets where its `when` holds, e.g. Scar types: Rolling; Skin type: Burns easily; Recovery time: A day or two; Scar depth: Not answered; `scarguide audit` shows the rules behind it"
    );
    assert!(stderr.contains(&want), "missing {want}\nin {stderr}");
}

#[test]
fn check_passes_the_fixture_and_says_the_guards_are_proved() {
    let out = run(&["check", "--data", "tests/fixtures/audit.ron"]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        stdout.contains("; 3 guards proved over 80 complete answer sets"),
        "{stdout}"
    );
}
