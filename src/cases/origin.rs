//! Where an item of the advice comes from: the rules whose condition holds
//! for the answers and that touch the item a demand is about. When none of
//! those adds the item, the rules that would add it are given too, so a
//! clinician sees both "what produced this" and "what could have".

use crate::advice::demand::{self, Subject};
use crate::advice::Advice;
use crate::dataset::load::sanitize;
use crate::dataset::{Dataset, Demand, Effect, SourceMap};
use crate::interview::visibility;

/// A rule, or a conflict, behind what the advice has for a demand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    pub source: Source,
    /// Whether its condition holds for the case's answers.
    pub holds: bool,
    /// What it does to the item, in words ("lists `subcision` at suited");
    /// for a conflict, its id.
    pub effects: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// Index in the dataset's `rules` (shown as "rule {index + 1}", as
    /// `check` numbers them).
    Rule(usize),
    /// Index in the dataset's `conflicts`.
    Conflict(usize),
}

impl Source {
    /// The path of the item in the dataset file, for its line.
    fn path(self) -> String {
        match self {
            Source::Rule(i) => format!("rules.{i}"),
            Source::Conflict(i) => format!("conflicts.{i}"),
        }
    }
}

fn q(id: &str) -> String {
    format!("`{}`", sanitize(id))
}

/// The rules (or conflicts) behind `advice` for what `demand` is about.
pub fn origins(data: &Dataset, advice: &Advice, demand: &Demand) -> Vec<Origin> {
    let subject = demand::subject(demand);
    if let Subject::Conflict(k) = subject {
        return data
            .conflicts
            .iter()
            .enumerate()
            .filter(|(_, c)| c.id == k)
            .map(|(i, c)| Origin {
                source: Source::Conflict(i),
                holds: advice.conflicts.iter().any(|a| a.conflict.id == c.id),
                effects: vec![q(k)],
            })
            .collect();
    }
    // `listed` reads the advice's own tiers: they are what the engine's
    // second stage saw.
    let listed = |t: &str| advice.tier_of(t).is_some_and(|tier| tier.is_listed());
    let mut holding = Vec::new();
    let mut could = Vec::new();
    let mut some_holding_adds = false;
    for (i, rule) in data.rules.iter().enumerate() {
        let mut adds = false;
        let effects: Vec<String> = rule
            .then
            .iter()
            .filter_map(|e| {
                let (text, adding) = touches(e, subject)?;
                adds |= adding;
                Some(text)
            })
            .collect();
        if effects.is_empty() {
            continue;
        }
        let holds = visibility::holds(&rule.when, &advice.answers, &listed);
        let origin = Origin {
            source: Source::Rule(i),
            holds,
            effects,
        };
        if holds {
            some_holding_adds |= adds;
            holding.push(origin);
        } else if adds {
            could.push(origin);
        }
    }
    if !some_holding_adds {
        holding.extend(could);
    }
    holding
}

/// What an effect does to the subject, in words, and whether it adds the
/// item (a `limit` only caps).
fn touches(effect: &Effect, subject: Subject) -> Option<(String, bool)> {
    match (effect, subject) {
        (Effect::Treatment { id, tier, .. }, Subject::Treatments(ts))
            if ts.is_empty() || ts.contains(id) =>
        {
            Some((format!("lists {} at {}", q(id), tier.as_str()), true))
        }
        (Effect::Limit { id, tier, .. }, Subject::Treatments(ts))
            if ts.is_empty() || ts.contains(id) =>
        {
            Some((format!("limits {} to {}", q(id), tier.as_str()), false))
        }
        (Effect::Caveat { id, level, .. }, Subject::Caveat(c)) if id == c => Some((
            format!("raises caveat {} at {}", q(id), level.as_str()),
            true,
        )),
        (Effect::Note { id, .. }, Subject::Note(n)) if id == n => {
            Some((format!("shows note {}", q(id)), true))
        }
        _ => None,
    }
}

/// One origin in words, with its line in the dataset:
/// "rule 9 (assets/consultation.ron:612) lists `subcision` at suited".
pub fn describe(origin: &Origin, data_name: &str, lines: &SourceMap) -> String {
    let at = match lines.line_within(&origin.source.path()) {
        Some(l) => format!("{data_name}:{l}"),
        None => data_name.to_string(),
    };
    let effects = origin.effects.join(" and ");
    match (origin.source, origin.holds) {
        (Source::Rule(i), true) => format!("rule {} ({at}) {effects}", i + 1),
        (Source::Rule(i), false) => format!(
            "rule {} ({at}) {effects} when its condition holds, which it does not here",
            i + 1
        ),
        (Source::Conflict(_), true) => format!("conflict {effects} ({at}): its condition holds"),
        (Source::Conflict(_), false) => {
            format!("conflict {effects} ({at}): its condition does not hold")
        }
    }
}
