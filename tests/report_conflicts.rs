//! Conflicts in the three report formats, from the real binary with
//! tests/fixtures/conflicts.ron: the JSON `conflicts` array (always there,
//! `[]` when the answers fit), and the "Before anything else" banner at the
//! top of text and Markdown, only when there is a conflict.

use std::process::Command;

use serde_json::{json, Value};

fn report(answers: &str, format: &str) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_scarguide"))
        .args([
            "report",
            "--data",
            "tests/fixtures/conflicts.ron",
            "--answers",
            answers,
            "--format",
            format,
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

const CONFLICT: &str = "tests/fixtures/answers_conflict.ron";
const FITTING: &str = "tests/fixtures/answers_full.ron";
const MESSAGE: &str =
    "You chose scars that are dents, but also said your marks are flat only. Please check which answer fits better.";

fn keys(v: &Value) -> Vec<&str> {
    v.as_object().unwrap().keys().map(String::as_str).collect()
}

#[test]
fn json_lists_the_conflict_with_id_message_and_questions() {
    let v: Value = serde_json::from_str(&report(CONFLICT, "json")).unwrap();
    // Additive: the contract's fields keep their order around it.
    assert_eq!(
        keys(&v),
        [
            "dataset",
            "answers",
            "unanswered",
            "conflicts",
            "treatments",
            "caveats",
            "notes",
            "disclaimer",
            "comparison",
            "values",
            "readiness",
            "language"
        ]
    );
    let conflicts = v["conflicts"].as_array().unwrap();
    assert_eq!(conflicts.len(), 1, "{conflicts:?}");
    assert_eq!(keys(&conflicts[0]), ["id", "message", "questions"]);
    assert_eq!(
        conflicts[0],
        json!({
            "id": "dents_but_flat_grade",
            "message": MESSAGE,
            "questions": ["scar_types", "severity"],
        })
    );
    // A warning, not a block: the advice is still there.
    assert!(!v["treatments"].as_array().unwrap().is_empty());
}

#[test]
fn json_has_an_empty_list_when_the_answers_fit() {
    let v: Value = serde_json::from_str(&report(FITTING, "json")).unwrap();
    assert_eq!(v["conflicts"], json!([]));
}

/// Where `needle` starts in `hay`, which must hold it.
fn at(hay: &str, needle: &str) -> usize {
    hay.find(needle)
        .unwrap_or_else(|| panic!("{needle:?} missing from:\n{hay}"))
}

#[test]
fn text_has_the_banner_before_the_answers() {
    let text = report(CONFLICT, "text");
    let section = at(&text, "\nBefore anything else\n");
    assert!(section < at(&text, "\nYour answers\n"), "{text}");
    assert!(
        section < at(&text, "\nCommonly used for answers like yours\n"),
        "{text}"
    );
    let block = &text[section..];
    assert!(
        block.contains("  * You chose scars that are dents, but also said your marks are flat only.\n    Please check which answer fits better.\n    Questions: Scar types, How noticeable\n"),
        "{block}"
    );
    // Said once, at the top: no second section repeats it.
    assert_eq!(text.matches("You chose scars that are dents").count(), 1);
    let fitting = report(FITTING, "text");
    assert!(!fitting.contains("Before anything else"), "{fitting}");
}

#[test]
fn markdown_has_a_quoted_box_in_the_banner() {
    let md = report(CONFLICT, "markdown");
    let section = at(&md, "\n## Before anything else\n");
    assert!(section < at(&md, "\n## Treatments\n"), "{md}");
    assert!(section < at(&md, "\n## Your answers\n"), "{md}");
    assert!(
        md.contains(&format!(
            "> - {MESSAGE} *(Questions: Scar types, How noticeable)*\n"
        )),
        "{md}"
    );
    assert!(
        md.contains("> **Some of your answers do not seem to fit together.**"),
        "{md}"
    );
    let fitting = report(FITTING, "markdown");
    assert!(!fitting.contains("Before anything else"), "{fitting}");
}
