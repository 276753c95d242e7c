use std::borrow::Cow;
use std::path::Path;

use crate::audit::{self, findings};
use crate::dataset::{self, load, readability, Checked, LoadError, Severity};

/// A dataset as `check` reads it: its name for messages, its text (for
/// lines) and what validation and the editorial review found.
pub(super) struct Source {
    pub name: String,
    pub text: Cow<'static, str>,
    pub checked: Checked,
}

fn read(path: Option<&Path>) -> Result<Source, LoadError> {
    let (name, text) = match path {
        None => (
            dataset::EMBEDDED_NAME.to_string(),
            Cow::Borrowed(dataset::EMBEDDED),
        ),
        Some(p) => (p.display().to_string(), Cow::Owned(load::read_text(p)?)),
    };
    let checked = dataset::review_text(&name, &text)?;
    Ok(Source {
        name,
        text,
        checked,
    })
}

/// Reads a dataset for `audit` exactly as `check` does: a file that
/// cannot be read or parsed, or that has errors, is reported in check's
/// words (every problem, then the counts) and gives None.
pub(super) fn read_valid(path: Option<&Path>) -> Option<Source> {
    match read(path) {
        Err(e) => {
            eprintln!("{e}");
            None
        }
        Ok(src) if src.checked.has_errors() => {
            print_problems(&src);
            None
        }
        Ok(src) => Some(src),
    }
}

/// Every problem, then "N errors, M warnings" when there are errors.
fn print_problems(src: &Source) {
    let checked = &src.checked;
    for p in &checked.problems {
        eprintln!("{}", p.display(&src.name));
    }
    let errors = checked.errors().count();
    let warnings = checked.problems.len() - errors;
    if errors > 0 {
        eprintln!(
            "{}: {errors} error{}, {warnings} warning{}",
            src.name,
            plural(errors),
            plural(warnings)
        );
    }
}

pub fn check(path: Option<&Path>) -> i32 {
    let mut src = match read(path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{e}");
            return 1;
        }
    };
    // The guards are proved once nothing else is wrong: a dataset with
    // unknown ids or duplicates has no well-defined answer sets.
    let mut proved = None;
    if !src.checked.has_errors() {
        let d = &src.checked.dataset;
        let found = match audit::run(d) {
            Ok(a) => {
                proved = Some((d.guards.len(), a.answer_sets));
                findings::problems(d, &a, &src.text)
            }
            Err(e) => vec![findings::space_problem(&e)],
        };
        let problems = &mut src.checked.problems;
        problems.extend(found);
        problems.sort_by_key(|p| (p.severity, p.line.unwrap_or(usize::MAX)));
    }
    print_problems(&src);
    let checked = &src.checked;
    let name = &src.name;
    let errors = checked.errors().count();
    let warnings = checked.problems.len() - errors;
    if errors > 0 {
        return 1;
    }
    let d = &checked.dataset;
    let options: usize = d.questions.iter().map(|q| q.options.len()).sum();
    // The figures the reviewer compares with textstat's (see readability).
    let grades = readability::summary(&readability::grades(d)).map_or(String::new(), |s| {
        format!(
            "; reading grade: mean {:.1}, highest {:.1}",
            readability::rounded(s.mean),
            readability::rounded(s.highest)
        )
    });
    let guards = match proved {
        Some((n, sets)) if n > 0 => format!(
            "; {n} guard{} proved over {} complete answer sets",
            plural(n),
            findings::thousands(sets)
        ),
        _ => String::new(),
    };
    println!(
        "{name}: ok: \"{}\" version {} (reviewed {}): {} questions ({} options), {} treatments, {} caveats, {} notes, {} rules, {} conflicts, {} references{grades}{}{guards}",
        d.meta.title,
        d.meta.version,
        d.meta.reviewed,
        d.questions.len(),
        options,
        d.treatments.len(),
        d.caveats.len(),
        d.notes.len(),
        d.rules.len(),
        d.conflicts.len(),
        d.references.len(),
        if warnings > 0 {
            format!("; {warnings} warning{}", plural(warnings))
        } else {
            String::new()
        }
    );
    debug_assert!(checked
        .problems
        .iter()
        .all(|p| p.severity == Severity::Warning));
    0
}

pub(super) fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
