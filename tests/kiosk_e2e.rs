//! Kiosk mode through the real binary in a pseudo-terminal: patients cannot
//! leave, staff PIN and lock-out, the idle wipe, and the export to staff.

mod common;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use common::*;

const PIN: &str = "2468";
const F12: &[u8] = b"\x1b[24~";

fn kiosk(extra: &[&str]) -> Pty {
    let mut args = vec!["kiosk"];
    args.extend_from_slice(extra);
    Pty::spawn(&args, &[("SCARGUIDE_STAFF_PIN", PIN)])
}

fn running(p: &mut Pty) -> bool {
    p.child.try_wait().unwrap().is_none()
}

/// Like `wait_for` with a longer limit, for the idle countdown.
fn wait_long(p: &mut Pty, what: &str, limit: Duration, pred: impl Fn(&str) -> bool) -> String {
    let deadline = Instant::now() + limit;
    loop {
        let s = p.screen();
        if pred(&s) {
            return s;
        }
        assert!(
            Instant::now() < deadline && !p.eof,
            "timed out waiting for {what}:\n{s}"
        );
        p.pump(Duration::from_millis(100));
    }
}

fn type_pin(p: &mut Pty, pin: &str) {
    p.send(F12);
    p.wait_text("Type the staff PIN");
    p.send(pin.as_bytes());
    p.send(b"\r");
}

#[test]
fn patients_cannot_leave_by_keys_or_signals() {
    let mut p = kiosk(&[]);
    p.wait_text("[ Start ]");
    // Ctrl-C, Ctrl-Z, Ctrl-\, Ctrl-D, q and Esc on the welcome screen.
    for key in [&b"\x03"[..], b"\x1a", b"\x1c", b"\x04", b"q", b"\x1b"] {
        p.send(key);
        p.pump(Duration::from_millis(150));
    }
    for sig in ["-INT", "-TSTP", "-QUIT"] {
        signal(p.pid(), sig);
    }
    p.pump(Duration::from_millis(500));
    assert!(running(&mut p), "the kiosk ended:\n{}", p.screen());
    let screen = p.screen();
    assert!(screen.contains("[ Start ]"), "{screen}");
    assert!(
        !screen.contains("Quit?"),
        "no way to quit is offered:\n{screen}"
    );
    // Mid-interview too.
    p.send(b"\r");
    p.wait_text("Question 1 of");
    p.send(b"q");
    p.send(b"\x03");
    p.pump(Duration::from_millis(300));
    assert!(running(&mut p));
    assert!(!p.screen().contains("Quit?"));
    // A supervisor can still stop it, and the terminal comes back.
    signal(p.pid(), "-TERM");
    assert_eq!(p.wait_exit(Duration::from_secs(5)), 143);
    p.assert_restored();
}

#[test]
fn wrong_pins_lock_the_prompt_and_the_right_pin_ends_the_kiosk() {
    let mut p = kiosk(&[]);
    p.wait_text("[ Start ]");
    type_pin(&mut p, "1111");
    p.wait_text("That PIN is not right. 4 tries left.");
    p.send(b"\x1b");
    p.pump(Duration::from_millis(200));
    type_pin(&mut p, PIN);
    let menu = p.wait_text("Staff menu");
    assert!(menu.contains("Reset this session"), "{menu}");
    assert!(menu.contains("End the kiosk"), "{menu}");
    p.send(b"3");
    assert_eq!(p.wait_exit(Duration::from_secs(5)), 0);
    p.assert_restored();
}

#[test]
fn five_wrong_pins_lock_even_the_right_one_out() {
    let mut p = kiosk(&[]);
    p.wait_text("[ Start ]");
    p.send(F12);
    p.wait_text("Type the staff PIN");
    for _ in 0..5 {
        p.send(b"9999\r");
        p.pump(Duration::from_millis(100));
    }
    p.wait_text("Too many wrong PINs. Try again in");
    p.send(PIN.as_bytes());
    p.send(b"\r");
    p.pump(Duration::from_millis(300));
    let screen = p.screen();
    assert!(screen.contains("Too many wrong PINs"), "{screen}");
    assert!(!screen.contains("Staff menu"), "{screen}");
    assert!(running(&mut p));
    signal(p.pid(), "-TERM");
    p.wait_exit(Duration::from_secs(5));
}

#[test]
fn an_idle_session_is_wiped_and_nothing_of_it_remains_on_screen() {
    let mut p = kiosk(&["--idle-timeout", "1"]);
    p.wait_text("[ Start ]");
    p.send(b"\r");
    p.wait_text("Question 1 of");
    p.send(b"2"); // boxcar scars
    p.wait_for("the choice", |s| s.contains("[x]"));
    p.send(b"\r");
    p.wait_text("Question 2 of");
    wait_long(&mut p, "Still there?", Duration::from_secs(5), |s| {
        s.contains("Still there?")
    });
    let raw_before = p.raw.len();
    let screen = wait_long(&mut p, "the welcome screen", Duration::from_secs(30), |s| {
        s.contains("[ Start ]") && !s.contains("Still there?")
    });
    for earlier in ["boxcar", "Question 2", "[x]", "Still there?"] {
        assert!(
            !screen.contains(earlier),
            "{earlier:?} is still on screen:\n{screen}"
        );
    }
    let after = String::from_utf8_lossy(&p.raw[raw_before..]).to_string();
    assert!(after.contains("\x1b[2J"), "the screen was cleared");
    assert!(after.contains("\x1b[3J"), "the scroll-back was purged");
    // The next person starts from nothing.
    p.send(b"\r");
    let q = p.wait_text("Question 1 of");
    assert!(!q.contains("[x]"), "{q}");
    signal(p.pid(), "-TERM");
    p.wait_exit(Duration::from_secs(5));
}

fn to_results(p: &mut Pty) {
    answer_first_options(p);
    p.wait_text("See my results");
    p.send(b"\r");
    p.wait_text("Send my summary to staff");
}

#[cfg(unix)]
#[test]
fn the_summary_is_exported_privately_under_the_code_shown() {
    use std::os::unix::fs::PermissionsExt;
    let dir = temp_dir("kiosk-export");
    let mut p = kiosk(&["--export-dir", dir.to_str().unwrap()]);
    to_results(&mut p);
    p.send(b"s");
    let screen = p.wait_text("Code: ");
    let code: String = screen
        .lines()
        .find_map(|l| l.split("Code: ").nth(1))
        .unwrap()
        .split_whitespace()
        .take(5)
        .collect();
    assert_eq!(code.len(), 5, "{screen}");
    for ext in ["md", "json"] {
        let path = dir.join(format!("{code}.{ext}"));
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{}", path.display());
    }
    let md = std::fs::read_to_string(dir.join(format!("{code}.md"))).unwrap();
    assert!(md.contains("education, not a diagnosis"));
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join(format!("{code}.json"))).unwrap())
            .unwrap();
    assert!(json["treatments"].as_array().is_some_and(|t| !t.is_empty()));
    // Each file names its own code and time.
    assert!(md.contains(&format!("Reference code: {code}")), "{md}");
    assert_eq!(json["code"], code.as_str());
    let created = json["created"].as_str().unwrap_or_default();
    assert!(created.parse::<jiff::Timestamp>().is_ok(), "{created}");
    // "I'm finished" wipes the session for the next patient.
    p.send(b"\r");
    p.pump(Duration::from_millis(200));
    p.send(b"f");
    let welcome = p.wait_text("[ Start ]");
    assert!(!welcome.contains(&code));
    signal(p.pid(), "-TERM");
    p.wait_exit(Duration::from_secs(5));
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Makes `dir` impossible to write to, even for root where possible.
/// Returns false if this machine offers no way.
#[cfg(unix)]
fn make_read_only(dir: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o500)).unwrap();
    let writable = || {
        std::fs::write(dir.join("probe"), "x")
            .map(|_| std::fs::remove_file(dir.join("probe")))
            .is_ok()
    };
    if !writable() {
        return true;
    }
    // root ignores modes; the immutable flag stops root too.
    let _ = Command::new("chattr").arg("+i").arg(dir).status();
    !writable()
}

#[cfg(unix)]
#[test]
fn export_into_a_folder_that_went_read_only_says_so_and_the_kiosk_goes_on() {
    use std::os::unix::fs::PermissionsExt;
    let dir = temp_dir("kiosk-readonly");
    // Writable at start (else the kiosk refuses to start); taken away after.
    let mut p = kiosk(&["--export-dir", dir.to_str().unwrap()]);
    p.wait_text("[ Start ]");
    if !make_read_only(&dir) {
        eprintln!("skipped: no way to make a read-only folder here");
        signal(p.pid(), "-TERM");
        p.wait_exit(Duration::from_secs(5));
        return;
    }
    to_results(&mut p);
    p.send(b"s");
    let screen = p.wait_text("could not be sent");
    assert!(screen.contains("cannot be written to"), "{screen}");
    assert!(running(&mut p));
    // The session goes on: the results are still there to read and resend.
    p.send(b"\t");
    p.wait_text("Caveats");
    assert!(running(&mut p));
    signal(p.pid(), "-TERM");
    p.wait_exit(Duration::from_secs(5));
    let _ = Command::new("chattr").arg("-i").arg(&dir).status();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn without_a_pin_the_kiosk_refuses_to_start() {
    let out = Command::new(env!("CARGO_BIN_EXE_scarguide"))
        .arg("kiosk")
        .env_remove("SCARGUIDE_STAFF_PIN")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("kiosk mode needs a staff PIN"), "{stderr}");
    assert!(stderr.contains("SCARGUIDE_STAFF_PIN="), "{stderr}");
}
