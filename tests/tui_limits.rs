//! Never a panic, never a hang, never a broken terminal (issue 14, point
//! 11), through the real binary: a terminal claiming 65535×65535 cells,
//! every signal that ends a process, and a kiosk whose stderr is full.

mod common;

use std::time::{Duration, Instant};

use portable_pty::PtySize;

use common::*;

const PIN: &str = "2468";
const HUGE: u16 = u16::MAX;

fn size(rows: u16, cols: u16) -> PtySize {
    PtySize {
        rows,
        cols,
        pixel_width: 0,
        pixel_height: 0,
    }
}

/// It used to abort asking for 206 GB, with the terminal left raw.
#[test]
fn a_65535_square_terminal_is_drawn_capped_at_start_and_on_resize() {
    // Started that big: read the raw output (a vt100 screen that size
    // would be the test's own 206 GB).
    let t = term::open(
        bin(),
        &["kiosk"],
        &[("SCARGUIDE_STAFF_PIN", PIN)],
        (HUGE, HUGE),
    );
    let mut raw = Vec::new();
    let deadline = Instant::now() + WAIT;
    while !String::from_utf8_lossy(&raw).contains("Start") {
        assert!(Instant::now() < deadline, "nothing drawn");
        if let Ok(b) = t.output.recv_timeout(Duration::from_millis(100)) {
            raw.extend(b);
        }
    }
    let mut child = t.child;
    assert!(child.try_wait().unwrap().is_none(), "still running");
    drop(t.writer);
    let _ = child.kill();

    // Resized to it while running, then back: still running, still drawing.
    let mut p = Pty::spawn(&["kiosk"], &[("SCARGUIDE_STAFF_PIN", PIN)]);
    p.wait_text("[ Start ]");
    p.master.resize(size(HUGE, HUGE)).unwrap();
    p.pump(Duration::from_millis(500));
    assert!(
        p.child.try_wait().unwrap().is_none(),
        "ended at 65535×65535"
    );
    p.master.resize(size(ROWS, COLS)).unwrap();
    p.pump(Duration::from_millis(300));
    p.send(b"\r");
    p.wait_text("Question 1 of");
    signal(p.pid(), "-TERM");
    assert_eq!(p.wait_exit(WAIT), 143);
    p.assert_restored();
}

/// Each of these used to end the program with the terminal left raw.
#[test]
fn every_ending_signal_restores_the_terminal_first() {
    let rt = libc::SIGRTMIN() + 2;
    let signals = [
        libc::SIGUSR1,
        libc::SIGUSR2,
        libc::SIGALRM,
        libc::SIGVTALRM,
        libc::SIGPROF,
        libc::SIGXCPU,
        libc::SIGXFSZ,
        libc::SIGIO,
        libc::SIGPWR,
        libc::SIGQUIT,
        rt,
    ];
    for sig in signals {
        let mut p = Pty::spawn(&[], &[]);
        p.wait_text("[ Start ]");
        signal(p.pid(), &format!("-{sig}"));
        assert_eq!(p.wait_exit(WAIT), 128 + sig as u32, "signal {sig}");
        p.assert_restored();
    }
    // The kiosk too (its supervisor starts it again).
    let mut p = Pty::spawn(&["kiosk"], &[("SCARGUIDE_STAFF_PIN", PIN)]);
    p.wait_text("[ Start ]");
    signal(p.pid(), "-USR1");
    assert_eq!(p.wait_exit(WAIT), 128 + libc::SIGUSR1 as u32);
    p.assert_restored();
}

/// Rust ignores SIGPIPE, so a SIGPIPE sent by kill ends nothing: the
/// program goes on with its terminal intact.
#[test]
fn sigpipe_as_a_signal_changes_nothing() {
    let mut p = Pty::spawn(&["kiosk"], &[("SCARGUIDE_STAFF_PIN", PIN)]);
    p.wait_text("[ Start ]");
    signal(p.pid(), "-PIPE");
    p.pump(Duration::from_millis(300));
    p.send(b"\r");
    p.wait_text("Question 1 of");
    signal(p.pid(), "-TERM");
    assert_eq!(p.wait_exit(WAIT), 143);
    p.assert_restored();
}

/// A kiosk whose stderr is full (/dev/full) is no panic: with a folder it
/// cannot write to, it refuses on the terminal itself and exits 1; with a
/// good folder it runs, staff end it, and it exits cleanly.
#[test]
fn a_kiosk_with_a_full_stderr_runs_and_ends_without_a_panic() {
    let run = |dir: &str| {
        let script = format!("exec '{}' kiosk --export-dir '{dir}' 2>/dev/full", bin());
        let t = term::open(
            "/bin/sh",
            &["-c", &script],
            &[("SCARGUIDE_STAFF_PIN", PIN)],
            (ROWS, COLS),
        );
        Pty::from_opened(t)
    };
    let mut p = run("/nonexistent/scarguide");
    p.wait_text("The kiosk does not start");
    assert_eq!(p.wait_exit(WAIT), 1, "a refusal, not a panic");
    assert!(!String::from_utf8_lossy(&p.raw).contains("panicked"));

    let dir = temp_dir("full-stderr");
    let mut p = run(&dir.display().to_string());
    p.wait_text("[ Start ]");
    p.send(b"\x1b[24~");
    p.wait_text("Type the staff PIN");
    p.send(PIN.as_bytes());
    p.send(b"\r");
    p.wait_text("Staff menu");
    p.send(b"3");
    let code = p.wait_exit(WAIT);
    assert!(code == 0 || code == 1, "ends by itself, no panic: {code}");
    p.assert_restored();
    assert!(!String::from_utf8_lossy(&p.raw).contains("panicked"));
    let _ = std::fs::remove_dir_all(dir);
}
