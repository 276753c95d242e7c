//! A person's answers: question id → chosen option ids, kept in the
//! dataset's option order so every front end produces identical answers.

use std::collections::HashMap;

use crate::dataset::{Dataset, Question};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers {
    chosen: HashMap<String, Vec<String>>,
}

impl Answers {
    pub fn new() -> Answers {
        Answers::default()
    }

    pub fn get(&self, question: &str) -> &[String] {
        self.chosen.get(question).map_or(&[], Vec::as_slice)
    }

    pub fn is_answered(&self, question: &str) -> bool {
        !self.get(question).is_empty()
    }

    pub fn is_chosen(&self, question: &str, option: &str) -> bool {
        self.get(question).iter().any(|o| o == option)
    }

    /// Replaces the answer to `question`. Options are put in the question's
    /// order; ids the question does not have are dropped. An empty set
    /// removes the answer.
    pub fn set(&mut self, question: &Question, options: &[&str]) {
        let ordered: Vec<String> = question
            .options
            .iter()
            .filter(|o| options.contains(&o.id.as_str()))
            .map(|o| o.id.clone())
            .collect();
        if ordered.is_empty() {
            self.chosen.remove(&question.id);
        } else {
            self.chosen.insert(question.id.clone(), ordered);
        }
    }

    pub fn remove(&mut self, question: &str) {
        self.chosen.remove(question);
    }

    pub fn clear(&mut self) {
        self.chosen.clear();
    }

    pub fn is_empty(&self) -> bool {
        self.chosen.is_empty()
    }

    pub fn len(&self) -> usize {
        self.chosen.len()
    }

    /// The answers in the dataset's question order.
    pub fn in_order<'d>(
        &'d self,
        data: &'d Dataset,
    ) -> impl Iterator<Item = (&'d Question, &'d [String])> {
        data.questions
            .iter()
            .filter_map(|q| self.chosen.get(&q.id).map(|o| (q, o.as_slice())))
    }

    /// Ids of answered questions not in the dataset (for tests and checks).
    pub fn question_ids(&self) -> impl Iterator<Item = &str> {
        self.chosen.keys().map(String::as_str)
    }
}
