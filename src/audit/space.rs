//! Every answer set, grouped into the classes a focus cannot tell apart.
//!
//! Each question's answers fall into a few classes (see `classes.rs`);
//! an answer set's class is the class of each question's answer, plus
//! which questions are shown. Enumeration goes depth-first over the
//! questions in dataset order, deciding whether each is shown from the
//! representative answers so far: `show_if` only reads earlier questions,
//! and every fact it reads is kept apart, so the representative is shown
//! exactly the questions every member of its class is.

use std::collections::HashSet;
use std::ops::ControlFlow;

use crate::dataset::Dataset;
use crate::interview::{visibility, Answers};

use super::classes::QuestionClasses;
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
/// answers, or None when the question is hidden.
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
    questions: Vec<QuestionClasses<'d>>,
    classes: u64,
    answer_sets: u128,
}

impl<'d> Space<'d> {
    /// Builds the classes and counts them. Costs little more than the
    /// number of distinct show_if outcomes: the classes themselves are
    /// only produced by [`Space::for_each`].
    pub fn new(
        data: &'d Dataset,
        focus: &Focus,
        universe: Universe,
    ) -> Result<Space<'d>, SpaceError> {
        focus.check_ids(data)?;
        check_unique_ids(data)?;
        let reads = closure::reads(data, focus);
        let questions = data
            .questions
            .iter()
            .zip(reads)
            .map(|(q, r)| {
                let skippable = q.optional || universe == Universe::WithUnanswered;
                QuestionClasses::new(q, r, skippable)
            })
            .collect::<Result<Vec<_>, _>>()?;
        let mut space = Space {
            data,
            questions,
            classes: 0,
            answer_sets: 0,
        };
        let (classes, answer_sets) = space.count(0, &mut Answers::new())?;
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
        self.walk(0, 1, &mut Answers::new(), &mut f)
    }

    /// The class of `answers`, or None when they are not in the universe
    /// (an option a question does not have, two options for a one-choice
    /// question, "none of these" with another option, a required question
    /// unanswered in the complete universe). Answers to hidden questions
    /// are dropped first, as the engine drops them.
    pub fn key(&self, answers: &Answers) -> Option<ClassKey> {
        let effective = visibility::effective(self.data, answers);
        let mut earlier = Answers::new();
        let mut key = Vec::with_capacity(self.questions.len());
        for (q, qc) in self.data.questions.iter().zip(&self.questions) {
            if !visibility::is_shown(q, &earlier) {
                key.push(None);
                continue;
            }
            let chosen = effective.get(&q.id);
            key.push(Some(qc.class_of(chosen)?));
            let ids: Vec<&str> = chosen.iter().map(String::as_str).collect();
            earlier.set(q, &ids);
        }
        Some(ClassKey(key))
    }

    fn walk<B, F>(&self, at: usize, mult: u128, answers: &mut Answers, f: &mut F) -> ControlFlow<B>
    where
        F: FnMut(&Answers, u128) -> ControlFlow<B>,
    {
        let (Some(q), Some(qc)) = (self.data.questions.get(at), self.questions.get(at)) else {
            return f(answers, mult);
        };
        if !visibility::is_shown(q, answers) {
            return self.walk(at + 1, mult, answers, f);
        }
        for class in &qc.classes {
            answers.set(q, &class.options);
            // Cannot saturate: the product is at most answer_sets().
            self.walk(at + 1, mult.saturating_mul(class.mult), answers, f)?;
        }
        // Later questions' show_if must not see this answer on the next
        // branch of the question before.
        answers.remove(&q.id);
        ControlFlow::Continue(())
    }

    /// (classes, answer sets) from question `at` on, given the answers
    /// before it. Classes that agree on what show_ifs read lead to the
    /// same later questions, so one of them stands for its group.
    fn count(&self, at: usize, answers: &mut Answers) -> Result<(u64, u128), SpaceError> {
        let (Some(q), Some(qc)) = (self.data.questions.get(at), self.questions.get(at)) else {
            return Ok((1, 1));
        };
        if !visibility::is_shown(q, answers) {
            return self.count(at + 1, answers);
        }
        let (mut classes, mut sets) = (0u64, 0u128);
        for group in &qc.groups {
            let Some(class) = qc.classes.get(group.first) else {
                continue;
            };
            answers.set(q, &class.options);
            let (c, s) = self.count(at + 1, answers)?;
            classes = group
                .classes
                .checked_mul(c)
                .and_then(|n| classes.checked_add(n))
                .ok_or(SpaceError::TooLarge)?;
            sets = group
                .mult
                .checked_mul(s)
                .and_then(|n| sets.checked_add(n))
                .ok_or(SpaceError::TooLarge)?;
        }
        answers.remove(&q.id);
        Ok((classes, sets))
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
