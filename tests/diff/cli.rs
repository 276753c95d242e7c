//! `scarguide diff` from the real binary: text and JSON, question
//! changes, incompatible and bad files.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

use super::edit;

const VALID: &str = "tests/fixtures/valid.ron";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_scarguide"))
        .arg("diff")
        .args(args)
        .current_dir(root())
        .output()
        .unwrap()
}

fn valid() -> String {
    std::fs::read_to_string(root().join(VALID)).unwrap()
}

/// Writes `text` to a file of its own in a temporary folder.
fn write(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("scarguide-diff-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

fn stdout(out: &Output) -> String {
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).unwrap()
}

#[test]
fn identical_files_have_no_differences() {
    let text = stdout(&run(&[VALID, VALID]));
    assert!(text.contains("No differences"), "{text}");
    assert!(
        text.contains("Questions and options: the same in both."),
        "{text}"
    );
    let json: Value =
        serde_json::from_str(&stdout(&run(&[VALID, VALID, "--format", "json"]))).unwrap();
    assert_eq!(json["changes"], serde_json::json!([]));
    assert_eq!(json["question_changes"], serde_json::json!([]));
    assert!(json["answer_sets"].as_u64().unwrap() > 0);
}

#[test]
fn a_changed_rule_is_counted_in_text_and_json_alike() {
    let new = edit(
        &valid(),
        r#"treatment(id: "subcision", tier: suited"#,
        r#"treatment(id: "subcision", tier: consider"#,
    );
    let new = write("rule.ron", &new);
    let new = new.to_str().unwrap();
    let text = stdout(&run(&[VALID, new]));
    let json: Value =
        serde_json::from_str(&stdout(&run(&[VALID, new, "--format", "json"]))).unwrap();
    let changes = json["changes"].as_array().unwrap();
    assert_eq!(changes.len(), 1, "{json}");
    let c = &changes[0];
    assert_eq!(c["kind"], "treatment");
    assert_eq!(c["id"], "subcision");
    assert_eq!(
        (c["before"].as_str(), c["after"].as_str()),
        (Some("suited"), Some("consider"))
    );
    assert_eq!(c["example"]["scar_types"], serde_json::json!(["rolling"]));
    let n = c["answer_sets"].as_u64().unwrap();
    let headline = format!(
        "`subcision` suited → consider: {} answer sets",
        scarguide::diff::render::thousands(n.into())
    );
    assert!(text.contains(&headline), "{text}");
    assert!(text.contains("e.g. Scar types: Rolling;"), "{text}");

    // The example is an answers file that `report` accepts and that shows
    // the new tier.
    let answers = write("example.ron", &c["example"].to_string());
    let out = Command::new(env!("CARGO_BIN_EXE_scarguide"))
        .args(["report", "--data", new, "--format", "json", "--answers"])
        .arg(&answers)
        .current_dir(root())
        .output()
        .unwrap();
    let report: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let sub = report["treatments"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == "subcision")
        .unwrap();
    assert_eq!(sub["tier"], "consider");
}

#[test]
fn added_questions_and_options_are_reported() {
    let new = edit(
        &valid(),
        r#"(id: "smoker", label: "I smoke"),"#,
        r#"(id: "smoker", label: "I smoke"), (id: "sunbed", label: "I use sunbeds"),"#,
    );
    let new = edit(
        &new,
        r#"    ],
    treatments: ["#,
        r#"        (id: "goal", title: "Goal", prompt: "Goal?", help: "h", kind: one, optional: true,
            options: [(id: "smooth", label: "Smoother"), (id: "even", label: "Even colour")]),
    ],
    treatments: ["#,
    );
    let new = write("added.ron", &new);
    let text = stdout(&run(&[VALID, new.to_str().unwrap()]));
    assert!(text.contains("option `history.sunbed` added"), "{text}");
    assert!(text.contains("question `goal` added"), "{text}");
    assert!(text.contains("No differences"), "{text}");
    let back = stdout(&run(&[new.to_str().unwrap(), VALID]));
    assert!(back.contains("option `history.sunbed` removed"), "{back}");
    assert!(back.contains("question `goal` removed"), "{back}");
}

#[test]
fn a_question_of_another_kind_is_incompatible() {
    let new = edit(
        &valid(),
        r#"id: "severity",
            title: "How noticeable",
            prompt: "How noticeable are your scars?",
            help: "Clinicians grade scars by how visible they are at a normal talking distance.",
            kind: one,"#,
        r#"id: "severity",
            title: "How noticeable",
            prompt: "How noticeable are your scars?",
            help: "Clinicians grade scars by how visible they are at a normal talking distance.",
            kind: several,"#,
    );
    let new = write("kind.ron", &new);
    let out = run(&[VALID, new.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("question `severity` is one-choice in OLD but several-choice in NEW"),
        "{err}"
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn bad_files_get_checks_messages_and_exit_1() {
    for bad in [
        "tests/fixtures/bad_syntax.ron",
        "tests/fixtures/bad_unknown_id_rule.ron",
        "tests/fixtures/bad_missing_field.ron",
        "tests/fixtures/no_such_file.ron",
    ] {
        let check = Command::new(env!("CARGO_BIN_EXE_scarguide"))
            .args(["check", "--data", bad])
            .current_dir(root())
            .output()
            .unwrap();
        assert_eq!(check.status.code(), Some(1));
        let check_err = String::from_utf8_lossy(&check.stderr).to_string();
        for args in [[VALID, bad], [bad, VALID]] {
            let out = run(&args);
            assert_eq!(out.status.code(), Some(1), "{bad}");
            let err = String::from_utf8_lossy(&out.stderr);
            let first = check_err.lines().next().unwrap();
            assert!(err.contains(first), "{bad}: {err} lacks check's {first:?}");
            for line in err.lines().filter(|l| l.contains(": error")) {
                assert!(check_err.contains(line), "{bad}: {line:?} is not check's");
            }
        }
    }
}
