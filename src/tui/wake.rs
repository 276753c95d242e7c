//! Sleeping until there is something to do: input on the terminal, a
//! resize, a termination signal, or a timer. One level-triggered poll()
//! with the whole timeout, so an idle screen costs no CPU at all.
//!
//! The input itself is read by `input`, which parses it without crossterm's
//! reader (see `input::parse` for why).

use std::io::{self, Read};
use std::os::unix::net::UnixStream;
use std::time::{Duration, Instant};

use rustix::event::{poll, PollFd, PollFlags, Timespec};

/// What ended a wait.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Woke {
    /// Bytes arrived from the terminal.
    Input,
    /// A signal: a resize (the loop asks the new size) or an ending
    /// signal (the loop sees its flag).
    Signal,
    Timeout,
}

pub struct Wake {
    /// Signal handlers write a byte here (signal-hook's self-pipe).
    pipe: UnixStream,
}

impl Wake {
    /// Wakes for input, a resize (SIGWINCH) and the given signals.
    pub fn new(signals: &[i32]) -> io::Result<Wake> {
        let (read, write) = UnixStream::pair()?;
        read.set_nonblocking(true)?;
        write.set_nonblocking(true)?;
        for &sig in signals.iter().chain([signal_hook::consts::SIGWINCH].iter()) {
            signal_hook::low_level::pipe::register(sig, write.try_clone()?)?;
        }
        Ok(Wake { pipe: read })
    }

    /// Sleeps until input, a signal or the timeout (None: no limit). A
    /// terminal that hung up is an error, never a busy loop.
    pub fn wait(&self, timeout: Option<Duration>) -> io::Result<Woke> {
        let stdin = io::stdin();
        let mut fds = [
            PollFd::new(&stdin, PollFlags::IN),
            PollFd::new(&self.pipe, PollFlags::IN),
        ];
        // A deadline, so that signals the kiosk ignores (each one breaks
        // the wait) do not put its idle timer back.
        let deadline = timeout.map(|t| Instant::now() + t);
        loop {
            let spec = deadline.map(|d| {
                let left = d.saturating_duration_since(Instant::now());
                Timespec {
                    tv_sec: left.as_secs().try_into().unwrap_or(i64::MAX),
                    tv_nsec: left.subsec_nanos().into(),
                }
            });
            match poll(&mut fds, spec.as_ref()) {
                Ok(_) => break,
                Err(rustix::io::Errno::INTR) => continue,
                Err(e) => return Err(e.into()),
            }
        }
        let [input, signal] = fds.map(|f| f.revents());
        if input.intersects(PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL) {
            return Err(io::Error::new(
                io::ErrorKind::BrokenPipe,
                "the terminal went away",
            ));
        }
        if signal.contains(PollFlags::IN) {
            self.drain();
            return Ok(Woke::Signal);
        }
        Ok(if input.contains(PollFlags::IN) {
            Woke::Input
        } else {
            Woke::Timeout
        })
    }

    fn drain(&self) {
        let mut buf = [0u8; 64];
        while matches!((&self.pipe).read(&mut buf), Ok(n) if n > 0) {}
    }
}
