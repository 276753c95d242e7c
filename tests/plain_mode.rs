//! Plain mode: the line protocol (every prompt and error path) through the
//! library, and the real binary agreeing with `report` for every example.

mod common;

use std::io::{Cursor, Write};
use std::process::{Command, Stdio};

use scarguide::dataset::{check_text, Dataset, Kind};
use scarguide::interview::{file, Flow, Step};
use scarguide::plain::{self, parse_line, End, Options};

fn data() -> Dataset {
    check_text("valid.ron", include_str!("fixtures/valid.ron"))
        .unwrap()
        .dataset
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

/// The output with line breaks folded, as a listener hears it.
fn flat(out: &str) -> String {
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Lines that answer every required question with option 1 and finish.
const ALL_FIRST: &str = "1\n1\n1\n1\n1\n1\n\n";

#[test]
fn a_whole_interview_finishes() {
    let d = data();
    let (end, out, flow) = run(&d, ALL_FIRST);
    assert_eq!(end, End::Finished);
    assert!(flow.is_complete());
    assert!(out.contains("Question 1 of 6: Scar types"));
    assert!(out.contains("Question 6 of 6: Recovery time"));
    assert!(out.contains("Review your answers"));
    assert!(out.contains("  6. Recovery time: A day or two"));
}

#[test]
fn each_question_shows_prompt_and_numbered_options_then_how_to_answer() {
    let d = data();
    let (_, out, _) = run(&d, "");
    let expected = "\nQuestion 1 of 6: Scar types\n\
        Which kinds of marks or scars do you see? Choose all that apply.\n  \
        1. Ice pick\n     Narrow, deep pits, like a large open pore.\n  2. Boxcar\n";
    assert!(out.contains(expected), "{out}");
    assert!(
        out.contains("Type the numbers of all that apply, separated by spaces.\nOther keys: ? help, b back, r review, q quit.\nAnswer: "),
        "{out}"
    );
    for line in out.lines() {
        assert!(line.chars().count() <= 80, "{line:?}");
    }
}

#[test]
fn end_of_input_mid_way() {
    let d = data();
    let (end, _, flow) = run(&d, "1\n2\n");
    assert_eq!(end, End::EndOfInput);
    assert_eq!(flow.step(), Step::Question(2));
}

fn error_after(first_lines: &str) -> String {
    let d = data();
    let (end, out, _) = run(&d, first_lines);
    assert_eq!(end, End::EndOfInput);
    out
}

#[test]
fn letters_zero_too_big_and_empty_get_their_message_and_the_question_again() {
    let cases = [
        (
            "abc\n",
            "\"abc\" is not a number. Type one or more numbers from 1 to 7, separated by spaces.",
        ),
        (
            "0\n",
            "There is no answer 0. Type one or more numbers from 1 to 7",
        ),
        ("99\n", "There is no answer 99."),
        (
            "\n",
            "This question needs an answer. Type one or more numbers from 1 to 7",
        ),
        ("1, x\n", "\"x\" is not a number."),
    ];
    for (line, message) in cases {
        let out = error_after(line);
        assert!(flat(&out).contains(message), "{line:?}: {out}");
        // Asked again: the prompt line appears twice.
        assert_eq!(out.matches("\nAnswer: ").count(), 2, "{line:?}");
    }
}

#[test]
fn two_numbers_for_a_one_choice_question() {
    let out = error_after("1\n2 3\n");
    assert!(
        flat(&out).contains("Choose only one answer for this question. Type a number from 1 to 4."),
        "{out}"
    );
}

#[test]
fn none_of_these_cannot_be_combined() {
    let out = error_after("1\n1\n1\n1\n8 9\n");
    assert!(
        flat(&out).contains("\"None of these\" cannot be combined with other answers."),
        "{out}"
    );
}

#[test]
fn commas_and_spaces_both_separate_and_repeats_are_ignored() {
    assert_eq!(
        parse_line(" 1, 3 3,5 "),
        Ok(plain::Command::Numbers(vec![1, 3, 5]))
    );
    let d = data();
    let (_, _, flow) = run(&d, "1,3\n");
    assert_eq!(flow.answers().get("scar_types"), ["ice_pick", "rolling"]);
}

#[test]
fn help_says_why_we_ask_only_when_asked() {
    let help = "Different scars respond to different treatments";
    assert!(!error_after("").contains(help));
    let out = error_after("?\n");
    assert_eq!(out.matches(help).count(), 1, "{out}");
    assert!(flat(&out).contains("Why we ask: Different scars"), "{out}");
}

#[test]
fn back_goes_to_the_previous_question_and_keeps_the_answer() {
    let d = data();
    let (_, out, flow) = run(&d, "1 3\nb\n\n");
    assert_eq!(
        flow.step(),
        Step::Question(1),
        "Enter kept the answer and went on"
    );
    assert!(out.contains("  1. Ice pick (chosen)"), "{out}");
    assert!(flat(&out).contains("or press Enter to keep it."));
    let (_, out, _) = run(&d, "b\n");
    assert!(out.contains("This is the first question."));
}

#[test]
fn r_shows_the_answers_so_far() {
    let out = error_after("1\nr\n");
    assert!(
        out.contains(
            "Your answers so far\n  1. Scar types: Ice pick\nNext: question 2, How noticeable.\n"
        ),
        "{out}"
    );
}

#[test]
fn q_quits() {
    let d = data();
    let (end, _, _) = run(&d, "1\nq\n");
    assert_eq!(end, End::Quit);
}

#[test]
fn review_edits_an_answer_then_returns() {
    let d = data();
    let input = "1\n1\n1\n1\n1\n1\n2\n4\n\n";
    let (end, out, flow) = run(&d, input);
    assert_eq!(end, End::Finished);
    assert_eq!(flow.answers().get("severity"), ["grade_4"]);
    assert_eq!(out.matches("Review your answers").count(), 2);
    let bad = run(&d, "1\n1\n1\n1\n1\n1\n42\n").1;
    assert!(flat(&bad).contains(
        "Type one number from 1 to 6 to change that answer, or press Enter to see your results."
    ));
}

#[test]
fn the_follow_up_question_appears_only_when_it_applies() {
    let d = data();
    let (_, out, _) = run(&d, "4\n1\n1\n1\n");
    assert!(out.contains("Question 5 of 7: Raised scar area"), "{out}");
    assert!(out.contains("This question is optional: press Enter to skip it."));
}

#[test]
fn overlong_and_invalid_utf8_lines_are_handled() {
    let d = data();
    let mut input = "9".repeat(10_000).into_bytes();
    input.extend_from_slice(b"\n\xff\xfe\n1\n");
    let mut flow = Flow::new(&d);
    let mut out = Vec::new();
    let opts = Options {
        bold: false,
        width: 80,
        echo: false,
    };
    let end = plain::interview(&mut flow, &mut Cursor::new(input), &mut out, &opts).unwrap();
    assert_eq!(end, End::EndOfInput);
    assert_eq!(
        flow.answers().get("scar_types"),
        ["ice_pick"],
        "recovered after the bad lines"
    );
}

fn binary(args: &[&str], stdin: &str) -> std::process::Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_scarguide"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn plain_json_equals_report_json_for_every_example() {
    let data = scarguide::dataset::check_file(None).unwrap().dataset;
    let mut count = 0;
    for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/examples")).unwrap()
    {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "ron") {
            continue;
        }
        let loaded = file::read(&path, &data).unwrap();
        let input = common::answers::plain_lines(&data, &loaded.answers);
        let out = binary(&["plain", "--format", "json"], &input);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let stdout = String::from_utf8(out.stdout).unwrap();
        let json = stdout.split(plain::RESULTS_MARKER).nth(1).unwrap();
        let from_plain: serde_json::Value = serde_json::from_str(json).unwrap();
        let p = path.to_str().unwrap();
        let report = binary(&["report", "--format", "json", "--answers", p], "");
        let from_report: serde_json::Value = serde_json::from_slice(&report.stdout).unwrap();
        assert_eq!(from_plain, from_report, "{p}");
        count += 1;
    }
    assert!(count >= 1, "no example answers files found");
}

#[test]
fn the_binary_exits_1_when_input_ends_mid_way() {
    let out = binary(&["--data", "tests/fixtures/valid.ron", "plain"], "1\n");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("the input ended before the interview was finished"),
        "{stderr}"
    );
}

#[test]
fn bad_lines_through_the_binary() {
    let input = "abc\n0\n99\n\n1\n2 3\n";
    let out = binary(&["--data", "tests/fixtures/valid.ron", "plain"], input);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    for msg in [
        "\"abc\" is not a number.",
        "There is no answer 0.",
        "There is no answer 99.",
        "This question needs an answer.",
        "Choose only one answer for this question.",
    ] {
        assert!(flat(&stdout).contains(msg), "{msg}: {stdout}");
    }
    // Piped input is echoed so the transcript reads as a conversation.
    assert!(stdout.contains("\nAnswer: abc\n"), "{stdout}");
    assert!(
        !stdout.contains('\u{1b}'),
        "no colour when stdout is not a terminal"
    );
}

#[test]
fn no_subcommand_with_piped_input_falls_back_to_plain_mode() {
    let out = binary(&["--data", "tests/fixtures/valid.ron"], ALL_FIRST);
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        stderr.trim(),
        "scarguide: standard input is not a terminal, so the interview runs in plain mode (scarguide plain), one question at a time."
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("\nYour results\n"), "{stdout}");
    assert!(stdout.contains("Important: This is education, not a diagnosis"));
}

#[test]
fn save_to_writes_the_handout_and_never_overwrites() {
    let dir = std::env::temp_dir().join(format!("scarguide-plain-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("mine.md");
    let p = path.to_str().unwrap();
    for _ in 0..2 {
        let out = binary(
            &[
                "--data",
                "tests/fixtures/valid.ron",
                "plain",
                "--save-to",
                p,
            ],
            ALL_FIRST,
        );
        assert_eq!(out.status.code(), Some(0));
    }
    let first = std::fs::read_to_string(&path).unwrap();
    assert!(first.starts_with("# Acne scar treatments"));
    assert!(
        dir.join("mine-1.md").exists(),
        "the second save got a counter"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn every_question_kind_has_a_prompt() {
    let d = data();
    for q in &d.questions {
        let numbers: Vec<usize> = match q.kind {
            Kind::One => vec![1],
            Kind::Several => vec![1, 2],
        };
        assert!(plain::choose(q, &numbers).is_ok(), "{}", q.id);
    }
}

/// Changing an answer from the review comes back to the review: a question
/// skipped before (the optional last one) is not asked again.
#[test]
fn an_edit_from_the_review_returns_to_the_review() {
    // Scar types, severity, skin, acne, history, downtime; skip the three
    // optional questions; at the review change answer 2, then finish.
    let input = "1\n1\n1\n1\n10\n1\n\n\n\n2\n2\n\n";
    let out = binary(&["plain"], input);
    let text = String::from_utf8_lossy(&out.stdout);
    let after_edit = text
        .split("Question 2 of")
        .nth(2)
        .unwrap_or_else(|| panic!("severity was not asked again:\n{text}"));
    let next = after_edit
        .lines()
        .find(|l| l.starts_with("Question ") || l.starts_with("Review your answers"))
        .unwrap_or_default();
    assert_eq!(next, "Review your answers", "{text}");
}
