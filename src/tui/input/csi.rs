//! What a finished escape sequence means: keys (with modifiers), the
//! mouse, or nothing. Anything not recognised here is dropped.

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

/// A finished sequence: an event, nothing, or the start of a paste.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Parsed {
    Event(Event),
    Nothing,
    PasteStart,
}

fn key(code: KeyCode, modifiers: KeyModifiers) -> Parsed {
    Parsed::Event(Event::Key(KeyEvent::new(code, modifiers)))
}

/// The xterm modifier parameter: 1 + a bit mask (shift 1, alt 2, ctrl 4).
fn modifiers(param: Option<u16>) -> KeyModifiers {
    let mask = param.unwrap_or(1).saturating_sub(1);
    let mut m = KeyModifiers::empty();
    for (bit, flag) in [
        (1, KeyModifiers::SHIFT),
        (2, KeyModifiers::ALT),
        (4, KeyModifiers::CONTROL),
        (8, KeyModifiers::SUPER),
    ] {
        if mask & bit != 0 {
            m |= flag;
        }
    }
    m
}

/// Numbers separated by `;`; None if any part is not a small number.
fn numbers(params: &[u8]) -> Option<Vec<u16>> {
    if params.is_empty() {
        return Some(Vec::new());
    }
    params
        .split(|&b| b == b';')
        .map(|p| std::str::from_utf8(p).ok()?.parse::<u16>().ok())
        .collect()
}

/// `ESC O x`: arrows, Home/End and F1–F4 in the terminal's application mode.
pub fn ss3(byte: u8) -> Parsed {
    let none = KeyModifiers::NONE;
    match byte {
        b'A' => key(KeyCode::Up, none),
        b'B' => key(KeyCode::Down, none),
        b'C' => key(KeyCode::Right, none),
        b'D' => key(KeyCode::Left, none),
        b'H' => key(KeyCode::Home, none),
        b'F' => key(KeyCode::End, none),
        b'P'..=b'S' => key(KeyCode::F(1 + byte - b'P'), none),
        _ => Parsed::Nothing,
    }
}

/// `ESC [ [ x`: F1–F5 on the Linux console.
pub fn linux_f(byte: u8) -> Parsed {
    match byte {
        b'A'..=b'E' => key(KeyCode::F(1 + byte - b'A'), KeyModifiers::NONE),
        _ => Parsed::Nothing,
    }
}

/// `ESC [ params final`.
pub fn csi(params: &[u8], last: u8) -> Parsed {
    if let Some(rest) = params.strip_prefix(b"<") {
        return sgr_mouse(rest, last);
    }
    let Some(n) = numbers(params) else {
        return Parsed::Nothing;
    };
    let mods = modifiers(n.get(1).copied());
    let code = match last {
        b'A' => KeyCode::Up,
        b'B' => KeyCode::Down,
        b'C' => KeyCode::Right,
        b'D' => KeyCode::Left,
        b'H' => KeyCode::Home,
        b'F' => KeyCode::End,
        b'P' => KeyCode::F(1),
        b'Q' => KeyCode::F(2),
        b'R' => KeyCode::F(3),
        b'S' => KeyCode::F(4),
        b'Z' if n.is_empty() => return key(KeyCode::BackTab, KeyModifiers::SHIFT),
        b'M' if n.len() == 3 => return rxvt_mouse(&n),
        b'~' => return tilde(&n, mods),
        // Keypad 5 without NumLock (ESC [ G, ESC [ E), focus reports, and
        // everything else: no key the app knows.
        _ => return Parsed::Nothing,
    };
    // `ESC [ 1 ; 5 A` and `ESC [ A`, never `ESC [ 7 A` (cursor reports).
    match n.first() {
        None | Some(1) => key(code, mods),
        Some(_) => Parsed::Nothing,
    }
}

/// `ESC [ n ~` and `ESC [ n ; mods ~`.
fn tilde(n: &[u16], mods: KeyModifiers) -> Parsed {
    let code = match n.first().copied().unwrap_or(0) {
        1 | 7 => KeyCode::Home,
        2 => KeyCode::Insert,
        3 => KeyCode::Delete,
        4 | 8 => KeyCode::End,
        5 => KeyCode::PageUp,
        6 => KeyCode::PageDown,
        v @ 11..=15 => KeyCode::F((v - 10) as u8),
        v @ 17..=21 => KeyCode::F((v - 11) as u8),
        v @ 23..=26 => KeyCode::F((v - 12) as u8),
        v @ 28..=29 => KeyCode::F((v - 15) as u8),
        v @ 31..=34 => KeyCode::F((v - 17) as u8),
        200 => return Parsed::PasteStart,
        _ => return Parsed::Nothing,
    };
    key(code, mods)
}

/// The button byte of a mouse report: which button, what it did, and
/// the keys held.
fn mouse_kind(cb: u16, release: bool) -> Option<(MouseEventKind, KeyModifiers)> {
    let button = (cb & 0b11) | ((cb & 0b1100_0000) >> 4);
    let dragging = cb & 0b10_0000 != 0;
    let which = [MouseButton::Left, MouseButton::Middle, MouseButton::Right];
    let kind = match (button, dragging) {
        (0..=2, false) => {
            let b = *which.get(usize::from(button))?;
            if release {
                MouseEventKind::Up(b)
            } else {
                MouseEventKind::Down(b)
            }
        }
        (0..=2, true) => MouseEventKind::Drag(*which.get(usize::from(button))?),
        (3, false) => MouseEventKind::Up(MouseButton::Left),
        (3..=5, true) => MouseEventKind::Moved,
        (4, false) => MouseEventKind::ScrollUp,
        (5, false) => MouseEventKind::ScrollDown,
        (6, false) => MouseEventKind::ScrollLeft,
        (7, false) => MouseEventKind::ScrollRight,
        _ => return None,
    };
    let mut m = KeyModifiers::empty();
    for (bit, flag) in [
        (4, KeyModifiers::SHIFT),
        (8, KeyModifiers::ALT),
        (16, KeyModifiers::CONTROL),
    ] {
        if cb & bit != 0 {
            m |= flag;
        }
    }
    Some((kind, m))
}

fn mouse(cb: u16, x: u16, y: u16, release: bool) -> Parsed {
    match mouse_kind(cb, release) {
        Some((kind, modifiers)) => Parsed::Event(Event::Mouse(MouseEvent {
            kind,
            column: x.saturating_sub(1),
            row: y.saturating_sub(1),
            modifiers,
        })),
        None => Parsed::Nothing,
    }
}

/// `ESC [ < b ; x ; y M` (press) or `m` (release).
fn sgr_mouse(params: &[u8], last: u8) -> Parsed {
    match (numbers(params).as_deref(), last) {
        (Some(&[cb, x, y]), b'M' | b'm') => mouse(cb, x, y, last == b'm'),
        _ => Parsed::Nothing,
    }
}

/// `ESC [ b ; x ; y M` (urxvt): the button number is offset by 32.
fn rxvt_mouse(n: &[u16]) -> Parsed {
    match n {
        &[cb, x, y] if cb >= 32 => mouse(cb - 32, x, y, false),
        _ => Parsed::Nothing,
    }
}

/// `ESC [ M b x y` (X10): three raw bytes, each offset by 32.
pub fn x10_mouse(bytes: [u8; 3]) -> Parsed {
    let [b, x, y] = bytes.map(|v| u16::from(v.saturating_sub(32)));
    mouse(b, x, y, false)
}

/// A key that is a single byte (ASCII or a control character).
pub fn byte_key(b: u8) -> Option<KeyEvent> {
    let ctrl = KeyModifiers::CONTROL;
    let (code, mods) = match b {
        b'\r' => (KeyCode::Enter, KeyModifiers::NONE),
        b'\t' => (KeyCode::Tab, KeyModifiers::NONE),
        0x7f => (KeyCode::Backspace, KeyModifiers::NONE),
        0x1b => (KeyCode::Esc, KeyModifiers::NONE),
        0 => (KeyCode::Char(' '), ctrl),
        0x01..=0x1a => (KeyCode::Char(char::from(b - 1 + b'a')), ctrl),
        0x1c..=0x1f => (KeyCode::Char(char::from(b - 0x1c + b'4')), ctrl),
        0x20..=0x7e => return Some(char_key(char::from(b))),
        _ => return None,
    };
    Some(KeyEvent::new_with_kind(code, mods, KeyEventKind::Press))
}

/// A typed character; capitals carry Shift, as crossterm reports them.
pub fn char_key(c: char) -> KeyEvent {
    let mods = if c.is_uppercase() {
        KeyModifiers::SHIFT
    } else {
        KeyModifiers::NONE
    };
    KeyEvent::new(KeyCode::Char(c), mods)
}
