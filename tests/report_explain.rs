//! `report --explain`: the rules named for each treatment, caveat and note
//! are the ones that fired, found here independently (the compiled
//! engine's fired set, the rules' effects, and the rule lines found by
//! reading the file's text), and the JSON keeps its contract while caveats
//! and notes gain the engine's reasons.

use std::path::Path;
use std::process::Command;

use serde_json::Value;

use scarguide::advice::compiled::Compiled;
use scarguide::advice::evaluate;
use scarguide::dataset::{self, Dataset, Effect};
use scarguide::interview::{file, Answers};

const DATA: &str = "tests/fixtures/valid.ron";

/// Answers that fire a `treatment` and a `limit` on one item, a stage-2
/// caveat, a caveat with a reason (raised scars on the body) and a note.
const ANSWERS: &str = r#"{
    "scar_types": ["ice_pick", "rolling", "keloid"],
    "keloid_area": ["body"],
    "severity": ["grade_3"],
    "skin_type": ["type_2"],
    "active_acne": ["none"],
    "history": ["cold_sores"],
    "downtime": ["minimal"],
}"#;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn load() -> (Dataset, String) {
    let text = std::fs::read_to_string(root().join(DATA)).unwrap();
    let checked = dataset::check_text(DATA, &text).unwrap();
    assert!(!checked.has_errors());
    (checked.dataset, text)
}

fn answers(data: &Dataset, text: &str) -> Answers {
    let loaded = file::parse("answers.ron", text, data).unwrap();
    assert!(!loaded.has_errors(), "{:?}", loaded.problems);
    loaded.answers
}

/// The line of each rule, by reading the text: the lines that open an
/// element of the `rules` list, each beginning with `(when:`.
fn rule_lines(text: &str) -> Vec<usize> {
    let mut inside = false;
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let t = line.trim_start();
        if t.starts_with("rules: [") {
            inside = true;
        } else if inside && t.starts_with("(when:") {
            out.push(i + 1);
        } else if inside && t.starts_with("],") && line.starts_with("    ]") {
            break;
        }
    }
    out
}

/// (rule number from 1, line, effect, tier or level) for `item`, from the
/// compiled engine's fired rules and the dataset's effects: treatment
/// effects, then limits; caveats and notes in rule order.
fn expected(data: &Dataset, text: &str, answers: &Answers, item: (&str, &str)) -> Vec<Value> {
    let engine = Compiled::new(data);
    let outcome = engine.evaluate(&engine.encode(answers));
    let lines = rule_lines(text);
    assert_eq!(lines.len(), data.rules.len(), "one line per rule");
    let mut first = Vec::new();
    let mut later = Vec::new();
    for (i, rule) in data.rules.iter().enumerate() {
        if !outcome.fired(i) {
            continue;
        }
        let stage2 = rule.when.uses_listed();
        for e in &rule.then {
            let entry = |effect: &str, key: &str, grade: &str| {
                let mut v = serde_json::json!({"rule": i + 1, "line": lines[i], "effect": effect});
                if !key.is_empty() {
                    v[key] = Value::from(grade);
                }
                v
            };
            match (item.0, e) {
                ("treatment", Effect::Treatment { id, tier, .. }) if id == item.1 && !stage2 => {
                    first.push(entry("treatment", "tier", tier.as_str()))
                }
                ("treatment", Effect::Limit { id, tier, .. }) if id == item.1 && !stage2 => {
                    later.push(entry("limit", "tier", tier.as_str()))
                }
                ("caveat", Effect::Caveat { id, level, .. }) if id == item.1 => {
                    first.push(entry("caveat", "level", level.as_str()))
                }
                ("note", Effect::Note { id, .. }) if id == item.1 => {
                    first.push(entry("note", "", ""))
                }
                _ => {}
            }
        }
    }
    first.extend(later);
    first
}

fn run(args: &[&str], answers_text: &str) -> String {
    let dir = std::env::temp_dir().join(format!("scarguide-explain-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("answers-{}.ron", args.join("-").replace('/', "_")));
    std::fs::write(&path, answers_text).unwrap();
    let mut all = vec!["report", "--answers", path.to_str().unwrap()];
    all.extend_from_slice(args);
    let out = Command::new(env!("CARGO_BIN_EXE_scarguide"))
        .args(&all)
        .current_dir(root())
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

/// Every item of the advice, as (kind, id).
fn items(data: &Dataset, answers: &Answers) -> Vec<(&'static str, String)> {
    let advice = evaluate(data, answers);
    let mut out: Vec<(&str, String)> = Vec::new();
    out.extend(
        advice
            .treatments
            .iter()
            .map(|t| ("treatment", t.treatment.id.clone())),
    );
    out.extend(
        advice
            .caveats
            .iter()
            .map(|c| ("caveat", c.caveat.id.clone())),
    );
    out.extend(advice.notes.iter().map(|n| ("note", n.note.id.clone())));
    out
}

#[test]
fn json_rules_name_the_rules_that_fired_with_their_lines() {
    let (data, text) = load();
    let a = answers(&data, ANSWERS);
    let json: Value = serde_json::from_str(&run(
        &["--data", DATA, "--format", "json", "--explain"],
        ANSWERS,
    ))
    .unwrap();
    let mut saw_limit = false;
    for (kind, id) in items(&data, &a) {
        let list = &json[format!("{kind}s")];
        let item = list
            .as_array()
            .unwrap()
            .iter()
            .find(|v| v["id"] == id.as_str())
            .unwrap();
        let want = expected(&data, &text, &a, (kind, &id));
        assert!(!want.is_empty(), "{kind} {id} comes from some rule");
        assert_eq!(item["rules"], Value::from(want.clone()), "{kind} {id}");
        saw_limit |= want.iter().any(|r| r["effect"] == "limit");
    }
    assert!(saw_limit, "the fixture answers exercise a limit");
}

#[test]
fn text_and_markdown_name_each_rule_and_line() {
    let (data, text) = load();
    let a = answers(&data, ANSWERS);
    let txt = run(&["--data", DATA, "--explain"], ANSWERS);
    let md = run(
        &["--data", DATA, "--format", "markdown", "--explain"],
        ANSWERS,
    );
    let flat = txt.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains(&format!("rule numbers and lines refer to {DATA}")));
    for (kind, id) in items(&data, &a) {
        for r in expected(&data, &text, &a, (kind, &id)) {
            let grade = r["tier"].as_str().or(r["level"].as_str()).unwrap_or("");
            let grade = grade.replace("not_advised", "not advised");
            let what = match r["effect"].as_str().unwrap() {
                "treatment" => format!("ade {grade}"),
                "limit" => format!("apped at {grade}"),
                "caveat" => format!("aised at {grade}"),
                _ => "dded".to_string(),
            };
            let piece = format!("{what} by rule {} (line {})", r["rule"], r["line"]);
            assert!(
                flat.contains(&piece),
                "text lacks {piece:?} for {kind} {id}:\n{txt}"
            );
            assert!(
                md.contains(&piece),
                "markdown lacks {piece:?} for {kind} {id}:\n{md}"
            );
        }
    }
    assert!(md.contains("- **Rules:** Made consider by rule"), "{md}");
    // Without --explain, nothing of it.
    let plain = run(&["--data", DATA], ANSWERS);
    assert!(!plain.contains("by rule"), "{plain}");
}

#[test]
fn the_embedded_dataset_gives_the_lines_of_its_own_file() {
    let data = dataset::embedded().unwrap().dataset;
    let text = dataset::EMBEDDED;
    let answers_text = r#"{
        "scar_types": ["boxcar"], "severity": ["grade_2"], "skin_type": ["type_5"],
        "active_acne": ["none"], "history": ["none"], "downtime": ["minimal"],
    }"#;
    let a = answers(&data, answers_text);
    let json: Value =
        serde_json::from_str(&run(&["--format", "json", "--explain"], answers_text)).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let mut checked = 0;
    for kind in ["treatments", "caveats", "notes"] {
        for item in json[kind].as_array().unwrap() {
            for r in item["rules"].as_array().unwrap() {
                let line = r["line"].as_u64().unwrap() as usize;
                // The line opens a rule: `(when:` at its start.
                assert!(
                    lines[line - 1].trim_start().starts_with("(when:"),
                    "line {line} is {:?}",
                    lines[line - 1]
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 5);
    // Rule numbers agree with an independent count over the text.
    let first = &json["treatments"][0]["rules"][0];
    let (kind, id) = ("treatment", json["treatments"][0]["id"].as_str().unwrap());
    let want = expected(&data, text, &a, (kind, id));
    assert_eq!(first["rule"], want[0]["rule"]);
    assert_eq!(first["line"], want[0]["line"]);
}

#[test]
fn caveats_and_notes_carry_the_engines_reasons_with_or_without_explain() {
    let (data, _) = load();
    let a = answers(&data, ANSWERS);
    let advice = evaluate(&data, &a);
    for args in [
        &["--data", DATA, "--format", "json"][..],
        &["--data", DATA, "--format", "json", "--explain"],
    ] {
        let json: Value = serde_json::from_str(&run(args, ANSWERS)).unwrap();
        let caveats = json["caveats"].as_array().unwrap();
        assert_eq!(caveats.len(), advice.caveats.len());
        for (j, c) in caveats.iter().zip(&advice.caveats) {
            assert_eq!(j["id"], c.caveat.id.as_str());
            assert_eq!(j["reasons"], serde_json::json!(c.reasons));
        }
        let notes = json["notes"].as_array().unwrap();
        assert_eq!(notes.len(), advice.notes.len());
        for (j, n) in notes.iter().zip(&advice.notes) {
            assert_eq!(j["id"], n.note.id.as_str());
            assert_eq!(j["reasons"], serde_json::json!(n.reasons));
        }
        let explained = args.contains(&"--explain");
        for t in json["treatments"].as_array().unwrap() {
            assert_eq!(t.get("rules").is_some(), explained);
        }
    }
    assert!(
        advice.caveats.iter().any(|c| !c.reasons.is_empty()),
        "the fixture has a caveat with a reason"
    );
}
