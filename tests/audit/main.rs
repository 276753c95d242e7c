//! `scarguide audit` against brute force: on small datasets every
//! complete answer set is evaluated one by one with `evaluate`, and every
//! count the audit gives (per guard: answer sets covered and violating,
//! the smallest counterexample; per rule: answer sets where it fires; each
//! lint finding) must be equal. Then the command itself (cli.rs), the lint
//! on a fixture with one of each finding (lint.rs), and the validation of
//! guards (validate.rs).

mod brute;
mod cli;
#[path = "../audit_space/data.rs"]
#[allow(dead_code)]
mod data;
mod lint;
mod validate;

use scarguide::advice::compiled::{Compiled, Item};
use scarguide::advice::demand::meets;
use scarguide::audit::demand::Need;
use scarguide::audit::{self, Audit};
use scarguide::dataset::{check_text, Condition, Dataset, Demand, Guard, Level, Tier};

pub const FIXTURE: &str = include_str!("../fixtures/audit.ron");

pub fn load(text: &str) -> Dataset {
    let checked = check_text("inline", text).unwrap();
    assert!(!checked.has_errors(), "{:?}", checked.problems);
    checked.dataset
}

/// Every kind of demand on every item of `data`, at every tier and level.
fn demands(data: &Dataset) -> Vec<Demand> {
    let mut out = Vec::new();
    for t in &data.treatments {
        for tier in Tier::ALL {
            out.push(Demand::AtMost(t.id.clone(), tier));
            out.push(Demand::AtLeast(t.id.clone(), tier));
            out.push(Demand::Exactly(t.id.clone(), tier));
        }
        out.push(Demand::SomeListed(vec![t.id.clone()]));
    }
    out.push(Demand::SomeListed(vec![]));
    for c in &data.caveats {
        for level in Level::ALL {
            out.push(Demand::Caveat(c.id.clone(), level));
            out.push(Demand::CaveatExactly(c.id.clone(), level));
        }
        out.push(Demand::NoCaveat(c.id.clone()));
    }
    for n in &data.notes {
        out.push(Demand::Note(n.id.clone()));
        out.push(Demand::NoNote(n.id.clone()));
    }
    for k in &data.conflicts {
        out.push(Demand::Conflict(k.id.clone()));
        out.push(Demand::NoConflict(k.id.clone()));
    }
    out
}

/// Conditions on the answers: always, each option chosen, each question
/// answered, a `not` and an `any`.
fn whens(data: &Dataset) -> Vec<Condition> {
    let mut out = vec![Condition::Always];
    for q in &data.questions {
        for o in &q.options {
            out.push(Condition::Chosen(q.id.clone(), o.id.clone()));
        }
        out.push(Condition::Answered(q.id.clone()));
    }
    let first = |i: usize| {
        let q = &data.questions[i];
        Condition::Chosen(q.id.clone(), q.options[0].id.clone())
    };
    out.push(Condition::Not(Box::new(first(0))));
    out.push(Condition::Any(vec![
        first(0),
        first(data.questions.len() - 1),
    ]));
    out
}

/// `data` with a guard for every (when, demand), and some with two
/// demands, replacing its own guards.
fn with_guards(mut data: Dataset) -> Dataset {
    let ds = demands(&data);
    let mut guards = Vec::new();
    for (w, when) in whens(&data).into_iter().enumerate() {
        for (i, d) in ds.iter().enumerate() {
            let mut then = vec![d.clone()];
            if i % 5 == 0 {
                then.push(ds[(i * 7 + w) % ds.len()].clone());
            }
            guards.push(Guard {
                id: format!("g{w}_{i}"),
                when: when.clone(),
                then,
                why: String::new(),
            });
        }
    }
    data.guards = guards;
    data
}

/// Runs the audit and the brute force on `data` and compares every fact.
fn compare(data: &Dataset) -> Audit {
    let audit = audit::run(data).unwrap();
    let all = brute::evaluated(data);
    assert_eq!(audit.answer_sets, all.len() as u128, "answer sets");
    assert_eq!(audit.proofs.len(), data.guards.len());
    let (mut broken, mut proved) = (0, 0);
    for (g, proof) in data.guards.iter().zip(&audit.proofs) {
        let (covered, violating, smallest) = brute::guard(data, g, &all);
        assert_eq!(
            (proof.covered, proof.violating),
            (covered, violating),
            "guard {} ({:?} then {:?})",
            g.id,
            g.when,
            g.then
        );
        let found = proof.counterexample.as_ref().map(|c| c.answers.clone());
        assert_eq!(found, smallest, "counterexample of {}", g.id);
        if violating > 0 {
            broken += 1;
        } else if covered > 0 {
            proved += 1;
        }
    }
    // The comparison means something only if both outcomes occur.
    if data.guards.len() > 100 {
        assert!(
            broken > 10 && proved > 10,
            "{broken} broken, {proved} proved"
        );
    }
    for (r, &n) in audit.lint.fires.iter().enumerate() {
        let expected = all
            .iter()
            .filter(|(a, advice)| brute::fires(data, r, a, advice))
            .count() as u128;
        assert_eq!(n, expected, "rule {}", r + 1);
    }
    lint_equals_brute_force(data, &audit, &all);
    audit
}

fn lint_equals_brute_force(
    data: &Dataset,
    audit: &Audit,
    all: &[(scarguide::interview::Answers, scarguide::advice::Advice)],
) {
    let lint = &audit.lint;
    // Capped effects: fired somewhere, never decisive.
    let mut capped: Vec<(usize, usize, bool)> = brute::effects(data, all)
        .into_iter()
        .filter(|(_, _, decisive, _)| !decisive)
        .map(|(r, e, _, by_limit)| (r, e, by_limit))
        .collect();
    capped.sort();
    let mut got: Vec<_> = lint
        .capped
        .iter()
        .map(|c| (c.rule, c.effect, c.by_limit))
        .collect();
    got.sort();
    assert_eq!(got, capped, "capped effects");
    // Never produced, tiers reached, conflicts matched.
    for (t, tr) in data.treatments.iter().enumerate() {
        let tiers: Vec<Option<Tier>> = all.iter().map(|(_, a)| a.tier_of(&tr.id)).collect();
        let never = tiers.iter().all(Option::is_none);
        assert_eq!(
            lint.never_produced.contains(&Item::Treatment(t)),
            never,
            "treatment {}",
            tr.id
        );
        for tier in Tier::ALL {
            let reached = tiers.contains(&Some(tier));
            let listed = lint
                .unreachable_tiers
                .iter()
                .any(|u| u.treatment == t && u.tier == tier);
            if reached || never {
                assert!(!listed, "{} {tier:?} is reached", tr.id);
            }
        }
    }
    for (c, cv) in data.caveats.iter().enumerate() {
        let never = all.iter().all(|(_, a)| a.level_of(&cv.id).is_none());
        assert_eq!(
            lint.never_produced.contains(&Item::Caveat(c)),
            never,
            "caveat {}",
            cv.id
        );
    }
    for (n, nv) in data.notes.iter().enumerate() {
        let never = all.iter().all(|(_, a)| !a.has_note(&nv.id));
        assert_eq!(
            lint.never_produced.contains(&Item::Note(n)),
            never,
            "note {}",
            nv.id
        );
    }
    for (k, kv) in data.conflicts.iter().enumerate() {
        let never = all
            .iter()
            .all(|(_, a)| !a.conflicts.iter().any(|c| c.conflict.id == kv.id));
        assert_eq!(
            lint.never_matching.contains(&k),
            never,
            "conflict {}",
            kv.id
        );
    }
    // A rule that never fires for complete answers, but does for some
    // answers file that skips a question.
    let partial: Vec<_> = brute::universe(data, true)
        .into_iter()
        .map(|a| {
            let advice = scarguide::advice::evaluate(data, &a);
            (a, advice)
        })
        .collect();
    for r in 0..data.rules.len() {
        let complete = lint.fires[r] > 0;
        let somewhere = partial.iter().any(|(a, adv)| brute::fires(data, r, a, adv));
        assert_eq!(
            lint.only_unanswered.contains(&r),
            !complete && somewhere,
            "rule {}",
            r + 1
        );
    }
}

/// The fast path's demands (by index, on the compiled outcome) mean what
/// `advice::demand::meets` says, and so does the brute force's reading of
/// the documentation, for every demand on every answer set.
#[test]
fn demands_mean_the_same_on_every_path() {
    for text in [data::D1, data::D2, FIXTURE] {
        let data = load(text);
        let compiled = Compiled::new(&data);
        let ds = demands(&data);
        let needs: Vec<Need> = ds.iter().map(|d| Need::new(&data, d).unwrap()).collect();
        let (mut met, mut unmet) = (0, 0);
        for (answers, advice) in brute::evaluated(&data) {
            let out = compiled.evaluate(&compiled.encode(&answers));
            for (d, need) in ds.iter().zip(&needs) {
                let expected = meets(&advice, d);
                assert_eq!(need.holds(&out), expected, "{d:?} for {answers:?}");
                assert_eq!(brute::demand_holds(d, &advice), expected, "{d:?}");
                if expected {
                    met += 1;
                } else {
                    unmet += 1;
                }
            }
        }
        assert!(met > 1000 && unmet > 1000, "{met} met, {unmet} not");
    }
}

#[test]
fn every_count_equals_brute_force_on_d1() {
    let data = with_guards(load(data::D1));
    compare(&data);
}

#[test]
fn every_count_equals_brute_force_on_d2() {
    let data = with_guards(load(data::D2));
    compare(&data);
}

#[test]
fn every_count_equals_brute_force_on_the_fixture() {
    let data = load(FIXTURE);
    let audit = compare(&data);
    assert_eq!(audit.broken().count(), 0, "the fixture's guards hold");
    compare(&with_guards(data));
}

#[test]
fn a_guard_broken_on_purpose_has_the_smallest_counterexample() {
    let text = FIXTURE.replace(
        r#"at_most("ablative_full", consider), at_least"#,
        r#"at_most("ablative_full", not_advised), at_least"#,
    );
    let data = load(&text);
    let audit = compare(&data);
    let p = &audit.proofs[0];
    assert!(!p.proved());
    // Rolling scars list resurfacing as consider unless the skin tans
    // easily: 4 scar-type sets with rolling × light skin × 2 downtimes ×
    // 3 depths (deep, shallow, skipped).
    assert_eq!((p.covered, p.violating), (4 * 2 * 2 * 3, 4 * 2 * 3));
    let c = p.counterexample.as_ref().unwrap();
    let mut expected = scarguide::interview::Answers::new();
    for (q, o) in [
        ("scar_types", "rolling"),
        ("skin_type", "light"),
        ("downtime", "minimal"),
    ] {
        expected.set(data.question(q).unwrap(), &[o]);
    }
    // Depth is optional: skipping it is smaller than answering it.
    assert_eq!(c.answers, expected);
    assert_eq!(c.failed, vec![0]);
}
