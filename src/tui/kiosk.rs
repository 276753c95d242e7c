//! Kiosk mode inside the app: the staff PIN prompt and menu, "Still
//! there?", and what was sent to staff. The pure state machines live in
//! `crate::kiosk`; this holds what the screen shows of them.

use std::path::PathBuf;
use std::time::Instant;

use crate::kiosk::idle::{self, Idle};
use crate::kiosk::pin::{Attempt, Gate};
use crate::kiosk::Config;
use crate::words;

/// The staff menu, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StaffItem {
    Reset,
    Where,
    End,
    Close,
}

impl StaffItem {
    pub const ALL: [StaffItem; 4] = [
        StaffItem::Reset,
        StaffItem::Where,
        StaffItem::End,
        StaffItem::Close,
    ];

    pub fn label(self) -> &'static str {
        match self {
            StaffItem::Reset => words::STAFF_RESET,
            StaffItem::Where => words::STAFF_WHERE,
            StaffItem::End => words::STAFF_END,
            StaffItem::Close => words::STAFF_CLOSE,
        }
    }
}

/// What the staff prompt shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Staff {
    /// Typing the PIN; `note` says what happened to the last try.
    Pin {
        entered: String,
        note: Option<String>,
    },
    Menu {
        focus: usize,
    },
    /// Where summaries are written.
    Where,
}

/// The outcome of "Send my summary to staff".
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sent {
    Code(String),
    Failed(String),
}

#[derive(Debug, Clone)]
pub struct Kiosk {
    pub gate: Gate,
    pub idle: Idle,
    /// The idle state as last shown.
    pub idle_state: idle::State,
    pub export_dir: Option<PathBuf>,
    pub staff: Option<Staff>,
    pub sent: Option<Sent>,
}

/// The longest PIN the prompt accepts (longer input is ignored).
const PIN_MAX: usize = 12;

impl Kiosk {
    pub fn new(config: Config, now: Instant) -> Kiosk {
        Kiosk {
            gate: config.gate,
            idle: Idle::new(config.idle_timeout, now),
            idle_state: idle::State::Active,
            export_dir: config.export_dir,
            staff: None,
            sent: None,
        }
    }

    pub fn open_staff(&mut self) {
        self.staff = Some(Staff::Pin {
            entered: String::new(),
            note: None,
        });
    }

    pub fn pin_digit(&mut self, d: u8) {
        if let Some(Staff::Pin { entered, .. }) = &mut self.staff {
            if entered.len() < PIN_MAX && d.is_ascii_digit() {
                entered.push(char::from(d));
            }
        }
    }

    pub fn pin_erase(&mut self) {
        if let Some(Staff::Pin { entered, .. }) = &mut self.staff {
            entered.pop();
        }
    }

    /// Checks the typed PIN: the right one opens the menu.
    pub fn pin_submit(&mut self, now: Instant) {
        let Some(Staff::Pin { entered, .. }) = &self.staff else {
            return;
        };
        let note = match self.gate.try_pin(entered, now) {
            Attempt::Correct => {
                self.staff = Some(Staff::Menu { focus: 0 });
                return;
            }
            Attempt::Wrong { tries_left } => words::pin_wrong(tries_left),
            Attempt::Locked { seconds_left } => words::pin_locked(seconds_left),
        };
        self.staff = Some(Staff::Pin {
            entered: String::new(),
            note: Some(note),
        });
    }

    /// The lock-out message with the seconds as they run down.
    pub fn refresh_lock(&mut self, now: Instant) -> bool {
        let locked = self.gate.locked(now);
        if let Some(Staff::Pin { note, .. }) = &mut self.staff {
            let fresh = locked.map(words::pin_locked);
            let showing_lock = note.as_deref().is_some_and(words::is_lock_note);
            if (locked.is_some() || showing_lock) && *note != fresh {
                *note = fresh;
                return true;
            }
        }
        false
    }
}
