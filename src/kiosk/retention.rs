//! Keeping summaries no longer than needed: the kiosk deletes those older
//! than `--keep-days` when it starts and then every hour while it runs.
//! A background thread does the hourly part, so the full-screen loop
//! needs no timer for it.

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::desk::Folder;

pub const EVERY: Duration = Duration::from_secs(3600);

/// Deletes now; the codes deleted, or why the folder could not be read.
/// A summary that cannot be deleted is named in the error.
pub fn purge_now(dir: &Path, keep_days: u32) -> Result<Vec<String>, String> {
    let purged = Folder::new(dir).purge(keep_days, jiff::Timestamp::now())?;
    match purged.failed.first() {
        None => Ok(purged.deleted),
        Some((code, why)) => Err(format!("{code}: {why}")),
    }
}

/// Purges every [`EVERY`] for as long as the process lives. Failures are
/// silent here (the screen belongs to the patient); the next start says them.
pub fn every_hour(dir: &Path, keep_days: u32) {
    let dir: PathBuf = dir.to_path_buf();
    let spawned = std::thread::Builder::new()
        .name("retention".into())
        .spawn(move || loop {
            std::thread::sleep(EVERY);
            let _ = purge_now(&dir, keep_days);
        });
    // Without the thread the start-up purge still happened.
    drop(spawned);
}
