//! Everything scarguide emits in FHIR, checked by a real FHIR validator
//! (FHIR.js, `tools/fhir-validator`), not only by our own reading: the
//! Questionnaire, the response and the bundle for every example answers
//! file. A response broken on purpose must be rejected, so a validator
//! that accepts anything fails this test.
//!
//! Needs `npm ci` in tools/fhir-validator. Without it the test says so and
//! passes, unless SCARGUIDE_REQUIRE_FHIR=1 (set by .ci/run), so CI cannot
//! skip it silently.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn scarguide(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_scarguide"))
        .args(args)
        .current_dir(ROOT)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The validator, or None (with the reason printed) when it may be skipped.
fn validator() -> Option<PathBuf> {
    let tool = Path::new(ROOT).join("tools/fhir-validator");
    let required = std::env::var("SCARGUIDE_REQUIRE_FHIR").is_ok_and(|v| v == "1");
    let node = Command::new("node").arg("--version").output();
    let missing = if !tool.join("node_modules/fhir").is_dir() {
        Some("tools/fhir-validator/node_modules is absent (run `npm ci` there)")
    } else if !node.is_ok_and(|o| o.status.success()) {
        Some("`node` is not on PATH")
    } else {
        None
    };
    match missing {
        None => Some(tool.join("validate.js")),
        Some(why) if required => panic!("SCARGUIDE_REQUIRE_FHIR=1 but {why}"),
        Some(why) => {
            eprintln!("SKIPPED: FHIR validation: {why}");
            None
        }
    }
}

fn validate(script: &Path, files: &[PathBuf]) -> Output {
    Command::new("node")
        .arg(script)
        .args(files)
        .output()
        .unwrap()
}

#[test]
fn the_fhir_validator_accepts_everything_we_emit_and_rejects_a_broken_response() {
    let Some(script) = validator() else { return };
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("fhir_validator");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();

    let mut files = vec![dir.join("questionnaire.json")];
    std::fs::write(&files[0], scarguide(&["fhir", "questionnaire"])).unwrap();
    let mut examples: Vec<PathBuf> = std::fs::read_dir(Path::new(ROOT).join("assets/examples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    examples.sort();
    assert!(examples.len() >= 10);
    for ron in &examples {
        let stem = ron.file_stem().unwrap().to_str().unwrap();
        let r = ron.to_str().unwrap();
        for (format, suffix) in [("fhir", "response"), ("fhir-bundle", "bundle")] {
            let path = dir.join(format!("{stem}.{suffix}.json"));
            std::fs::write(
                &path,
                scarguide(&["report", "--answers", r, "--format", format]),
            )
            .unwrap();
            files.push(path);
        }
    }
    let out = validate(&script, &files);
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    println!("{said}");
    assert!(
        out.status.success(),
        "the validator refused our output:\n{said}"
    );
    assert_eq!(said.matches(": valid ").count(), files.len(), "{said}");

    // Proof the check can fail: an invented status, a misspelt element and
    // a narrative that is not XHTML are each rejected, naming the place.
    let good = &files[1];
    let text = std::fs::read_to_string(good).unwrap();
    let breaks = [
        (
            r#""status": "completed""#,
            r#""status": "done""#,
            "QuestionnaireResponse.status",
        ),
        (r#""linkId":"#, r#""linkID":"#, "linkID"),
        (
            // As the JSON text spells it, quotes escaped.
            r#"<div xmlns=\"http://www.w3.org/1999/xhtml\">"#,
            "<div><script>",
            "text.div",
        ),
    ];
    for (from, to, names) in breaks {
        assert!(text.contains(from), "{from}");
        let broken = dir.join("broken.json");
        std::fs::write(&broken, text.replacen(from, to, 1)).unwrap();
        let out = validate(&script, &[broken]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{to} was accepted: {err}");
        assert!(err.contains("INVALID") && err.contains(names), "{err}");
    }
}

/// The Questionnaire's translations (`_text`, `_display`, as the core
/// translation extension) are checked too, though FHIR.js itself looks
/// inside no primitive's extension: validate.js does, so a translation
/// that lost its language code is rejected, naming where.
#[test]
fn the_validator_checks_the_questionnaire_s_translations() {
    let Some(script) = validator() else { return };
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("fhir_validator_translations");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let text = scarguide(&["fhir", "questionnaire"]);
    let spanish = r#""valueCode": "es""#;
    assert!(text.matches(spanish).count() > 50, "the Spanish is in it");
    let good = dir.join("questionnaire.json");
    std::fs::write(&good, &text).unwrap();
    let out = validate(&script, std::slice::from_ref(&good));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "the validator refused it:\n{said}");

    let breaks = [
        (spanish, r#""valueString": "es""#, "translation lang needs"),
        (
            spanish,
            r#""valueCod": "es""#,
            "valueCod: Unexpected property",
        ),
        (
            r#""url": "content""#,
            r#""url": "contents""#,
            "exactly one content",
        ),
    ];
    for (from, to, names) in breaks {
        let broken = dir.join("broken.json");
        std::fs::write(&broken, text.replacen(from, to, 1)).unwrap();
        let out = validate(&script, &[broken]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{to} was accepted: {err}");
        assert!(err.contains("Questionnaire.item[0]._text"), "{err}");
        assert!(err.contains(names), "{names}: {err}");
    }
}

/// The kiosk's `CODE.fhir.json`, written by the very function the kiosk
/// calls (export::write_summary with export::fhir_for), is valid FHIR and
/// carries the code as its identifier and the export's time as `authored`.
#[test]
fn the_kiosk_export_s_fhir_file_is_valid() {
    use scarguide::advice::evaluate;
    use scarguide::dataset;
    use scarguide::interview::file;
    use scarguide::kiosk::export::{self, Parts};
    use scarguide::report;

    let Some(script) = validator() else { return };
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("fhir_kiosk_export");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let data = dataset::check_text(dataset::EMBEDDED_NAME, dataset::EMBEDDED)
        .unwrap()
        .dataset;
    let answers = Path::new(ROOT).join("tests/fixtures/answers_full.ron");
    let answers = file::read(&answers, &data).unwrap().answers;
    let advice = evaluate(&data, &answers);
    let md = report::markdown::render(&data, &advice, "2026-11-30");
    let json = report::json::render(&data, &advice);
    let fhir = export::fhir_for(&data, &advice);
    let parts = Parts {
        markdown: &md,
        json: &json,
        fhir: &fhir,
    };
    let written = export::write_summary(&dir, &parts).unwrap();
    let path = dir.join(format!("{}.fhir.json", written.code));
    assert_eq!(written.files.last(), Some(&path));
    let value: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(value["identifier"]["value"], written.code.as_str());
    assert_eq!(value["authored"], written.created.as_str());
    let out = validate(&script, std::slice::from_ref(&path));
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "the validator refused it:\n{said}");
    assert_eq!(said.matches(": valid ").count(), 1, "{said}");
}
