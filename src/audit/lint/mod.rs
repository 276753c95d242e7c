//! Content that can never take effect, found over every complete answer
//! set: rules that never fire, `treatment` effects that never change the
//! outcome, tiers never reached, items nothing produces, conflicts that
//! never match; and how many answer sets each rule fires for.
//!
//! Each rule and each item gets its own space with a small focus (the
//! rule's condition and the treatments it lists; or the one item), so the
//! work grows with the number of rules, not with their product.

use crate::advice::compiled::{Compiled, Item};
use crate::dataset::{Dataset, Tier};

use super::{Focus, Space, SpaceError};

mod reach;
mod rule;

use reach::{conflict, item_reach};
use rule::{rule, rule_plan};

/// A `treatment` effect whose tier never survives: whenever its rule
/// fires, the treatment ends up more cautious than the effect says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Capped {
    pub rule: usize,
    /// Index in the rule's `then`.
    pub effect: usize,
    pub treatment: usize,
    pub tier: Tier,
    /// True when a `limit` alone always caps it (the warning `check`
    /// gives); false when other rules' tiers do, at least sometimes.
    pub by_limit: bool,
}

/// A tier that rules name for a treatment but that it never ends up at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnreachableTier {
    pub treatment: usize,
    pub tier: Tier,
    /// The (rule, effect) pairs that name this tier for the treatment.
    pub named_by: Vec<(usize, usize)>,
}

/// What the lint found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Lint {
    /// Per rule (dataset order): complete answer sets where it fires.
    pub fires: Vec<u128>,
    /// Rules that never fire for a complete answer set but do for some
    /// answers file that leaves questions unanswered (`report` accepts
    /// those): a rule about skipped questions, not a dead one.
    pub only_unanswered: Vec<usize>,
    pub capped: Vec<Capped>,
    pub unreachable_tiers: Vec<UnreachableTier>,
    /// Treatments, caveats and notes no answer set produces.
    pub never_produced: Vec<Item>,
    /// Conflicts (indices) that no answer set matches.
    pub never_matching: Vec<usize>,
    /// Classes evaluated in all, to show how much work it took.
    pub classes: u64,
}

impl Lint {
    /// Rules (indices) that fire for no complete answer set and for no
    /// answers file either.
    pub fn never_fire(&self) -> impl Iterator<Item = usize> + '_ {
        self.fires
            .iter()
            .enumerate()
            .filter(|(i, &n)| n == 0 && !self.only_unanswered.contains(i))
            .map(|(i, _)| i)
    }
}

/// One unit of lint work, each with its own space.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Task {
    Rule(usize),
    Item(Item),
    Conflict(usize),
}

/// What one task found; `merge` puts them together in task order.
#[derive(Debug, Clone, Default)]
pub(super) struct Found {
    fires: Option<(usize, u128)>,
    only_unanswered: Option<usize>,
    capped: Vec<Capped>,
    unreachable: Vec<UnreachableTier>,
    never_produced: Option<Item>,
    never_matching: Option<usize>,
    pub classes: u64,
}

/// Every task for `data`: each rule, treatment, caveat, note, conflict.
pub(super) fn tasks(data: &Dataset) -> Vec<Task> {
    let rules = (0..data.rules.len()).map(Task::Rule);
    let treatments = (0..data.treatments.len()).map(|i| Task::Item(Item::Treatment(i)));
    let caveats = (0..data.caveats.len()).map(|i| Task::Item(Item::Caveat(i)));
    let notes = (0..data.notes.len()).map(|i| Task::Item(Item::Note(i)));
    let conflicts = (0..data.conflicts.len()).map(Task::Conflict);
    rules
        .chain(treatments)
        .chain(caveats)
        .chain(notes)
        .chain(conflicts)
        .collect()
}

/// What a task's space must keep apart.
pub(super) fn focus(data: &Dataset, task: Task) -> Focus {
    match task {
        Task::Rule(r) => rule_plan(data, r).0,
        Task::Item(item) => {
            let (kind, id) = item_id(data, item);
            let id = id.unwrap_or_default();
            match kind {
                "treatment" => Focus::treatment(id),
                "caveat" => Focus::caveat(id),
                _ => Focus::note(id),
            }
        }
        Task::Conflict(k) => data
            .conflicts
            .get(k)
            .map_or_else(Focus::new, |c| Focus::conflict(&c.id)),
    }
}

/// Runs `task` in a space built with its [`focus`].
pub(super) fn run_in(
    data: &Dataset,
    compiled: &Compiled,
    task: Task,
    space: &Space,
) -> Result<Found, SpaceError> {
    match task {
        Task::Rule(r) => rule(data, compiled, r, space),
        Task::Item(item) => Ok(item_reach(data, compiled, item, space)),
        Task::Conflict(k) => Ok(conflict(compiled, k, space)),
    }
}

/// An item's kind and id.
fn item_id(data: &Dataset, item: Item) -> (&'static str, Option<&str>) {
    match item {
        Item::Treatment(i) => ("treatment", data.treatments.get(i).map(|t| t.id.as_str())),
        Item::Caveat(i) => ("caveat", data.caveats.get(i).map(|c| c.id.as_str())),
        Item::Note(i) => ("note", data.notes.get(i).map(|n| n.id.as_str())),
    }
}

/// A rule's `treatment` effects: (effect index, treatment, tier, the
/// limits on that treatment as (rule, tier)).
type Effects = Vec<(usize, usize, Tier, Vec<(usize, Tier)>)>;

pub(super) fn merge(data: &Dataset, found: Vec<Found>) -> Lint {
    let mut lint = Lint {
        fires: vec![0; data.rules.len()],
        ..Lint::default()
    };
    for f in found {
        if let Some((r, n)) = f.fires {
            if let Some(slot) = lint.fires.get_mut(r) {
                *slot = n;
            }
        }
        lint.only_unanswered.extend(f.only_unanswered);
        lint.capped.extend(f.capped);
        lint.unreachable_tiers.extend(f.unreachable);
        lint.never_produced.extend(f.never_produced);
        lint.never_matching.extend(f.never_matching);
        lint.classes = lint.classes.saturating_add(f.classes);
    }
    lint
}

fn caution(tier: Tier) -> u8 {
    match tier {
        Tier::Suited => 0,
        Tier::Consider => 1,
        Tier::NotAdvised => 2,
    }
}

fn treatment_index(data: &Dataset, id: &str) -> Option<usize> {
    data.treatments.iter().position(|t| t.id == id)
}
