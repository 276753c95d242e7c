//! The dataset's translations as FHIR's standard translation extension
//! (`_text: {extension: [{url: …/translation, extension: [lang, content]}]}`),
//! so a form filler can show the Questionnaire in a shipped language while
//! the resource itself stays in English.
//!
//! Only a translation that is current and differs from the English goes
//! in: a missing, outdated or unsafe one is left out (the English stands),
//! never written as the English with the "in English" marker, which would
//! claim to be Spanish while it is not.

use std::collections::HashMap;
use std::path::Path;

use serde_json::{json, Map, Value};

use crate::dataset::translation::{self, State, Translation};
use crate::dataset::Dataset;
use crate::i18n::Lang;

/// The core R4 extension for a translation of a primitive element.
pub const TRANSLATION: &str = "http://hl7.org/fhir/StructureDefinition/translation";

/// For each language other than English (in the order they are listed),
/// its current translations by dataset key ([`translation::each_text`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Translations {
    langs: Vec<(String, HashMap<String, String>)>,
}

impl Translations {
    /// No translations: the English Questionnaire alone.
    pub fn none() -> Translations {
        Translations::default()
    }

    /// The shipped languages' translations of `english`: those beside the
    /// dataset file at `source`, or the embedded ones for the built-in
    /// dataset (`source` None). A language without a readable file has none.
    pub fn shipped(english: &Dataset, source: Option<&Path>) -> Translations {
        let found: Vec<Translation> = Lang::all()
            .filter(|&l| l != Lang::ENGLISH)
            .filter_map(|l| translation::load(source, l.code()))
            .collect();
        Translations::of(english, &found)
    }

    /// The current, translated texts of each translation, in the order given.
    pub fn of(english: &Dataset, found: &[Translation]) -> Translations {
        let langs = found
            .iter()
            .map(|tr| {
                let texts = translation::status(english, tr)
                    .keys
                    .into_iter()
                    .filter(|k| k.state == State::Translated)
                    .filter_map(|k| {
                        let text = tr.texts.get(&k.key)?.text.clone();
                        Some((k.key, text))
                    })
                    .collect();
                (tr.language.clone(), texts)
            })
            .filter(|(_, texts): &(String, HashMap<String, String>)| !texts.is_empty())
            .collect();
        Translations { langs }
    }

    /// The `_element` value for the text under `key`, shaped by `shape`
    /// as the English is (e.g. whitespace folded), or None if no language
    /// has a current translation of it.
    fn element(&self, key: &str, shape: fn(&str) -> String) -> Option<Value> {
        let entries: Vec<Value> = self
            .langs
            .iter()
            .filter_map(|(lang, texts)| {
                let text = texts.get(key)?;
                Some(json!({
                    "url": TRANSLATION,
                    "extension": [
                        { "url": "lang", "valueCode": lang },
                        { "url": "content", "valueString": shape(text) },
                    ],
                }))
            })
            .collect();
        (!entries.is_empty()).then(|| json!({ "extension": entries }))
    }

    /// Puts `_<field>` beside `field` in `object` when the text under
    /// `key` has a translation.
    pub fn annotate(&self, object: &mut Map<String, Value>, field: &str, key: &str) {
        self.annotate_shaped(object, field, key, as_is);
    }

    /// [`annotate`](Self::annotate), with the translation shaped as the
    /// English was before it went into `field`.
    pub fn annotate_shaped(
        &self,
        object: &mut Map<String, Value>,
        field: &str,
        key: &str,
        shape: fn(&str) -> String,
    ) {
        if let Some(ext) = self.element(key, shape) {
            object.insert(format!("_{field}"), ext);
        }
    }
}

fn as_is(text: &str) -> String {
    text.to_string()
}

/// Runs of whitespace as one space: how the Questionnaire writes the
/// dataset's long, wrapped texts (the disclaimer, help).
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The dataset key of a question's text.
pub fn question_key(question: &str, field: &str) -> String {
    format!("questions.{question}.{field}")
}

/// The dataset key of an option's label.
pub fn label_key(question: &str, option: &str) -> String {
    format!("questions.{question}.options.{option}.label")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::translation::{from_hash, Text, Texts};

    fn shipped() -> Dataset {
        crate::dataset::embedded().unwrap().dataset
    }

    fn entry(key: &str, from: &str, text: &str) -> (String, Text) {
        let text = Text {
            from: from.to_string(),
            text: text.to_string(),
        };
        (key.to_string(), text)
    }

    #[test]
    fn only_current_translations_that_differ_from_the_english_are_kept() {
        let data = shipped();
        let q = &data.questions[0];
        let (prompt, title) = (&q.prompt, &q.title);
        let label = &q.options[0].label;
        let mut tr = Translation::empty("es");
        tr.texts = Texts(vec![
            entry(
                &question_key(&q.id, "prompt"),
                &from_hash(prompt),
                "¿Cuáles?",
            ),
            entry(&question_key(&q.id, "help"), "00000000", "Ayuda vieja"),
            entry(&question_key(&q.id, "title"), &from_hash(title), title),
            entry(
                &label_key(&q.id, &q.options[0].id),
                &from_hash(label),
                "Hoyos\u{200b}",
            ),
        ]);
        let all = Translations::of(&data, &[tr]);
        let ext = |key: &str| all.element(key, as_is);
        let expected = json!({ "extension": [{
            "url": TRANSLATION,
            "extension": [
                { "url": "lang", "valueCode": "es" },
                { "url": "content", "valueString": "¿Cuáles?" },
            ],
        }]});
        assert_eq!(ext(&question_key(&q.id, "prompt")), Some(expected));
        // Outdated, identical to the English, unsafe, and absent: none.
        assert_eq!(ext(&question_key(&q.id, "help")), None);
        assert_eq!(ext(&question_key(&q.id, "title")), None);
        assert_eq!(ext(&label_key(&q.id, &q.options[0].id)), None);
        assert_eq!(ext("meta.title"), None);
    }

    #[test]
    fn annotate_adds_the_underscore_element_only_when_there_is_a_translation() {
        let data = shipped();
        let all = Translations::shipped(&data, None);
        assert_ne!(all, Translations::none(), "the embedded Spanish is found");
        let mut object = Map::new();
        all.annotate_shaped(&mut object, "description", "meta.disclaimer", one_line);
        all.annotate(&mut object, "text", "questions.no_such.prompt");
        let keys: Vec<&String> = object.keys().collect();
        assert_eq!(keys, ["_description"]);
        let content = &object["_description"]["extension"][0]["extension"][1]["valueString"];
        let content = content.as_str().unwrap_or_default();
        assert!(content.starts_with("Esta guía"), "{content}");
        assert!(!content.contains("  ") && !content.contains('\n'));
    }

    #[test]
    fn a_language_with_nothing_current_adds_nothing() {
        let data = shipped();
        let all = Translations::of(&data, &[Translation::empty("es")]);
        assert_eq!(all, Translations::none());
    }
}
