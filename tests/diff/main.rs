//! `scarguide diff` against brute force: on small datasets and edited
//! copies of them, every answer set both versions can express is listed
//! by the definition alone and evaluated by `evaluate` in each version;
//! the counts per change, the number of answer sets and the smallest
//! examples must be exactly diff's.

use std::collections::HashMap;

use scarguide::advice::evaluate;
use scarguide::dataset::{check_text, Dataset, Kind, Question};
use scarguide::diff::{diff, diff_every_item, Change, ItemKind, State};
use scarguide::interview::{visibility, Answers};

#[path = "../audit_space/data.rs"]
#[allow(dead_code)]
mod data;

mod cli;
mod edits;
mod shipped;

pub fn load(text: &str) -> Dataset {
    let checked = check_text("inline", text).unwrap();
    assert!(!checked.has_errors(), "{:?}", checked.problems);
    checked.dataset
}

/// `text` with `from` replaced by `to`, exactly once.
pub fn edit(text: &str, from: &str, to: &str) -> String {
    assert_eq!(text.matches(from).count(), 1, "{from:?} must occur once");
    text.replacen(from, to, 1)
}

/// Every answer the shared question allows in both versions: one option,
/// or a non-empty set of options "none of these" in neither, or one such
/// option alone; plus no answer.
fn answers_of<'a>(o: &'a Question, n: &Question) -> Vec<Vec<&'a str>> {
    let shared: Vec<(&str, bool)> = o
        .options
        .iter()
        .filter_map(|oo| {
            n.option(&oo.id)
                .map(|no| (oo.id.as_str(), oo.exclusive || no.exclusive))
        })
        .collect();
    let mut out: Vec<Vec<&str>> = vec![Vec::new()];
    match o.kind {
        Kind::One => out.extend(shared.iter().map(|(id, _)| vec![*id])),
        Kind::Several => {
            let free: Vec<&str> = shared.iter().filter(|s| !s.1).map(|s| s.0).collect();
            for mask in 1u32..1 << free.len() {
                out.push(
                    free.iter()
                        .enumerate()
                        .filter(|(i, _)| mask >> i & 1 == 1)
                        .map(|(_, id)| *id)
                        .collect(),
                );
            }
            out.extend(shared.iter().filter(|s| s.1).map(|s| vec![s.0]));
        }
    }
    out
}

/// The compared answer sets, by definition: answers to shared questions
/// with shared options only; a question is answered exactly when either
/// version shows it (each on its own effective answers), and may be left
/// unanswered then only if both make it optional.
pub fn compared(old: &Dataset, new: &Dataset) -> Vec<Answers> {
    let shared: Vec<(&Question, &Question)> = old
        .questions
        .iter()
        .filter_map(|o| new.question(&o.id).map(|n| (o, n)))
        .collect();
    let mut all = vec![Answers::new()];
    for (o, n) in &shared {
        let choices = answers_of(o, n);
        all = all
            .into_iter()
            .flat_map(|a| {
                choices.iter().map(move |c| {
                    let mut b = a.clone();
                    b.set(o, c);
                    b
                })
            })
            .collect();
    }
    all.retain(|a| {
        let (eo, en) = (visibility::effective(old, a), visibility::effective(new, a));
        shared.iter().all(|(o, n)| {
            let shown = visibility::is_shown(o, &eo) || visibility::is_shown(n, &en);
            match (shown, a.is_answered(&o.id)) {
                (false, answered) => !answered,
                (true, true) => true,
                (true, false) => o.optional && n.optional,
            }
        })
    });
    all
}

/// Each item's state in `data` for `answers`.
pub fn states(data: &Dataset, answers: &Answers) -> HashMap<(ItemKind, String), State> {
    let advice = evaluate(data, answers);
    let mut out = HashMap::new();
    for t in &data.treatments {
        let s = advice.tier_of(&t.id).map_or(State::Absent, State::Tier);
        out.insert((ItemKind::Treatment, t.id.clone()), s);
    }
    for c in &data.caveats {
        let s = advice.level_of(&c.id).map_or(State::Absent, State::Level);
        out.insert((ItemKind::Caveat, c.id.clone()), s);
    }
    for n in &data.notes {
        let s = if advice.has_note(&n.id) {
            State::Present
        } else {
            State::Absent
        };
        out.insert((ItemKind::Note, n.id.clone()), s);
    }
    for c in &data.conflicts {
        let holds = advice.conflicts.iter().any(|k| k.conflict.id == c.id);
        let s = if holds { State::Present } else { State::Absent };
        out.insert((ItemKind::Conflict, c.id.clone()), s);
    }
    out
}

type Key = (ItemKind, String, State, State);

fn key(c: &Change) -> Key {
    (c.kind, c.id.clone(), c.before, c.after)
}

fn size(a: &Answers) -> usize {
    a.question_ids().map(|q| a.get(q).len()).sum()
}

/// Diff's result equals brute force: the number of answer sets, each
/// change's count, and each example is a smallest answer set with that
/// change. Returns the changes.
pub fn prove(old_text: &str, new_text: &str) -> Vec<Change> {
    let (old, new) = (load(old_text), load(new_text));
    let everyone = compared(&old, &new);
    let mut brute: HashMap<Key, (u128, usize)> = HashMap::new();
    for a in &everyone {
        let (so, sn) = (states(&old, a), states(&new, a));
        let mut ids: Vec<&(ItemKind, String)> = so.keys().chain(sn.keys()).collect();
        ids.sort();
        ids.dedup();
        for id in ids {
            let b = so.get(id).copied().unwrap_or(State::Absent);
            let f = sn.get(id).copied().unwrap_or(State::Absent);
            if b != f {
                let e = brute
                    .entry((id.0, id.1.clone(), b, f))
                    .or_insert((0, usize::MAX));
                e.0 += 1;
                e.1 = e.1.min(size(a));
            }
        }
    }
    let d = diff(&old, &new, 2).unwrap();
    // Items whose rules are alike are skipped; counting them too finds
    // nothing more.
    let every = diff_every_item(&old, &new, 1).unwrap();
    assert_eq!(
        every.changes, d.changes,
        "skipping alike items hides nothing"
    );
    assert_eq!(
        d.answer_sets,
        everyone.len() as u128,
        "answer sets compared"
    );
    let found: HashMap<Key, u128> = d.changes.iter().map(|c| (key(c), c.answer_sets)).collect();
    let want: HashMap<Key, u128> = brute.iter().map(|(k, v)| (k.clone(), v.0)).collect();
    assert_eq!(found, want);
    for c in &d.changes {
        let ex = &c.example;
        assert!(
            everyone.contains(ex),
            "example {ex:?} is a compared answer set"
        );
        let id = (c.kind, c.id.clone());
        let b = states(&old, ex).get(&id).copied().unwrap_or(State::Absent);
        let f = states(&new, ex).get(&id).copied().unwrap_or(State::Absent);
        assert_eq!((b, f), (c.before, c.after), "the example shows the change");
        assert_eq!(
            size(ex),
            brute[&key(c)].1,
            "the example is a smallest one: {c:?}"
        );
    }
    let counts: Vec<u128> = d.changes.iter().map(|c| c.answer_sets).collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "largest first");
    d.changes
}

#[test]
fn identical_datasets_have_no_differences() {
    for text in [data::D1, data::D2, data::D3, data::D4] {
        assert!(prove(text, text).is_empty());
    }
}
