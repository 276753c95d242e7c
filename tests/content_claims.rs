//! Issue 11, points 4 to 13: statements the sources do not support are
//! gone, and rules say what the sources say, for every matching answer set.

mod common;

use common::every::{
    caveat_text, every, note_text, on, patient_texts, question, rule_reasons, treatment_field,
    LASER_PEEL_NEEDLING,
};
use scarguide::dataset::{Level, Tier};

// ---- 4. No number the sources do not give ------------------------------

#[test]
fn p4_no_unsupported_improvement_figure() {
    let text = note_text("partial_improvement");
    assert!(!text.contains("40"), "{text}");
    for (what, t) in patient_texts() {
        assert!(!t.contains("at most about"), "{what}: {t}");
        // Rates are natural frequencies ("64 in 100"), never percentages.
        assert!(!t.contains('%'), "{what}: {t}");
        assert!(!t.contains("25-75") && !t.contains("25–75"), "{what}: {t}");
    }
}

// ---- 5. Skin type 3 -----------------------------------------------------

#[test]
fn p5_no_reason_says_type_3_burns_before_it_tans() {
    for r in rule_reasons() {
        assert!(!r.contains("burns before it tans"), "{r}");
    }
}

#[test]
fn p5_type_3_hears_about_pigment_risk_when_lasers_peels_or_needling_are_listed() {
    let mut focus = on().caveat("pigmentation_risk");
    for t in LASER_PEEL_NEEDLING {
        focus = focus.treatment(t);
    }
    let mut seen = 0u128;
    every(r#"chosen("skin_type", "type_3")"#, focus, |s| {
        if LASER_PEEL_NEEDLING.iter().any(|t| s.listed(t)) {
            assert_eq!(s.level("pigmentation_risk"), Some(Level::Info), "{s}");
            seen += s.count;
        }
    });
    assert!(seen > 0);
}

#[test]
fn p5_skin_type_help_asks_about_family_origins_whatever_was_chosen() {
    let help = question("skin_type").help;
    for place in [
        "brown or black",
        "Asia",
        "Africa",
        "Middle East",
        "South Asia",
        "Latin America",
        "whatever you choose",
    ] {
        assert!(help.contains(place), "missing {place:?}: {help}");
    }
}

// ---- 6. Creams do not prevent dark patches ------------------------------

#[test]
fn p6_creams_are_not_said_to_prevent_dark_patches() {
    for (what, t) in patient_texts() {
        let t = t.to_lowercase();
        assert!(
            !(t.contains("preparing") && t.contains("creams") && t.contains("lower")),
            "{what}: {t}"
        );
    }
    assert!(caveat_text("pigmentation_risk").contains("have not been shown to prevent"));
    every(
        r#"all([any_of("scar_types", ["ice_pick", "boxcar", "rolling"]), any_of("skin_type", ["type_4", "type_5", "type_6"])])"#,
        on().treatment("skin_care"),
        |s| {
            let why = s.reasons("skin_care").join(" ");
            assert!(
                why.contains("sun protection") && why.contains("not been shown"),
                "{why}"
            );
        },
    );
}

#[test]
fn p6_dark_marks_on_skin_that_tans_easily_hear_about_tinted_sunscreen() {
    every(
        r#"all([chosen("scar_types", "dark_marks"), any_of("skin_type", ["type_4", "type_5", "type_6"])])"#,
        on().treatment("skin_care"),
        |s| {
            let why = s.reasons("skin_care").join(" ");
            assert!(
                why.contains("tinted sunscreen") && why.contains("iron oxides"),
                "{s}: {why}"
            );
        },
    );
}

// ---- 7. Needling, radiofrequency and picosecond claims -----------------

#[test]
fn p7_microneedling_risks_and_modest_gains() {
    let risks = treatment_field("microneedling", "risks");
    for w in [
        "Darker patches",
        "tram-track",
        "lumps",
        "infections",
        "HIV",
        "licensed clinic",
    ] {
        assert!(risks.contains(w), "missing {w:?}: {risks}");
    }
    assert!(!risks.contains("found none"), "{risks}");
    assert!(treatment_field("microneedling", "what_to_expect").contains("modest"));
}

#[test]
fn p7_rf_and_picosecond_say_which_skin_was_studied() {
    let rf = treatment_field("rf_microneedling", "what_to_expect");
    assert!(rf.contains("types 3 to 5"), "{rf}");
    assert!(
        !rf.contains("every skin type") && !rf.contains("did not change"),
        "{rf}"
    );
    for r in rule_reasons() {
        assert!(!r.contains("every skin type"), "{r}");
    }
    let pico = treatment_field("picosecond_fractional", "what_to_expect");
    assert!(pico.contains("Small studies in darker skin"), "{pico}");
    let refs = common::every::treatment_refs("picosecond_fractional");
    for r in ["haimovic2016", "tao2024", "pico_asian2019"] {
        assert!(refs.contains(&r.to_string()), "{r} not cited");
    }
}

// ---- 8. Peels, vascular laser in types 5-6, ice pick alone --------------

#[test]
fn p8_peels_only_for_people_with_dark_marks() {
    every(
        "always",
        on().treatment("chemical_peels")
            .reads(r#"chosen("scar_types", "dark_marks")"#),
        |s| {
            if s.listed("chemical_peels") {
                assert!(s.chosen("scar_types", "dark_marks"), "peels listed for {s}");
            }
        },
    );
}

#[test]
fn p8_vascular_laser_at_most_consider_in_types_5_and_6() {
    every(
        r#"any_of("skin_type", ["type_5", "type_6"])"#,
        on().treatment("vascular_laser"),
        |s| {
            assert_ne!(s.tier("vascular_laser"), Some(Tier::Suited), "{s}");
        },
    );
}

#[test]
fn p8_ice_pick_as_the_only_dent_caps_ablative_fractional() {
    let when = r#"all([chosen("scar_types", "ice_pick"), not(any_of("scar_types", ["boxcar", "rolling"]))])"#;
    every(when, on().treatment("ablative_fractional"), |s| {
        if s.tier("ablative_fractional").is_some() {
            assert_ne!(s.tier("ablative_fractional"), Some(Tier::Suited), "{s}");
            assert!(
                s.reasons("ablative_fractional")
                    .iter()
                    .any(|r| r.contains("not the pits")),
                "{s}"
            );
        }
    });
}

// ---- 9. A day or two to heal -------------------------------------------

#[test]
fn p9_minimal_downtime_caps_treatments_that_take_longer_and_says_how_long() {
    let cases = [
        ("subcision", "1 to 2 weeks"),
        ("tca_cross", "about a week"),
        ("punch_techniques", "about a week"),
        ("ablative_fractional", "5 to 7 days"),
        ("ablative_full", "1 to 2 weeks"),
    ];
    for (t, time) in cases {
        let mut listed = 0u128;
        every(r#"chosen("downtime", "minimal")"#, on().treatment(t), |s| {
            if s.tier(t).is_some() {
                assert_ne!(s.tier(t), Some(Tier::Suited), "{t} for {s}");
                let why = s.reasons(t).join(" ");
                assert!(
                    why.contains("within a day or two") && why.contains(time),
                    "{t}: {why}"
                );
                listed += s.count;
            }
        });
        assert!(listed > 0, "{t} never listed with minimal downtime");
    }
}

// ---- 10. Scars can come back --------------------------------------------

#[test]
fn p10_no_promise_that_treated_scars_stay_away() {
    for (what, t) in patient_texts() {
        assert!(!t.contains("do not usually come back"), "{what}: {t}");
        assert!(!t.contains("cannot come back"), "{what}: {t}");
    }
    let new_scars = note_text("new_scars");
    for w in ["Keloids often grow back", "pulled down again", "with age"] {
        assert!(new_scars.contains(w), "missing {w:?}: {new_scars}");
    }
    assert!(note_text("maintenance").contains("1 in 3 within a year, and 1 in 2 within 5 years"));
    let steroid = treatment_field("steroid_injection", "risks");
    assert!(
        steroid.contains("new dent") && steroid.contains("blood vessels"),
        "{steroid}"
    );
    let keloid = caveat_text("keloid_tendency");
    assert!(
        keloid.contains("punch") && keloid.contains("needling"),
        "{keloid}"
    );
}

// ---- 11. Fillers ---------------------------------------------------------

#[test]
fn p11_fillers_name_the_one_approved_for_acne_scars() {
    let all = ["summary", "what_to_expect", "risks"]
        .map(|f| treatment_field("fillers", f))
        .join(" ");
    for w in [
        "PMMA",
        "only one approved",
        "over 21",
        "skin test",
        "cannot be dissolved",
        "not used in pregnancy",
        "64 in 100",
    ] {
        assert!(all.contains(w), "missing {w:?}: {all}");
    }
}

// ---- 12. Acne care and light-sensitising tablets ------------------------

#[test]
fn p12_acne_control_leads_with_guideline_care() {
    let summary = treatment_field("acne_control", "summary");
    let iso = summary.find("isotretinoin").unwrap_or(usize::MAX);
    let laser = summary.find("1,726").unwrap_or(0);
    assert!(
        iso < laser,
        "guideline care must come before the laser: {summary}"
    );
    assert!(
        summary.contains("guideline") && summary.contains("too little evidence"),
        "{summary}"
    );
    assert!(caveat_text("photosensitizing_meds").contains("Doxycycline"));
}

// ---- 13. Practitioner and isotretinoin ----------------------------------

#[test]
fn p13_practitioner_and_isotretinoin_say_what_the_studies_found() {
    let p = caveat_text("practitioner");
    assert!(
        p.contains("not well trained") && p.contains("outside a medical setting"),
        "{p}"
    );
    assert!(!p.contains("mostly come from poor technique"), "{p}");
    assert_eq!(
        common::every::caveat_refs("practitioner"),
        ["jalian2013", "jalian2014"]
    );
    let iso = caveat_text("isotretinoin");
    assert!(
        iso.contains("One of them found none for fractional lasers"),
        "{iso}"
    );
}

// ---- 16. "Ablative" is explained wherever a reason uses it --------------

#[test]
fn p16_every_reason_that_says_ablative_explains_it() {
    for r in rule_reasons() {
        if r.contains("blative") {
            assert!(
                r.contains("removes tiny columns of skin")
                    || r.contains("without removing any")
                    || r.contains("removes the whole top layer"),
                "explain 'ablative' in: {r}"
            );
        }
    }
}
