//! The shipped dataset as a whole: the contract vocabulary, references,
//! questions to ask, claims it must never make, and the example files.

mod common;

use std::path::Path;

use common::every::data;
use scarguide::advice::evaluate;
use scarguide::dataset;
use scarguide::interview::{file, visibility, Answers};

const CONTRACT: [(&str, &[&str]); 6] = [
    (
        "scar_types",
        &[
            "ice_pick",
            "boxcar",
            "rolling",
            "raised",
            "keloid",
            "red_marks",
            "dark_marks",
        ],
    ),
    ("severity", &["grade_1", "grade_2", "grade_3", "grade_4"]),
    (
        "skin_type",
        &["type_1", "type_2", "type_3", "type_4", "type_5", "type_6"],
    ),
    ("active_acne", &["none", "occasional", "frequent"]),
    (
        "history",
        &[
            "isotretinoin",
            "cold_sores",
            "keloid_tendency",
            "pregnant",
            "breastfeeding",
            "recent_tan",
            "photosensitizing_meds",
            "vitiligo",
            "smoker",
            "none",
        ],
    ),
    ("downtime", &["minimal", "week", "two_weeks"]),
];

#[test]
fn contract_vocabulary_is_present() {
    let d = data();
    for (q, opts) in CONTRACT {
        let question = d
            .question(q)
            .unwrap_or_else(|| panic!("missing question {q}"));
        assert!(
            !question.optional && question.show_if.is_none(),
            "{q} must always be asked"
        );
        for o in opts {
            assert!(question.option(o).is_some(), "{q} lacks {o}");
        }
    }
    assert!(d
        .question("history")
        .and_then(|q| q.option("none"))
        .is_some_and(|o| o.exclusive));
    let order: Vec<&str> = d
        .questions
        .iter()
        .map(|q| q.id.as_str())
        .filter(|id| CONTRACT.iter().any(|(q, _)| q == id))
        .collect();
    assert_eq!(order, CONTRACT.map(|(q, _)| q));
    // Further questions must not break contract answers files.
    for q in &d.questions {
        if !CONTRACT.iter().any(|(id, _)| *id == q.id) {
            assert!(
                q.optional || q.show_if.is_some(),
                "{} must be optional or conditional",
                q.id
            );
        }
    }
    let treatments = [
        "ablative_fractional",
        "ablative_full",
        "nonablative_fractional",
        "picosecond_fractional",
        "rf_microneedling",
        "microneedling",
        "vascular_laser",
        "subcision",
        "tca_cross",
        "punch_techniques",
        "fillers",
        "chemical_peels",
        "steroid_injection",
        "skin_care",
        "acne_control",
    ];
    let caveats = [
        "pigmentation_risk",
        "isotretinoin",
        "active_acne",
        "cold_sores",
        "keloid_tendency",
        "recent_tan",
        "photosensitizing_meds",
        "pregnancy",
        "pregnancy_medicines",
        "vitiligo",
        "smoking",
        "practitioner",
    ];
    let notes = [
        "multiple_sessions",
        "gradual_results",
        "partial_improvement",
        "downtime",
        "comfort",
        "new_scars",
        "sun_protection",
        "cost",
        "maintenance",
    ];
    for t in treatments {
        assert!(
            d.treatments.iter().any(|x| x.id == t),
            "missing treatment {t}"
        );
    }
    for c in caveats {
        assert!(d.caveats.iter().any(|x| x.id == c), "missing caveat {c}");
    }
    for n in notes {
        assert!(d.notes.iter().any(|x| x.id == n), "missing note {n}");
    }
}

#[test]
fn every_item_cites_a_known_reference_and_asks_two_or_three_questions() {
    let d = data();
    let lists = d
        .treatments
        .iter()
        .map(|t| (t.id.as_str(), &t.references))
        .chain(d.caveats.iter().map(|c| (c.id.as_str(), &c.references)))
        .chain(d.notes.iter().map(|n| (n.id.as_str(), &n.references)));
    for (id, refs) in lists {
        assert!(!refs.is_empty(), "{id} cites no reference");
        for r in refs {
            assert!(d.reference(r).is_some(), "{id} cites unknown {r}");
        }
    }
    for t in &d.treatments {
        assert!((2..=3).contains(&t.questions_to_ask.len()), "{}", t.id);
    }
}

#[test]
fn no_banned_claims_in_the_text() {
    let text = dataset::EMBEDDED.to_lowercase();
    for banned in [
        "painless",
        "25–75",
        "25-75",
        "25 to 75",
        "once and for all",
        "cannot come back",
        "no proof",
        "cure",
    ] {
        assert!(
            !text.contains(banned),
            "the dataset must not say {banned:?}"
        );
    }
}

#[test]
fn follow_up_question_acne_treated_is_shown_only_with_active_acne() {
    let d = data();
    let q = d.question("acne_treated").expect("question");
    assert!(q.optional && q.show_if.is_some());
    for (acne, shown) in [("none", false), ("occasional", true), ("frequent", true)] {
        let mut a = Answers::new();
        a.set(d.question("active_acne").expect("question"), &[acne]);
        assert_eq!(visibility::is_shown(q, &a), shown, "{acne}");
    }
    assert!(!visibility::is_shown(q, &Answers::new()));
}

#[test]
fn every_example_answers_file_loads_cleanly_and_gives_advice() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/examples");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).expect("examples") {
        let path = entry.expect("entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("ron") {
            continue;
        }
        n += 1;
        let loaded =
            file::read(&path, data()).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(
            loaded.problems.is_empty(),
            "{}: {:?}",
            path.display(),
            loaded.problems
        );
        let unanswered = visibility::unanswered(data(), &loaded.answers);
        assert!(
            unanswered.iter().all(|q| q.optional),
            "{} leaves contract questions unanswered",
            path.display()
        );
        let advice = evaluate(data(), &loaded.answers);
        assert!(
            advice.treatments.iter().any(|t| t.tier.is_listed()),
            "{}",
            path.display()
        );
    }
    assert!(n >= 10, "expected the ten example profiles, found {n}");
}
