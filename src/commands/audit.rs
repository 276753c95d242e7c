//! `scarguide audit`: every guard proved over every complete answer set,
//! and the content that never takes effect. Exit 1 on a broken guard.
//! `check` runs the same proofs through [`for_check`].

use std::borrow::Cow;
use std::path::Path;

use crate::audit::{self, findings, json, text, Audit};
use crate::cli::AuditFormat;
use crate::dataset::{self, load, Dataset, Severity};

/// The dataset's text, for the lines of guards and rules: read again, as
/// `rules` and `cases` do, since it was read and checked a moment ago. If
/// that fails now, messages simply have no line.
fn source(path: Option<&Path>) -> Cow<'static, str> {
    match path {
        None => Cow::Borrowed(dataset::EMBEDDED),
        Some(p) => load::read_text(p).map_or(Cow::Borrowed(""), Cow::Owned),
    }
}

pub fn audit(path: Option<&Path>, format: AuditFormat) -> i32 {
    // Loaded, and a bad file refused, exactly as by every command.
    let Some(checked) = super::load_or_report(path) else {
        return 1;
    };
    let data = &checked.dataset;
    let name = super::dataset_name(path);
    let result = match audit::run(data) {
        Ok(a) => a,
        Err(e) => {
            crate::say!("{name}: error: the guards cannot be proved: {e}");
            return 1;
        }
    };
    let text = source(path);
    let out = match format {
        AuditFormat::Text => text::render(data, &name, &text, &result),
        AuditFormat::Json => json::render(data, &text, &result),
    };
    let written = super::write_stdout(&out);
    if result.broken().next().is_some() {
        1
    } else {
        written
    }
}

/// What the guards added to `check`.
pub struct ForCheck {
    pub errors: usize,
    pub warnings: usize,
    /// (guards, complete answer sets) when they were proved.
    pub proved: Option<(usize, u128)>,
}

/// Proves the guards of a dataset `check` accepted, printing a broken
/// guard as an error at its line and each `treatment` effect a `limit`
/// always caps as a warning.
pub fn for_check(path: Option<&Path>, data: &Dataset) -> ForCheck {
    let name = super::dataset_name(path);
    let (problems, proved) = match audit::run(data) {
        Ok(a) => {
            let problems = findings::problems(data, &a, &source(path));
            (problems, proved(data, &a))
        }
        Err(e) => (vec![findings::space_problem(&e)], None),
    };
    for p in &problems {
        crate::say!("{}", p.display(&name));
    }
    let errors = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    ForCheck {
        errors,
        warnings: problems.len() - errors,
        proved,
    }
}

fn proved(data: &Dataset, a: &Audit) -> Option<(usize, u128)> {
    (a.broken().next().is_none()).then_some((data.guards.len(), a.answer_sets))
}
