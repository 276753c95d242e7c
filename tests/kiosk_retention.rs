//! `kiosk --keep-days N`: summaries older than N days are deleted when the
//! kiosk starts (and hourly, by the same purge), before any patient sees it.

mod common;
mod desk;

use std::time::Duration;

use common::{signal, Pty};

#[test]
fn old_summaries_are_gone_by_the_time_the_kiosk_shows() {
    let dir = desk::folder("retention");
    desk::put(&dir, "OLDER", &desk::days_ago(8));
    desk::put(&dir, "NEWER", &desk::days_ago(6));
    let mut p = Pty::spawn(
        &[
            "kiosk",
            "--export-dir",
            dir.to_str().unwrap(),
            "--keep-days",
            "7",
        ],
        &[("SCARGUIDE_STAFF_PIN", "2468")],
    );
    p.wait_text("[ Start ]");
    assert!(!dir.join("OLDER.md").exists() && !dir.join("OLDER.json").exists());
    assert!(dir.join("NEWER.md").exists() && dir.join("NEWER.json").exists());
    signal(p.pid(), "-TERM");
    p.wait_exit(Duration::from_secs(5));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn keep_days_is_documented_and_checked() {
    let help = std::process::Command::new(desk::BIN)
        .args(["kiosk", "--help"])
        .output()
        .unwrap();
    let help = String::from_utf8_lossy(&help.stdout);
    assert!(
        help.contains("--keep-days <N>") && help.contains("[default: 30]"),
        "{help}"
    );
    let out = std::process::Command::new(desk::BIN)
        .args(["kiosk", "--keep-days", "0"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}
