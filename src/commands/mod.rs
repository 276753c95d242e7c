//! What each subcommand does. Each returns the process exit status.

mod check;
mod diff;
mod kiosk;
mod plain;
mod report;

pub use check::check;
pub use diff::diff;
pub use kiosk::kiosk;
pub use plain::plain;
pub use report::report;

use std::io::Write;
use std::path::Path;

use crate::dataset::{self, Dataset};

/// Loads and validates the dataset for commands that use it. On errors,
/// prints them (with a hint to run `check`) and returns None.
pub fn load_dataset(path: Option<&Path>) -> Option<Dataset> {
    let name = path.map_or(dataset::EMBEDDED_NAME.to_string(), |p| {
        p.display().to_string()
    });
    match dataset::check_file(path) {
        Err(e) => {
            eprintln!("scarguide: {e}");
            None
        }
        Ok(checked) if checked.has_errors() => {
            for p in checked.errors() {
                eprintln!("{}", p.display(&name));
            }
            eprintln!(
                "scarguide: the dataset has errors; `scarguide check --data {name}` lists them all"
            );
            None
        }
        Ok(checked) => Some(checked.dataset),
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
