//! The compiled engine fed straight from a class's option indices: no ids
//! looked up, no allocation per class. In the complete universe a class
//! answers only shown questions, so its bits are already the effective
//! answers `evaluate_into` expects.

use crate::advice::compiled::{Bits, Compiled, Outcome};
use crate::dataset::Condition;
use crate::interview::Answers;

pub(super) struct Eval<'c> {
    compiled: &'c Compiled,
    bits: Bits,
    out: Outcome,
}

impl<'c> Eval<'c> {
    pub fn new(compiled: &'c Compiled) -> Eval<'c> {
        Eval {
            compiled,
            bits: compiled.bits(),
            out: compiled.outcome(),
        }
    }

    /// Evaluates the answers that choose, for each question in dataset
    /// order, the options at these indices.
    pub fn run(&mut self, chosen: &[&[usize]]) -> &Outcome {
        self.bits.clear();
        for (q, options) in chosen.iter().enumerate() {
            for &o in *options {
                self.compiled.choose(&mut self.bits, q, o);
            }
        }
        self.compiled.evaluate_into(&self.bits, &mut self.out);
        &self.out
    }
}

/// A condition on the answers alone, `listed` unknown: Some when the
/// answers settle it whatever is listed (three-valued, as `holds` reads
/// `all`, `any` and `not`), so the engine need not run.
pub(super) fn decide(cond: &Condition, answers: &Answers) -> Option<bool> {
    match cond {
        Condition::Always => Some(true),
        Condition::Chosen(q, o) => Some(answers.is_chosen(q, o)),
        Condition::AnyOf(q, os) => Some(os.iter().any(|o| answers.is_chosen(q, o))),
        Condition::Answered(q) => Some(answers.is_answered(q)),
        Condition::Listed(_) => None,
        Condition::Not(c) => decide(c, answers).map(|b| !b),
        Condition::All(cs) | Condition::Any(cs) => {
            // `all` is settled by a false part, `any` by a true one.
            let decisive = matches!(cond, Condition::Any(_));
            let mut open = false;
            for c in cs {
                match decide(c, answers) {
                    Some(b) if b == decisive => return Some(decisive),
                    Some(_) => {}
                    None => open = true,
                }
            }
            (!open).then_some(!decisive)
        }
    }
}
