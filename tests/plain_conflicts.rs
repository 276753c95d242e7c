//! Plain mode's check for answers that do not fit together, on
//! tests/fixtures/conflicts.ron: the real binary with piped input, and the
//! line protocol's other paths through the library.

use std::io::{Cursor, Write};
use std::process::{Command, Stdio};

use scarguide::dataset::{check_text, Dataset};
use scarguide::interview::{Flow, Step};
use scarguide::plain::{self, End, Options};

const FIXTURE: &str = "tests/fixtures/conflicts.ron";

/// Ice pick and red marks, "flat marks only", then option 1 or "none":
/// every question answered, and the conflict `dents_but_flat_grade`.
const CONFLICTING: &str = "1 6\n1\n1\n1\n9\n1\n";

fn binary(stdin: &str) -> (i32, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_scarguide"))
        .args(["--data", FIXTURE, "plain"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin.as_bytes()).unwrap();
    drop(input);
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
    )
}

/// The output with line breaks folded, as a listener hears it.
fn flat(out: &str) -> String {
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// (interview, results) on either side of the results' heading.
fn split(out: &str) -> (&str, &str) {
    out.split_once("\nYour results\n")
        .unwrap_or_else(|| panic!("no results:\n{out}"))
}

#[test]
fn the_binary_shows_the_conflict_takes_a_change_and_reaches_clean_results() {
    for change in ["2", "how noticeable", "severity"] {
        // Review: Enter. Check: the question. Its new answer: Mild. Review: Enter.
        let input = format!("{CONFLICTING}\n{change}\n2\n\n");
        let (code, out) = binary(&input);
        assert_eq!(code, 0, "{out}");
        let (interview, results) = split(&out);
        let check = interview
            .find("Check these answers")
            .unwrap_or_else(|| panic!("{change}: no check:\n{interview}"));
        let after = flat(&interview[check..]);
        assert!(
            after.contains("You chose scars that are dents, but also said your marks are flat only. Please check which answer fits better. Questions: 1. Scar types; 2. How noticeable."),
            "{after}"
        );
        assert!(after.contains("press Enter to see your results anyway"));
        // The change went to the question, then back to the review.
        assert!(
            after.contains(&format!("Answer: {change} Question 2 of 6: How noticeable")),
            "{after}"
        );
        assert!(after.contains("2. How noticeable: Mild"), "{after}");
        assert_eq!(
            interview.matches("Check these answers").count(),
            1,
            "checked again after the change, and it was gone"
        );
        assert!(results.contains("How noticeable: Mild"), "{results}");
        assert!(!results.contains("Check these answers"), "{results}");
        assert!(!results.contains("Check your answers"), "{results}");
    }
}

#[test]
fn end_of_input_at_the_check_goes_on_to_the_results() {
    let (code, out) = binary(&format!("{CONFLICTING}\n"));
    assert_eq!(code, 0, "{out}");
    let (interview, results) = split(&out);
    assert!(interview.contains("Check these answers"), "{interview}");
    // Reached anyway, with the warning first in the summary and again
    // before the treatments.
    let first = results.find("Check your answers: You chose scars").unwrap();
    assert!(
        first < results.find("Commonly used: ").unwrap(),
        "{results}"
    );
    let warning = results.find("\nCheck these answers\n").unwrap();
    assert!(
        warning
            < results
                .find("\nCommonly used for answers like yours\n")
                .unwrap(),
        "{results}"
    );
}

fn data() -> Dataset {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/conflicts.ron"
    ))
    .unwrap();
    check_text("conflicts.ron", &text).unwrap().dataset
}

fn run<'d>(d: &'d Dataset, input: &str) -> (End, String, Flow<'d>) {
    let mut flow = Flow::new(d);
    let mut out = Vec::new();
    let opts = Options {
        bold: false,
        width: 80,
        echo: false,
    };
    let end = plain::interview(
        &mut flow,
        &mut Cursor::new(input.as_bytes()),
        &mut out,
        &opts,
    )
    .unwrap();
    (end, String::from_utf8(out).unwrap(), flow)
}

#[test]
fn wrong_names_and_numbers_ask_again() {
    let d = data();
    let input = format!("{CONFLICTING}\nnothing\n0\n7\ns\n");
    let (end, out, _) = run(&d, &input);
    let out = flat(&out);
    for msg in [
        "No question is called \"nothing\".",
        "There is no answer with that number. Type a number from 1 to 6",
        // "Scar types" and "Skin type" both start with s.
        "More than one question starts with \"s\".",
    ] {
        assert!(out.contains(msg), "{msg}: {out}");
    }
    assert_eq!(end, End::Finished, "the input ended: results anyway");
}

#[test]
fn quit_and_back_at_the_check() {
    let d = data();
    let (end, _, _) = run(&d, &format!("{CONFLICTING}\nq\n"));
    assert_eq!(end, End::Quit);
    // Back shows the review again; Enter there checks again.
    let (end, out, flow) = run(&d, &format!("{CONFLICTING}\nb\n"));
    assert_eq!(end, End::EndOfInput, "the review ended without Enter");
    assert_eq!(flow.step(), Step::Review);
    assert_eq!(out.matches("Review your answers").count(), 2, "{out}");
    let (end, out, _) = run(&d, &format!("{CONFLICTING}\nb\n\n\n"));
    assert_eq!(end, End::Finished);
    assert_eq!(out.matches("Check these answers").count(), 2, "{out}");
}

#[test]
fn answers_that_fit_go_straight_to_the_results() {
    let d = data();
    // Ice pick and moderate: no conflict.
    let (end, out, _) = run(&d, "1\n3\n1\n1\n9\n1\n\n");
    assert_eq!(end, End::Finished);
    assert!(!out.contains("Check these answers"), "{out}");
}
