//! The language of a run, chosen once before any command: `--lang`, else
//! the locale. Clinician commands (check, audit, diff, rules, cases) speak
//! English, the language the dataset is written and signed in.

use crate::i18n::{self, Lang};

/// The language asked for, set as the thread's; None when neither
/// `--lang` nor the locale names a shipped language (English is spoken
/// until the person chooses). Err(2) after saying why for an unknown code.
pub fn language(given: Option<&str>) -> Result<Option<Lang>, i32> {
    let lang = match given {
        Some(code) => match i18n::parse(code) {
            Some(l) => Some(l),
            None => {
                crate::say!(
                    "scarguide: --lang {code}: no such language here; choose one of {}",
                    shipped_list()
                );
                return Err(2);
            }
        },
        None => i18n::from_env(),
    };
    i18n::set(lang.unwrap_or(Lang::ENGLISH));
    Ok(lang)
}

/// "en (English), es (Español)".
pub fn shipped_list() -> String {
    Lang::all()
        .map(|l| format!("{} ({})", l.code(), l.name()))
        .collect::<Vec<_>>()
        .join(", ")
}
