//! `check`'s editorial review: warnings about how the content reads and
//! what it cites, on top of validation. Kept apart from `validate`, which
//! runs at every start-up where warnings are not shown: grading every
//! text costs more than the rest of validation together.

use super::locate::SourceMap;
use super::schema::Dataset;
use super::validate::Problem;
use super::{readability, references};

/// Reference and reading-grade warnings for `data`, parsed from `text`,
/// with their lines. The text is scanned only when there is a warning.
pub fn problems(data: &Dataset, text: &str) -> Vec<Problem> {
    let mut found = references::warnings(data);
    found.extend(readability::warnings(data));
    if found.is_empty() {
        return Vec::new();
    }
    let map = SourceMap::scan(text);
    found
        .into_iter()
        .map(|(severity, path, message)| Problem {
            severity,
            line: map.line_within(&path),
            message,
        })
        .collect()
}
