//! The decision-aid part of the dataset: the facts that let options be
//! compared side by side, the "wait, or skin care only" option, and which
//! questions ask what matters to the person and whether they feel ready.
//! Included by build.rs too, so it uses only serde and the schema.

use serde::{Deserialize, Serialize};

use super::schema::{Condition, Treatment};

/// One comparison fact: a short sentence for a table cell, with its sources.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    pub text: String,
    /// Where a "what matters to you" value looks: low is cheaper, shorter,
    /// fewer or less likely; high is a bigger improvement.
    #[serde(default)]
    pub band: Option<Band>,
    /// How sure the evidence is (improvement and dark patches).
    #[serde(default)]
    pub sure: Option<Sure>,
    /// Reference ids; `check` warns when there are none.
    pub refs: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Band {
    Low,
    Middle,
    High,
}

/// How sure the evidence is, in the words of the GRADE levels people meet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Sure {
    /// No study gives it, or only reports of single cases.
    NotKnown,
    /// Small studies without a comparison group.
    Low,
    /// At least one trial with a comparison group.
    Moderate,
}

/// Chance of dark patches, by skin-type group.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DarkPatches {
    /// Skin that burns easily or tans about average (types 1 to 3).
    pub lighter: Fact,
    /// Skin that tans easily or is deeply pigmented (types 4 to 6).
    pub darker: Fact,
}

/// The rows of the comparison, in the order people ask them.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Compare {
    pub what: Fact,
    pub sessions: Fact,
    pub recovery: Fact,
    pub feel: Fact,
    pub dark_patches: DarkPatches,
    pub improvement: Fact,
    pub lasts: Fact,
    pub cost: Fact,
    pub risks: Fact,
    /// Whether it uses needles or injections ("avoiding needles").
    pub needles: bool,
}

/// What a "no" on one readiness item may be helped by.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Help {
    /// The readiness question's option id.
    pub item: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// "Wait, or skin care only": in every comparison, never tiered.
    pub wait: Treatment,
    /// The optional question asking what matters most (its option ids are
    /// the values the code knows: see `advice::values`).
    pub values: String,
    /// The optional readiness question: one option per item, and a "none
    /// of these yet" option.
    pub readiness: String,
    /// The source of the readiness items (SURE, Légaré et al. 2010).
    pub readiness_ref: String,
    /// Shown when fewer than all items are ticked, before the helps.
    pub readiness_note: String,
    pub readiness_help: Vec<Help>,
    /// Which skin the "lighter" and "darker" dark-patch facts are for.
    pub lighter_skin: Condition,
    pub darker_skin: Condition,
}

/// The values the code knows how to match against the facts, as the
/// values question's option ids (see `advice::values`).
pub const VALUE_IDS: [&str; 6] = [
    "short_recovery",
    "lower_cost",
    "fewer_sessions",
    "fewer_dark_patches",
    "biggest_improvement",
    "no_needles",
];

/// The four readiness items (after the SURE test), as option ids.
pub const READINESS_IDS: [&str; 4] = ["sure", "informed", "values_clear", "supported"];

impl Compare {
    /// Every fact with its field name, in row order.
    pub fn facts(&self) -> [(&'static str, &Fact); 10] {
        [
            ("what", &self.what),
            ("sessions", &self.sessions),
            ("recovery", &self.recovery),
            ("feel", &self.feel),
            ("dark_patches.lighter", &self.dark_patches.lighter),
            ("dark_patches.darker", &self.dark_patches.darker),
            ("improvement", &self.improvement),
            ("lasts", &self.lasts),
            ("cost", &self.cost),
            ("risks", &self.risks),
        ]
    }
}
