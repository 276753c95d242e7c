//! Printing through CUPS, the system print service, with its `lp` command.
//! A failed print says why in words; nothing is deleted or marked.

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::{pages, plain, postscript, Folder, Summary};
use crate::dataset::load::one_line;

/// Why a print did not happen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    NoCups,
    NotRunning(String),
    NoDefault,
    NoSuchPrinter(String),
    Lp(String),
    TimedOut,
    Io(String),
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failure::NoCups => f.write_str(
                "the print service (CUPS) is not installed on this computer (there is no `lp` command); \
                 ask whoever looks after the computer to install the `cups` package",
            ),
            Failure::NotRunning(lp) => write!(
                f,
                "the print service (CUPS) is not running ({lp}); restart it or ask whoever looks after the computer"
            ),
            Failure::NoDefault => f.write_str(
                "no printer was named and this computer has no default printer; \
                 name one with --printer NAME (`lpstat -p` lists them)",
            ),
            Failure::NoSuchPrinter(p) => write!(
                f,
                "there is no printer called `{p}`; `lpstat -p` lists the printers"
            ),
            Failure::Lp(lp) => write!(f, "the print service refused it: {lp}"),
            Failure::TimedOut => f.write_str("the print service did not answer within 30 seconds"),
            Failure::Io(e) => write!(f, "could not hand it to the print service: {e}"),
        }
    }
}

pub const TIMEOUT: Duration = Duration::from_secs(30);

/// Prints a summary's handout as plain-text pages headed with its code and
/// time, on `printer` or the default. What happened, in words; on failure
/// why, and that the summary is kept (nothing is deleted or marked).
pub fn summary(folder: &Folder, s: &Summary, printer: Option<&str>) -> Result<String, String> {
    let md = folder.read_handout(s)?;
    let blocks = plain::blocks(&md, plain::WIDTH);
    let pages = pages::paginate(&blocks, postscript::LINES_PER_PAGE);
    let title = format!("scarguide summary {}", s.code);
    let header = format!("Summary {} - written {}", s.code, s.written());
    let ps = postscript::document(&title, &header, &pages, plain::WIDTH);
    let to = printer.map_or("the default printer".to_string(), |p| {
        format!("printer {}", one_line(p))
    });
    let n = pages.len();
    match send(printer, &title, &ps) {
        Ok(said) => Ok(format!(
            "{} ({n} page{}) is sent to {to}: {}\n",
            s.code,
            if n == 1 { "" } else { "s" },
            one_line(&said)
        )),
        Err(why) => Err(format!(
            "{} was not printed: {why}. The summary is kept.",
            s.code
        )),
    }
}

/// Sends a PostScript document to `printer` (or the default) with `lp`,
/// found on PATH. Returns lp's own words on success ("request id is …").
pub fn send(printer: Option<&str>, title: &str, postscript: &str) -> Result<String, Failure> {
    let mut cmd = Command::new("lp");
    if let Some(p) = printer {
        cmd.args(["-d", p]);
    }
    cmd.args(["-t", title, "-o", "document-format=application/postscript"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => Failure::NoCups,
        _ => Failure::Io(e.to_string()),
    })?;
    if let Some(mut stdin) = child.stdin.take() {
        // lp may refuse before reading; its exit status says why.
        let _ = stdin.write_all(postscript.as_bytes());
    }
    let deadline = Instant::now() + TIMEOUT;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(20)),
            Ok(None) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(Failure::TimedOut);
            }
            Err(e) => return Err(Failure::Io(e.to_string())),
        }
    };
    // lp says a line or two, well inside a pipe's buffer.
    let output = child
        .wait_with_output()
        .map_err(|e| Failure::Io(e.to_string()))?;
    let said = |bytes: &[u8]| String::from_utf8_lossy(bytes).trim().to_string();
    if status.success() {
        Ok(said(&output.stdout))
    } else {
        Err(classify(printer, &said(&output.stderr)))
    }
}

/// lp's complaint in our words, keeping its own when it is something else.
pub fn classify(printer: Option<&str>, stderr: &str) -> Failure {
    let lower = stderr.to_lowercase();
    let lp =
        crate::dataset::load::sanitize(stderr.lines().next().unwrap_or("lp failed")).to_string();
    if lower.contains("no default destination") {
        Failure::NoDefault
    } else if lower.contains("does not exist") || lower.contains("unknown destination") {
        Failure::NoSuchPrinter(printer.map_or(String::new(), |p| {
            crate::dataset::load::one_line(p).to_string()
        }))
    } else if lower.contains("scheduler not responding")
        || lower.contains("unable to connect")
        || lower.contains("connection refused")
        || lower.contains("no such file or directory")
    {
        Failure::NotRunning(lp)
    } else {
        Failure::Lp(lp)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lp_errors_are_put_in_words() {
        assert_eq!(
            classify(None, "lp: Error - no default destination available."),
            Failure::NoDefault
        );
        assert_eq!(
            classify(
                Some("Front"),
                "lp: Error - The printer or class does not exist."
            ),
            Failure::NoSuchPrinter("Front".into())
        );
        assert!(matches!(
            classify(None, "lp: Error - scheduler not responding."),
            Failure::NotRunning(_)
        ));
        assert_eq!(
            classify(None, "lp: Forbidden\nmore"),
            Failure::Lp("lp: Forbidden".into())
        );
        let words = Failure::NoCups.to_string();
        assert!(
            words.contains("the print service (CUPS) is not installed"),
            "{words}"
        );
    }
}
