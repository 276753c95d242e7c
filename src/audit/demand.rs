//! What a guard's demand means, once, for both engines: the fast path
//! (`Compiled` outcomes, by index) and `Advice` (what `evaluate` gives,
//! for brute-force checks, the naive loop and clinician cases).
//!
//! Tiers are ordered by how strongly a treatment is offered: suited >
//! consider > not_advised > not listed. Levels by urgency: defer > discuss
//! > info > not raised.

use crate::advice::compiled::Outcome;
use crate::advice::Advice;
use crate::dataset::{Dataset, Demand, Level, Tier};

use super::SpaceError;

/// How strongly a tier offers a treatment: higher is stronger, 0 absent.
fn strength(tier: Option<Tier>) -> u8 {
    match tier {
        Some(Tier::Suited) => 3,
        Some(Tier::Consider) => 2,
        Some(Tier::NotAdvised) => 1,
        None => 0,
    }
}

/// How urgent a level is: higher is more urgent, 0 not raised.
fn urgency(level: Option<Level>) -> u8 {
    match level {
        Some(Level::Defer) => 3,
        Some(Level::Discuss) => 2,
        Some(Level::Info) => 1,
        None => 0,
    }
}

/// `at_most`: absent, or no more strongly offered than `want`.
pub fn at_most(actual: Option<Tier>, want: Tier) -> bool {
    strength(actual) <= strength(Some(want))
}

/// `at_least`: listed at `want` or a stronger tier (absent fails).
pub fn at_least(actual: Option<Tier>, want: Tier) -> bool {
    strength(actual) >= strength(Some(want))
}

/// `caveat`: raised at `want` or a more urgent level.
pub fn caveat_at_least(actual: Option<Level>, want: Level) -> bool {
    urgency(actual) >= urgency(Some(want))
}

/// A demand with its ids resolved to dataset indices, checked against a
/// compiled outcome without a string in sight.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Need {
    AtMost(usize, Tier),
    AtLeast(usize, Tier),
    Exactly(usize, Tier),
    Caveat(usize, Level),
    CaveatExactly(usize, Level),
    NoCaveat(usize),
    Note(usize),
    NoNote(usize),
    /// Treatment indices; every treatment when the demand lists none.
    SomeListed(Vec<usize>),
    Conflict(usize),
    NoConflict(usize),
}

/// The item a demand is about, by dataset index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum About {
    Treatments(Vec<usize>),
    Caveat(usize),
    Note(usize),
    Conflict(usize),
}

impl Need {
    /// Resolves the ids of `demand`; an unknown one is refused (validation
    /// refuses it first, so only a dataset `check` rejects gets here).
    pub fn new(data: &Dataset, demand: &Demand) -> Result<Need, SpaceError> {
        fn find<'a>(
            what: &'static str,
            mut ids: impl Iterator<Item = &'a str>,
            id: &str,
        ) -> Result<usize, SpaceError> {
            ids.position(|x| x == id).ok_or(SpaceError::UnknownId {
                what,
                id: id.to_string(),
            })
        }
        let t = |id: &str| {
            find(
                "treatment",
                data.treatments.iter().map(|x| x.id.as_str()),
                id,
            )
        };
        let c = |id: &str| find("caveat", data.caveats.iter().map(|x| x.id.as_str()), id);
        let n = |id: &str| find("note", data.notes.iter().map(|x| x.id.as_str()), id);
        let k = |id: &str| find("conflict", data.conflicts.iter().map(|x| x.id.as_str()), id);
        Ok(match demand {
            Demand::AtMost(id, tier) => Need::AtMost(t(id)?, *tier),
            Demand::AtLeast(id, tier) => Need::AtLeast(t(id)?, *tier),
            Demand::Exactly(id, tier) => Need::Exactly(t(id)?, *tier),
            Demand::Caveat(id, level) => Need::Caveat(c(id)?, *level),
            Demand::CaveatExactly(id, level) => Need::CaveatExactly(c(id)?, *level),
            Demand::NoCaveat(id) => Need::NoCaveat(c(id)?),
            Demand::Note(id) => Need::Note(n(id)?),
            Demand::NoNote(id) => Need::NoNote(n(id)?),
            Demand::SomeListed(ids) if ids.is_empty() => {
                Need::SomeListed((0..data.treatments.len()).collect())
            }
            Demand::SomeListed(ids) => {
                Need::SomeListed(ids.iter().map(|id| t(id)).collect::<Result<_, _>>()?)
            }
            Demand::Conflict(id) => Need::Conflict(k(id)?),
            Demand::NoConflict(id) => Need::NoConflict(k(id)?),
        })
    }

    pub fn about(&self) -> About {
        match self {
            Need::AtMost(t, _) | Need::AtLeast(t, _) | Need::Exactly(t, _) => {
                About::Treatments(vec![*t])
            }
            Need::SomeListed(ts) => About::Treatments(ts.clone()),
            Need::Caveat(c, _) | Need::CaveatExactly(c, _) | Need::NoCaveat(c) => About::Caveat(*c),
            Need::Note(n) | Need::NoNote(n) => About::Note(*n),
            Need::Conflict(k) | Need::NoConflict(k) => About::Conflict(*k),
        }
    }

    /// Whether the demand holds for a compiled outcome.
    pub fn holds(&self, out: &Outcome) -> bool {
        match self {
            Need::AtMost(t, want) => at_most(out.tier(*t), *want),
            Need::AtLeast(t, want) => at_least(out.tier(*t), *want),
            Need::Exactly(t, want) => out.tier(*t) == Some(*want),
            Need::Caveat(c, want) => caveat_at_least(out.level(*c), *want),
            Need::CaveatExactly(c, want) => out.level(*c) == Some(*want),
            Need::NoCaveat(c) => out.level(*c).is_none(),
            Need::Note(n) => out.has_note(*n),
            Need::NoNote(n) => !out.has_note(*n),
            Need::SomeListed(ts) => ts.iter().any(|&t| out.tier(t).is_some_and(Tier::is_listed)),
            Need::Conflict(k) => out.conflict(*k),
            Need::NoConflict(k) => !out.conflict(*k),
        }
    }
}

/// Whether `demand` holds for `advice` (as `evaluate` gives it). Unknown
/// ids read as absent items, as the engine treats them.
pub fn holds(demand: &Demand, advice: &Advice) -> bool {
    let conflict = |id: &str| advice.conflicts.iter().any(|c| c.conflict.id == id);
    match demand {
        Demand::AtMost(t, want) => at_most(advice.tier_of(t), *want),
        Demand::AtLeast(t, want) => at_least(advice.tier_of(t), *want),
        Demand::Exactly(t, want) => advice.tier_of(t) == Some(*want),
        Demand::Caveat(c, want) => caveat_at_least(advice.level_of(c), *want),
        Demand::CaveatExactly(c, want) => advice.level_of(c) == Some(*want),
        Demand::NoCaveat(c) => advice.level_of(c).is_none(),
        Demand::Note(n) => advice.has_note(n),
        Demand::NoNote(n) => !advice.has_note(n),
        Demand::SomeListed(ts) => advice
            .treatments
            .iter()
            .any(|t| t.tier.is_listed() && (ts.is_empty() || ts.contains(&t.treatment.id))),
        Demand::Conflict(k) => conflict(k),
        Demand::NoConflict(k) => !conflict(k),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Tier::{Consider, NotAdvised, Suited};

    #[test]
    fn at_most_consider_allows_consider_not_advised_and_absent() {
        assert!(!at_most(Some(Suited), Consider));
        assert!(at_most(Some(Consider), Consider));
        assert!(at_most(Some(NotAdvised), Consider));
        assert!(at_most(None, Consider));
        assert!(at_most(None, NotAdvised));
        assert!(!at_most(Some(Consider), NotAdvised));
        assert!(at_most(Some(Suited), Suited));
    }

    #[test]
    fn at_least_fails_when_absent() {
        assert!(at_least(Some(Suited), Consider));
        assert!(at_least(Some(Consider), Consider));
        assert!(!at_least(Some(NotAdvised), Consider));
        assert!(!at_least(None, Consider));
        assert!(!at_least(None, NotAdvised));
        assert!(at_least(Some(NotAdvised), NotAdvised));
        assert!(!at_least(Some(Consider), Suited));
    }

    #[test]
    fn caveat_levels_are_ordered_by_urgency() {
        use Level::{Defer, Discuss, Info};
        assert!(caveat_at_least(Some(Defer), Discuss));
        assert!(caveat_at_least(Some(Discuss), Discuss));
        assert!(!caveat_at_least(Some(Info), Discuss));
        assert!(!caveat_at_least(None, Info));
        assert!(caveat_at_least(Some(Info), Info));
        assert!(!caveat_at_least(Some(Discuss), Defer));
    }
}
