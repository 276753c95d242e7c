//! A pseudo-terminal harness shared by the end-to-end tests: run the real
//! binary, read its screen with vt100, send keys and signals.
#![allow(dead_code)] // each test binary uses a part of it

pub mod answers;
pub mod drive;
pub mod every;
pub mod screen;
pub mod term;

use std::io::Write;
use std::path::PathBuf;
use std::process::Command;
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use portable_pty::{Child, MasterPty};
use scarguide::dataset;
use scarguide::interview::Flow;

pub const BIN: &str = env!("CARGO_BIN_EXE_scarguide");
pub const ROWS: u16 = 30;
pub const COLS: u16 = 100;
pub const WAIT: Duration = Duration::from_secs(10);

/// The binary to run: SCARGUIDE_BIN (e.g. a release build) or the test build.
pub fn bin() -> String {
    std::env::var("SCARGUIDE_BIN").unwrap_or_else(|_| BIN.to_string())
}

pub struct Pty {
    pub child: Box<dyn Child + Send + Sync>,
    pub writer: Box<dyn Write + Send>,
    pub master: Box<dyn MasterPty + Send>,
    rx: Receiver<Vec<u8>>,
    pub parser: vt100::Parser,
    pub raw: Vec<u8>,
    pub eof: bool,
}

impl Pty {
    pub fn spawn(args: &[&str], envs: &[(&str, &str)]) -> Pty {
        Pty::from_opened(term::open(bin(), args, envs, (ROWS, COLS)))
    }

    /// A program already started in a ROWS×COLS pseudo-terminal.
    pub fn from_opened(t: term::Opened) -> Pty {
        Pty {
            child: t.child,
            writer: t.writer,
            master: t.master,
            rx: t.output,
            parser: vt100::Parser::new(ROWS, COLS, 0),
            raw: Vec::new(),
            eof: false,
        }
    }

    /// Takes in output for up to `timeout`; returns whether any arrived.
    pub fn pump(&mut self, timeout: Duration) -> bool {
        let mut got = false;
        let deadline = Instant::now() + timeout;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self
                .rx
                .recv_timeout(if got { Duration::ZERO } else { left })
            {
                Ok(bytes) => {
                    self.parser.process(&bytes);
                    self.raw.extend_from_slice(&bytes);
                    got = true;
                }
                Err(RecvTimeoutError::Timeout) => return got,
                Err(RecvTimeoutError::Disconnected) => {
                    self.eof = true;
                    return got;
                }
            }
        }
    }

    pub fn screen(&self) -> String {
        self.parser.screen().contents()
    }

    /// Waits until the screen satisfies `pred`; panics with the screen if not.
    pub fn wait_for(&mut self, what: &str, pred: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + WAIT;
        loop {
            let s = self.screen();
            if pred(&s) {
                return s;
            }
            if Instant::now() > deadline || self.eof {
                panic!("timed out waiting for {what}; screen:\n{s}");
            }
            self.pump(Duration::from_millis(50));
        }
    }

    pub fn wait_text(&mut self, text: &str) -> String {
        self.wait_for(text, |s| s.contains(text))
    }

    pub fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).unwrap();
        self.writer.flush().unwrap();
    }

    pub fn pid(&self) -> u32 {
        self.child.process_id().unwrap()
    }

    /// Waits for the process to end and its output to be read to the end.
    pub fn wait_exit(&mut self, timeout: Duration) -> u32 {
        let deadline = Instant::now() + timeout;
        loop {
            self.pump(Duration::from_millis(20));
            if let Some(status) = self.child.try_wait().unwrap() {
                let until = Instant::now() + Duration::from_secs(2);
                while !self.eof && Instant::now() < until {
                    self.pump(Duration::from_millis(20));
                }
                return status.exit_code();
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("the program did not exit; screen:\n{}", self.screen());
            }
        }
    }

    pub fn assert_restored(&self) {
        let tail_start = self.raw.len().saturating_sub(200);
        let tail = String::from_utf8_lossy(&self.raw[tail_start..]).to_string();
        assert!(
            self.raw.ends_with(b"\x1b[?1049l"),
            "ends leaving the alternate screen: {tail:?}"
        );
        assert!(tail.contains("\x1b[?25h"), "cursor shown: {tail:?}");
        assert!(tail.contains("\x1b[?1000l"), "mouse capture off: {tail:?}");
        assert!(tail.contains("\x1b[?1006l"), "SGR mouse off: {tail:?}");
    }
}

/// "Question n of m" on the screen, if any.
pub fn progress(screen: &str) -> Option<(usize, usize)> {
    let at = screen.find("Question ")?;
    let rest = &screen[at + "Question ".len()..];
    let mut parts = rest.split_whitespace();
    let n = parts.next()?.parse().ok()?;
    (parts.next()? == "of").then_some(())?;
    let m = parts.next()?.parse().ok()?;
    Some((n, m))
}

/// Treatment names on a results screen: rows like "│ > ▸ Name" or "│   ▾ Name".
pub fn treatment_names(screen: &str) -> Vec<String> {
    screen
        .lines()
        .filter_map(|l| {
            let l = l
                .trim()
                .trim_start_matches('│')
                .trim_end_matches('│')
                .trim();
            let l = l.strip_prefix("> ").unwrap_or(l);
            l.strip_prefix("▸ ")
                .or_else(|| l.strip_prefix("▾ "))
                .map(|n| n.trim().to_string())
        })
        .collect()
}

/// The answers of "option 1 of every shown question", computed with the library.
pub fn first_option_answers() -> String {
    let d = dataset::check_text(dataset::EMBEDDED_NAME, dataset::EMBEDDED)
        .unwrap()
        .dataset;
    let mut flow = Flow::new(&d);
    while flow.question().is_some() {
        flow.pick(0);
        flow.go_on().unwrap();
    }
    let mut out = String::from("{\n");
    for (q, options) in flow.answers().in_order(&d) {
        let list: Vec<String> = options.iter().map(|o| format!("{o:?}")).collect();
        out.push_str(&format!("    {:?}: [{}],\n", q.id, list.join(", ")));
    }
    out.push_str("}\n");
    out
}

pub fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("scarguide-tui-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Enter, then option 1 + Enter on every question until the review.
pub fn answer_first_options(p: &mut Pty) {
    p.wait_text("[ Start ]");
    p.send(b"\r");
    let mut screen = p.wait_for("the first question", |s| progress(s).is_some());
    let mut seen = 0;
    while let Some((n, _)) = progress(&screen) {
        seen += 1;
        assert!(seen < 50, "the interview never ends");
        p.send(b"1");
        p.send(b"\r");
        let prefix = format!("Question {n} of");
        screen = p.wait_for("the next screen", |s| !s.contains(&prefix));
    }
    // The review may still be drawing when the last question's number
    // goes; wait for the whole of it.
    let _ = screen;
    p.wait_text("See my results");
}

pub fn signal(pid: u32, sig: &str) {
    let ok = Command::new("kill")
        .args([sig, &pid.to_string()])
        .status()
        .unwrap();
    assert!(ok.success());
}
