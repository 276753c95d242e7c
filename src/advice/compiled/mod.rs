//! A compiled form of the engine, for tools that evaluate very many answer
//! sets (content tests, `audit`, `diff`). `evaluate` builds maps of strings
//! on every call, about 20 µs; here every id is resolved once in
//! [`Compiled::new`], answers are a [`Bits`] set, and [`Compiled::evaluate_into`]
//! reuses an [`Outcome`], so a call allocates nothing.
//!
//! Results equal `evaluate`'s exactly: the same tiers, levels, notes and
//! reasons in the same order ([`Compiled::advice`] rebuilds an `Advice` to
//! compare). The dataset must be free of duplicate question ids (validation
//! reports them); with duplicates the answers themselves are ambiguous and
//! the two engines may differ, though neither panics.

mod bits;
mod cond;
mod outcome;

use std::collections::HashMap;

use crate::dataset::{Dataset, Effect};
use crate::interview::Answers;

use super::Caution;

pub use bits::Bits;
use cond::{CondId, Names, Program};
pub use outcome::Outcome;

/// One kind of item the advice lists, by its index in the dataset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Item {
    Treatment(usize),
    Caveat(usize),
    Note(usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Treatment,
    Limit,
    Caveat,
    Note,
}

/// An effect with its target resolved: `grade` is the caution plus one, so
/// zero can mean "absent" in the outcome and `max` is "most cautious".
#[derive(Debug, Clone, Copy)]
struct Fx {
    kind: Kind,
    item: u32,
    grade: u8,
}

#[derive(Debug, Clone)]
struct CRule {
    /// Index in `Dataset::rules`, for the fired set.
    index: usize,
    when: CondId,
    /// Range in `Compiled::effects`.
    effects: (u32, u32),
}

/// A question's place among the answer bits.
#[derive(Debug, Clone)]
struct QBits {
    id: String,
    first: usize,
    options: Vec<String>,
    show_if: Option<CondId>,
}

/// The reasons an item may carry, in the order `evaluate` pushes them:
/// (rule index, index in `Compiled::reasons`).
type Contribs = Vec<(usize, u32)>;

/// A dataset compiled for fast evaluation. Owns copies of the ids and
/// reasons it needs, so it does not borrow the dataset.
#[derive(Debug, Clone)]
pub struct Compiled {
    program: Program,
    questions: Vec<QBits>,
    bits: usize,
    stage1: Vec<CRule>,
    stage2: Vec<CRule>,
    effects: Vec<Fx>,
    conflicts: Vec<CondId>,
    rules: usize,
    /// Every distinct reason text once: equal indices mean equal texts, so
    /// deduplicating indices is `push_reason`'s deduplication of strings.
    reasons: Vec<String>,
    treatment_reasons: Vec<Contribs>,
    caveat_reasons: Vec<Contribs>,
    note_reasons: Vec<Contribs>,
}

fn first_index<'d>(ids: impl Iterator<Item = &'d str>) -> HashMap<&'d str, usize> {
    let mut m = HashMap::new();
    for (i, id) in ids.enumerate() {
        m.entry(id).or_insert(i);
    }
    m
}

/// Compile-time state: interned reasons and the per-item reason lists.
struct Builder<'d> {
    interned: HashMap<&'d str, u32>,
    reasons: Vec<String>,
}

impl<'d> Builder<'d> {
    fn intern(&mut self, reason: &'d str) -> u32 {
        let next = u32::try_from(self.reasons.len()).unwrap_or(u32::MAX);
        *self.interned.entry(reason).or_insert_with(|| {
            self.reasons.push(reason.to_string());
            next
        })
    }
}

fn push_contrib(list: &mut [Contribs], item: usize, rule: usize, reason: Option<u32>) {
    if let (Some(l), Some(r)) = (list.get_mut(item), reason) {
        l.push((rule, r));
    }
}

impl Compiled {
    pub fn new(data: &Dataset) -> Compiled {
        let mut first_bits = Vec::with_capacity(data.questions.len());
        let mut bits = 0;
        for q in &data.questions {
            first_bits.push(bits);
            bits += q.options.len();
        }
        let names = Names::new(data, &first_bits);
        let mut program = Program::default();
        let questions = data
            .questions
            .iter()
            .zip(&first_bits)
            .map(|(q, &first)| QBits {
                id: q.id.clone(),
                first,
                options: q.options.iter().map(|o| o.id.clone()).collect(),
                show_if: q.show_if.as_ref().map(|c| program.compile(c, &names)),
            })
            .collect();
        let conflicts = data
            .conflicts
            .iter()
            .map(|c| program.compile(&c.when, &names))
            .collect();

        let t_ix = first_index(data.treatments.iter().map(|t| t.id.as_str()));
        let c_ix = first_index(data.caveats.iter().map(|e| e.id.as_str()));
        let n_ix = first_index(data.notes.iter().map(|e| e.id.as_str()));
        let mut b = Builder {
            interned: HashMap::new(),
            reasons: Vec::new(),
        };
        let mut treatment_reasons = vec![Contribs::new(); data.treatments.len()];
        let mut limit_reasons = vec![Contribs::new(); data.treatments.len()];
        let mut caveat_reasons = vec![Contribs::new(); data.caveats.len()];
        let mut note_reasons = vec![Contribs::new(); data.notes.len()];
        let mut effects = Vec::new();
        let mut stages = (Vec::new(), Vec::new());
        // Stage 1 rules first, then stage 2: that is the order in which
        // `evaluate` pushes reasons onto caveats and notes.
        for second in [false, true] {
            for (index, rule) in data.rules.iter().enumerate() {
                if rule.when.uses_listed() != second {
                    continue;
                }
                let start = u32::try_from(effects.len()).unwrap_or(u32::MAX);
                for effect in &rule.then {
                    let fx = match effect {
                        Effect::Treatment { id, tier, reason } if !second => {
                            t_ix.get(id.as_str()).map(|&i| {
                                let r = b.intern(reason);
                                push_contrib(&mut treatment_reasons, i, index, Some(r));
                                (Kind::Treatment, i, tier.caution())
                            })
                        }
                        Effect::Limit { id, tier, reason } if !second => {
                            t_ix.get(id.as_str()).map(|&i| {
                                let r = b.intern(reason);
                                push_contrib(&mut limit_reasons, i, index, Some(r));
                                (Kind::Limit, i, tier.caution())
                            })
                        }
                        Effect::Caveat { id, level, reason } => c_ix.get(id.as_str()).map(|&i| {
                            let r = reason.as_deref().map(|r| b.intern(r));
                            push_contrib(&mut caveat_reasons, i, index, r);
                            (Kind::Caveat, i, level.caution())
                        }),
                        Effect::Note { id, reason } => n_ix.get(id.as_str()).map(|&i| {
                            let r = reason.as_deref().map(|r| b.intern(r));
                            push_contrib(&mut note_reasons, i, index, r);
                            (Kind::Note, i, 0)
                        }),
                        // Stage 2 may not change treatments; `evaluate`
                        // skips these too.
                        Effect::Treatment { .. } | Effect::Limit { .. } => None,
                    };
                    if let Some((kind, item, caution)) = fx {
                        effects.push(Fx {
                            kind,
                            item: u32::try_from(item).unwrap_or(u32::MAX),
                            grade: caution + 1,
                        });
                    }
                }
                let end = u32::try_from(effects.len()).unwrap_or(u32::MAX);
                let compiled = CRule {
                    index,
                    when: program.compile(&rule.when, &names),
                    effects: (start, end),
                };
                if second {
                    stages.1.push(compiled);
                } else {
                    stages.0.push(compiled);
                }
            }
        }
        // Limit reasons come after every treatment reason (`evaluate`
        // applies limits once stage 1 is over).
        for (t, l) in treatment_reasons.iter_mut().zip(limit_reasons) {
            t.extend(l);
        }
        Compiled {
            program,
            questions,
            bits,
            stage1: stages.0,
            stage2: stages.1,
            effects,
            conflicts,
            rules: data.rules.len(),
            reasons: b.reasons,
            treatment_reasons,
            caveat_reasons,
            note_reasons,
        }
    }

    /// How many answer bits: one per option of every question.
    pub fn bit_count(&self) -> usize {
        self.bits
    }

    /// An empty answer set sized for this dataset.
    pub fn bits(&self) -> Bits {
        Bits::with_capacity(self.bits)
    }

    /// The bit of option `option` of question `question` (dataset indices).
    pub fn bit(&self, question: usize, option: usize) -> Option<usize> {
        let q = self.questions.get(question)?;
        (option < q.options.len()).then_some(q.first + option)
    }

    /// The bits of question `question`'s options, first to last.
    pub fn question_bits(&self, question: usize) -> std::ops::Range<usize> {
        self.questions
            .get(question)
            .map_or(0..0, |q| q.first..q.first + q.options.len())
    }

    /// Chooses an option by dataset indices; false if there is no such option.
    pub fn choose(&self, bits: &mut Bits, question: usize, option: usize) -> bool {
        self.bit(question, option).map(|b| bits.insert(b)).is_some()
    }

    fn shown(&self, q: &QBits, kept: &Bits) -> bool {
        q.show_if
            .is_none_or(|c| self.program.holds(c, kept.words(), &[]))
    }

    /// The answers that count, as `visibility::effective`: in question
    /// order, a question's answer is kept only if its `show_if` holds on
    /// the answers kept so far.
    pub fn encode(&self, answers: &Answers) -> Bits {
        let mut kept = self.bits();
        for q in &self.questions {
            if !self.shown(q, &kept) {
                continue;
            }
            let chosen = answers.get(&q.id);
            for (i, o) in q.options.iter().enumerate() {
                if chosen.contains(o) {
                    kept.insert(q.first + i);
                }
            }
        }
        kept
    }

    /// `raw` with the answers to hidden questions dropped.
    pub fn effective(&self, raw: &Bits) -> Bits {
        let mut out = self.bits();
        self.effective_into(raw, &mut out);
        out
    }

    /// As [`Compiled::effective`], into a reused set (no allocation).
    pub fn effective_into(&self, raw: &Bits, out: &mut Bits) {
        out.reset(self.bits.div_ceil(64));
        for q in &self.questions {
            if self.shown(q, out) {
                for b in q.first..q.first + q.options.len() {
                    if raw.contains(b) {
                        out.insert(b);
                    }
                }
            }
        }
    }

    /// The answers of `bits` as `Answers`, by the ids of `data`, which must
    /// be the dataset this was compiled from.
    pub fn answers(&self, data: &Dataset, bits: &Bits) -> Answers {
        let mut answers = Answers::new();
        for (q, question) in self.questions.iter().zip(&data.questions) {
            let chosen: Vec<&str> = q
                .options
                .iter()
                .enumerate()
                .filter(|&(i, _)| bits.contains(q.first + i))
                .map(|(_, o)| o.as_str())
                .collect();
            if !chosen.is_empty() {
                answers.set(question, &chosen);
            }
        }
        answers
    }

    /// An outcome sized for this dataset, to pass to `evaluate_into`.
    pub fn outcome(&self) -> Outcome {
        Outcome::sized(self)
    }

    /// Evaluates effective answers (from `encode` or `effective`).
    /// Allocates the outcome; loops should use `evaluate_into`.
    pub fn evaluate(&self, bits: &Bits) -> Outcome {
        let mut out = self.outcome();
        self.evaluate_into(bits, &mut out);
        out
    }

    /// The reasons of `item` in `outcome`, exactly as `evaluate` lists
    /// them: rule order without repeats, limits after treatment reasons,
    /// stage 2 after stage 1. Empty if the item is not in the outcome.
    pub fn reasons(&self, outcome: &Outcome, item: Item) -> Vec<&str> {
        let (present, list) = match item {
            Item::Treatment(i) => (outcome.tier(i).is_some(), self.treatment_reasons.get(i)),
            Item::Caveat(i) => (outcome.level(i).is_some(), self.caveat_reasons.get(i)),
            Item::Note(i) => (outcome.has_note(i), self.note_reasons.get(i)),
        };
        let mut out: Vec<&str> = Vec::new();
        if !present {
            return out;
        }
        for &(rule, reason) in list.map_or(&[][..], Vec::as_slice) {
            if outcome.fired(rule) {
                if let Some(r) = self.reasons.get(reason as usize) {
                    if !out.contains(&r.as_str()) {
                        out.push(r);
                    }
                }
            }
        }
        out
    }
}
