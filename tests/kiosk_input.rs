//! No patient input ends the kiosk (issue 14, point 7): each attack that
//! used to end it, through the real binary in a pseudo-terminal, then the
//! staff key must still open the PIN prompt.

mod common;

use std::time::{Duration, Instant};

use proptest::prelude::Rng;
use proptest::test_runner::{RngAlgorithm, TestRng};

use common::*;

/// Twelve digits: random input cannot hit it.
const PIN: &str = "804271936158";
const F12: &[u8] = b"\x1b[24~";

fn kiosk() -> Pty {
    let mut p = Pty::spawn(&["kiosk"], &[("SCARGUIDE_STAFF_PIN", PIN)]);
    p.wait_text("[ Start ]");
    p
}

fn running(p: &mut Pty) -> bool {
    p.child.try_wait().unwrap().is_none()
}

/// Sends `key` every `gap` for `over`, checking the kiosk stays up.
fn press_for(p: &mut Pty, key: &[u8], gap: Duration, over: Duration) -> u32 {
    let until = Instant::now() + over;
    let mut n = 0;
    while Instant::now() < until {
        p.send(key);
        n += 1;
        p.pump(gap);
        assert!(running(p), "the kiosk ended after {n} presses");
    }
    n
}

/// Closes whatever is open, waits out the parser's limits, then F12.
fn staff_key_works(p: &mut Pty) {
    p.pump(Duration::from_millis(1200));
    p.send(b"\x1b");
    p.pump(Duration::from_millis(200));
    p.send(F12);
    p.wait_text("Type the staff PIN");
    assert!(running(p));
    signal(p.pid(), "-TERM");
    assert_eq!(p.wait_exit(WAIT), 143);
    p.assert_restored();
}

/// Keypad 5 without NumLock held down on the console (`ESC [ G`) gives
/// no key: it used to end the kiosk after 24 presses over 10 s.
#[test]
fn keypad_5_held_down_does_not_end_the_kiosk() {
    let mut p = kiosk();
    let n = press_for(
        &mut p,
        b"\x1b[G",
        Duration::from_millis(250),
        Duration::from_secs(11),
    );
    assert!(n >= 24, "{n} presses");
    staff_key_works(&mut p);
}

/// Alt+[ then `200~` opens a bracketed paste that never ends; it used to
/// swallow every key after it (F12 too) and end the kiosk after 10 s.
#[test]
fn an_unfinished_paste_is_abandoned_and_the_kiosk_goes_on() {
    let mut p = kiosk();
    p.send(b"\x1b[");
    p.send(b"200~");
    press_for(
        &mut p,
        b"x",
        Duration::from_millis(300),
        Duration::from_secs(11),
    );
    // Soon after the paste was opened, keys are keys again.
    p.send(F12);
    p.wait_text("Type the staff PIN");
    staff_key_works(&mut p);
}

/// 100,001 events that mean nothing in a row used to end it: a
/// 110,000-byte paste, then 100,000 mouse moves.
#[test]
fn floods_of_paste_and_mouse_moves_do_not_end_the_kiosk() {
    let mut p = kiosk();
    let mut paste = b"\x1b[200~".to_vec();
    paste.extend(std::iter::repeat_n(b'a', 110_000));
    paste.extend_from_slice(b"\x1b[201~");
    p.send(&paste);
    let mut unbracketed = vec![b'z'; 110_000];
    unbracketed.push(b'\x1b');
    p.send(&unbracketed);
    let moves: Vec<u8> = (0..100_000u32)
        .flat_map(|i| format!("\x1b[<35;{};{}M", i % 80 + 1, i % 24 + 1).into_bytes())
        .collect();
    p.send(&moves);
    assert!(running(&mut p));
    staff_key_works(&mut p);
}

/// Any bytes at all, in any pieces: the kiosk is still up and answers the
/// staff key. SOAK_SEED=N replays a run; the seed is printed.
#[test]
fn random_bytes_never_end_the_kiosk() {
    let seed: u64 = std::env::var("SOAK_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(1, |d| d.as_nanos() as u64)
        });
    eprintln!("kiosk_input: SOAK_SEED={seed}");
    let mut seed_bytes = [0u8; 32];
    seed_bytes[..8].copy_from_slice(&seed.to_le_bytes());
    let mut rng = TestRng::from_seed(RngAlgorithm::ChaCha, &seed_bytes);
    let mut p = kiosk();
    for round in 0..200 {
        let len = rng.next_u32() as usize % 2048;
        let mut chunk: Vec<u8> = (0..len).map(|_| rng.next_u32() as u8).collect();
        // Plenty of escapes, so sequences (and half ones) are common.
        for b in chunk.iter_mut() {
            if rng.next_u32().is_multiple_of(16) {
                *b = 0x1b;
            }
        }
        p.send(&chunk);
        p.pump(Duration::from_millis(10));
        assert!(running(&mut p), "ended in round {round} (seed {seed})");
    }
    staff_key_works(&mut p);
}
