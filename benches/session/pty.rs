//! The session bench's pseudo-terminal: the program, its screen read
//! with vt100, and clean-up that leaves no process behind.

use std::io::Write;
use std::path::Path;
use std::process::Command;
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use portable_pty::{Child, MasterPty};

use super::{term, COLS, ROWS, WAIT};

/// A program running in a pseudo-terminal, its screen read with vt100.
/// Dropping it kills the program's whole process group and reaps it, so no
/// path (a panic included) leaves a process behind.
pub struct Term {
    child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    rx: Receiver<Vec<u8>>,
    pub parser: vt100::Parser,
    /// Bytes the program has written so far.
    pub bytes: usize,
    eof: bool,
    // Last: the master closes after the child is gone.
    _master: Box<dyn MasterPty + Send>,
}

impl Term {
    pub fn spawn(program: &Path, args: &[&str]) -> Term {
        let t = term::open(program, args, &[], (ROWS, COLS));
        Term {
            child: t.child,
            writer: t.writer,
            rx: t.output,
            parser: vt100::Parser::new(ROWS, COLS, 0),
            bytes: 0,
            eof: false,
            _master: t.master,
        }
    }

    pub fn pid(&self) -> u32 {
        self.child.process_id().expect("a running child")
    }

    /// Takes in one chunk of output, waiting up to `timeout`.
    pub fn take_one(&mut self, timeout: Duration) -> bool {
        match self.rx.recv_timeout(timeout) {
            Ok(bytes) => {
                self.parser.process(&bytes);
                self.bytes += bytes.len();
                true
            }
            Err(RecvTimeoutError::Timeout) => false,
            Err(RecvTimeoutError::Disconnected) => {
                self.eof = true;
                false
            }
        }
    }

    /// Takes in output until none has come for `quiet`.
    pub fn settle(&mut self, quiet: Duration) {
        while self.take_one(quiet) {}
    }

    /// Waits until the screen satisfies `pred`, checking after every chunk
    /// of output; returns when it did. Panics with the screen if it never does.
    pub fn wait_for(&mut self, what: &str, pred: impl Fn(&vt100::Screen) -> bool) -> Instant {
        let deadline = Instant::now() + WAIT;
        loop {
            if pred(self.parser.screen()) {
                return Instant::now();
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() || self.eof {
                panic!(
                    "timed out waiting for {what}; screen:\n{}",
                    self.parser.screen().contents()
                );
            }
            self.take_one(left);
        }
    }

    pub fn wait_text(&mut self, text: &str) -> Instant {
        self.wait_for(text, |s| s.contents().contains(text))
    }

    pub fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).expect("writing to the pty");
        self.writer.flush().expect("flushing the pty");
    }

    /// Sends `keys` and waits for the program to end by itself.
    pub fn quit_with(&mut self, keys: &[u8]) {
        self.send(keys);
        let deadline = Instant::now() + WAIT;
        loop {
            self.take_one(Duration::from_millis(20));
            if self.child.try_wait().ok().flatten().is_some() {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "the program did not quit; screen:\n{}",
                self.parser.screen().contents()
            );
        }
    }
}

impl Drop for Term {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            // The child leads its own session and process group (portable-pty
            // calls setsid): kill the group, so a program it started goes too.
            if let Some(pid) = self.child.process_id() {
                let _ = Command::new("kill")
                    .args(["-KILL", "--", &format!("-{pid}")])
                    .status();
            }
            let _ = self.child.kill();
        }
        let _ = self.child.wait();
    }
}
