//! Before the results: answers that do not fit together. Each message with
//! the questions involved, numbered as on the review, then the person
//! changes one (by number or name) or goes on to the results anyway.

use std::io::{self, BufRead, Write};

use super::console::Io;
use super::input::{one_number, quote};
use crate::advice::ConflictAdvice;
use crate::interview::Flow;
use crate::words::{self, plain as say};

/// What the person chose at the check.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Next {
    /// Go on to the results: Enter, or the input ended (a script that
    /// answered everything still gets its results).
    Results,
    /// Change the answer to this question (dataset index).
    Edit(usize),
    /// Back to the review.
    Back,
    Quit,
}

/// Prints the conflicts and asks what to do, until an answer that works.
pub(super) fn ask<R: BufRead, W: Write>(
    io: &mut Io<R, W>,
    flow: &Flow,
    found: &[ConflictAdvice],
) -> io::Result<Next> {
    print(io, flow, found)?;
    io.para(0, say::conflicts_keys())?;
    loop {
        let Some(said) = io.answer()? else {
            return Ok(Next::Results);
        };
        let word = match said {
            Ok(line) => line.trim().to_lowercase(),
            Err(e) => {
                io.para(0, &format!("{e} {}", say::conflicts_ask()))?;
                continue;
            }
        };
        match word.as_str() {
            "" => return Ok(Next::Results),
            "b" | "back" | "r" | "review" | "atrás" | "atras" | "revisar" => {
                return Ok(Next::Back)
            }
            "q" | "quit" | "salir" => {
                if io.confirm_quit()? {
                    return Ok(Next::Quit);
                }
                io.para(0, say::conflicts_ask())?;
            }
            "?" | "h" | "help" | "ayuda" => print(io, flow, found)?,
            _ => match question(flow, &word) {
                Ok(q) => return Ok(Next::Edit(q)),
                Err(e) => io.para(0, &e)?,
            },
        }
    }
}

fn print<R: BufRead, W: Write>(
    io: &mut Io<R, W>,
    flow: &Flow,
    found: &[ConflictAdvice],
) -> io::Result<()> {
    let data = flow.data();
    let shown = flow.shown();
    io.heading(words::check_answers())?;
    io.para(0, words::conflicts_intro())?;
    for c in found {
        io.para(2, &c.conflict.message)?;
        // Numbered as on the review, so the same number changes the answer.
        let named: Vec<String> = c
            .conflict
            .questions
            .iter()
            .filter_map(|id| {
                shown.iter().enumerate().find_map(|(k, &i)| {
                    let q = data.questions.get(i).filter(|q| &q.id == id)?;
                    Some(format!("{}. {}", k + 1, q.title))
                })
            })
            .collect();
        if !named.is_empty() {
            io.para(
                4,
                &format!("{}: {}.", words::questions_involved(), named.join("; ")),
            )?;
        }
    }
    io.para(0, say::conflicts_ask())
}

/// The shown question a typed word names: its review number, its title or
/// id, or the start of exactly one title.
fn question(flow: &Flow, word: &str) -> Result<usize, String> {
    let data = flow.data();
    let shown = flow.shown();
    let hint = crate::tr!("plain-question-hint", n = shown.len());
    if let Some(n) = one_number(word) {
        return n
            .checked_sub(1)
            .and_then(|k| shown.get(k).copied())
            .ok_or_else(|| crate::tr!("plain-no-such-number", hint = hint.as_str()));
    }
    let named = |exact: bool| -> Vec<usize> {
        shown
            .iter()
            .copied()
            .filter(|&i| {
                data.questions.get(i).is_some_and(|q| {
                    let title = q.title.to_lowercase();
                    if exact {
                        title == word || q.id.to_lowercase() == word
                    } else {
                        title.starts_with(word)
                    }
                })
            })
            .collect()
    };
    let exact = named(true);
    let found = if exact.is_empty() {
        named(false)
    } else {
        exact
    };
    match found.as_slice() {
        [one] => Ok(*one),
        [] => Err(crate::tr!(
            "plain-no-such-question",
            word = quote(word),
            hint = hint
        )),
        _ => Err(crate::tr!(
            "plain-many-questions",
            word = quote(word),
            hint = hint
        )),
    }
}
