use std::time::{Duration, Instant};

use proptest::prelude::*;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

use super::parse::{Parser, PASTE_MAX, PASTE_WAIT, SEQ_MAX, SEQ_WAIT};

const F12: &[u8] = b"\x1b[24~";

fn feed(p: &mut Parser, bytes: &[u8], now: Instant) -> Vec<Event> {
    let mut out = Vec::new();
    p.feed(bytes, now, &mut out);
    out
}

fn keys(bytes: &[u8]) -> Vec<Event> {
    feed(&mut Parser::new(), bytes, Instant::now())
}

fn k(code: KeyCode, m: KeyModifiers) -> Event {
    Event::Key(KeyEvent::new(code, m))
}

fn plain(code: KeyCode) -> Event {
    k(code, KeyModifiers::NONE)
}

#[test]
fn reads_the_keys_the_app_uses() {
    let none = KeyModifiers::NONE;
    let cases: &[(&[u8], Event)] = &[
        (b"\r", plain(KeyCode::Enter)),
        (b"\t", plain(KeyCode::Tab)),
        (b"\x7f", plain(KeyCode::Backspace)),
        (b"\x1b", plain(KeyCode::Esc)),
        (b"\x1b[Z", k(KeyCode::BackTab, KeyModifiers::SHIFT)),
        (b"\x1b[A", plain(KeyCode::Up)),
        (b"\x1bOB", plain(KeyCode::Down)),
        (b"\x1b[1;5C", k(KeyCode::Right, KeyModifiers::CONTROL)),
        (b"\x1b[5~", plain(KeyCode::PageUp)),
        (b"\x1b[6~", plain(KeyCode::PageDown)),
        (F12, plain(KeyCode::F(12))),
        (b"\x1bOP", plain(KeyCode::F(1))),
        (b"\x1b[[A", plain(KeyCode::F(1))),
        (b"\x14", k(KeyCode::Char('t'), KeyModifiers::CONTROL)),
        (b"\x03", k(KeyCode::Char('c'), KeyModifiers::CONTROL)),
        (b"q", k(KeyCode::Char('q'), none)),
        (b"Q", k(KeyCode::Char('Q'), KeyModifiers::SHIFT)),
        (b"\xc3\xa9", k(KeyCode::Char('é'), none)),
        (b"\x1bq", k(KeyCode::Char('q'), KeyModifiers::ALT)),
    ];
    for (bytes, want) in cases {
        assert_eq!(keys(bytes), vec![want.clone()], "{bytes:?}");
    }
}

#[test]
fn reads_the_mouse() {
    let click = Event::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: 9,
        row: 4,
        modifiers: KeyModifiers::NONE,
    });
    assert_eq!(keys(b"\x1b[<0;10;5M"), vec![click.clone()]);
    assert_eq!(keys(b"\x1b[M *%"), vec![click]);
    let wheel = keys(b"\x1b[<65;1;1M");
    assert!(
        matches!(wheel.as_slice(), [Event::Mouse(m)] if m.kind == MouseEventKind::ScrollDown),
        "{wheel:?}"
    );
}

/// The console's keypad 5 without NumLock, focus reports, Kitty keys:
/// nothing, and the next key reads normally.
#[test]
fn unknown_sequences_are_dropped() {
    for bytes in [
        &b"\x1b[G"[..],
        b"\x1b[E",
        b"\x1b[I",
        b"\x1b[97;5u",
        b"\x1b[?1;2c",
    ] {
        let mut both = bytes.to_vec();
        both.extend_from_slice(F12);
        assert_eq!(keys(&both), vec![plain(KeyCode::F(12))], "{bytes:?}");
    }
}

/// `ESC [ 1` then Enter: the half sequence is dropped, Enter is Enter.
#[test]
fn a_byte_that_cannot_continue_a_sequence_is_read_afresh() {
    assert_eq!(keys(b"\x1b[1\r"), vec![plain(KeyCode::Enter)]);
    assert_eq!(keys(b"\x1b[<1;\x1b[24~"), vec![plain(KeyCode::F(12))]);
    assert_eq!(
        keys(b"\xc3\r"),
        vec![plain(KeyCode::Enter)],
        "half a UTF-8 character"
    );
}

#[test]
fn half_a_sequence_is_dropped_after_a_moment() {
    let t0 = Instant::now();
    let mut p = Parser::new();
    // Alt+[ then nothing: held, with a deadline.
    assert!(feed(&mut p, b"\x1b[", t0).is_empty());
    assert_eq!(p.deadline(), Some(t0 + SEQ_WAIT));
    p.expire(t0 + SEQ_WAIT);
    assert_eq!(p.held(), 0);
    assert_eq!(p.deadline(), None);
    assert_eq!(
        feed(&mut p, b"x", t0 + SEQ_WAIT),
        vec![plain(KeyCode::Char('x'))]
    );
}

/// `ESC [ <` waits for an `m` in crossterm; here digits run out at SEQ_MAX.
#[test]
fn no_sequence_grows_past_its_limit() {
    let mut p = Parser::new();
    let t0 = Instant::now();
    feed(&mut p, b"\x1b[<", t0);
    for _ in 0..1000 {
        feed(&mut p, b"1;", t0);
        assert!(p.held() < SEQ_MAX);
    }
    assert_eq!(feed(&mut p, F12, t0), vec![plain(KeyCode::F(12))]);
}

#[test]
fn a_paste_is_skipped_whole() {
    let out = keys(b"\x1b[200~1\r2\r\x1b[24~\x1b[201~\x1b[24~");
    assert_eq!(
        out,
        vec![plain(KeyCode::F(12))],
        "nothing inside a paste is a key"
    );
}

/// Alt+[ then `200~` opens a paste that never ends (crossterm issue
/// 1060): after PASTE_WAIT the keys are keys again.
#[test]
fn an_unfinished_paste_is_abandoned_after_a_second() {
    let t0 = Instant::now();
    let mut p = Parser::new();
    feed(&mut p, b"\x1b[200~", t0);
    assert!(p.in_paste());
    assert!(feed(&mut p, F12, t0 + Duration::from_millis(500)).is_empty());
    assert_eq!(p.deadline(), Some(t0 + PASTE_WAIT));
    // Kept busy with keys the whole time, it still ends.
    assert_eq!(
        feed(&mut p, F12, t0 + PASTE_WAIT),
        vec![plain(KeyCode::F(12))]
    );
    assert!(!p.in_paste());
}

#[test]
fn a_paste_longer_than_the_limit_is_abandoned() {
    let t0 = Instant::now();
    let mut p = Parser::new();
    feed(&mut p, b"\x1b[200~", t0);
    let junk = vec![b'x'; PASTE_MAX + 1];
    assert!(feed(&mut p, &junk, t0).is_empty());
    assert!(!p.in_paste());
    assert_eq!(feed(&mut p, F12, t0), vec![plain(KeyCode::F(12))]);
}

/// A 110,000-byte paste and 100,000 mouse moves are read and dropped.
#[test]
fn floods_are_read_to_the_end() {
    let mut p = Parser::new();
    let t0 = Instant::now();
    let mut paste = b"\x1b[200~".to_vec();
    paste.extend(std::iter::repeat_n(b'a', 110_000));
    paste.extend_from_slice(b"\x1b[201~");
    assert!(feed(&mut p, &paste, t0).is_empty());
    let moves: Vec<u8> = (0..100_000u32)
        .flat_map(|i| format!("\x1b[<35;{};{}M", i % 80 + 1, i % 24 + 1).into_bytes())
        .collect();
    let out = feed(&mut p, &moves, t0);
    assert_eq!(out.len(), 100_000);
    assert_eq!(feed(&mut p, F12, t0), vec![plain(KeyCode::F(12))]);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Whatever bytes come, in whatever pieces: nothing is held past its
    /// limits, and once the limits pass, the staff key reads as F12.
    #[test]
    fn every_byte_sequence_leaves_the_staff_key_working(
        chunks in proptest::collection::vec(proptest::collection::vec(any::<u8>(), 0..64), 0..16),
    ) {
        let mut p = Parser::new();
        let t0 = Instant::now();
        let mut out = Vec::new();
        for c in &chunks {
            p.feed(c, t0, &mut out);
            prop_assert!(p.held() < SEQ_MAX);
        }
        let later = t0 + PASTE_WAIT;
        p.expire(later);
        prop_assert_eq!(p.deadline(), None);
        out.clear();
        p.feed(F12, later, &mut out);
        prop_assert_eq!(out, vec![plain(KeyCode::F(12))]);
    }

    /// The same bytes split anywhere give the same keys (terminals and
    /// the kernel cut input where they like), Esc at the cut aside.
    #[test]
    fn splitting_a_stream_does_not_change_its_keys(
        keys_in in proptest::collection::vec(0usize..8, 0..40),
        cut in any::<prop::sample::Index>(),
    ) {
        let words: [&[u8]; 8] = [b"\r", b"a", F12, b"\x1b[<0;3;4M", b"\xc3\xa9", b"\x1b[1;5A", b"\x1b[G", b"\x1bOP"];
        let bytes: Vec<u8> = keys_in.iter().flat_map(|&i| words[i].to_vec()).collect();
        let whole = keys(&bytes);
        let at = cut.index(bytes.len() + 1);
        let (a, b) = bytes.split_at(at);
        let t0 = Instant::now();
        let mut p = Parser::new();
        let mut split = feed(&mut p, a, t0);
        // A cut right after an ESC reads it as the Esc key; skip those.
        prop_assume!(!a.ends_with(b"\x1b"));
        split.extend(feed(&mut p, b, t0));
        prop_assert_eq!(whole, split);
    }
}
