//! Every answer set, grouped into the classes a focus cannot tell apart.
//!
//! Enumeration goes depth-first over the questions in dataset order. At
//! each question, the relevant conditions and the later `show_if`s are
//! partly decided by the answers so far (`residual.rs`); the facts about
//! this question that the undecided part still reads split its answers
//! into classes (`classes.rs`). An answer set's class is the path of
//! classes it takes. Members of a class agree on every fact that was
//! still undecided when their question came, so they agree on every
//! relevant condition and on which questions are shown; whether a
//! question is shown is decided from the representative answers so far.

use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};
use std::ops::ControlFlow;

use crate::dataset::Dataset;
use crate::interview::{visibility, Answers};

use super::classes::{QuestionClasses, Reads};
use super::residual::Program;
use super::{closure, Focus, SpaceError};

/// Which answer sets count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Universe {
    /// What the interview can produce: every shown required question
    /// answered, shown optional questions answered or skipped, hidden
    /// questions unanswered.
    Complete,
    /// What `report --answers` accepts: any shown question may also be
    /// unanswered; hidden questions are still unanswered (their answers
    /// would be dropped anyway).
    WithUnanswered,
}

/// The class an answer set falls in: for each question, its class of
/// answers where the question is shown, or None where it is hidden.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ClassKey(Vec<Option<usize>>);

/// One representative answer set per class of answer sets that a focus
/// cannot tell apart, with the number of answer sets in the class.
///
/// Guarantee: every answer set of the universe is in exactly one class;
/// its representative agrees with it on every focus condition and on the
/// focused outcome of `evaluate` (tiers, levels, presence and reasons,
/// conflicts); the multiplicities add up to the size of the universe.
#[derive(Debug, Clone)]
pub struct Space<'d> {
    data: &'d Dataset,
    program: Program<'d>,
    /// Per question: may it be left unanswered when shown?
    skippable: Vec<bool>,
    /// The classes of a question's answers for each set of facts read of
    /// it, for every (question, reads) the enumeration reaches.
    table: HashMap<(usize, Reads), QuestionClasses<'d>>,
    classes: u64,
    answer_sets: u128,
}

/// What counting remembers: (classes, answer sets) below an equal residual.
type Memo = HashMap<(usize, Vec<usize>), (u64, u128)>;

impl<'d> Space<'d> {
    /// Builds the classes and counts them. Counting visits each distinct
    /// residual once, so it costs far less than [`Space::for_each`].
    pub fn new(
        data: &'d Dataset,
        focus: &Focus,
        universe: Universe,
    ) -> Result<Space<'d>, SpaceError> {
        focus.check_ids(data)?;
        check_unique_ids(data)?;
        let program = Program::new(data, &closure::relevant(data, focus));
        let skippable = data
            .questions
            .iter()
            .map(|q| q.optional || universe == Universe::WithUnanswered)
            .collect();
        let mut space = Space {
            data,
            program,
            skippable,
            table: HashMap::new(),
            classes: 0,
            answer_sets: 0,
        };
        let mut bufs = space.buffers();
        let (classes, answer_sets) =
            space.count(0, &mut Answers::new(), &mut bufs, &mut Memo::new())?;
        space.classes = classes;
        space.answer_sets = answer_sets;
        Ok(space)
    }

    /// How many classes (representatives) there are.
    pub fn classes(&self) -> u64 {
        self.classes
    }

    /// How many answer sets the universe holds: the sum of multiplicities.
    pub fn answer_sets(&self) -> u128 {
        self.answer_sets
    }

    /// Calls `f` with each class's representative answers and the number
    /// of answer sets in the class. One `Answers` is reused throughout.
    pub fn for_each(&self, mut f: impl FnMut(&Answers, u128)) {
        let _ = self.try_for_each(|a, m| {
            f(a, m);
            ControlFlow::<()>::Continue(())
        });
    }

    /// As [`Space::for_each`], stopping at the first `Break`: an audit can
    /// stop at its first counterexample.
    pub fn try_for_each<B>(
        &self,
        mut f: impl FnMut(&Answers, u128) -> ControlFlow<B>,
    ) -> ControlFlow<B> {
        self.try_for_each_indexed(|a, _, m| f(a, m))
    }

    /// As [`Space::try_for_each`], also passing the representative's
    /// chosen option indices per question (dataset order; empty when
    /// unanswered or hidden), so a caller that evaluates millions of
    /// classes can build answer bits without looking ids up.
    pub fn try_for_each_indexed<B>(
        &self,
        mut f: impl FnMut(&Answers, &[&[usize]], u128) -> ControlFlow<B>,
    ) -> ControlFlow<B> {
        let mut chosen: Vec<&[usize]> = vec![&[]; self.data.questions.len()];
        let mut answers = Answers::new();
        let bufs = &mut self.buffers();
        self.walk(0, 1, &mut answers, &mut chosen, true, bufs, &mut f)
    }

    /// As [`Space::try_for_each_indexed`] with the option indices alone:
    /// the answers to the last question are then never written out as
    /// ids, which is most of what a walk costs, one class in a few.
    pub fn try_for_each_chosen<B>(
        &self,
        mut f: impl FnMut(&[&[usize]], u128) -> ControlFlow<B>,
    ) -> ControlFlow<B> {
        let mut chosen: Vec<&[usize]> = vec![&[]; self.data.questions.len()];
        let mut answers = Answers::new();
        let bufs = &mut self.buffers();
        let mut f = |_: &Answers, c: &[&[usize]], m| f(c, m);
        self.walk(0, 1, &mut answers, &mut chosen, false, bufs, &mut f)
    }

    /// The class of `answers`, or None when they are not in the universe
    /// (an option a question does not have, two options for a one-choice
    /// question, "none of these" with another option, a required question
    /// unanswered in the complete universe). Answers to hidden questions
    /// are dropped first, as the engine drops them.
    pub fn key(&self, answers: &Answers) -> Option<ClassKey> {
        let effective = visibility::effective(self.data, answers);
        let mut earlier = Answers::new();
        let (mut residual, mut next) = (self.program.start().to_vec(), Vec::new());
        let mut key = Vec::with_capacity(self.data.questions.len());
        for (at, q) in self.data.questions.iter().enumerate() {
            if visibility::is_shown(q, &earlier) {
                let qc = self.table.get(&(at, self.program.reads(&residual, at)))?;
                let class = qc.class_of(effective.get(&q.id))?;
                key.push(Some(class));
                // Go on as the enumeration does, with the representative.
                earlier.set(q, &qc.classes.get(class)?.options);
            } else {
                key.push(None);
            }
            self.program.step(&residual, at, &earlier, &mut next);
            std::mem::swap(&mut residual, &mut next);
        }
        Some(ClassKey(key))
    }

    /// One buffer per depth for the residuals, the first holding the start.
    fn buffers(&self) -> Vec<Vec<usize>> {
        let mut bufs = vec![Vec::new(); self.data.questions.len() + 1];
        if let Some(first) = bufs.first_mut() {
            first.extend_from_slice(self.program.start());
        }
        bufs
    }

    /// Enumerates from question `at` on; `bufs[0]` holds the residual
    /// before it, the rest are scratch for the later questions.
    /// `full`: whether `f` needs the last question's answer in `answers`
    /// too (otherwise only in `chosen`).
    #[allow(clippy::too_many_arguments)]
    fn walk<'s, B, F>(
        &'s self,
        at: usize,
        mult: u128,
        answers: &mut Answers,
        chosen: &mut [&'s [usize]],
        full: bool,
        bufs: &mut [Vec<usize>],
        f: &mut F,
    ) -> ControlFlow<B>
    where
        F: FnMut(&Answers, &[&[usize]], u128) -> ControlFlow<B>,
    {
        let (Some(q), Some((residual, rest))) =
            (self.data.questions.get(at), bufs.split_first_mut())
        else {
            return f(answers, chosen, mult);
        };
        let Some(next) = rest.first_mut() else {
            return ControlFlow::Continue(());
        };
        if !visibility::is_shown(q, answers) {
            self.program.step(residual, at, answers, next);
            return self.walk(at + 1, mult, answers, chosen, full, rest, f);
        }
        // Every state the enumeration reaches was met by `count`.
        let Some(qc) = self.table.get(&(at, self.program.reads(residual, at))) else {
            return ControlFlow::Continue(());
        };
        // After the last question nothing reads the residual.
        let last = rest.len() < 2;
        let write = full || !last;
        for class in &qc.classes {
            if write {
                answers.set(q, &class.options);
            }
            if let Some(slot) = chosen.get_mut(at) {
                *slot = &class.at;
            }
            if let Some(next) = rest.first_mut().filter(|_| !last) {
                self.program.step(residual, at, answers, next);
            }
            // Cannot saturate: the product is at most answer_sets().
            let mult = mult.saturating_mul(class.mult);
            self.walk(at + 1, mult, answers, chosen, full, rest, f)?;
        }
        // Later questions' show_if must not see this answer on the next
        // branch of the question before.
        if write {
            answers.remove(&q.id);
        }
        if let Some(slot) = chosen.get_mut(at) {
            *slot = &[];
        }
        ControlFlow::Continue(())
    }

    /// (classes, answer sets) from question `at` on, `bufs` as for `walk`;
    /// builds the classes met on the way. Everything below depends only on
    /// the residual, so each distinct one is counted once.
    fn count(
        &mut self,
        at: usize,
        answers: &mut Answers,
        bufs: &mut [Vec<usize>],
        memo: &mut Memo,
    ) -> Result<(u64, u128), SpaceError> {
        let (Some(q), Some((residual, rest))) =
            (self.data.questions.get(at), bufs.split_first_mut())
        else {
            return Ok((1, 1));
        };
        let Some(next) = rest.first_mut() else {
            return Ok((1, 1));
        };
        if !visibility::is_shown(q, answers) {
            self.program.step(residual, at, answers, next);
            return self.count(at + 1, answers, rest, memo);
        }
        let state = (at, residual.clone());
        if let Some(&known) = memo.get(&state) {
            return Ok(known);
        }
        let reads = self.program.reads(residual, at);
        let skippable = self.skippable.get(at).copied().unwrap_or(false);
        let classes: Vec<(Vec<&'d str>, u128)> = match self.table.entry((at, reads)) {
            Entry::Occupied(e) => e.into_mut(),
            Entry::Vacant(e) => {
                let reads = e.key().1.clone();
                e.insert(QuestionClasses::new(q, reads, skippable)?)
            }
        }
        .classes
        .iter()
        .map(|c| (c.options.clone(), c.mult))
        .collect();
        let (mut n, mut sets) = (0u64, 0u128);
        for (options, mult) in &classes {
            answers.set(q, options);
            if let Some(next) = rest.first_mut() {
                self.program.step(residual, at, answers, next);
            }
            let (c, s) = self.count(at + 1, answers, rest, memo)?;
            n = n.checked_add(c).ok_or(SpaceError::TooLarge)?;
            sets = mult
                .checked_mul(s)
                .and_then(|x| sets.checked_add(x))
                .ok_or(SpaceError::TooLarge)?;
        }
        answers.remove(&q.id);
        memo.insert(state, (n, sets));
        Ok((n, sets))
    }
}

/// Answers are keyed by id, so duplicate ids would make distinct answer
/// sets one and the counts wrong.
fn check_unique_ids(data: &Dataset) -> Result<(), SpaceError> {
    let mut questions = HashSet::new();
    for q in &data.questions {
        if !questions.insert(q.id.as_str()) {
            return Err(SpaceError::DuplicateQuestion(q.id.clone()));
        }
        let mut options = HashSet::new();
        for o in &q.options {
            if !options.insert(o.id.as_str()) {
                return Err(SpaceError::DuplicateOption {
                    question: q.id.clone(),
                    option: o.id.clone(),
                });
            }
        }
    }
    Ok(())
}
