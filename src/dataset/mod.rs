//! The consultation dataset: its schema, loading with positions, validation.

pub mod load;
pub mod locate;
pub mod schema;
pub mod validate;

use std::path::Path;

pub use load::LoadError;
pub use locate::SourceMap;
pub use schema::*;
pub use validate::{Problem, Severity};

/// The dataset shipped inside the binary, so it runs from any folder.
pub const EMBEDDED: &str = include_str!("../../assets/consultation.ron");
pub const EMBEDDED_NAME: &str = "<embedded consultation.ron>";

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
    let dataset: Dataset = load::parse_ron(name, text)?;
    let problems = validate::validate(&dataset, text);
    Ok(Checked { dataset, problems })
}

/// Reads a dataset file (or the embedded one when `path` is None).
pub fn check_file(path: Option<&Path>) -> Result<Checked, LoadError> {
    match path {
        None => check_text(EMBEDDED_NAME, EMBEDDED),
        Some(p) => {
            let text = load::read_text(p)?;
            check_text(&p.display().to_string(), &text)
        }
    }
}
