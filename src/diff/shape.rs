//! How the questions of two datasets differ, and whether answer sets of
//! one can be compared with the other at all.

use crate::dataset::{Dataset, Kind, Question};

/// One difference in the questions or options. Answer sets are compared
/// over what both share, so each of these also says what is left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QuestionChange {
    /// Only NEW asks it: compared answer sets leave it unanswered.
    QuestionAdded(String),
    /// Only OLD asks it: compared answer sets leave it unanswered.
    QuestionRemoved(String),
    OptionAdded {
        question: String,
        option: String,
    },
    OptionRemoved {
        question: String,
        option: String,
    },
    /// When it is shown differs; compared answer sets answer it whenever
    /// either version shows it, and each version drops what it hides.
    ShowIfChanged(String),
    /// Optional in one, required in the other: compared answer sets
    /// answer it whenever it is shown.
    OptionalChanged {
        question: String,
        optional_now: bool,
    },
    /// "None of these" in one only: compared answer sets choose it alone.
    ExclusiveChanged {
        question: String,
        option: String,
    },
    /// The shared questions come in another order.
    OrderChanged,
}

impl QuestionChange {
    /// A stable name for JSON.
    pub fn code(&self) -> &'static str {
        match self {
            QuestionChange::QuestionAdded(_) => "question_added",
            QuestionChange::QuestionRemoved(_) => "question_removed",
            QuestionChange::OptionAdded { .. } => "option_added",
            QuestionChange::OptionRemoved { .. } => "option_removed",
            QuestionChange::ShowIfChanged(_) => "show_if_changed",
            QuestionChange::OptionalChanged { .. } => "optional_changed",
            QuestionChange::ExclusiveChanged { .. } => "exclusive_changed",
            QuestionChange::OrderChanged => "order_changed",
        }
    }

    /// The question it is about, if one.
    pub fn question(&self) -> Option<&str> {
        match self {
            QuestionChange::QuestionAdded(q)
            | QuestionChange::QuestionRemoved(q)
            | QuestionChange::ShowIfChanged(q)
            | QuestionChange::OptionAdded { question: q, .. }
            | QuestionChange::OptionRemoved { question: q, .. }
            | QuestionChange::OptionalChanged { question: q, .. }
            | QuestionChange::ExclusiveChanged { question: q, .. } => Some(q),
            QuestionChange::OrderChanged => None,
        }
    }

    /// The option it is about, if one.
    pub fn option(&self) -> Option<&str> {
        match self {
            QuestionChange::OptionAdded { option, .. }
            | QuestionChange::OptionRemoved { option, .. }
            | QuestionChange::ExclusiveChanged { option, .. } => Some(option),
            _ => None,
        }
    }

    /// In words, for the text output.
    pub fn describe(&self) -> String {
        match self {
            QuestionChange::QuestionAdded(q) => {
                format!("question `{q}` added (compared answer sets leave it unanswered)")
            }
            QuestionChange::QuestionRemoved(q) => {
                format!("question `{q}` removed (compared answer sets leave it unanswered)")
            }
            QuestionChange::OptionAdded { question, option } => {
                format!("option `{question}.{option}` added (not chosen in compared answer sets)")
            }
            QuestionChange::OptionRemoved { question, option } => format!(
                "option `{question}.{option}` removed (not chosen in compared answer sets)"
            ),
            QuestionChange::ShowIfChanged(q) => format!(
                "question `{q}`: when it is shown changed (answered whenever either shows it)"
            ),
            QuestionChange::OptionalChanged {
                question,
                optional_now,
            } => format!(
                "question `{question}` is now {} (compared answer sets answer it when shown)",
                if *optional_now { "optional" } else { "required" }
            ),
            QuestionChange::ExclusiveChanged { question, option } => format!(
                "option `{question}.{option}`: \"none of these\" changed (compared answer sets choose it alone)"
            ),
            QuestionChange::OrderChanged => "the shared questions come in another order".into(),
        }
    }
}

/// The questions both datasets share, in OLD's order, and what differs.
#[derive(Debug, Clone)]
pub struct Shape<'a> {
    /// (OLD's question, NEW's question) with the same id.
    pub shared: Vec<(&'a Question, &'a Question)>,
    pub changes: Vec<QuestionChange>,
}

/// Compares the questions. Err: why the datasets cannot be compared, one
/// sentence per reason (no question in common; a question whose kind
/// differs, since its answers mean different things).
pub fn compare<'a>(old: &'a Dataset, new: &'a Dataset) -> Result<Shape<'a>, Vec<String>> {
    let mut shared = Vec::new();
    let mut changes = Vec::new();
    let mut problems = Vec::new();
    for o in &old.questions {
        match new.question(&o.id) {
            Some(n) => {
                if o.kind != n.kind {
                    problems.push(format!(
                        "question `{}` is {} in OLD but {} in NEW, so its answers cannot be compared",
                        o.id,
                        kind_words(o.kind),
                        kind_words(n.kind)
                    ));
                }
                options(o, n, &mut changes);
                shared.push((o, n));
            }
            None => changes.push(QuestionChange::QuestionRemoved(o.id.clone())),
        }
    }
    for n in &new.questions {
        if old.question(&n.id).is_none() {
            changes.push(QuestionChange::QuestionAdded(n.id.clone()));
        }
    }
    if shared.is_empty() {
        problems.push(format!(
            "no question is in both files (OLD asks {}; NEW asks {})",
            ids(&old.questions),
            ids(&new.questions)
        ));
    }
    let order: Vec<&str> = new
        .questions
        .iter()
        .filter(|n| old.question(&n.id).is_some())
        .map(|n| n.id.as_str())
        .collect();
    if !shared.iter().map(|(o, _)| o.id.as_str()).eq(order) {
        changes.push(QuestionChange::OrderChanged);
    }
    if problems.is_empty() {
        Ok(Shape { shared, changes })
    } else {
        Err(problems)
    }
}

/// The per-question differences: options, `show_if`, `optional`, `exclusive`.
fn options(o: &Question, n: &Question, changes: &mut Vec<QuestionChange>) {
    let q = || o.id.clone();
    if o.show_if != n.show_if {
        changes.push(QuestionChange::ShowIfChanged(q()));
    }
    if o.optional != n.optional {
        changes.push(QuestionChange::OptionalChanged {
            question: q(),
            optional_now: n.optional,
        });
    }
    for oo in &o.options {
        match n.option(&oo.id) {
            None => changes.push(QuestionChange::OptionRemoved {
                question: q(),
                option: oo.id.clone(),
            }),
            Some(no) if no.exclusive != oo.exclusive => {
                changes.push(QuestionChange::ExclusiveChanged {
                    question: q(),
                    option: oo.id.clone(),
                })
            }
            Some(_) => {}
        }
    }
    for no in &n.options {
        if o.option(&no.id).is_none() {
            changes.push(QuestionChange::OptionAdded {
                question: q(),
                option: no.id.clone(),
            });
        }
    }
}

fn kind_words(kind: Kind) -> &'static str {
    match kind {
        Kind::One => "one-choice",
        Kind::Several => "several-choice",
    }
}

fn ids(questions: &[Question]) -> String {
    if questions.is_empty() {
        return "none".into();
    }
    let ids: Vec<String> = questions.iter().map(|q| format!("`{}`", q.id)).collect();
    ids.join(", ")
}
