//! Kiosk mode's pure parts: the staff PIN and its lock-out, the idle timer
//! that wipes a session, and the summary export. The full-screen app wires
//! them to keys and screens; each is tested here without a terminal or a
//! real clock.

pub mod export;
pub mod gate;
pub mod idle;
pub mod lockout;
pub mod pin;
pub mod pinfile;
pub mod retention;

use std::path::PathBuf;
use std::time::Duration;

/// Everything kiosk mode needs, checked before the terminal is touched.
#[derive(Debug, Clone)]
pub struct Config {
    /// The staff PIN and its lock-out (kept across restarts when it
    /// has a state folder).
    pub gate: gate::Gate,
    pub idle_timeout: Duration,
    pub export_dir: Option<PathBuf>,
    /// The printer for the staff's Summaries screen (None: the default).
    pub printer: Option<String>,
}
