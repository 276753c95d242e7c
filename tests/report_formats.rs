//! The three report formats, from the real binary: JSON parsed back and
//! checked field by field against the contract in design.md; Markdown and
//! text checked for every part the handout must hold.

use std::process::Command;

use serde_json::Value;

fn report(format: &str) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_scarguide"))
        .args([
            "report",
            "--data",
            "tests/fixtures/valid.ron",
            "--answers",
            "tests/fixtures/answers_full.ron",
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

fn keys(v: &Value) -> Vec<&str> {
    v.as_object().unwrap().keys().map(String::as_str).collect()
}

#[test]
fn json_matches_the_contract_field_by_field() {
    let json: Value = serde_json::from_str(&report("json")).unwrap();
    assert_eq!(
        keys(&json),
        [
            "dataset",
            "answers",
            "unanswered",
            "conflicts",
            "treatments",
            "caveats",
            "notes",
            "disclaimer",
            // Added for the decision aid (issue 15), after the contract's own.
            "comparison",
            "values",
            "readiness",
            // Added for languages (issue 17): the language of the texts.
            "language"
        ]
    );
    assert_eq!(json["language"], "en");
    assert_eq!(keys(&json["dataset"]), ["title", "version", "reviewed"]);
    assert_eq!(
        json["dataset"]["title"],
        "Acne scar treatments: a consultation guide"
    );
    assert_eq!(json["dataset"]["version"], "0.1.0");
    assert_eq!(json["dataset"]["reviewed"], "2026-11-21");

    // answers in dataset question order, single-choice with one element
    assert_eq!(
        keys(&json["answers"]),
        [
            "scar_types",
            "severity",
            "skin_type",
            "active_acne",
            "history",
            "downtime"
        ]
    );
    assert_eq!(
        json["answers"]["scar_types"],
        serde_json::json!(["ice_pick", "rolling"])
    );
    assert_eq!(json["answers"]["severity"], serde_json::json!(["grade_3"]));
    // keloid_area is hidden for these answers, so it is not "unanswered"
    assert_eq!(json["unanswered"], serde_json::json!([]));
    // Present even when the answers fit together.
    assert_eq!(json["conflicts"], serde_json::json!([]));

    let treatments = json["treatments"].as_array().unwrap();
    for t in treatments {
        assert_eq!(
            keys(t),
            ["id", "name", "tier", "reasons", "sessions", "downtime"]
        );
        assert!(["suited", "consider", "not_advised"].contains(&t["tier"].as_str().unwrap()));
        assert!(!t["reasons"].as_array().unwrap().is_empty());
    }
    let ids: Vec<(&str, &str)> = treatments
        .iter()
        .map(|t| (t["id"].as_str().unwrap(), t["tier"].as_str().unwrap()))
        .collect();
    assert_eq!(
        ids,
        [
            ("subcision", "suited"),
            ("tca_cross", "suited"),
            ("ablative_full", "not_advised")
        ]
    );
    let full = &treatments[2];
    assert_eq!(full["name"], "Fully ablative laser resurfacing");
    assert_eq!(full["sessions"], "Usually 1");
    assert_eq!(full["downtime"], "1 to 2 weeks; redness can last months");
    assert_eq!(
        full["reasons"],
        serde_json::json!([
            "Because your scars are moderate or severe.",
            "Because your skin tans easily, full resurfacing carries a high risk of lasting colour change."
        ])
    );

    let caveats = json["caveats"].as_array().unwrap();
    for c in caveats {
        // The first version's fields in order, then `reasons`, an addition
        // design.md lists.
        assert_eq!(keys(c), ["id", "level", "title", "text", "reasons"]);
    }
    let cav: Vec<(&str, &str)> = caveats
        .iter()
        .map(|c| (c["id"].as_str().unwrap(), c["level"].as_str().unwrap()))
        .collect();
    // ablative_full is not listed (not advised), so the cold sores caveat
    // that depends on it being offered does not appear.
    assert_eq!(
        cav,
        [("pigmentation_risk", "discuss"), ("practitioner", "info")]
    );

    let notes = json["notes"].as_array().unwrap();
    assert_eq!(keys(&notes[0]), ["id", "title", "text", "reasons"]);
    assert_eq!(notes[0]["id"], "gradual_results");
    assert!(json["disclaimer"]
        .as_str()
        .unwrap()
        .contains("not a diagnosis"));
}

#[test]
fn unanswered_questions_are_listed() {
    let out = Command::new(env!("CARGO_BIN_EXE_scarguide"))
        .args([
            "report",
            "--data",
            "tests/fixtures/valid.ron",
            "--answers",
            "tests/fixtures/answers_hidden.ron",
            "--format",
            "json",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        json["unanswered"],
        serde_json::json!([
            "severity",
            "skin_type",
            "active_acne",
            "history",
            "downtime"
        ])
    );
}

#[test]
fn markdown_is_a_complete_handout() {
    let md = report("markdown");
    assert!(md.starts_with("# Acne scar treatments: a consultation guide\n"));
    let today = jiff::Zoned::now().date().to_string();
    assert!(md.contains(&format!(
        "Generated: {today} · Content version 0.1.0, reviewed 2026-11-21"
    )));
    for part in [
        "> **Important:** This is education, not a diagnosis",
        "## Your answers",
        "- **Scar types:** Ice pick, Rolling",
        "- **Skin type:** Very rarely burns, tans very easily",
        "### Commonly used for answers like yours",
        "#### Subcision",
        "- **Why this appears:** Because you said you have rolling scars.",
        "- **Sessions:** 1 to 3",
        "### Usually avoided for answers like yours",
        "#### Fully ablative laser resurfacing",
        "## Things to raise with your clinician",
        "### Raise this with your clinician",
        "- **Darker or lighter patches.**",
        "## What to expect",
        "- **Results are gradual.**",
        "## Questions to ask your clinician",
        "**Subcision**\n\n- [ ] How many sessions do you expect I need?",
        "## References",
        "- [jacob2001] Jacob CI, Dover JS, Kaminer MS.",
        "<https://pubmed.ncbi.nlm.nih.gov/11423843/>",
    ] {
        assert!(md.contains(part), "missing {part:?} in\n{md}");
    }
    // The not-advised treatment shows why, not a plan for it.
    let avoided = md.split("### Usually avoided").nth(1).unwrap();
    let avoided = avoided.split("## Things to raise").next().unwrap();
    assert!(!avoided.contains("**Sessions:**"));
    // The disclaimer, then the disclosure footer (issue 15).
    let footer = md.split("right for you.*\n\n**About this guide**").nth(1);
    assert!(
        footer.is_some(),
        "ends with the disclaimer and the disclosure"
    );
    assert!(footer.unwrap_or_default().contains("- Funding: "));
}

#[test]
fn text_is_wrapped_to_80_columns_with_every_section() {
    let text = report("text");
    for line in text.lines() {
        assert!(line.chars().count() <= 80, "too long: {line:?}");
    }
    for part in [
        "\nYour answers\n",
        "\nCommonly used for answers like yours\n",
        "\nUsually avoided for answers like yours\n",
        "\nThings to raise with your clinician\n",
        "\nWhat to expect\n",
        "\nQuestions to ask your clinician\n",
        "\nReferences\n",
        "  * Subcision",
        "    Why this appears: Because you said you have rolling scars.",
    ] {
        assert!(text.contains(part), "missing {part:?}");
    }
    assert!(text.starts_with("Acne scar treatments: a consultation guide\n"));
    assert_eq!(
        text.matches("Important: This is education").count(),
        2,
        "top and bottom"
    );
    assert!(!text.contains('\u{1b}'), "no escape codes in text output");
}

/// A note a rule adds for a reason ("You chose more than one kind of
/// dent.") carries that reason into the text and the handout, as caveats do.
#[test]
fn notes_say_why_they_appear() {
    use scarguide::{advice, dataset, interview::file, report};
    let data = dataset::check_file(None).unwrap().dataset;
    let answers = r#"{
        "scar_types": ["boxcar", "rolling"], "severity": ["grade_3"],
        "skin_type": ["type_3"], "active_acne": ["none"],
        "history": ["none"], "downtime": ["week"],
    }"#;
    let loaded = file::parse("answers.ron", answers, &data).unwrap();
    assert!(!loaded.has_errors(), "{:?}", loaded.problems);
    let advice = advice::evaluate(&data, &loaded.answers);
    let why = "You chose more than one kind of dent.";
    assert!(
        advice.notes.iter().any(|n| n.reasons.contains(&why)),
        "the rule for two kinds of dent adds its note with a reason"
    );
    let text = report::text::render(&data, &advice, report::text::WIDTH);
    assert!(text.contains(why), "{text}");
    let md = report::markdown::render(&data, &advice, "2026-11-21");
    assert!(md.contains(why), "{md}");
}
