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

/// A warning when the content is past its review-by date (`today` as
/// YYYY-MM-DD; ISO dates order as text). No date set is not overdue.
pub fn overdue(meta: &super::schema::Meta, today: &str) -> Option<String> {
    let by = meta.review_by.as_str();
    (by.len() == 10 && today.len() == 10 && by < today).then(|| {
        format!("the review-by date {by} has passed: have a clinician review the content and set a new date")
    })
}

#[cfg(test)]
mod overdue_tests {
    use super::*;
    use crate::dataset::schema::Meta;

    fn meta(by: &str) -> Meta {
        Meta {
            title: "T".into(),
            version: "1".into(),
            reviewed: "2026-01-01".into(),
            disclaimer: "D".into(),
            reviewers: vec![],
            review_by: by.into(),
            authors: vec![],
            funding: String::new(),
            conflicts_of_interest: String::new(),
            published: String::new(),
            update_policy: String::new(),
            translated: None,
        }
    }

    #[test]
    fn warns_only_after_the_date() {
        assert!(overdue(&meta("2027-01-01"), "2027-01-02").is_some());
        assert!(overdue(&meta("2027-01-01"), "2027-01-01").is_none());
        assert!(overdue(&meta("2027-01-01"), "2026-12-31").is_none());
        assert!(overdue(&meta(""), "2027-01-02").is_none());
    }
}
