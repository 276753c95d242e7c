//! The program's own fixed words (not clinical content, which lives in the
//! dataset), in one place so a translation is one change.

use crate::dataset::{Level, Tier};

pub const TIER_HEADINGS: [(Tier, &str, &str); 3] = [
    (
        Tier::Suited,
        "Commonly used for answers like yours",
        "These are often part of a plan for scars like the ones you described.",
    ),
    (
        Tier::Consider,
        "May fit: discuss with your clinician",
        "These can help some people with answers like yours, depending on what a clinician finds.",
    ),
    (
        Tier::NotAdvised,
        "Usually avoided for answers like yours",
        "Clinicians usually avoid or postpone these for answers like yours, for the reasons given.",
    ),
];

pub const LEVEL_HEADINGS: [(Level, &str); 3] = [
    (Level::Defer, "Usually wait until this is resolved"),
    (Level::Discuss, "Raise this with your clinician"),
    (Level::Info, "Good to know"),
];

pub fn tier_heading(tier: Tier) -> &'static str {
    TIER_HEADINGS
        .iter()
        .find(|(t, _, _)| *t == tier)
        .map_or("", |(_, h, _)| h)
}

pub fn tier_short(tier: Tier) -> &'static str {
    match tier {
        Tier::Suited => "commonly used",
        Tier::Consider => "may fit",
        Tier::NotAdvised => "usually avoided",
    }
}

pub fn level_heading(level: Level) -> &'static str {
    LEVEL_HEADINGS
        .iter()
        .find(|(l, _)| *l == level)
        .map_or("", |(_, h)| h)
}

pub const YOUR_ANSWERS: &str = "Your answers";
pub const NOT_ANSWERED: &str = "Not answered";
pub const TREATMENTS: &str = "Treatments";
pub const NO_TREATMENTS: &str =
    "Your answers did not match any treatment in this guide. A clinician can still assess your skin.";
pub const CAVEATS: &str = "Things to raise with your clinician";
pub const NO_CAVEATS: &str = "Nothing in your answers needs a special mention.";
pub const WHAT_TO_EXPECT: &str = "What to expect";
pub const QUESTIONS_TO_ASK: &str = "Questions to ask your clinician";
pub const REFERENCES: &str = "References";
pub const WHY: &str = "Why this appears";
pub const SESSIONS: &str = "Sessions";
pub const DOWNTIME: &str = "Recovery time";
pub const EXPECT: &str = "What to expect";
pub const RISKS: &str = "Main risks";
pub const WHAT_IT_IS: &str = "What it is";
pub const GENERATED: &str = "Generated";
pub const DATASET: &str = "Content version";
pub const REVIEWED: &str = "reviewed";
pub const IMPORTANT: &str = "Important";
