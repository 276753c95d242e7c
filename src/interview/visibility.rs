//! Which questions are shown, given the answers so far.

use crate::dataset::{Condition, Dataset, Question};

use super::Answers;

/// Evaluates a condition on answers. `listed` asks whether a treatment is
/// offered; callers outside the engine pass a function that says no.
pub fn holds(cond: &Condition, answers: &Answers, listed: &dyn Fn(&str) -> bool) -> bool {
    match cond {
        Condition::Always => true,
        Condition::Chosen(q, o) => answers.is_chosen(q, o),
        Condition::AnyOf(q, os) => os.iter().any(|o| answers.is_chosen(q, o)),
        Condition::Answered(q) => answers.is_answered(q),
        Condition::All(cs) => cs.iter().all(|c| holds(c, answers, listed)),
        Condition::Any(cs) => cs.iter().any(|c| holds(c, answers, listed)),
        Condition::Not(c) => !holds(c, answers, listed),
        Condition::Listed(ts) => ts.iter().any(|t| listed(t)),
    }
}

fn never(_: &str) -> bool {
    false
}

/// Whether `question` is shown given the answers to earlier questions.
pub fn is_shown(question: &Question, answers: &Answers) -> bool {
    question
        .show_if
        .as_ref()
        .is_none_or(|c| holds(c, answers, &never))
}

/// The answers that count: answers to hidden questions are dropped. Because
/// `show_if` may only look at earlier questions, one pass in order settles it.
pub fn effective(data: &Dataset, answers: &Answers) -> Answers {
    let mut kept = Answers::new();
    for question in &data.questions {
        if !is_shown(question, &kept) {
            continue;
        }
        let chosen: Vec<&str> = answers
            .get(&question.id)
            .iter()
            .map(String::as_str)
            .collect();
        if !chosen.is_empty() {
            kept.set(question, &chosen);
        }
    }
    kept
}

/// Indices of the questions that will be shown for these answers.
pub fn shown_questions(data: &Dataset, answers: &Answers) -> Vec<usize> {
    let kept = effective(data, answers);
    data.questions
        .iter()
        .enumerate()
        .filter(|(_, q)| is_shown(q, &kept))
        .map(|(i, _)| i)
        .collect()
}

/// Shown questions that have no answer.
pub fn unanswered<'d>(data: &'d Dataset, answers: &Answers) -> Vec<&'d Question> {
    let kept = effective(data, answers);
    data.questions
        .iter()
        .filter(|q| is_shown(q, &kept) && !kept.is_answered(&q.id))
        .collect()
}
