//! `audit` runs each job with only the rules its focus depends on
//! (`audit::slice`). That is sound only if, for every item, the engine
//! built from that slice gives the item exactly what the full engine
//! gives. Checked here for every treatment, caveat and note of the shipped
//! dataset and of a listed-heavy synthetic one, on random answer sets (a
//! fixed seed), and that slices really are smaller (else the check would
//! pass by keeping everything).

use scarguide::advice::compiled::{Compiled, Outcome};
use scarguide::audit::slice::{conflicts_for, rules_for};
use scarguide::audit::Focus;
use scarguide::dataset::{self, Dataset};
use scarguide::interview::Answers;

fn shipped() -> Dataset {
    let checked = dataset::embedded().unwrap();
    assert!(!checked.has_errors(), "{:?}", checked.problems);
    checked.dataset
}

/// xorshift64: a fixed stream of pseudo-random numbers.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// Random answers: each question unanswered, or any subset of its options
/// (exclusive ones and hidden questions included: the engine must agree
/// on odd answers too).
fn random_answers(data: &Dataset, rng: &mut Rng) -> Answers {
    let mut answers = Answers::new();
    for q in &data.questions {
        if rng.next().is_multiple_of(5) {
            continue;
        }
        let ids: Vec<&str> = q
            .options
            .iter()
            .filter(|_| rng.next().is_multiple_of(3))
            .map(|o| o.id.as_str())
            .collect();
        let ids = if ids.is_empty() {
            q.options
                .first()
                .map(|o| vec![o.id.as_str()])
                .unwrap_or_default()
        } else {
            ids
        };
        answers.set(q, &ids);
    }
    answers
}

enum What {
    Treatment(usize),
    Caveat(usize),
    Note(usize),
    Conflict(usize),
}

fn value(out: &Outcome, what: &What) -> String {
    match *what {
        What::Treatment(i) => format!("{:?}", out.tier(i)),
        What::Caveat(i) => format!("{:?}", out.level(i)),
        What::Note(i) => format!("{:?}", out.notes().nth(i)),
        What::Conflict(k) => format!("{:?}", out.conflict(k)),
    }
}

/// Every item's slice agrees with the full engine on `n` random answer
/// sets; returns how many rules the slices kept in all. The slice
/// evaluates into one reused outcome, first written by the full engine:
/// a slice clears only the slots it writes, and must still not read
/// what an earlier answer set or another engine left there.
fn agree(data: &Dataset, n: usize) -> usize {
    let full = Compiled::new(data);
    let mut items: Vec<(Focus, What)> = Vec::new();
    for (i, t) in data.treatments.iter().enumerate() {
        items.push((Focus::treatment(&t.id), What::Treatment(i)));
    }
    for (i, c) in data.caveats.iter().enumerate() {
        items.push((Focus::caveat(&c.id), What::Caveat(i)));
    }
    for (i, x) in data.notes.iter().enumerate() {
        items.push((Focus::note(&x.id), What::Note(i)));
    }
    for (k, c) in data.conflicts.iter().enumerate() {
        items.push((Focus::conflict(&c.id), What::Conflict(k)));
    }
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let samples: Vec<Answers> = (0..n).map(|_| random_answers(data, &mut rng)).collect();
    let mut kept = 0;
    let mut reused = full.outcome();
    for (focus, what) in &items {
        let keep = rules_for(data, focus, &[]);
        let conflicts = conflicts_for(data, focus);
        kept += keep.iter().filter(|k| **k).count();
        let sliced = Compiled::only(data, &|r| keep.get(r).copied().unwrap_or(false), &|k| {
            conflicts.get(k).copied().unwrap_or(false)
        });
        for answers in &samples {
            let bits = full.encode(answers);
            let a = full.evaluate(&bits);
            sliced.evaluate_into(&bits, &mut reused);
            assert_eq!(
                value(&a, what),
                value(&reused, what),
                "focus {focus:?} on {answers:?}"
            );
        }
        // The next slice starts from an outcome the full engine wrote.
        if let Some(answers) = samples.first() {
            full.evaluate_into(&full.encode(answers), &mut reused);
        }
    }
    kept
}

#[test]
fn every_items_slice_agrees_with_the_full_engine_on_the_shipped_dataset() {
    let data = shipped();
    let kept = agree(&data, 3_000);
    let items = data.treatments.len() + data.caveats.len() + data.notes.len();
    // Far fewer than every rule for every item, or slicing saves nothing.
    assert!(
        kept * 2 < items * data.rules.len(),
        "kept {kept} of {}",
        items * data.rules.len()
    );
}

#[test]
fn a_rule_task_keeps_its_own_rule_and_what_it_reads() {
    let data = shipped();
    for r in 0..data.rules.len() {
        let keep = rules_for(&data, &Focus::new(), &[r]);
        assert_eq!(keep.get(r), Some(&true), "rule {r}");
    }
    // A rule with `listed` keeps the stage-1 rules about what it reads.
    let (r, rule) = data
        .rules
        .iter()
        .enumerate()
        .find(|(_, rule)| rule.when.uses_listed())
        .expect("the shipped dataset has rules that read `listed`");
    let keep = rules_for(&data, &Focus::condition(rule.when.clone()), &[r]);
    assert!(keep
        .iter()
        .enumerate()
        .any(|(i, k)| *k && i != r && data.rules.get(i).is_some_and(|x| !x.when.uses_listed())));
}

/// A slice clears only the grades its rules can write. An outcome reused
/// from answer set to answer set, and handed over from the full engine
/// (which writes everywhere), must still equal a fresh evaluation in
/// every grade, not only the focused item's.
#[test]
fn a_reused_outcome_equals_a_fresh_one_across_answers_and_engines() {
    let data = shipped();
    let full = Compiled::new(&data);
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let samples: Vec<Answers> = (0..200).map(|_| random_answers(&data, &mut rng)).collect();
    let mut reused = full.outcome();
    let mut sparse = 0;
    for t in &data.treatments {
        let focus = Focus::treatment(&t.id);
        let keep = rules_for(&data, &focus, &[]);
        let sliced = Compiled::only(&data, &|r| keep.get(r).copied().unwrap_or(false), &|_| {
            false
        });
        for (i, answers) in samples.iter().enumerate() {
            let bits = full.encode(answers);
            // Every few answer sets the full engine writes the outcome.
            if i % 7 == 0 {
                full.evaluate_into(&bits, &mut reused);
                assert_eq!(reused, full.evaluate(&bits));
            }
            sliced.evaluate_into(&bits, &mut reused);
            let fresh = sliced.evaluate(&bits);
            assert_eq!(reused, fresh, "{} on {answers:?}", t.id);
            sparse += usize::from(fresh.tiers().filter(Option::is_some).count() > 0);
        }
    }
    // The check means something only if slices graded something.
    assert!(sparse > 0);
}
