//! A complete translation file for a language: every key in dataset
//! order, current translations kept, the rest in English marked TODO.
//! How a clinic adds a language or brings one up to date.

use super::status::{status, State};
use super::Translation;
use crate::dataset::load::one_line;
use crate::dataset::schema::Dataset;

const INDENT: &str = "        ";

/// The file text. `existing`: the language's current file, if it has one;
/// its meta and current translations are kept, outdated and unsafe ones
/// are shown in comments above the new English.
pub fn template(english: &Dataset, lang: &str, existing: Option<&Translation>) -> String {
    let mut out = header(english, lang, existing);
    let empty = Translation {
        language: lang.to_string(),
        name: String::new(),
        meta: super::TranslationMeta {
            translated_by: Vec::new(),
            translated: String::new(),
            clinical_review: String::new(),
        },
        texts: super::Texts::default(),
    };
    let tr = existing.unwrap_or(&empty);
    let by_key = tr.texts.by_key();
    let mut section = String::new();
    let mut unknown = Vec::new();
    for k in status(english, tr).keys {
        if k.state == State::Unknown {
            unknown.push(k.key);
            continue;
        }
        if section_of(&k.key) != section {
            section = section_of(&k.key);
            out.push_str(&format!("\n{INDENT}// {section}\n"));
        }
        let old = by_key.get(k.key.as_str()).map(|t| t.text.as_str());
        let text = match (k.state, old) {
            (State::Translated, Some(t)) => t,
            (State::Identical, _) => {
                comment(
                    &mut out,
                    "Same as the English: TODO translate, unless it is the same in this language",
                );
                &k.english
            }
            (State::Outdated, Some(t)) => {
                comment(
                    &mut out,
                    "TODO translate again: the English changed since. The old translation:",
                );
                comment(&mut out, &quote(t));
                &k.english
            }
            (State::Unsafe, Some(t)) => {
                let why = k.why.as_deref().unwrap_or("cannot be shown");
                comment(
                    &mut out,
                    &format!("TODO translate again: the translation {why}. It was:"),
                );
                comment(&mut out, &quote(t));
                &k.english
            }
            _ => {
                comment(&mut out, "TODO translate");
                &k.english
            }
        };
        out.push_str(&format!(
            "{INDENT}{}: (from: {}, text: {}),\n",
            quote(&k.key),
            quote(&super::from_hash(&k.english)),
            quote(text)
        ));
    }
    if !unknown.is_empty() {
        out.push_str(&format!(
            "\n{INDENT}// Keys the dataset does not have (misspelt, or the text was removed):\n"
        ));
        for key in unknown {
            if let Some(t) = by_key.get(key.as_str()) {
                comment(&mut out, &format!("{}: {}", quote(&key), quote(&t.text)));
            }
        }
    }
    out.push_str("    },\n)\n");
    out
}

fn header(english: &Dataset, lang: &str, existing: Option<&Translation>) -> String {
    let m = &english.meta;
    let mut out = format!(
        "// Translation of the consultation dataset {} (version {}), language {}.\n\
         // Written by `scarguide translation {lang}`: every text of the dataset,\n\
         // in its order. `from` is the fingerprint of the English a text was\n\
         // translated from: leave it as it is. Translate each text marked TODO,\n\
         // then remove the TODO comment. Check with `scarguide check --data`.\n(\n",
        one_line(&m.title),
        one_line(&m.version),
        lang
    );
    out.push_str(&format!("    language: {},\n", quote(lang)));
    match existing {
        Some(tr) => {
            out.push_str(&format!("    name: {},\n", quote(&tr.name)));
            out.push_str("    meta: (\n");
            let by: Vec<String> = tr.meta.translated_by.iter().map(|s| quote(s)).collect();
            out.push_str(&format!("        translated_by: [{}],\n", by.join(", ")));
            out.push_str(&format!(
                "        translated: {},\n",
                quote(&tr.meta.translated)
            ));
            out.push_str(&format!(
                "        clinical_review: {},\n",
                quote(&tr.meta.clinical_review)
            ));
        }
        None => {
            out.push_str("    // TODO: the language's name in itself (\"Español\").\n");
            out.push_str("    name: \"\",\n    meta: (\n");
            out.push_str("        // TODO: who translated, and the day (YYYY-MM-DD).\n");
            out.push_str("        translated_by: [],\n        translated: \"\",\n");
            out.push_str("        clinical_review: \"Not yet reviewed by a clinician: needs clinical review before use in a clinic.\",\n");
        }
    }
    out.push_str("    ),\n    texts: {\n");
    out
}

/// The group a key is written under: a question or treatment of its own,
/// otherwise the part of the dataset.
fn section_of(key: &str) -> String {
    let mut parts = key.split('.');
    match (parts.next(), parts.next()) {
        (Some(p @ ("questions" | "treatments")), Some(id)) => format!("{p}.{id}"),
        (Some("decision"), Some("wait")) => "decision.wait".to_string(),
        (Some(p), _) => p.to_string(),
        (None, _) => String::new(),
    }
}

/// `// text`, one comment line per line of `text`.
fn comment(out: &mut String, text: &str) {
    for line in text.lines() {
        out.push_str(&format!("{INDENT}// {line}\n"));
    }
}

/// A RON string literal: quotes, backslashes and control characters escaped,
/// so the output is one line per entry and parses back to `s`.
pub(super) fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() || crate::dataset::invisible::is_invisible(c) => {
                out.push_str(&format!("\\u{{{:x}}}", u32::from(c)))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
