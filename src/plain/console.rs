//! The conversation's two ends: lines written wrapped (no cursor movement,
//! no box drawing) and lines read with `input::read_line`.

use std::io::{self, BufRead, Write};

use super::input::{self, Line};
use super::Options;
use crate::words::plain as say;

/// Lines of at most `width` columns, broken only at spaces: never inside a
/// word, a hyphenated name or a link, which a screen reader would read as
/// two words and a reader could not copy. (A word longer than the width
/// stays whole on its own line.)
pub(super) fn wrap(text: &str, width: usize, first: usize, rest: usize) -> Vec<String> {
    let (a, b) = (" ".repeat(first), " ".repeat(rest));
    let mut lines = Vec::new();
    for (k, part) in text.split('\n').enumerate() {
        let options = textwrap::Options::new(width.max(rest + 20))
            .initial_indent(if k == 0 { &a } else { &b })
            .subsequent_indent(&b)
            .break_words(false)
            .word_separator(textwrap::WordSeparator::AsciiSpace)
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        for line in textwrap::wrap(part, options) {
            lines.push(line.trim_end().to_string());
        }
    }
    lines
}

pub(super) struct Io<'a, R, W> {
    pub input: &'a mut R,
    pub out: &'a mut W,
    pub opts: &'a Options,
}

impl<R: BufRead, W: Write> Io<'_, R, W> {
    /// A paragraph wrapped to the width, every line at `indent` spaces.
    pub fn para(&mut self, indent: usize, text: &str) -> io::Result<()> {
        self.hang(indent, indent, text)
    }

    /// The first line at `first` spaces, the rest at `rest`.
    pub fn hang(&mut self, first: usize, rest: usize, text: &str) -> io::Result<()> {
        for line in wrap(text, self.opts.width, first, rest) {
            writeln!(self.out, "{line}")?;
        }
        Ok(())
    }

    /// A heading after a blank line: the pause a listener hears as "new part".
    pub fn heading(&mut self, text: &str) -> io::Result<()> {
        writeln!(self.out)?;
        if self.opts.bold {
            writeln!(self.out, "\x1b[1m{text}\x1b[0m")
        } else {
            writeln!(self.out, "{text}")
        }
    }

    /// Writes the prompt and reads a line. None when input has ended;
    /// `Err` with what to say when the line was too long to be an answer.
    pub fn ask(&mut self, prompt: &str) -> io::Result<Option<Result<String, String>>> {
        write!(self.out, "{prompt} ")?;
        self.out.flush()?;
        let line = input::read_line(self.input)?;
        if self.opts.echo {
            // Piped input is shown after the prompt so a transcript reads
            // as a conversation; escaped, so it cannot drive the terminal.
            match &line {
                Line::Text(text) => writeln!(self.out, "{}", input::escape(text.trim_end()))?,
                Line::TooLong(start) => writeln!(self.out, "{}…", input::escape(start))?,
                Line::End => {}
            }
        }
        Ok(match line {
            Line::End => {
                writeln!(self.out)?;
                None
            }
            Line::TooLong(_) => Some(Err(say::too_long().to_string())),
            Line::Text(text) => Some(Ok(text)),
        })
    }

    /// `ask` with the usual prompt.
    pub fn answer(&mut self) -> io::Result<Option<Result<String, String>>> {
        self.ask(say::answer())
    }

    /// `q` asks first, so a slip of the finger does not lose the answers.
    /// The end of input counts as yes: nothing more can be typed.
    pub fn confirm_quit(&mut self) -> io::Result<bool> {
        self.para(0, say::quit_ask())?;
        Ok(match self.answer()? {
            None => true,
            // "s"/"sí": the Spanish yes is taken too.
            Some(Ok(line)) => matches!(
                line.trim().to_lowercase().as_str(),
                "y" | "yes" | "s" | "si" | "sí"
            ),
            Some(Err(_)) => false,
        })
    }
}
