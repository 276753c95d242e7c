//! Plain mode as it is heard, line by line (issue 13, points 10 to 13 and
//! the interview's part of 14): the answers so far and what comes next,
//! each choice read back, a short introduction, each thing said once.
//! The real binary with piped input where a person would type, the
//! library for the protocol's other paths.

use std::io::{Cursor, Write};
use std::process::{Command, Output, Stdio};

use scarguide::dataset::{check_text, Dataset};
use scarguide::interview::{Flow, Step};
use scarguide::plain::{self, End, Options};

fn fixture() -> Dataset {
    check_text("valid.ron", include_str!("fixtures/valid.ron"))
        .unwrap()
        .dataset
}

fn shipped() -> Dataset {
    scarguide::dataset::check_file(None).unwrap().dataset
}

fn run<'d>(d: &'d Dataset, input: &str) -> (End, String, Flow<'d>) {
    let mut flow = Flow::new(d);
    let mut out = Vec::new();
    let opts = Options {
        bold: false,
        width: 80,
        echo: false,
    };
    let end = plain::interview(&mut flow, &mut Cursor::new(input), &mut out, &opts).unwrap();
    (end, String::from_utf8(out).unwrap(), flow)
}

fn binary(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_scarguide"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin.as_bytes()).unwrap();
    drop(input);
    child.wait_with_output().unwrap()
}

fn stdout_of(args: &[&str], stdin: &str) -> String {
    String::from_utf8(binary(args, stdin).stdout).unwrap()
}

/// The output with line breaks folded, as a listener hears it.
fn flat(out: &str) -> String {
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The first line after `after` that starts a question or the review.
fn next_heading<'a>(text: &'a str, after: &str) -> &'a str {
    let at = text
        .find(after)
        .unwrap_or_else(|| panic!("no {after:?} in:\n{text}"));
    text[at + after.len()..]
        .lines()
        .find(|l| l.starts_with("Question ") || l.starts_with("Review your answers"))
        .unwrap_or_default()
}

// ---- 10. `r` lists the answers so far, says what is next, and a number
// changes that answer (it used to answer the current question).

#[test]
fn p10_r_then_a_number_changes_that_answer_and_comes_back() {
    // Scar types: ice pick; severity: mild; at skin type, r, then 1.
    let out = stdout_of(&["plain"], "1\n2\nr\n1\n2\n");
    assert!(
        out.contains("Your answers so far\n  1. Scar types: Narrow, deep pits (ice pick scars)\n  2. How easy to see: Mild: hard to see\nNext: question 3, Skin type.\n"),
        "{out}"
    );
    assert!(
        flat(&out).contains(
            "Type a number from the list to change that answer, or press Enter to go on."
        ),
        "{out}"
    );
    assert_eq!(
        next_heading(&out, "Next: question 3"),
        "Question 1 of 9: Scar types"
    );
    // The new answer, then back where the person was.
    let after = out.split("Answer: 2\n").nth(2).unwrap_or_default();
    assert!(
        after.starts_with("You chose: Round dents with sharp edges (boxcar scars).\n"),
        "{out}"
    );
    assert_eq!(
        next_heading(after, "You chose"),
        "Question 3 of 9: Skin type"
    );

    let d = shipped();
    let (end, _, flow) = run(&d, "1\n2\nr\n1\n2\n");
    assert_eq!(end, End::EndOfInput);
    assert_eq!(flow.answers().get("scar_types"), ["boxcar"]);
    assert!(
        !flow.answers().is_answered("skin_type"),
        "1 was not taken as skin type 1"
    );
    assert_eq!(flow.question().map(|q| q.id.as_str()), Some("skin_type"));
}

#[test]
fn p10_enter_after_the_list_asks_the_next_question_again() {
    let d = shipped();
    let (_, out, flow) = run(&d, "1\n2\nr\n\n3\n");
    assert_eq!(flow.answers().get("skin_type"), ["type_3"]);
    assert_eq!(
        out.matches("Question 3 of 9: Skin type").count(),
        2,
        "{out}"
    );
}

#[test]
fn p10_a_change_that_shows_a_question_asks_it_then_comes_back() {
    let d = shipped();
    // No active acne, so "Acne care now" is hidden; at Health and history,
    // change active acne to "now and then": its follow-up is asked, then
    // Health and history again, not the questions answered before.
    let (_, out, flow) = run(&d, "1\n1\n1\n1\nr\n4\n2\n1\n");
    assert!(
        out.contains("Next: question 5, Health and history."),
        "{out}"
    );
    assert_eq!(
        next_heading(&out, "You chose: Now and then."),
        "Question 5 of 10: Acne care now"
    );
    assert_eq!(
        next_heading(&out, "You chose: Yes, with care from a doctor."),
        "Question 6 of 10: Health and history"
    );
    assert_eq!(flow.question().map(|q| q.id.as_str()), Some("history"));
}

#[test]
fn p10_numbers_not_on_the_list_are_refused_in_one_sentence() {
    let d = fixture();
    let (_, out, flow) = run(&d, "1\nr\n5\n\n");
    assert!(
        out.contains(
            "Type a number from 1 to 2 to change that answer, or press Enter to go on.\nAnswer: "
        ),
        "{out}"
    );
    assert_eq!(flow.step(), Step::Question(1));
}

// ---- 11. Each choice is read back.

#[test]
fn p11_each_answer_is_read_back_with_labels_kept_apart() {
    let out = stdout_of(&["plain"], "1 3\n");
    assert!(
        out.contains("Answer: 1 3\nYou chose: Narrow, deep pits (ice pick scars); Wide, soft waves (rolling scars).\n"),
        "{out}"
    );
    let d = fixture();
    // Raised scars show the optional follow-up; Enter skips it.
    let (_, out, _) = run(&d, "4\n1\n1\n1\n\n");
    // Without an echo the read-back follows the prompt, as it does on a
    // terminal once Enter is pressed.
    assert!(out.contains("Answer: You chose: Raised.\n"), "{out}");
    assert!(out.contains("Answer: Skipped.\n"), "{out}");
}

// ---- 12. Two lines of introduction and the disclaimer (the notice for a
// dumb terminal: tests/plain_cli.rs).

#[test]
fn p12_the_introduction_says_what_this_is_how_to_answer_and_the_disclaimer() {
    let d = shipped();
    let (_, out, _) = run(&d, "");
    let intro = flat(out.split("\nQuestion 1 of").next().unwrap_or_default());
    assert_eq!(
        intro,
        flat(&format!(
            "Acne scar treatments: a consultation guide. 9 or 10 short questions about your scars, your skin and your health, then your results. \
             To answer, type a number and press Enter. Type ? to hear why we ask a question. \
             Important: {}",
            d.meta.disclaimer
        ))
    );
}

#[test]
fn p13_the_keys_once_per_question_and_one_instruction_after_an_error() {
    let d = fixture();
    let (_, out, _) = run(&d, "abc\n0\n\n1 2 99\n");
    assert_eq!(
        out.matches("? help, b back, r review, q quit").count(),
        1,
        "{out}"
    );
    let replies: Vec<String> = out.split("Answer: ").skip(1).map(flat).collect();
    assert_eq!(
        replies,
        [
            "\"abc\" is not a number. Type one or more numbers from 1 to 7, separated by spaces.",
            "There is no answer 0. Type one or more numbers from 1 to 7, separated by spaces.",
            "This question needs an answer. Type one or more numbers from 1 to 7, separated by spaces.",
            "There is no answer 99. Type one or more numbers from 1 to 7, separated by spaces.",
            "",
        ]
    );
}

#[test]
fn p13_why_we_ask_only_on_request_and_the_hint_to_ask_once() {
    let out = stdout_of(&["plain"], "1\n2\n3\n");
    assert_eq!(out.matches("Type ? to hear why we ask").count(), 1, "{out}");
    assert!(!out.contains("Why we ask"), "{out}");
    let out = stdout_of(&["plain"], "?\n");
    assert_eq!(out.matches("Why we ask: ").count(), 1, "{out}");
}

#[test]
fn p13_optional_is_said_once_and_not_in_the_instruction() {
    let d = fixture();
    let (_, out, _) = run(&d, "4\n1\n1\n1\n");
    let question = out
        .split("Question 5 of 7: Raised scar area")
        .nth(1)
        .unwrap_or_default();
    assert_eq!(flat(question).matches("optional").count(), 1, "{question}");
    assert!(
        question.contains("This question is optional: press Enter to skip it.\n"),
        "{question}"
    );
    let instruction = question
        .lines()
        .take_while(|l| !l.starts_with("Other keys"))
        .last()
        .unwrap_or_default();
    assert_eq!(instruction, "Type the number of your answer.");
}

// ---- 14, the interview's part: `q` asks first, "1." is 1 (`plain
// --help`: tests/plain_cli.rs).

#[test]
fn p14_q_asks_before_quitting() {
    let d = fixture();
    let (end, out, flow) = run(&d, "1\nq\n\n2\n");
    assert!(
        out.contains(
            "Quit without seeing your results? Type y to quit, or press Enter to go on.\n"
        ),
        "{out}"
    );
    assert_eq!(end, End::EndOfInput, "Enter went on");
    assert_eq!(flow.answers().get("severity"), ["grade_2"]);
    assert_eq!(run(&d, "1\nq\ny\n").0, End::Quit);
    let out = binary(&["--data", "tests/fixtures/valid.ron", "plain"], "q\ny\n");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn p14_a_number_with_a_trailing_dot_is_that_number() {
    let d = fixture();
    let (_, out, flow) = run(&d, "1. 3.\n2.\n");
    assert_eq!(flow.answers().get("scar_types"), ["ice_pick", "rolling"]);
    assert_eq!(flow.answers().get("severity"), ["grade_2"]);
    assert!(!out.contains("is not a number"), "{out}");
}
