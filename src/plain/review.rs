//! The answers as a numbered list: `r` during the interview (the answers
//! so far, then the question that comes next) and the review at the end.
//! Either way, a number changes that answer.

use std::io::{self, BufRead, Write};

use super::console::Io;
use super::input::{one_number, parse_line, Command};
use super::{conflicts, End, Resume, State};
use crate::advice;
use crate::dataset::Question;
use crate::interview::{BackTo, Flow, Step};
use crate::words::{self, plain as say};

/// The chosen options' labels, parted by semicolons: labels may hold
/// commas ("Narrow, deep pits"), which would run two answers together.
pub(super) fn labels(question: &Question, chosen: &[String]) -> String {
    chosen
        .iter()
        .filter_map(|o| question.option(o).map(|c| c.label.as_str()))
        .collect::<Vec<_>>()
        .join("; ")
}

/// `r` before the interview is complete: the answers so far, which
/// question comes next, then a number changes that answer or Enter goes
/// on. Once complete, `r` goes straight to the review.
pub(super) fn so_far<R: BufRead, W: Write>(
    io: &mut Io<R, W>,
    flow: &mut Flow,
    state: &mut State,
) -> io::Result<Option<End>> {
    state.fresh = true;
    if flow.is_complete() {
        while flow.step() != Step::Review && flow.go_on().is_ok() {}
        return Ok(None);
    }
    let Step::Question(current) = flow.step() else {
        return Ok(None);
    };
    let shown = flow.shown();
    let here = shown.iter().position(|&i| i == current).unwrap_or(0);
    // The questions before this one, and any other answered before; this
    // one is said as "Next".
    let listed: Vec<usize> = shown
        .iter()
        .enumerate()
        .filter(|&(k, i)| {
            k < here
                || flow
                    .data()
                    .questions
                    .get(*i)
                    .is_some_and(|q| flow.answers().is_answered(&q.id))
        })
        .map(|(k, _)| k)
        .collect();
    io.heading(say::so_far())?;
    if listed.is_empty() {
        io.para(2, say::no_answers_yet())?;
    }
    list(io, flow, &listed, here)?;
    if let Some(q) = flow.question() {
        io.para(0, &say::next(here + 1, &q.title))?;
    }
    let ask = if listed.is_empty() {
        say::go_on()
    } else {
        say::so_far_ask()
    };
    io.para(0, ask)?;
    let last = listed.last().map_or(here, |&k| k.max(here)) + 1;
    loop {
        let Some(said) = io.answer()? else {
            return Ok(Some(End::EndOfInput));
        };
        let line = match said {
            Ok(line) => line,
            Err(e) => {
                io.para(0, &format!("{e} {}", say::so_far_range(last)))?;
                continue;
            }
        };
        match parse_line(&line) {
            Ok(Command::Empty | Command::Back) => return Ok(None),
            Ok(Command::Quit) => {
                if io.confirm_quit()? {
                    return Ok(Some(End::Quit));
                }
                return Ok(None);
            }
            _ => {}
        }
        let chosen = one_number(&line)
            .and_then(|n| n.checked_sub(1))
            .filter(|k| *k == here || listed.contains(k))
            .and_then(|k| shown.get(k).copied());
        let Some(target) = chosen else {
            let again = if listed.is_empty() {
                say::go_on().to_string()
            } else {
                say::so_far_range(last)
            };
            io.para(0, &again)?;
            continue;
        };
        if target < current {
            // Come back here after the change; keep an earlier place if
            // this is a second change on the way back.
            let at = state.resume.as_ref().map_or(current, |r| r.at.max(current));
            let before = state.resume.take().map_or(shown.clone(), |r| r.shown);
            state.resume = Some(Resume { at, shown: before });
        }
        if let Err(blocked) = go_to(flow, target) {
            io.para(0, &blocked)?;
        }
        return Ok(None);
    }
}

/// Moves to a shown question: back over earlier ones, or on over answered
/// ones. Says which question needs an answer first when that stops it.
fn go_to(flow: &mut Flow, target: usize) -> Result<(), String> {
    for _ in 0..=flow.data().questions.len() * 2 {
        match flow.step() {
            Step::Question(i) if i == target => return Ok(()),
            Step::Question(i) if i > target => {
                if flow.back() == BackTo::Start {
                    break;
                }
            }
            Step::Question(i) => {
                if flow.go_on().is_err() {
                    let n = flow.shown().iter().position(|&s| s == i).unwrap_or(0) + 1;
                    let title = flow.question().map_or("", |q| q.title.as_str());
                    return Err(say::answer_first(n, title));
                }
            }
            Step::Review => break,
        }
    }
    Ok(())
}

/// The review at the end: every answer, then a number changes one and
/// Enter goes on (through the check for answers that do not fit).
pub(super) fn ask<R: BufRead, W: Write>(
    io: &mut Io<R, W>,
    flow: &mut Flow,
    state: &mut State,
) -> io::Result<Option<End>> {
    let shown = flow.shown();
    if state.fresh {
        io.heading(say::review())?;
        let all: Vec<usize> = (0..shown.len()).collect();
        list(io, flow, &all, shown.len())?;
        io.para(0, say::review_ask())?;
        io.para(0, say::review_keys())?;
    }
    state.fresh = false;
    let Some(said) = io.answer()? else {
        return Ok(Some(End::EndOfInput));
    };
    let command = said.and_then(|line| parse_line(&line));
    match command {
        Ok(Command::Empty) => {
            if let Some(q) = first_unanswered(flow) {
                // Reached by going back from a question a change showed.
                let n = shown.iter().position(|&i| i == q).unwrap_or(0) + 1;
                let title = flow
                    .data()
                    .questions
                    .get(q)
                    .map_or("", |q| q.title.as_str());
                io.para(0, &say::answer_first(n, title))?;
                let _ = go_to(flow, q);
                state.fresh = true;
                return Ok(None);
            }
            // Answers that do not fit together: warn once more before
            // the results, and offer to change them.
            let found = advice::find_conflicts(flow.data(), flow.answers());
            if found.is_empty() {
                return Ok(Some(End::Finished));
            }
            state.fresh = true;
            match conflicts::ask(io, flow, &found)? {
                conflicts::Next::Results => return Ok(Some(End::Finished)),
                conflicts::Next::Quit => return Ok(Some(End::Quit)),
                conflicts::Next::Edit(q) => flow.edit(q),
                conflicts::Next::Back => {}
            }
        }
        Ok(Command::Quit) => {
            if io.confirm_quit()? {
                return Ok(Some(End::Quit));
            }
            io.para(0, say::review_ask())?;
        }
        Ok(Command::Back) => {
            flow.back();
            state.fresh = true;
        }
        Ok(Command::Numbers(n)) if n.len() == 1 => {
            match n
                .first()
                .and_then(|&k| k.checked_sub(1))
                .and_then(|k| shown.get(k))
            {
                Some(&q) => {
                    flow.edit(q);
                    state.fresh = true;
                }
                None => io.para(0, &say::review_range(shown.len()))?,
            }
        }
        Ok(Command::Help | Command::Review) => state.fresh = true,
        Ok(Command::Numbers(_)) | Err(_) => io.para(0, &say::review_range(shown.len()))?,
    }
    Ok(None)
}

/// A required question shown but not answered, if any.
fn first_unanswered(flow: &Flow) -> Option<usize> {
    let data = flow.data();
    flow.shown().into_iter().find(|&i| {
        data.questions
            .get(i)
            .is_some_and(|q| !q.optional && !flow.answers().is_answered(&q.id))
    })
}

/// "1. Scar types: …" for each listed position of the shown questions. An
/// optional question before position `here` with no answer was skipped.
fn list<R: BufRead, W: Write>(
    io: &mut Io<R, W>,
    flow: &Flow,
    listed: &[usize],
    here: usize,
) -> io::Result<()> {
    let data = flow.data();
    let shown = flow.shown();
    for &k in listed {
        let Some(q) = shown.get(k).and_then(|&i| data.questions.get(i)) else {
            continue;
        };
        let chosen = labels(q, flow.answers().get(&q.id));
        let words = if !chosen.is_empty() {
            chosen
        } else if q.optional && k < here {
            say::skipped_list().to_string()
        } else {
            words::not_answered().to_string()
        };
        io.hang(2, 5, &format!("{}. {}: {words}", k + 1, q.title))?;
    }
    Ok(())
}
