//! Where translations are: built into the program for the built-in
//! dataset, and beside a dataset file (`consultation.es.ron` beside
//! `consultation.ron`) for any other.

use std::path::{Path, PathBuf};

use super::{file_name, valid_code};
use crate::dataset::load::{self, LoadError};

/// The translations built into the program: (language code, file text),
/// every `assets/consultation.<code>.ron` of a shipped language (build.rs).
pub fn shipped() -> Vec<(&'static str, &'static str)> {
    crate::i18n::SHIPPED
        .iter()
        .filter_map(|s| Some((s.code, s.content?)))
        .collect()
}

/// A translation file found for a dataset, read but not yet parsed.
#[derive(Debug, Clone)]
pub struct Found {
    pub lang: String,
    /// The name to show in messages: its path, or `<embedded …>`.
    pub name: String,
    pub text: Result<String, LoadError>,
}

impl Found {
    /// The file parsed, or check's message for why it cannot be used.
    pub fn parse(&self) -> Result<super::Translation, String> {
        let text = self.text.as_ref().map_err(ToString::to_string)?;
        super::parse(&self.name, text).map_err(|e| e.to_string())
    }
}

fn embedded(lang: &str, text: &str) -> Found {
    Found {
        lang: lang.to_string(),
        name: format!("<embedded {}>", file_name("consultation", lang)),
        text: Ok(text.to_string()),
    }
}

fn on_disk(lang: &str, path: &Path) -> Found {
    Found {
        lang: lang.to_string(),
        name: path.display().to_string(),
        text: load::read_text(path),
    }
}

/// The folder and file stem of a dataset path ("assets", "consultation").
fn folder_and_stem(data: &Path) -> (PathBuf, String) {
    let folder = match data.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let stem = data
        .file_stem()
        .map_or(String::new(), |s| s.to_string_lossy().into_owned());
    (folder, stem)
}

/// Every translation of the dataset, by language code: the shipped ones
/// for the built-in dataset (`data` None); for a file, each
/// `<stem>.<lang>.ron` in its folder. A folder that cannot be listed has
/// none.
pub fn beside(data: Option<&Path>) -> Vec<Found> {
    let Some(data) = data else {
        return shipped().iter().map(|(l, t)| embedded(l, t)).collect();
    };
    let (folder, stem) = folder_and_stem(data);
    let prefix = format!("{stem}.");
    let Ok(entries) = std::fs::read_dir(&folder) else {
        return Vec::new();
    };
    let mut found: Vec<(String, PathBuf)> = entries
        .filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let lang = name.strip_prefix(&prefix)?.strip_suffix(".ron")?;
            valid_code(lang).then(|| (lang.to_string(), e.path()))
        })
        .collect();
    found.sort();
    found.iter().map(|(l, p)| on_disk(l, p)).collect()
}

/// One language's translation of the dataset, if it has one: where
/// [`beside`] would find it. `Err` only when the file exists but cannot
/// be read.
pub fn find(data: Option<&Path>, lang: &str) -> Option<Found> {
    match data {
        None => shipped()
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(l, t)| embedded(l, t)),
        Some(data) => {
            let (folder, stem) = folder_and_stem(data);
            let path = folder.join(file_name(&stem, lang));
            path.exists().then(|| on_disk(lang, &path))
        }
    }
}
