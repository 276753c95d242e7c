//! Where the terminal's cursor goes: on what has the focus, so screen
//! readers that follow the cursor (Orca, Speakup, Fenrir) read it.

use crate::kiosk::idle;
use crate::tui::app::{App, Overlay, Screen};
use crate::tui::kiosk::{Sent, Staff};
use crate::tui::layout::{Button, Hits, Section, Target};

/// What has the focus, as the clickable area the frame drew for it: the
/// terminal's cursor goes there. None where a view places the cursor
/// itself (the review's rows, text boxes) or nothing has the focus.
pub fn focused_target(app: &App, hits: &Hits) -> Option<Target> {
    if let Some(k) = &app.kiosk {
        match &k.staff {
            Some(Staff::Menu { focus }) => return Some(Target::Staff(*focus)),
            Some(_) => return None,
            None => {}
        }
        if matches!(k.idle_state, idle::State::Warning { .. }) {
            return None;
        }
        if matches!(k.sent, Some(Sent::Code(_))) {
            return Some(Target::No);
        }
    }
    match app.overlay {
        Some(Overlay::Quit { yes } | Overlay::StartOver { yes } | Overlay::Finish { yes }) => {
            return Some(if yes { Target::Yes } else { Target::No });
        }
        Some(Overlay::Help | Overlay::Disclaimer) => return None,
        None => {}
    }
    match app.screen {
        Screen::Welcome => Some(Target::Button(Button::Start)),
        Screen::Question => Some(Target::Option(app.cursor())),
        Screen::Review => None,
        Screen::Results => {
            let r = app.results.as_ref()?;
            // The selected treatment, or Compare's picker row under its
            // cursor, when on screen; else the section's tab.
            let item = match r.section {
                Section::Treatments => Some(Target::Treatment(r.selected)),
                Section::Compare => Some(Target::Pick(r.pick.cursor)),
                _ => None,
            };
            let shown = |t: &Target| hits.areas.iter().any(|(_, x)| x == t);
            Some(item.filter(shown).unwrap_or(Target::Tab(r.section)))
        }
    }
}
