//! Which rules produced each item of the advice, for `report --explain`:
//! a clinician reading a report can go straight to the rule behind a tier,
//! caveat or note. Computed from an `Advice` as `evaluate` left it, so
//! `evaluate` itself stays as it is; the stages are the engine's own.

use crate::dataset::{Dataset, Effect, Level, Tier};
use crate::interview::visibility;

use super::Advice;

/// What one effect of a fired rule did to an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Made {
    /// A `treatment` effect listed it at this tier.
    Listed(Tier),
    /// A `limit` effect capped it at this tier.
    Capped(Tier),
    /// A `caveat` effect raised it at this level.
    Raised(Level),
    /// A `note` effect added it.
    Added,
}

impl Made {
    /// The effect's name in the dataset: treatment, limit, caveat, note.
    pub fn effect(self) -> &'static str {
        match self {
            Made::Listed(_) => "treatment",
            Made::Capped(_) => "limit",
            Made::Raised(_) => "caveat",
            Made::Added => "note",
        }
    }
}

/// One rule's contribution to one item: `rule` is the index in
/// `Dataset::rules` (people see it as `rule + 1`, as `check` numbers them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    pub rule: usize,
    pub made: Made,
}

/// The rules that fired for one `Advice`, to ask what produced each item.
#[derive(Debug, Clone)]
pub struct Explanation<'d> {
    data: &'d Dataset,
    fired: Vec<bool>,
}

impl<'d> Explanation<'d> {
    /// Re-runs the rule conditions as `evaluate` did: stage 1 (no
    /// `listed`) on the effective answers, stage 2 with the final tiers.
    pub fn new(data: &'d Dataset, advice: &Advice<'_>) -> Explanation<'d> {
        let never = |_: &str| false;
        let listed = |t: &str| advice.tier_of(t).is_some_and(Tier::is_listed);
        let fired = data
            .rules
            .iter()
            .map(|rule| {
                if rule.when.uses_listed() {
                    visibility::holds(&rule.when, &advice.answers, &listed)
                } else {
                    visibility::holds(&rule.when, &advice.answers, &never)
                }
            })
            .collect();
        Explanation { data, fired }
    }

    /// Whether rule `rule` (index) matched these answers.
    pub fn fired(&self, rule: usize) -> bool {
        self.fired.get(rule).copied().unwrap_or(false)
    }

    /// The indices of every rule that matched.
    pub fn fired_rules(&self) -> impl Iterator<Item = usize> + '_ {
        self.fired
            .iter()
            .enumerate()
            .filter(|(_, f)| **f)
            .map(|(i, _)| i)
    }

    /// The fired rules' effects that set treatment `id`: listings in rule
    /// order, then limits (applied after, as the engine does). Limits only
    /// count for a treatment some rule listed, and rules with `listed`
    /// cannot change treatments: both are ignored by the engine too.
    pub fn treatment(&self, id: &str) -> Vec<Source> {
        let mut listed = Vec::new();
        let mut capped = Vec::new();
        for (rule, effect) in self.effects(false) {
            match effect {
                Effect::Treatment { id: t, tier, .. } if t == id => listed.push(Source {
                    rule,
                    made: Made::Listed(*tier),
                }),
                Effect::Limit { id: t, tier, .. } if t == id => capped.push(Source {
                    rule,
                    made: Made::Capped(*tier),
                }),
                _ => {}
            }
        }
        if !listed.is_empty() {
            listed.extend(capped);
        }
        listed
    }

    /// The fired rules' effects that raised caveat `id`, in rule order.
    pub fn caveat(&self, id: &str) -> Vec<Source> {
        self.effects(true)
            .filter_map(|(rule, effect)| match effect {
                Effect::Caveat { id: c, level, .. } if c == id => Some(Source {
                    rule,
                    made: Made::Raised(*level),
                }),
                _ => None,
            })
            .collect()
    }

    /// The fired rules' effects that added note `id`, in rule order.
    pub fn note(&self, id: &str) -> Vec<Source> {
        self.effects(true)
            .filter_map(|(rule, effect)| match effect {
                Effect::Note { id: n, .. } if n == id => Some(Source {
                    rule,
                    made: Made::Added,
                }),
                _ => None,
            })
            .collect()
    }

    /// (rule index, effect) of every fired rule; with `stage2`, rules that
    /// use `listed` too (they may only raise caveats and notes).
    fn effects(&self, stage2: bool) -> impl Iterator<Item = (usize, &'d Effect)> + '_ {
        self.data
            .rules
            .iter()
            .enumerate()
            .filter(move |(i, r)| self.fired(*i) && (stage2 || !r.when.uses_listed()))
            .flat_map(|(i, r)| r.then.iter().map(move |e| (i, e)))
    }
}
