//! Does the advice meet a [`Demand`]? One answer for every tool that
//! states expectations in the demand vocabulary: clinician cases
//! (`scarguide cases`), guards (`scarguide audit`) and their tests.
//!
//! The meaning of each demand, on one answer set's advice:
//!
//! | demand | met when |
//! |---|---|
//! | `at_most(t, tier)` | `t` is not listed, or listed at `tier` or a more cautious tier |
//! | `at_least(t, tier)` | `t` is listed at `tier` or a stronger tier |
//! | `exactly(t, tier)` | `t` is listed at exactly `tier` |
//! | `caveat(c, level)` | `c` is raised at `level` or a more urgent level |
//! | `caveat_exactly(c, level)` | `c` is raised at exactly `level` |
//! | `no_caveat(c)` | `c` is not raised |
//! | `note(n)` / `no_note(n)` | `n` is (not) shown |
//! | `some_listed([t, …])` | one of them is `suited` or `consider`; `[]`: any treatment |
//! | `conflict(k)` / `no_conflict(k)` | conflict `k` is (not) reported |
//!
//! Strength runs suited > consider > not_advised > not listed, so
//! `at_most(t, not_advised)` means "not offered" and `at_least(t,
//! not_advised)` means "listed at all". Urgency runs defer > discuss >
//! info > not raised.
//!
//! The advice is read through [`Shown`], so a faster engine's result (the
//! compiled outcome `audit` uses) can be judged by the same function as
//! [`Advice`].

use crate::dataset::{Demand, Level, Tier};

use super::Advice;

/// What a demand can ask of one answer set's advice, by id.
pub trait Shown {
    /// The treatment's tier, or None when no rule lists it.
    fn tier(&self, treatment: &str) -> Option<Tier>;
    /// The caveat's level, or None when it is not raised.
    fn level(&self, caveat: &str) -> Option<Level>;
    fn has_note(&self, note: &str) -> bool;
    fn has_conflict(&self, conflict: &str) -> bool;
    /// Whether any treatment at all is suited or consider.
    fn any_listed(&self) -> bool;
}

impl Shown for Advice<'_> {
    fn tier(&self, treatment: &str) -> Option<Tier> {
        self.tier_of(treatment)
    }

    fn level(&self, caveat: &str) -> Option<Level> {
        self.level_of(caveat)
    }

    fn has_note(&self, note: &str) -> bool {
        Advice::has_note(self, note)
    }

    fn has_conflict(&self, conflict: &str) -> bool {
        self.conflicts.iter().any(|c| c.conflict.id == conflict)
    }

    fn any_listed(&self) -> bool {
        self.treatments.iter().any(|t| t.tier.is_listed())
    }
}

/// Whether `advice` meets `demand` (see the table in the module docs).
pub fn meets(advice: &impl Shown, demand: &Demand) -> bool {
    match demand {
        // Tier's order is suited < consider < not_advised: "more cautious"
        // is "greater".
        Demand::AtMost(t, tier) => advice.tier(t).is_none_or(|have| have >= *tier),
        Demand::AtLeast(t, tier) => advice.tier(t).is_some_and(|have| have <= *tier),
        Demand::Exactly(t, tier) => advice.tier(t) == Some(*tier),
        // Level's order is defer < discuss < info: "more urgent" is "less".
        Demand::Caveat(c, level) => advice.level(c).is_some_and(|have| have <= *level),
        Demand::CaveatExactly(c, level) => advice.level(c) == Some(*level),
        Demand::NoCaveat(c) => advice.level(c).is_none(),
        Demand::Note(n) => advice.has_note(n),
        Demand::NoNote(n) => !advice.has_note(n),
        Demand::SomeListed(ts) if ts.is_empty() => advice.any_listed(),
        Demand::SomeListed(ts) => ts
            .iter()
            .any(|t| advice.tier(t).is_some_and(Tier::is_listed)),
        Demand::Conflict(k) => advice.has_conflict(k),
        Demand::NoConflict(k) => !advice.has_conflict(k),
    }
}

/// What kind of item a demand is about, and its ids (empty for
/// `some_listed([])`, which is about every treatment). Validation uses it
/// to check the ids; explanations use it to find the rules involved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject<'a> {
    Treatments(&'a [String]),
    Caveat(&'a str),
    Note(&'a str),
    Conflict(&'a str),
}

pub fn subject(demand: &Demand) -> Subject<'_> {
    match demand {
        Demand::AtMost(t, _) | Demand::AtLeast(t, _) | Demand::Exactly(t, _) => {
            Subject::Treatments(std::slice::from_ref(t))
        }
        Demand::SomeListed(ts) => Subject::Treatments(ts),
        Demand::Caveat(c, _) | Demand::CaveatExactly(c, _) | Demand::NoCaveat(c) => {
            Subject::Caveat(c)
        }
        Demand::Note(n) | Demand::NoNote(n) => Subject::Note(n),
        Demand::Conflict(k) | Demand::NoConflict(k) => Subject::Conflict(k),
    }
}

/// The demand as it is written in RON (`at_most("subcision", consider)`),
/// so a message quotes what the clinician wrote.
pub fn written(demand: &Demand) -> String {
    let s = |id: &str| format!("\"{}\"", crate::dataset::load::sanitize(id));
    match demand {
        Demand::AtMost(t, tier) => format!("at_most({}, {})", s(t), tier.as_str()),
        Demand::AtLeast(t, tier) => format!("at_least({}, {})", s(t), tier.as_str()),
        Demand::Exactly(t, tier) => format!("exactly({}, {})", s(t), tier.as_str()),
        Demand::Caveat(c, level) => format!("caveat({}, {})", s(c), level.as_str()),
        Demand::CaveatExactly(c, level) => {
            format!("caveat_exactly({}, {})", s(c), level.as_str())
        }
        Demand::NoCaveat(c) => format!("no_caveat({})", s(c)),
        Demand::Note(n) => format!("note({})", s(n)),
        Demand::NoNote(n) => format!("no_note({})", s(n)),
        Demand::SomeListed(ts) => {
            let ids: Vec<String> = ts.iter().map(|t| s(t)).collect();
            format!("some_listed([{}])", ids.join(", "))
        }
        Demand::Conflict(k) => format!("conflict({})", s(k)),
        Demand::NoConflict(k) => format!("no_conflict({})", s(k)),
    }
}

/// What the advice has where the demand looks, in words ("`subcision` is
/// suited", "caveat `pregnancy` is not raised"), whether or not it is met.
pub fn found(advice: &impl Shown, demand: &Demand) -> String {
    let q = |id: &str| format!("`{}`", crate::dataset::load::sanitize(id));
    let tier = |t: &str| match advice.tier(t) {
        Some(tier) => format!("{} is {}", q(t), tier.as_str()),
        None => format!("{} is not listed", q(t)),
    };
    match subject(demand) {
        Subject::Treatments([]) => {
            if advice.any_listed() {
                "some treatment is suited or consider".to_string()
            } else {
                "no treatment is suited or consider".to_string()
            }
        }
        Subject::Treatments(ts) => {
            let each: Vec<String> = ts.iter().map(|t| tier(t)).collect();
            each.join(", ")
        }
        Subject::Caveat(c) => match advice.level(c) {
            Some(level) => format!("caveat {} is at {}", q(c), level.as_str()),
            None => format!("caveat {} is not raised", q(c)),
        },
        Subject::Note(n) if advice.has_note(n) => format!("note {} is shown", q(n)),
        Subject::Note(n) => format!("note {} is not shown", q(n)),
        Subject::Conflict(k) if advice.has_conflict(k) => {
            format!("conflict {} is reported", q(k))
        }
        Subject::Conflict(k) => format!("conflict {} is not reported", q(k)),
    }
}

#[cfg(test)]
mod tests;
