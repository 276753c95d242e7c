//! The space over the shipped dataset: its size against an independent
//! count, its classes against random answer sets. Nothing here hard-codes
//! the shipped questions, so new questions and options keep it honest.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use proptest::collection::vec;
use proptest::prelude::*;

use scarguide::audit::{ClassKey, Focus, Space, Universe};
use scarguide::dataset::{self, Condition, Dataset, Kind};
use scarguide::interview::{visibility, Answers};

use super::{in_universe, legal_answers};

fn shipped() -> &'static Dataset {
    static DATA: OnceLock<Dataset> = OnceLock::new();
    DATA.get_or_init(|| dataset::embedded().unwrap().dataset)
}

/// Questions some `show_if` reads.
fn read_by_show_if(data: &Dataset) -> HashSet<&str> {
    let mut read = HashSet::new();
    for q in &data.questions {
        if let Some(c) = &q.show_if {
            c.walk(&mut |c| match c {
                Condition::Chosen(q, _) | Condition::AnyOf(q, _) | Condition::Answered(q) => {
                    read.insert(q.as_str());
                }
                _ => {}
            });
        }
    }
    read
}

/// The size of the universe without classes: the answers to questions a
/// `show_if` reads are enumerated one by one, every other question
/// multiplies by its number of answers (one: n; several: 2^free − 1 +
/// exclusive; plus one when it may be skipped) where it is shown.
fn independent_count(
    data: &Dataset,
    at: usize,
    answers: &mut Answers,
    universe: Universe,
    read: &HashSet<&str>,
) -> u128 {
    let Some(q) = data.questions.get(at) else {
        return 1;
    };
    if !visibility::is_shown(q, answers) {
        return independent_count(data, at + 1, answers, universe, read);
    }
    let skip = q.optional || universe == Universe::WithUnanswered;
    if read.contains(q.id.as_str()) {
        let mut choices = legal_answers(q);
        if skip {
            choices.push(Vec::new());
        }
        let mut total = 0;
        for c in &choices {
            answers.set(q, c);
            total += independent_count(data, at + 1, answers, universe, read);
        }
        answers.remove(&q.id);
        return total;
    }
    let excl = q.options.iter().filter(|o| o.exclusive).count() as u128;
    let n = q.options.len() as u128;
    let ways = match q.kind {
        Kind::One => n,
        Kind::Several => (1u128 << (n - excl)) - 1 + excl,
    };
    (ways + u128::from(skip)) * independent_count(data, at + 1, answers, universe, read)
}

#[test]
fn the_shipped_universe_has_the_size_counted_independently() {
    let data = shipped();
    let read = read_by_show_if(data);
    for universe in [Universe::Complete, Universe::WithUnanswered] {
        let expected = independent_count(data, 0, &mut Answers::new(), universe, &read);
        for focus in [Focus::new(), Focus::treatment("ablative_full")] {
            let space = Space::new(data, &focus, universe).unwrap();
            assert_eq!(space.answer_sets(), expected, "{universe:?} {focus:?}");
        }
        let space = Space::new(data, &Focus::everything(data), universe).unwrap();
        assert_eq!(space.answer_sets(), expected, "{universe:?}, everything");
        eprintln!("{universe:?}: {expected} answer sets");
    }
}

#[test]
fn one_treatment_needs_far_fewer_classes_than_answer_sets() {
    let data = shipped();
    for id in [
        "ablative_full",
        "subcision",
        "vascular_laser",
        "acne_control",
    ] {
        let space = Space::new(data, &Focus::treatment(id), Universe::Complete).unwrap();
        let (classes, sets) = (space.classes(), space.answer_sets());
        eprintln!("{id}: {classes} classes for {sets} answer sets");
        assert!(
            u128::from(classes) * 1000 < sets,
            "{id}: {classes} of {sets}"
        );
        let mut n = 0;
        space.for_each(|_, _| n += 1);
        assert_eq!(n, classes);
    }
}

/// Spaces for a few foci over the shipped dataset, each with its
/// representatives by class.
struct Indexed {
    focus: Focus,
    space: Space<'static>,
    reps: HashMap<ClassKey, Answers>,
}

fn foci() -> Vec<Focus> {
    let chosen = |q: &str, o: &str| Condition::Chosen(q.into(), o.into());
    vec![
        Focus::treatment("ablative_full").with_treatment("fillers"),
        Focus::caveat("cold_sores"),
        Focus::note("combination").with_caveat("active_acne"),
        Focus::condition(Condition::All(vec![
            chosen("history", "pregnant"),
            Condition::Listed(vec!["chemical_peels".into()]),
        ]))
        .with_caveat("pregnancy"),
    ]
}

fn indexed(universe: Universe) -> &'static [Indexed] {
    static COMPLETE: OnceLock<Vec<Indexed>> = OnceLock::new();
    static ANY: OnceLock<Vec<Indexed>> = OnceLock::new();
    let cell = match universe {
        Universe::Complete => &COMPLETE,
        Universe::WithUnanswered => &ANY,
    };
    cell.get_or_init(|| {
        foci()
            .into_iter()
            .map(|focus| {
                let space = Space::new(shipped(), &focus, universe).unwrap();
                let mut reps = HashMap::new();
                space.for_each(|a, _| {
                    reps.insert(space.key(a).unwrap(), a.clone());
                });
                Indexed { focus, space, reps }
            })
            .collect()
    })
}

/// A random answer set: for each question one of its answers (or, where
/// allowed, none), answers to hidden questions included (they are dropped
/// by the engine and by `Space::key` alike).
fn random_answers(data: &Dataset, picks: &[u64], universe: Universe) -> Answers {
    let mut answers = Answers::new();
    for (q, pick) in data.questions.iter().zip(picks.iter().cycle()) {
        let mut choices = legal_answers(q);
        if q.optional || universe == Universe::WithUnanswered {
            choices.push(Vec::new());
        }
        if let Some(c) = choices.get((*pick % choices.len() as u64) as usize) {
            answers.set(q, c);
        }
    }
    answers
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn a_random_answer_set_gets_the_outcome_of_its_representative(
        picks in vec(any::<u64>(), 1..16),
        complete in any::<bool>(),
    ) {
        let data = shipped();
        let universe = if complete { Universe::Complete } else { Universe::WithUnanswered };
        let answers = random_answers(data, &picks, universe);
        prop_assert!(in_universe(data, &visibility::effective(data, &answers), universe));
        for ix in indexed(universe) {
            let key = ix.space.key(&answers);
            prop_assert!(key.is_some(), "{:?}: no class", answers);
            let rep = key.and_then(|k| ix.reps.get(&k));
            prop_assert!(rep.is_some(), "{:?}: class without a representative", answers);
            if let Some(rep) = rep {
                prop_assert_eq!(
                    ix.focus.outcome(data, rep),
                    ix.focus.outcome(data, &answers),
                    "{:?}", ix.focus
                );
            }
        }
    }
}
