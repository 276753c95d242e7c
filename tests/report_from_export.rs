//! `report --answers` reads an exported JSON (it carries the answers), so
//! the desk can recreate the text, Markdown or JSON of any summary.

use std::path::PathBuf;
use std::process::{Command, Output};

use serde_json::Value;

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_scarguide"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap()
}

fn report(answers: &str, format: &str) -> Output {
    run(&["report", "--answers", answers, "--format", format])
}

/// The JSON report of a full answers file, stamped as the kiosk stamps it.
fn exported(name: &str, edit: impl Fn(&mut Value)) -> PathBuf {
    let out = report("tests/fixtures/answers_full.ron", "json");
    let mut v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut stamped = serde_json::Map::new();
    stamped.insert("code".into(), "K7QM4".into());
    stamped.insert("created".into(), "2026-11-30T09:15:02+01:00".into());
    stamped.extend(v.as_object_mut().unwrap().clone());
    let mut v = Value::Object(stamped);
    edit(&mut v);
    let path = std::env::temp_dir().join(format!("scarguide-{name}-{}.json", std::process::id()));
    std::fs::write(&path, serde_json::to_string_pretty(&v).unwrap()).unwrap();
    path
}

#[test]
fn every_format_from_an_export_matches_the_one_from_its_answers() {
    let path = exported("export-all", |_| {});
    let p = path.to_str().unwrap();
    for format in ["text", "markdown", "json"] {
        let from_ron = report("tests/fixtures/answers_full.ron", format);
        let from_export = report(p, format);
        assert_eq!(
            from_export.status.code(),
            Some(0),
            "{format}: {}",
            String::from_utf8_lossy(&from_export.stderr)
        );
        assert_eq!(
            String::from_utf8_lossy(&from_export.stdout),
            String::from_utf8_lossy(&from_ron.stdout),
            "{format}"
        );
    }
    std::fs::remove_file(path).unwrap();
}

#[test]
fn a_bad_answer_in_an_export_is_named_with_its_line() {
    let path = exported("export-bad", |v| {
        v["answers"]["severity"] = serde_json::json!(["grade_9"]);
    });
    let out = report(path.to_str().unwrap(), "text");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    let text = std::fs::read_to_string(&path).unwrap();
    let line = text.lines().position(|l| l.contains("grade_9")).unwrap() + 1;
    assert!(
        err.contains(&format!(":{line}:")) && err.contains("`grade_9`"),
        "{err}"
    );
    std::fs::remove_file(path).unwrap();
}

#[test]
fn a_json_without_a_disclaimer_is_read_as_an_answers_map() {
    // `{"answers": [...]}` is an answers file naming a question `answers`.
    let path =
        std::env::temp_dir().join(format!("scarguide-notreport-{}.json", std::process::id()));
    std::fs::write(&path, "{\"answers\": [\"x\"]}").unwrap();
    let out = report(path.to_str().unwrap(), "text");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(err.contains("unknown question `answers`"), "{err}");
    std::fs::remove_file(path).unwrap();
}
