//! `scarguide audit`: every guard proved over every complete answer set,
//! and the content that never takes effect. Exit 1 on a broken guard.

use std::path::Path;

use crate::audit::{self, json, text};
use crate::cli::AuditFormat;

pub fn audit(path: Option<&Path>, format: AuditFormat) -> i32 {
    // Loaded and refused exactly as `check` does.
    let Some(src) = super::check::read_valid(path) else {
        return 1;
    };
    let data = &src.checked.dataset;
    let result = match audit::run(data) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{}: error: the guards cannot be proved: {e}", src.name);
            return 1;
        }
    };
    let out = match format {
        AuditFormat::Text => text::render(data, &src.name, &src.text, &result),
        AuditFormat::Json => json::render(data, &src.text, &result),
    };
    let written = super::write_stdout(&out);
    if result.broken().next().is_some() {
        1
    } else {
        written
    }
}
