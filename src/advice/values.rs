//! "What matters to you": which options fit the values a person chose.
//! Pure, and read only after the advice is made: values mark and order
//! options, never change a tier (no rule may read the values question).

use crate::dataset::{Band, Compare, Dataset, Treatment};
use crate::interview::{visibility, Answers};

use super::{Advice, TreatmentAdvice};

/// The values the program can match against comparison facts; their ids
/// are the values question's option ids (`dataset::decision::VALUE_IDS`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Value {
    ShortRecovery,
    LowerCost,
    FewerSessions,
    FewerDarkPatches,
    BiggestImprovement,
    NoNeedles,
}

impl Value {
    pub const ALL: [Value; 6] = [
        Value::ShortRecovery,
        Value::LowerCost,
        Value::FewerSessions,
        Value::FewerDarkPatches,
        Value::BiggestImprovement,
        Value::NoNeedles,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Value::ShortRecovery => "short_recovery",
            Value::LowerCost => "lower_cost",
            Value::FewerSessions => "fewer_sessions",
            Value::FewerDarkPatches => "fewer_dark_patches",
            Value::BiggestImprovement => "biggest_improvement",
            Value::NoNeedles => "no_needles",
        }
    }

    pub fn from_id(id: &str) -> Option<Value> {
        Value::ALL.into_iter().find(|v| v.id() == id)
    }
}

/// Which skin-type group the dark-patch facts are read for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Skin {
    Lighter,
    Darker,
    /// Skin type not answered: both groups are shown, and an option fits
    /// "fewer dark patches" only when it does for both.
    Unknown,
}

/// The values the person chose, in the dataset's option order.
pub fn chosen(data: &Dataset, answers: &Answers) -> Vec<Value> {
    let Some(d) = &data.decision else {
        return Vec::new();
    };
    let Some(q) = data.question(&d.values) else {
        return Vec::new();
    };
    q.options
        .iter()
        .filter(|o| answers.is_chosen(&q.id, &o.id))
        .filter_map(|o| Value::from_id(&o.id))
        .collect()
}

/// The person's label for each chosen value ("A short time to heal").
pub fn labels<'d>(data: &'d Dataset, values: &[Value]) -> Vec<&'d str> {
    let q = data
        .decision
        .as_ref()
        .and_then(|d| data.question(&d.values));
    values
        .iter()
        .filter_map(|v| q.and_then(|q| q.option(v.id())).map(|o| o.label.as_str()))
        .collect()
}

pub fn skin(data: &Dataset, answers: &Answers) -> Skin {
    let Some(d) = &data.decision else {
        return Skin::Unknown;
    };
    let none = |_: &str| false;
    if visibility::holds(&d.darker_skin, answers, &none) {
        Skin::Darker
    } else if visibility::holds(&d.lighter_skin, answers, &none) {
        Skin::Lighter
    } else {
        Skin::Unknown
    }
}

/// Whether an option's facts fit one value. An option without facts, or
/// a fact without a band, fits nothing: no fit is claimed that the
/// dataset does not state.
pub fn fits(compare: Option<&Compare>, value: Value, skin: Skin) -> bool {
    let Some(c) = compare else {
        return false;
    };
    let low = |band: Option<Band>| band == Some(Band::Low);
    match value {
        Value::ShortRecovery => low(c.recovery.band),
        Value::LowerCost => low(c.cost.band),
        Value::FewerSessions => low(c.sessions.band),
        Value::FewerDarkPatches => match skin {
            Skin::Lighter => low(c.dark_patches.lighter.band),
            Skin::Darker => low(c.dark_patches.darker.band),
            Skin::Unknown => low(c.dark_patches.lighter.band) && low(c.dark_patches.darker.band),
        },
        Value::BiggestImprovement => c.improvement.band == Some(Band::High),
        Value::NoNeedles => !c.needles,
    }
}

/// The chosen values this option fits, in the order chosen.
pub fn fit(treatment: &Treatment, values: &[Value], skin: Skin) -> Vec<Value> {
    values
        .iter()
        .copied()
        .filter(|&v| fits(treatment.compare.as_ref(), v, skin))
        .collect()
}

/// The treatments as shown to the person: by tier as the engine gave them,
/// and within a tier the options that fit more of the chosen values first
/// (a stable sort, so with no values the order is the engine's).
pub fn ordered<'a, 'd>(data: &Dataset, advice: &'a Advice<'d>) -> Vec<&'a TreatmentAdvice<'d>> {
    let values = chosen(data, &advice.answers);
    let skin = skin(data, &advice.answers);
    let mut v: Vec<&TreatmentAdvice> = advice.treatments.iter().collect();
    v.sort_by_key(|t| {
        (
            t.tier,
            std::cmp::Reverse(fit(t.treatment, &values, skin).len()),
        )
    });
    v
}
