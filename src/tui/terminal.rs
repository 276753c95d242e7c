//! Setting the terminal up and putting it back on every way out: normal
//! quit, error, panic (a hook chained before the previous one), and the
//! signals that end a process (see `signals`). The drawing is capped at
//! `MAX_COLS`×`MAX_ROWS`: a terminal that claims 65535×65535 cells would
//! otherwise ask for hundreds of gigabytes and abort with it left raw.

use std::io::{self, Stdout, Write};
use std::os::fd::OwnedFd;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, Once};

use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::terminal::{
    disable_raw_mode, enable_raw_mode, EnterAlternateScreen, LeaveAlternateScreen,
};
use ratatui::crossterm::{cursor, execute};
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

use super::app::App;
use super::layout::Hits;
use super::view;

/// The largest area drawn; a bigger terminal shows it in its top left.
pub const MAX_COLS: u16 = 500;
pub const MAX_ROWS: u16 = 200;

/// The area drawn for a terminal of `(cols, rows)`.
pub fn capped((cols, rows): (u16, u16)) -> Rect {
    Rect::new(0, 0, cols.min(MAX_COLS), rows.min(MAX_ROWS))
}

/// Whether the terminal is in full-screen mode (so restoring twice is harmless).
static ACTIVE: AtomicBool = AtomicBool::new(false);
static HOOK: Once = Once::new();
/// The program's own stdin while full-screen input reads a non-blocking
/// copy of it (see `nonblocking_input`).
static SAVED_STDIN: Mutex<Option<OwnedFd>> = Mutex::new(None);

/// The loop reads the terminal once per wake-up; a blocking stdin could
/// still leave it waiting inside read() after a spurious wake-up, and the
/// loop with it: no idle wipe, no timers. So stdin becomes a new,
/// non-blocking opening of the same terminal. Not O_NONBLOCK on the
/// stdin we were given: that flag would also make stdout non-blocking and
/// reach the shell that shares it.
fn nonblocking_input() {
    use rustix::fs::{fstat, open, Mode, OFlags};
    let stdin = io::stdin();
    let Ok(ours) = fstat(&stdin) else { return };
    let flags = OFlags::RDONLY | OFlags::NONBLOCK | OFlags::NOCTTY | OFlags::CLOEXEC;
    // /proc/self/fd/0 checks the terminal's permissions again (a user
    // who does not own it is refused); /dev/tty is the controlling
    // terminal, used only when it is the same device as stdin.
    let fresh = ["/proc/self/fd/0", "/dev/tty"]
        .into_iter()
        .find_map(|path| {
            let fd = open(path, flags, Mode::empty()).ok()?;
            let same = fstat(&fd).is_ok_and(|st| st.st_rdev == ours.st_rdev);
            same.then_some(fd)
        });
    let Some(fresh) = fresh else { return };
    let Ok(saved) = rustix::io::fcntl_dupfd_cloexec(&stdin, 0) else {
        return;
    };
    if rustix::stdio::dup2_stdin(&fresh).is_ok() {
        *SAVED_STDIN.lock().unwrap_or_else(|e| e.into_inner()) = Some(saved);
    }
}

/// Puts the program's own stdin back.
fn original_input() {
    let saved = SAVED_STDIN.lock().unwrap_or_else(|e| e.into_inner()).take();
    if let Some(fd) = saved {
        let _ = rustix::stdio::dup2_stdin(&fd);
    }
}

/// Puts the terminal back: mouse capture off, cursor shown, main screen,
/// raw mode off. Safe to call more than once and from the panic hook.
pub fn restore() {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return;
    }
    let mut out = io::stdout();
    let _ = execute!(out, DisableMouseCapture, cursor::Show, LeaveAlternateScreen);
    let _ = out.flush();
    let _ = disable_raw_mode();
    original_input();
}

/// The terminal's own idea of its size; 0×0 if it has none.
fn real_size() -> (u16, u16) {
    ratatui::crossterm::terminal::size().unwrap_or((0, 0))
}

/// The full-screen terminal; restores it when dropped.
pub struct Term {
    terminal: Terminal<CrosstermBackend<Stdout>>,
}

impl Term {
    pub fn enter() -> io::Result<Term> {
        HOOK.call_once(|| {
            let previous = std::panic::take_hook();
            std::panic::set_hook(Box::new(move |info| {
                restore();
                previous(info);
            }));
        });
        enable_raw_mode()?;
        ACTIVE.store(true, Ordering::SeqCst);
        nonblocking_input();
        let mut out = io::stdout();
        let setup = execute!(out, EnterAlternateScreen, EnableMouseCapture, cursor::Hide);
        if let Err(e) = setup {
            restore();
            return Err(e);
        }
        // A fixed viewport, resized by `draw`: a full-screen one would
        // allocate for whatever size the terminal claims.
        let area = capped(real_size());
        let options = TerminalOptions {
            viewport: Viewport::Fixed(area),
        };
        match Terminal::with_options(CrosstermBackend::new(io::stdout()), options) {
            Ok(terminal) => Ok(Term { terminal }),
            Err(e) => {
                restore();
                Err(e)
            }
        }
    }

    /// (columns, rows) as drawn: capped, 0×0 if unknown.
    pub fn size(&self) -> (u16, u16) {
        let area = capped(real_size());
        (area.width, area.height)
    }

    /// Blanks the whole screen and everything it could scroll back to, and
    /// makes the next frame a full redraw: nothing of a wiped session stays.
    ///
    /// Not `Terminal::clear`: it asks the terminal where the cursor is, and
    /// a console that does not answer would end the kiosk.
    pub fn clear(&mut self) -> io::Result<()> {
        use ratatui::crossterm::terminal::{Clear, ClearType};
        execute!(io::stdout(), Clear(ClearType::All), Clear(ClearType::Purge))?;
        // Twice: both buffers end up blank, like the screen, so the next
        // frame is drawn in full.
        self.terminal.swap_buffers();
        self.terminal.swap_buffers();
        Ok(())
    }

    /// Draws one frame; returns its clickable areas.
    pub fn draw(&mut self, app: &App) -> io::Result<Hits> {
        let area = capped(real_size());
        if area != self.terminal.get_frame().area() {
            self.terminal.resize(area)?;
        }
        let mut hits = Hits::default();
        self.terminal.draw(|frame| {
            let area = frame.area();
            hits = view::draw(app, area, frame.buffer_mut());
            // The real cursor on the focused item: screen readers that
            // follow it (Orca, Speakup, Fenrir) read what has the focus.
            if let Some(at) = hits.cursor {
                frame.set_cursor_position(at);
            }
        })?;
        Ok(hits)
    }
}

impl Drop for Term {
    fn drop(&mut self) {
        // Tell ratatui the cursor is back, so its own drop adds nothing
        // after the terminal has been restored.
        let _ = self.terminal.show_cursor();
        restore();
    }
}
