//! The translation mechanism on the shipped dataset: keys, coverage of
//! every text field, status, apply and the template.

use std::collections::{HashMap, HashSet};

use super::*;
use crate::dataset::{embedded, Dataset, Severity};

fn english() -> Dataset {
    embedded().expect("the embedded dataset").dataset
}

fn text(from: &str, text: &str) -> Text {
    Text {
        from: from.to_string(),
        text: text.to_string(),
    }
}

fn translation(texts: Vec<(&str, Text)>) -> Translation {
    Translation {
        language: "xx".into(),
        name: "Test".into(),
        meta: TranslationMeta {
            translated_by: vec![],
            translated: "2026-11-30".into(),
            clinical_review: "none".into(),
        },
        texts: Texts(texts.into_iter().map(|(k, t)| (k.to_string(), t)).collect()),
    }
}

fn english_of(d: &Dataset, key: &str) -> String {
    let all: HashMap<String, String> = texts(d).into_iter().collect();
    all.get(key)
        .cloned()
        .unwrap_or_else(|| panic!("no key {key}"))
}

#[test]
fn keys_are_unique_over_the_shipped_dataset() {
    let d = english();
    assert_eq!(duplicate_keys(&d), Vec::<String>::new());
    assert!(texts(&d).len() > 400, "{}", texts(&d).len());
}

#[test]
fn a_rule_with_two_effects_of_one_kind_on_one_id_is_a_duplicate_key() {
    use crate::dataset::Effect;
    let mut d = english();
    let rule = d
        .rules
        .iter_mut()
        .find(|r| matches!(r.then.first(), Some(Effect::Treatment { .. })))
        .unwrap();
    let first = rule.then[0].clone();
    // A second effect of another kind gets a key of its own…
    if let Effect::Treatment { id, tier, reason } = first.clone() {
        rule.then.push(Effect::Limit { id, tier, reason });
    }
    assert_eq!(duplicate_keys(&d), Vec::<String>::new());
    // …two of the same kind cannot.
    let rule = d
        .rules
        .iter_mut()
        .find(|r| matches!(r.then.first(), Some(Effect::Treatment { .. })))
        .unwrap();
    rule.then.push(first.clone());
    rule.then.push(first);
    assert_eq!(duplicate_keys(&d).len(), 1, "{:?}", duplicate_keys(&d));
}

#[test]
fn keys_follow_the_scheme() {
    let keys: HashSet<String> = texts(&english()).into_iter().map(|(k, _)| k).collect();
    for key in [
        "meta.title",
        "meta.disclaimer",
        "meta.update_policy",
        "questions.scar_types.title",
        "questions.scar_types.options.ice_pick.label",
        "questions.scar_types.options.ice_pick.description",
        "caveats.pregnancy.text",
        "decision.wait.risks",
        "decision.readiness_note",
        "decision.readiness_help.informed",
    ] {
        assert!(keys.contains(key), "{key}");
    }
    let prefixed = |p: &str| keys.iter().filter(|k| k.starts_with(p)).count();
    assert!(prefixed("treatments.subcision.compare.dark_patches.") == 2);
    assert!(keys.contains("treatments.subcision.questions_to_ask.1"));
    assert!(!keys.contains("treatments.subcision.questions_to_ask.0"));
    assert!(prefixed("rules.") > 50 && keys.iter().all(|k| !k.starts_with("rules.0.")));
    // Rule 24 lists chemical peels and caps them: two reasons, two keys.
    assert!(keys.contains("rules.24.chemical_peels.reason"));
    assert!(keys.contains("rules.24.chemical_peels.limit.reason"));
    assert!(prefixed("conflicts.") > 0 && prefixed("notes.") > 0);
}

#[test]
fn status_sorts_every_key() {
    let d = english();
    let title = english_of(&d, "questions.scar_types.title");
    let caveat = english_of(&d, "caveats.pregnancy.text");
    let name = english_of(&d, "treatments.subcision.name");
    let tr = translation(vec![
        (
            "questions.scar_types.title",
            text(&from_hash(&title), "Tipos de cicatriz"),
        ),
        ("caveats.pregnancy.text", text("00000000", "Texto antiguo")),
        ("treatments.subcision.name", text(&from_hash(&name), &name)),
        (
            "questions.scar_types.prompt",
            text(
                &from_hash(&english_of(&d, "questions.scar_types.prompt")),
                "  ",
            ),
        ),
        (
            "questions.scar_types.help",
            text(
                &from_hash(&english_of(&d, "questions.scar_types.help")),
                "a\u{202E}b",
            ),
        ),
        ("questions.no_such.title", text("00000000", "Nada")),
    ]);
    let s = status(&d, &tr);
    let all = texts(&d).len();
    assert_eq!(s.count(State::Translated), 1);
    assert_eq!(s.count(State::Outdated), 1);
    assert_eq!(s.count(State::Identical), 1);
    assert_eq!(s.count(State::Unsafe), 1);
    assert_eq!(s.count(State::Unknown), 1);
    assert_eq!(
        s.count(State::Missing),
        all - 4,
        "the blank one is missing too"
    );
    let of = |k: &str| s.keys.iter().find(|x| x.key == k).unwrap();
    assert_eq!(of("caveats.pregnancy.text").english, caveat);
    assert_eq!(
        of("caveats.pregnancy.text").severity(),
        Some(Severity::Error)
    );
    assert_eq!(
        of("questions.no_such.title").severity(),
        Some(Severity::Warning)
    );
    assert_eq!(
        of("questions.scar_types.help").severity(),
        Some(Severity::Error)
    );
    assert_eq!(of("questions.scar_types.title").severity(), None);
    assert_eq!(s.errors() + s.warnings(), s.problems().count());
}

#[test]
fn severity_follows_the_safety_texts() {
    use State::*;
    for key in [
        "caveats.pregnancy.title",
        "caveats.pregnancy.text",
        "treatments.subcision.risks",
        "treatments.subcision.compare.risks",
        "decision.wait.risks",
        "decision.wait.compare.risks",
        "meta.disclaimer",
    ] {
        assert_eq!(severity(key, Missing), Some(Severity::Error), "{key}");
        assert_eq!(severity(key, Outdated), Some(Severity::Error), "{key}");
        assert_eq!(severity(key, Identical), Some(Severity::Warning), "{key}");
    }
    for key in [
        "meta.title",
        "treatments.subcision.summary",
        "decision.readiness_help.risks",
        "notes.risks.text",
        "rules.3.risks.reason",
    ] {
        assert_eq!(severity(key, Missing), Some(Severity::Warning), "{key}");
        assert_eq!(severity(key, Outdated), Some(Severity::Warning), "{key}");
    }
    assert_eq!(severity("meta.title", Translated), None);
    assert_eq!(severity("meta.title", Unknown), Some(Severity::Warning));
}

#[test]
fn apply_marks_the_english_and_never_shows_an_old_translation() {
    let d = english();
    let title = english_of(&d, "questions.scar_types.title");
    let risks = english_of(&d, "treatments.subcision.risks");
    let tr = translation(vec![
        (
            "questions.scar_types.title",
            text(&from_hash(&title), "Tipos de cicatriz"),
        ),
        (
            "treatments.subcision.risks",
            text("00000000", "Riesgos viejos"),
        ),
    ]);
    let out = apply(&d, &tr, "(EN) ");
    assert_eq!(out.questions[0].title, "Tipos de cicatriz");
    let sub = out.treatments.iter().find(|t| t.id == "subcision").unwrap();
    assert_eq!(sub.risks, format!("(EN) {risks}"));
    assert_eq!(out.meta.disclaimer, format!("(EN) {}", d.meta.disclaimer));
    // Only the texts differ: map each back and it is the English dataset.
    let english: HashMap<String, String> = texts(&d).into_iter().collect();
    let mut back = out.clone();
    each_text(&mut back, &mut |key, t| *t = english[key].clone());
    // And the note of who translated it, which only a translation has.
    assert!(back.meta.translated.take().is_some());
    assert!(back == d, "only texts were changed");
    assert!(out != d);
}

#[test]
fn a_template_parses_back_with_every_key_current() {
    let d = english();
    let title = english_of(&d, "questions.scar_types.title");
    let tr = translation(vec![
        (
            "questions.scar_types.title",
            text(&from_hash(&title), "Tipos \"de\" cicatriz\\"),
        ),
        (
            "treatments.subcision.risks",
            text("00000000", "Riesgos\nviejos"),
        ),
        ("questions.gone.title", text("00000000", "Perdido")),
    ]);
    for existing in [None, Some(&tr)] {
        let out = template(&d, "xx", existing);
        let back = parse("template", &out).unwrap_or_else(|e| panic!("{e}\n{out}"));
        let s = status(&d, &back);
        assert_eq!(s.count(State::Missing), 0);
        assert_eq!(s.count(State::Outdated), 0);
        assert_eq!(s.count(State::Unknown), 0);
        assert_eq!(back.texts.0.len(), texts(&d).len());
        let keys: Vec<&str> = back.texts.0.iter().map(|(k, _)| k.as_str()).collect();
        let order: Vec<String> = texts(&d).into_iter().map(|(k, _)| k).collect();
        assert_eq!(keys, order, "dataset order");
    }
    let out = template(&d, "xx", Some(&tr));
    let back = parse("template", &out).unwrap();
    assert_eq!(
        back.texts.get("questions.scar_types.title").unwrap().text,
        "Tipos \"de\" cicatriz\\"
    );
    assert_eq!(status(&d, &back).count(State::Translated), 1);
    // The outdated one: the new English to translate, the old one shown.
    let risks = english_of(&d, "treatments.subcision.risks");
    assert_eq!(
        back.texts.get("treatments.subcision.risks").unwrap().text,
        risks
    );
    assert!(out.contains("// \"Riesgos\\nviejos\""), "{out}");
    assert!(out.contains("// \"questions.gone.title\": \"Perdido\""));
    assert_eq!(back.name, "Test");
}

#[test]
fn quoted_text_reads_back_the_same() {
    for s in [
        "plain",
        "a \"q\" \\ b",
        "line\nbreak\ttab",
        "esc\u{1b}[2J",
        "bidi\u{202E}x",
        "ñ·é",
    ] {
        let back: String = crate::dataset::load::parse_ron("q", &template::quote(s)).unwrap();
        assert_eq!(back, s);
    }
}

#[test]
fn a_key_written_twice_is_an_error_at_its_line() {
    let text = "(\n language: \"es\", name: \"E\",\n meta: (translated_by: [], translated: \"\", clinical_review: \"\"),\n texts: {\n  \"a\": (from: \"1\", text: \"x\"),\n  \"a\": (from: \"1\", text: \"y\"),\n },\n)";
    let err = parse("t.ron", text).unwrap_err();
    assert!(err.message.contains("`a` is written twice"), "{err}");
    assert!(err.line.is_some_and(|l| l >= 5), "{err}");
}

#[test]
fn a_misspelt_field_is_an_error_with_its_position() {
    let text = "(\n language: \"es\", nmae: \"E\",\n)";
    let err = parse("t.ron", text).unwrap_err();
    assert_eq!(err.line, Some(2), "{err}");
    assert!(err.col.is_some());
    assert!(err.to_string().starts_with("t.ron:2:"), "{err}");
}

#[test]
fn the_shipped_translations_parse_and_name_their_language() {
    for (lang, text) in shipped() {
        let tr = parse(lang, text).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(&tr.language, lang);
        assert!(!tr.meta.clinical_review.is_empty());
    }
}
