//! The PIN lock-out survives restarts (issue 14, point 8): a forced
//! restart used to give a fresh five guesses every few seconds.

mod common;

use std::path::Path;
use std::time::Duration;

use common::*;

const PIN: &str = "2468";
const F12: &[u8] = b"\x1b[24~";

fn kiosk(args: &[&str], envs: &[(&str, &str)]) -> Pty {
    let mut all = vec!["kiosk"];
    all.extend_from_slice(args);
    let mut envs = envs.to_vec();
    envs.push(("SCARGUIDE_STAFF_PIN", PIN));
    let mut p = Pty::spawn(&all, &envs);
    p.wait_text("[ Start ]");
    p
}

fn wrong_pins(p: &mut Pty, n: usize) {
    p.send(F12);
    p.wait_text("Type the staff PIN");
    for _ in 0..n {
        p.send(b"9999\r");
        p.pump(Duration::from_millis(150));
    }
}

fn stop(mut p: Pty) {
    signal(p.pid(), "-TERM");
    assert_eq!(p.wait_exit(WAIT), 143);
}

fn lock_file(dir: &Path) -> String {
    std::fs::read_to_string(dir.join("pin-lockout")).unwrap_or_default()
}

#[test]
fn wrong_pins_and_the_lock_carry_over_a_restart() {
    use std::os::unix::fs::PermissionsExt;
    let dir = temp_dir("lockout-restart");
    let state = dir.to_str().unwrap();
    let mut p = kiosk(&["--state-dir", state], &[]);
    wrong_pins(&mut p, 3);
    p.wait_text("2 tries left");
    stop(p);
    assert!(
        lock_file(&dir).starts_with("failures 3\n"),
        "{}",
        lock_file(&dir)
    );
    let mode = std::fs::metadata(dir.join("pin-lockout"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);

    // The restarted kiosk goes on counting: two more lock it.
    let mut p = kiosk(&["--state-dir", state], &[]);
    wrong_pins(&mut p, 1);
    p.wait_text("1 try left");
    wrong_pins(&mut p, 1);
    p.wait_text("Too many wrong PINs. Try again in");
    stop(p);

    // Restarted again: still locked, even for the right PIN.
    let mut p = kiosk(&["--state-dir", state], &[]);
    p.send(F12);
    p.wait_text("Type the staff PIN");
    p.send(PIN.as_bytes());
    p.send(b"\r");
    let screen = p.wait_text("Too many wrong PINs. Try again in");
    assert!(!screen.contains("Staff menu"), "{screen}");
    stop(p);
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Under systemd the folder comes from StateDirectory= ($STATE_DIRECTORY).
#[test]
fn systemds_state_directory_is_used_by_default() {
    let dir = temp_dir("lockout-systemd");
    let env = format!("{}:/nonexistent/second", dir.display());
    let mut p = kiosk(&[], &[("STATE_DIRECTORY", &env)]);
    wrong_pins(&mut p, 2);
    p.wait_text("3 tries left");
    stop(p);
    assert!(
        lock_file(&dir).starts_with("failures 2\n"),
        "{}",
        lock_file(&dir)
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A damaged state file locks for a minute (locked-safe), says so at
/// start, and the kiosk runs.
#[test]
fn a_damaged_state_file_locks_and_is_said() {
    let dir = temp_dir("lockout-damaged");
    std::fs::write(dir.join("pin-lockout"), "nonsense").unwrap();
    let mut p = kiosk(&["--state-dir", dir.to_str().unwrap()], &[]);
    let said = String::from_utf8_lossy(&p.raw).to_string();
    assert!(said.contains("locked for a minute"), "{said}");
    p.send(F12);
    p.wait_text("Type the staff PIN");
    p.send(PIN.as_bytes());
    p.send(b"\r");
    p.wait_text("Too many wrong PINs. Try again in");
    stop(p);
    std::fs::remove_dir_all(&dir).unwrap();
}
