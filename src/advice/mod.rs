//! The engine: rules applied to answers give tiers, caveats and notes, each
//! with the reasons that produced it. Pure: no I/O, no terminal, no clock.

pub mod compare;
pub mod compiled;
mod conflicts;
pub mod demand;
pub mod explain;
pub mod readiness;
pub mod values;

use std::collections::HashMap;

pub use conflicts::{find as find_conflicts, ConflictAdvice};

use crate::dataset::{Dataset, Effect, Entry, Level, Tier, Treatment};
use crate::interview::{visibility, Answers};

#[derive(Debug, Clone, PartialEq)]
pub struct Advice<'d> {
    /// By tier (suited, consider, not advised), then dataset order.
    pub treatments: Vec<TreatmentAdvice<'d>>,
    /// By level (defer, discuss, info), then dataset order.
    pub caveats: Vec<CaveatAdvice<'d>>,
    /// In dataset order.
    pub notes: Vec<NoteAdvice<'d>>,
    /// Answers that do not fit together, in dataset order.
    pub conflicts: Vec<ConflictAdvice<'d>>,
    /// The answers that counted (answers to hidden questions dropped).
    pub answers: Answers,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TreatmentAdvice<'d> {
    pub treatment: &'d Treatment,
    pub tier: Tier,
    /// Every matching rule's reason, in rule order, without repeats.
    pub reasons: Vec<&'d str>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CaveatAdvice<'d> {
    pub caveat: &'d Entry,
    pub level: Level,
    pub reasons: Vec<&'d str>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct NoteAdvice<'d> {
    pub note: &'d Entry,
    pub reasons: Vec<&'d str>,
}

/// How cautious a grade is: when rules disagree, the most cautious wins.
/// (Sort order differs: tiers list suited first, caveats list defer first.)
trait Caution: Ord + Copy {
    fn caution(self) -> u8;
}

impl Caution for Tier {
    fn caution(self) -> u8 {
        match self {
            Tier::Suited => 0,
            Tier::Consider => 1,
            Tier::NotAdvised => 2,
        }
    }
}

impl Caution for Level {
    fn caution(self) -> u8 {
        match self {
            Level::Info => 0,
            Level::Discuss => 1,
            Level::Defer => 2,
        }
    }
}

impl Caution for () {
    fn caution(self) -> u8 {
        0
    }
}

fn most_cautious<G: Caution>(a: G, b: G) -> G {
    if b.caution() > a.caution() {
        b
    } else {
        a
    }
}

/// Collects one kind of item by dataset index, keeping the most cautious
/// grade and every reason.
struct Acc<'d, G> {
    items: HashMap<usize, (G, Vec<&'d str>)>,
}

impl<'d, G: Caution> Acc<'d, G> {
    fn new() -> Self {
        Acc {
            items: HashMap::new(),
        }
    }

    fn add(&mut self, index: usize, grade: G, reason: Option<&'d str>) {
        let entry = self.items.entry(index).or_insert((grade, Vec::new()));
        entry.0 = most_cautious(entry.0, grade);
        push_reason(&mut entry.1, reason);
    }

    fn sorted(self) -> Vec<(usize, G, Vec<&'d str>)> {
        let mut v: Vec<_> = self
            .items
            .into_iter()
            .map(|(i, (g, r))| (i, g, r))
            .collect();
        v.sort_by_key(|&(i, g, _)| (g, i));
        v
    }
}

fn push_reason<'d>(reasons: &mut Vec<&'d str>, reason: Option<&'d str>) {
    if let Some(r) = reason {
        if !reasons.contains(&r) {
            reasons.push(r);
        }
    }
}

pub fn evaluate<'d>(data: &'d Dataset, answers: &Answers) -> Advice<'d> {
    let answers = visibility::effective(data, answers);
    let index = |ids: &mut dyn Iterator<Item = &'d str>| -> HashMap<&'d str, usize> {
        let mut m = HashMap::new();
        for (i, id) in ids.enumerate() {
            m.entry(id).or_insert(i);
        }
        m
    };
    let t_ix = index(&mut data.treatments.iter().map(|t| t.id.as_str()));
    let c_ix = index(&mut data.caveats.iter().map(|e| e.id.as_str()));
    let n_ix = index(&mut data.notes.iter().map(|e| e.id.as_str()));

    let mut treatments: Acc<Tier> = Acc::new();
    let mut caveats: Acc<Level> = Acc::new();
    let mut notes: Acc<()> = Acc::new();
    let mut limits: Vec<(usize, Tier, &'d str)> = Vec::new();

    let mut apply = |effect: &'d Effect, limits: &mut Vec<(usize, Tier, &'d str)>| match effect {
        Effect::Treatment { id, tier, reason } => {
            if let Some(&i) = t_ix.get(id.as_str()) {
                treatments.add(i, *tier, Some(reason));
            }
        }
        Effect::Limit { id, tier, reason } => {
            if let Some(&i) = t_ix.get(id.as_str()) {
                limits.push((i, *tier, reason));
            }
        }
        Effect::Caveat { id, level, reason } => {
            if let Some(&i) = c_ix.get(id.as_str()) {
                caveats.add(i, *level, reason.as_deref());
            }
        }
        Effect::Note { id, reason } => {
            if let Some(&i) = n_ix.get(id.as_str()) {
                notes.add(i, (), reason.as_deref());
            }
        }
    };

    // Stage 1: rules on answers alone.
    let no_listed = |_: &str| false;
    for rule in &data.rules {
        if !rule.when.uses_listed() && visibility::holds(&rule.when, &answers, &no_listed) {
            for effect in &rule.then {
                apply(effect, &mut limits);
            }
        }
    }
    // Limits only lower a treatment that some rule listed; they never add one.
    for (i, cap, reason) in limits {
        if let Some(entry) = treatments.items.get_mut(&i) {
            entry.0 = most_cautious(entry.0, cap);
            push_reason(&mut entry.1, Some(reason));
        }
    }
    let listed: HashMap<&str, bool> = treatments
        .items
        .iter()
        .filter_map(|(&i, (tier, _))| {
            data.treatments
                .get(i)
                .map(|t| (t.id.as_str(), tier.is_listed()))
        })
        .collect();
    let is_listed = |id: &str| listed.get(id).copied().unwrap_or(false);

    // Stage 2: rules that look at which treatments are offered. Validation
    // keeps them to caveats and notes, so one pass is final.
    for rule in &data.rules {
        if rule.when.uses_listed() && visibility::holds(&rule.when, &answers, &is_listed) {
            for effect in &rule.then {
                match effect {
                    Effect::Caveat { id, level, reason } => {
                        if let Some(&i) = c_ix.get(id.as_str()) {
                            caveats.add(i, *level, reason.as_deref());
                        }
                    }
                    Effect::Note { id, reason } => {
                        if let Some(&i) = n_ix.get(id.as_str()) {
                            notes.add(i, (), reason.as_deref());
                        }
                    }
                    Effect::Treatment { .. } | Effect::Limit { .. } => {}
                }
            }
        }
    }

    Advice {
        treatments: treatments
            .sorted()
            .into_iter()
            .filter_map(|(i, tier, reasons)| {
                data.treatments.get(i).map(|treatment| TreatmentAdvice {
                    treatment,
                    tier,
                    reasons,
                })
            })
            .collect(),
        caveats: caveats
            .sorted()
            .into_iter()
            .filter_map(|(i, level, reasons)| {
                data.caveats.get(i).map(|caveat| CaveatAdvice {
                    caveat,
                    level,
                    reasons,
                })
            })
            .collect(),
        notes: notes
            .sorted()
            .into_iter()
            .filter_map(|(i, (), reasons)| {
                data.notes.get(i).map(|note| NoteAdvice { note, reasons })
            })
            .collect(),
        conflicts: conflicts::matching(data, &answers),
        answers,
    }
}

impl<'d> Advice<'d> {
    pub fn tier_of(&self, treatment: &str) -> Option<Tier> {
        self.treatments
            .iter()
            .find(|t| t.treatment.id == treatment)
            .map(|t| t.tier)
    }

    pub fn level_of(&self, caveat: &str) -> Option<Level> {
        self.caveats
            .iter()
            .find(|c| c.caveat.id == caveat)
            .map(|c| c.level)
    }

    pub fn has_note(&self, note: &str) -> bool {
        self.notes.iter().any(|n| n.note.id == note)
    }

    pub fn in_tier(&self, tier: Tier) -> impl Iterator<Item = &TreatmentAdvice<'d>> {
        self.treatments.iter().filter(move |t| t.tier == tier)
    }

    pub fn at_level(&self, level: Level) -> impl Iterator<Item = &CaveatAdvice<'d>> {
        self.caveats.iter().filter(move |c| c.level == level)
    }

    /// Questions to ask a clinician about the treatments offered, in order,
    /// without repeats.
    pub fn questions_to_ask(&self) -> Vec<(&'d Treatment, &'d str)> {
        let mut out = Vec::new();
        for t in self.treatments.iter().filter(|t| t.tier.is_listed()) {
            for q in &t.treatment.questions_to_ask {
                out.push((t.treatment, q.as_str()));
            }
        }
        out
    }

    /// References cited by everything shown, in the dataset's order.
    pub fn reference_ids(&self, data: &Dataset) -> Vec<&'d str> {
        let mut cited: Vec<&'d str> = Vec::new();
        let lists = self
            .treatments
            .iter()
            .map(|t| &t.treatment.references)
            .chain(self.caveats.iter().map(|c| &c.caveat.references))
            .chain(self.notes.iter().map(|n| &n.note.references));
        for list in lists {
            for r in list {
                if !cited.contains(&r.as_str()) {
                    cited.push(r.as_str());
                }
            }
        }
        let order: HashMap<&str, usize> = data
            .references
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id.as_str(), i))
            .collect();
        cited.sort_by_key(|r| order.get(r).copied().unwrap_or(usize::MAX));
        cited
    }
}
