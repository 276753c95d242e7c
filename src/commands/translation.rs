//! `scarguide translation es`: a complete translation file for a
//! language, to start one or bring it up to date; and what `check` says
//! about the translations that go with its dataset, through [`for_check`].

use std::path::Path;

use crate::dataset::load::one_line;
use crate::dataset::translation::{self as tr, files, KeyStatus, State};
use crate::dataset::{Dataset, Problem, Severity};

/// Prints the translation file for `lang` on stdout: every key of the
/// dataset, the current translations of the existing file (beside --data,
/// or built in) kept. An existing file that cannot be read or parsed is an
/// error: the template would otherwise drop its translations.
pub fn translation(path: Option<&Path>, lang: &str) -> i32 {
    let Some(data) = super::load_dataset(path) else {
        return 1;
    };
    let existing = match files::find(path, lang) {
        None => None,
        Some(found) => match found.parse() {
            Ok(t) => Some(t),
            Err(message) => {
                crate::say!("{message}");
                return 1;
            }
        },
    };
    super::write_stdout(&tr::template(&data, lang, existing.as_ref()))
}

/// The clap check of the language code: one that can be part of a file name.
pub fn parse_lang(code: &str) -> Result<String, String> {
    if tr::valid_code(code) {
        Ok(code.to_string())
    } else {
        Err("a language code is letters, digits and `-`, such as es or pt-BR".to_string())
    }
}

/// What `check` learned from the translations.
pub struct ForCheck {
    pub errors: usize,
    pub warnings: usize,
}

/// For `check`: each translation of the dataset (built in, or
/// `<stem>.<lang>.ron` beside --data) with a status line, then one line per
/// key that is not simply translated, as errors and warnings (see
/// [`tr::severity`]).
pub fn for_check(path: Option<&Path>, data: &Dataset) -> ForCheck {
    let mut report = ForCheck {
        errors: 0,
        warnings: 0,
    };
    let found = files::beside(path);
    if found.is_empty() {
        return report;
    }
    let data_name = super::dataset_name(path);
    for key in tr::duplicate_keys(data) {
        crate::say!(
            "{data_name}: error: two texts share the translation key `{}`, so a translation cannot tell them apart",
            one_line(&key)
        );
        report.errors += 1;
    }
    for f in &found {
        let t = match f.parse() {
            Ok(t) => t,
            Err(message) => {
                crate::say!("{message}");
                report.errors += 1;
                continue;
            }
        };
        let text = f.text.as_deref().unwrap_or_default();
        if t.language != f.lang {
            let p = Problem {
                severity: Severity::Error,
                line: line_of(text, "language:"),
                message: format!(
                    "the language is \"{}\" but the file name says `{}`",
                    one_line(&t.language),
                    f.lang
                ),
            };
            crate::say!("{}", p.display(&f.name));
            report.errors += 1;
        }
        let status = tr::status(data, &t);
        crate::say!(
            "{} ({}): {} translated, {} missing, {} outdated, {} identical to English{}{}",
            f.name,
            if t.name.trim().is_empty() {
                "no name yet".to_string()
            } else {
                one_line(&t.name)
            },
            status.count(State::Translated),
            status.count(State::Missing),
            status.count(State::Outdated),
            status.count(State::Identical),
            count(status.count(State::Unsafe), "unsafe"),
            count(status.count(State::Unknown), "unknown"),
        );
        for k in status.problems() {
            let Some(severity) = k.severity() else {
                continue;
            };
            let p = Problem {
                severity,
                line: line_of(text, &format!("\"{}\"", k.key)),
                message: describe(k),
            };
            crate::say!("{}", p.display(&f.name));
        }
        report.errors += status.errors();
        report.warnings += status.warnings();
        if t.language == "es" {
            report.warnings += spanish_ease(data, &t, &status, &f.name);
        }
    }
    report
}

/// The Spanish texts' reading ease (INFLESZ): the mean and the hardest, and
/// a warning for each "very hard" one. Returns the warnings.
fn spanish_ease(data: &Dataset, t: &tr::Translation, status: &tr::Status, name: &str) -> usize {
    use crate::dataset::readability::spanish;
    let done: std::collections::HashSet<&str> = status
        .keys
        .iter()
        .filter(|k| k.state == State::Translated)
        .map(|k| k.key.as_str())
        .collect();
    let translated = tr::apply(data, t, "");
    let scores: Vec<(String, f64)> = tr::texts(&translated)
        .into_iter()
        // Running text only: the index means nothing for a title or label.
        .filter(|(k, text)| done.contains(k.as_str()) && spanish::words(text) >= spanish::MIN_WORDS)
        .map(|(k, text)| (k, spanish::ease(&text)))
        .collect();
    let Some((hardest, low)) = scores
        .iter()
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(k, s)| (k.clone(), *s))
    else {
        return 0;
    };
    let mean = scores.iter().map(|(_, s)| s).sum::<f64>() / scores.len() as f64;
    crate::say!(
        "{name}: reading ease (INFLESZ, 55 and up is plain): mean {mean:.1}, hardest {low:.1} (`{hardest}`)"
    );
    let mut warnings = 0;
    for (key, score) in scores.iter().filter(|(_, s)| *s < spanish::VERY_HARD) {
        crate::say!("{name}: warning: `{key}` reads as very hard ({score:.1} on INFLESZ, under 40): shorter sentences and words help");
        warnings += 1;
    }
    warnings
}

fn count(n: usize, what: &str) -> String {
    if n == 0 {
        String::new()
    } else {
        format!(", {n} {what}")
    }
}

fn describe(k: &KeyStatus) -> String {
    let key = one_line(&k.key);
    let en = excerpt(&k.english);
    match k.state {
        State::Missing => format!("`{key}` is not translated (\"{en}\")"),
        State::Outdated => format!(
            "`{key}` is out of date: the English changed since it was translated (now \"{en}\"); `scarguide translation` shows both"
        ),
        State::Identical => format!("`{key}` is the same as the English (\"{en}\")"),
        State::Unsafe => format!(
            "`{key}`: the translation {}; the English is shown instead",
            k.why.as_deref().unwrap_or("cannot be shown")
        ),
        State::Unknown => {
            format!("`{key}` is not a text of the dataset (misspelt, or the text was removed)")
        }
        State::Translated => format!("`{key}` is translated"),
    }
}

/// The first 40 characters of the English, on one line.
fn excerpt(text: &str) -> String {
    let short: String = text.chars().take(40).collect();
    let more = if text.chars().count() > 40 { "…" } else { "" };
    format!("{}{more}", one_line(&short))
}

/// The 1-based line where `needle` first occurs in `text`.
fn line_of(text: &str, needle: &str) -> Option<usize> {
    text.find(needle)
        .map(|at| text.get(..at).map_or(0, |t| t.matches('\n').count()) + 1)
}
