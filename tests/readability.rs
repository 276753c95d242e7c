//! Reading grade of every patient-facing text: the issue asks for
//! Flesch-Kincaid grade 8 or below for each text and 6 or below on average,
//! as the clinical reviewer measures with textstat.

use std::process::Command;

use scarguide::dataset::readability::{self, MAX_GRADE, MAX_MEAN};
use scarguide::dataset::{check_text, embedded, review_text, Severity};

const VALID: &str = include_str!("fixtures/valid.ron");

#[test]
fn every_patient_text_reads_at_grade_8_or_below_and_6_on_average() {
    let checked = embedded().unwrap();
    let mut graded = readability::grades(&checked.dataset);
    let summary = readability::summary(&graded).unwrap();
    graded.sort_by(|a, b| b.1.total_cmp(&a.1));
    let worst: Vec<String> = graded
        .iter()
        .take(10)
        .map(|(t, g)| format!("{:5.1}  {}: {}", readability::rounded(*g), t.what, t.text))
        .collect();
    let over = graded
        .iter()
        .filter(|(_, g)| readability::rounded(*g) > MAX_GRADE)
        .count();
    let report = format!(
        "{} texts, mean grade {:.1}, {over} above {MAX_GRADE}; the ten hardest:\n{}",
        summary.texts,
        readability::rounded(summary.mean),
        worst.join("\n")
    );
    // Printed first, so a passing run shows it too (with --nocapture).
    println!("{report}");
    assert!(
        over == 0 && readability::rounded(summary.mean) <= MAX_MEAN,
        "reading grade above the limits: {} texts, mean {:.1}, {over} above {MAX_GRADE} (list above)",
        summary.texts,
        readability::rounded(summary.mean),
    );
}

#[test]
fn every_kind_of_patient_text_is_measured() {
    let data = &check_text("t.ron", VALID).unwrap().dataset;
    let texts = readability::patient_texts(data);
    let find = |path: &str| {
        texts
            .iter()
            .find(|t| t.path == path)
            .unwrap_or_else(|| panic!("no text at {path}"))
    };
    assert_eq!(find("meta.disclaimer").what, "meta disclaimer");
    let prompt = find("questions.0.prompt");
    assert_eq!(prompt.what, "question `scar_types` prompt");
    assert!(prompt.text.starts_with("Scar types. Which kinds"));
    assert_eq!(find("questions.0.help").what, "question `scar_types` help");
    let option = find("questions.0.options.1");
    assert_eq!(option.what, "option `boxcar` of question `scar_types`");
    assert_eq!(option.text, "Boxcar. Round or oval dents with sharp edges.");
    assert_eq!(
        find("questions.2.options.0").text,
        "Always burns, never tans"
    );
    let summary = find("treatments.0.summary");
    assert_eq!(summary.what, "treatment `subcision` name and summary");
    assert_eq!(
        summary.text,
        "Subcision. A needle frees the bands under rolling scars."
    );
    for field in ["sessions", "downtime", "what_to_expect", "risks"] {
        let t = find(&format!("treatments.0.{field}"));
        assert_eq!(t.what, format!("treatment `subcision` {field}"));
    }
    assert_eq!(
        find("treatments.0.questions_to_ask.0").text,
        "How many sessions do you expect I need?"
    );
    assert_eq!(
        find("caveats.1.text").text,
        "Cold sores. Resurfacing can set off cold sores; medicine beforehand prevents most outbreaks."
    );
    assert_eq!(find("notes.0.text").what, "note `gradual_results`");
    assert_eq!(
        find("rules.1.then.0.reason").what,
        "rule 2 reason for treatment `subcision`"
    );
    assert_eq!(
        find("rules.8.then.0.reason").what,
        "rule 9 reason for limit on `ablative_full`"
    );
    assert_eq!(
        find("rules.7.then.0.reason").what,
        "rule 8 reason for caveat `pigmentation_risk`"
    );
    // Caveats and notes without a reason in a rule add no text.
    assert!(!texts.iter().any(|t| t.path == "rules.0.then.0.reason"));
}

#[test]
fn conflict_messages_are_measured() {
    let text = VALID.replacen(
        "    references: [\n        (id: \"jacob2001\"",
        "    conflicts: [
        (id: \"flat_but_severe\", when: all([chosen(\"severity\", \"grade_1\"), chosen(\"scar_types\", \"rolling\")]), questions: [\"severity\", \"scar_types\"], message: \"You chose flat marks only, and also rolling scars, which are dents.\"),
    ],
    references: [\n        (id: \"jacob2001\"",
        1,
    );
    let data = &check_text("t.ron", &text).unwrap().dataset;
    let texts = readability::patient_texts(data);
    let conflict = texts
        .iter()
        .find(|t| t.path == "conflicts.0.message")
        .unwrap();
    assert_eq!(conflict.what, "conflict `flat_but_severe` message");
}

fn warnings(text: &str) -> Vec<(Option<usize>, String)> {
    review_text("t.ron", text)
        .unwrap()
        .problems
        .into_iter()
        .filter(|p| p.severity == Severity::Warning && p.message.contains("reading grade"))
        .map(|p| (p.line, p.message))
        .collect()
}

#[test]
fn a_hard_text_is_a_warning_at_its_line() {
    let text = VALID.replacen(
        "Sun protection and creams help flat marks fade.",
        "Photoprotection and depigmenting formulations facilitate gradual resolution of postinflammatory hyperpigmentation.",
        1,
    );
    let w = warnings(&text);
    assert!(
        w.contains(&(
            Some(149),
            "treatment `skin_care` name and summary has reading grade 22.5, above 8; use shorter sentences and words"
                .to_string()
        )),
        "{w:?}"
    );
}

#[test]
fn a_hard_average_is_one_warning_without_a_line() {
    let hard = "Photoprotection and depigmenting formulations facilitate resolution. ";
    let mut text = VALID.to_string();
    for field in ["description", "summary", "text", "reason"] {
        text = text.replace(&format!("{field}: \""), &format!("{field}: \"{hard}"));
    }
    let w = warnings(&text);
    let mean: Vec<_> = w.iter().filter(|(_, m)| m.starts_with("mean")).collect();
    assert_eq!(mean.len(), 1, "{w:?}");
    assert_eq!(mean[0].0, None);
    assert!(mean[0].1.ends_with(" is above 6"), "{w:?}");
    assert!(warnings(VALID).iter().all(|(_, m)| !m.starts_with("mean")));
}

#[test]
fn check_prints_the_mean_and_highest_grade() {
    let out = Command::new(env!("CARGO_BIN_EXE_scarguide"))
        .args(["check", "--data", "tests/fixtures/valid.ron"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout
            .contains("9 rules, 0 conflicts, 2 references; reading grade: mean 4.7, highest 32.0;"),
        "{stdout}"
    );
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("tests/fixtures/valid.ron:92: warning: option `vitiligo` of question `history` has reading grade 32.0, above 8"),
        "{stderr}"
    );
}
