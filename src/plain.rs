//! Plain mode: the interview as numbered prompts, one line in, lines out.
//! For screen readers and braille displays, terminals that cannot run a
//! full-screen program, and scripts. No box drawing, no cursor movement;
//! colour (bold only) just when asked for. The flow itself is `Flow`,
//! shared with the full-screen app.

mod conflicts;
pub mod input;

use std::io::{self, BufRead, Write};

use crate::advice;
use crate::dataset::{Kind, Question};
use crate::interview::{BackTo, Flow, Step};

/// The line before the results, so a script can take what follows.
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
    /// The person typed `q`.
    Quit,
    /// Input ended before the interview was finished.
    EndOfInput,
}

/// What one line of input asks for.
#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    /// 1-based numbers as typed, duplicates removed, in order typed.
    Numbers(Vec<usize>),
    Empty,
    Back,
    Help,
    Review,
    Quit,
}

/// Reads one typed line. Numbers may be separated by spaces or commas.
pub fn parse_line(line: &str) -> Result<Command, String> {
    let line = line.trim();
    match line.to_lowercase().as_str() {
        "" => return Ok(Command::Empty),
        "b" | "back" => return Ok(Command::Back),
        "?" | "h" | "help" => return Ok(Command::Help),
        "r" | "review" => return Ok(Command::Review),
        "q" | "quit" => return Ok(Command::Quit),
        _ => {}
    }
    let mut numbers = Vec::new();
    for word in line.split(|c: char| c == ',' || c.is_whitespace()) {
        if word.is_empty() {
            continue;
        }
        match word.parse::<usize>() {
            Ok(n) if !numbers.contains(&n) => numbers.push(n),
            Ok(_) => {}
            Err(_) => return Err(format!("\"{}\" is not a number.", input::quote(word))),
        }
    }
    Ok(Command::Numbers(numbers))
}

/// Turns typed numbers into option indices for a question, or says what
/// is wrong in words.
pub fn choose(question: &Question, numbers: &[usize]) -> Result<Vec<usize>, String> {
    let n = question.options.len();
    if let Some(bad) = numbers.iter().find(|&&x| x == 0 || x > n) {
        return Err(format!(
            "There is no answer {bad}. {}",
            range_hint(question)
        ));
    }
    if question.kind == Kind::One && numbers.len() > 1 {
        return Err(format!(
            "Choose only one answer for this question. {}",
            range_hint(question)
        ));
    }
    let indices: Vec<usize> = numbers.iter().map(|x| x - 1).collect();
    let exclusive: Vec<&str> = indices
        .iter()
        .filter_map(|&i| question.options.get(i))
        .filter(|o| o.exclusive)
        .map(|o| o.label.as_str())
        .collect();
    if !exclusive.is_empty() && indices.len() > 1 {
        return Err(format!(
            "\"{}\" cannot be combined with other answers.",
            exclusive.join("\", \"")
        ));
    }
    Ok(indices)
}

fn range_hint(question: &Question) -> String {
    match question.kind {
        Kind::One => format!("Type a number from 1 to {}.", question.options.len()),
        Kind::Several => format!(
            "Type one or more numbers from 1 to {}, separated by spaces.",
            question.options.len()
        ),
    }
}

struct Io<'a, R, W> {
    input: &'a mut R,
    out: &'a mut W,
    opts: &'a Options,
}

impl<R: BufRead, W: Write> Io<'_, R, W> {
    fn para(&mut self, indent: usize, text: &str) -> io::Result<()> {
        let pad = " ".repeat(indent);
        for part in text.split('\n') {
            let wrap = textwrap::Options::new(self.opts.width.max(indent + 20))
                .initial_indent(&pad)
                .subsequent_indent(&pad);
            for line in textwrap::wrap(part, wrap) {
                writeln!(self.out, "{}", line.trim_end())?;
            }
        }
        Ok(())
    }

    fn heading(&mut self, text: &str) -> io::Result<()> {
        if self.opts.bold {
            writeln!(self.out, "\x1b[1m{text}\x1b[0m")
        } else {
            writeln!(self.out, "{text}")
        }
    }

    /// Prints the prompt line and reads an answer; None at end of input.
    /// A line too long to be an answer comes back as its start and "…",
    /// which no prompt takes.
    fn ask(&mut self, prompt: &str) -> io::Result<Option<String>> {
        write!(self.out, "{prompt} ")?;
        self.out.flush()?;
        let line = match input::read_line(self.input)? {
            input::Line::End => {
                writeln!(self.out)?;
                return Ok(None);
            }
            input::Line::TooLong(start) => format!("{start}…"),
            input::Line::Text(text) => text,
        };
        if self.opts.echo {
            // Escaped, so piped input cannot drive the terminal.
            writeln!(self.out, "{}", input::escape(line.trim_end()))?;
        }
        Ok(Some(line))
    }
}

/// Runs the interview until it is finished, quit, or input ends.
pub fn interview<R: BufRead, W: Write>(
    flow: &mut Flow,
    input: &mut R,
    out: &mut W,
    opts: &Options,
) -> io::Result<End> {
    let mut io = Io { input, out, opts };
    let mut show_help = true;
    loop {
        match flow.step() {
            Step::Question(_) => {
                let Some(question) = flow.question() else {
                    return Ok(End::EndOfInput);
                };
                if show_help {
                    print_question(&mut io, flow, question)?;
                }
                show_help = true;
                io.para(0, &prompt_for(flow, question))?;
                let Some(line) = io.ask("Answer:")? else {
                    return Ok(End::EndOfInput);
                };
                match parse_line(&line) {
                    Err(e) => {
                        io.para(0, &format!("{e} {}", range_hint(question)))?;
                        show_help = false;
                    }
                    Ok(Command::Quit) => return Ok(End::Quit),
                    Ok(Command::Help) => {
                        io.para(0, &question.help)?;
                        show_help = false;
                    }
                    Ok(Command::Review) => {
                        if flow.is_complete() {
                            while flow.step() != Step::Review {
                                if flow.go_on().is_err() {
                                    break;
                                }
                            }
                        } else {
                            // Not finished yet: show the answers so far, stay here.
                            print_review(&mut io, flow)?;
                            show_help = false;
                        }
                    }
                    Ok(Command::Back) => {
                        if flow.back() == BackTo::Start {
                            io.para(0, "This is the first question.")?;
                            show_help = false;
                        }
                    }
                    Ok(Command::Empty) => {
                        if flow.go_on().is_err() {
                            io.para(
                                0,
                                &format!("This question needs an answer. {}", range_hint(question)),
                            )?;
                            show_help = false;
                        }
                    }
                    Ok(Command::Numbers(numbers)) => match choose(question, &numbers) {
                        Err(e) => {
                            io.para(0, &e)?;
                            show_help = false;
                        }
                        Ok(indices) => {
                            let ids: Vec<&str> = indices
                                .iter()
                                .filter_map(|&i| question.options.get(i))
                                .map(|o| o.id.as_str())
                                .collect();
                            flow.answer(&ids);
                            let _ = flow.go_on();
                        }
                    },
                }
            }
            Step::Review => {
                if show_help {
                    print_review(&mut io, flow)?;
                }
                show_help = true;
                io.para(
                    0,
                    "Type a number to change that answer, or press Enter to see your results. (b back, q quit)",
                )?;
                let Some(line) = io.ask("Answer:")? else {
                    return Ok(End::EndOfInput);
                };
                let shown = flow.shown();
                match parse_line(&line) {
                    Ok(Command::Empty) => {
                        // Answers that do not fit together: warn once more
                        // before the results, and offer to change them.
                        let found = advice::find_conflicts(flow.data(), flow.answers());
                        if found.is_empty() {
                            return Ok(End::Finished);
                        }
                        match conflicts::ask(&mut io, flow, &found)? {
                            conflicts::Next::Results => return Ok(End::Finished),
                            conflicts::Next::Quit => return Ok(End::Quit),
                            conflicts::Next::Edit(q) => flow.edit(q),
                            conflicts::Next::Back => {}
                        }
                    }
                    Ok(Command::Quit) => return Ok(End::Quit),
                    Ok(Command::Back) => {
                        flow.back();
                    }
                    Ok(Command::Numbers(n)) if n.len() == 1 => {
                        match n
                            .first()
                            .and_then(|&k| k.checked_sub(1))
                            .and_then(|k| shown.get(k))
                        {
                            Some(&q) => flow.edit(q),
                            None => {
                                io.para(0, &format!("There is no answer with that number. Type a number from 1 to {}.", shown.len()))?;
                                show_help = false;
                            }
                        }
                    }
                    Ok(Command::Help) | Ok(Command::Review) => {}
                    Ok(Command::Numbers(_)) | Err(_) => {
                        io.para(
                            0,
                            &format!(
                                "Type one number from 1 to {} to change that answer, or just press Enter.",
                                shown.len()
                            ),
                        )?;
                        show_help = false;
                    }
                }
            }
        }
    }
}

fn print_question<R: BufRead, W: Write>(
    io: &mut Io<R, W>,
    flow: &Flow,
    question: &Question,
) -> io::Result<()> {
    let (n, total) = flow.progress();
    writeln!(io.out)?;
    io.heading(&format!("Question {n} of {total}: {}", question.title))?;
    io.para(0, &question.prompt)?;
    io.para(0, &format!("Why we ask: {}", question.help))?;
    if question.optional {
        io.para(0, "This question is optional.")?;
    }
    for (i, option) in question.options.iter().enumerate() {
        let chosen = if flow.is_chosen(i) { " (chosen)" } else { "" };
        io.para(2, &format!("{}. {}{chosen}", i + 1, option.label))?;
        if !option.description.is_empty() {
            io.para(5, &option.description)?;
        }
    }
    Ok(())
}

fn prompt_for(flow: &Flow, question: &Question) -> String {
    let what = match question.kind {
        Kind::One => "Type the number of your answer",
        Kind::Several => "Type the numbers of all that apply, separated by spaces",
    };
    let enter = if flow.answers().is_answered(&question.id) {
        ", or press Enter to keep your answer"
    } else if question.optional {
        ", or press Enter to skip"
    } else {
        ""
    };
    format!("{what}{enter}. (? help, b back, r review, q quit)")
}

fn print_review<R: BufRead, W: Write>(io: &mut Io<R, W>, flow: &Flow) -> io::Result<()> {
    writeln!(io.out)?;
    io.heading("Review your answers")?;
    let data = flow.data();
    for (k, &qi) in flow.shown().iter().enumerate() {
        let Some(q) = data.questions.get(qi) else {
            continue;
        };
        let chosen = flow.answers().get(&q.id);
        let words = if chosen.is_empty() {
            crate::words::NOT_ANSWERED.to_string()
        } else {
            chosen
                .iter()
                .filter_map(|o| q.option(o).map(|c| c.label.as_str()))
                .collect::<Vec<_>>()
                .join(", ")
        };
        io.para(2, &format!("{}. {}: {words}", k + 1, q.title))?;
    }
    Ok(())
}
