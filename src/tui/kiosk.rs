//! Kiosk mode inside the app: the staff PIN prompt and menu (with the
//! Summaries screen, `super::desk`), "Still there?", and what was sent to
//! staff. The pure state machines live in `crate::kiosk`; this holds what
//! the screen shows of them.

use std::path::PathBuf;
use std::time::Instant;

use crate::kiosk::idle::{self, Idle};
use crate::kiosk::pin::{Attempt, Gate};
use crate::kiosk::Config;
use crate::words;

use super::desk::Desk;

/// The staff menu, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StaffItem {
    Reset,
    Summaries,
    End,
    Close,
}

impl StaffItem {
    pub const ALL: [StaffItem; 4] = [
        StaffItem::Reset,
        StaffItem::Summaries,
        StaffItem::End,
        StaffItem::Close,
    ];

    pub fn label(self) -> &'static str {
        match self {
            StaffItem::Reset => words::staff_reset(),
            StaffItem::Summaries => words::staff_summaries(),
            StaffItem::End => words::staff_end(),
            StaffItem::Close => words::staff_close(),
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
    /// The summaries patients sent: find, read, print, collect, delete.
    Desk(Desk),
}

/// The outcome of "Send my summary to staff".
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sent {
    Code(String),
    Failed(String),
    /// Sent [`MAX_EXPORTS`] times already: no more from this session.
    Limit,
}

/// How often one session may write its summary (sending again after
/// changing an answer rewrites it): a bound on what one person can fill
/// the folder with.
pub const MAX_EXPORTS: u8 = 5;

/// What this session has sent, kept until the session is wiped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exported {
    pub code: String,
    /// The report as sent (unstamped), to tell a resend of the same
    /// answers, which writes nothing, from one after a change.
    pub report: String,
    pub count: u8,
}

/// What "Send my summary to staff" does now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Plan {
    /// The same as already sent: show its code again.
    Show(String),
    /// Nothing sent yet: a new code.
    New,
    /// Changed since sent: the same code, its files rewritten.
    Again(String),
    /// Changed, but sent too often already.
    Limit,
}

#[derive(Debug, Clone)]
pub struct Kiosk {
    pub gate: Gate,
    pub idle: Idle,
    /// The idle state as last shown.
    pub idle_state: idle::State,
    pub export_dir: Option<PathBuf>,
    pub printer: Option<String>,
    pub staff: Option<Staff>,
    /// The box showing the code (or why not), while it is open.
    pub sent: Option<Sent>,
    /// What this session sent; its code stays on the results.
    pub exported: Option<Exported>,
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
            printer: config.printer,
            staff: None,
            sent: None,
            exported: None,
        }
    }

    /// What sending `report` (the unstamped JSON) should do.
    pub fn plan(&self, report: &str) -> Plan {
        match &self.exported {
            None => Plan::New,
            Some(e) if e.report == report => Plan::Show(e.code.clone()),
            Some(e) if e.count >= MAX_EXPORTS => Plan::Limit,
            Some(e) => Plan::Again(e.code.clone()),
        }
    }

    /// Records a summary written under `code`.
    pub fn record(&mut self, code: &str, report: String) {
        let count = self.exported.as_ref().map_or(0, |e| e.count);
        self.exported = Some(Exported {
            code: code.to_string(),
            report,
            count: count.saturating_add(1),
        });
        self.sent = Some(Sent::Code(code.to_string()));
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
