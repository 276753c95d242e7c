//! The classes of one question's answers. Two answers that give every fact
//! read of the question (each atom, and `answered` if read) the same value
//! are interchangeable for the focus, so each class keeps one
//! representative answer and the number of answers it stands for.

use std::collections::HashMap;

use crate::dataset::{Kind, Question};

use super::SpaceError;

/// The facts about one question's answer that still matter: each set of
/// options of which one being chosen is tested (`chosen` is a set of one),
/// as option indices in order, and whether `answered` is tested.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub(super) struct Reads {
    pub atoms: Vec<Vec<usize>>,
    pub answered: bool,
}

/// The most groups of separately read options a several-choice question
/// may have: their 2^groups combinations are enumerated once for each set
/// of facts read of the question. Real datasets read a handful; far more
/// would mean millions of classes for that question alone.
pub(super) const MAX_GROUPS: usize = 20;

/// One class of answers to a question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct AnswerClass<'d> {
    /// The representative answer's option ids; empty for "unanswered".
    /// It is the plainest member: fewest options, then most of them "none
    /// of these" (exclusive), then the earliest in dataset order, so a
    /// counterexample built from representatives is as short as the class
    /// allows and does not name history that plays no part.
    pub options: Vec<&'d str>,
    /// How many answers (unanswered counting as one) the class holds.
    pub mult: u128,
    /// The representative's option indices, ascending, to compare.
    pub at: Vec<usize>,
}

/// The classes of a question's answers when it is shown.
#[derive(Debug, Clone)]
pub(super) struct QuestionClasses<'d> {
    question: &'d Question,
    reads: Reads,
    unanswered_allowed: bool,
    pub classes: Vec<AnswerClass<'d>>,
    /// Facts' values → class, to place any answer in its class.
    index: HashMap<Vec<bool>, usize>,
}

impl<'d> QuestionClasses<'d> {
    pub fn new(
        question: &'d Question,
        reads: Reads,
        unanswered_allowed: bool,
    ) -> Result<QuestionClasses<'d>, SpaceError> {
        let mut qc = QuestionClasses {
            question,
            reads,
            unanswered_allowed,
            classes: Vec::new(),
            index: HashMap::new(),
        };
        match question.kind {
            Kind::One => {
                for i in 0..question.options.len() {
                    let key = qc.key(|j| j == i, true);
                    qc.add(key, vec![i], 1)?;
                }
            }
            Kind::Several => qc.add_several()?,
        }
        if unanswered_allowed {
            let key = qc.key(|_| false, false);
            qc.add(key, Vec::new(), 1)?;
        }
        Ok(qc)
    }

    /// The class of `chosen` (option ids as `Answers` holds them), or None
    /// when it is not an answer this universe allows.
    pub fn class_of(&self, chosen: &[String]) -> Option<usize> {
        let q = self.question;
        let mut at = Vec::with_capacity(chosen.len());
        for id in chosen {
            at.push(q.options.iter().position(|o| o.id == *id)?);
        }
        let legal = match (at.len(), q.kind) {
            (0, _) => self.unanswered_allowed,
            (1, _) => true,
            (_, Kind::One) => false,
            (_, Kind::Several) => !at
                .iter()
                .any(|&i| q.options.get(i).is_none_or(|o| o.exclusive)),
        };
        if !legal {
            return None;
        }
        self.index
            .get(&self.key(|i| at.contains(&i), !at.is_empty()))
            .copied()
    }

    /// The value of every read fact for an answer choosing the options
    /// `chosen` says (answered: whether it chooses any).
    fn key(&self, chosen: impl Fn(usize) -> bool, answered: bool) -> Vec<bool> {
        let mut key = self.atom_values(chosen);
        if self.reads.answered {
            key.push(answered);
        }
        key
    }

    fn atom_values(&self, chosen: impl Fn(usize) -> bool) -> Vec<bool> {
        self.reads
            .atoms
            .iter()
            .map(|a| a.iter().any(|&i| chosen(i)))
            .collect()
    }

    /// Orders representatives: fewer options, then fewer that are not
    /// exclusive, then earlier ones.
    fn rank<'a>(q: &Question, at: &'a [usize]) -> (usize, usize, &'a [usize]) {
        let plain = at
            .iter()
            .filter(|&&i| q.options.get(i).is_some_and(|o| !o.exclusive))
            .count();
        (at.len(), plain, at)
    }

    /// Adds `mult` answers whose smallest member chooses the options at
    /// `at` (ascending) to the class of `key`.
    fn add(&mut self, key: Vec<bool>, at: Vec<usize>, mult: u128) -> Result<(), SpaceError> {
        let q = self.question;
        let ids = |at: &[usize]| -> Vec<&'d str> {
            at.iter()
                .filter_map(|&i| q.options.get(i).map(|o| o.id.as_str()))
                .collect()
        };
        match self.index.get(&key) {
            Some(&i) => {
                let class = self.classes.get_mut(i).ok_or(SpaceError::TooLarge)?;
                class.mult = class.mult.checked_add(mult).ok_or(SpaceError::TooLarge)?;
                if Self::rank(q, &at) < Self::rank(q, &class.at) {
                    class.options = ids(&at);
                    class.at = at;
                }
            }
            None => {
                self.index.insert(key, self.classes.len());
                let options = ids(&at);
                self.classes.push(AnswerClass { options, mult, at });
            }
        }
        Ok(())
    }

    /// Options read by exactly the same atoms behave alike: for
    /// non-exclusive ones only whether any of the group is chosen matters
    /// (2^size − 1 ways if so); an exclusive one is chosen alone. So the
    /// combinations of groups, not of options, are enumerated.
    fn add_several(&mut self) -> Result<(), SpaceError> {
        let q = self.question;
        let mut groups: Vec<(Vec<bool>, bool, Vec<usize>)> = Vec::new();
        for (i, o) in q.options.iter().enumerate() {
            let sig = self.atom_values(|j| j == i);
            match groups
                .iter_mut()
                .find(|(s, x, _)| *s == sig && *x == o.exclusive)
            {
                Some((_, _, members)) => members.push(i),
                None => groups.push((sig, o.exclusive, vec![i])),
            }
        }
        let (exclusive, free): (Vec<_>, Vec<_>) = groups.into_iter().partition(|g| g.1);
        if free.len() > MAX_GROUPS {
            return Err(SpaceError::TooManyGroups {
                question: q.id.clone(),
                groups: free.len(),
            });
        }
        for mask in 1u32..(1u32 << free.len()) {
            let mut key = self.atom_values(|_| false);
            let mut mult: u128 = 1;
            let mut options = Vec::new();
            for (bit, (sig, _, members)) in free.iter().enumerate() {
                if mask >> bit & 1 == 0 {
                    continue;
                }
                key.iter_mut().zip(sig).for_each(|(k, s)| *k |= *s);
                let ways = u32::try_from(members.len())
                    .ok()
                    .and_then(|n| 1u128.checked_shl(n))
                    .map(|p| p - 1)
                    .ok_or(SpaceError::TooLarge)?;
                mult = mult.checked_mul(ways).ok_or(SpaceError::TooLarge)?;
                options.extend(members.first().copied());
            }
            options.sort_unstable();
            if self.reads.answered {
                key.push(true);
            }
            self.add(key, options, mult)?;
        }
        for (sig, _, members) in exclusive {
            let mut key = sig;
            if self.reads.answered {
                key.push(true);
            }
            let options = members.first().copied().into_iter().collect();
            let mult = u128::try_from(members.len()).map_err(|_| SpaceError::TooLarge)?;
            self.add(key, options, mult)?;
        }
        Ok(())
    }
}
