//! The engine on a small inline dataset: tier precedence, limits, caveat
//! levels, `listed`, hidden answers, ordering and reasons.

use scarguide::advice::evaluate;
use scarguide::dataset::{check_text, Dataset, Level, Tier};
use scarguide::interview::Answers;

const DATA: &str = r#"(
    meta: (title: "T", version: "1", reviewed: "2026-01-01", disclaimer: "Education only."),
    questions: [
        (id: "a", title: "A", prompt: "A?", help: "h", kind: several, options: [
            (id: "x", label: "X"), (id: "y", label: "Y"), (id: "z", label: "Z"),
            (id: "none", label: "None", exclusive: true),
        ]),
        (id: "b", title: "B", prompt: "B?", help: "h", kind: one, optional: true,
            show_if: chosen("a", "z"),
            options: [(id: "p", label: "P"), (id: "q", label: "Q")]),
    ],
    treatments: [
        (id: "t1", name: "One", category: "c", summary: "s", sessions: "s", downtime: "d", what_to_expect: "w", risks: "r", references: ["r"]),
        (id: "t2", name: "Two", category: "c", summary: "s", sessions: "s", downtime: "d", what_to_expect: "w", risks: "r", references: ["r"]),
        (id: "t3", name: "Three", category: "c", summary: "s", sessions: "s", downtime: "d", what_to_expect: "w", risks: "r", references: ["r"]),
    ],
    caveats: [
        (id: "c1", title: "C1", text: "t", references: ["r"]),
        (id: "c2", title: "C2", text: "t", references: ["r"]),
    ],
    notes: [
        (id: "n1", title: "N1", text: "t", references: ["r"]),
        (id: "n2", title: "N2", text: "t", references: ["r"]),
    ],
    rules: [
        (when: chosen("a", "x"), then: [
            treatment(id: "t2", tier: suited, reason: "x suits t2."),
            treatment(id: "t1", tier: suited, reason: "x suits t1."),
            caveat(id: "c2", level: info),
        ]),
        (when: chosen("a", "y"), then: [
            treatment(id: "t1", tier: not_advised, reason: "y rules out t1."),
            caveat(id: "c2", level: defer, reason: "y defers."),
        ]),
        (when: any([chosen("a", "x"), chosen("a", "y")]), then: [
            treatment(id: "t1", tier: consider, reason: "x or y: t1 may fit."),
            caveat(id: "c1", level: discuss),
        ]),
        (when: chosen("a", "z"), then: [limit(id: "t2", tier: consider, reason: "z caps t2.")]),
        (when: chosen("b", "p"), then: [treatment(id: "t3", tier: consider, reason: "p: t3.")]),
        (when: listed(["t2"]), then: [note(id: "n2", reason: "Because t2 is listed.")]),
        (when: not(answered("a")), then: [note(id: "n1")]),
    ],
    references: [(id: "r", citation: "A source.")],
)"#;

fn data() -> Dataset {
    let checked = check_text("inline", DATA).unwrap();
    assert!(!checked.has_errors(), "{:?}", checked.problems);
    checked.dataset
}

fn answers(data: &Dataset, a: &[&str], b: &[&str]) -> Answers {
    let mut ans = Answers::new();
    ans.set(data.question("a").unwrap(), a);
    ans.set(data.question("b").unwrap(), b);
    ans
}

#[test]
fn one_rule_one_tier() {
    let d = data();
    let adv = evaluate(&d, &answers(&d, &["x"], &[]));
    // t1 suited by rule 1 but consider by rule 3: the more cautious wins.
    assert_eq!(adv.tier_of("t1"), Some(Tier::Consider));
    assert_eq!(adv.tier_of("t2"), Some(Tier::Suited));
    assert_eq!(
        adv.tier_of("t3"),
        None,
        "treatments no rule mentions are left out"
    );
}

#[test]
fn most_cautious_tier_wins_and_every_reason_is_kept() {
    let d = data();
    let adv = evaluate(&d, &answers(&d, &["x", "y"], &[]));
    let t1 = adv
        .treatments
        .iter()
        .find(|t| t.treatment.id == "t1")
        .unwrap();
    assert_eq!(t1.tier, Tier::NotAdvised);
    assert_eq!(
        t1.reasons,
        vec!["x suits t1.", "y rules out t1.", "x or y: t1 may fit."],
        "reasons in rule order, none dropped"
    );
}

#[test]
fn most_cautious_caveat_level_wins() {
    let d = data();
    let adv = evaluate(&d, &answers(&d, &["x"], &[]));
    assert_eq!(adv.level_of("c2"), Some(Level::Info));
    let adv = evaluate(&d, &answers(&d, &["x", "y"], &[]));
    assert_eq!(adv.level_of("c2"), Some(Level::Defer), "defer beats info");
    let c2 = adv.caveats.iter().find(|c| c.caveat.id == "c2").unwrap();
    assert_eq!(c2.reasons, vec!["y defers."]);
}

#[test]
fn limit_caps_but_never_adds() {
    let d = data();
    let adv = evaluate(&d, &answers(&d, &["x", "z"], &[]));
    let t2 = adv
        .treatments
        .iter()
        .find(|t| t.treatment.id == "t2")
        .unwrap();
    assert_eq!(t2.tier, Tier::Consider);
    assert_eq!(t2.reasons, vec!["x suits t2.", "z caps t2."]);
    let adv = evaluate(&d, &answers(&d, &["z"], &[]));
    assert_eq!(
        adv.tier_of("t2"),
        None,
        "a limit alone does not list a treatment"
    );
}

#[test]
fn listed_sees_the_treatments_rules_produced() {
    let d = data();
    let adv = evaluate(&d, &answers(&d, &["x"], &[]));
    assert!(adv.has_note("n2"));
    let adv = evaluate(&d, &answers(&d, &["y"], &[]));
    assert!(!adv.has_note("n2"), "t2 is not listed for y");
}

#[test]
fn not_and_answered() {
    let d = data();
    assert!(evaluate(&d, &Answers::new()).has_note("n1"));
    assert!(!evaluate(&d, &answers(&d, &["y"], &[])).has_note("n1"));
}

#[test]
fn answers_to_hidden_questions_do_not_count() {
    let d = data();
    let adv = evaluate(&d, &answers(&d, &["x"], &["p"]));
    assert_eq!(adv.tier_of("t3"), None, "b is hidden unless z is chosen");
    assert!(adv.answers.get("b").is_empty());
    let adv = evaluate(&d, &answers(&d, &["z"], &["p"]));
    assert_eq!(adv.tier_of("t3"), Some(Tier::Consider));
}

#[test]
fn stable_order_by_tier_then_dataset_order() {
    let d = data();
    let adv = evaluate(&d, &answers(&d, &["x", "y", "z"], &["p"]));
    let order: Vec<(&str, Tier)> = adv
        .treatments
        .iter()
        .map(|t| (t.treatment.id.as_str(), t.tier))
        .collect();
    assert_eq!(
        order,
        vec![
            ("t2", Tier::Consider),
            ("t3", Tier::Consider),
            ("t1", Tier::NotAdvised)
        ]
    );
    let levels: Vec<&str> = adv.caveats.iter().map(|c| c.caveat.id.as_str()).collect();
    assert_eq!(levels, vec!["c2", "c1"], "defer before discuss");
}

#[test]
fn evaluate_is_deterministic() {
    let d = data();
    let a = answers(&d, &["x", "y", "z"], &["q"]);
    let first = evaluate(&d, &a);
    for _ in 0..20 {
        assert_eq!(evaluate(&d, &a), first);
    }
}
