//! Translations of the clinical content (issue 17): one file per language
//! beside the dataset, `consultation.<lang>.ron`, mapping each text's key
//! ([`fields`]) to its translation and the fingerprint of the English it
//! was made from, so an English edit shows up as an outdated translation
//! instead of silently keeping words that no longer say the same thing.
//!
//! Ids, rules, references and the guards' clinician wording are never
//! translated; only the texts a person reads are.

pub mod fields;
pub mod files;
mod status;
mod template;

use std::collections::{HashMap, HashSet};
use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;

use super::load::{self, LoadError};

pub use fields::{duplicate_keys, each_text, texts};
pub use files::{shipped, Found};
pub use status::{apply, severity, status, KeyStatus, State, Status};
pub use template::template;

/// A translation file as written.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Translation {
    /// The language code, as in the file name ("es").
    pub language: String,
    /// The language's name in itself ("Español").
    pub name: String,
    pub meta: TranslationMeta,
    pub texts: Texts,
}

impl Translation {
    /// No text translated: what a language without a usable file gets, so
    /// every text shows as English with the marker.
    pub fn empty(language: &str) -> Translation {
        Translation {
            language: language.to_string(),
            name: String::new(),
            meta: TranslationMeta::default(),
            texts: Texts::default(),
        }
    }
}

/// The translation of the dataset at `data` (None: the built-in one) into
/// `lang`, if there is a file and it reads; `check` reports one that does not.
pub fn load(data: Option<&std::path::Path>, lang: &str) -> Option<Translation> {
    files::find(data, lang)?.parse().ok()
}

/// Who translated, when, and whether a clinician has checked it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TranslationMeta {
    pub translated_by: Vec<String>,
    /// YYYY-MM-DD.
    pub translated: String,
    /// Whether, when and by whom the translation was reviewed clinically.
    pub clinical_review: String,
}

/// One translated text.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// [`from_hash`] of the English this was translated from.
    pub from: String,
    pub text: String,
}

/// The texts in file order. A key written twice is a parse error (a map
/// would silently keep the last one).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Texts(pub Vec<(String, Text)>);

impl Texts {
    pub fn get(&self, key: &str) -> Option<&Text> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, t)| t)
    }

    /// The texts by key, for looking many up.
    pub fn by_key(&self) -> HashMap<&str, &Text> {
        self.0.iter().map(|(k, t)| (k.as_str(), t)).collect()
    }
}

impl<'de> Deserialize<'de> for Texts {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Texts, D::Error> {
        struct Entries;
        impl<'de> Visitor<'de> for Entries {
            type Value = Texts;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a map of keys to (from: \"…\", text: \"…\")")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Texts, A::Error> {
                let mut seen = HashSet::new();
                let mut out = Vec::new();
                while let Some((key, text)) = map.next_entry::<String, Text>()? {
                    if !seen.insert(key.clone()) {
                        return Err(de::Error::custom(format!(
                            "the key `{}` is written twice",
                            load::one_line(&key)
                        )));
                    }
                    out.push((key, text));
                }
                Ok(Texts(out))
            }
        }
        d.deserialize_map(Entries)
    }
}

/// What `from` holds for an English text: the first 8 hex digits of its
/// FNV-1a 64 fingerprint.
pub fn from_hash(english: &str) -> String {
    super::fingerprint::short(english)
}

/// Parses a translation file, with check's positioned error messages.
pub fn parse(name: &str, text: &str) -> Result<Translation, LoadError> {
    load::parse_ron(name, text)
}

/// The file name of a language's translation beside `consultation.ron`.
pub fn file_name(stem: &str, lang: &str) -> String {
    format!("{stem}.{lang}.ron")
}

/// Whether `code` can be a language code in a file name: letters, digits
/// and `-`, at most 20 ("es", "pt-BR").
pub fn valid_code(code: &str) -> bool {
    !code.is_empty()
        && code.len() <= 20
        && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

#[cfg(test)]
mod coverage_tests;
#[cfg(test)]
mod tests;
