//! `scarguide fhir questionnaire`, `report --format fhir|fhir-bundle` and
//! reading a QuestionnaireResponse back, through the real binary: the same
//! advice as the RON answers file, refusals that name what is wrong, and
//! bad input that exits 1 with a message, never a panic.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use scarguide::dataset;
use serde_json::Value;

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_scarguide"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap()
}

fn stdout(args: &[&str]) -> String {
    let out = run(args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// A fresh folder for one test's files.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("fhir_cli-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn examples() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/examples");
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    v.sort();
    assert!(v.len() >= 10);
    v
}

fn response_for(answers: &Path) -> Value {
    serde_json::from_str(&stdout(&[
        "report",
        "--answers",
        answers.to_str().unwrap(),
        "--format",
        "fhir",
    ]))
    .unwrap()
}

#[test]
fn the_questionnaire_is_the_dataset() {
    let data = dataset::embedded().unwrap().dataset;
    let q: Value = serde_json::from_str(&stdout(&["fhir", "questionnaire"])).unwrap();
    assert_eq!(q["resourceType"], "Questionnaire");
    assert_eq!(
        q["url"],
        "https://scarguide.example/fhir/Questionnaire/consultation"
    );
    assert_eq!(q["version"], data.meta.version.as_str());
    assert_eq!(q["status"], "active");
    assert_eq!(q["title"], data.meta.title.as_str());
    assert_eq!(q["date"], data.meta.reviewed.as_str());
    let items = q["item"].as_array().unwrap();
    assert_eq!(items.len(), data.questions.len());
    for (item, question) in items.iter().zip(&data.questions) {
        let id = question.id.as_str();
        assert_eq!(item["linkId"], id);
        assert_eq!(item["text"], question.prompt.as_str(), "{id}");
        assert_eq!(item["type"], "choice", "{id}");
        assert_eq!(item["required"], !question.optional, "{id}");
        assert_eq!(
            item["repeats"],
            question.kind == dataset::Kind::Several,
            "{id}"
        );
        let options = item["answerOption"].as_array().unwrap();
        assert_eq!(options.len(), question.options.len(), "{id}");
        for (o, choice) in options.iter().zip(&question.options) {
            let c = &o["valueCoding"];
            assert_eq!(c["code"], choice.id.as_str());
            assert_eq!(c["display"], choice.label.as_str());
            assert_eq!(
                c["system"],
                format!("https://scarguide.example/fhir/CodeSystem/{id}")
            );
        }
        let help = &item["item"][0];
        assert_eq!(help["type"], "display", "{id}");
        assert_eq!(help["linkId"], format!("{id}.help"));
        assert!(help["text"].as_str().unwrap().len() > 20, "{id}");
    }
    let skin = items.iter().find(|i| i["linkId"] == "skin_type").unwrap();
    assert_eq!(skin["code"][0]["system"], "http://loinc.org");
    assert_eq!(skin["code"][0]["code"], "66555-4");
    // The shipped show_if: any_of("active_acne", ["occasional", "frequent"]).
    let treated = items
        .iter()
        .find(|i| i["linkId"] == "acne_treated")
        .unwrap();
    assert_eq!(treated["enableBehavior"], "any");
    let when: Vec<(&str, &str, &str)> = treated["enableWhen"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["question"].as_str().unwrap(),
                e["operator"].as_str().unwrap(),
                e["answerCoding"]["code"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        when,
        [
            ("active_acne", "=", "occasional"),
            ("active_acne", "=", "frequent")
        ]
    );
}

#[test]
fn a_response_gives_the_same_advice_as_its_answers_file() {
    let dir = scratch("round-trip");
    for ron in examples() {
        let r = ron.to_str().unwrap();
        let response = response_for(&ron);
        assert_eq!(response["status"], "completed", "{r}");
        let authored = response["authored"].as_str().unwrap();
        assert!(
            jiff::Timestamp::strptime("%Y-%m-%dT%H:%M:%S%:z", authored).is_ok(),
            "{authored}"
        );
        let json = dir.join(ron.file_name().unwrap()).with_extension("json");
        std::fs::write(&json, serde_json::to_string_pretty(&response).unwrap()).unwrap();
        let j = json.to_str().unwrap();
        for format in ["json", "text"] {
            assert_eq!(
                stdout(&["report", "--answers", j, "--format", format, "--strict"]),
                stdout(&["report", "--answers", r, "--format", format, "--strict"]),
                "{r} as {format}"
            );
        }
    }
}

#[test]
fn the_narrative_holds_the_results_and_the_disclaimer() {
    let data = dataset::embedded().unwrap().dataset;
    let ron =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/examples/pregnant-on-isotretinoin.ron");
    let report: Value = serde_json::from_str(&stdout(&[
        "report",
        "--answers",
        ron.to_str().unwrap(),
        "--format",
        "json",
    ]))
    .unwrap();
    let response = response_for(&ron);
    assert_eq!(response["text"]["status"], "generated");
    let div = response["text"]["div"].as_str().unwrap();
    assert!(div.starts_with(r#"<div xmlns="http://www.w3.org/1999/xhtml">"#));
    let first = data
        .meta
        .disclaimer
        .split_whitespace()
        .take(6)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(div.contains(&first), "disclaimer");
    // The banner comes before the treatments and holds every defer caveat.
    let banner = div.find("Before anything else").expect("the banner");
    assert!(banner < div.find("<h4>Treatments</h4>").unwrap());
    let defer: Vec<&Value> = report["caveats"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["level"] == "defer")
        .collect();
    assert!(!defer.is_empty());
    for c in defer {
        let title = c["title"].as_str().unwrap().replace('&', "&amp;");
        assert!(div[banner..].contains(&title), "{title}");
    }
    for t in report["treatments"].as_array().unwrap() {
        let name = t["name"].as_str().unwrap().replace('&', "&amp;");
        assert!(div.contains(&name), "{name}");
    }
}

#[test]
fn the_bundle_carries_the_response_and_the_handout() {
    let ron = "assets/examples/rolling-dark-skin.ron";
    let bundle: Value = serde_json::from_str(&stdout(&[
        "report",
        "--answers",
        ron,
        "--format",
        "fhir-bundle",
    ]))
    .unwrap();
    assert_eq!(bundle["resourceType"], "Bundle");
    let entries = bundle["entry"].as_array().unwrap();
    assert_eq!(
        entries[0]["resource"]["resourceType"],
        "QuestionnaireResponse"
    );
    let doc = &entries[1]["resource"];
    assert_eq!(doc["resourceType"], "DocumentReference");
    assert_eq!(
        doc["context"]["related"][0]["reference"],
        entries[0]["fullUrl"]
    );
    let markdown = stdout(&["report", "--answers", ron, "--format", "markdown"]);
    assert_eq!(
        doc["content"][0]["attachment"]["data"].as_str().unwrap(),
        scarguide::fhir::bundle::base64(markdown.as_bytes())
    );
}

#[test]
fn an_unfinished_report_is_not_called_completed() {
    let dir = scratch("unfinished");
    let ron = dir.join("some.ron");
    std::fs::write(&ron, r#"{ "severity": ["grade_2"] }"#).unwrap();
    assert_eq!(response_for(&ron)["status"], "in-progress");
}

/// Changes a good response with `edit` and checks it is refused with a
/// message holding `names`.
fn refused(name: &str, edit: impl Fn(&mut Value), names: &str) {
    let dir = scratch(name);
    let mut r = response_for(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("assets/examples/rolling-dark-skin.ron")
            .as_path(),
    );
    edit(&mut r);
    let path = dir.join("response.json");
    std::fs::write(&path, serde_json::to_string_pretty(&r).unwrap()).unwrap();
    let out = run(&["report", "--answers", path.to_str().unwrap()]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{name}: {err}");
    assert!(out.stdout.is_empty(), "{name}");
    assert!(err.contains(names), "{name}: {err}");
}

fn item<'a>(r: &'a mut Value, link: &str) -> &'a mut Value {
    r["item"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|i| i["linkId"] == link)
        .unwrap()
}

#[test]
fn responses_that_do_not_fit_the_questionnaire_are_refused_by_name() {
    refused(
        "version",
        |r| {
            r["questionnaire"] =
                "https://scarguide.example/fhir/Questionnaire/consultation|0.9.0".into()
        },
        "consultation|0.9.0",
    );
    refused(
        "other-form",
        |r| r["questionnaire"] = "http://example.org/Questionnaire/phq-9|1".into(),
        "phq-9",
    );
    refused(
        "link-id",
        |r| item(r, "severity")["linkId"] = "severty".into(),
        "unknown question `severty`",
    );
    refused(
        "code",
        |r| item(r, "skin_type")["answer"][0]["valueCoding"]["code"] = "type_7".into(),
        "question `skin_type` has no option `type_7`",
    );
    refused(
        "two-for-one",
        |r| {
            let second = serde_json::json!({ "valueCoding": {
                "system": "https://scarguide.example/fhir/CodeSystem/severity", "code": "grade_4" } });
            item(r, "severity")["answer"]
                .as_array_mut()
                .unwrap()
                .push(second);
        },
        "question `severity` takes one answer, but 2 are given",
    );
    refused(
        "system",
        |r| {
            item(r, "severity")["answer"][0]["valueCoding"]["system"] =
                "http://snomed.info/sct".into()
        },
        "code `grade_3` of `severity` is from system `http://snomed.info/sct`",
    );
    refused(
        "value-type",
        |r| item(r, "severity")["answer"][0] = serde_json::json!({ "valueString": "bad" }),
        "an answer to `severity` is not a valueCoding",
    );
    refused(
        "resource-type",
        |r| r["resourceType"] = "Patient".into(),
        "resourceType is `Patient`; expected `QuestionnaireResponse`",
    );
}

#[test]
fn bad_input_exits_1_with_a_message_and_never_panics() {
    let dir = scratch("bad-input");
    let deep = format!(
        "{}\"resourceType\"{}",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    let mut huge = String::from(r#"{"resourceType": "QuestionnaireResponse", "x": ""#);
    huge.push_str(&"a".repeat(5 * 1024 * 1024));
    huge.push_str("\"}");
    let mut bad_utf8 = br#"{"resourceType": "QuestionnaireResponse", "status": ""#.to_vec();
    bad_utf8.extend_from_slice(&[0xff, 0xfe, b'"', b'}']);
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("not-json", br#"{"resourceType": QuestionnaireResponse"#.to_vec(), "not valid JSON"),
        ("truncated", br#"{"resourceType": "QuestionnaireResponse", "item": ["#.to_vec(), "not valid JSON"),
        ("array", br#"["resourceType"]"#.to_vec(), "expected a FHIR QuestionnaireResponse"),
        ("wrong-type", br#"{"resourceType": "Observation"}"#.to_vec(), "resourceType is `Observation`"),
        ("deep", deep.into_bytes(), "recursion limit"),
        ("huge", huge.into_bytes(), "too large"),
        ("bad-utf8", bad_utf8, "UTF-8"),
        ("item-not-list", br#"{"resourceType": "QuestionnaireResponse", "questionnaire": "https://scarguide.example/fhir/Questionnaire/consultation|VERSION", "item": 3}"#.to_vec(), "`item` must be a list"),
    ];
    let version = dataset::embedded().unwrap().dataset.meta.version;
    for (name, bytes, says) in cases {
        let path = dir.join(format!("{name}.json"));
        let text = String::from_utf8(bytes.clone())
            .map(|t| t.replace("VERSION", &version).into_bytes())
            .unwrap_or(bytes);
        std::fs::write(&path, text).unwrap();
        let out = run(&["report", "--answers", path.to_str().unwrap()]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{name}: {err}");
        assert!(!err.contains("panicked"), "{name}: {err}");
        assert!(err.contains(says), "{name}: expected {says:?} in {err}");
    }
}

#[test]
fn a_show_if_enable_when_cannot_hold_is_refused_for_fhir_and_warned_by_check() {
    let dir = scratch("inexpressible");
    let shipped = r#"show_if: any_of("active_acne", ["occasional", "frequent"]),"#;
    assert!(dataset::EMBEDDED.contains(shipped));
    let text =
        dataset::EMBEDDED.replace(shipped, r#"show_if: not(chosen("active_acne", "none")),"#);
    let data = dir.join("not.ron");
    std::fs::write(&data, text).unwrap();
    let d = data.to_str().unwrap();

    let check = run(&["check", "--data", d]);
    let err = String::from_utf8_lossy(&check.stderr);
    assert_eq!(check.status.code(), Some(0), "{err}");
    assert!(
        err.contains(
            "warning: show_if of question `acne_treated` cannot be written as FHIR enableWhen"
        ),
        "{err}"
    );

    let ron = "assets/examples/rolling-dark-skin.ron";
    for args in [
        vec!["fhir", "questionnaire", "--data", d],
        vec!["report", "--data", d, "--answers", ron, "--format", "fhir"],
    ] {
        let out = run(&args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert!(out.stdout.is_empty());
        assert!(err.contains("question `acne_treated`"), "{err}");
    }
    // The other formats do not need enableWhen and still work.
    stdout(&["report", "--data", d, "--answers", ron, "--format", "json"]);
}
