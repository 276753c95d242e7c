//! One question: said once in full (heading, prompt, options, how to
//! answer, the keys), then each answer read back before the next.

use std::io::{self, BufRead, Write};

use super::console::Io;
use super::input::{choose, parse_line, range_hint, Command};
use super::{review, End, State};
use crate::dataset::{Kind, Question};
use crate::interview::{BackTo, Flow, Step};
use crate::words::plain as say;

/// Asks the current question once; returns how the interview ended, if it did.
pub(super) fn ask<R: BufRead, W: Write>(
    io: &mut Io<R, W>,
    flow: &mut Flow,
    state: &mut State,
) -> io::Result<Option<End>> {
    let Some(question) = flow.question() else {
        return Ok(None);
    };
    if state.fresh {
        say_question(io, flow, question)?;
        state.fresh = false;
    }
    let Some(said) = io.answer()? else {
        return Ok(Some(End::EndOfInput));
    };
    match said.and_then(|line| parse_line(&line)) {
        Err(e) => io.para(0, &format!("{e} {}", range_hint(question)))?,
        Ok(Command::Quit) => {
            if io.confirm_quit()? {
                return Ok(Some(End::Quit));
            }
            io.para(0, &instruction(flow, question))?;
        }
        Ok(Command::Help) => {
            io.para(0, &format!("{}: {}", say::why_we_ask(), question.help))?;
            io.para(0, &instruction(flow, question))?;
        }
        Ok(Command::Review) => return review::so_far(io, flow, state),
        Ok(Command::Back) => {
            if flow.back() == BackTo::Start {
                io.para(
                    0,
                    &format!("{} {}", say::first_question(), instruction(flow, question)),
                )?;
            } else {
                state.fresh = true;
            }
        }
        Ok(Command::Empty) => {
            if flow.go_on().is_err() {
                io.para(
                    0,
                    &format!("{} {}", say::needs_answer(), range_hint(question)),
                )?;
            } else {
                read_back(io, flow, question)?;
                moved_on(flow, state);
            }
        }
        Ok(Command::Numbers(numbers)) => match choose(question, &numbers) {
            Err(e) => io.para(0, &e)?,
            Ok(indices) => {
                let ids: Vec<&str> = indices
                    .iter()
                    .filter_map(|&i| question.options.get(i))
                    .map(|o| o.id.as_str())
                    .collect();
                flow.answer(&ids);
                read_back(io, flow, question)?;
                // Every option was checked by `choose`, so going on works.
                let _ = flow.go_on();
                moved_on(flow, state);
            }
        },
    }
    Ok(None)
}

/// The heading, the prompt, whether it may be skipped, the numbered options,
/// then how to answer and the other keys: each once per question.
fn say_question<R: BufRead, W: Write>(
    io: &mut Io<R, W>,
    flow: &Flow,
    question: &Question,
) -> io::Result<()> {
    let (n, total) = flow.progress();
    io.heading(&format!(
        "{}: {}",
        crate::words::progress(n, total),
        question.title
    ))?;
    io.para(0, &question.prompt)?;
    if question.optional {
        let answered = flow.answers().is_answered(&question.id);
        io.para(
            0,
            if answered {
                say::optional()
            } else {
                say::optional_skip()
            },
        )?;
    }
    for (i, option) in question.options.iter().enumerate() {
        let chosen = if flow.is_chosen(i) {
            format!(" {}", say::chosen())
        } else {
            String::new()
        };
        io.hang(2, 5, &format!("{}. {}{chosen}", i + 1, option.label))?;
        if !option.description.is_empty() {
            io.para(5, &option.description)?;
        }
    }
    io.para(0, &instruction(flow, question))?;
    io.para(0, say::keys())
}

/// How to answer this question, in one sentence.
fn instruction(flow: &Flow, question: &Question) -> String {
    let what = match question.kind {
        Kind::One => say::one(),
        Kind::Several => say::several(),
    };
    let keep = if flow.answers().is_answered(&question.id) {
        say::or_keep()
    } else {
        ""
    };
    format!("{what}{keep}.")
}

/// "You chose: …; …." (labels may hold commas, so a semicolon parts
/// them) or "Skipped.", so the person hears what was taken.
fn read_back<R: BufRead, W: Write>(
    io: &mut Io<R, W>,
    flow: &Flow,
    question: &Question,
) -> io::Result<()> {
    let labels = super::review::labels(question, flow.answers().get(&question.id));
    if labels.is_empty() {
        io.para(0, say::skipped())
    } else {
        io.para(
            0,
            &format!("{}: {}.", say::you_chose(), labels.trim_end_matches('.')),
        )
    }
}

/// After going on: the next question is said in full. While coming back
/// from changing an earlier answer, pass over the questions answered or
/// skipped before, to where the person was; a question the change newly
/// showed is asked.
fn moved_on(flow: &mut Flow, state: &mut State) {
    state.fresh = true;
    let Some(resume) = &state.resume else {
        return;
    };
    loop {
        match flow.step() {
            Step::Question(i) if i < resume.at && resume.shown.contains(&i) => {
                if flow.go_on().is_err() {
                    return;
                }
            }
            Step::Question(i) if i < resume.at => return,
            _ => break,
        }
    }
    state.resume = None;
}
