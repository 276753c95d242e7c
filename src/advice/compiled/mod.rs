//! A compiled form of the engine, for tools that evaluate very many answer
//! sets (content tests, `audit`, `diff`). `evaluate` builds maps of strings
//! on every call; here every id is resolved once in [`Compiled::new`],
//! answers are a [`Bits`] set, conditions become terms of literals over
//! words, a whole stage of rules is settled by a few table lookups
//! (`sliced`), and [`Compiled::evaluate_into`] reuses an [`Outcome`], so a
//! call allocates nothing.
//!
//! Results equal `evaluate`'s exactly: the same tiers, levels, notes and
//! reasons in the same order ([`Compiled::advice`] rebuilds an `Advice` to
//! compare). Conflicts match when their condition holds on the effective
//! answers, with `listed` false (as in `show_if`). The dataset must be free
//! of duplicate question ids (validation reports them): with duplicates the
//! answers themselves are ambiguous and the engines may differ, though
//! neither panics.
//!
//! ```
//! use scarguide::advice::compiled::{Compiled, Item};
//! use scarguide::advice::evaluate;
//! use scarguide::interview::Answers;
//!
//! let data = scarguide::dataset::embedded().unwrap().dataset;
//! let compiled = Compiled::new(&data);
//! let mut outcome = compiled.outcome(); // reused by every call below
//!
//! // From answers, as a front end has them.
//! let mut answers = Answers::new();
//! answers.set(data.question("scar_types").unwrap(), &["rolling"]);
//! let bits = compiled.encode(&answers);
//! compiled.evaluate_into(&bits, &mut outcome);
//! assert_eq!(compiled.advice(&data, &bits, &outcome), evaluate(&data, &answers));
//!
//! // Or from option indices, as an enumerator builds them.
//! let mut raw = compiled.bits();
//! compiled.choose(&mut raw, 0, 2); // scar_types: rolling
//! compiled.evaluate_into(&compiled.effective(&raw), &mut outcome);
//! let subcision = data.treatments.iter().position(|t| t.id == "subcision").unwrap();
//! println!("{:?} {:?}", outcome.tier(subcision), compiled.reasons(&outcome, Item::Treatment(subcision)));
//! ```

mod bits;
mod compile;
mod cond;
mod dnf;
mod outcome;
mod sliced;
mod tree;

use crate::dataset::Dataset;
use crate::interview::Answers;

pub use bits::Bits;
use cond::CondId;
pub use outcome::Outcome;

/// One kind of item the advice lists, by its index in the dataset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Item {
    Treatment(usize),
    Caveat(usize),
    Note(usize),
}

/// Sizes of a dataset, and where each part lives in an `Outcome`:
/// grades are [treatments | limits | caveats | notes | conflicts], one byte
/// each; words are [answers | listed treatments | fired rules], one bit each.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
struct Shape {
    treatments: usize,
    caveats: usize,
    notes: usize,
    conflicts: usize,
    rules: usize,
    answer_words: usize,
    listed_words: usize,
    /// Scratch for `sliced`: one bit per term of the larger stage.
    alive_words: usize,
}

impl Shape {
    fn caps_at(&self) -> usize {
        self.treatments
    }
    fn caveats_at(&self) -> usize {
        2 * self.treatments
    }
    fn notes_at(&self) -> usize {
        self.caveats_at() + self.caveats
    }
    fn conflicts_at(&self) -> usize {
        self.notes_at() + self.notes
    }
    fn grades(&self) -> usize {
        self.conflicts_at() + self.conflicts
    }
    fn listed_at(&self) -> usize {
        self.answer_words
    }
    fn fired_at(&self) -> usize {
        self.answer_words + self.listed_words
    }
    fn words(&self) -> usize {
        self.fired_at() + self.rules.div_ceil(64)
    }
}

/// An effect with its target resolved: raise grade slot `slot` to at
/// least `grade` (caution + 1, so 0 means absent and `max` is "most
/// cautious"; notes and conflicts use 1 for present).
#[derive(Debug, Clone, Copy)]
struct Fx {
    slot: u32,
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
    show_if: CondId,
    /// The option bits as (word, mask), to copy a whole answer at once.
    masks: Vec<(usize, u64)>,
}

/// The reasons an item may carry, in the order `evaluate` pushes them:
/// (rule index, index in `Compiled::reasons`).
type Contribs = Vec<(usize, u32)>;

/// A dataset compiled for fast evaluation. Owns copies of the ids and
/// reasons it needs, so it does not borrow the dataset.
#[derive(Debug, Clone)]
pub struct Compiled {
    conds: cond::Conds,
    questions: Vec<QBits>,
    bits: usize,
    shape: Shape,
    stage1: Vec<CRule>,
    stage2: Vec<CRule>,
    sliced: [sliced::Sliced; 2],
    effects: Vec<Fx>,
    /// The conflicts evaluated, by index in `Dataset::conflicts`.
    conflicts: Vec<(usize, CondId)>,
    /// Treatments some kept rule grades: the only ones limits can lower.
    graded: Vec<usize>,
    /// The grade slots kept rules and conflicts can write, when they are
    /// few: an engine for a handful of rules then clears only those, so
    /// its cost per evaluation does not grow with the dataset.
    written: Option<Vec<usize>>,
    /// Tells engines apart: an outcome last written by another engine of
    /// the same shape may hold grades anywhere, so it is cleared in full.
    id: u64,
    not_advised: u8,
    reasons: Vec<String>,
    treatment_reasons: Vec<Contribs>,
    caveat_reasons: Vec<Contribs>,
    note_reasons: Vec<Contribs>,
}

impl Compiled {
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

    /// How many conditions were too large to flatten and stay trees.
    pub fn tree_conditions(&self) -> usize {
        self.conds.trees()
    }

    /// The answers that count, as `visibility::effective`: in question
    /// order, a question's answer is kept only if its `show_if` holds on
    /// the answers kept so far.
    pub fn encode(&self, answers: &Answers) -> Bits {
        let mut kept = self.bits();
        for q in &self.questions {
            if !self.conds.holds(q.show_if, kept.words()) {
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
            if self.conds.holds(q.show_if, out.words()) {
                for &(w, m) in &q.masks {
                    out.copy_masked(raw, w, m);
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
        let mut out = Outcome::default();
        out.reset(self.shape, None, self.id);
        out
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
