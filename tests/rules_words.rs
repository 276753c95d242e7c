//! Conditions and demands in words (`rules_doc::words`), on the small valid
//! fixture so the expected sentences do not move with the shipped content.

use scarguide::dataset::{check_text, Condition, Dataset, Demand, Level, Tier};
use scarguide::rules_doc::words::{condition, demand, outline, Outline};

const VALID: &str = include_str!("fixtures/valid.ron");

fn data() -> Dataset {
    check_text("valid.ron", VALID).unwrap().dataset
}

fn chosen(q: &str, o: &str) -> Condition {
    Condition::Chosen(q.into(), o.into())
}

fn any_of(q: &str, os: &[&str]) -> Condition {
    Condition::AnyOf(q.into(), os.iter().map(|o| o.to_string()).collect())
}

fn not(c: Condition) -> Condition {
    Condition::Not(Box::new(c))
}

fn listed(ts: &[&str]) -> Condition {
    Condition::Listed(ts.iter().map(|t| t.to_string()).collect())
}

#[track_caller]
fn says(c: Condition, expected: &str) {
    assert_eq!(condition(&data(), &c), expected);
}

#[test]
fn always() {
    says(Condition::Always, "always");
    says(not(Condition::Always), "never");
}

#[test]
fn chosen_reads_include_for_several_and_is_for_one() {
    says(
        chosen("scar_types", "ice_pick"),
        "scar types include “Ice pick”",
    );
    says(
        chosen("skin_type", "type_4"),
        "skin type is “Rarely burns, tans easily”",
    );
    says(
        not(chosen("scar_types", "ice_pick")),
        "scar types do not include “Ice pick”",
    );
    says(
        not(chosen("severity", "grade_1")),
        "how noticeable is not “Flat marks only”",
    );
}

#[test]
fn any_of_lists_labels_in_quotes_so_commas_inside_them_stay_inside() {
    says(
        any_of("skin_type", &["type_4", "type_5", "type_6"]),
        "skin type is “Rarely burns, tans easily”, “Very rarely burns, tans very easily” \
         or “Never burns, deeply pigmented”",
    );
    says(
        any_of("scar_types", &["red_marks", "dark_marks"]),
        "scar types include “Red marks” or “Dark marks”",
    );
    says(
        any_of("severity", &["grade_3"]),
        "how noticeable is “Moderate”",
    );
    says(
        not(any_of("severity", &["grade_3", "grade_4"])),
        "how noticeable is neither “Moderate” nor “Severe”",
    );
    says(
        not(any_of("severity", &["grade_2", "grade_3", "grade_4"])),
        "how noticeable is none of “Mild”, “Moderate” or “Severe”",
    );
    says(
        not(any_of("history", &["pregnant", "smoker"])),
        "health history includes neither “Pregnant or breastfeeding” nor “I smoke”",
    );
}

#[test]
fn answered() {
    says(
        Condition::Answered("downtime".into()),
        "recovery time is answered",
    );
    says(
        not(Condition::Answered("downtime".into())),
        "recovery time is not answered",
    );
}

#[test]
fn listed_names_treatments() {
    says(listed(&["subcision"]), "the list includes “Subcision”");
    says(
        listed(&["subcision", "tca_cross", "ablative_full"]),
        "the list includes “Subcision”, “TCA CROSS” or “Fully ablative laser resurfacing”",
    );
    says(
        not(listed(&["subcision"])),
        "the list does not include “Subcision”",
    );
    says(
        not(listed(&["subcision", "tca_cross", "ablative_full"])),
        "the list includes none of “Subcision”, “TCA CROSS” or “Fully ablative laser resurfacing”",
    );
    says(
        not(listed(&["subcision", "tca_cross"])),
        "the list includes neither “Subcision” nor “TCA CROSS”",
    );
}

#[test]
fn all_and_any_join_with_and_or() {
    says(
        Condition::All(vec![
            chosen("scar_types", "rolling"),
            chosen("downtime", "minimal"),
        ]),
        "scar types include “Rolling” and recovery time is “A day or two”",
    );
    says(
        Condition::Any(vec![
            chosen("scar_types", "keloid"),
            chosen("history", "keloid_tendency"),
        ]),
        "scar types include “Keloid” or health history includes “Scars that grow or heal badly”",
    );
    // Empty and single-part lists mean what the engine makes of them.
    says(Condition::All(vec![]), "always");
    says(Condition::Any(vec![]), "never");
    says(
        Condition::All(vec![chosen("scar_types", "rolling")]),
        "scar types include “Rolling”",
    );
}

#[test]
fn nested_parts_with_their_own_and_or_are_bracketed() {
    let c = Condition::All(vec![
        any_of("scar_types", &["ice_pick", "rolling"]),
        Condition::Any(vec![
            chosen("severity", "grade_4"),
            Condition::All(vec![
                chosen("severity", "grade_3"),
                not(chosen("skin_type", "type_6")),
            ]),
        ]),
        not(any_of("history", &["isotretinoin", "keloid_tendency"])),
        not(Condition::Any(vec![
            chosen("downtime", "minimal"),
            listed(&["tca_cross"]),
        ])),
    ]);
    says(
        c,
        "(scar types include “Ice pick” or “Rolling”) and (how noticeable is “Severe” or \
         (how noticeable is “Moderate” and skin type is not “Never burns, deeply pigmented”)) \
         and (health history includes neither “Isotretinoin in the last 6 months” nor \
         “Scars that grow or heal badly”) and not (recovery time is “A day or two” or the \
         list includes “TCA CROSS”)",
    );
    // A single-option any_of has no "or" and needs no brackets.
    says(
        Condition::Any(vec![
            any_of("severity", &["grade_4"]),
            not(Condition::All(vec![
                Condition::Always,
                chosen("scar_types", "raised"),
            ])),
        ]),
        "how noticeable is “Severe” or not (always and scar types include “Raised”)",
    );
    says(
        not(not(chosen("scar_types", "raised"))),
        "not (scar types do not include “Raised”)",
    );
}

fn leaf(text: &str) -> Outline {
    Outline {
        text: text.into(),
        parts: vec![],
    }
}

#[test]
fn outline_puts_each_part_of_all_and_any_on_its_own_line() {
    let c = Condition::All(vec![
        chosen("scar_types", "rolling"),
        Condition::Any(vec![
            chosen("severity", "grade_4"),
            any_of("skin_type", &["type_1", "type_2"]),
        ]),
        not(Condition::Any(vec![
            chosen("downtime", "minimal"),
            chosen("history", "smoker"),
        ])),
        not(Condition::All(vec![
            chosen("downtime", "week"),
            chosen("history", "smoker"),
        ])),
    ]);
    let expected = Outline {
        text: "all of these hold:".into(),
        parts: vec![
            leaf("scar types include “Rolling”"),
            Outline {
                text: "at least one of these holds:".into(),
                parts: vec![
                    leaf("how noticeable is “Severe”"),
                    leaf(
                        "skin type is “Always burns, never tans” or “Always burns, tans with difficulty”",
                    ),
                ],
            },
            Outline {
                text: "none of these holds:".into(),
                parts: vec![
                    leaf("recovery time is “A day or two”"),
                    leaf("health history includes “I smoke”"),
                ],
            },
            Outline {
                text: "not all of these hold:".into(),
                parts: vec![
                    leaf("recovery time is “About a week”"),
                    leaf("health history includes “I smoke”"),
                ],
            },
        ],
    };
    assert_eq!(outline(&data(), &c), expected);
    // One line when there is nothing to split.
    let single = Condition::All(vec![chosen("scar_types", "rolling")]);
    assert_eq!(
        outline(&data(), &single),
        leaf("scar types include “Rolling”")
    );
}

#[test]
fn ids_the_dataset_lacks_are_shown_as_they_are() {
    says(chosen("scar_kinds", "icepick"), "“scar_kinds” is “icepick”");
    says(
        chosen("scar_types", "icepick"),
        "scar types include “icepick”",
    );
    says(listed(&["laser"]), "the list includes “laser”");
}

#[test]
fn every_demand_in_words() {
    let d = data();
    let cases = [
        (
            Demand::AtMost("ablative_full".into(), Tier::Consider),
            "“Fully ablative laser resurfacing” is at most consider",
        ),
        (
            Demand::AtLeast("subcision".into(), Tier::Suited),
            "“Subcision” is at least suited",
        ),
        (
            Demand::Exactly("ablative_full".into(), Tier::NotAdvised),
            "“Fully ablative laser resurfacing” is exactly not advised",
        ),
        (
            Demand::Caveat("cold_sores".into(), Level::Discuss),
            "caveat “Cold sores” is at least discuss",
        ),
        (
            Demand::CaveatExactly("practitioner".into(), Level::Info),
            "caveat “Choose an experienced practitioner” is exactly info",
        ),
        (
            Demand::NoCaveat("pigmentation_risk".into()),
            "caveat “Darker or lighter patches” is not raised",
        ),
        (
            Demand::Note("gradual_results".into()),
            "note “Results are gradual” is shown",
        ),
        (
            Demand::NoNote("gradual_results".into()),
            "note “Results are gradual” is not shown",
        ),
        (
            Demand::SomeListed(vec!["subcision".into(), "tca_cross".into()]),
            "at least one of “Subcision” or “TCA CROSS” is listed (suited or consider)",
        ),
        (
            Demand::SomeListed(vec![]),
            "at least one treatment is listed (suited or consider)",
        ),
        (
            Demand::Conflict("dents_but_flat".into()),
            "conflict “dents_but_flat” is reported",
        ),
        (
            Demand::NoConflict("dents_but_flat".into()),
            "conflict “dents_but_flat” is not reported",
        ),
    ];
    for (demand_, expected) in cases {
        assert_eq!(demand(&d, &demand_), expected, "{demand_:?}");
    }
}
