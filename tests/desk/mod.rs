//! Helpers for the desk's tests: an export folder holding summaries as
//! the kiosk writes them (the real handout and report, stamped).
#![allow(dead_code)] // each test binary uses a part of it

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::SystemTime;

pub const BIN: &str = env!("CARGO_BIN_EXE_scarguide");

pub fn folder(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("scarguide-desk-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn report(format: &str) -> String {
    let out = Command::new(BIN)
        .args([
            "report",
            "--answers",
            "tests/fixtures/answers_full.ron",
            "--format",
            format,
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

/// A summary under `code` written at `created` (RFC 3339).
pub fn put(dir: &Path, code: &str, created: &str) {
    let md = report("markdown").replacen(
        "\n\n",
        &format!("\n\n**Reference code: {code}** · written {created}\n\n"),
        1,
    );
    let mut json: serde_json::Value = serde_json::from_str(&report("json")).unwrap();
    json["code"] = code.into();
    json["created"] = created.into();
    std::fs::write(dir.join(format!("{code}.md")), md).unwrap();
    std::fs::write(dir.join(format!("{code}.json")), json.to_string()).unwrap();
}

/// `scarguide summaries --export-dir DIR ARGS…` with `envs` set.
pub fn run(dir: &Path, args: &[&str], envs: &[(&str, &str)]) -> Output {
    Command::new(BIN)
        .args(["summaries", "--export-dir", dir.to_str().unwrap()])
        .args(args)
        .envs(envs.iter().copied())
        .output()
        .unwrap()
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// An RFC 3339 time `days` days ago.
pub fn days_ago(days: i64) -> String {
    let t = jiff::Timestamp::now() - jiff::SignedDuration::from_hours(24 * days);
    t.strftime("%Y-%m-%dT%H:%M:%S+00:00").to_string()
}

// The PDF printer of .ci/cups-setup, for the printing tests.

pub const QUEUE: &str = "PDF";

/// Why the PDF printer cannot be used here, if it cannot.
pub fn unavailable() -> Option<String> {
    let ok = |cmd: &str, args: &[&str]| {
        Command::new(cmd)
            .args(args)
            .output()
            .is_ok_and(|o| o.status.success())
    };
    if !ok("lpstat", &["-r"]) {
        return Some("CUPS is not installed or not running (lpstat -r failed)".into());
    }
    if !ok("lpstat", &["-p", QUEUE]) {
        return Some(format!("CUPS has no printer called {QUEUE}"));
    }
    if !ok("pdftotext", &["-v"]) {
        return Some("pdftotext (poppler-utils) is not installed".into());
    }
    None
}

/// cups-pdf's output folder: its `Out` setting with ${HOME} as the job
/// owner's home (jobs run as the current user).
pub fn out_dir() -> PathBuf {
    let conf = std::fs::read_to_string("/etc/cups/cups-pdf.conf").unwrap_or_default();
    let out = conf
        .lines()
        .find_map(|l| l.trim().strip_prefix("Out "))
        .unwrap_or("${HOME}/PDF")
        .trim()
        .to_string();
    // cups-pdf takes the home from the user database, not from $HOME.
    let home = Command::new("sh")
        .args(["-c", "getent passwd \"$(id -un)\" | cut -d: -f6"])
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .filter(|h| !h.is_empty())
        .or_else(|| std::env::var("HOME").ok())
        .unwrap_or_else(|| "/root".into());
    PathBuf::from(out.replace("${HOME}", &home))
}

pub fn newest_pdf_since(dir: &PathBuf, since: SystemTime, name: &str) -> Option<PathBuf> {
    std::fs::read_dir(dir)
        .ok()?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "pdf"))
        .filter(|p| p.to_string_lossy().contains(name))
        .filter(|p| {
            std::fs::metadata(p)
                .and_then(|m| m.modified())
                .is_ok_and(|t| t >= since)
        })
        .max()
}
