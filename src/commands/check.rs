use std::path::Path;

use super::plural;
use crate::dataset::{readability, Severity};

/// Validates and reviews a dataset, printing every problem (through the
/// loading shared with the other commands) and, when there are no errors,
/// a one-line summary.
pub fn check(path: Option<&Path>) -> i32 {
    let name = super::dataset_name(path);
    let Some(checked) = super::check_and_print(path) else {
        return 1;
    };
    let mut warnings = checked.problems.len();
    // The guards, proved over every complete answer set (well under a
    // second in release), once nothing else is wrong.
    let guards = super::audit::for_check(path, &checked.dataset);
    // The clinician cases that go with this dataset, if there are any.
    let cases = super::cases::for_check(path, &checked.dataset);
    if guards.errors > 0 {
        crate::say!(
            "{name}: {} broken guard{}",
            guards.errors,
            plural(guards.errors)
        );
    }
    if cases.errors > 0 {
        let failing = cases.passed.map_or(String::new(), |(passed, total)| {
            format!(" ({} of {total} cases fail)", total - passed)
        });
        crate::say!(
            "{}: {} error{}{failing}",
            cases.name.as_deref().unwrap_or("cases"),
            cases.errors,
            plural(cases.errors)
        );
    }
    if guards.errors > 0 || cases.errors > 0 {
        return 1;
    }
    warnings += guards.warnings + cases.warnings;
    // Dates are compared here, not in validation, which has no clock.
    if let Some(w) = crate::dataset::review::overdue(&checked.dataset.meta, &crate::output::today())
    {
        crate::say!("{name}: warning: {w}");
        warnings += 1;
    }
    // Not an error: the interview works; only the FHIR outputs refuse it.
    for r in crate::fhir::inexpressible(&checked.dataset) {
        crate::say!("{name}: warning: {r}; `scarguide fhir` refuses this dataset");
        warnings += 1;
    }
    // The translations that go with this dataset: the built-in ones, or
    // consultation.<lang>.ron beside the file.
    let translations = super::translation::for_check(path, &checked.dataset);
    if translations.errors > 0 {
        crate::say!(
            "{name}: {} error{} in its translations",
            translations.errors,
            plural(translations.errors)
        );
        return 1;
    }
    warnings += translations.warnings;
    let guards_line = match guards.proved {
        Some((n, sets)) if n > 0 => format!(
            "; {n} guard{} proved over {} complete answer sets",
            plural(n),
            crate::audit::findings::thousands(sets)
        ),
        _ => String::new(),
    };
    let cases_line = cases.passed.map_or(String::new(), |(passed, _)| {
        format!("; {passed} clinician case{} pass", plural(passed))
    });
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
    let line = format!(
        "{name}: ok: \"{}\" version {} (reviewed {}): {} questions ({} options), {} treatments, {} caveats, {} notes, {} rules, {} conflicts, {} references{grades}{guards_line}{cases_line}{}",
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
    // `check > /dev/full` is an error (1), a closed pipe is not.
    super::write_stdout(&format!("{line}\n"))
}
