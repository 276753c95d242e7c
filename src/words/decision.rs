//! The decision aid's fixed words: row names, how sure the evidence is,
//! skin groups, values in short, readiness and the "About this guide"
//! labels. Shared by the app, plain mode and the reports.

use crate::advice::compare::{Row, SkinGroup};
use crate::advice::values::Value;
use crate::dataset::Sure;

pub const COMPARE: &str = "Compare your options";
pub const COMPARE_INTRO: &str = "The options side by side, on the questions people ask. \"Wait, or skin care only\" is always one of them. Numbers come from studies; where the studies give none, it says so.";
pub const MORE_COMPARED: &str = "More options compared";
pub const MORE_COMPARED_LATER: &str = "The other options are compared after the details.";
pub const ALL_COMPARED_LATER: &str =
    "To keep the first pages short, the options are compared after the details.";
pub const PICK_HEADING: &str = "Choose what to compare";
pub const YOU_MAY_ADD: &str = "You may add:";
pub const PICK_TWO: &str = "Pick two or more options to see them side by side.";
pub const NO_FACTS: &str = "Not given in this guide.";
pub const WHAT_MATTERS: &str = "What matters to me";
pub const NOTHING_CHOSEN: &str = "Not answered.";
pub const VALUES_NOTE: &str = "This never changes which options are shown or how they are grouped. It marks the options that fit and lists them first in each group.";
pub const FITS: &str = "Fits";
pub const READY: &str = "Ready to choose?";
pub const READY_ALL: &str = "You said yes to all four. Take your summary to your clinician.";
pub const READY_SKIPPED: &str =
    "Not answered. You can answer it any time: it never changes your results.";
pub const CREDIT_SHORT: &str = "These questions follow the SURE test (Légaré et al. 2010).";
pub const ADDED: &str = "added by you";
pub const ADDED_AVOIDED: &str = "added by you; usually avoided for answers like yours";
/// Where the details start in the handout: the two-page budget ends here.
pub const DETAILS_MARK: &str = "<!-- details -->";
pub const TREATMENTS_IN_DETAIL: &str = "Treatments in detail";
pub const ABOUT: &str = "About this guide";
pub const AUTHORS: &str = "Written by";
pub const REVIEWERS: &str = "Reviewed by";
pub const NOT_NAMED: &str = "not named in this version";
pub const FUNDING: &str = "Funding";
pub const CONFLICTS_OF_INTEREST: &str = "Conflicts of interest";
pub const PUBLISHED: &str = "Published";
pub const REVIEWED: &str = "Last reviewed";
pub const REVIEW_BY: &str = "Next review due";
pub const UPDATES: &str = "How it is kept up to date";
pub const NOT_SET: &str = "not set";

pub fn row(row: Row) -> &'static str {
    match row {
        Row::What => "What it is",
        Row::Sessions => "Sessions",
        Row::Recovery => "Recovery time",
        Row::Feel => "How it feels",
        Row::DarkPatches => "Chance of dark patches",
        Row::Improvement => "Typical improvement",
        Row::Lasts => "How long results last",
        Row::Cost => "Relative cost",
        Row::Risks => "Main risks",
    }
}

/// How sure the evidence is, said the same way for every option.
pub fn sure(s: Sure) -> &'static str {
    match s {
        Sure::NotKnown => "How sure: not known.",
        Sure::Low => "How sure: not very (small studies).",
        Sure::Moderate => "How sure: fairly (a trial with a comparison group).",
    }
}

pub fn skin_group(g: SkinGroup) -> &'static str {
    match g {
        SkinGroup::Lighter => "Skin types 1 to 3",
        SkinGroup::Darker => "Skin types 4 to 6",
    }
}

/// A value in a few words, for "Fits: short recovery".
pub fn value(v: Value) -> &'static str {
    match v {
        Value::ShortRecovery => "short recovery",
        Value::LowerCost => "lower cost",
        Value::FewerSessions => "fewer sessions",
        Value::FewerDarkPatches => "lower chance of dark patches",
        Value::BiggestImprovement => "bigger improvement",
        Value::NoNeedles => "no needles",
    }
}

/// "Fits: short recovery, no needles", or None when it fits nothing.
pub fn fits(values: &[Value]) -> Option<String> {
    (!values.is_empty()).then(|| {
        let v: Vec<&str> = values.iter().map(|&v| value(v)).collect();
        format!("{FITS}: {}", v.join(", "))
    })
}

/// "You said yes to 2 of 4."
pub fn ready_count(yes: usize, of: usize) -> String {
    format!("You said yes to {yes} of {of}.")
}

pub fn credit(citation: &str) -> String {
    format!("These questions follow the SURE test: {citation}")
}

/// How to use the Compare section's picker.
pub fn pick_hint(max: usize, up_down: &str, left_right: &str) -> String {
    format!("Pick 2 to {max}: {up_down} move, Space picks. {left_right} show hidden columns. Home goes back to the table.")
}

/// "2 more" (columns out of view).
pub fn more(n: usize) -> String {
    format!("{n} more")
}

/// The Compare section's keys, under the buttons.
pub fn compare_keys(up_down: &str, left_right: &str) -> String {
    format!("Tab section  {up_down} move  Space pick  {left_right} columns  Home table  q quit")
}
