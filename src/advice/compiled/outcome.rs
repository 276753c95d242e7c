//! What the compiled engine produces, the evaluation itself, and the
//! conversion back to `Advice`.

use std::hash::{Hash, Hasher};

use crate::advice::{Advice, Caution, CaveatAdvice, ConflictAdvice, NoteAdvice, TreatmentAdvice};
use crate::dataset::{Dataset, Level, Tier};

use super::bits::{locate, word};
use super::{Bits, CRule, Compiled, Item, Shape};

/// The result of one evaluation: a grade byte per item (see `Shape`) and
/// the rules that fired, from which reasons are recovered. Two outcomes
/// are equal when they give the same grades, conflicts and fired rules,
/// whatever the answers were.
#[derive(Debug, Clone, Default)]
pub struct Outcome {
    shape: Shape,
    grades: Vec<u8>,
    /// Answer words (a copy, so stage 2 reads one buffer), listed bits,
    /// fired rules.
    words: Vec<u64>,
    /// Scratch: the terms alive in the stage being evaluated.
    alive: Vec<u64>,
    /// The engine that last wrote it (`Compiled::id`).
    engine: u64,
}

fn from_grade<G: Caution>(all: [G; 3], grade: u8) -> Option<G> {
    all.into_iter().find(|g| g.caution() + 1 == grade)
}

impl Outcome {
    /// Sizes every part for `shape` and clears it; allocates only when
    /// the shape changes.
    /// `written`: the only grade slots engine `engine` can make non-zero,
    /// if known.
    pub(super) fn reset(&mut self, shape: Shape, written: Option<&[usize]>, engine: u64) {
        let mine = std::mem::replace(&mut self.engine, engine) == engine;
        if self.shape != shape || self.grades.len() != shape.grades() {
            self.shape = shape;
            self.grades.clear();
            self.grades.resize(shape.grades(), 0);
            self.words.clear();
            self.words.resize(shape.words(), 0);
            self.alive.clear();
            self.alive.resize(shape.alive_words, 0);
        } else {
            match written.filter(|_| mine) {
                Some(slots) => {
                    for &slot in slots {
                        if let Some(g) = self.grades.get_mut(slot) {
                            *g = 0;
                        }
                    }
                }
                None => self.grades.fill(0),
            }
            self.words.fill(0);
        }
    }

    fn grade(&self, at: usize, i: usize, count: usize) -> u8 {
        if i < count {
            self.grades.get(at + i).copied().unwrap_or(0)
        } else {
            0
        }
    }

    /// The tier of treatment `treatment` (dataset index), limits applied;
    /// None when no rule listed it, as `evaluate` leaves it out.
    pub fn tier(&self, treatment: usize) -> Option<Tier> {
        from_grade(Tier::ALL, self.grade(0, treatment, self.shape.treatments))
    }

    /// The level of caveat `caveat`; None when no rule raised it.
    pub fn level(&self, caveat: usize) -> Option<Level> {
        let s = self.shape;
        from_grade(Level::ALL, self.grade(s.caveats_at(), caveat, s.caveats))
    }

    /// Whether some rule added note `note`.
    pub fn has_note(&self, note: usize) -> bool {
        self.grade(self.shape.notes_at(), note, self.shape.notes) != 0
    }

    /// Whether conflict `conflict` (index in `Dataset::conflicts`) holds.
    pub fn conflict(&self, conflict: usize) -> bool {
        let s = self.shape;
        self.grade(s.conflicts_at(), conflict, s.conflicts) != 0
    }

    /// Whether rule `rule` (index in `Dataset::rules`) matched.
    pub fn fired(&self, rule: usize) -> bool {
        let (w, m) = locate(rule);
        rule < self.shape.rules && word(&self.words, self.shape.fired_at() + w) & m != 0
    }

    /// Every tier by treatment index (None: not mentioned).
    pub fn tiers(&self) -> impl Iterator<Item = Option<Tier>> + '_ {
        (0..self.shape.treatments).map(|i| self.tier(i))
    }

    /// Every level by caveat index (None: not raised).
    pub fn levels(&self) -> impl Iterator<Item = Option<Level>> + '_ {
        (0..self.shape.caveats).map(|i| self.level(i))
    }

    /// Every note's presence, by note index.
    pub fn notes(&self) -> impl Iterator<Item = bool> + '_ {
        (0..self.shape.notes).map(|i| self.has_note(i))
    }

    /// Whether each conflict holds, by conflict index.
    pub fn conflicts(&self) -> impl Iterator<Item = bool> + '_ {
        (0..self.shape.conflicts).map(|i| self.conflict(i))
    }

    /// What equality looks at: everything but the copy of the answers.
    fn key(&self) -> (&Shape, &[u8], &[u64]) {
        let results = self.words.get(self.shape.listed_at()..).unwrap_or(&[]);
        (&self.shape, &self.grades, results)
    }
}

impl PartialEq for Outcome {
    fn eq(&self, other: &Outcome) -> bool {
        self.key() == other.key()
    }
}

impl Eq for Outcome {}

impl Hash for Outcome {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.key().hash(state);
    }
}

/// `words[at] |= bits`, if `at` is in range.
fn or_word(words: &mut [u64], at: usize, bits: u64) {
    if at < words.len() {
        words[at] |= bits;
    }
}

impl Compiled {
    /// Evaluates effective answers into a reused outcome: no allocation
    /// once `out` is sized (by `Compiled::outcome` or a previous call).
    pub fn evaluate_into(&self, bits: &Bits, out: &mut Outcome) {
        let s = self.shape;
        out.reset(s, self.written.as_deref(), self.id);
        let grades: &mut [u8] = &mut out.grades;
        let words: &mut [u64] = &mut out.words;
        let alive: &mut [u64] = &mut out.alive;
        for (w, &b) in words.iter_mut().zip(bits.words()).take(s.answer_words) {
            *w = b;
        }
        // Stage 1: rules on answers alone; their `listed` bits read zero.
        self.stage(0, grades, words, alive);
        // Limits only lower a treatment that some rule listed; then the
        // listed bits for stage 2.
        let t = s.treatments;
        for &i in &self.graded {
            if i >= t || t + i >= grades.len() {
                continue;
            }
            let mut g = grades[i]; // i < t + i < grades.len(), checked above
            if g != 0 {
                if grades[t + i] > g {
                    g = grades[t + i];
                    grades[i] = g;
                }
                let w = s.listed_at() + i / 64;
                if g != self.not_advised && w < words.len() {
                    words[w] |= 1 << (i % 64);
                }
            }
        }
        // Stage 2: rules with `listed`, compiled with caveats and notes only.
        self.stage(1, grades, words, alive);
        for &(k, c) in &self.conflicts {
            if self.conds.holds(c, words) {
                if let Some(g) = grades.get_mut(s.conflicts_at() + k) {
                    *g = 1;
                }
            }
        }
    }

    /// Applies the rules of stage `n` (0 or 1): every flattened condition
    /// at once (`sliced`), then those that stayed trees.
    fn stage(&self, n: usize, grades: &mut [u8], words: &mut [u64], alive: &mut [u64]) {
        let (Some(rules), Some(sliced)) = (
            [&self.stage1, &self.stage2].get(n).copied(),
            self.sliced.get(n),
        ) else {
            return;
        };
        sliced.alive(words, alive);
        let terms = sliced.terms();
        let fired_at = self.shape.fired_at();
        // Fired bits gather in a register while rule indices stay in one
        // word (terms come in rule order), instead of a store per rule.
        let mut word_at = usize::MAX;
        let mut acc = 0u64;
        let mut last = usize::MAX;
        let mut j = 0;
        while j < alive.len() {
            let mut bits = alive[j]; // j < alive.len()
            while bits != 0 {
                let t = j * 64 + bits.trailing_zeros() as usize;
                bits &= bits - 1;
                let p = if t < terms.len() {
                    terms[t] as usize // t < terms.len()
                } else {
                    last
                };
                // A rule's terms are adjacent: apply it once.
                if p == last || p >= rules.len() {
                    continue;
                }
                last = p;
                let rule = &rules[p]; // p < rules.len(), checked above
                let w = fired_at + rule.index / 64;
                if w != word_at {
                    or_word(words, word_at, acc);
                    word_at = w;
                    acc = 0;
                }
                acc |= 1 << (rule.index % 64);
                self.apply(rule, grades);
            }
            j += 1;
        }
        or_word(words, word_at, acc);
        for &(pos, cond) in sliced.trees() {
            if let Some(rule) = rules.get(pos as usize) {
                if self.conds.holds(cond, words) {
                    or_word(words, fired_at + rule.index / 64, 1 << (rule.index % 64));
                    self.apply(rule, grades);
                }
            }
        }
    }

    /// Applies the effects of `rule`. Plain loops and checked indexing: in
    /// a debug build every iterator adapter, `min` or `Option` combinator
    /// is a call.
    fn apply(&self, rule: &CRule, grades: &mut [u8]) {
        let fx = self.effects.as_slice();
        let mut e = rule.effects.0 as usize;
        let mut end = rule.effects.1 as usize;
        if end > fx.len() {
            end = fx.len();
        }
        while e < end {
            let x = &fx[e]; // e < end <= fx.len()
            let slot = x.slot as usize;
            if slot < grades.len() && x.grade > grades[slot] {
                grades[slot] = x.grade;
            }
            e += 1;
        }
    }

    /// The outcome as the `Advice` that `evaluate` gives for the same
    /// answers, so the two can be compared with `==`. `data` must be the
    /// dataset this was compiled from and `bits` the effective answers.
    pub fn advice<'a>(&'a self, data: &'a Dataset, bits: &Bits, outcome: &Outcome) -> Advice<'a> {
        let mut treatments: Vec<(usize, Tier)> = outcome
            .tiers()
            .enumerate()
            .filter_map(|(i, t)| t.map(|t| (i, t)))
            .collect();
        treatments.sort_by_key(|&(i, t)| (t, i));
        let mut caveats: Vec<(usize, Level)> = outcome
            .levels()
            .enumerate()
            .filter_map(|(i, l)| l.map(|l| (i, l)))
            .collect();
        caveats.sort_by_key(|&(i, l)| (l, i));
        Advice {
            treatments: treatments
                .into_iter()
                .filter_map(|(i, tier)| {
                    data.treatments.get(i).map(|treatment| TreatmentAdvice {
                        treatment,
                        tier,
                        reasons: self.reasons(outcome, Item::Treatment(i)),
                    })
                })
                .collect(),
            caveats: caveats
                .into_iter()
                .filter_map(|(i, level)| {
                    data.caveats.get(i).map(|caveat| CaveatAdvice {
                        caveat,
                        level,
                        reasons: self.reasons(outcome, Item::Caveat(i)),
                    })
                })
                .collect(),
            notes: data
                .notes
                .iter()
                .enumerate()
                .filter(|&(i, _)| outcome.has_note(i))
                .map(|(i, note)| NoteAdvice {
                    note,
                    reasons: self.reasons(outcome, Item::Note(i)),
                })
                .collect(),
            conflicts: data
                .conflicts
                .iter()
                .enumerate()
                .filter(|&(i, _)| outcome.conflict(i))
                .map(|(_, conflict)| ConflictAdvice { conflict })
                .collect(),
            answers: self.answers(data, bits),
        }
    }
}
