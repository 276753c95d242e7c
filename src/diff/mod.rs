//! `scarguide diff OLD NEW`: how many complete answer sets get different
//! advice after an edit, grouped by change, each with its smallest
//! example, so a clinician sees what an edit does to everyone else.
//!
//! Billions of answer sets are never enumerated. For each item (each
//! treatment, caveat, note and conflict id of either dataset) one
//! [`Space`] over a merged dataset (`merge`) keeps apart every fact that
//! either version reads of that item; each class's representative is
//! evaluated with a [`Compiled`] engine per version, and the class sizes
//! are summed per change. `shape` compares the questions first: only the
//! answer sets both datasets can express are compared. Items whose rules
//! are the same in both versions (`same`) are not counted at all.

mod count;
mod merge;
pub mod render;
mod same;
mod shape;

use std::fmt;

use crate::advice::compiled::Compiled;
use crate::audit::{Space, SpaceError};
use crate::dataset::{Dataset, Level, Tier};
use crate::interview::Answers;

pub use shape::QuestionChange;

/// Which kind of item changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ItemKind {
    Treatment,
    Caveat,
    Note,
    Conflict,
}

impl ItemKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ItemKind::Treatment => "treatment",
            ItemKind::Caveat => "caveat",
            ItemKind::Note => "note",
            ItemKind::Conflict => "conflict",
        }
    }
}

/// What one answer set gets of one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum State {
    /// Not listed, not raised, not shown, does not hold.
    Absent,
    Tier(Tier),
    Level(Level),
    /// A note shown, a conflict that holds.
    Present,
}

impl State {
    /// The JSON value: the tier or level id, "present", or None for absent.
    pub fn id(self) -> Option<&'static str> {
        match self {
            State::Absent => None,
            State::Tier(t) => Some(t.as_str()),
            State::Level(l) => Some(l.as_str()),
            State::Present => Some("present"),
        }
    }
}

/// Answer sets whose advice changes in one way, e.g. a treatment's tier
/// going from suited to consider.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub kind: ItemKind,
    pub id: String,
    pub before: State,
    pub after: State,
    /// How many compared answer sets change this way.
    pub answer_sets: u128,
    /// The answer set with the fewest chosen options among them (the
    /// first met on a tie), by the merged questions' ids.
    pub example: Answers,
}

/// Everything `diff` found.
#[derive(Debug, Clone)]
pub struct Diff {
    /// The questions and options as compared (shared ones, NEW's words),
    /// to put examples in words.
    pub questions: Dataset,
    pub question_changes: Vec<QuestionChange>,
    /// How many complete answer sets both datasets can express.
    pub answer_sets: u128,
    /// Largest first; ties by item kind, id, before and after.
    pub changes: Vec<Change>,
}

/// Why two datasets could not be compared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DiffError {
    /// What differs so much that answer sets mean different things.
    Incompatible(Vec<String>),
    /// The answer space could not be built (see `SpaceError`).
    Space(SpaceError),
}

impl fmt::Display for DiffError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DiffError::Incompatible(why) => {
                f.write_str("the two datasets cannot be compared:")?;
                for w in why {
                    write!(f, "\n  - {w}")?;
                }
                Ok(())
            }
            DiffError::Space(e) => write!(f, "cannot build the answer sets: {e}"),
        }
    }
}

impl std::error::Error for DiffError {}

impl From<SpaceError> for DiffError {
    fn from(e: SpaceError) -> DiffError {
        DiffError::Space(e)
    }
}

/// Compares two validated datasets over every complete answer set both
/// can express. `workers` threads share the items (at least one).
pub fn diff(old: &Dataset, new: &Dataset, workers: usize) -> Result<Diff, DiffError> {
    compare(old, new, workers, true)
}

/// As [`diff`], but counting every item, even those whose rules are the
/// same in both versions: for tests that check the shortcut hides nothing.
#[doc(hidden)]
pub fn diff_every_item(old: &Dataset, new: &Dataset, workers: usize) -> Result<Diff, DiffError> {
    compare(old, new, workers, false)
}

fn compare(
    old: &Dataset,
    new: &Dataset,
    workers: usize,
    skip_alike: bool,
) -> Result<Diff, DiffError> {
    let shape = shape::compare(old, new).map_err(DiffError::Incompatible)?;
    let merged = merge::merged(old, new, &shape).map_err(|e| DiffError::Incompatible(vec![e]))?;
    let (old_engine, new_engine) = (Compiled::new(old), Compiled::new(new));
    let engines = count::Engines {
        merged: &merged,
        versions: [old, new],
        old_rules: old.rules.len(),
        skip_alike,
        bits: count::OptionTable::new(&merged, [(old, &old_engine), (new, &new_engine)]),
        old: old_engine,
        new: new_engine,
    };
    let answer_sets = Space::new(
        &merged,
        &crate::audit::Focus::new(),
        crate::audit::Universe::Complete,
    )?
    .answer_sets();
    let mut changes = count::changes(&engines, &count::items(old, new), workers)?;
    changes.sort_by(|a, b| {
        b.answer_sets.cmp(&a.answer_sets).then_with(|| {
            (a.kind, &a.id, a.before, a.after).cmp(&(b.kind, &b.id, b.before, b.after))
        })
    });
    Ok(Diff {
        questions: merged,
        question_changes: shape.changes,
        answer_sets,
        changes,
    })
}
