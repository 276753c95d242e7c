//! Demands resolved to dataset indices, for the fast path: a guard is
//! checked against a compiled outcome once per class, hundreds of
//! thousands of times, without a string in sight. The meaning is
//! `advice::demand::meets`'s, written with the same comparisons (tests/
//! audit checks the two agree on every answer set of small datasets).

use crate::advice::compiled::Outcome;
use crate::dataset::{Dataset, Demand, Level, Tier};

use super::SpaceError;

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

    /// Whether the demand holds for a compiled outcome. Tier's order is
    /// suited < consider < not_advised, Level's defer < discuss < info: a
    /// more cautious tier or a less urgent level is "greater".
    pub fn holds(&self, out: &Outcome) -> bool {
        match self {
            Need::AtMost(t, want) => out.tier(*t).is_none_or(|have| have >= *want),
            Need::AtLeast(t, want) => out.tier(*t).is_some_and(|have| have <= *want),
            Need::Exactly(t, want) => out.tier(*t) == Some(*want),
            Need::Caveat(c, want) => out.level(*c).is_some_and(|have| have <= *want),
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
