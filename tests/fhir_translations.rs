//! `scarguide fhir questionnaire` carries the dataset's translations as
//! FHIR's translation extension: the shipped Spanish beside each English
//! text, from the embedded translation or the one beside a `--data` file,
//! and never a translation made from English that has changed since.

use std::path::{Path, PathBuf};
use std::process::Command;

use scarguide::dataset::translation;
use serde_json::Value;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const TRANSLATION: &str = "http://hl7.org/fhir/StructureDefinition/translation";

fn questionnaire(extra: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_scarguide"))
        .args(["fhir", "questionnaire"])
        .args(extra)
        .current_dir(ROOT)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{extra:?}: {err}");
    String::from_utf8(out.stdout).unwrap()
}

fn parsed(extra: &[&str]) -> Value {
    serde_json::from_str(&questionnaire(extra)).unwrap()
}

/// The shipped Spanish text under a translation key.
fn spanish(key: &str) -> String {
    let path = Path::new(ROOT).join("assets/consultation.es.ron");
    let text = std::fs::read_to_string(path).unwrap();
    let tr = translation::parse("consultation.es.ron", &text).unwrap();
    tr.texts.get(key).unwrap().text.clone()
}

/// The translations in a `_element` value, as (lang, content).
fn translations(element: &Value) -> Vec<(String, String)> {
    let Some(list) = element["extension"].as_array() else {
        return Vec::new();
    };
    list.iter()
        .map(|e| {
            assert_eq!(e["url"], TRANSLATION);
            let parts = e["extension"].as_array().unwrap();
            assert_eq!(parts.len(), 2, "{e}");
            assert_eq!(parts[0]["url"], "lang");
            assert_eq!(parts[1]["url"], "content");
            let lang = parts[0]["valueCode"].as_str().unwrap().to_string();
            (lang, parts[1]["valueString"].as_str().unwrap().to_string())
        })
        .collect()
}

fn item<'a>(q: &'a Value, link: &str) -> &'a Value {
    q["item"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["linkId"] == link)
        .unwrap()
}

fn display<'a>(item: &'a Value, code: &str) -> &'a Value {
    item["answerOption"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| &o["valueCoding"])
        .find(|c| c["code"] == code)
        .unwrap()
}

fn es(text: String) -> Vec<(String, String)> {
    vec![("es".to_string(), text)]
}

#[test]
fn the_questionnaire_carries_the_shipped_spanish_beside_the_english() {
    let text = questionnaire(&[]);
    assert_eq!(text, questionnaire(&[]), "the output is deterministic");
    let q: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(q["language"], "en");
    assert_eq!(
        q["item"][0]["text"],
        "Which of these do you see on your skin? Choose every kind you have."
    );

    let scars = item(&q, "scar_types");
    let prompt = spanish("questions.scar_types.prompt");
    assert!(
        prompt.starts_with("¿Cuáles de estas ve en su piel?"),
        "{prompt}"
    );
    assert_eq!(translations(&scars["_text"]), es(prompt));
    let ice_pick = display(scars, "ice_pick");
    assert_eq!(ice_pick["display"], "Narrow, deep pits (ice pick scars)");
    let label = spanish("questions.scar_types.options.ice_pick.label");
    assert!(label.starts_with("Hoyos estrechos y profundos"), "{label}");
    assert_eq!(translations(&ice_pick["_display"]), es(label));

    assert_eq!(
        translations(&q["_title"]),
        es(spanish("meta.title")),
        "the title"
    );
    let help = &scars["item"][0];
    let help_es = translations(&help["_text"]);
    assert!(
        help_es[0].1.starts_with("Cada tipo de cicatriz"),
        "{help_es:?}"
    );
    let disclaimer = translations(&q["_description"]);
    assert!(disclaimer[0].1.starts_with("Esta guía es información"));

    // The criterion of a conditional question names its option in Spanish too.
    let treated = item(&q, "acne_treated");
    let when = &treated["enableWhen"][0]["answerCoding"];
    let key = format!(
        "questions.active_acne.options.{}.label",
        when["code"].as_str().unwrap()
    );
    assert_eq!(translations(&when["_display"]), es(spanish(&key)));

    // Every item and option is translated, none into its own English.
    for item in q["item"].as_array().unwrap() {
        let link = &item["linkId"];
        let tr = translations(&item["_text"]);
        assert_eq!(tr.len(), 1, "{link}");
        assert_ne!(item["text"].as_str(), Some(tr[0].1.as_str()), "{link}");
        for o in item["answerOption"].as_array().unwrap() {
            let c = &o["valueCoding"];
            let tr = translations(&c["_display"]);
            assert_eq!(tr.len(), 1, "{link} {}", c["code"]);
            assert_ne!(c["display"].as_str(), Some(tr[0].1.as_str()));
        }
    }
}

/// A copy of the shipped dataset and its Spanish in a fresh folder.
fn copy(name: &str, edit: impl Fn(String) -> String, with_spanish: bool) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("fhir_translations-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let assets = Path::new(ROOT).join("assets");
    let english = std::fs::read_to_string(assets.join("consultation.ron")).unwrap();
    let data = dir.join("consultation.ron");
    std::fs::write(&data, edit(english)).unwrap();
    if with_spanish {
        std::fs::copy(
            assets.join("consultation.es.ron"),
            dir.join("consultation.es.ron"),
        )
        .unwrap();
    }
    data
}

#[test]
fn an_item_whose_english_changed_has_no_spanish_and_the_rest_keep_theirs() {
    const OLD: &str = "How easy is it for other people to see your scars?";
    const NEW: &str = "How easily can other people see your scars?";
    let edited = copy(
        "edited",
        |t| {
            assert!(t.contains(OLD));
            t.replacen(OLD, NEW, 1)
        },
        true,
    );
    let q = parsed(&["--data", edited.to_str().unwrap()]);
    let severity = item(&q, "severity");
    assert_eq!(severity["text"], NEW);
    assert!(severity.get("_text").is_none(), "{}", severity["_text"]);
    // The Spanish still fits the question's options and help, and the others.
    let grade = display(severity, "grade_2");
    let label = spanish("questions.severity.options.grade_2.label");
    assert_eq!(translations(&grade["_display"]), es(label));
    assert_eq!(translations(&severity["item"][0]["_text"]).len(), 1);
    let prompt = spanish("questions.scar_types.prompt");
    assert_eq!(translations(&item(&q, "scar_types")["_text"]), es(prompt));
    let text = questionnaire(&["--data", edited.to_str().unwrap()]);
    assert!(!text.contains("(en inglés") && !text.contains("(in English"));

    // Unedited, the same copy's severity has its Spanish: the edit is why.
    let same = copy("unedited", |t| t, true);
    let q = parsed(&["--data", same.to_str().unwrap()]);
    let prompt = spanish("questions.severity.prompt");
    assert_eq!(translations(&item(&q, "severity")["_text"]), es(prompt));
}

#[test]
fn a_data_file_without_a_translation_beside_it_gets_none_not_the_embedded_one() {
    let alone = copy("alone", |t| t, false);
    let text = questionnaire(&["--data", alone.to_str().unwrap()]);
    assert!(!text.contains(TRANSLATION), "{text}");
    let q: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(q["language"], "en");
}
