//! Reasoning over every possible answer set at once.
//!
//! The interview allows millions of answer sets, too many to evaluate one
//! by one for every check. But what a given question about the advice
//! ("is ablative laser suited?", "is the pregnancy caveat raised?")
//! depends on is only a few facts about the answers: which of a handful of
//! options are chosen, whether a question is answered, and only while
//! earlier answers have not already settled it. [`Space`] groups all
//! answer sets into classes that agree on those facts, so one
//! representative per class, weighed by the size of its class, stands for
//! them all. This is what lets a test or `scarguide audit` say "for every
//! answer set" and mean it.
//!
//! - [`Focus`]: what the caller wants to know about (treatments, caveats,
//!   notes, conflicts, conditions on the answers).
//! - [`Space`]: one representative answer set per class the focus cannot
//!   tell apart, with the number of real answer sets in its class.
//! - [`Outcome`]: what the focus sees of one answer set; equal for every
//!   member of a class (tests/audit_space proves it on small datasets by
//!   brute force).
//!
//! Inside: `closure` finds the conditions a focus depends on, `residual`
//! keeps what of them the answers so far leave undecided, `classes` splits
//! one question's answers by the facts still read, `space` enumerates.
//!
//! On top of spaces, `scarguide audit`: [`prove`] proves each guard of the
//! dataset over every complete answer set (one space per guard, focused on
//! what it reads), [`lint`] finds content that can never take effect (one
//! space per rule and per item), [`run`] does both on every core, and
//! [`findings`] turns the result into `check`'s problems.

mod classes;
mod closure;
pub mod demand;
mod eval;
pub mod findings;
mod focus;
pub mod json;
pub mod lint;
pub mod prove;
mod residual;
pub mod run;
pub mod slice;
mod space;
pub mod text;

use std::fmt;

pub use focus::{Focus, Outcome};
pub use lint::Lint;
pub use prove::{Counterexample, Proof};
pub use run::{run, Audit};
pub use space::{ClassKey, Space, Universe};

/// Why a space could not be built. Each is about the dataset or the focus,
/// never a bug: the caller shows it and stops.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SpaceError {
    /// The focus names something the dataset does not have. Refused rather
    /// than ignored so that a misspelt id cannot make a check pass by
    /// checking nothing.
    UnknownId { what: &'static str, id: String },
    /// Two questions share an id: answers are keyed by id, so answer sets
    /// could not be told apart (`check` reports this as an error too).
    DuplicateQuestion(String),
    /// Two options of one question share an id (as above).
    DuplicateOption { question: String, option: String },
    /// A several-choice question has more separately read groups of
    /// options than can be enumerated (2^groups combinations).
    TooManyGroups { question: String, groups: usize },
    /// The number of classes or answer sets does not fit the counters.
    TooLarge,
}

impl fmt::Display for SpaceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SpaceError::UnknownId { what, id } => write!(f, "unknown {what} `{id}`"),
            SpaceError::DuplicateQuestion(q) => write!(f, "duplicate question id `{q}`"),
            SpaceError::DuplicateOption { question, option } => {
                write!(f, "duplicate option id `{option}` in question `{question}`")
            }
            SpaceError::TooManyGroups { question, groups } => write!(
                f,
                "question `{question}` has {groups} separately read groups of options, \
                 more than the {} that can be enumerated",
                classes::MAX_GROUPS
            ),
            SpaceError::TooLarge => f.write_str("too many answer sets to count"),
        }
    }
}

impl std::error::Error for SpaceError {}
