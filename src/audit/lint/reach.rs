//! Per item and conflict: whether anything produces it, and which tiers
//! a treatment can end at.

use std::ops::ControlFlow;

use crate::advice::compiled::{Compiled, Item};
use crate::dataset::{Dataset, Effect, Tier};

use super::*;
use crate::audit::eval::Eval;
use crate::audit::Space;

/// Whether an item is ever produced and, for a treatment, which of the
/// tiers rules name for it it ever ends at.
pub(super) fn item_reach(data: &Dataset, compiled: &Compiled, item: Item, space: &Space) -> Found {
    let Some(id) = item_id(data, item).1 else {
        return Found::default();
    };
    // The tiers worth looking for: those some rule names for it. Once
    // each is seen (or, for a caveat or note, once it shows) nothing more
    // can be learnt, so the walk stops.
    let named: Vec<bool> = Tier::ALL
        .iter()
        .map(|&tier| !naming(data, id, tier).is_empty())
        .collect();
    let mut eval = Eval::new(compiled);
    let mut reached = [false; 3];
    let mut present = false;
    let mut classes = 0u64;
    let _ = space.try_for_each_chosen(|chosen, _| {
        classes += 1;
        let out = eval.run(chosen);
        let done = match item {
            Item::Treatment(t) => {
                if let Some(tier) = out.tier(t) {
                    present = true;
                    if let Some(r) = reached.get_mut(usize::from(caution(tier))) {
                        *r = true;
                    }
                }
                reached.iter().zip(&named).all(|(r, n)| *r || !*n)
            }
            Item::Caveat(c) => out.level(c).is_some(),
            Item::Note(n) => out.has_note(n),
        };
        present |= done && !matches!(item, Item::Treatment(_));
        if done && present {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    });
    let mut found = Found {
        classes,
        ..Found::default()
    };
    if !present {
        found.never_produced = Some(item);
        return found;
    }
    if let Item::Treatment(t) = item {
        for tier in Tier::ALL {
            if reached.get(usize::from(caution(tier))) == Some(&true) {
                continue;
            }
            let named_by = naming(data, id, tier);
            if !named_by.is_empty() {
                found.unreachable.push(UnreachableTier {
                    treatment: t,
                    tier,
                    named_by,
                });
            }
        }
    }
    found
}

/// The (rule, effect) pairs that set or cap treatment `id` at `tier`.
fn naming(data: &Dataset, id: &str, tier: Tier) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (r, rule) in data.rules.iter().enumerate() {
        for (e, effect) in rule.then.iter().enumerate() {
            if let Effect::Treatment { id: x, tier: t, .. } | Effect::Limit { id: x, tier: t, .. } =
                effect
            {
                if x == id && *t == tier {
                    out.push((r, e));
                }
            }
        }
    }
    out
}

pub(super) fn conflict(compiled: &Compiled, k: usize, space: &Space) -> Found {
    let mut eval = Eval::new(compiled);
    let mut classes = 0u64;
    let matched = space
        .try_for_each_chosen(|chosen, _| {
            classes += 1;
            if eval.run(chosen).conflict(k) {
                ControlFlow::Break(())
            } else {
                ControlFlow::Continue(())
            }
        })
        .is_break();
    Found {
        never_matching: (!matched).then_some(k),
        classes,
        ..Found::default()
    }
}
