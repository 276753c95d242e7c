//! Per rule: how often it fires, and which of its `treatment` effects
//! never decide the treatment's tier.

use std::ops::ControlFlow;

use crate::advice::compiled::Compiled;
use crate::dataset::{Dataset, Effect};

use super::*;
use crate::audit::eval::{Cond, Eval};
use crate::audit::{Focus, Space, SpaceError, Universe};

/// The focus for rule `r` (its condition and the treatments it lists)
/// and its `treatment` effects.
pub(super) fn rule_plan(data: &Dataset, r: usize) -> (Focus, Effects) {
    let mut effects: Effects = Vec::new();
    let Some(rule) = data.rules.get(r) else {
        return (Focus::new(), effects);
    };
    let mut focus = Focus::condition(rule.when.clone());
    for (e, effect) in rule.then.iter().enumerate() {
        let Effect::Treatment { id, tier, .. } = effect else {
            continue;
        };
        let Some(t) = treatment_index(data, id) else {
            continue;
        };
        focus = focus.with_treatment(id);
        let limits = data
            .rules
            .iter()
            .enumerate()
            .flat_map(|(i, other)| {
                other.then.iter().filter_map(move |x| match x {
                    Effect::Limit { id: l, tier, .. } if l == id => Some((i, *tier)),
                    _ => None,
                })
            })
            .collect();
        effects.push((e, t, *tier, limits));
    }
    (focus, effects)
}

/// How often rule `r` fires, and which of its `treatment` effects never
/// decide the treatment's tier.
pub(super) fn rule(
    data: &Dataset,
    compiled: &Compiled,
    r: usize,
    space: &Space,
) -> Result<Found, SpaceError> {
    let Some(rule) = data.rules.get(r) else {
        return Ok(Found::default());
    };
    let (_, effects) = rule_plan(data, r);
    let mut eval = Eval::new(compiled);
    let mut fires = 0u128;
    // Per effect: ever decisive; always capped by limits alone.
    let mut decisive = vec![false; effects.len()];
    let mut by_limit = vec![true; effects.len()];
    let mut classes = 0u64;
    let when = Cond::new(data, &rule.when);
    let _ = space.try_for_each_chosen(|chosen, mult| {
        classes += 1;
        // Where the answers settle the condition, the engine need not run
        // unless the rule's treatments are to be looked at.
        match when.value(chosen, None) {
            Some(false) => return ControlFlow::<()>::Continue(()),
            Some(true) if effects.is_empty() => {
                fires = fires.saturating_add(mult);
                return ControlFlow::Continue(());
            }
            _ => {}
        }
        let out = eval.run(chosen);
        if !out.fired(r) {
            return ControlFlow::Continue(());
        }
        fires = fires.saturating_add(mult);
        for (k, (_, t, tier, limits)) in effects.iter().enumerate() {
            let last = out.tier(*t).map_or(0, caution);
            if last <= caution(*tier) {
                if let Some(d) = decisive.get_mut(k) {
                    *d = true;
                }
            }
            let cap = limits
                .iter()
                .filter(|(l, _)| out.fired(*l))
                .map(|(_, tier)| caution(*tier))
                .max();
            if cap.is_none_or(|c| c <= caution(*tier)) {
                if let Some(b) = by_limit.get_mut(k) {
                    *b = false;
                }
            }
        }
        ControlFlow::Continue(())
    });
    let mut only_unanswered = None;
    let capped = if fires == 0 {
        if fires_unanswered(data, compiled, r)? {
            only_unanswered = Some(r);
        }
        Vec::new() // reported as a rule that never fires instead
    } else {
        effects
            .iter()
            .zip(decisive.iter().zip(&by_limit))
            .filter(|(_, (d, _))| !**d)
            .map(|((e, t, tier, _), (_, b))| Capped {
                rule: r,
                effect: *e,
                treatment: *t,
                tier: *tier,
                by_limit: *b,
            })
            .collect()
    };
    Ok(Found {
        fires: Some((r, fires)),
        only_unanswered,
        capped,
        classes,
        ..Found::default()
    })
}

/// Whether rule `r` fires for some answer set that leaves shown questions
/// unanswered (what `report` accepts besides complete ones).
fn fires_unanswered(data: &Dataset, compiled: &Compiled, r: usize) -> Result<bool, SpaceError> {
    let Some(rule) = data.rules.get(r) else {
        return Ok(false);
    };
    let focus = Focus::condition(rule.when.clone());
    let space = Space::new(data, &focus, Universe::WithUnanswered)?;
    let mut eval = Eval::new(compiled);
    let fired = space.try_for_each_chosen(|chosen, _| {
        if eval.run(chosen).fired(r) {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    });
    Ok(fired.is_break())
}
