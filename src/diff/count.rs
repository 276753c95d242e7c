//! Counting, item by item: one answer-set space per item, its classes'
//! representatives evaluated by each version's compiled engine.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use crate::advice::compiled::{Bits, Compiled, Outcome};
use crate::audit::slice::{conflicts_for, rules_for};
use crate::audit::{Focus, Space, SpaceError, Universe};
use crate::dataset::Dataset;
use crate::interview::Answers;

use super::merge::{NEW, OLD};
use super::same;
use super::{Change, ItemKind, State};

/// Both versions, compiled, and the merged dataset the spaces are built on.
pub(super) struct Engines<'a> {
    pub merged: &'a Dataset,
    /// The two versions, to compile each item's slice of their rules.
    pub versions: [&'a Dataset; 2],
    /// How many of the merged rules are OLD's (they come first).
    pub old_rules: usize,
    /// Whether to skip items whose rules are the same in both (`same`).
    pub skip_alike: bool,
    pub old: Compiled,
    pub new: Compiled,
    /// Where each merged option lies among each version's answer bits.
    pub bits: OptionTable,
}

/// Per merged question, its id and, per merged option in order, its id and
/// its bit in OLD and in NEW. Representatives are encoded through these
/// tables, one look-up per question for both versions, instead of by
/// name per version (most of the time spent per class under perf).
pub(super) struct OptionTable(Vec<(String, Vec<OptionBits>)>);

/// A merged option's id and its bits in OLD and NEW (None: not there).
type OptionBits = (String, [Option<usize>; 2]);

impl OptionTable {
    pub fn new(merged: &Dataset, versions: [(&Dataset, &Compiled); 2]) -> OptionTable {
        let bit = |(data, engine): (&Dataset, &Compiled), q: &str, o: &str| {
            let qi = data.questions.iter().position(|x| x.id == q)?;
            let oi = data
                .questions
                .get(qi)?
                .options
                .iter()
                .position(|x| x.id == o)?;
            engine.bit(qi, oi)
        };
        OptionTable(
            merged
                .questions
                .iter()
                .map(|mq| {
                    let options = mq
                        .options
                        .iter()
                        .map(|mo| (mo.id.clone(), versions.map(|v| bit(v, &mq.id, &mo.id))))
                        .collect();
                    (mq.id.clone(), options)
                })
                .collect(),
        )
    }

    /// The raw answer bits of `answers` in each version. `Answers` keeps
    /// options in the merged question's order, so one pass finds them.
    fn encode(&self, answers: &Answers, raw: &mut [Bits; 2]) {
        raw.iter_mut().for_each(Bits::clear);
        for (q, options) in &self.0 {
            let mut at = options.iter();
            for chosen in answers.get(q) {
                if let Some((_, bits)) = at.by_ref().find(|(o, _)| o == chosen) {
                    for (r, b) in raw.iter_mut().zip(bits) {
                        if let Some(b) = b {
                            r.insert(*b);
                        }
                    }
                }
            }
        }
    }
}

/// Per-thread buffers for one version: effective bits and outcome.
type Scratch = (Bits, Outcome);

/// What one version gives the item for the raw bits (its own visibility
/// applied first, as `Compiled::encode` would).
fn state(
    engine: &Compiled,
    item: &ItemRef,
    index: Option<usize>,
    raw: &Bits,
    (eff, out): &mut Scratch,
) -> State {
    let Some(i) = index else {
        return State::Absent;
    };
    engine.effective_into(raw, eff);
    engine.evaluate_into(eff, out);
    let present = |p: bool| if p { State::Present } else { State::Absent };
    match item.kind {
        ItemKind::Treatment => out.tier(i).map_or(State::Absent, State::Tier),
        ItemKind::Caveat => out.level(i).map_or(State::Absent, State::Level),
        ItemKind::Note => present(out.has_note(i)),
        ItemKind::Conflict => present(out.conflict(i)),
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
    // Each version with only the rules this item depends on, so the work
    // per class does not grow with rules about other items.
    let [old_engine, new_engine] = e.versions.map(|data| sliced(data, item));
    let mut tally = Tally::new();
    let mut raw = [e.old.bits(), e.new.bits()];
    let mut old: Scratch = (e.old.bits(), e.old.outcome());
    let mut new: Scratch = (e.new.bits(), e.new.outcome());
    space.for_each(|answers, mult| {
        e.bits.encode(answers, &mut raw);
        let [raw_old, raw_new] = &raw;
        let before = state(&old_engine, item, item.old, raw_old, &mut old);
        let after = state(&new_engine, item, item.new, raw_new, &mut new);
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

/// `data`'s engine with only the rules `item` depends on (see
/// `audit::slice`); its bits and items are laid out as the full engine's.
fn sliced(data: &Dataset, item: &ItemRef) -> Compiled {
    let focus = match item.kind {
        ItemKind::Treatment => Focus::treatment(&item.id),
        ItemKind::Caveat => Focus::caveat(&item.id),
        ItemKind::Note => Focus::note(&item.id),
        ItemKind::Conflict => Focus::conflict(&item.id),
    };
    let (rules, conflicts) = (rules_for(data, &focus, &[]), conflicts_for(data, &focus));
    Compiled::only(data, &|r| rules.get(r).copied().unwrap_or(false), &|k| {
        conflicts.get(k).copied().unwrap_or(false)
    })
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
