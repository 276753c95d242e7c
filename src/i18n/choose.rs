//! Which language to speak: `--lang es`, or the locale of a self-guided
//! session (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG`, as gettext reads
//! them). A kiosk and the welcome screen also let the person choose.

use super::{pseudo, Lang};

/// A language code or locale ("es", "es-MX", "es_ES.UTF-8") as a shipped
/// language, or None when none of that language is shipped.
pub fn parse(code: &str) -> Option<Lang> {
    let code = code.split(['.', '@']).next().unwrap_or("");
    let code = code.replace('_', "-").to_ascii_lowercase();
    if code == pseudo::CODE.to_ascii_lowercase() {
        return Some(Lang::PSEUDO);
    }
    let primary = code.split('-').next().unwrap_or("");
    Lang::all().find(|l| l.code().eq_ignore_ascii_case(&code) || l.code() == primary)
}

/// The language the environment asks for, if it asks for a shipped one.
/// "C" and "POSIX" ask for none: the person is then asked (plain mode) or
/// shown the list (the welcome screen).
pub fn from_env() -> Option<Lang> {
    let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    let locale = var("LC_ALL")
        .or_else(|| var("LC_MESSAGES"))
        .or_else(|| var("LANG"))?;
    let code = locale.split(['.', '@']).next().unwrap_or("");
    if code == "C" || code == "POSIX" {
        return None;
    }
    // GNU's LANGUAGE: a list of preferences, read when a locale is set.
    let preferred = var("LANGUAGE").and_then(|list| list.split(':').find_map(parse));
    preferred.or_else(|| parse(&locale))
}
