//! Conditions compiled to a flat program of nodes over bit masks.
//!
//! `visibility::holds` looks ids up in maps of strings at every call; here
//! every id is resolved once, so a test is a word load and an AND. Constant
//! parts are folded and `any` over one question's options merges into one
//! mask, which keeps the common `chosen`/`any_of` rules to a single node.

use std::collections::HashMap;

use crate::dataset::{Condition, Dataset};

use super::bits::{locate, word};

/// (word index, mask): true when any masked bit of that word is set.
type Mask = (u32, u64);

/// A condition before flattening, in a shape that is easy to simplify.
#[derive(Debug, Clone, PartialEq)]
enum Expr {
    Const(bool),
    /// Any of these answer bits is set (masks sorted by word, one per word).
    Answer(Vec<Mask>),
    /// Any of these treatments is listed.
    Listed(Vec<Mask>),
    All(Vec<Expr>),
    Any(Vec<Expr>),
    Not(Box<Expr>),
}

#[derive(Debug, Clone, Copy)]
enum Node {
    Const(bool),
    Answer(Mask),
    /// Masks `start..end` of `Program::masks`, on the answers.
    AnswerAny(u32, u32),
    Listed(Mask),
    ListedAny(u32, u32),
    /// Children `start..end` of `Program::kids`.
    All(u32, u32),
    Any(u32, u32),
    Not(u32),
}

/// Ids resolved once: question id → its options' bits, treatment id → index.
/// Duplicate ids resolve to the first, as `evaluate`'s index maps do.
pub(super) struct Names<'d> {
    questions: HashMap<&'d str, (usize, usize)>,
    data: &'d Dataset,
    treatments: HashMap<&'d str, usize>,
}

impl<'d> Names<'d> {
    /// `first_bits[i]` is the bit of question `i`'s first option.
    pub(super) fn new(data: &'d Dataset, first_bits: &[usize]) -> Names<'d> {
        let mut questions = HashMap::new();
        for (i, (q, &first)) in data.questions.iter().zip(first_bits).enumerate() {
            questions.entry(q.id.as_str()).or_insert((i, first));
        }
        let mut treatments = HashMap::new();
        for (i, t) in data.treatments.iter().enumerate() {
            treatments.entry(t.id.as_str()).or_insert(i);
        }
        Names {
            questions,
            data,
            treatments,
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

    pub(super) fn treatment(&self, id: &str) -> Option<usize> {
        self.treatments.get(id).copied()
    }
}

/// Groups bits into one mask per word, by word.
fn masks(bits: impl IntoIterator<Item = usize>) -> Vec<Mask> {
    let mut out: Vec<Mask> = Vec::new();
    for bit in bits {
        let (w, m) = locate(bit);
        let w = u32::try_from(w).unwrap_or(u32::MAX);
        match out.iter_mut().find(|(ow, _)| *ow == w) {
            Some((_, om)) => *om |= m,
            None => out.push((w, m)),
        }
    }
    out.sort_unstable_by_key(|&(w, _)| w);
    out
}

fn merge(a: &mut Vec<Mask>, b: Vec<Mask>) {
    let bits = a.iter().chain(&b).flat_map(|&(w, m)| {
        (0..64)
            .filter(move |i| m & (1u64 << i) != 0)
            .map(move |i| w as usize * 64 + i)
    });
    *a = masks(bits.collect::<Vec<_>>());
}

fn lower(cond: &Condition, names: &Names) -> Expr {
    let answer = |bits: Vec<usize>| {
        if bits.is_empty() {
            Expr::Const(false)
        } else {
            Expr::Answer(masks(bits))
        }
    };
    match cond {
        Condition::Always => Expr::Const(true),
        Condition::Chosen(q, o) => answer(names.options(q, |id| id == o)),
        Condition::AnyOf(q, os) => answer(names.options(q, |id| os.iter().any(|o| o == id))),
        Condition::Answered(q) => answer(names.options(q, |_| true)),
        Condition::Listed(ts) => {
            let found: Vec<usize> = ts.iter().filter_map(|t| names.treatment(t)).collect();
            if found.is_empty() {
                Expr::Const(false)
            } else {
                Expr::Listed(masks(found))
            }
        }
        Condition::Not(c) => match lower(c, names) {
            Expr::Const(b) => Expr::Const(!b),
            Expr::Not(inner) => *inner,
            e => Expr::Not(Box::new(e)),
        },
        Condition::All(cs) => {
            let mut kids = Vec::new();
            for c in cs {
                match lower(c, names) {
                    Expr::Const(true) => {}
                    Expr::Const(false) => return Expr::Const(false),
                    Expr::All(inner) => kids.extend(inner),
                    e => kids.push(e),
                }
            }
            one_or(kids, Expr::Const(true), Expr::All)
        }
        Condition::Any(cs) => {
            let mut kids = Vec::new();
            let mut answers: Vec<Mask> = Vec::new();
            let mut listed: Vec<Mask> = Vec::new();
            let mut flat = Vec::new();
            for c in cs {
                match lower(c, names) {
                    Expr::Any(inner) => flat.extend(inner),
                    e => flat.push(e),
                }
            }
            for e in flat {
                match e {
                    Expr::Const(false) => {}
                    Expr::Const(true) => return Expr::Const(true),
                    Expr::Answer(m) => merge(&mut answers, m),
                    Expr::Listed(m) => merge(&mut listed, m),
                    e => kids.push(e),
                }
            }
            if !answers.is_empty() {
                kids.push(Expr::Answer(answers));
            }
            if !listed.is_empty() {
                kids.push(Expr::Listed(listed));
            }
            one_or(kids, Expr::Const(false), Expr::Any)
        }
    }
}

/// No children → `empty`, one child → the child itself, else `make`.
fn one_or(mut kids: Vec<Expr>, empty: Expr, make: fn(Vec<Expr>) -> Expr) -> Expr {
    match kids.len() {
        0 => empty,
        1 => kids.pop().unwrap_or(empty),
        _ => make(kids),
    }
}

/// Every compiled condition of a dataset, in one flat store.
#[derive(Debug, Clone, Default)]
pub(super) struct Program {
    nodes: Vec<Node>,
    kids: Vec<u32>,
    masks: Vec<Mask>,
}

/// A compiled condition: the index of its root node.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct CondId(u32);

fn index(len: usize) -> u32 {
    u32::try_from(len).unwrap_or(u32::MAX)
}

impl Program {
    pub(super) fn compile(&mut self, cond: &Condition, names: &Names) -> CondId {
        let expr = lower(cond, names);
        CondId(self.flatten(&expr))
    }

    fn push(&mut self, node: Node) -> u32 {
        self.nodes.push(node);
        index(self.nodes.len() - 1)
    }

    fn span(&mut self, masks: &[Mask]) -> (u32, u32) {
        let start = index(self.masks.len());
        self.masks.extend_from_slice(masks);
        (start, index(self.masks.len()))
    }

    fn flatten(&mut self, expr: &Expr) -> u32 {
        let node = match expr {
            Expr::Const(b) => Node::Const(*b),
            Expr::Answer(ms) => match ms.as_slice() {
                [m] => Node::Answer(*m),
                _ => {
                    let (s, e) = self.span(ms);
                    Node::AnswerAny(s, e)
                }
            },
            Expr::Listed(ms) => match ms.as_slice() {
                [m] => Node::Listed(*m),
                _ => {
                    let (s, e) = self.span(ms);
                    Node::ListedAny(s, e)
                }
            },
            Expr::Not(e) => Node::Not(self.flatten(e)),
            Expr::All(es) | Expr::Any(es) => {
                let ids: Vec<u32> = es.iter().map(|e| self.flatten(e)).collect();
                let start = index(self.kids.len());
                self.kids.extend(ids);
                let end = index(self.kids.len());
                if matches!(expr, Expr::All(_)) {
                    Node::All(start, end)
                } else {
                    Node::Any(start, end)
                }
            }
        };
        self.push(node)
    }

    /// Whether condition `id` holds on `answers`, with `listed` the listed
    /// treatments (empty outside stage 2, so `listed` is false there, as
    /// `visibility::holds` with a function that says no).
    pub(super) fn holds(&self, id: CondId, answers: &[u64], listed: &[u64]) -> bool {
        self.node(id.0, answers, listed)
    }

    fn any_mask(&self, start: u32, end: u32, words: &[u64]) -> bool {
        let masks = self.masks.get(start as usize..end as usize).unwrap_or(&[]);
        for &(w, m) in masks {
            if word(words, w as usize) & m != 0 {
                return true;
            }
        }
        false
    }

    fn node(&self, at: u32, answers: &[u64], listed: &[u64]) -> bool {
        let Some(&node) = self.nodes.get(at as usize) else {
            return false;
        };
        match node {
            Node::Const(b) => b,
            Node::Answer((w, m)) => word(answers, w as usize) & m != 0,
            Node::AnswerAny(s, e) => self.any_mask(s, e, answers),
            Node::Listed((w, m)) => word(listed, w as usize) & m != 0,
            Node::ListedAny(s, e) => self.any_mask(s, e, listed),
            Node::Not(k) => !self.node(k, answers, listed),
            Node::All(s, e) => {
                for &k in self.kids.get(s as usize..e as usize).unwrap_or(&[]) {
                    if !self.node(k, answers, listed) {
                        return false;
                    }
                }
                true
            }
            Node::Any(s, e) => {
                for &k in self.kids.get(s as usize..e as usize).unwrap_or(&[]) {
                    if self.node(k, answers, listed) {
                        return true;
                    }
                }
                false
            }
        }
    }
}
