//! The compiled engine fed straight from a class's option indices: no ids
//! looked up, no allocation per class. In the complete universe a class
//! answers only shown questions, so its bits are already the effective
//! answers `evaluate_into` expects.

use crate::advice::compiled::{Bits, Compiled, Outcome};
use crate::dataset::{Condition, Dataset};

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

/// A condition with its ids resolved to indices, read straight from a
/// class's option indices (no `Answers` needed).
#[derive(Debug, Clone)]
pub(super) enum Cond {
    Const(bool),
    /// One of these options of question `q` chosen; None: `q` answered.
    Leaf {
        q: usize,
        options: Option<Vec<usize>>,
    },
    All(Vec<Cond>),
    Any(Vec<Cond>),
    Not(Box<Cond>),
    Listed,
}

impl Cond {
    /// Resolves `cond` against `data`. A test naming a question or options
    /// the dataset lacks never holds, as on real answers.
    pub fn new(data: &Dataset, cond: &Condition) -> Cond {
        let leaf = |q: &str, ids: Option<&[String]>| {
            let Some((at, question)) = data.questions.iter().enumerate().find(|(_, x)| x.id == q)
            else {
                return Cond::Const(false);
            };
            match ids {
                None => Cond::Leaf {
                    q: at,
                    options: None,
                },
                Some(ids) => {
                    let options: Vec<usize> = question
                        .options
                        .iter()
                        .enumerate()
                        .filter(|(_, o)| ids.contains(&o.id))
                        .map(|(i, _)| i)
                        .collect();
                    if options.is_empty() {
                        Cond::Const(false)
                    } else {
                        Cond::Leaf {
                            q: at,
                            options: Some(options),
                        }
                    }
                }
            }
        };
        match cond {
            Condition::Always => Cond::Const(true),
            Condition::Chosen(q, o) => leaf(q, Some(std::slice::from_ref(o))),
            Condition::AnyOf(q, os) => leaf(q, Some(os)),
            Condition::Answered(q) => leaf(q, None),
            Condition::All(cs) => Cond::All(cs.iter().map(|c| Cond::new(data, c)).collect()),
            Condition::Any(cs) => Cond::Any(cs.iter().map(|c| Cond::new(data, c)).collect()),
            Condition::Not(c) => Cond::Not(Box::new(Cond::new(data, c))),
            Condition::Listed(_) => Cond::Listed,
        }
    }

    /// The value on answers choosing, per question, the options at these
    /// indices; `listed` is what a `listed` test gives (None: unknown).
    /// Three-valued, as `holds` reads `all`, `any` and `not`: Some when the
    /// answers settle it whatever is listed.
    pub fn value(&self, chosen: &[&[usize]], listed: Option<bool>) -> Option<bool> {
        match self {
            Cond::Const(b) => Some(*b),
            Cond::Leaf { q, options } => {
                let have = chosen.get(*q).copied().unwrap_or(&[]);
                Some(match options {
                    None => !have.is_empty(),
                    Some(os) => os.iter().any(|o| have.contains(o)),
                })
            }
            Cond::Listed => listed,
            Cond::Not(c) => c.value(chosen, listed).map(|b| !b),
            Cond::All(cs) | Cond::Any(cs) => {
                // `all` is settled by a false part, `any` by a true one.
                let decisive = matches!(self, Cond::Any(_));
                let mut open = false;
                for c in cs {
                    match c.value(chosen, listed) {
                        Some(b) if b == decisive => return Some(decisive),
                        Some(_) => {}
                        None => open = true,
                    }
                }
                (!open).then_some(!decisive)
            }
        }
    }
}
