//! Items both versions decide alike, found without counting: most edits
//! touch a few rules, and an item none of them can reach needs no space.
//!
//! An item's state in a version is a function of the rules that can
//! change it (those naming it, and, through `listed`, those naming the
//! treatments their conditions test, as `audit`'s closure finds them):
//! their conditions, as rewritten in the merged dataset, and their effects
//! on those items. When both versions have the same list, the item is the
//! same for every answer set.

use std::collections::HashSet;

use crate::dataset::{Condition, Dataset, Effect, Level, Rule, Tier};

use super::merge::{NEW, OLD};
use super::ItemKind;

/// One effect on a relevant item, without its reason (wording is not
/// compared) and without the version's prefix.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Fx {
    Treatment(String, Tier),
    Limit(String, Tier),
    Caveat(String, Level),
    Note(String),
}

/// Each rule that can change the item: condition (unprefixed) and effects.
type Signature = Vec<(Condition, Vec<Fx>)>;

/// Whether item `id` is certainly the same in both versions for every
/// answer set. `merged` holds OLD's `old_rules` rules first, then NEW's.
/// False means only "count it".
pub(super) fn alike(merged: &Dataset, old_rules: usize, kind: ItemKind, id: &str) -> bool {
    let (Some(old), Some(new)) = (merged.rules.get(..old_rules), merged.rules.get(old_rules..))
    else {
        return false;
    };
    let has = |prefix: &str| {
        let pid = format!("{prefix}{id}");
        match kind {
            ItemKind::Treatment => merged.treatments.iter().any(|t| t.id == pid),
            ItemKind::Caveat => merged.caveats.iter().any(|e| e.id == pid),
            ItemKind::Note => merged.notes.iter().any(|e| e.id == pid),
            ItemKind::Conflict => merged.conflicts.iter().any(|c| c.id == pid),
        }
    };
    if !has(OLD) || !has(NEW) {
        return false;
    }
    if kind == ItemKind::Conflict {
        let when = |prefix: &str| {
            let pid = format!("{prefix}{id}");
            merged
                .conflicts
                .iter()
                .find(|c| c.id == pid)
                .map(|c| unprefix(&c.when, prefix))
        };
        return when(OLD) == when(NEW);
    }
    signature(old, OLD, kind, id) == signature(new, NEW, kind, id)
}

fn signature(rules: &[Rule], prefix: &str, kind: ItemKind, id: &str) -> Signature {
    let mut treatments: HashSet<String> = HashSet::new();
    let (mut caveats, mut notes): (HashSet<String>, HashSet<String>) = Default::default();
    let pid = format!("{prefix}{id}");
    match kind {
        ItemKind::Treatment => treatments.insert(pid),
        ItemKind::Caveat => caveats.insert(pid),
        ItemKind::Note => notes.insert(pid),
        ItemKind::Conflict => false,
    };
    loop {
        let before = treatments.len();
        for rule in rules {
            if !effects(rule, &treatments, &caveats, &notes, prefix).is_empty() {
                rule.when.walk(&mut |c| {
                    if let Condition::Listed(ts) = c {
                        treatments.extend(ts.iter().cloned());
                    }
                });
            }
        }
        if treatments.len() == before {
            break;
        }
    }
    rules
        .iter()
        .filter_map(|rule| {
            let fx = effects(rule, &treatments, &caveats, &notes, prefix);
            (!fx.is_empty()).then(|| (unprefix(&rule.when, prefix), fx))
        })
        .collect()
}

/// The rule's effects on the relevant items, as the engine applies them:
/// rules with `listed` never change treatments.
fn effects(
    rule: &Rule,
    treatments: &HashSet<String>,
    caveats: &HashSet<String>,
    notes: &HashSet<String>,
    prefix: &str,
) -> Vec<Fx> {
    let listed = rule.when.uses_listed();
    let bare = |id: &str| id.strip_prefix(prefix).unwrap_or(id).to_string();
    rule.then
        .iter()
        .filter_map(|e| match e {
            Effect::Treatment { id, tier, .. } if !listed && treatments.contains(id) => {
                Some(Fx::Treatment(bare(id), *tier))
            }
            Effect::Limit { id, tier, .. } if !listed && treatments.contains(id) => {
                Some(Fx::Limit(bare(id), *tier))
            }
            Effect::Caveat { id, level, .. } if caveats.contains(id) => {
                Some(Fx::Caveat(bare(id), *level))
            }
            Effect::Note { id, .. } if notes.contains(id) => Some(Fx::Note(bare(id))),
            _ => None,
        })
        .collect()
}

/// `cond` with the version's prefix taken off the treatments `listed` names.
fn unprefix(cond: &Condition, prefix: &str) -> Condition {
    match cond {
        Condition::Listed(ts) => Condition::Listed(
            ts.iter()
                .map(|t| t.strip_prefix(prefix).unwrap_or(t).to_string())
                .collect(),
        ),
        Condition::All(cs) => Condition::All(cs.iter().map(|c| unprefix(c, prefix)).collect()),
        Condition::Any(cs) => Condition::Any(cs.iter().map(|c| unprefix(c, prefix)).collect()),
        Condition::Not(c) => Condition::Not(Box::new(unprefix(c, prefix))),
        other => other.clone(),
    }
}
