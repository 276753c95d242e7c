//! Proving a guard over every complete answer set.
//!
//! The space is built with a focus on exactly what the guard reads: its
//! `when` and the items its demands name. Every member of a class then
//! agrees on whether `when` holds and on every demand, so one evaluation
//! of the representative (with the compiled engine) settles the whole
//! class, weighed by its size.

use std::ops::ControlFlow;

use crate::advice::compiled::{Compiled, Outcome};
use crate::dataset::{Dataset, Effect, Guard};
use crate::interview::Answers;

use super::demand::{About, Need};
use super::eval::{Cond, Eval};
use super::{Focus, Space, SpaceError, Universe};

/// What proving one guard found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proof {
    /// The guard's index in `Dataset::guards`.
    pub guard: usize,
    /// Complete answer sets where the guard's `when` holds.
    pub covered: u128,
    /// Of those, how many break at least one demand; 0 means proved.
    pub violating: u128,
    /// Classes evaluated (representatives), to show how much work it took.
    pub classes: u64,
    /// The smallest violating answer set, when there is one.
    pub counterexample: Option<Counterexample>,
}

impl Proof {
    pub fn proved(&self) -> bool {
        self.violating == 0
    }
}

/// An answer set that breaks a guard: the one with the fewest chosen
/// options, ties broken by dataset order (earlier questions and options
/// first), so the same dataset always gives the same example.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counterexample {
    pub answers: Answers,
    /// The demands it breaks, as indices into the guard's `then`.
    pub failed: Vec<usize>,
}

/// A fired rule's effect on the item a demand is about: what produced the
/// advice a counterexample shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Culprit {
    /// Index in `Dataset::rules`.
    pub rule: usize,
    /// Index in that rule's `then`.
    pub effect: usize,
}

/// The focus that keeps apart everything `guard` reads.
pub fn focus(data: &Dataset, guard: &Guard) -> Result<(Focus, Vec<Need>), SpaceError> {
    let mut focus = Focus::condition(guard.when.clone());
    let mut needs = Vec::with_capacity(guard.then.len());
    for demand in &guard.then {
        let need = Need::new(data, demand)?;
        focus = match need.about() {
            About::Treatments(ts) => ts.iter().fold(focus, |f, &t| match data.treatments.get(t) {
                Some(t) => f.with_treatment(&t.id),
                None => f,
            }),
            About::Caveat(c) => match data.caveats.get(c) {
                Some(c) => focus.with_caveat(&c.id),
                None => focus,
            },
            About::Note(n) => match data.notes.get(n) {
                Some(n) => focus.with_note(&n.id),
                None => focus,
            },
            About::Conflict(k) => match data.conflicts.get(k) {
                Some(k) => focus.with_conflict(&k.id),
                None => focus,
            },
        };
        needs.push(need);
    }
    Ok((focus, needs))
}

fn guard_at(data: &Dataset, guard: usize) -> Result<&Guard, SpaceError> {
    data.guards.get(guard).ok_or(SpaceError::UnknownId {
        what: "guard",
        id: guard.to_string(),
    })
}

/// Proves guard number `guard` over every complete answer set.
pub fn prove(data: &Dataset, compiled: &Compiled, guard: usize) -> Result<Proof, SpaceError> {
    let (focus, _) = focus(data, guard_at(data, guard)?)?;
    let space = Space::new(data, &focus, Universe::Complete)?;
    prove_in(data, compiled, guard, &space)
}

/// As [`prove`], in a space already built with the guard's [`focus`].
pub fn prove_in(
    data: &Dataset,
    compiled: &Compiled,
    guard: usize,
    space: &Space,
) -> Result<Proof, SpaceError> {
    let g = guard_at(data, guard)?;
    let (_, needs) = focus(data, g)?;
    let when = Cond::new(data, &g.when);
    let mut eval = Eval::new(compiled);
    let mut proof = Proof {
        guard,
        covered: 0,
        violating: 0,
        classes: 0,
        counterexample: None,
    };
    let mut best: Option<Vec<(usize, usize)>> = None;
    let _ = space.try_for_each_chosen(|chosen, mult| {
        proof.classes += 1;
        // Guards do not read `listed`; if one did, it would read false,
        // as a `show_if` does.
        if when.value(chosen, Some(false)) != Some(true) {
            return ControlFlow::<()>::Continue(());
        }
        // Cannot saturate: the sums are at most the space's size.
        proof.covered = proof.covered.saturating_add(mult);
        let out = eval.run(chosen);
        if needs.iter().all(|n| n.holds(out)) {
            return ControlFlow::Continue(());
        }
        proof.violating = proof.violating.saturating_add(mult);
        let key = positions(chosen);
        if best.as_ref().is_none_or(|b| smaller(data, &key, b)) {
            best = Some(key);
        }
        ControlFlow::Continue(())
    });
    proof.counterexample = best.map(|at| {
        let answers = answers_at(data, &at);
        let out = evaluate(compiled, &answers);
        let failed = (0..needs.len())
            .filter(|&i| needs.get(i).is_some_and(|n| !n.holds(&out)))
            .collect();
        Counterexample { answers, failed }
    });
    Ok(proof)
}

/// The chosen options as (question, option) positions in dataset order.
fn positions(chosen: &[&[usize]]) -> Vec<(usize, usize)> {
    chosen
        .iter()
        .enumerate()
        .flat_map(|(q, os)| os.iter().map(move |&o| (q, o)))
        .collect()
}

/// The answers choosing the options at these positions.
fn answers_at(data: &Dataset, at: &[(usize, usize)]) -> Answers {
    let mut answers = Answers::new();
    for (qi, q) in data.questions.iter().enumerate() {
        let ids: Vec<&str> = at
            .iter()
            .filter(|(x, _)| *x == qi)
            .filter_map(|&(_, o)| q.options.get(o).map(|o| o.id.as_str()))
            .collect();
        if !ids.is_empty() {
            answers.set(q, &ids);
        }
    }
    answers
}

/// Fewer options first, then fewer that are not "none of these"
/// (exclusive), then earlier ones: the order `classes` picks
/// representatives by, so the plainest violating answer set wins.
fn smaller(data: &Dataset, a: &[(usize, usize)], b: &[(usize, usize)]) -> bool {
    let plain = |at: &[(usize, usize)]| {
        at.iter()
            .filter(|&&(q, o)| {
                data.questions
                    .get(q)
                    .and_then(|q| q.options.get(o))
                    .is_some_and(|o| !o.exclusive)
            })
            .count()
    };
    (a.len(), plain(a), a) < (b.len(), plain(b), b)
}

/// The rules that fired for `answers` with an effect on what `need` is
/// about, in rule order. Conflicts come from their own condition, not
/// from rules, so they have none.
pub fn culprits(
    data: &Dataset,
    compiled: &Compiled,
    answers: &Answers,
    need: &Need,
) -> Vec<Culprit> {
    let out = evaluate(compiled, answers);
    let about = need.about();
    let named = |effect: &Effect| -> bool {
        match (&about, effect) {
            (About::Treatments(ts), Effect::Treatment { id, .. } | Effect::Limit { id, .. }) => ts
                .iter()
                .any(|&t| data.treatments.get(t).is_some_and(|x| x.id == *id)),
            (About::Caveat(c), Effect::Caveat { id, .. }) => {
                data.caveats.get(*c).is_some_and(|x| x.id == *id)
            }
            (About::Note(n), Effect::Note { id, .. }) => {
                data.notes.get(*n).is_some_and(|x| x.id == *id)
            }
            _ => false,
        }
    };
    let mut found = Vec::new();
    for (r, rule) in data.rules.iter().enumerate() {
        if !out.fired(r) {
            continue;
        }
        for (e, effect) in rule.then.iter().enumerate() {
            if named(effect) {
                found.push(Culprit { rule: r, effect: e });
            }
        }
    }
    found
}

/// One evaluation, for the few answer sets a report looks at closely.
pub fn evaluate(compiled: &Compiled, answers: &Answers) -> Outcome {
    compiled.evaluate(&compiled.encode(answers))
}
