//! The compiled engine gives exactly what `evaluate` gives: on random
//! answers to the shipped dataset (hidden questions, exclusive options,
//! unknown ids, empty answers), and on small synthetic datasets, at random
//! and exhaustively. Also prints how much faster it is (not asserted).

#[path = "advice_compiled/compare.rs"]
mod compare;
#[path = "advice_compiled/synthetic.rs"]
mod synthetic;

use std::hint::black_box;
use std::time::{Duration, Instant};

use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};

use scarguide::advice::compiled::{Bits, Compiled};
use scarguide::advice::evaluate;
use scarguide::dataset::{self, Dataset};
use scarguide::interview::Answers;

use compare::{check, stray};

fn shipped() -> Dataset {
    let checked = dataset::embedded().unwrap();
    assert!(!checked.has_errors(), "{:?}", checked.problems);
    checked.dataset
}

/// How one question is answered: 0 not at all, 1 one option, 2 any subset,
/// 3 an exclusive option together with others; `seed` picks the options.
type Pick = (u8, u64);

/// Answers (and the same answers as raw bits) from one pick per question,
/// optionally with an unknown question and an unknown option added.
pub fn build(
    data: &Dataset,
    c: &Compiled,
    picks: &[Pick],
    stray_question: bool,
    stray_option: Option<usize>,
) -> (Answers, Bits) {
    let mut answers = Answers::new();
    let mut raw = c.bits();
    for (qi, (q, &(mode, seed))) in data.questions.iter().zip(picks).enumerate() {
        let n = q.options.len().max(1);
        let chosen: Vec<usize> = match mode {
            0 => Vec::new(),
            1 => vec![(seed % n as u64) as usize],
            2 => (0..q.options.len())
                .filter(|i| seed >> (i % 64) & 1 == 1)
                .collect(),
            _ => (0..q.options.len())
                .filter(|&i| q.options[i].exclusive || seed >> (i % 64) & 1 == 1)
                .collect(),
        };
        let ids: Vec<&str> = chosen.iter().map(|&i| q.options[i].id.as_str()).collect();
        answers.set(q, &ids);
        for &oi in &chosen {
            assert!(c.choose(&mut raw, qi, oi));
        }
    }
    if stray_question {
        answers.set(&stray(None), &["no_such_option"]);
    }
    if let Some(qi) = stray_option {
        let real = &data.questions[qi % data.questions.len()];
        let mut ids: Vec<String> = answers.get(&real.id).to_vec();
        ids.push("no_such_option".into());
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        answers.set(&stray(Some(real)), &ids);
    }
    (answers, raw)
}

/// Runs `cases` random answer sets on `data` through `check`. With
/// duplicate option ids (`unique` false) one id stands for two bits, so
/// `encode` sets both where the raw bits set one: compare advice only.
pub fn random_cases(data: &Dataset, cases: u32, unique: bool) {
    let c = Compiled::new(data);
    // One outcome reused across cases: also checks that nothing leaks from
    // one evaluation into the next.
    let outcome = std::cell::RefCell::new(c.outcome());
    let n = data.questions.len();
    let strategy = (
        proptest::collection::vec((0u8..4, any::<u64>()), n),
        any::<bool>(),
        proptest::option::of(0..n.max(1)),
    );
    let mut runner = TestRunner::new(Config {
        cases,
        ..Config::default()
    });
    runner
        .run(&strategy, |(picks, sq, so)| {
            let (answers, raw) = build(data, &c, &picks, sq, so);
            // Unknown ids make `raw` and the answers differ in nothing
            // that counts, so the effective check still applies.
            let raw = unique.then_some(&raw);
            check(data, &c, &answers, raw, &mut outcome.borrow_mut()).map_err(TestCaseError::fail)
        })
        .unwrap();
}

#[test]
fn shipped_dataset_random_answers_equal_evaluate() {
    random_cases(&shipped(), 2_500, true);
}

#[test]
fn shipped_dataset_empty_and_full_answers_equal_evaluate() {
    let data = shipped();
    let c = Compiled::new(&data);
    let mut outcome = c.outcome();
    for mode in 0..4u8 {
        let picks = vec![(mode, u64::MAX); data.questions.len()];
        let (answers, raw) = build(&data, &c, &picks, false, None);
        check(&data, &c, &answers, Some(&raw), &mut outcome).unwrap();
    }
    check(&data, &c, &Answers::new(), Some(&c.bits()), &mut outcome).unwrap();
}

/// Deterministic random answer sets for timing (xorshift; no proptest).
fn sample(data: &Dataset, c: &Compiled, count: usize) -> Vec<(Answers, Bits)> {
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    (0..count)
        .map(|_| {
            let picks: Vec<Pick> = data
                .questions
                .iter()
                .map(|_| ((next() % 3) as u8 + 1, next()))
                .collect();
            build(data, c, &picks, false, None)
        })
        .collect()
}

/// Time per call of `f` over `count` inputs: the fastest of several
/// rounds within about `budget`, as other processes only ever add time.
fn per_call(count: usize, budget: Duration, mut f: impl FnMut(usize)) -> Duration {
    let start = Instant::now();
    let mut best = Duration::MAX;
    while start.elapsed() < budget || best == Duration::MAX {
        let round = Instant::now();
        for i in 0..count {
            f(i);
        }
        best = best.min(round.elapsed() / count as u32);
    }
    best
}

#[test]
fn speed_compared_with_evaluate() {
    let data = shipped();
    let c = Compiled::new(&data);
    let sets = sample(&data, &c, 256);
    let bits: Vec<Bits> = sets.iter().map(|(a, _)| c.encode(a)).collect();
    let mut out = c.outcome();
    let mut eff = c.bits();
    let budget = Duration::from_millis(400);
    let reference = per_call(sets.len(), budget, |i| {
        black_box(evaluate(&data, black_box(&sets[i].0)));
    });
    let hot = per_call(sets.len(), budget, |i| {
        c.evaluate_into(black_box(&bits[i]), &mut out);
        black_box(&out);
    });
    let raw = per_call(sets.len(), budget, |i| {
        c.effective_into(black_box(&sets[i].1), &mut eff);
        c.evaluate_into(&eff, &mut out);
        black_box(&out);
    });
    let from_answers = per_call(sets.len(), budget, |i| {
        let b = c.encode(black_box(&sets[i].0));
        c.evaluate_into(&b, &mut out);
        black_box(&out);
    });
    let build = if cfg!(debug_assertions) {
        "debug"
    } else {
        "release"
    };
    let ratio = |d: Duration| reference.as_secs_f64() / d.as_secs_f64().max(1e-12);
    println!("[{build}] evaluate(&Dataset, &Answers): {reference:?} per call");
    println!(
        "[{build}] Compiled::evaluate_into (effective bits): {hot:?} per call, {:.0}x",
        ratio(hot)
    );
    println!(
        "[{build}] effective_into + evaluate_into (raw bits): {raw:?} per call, {:.0}x",
        ratio(raw)
    );
    println!(
        "[{build}] encode(&Answers) + evaluate_into: {from_answers:?} per call, {:.0}x",
        ratio(from_answers)
    );
}

#[test]
fn synthetic_random_answers_equal_evaluate() {
    random_cases(&synthetic::parse(synthetic::VALID, true), 2_000, true);
    random_cases(&synthetic::parse(synthetic::ODD, false), 1_000, false);
}

/// What one exhaustive run saw, so the test fails if the dataset stops
/// exercising what it is meant to.
#[derive(Default)]
struct Seen {
    fired: Vec<bool>,
    idle: Vec<bool>,
    conflicts: Vec<(bool, bool)>,
    hidden_dropped: bool,
    limit_alone: bool,
}

/// Every raw answer set of `data` (2^options of them), hidden answers
/// included: compiled == evaluate on each.
fn exhaustive(data: &Dataset, unique: bool) -> Seen {
    let c = Compiled::new(data);
    let n = c.bit_count();
    assert!(n <= 16, "{n} options: too many to try every set");
    let mut out = c.outcome();
    let mut seen = Seen {
        fired: vec![false; data.rules.len()],
        idle: vec![false; data.rules.len()],
        conflicts: vec![(false, false); data.conflicts.len()],
        ..Seen::default()
    };
    for set in 0u32..1 << n {
        let raw: Bits = (0..n).filter(|b| set >> b & 1 == 1).collect();
        let answers = compare::answers_of(data, &c, &raw);
        if let Err(e) = check(data, &c, &answers, unique.then_some(&raw), &mut out) {
            panic!("answer set {set:#b}: {e}");
        }
        for r in 0..data.rules.len() {
            seen.fired[r] |= out.fired(r);
            seen.idle[r] |= !out.fired(r);
        }
        for (k, s) in seen.conflicts.iter_mut().enumerate() {
            if out.conflict(k) {
                s.0 = true;
            } else {
                s.1 = true;
            }
        }
        seen.hidden_dropped |= c.effective(&raw) != raw;
        // Rule 4 caps t4, which no rule lists.
        seen.limit_alone |= out.fired(4) && out.tier(3).is_none();
    }
    seen
}

#[test]
fn synthetic_every_answer_set_equals_evaluate() {
    let data = synthetic::parse(synthetic::VALID, true);
    assert_eq!(
        Compiled::new(&data).tree_conditions(),
        2,
        "the fallback is tried"
    );
    let seen = exhaustive(&data, true);
    for r in 0..data.rules.len() {
        assert!(seen.fired[r], "rule {r} never fired");
        assert!(seen.idle[r] || r == 0, "rule {r} always fired");
    }
    assert!(
        seen.conflicts.iter().all(|&(y, n)| y && n),
        "{:?}",
        seen.conflicts
    );
    assert!(seen.hidden_dropped && seen.limit_alone);

    let odd = synthetic::parse(synthetic::ODD, false);
    let seen = exhaustive(&odd, false);
    assert!(!seen.fired[0] && !seen.fired[1], "unknown ids never match");
    assert!(
        seen.fired[3] && !seen.fired[4],
        "all([]) holds, any([]) does not"
    );
    assert!(seen.fired[6], "the stage 2 rule fired (on u)");
    assert_eq!(
        seen.conflicts[1],
        (false, true),
        "listed is false for conflicts"
    );
}

/// The reasons written out by hand for one answer set, so that a bug
/// shared by both engines would still show.
#[test]
fn synthetic_reasons_by_hand() {
    use scarguide::advice::compiled::Item;
    use scarguide::dataset::{Level, Tier};
    let data = synthetic::parse(synthetic::VALID, true);
    let c = Compiled::new(&data);
    let mut answers = Answers::new();
    for (q, ids) in [
        ("a", &["x", "z"][..]),
        ("b", &["p"]),
        ("c", &["u"]),
        ("d", &["k"]),
    ] {
        answers.set(data.question(q).unwrap(), ids);
    }
    let bits = c.encode(&answers);
    let out = c.evaluate(&bits);
    let shared = "Shared reason.";
    let treatment = |i| (out.tier(i), c.reasons(&out, Item::Treatment(i)));
    assert_eq!(treatment(0), (Some(Tier::Consider), vec![shared]));
    assert_eq!(
        treatment(1),
        (
            Some(Tier::NotAdvised),
            vec!["x suits t2.", "c without w.", shared, "A loose cap."]
        )
    );
    assert_eq!(treatment(2), (Some(Tier::Consider), vec!["p or x: t3."]));
    assert_eq!(treatment(3), (None, vec![]), "a limit alone lists nothing");
    assert_eq!(out.level(0), Some(Level::Info));
    assert_eq!(c.reasons(&out, Item::Caveat(0)), Vec::<&str>::new());
    assert_eq!(out.level(1), Some(Level::Discuss));
    assert_eq!(c.reasons(&out, Item::Caveat(1)), vec!["t1 or t2 offered."]);
    assert_eq!(
        (out.level(2), c.reasons(&out, Item::Caveat(2))),
        (Some(Level::Discuss), vec!["Tree."]),
        "d is hidden, so its answer does not count"
    );
    assert_eq!(c.reasons(&out, Item::Note(0)), vec![shared]);
    assert!(!out.has_note(1), "t3 is listed");
    assert_eq!(c.reasons(&out, Item::Note(2)), vec!["Always."]);
    assert_eq!(c.advice(&data, &bits, &out), evaluate(&data, &answers));
}

#[test]
fn large_synthetic_random_answers_equal_evaluate() {
    let data = synthetic::parse(&synthetic::large(), true);
    let c = Compiled::new(&data);
    assert!(c.bit_count() > 64 && data.treatments.len() > 64 && data.rules.len() > 64);
    random_cases(&data, 1_500, true);
}
