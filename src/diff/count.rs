//! Counting, item by item: one answer-set space per item, its classes'
//! representatives evaluated by each version's compiled engine.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use crate::advice::compiled::{Bits, Compiled, Outcome};
use crate::audit::{Focus, Space, SpaceError, Universe};
use crate::dataset::Dataset;
use crate::interview::Answers;

use super::merge::{NEW, OLD};
use super::same;
use super::{Change, ItemKind, State};

/// Both versions, compiled, and the merged dataset the spaces are built on.
pub(super) struct Engines<'a> {
    pub merged: &'a Dataset,
    /// How many of the merged rules are OLD's (they come first).
    pub old_rules: usize,
    /// Whether to skip items whose rules are the same in both (`same`).
    pub skip_alike: bool,
    pub old: Side,
    pub new: Side,
}

/// One version's engine, and where each merged option lies among its
/// answer bits: representatives are encoded without looking options up
/// by name, which was most of the time spent per class.
pub(super) struct Side {
    engine: Compiled,
    /// Per merged question: its id, and per merged option its id and bit.
    bits: Vec<(String, Vec<OptionBit>)>,
}

/// A merged option's id and its bit in one version (None: not there).
type OptionBit = (String, Option<usize>);

impl Side {
    pub fn new(merged: &Dataset, data: &Dataset) -> Side {
        let engine = Compiled::new(data);
        let bits = merged
            .questions
            .iter()
            .map(|mq| {
                let at = data.questions.iter().position(|q| q.id == mq.id);
                let options = mq
                    .options
                    .iter()
                    .map(|mo| {
                        let bit = at.and_then(|qi| {
                            let q = data.questions.get(qi)?;
                            let oi = q.options.iter().position(|o| o.id == mo.id)?;
                            engine.bit(qi, oi)
                        });
                        (mo.id.clone(), bit)
                    })
                    .collect();
                (mq.id.clone(), options)
            })
            .collect();
        Side { engine, bits }
    }

    /// Scratch for `state`: raw bits, effective bits, outcome.
    fn scratch(&self) -> (Bits, Bits, Outcome) {
        (
            self.engine.bits(),
            self.engine.bits(),
            self.engine.outcome(),
        )
    }

    /// What this version gives the item for `answers` (its own visibility
    /// applied, as `Compiled::encode` would).
    fn state(
        &self,
        item: &ItemRef,
        index: Option<usize>,
        answers: &Answers,
        (raw, eff, out): &mut (Bits, Bits, Outcome),
    ) -> State {
        let Some(i) = index else {
            return State::Absent;
        };
        raw.clear();
        for (q, options) in &self.bits {
            for chosen in answers.get(q) {
                if let Some((_, Some(bit))) = options.iter().find(|(o, _)| o == chosen) {
                    raw.insert(*bit);
                }
            }
        }
        self.engine.effective_into(raw, eff);
        self.engine.evaluate_into(eff, out);
        let present = |p: bool| if p { State::Present } else { State::Absent };
        match item.kind {
            ItemKind::Treatment => out.tier(i).map_or(State::Absent, State::Tier),
            ItemKind::Caveat => out.level(i).map_or(State::Absent, State::Level),
            ItemKind::Note => present(out.has_note(i)),
            ItemKind::Conflict => present(out.conflict(i)),
        }
    }
}

/// One item id and its index in each version (None: not in it).
#[derive(Debug, Clone)]
pub(super) struct ItemRef {
    kind: ItemKind,
    id: String,
    old: Option<usize>,
    new: Option<usize>,
}

/// Every treatment, caveat, note and conflict id of either dataset:
/// OLD's in its order, then those only NEW has.
pub(super) fn items(old: &Dataset, new: &Dataset) -> Vec<ItemRef> {
    fn ids(d: &Dataset, kind: ItemKind) -> Vec<&str> {
        match kind {
            ItemKind::Treatment => d.treatments.iter().map(|t| t.id.as_str()).collect(),
            ItemKind::Caveat => d.caveats.iter().map(|e| e.id.as_str()).collect(),
            ItemKind::Note => d.notes.iter().map(|e| e.id.as_str()).collect(),
            ItemKind::Conflict => d.conflicts.iter().map(|c| c.id.as_str()).collect(),
        }
    }
    let mut out = Vec::new();
    for kind in [
        ItemKind::Treatment,
        ItemKind::Caveat,
        ItemKind::Note,
        ItemKind::Conflict,
    ] {
        let (o, n) = (ids(old, kind), ids(new, kind));
        let mut all: Vec<&str> = o.clone();
        all.extend(n.iter().filter(|id| !o.contains(id)));
        for id in all {
            out.push(ItemRef {
                kind,
                id: id.to_string(),
                old: o.iter().position(|x| *x == id),
                new: n.iter().position(|x| *x == id),
            });
        }
    }
    out
}

/// One item's changes, or why its space could not be built.
type Counted = Result<Vec<Change>, SpaceError>;

/// The changes of every item, `workers` threads taking items in turn.
/// In item order, whatever thread counted them.
pub(super) fn changes(
    engines: &Engines,
    items: &[ItemRef],
    workers: usize,
) -> Result<Vec<Change>, SpaceError> {
    let next = AtomicUsize::new(0);
    let done: Mutex<Vec<(usize, Counted)>> = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..workers.max(1) {
            s.spawn(|| {
                let mut found = Vec::new();
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(item) = items.get(i) else { break };
                    found.push((i, item_changes(engines, item)));
                }
                if let Ok(mut d) = done.lock() {
                    d.extend(found);
                }
            });
        }
    });
    let mut done = done.into_inner().unwrap_or_else(|e| e.into_inner());
    done.sort_by_key(|(i, _)| *i);
    let mut out = Vec::new();
    for (_, r) in done {
        out.extend(r?);
    }
    Ok(out)
}

/// Answer sets changing one way: how many, and the smallest example
/// (chosen options, answers).
type Tally = HashMap<(State, State), (u128, usize, Answers)>;

/// The changes of one item: its space, each class evaluated once by each
/// version, class sizes summed per (before, after).
fn item_changes(e: &Engines, item: &ItemRef) -> Result<Vec<Change>, SpaceError> {
    if e.skip_alike && same::alike(e.merged, e.old_rules, item.kind, &item.id) {
        return Ok(Vec::new());
    }
    let space = Space::new(e.merged, &focus(item), Universe::Complete)?;
    let mut tally = Tally::new();
    let (mut old, mut new) = (e.old.scratch(), e.new.scratch());
    space.for_each(|answers, mult| {
        let before = e.old.state(item, item.old, answers, &mut old);
        let after = e.new.state(item, item.new, answers, &mut new);
        if before == after {
            return;
        }
        let size: usize = answers.in_order(e.merged).map(|(_, os)| os.len()).sum();
        match tally.get_mut(&(before, after)) {
            Some(t) => {
                t.0 = t.0.saturating_add(mult);
                if size < t.1 {
                    (t.1, t.2) = (size, answers.clone());
                }
            }
            None => {
                tally.insert((before, after), (mult, size, answers.clone()));
            }
        }
    });
    Ok(tally
        .into_iter()
        .map(|((before, after), (answer_sets, _, example))| Change {
            kind: item.kind,
            id: item.id.clone(),
            before,
            after,
            answer_sets,
            example,
        })
        .collect())
}

/// The item under both prefixes, as far as each version has it.
fn focus(item: &ItemRef) -> Focus {
    let mut f = Focus::new();
    for (prefix, has) in [(OLD, item.old.is_some()), (NEW, item.new.is_some())] {
        if !has {
            continue;
        }
        let id = format!("{prefix}{}", item.id);
        f = match item.kind {
            ItemKind::Treatment => f.with_treatment(&id),
            ItemKind::Caveat => f.with_caveat(&id),
            ItemKind::Note => f.with_note(&id),
            ItemKind::Conflict => f.with_conflict(&id),
        };
    }
    f
}
