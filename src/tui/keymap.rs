//! The one place keys and the mouse become messages. Kiosk mode can take
//! keys away by changing this map, not by checks spread through the app.
//!
//! Left and Right mean one thing everywhere: move sideways, between the
//! results' sections and between a box's buttons. They never change the
//! screen: Enter and Tab go on, Backspace and Esc go back.

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

use super::app::{App, Msg, Overlay, Screen};
use super::desk::{Desk, DeskKey};
use super::kiosk::{Kiosk, Sent, Staff};
use super::layout::{self, Button, Section, Target};
use crate::kiosk::idle;

pub fn map_event(event: &Event, app: &App) -> Option<Msg> {
    let too_small = layout::is_too_small(layout::size_rect(app.size));
    match event {
        // While the window is too small nothing is visible to act on, so
        // only quitting (and answering its question) works.
        Event::Key(key) if key.kind != KeyEventKind::Release && too_small => {
            map_key(*key, app).filter(|m| matches!(m, Msg::AskQuit | Msg::Confirm | Msg::Cancel))
        }
        Event::Key(key) if key.kind != KeyEventKind::Release => map_key(*key, app),
        Event::Mouse(_) if too_small => None,
        Event::Mouse(mouse) => map_mouse(*mouse, app),
        Event::Resize(w, h) => Some(Msg::Resize(*w, *h)),
        _ => None,
    }
}

fn digit(c: char) -> Option<usize> {
    match c {
        '1'..='9' => c.to_digit(10).map(|d| d as usize - 1),
        _ => None,
    }
}

pub fn map_key(key: KeyEvent, app: &App) -> Option<Msg> {
    match &app.kiosk {
        Some(k) => kiosk_key(key, app, k),
        None => match key.code {
            KeyCode::Char('s') if app.screen == Screen::Results && app.overlay.is_none() => {
                Some(Msg::Save)
            }
            _ => base_key(key, app),
        },
    }
}

/// Kiosk mode takes keys away and adds the staff key. Ctrl-C, Ctrl-Z,
/// Ctrl-\, Ctrl-D and q do nothing: a patient cannot leave.
fn kiosk_key(key: KeyEvent, app: &App, k: &Kiosk) -> Option<Msg> {
    use KeyCode::*;
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if key.code == F(12) || (ctrl && key.code == Char('t')) {
        return Some(Msg::Staff);
    }
    if let Some(staff) = &k.staff {
        return match (staff, key.code) {
            (Staff::Desk(_), _) if ctrl => None,
            (_, Esc) => Some(Msg::Cancel),
            (Staff::Pin { .. }, Char(c)) if c.is_ascii_digit() => {
                u8::try_from(c).ok().map(Msg::PinDigit)
            }
            (Staff::Pin { .. }, Backspace) => Some(Msg::PinErase),
            (Staff::Pin { .. }, Enter) => Some(Msg::PinSubmit),
            (Staff::Menu { .. }, Up | Char('k')) => Some(Msg::Up),
            (Staff::Menu { .. }, Down | Char('j')) => Some(Msg::Down),
            (Staff::Menu { .. }, Enter) => Some(Msg::Enter),
            (Staff::Menu { .. }, Char(c)) => digit(c).map(Msg::StaffPick),
            (Staff::Desk(d), _) => desk_key(key, d),
            _ => None,
        };
    }
    // Any key answers "Still there?".
    if matches!(k.idle_state, idle::State::Warning { .. }) {
        return Some(Msg::CloseOverlay);
    }
    if matches!(k.sent, Some(Sent::Code(_))) {
        return match key.code {
            Enter | Esc | Char(' ') | Backspace => Some(Msg::Cancel),
            _ => None,
        };
    }
    if ctrl {
        return None;
    }
    if app.screen == Screen::Results && app.overlay.is_none() {
        match key.code {
            Char('s') if k.export_dir.is_some() => return Some(Msg::Send),
            Char('f') => return Some(Msg::Finished),
            _ => {}
        }
    }
    base_key(key, app).filter(|m| *m != Msg::AskQuit)
}

/// The staff's Summaries screen: in the list, letters and digits type a
/// code; with a summary open, they are its actions.
fn desk_key(key: KeyEvent, d: &Desk) -> Option<Msg> {
    use KeyCode::*;
    let moves = match key.code {
        Up => Some(Msg::Up),
        Down => Some(Msg::Down),
        PageUp => Some(Msg::PageUp),
        PageDown => Some(Msg::PageDown),
        Home => Some(Msg::Home),
        End => Some(Msg::End),
        Enter => Some(Msg::Enter),
        _ => None,
    };
    match &d.open {
        None => match key.code {
            Backspace => Some(Msg::Desk(DeskKey::Erase)),
            Char(c) => Some(Msg::Desk(DeskKey::Char(c))),
            _ => moves,
        },
        Some(o) if o.confirm_delete.is_some() => match key.code {
            Char('y' | 'Y') => Some(Msg::Confirm),
            Char('n' | 'N') | Backspace => Some(Msg::Cancel),
            Left | Right | Tab | BackTab => Some(Msg::SwitchFocus),
            Enter => Some(Msg::Enter),
            _ => None,
        },
        Some(_) => match key.code {
            Char('k') => Some(Msg::Up),
            Char('j') | Char(' ') => Some(Msg::Down),
            Char('p' | 'P') => Some(Msg::Desk(DeskKey::Print)),
            Char('c' | 'C') => Some(Msg::Desk(DeskKey::Collect)),
            Char('d' | 'D') | Delete => Some(Msg::Desk(DeskKey::Delete)),
            Backspace => Some(Msg::Cancel),
            Enter => None,
            _ => moves,
        },
    }
}

fn base_key(key: KeyEvent, app: &App) -> Option<Msg> {
    use KeyCode::*;
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if ctrl {
        return match key.code {
            Char('c') => Some(Msg::AskQuit),
            _ => None,
        };
    }
    if key.code == F(1) {
        return Some(Msg::OpenHelp);
    }
    if let Some(overlay) = app.overlay {
        return match (overlay, key.code) {
            (Overlay::Help, Char('q')) => Some(Msg::AskQuit),
            (Overlay::Help, Up | Char('k')) => Some(Msg::Up),
            (Overlay::Help, Down | Char('j')) => Some(Msg::Down),
            (Overlay::Help, PageUp) => Some(Msg::PageUp),
            (Overlay::Help, PageDown) => Some(Msg::PageDown),
            (Overlay::Help, Home) => Some(Msg::Home),
            (Overlay::Help, End) => Some(Msg::End),
            (Overlay::Help, Esc | Enter | Backspace | Char('?') | Char(' ')) => {
                Some(Msg::CloseOverlay)
            }
            (Overlay::Help, _) => None,
            (Overlay::Disclaimer, Char('i')) => Some(Msg::Disclaimer),
            (Overlay::Disclaimer, Char('q')) => Some(Msg::AskQuit),
            (_, Char('y') | Char('Y')) => Some(Msg::Confirm),
            (Overlay::Quit { .. }, Char('q')) => Some(Msg::Confirm),
            (_, Char('n') | Char('N') | Esc | Backspace) => Some(Msg::Cancel),
            (_, Left | Right | Tab | BackTab | Char('h') | Char('l')) => Some(Msg::SwitchFocus),
            (_, Enter | Char(' ')) => Some(Msg::Enter),
            _ => None,
        };
    }
    // Esc closes what is open before it goes back: the question's help.
    if key.code == Esc && app.screen == Screen::Question && app.question_help {
        return Some(Msg::CloseOverlay);
    }
    let common = match key.code {
        Char('q') => Some(Msg::AskQuit),
        Backspace | Esc => Some(Msg::Back),
        _ => None,
    };
    if common.is_some() {
        return common;
    }
    let compare = app
        .results
        .as_ref()
        .is_some_and(|r| r.section == Section::Compare);
    match app.screen {
        Screen::Welcome => match key.code {
            Enter | Char(' ') => Some(Msg::Start),
            // The language list (when there is one to choose from).
            Up | Left | Char('k') => Some(Msg::Up),
            Down | Right | Char('j') => Some(Msg::Down),
            Char('?') => Some(Msg::OpenHelp),
            _ => None,
        },
        Screen::Question => match key.code {
            Up | Char('k') => Some(Msg::Up),
            Down | Char('j') => Some(Msg::Down),
            Char(' ') => Some(Msg::Toggle),
            Enter => Some(Msg::Enter),
            // Goes on without choosing the highlighted option: the only way
            // past an optional one-choice question with no answer.
            Tab => Some(Msg::Next),
            // Scroll the question's help when it is longer than its box.
            PageDown => Some(Msg::PageDown),
            PageUp => Some(Msg::PageUp),
            Char('?') => Some(Msg::ToggleQuestionHelp),
            Char(c) => digit(c).map(Msg::Choose),
            _ => None,
        },
        Screen::Review => match key.code {
            Up | Char('k') => Some(Msg::Up),
            Down | Char('j') => Some(Msg::Down),
            Enter | Char(' ') => Some(Msg::Enter),
            Char('?') => Some(Msg::OpenHelp),
            Char(c) => digit(c).map(Msg::Edit),
            _ => None,
        },
        // In Compare, left and right move the columns; Tab the sections.
        Screen::Results if compare => match key.code {
            Left | Char('h') => Some(Msg::Sideways(-1)),
            Right | Char('l') => Some(Msg::Sideways(1)),
            Tab => Some(Msg::NextSection),
            BackTab => Some(Msg::PrevSection),
            _ => results_key(key.code),
        },
        Screen::Results => match key.code {
            Tab | Right | Char('l') => Some(Msg::NextSection),
            BackTab | Left | Char('h') => Some(Msg::PrevSection),
            c => results_key(c),
        },
    }
}

/// The results' keys other than left and right.
fn results_key(code: KeyCode) -> Option<Msg> {
    use KeyCode::*;
    match code {
        Up | Char('k') => Some(Msg::Up),
        Down | Char('j') => Some(Msg::Down),
        PageUp => Some(Msg::PageUp),
        PageDown => Some(Msg::PageDown),
        Home => Some(Msg::Home),
        End => Some(Msg::End),
        Enter | Char(' ') => Some(Msg::Enter),
        Char('r') => Some(Msg::AskStartOver),
        Char('i') => Some(Msg::Disclaimer),
        Char('?') => Some(Msg::OpenHelp),
        Char(c) => digit(c).map(Msg::Choose),
        _ => None,
    }
}

pub fn map_mouse(mouse: MouseEvent, app: &App) -> Option<Msg> {
    if let Some(k) = &app.kiosk {
        let press = matches!(
            mouse.kind,
            MouseEventKind::Down(_) | MouseEventKind::ScrollUp | MouseEventKind::ScrollDown
        );
        // Any click, tap or wheel answers "Still there?".
        if press && matches!(k.idle_state, idle::State::Warning { .. }) {
            return Some(Msg::CloseOverlay);
        }
        if let Some(Staff::Desk(_)) = &k.staff {
            return match mouse.kind {
                MouseEventKind::ScrollDown => Some(Msg::Scroll(3)),
                MouseEventKind::ScrollUp => Some(Msg::Scroll(-3)),
                MouseEventKind::Down(MouseButton::Left) => {
                    match app.hits.at(mouse.column, mouse.row)? {
                        Target::Summary(i) => Some(Msg::Desk(DeskKey::Pick(i))),
                        Target::Yes => Some(Msg::Confirm),
                        Target::No => Some(Msg::Cancel),
                        _ => None,
                    }
                }
                _ => None,
            };
        }
    }
    let msg = base_mouse(mouse, app)?;
    match &app.kiosk {
        Some(_) if msg == Msg::AskQuit => None,
        _ => Some(msg),
    }
}

fn base_mouse(mouse: MouseEvent, app: &App) -> Option<Msg> {
    let wheel = |down: bool| match (app.overlay, app.screen) {
        (Some(Overlay::Help), _) => Some(Msg::Scroll(if down { 3 } else { -3 })),
        (Some(_), _) => None,
        (None, Screen::Results) => Some(Msg::Scroll(if down { 3 } else { -3 })),
        (None, Screen::Question | Screen::Review) => Some(if down { Msg::Down } else { Msg::Up }),
        (None, Screen::Welcome) => None,
    };
    match mouse.kind {
        MouseEventKind::ScrollDown => wheel(true),
        MouseEventKind::ScrollUp => wheel(false),
        MouseEventKind::Down(MouseButton::Left) => {
            let target = app.hits.at(mouse.column, mouse.row);
            if matches!(app.overlay, Some(Overlay::Help | Overlay::Disclaimer)) {
                return Some(Msg::CloseOverlay);
            }
            Some(match target? {
                Target::Option(i) => Msg::Click(i),
                Target::Review(i) => Msg::Edit(i),
                Target::Tab(s) => Msg::Section(s),
                Target::Treatment(k) => Msg::OpenTreatment(k),
                Target::Yes => Msg::Confirm,
                Target::No => Msg::Cancel,
                Target::Staff(i) => Msg::StaffPick(i),
                Target::Summary(i) => Msg::Desk(DeskKey::Pick(i)),
                Target::Disclaimer => Msg::Disclaimer,
                Target::Pick(k) => Msg::Pick(k),
                Target::Lang(i) => Msg::Lang(i),
                Target::Button(b) => match b {
                    Button::Start => Msg::Start,
                    Button::Back => Msg::Back,
                    Button::Next | Button::Results => Msg::Next,
                    Button::StartOver => Msg::AskStartOver,
                    Button::Help => Msg::OpenHelp,
                    Button::Quit => Msg::AskQuit,
                    Button::Send => Msg::Send,
                    Button::Finished => Msg::Finished,
                    Button::Save => Msg::Save,
                },
            })
        }
        _ => None,
    }
}
