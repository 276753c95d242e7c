//! Issue 11, safety points 1 to 3, checked through the real engine for
//! EVERY answer set that matches each point: the answer space is split into
//! classes the rules involved cannot tell apart (`scarguide::audit::space`),
//! and one member of each class is evaluated.

mod common;

use common::every::{every, on, LASER_PEEL_NEEDLING, PROCEDURES};
use scarguide::dataset::{Level, Tier};

const PREGNANT_OR_BREASTFEEDING: &str = r#"any_of("history", ["pregnant", "breastfeeding"])"#;

// ---- 1. Pregnancy and acne medicines -----------------------------------

#[test]
fn p1_pregnant_or_breastfeeding_always_defers_with_the_pregnancy_caveat() {
    every(PREGNANT_OR_BREASTFEEDING, on().caveat("pregnancy"), |s| {
        assert_eq!(s.level("pregnancy"), Some(Level::Defer), "{s}");
    });
    // ...and never without one of them.
    every(
        r#"not(any_of("history", ["pregnant", "breastfeeding"]))"#,
        on().caveat("pregnancy"),
        |s| {
            assert_eq!(s.level("pregnancy"), None, "{s}");
        },
    );
}

#[test]
fn p1_pregnancy_caveat_does_not_open_with_reassurance() {
    let text = common::every::caveat_text("pregnancy").to_lowercase();
    assert!(!text.contains("no proof"), "{text}");
    assert!(text.contains("put off"), "{text}");
}

#[test]
fn p1_pregnant_with_isotretinoin_or_prescribed_care_defers_for_medicines() {
    let when = r#"all([chosen("history", "pregnant"), any([chosen("history", "isotretinoin"), chosen("acne_treated", "prescribed")])])"#;
    let n = every(when, on().caveat("pregnancy_medicines"), |s| {
        assert_eq!(s.level("pregnancy_medicines"), Some(Level::Defer), "{s}");
    });
    assert!(n > 1_000_000, "only {n} answer sets matched");
}

#[test]
fn p1_pregnancy_medicines_only_for_pregnant_people() {
    every(
        r#"not(chosen("history", "pregnant"))"#,
        on().caveat("pregnancy_medicines"),
        |s| {
            assert_eq!(s.level("pregnancy_medicines"), None, "{s}");
        },
    );
}

#[test]
fn p1_pregnant_using_shop_products_is_told_to_check_them() {
    let when = r#"all([chosen("history", "pregnant"), chosen("acne_treated", "shop_products")])"#;
    every(when, on().caveat("pregnancy_medicines"), |s| {
        assert!(
            matches!(
                s.level("pregnancy_medicines"),
                Some(Level::Defer | Level::Discuss)
            ),
            "{s}"
        );
    });
}

#[test]
fn p1_pregnancy_medicines_names_what_to_stop_in_plain_words() {
    let text = common::every::caveat_text("pregnancy_medicines").to_lowercase();
    for word in [
        "isotretinoin",
        "stop it",
        "call the doctor",
        "today",
        "doxycycline",
        "minocycline",
        "spironolactone",
        "retinoid creams",
        "tretinoin",
        "adapalene",
    ] {
        assert!(text.contains(word), "missing {word:?} in: {text}");
    }
}

#[test]
fn p1_no_reason_says_keep_going_when_pregnant_or_breastfeeding() {
    for t in common::every::treatment_ids() {
        every(PREGNANT_OR_BREASTFEEDING, on().treatment(&t), |s| {
            for r in s.reasons(&t) {
                assert!(
                    !r.to_lowercase().contains("keep going"),
                    "{t}: {r:?} for {s}"
                );
            }
        });
    }
}

#[test]
fn p1_no_procedure_is_suited_when_pregnant_or_breastfeeding() {
    for t in PROCEDURES {
        let n = every(PREGNANT_OR_BREASTFEEDING, on().treatment(t), |s| {
            assert_ne!(s.tier(t), Some(Tier::Suited), "{t} for {s}");
            if s.tier(t).is_some() {
                let why = s.reasons(t).join(" ");
                assert!(
                    why.contains("put off")
                        || why.contains("not used in pregnancy")
                        || why.contains("avoided in pregnancy"),
                    "{t} does not say why: {why}"
                );
            }
        });
        assert!(n > 0, "{t}: nothing matched");
    }
}

#[test]
fn p1_fillers_are_avoided_in_pregnancy_and_say_why() {
    every(
        r#"chosen("history", "pregnant")"#,
        on().treatment("fillers"),
        |s| {
            if let Some(tier) = s.tier("fillers") {
                assert_eq!(tier, Tier::NotAdvised, "{s}");
                assert!(
                    s.reasons("fillers")
                        .iter()
                        .any(|r| r.contains("not used in pregnancy")),
                    "{s}"
                );
            }
        },
    );
}

#[test]
fn p1_tca_says_why_in_pregnancy() {
    for t in ["tca_cross", "chemical_peels"] {
        every(r#"chosen("history", "pregnant")"#, on().treatment(t), |s| {
            if s.tier(t).is_some() {
                assert!(
                    s.reasons(t).iter().any(|r| r.contains("TCA")),
                    "{t} for {s}"
                );
            }
        });
    }
}

#[test]
fn combination_pregnant_and_isotretinoin() {
    let when = r#"all([chosen("history", "pregnant"), chosen("history", "isotretinoin")])"#;
    every(
        when,
        on().caveat("pregnancy_medicines")
            .caveat("pregnancy")
            .caveat("isotretinoin")
            .treatment("ablative_full"),
        |s| {
            assert_eq!(s.level("pregnancy_medicines"), Some(Level::Defer), "{s}");
            assert_eq!(s.level("pregnancy"), Some(Level::Defer), "{s}");
            assert_eq!(s.level("isotretinoin"), Some(Level::Discuss), "{s}");
            assert_eq!(s.tier("ablative_full"), Some(Tier::NotAdvised), "{s}");
        },
    );
}

#[test]
fn combination_pregnant_and_prescribed_acne_care() {
    let when = r#"all([chosen("history", "pregnant"), chosen("acne_treated", "prescribed")])"#;
    every(
        when,
        on().caveat("pregnancy_medicines").treatment("acne_control"),
        |s| {
            assert_eq!(s.level("pregnancy_medicines"), Some(Level::Defer), "{s}");
            let why = s.reasons("acne_control").join(" ");
            assert!(why.contains("You are pregnant."), "{why}");
            assert!(!why.to_lowercase().contains("keep going"), "{why}");
        },
    );
}

#[test]
fn combination_breastfeeding_with_ice_pick_scars() {
    let when = r#"all([chosen("history", "breastfeeding"), chosen("scar_types", "ice_pick")])"#;
    let focus = on()
        .treatment("tca_cross")
        .treatment("punch_techniques")
        .caveat("pregnancy")
        .caveat("pregnancy_medicines")
        .reads(r#"chosen("history", "pregnant")"#);
    every(when, focus, |s| {
        assert_eq!(s.tier("tca_cross"), Some(Tier::Consider), "{s}");
        assert!(
            s.reasons("tca_cross")
                .iter()
                .any(|r| r.contains("put off until you stop")),
            "{s}"
        );
        assert_eq!(s.tier("punch_techniques"), Some(Tier::Consider), "{s}");
        assert_eq!(s.level("pregnancy"), Some(Level::Defer), "{s}");
        if !s.chosen("history", "pregnant") {
            assert_eq!(s.level("pregnancy_medicines"), None, "{s}");
        }
    });
}

// ---- 2. Cold sores ------------------------------------------------------

#[test]
fn p2_cold_sores_are_raised_whenever_a_laser_peel_or_needling_is_listed() {
    let mut focus = on().caveat("cold_sores");
    for t in LASER_PEEL_NEEDLING {
        focus = focus.treatment(t);
    }
    let (mut discussed, mut noted) = (0u128, 0u128);
    every(r#"chosen("history", "cold_sores")"#, focus.clone(), |s| {
        if LASER_PEEL_NEEDLING.iter().any(|t| s.listed(t)) {
            assert_eq!(s.level("cold_sores"), Some(Level::Discuss), "{s}");
            discussed += s.count;
        } else {
            assert_eq!(s.level("cold_sores"), Some(Level::Info), "{s}");
            noted += s.count;
        }
    });
    assert!(discussed > 0 && noted > 0, "{discussed} {noted}");
    every(r#"not(chosen("history", "cold_sores"))"#, focus, |s| {
        assert_eq!(s.level("cold_sores"), None, "{s}");
    });
}

#[test]
fn p2_antivirals_are_for_everyone_before_ablative_lasers() {
    for t in ["ablative_fractional", "ablative_full"] {
        let risks = common::every::treatment_field(t, "risks");
        assert!(
            risks.contains("antiviral tablets are usually given to everyone"),
            "{t}: {risks}"
        );
    }
    let text = common::every::caveat_text("cold_sores");
    assert!(text.contains("given to everyone"), "{text}");
}

// ---- 3. New safety questions -------------------------------------------

#[test]
fn p3_the_new_questions_are_optional_and_say_why_they_are_asked() {
    let q = common::every::question("more_health");
    assert!(q.optional && q.show_if.is_none());
    assert!(!q.help.is_empty());
    for o in &q.options {
        if !o.exclusive {
            assert!(o.description.len() > 40, "{}: say why it is asked", o.id);
        }
    }
}

#[test]
fn p3_blood_thinners_are_discussed_when_needles_or_cuts_are_listed() {
    let focus = on()
        .caveat("blood_thinners")
        .treatment("subcision")
        .treatment("fillers")
        .treatment("punch_techniques");
    every(r#"chosen("more_health", "blood_thinners")"#, focus, |s| {
        let cut = ["subcision", "fillers", "punch_techniques"]
            .iter()
            .any(|t| s.listed(t));
        let want = if cut { Level::Discuss } else { Level::Info };
        assert_eq!(s.level("blood_thinners"), Some(want), "{s}");
    });
}

#[test]
fn p3_a_pacemaker_or_metal_implant_keeps_rf_microneedling_at_most_consider() {
    every(
        r#"chosen("more_health", "metal_implant")"#,
        on().treatment("rf_microneedling").caveat("metal_implant"),
        |s| {
            assert_ne!(s.tier("rf_microneedling"), Some(Tier::Suited), "{s}");
            if s.listed("rf_microneedling") {
                assert_eq!(s.level("metal_implant"), Some(Level::Discuss), "{s}");
            }
        },
    );
}

#[test]
fn p3_melasma_and_permanent_filler_are_raised() {
    let mut focus = on().caveat("melasma");
    for t in LASER_PEEL_NEEDLING {
        focus = focus.treatment(t);
    }
    every(r#"chosen("more_health", "melasma")"#, focus, |s| {
        let want = if LASER_PEEL_NEEDLING.iter().any(|t| s.listed(t)) {
            Level::Discuss
        } else {
            Level::Info
        };
        assert_eq!(s.level("melasma"), Some(want), "{s}");
    });
    every(
        r#"chosen("more_health", "permanent_filler")"#,
        on().caveat("permanent_filler"),
        |s| {
            assert!(s.level("permanent_filler").is_some(), "{s}");
        },
    );
}
