//! `scarguide diff OLD NEW`: loads both files as `check` does, compares
//! them over every answer set, prints text or JSON.

use std::path::Path;

use crate::cli::DiffFormat;
use crate::dataset::Dataset;
use crate::diff::{self, render};

/// Threads for counting: the machine's cores, at most a few (items are
/// few and the work per item uneven).
fn workers() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get().min(4))
}

pub fn diff(old_path: &Path, new_path: &Path, format: DiffFormat) -> i32 {
    let (Some(old), Some(new)) = (load(old_path), load(new_path)) else {
        return 1;
    };
    let result = match diff::diff(&old, &new, workers()) {
        Ok(d) => d,
        Err(e) => {
            crate::say!(
                "scarguide diff: {} and {}: {e}",
                old_path.display(),
                new_path.display()
            );
            return 1;
        }
    };
    let (old_name, new_name) = (
        old_path.display().to_string(),
        new_path.display().to_string(),
    );
    let o = render::Named {
        file: &old_name,
        meta: &old.meta,
    };
    let n = render::Named {
        file: &new_name,
        meta: &new.meta,
    };
    let out = match format {
        DiffFormat::Text => render::text(&o, &n, &result),
        DiffFormat::Json => render::json(&o, &n, &result),
    };
    super::write_stdout(&out)
}

/// Loads and validates one file exactly as `check` does, with check's
/// messages for a bad one (the shared loader).
fn load(path: &Path) -> Option<Dataset> {
    super::load_dataset(Some(path))
}
