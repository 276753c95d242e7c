//! `Compiled::new`: ids resolved, conditions compiled, effects turned into
//! (slot, grade) pairs, reasons interned and listed per item in the order
//! `evaluate` pushes them.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::advice::Caution;
use crate::dataset::{Dataset, Effect, Tier};

use super::cond::{CondId, Conds, Names};
use super::sliced::Sliced;
use super::{Bits, CRule, Compiled, Contribs, Fx, QBits, Shape};

/// Each engine's `id`.
static NEXT_ID: AtomicU64 = AtomicU64::new(1);

fn first_index<'d>(ids: impl Iterator<Item = &'d str>) -> HashMap<&'d str, usize> {
    let mut m = HashMap::new();
    for (i, id) in ids.enumerate() {
        m.entry(id).or_insert(i);
    }
    m
}

fn u32_of(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Every distinct reason text once: equal indices mean equal texts, so
/// deduplicating indices is `push_reason`'s deduplication of strings.
#[derive(Default)]
struct Interner<'d> {
    index: HashMap<&'d str, u32>,
    texts: Vec<String>,
}

impl<'d> Interner<'d> {
    fn intern(&mut self, reason: &'d str) -> u32 {
        let next = u32_of(self.texts.len());
        *self.index.entry(reason).or_insert_with(|| {
            self.texts.push(reason.to_string());
            next
        })
    }
}

/// Each item's possible reasons, by kind, while the rules are read.
struct Lists {
    treatments: Vec<Contribs>,
    limits: Vec<Contribs>,
    caveats: Vec<Contribs>,
    notes: Vec<Contribs>,
}

fn push(lists: &mut [Contribs], item: usize, rule: usize, reason: Option<u32>) {
    if let (Some(l), Some(r)) = (lists.get_mut(item), reason) {
        l.push((rule, r));
    }
}

/// The slots `effects` and `conflicts` write, when fewer than a quarter
/// of all: clearing them one by one then beats clearing everything.
fn written(effects: &[Fx], conflicts: &[(usize, CondId)], shape: Shape) -> Option<Vec<usize>> {
    let mut slots: Vec<usize> = effects.iter().map(|fx| fx.slot as usize).collect();
    slots.extend(conflicts.iter().map(|(k, _)| shape.conflicts_at() + k));
    slots.sort_unstable();
    slots.dedup();
    (slots.len() * 4 < shape.grades()).then_some(slots)
}

impl Compiled {
    pub fn new(data: &Dataset) -> Compiled {
        Compiled::only(data, &|_| true, &|_| true)
    }

    /// The engine for the rules `keep` accepts (by index in
    /// `Dataset::rules`) and the conflicts `conflicts` accepts; other rules
    /// never fire and other conflicts never hold. Items keep their indices
    /// and rules theirs, so an outcome reads as the full engine's would for
    /// every item that only kept rules can affect. `audit` evaluates each
    /// job with the rules its focus depends on, so a job's cost does not
    /// grow with rules about other things.
    pub fn only(
        data: &Dataset,
        keep: &dyn Fn(usize) -> bool,
        conflicts: &dyn Fn(usize) -> bool,
    ) -> Compiled {
        let mut first_bits = Vec::with_capacity(data.questions.len());
        let mut bits = 0;
        for q in &data.questions {
            first_bits.push(bits);
            bits += q.options.len();
        }
        let shape = Shape {
            treatments: data.treatments.len(),
            caveats: data.caveats.len(),
            notes: data.notes.len(),
            conflicts: data.conflicts.len(),
            rules: data.rules.len(),
            answer_words: bits.div_ceil(64),
            listed_words: data.treatments.len().div_ceil(64),
            alive_words: 0,
        };
        let names = Names::new(data, &first_bits, shape.listed_at() * 64);
        let mut conds = Conds::default();
        let questions = data
            .questions
            .iter()
            .zip(&first_bits)
            .map(|(q, &first)| QBits {
                id: q.id.clone(),
                first,
                options: q.options.iter().map(|o| o.id.clone()).collect(),
                show_if: q
                    .show_if
                    .as_ref()
                    .map_or(CondId::Const(true), |c| conds.compile(c, &names, false)),
                masks: Bits::masks(first, first + q.options.len()),
            })
            .collect();
        let conflicts: Vec<(usize, CondId)> = data
            .conflicts
            .iter()
            .enumerate()
            .filter(|(k, _)| conflicts(*k))
            .map(|(k, c)| (k, conds.compile(&c.when, &names, false)))
            .collect();

        let t_ix = first_index(data.treatments.iter().map(|t| t.id.as_str()));
        let c_ix = first_index(data.caveats.iter().map(|e| e.id.as_str()));
        let n_ix = first_index(data.notes.iter().map(|e| e.id.as_str()));
        let mut reasons = Interner::default();
        let mut lists = Lists {
            treatments: vec![Contribs::new(); shape.treatments],
            limits: vec![Contribs::new(); shape.treatments],
            caveats: vec![Contribs::new(); shape.caveats],
            notes: vec![Contribs::new(); shape.notes],
        };
        let mut effects = Vec::new();
        let mut stages: [Vec<CRule>; 2] = [Vec::new(), Vec::new()];
        // Stage 1 rules first, then stage 2: the order in which `evaluate`
        // pushes reasons onto caveats and notes.
        for (stage, second) in [false, true].into_iter().enumerate() {
            for (index, rule) in data.rules.iter().enumerate() {
                if rule.when.uses_listed() != second || !keep(index) {
                    continue;
                }
                let start = u32_of(effects.len());
                for effect in &rule.then {
                    // (slot, caution) of the effect, if its item exists.
                    let fx = match effect {
                        Effect::Treatment { id, tier, reason } if !second => {
                            t_ix.get(id.as_str()).map(|&i| {
                                let r = reasons.intern(reason);
                                push(&mut lists.treatments, i, index, Some(r));
                                (i, tier.caution())
                            })
                        }
                        Effect::Limit { id, tier, reason } if !second => {
                            t_ix.get(id.as_str()).map(|&i| {
                                let r = reasons.intern(reason);
                                push(&mut lists.limits, i, index, Some(r));
                                (shape.caps_at() + i, tier.caution())
                            })
                        }
                        Effect::Caveat { id, level, reason } => c_ix.get(id.as_str()).map(|&i| {
                            let r = reason.as_deref().map(|r| reasons.intern(r));
                            push(&mut lists.caveats, i, index, r);
                            (shape.caveats_at() + i, level.caution())
                        }),
                        Effect::Note { id, reason } => n_ix.get(id.as_str()).map(|&i| {
                            let r = reason.as_deref().map(|r| reasons.intern(r));
                            push(&mut lists.notes, i, index, r);
                            (shape.notes_at() + i, 0)
                        }),
                        // Stage 2 may not change treatments; `evaluate`
                        // skips these too.
                        Effect::Treatment { .. } | Effect::Limit { .. } => None,
                    };
                    if let Some((slot, caution)) = fx {
                        effects.push(Fx {
                            slot: u32_of(slot),
                            grade: caution + 1,
                        });
                    }
                }
                let compiled = CRule {
                    index,
                    when: conds.compile(&rule.when, &names, true),
                    effects: (start, u32_of(effects.len())),
                };
                if let Some(s) = stages.get_mut(stage) {
                    s.push(compiled);
                }
            }
        }
        let graded = (0..shape.treatments)
            .filter(|&i| lists.treatments.get(i).is_some_and(|l| !l.is_empty()))
            .collect();
        let written = written(&effects, &conflicts, shape);
        // Limit reasons come after every treatment reason: `evaluate`
        // applies limits once stage 1 is over.
        for (t, l) in lists.treatments.iter_mut().zip(lists.limits) {
            t.extend(l);
        }
        let [stage1, stage2] = stages;
        let sliced = [
            Sliced::build(&conds, &stage1),
            Sliced::build(&conds, &stage2),
        ];
        let shape = Shape {
            alive_words: sliced.iter().map(Sliced::alive_words).max().unwrap_or(0),
            ..shape
        };
        Compiled {
            conds,
            questions,
            bits,
            shape,
            stage1,
            stage2,
            sliced,
            effects,
            conflicts,
            graded,
            written,
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
            not_advised: Tier::NotAdvised.caution() + 1,
            reasons: reasons.texts,
            treatment_reasons: lists.treatments,
            caveat_reasons: lists.caveats,
            note_reasons: lists.notes,
        }
    }
}
