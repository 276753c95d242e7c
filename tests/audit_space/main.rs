//! The answer-set space (src/audit) against brute force: on small
//! datasets every answer set of the universe is enumerated naively and
//! checked against the classes; on the shipped dataset the count is
//! checked against an independent computation and random answer sets
//! against their class's representative.

use std::collections::HashMap;

use scarguide::advice::{evaluate, Advice};
use scarguide::audit::{ClassKey, Focus, Space, SpaceError, Universe};
use scarguide::dataset::{check_text, Condition, Dataset, Kind, Question};
use scarguide::interview::{visibility, Answers};

mod data;
mod shipped;

use data::{D1, D2, D3, D4};

pub fn load(text: &str) -> Dataset {
    let checked = check_text("inline", text).unwrap();
    assert!(!checked.has_errors(), "{:?}", checked.problems);
    checked.dataset
}

/// Every answer a question allows: one option; or a non-empty set of
/// non-exclusive options, or one exclusive option alone.
pub fn legal_answers(q: &Question) -> Vec<Vec<&str>> {
    match q.kind {
        Kind::One => q.options.iter().map(|o| vec![o.id.as_str()]).collect(),
        Kind::Several => {
            let free: Vec<&str> = q
                .options
                .iter()
                .filter(|o| !o.exclusive)
                .map(|o| o.id.as_str())
                .collect();
            let mut out: Vec<Vec<&str>> = (1u32..1 << free.len())
                .map(|mask| {
                    free.iter()
                        .enumerate()
                        .filter(|(i, _)| mask >> i & 1 == 1)
                        .map(|(_, o)| *o)
                        .collect()
                })
                .collect();
            out.extend(
                q.options
                    .iter()
                    .filter(|o| o.exclusive)
                    .map(|o| vec![o.id.as_str()]),
            );
            out
        }
    }
}

/// Whether `a` is in the universe, by the definitions and nothing else:
/// no answer to a hidden question; complete: no shown required question
/// unanswered.
pub fn in_universe(data: &Dataset, a: &Answers, universe: Universe) -> bool {
    visibility::effective(data, a) == *a
        && (universe == Universe::WithUnanswered
            || visibility::unanswered(data, a).iter().all(|q| q.optional))
}

/// The universe, naively: every combination of every question's answers
/// (or none), filtered by `in_universe`.
fn naive(data: &Dataset, universe: Universe) -> Vec<Answers> {
    let mut all = vec![Answers::new()];
    for q in &data.questions {
        let mut choices = legal_answers(q);
        choices.push(Vec::new());
        all = all
            .into_iter()
            .flat_map(|a| {
                choices.iter().map(move |c| {
                    let mut b = a.clone();
                    b.set(q, c);
                    b
                })
            })
            .collect();
    }
    all.retain(|a| in_universe(data, a, universe));
    all
}

struct Rep<'d> {
    answers: Answers,
    mult: u128,
    members: u128,
    outcome: scarguide::audit::Outcome<'d>,
}

/// The whole guarantee, by brute force, for each focus: the counts, one
/// class per answer set, equal focused outcomes within a class,
/// multiplicities equal to class sizes, representatives in the universe.
/// Each answer set is evaluated once and its advice shared by the foci.
fn prove_all<'d>(data: &'d Dataset, foci: &[Focus], universe: Universe) -> Vec<Space<'d>> {
    let everyone: Vec<(Answers, Advice)> = naive(data, universe)
        .into_iter()
        .map(|a| {
            let advice = evaluate(data, &a);
            (a, advice)
        })
        .collect();
    foci.iter()
        .map(|focus| prove_one(data, focus, universe, &everyone))
        .collect()
}

fn prove<'d>(data: &'d Dataset, focus: &Focus, universe: Universe) -> Space<'d> {
    let mut spaces = prove_all(data, std::slice::from_ref(focus), universe);
    spaces.pop().unwrap()
}

fn prove_one<'d>(
    data: &'d Dataset,
    focus: &Focus,
    universe: Universe,
    everyone: &[(Answers, Advice<'d>)],
) -> Space<'d> {
    let space = Space::new(data, focus, universe).unwrap();
    assert_eq!(space.answer_sets(), everyone.len() as u128, "{focus:?}");

    let mut reps: HashMap<ClassKey, Rep> = HashMap::new();
    let (mut n, mut total) = (0u64, 0u128);
    space.for_each(|a, mult| {
        n += 1;
        total += mult;
        assert!(in_universe(data, a, universe), "outside: {a:?}");
        let key = space.key(a).expect("a representative has a class");
        let rep = Rep {
            answers: a.clone(),
            mult,
            members: 0,
            outcome: focus.outcome(data, a),
        };
        assert!(reps.insert(key, rep).is_none(), "two in one class: {a:?}");
    });
    assert_eq!(n, space.classes());
    assert_eq!(total, space.answer_sets());

    for (a, advice) in everyone {
        let key = space.key(a).unwrap_or_else(|| panic!("no class: {a:?}"));
        let rep = reps
            .get_mut(&key)
            .expect("every class has a representative");
        rep.members += 1;
        assert_eq!(
            focus.outcome_of(data, advice),
            rep.outcome,
            "{focus:?}: {a:?} against its representative {:?}",
            rep.answers
        );
    }
    for rep in reps.values() {
        assert_eq!(rep.mult, rep.members, "class of {:?}", rep.answers);
    }
    space
}

/// Whether the classes of `space` keep `focus`'s outcome apart (used to
/// show the brute-force check can fail).
fn keeps_apart(data: &Dataset, space: &Space, focus: &Focus, universe: Universe) -> bool {
    let mut reps = HashMap::new();
    space.for_each(|a, _| {
        if let Some(k) = space.key(a) {
            reps.insert(k, focus.outcome(data, a));
        }
    });
    naive(data, universe).iter().all(|a| {
        space
            .key(a)
            .and_then(|k| reps.get(&k))
            .is_some_and(|o| *o == focus.outcome(data, a))
    })
}

fn chosen(q: &str, o: &str) -> Condition {
    Condition::Chosen(q.into(), o.into())
}

fn listed(ts: &[&str]) -> Condition {
    Condition::Listed(ts.iter().map(|t| t.to_string()).collect())
}

const BOTH: [Universe; 2] = [Universe::Complete, Universe::WithUnanswered];

fn foci_d1(data: &Dataset) -> Vec<Focus> {
    vec![
        Focus::new(),
        Focus::treatment("t1"),
        Focus::treatment("t3"),
        Focus::treatment("t4"),
        Focus::caveat("c2"),
        Focus::caveat("c3"),
        Focus::note("n2"),
        Focus::note("n3"),
        Focus::conflict("flat_but_dents"),
        Focus::conflict("pale_and_t1"),
        Focus::condition(chosen("extra", "p")),
        Focus::condition(listed(&["t2"])).with_treatment("t4"),
        Focus::caveat("c1")
            .with_condition(Condition::Not(Box::new(Condition::Answered("pref".into())))),
        Focus::everything(data),
    ]
}

#[test]
fn d1_every_answer_set_is_in_one_class_with_its_outcome() {
    let data = load(D1);
    for universe in BOTH {
        prove_all(&data, &foci_d1(&data), universe);
    }
}

#[test]
fn d2_show_if_chains_exclusive_options_and_overlapping_any_of() {
    let data = load(D2);
    let foci = [
        Focus::treatment("t1"),
        Focus::treatment("t2"),
        Focus::caveat("c1"),
        Focus::note("n1"),
        Focus::note("n2"),
        Focus::conflict("y_answered"),
        Focus::conflict("e_or_g"),
        Focus::condition(Condition::AnyOf(
            "q2".into(),
            vec!["a".into(), "none2".into()],
        )),
        Focus::everything(&data),
    ];
    for universe in BOTH {
        prove_all(&data, &foci, universe);
    }
}

#[test]
fn d3_a_question_nothing_reads_is_one_class() {
    let data = load(D3);
    for universe in BOTH {
        let space = prove(&data, &Focus::treatment("t1"), universe);
        assert_eq!(space.classes(), 2, "u, and everything else");
        prove(&data, &Focus::everything(&data), universe);
    }
}

#[test]
fn a_fact_is_read_only_while_it_can_still_matter() {
    // q2 matters only after x: (x, a), (x, b or c), (y, anything).
    let data = load(D4);
    // Leaving a question unanswered is one more way of not choosing x or a.
    for universe in BOTH {
        let space = prove(&data, &Focus::treatment("t1"), universe);
        assert_eq!(space.classes(), 3, "{universe:?}");
    }
}

#[test]
fn the_classes_are_fewer_than_the_answer_sets() {
    let data = load(D1);
    for universe in BOTH {
        let space = prove(&data, &Focus::treatment("t3"), universe);
        assert!(
            space.classes() * 10 < space.answer_sets() as u64,
            "{space:?}"
        );
        let space = prove(&data, &Focus::new(), universe);
        assert_eq!(space.classes(), 2, "only whether `extra` is shown");
    }
}

#[test]
fn the_brute_force_check_can_fail() {
    // Classes made for one treatment do not keep another's outcome apart:
    // the check above would catch a closure that missed a rule.
    let data = load(D1);
    for universe in BOTH {
        let space = Space::new(&data, &Focus::treatment("t3"), universe).unwrap();
        assert!(!keeps_apart(
            &data,
            &space,
            &Focus::treatment("t1"),
            universe
        ));
        let space = Space::new(&data, &Focus::treatment("t1"), universe).unwrap();
        assert!(!keeps_apart(&data, &space, &Focus::caveat("c2"), universe));
        assert!(keeps_apart(
            &data,
            &space,
            &Focus::treatment("t1"),
            universe
        ));
    }
}

#[test]
fn a_misspelt_id_is_refused_not_checked_vacuously() {
    let data = load(D1);
    let err = |f: Focus| Space::new(&data, &f, Universe::Complete).err();
    let unknown = |what: &'static str, id: &str| {
        Some(SpaceError::UnknownId {
            what,
            id: id.to_string(),
        })
    };
    assert_eq!(err(Focus::treatment("t9")), unknown("treatment", "t9"));
    assert_eq!(err(Focus::caveat("c9")), unknown("caveat", "c9"));
    assert_eq!(err(Focus::note("n9")), unknown("note", "n9"));
    assert_eq!(err(Focus::conflict("x")), unknown("conflict", "x"));
    assert_eq!(
        err(Focus::condition(chosen("sev", "s9"))),
        unknown("option", "sev.s9")
    );
    assert_eq!(
        err(Focus::condition(Condition::Not(Box::new(
            Condition::Answered("zz".into())
        )))),
        unknown("question", "zz")
    );
    assert_eq!(
        err(Focus::condition(listed(&["t1", "t9"]))),
        unknown("treatment", "t9")
    );
}

#[test]
fn answers_outside_the_universe_have_no_class() {
    let data = load(D1);
    let space = Space::new(&data, &Focus::treatment("t1"), Universe::Complete).unwrap();
    let q = |id: &str| data.question(id).unwrap();
    let mut a = Answers::new();
    a.set(q("scars"), &["a"]);
    a.set(q("sev"), &["s1"]);
    a.set(q("skin"), &["k1"]);
    a.set(q("hist"), &["h1", "h2"]);
    assert!(space.key(&a).is_some());
    // An answer to a hidden question is dropped, as the engine drops it.
    a.set(q("extra"), &["p"]);
    assert!(space.key(&a).is_some());
    a.set(q("hist"), &["h1", "none"]);
    assert!(space.key(&a).is_none(), "none of these with another option");
    a.set(q("hist"), &[]);
    assert!(space.key(&a).is_none(), "a required question unanswered");
    let with = Space::new(&data, &Focus::treatment("t1"), Universe::WithUnanswered).unwrap();
    assert!(with.key(&a).is_some());
}

#[test]
fn try_for_each_stops_at_the_first_break() {
    let data = load(D1);
    let space = Space::new(&data, &Focus::everything(&data), Universe::Complete).unwrap();
    let mut seen = 0;
    let r = space.try_for_each(|_, _| {
        seen += 1;
        if seen == 5 {
            std::ops::ControlFlow::Break(seen)
        } else {
            std::ops::ControlFlow::Continue(())
        }
    });
    assert_eq!(r, std::ops::ControlFlow::Break(5));
    assert_eq!(seen, 5);
}
