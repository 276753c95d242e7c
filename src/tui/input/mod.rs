//! Reading the terminal ourselves: one non-blocking read per wake-up,
//! parsed by [`parse::Parser`], which drops what it cannot read. Only a
//! terminal that is really gone (end of file, a read error) is an error.

mod csi;
pub mod parse;
#[cfg(test)]
mod tests;

use std::io;
use std::time::Instant;

use ratatui::crossterm::event::Event;

pub use parse::Parser;

/// Bytes read per wake-up: the loop redraws between reads, so a flood of
/// input never starves the screen or the timers.
const CHUNK: usize = 4096;

/// Reads what the terminal has and appends its events to `out`.
pub fn read(parser: &mut Parser, now: Instant, out: &mut Vec<Event>) -> io::Result<()> {
    let mut buf = [0u8; CHUNK];
    // read(2) on the descriptor, not std's buffered Stdin: bytes left in
    // its buffer would be invisible to the poll() that wakes the loop.
    match rustix::io::read(io::stdin(), &mut buf).map_err(io::Error::from) {
        // In raw mode a read of nothing means the terminal hung up.
        Ok(0) => Err(io::Error::new(
            io::ErrorKind::UnexpectedEof,
            "the terminal went away",
        )),
        Ok(n) => {
            parser.feed(buf.get(..n).unwrap_or_default(), now, out);
            Ok(())
        }
        Err(e)
            if matches!(
                e.kind(),
                io::ErrorKind::WouldBlock | io::ErrorKind::Interrupted
            ) =>
        {
            Ok(())
        }
        Err(e) => Err(e),
    }
}
