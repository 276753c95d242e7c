//! Clinician cases through the real binary: the shipped cases pass, a case
//! broken on purpose fails naming the rule that produced the advice (found
//! here independently, by reading the dataset's text), `check` reports it
//! at the case's line, and bad cases files are refused with positions.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use scarguide::advice::{demand, evaluate};
use scarguide::cases::{self, Location};
use scarguide::dataset;

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_scarguide"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run the binary")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The number and first line of the one rule in the shipped dataset that
/// contains `effect`, found by reading the file's lines: rules start with
/// `(when:` indented by eight spaces inside `rules: [`.
fn rule_with(effect: &str) -> (usize, usize) {
    let text = std::fs::read_to_string("assets/consultation.ron").expect("dataset");
    let mut in_rules = false;
    let mut current = None;
    let mut number = 0;
    let mut found = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.starts_with("    rules: [") {
            in_rules = true;
            continue;
        }
        if in_rules && line.starts_with("    ],") {
            break;
        }
        if in_rules && line.starts_with("        (when:") {
            number += 1;
            current = Some((number, i + 1));
        }
        if in_rules && line.contains(effect) {
            found.extend(current);
        }
    }
    assert_eq!(found.len(), 1, "rules with {effect}: {found:?}");
    found[0]
}

/// The line of the first line of `file` that contains `needle`.
fn line_of(file: &str, needle: &str) -> usize {
    let text = std::fs::read_to_string(file).expect("file");
    text.lines().position(|l| l.contains(needle)).expect(needle) + 1
}

#[test]
fn the_shipped_cases_all_pass() {
    let out = run(&["cases"]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}{}", text(&out.stderr));
    let shipped = std::fs::read_to_string("assets/cases.ron").expect("cases");
    let n = shipped.matches("\n        name: ").count();
    assert!(n >= 15, "only {n} cases");
    assert_eq!(stdout.matches("\nok    ").count(), n, "{stdout}");
    assert!(
        stdout.contains(&format!("{n} cases: all pass.")),
        "{stdout}"
    );
    // The same from the file on disk beside the dataset, and in `check`.
    let out = run(&["cases", "--data", "assets/consultation.ron"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    let out = run(&["check", "--data", "assets/consultation.ron"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains(&format!("; {n} clinician cases pass")));
}

/// Every shipped case has 4 to 10 demands, and every example answers file
/// has exactly one case.
#[test]
fn every_example_has_one_case_with_four_to_ten_demands() {
    let data = dataset::embedded().expect("dataset").dataset;
    let file = Location::Embedded.load(&data).expect("cases");
    assert!(file.problems.is_empty(), "{:?}", file.problems);
    for case in &file.cases {
        let n = case.expect.len();
        assert!((4..=10).contains(&n), "{}: {n} demands", case.name);
    }
    let mut examples: Vec<String> = std::fs::read_dir("assets/examples")
        .expect("examples")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".ron"))
        .collect();
    examples.sort();
    assert!(examples.len() >= 10);
    for name in &examples {
        let wanted = format!("examples/{name}");
        let n = file
            .cases
            .iter()
            .filter(|c| c.example.as_deref() == Some(wanted.as_str()))
            .count();
        assert_eq!(n, 1, "cases for {wanted}");
    }
    // The binary carries the same example files (build.rs lists them).
    let built_in: Vec<&str> = cases::EMBEDDED_EXAMPLES.iter().map(|(n, _)| *n).collect();
    let on_disk: Vec<String> = examples.iter().map(|n| format!("examples/{n}")).collect();
    assert_eq!(built_in, on_disk);
}

/// The library agrees with the binary: each case evaluated here meets all
/// its demands.
#[test]
fn each_shipped_demand_holds_in_the_engine() {
    let data = dataset::embedded().expect("dataset").dataset;
    let file = Location::Embedded.load(&data).expect("cases");
    for case in &file.cases {
        let advice = evaluate(&data, &case.answers);
        for e in &case.expect {
            assert!(
                demand::meets(&advice, &e.demand),
                "{}: {} but {}",
                case.name,
                demand::written(&e.demand),
                demand::found(&advice, &e.demand)
            );
        }
    }
}

const WRONG: &str = "tests/fixtures/cases/wrong_expectation.ron";

#[test]
fn a_wrong_expectation_fails_naming_the_rule_and_its_line() {
    let out = run(&["cases", "--cases", WRONG]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    let case_line = line_of(WRONG, "name: \"Rolling scars, expecting") - 1;
    let demand_line = line_of(WRONG, "at_most(\"subcision\", consider)");
    assert!(
        stdout.contains(&format!(
            "FAIL  Rolling scars, expecting subcision capped ({WRONG}:{case_line})"
        )),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!(
            "expected at_most(\"subcision\", consider), but `subcision` is suited ({WRONG}:{demand_line})"
        )),
        "{stdout}"
    );
    let (rule, line) = rule_with("treatment(id: \"subcision\", tier: suited");
    assert!(
        stdout.contains(&format!(
            "rule {rule} (<embedded consultation.ron>:{line}) lists `subcision` at suited"
        )),
        "{stdout}"
    );
    // An absent caveat names the rules that would raise it.
    let (preg, preg_line) = rule_with(
        "caveat(id: \"pregnancy\", level: defer, reason: \"You said you are pregnant.\")",
    );
    assert!(
        stdout.contains(&format!(
            "rule {preg} (<embedded consultation.ron>:{preg_line}) raises caveat `pregnancy` at defer when its condition holds, which it does not here"
        )),
        "{stdout}"
    );
    // ice pick is not chosen: tca_cross is not listed; the example case passes.
    assert!(stdout.contains("but `tca_cross` is not listed"), "{stdout}");
    assert!(stdout.contains("ok    Rolling scars in dark skin, from its example file"));
    assert!(stdout.contains("2 cases: 1 pass, 1 fails."), "{stdout}");
}

/// A folder with a copy of the shipped dataset and `cases` as cases.ron.
fn dataset_with_cases(name: &str, cases: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("scarguide-cases-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::copy("assets/consultation.ron", dir.join("consultation.ron")).expect("copy");
    std::fs::write(dir.join("cases.ron"), cases).expect("write");
    dir
}

#[test]
fn check_reports_a_failing_case_as_an_error_at_the_case_line() {
    // The fixture's example path is relative to its own folder: inline it.
    let fixture = std::fs::read_to_string(WRONG).expect("fixture");
    let cases = fixture.replace(
        "../../../assets/examples/",
        &format!("{}/assets/examples/", env!("CARGO_MANIFEST_DIR")),
    );
    let dir = dataset_with_cases("check", &cases);
    let data = dir.join("consultation.ron");
    let out = run(&["check", "--data", &data.display().to_string()]);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    let case_line = line_of(WRONG, "name: \"Rolling scars, expecting") - 1;
    let (rule, line) = rule_with("treatment(id: \"subcision\", tier: suited");
    let expected = format!(
        "{}:{case_line}: error: case \"Rolling scars, expecting subcision capped\": expected at_most(\"subcision\", consider), but `subcision` is suited; rule {rule} ({}:{line}) lists `subcision` at suited",
        dir.join("cases.ron").display(),
        data.display()
    );
    assert!(
        stderr.lines().any(|l| l == expected),
        "{expected}\n{stderr}"
    );
    assert!(stderr.contains("3 errors (1 of 2 cases fail)"), "{stderr}");
    assert!(text(&out.stdout).is_empty(), "no ok line");
    // `cases` finds the same file beside the dataset.
    let out = run(&["cases", "--data", &data.display().to_string()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stdout).contains("FAIL  Rolling scars, expecting subcision capped"));
    let _ = std::fs::remove_dir_all(&dir);
}

/// (fixture, lines of stderr expected, in order)
const BAD: &[(&str, &[&str])] = &[
    (
        "bad_syntax.ron",
        &[
            "bad_syntax.ron:7:13: error: expected `,`",
            "  7 |             note(\"cost\"),",
            "    |             ^",
        ],
    ),
    (
        "bad_field.ron",
        &[
            "bad_field.ron:5:9: error: unknown field `expects`; did you mean `expect`?",
            "  5 |         expects: [note(\"cost\")],",
            "    |         ^",
        ],
    ),
    (
        "bad_ids.ron",
        &[
            "bad_ids.ron:5: error: case \"Misspelt ids\": question `scar_types` has no option `icepick`",
            "bad_ids.ron:6: error: case \"Misspelt ids\": unknown question `severty`",
            "bad_ids.ron:9: error: case \"Misspelt ids\": at_most(\"subcission\", consider) names unknown treatment `subcission`; did you mean `subcision`?",
            "bad_ids.ron:10: error: case \"Misspelt ids\": caveat(\"combination\", info) names unknown caveat `combination` (`combination` is a note, not a caveat)",
            "bad_ids.ron:11: error: case \"Misspelt ids\": no_note(\"downtim\") names unknown note `downtim`; did you mean `downtime`?",
            "bad_ids.ron:12: error: case \"Misspelt ids\": some_listed([\"fillers\", \"laser\"]) names unknown treatment `laser`",
            "bad_ids.ron:13: error: case \"Misspelt ids\": no_conflict(\"dents_but_flat\") names unknown conflict `dents_but_flat`; did you mean `dents_but_flat_grade`?",
            "bad_ids.ron: 7 errors; no case was run",
        ],
    ),
    (
        "bad_shape.ron",
        &[
            "bad_shape.ron:2: error: case \"Both answers and an example\" has both `answers` and `example`; give one",
            "bad_shape.ron:8: error: case \"Neither answers nor an example\" has neither `answers` nor `example`; give one",
            "bad_shape.ron:14: error: case \"An example that is not there\": example `no-such-example.ron` cannot be read: tests/fixtures/cases/no-such-example.ron: no such file",
            "bad_shape.ron:15: error: case \"An example that is not there\" expects nothing; list at least one demand",
            "bad_shape.ron:18: error: case \"Neither answers nor an example\" is named twice (first at line 8)",
            "bad_shape.ron: 5 errors; no case was run",
        ],
    ),
];

#[test]
fn bad_cases_files_exit_1_with_positions() {
    for (fixture, lines) in BAD {
        let path = format!("tests/fixtures/cases/{fixture}");
        let out = run(&["cases", "--cases", &path]);
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{fixture}: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
        let got: Vec<&str> = stderr.lines().collect();
        let want: Vec<String> = lines
            .iter()
            // The file is named on message lines, not on the echoed
            // source line and caret under them.
            .map(|l| match l.starts_with(' ') {
                true => l.to_string(),
                false => format!("tests/fixtures/cases/{l}"),
            })
            .collect();
        assert_eq!(got, want, "{fixture}");
        assert!(out.stdout.is_empty(), "{fixture}: no case runs");
    }
}

#[test]
fn a_bad_dataset_is_refused_as_check_refuses_it() {
    for fixture in [
        "bad_unknown_id_rule.ron",
        "bad_syntax.ron",
        "bad_missing_field.ron",
    ] {
        let path = format!("tests/fixtures/{fixture}");
        let check = run(&["check", "--data", &path]);
        let cases = run(&["cases", "--data", &path, "--cases", WRONG]);
        assert_eq!(cases.status.code(), Some(1), "{fixture}");
        let cases_err = text(&cases.stderr);
        assert!(!cases_err.contains("panicked"));
        // Every error check prints (not its summary) is printed by `cases`.
        let check_err = text(&check.stderr);
        let errors: Vec<&str> = check_err
            .lines()
            .filter(|l| {
                !l.contains(": warning: ")
                    && !l.ends_with(" warnings")
                    && !l.contains(" error, ")
                    && !l.contains(" errors, ")
            })
            .collect();
        assert!(!errors.is_empty(), "{fixture}: {check_err}");
        for line in errors {
            assert!(cases_err.contains(line), "{fixture}: {line}\n{cases_err}");
        }
        assert!(cases.stdout.is_empty());
    }
}

#[test]
fn without_a_cases_file_beside_the_dataset_cases_says_where_it_looked() {
    let out = run(&["cases", "--data", "tests/fixtures/valid.ron"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("no cases file tests/fixtures/cases.ron"));
    // check, on the other hand, runs cases only when there are some.
    let out = run(&["check", "--data", "tests/fixtures/valid.ron"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(!text(&out.stdout).contains("clinician case"));
    let missing = Path::new("tests/fixtures/cases/missing.ron");
    let out = run(&["cases", "--cases", &missing.display().to_string()]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr).trim(),
        "tests/fixtures/cases/missing.ron: no such file"
    );
}

/// The shipped cases catch a content bug: without the pregnancy rule's cap
/// on subcision, exactly the two pregnancy cases with rolling scars fail,
/// naming the rolling-scar rule.
#[test]
fn the_shipped_cases_catch_a_rule_taken_out() {
    let dataset = std::fs::read_to_string("assets/consultation.ron").expect("dataset");
    let cap = "limit(id: \"subcision\", tier: consider, reason: \"You are pregnant.";
    let mutated: String = dataset
        .lines()
        .filter(|l| !l.contains(cap))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_eq!(dataset.lines().count(), mutated.lines().count() + 1);
    let cases = std::fs::read_to_string("assets/cases.ron").expect("cases");
    let dir = dataset_with_cases("mutated", &cases);
    std::fs::write(dir.join("consultation.ron"), mutated).expect("write");
    std::fs::create_dir_all(dir.join("examples")).expect("examples dir");
    for entry in std::fs::read_dir("assets/examples").expect("examples") {
        let path = entry.expect("entry").path();
        let name = path.file_name().expect("name");
        std::fs::copy(&path, dir.join("examples").join(name)).expect("copy");
    }
    let data = dir.join("consultation.ron").display().to_string();
    let out = run(&["cases", "--data", &data]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}{}", text(&out.stderr));
    let failed: Vec<&str> = stdout
        .lines()
        .filter_map(|l| l.strip_prefix("FAIL  "))
        .map(|l| l.split(" (").next().unwrap_or(l))
        .collect();
    assert_eq!(
        failed,
        [
            "Pregnant, on isotretinoin and prescribed care, moderate boxcar and rolling scars",
            "Pregnant, prescribed acne care without isotretinoin, rolling scars",
        ]
    );
    // The removed line comes after the rolling-scar rule: same number and line.
    let (rule, line) = rule_with("treatment(id: \"subcision\", tier: suited");
    let origin = format!("rule {rule} ({data}:{line}) lists `subcision` at suited");
    assert_eq!(stdout.matches(&origin).count(), 2, "{stdout}");
    let _ = std::fs::remove_dir_all(&dir);
}
