//! Conditions compiled once. `visibility::holds` looks ids up in maps of
//! strings at every call; here every id is resolved in advance, constant
//! parts are folded, `any` over options merges into one mask, and the
//! result is flattened to literals (`dnf`) or, if that would be too large,
//! kept as a tree (`tree`).
//!
//! Every condition reads one buffer of words: the answer bits, then one
//! bit per treatment saying whether it is listed (zero outside stage 2).

use std::collections::HashMap;

use crate::dataset::{Condition, Dataset};

use super::bits::locate;
use super::dnf::{self, Flat, Lit};
use super::tree::Program;

/// (word index, mask): true when any masked bit of that word is set.
pub(super) type Mask = (u32, u64);

/// A condition before flattening, in a shape that is easy to simplify.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Expr {
    Const(bool),
    /// Any of these bits is set (masks sorted by word, one per word).
    Test(Vec<Mask>),
    All(Vec<Expr>),
    Any(Vec<Expr>),
    Not(Box<Expr>),
}

/// Ids resolved once: question id → its options' bits, treatment id → its
/// `listed` bit. Duplicate ids resolve to the first, as `evaluate`'s maps.
pub(super) struct Names<'d> {
    data: &'d Dataset,
    questions: HashMap<&'d str, (usize, usize)>,
    treatments: HashMap<&'d str, usize>,
    listed_base: usize,
}

impl<'d> Names<'d> {
    /// `first_bits[i]` is the bit of question `i`'s first option; listed
    /// bits start at `listed_base`.
    pub(super) fn new(data: &'d Dataset, first_bits: &[usize], listed_base: usize) -> Names<'d> {
        let mut questions = HashMap::new();
        for (i, (q, &first)) in data.questions.iter().zip(first_bits).enumerate() {
            questions.entry(q.id.as_str()).or_insert((i, first));
        }
        let mut treatments = HashMap::new();
        for (i, t) in data.treatments.iter().enumerate() {
            treatments.entry(t.id.as_str()).or_insert(i);
        }
        Names {
            data,
            questions,
            treatments,
            listed_base,
        }
    }

    /// Bits of the options of `question` for which `pick` holds.
    fn options(&self, question: &str, pick: impl Fn(&str) -> bool) -> Vec<usize> {
        let Some(&(qi, first)) = self.questions.get(question) else {
            return Vec::new();
        };
        let Some(q) = self.data.questions.get(qi) else {
            return Vec::new();
        };
        q.options
            .iter()
            .enumerate()
            .filter(|(_, o)| pick(&o.id))
            .map(|(oi, _)| first + oi)
            .collect()
    }
}

/// Groups bits into one mask per word, by word.
fn masks(bits: impl IntoIterator<Item = usize>) -> Vec<Mask> {
    let single: Vec<Mask> = bits
        .into_iter()
        .map(|b| {
            let (w, m) = locate(b);
            (u32::try_from(w).unwrap_or(u32::MAX), m)
        })
        .collect();
    merge(&single)
}

fn test(bits: Vec<usize>) -> Expr {
    if bits.is_empty() {
        Expr::Const(false)
    } else {
        Expr::Test(masks(bits))
    }
}

/// `listed` says whether `listed(...)` can be true here: only in rules.
/// Elsewhere (`show_if`, conflicts) it is false, as `visibility::holds`
/// with a function that says no.
fn lower(cond: &Condition, names: &Names, listed: bool) -> Expr {
    match cond {
        Condition::Always => Expr::Const(true),
        Condition::Chosen(q, o) => test(names.options(q, |id| id == o)),
        Condition::AnyOf(q, os) => test(names.options(q, |id| os.iter().any(|o| o == id))),
        Condition::Answered(q) => test(names.options(q, |_| true)),
        Condition::Listed(_) if !listed => Expr::Const(false),
        Condition::Listed(ts) => test(
            ts.iter()
                .filter_map(|t| names.treatments.get(t.as_str()))
                .map(|i| names.listed_base + i)
                .collect(),
        ),
        Condition::Not(c) => match lower(c, names, listed) {
            Expr::Const(b) => Expr::Const(!b),
            Expr::Not(inner) => *inner,
            e => Expr::Not(Box::new(e)),
        },
        Condition::All(cs) => {
            let mut kids = Vec::new();
            for c in cs {
                match lower(c, names, listed) {
                    Expr::Const(true) => {}
                    Expr::Const(false) => return Expr::Const(false),
                    Expr::All(inner) => kids.extend(inner),
                    e => kids.push(e),
                }
            }
            one_or(kids, Expr::Const(true), Expr::All)
        }
        Condition::Any(cs) => {
            let mut flat = Vec::new();
            for c in cs {
                match lower(c, names, listed) {
                    Expr::Any(inner) => flat.extend(inner),
                    e => flat.push(e),
                }
            }
            let mut kids = Vec::new();
            let mut bits: Vec<Mask> = Vec::new();
            for e in flat {
                match e {
                    Expr::Const(false) => {}
                    Expr::Const(true) => return Expr::Const(true),
                    Expr::Test(m) => bits.extend(m),
                    e => kids.push(e),
                }
            }
            if !bits.is_empty() {
                kids.push(Expr::Test(merge(&bits)));
            }
            one_or(kids, Expr::Const(false), Expr::Any)
        }
    }
}

/// One mask per word from masks that may repeat words.
fn merge(ms: &[Mask]) -> Vec<Mask> {
    let mut out: Vec<Mask> = Vec::new();
    for &(w, m) in ms {
        match out.iter_mut().find(|(ow, _)| *ow == w) {
            Some((_, om)) => *om |= m,
            None => out.push((w, m)),
        }
    }
    out.sort_unstable_by_key(|&(w, _)| w);
    out
}

/// No children → `empty`, one child → the child itself, else `make`.
fn one_or(mut kids: Vec<Expr>, empty: Expr, make: fn(Vec<Expr>) -> Expr) -> Expr {
    match kids.len() {
        0 => empty,
        1 => kids.pop().unwrap_or(empty),
        _ => make(kids),
    }
}

/// A compiled condition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum CondId {
    Const(bool),
    /// Literals `start..end` of `Conds::lits`.
    Lits(u32, u32),
    /// Root node of `Conds::tree`.
    Tree(u32),
}

/// Every compiled condition of a dataset, in one flat store.
#[derive(Debug, Clone, Default)]
pub(super) struct Conds {
    lits: Vec<Lit>,
    tree: Program,
}

impl Conds {
    /// Compiles a rule condition (`listed` true) or a `show_if` or
    /// conflict condition (`listed` false).
    pub(super) fn compile(&mut self, cond: &Condition, names: &Names, listed: bool) -> CondId {
        let expr = lower(cond, names, listed);
        let start = self.lits.len();
        match dnf::flatten(&expr, start) {
            Some(Flat::Const(b)) => CondId::Const(b),
            Some(Flat::Lits(lits)) => {
                self.lits.extend(lits);
                let index = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
                CondId::Lits(index(start), index(self.lits.len()))
            }
            None => CondId::Tree(self.tree.add(&expr)),
        }
    }

    /// Whether `id` holds on `buf` (answer words, then listed words);
    /// words past the end of `buf` read as zero.
    pub(super) fn holds(&self, id: CondId, buf: &[u64]) -> bool {
        match id {
            CondId::Const(b) => b,
            CondId::Lits(s, e) => dnf::holds(&self.lits, s as usize, e as usize, buf),
            CondId::Tree(root) => self.tree.holds(root, buf),
        }
    }

    /// The terms of `id` as literal slices (an OR of ANDs), or None for a
    /// tree. `always` is one empty term; a condition that never holds has
    /// no terms.
    pub(super) fn terms(&self, id: CondId) -> Option<Vec<&[Lit]>> {
        match id {
            CondId::Const(b) => Some(if b { vec![&[][..]] } else { Vec::new() }),
            CondId::Tree(_) => None,
            CondId::Lits(s, e) => {
                let mut out = Vec::new();
                let mut i = s as usize;
                while i < e as usize {
                    let next = self.lits.get(i).map_or(e as usize, |l| l.next as usize);
                    out.push(self.lits.get(i..next).unwrap_or(&[]));
                    i = next.max(i + 1);
                }
                Some(out)
            }
        }
    }

    /// How many conditions stayed trees (for tests of the fallback).
    pub(super) fn trees(&self) -> usize {
        self.tree.roots()
    }
}
