//! Moving through the interview: one implementation shared by the
//! full-screen app and plain mode, so they cannot disagree.

use crate::dataset::{Dataset, Kind, Question};

use super::{visibility, Answers};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// A question, by its index in the dataset.
    Question(usize),
    Review,
}

/// Why the interview could not go on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Blocked {
    /// A required question has no answer yet.
    NeedsAnswer,
}

/// Where `back` led.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BackTo {
    Step(Step),
    /// Back from the first question: the front end shows its welcome.
    Start,
}

#[derive(Debug, Clone)]
pub struct Flow<'d> {
    data: &'d Dataset,
    /// Everything the person answered, including answers to questions a
    /// later change hid: they come back if the question shows again.
    kept: Answers,
    /// The answers that count: `kept` without hidden questions.
    answers: Answers,
    step: Step,
    /// While changing an answer from the review: the questions shown when
    /// the change began. Going on visits only questions the change newly
    /// showed, then returns to the review.
    editing: Option<Vec<usize>>,
}

impl<'d> Flow<'d> {
    pub fn new(data: &'d Dataset) -> Flow<'d> {
        let mut flow = Flow {
            data,
            kept: Answers::new(),
            answers: Answers::new(),
            step: Step::Review,
            editing: None,
        };
        flow.step = flow.first_step();
        flow
    }

    pub fn data(&self) -> &'d Dataset {
        self.data
    }

    /// The answers that count (none to hidden questions).
    pub fn answers(&self) -> &Answers {
        &self.answers
    }

    /// Answers kept for questions that are hidden now, by question title,
    /// so a front end can say they are set aside, not lost.
    pub fn set_aside(&self) -> Vec<&'d Question> {
        self.data
            .questions
            .iter()
            .filter(|q| self.kept.is_answered(&q.id) && !self.answers.is_answered(&q.id))
            .collect()
    }

    /// Whether anything of the person is held (for the kiosk's wipe).
    pub fn is_blank(&self) -> bool {
        self.kept.is_empty() && self.answers.is_empty()
    }

    pub fn step(&self) -> Step {
        self.step
    }

    pub fn is_editing(&self) -> bool {
        self.editing.is_some()
    }

    /// The question on screen, if the step is a question.
    pub fn question(&self) -> Option<&'d Question> {
        match self.step {
            Step::Question(i) => self.data.questions.get(i),
            Step::Review => None,
        }
    }

    /// Indices of the questions shown for the current answers.
    pub fn shown(&self) -> Vec<usize> {
        visibility::shown_questions(self.data, &self.answers)
    }

    /// "Question n of total", counting only questions that will be shown.
    /// At the review, n is the total.
    pub fn progress(&self) -> (usize, usize) {
        let shown = self.shown();
        let total = shown.len();
        match self.step {
            Step::Question(i) => {
                let n = shown.iter().position(|&s| s == i).map_or(1, |p| p + 1);
                (n.min(total.max(1)), total.max(1))
            }
            Step::Review => (total, total),
        }
    }

    pub fn is_chosen(&self, option: usize) -> bool {
        match self
            .question()
            .and_then(|q| q.options.get(option).map(|o| (q, o)))
        {
            Some((q, o)) => self.answers.is_chosen(&q.id, &o.id),
            None => false,
        }
    }

    /// One-choice: choose this option (choosing it again clears an optional
    /// question, so a keyboard can take an answer back). Several: toggle it,
    /// where an exclusive option ("none of these") clears the others and
    /// they clear it.
    pub fn pick(&mut self, option: usize) {
        let Some(q) = self.question() else { return };
        let Some(o) = q.options.get(option) else {
            return;
        };
        let mut chosen: Vec<&str> = self.answers.get(&q.id).iter().map(String::as_str).collect();
        match q.kind {
            Kind::One if q.optional && chosen.contains(&o.id.as_str()) => chosen.clear(),
            Kind::One => chosen = vec![&o.id],
            Kind::Several => {
                if let Some(at) = chosen.iter().position(|c| *c == o.id) {
                    chosen.remove(at);
                } else if o.exclusive {
                    chosen = vec![&o.id];
                } else {
                    chosen.retain(|c| q.option(c).is_some_and(|x| !x.exclusive));
                    chosen.push(&o.id);
                }
            }
        }
        let chosen: Vec<String> = chosen.into_iter().map(str::to_string).collect();
        let refs: Vec<&str> = chosen.iter().map(String::as_str).collect();
        self.set_answer(q, &refs);
    }

    /// Replaces the answer to the current question (plain mode types a
    /// whole answer at once). Ids are checked by the caller.
    pub fn answer(&mut self, options: &[&str]) {
        if let Some(q) = self.question() {
            self.set_answer(q, options);
        }
    }

    fn set_answer(&mut self, q: &Question, options: &[&str]) {
        self.kept.set(q, options);
        // Answers to questions this change hides stop counting, but are
        // kept in case the question shows again.
        self.answers = visibility::effective(self.data, &self.kept);
    }

    /// Goes on from the current question. A required question must be
    /// answered first.
    pub fn go_on(&mut self) -> Result<Step, Blocked> {
        let Step::Question(current) = self.step else {
            return Ok(self.step);
        };
        if let Some(q) = self.question() {
            if !q.optional && !self.answers.is_answered(&q.id) {
                return Err(Blocked::NeedsAnswer);
            }
        }
        let shown = self.shown();
        let later = shown.iter().copied().filter(|&i| i > current);
        let mut later = later;
        let next = match &self.editing {
            // After an edit, visit only questions it newly showed; a
            // question skipped before is not asked again.
            Some(before) => later.find(|i| !before.contains(i)),
            None => later.next(),
        };
        self.step = match next {
            Some(i) => Step::Question(i),
            None => {
                self.editing = None;
                Step::Review
            }
        };
        Ok(self.step)
    }

    /// Goes back one shown question (never blocked). While editing, back
    /// returns to the review.
    pub fn back(&mut self) -> BackTo {
        let shown = self.shown();
        match self.step {
            Step::Review => match shown.last() {
                Some(&i) => self.step = Step::Question(i),
                None => return BackTo::Start,
            },
            Step::Question(_) if self.editing.is_some() => {
                self.editing = None;
                self.step = Step::Review;
            }
            Step::Question(current) => match shown.iter().rev().find(|&&i| i < current) {
                Some(&i) => self.step = Step::Question(i),
                None => return BackTo::Start,
            },
        }
        BackTo::Step(self.step)
    }

    /// From the review, change the answer to a shown question.
    pub fn edit(&mut self, question: usize) {
        let shown = self.shown();
        if shown.contains(&question) {
            self.step = Step::Question(question);
            self.editing = Some(shown);
        }
    }

    /// Whether every shown required question is answered.
    pub fn is_complete(&self) -> bool {
        visibility::unanswered(self.data, &self.answers)
            .iter()
            .all(|q| q.optional)
    }

    /// Back to the first question with no answers: a new person.
    pub fn reset(&mut self) {
        self.kept.clear();
        self.answers.clear();
        self.editing = None;
        self.step = self.first_step();
    }

    fn first_step(&self) -> Step {
        self.shown()
            .first()
            .map_or(Step::Review, |&i| Step::Question(i))
    }
}
