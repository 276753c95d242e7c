//! What the compiled engine produces, and its conversion back to `Advice`.

use crate::advice::{Advice, Caution, CaveatAdvice, NoteAdvice, TreatmentAdvice};
use crate::dataset::{Dataset, Level, Tier};

use super::bits::{locate, word};
use super::{Bits, Compiled, Item, Kind};

/// The result of one evaluation. Grades are stored as caution + 1 (0 is
/// absent) so that "most cautious wins" is `max`. Two outcomes are equal
/// when the same items have the same grades and the same rules fired.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Outcome {
    treatments: Vec<u8>,
    caveats: Vec<u8>,
    notes: Vec<bool>,
    conflicts: Vec<bool>,
    /// Rules (by dataset index) whose condition held: reasons come from these.
    fired: Vec<u64>,
    /// Scratch for one call: the tightest limit per treatment, and the
    /// treatments listed after stage 1 (a bit each, for `listed`).
    caps: Vec<u8>,
    listed: Vec<u64>,
}

fn from_grade<G: Caution>(all: [G; 3], grade: u8) -> Option<G> {
    all.into_iter().find(|g| g.caution() + 1 == grade)
}

fn raise(grades: &mut [u8], item: u32, grade: u8) {
    if let Some(g) = grades.get_mut(item as usize) {
        *g = (*g).max(grade);
    }
}

fn refill<T: Clone>(v: &mut Vec<T>, len: usize, value: T) {
    v.clear();
    v.resize(len, value);
}

impl Outcome {
    pub(super) fn sized(c: &Compiled) -> Outcome {
        let mut o = Outcome::default();
        o.reset(c);
        o
    }

    /// Clears every field to the dataset's sizes; no allocation once sized.
    fn reset(&mut self, c: &Compiled) {
        let treatments = c.treatment_reasons.len();
        refill(&mut self.treatments, treatments, 0);
        refill(&mut self.caps, treatments, 0);
        refill(&mut self.caveats, c.caveat_reasons.len(), 0);
        refill(&mut self.notes, c.note_reasons.len(), false);
        refill(&mut self.conflicts, c.conflicts.len(), false);
        refill(&mut self.fired, c.rules.div_ceil(64), 0);
        refill(&mut self.listed, treatments.div_ceil(64), 0);
    }

    pub fn tier(&self, treatment: usize) -> Option<Tier> {
        let g = self.treatments.get(treatment).copied().unwrap_or(0);
        from_grade(Tier::ALL, g)
    }

    pub fn level(&self, caveat: usize) -> Option<Level> {
        let g = self.caveats.get(caveat).copied().unwrap_or(0);
        from_grade(Level::ALL, g)
    }

    pub fn has_note(&self, note: usize) -> bool {
        self.notes.get(note).copied().unwrap_or(false)
    }

    /// Whether conflict `conflict` (index in `Dataset::conflicts`) holds.
    pub fn conflict(&self, conflict: usize) -> bool {
        self.conflicts.get(conflict).copied().unwrap_or(false)
    }

    /// Whether rule `rule` (index in `Dataset::rules`) matched.
    pub fn fired(&self, rule: usize) -> bool {
        let (w, m) = locate(rule);
        word(&self.fired, w) & m != 0
    }

    /// Every tier by treatment index (None: not mentioned).
    pub fn tiers(&self) -> impl Iterator<Item = Option<Tier>> + '_ {
        (0..self.treatments.len()).map(|i| self.tier(i))
    }

    /// Every level by caveat index (None: not raised).
    pub fn levels(&self) -> impl Iterator<Item = Option<Level>> + '_ {
        (0..self.caveats.len()).map(|i| self.level(i))
    }

    pub fn notes(&self) -> impl Iterator<Item = bool> + '_ {
        self.notes.iter().copied()
    }

    pub fn conflicts(&self) -> impl Iterator<Item = bool> + '_ {
        self.conflicts.iter().copied()
    }

    fn fire(&mut self, rule: usize) {
        let (w, m) = locate(rule);
        if let Some(x) = self.fired.get_mut(w) {
            *x |= m;
        }
    }
}

impl Compiled {
    /// Evaluates effective answers into a reused outcome: no allocation
    /// once `out` is sized (by `Compiled::outcome` or a previous call).
    pub fn evaluate_into(&self, bits: &Bits, out: &mut Outcome) {
        out.reset(self);
        let answers = bits.words();
        // Stage 1: rules on answers alone; `listed` cannot occur in them.
        for rule in &self.stage1 {
            if self.program.holds(rule.when, answers, &[]) {
                self.apply(rule, out);
            }
        }
        // Limits only lower a treatment that some rule listed.
        for (t, &cap) in out.treatments.iter_mut().zip(&out.caps) {
            if *t != 0 {
                *t = (*t).max(cap);
            }
        }
        for (i, &t) in out.treatments.iter().enumerate() {
            if from_grade(Tier::ALL, t).is_some_and(Tier::is_listed) {
                let (w, m) = locate(i);
                if let Some(x) = out.listed.get_mut(w) {
                    *x |= m;
                }
            }
        }
        // Stage 2: rules with `listed`; compiled with caveats and notes only.
        let listed = std::mem::take(&mut out.listed);
        for rule in &self.stage2 {
            if self.program.holds(rule.when, answers, &listed) {
                self.apply(rule, out);
            }
        }
        out.listed = listed;
        for (m, &c) in out.conflicts.iter_mut().zip(&self.conflicts) {
            *m = self.program.holds(c, answers, &[]);
        }
    }

    fn apply(&self, rule: &super::CRule, out: &mut Outcome) {
        out.fire(rule.index);
        let (s, e) = rule.effects;
        for fx in self.effects.get(s as usize..e as usize).unwrap_or(&[]) {
            match fx.kind {
                Kind::Treatment => raise(&mut out.treatments, fx.item, fx.grade),
                Kind::Limit => raise(&mut out.caps, fx.item, fx.grade),
                Kind::Caveat => raise(&mut out.caveats, fx.item, fx.grade),
                Kind::Note => {
                    if let Some(n) = out.notes.get_mut(fx.item as usize) {
                        *n = true;
                    }
                }
            }
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
            answers: self.answers(data, bits),
        }
    }
}
