//! How complete and current a translation is, key by key, and the
//! translated dataset itself.

use std::collections::HashSet;

use super::fields::{each_text, texts};
use super::{from_hash, Text, Translation};
use crate::dataset::invisible::is_invisible;
use crate::dataset::schema::Dataset;
use crate::dataset::Severity;

/// Where one key stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum State {
    /// Translated from the current English.
    Translated,
    /// Current, but the same as the English (a name, or not yet done).
    Identical,
    /// Not in the file, or empty.
    Missing,
    /// Translated from English that has changed since.
    Outdated,
    /// The translation has a control or invisible character, or a line
    /// break where the English is one line: never shown.
    Unsafe,
    /// In the file but not in the dataset.
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyStatus {
    pub key: String,
    pub state: State,
    /// The English text ("" for an unknown key).
    pub english: String,
    /// What is wrong with an unsafe text.
    pub why: Option<String>,
}

/// Every key of the dataset in dataset order, then the unknown keys in
/// file order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub keys: Vec<KeyStatus>,
}

impl Status {
    pub fn count(&self, state: State) -> usize {
        self.keys.iter().filter(|k| k.state == state).count()
    }

    /// The keys that are not simply translated.
    pub fn problems(&self) -> impl Iterator<Item = &KeyStatus> {
        self.keys.iter().filter(|k| k.state != State::Translated)
    }

    pub fn errors(&self) -> usize {
        self.problems()
            .filter(|k| k.severity() == Some(Severity::Error))
            .count()
    }

    pub fn warnings(&self) -> usize {
        self.problems()
            .filter(|k| k.severity() == Some(Severity::Warning))
            .count()
    }
}

impl KeyStatus {
    pub fn severity(&self) -> Option<Severity> {
        severity(&self.key, self.state)
    }
}

/// How serious a key's state is: a missing or outdated safety text (a
/// caveat, any risks, the disclaimer) and an unsafe text are errors; the
/// rest warnings; a translated key nothing.
pub fn severity(key: &str, state: State) -> Option<Severity> {
    match state {
        State::Translated => None,
        State::Unsafe => Some(Severity::Error),
        State::Missing | State::Outdated if safety_text(key) => Some(Severity::Error),
        State::Missing | State::Outdated | State::Identical | State::Unknown => {
            Some(Severity::Warning)
        }
    }
}

/// Caveats, risks (of a treatment, its comparison and waiting) and the
/// disclaimer: text a person must be able to read in their language.
fn safety_text(key: &str) -> bool {
    key.starts_with("caveats.")
        || key == "meta.disclaimer"
        || ((key.starts_with("treatments.") || key.starts_with("decision.wait."))
            && key.ends_with(".risks"))
}

/// The state of one English text given its entry in the file, if any.
fn judge(english: &str, entry: Option<&Text>) -> (State, Option<String>) {
    let Some(t) = entry else {
        return (State::Missing, None);
    };
    if t.text.trim().is_empty() {
        (State::Missing, None)
    } else if t.from != from_hash(english) {
        (State::Outdated, None)
    } else if let Some(why) = unsafe_text(english, &t.text) {
        (State::Unsafe, Some(why))
    } else if t.text == english {
        (State::Identical, None)
    } else {
        (State::Translated, None)
    }
}

/// Why a translated text cannot be shown, if it cannot: the dataset's own
/// rules for text (see validate), applied to the translation.
fn unsafe_text(english: &str, text: &str) -> Option<String> {
    if let Some(c) = text.chars().find(|&c| c.is_control() && c != '\n') {
        return Some(format!(
            "contains the control character {} (it could drive the terminal)",
            c.escape_default()
        ));
    }
    if let Some(c) = text.chars().find(|&c| is_invisible(c)) {
        return Some(format!(
            "contains the invisible character U+{:04X} (it can make text read differently than it shows)",
            u32::from(c)
        ));
    }
    if text.contains('\n') && !english.contains('\n') {
        return Some("has a line break where the English is one line".to_string());
    }
    None
}

/// Where each text of `english` stands in `tr`, and which keys of `tr`
/// the dataset does not have.
pub fn status(english: &Dataset, tr: &Translation) -> Status {
    let by_key = tr.texts.by_key();
    let list = texts(english);
    let known: HashSet<&str> = list.iter().map(|(k, _)| k.as_str()).collect();
    let mut keys: Vec<KeyStatus> = list
        .iter()
        .map(|(key, en)| {
            let (state, why) = judge(en, by_key.get(key.as_str()).copied());
            KeyStatus {
                key: key.clone(),
                state,
                english: en.clone(),
                why,
            }
        })
        .collect();
    keys.extend(
        tr.texts
            .0
            .iter()
            .filter(|(k, _)| !known.contains(k.as_str()))
            .map(|(k, _)| KeyStatus {
                key: k.clone(),
                state: State::Unknown,
                english: String::new(),
                why: None,
            }),
    );
    Status { keys }
}

/// The dataset in the translation's language: each current, safe
/// translation replaces its English; a missing, outdated or unsafe one
/// leaves the English, after `marker` ("(in English: translation being
/// updated) "), and never shows an old translation. Everything else (ids,
/// rules, structure) is the English dataset's.
pub fn apply(english: &Dataset, tr: &Translation, marker: &str) -> Dataset {
    let by_key = tr.texts.by_key();
    let mut out = english.clone();
    each_text(&mut out, &mut |key, text| {
        let entry = by_key.get(key).copied();
        match (judge(text, entry).0, entry) {
            (State::Translated | State::Identical, Some(t)) => *text = t.text.clone(),
            _ => *text = format!("{marker}{text}"),
        }
    });
    out.meta.translated = Some(crate::dataset::Translated {
        by: tr.meta.translated_by.clone(),
        on: tr.meta.translated.clone(),
        review: tr.meta.clinical_review.clone(),
    });
    out
}
