//! Messages on stderr that never panic. `eprintln!` panics when stderr is
//! closed or full (`2>/dev/full`); `say!` notes the failure instead, and
//! main turns it into exit status 1. A closed pipe is not a failure.

use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};

static FAILED: AtomicBool = AtomicBool::new(false);

/// Writes one line to stderr; see the module.
pub fn line(args: std::fmt::Arguments) {
    let mut err = std::io::stderr().lock();
    if let Err(e) = writeln!(err, "{args}").and_then(|()| err.flush()) {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            FAILED.store(true, Ordering::Relaxed);
        }
    }
}

/// Did a message fail to reach stderr?
pub fn failed() -> bool {
    FAILED.load(Ordering::Relaxed)
}

/// `eprintln!` that never panics (see [`line`]).
#[macro_export]
macro_rules! say {
    ($($arg:tt)*) => {
        $crate::say::line(format_args!($($arg)*))
    };
}
