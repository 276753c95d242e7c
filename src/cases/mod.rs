//! Clinician cases: named answer sets with the advice a clinician expects
//! for them, written in the demand vocabulary (`advice::demand`). They pin
//! down what matters for real profiles (the example answers files and the
//! hard combinations), so an edit to the rules that changes that advice
//! fails `scarguide cases` and `scarguide check`, naming the rules behind
//! the advice it got instead.
//!
//! - `file`: the cases file (RON), parsed and checked with lines;
//! - `run`: each case through `evaluate`, and what failed;
//! - `origin`: which rules produced (or could produce) an item.

pub mod file;
pub mod origin;
pub mod run;
mod suggest;

use std::path::{Path, PathBuf};

use crate::dataset::{load, Demand, LoadError};
use crate::interview::Answers;

pub use file::CasesFile;
pub use run::{run, Failure, Verdict};

/// The shipped cases, checked against the embedded dataset.
pub const EMBEDDED: &str = include_str!("../../assets/cases.ron");
pub const EMBEDDED_NAME: &str = "<embedded cases.ron>";
/// The example answers files the embedded cases refer to, as
/// ("examples/NAME.ron", text), listed by build.rs.
pub const EMBEDDED_EXAMPLES: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/examples.rs"));

/// One case as checked: its answers and expectations, with lines in the
/// cases file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Case {
    pub name: String,
    /// The line where the case starts.
    pub line: Option<usize>,
    /// The answers that count (answers to hidden questions dropped).
    pub answers: Answers,
    /// The example answers file the answers come from, as written.
    pub example: Option<String>,
    pub expect: Vec<Expectation>,
    pub why: String,
}

/// One demand of a case, with its line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expectation {
    pub demand: Demand,
    pub line: Option<usize>,
}

/// Where a cases file is: built into the program, or on disk. Example paths
/// in it are relative to its folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    Embedded,
    File(PathBuf),
}

impl Location {
    /// The cases that go with a dataset: the embedded ones for the embedded
    /// dataset, `cases.ron` in the same folder for a dataset file.
    pub fn beside(data: Option<&Path>) -> Location {
        match data {
            None => Location::Embedded,
            Some(p) => Location::File(
                p.parent()
                    .map_or_else(PathBuf::new, Path::to_path_buf)
                    .join("cases.ron"),
            ),
        }
    }

    /// The name used in messages (`assets/cases.ron:12: …`).
    pub fn name(&self) -> String {
        match self {
            Location::Embedded => EMBEDDED_NAME.to_string(),
            Location::File(p) => p.display().to_string(),
        }
    }

    /// Whether there is a file to read (the embedded one always exists).
    pub fn exists(&self) -> bool {
        match self {
            Location::Embedded => true,
            Location::File(p) => p.is_file(),
        }
    }

    /// The text of the cases file.
    pub fn read(&self) -> Result<String, LoadError> {
        match self {
            Location::Embedded => Ok(EMBEDDED.to_string()),
            Location::File(p) => load::read_text(p),
        }
    }

    /// Reads an example answers file named in the cases file: its display
    /// name and text.
    pub fn example(&self, path: &str) -> Result<(String, String), String> {
        match self {
            Location::Embedded => {
                let wanted = path.strip_prefix("./").unwrap_or(path);
                EMBEDDED_EXAMPLES
                    .iter()
                    .find(|(name, _)| *name == wanted)
                    .map(|(name, text)| (format!("<embedded {name}>"), (*text).to_string()))
                    .ok_or_else(|| {
                        let known: Vec<&str> = EMBEDDED_EXAMPLES.iter().map(|(n, _)| *n).collect();
                        format!(
                            "is not built into the program (built in: {})",
                            known.join(", ")
                        )
                    })
            }
            Location::File(cases) => {
                let full = cases
                    .parent()
                    .map_or_else(|| PathBuf::from(path), |dir| dir.join(path));
                let text = load::read_text(&full).map_err(|e| format!("cannot be read: {e}"))?;
                Ok((full.display().to_string(), text))
            }
        }
    }

    /// Reads and checks the cases file against a dataset.
    pub fn load(&self, data: &crate::dataset::Dataset) -> Result<CasesFile, LoadError> {
        let text = self.read()?;
        file::parse(&self.name(), &text, data, &|p| self.example(p))
    }
}

#[cfg(test)]
mod tests;
