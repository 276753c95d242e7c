//! Signals that end a process by default: each one sets a flag the loop
//! sees as soon as `wake` wakes it, so the terminal is put back before the
//! program ends with 128 + the signal's number. A watchdog thread ends it
//! if the loop cannot.
//!
//! Not caught: SIGKILL and SIGSTOP (nobody can); faults (SIGSEGV, SIGBUS,
//! SIGILL, SIGFPE, SIGABRT, SIGSYS: a bug or seccomp, with no safe way to
//! go on); SIGPIPE, which Rust's runtime ignores, so it ends nothing.

use std::io;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use signal_hook::consts::*;

use super::terminal::restore;

/// Every catchable signal whose default action ends the process.
pub fn ending() -> Vec<i32> {
    let mut all = vec![
        SIGTERM,
        SIGHUP,
        SIGINT,
        SIGQUIT,
        SIGUSR1,
        SIGUSR2,
        SIGALRM,
        SIGVTALRM,
        SIGPROF,
        SIGXCPU,
        SIGXFSZ,
        SIGTRAP,
        SIGIO,
        libc::SIGPWR,
        libc::SIGSTKFLT,
    ];
    // The C library's own real-time signals lie below SIGRTMIN.
    all.extend(libc::SIGRTMIN()..=libc::SIGRTMAX());
    all
}

/// Keys a patient can press that send a signal: the kiosk ignores them.
const KIOSK_IGNORED: [i32; 3] = [SIGINT, SIGTSTP, SIGQUIT];

/// Ending signals, recorded for the loop to see.
#[derive(Clone)]
pub struct Signals {
    flags: Vec<(i32, Arc<AtomicBool>)>,
}

impl Signals {
    /// Self-guided: every ending signal ends the program, cleanly.
    pub fn register() -> io::Result<Signals> {
        Signals::watch(ending())
    }

    /// Kiosk mode: SIGINT, SIGTSTP and SIGQUIT are ignored (a handler that
    /// only sets an unread flag replaces their default action); the rest
    /// still end it, for the supervisor.
    pub fn register_kiosk() -> io::Result<Signals> {
        let ignored = Arc::new(AtomicBool::new(false));
        for sig in KIOSK_IGNORED {
            signal_hook::flag::register(sig, Arc::clone(&ignored))?;
        }
        Signals::watch(
            ending()
                .into_iter()
                .filter(|s| !KIOSK_IGNORED.contains(s))
                .collect(),
        )
    }

    fn watch(signals: Vec<i32>) -> io::Result<Signals> {
        let flags: Vec<_> = signals
            .into_iter()
            .map(|s| (s, Arc::new(AtomicBool::new(false))))
            .collect();
        for (sig, flag) in &flags {
            signal_hook::flag::register(*sig, Arc::clone(flag))?;
        }
        Ok(Signals { flags })
    }

    /// The signals that end the program (for `wake` to wake on).
    pub fn list(&self) -> Vec<i32> {
        self.flags.iter().map(|(s, _)| *s).collect()
    }

    pub fn caught(&self) -> bool {
        self.exit_code().is_some()
    }

    /// 128 + the signal number, if one arrived.
    pub fn exit_code(&self) -> Option<i32> {
        self.flags
            .iter()
            .find(|(_, f)| f.load(Ordering::SeqCst))
            .map(|(s, _)| 128 + s)
    }
}

/// How often the watchdog looks; waking twice a second costs microseconds.
const WATCH_EVERY: std::time::Duration = std::time::Duration::from_millis(500);

/// A thread that ends the program when the main loop cannot: if an ending
/// signal has gone unanswered for a while, or the terminal no longer
/// answers a size query (a hung-up tty fails every ioctl), put the
/// terminal back and exit.
pub fn spawn_watchdog(signals: Signals) {
    let _ = std::thread::Builder::new()
        .name("watchdog".into())
        .spawn(move || {
            let mut unanswered = 0u32;
            loop {
                std::thread::sleep(WATCH_EVERY);
                if let Some(code) = signals.exit_code() {
                    // The main loop normally exits at once (the signal wakes it).
                    unanswered += 1;
                    if unanswered >= 3 {
                        restore();
                        std::process::exit(code);
                    }
                } else if ratatui::crossterm::terminal::window_size().is_err() {
                    restore();
                    std::process::exit(129);
                }
            }
        });
}
