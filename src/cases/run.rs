//! Runs each case through `evaluate` and keeps, for every demand the
//! advice does not meet, what it had instead and which rules produced it.

use super::origin::{self, Origin};
use super::{Case, Expectation};
use crate::advice::{demand, evaluate};
use crate::dataset::{Dataset, SourceMap};

/// One demand the advice did not meet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure<'c> {
    pub expectation: &'c Expectation,
    /// What the advice had, in words ("`subcision` is suited").
    pub found: String,
    /// The rules behind it (see `origin`).
    pub origins: Vec<Origin>,
}

/// A case and the demands it failed (none: it passed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict<'c> {
    pub case: &'c Case,
    pub failures: Vec<Failure<'c>>,
}

impl Verdict<'_> {
    pub fn passed(&self) -> bool {
        self.failures.is_empty()
    }
}

/// Every case's verdict, in order. The cases must come from a file without
/// errors (their answers are otherwise incomplete).
pub fn run<'c>(data: &Dataset, cases: &'c [Case]) -> Vec<Verdict<'c>> {
    cases
        .iter()
        .map(|case| {
            let advice = evaluate(data, &case.answers);
            let failures = case
                .expect
                .iter()
                .filter(|e| !demand::meets(&advice, &e.demand))
                .map(|e| Failure {
                    expectation: e,
                    found: demand::found(&advice, &e.demand),
                    origins: origin::origins(data, &advice, &e.demand),
                })
                .collect();
            Verdict { case, failures }
        })
        .collect()
}

impl Failure<'_> {
    /// "expected …, but …", on one line.
    pub fn summary(&self) -> String {
        format!(
            "expected {}, but {}",
            demand::written(&self.expectation.demand),
            self.found
        )
    }

    /// Each origin in words, with its line in the dataset; or why there is
    /// none.
    pub fn origin_lines(&self, data_name: &str, lines: &SourceMap) -> Vec<String> {
        if self.origins.is_empty() {
            return vec!["no rule in the dataset touches it".to_string()];
        }
        self.origins
            .iter()
            .map(|o| origin::describe(o, data_name, lines))
            .collect()
    }
}
