//! `scarguide rules` through the real binary: a bad dataset is refused
//! with check's own messages and exit 1 (never a panic), a good one gives
//! the document on stdout in either format.

use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_scarguide"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

#[test]
fn a_bad_dataset_gives_checks_errors_and_exit_1_in_both_formats() {
    for fixture in [
        "bad_syntax.ron",
        "bad_unknown_id_rule.ron",
        "bad_missing_field.ron",
        "bad_invalid_utf8.ron",
        "bad_empty.ron",
    ] {
        let path = format!("tests/fixtures/{fixture}");
        let check = run(&["check", "--data", &path]);
        assert_eq!(check.status.code(), Some(1), "{fixture}: check fails");
        // check's errors (not its warnings or its summary line).
        let errors: Vec<String> = stderr(&check)
            .lines()
            .filter(|l| !l.contains(": warning: ") && !l.ends_with(" warnings"))
            .filter(|l| !l.contains(" error, ") && !l.contains(" errors, "))
            .map(str::to_string)
            .collect();
        assert!(!errors.is_empty(), "{fixture}");
        for format in ["markdown", "html"] {
            let out = run(&["rules", "--data", &path, "--format", format]);
            assert_eq!(out.status.code(), Some(1), "{fixture} {format}");
            assert!(out.stdout.is_empty(), "{fixture}: no document");
            let said = stderr(&out);
            for e in &errors {
                assert!(
                    said.contains(e.as_str()),
                    "{fixture}: {e:?} not in {said:?}"
                );
            }
            assert!(!said.contains("panicked"), "{said}");
        }
    }
}

#[test]
fn a_missing_file_is_an_error_not_a_panic() {
    let out = run(&["rules", "--data", "tests/fixtures/no-such-file.ron"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("no-such-file.ron"));
}

#[test]
fn the_shipped_rule_book_in_markdown_and_html() {
    let out = run(&["rules"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let doc = String::from_utf8(out.stdout).unwrap();
    assert!(doc.starts_with("# Rule book: "));
    assert!(doc.contains("`<embedded consultation.ron>`"));
    assert!(doc.contains("## 9. Sign-off"));

    let out = run(&[
        "rules",
        "--format",
        "html",
        "--data",
        "assets/consultation.ron",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.contains("<code>assets/consultation.ron</code>"));
    assert!(page.trim_end().ends_with("</html>"));
}

#[test]
fn an_unknown_format_is_a_usage_error() {
    let out = run(&["rules", "--format", "pdf"]);
    assert_eq!(out.status.code(), Some(2));
}
