//! The full-screen interview (ratatui + crossterm).

use crate::cli::Cli;

/// Runs the full-screen interview; returns the exit status.
pub fn run(cli: &Cli) -> i32 {
    let _ = cli;
    eprintln!("scarguide: the full-screen interview is not built yet; use `scarguide plain`");
    1
}
