//! Plain mode: the interview as numbered prompts, one line in, lines out.
//! For screen readers and braille displays, terminals that cannot run a
//! full-screen program, and scripts. No box drawing, no cursor movement;
//! colour (bold only) just when asked for. Everything it says is written
//! to be heard line by line: each thing said once, one instruction at a
//! time. The flow itself is `Flow`, shared with the full-screen app.

mod conflicts;
mod console;
pub mod input;
mod language;
mod questions;
pub mod results;
mod review;

use std::io::{self, BufRead, Write};

pub use input::{choose, parse_line, Command};
pub use language::ask_language;
pub use results::offer_save;

use crate::dataset::Dataset;
use crate::interview::{visibility, Answers, Flow, Step};
use crate::words::plain as say;
use console::Io;

/// The line before a machine-readable report (`--format json` or
/// `markdown`), so a script can take what follows. The text report for
/// people starts with a plain heading instead.
pub const RESULTS_MARKER: &str = "--- Your results ---";

pub struct Options {
    /// Bold headings (only when stdout is a terminal and NO_COLOR is unset).
    pub bold: bool,
    pub width: usize,
    /// Repeat each line read, so a transcript of piped input reads as a
    /// conversation (a terminal echoes typing itself).
    pub echo: bool,
}

/// How the interview ended.
#[derive(Debug, PartialEq, Eq)]
pub enum End {
    /// Every required question answered and the review confirmed.
    Finished,
    /// The person typed `q` and confirmed it.
    Quit,
    /// Input ended before the interview was finished.
    EndOfInput,
}

/// What the interview remembers between one prompt and the next.
#[derive(Debug, Default)]
struct State {
    /// Say the question (or review) in full before the prompt. False after
    /// an error, help or a declined quit: one instruction is enough there.
    fresh: bool,
    /// While changing an earlier answer from the answers-so-far list:
    /// where the person was, to come back to.
    resume: Option<Resume>,
}

#[derive(Debug)]
struct Resume {
    /// The question (dataset index) the person had reached.
    at: usize,
    /// The questions shown when the change began: going on passes over
    /// these (answered or skipped before) and asks only new ones.
    shown: Vec<usize>,
}

/// Runs the interview until it is finished, quit, or input ends: the
/// introduction, then each question, then the review.
pub fn interview<R: BufRead, W: Write>(
    flow: &mut Flow,
    input: &mut R,
    out: &mut W,
    opts: &Options,
) -> io::Result<End> {
    let mut io = Io { input, out, opts };
    intro(&mut io, flow.data())?;
    let mut state = State {
        fresh: true,
        resume: None,
    };
    loop {
        let ended = match flow.step() {
            Step::Question(_) => questions::ask(&mut io, flow, &mut state)?,
            Step::Review => review::ask(&mut io, flow, &mut state)?,
        };
        if let Some(end) = ended {
            return Ok(end);
        }
    }
}

/// Two lines, what this is and how to answer, then the disclaimer.
fn intro<R: BufRead, W: Write>(io: &mut Io<R, W>, data: &Dataset) -> io::Result<()> {
    let (fewest, most) = question_count(data);
    let count = if fewest == most {
        fewest.to_string()
    } else {
        crate::tr!("minutes-range", fewest = fewest, most = most)
    };
    io.para(0, &say::intro_what(&data.meta.title, &count))?;
    io.para(0, say::intro_how())?;
    io.para(
        0,
        &format!("{}: {}", crate::words::important(), data.meta.disclaimer),
    )
}

/// How many questions a person may be asked, counted as the progress line
/// counts them: those shown before any answer, and every question at most.
fn question_count(data: &Dataset) -> (usize, usize) {
    let always = visibility::shown_questions(data, &Answers::new()).len();
    (always.max(1), data.questions.len().max(always).max(1))
}
