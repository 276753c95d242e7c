//! The demand semantics, written out case by case as tables so a change to
//! the comparisons in `meets` cannot pass unnoticed.

use std::collections::HashMap;

use super::*;
use crate::advice::evaluate;
use crate::dataset::check_text;
use crate::interview::Answers;

/// Advice reduced to what demands read.
#[derive(Default)]
struct Fake {
    tiers: HashMap<&'static str, Tier>,
    levels: HashMap<&'static str, Level>,
    notes: Vec<&'static str>,
    conflicts: Vec<&'static str>,
}

impl Shown for Fake {
    fn tier(&self, t: &str) -> Option<Tier> {
        self.tiers.get(t).copied()
    }
    fn level(&self, c: &str) -> Option<Level> {
        self.levels.get(c).copied()
    }
    fn has_note(&self, n: &str) -> bool {
        self.notes.contains(&n)
    }
    fn has_conflict(&self, k: &str) -> bool {
        self.conflicts.contains(&k)
    }
    fn any_listed(&self) -> bool {
        self.tiers.values().any(|t| t.is_listed())
    }
}

fn with_tier(tier: Option<Tier>) -> Fake {
    let mut f = Fake::default();
    if let Some(t) = tier {
        f.tiers.insert("t", t);
    }
    f
}

fn with_level(level: Option<Level>) -> Fake {
    let mut f = Fake::default();
    if let Some(l) = level {
        f.levels.insert("c", l);
    }
    f
}

use Level::{Defer, Discuss, Info};
use Tier::{Consider, NotAdvised, Suited};

/// (what the advice has, demanded tier, at_most, at_least, exactly)
const TIERS: &[(Option<Tier>, Tier, bool, bool, bool)] = &[
    (None, Suited, true, false, false),
    (None, Consider, true, false, false),
    (None, NotAdvised, true, false, false),
    (Some(Suited), Suited, true, true, true),
    (Some(Suited), Consider, false, true, false),
    (Some(Suited), NotAdvised, false, true, false),
    (Some(Consider), Suited, true, false, false),
    (Some(Consider), Consider, true, true, true),
    (Some(Consider), NotAdvised, false, true, false),
    (Some(NotAdvised), Suited, true, false, false),
    (Some(NotAdvised), Consider, true, false, false),
    (Some(NotAdvised), NotAdvised, true, true, true),
];

#[test]
fn tier_demands_follow_the_table() {
    for &(have, want, at_most, at_least, exactly) in TIERS {
        let a = with_tier(have);
        let t = "t".to_string();
        let why = format!("{have:?} vs {want:?}");
        assert_eq!(
            meets(&a, &Demand::AtMost(t.clone(), want)),
            at_most,
            "at_most {why}"
        );
        assert_eq!(
            meets(&a, &Demand::AtLeast(t.clone(), want)),
            at_least,
            "at_least {why}"
        );
        assert_eq!(
            meets(&a, &Demand::Exactly(t, want)),
            exactly,
            "exactly {why}"
        );
    }
}

/// (what the advice has, demanded level, caveat, caveat_exactly)
const LEVELS: &[(Option<Level>, Level, bool, bool)] = &[
    (None, Defer, false, false),
    (None, Discuss, false, false),
    (None, Info, false, false),
    (Some(Defer), Defer, true, true),
    (Some(Defer), Discuss, true, false),
    (Some(Defer), Info, true, false),
    (Some(Discuss), Defer, false, false),
    (Some(Discuss), Discuss, true, true),
    (Some(Discuss), Info, true, false),
    (Some(Info), Defer, false, false),
    (Some(Info), Discuss, false, false),
    (Some(Info), Info, true, true),
];

#[test]
fn caveat_demands_follow_the_table() {
    for &(have, want, at_least, exactly) in LEVELS {
        let a = with_level(have);
        let c = "c".to_string();
        let why = format!("{have:?} vs {want:?}");
        assert_eq!(
            meets(&a, &Demand::Caveat(c.clone(), want)),
            at_least,
            "caveat {why}"
        );
        assert_eq!(
            meets(&a, &Demand::CaveatExactly(c.clone(), want)),
            exactly,
            "exactly {why}"
        );
        assert_eq!(
            meets(&a, &Demand::NoCaveat(c)),
            have.is_none(),
            "no_caveat {why}"
        );
    }
}

#[test]
fn notes_and_conflicts_are_present_or_not() {
    let mut a = Fake::default();
    a.notes.push("n");
    a.conflicts.push("k");
    assert!(meets(&a, &Demand::Note("n".into())));
    assert!(!meets(&a, &Demand::NoNote("n".into())));
    assert!(!meets(&a, &Demand::Note("m".into())));
    assert!(meets(&a, &Demand::NoNote("m".into())));
    assert!(meets(&a, &Demand::Conflict("k".into())));
    assert!(!meets(&a, &Demand::NoConflict("k".into())));
    assert!(!meets(&a, &Demand::Conflict("j".into())));
    assert!(meets(&a, &Demand::NoConflict("j".into())));
}

#[test]
fn some_listed_needs_suited_or_consider_and_empty_means_any() {
    let list = |ids: &[&str]| Demand::SomeListed(ids.iter().map(|s| s.to_string()).collect());
    let mut a = Fake::default();
    assert!(!meets(&a, &list(&[])), "nothing listed at all");
    a.tiers.insert("x", NotAdvised);
    assert!(!meets(&a, &list(&[])), "not_advised is not listed");
    assert!(!meets(&a, &list(&["x", "y"])));
    a.tiers.insert("y", Consider);
    assert!(meets(&a, &list(&[])));
    assert!(meets(&a, &list(&["x", "y"])));
    assert!(!meets(&a, &list(&["x", "z"])));
    a.tiers.insert("z", Suited);
    assert!(meets(&a, &list(&["z"])));
}

#[test]
fn written_is_the_ron_the_clinician_wrote() {
    let d: Vec<Demand> = crate::dataset::load::parse_ron(
        "t",
        r#"[at_most("subcision", consider), caveat_exactly("c", info), some_listed(["a", "b"]), no_conflict("k")]"#,
    )
    .unwrap();
    let shown: Vec<String> = d.iter().map(written).collect();
    assert_eq!(
        shown,
        [
            r#"at_most("subcision", consider)"#,
            r#"caveat_exactly("c", info)"#,
            r#"some_listed(["a", "b"])"#,
            r#"no_conflict("k")"#,
        ]
    );
}

#[test]
fn found_says_what_the_advice_has() {
    let mut a = with_tier(Some(Suited));
    a.levels.insert("c", Info);
    let t = |tier| Demand::AtMost("t".into(), tier);
    assert_eq!(found(&a, &t(Consider)), "`t` is suited");
    assert_eq!(
        found(&a, &Demand::Exactly("u".into(), Suited)),
        "`u` is not listed"
    );
    assert_eq!(
        found(&a, &Demand::Caveat("c".into(), Defer)),
        "caveat `c` is at info"
    );
    assert_eq!(
        found(&a, &Demand::NoCaveat("d".into())),
        "caveat `d` is not raised"
    );
    assert_eq!(
        found(&a, &Demand::Note("n".into())),
        "note `n` is not shown"
    );
    assert_eq!(
        found(&a, &Demand::SomeListed(vec!["t".into(), "u".into()])),
        "`t` is suited, `u` is not listed"
    );
}

/// The `Shown` impl for real advice reads the same things the engine
/// produced.
#[test]
fn real_advice_is_judged_through_shown() {
    let text = r#"(
        meta: (title: "T", version: "1", reviewed: "2026-01-01", disclaimer: "Education only."),
        questions: [(id: "a", title: "A", prompt: "A?", help: "h", kind: several, options: [
            (id: "x", label: "X"), (id: "y", label: "Y")])],
        treatments: [
            (id: "t1", name: "T1", category: "c", summary: "s", sessions: "s", downtime: "d",
             what_to_expect: "w", risks: "r", references: []),
            (id: "t2", name: "T2", category: "c", summary: "s", sessions: "s", downtime: "d",
             what_to_expect: "w", risks: "r", references: []),
        ],
        caveats: [(id: "c1", title: "C", text: "t", references: [])],
        notes: [(id: "n1", title: "N", text: "t", references: [])],
        rules: [
            (when: chosen("a", "x"), then: [
                treatment(id: "t1", tier: suited, reason: "R."),
                treatment(id: "t2", tier: not_advised, reason: "R."),
                caveat(id: "c1", level: discuss),
            ]),
            (when: chosen("a", "y"), then: [limit(id: "t1", tier: consider, reason: "L."), note(id: "n1")]),
        ],
        conflicts: [(id: "k", when: all([chosen("a", "x"), chosen("a", "y")]), questions: ["a"], message: "M.")],
        references: [],
    )"#;
    let data = check_text("t", text).unwrap().dataset;
    let q = data.question("a").unwrap();
    let mut answers = Answers::new();
    answers.set(q, &["x"]);
    let advice = evaluate(&data, &answers);
    let d = |s: &str| -> Demand { crate::dataset::load::parse_ron("t", s).unwrap() };
    assert!(meets(&advice, &d(r#"exactly("t1", suited)"#)));
    assert!(meets(&advice, &d(r#"exactly("t2", not_advised)"#)));
    assert!(meets(&advice, &d(r#"caveat_exactly("c1", discuss)"#)));
    assert!(meets(&advice, &d(r#"no_note("n1")"#)));
    assert!(meets(&advice, &d(r#"no_conflict("k")"#)));
    assert!(meets(&advice, &d(r#"some_listed([])"#)));
    assert!(!meets(&advice, &d(r#"some_listed(["t2"])"#)));
    answers.set(q, &["x", "y"]);
    let advice = evaluate(&data, &answers);
    assert!(meets(&advice, &d(r#"exactly("t1", consider)"#)));
    assert!(meets(&advice, &d(r#"note("n1")"#)));
    assert!(meets(&advice, &d(r#"conflict("k")"#)));
}
