//! The decision aid's fixed words: row names, how sure the evidence is,
//! skin groups, values in short, readiness and the "About this guide"
//! labels. Shared by the app, plain mode and the reports.

use crate::advice::compare::{Row, SkinGroup};
use crate::advice::values::Value;
use crate::dataset::Sure;
use crate::i18n::t;
use crate::{texts, tr};

texts!(compare, "decision-compare");
texts!(compare_intro, "decision-compare-intro");
texts!(more_compared, "decision-more-compared");
texts!(more_compared_later, "decision-more-compared-later");
texts!(all_compared_later, "decision-all-compared-later");
texts!(pick_heading, "decision-pick-heading");
texts!(you_may_add, "decision-you-may-add");
texts!(pick_two, "decision-pick-two");
texts!(no_facts, "decision-no-facts");
texts!(what_matters, "decision-what-matters");
texts!(nothing_chosen, "decision-nothing-chosen");
texts!(values_note, "decision-values-note");
texts!(fits_label, "decision-fits-label");
texts!(ready, "decision-ready");
texts!(ready_all, "decision-ready-all");
texts!(ready_skipped, "decision-ready-skipped");
texts!(credit_short, "decision-credit-short");
texts!(added, "decision-added");
texts!(added_avoided, "decision-added-avoided");
/// Where the details start in the handout: the two-page budget ends here.
pub const DETAILS_MARK: &str = "<!-- details -->";
texts!(treatments_in_detail, "decision-treatments-in-detail");
texts!(about, "decision-about");
texts!(authors, "decision-authors");
texts!(reviewers, "decision-reviewers");
texts!(not_named, "decision-not-named");
texts!(funding, "decision-funding");
texts!(conflicts_of_interest, "decision-conflicts-of-interest");
texts!(published, "decision-published");
texts!(reviewed, "decision-reviewed");
texts!(review_by, "decision-review-by");
texts!(updates, "decision-updates");
texts!(not_set, "decision-not-set");

pub fn row(row: Row) -> &'static str {
    t(match row {
        Row::What => "row-what",
        Row::Sessions => "row-sessions",
        Row::Recovery => "row-recovery",
        Row::Feel => "row-feel",
        Row::DarkPatches => "row-dark-patches",
        Row::Improvement => "row-improvement",
        Row::Lasts => "row-lasts",
        Row::Cost => "row-cost",
        Row::Risks => "row-risks",
    })
}

/// How sure the evidence is, said the same way for every option.
pub fn sure(s: Sure) -> &'static str {
    t(match s {
        Sure::NotKnown => "sure-not-known",
        Sure::Low => "sure-low",
        Sure::Moderate => "sure-moderate",
    })
}

pub fn skin_group(g: SkinGroup) -> &'static str {
    t(match g {
        SkinGroup::Lighter => "skin-lighter",
        SkinGroup::Darker => "skin-darker",
    })
}

/// A value in a few words, for "Fits: short recovery".
pub fn value(v: Value) -> &'static str {
    t(match v {
        Value::ShortRecovery => "value-short-recovery",
        Value::LowerCost => "value-lower-cost",
        Value::FewerSessions => "value-fewer-sessions",
        Value::FewerDarkPatches => "value-fewer-dark-patches",
        Value::BiggestImprovement => "value-biggest-improvement",
        Value::NoNeedles => "value-no-needles",
    })
}

/// "Fits: short recovery, no needles", or None when it fits nothing.
pub fn fits(values: &[Value]) -> Option<String> {
    (!values.is_empty()).then(|| {
        let v: Vec<&str> = values.iter().map(|&v| value(v)).collect();
        tr!("fits", values = v.join(", "))
    })
}

/// "You said yes to 2 of 4."
pub fn ready_count(yes: usize, of: usize) -> String {
    tr!("ready-count", yes = yes, of = of)
}

pub fn credit(citation: &str) -> String {
    tr!("credit", citation = citation)
}

/// How to use the Compare section's picker.
pub fn pick_hint(max: usize, up_down: &str, left_right: &str) -> String {
    tr!(
        "pick-hint",
        max = max,
        updown = up_down,
        leftright = left_right
    )
}

/// "2 more" (columns out of view).
pub fn more(n: usize) -> String {
    tr!("compare-more", n = n)
}

/// The Compare section's keys, under the buttons.
pub fn compare_keys(up_down: &str, left_right: &str) -> String {
    tr!("compare-keys", updown = up_down, leftright = left_right)
}
