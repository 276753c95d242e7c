//! The rules a job depends on. An item's outcome comes only from rules
//! with an effect on it; a `listed` test reads the treatments as the
//! stage-1 rules (those without `listed`) leave them. So the rules about
//! the focus's items, plus the stage-1 rules about every treatment a kept
//! rule or a focus condition reads with `listed`, give those items exactly
//! the outcome all the rules give. Evaluating only them keeps a job's cost
//! independent of rules about other things: the audit grows linearly in
//! the number of rules, not with its square.

use std::collections::HashSet;

use crate::dataset::{Condition, Dataset, Effect};

use super::Focus;

/// Which rules (by index) the items and conditions of `focus` depend on,
/// with `also` (rules whose firing the job itself reads) and what they
/// read.
pub fn rules_for(data: &Dataset, focus: &Focus, also: &[usize]) -> Vec<bool> {
    let has = |list: &[String], id: &str| list.iter().any(|x| x == id);
    let mut keep: Vec<bool> = data
        .rules
        .iter()
        .enumerate()
        .map(|(i, rule)| {
            also.contains(&i)
                || rule.then.iter().any(|e| match e {
                    Effect::Treatment { id, .. } | Effect::Limit { id, .. } => {
                        has(&focus.treatments, id)
                    }
                    Effect::Caveat { id, .. } => has(&focus.caveats, id),
                    Effect::Note { id, .. } => has(&focus.notes, id),
                })
        })
        .collect();
    // Treatments read by `listed`, in the focus or in a kept rule.
    let mut read: HashSet<&str> = HashSet::new();
    for c in &focus.conditions {
        listed_in(c, &mut read);
    }
    for (rule, _) in data.rules.iter().zip(&keep).filter(|(_, k)| **k) {
        listed_in(&rule.when, &mut read);
    }
    if read.is_empty() {
        return keep;
    }
    for (rule, k) in data.rules.iter().zip(keep.iter_mut()) {
        // The effects before the condition walk: the cheaper test first.
        *k = *k
            || (rule.then.iter().any(|e| match e {
                Effect::Treatment { id, .. } | Effect::Limit { id, .. } => {
                    read.contains(id.as_str())
                }
                _ => false,
            }) && !rule.when.uses_listed());
    }
    keep
}

/// Which conflicts (by index) the focus names: the only ones a job reads.
pub fn conflicts_for(data: &Dataset, focus: &Focus) -> Vec<bool> {
    data.conflicts
        .iter()
        .map(|c| focus.conflicts.contains(&c.id))
        .collect()
}

/// Adds the treatment ids `c` reads with `listed`.
fn listed_in<'d>(c: &'d Condition, out: &mut HashSet<&'d str>) {
    match c {
        Condition::Listed(ids) => out.extend(ids.iter().map(String::as_str)),
        Condition::All(cs) | Condition::Any(cs) => cs.iter().for_each(|c| listed_in(c, out)),
        Condition::Not(c) => listed_in(c, out),
        Condition::Always
        | Condition::Chosen(..)
        | Condition::AnyOf(..)
        | Condition::Answered(_) => {}
    }
}
