//! The relevant conditions as far as the answers so far decide them.
//!
//! Questions are settled in dataset order. Once the answers to questions
//! before `at` are known, part of each condition is decided: in
//! `all([chosen("scar_types", "boxcar"), chosen("severity", "grade_3")])`
//! the severity no longer matters when no boxcar scar was chosen. What is
//! left (the residual) says which facts about question `at` still matter.
//! It is a token stream that each question folds further, and everything
//! below a point of the enumeration depends on that point's residual
//! alone, so counting reuses the count of an equal residual.

use crate::dataset::{Condition, Dataset};
use crate::interview::Answers;

use super::classes::Reads;

/// A test on one question: one of these options chosen, or (None) answered.
#[derive(Debug, Clone)]
struct Leaf {
    question: usize,
    options: Option<Vec<usize>>,
}

// Tokens: conditions in prefix order. `all`/`any` are closed by END, `not`
// takes one node; a leaf is LEAF + its number. After the relevant
// conditions comes one SHOW_IF section per question not yet passed.
const ALL: usize = 0;
const ANY: usize = 1;
const NOT: usize = 2;
const END: usize = 3;
/// `listed`: decided by the rules, never by the answers alone.
const LISTED: usize = 4;
const TRUE: usize = 5;
const FALSE: usize = 6;
const SHOW_IF: usize = 7;
const LEAF: usize = 8;

/// The focus's conditions and every question's `show_if`, compiled to
/// tokens.
#[derive(Debug, Clone)]
pub(super) struct Program<'d> {
    data: &'d Dataset,
    leaves: Vec<Leaf>,
    /// The residual before any question: constants folded, nothing else.
    start: Vec<usize>,
}

impl<'d> Program<'d> {
    pub fn new(data: &'d Dataset, relevant: &[&Condition]) -> Program<'d> {
        let mut program = Program {
            data,
            leaves: Vec::new(),
            start: Vec::new(),
        };
        let mut raw = Vec::new();
        for c in relevant {
            program.compile(c, &mut raw);
        }
        for q in &data.questions {
            raw.push(SHOW_IF);
            if let Some(c) = &q.show_if {
                program.compile(c, &mut raw);
            }
        }
        let mut start = Vec::new();
        program.fold(&raw, None, &Answers::new(), &mut start);
        program.start = start;
        program
    }

    /// The residual before the first question.
    pub fn start(&self) -> &[usize] {
        &self.start
    }

    /// The residual after question `at`, from the residual before it:
    /// its tests decided on `answers` (unanswered if it is hidden), its
    /// own `show_if` section dropped.
    pub fn step(&self, residual: &[usize], at: usize, answers: &Answers, out: &mut Vec<usize>) {
        self.fold(residual, Some(at), answers, out);
    }

    /// The facts about question `at` that a residual before it reads.
    pub fn reads(&self, residual: &[usize], at: usize) -> Reads {
        let mut reads = Reads::default();
        for t in residual {
            let leaf = t.checked_sub(LEAF).and_then(|i| self.leaves.get(i));
            match leaf {
                Some(l) if l.question == at => match &l.options {
                    Some(options) => reads.atoms.push(options.clone()),
                    None => reads.answered = true,
                },
                _ => {}
            }
        }
        reads.atoms.sort_unstable();
        reads.atoms.dedup();
        reads
    }

    /// Copies `input` to `out`, deciding the tests on question `at` and
    /// folding what they decide. Decided relevant conditions are dropped
    /// (only what is undecided can still tell answer sets apart); decided
    /// `show_if`s are kept as TRUE or FALSE (they still decide counts).
    fn fold(&self, input: &[usize], at: Option<usize>, answers: &Answers, out: &mut Vec<usize>) {
        out.clear();
        let mut pos = 0;
        while input.get(pos).is_some_and(|&t| t != SHOW_IF) {
            let before = pos;
            self.node(input, &mut pos, at, answers, out);
            if pos == before {
                return; // malformed: cannot happen
            }
        }
        let mut first = true;
        while input.get(pos) == Some(&SHOW_IF) {
            pos += 1;
            let keep = !(first && at.is_some());
            first = false;
            let mark = out.len();
            if keep {
                out.push(SHOW_IF);
            }
            if input.get(pos).is_some_and(|&t| t != SHOW_IF) {
                let at_node = out.len();
                if let Some(b) = self.node(input, &mut pos, at, answers, out) {
                    out.truncate(at_node);
                    out.push(if b { TRUE } else { FALSE });
                }
            }
            if !keep {
                out.truncate(mark);
            }
        }
    }

    /// Folds the node at `input[*pos]` and moves past it. Returns its value
    /// if decided (appending nothing), else None with its residual appended.
    fn node(
        &self,
        input: &[usize],
        pos: &mut usize,
        at: Option<usize>,
        answers: &Answers,
        out: &mut Vec<usize>,
    ) -> Option<bool> {
        let t = *input.get(*pos)?;
        *pos += 1;
        let mark = out.len();
        match t {
            ALL | ANY => {
                // `all` is decided by a false child, `any` by a true one.
                let decisive = t == ANY;
                out.push(t);
                let (mut open, mut decided) = (false, false);
                while input.get(*pos).is_some_and(|&t| t != END) {
                    match self.node(input, pos, at, answers, out) {
                        Some(b) if b == decisive => decided = true,
                        Some(_) => {}
                        None => open = true,
                    }
                }
                *pos += 1; // END
                if decided || !open {
                    out.truncate(mark);
                    Some(if decided { decisive } else { !decisive })
                } else {
                    out.push(END);
                    None
                }
            }
            NOT => {
                out.push(NOT);
                let value = self.node(input, pos, at, answers, out);
                if value.is_some() {
                    out.truncate(mark);
                }
                value.map(|b| !b)
            }
            LISTED => {
                out.push(LISTED);
                None
            }
            TRUE => Some(true),
            FALSE => Some(false),
            _ => {
                let leaf = self.leaves.get(t.checked_sub(LEAF)?)?;
                if Some(leaf.question) == at {
                    Some(self.holds(leaf, answers))
                } else {
                    out.push(t);
                    None
                }
            }
        }
    }

    /// A leaf on the answers, as `visibility::holds` would evaluate it.
    fn holds(&self, leaf: &Leaf, answers: &Answers) -> bool {
        let Some(q) = self.data.questions.get(leaf.question) else {
            return false;
        };
        let chosen = answers.get(&q.id);
        match &leaf.options {
            None => !chosen.is_empty(),
            Some(options) => options
                .iter()
                .filter_map(|&i| q.options.get(i))
                .any(|o| chosen.contains(&o.id)),
        }
    }

    /// Writes a condition as tokens. A test naming a question or options
    /// the dataset lacks never holds on a real answer set: FALSE.
    fn compile(&mut self, cond: &Condition, out: &mut Vec<usize>) {
        match cond {
            Condition::Always => out.push(TRUE),
            Condition::Chosen(q, o) => self.leaf(q, Some(std::slice::from_ref(o)), out),
            Condition::AnyOf(q, os) => self.leaf(q, Some(os), out),
            Condition::Answered(q) => self.leaf(q, None, out),
            Condition::Listed(_) => out.push(LISTED),
            Condition::All(cs) | Condition::Any(cs) => {
                out.push(if matches!(cond, Condition::All(_)) {
                    ALL
                } else {
                    ANY
                });
                cs.iter().for_each(|c| self.compile(c, out));
                out.push(END);
            }
            Condition::Not(c) => {
                out.push(NOT);
                self.compile(c, out);
            }
        }
    }

    fn leaf(&mut self, qid: &str, options: Option<&[String]>, out: &mut Vec<usize>) {
        let found = self
            .data
            .questions
            .iter()
            .enumerate()
            .find(|(_, q)| q.id == qid);
        let Some((question, q)) = found else {
            return out.push(FALSE);
        };
        let options = match options {
            None => None,
            Some(ids) => {
                let at: Vec<usize> = q
                    .options
                    .iter()
                    .enumerate()
                    .filter(|(_, o)| ids.contains(&o.id))
                    .map(|(i, _)| i)
                    .collect();
                if at.is_empty() {
                    return out.push(FALSE);
                }
                Some(at)
            }
        };
        out.push(LEAF.saturating_add(self.leaves.len()));
        self.leaves.push(Leaf { question, options });
    }
}
