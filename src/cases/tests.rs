//! The cases file's parsing details and where failures are traced to, on a
//! small dataset whose rules are easy to follow by eye.

use std::path::{Path, PathBuf};

use super::origin::{origins, Source};
use super::*;
use crate::advice::evaluate;
use crate::dataset::{check_text, Dataset, Severity};

/// `b` is shown only when `a` is `z`. t1 is listed suited by rule 1 (x),
/// limited to consider by rule 2 (y), listed consider by rule 3 (z); rule 4
/// raises c1 when t1 is listed.
const DATA: &str = r#"(
    meta: (title: "T", version: "1", reviewed: "2026-01-01", disclaimer: "Education only."),
    questions: [
        (id: "a", title: "A", prompt: "A?", help: "h", kind: several, options: [
            (id: "x", label: "X"), (id: "y", label: "Y"), (id: "z", label: "Z")]),
        (id: "b", title: "B", prompt: "B?", help: "h", kind: one, optional: true,
            show_if: chosen("a", "z"), options: [(id: "p", label: "P"), (id: "o", label: "O")]),
    ],
    treatments: [(id: "t1", name: "T1", category: "c", summary: "s", sessions: "s",
        downtime: "d", what_to_expect: "w", risks: "r", references: [])],
    caveats: [(id: "c1", title: "C", text: "t", references: [])],
    notes: [(id: "n1", title: "N", text: "t", references: [])],
    rules: [
        (when: chosen("a", "x"), then: [treatment(id: "t1", tier: suited, reason: "X.")]),
        (when: chosen("a", "y"), then: [limit(id: "t1", tier: consider, reason: "Y.")]),
        (when: chosen("a", "z"), then: [treatment(id: "t1", tier: consider, reason: "Z.")]),
        (when: listed(["t1"]), then: [caveat(id: "c1", level: info)]),
    ],
    conflicts: [(id: "k", when: all([chosen("a", "x"), chosen("a", "y")]), questions: ["a"], message: "M.")],
    references: [],
)"#;

fn data() -> Dataset {
    let checked = check_text("data", DATA).unwrap();
    assert!(!checked.has_errors(), "{:?}", checked.problems);
    checked.dataset
}

fn no_examples(_: &str) -> Result<(String, String), String> {
    Err("is not here".to_string())
}

fn parse(text: &str) -> CasesFile {
    file::parse("cases", text, &data(), &no_examples).unwrap()
}

#[test]
fn inline_answers_are_checked_with_lines_in_the_cases_file() {
    let f = parse(
        "[\n  (\n    name: \"n\",\n    answers: {\n      \"a\": [\"x\"],\n      \"b\": [\"p\"],\n    },\n    expect: [note(\"n1\")],\n  ),\n]",
    );
    // `b` is hidden when `a` is not `z`: a warning at its line, answer dropped.
    assert_eq!(f.problems.len(), 1, "{:?}", f.problems);
    assert_eq!(f.problems[0].severity, Severity::Warning);
    assert_eq!(f.problems[0].line, Some(6));
    assert!(f.problems[0]
        .message
        .starts_with("case \"n\": question `b` is not asked"));
    let case = &f.cases[0];
    assert_eq!(case.line, Some(2));
    assert!(case.answers.is_chosen("a", "x"));
    assert!(!case.answers.is_answered("b"));
    assert_eq!(case.expect[0].line, Some(8));
}

#[test]
fn example_problems_name_the_example_file_and_its_line() {
    let read = |p: &str| -> Result<(String, String), String> {
        assert_eq!(p, "ex.ron");
        Ok((
            "dir/ex.ron".to_string(),
            "{\n  \"a\": [\"w\"],\n}".to_string(),
        ))
    };
    let text = "[(name: \"n\",\n example: \"ex.ron\",\n expect: [note(\"n1\")])]";
    let f = file::parse("cases", text, &data(), &read).unwrap();
    assert_eq!(f.problems.len(), 1);
    assert_eq!(f.problems[0].line, Some(2));
    assert_eq!(
        f.problems[0].message,
        "case \"n\": in example dir/ex.ron:2: error: question `a` has no option `w`"
    );
}

#[test]
fn cases_go_beside_their_dataset() {
    assert_eq!(Location::beside(None), Location::Embedded);
    assert_eq!(
        Location::beside(Some(Path::new("x/consultation.ron"))),
        Location::File(PathBuf::from("x/cases.ron"))
    );
    assert_eq!(
        Location::beside(Some(Path::new("consultation.ron"))),
        Location::File(PathBuf::from("cases.ron"))
    );
}

#[test]
fn embedded_examples_are_found_by_their_path_in_the_cases_file() {
    let (name, text) = Location::Embedded
        .example("examples/rolling-dark-skin.ron")
        .unwrap();
    assert_eq!(name, "<embedded examples/rolling-dark-skin.ron>");
    assert!(text.contains("\"rolling\""));
    assert!(Location::Embedded
        .example("./examples/rolling-dark-skin.ron")
        .is_ok());
    let err = Location::Embedded.example("examples/nope.ron").unwrap_err();
    assert!(
        err.starts_with("is not built into the program (built in: examples/"),
        "{err}"
    );
}

fn answers(options: &[&str]) -> crate::interview::Answers {
    let d = data();
    let mut a = crate::interview::Answers::new();
    a.set(d.question("a").unwrap(), options);
    a
}

fn demand(s: &str) -> crate::dataset::Demand {
    crate::dataset::load::parse_ron("d", s).unwrap()
}

#[test]
fn origins_are_the_holding_rules_that_touch_the_item() {
    let d = data();
    let advice = evaluate(&d, &answers(&["x", "y"]));
    let found = origins(&d, &advice, &demand(r#"exactly("t1", suited)"#));
    let rules: Vec<(Source, bool)> = found.iter().map(|o| (o.source, o.holds)).collect();
    assert_eq!(rules, [(Source::Rule(0), true), (Source::Rule(1), true)]);
    assert_eq!(found[0].effects, ["lists `t1` at suited"]);
    assert_eq!(found[1].effects, ["limits `t1` to consider"]);
    // A `listed` rule holds when the advice lists the treatment.
    let found = origins(&d, &advice, &demand(r#"no_caveat("c1")"#));
    assert_eq!(found.len(), 1);
    assert_eq!((found[0].source, found[0].holds), (Source::Rule(3), true));
}

#[test]
fn when_nothing_holding_adds_the_item_the_rules_that_would_are_given() {
    let d = data();
    // Only the limit holds: t1 is not listed at all.
    let advice = evaluate(&d, &answers(&["y"]));
    let found = origins(&d, &advice, &demand(r#"at_least("t1", consider)"#));
    let rules: Vec<(Source, bool)> = found.iter().map(|o| (o.source, o.holds)).collect();
    assert_eq!(
        rules,
        [
            (Source::Rule(1), true),
            (Source::Rule(0), false),
            (Source::Rule(2), false)
        ]
    );
    let lines = crate::dataset::SourceMap::scan(DATA);
    assert_eq!(
        origin::describe(&found[1], "data", &lines),
        "rule 1 (data:14) lists `t1` at suited when its condition holds, which it does not here"
    );
    // Conflicts are traced to the conflict itself.
    let found = origins(&d, &advice, &demand(r#"conflict("k")"#));
    assert_eq!(
        origin::describe(&found[0], "data", &lines),
        "conflict `k` (data:19): its condition does not hold"
    );
}

#[test]
fn run_keeps_only_the_demands_not_met() {
    let d = data();
    let text = "[(name: \"n\", answers: {\"a\": [\"x\"]}, expect: [exactly(\"t1\", suited), note(\"n1\"), caveat(\"c1\", info)])]";
    let f = file::parse("cases", text, &d, &no_examples).unwrap();
    let verdicts = run(&d, &f.cases);
    assert_eq!(verdicts.len(), 1);
    assert!(!verdicts[0].passed());
    let failed: Vec<String> = verdicts[0].failures.iter().map(|f| f.summary()).collect();
    assert_eq!(
        failed,
        ["expected note(\"n1\"), but note `n1` is not shown"]
    );
    assert_eq!(
        verdicts[0].failures[0].origin_lines("data", &Default::default()),
        ["no rule in the dataset touches it"]
    );
}

/// Text from a cases file reaches the terminal escaped, and odd files are
/// errors, never panics.
#[test]
fn odd_cases_files_are_errors_not_panics() {
    let f =
        parse("[(name: \"a\u{1b}[2Jb\", answers: {\"a\": [\"x\"]}, expect: [note(\"n\u{1b}\")])]");
    let messages: Vec<&str> = f.problems.iter().map(|p| p.message.as_str()).collect();
    assert_eq!(messages.len(), 1, "{messages:?}");
    assert!(
        messages[0].starts_with("case \"a\\u{1b}[2Jb\": note(\"n\\u{1b}\")"),
        "{messages:?}"
    );
    for text in [
        "",
        "[",
        "[(",
        "{}",
        "[()]",
        "[(name: 1)]",
        &"[".repeat(500),
        "[(name: \"n\", expect: [at_most(\"t1\")])]",
    ] {
        assert!(
            file::parse("cases", text, &data(), &no_examples).is_err(),
            "{text:?}"
        );
    }
    let f = parse("[]");
    assert!(f.cases.is_empty() && f.problems.is_empty());
}
