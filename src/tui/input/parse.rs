//! Terminal input bytes to events, written so that no byte sequence can
//! stall it: every unfinished sequence has a length limit and a time
//! limit, anything unknown is dropped, and a paste keeps nothing.
//!
//! Why not crossterm's reader: its parser waits for ever on an unfinished
//! bracketed paste (`ESC [ 200 ~` with no end, crossterm issue 1060) and on
//! some half sequences (`ESC [ <` until an `m`), swallowing every key after
//! them, the staff key too; and it gives no way to drop what it holds.

use std::time::{Duration, Instant};

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

use super::csi::{self, Parsed};

/// How long half a sequence may wait for its rest. A terminal sends a
/// sequence in one write; only a person typing `Alt+[` leaves one open.
pub const SEQ_WAIT: Duration = Duration::from_millis(100);
/// The longest sequence kept; longer ones are nobody's key.
pub const SEQ_MAX: usize = 32;
/// A paste that has not ended after this long, or this many bytes, is
/// abandoned and what follows is read as keys again. A terminal sends a
/// whole paste at once; an open one is someone typing `ESC [ 200 ~`.
pub const PASTE_WAIT: Duration = Duration::from_secs(1);
pub const PASTE_MAX: usize = 1 << 20;
const PASTE_END: &[u8] = b"\x1b[201~";

/// An open paste. Its text is never kept: no part of the app takes pasted
/// text, and pasted line breaks must not press Enter through the interview.
#[derive(Debug, Clone)]
struct Paste {
    since: Instant,
    seen: usize,
    /// How much of `PASTE_END` the last bytes matched.
    matched: usize,
}

#[derive(Debug, Clone, Default)]
pub struct Parser {
    /// An unfinished escape sequence or UTF-8 character.
    pending: Vec<u8>,
    pending_since: Option<Instant>,
    paste: Option<Paste>,
}

/// What the bytes held so far amount to.
enum Step {
    /// Wait for more.
    More,
    /// A whole sequence: its meaning (often nothing).
    Done(Parsed),
    /// The last byte cannot continue the sequence: the sequence before it
    /// means this, and the last byte starts afresh.
    Again(Parsed),
}

impl Parser {
    pub fn new() -> Parser {
        Parser::default()
    }

    /// Reads one chunk of input (one read() from the terminal).
    pub fn feed(&mut self, bytes: &[u8], now: Instant, out: &mut Vec<Event>) {
        self.expire(now);
        for &b in bytes {
            self.byte(b, now, out);
        }
        // A lone Esc at the end of a read is the Esc key: a terminal sends
        // an escape sequence in one piece.
        if self.pending == [0x1b] {
            self.pending.clear();
            out.push(Event::Key(KeyCode::Esc.into()));
        }
        if self.pending.is_empty() {
            self.pending_since = None;
        } else if self.pending_since.is_none() {
            self.pending_since = Some(now);
        }
    }

    /// When `expire` next has something to do, if ever.
    pub fn deadline(&self) -> Option<Instant> {
        let seq = self.pending_since.map(|t| t + SEQ_WAIT);
        let paste = self.paste.as_ref().map(|p| p.since + PASTE_WAIT);
        match (seq, paste) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// Drops half sequences and pastes that have waited too long.
    pub fn expire(&mut self, now: Instant) {
        if self.pending_since.is_some_and(|t| now >= t + SEQ_WAIT) {
            self.pending.clear();
            self.pending_since = None;
        }
        if self
            .paste
            .as_ref()
            .is_some_and(|p| now >= p.since + PASTE_WAIT)
        {
            self.paste = None;
        }
    }

    /// Whether a paste is open (for tests and the soak).
    pub fn in_paste(&self) -> bool {
        self.paste.is_some()
    }

    /// Bytes held: never more than `SEQ_MAX`.
    pub fn held(&self) -> usize {
        self.pending.len()
    }

    fn byte(&mut self, b: u8, now: Instant, out: &mut Vec<Event>) {
        if let Some(paste) = &mut self.paste {
            paste.seen += 1;
            paste.matched = if PASTE_END.get(paste.matched) == Some(&b) {
                paste.matched + 1
            } else {
                usize::from(b == 0x1b)
            };
            if paste.matched == PASTE_END.len() || paste.seen > PASTE_MAX {
                self.paste = None;
            }
            return;
        }
        self.pending.push(b);
        let step = step(&self.pending);
        if matches!(step, Step::More) && self.pending.len() < SEQ_MAX {
            return;
        }
        // The sequence is over (or too long): what comes next is new.
        self.pending.clear();
        self.pending_since = None;
        match step {
            Step::More => {}
            Step::Done(parsed) => self.emit(parsed, now, out),
            Step::Again(parsed) => {
                self.emit(parsed, now, out);
                self.byte(b, now, out);
            }
        }
    }

    fn emit(&mut self, parsed: Parsed, now: Instant, out: &mut Vec<Event>) {
        match parsed {
            Parsed::Event(e) => out.push(e),
            Parsed::Nothing => {}
            Parsed::PasteStart => {
                self.paste = Some(Paste {
                    since: now,
                    seen: 0,
                    matched: 0,
                })
            }
        }
    }
}

fn key(k: KeyEvent) -> Parsed {
    Parsed::Event(Event::Key(k))
}

/// What `seq` (never empty; only its last byte is new) amounts to.
fn step(seq: &[u8]) -> Step {
    match seq {
        [] => Step::More,
        [0x1b] => Step::More,
        [0x1b, rest @ ..] => escape(rest),
        [b, ..] if *b < 0x80 => match csi::byte_key(*b) {
            Some(k) => Step::Done(key(k)),
            None => Step::Done(Parsed::Nothing),
        },
        _ => match utf8(seq) {
            Step::Done(Parsed::Event(Event::Key(k))) => Step::Done(key(k)),
            other => other,
        },
    }
}

/// One UTF-8 character; a broken one is dropped.
fn utf8(seq: &[u8]) -> Step {
    let Some((&lead, rest)) = seq.split_first() else {
        return Step::More;
    };
    let want = match lead {
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => return Step::Done(Parsed::Nothing),
    };
    if rest.last().is_some_and(|&b| b & 0xc0 != 0x80) {
        return Step::Again(Parsed::Nothing);
    }
    if seq.len() < want {
        return Step::More;
    }
    match std::str::from_utf8(seq).ok().and_then(|s| s.chars().next()) {
        Some(c) => Step::Done(key(csi::char_key(c))),
        None => Step::Done(Parsed::Nothing),
    }
}

/// After ESC: a CSI or SS3 sequence, or Alt with a key.
fn escape(rest: &[u8]) -> Step {
    match rest {
        [] => Step::More,
        // Esc Esc: the first is the Esc key, the second starts afresh.
        [0x1b] => Step::Again(key(KeyCode::Esc.into())),
        [b'['] | [b'O'] => Step::More,
        [b'[', body @ ..] => control(body),
        [b'O', b] => match b {
            0x40..=0x7e => Step::Done(csi::ss3(*b)),
            _ => Step::Again(Parsed::Nothing),
        },
        _ => match step(rest) {
            Step::Done(Parsed::Event(Event::Key(mut k))) => {
                k.modifiers |= KeyModifiers::ALT;
                Step::Done(key(k))
            }
            other => other,
        },
    }
}

/// After `ESC [`: parameters (0x30–0x3F), intermediates (0x20–0x2F) and a
/// final byte (0x40–0x7E). Any other byte ends the sequence unread.
fn control(body: &[u8]) -> Step {
    match body {
        [] | [b'['] => Step::More,
        [b'[', b] => match b {
            0x20..=0x7e => Step::Done(csi::linux_f(*b)),
            _ => Step::Again(Parsed::Nothing),
        },
        // X10 mouse: three raw bytes follow `M`.
        [b'M', xs @ ..] => match *xs {
            [b, x, y] => Step::Done(csi::x10_mouse([b, x, y])),
            _ => Step::More,
        },
        [params @ .., last] => match last {
            0x40..=0x7e => Step::Done(csi::csi(params, *last)),
            0x20..=0x3f => Step::More,
            _ => Step::Again(Parsed::Nothing),
        },
    }
}
