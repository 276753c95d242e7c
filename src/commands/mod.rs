//! What each subcommand does. Each returns the process exit status.

mod audit;
mod cases;
mod check;
mod diff;
pub mod fhir;
mod kiosk;
mod plain;
mod report;
mod rules;

pub use audit::audit;
pub use cases::cases;
pub use check::check;
pub use diff::diff;
pub use kiosk::kiosk;
pub use plain::plain;
pub use report::report;
pub use rules::rules;

use std::io::Write;
use std::path::Path;

use crate::dataset::{self, Checked, Dataset};

/// The dataset's name in messages: its path, or the embedded one's name.
pub fn dataset_name(path: Option<&Path>) -> String {
    path.map_or(dataset::EMBEDDED_NAME.to_string(), |p| {
        p.display().to_string()
    })
}

/// Loads and validates a dataset exactly as `scarguide check` does and,
/// when it cannot be used, prints check's messages for it on stderr and
/// returns None (the caller then exits with 1). The messages are check's
/// own: a read or syntax error with `FILE:LINE:COL`, its line and a caret;
/// or every validation error as `FILE:LINE: error: …`, then a count and
/// where to see the warnings too. Warnings alone do not stop a command and
/// are not printed here (they are check's to show); they stay in the
/// returned [`Checked`] for a command that wants them.
///
/// Every command that reads a dataset calls this (report, plain and the
/// app through [`load_dataset`]; audit, diff, rules and cases directly),
/// so each refuses a bad file the same way, with no panic.
pub fn load_or_report(path: Option<&Path>) -> Option<Checked> {
    load_and_print(path, Mode::Use)
}

/// `scarguide check`'s loading: the editorial review too, and every
/// problem printed, warnings included.
fn check_and_print(path: Option<&Path>) -> Option<Checked> {
    load_and_print(path, Mode::Check)
}

/// [`load_or_report`] for commands that need only the dataset.
pub fn load_dataset(path: Option<&Path>) -> Option<Dataset> {
    load_or_report(path).map(|c| c.dataset)
}

/// Check runs the editorial review too and shows every problem; other
/// commands show only what stops them.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Check,
    Use,
}

/// The one place dataset problems are printed, for check and the rest.
fn load_and_print(path: Option<&Path>, mode: Mode) -> Option<Checked> {
    let name = dataset_name(path);
    let loaded = match mode {
        Mode::Check => dataset::review_file(path),
        Mode::Use => dataset::check_file(path),
    };
    let checked = match loaded {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{e}");
            return None;
        }
    };
    for p in &checked.problems {
        if mode == Mode::Check || p.severity == dataset::Severity::Error {
            eprintln!("{}", p.display(&name));
        }
    }
    let errors = checked.errors().count();
    if errors == 0 {
        return Some(checked);
    }
    let warnings = checked.problems.len() - errors;
    let counts = format!(
        "{name}: {errors} error{}, {warnings} warning{}",
        plural(errors),
        plural(warnings)
    );
    match (mode, path) {
        (Mode::Check, _) => eprintln!("{counts}"),
        (Mode::Use, Some(p)) => eprintln!(
            "{counts}; `scarguide check --data {}` lists them all",
            p.display()
        ),
        (Mode::Use, None) => eprintln!("{counts}; `scarguide check` lists them all"),
    }
    None
}

pub(crate) fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// The source map of the dataset text (for rule lines) and the name to
/// show for the file. The file was read and validated moments before; if
/// it cannot be read again, lines are simply left out.
pub fn source_map(path: Option<&Path>) -> (dataset::SourceMap, String) {
    match path {
        // The embedded copy is assets/consultation.ron as it was built.
        None => (
            dataset::SourceMap::scan(dataset::EMBEDDED),
            "assets/consultation.ron (the copy built into this program)".to_string(),
        ),
        Some(p) => (
            dataset::load::read_text(p)
                .map(|t| dataset::SourceMap::scan(&t))
                .unwrap_or_default(),
            p.display().to_string(),
        ),
    }
}

/// Writes to stdout; a closed pipe (`| head`) is not an error worth a panic.
pub fn write_stdout(text: &str) -> i32 {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => 0,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => 0,
        Err(e) => {
            eprintln!("scarguide: cannot write the output: {e}");
            1
        }
    }
}

/// NO_COLOR set to anything but the empty string turns colour off.
pub fn no_color() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

/// Today's date in the local time zone, YYYY-MM-DD.
pub fn today() -> String {
    jiff::Zoned::now().date().to_string()
}
