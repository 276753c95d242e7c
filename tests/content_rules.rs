//! What the shipped rules were written to do, one test per row of the
//! hand-written table that assets/README.md used to hold (`scarguide rules`
//! now shows the rules themselves), each checked for EVERY answer set that
//! matches the row (one member of each class of answer sets the rules
//! involved cannot tell apart).

mod common;

use common::every::{every, on, LASER_PEEL_NEEDLING};
use scarguide::dataset::{Level, Tier};

const PREG_OR_BF: [&str; 2] = ["pregnant", "breastfeeding"];

#[test]
fn row_ice_pick_scars() {
    let focus = on()
        .treatment("tca_cross")
        .treatment("punch_techniques")
        .reads(r#"chosen("downtime", "minimal")"#)
        .reads(r#"any_of("history", ["pregnant", "breastfeeding"])"#);
    every(r#"chosen("scar_types", "ice_pick")"#, focus, |s| {
        let capped = s.chosen("downtime", "minimal") || s.any("history", &PREG_OR_BF);
        let want = if capped { Tier::Consider } else { Tier::Suited };
        assert_eq!(s.tier("tca_cross"), Some(want), "{s}");
        assert!(s.listed("punch_techniques"), "{s}");
        assert!(
            s.reasons("tca_cross")
                .iter()
                .any(|r| r.contains("do little on their own")),
            "{s}"
        );
    });
}

#[test]
fn row_rolling_scars() {
    let focus = on()
        .treatment("subcision")
        .treatment("fillers")
        .reads(r#"chosen("downtime", "minimal")"#)
        .reads(r#"any_of("history", ["pregnant", "breastfeeding"])"#);
    every(r#"chosen("scar_types", "rolling")"#, focus, |s| {
        let capped = s.chosen("downtime", "minimal") || s.any("history", &PREG_OR_BF);
        let want = if capped { Tier::Consider } else { Tier::Suited };
        assert_eq!(s.tier("subcision"), Some(want), "{s}");
        let fillers = if s.chosen("history", "pregnant") {
            Tier::NotAdvised
        } else {
            Tier::Consider
        };
        assert_eq!(s.tier("fillers"), Some(fillers), "{s}");
    });
}

#[test]
fn row_boxcar_scars() {
    let focus = on()
        .treatment("nonablative_fractional")
        .treatment("rf_microneedling")
        .treatment("picosecond_fractional")
        .treatment("ablative_fractional")
        .treatment("punch_techniques");
    every(r#"chosen("scar_types", "boxcar")"#, focus, |s| {
        let preg = s.any("history", &PREG_OR_BF);
        let want = if preg { Tier::Consider } else { Tier::Suited };
        assert_eq!(s.tier("nonablative_fractional"), Some(want), "{s}");
        assert!(
            s.listed("rf_microneedling") && s.listed("picosecond_fractional"),
            "{s}"
        );
        assert!(s.tier("ablative_fractional").is_some(), "{s}");
        if s.any("severity", &["grade_3", "grade_4"]) {
            assert!(s.listed("punch_techniques"), "{s}");
        }
    });
}

#[test]
fn row_raised_or_keloid_scars() {
    every(
        r#"any_of("scar_types", ["raised", "keloid"])"#,
        on().treatment("steroid_injection")
            .note("maintenance")
            .treatment("vascular_laser"),
        |s| {
            let want = if s.any("history", &PREG_OR_BF) {
                Tier::Consider
            } else {
                Tier::Suited
            };
            assert_eq!(s.tier("steroid_injection"), Some(want), "{s}");
            assert!(s.note("maintenance"), "{s}");
            assert!(s.listed("vascular_laser"), "{s}");
        },
    );
}

#[test]
fn row_keloid_scars_or_keloid_tendency() {
    let when = r#"any([chosen("scar_types", "keloid"), chosen("history", "keloid_tendency")])"#;
    every(
        when,
        on().treatment("ablative_full")
            .treatment("ablative_fractional")
            .caveat("keloid_tendency"),
        |s| {
            assert_eq!(s.tier("ablative_full"), Some(Tier::NotAdvised), "{s}");
            assert_ne!(s.tier("ablative_fractional"), Some(Tier::Suited), "{s}");
            assert_eq!(s.level("keloid_tendency"), Some(Level::Discuss), "{s}");
        },
    );
}

#[test]
fn row_red_marks() {
    every(
        r#"chosen("scar_types", "red_marks")"#,
        on().treatment("vascular_laser").treatment("skin_care"),
        |s| {
            let capped = s.any("skin_type", &["type_5", "type_6"]) || s.any("history", &PREG_OR_BF);
            let want = if capped { Tier::Consider } else { Tier::Suited };
            assert_eq!(s.tier("vascular_laser"), Some(want), "{s}");
            assert_eq!(s.tier("skin_care"), Some(Tier::Suited), "{s}");
        },
    );
}

#[test]
fn row_dark_marks() {
    every(
        r#"chosen("scar_types", "dark_marks")"#,
        on().treatment("skin_care").treatment("chemical_peels"),
        |s| {
            assert_eq!(s.tier("skin_care"), Some(Tier::Suited), "{s}");
            assert_eq!(s.tier("chemical_peels"), Some(Tier::Consider), "{s}");
        },
    );
}

#[test]
fn row_only_flat_marks() {
    let when = r#"all([any_of("scar_types", ["red_marks", "dark_marks"]), not(any_of("scar_types", ["ice_pick", "boxcar", "rolling", "raised", "keloid"]))])"#;
    every(
        when,
        on().treatment("skin_care")
            .treatment("ablative_fractional")
            .treatment("ablative_full"),
        |s| {
            assert_eq!(s.tier("skin_care"), Some(Tier::Suited), "{s}");
            assert_ne!(s.tier("ablative_fractional"), Some(Tier::Suited), "{s}");
            assert_ne!(s.tier("ablative_full"), Some(Tier::Suited), "{s}");
        },
    );
}

/// For visible dents in skin types 1 to 3 the ablative fractional laser is
/// suited exactly when nothing calls for caution.
#[test]
fn row_moderate_or_severe_dents_in_skin_types_1_to_3() {
    let when = r#"all([any_of("scar_types", ["ice_pick", "boxcar", "rolling"]), any_of("severity", ["grade_3", "grade_4"]), any_of("skin_type", ["type_1", "type_2", "type_3"])])"#;
    let (mut suited, mut not) = (0u128, 0u128);
    every(
        when,
        on().treatment("ablative_fractional")
            .note("combination")
            .reads(r#"any_of("scar_types", ["boxcar", "rolling"])"#),
        |s| {
            let caution = s.chosen("downtime", "minimal")
                || s.chosen("scar_types", "keloid")
                || s.chosen("history", "keloid_tendency")
                || s.any("history", &PREG_OR_BF)
                || !s.any("scar_types", &["boxcar", "rolling"]);
            let want = if caution {
                Tier::Consider
            } else {
                Tier::Suited
            };
            assert_eq!(s.tier("ablative_fractional"), Some(want), "{s}");
            assert!(s.note("combination"), "{s}");
            if caution {
                not += s.count
            } else {
                suited += s.count
            }
        },
    );
    assert!(suited > 0 && not > 0);
}

#[test]
fn row_skin_types_4_to_6() {
    let mut focus = on()
        .treatment("ablative_full")
        .treatment("ablative_fractional")
        .treatment("chemical_peels")
        .caveat("pigmentation_risk");
    for t in LASER_PEEL_NEEDLING {
        focus = focus.treatment(t);
    }
    every(
        r#"any_of("skin_type", ["type_4", "type_5", "type_6"])"#,
        focus,
        |s| {
            assert_eq!(s.tier("ablative_full"), Some(Tier::NotAdvised), "{s}");
            assert_ne!(s.tier("ablative_fractional"), Some(Tier::Suited), "{s}");
            assert_ne!(s.tier("chemical_peels"), Some(Tier::Suited), "{s}");
            let listed = LASER_PEEL_NEEDLING.iter().any(|t| s.listed(t));
            let want = if listed { Some(Level::Discuss) } else { None };
            assert_eq!(s.level("pigmentation_risk"), want, "{s}");
        },
    );
}

#[test]
fn row_active_acne() {
    every(
        r#"chosen("active_acne", "frequent")"#,
        on().treatment("acne_control")
            .caveat("active_acne")
            .note("new_scars"),
        |s| {
            assert_eq!(s.tier("acne_control"), Some(Tier::Suited), "{s}");
            assert_eq!(s.level("active_acne"), Some(Level::Defer), "{s}");
            assert!(s.note("new_scars"), "{s}");
        },
    );
    every(
        r#"chosen("active_acne", "occasional")"#,
        on().treatment("acne_control")
            .caveat("active_acne")
            .note("new_scars"),
        |s| {
            assert_eq!(s.tier("acne_control"), Some(Tier::Consider), "{s}");
            assert_eq!(s.level("active_acne"), Some(Level::Discuss), "{s}");
            assert!(s.note("new_scars"), "{s}");
        },
    );
}

#[test]
fn row_isotretinoin() {
    every(
        r#"chosen("history", "isotretinoin")"#,
        on().treatment("ablative_full").caveat("isotretinoin"),
        |s| {
            assert_eq!(s.tier("ablative_full"), Some(Tier::NotAdvised), "{s}");
            assert_eq!(s.level("isotretinoin"), Some(Level::Discuss), "{s}");
        },
    );
}

#[test]
fn row_history_caveats() {
    let cases = [
        ("recent_tan", "recent_tan", Level::Defer),
        (
            "photosensitizing_meds",
            "photosensitizing_meds",
            Level::Discuss,
        ),
        ("vitiligo", "vitiligo", Level::Discuss),
        ("smoker", "smoking", Level::Discuss),
    ];
    for (option, caveat, level) in cases {
        every(
            &format!(r#"chosen("history", "{option}")"#),
            on().caveat(caveat),
            |s| {
                assert_eq!(s.level(caveat), Some(level), "{s}");
            },
        );
        every(
            &format!(r#"not(chosen("history", "{option}"))"#),
            on().caveat(caveat),
            |s| {
                assert_eq!(s.level(caveat), None, "{s}");
            },
        );
    }
}

#[test]
fn row_always() {
    let notes = [
        "partial_improvement",
        "gradual_results",
        "multiple_sessions",
        "comfort",
        "sun_protection",
        "cost",
    ];
    let mut focus = on().caveat("practitioner");
    for n in notes {
        focus = focus.note(n);
    }
    every("always", focus, |s| {
        assert_eq!(s.level("practitioner"), Some(Level::Discuss), "{s}");
        for n in notes {
            assert!(s.note(n), "{n} for {s}");
        }
    });
}

#[test]
fn row_listed_notes() {
    every(
        "always",
        on().note("downtime")
            .treatment("ablative_fractional")
            .treatment("ablative_full"),
        |s| {
            assert_eq!(
                s.note("downtime"),
                s.listed("ablative_fractional") || s.listed("ablative_full"),
                "{s}"
            );
        },
    );
    every(
        "always",
        on().note("maintenance")
            .treatment("fillers")
            .reads(r#"any_of("scar_types", ["raised", "keloid"])"#),
        |s| {
            let want = s.listed("fillers") || s.any("scar_types", &["raised", "keloid"]);
            assert_eq!(s.note("maintenance"), want, "{s}");
        },
    );
}
