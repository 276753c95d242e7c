//! Where the kiosk's PIN comes from (issue 14, point 9), through the real
//! binary: the environment is emptied of it, a systemd credential works,
//! and a FIFO is refused at once instead of hanging the start.

mod common;

use std::os::unix::fs::PermissionsExt;
use std::process::Command;
use std::time::{Duration, Instant};

use common::*;

const PIN: &str = "24681357";
const F12: &[u8] = b"\x1b[24~";

fn unlock(p: &mut Pty) {
    p.send(F12);
    p.wait_text("Type the staff PIN");
    p.send(PIN.as_bytes());
    p.send(b"\r");
    p.wait_text("Staff menu");
}

/// /proc/PID/environ is what another process of the same user (or a core
/// dump) sees; `lp`, run for printing, would inherit the variable.
#[test]
fn the_pin_leaves_the_environment_once_read() {
    let mut p = Pty::spawn(&["kiosk"], &[("SCARGUIDE_STAFF_PIN", PIN)]);
    p.wait_text("[ Start ]");
    let environ = std::fs::read(format!("/proc/{}/environ", p.pid())).unwrap();
    let text = String::from_utf8_lossy(&environ);
    assert!(!text.contains(PIN), "the PIN is still in /proc/PID/environ");
    assert!(
        text.contains("TERM=xterm-256color"),
        "the rest stays: {text:?}"
    );
    unlock(&mut p);
    signal(p.pid(), "-TERM");
    p.wait_exit(WAIT);
}

/// LoadCredential=staff-pin:FILE: systemd's copy shows mode 0440.
#[test]
fn a_systemd_credential_gives_the_pin() {
    let creds = temp_dir("pin-credential");
    let file = creds.join("staff-pin");
    std::fs::write(&file, format!("{PIN}\n")).unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o440)).unwrap();
    let dir = creds.to_str().unwrap();
    let mut p = Pty::spawn(&["kiosk"], &[("CREDENTIALS_DIRECTORY", dir)]);
    p.wait_text("[ Start ]");
    unlock(&mut p);
    signal(p.pid(), "-TERM");
    p.wait_exit(WAIT);
    std::fs::remove_dir_all(&creds).unwrap();
}

fn kiosk_with_file(path: &std::path::Path) -> (Option<i32>, String, Duration) {
    let started = Instant::now();
    let out = Command::new(bin())
        .args(["kiosk", "--staff-pin-file"])
        .arg(path)
        .env_remove("SCARGUIDE_STAFF_PIN")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    (out.status.code(), stderr, started.elapsed())
}

#[test]
fn a_fifo_or_a_file_others_can_change_is_refused() {
    let dir = temp_dir("pin-refused");
    let fifo = dir.join("fifo");
    assert!(Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    let (code, stderr, took) = kiosk_with_file(&fifo);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("not a regular file"), "{stderr}");
    assert!(took < Duration::from_secs(5), "waited for a writer");

    let file = dir.join("pin");
    std::fs::write(&file, format!("{PIN}\n")).unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o620)).unwrap();
    let (code, stderr, _) = kiosk_with_file(&file);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.contains("other users can change the PIN file (mode 620)"),
        "{stderr}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
