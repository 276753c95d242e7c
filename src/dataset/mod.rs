//! The consultation dataset: its schema, loading with positions, validation.

pub mod decision;
pub mod excerpt;
pub mod fingerprint;
pub mod hint;
pub mod invisible;
pub mod load;
pub mod localized;
pub mod locate;
pub mod open;
pub mod parse_error;
pub mod readability;
pub mod references;
pub mod review;
pub mod schema;
pub mod translation;
pub mod validate;

use std::path::Path;

pub use load::LoadError;
pub use locate::SourceMap;
pub use schema::*;
pub use validate::{Problem, Severity};

/// The dataset shipped inside the binary, so it runs from any folder.
pub const EMBEDDED: &str = include_str!("../../assets/consultation.ron");
pub const EMBEDDED_NAME: &str = "<embedded consultation.ron>";
/// The same dataset parsed at build time (build.rs); empty if it did not parse.
const EMBEDDED_COMPILED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/consultation.postcard"));

/// A parsed dataset with the problems validation found in it.
#[derive(Debug)]
pub struct Checked {
    pub dataset: Dataset,
    pub problems: Vec<Problem>,
}

impl Checked {
    pub fn errors(&self) -> impl Iterator<Item = &Problem> {
        self.problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
    }

    pub fn has_errors(&self) -> bool {
        self.errors().next().is_some()
    }
}

/// Parses and validates dataset text. A parse error stops here; validation
/// problems are returned all together.
pub fn check_text(name: &str, text: &str) -> Result<Checked, LoadError> {
    let dataset: Dataset = load::parse_dataset(name, text)?;
    let problems = validate::validate(&dataset, text);
    Ok(Checked { dataset, problems })
}

/// Reads a dataset file (or the embedded one when `path` is None).
pub fn check_file(path: Option<&Path>) -> Result<Checked, LoadError> {
    match path {
        None => embedded(),
        Some(p) => {
            let text = load::read_text(p)?;
            check_text(&p.display().to_string(), &text)
        }
    }
}

/// `check_text` plus the editorial review (references, reading grade)
/// that `scarguide check` shows.
pub fn review_text(name: &str, text: &str) -> Result<Checked, LoadError> {
    let mut checked = check_text(name, text)?;
    add_review(&mut checked, text);
    Ok(checked)
}

/// `check_file` plus the editorial review, for `scarguide check`.
pub fn review_file(path: Option<&Path>) -> Result<Checked, LoadError> {
    match path {
        None => {
            let mut checked = embedded()?;
            add_review(&mut checked, EMBEDDED);
            Ok(checked)
        }
        Some(p) => review_text(&p.display().to_string(), &load::read_text(p)?),
    }
}

/// Adds the review's warnings, kept in validation's order: errors, then
/// warnings, each by line, those without a line last.
fn add_review(checked: &mut Checked, text: &str) {
    checked
        .problems
        .extend(review::problems(&checked.dataset, text));
    checked
        .problems
        .sort_by_key(|p| (p.severity, p.line.unwrap_or(usize::MAX)));
}

/// The embedded dataset: read back from its build-time parse, validated
/// like any other. Falls back to parsing the text, whose error then has a
/// position, if the build could not parse it.
pub fn embedded() -> Result<Checked, LoadError> {
    match postcard::from_bytes::<Dataset>(EMBEDDED_COMPILED) {
        Ok(dataset) => {
            let problems = validate::validate(&dataset, EMBEDDED);
            Ok(Checked { dataset, problems })
        }
        Err(_) => check_text(EMBEDDED_NAME, EMBEDDED),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_build_time_parse_is_the_text_parsed_now() {
        assert!(!EMBEDDED_COMPILED.is_empty(), "build.rs parsed the dataset");
        let compiled = embedded().unwrap();
        let parsed = check_text(EMBEDDED_NAME, EMBEDDED).unwrap();
        assert_eq!(compiled.dataset, parsed.dataset);
        assert_eq!(compiled.problems, parsed.problems);
    }
}
