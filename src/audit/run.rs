//! The whole audit: every guard proved and every lint task run, spread
//! over the machine's cores. Each job builds its own small space, so jobs
//! share nothing but the dataset and the compiled engine.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

use crate::advice::compiled::Compiled;
use crate::dataset::Dataset;

use super::lint::{self, Lint, Task};
use super::prove::{self, Proof};
use super::{slice, Focus, Space, SpaceError, Universe};

/// Everything `scarguide audit` reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Audit {
    /// How many complete answer sets the interview can produce.
    pub answer_sets: u128,
    /// One per guard, in dataset order.
    pub proofs: Vec<Proof>,
    pub lint: Lint,
}

impl Audit {
    /// The guards that do not hold for some answer set.
    pub fn broken(&self) -> impl Iterator<Item = &Proof> {
        self.proofs.iter().filter(|p| !p.proved())
    }

    /// Classes evaluated in all (guards and lint).
    pub fn classes(&self) -> u64 {
        self.proofs
            .iter()
            .map(|p| p.classes)
            .fold(self.lint.classes, u64::saturating_add)
    }
}

/// One job: a guard to prove or a lint task.
#[derive(Debug, Clone, Copy)]
enum Job {
    Guard(usize),
    Lint(Task),
}

enum Done {
    Guard(Proof),
    Lint(lint::Found),
}

/// Runs the audit of `data` (a dataset `check` accepts) with the compiled
/// engine, each job with only the rules it depends on (`slice`). Err when
/// a space cannot be built (see [`SpaceError`]).
///
/// First every job's space is built (cheap: counting is memoised), which
/// tells how many classes each will evaluate; then the jobs run largest
/// first, so the last to finish is a small one and no core waits long.
pub fn run(data: &Dataset) -> Result<Audit, SpaceError> {
    let answer_sets = Space::new(data, &Focus::new(), Universe::Complete)?.answer_sets();
    let jobs: Vec<Job> = (0..data.guards.len())
        .map(Job::Guard)
        .chain(lint::tasks(data).into_iter().map(Job::Lint))
        .collect();
    let spaces = par_map(&jobs, |job| {
        let focus = match *job {
            Job::Guard(g) => match data.guards.get(g) {
                Some(guard) => prove::focus(data, guard)?.0,
                None => Focus::new(),
            },
            Job::Lint(task) => lint::focus(data, task),
        };
        // A rule task reads whether its own rule fires.
        let also = match *job {
            Job::Lint(Task::Rule(r)) => vec![r],
            _ => Vec::new(),
        };
        let keep = (
            slice::rules_for(data, &focus, &also),
            slice::conflicts_for(data, &focus),
        );
        Ok((Space::new(data, &focus, Universe::Complete)?, keep))
    })
    .into_iter()
    .collect::<Result<Vec<_>, SpaceError>>()?;
    let mut order: Vec<usize> = (0..jobs.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(spaces.get(i).map_or(0, |(s, _)| s.classes())));
    let done = par_map(&order, |&i| {
        let (Some(job), Some((space, keep))) = (jobs.get(i), spaces.get(i)) else {
            return Err(SpaceError::TooLarge); // cannot happen: `order` permutes the jobs
        };
        let (rules, conflicts) = keep;
        let compiled = Compiled::only(data, &|r| rules.get(r).copied().unwrap_or(false), &|k| {
            conflicts.get(k).copied().unwrap_or(false)
        });
        match *job {
            Job::Guard(g) => prove::prove_in(data, &compiled, g, space).map(Done::Guard),
            Job::Lint(task) => lint::run_in(data, &compiled, task, space).map(Done::Lint),
        }
    });
    // Back in job order: guards in dataset order, lint tasks in theirs.
    let mut done: Vec<(usize, Result<Done, SpaceError>)> = order.into_iter().zip(done).collect();
    done.sort_by_key(|(i, _)| *i);
    let mut proofs = Vec::new();
    let mut found = Vec::new();
    for (_, d) in done {
        match d? {
            Done::Guard(p) => proofs.push(p),
            Done::Lint(f) => found.push(f),
        }
    }
    Ok(Audit {
        answer_sets,
        proofs,
        lint: lint::merge(data, found),
    })
}

/// `items.iter().map(f)` on every core, results in the items' order.
/// Jobs are taken one at a time from a shared counter, so a few large
/// ones do not leave a core idle while the other works through the rest.
fn par_map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(items.len());
    if threads <= 1 {
        return items.iter().map(f).collect();
    }
    let next = AtomicUsize::new(0);
    let mut all: Vec<(usize, R)> = thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(i) else {
                            return mine;
                        };
                        mine.push((i, f(item)));
                    }
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| match h.join() {
                Ok(mine) => mine,
                // A panic in a job is a bug; let it surface as one.
                Err(panic) => std::panic::resume_unwind(panic),
            })
            .collect()
    });
    all.sort_unstable_by_key(|(i, _)| *i);
    all.into_iter().map(|(_, r)| r).collect()
}
