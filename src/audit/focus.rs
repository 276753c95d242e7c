//! What a caller wants to know about the advice, and what of one answer
//! set's advice that is.

use crate::advice::{evaluate, Advice};
use crate::dataset::{Condition, Dataset, Level, Tier};
use crate::interview::{visibility, Answers};

use super::SpaceError;

/// The items and conditions whose outcome a [`Space`](super::Space) must
/// keep apart. Anything not named here may be merged, which is what makes
/// the space small: a focus on one treatment needs only the answers the
/// rules about that treatment read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Focus {
    /// Treatment ids: tier, presence and reasons.
    pub treatments: Vec<String>,
    /// Caveat ids: level, presence and reasons.
    pub caveats: Vec<String>,
    /// Note ids: presence and reasons.
    pub notes: Vec<String>,
    /// Conflict ids: whether the conflict's condition holds.
    pub conflicts: Vec<String>,
    /// Conditions on the (effective) answers, `listed` included: whether
    /// each holds. "For every answer set where X" focuses on X.
    pub conditions: Vec<Condition>,
}

impl Focus {
    /// Nothing in focus: the classes only keep apart what decides which
    /// questions are shown.
    pub fn new() -> Focus {
        Focus::default()
    }

    pub fn treatment(id: &str) -> Focus {
        Focus::new().with_treatment(id)
    }

    pub fn caveat(id: &str) -> Focus {
        Focus::new().with_caveat(id)
    }

    pub fn note(id: &str) -> Focus {
        Focus::new().with_note(id)
    }

    pub fn conflict(id: &str) -> Focus {
        Focus::new().with_conflict(id)
    }

    pub fn condition(c: Condition) -> Focus {
        Focus::new().with_condition(c)
    }

    /// Every treatment, caveat, note and conflict of the dataset: the whole
    /// advice. On the shipped dataset this is millions of classes.
    pub fn everything(data: &Dataset) -> Focus {
        let mut f = Focus::new();
        data.treatments
            .iter()
            .for_each(|t| push(&mut f.treatments, &t.id));
        data.caveats
            .iter()
            .for_each(|e| push(&mut f.caveats, &e.id));
        data.notes.iter().for_each(|e| push(&mut f.notes, &e.id));
        data.conflicts
            .iter()
            .for_each(|c| push(&mut f.conflicts, &c.id));
        f
    }

    pub fn with_treatment(mut self, id: &str) -> Focus {
        push(&mut self.treatments, id);
        self
    }

    pub fn with_caveat(mut self, id: &str) -> Focus {
        push(&mut self.caveats, id);
        self
    }

    pub fn with_note(mut self, id: &str) -> Focus {
        push(&mut self.notes, id);
        self
    }

    pub fn with_conflict(mut self, id: &str) -> Focus {
        push(&mut self.conflicts, id);
        self
    }

    pub fn with_condition(mut self, c: Condition) -> Focus {
        self.conditions.push(c);
        self
    }

    /// What this focus sees of the advice for `answers`.
    pub fn outcome<'d>(&self, data: &'d Dataset, answers: &Answers) -> Outcome<'d> {
        self.outcome_of(data, &evaluate(data, answers))
    }

    /// As [`Focus::outcome`], from advice already computed.
    pub fn outcome_of<'d>(&self, data: &'d Dataset, advice: &Advice<'d>) -> Outcome<'d> {
        let listed = |t: &str| advice.tier_of(t).is_some_and(Tier::is_listed);
        let holds = |c: &Condition| visibility::holds(c, &advice.answers, &listed);
        Outcome {
            conditions: self.conditions.iter().map(holds).collect(),
            treatments: self
                .treatments
                .iter()
                .map(|id| {
                    let t = advice.treatments.iter().find(|t| t.treatment.id == *id);
                    t.map(|t| (t.tier, t.reasons.clone()))
                })
                .collect(),
            caveats: self
                .caveats
                .iter()
                .map(|id| {
                    let c = advice.caveats.iter().find(|c| c.caveat.id == *id);
                    c.map(|c| (c.level, c.reasons.clone()))
                })
                .collect(),
            notes: self
                .notes
                .iter()
                .map(|id| {
                    let n = advice.notes.iter().find(|n| n.note.id == *id);
                    n.map(|n| n.reasons.clone())
                })
                .collect(),
            conflicts: self
                .conflicts
                .iter()
                .map(|id| data.conflicts.iter().any(|c| c.id == *id && holds(&c.when)))
                .collect(),
        }
    }

    /// Refuses ids the dataset does not have, in items and in conditions,
    /// so a typo cannot turn "for every answer set" into "for none".
    pub(super) fn check_ids(&self, data: &Dataset) -> Result<(), SpaceError> {
        let unknown = |what: &'static str, id: &str| SpaceError::UnknownId {
            what,
            id: id.to_string(),
        };
        let has_treatment = |id: &str| data.treatments.iter().any(|t| t.id == id);
        for id in &self.treatments {
            if !has_treatment(id) {
                return Err(unknown("treatment", id));
            }
        }
        for id in &self.caveats {
            if !data.caveats.iter().any(|e| e.id == *id) {
                return Err(unknown("caveat", id));
            }
        }
        for id in &self.notes {
            if !data.notes.iter().any(|e| e.id == *id) {
                return Err(unknown("note", id));
            }
        }
        for id in &self.conflicts {
            if !data.conflicts.iter().any(|c| c.id == *id) {
                return Err(unknown("conflict", id));
            }
        }
        let mut found = Ok(());
        for c in &self.conditions {
            c.walk(&mut |c| {
                if found.is_err() {
                    return;
                }
                found = match c {
                    Condition::Chosen(q, o) => check_options(data, q, std::slice::from_ref(o)),
                    Condition::AnyOf(q, os) => check_options(data, q, os),
                    Condition::Answered(q) => check_options(data, q, &[]),
                    Condition::Listed(ts) => match ts.iter().find(|t| !has_treatment(t)) {
                        Some(t) => Err(unknown("treatment", t)),
                        None => Ok(()),
                    },
                    Condition::Always
                    | Condition::All(_)
                    | Condition::Any(_)
                    | Condition::Not(_) => Ok(()),
                };
            });
        }
        found
    }
}

fn check_options(data: &Dataset, q: &str, options: &[String]) -> Result<(), SpaceError> {
    let Some(question) = data.question(q) else {
        return Err(SpaceError::UnknownId {
            what: "question",
            id: q.to_string(),
        });
    };
    match options.iter().find(|o| question.option(o).is_none()) {
        Some(o) => Err(SpaceError::UnknownId {
            what: "option",
            id: format!("{q}.{o}"),
        }),
        None => Ok(()),
    }
}

fn push(ids: &mut Vec<String>, id: &str) {
    if !ids.iter().any(|i| i == id) {
        ids.push(id.to_string());
    }
}

/// What a [`Focus`] sees of one answer set's advice, item by item in the
/// focus's order. Two answer sets in one class have equal outcomes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome<'d> {
    /// Whether each focus condition holds.
    pub conditions: Vec<bool>,
    /// Each focused treatment's tier and reasons, or None when not listed.
    pub treatments: Vec<Option<(Tier, Vec<&'d str>)>>,
    /// Each focused caveat's level and reasons, or None when not raised.
    pub caveats: Vec<Option<(Level, Vec<&'d str>)>>,
    /// Each focused note's reasons, or None when not shown.
    pub notes: Vec<Option<Vec<&'d str>>>,
    /// Whether each focused conflict holds.
    pub conflicts: Vec<bool>,
}
