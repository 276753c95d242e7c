//! The review page's model beyond the answers: the conflicts that hold for
//! them. Their questions come first in the highlight's order, then every
//! answer, then "See my results"; conflicts warn, they never block.

use super::{App, Msg, Screen};
use crate::advice;
use crate::words;

/// What the review's highlight is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewFocus {
    /// An entry of the conflict box: (entry, the answer row it changes).
    Conflict(usize, usize),
    /// An answer row (index among the shown questions).
    Row(usize),
    Results,
}

/// A conflict as the review shows it: its message and the answer rows
/// (indices among the shown questions) it offers to change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewConflict<'d> {
    pub message: &'d str,
    pub rows: Vec<usize>,
}

impl<'d> App<'d> {
    /// The conflicts that hold for the answers, in dataset order. A
    /// question that is not shown cannot be changed, so it is left out.
    pub fn review_conflicts(&self) -> Vec<ReviewConflict<'d>> {
        let data = self.data();
        let rows = self.review_rows();
        let row_of = |id: &str| {
            rows.iter()
                .position(|&i| data.questions.get(i).is_some_and(|q| q.id == id))
        };
        advice::find_conflicts(data, self.flow.answers())
            .into_iter()
            .map(|c| ReviewConflict {
                message: c.conflict.message.as_str(),
                rows: c
                    .conflict
                    .questions
                    .iter()
                    .filter_map(|id| row_of(id))
                    .collect(),
            })
            .collect()
    }

    /// The conflict box's entries in order, as the answer rows they change.
    pub fn conflict_entries(&self) -> Vec<usize> {
        self.review_conflicts()
            .into_iter()
            .flat_map(|c| c.rows)
            .collect()
    }

    /// The highlight's position of "See my results", its last stop.
    pub fn review_end(&self) -> usize {
        self.conflict_entries().len() + self.review_rows().len()
    }

    pub fn review_focused(&self) -> ReviewFocus {
        let entries = self.conflict_entries();
        let f = self.review_focus;
        if let Some(&row) = entries.get(f) {
            return ReviewFocus::Conflict(f, row);
        }
        let row = f.saturating_sub(entries.len());
        if row < self.review_rows().len() {
            ReviewFocus::Row(row)
        } else {
            ReviewFocus::Results
        }
    }

    pub(super) fn show_review(&mut self) {
        self.screen = Screen::Review;
        self.error = None;
        self.review_focus = self.review_end();
    }

    pub(super) fn edit(&mut self, row: usize) {
        if let Some(&q) = self.review_rows().get(row) {
            self.flow.edit(q);
            self.error = None;
            self.show_question();
        }
    }

    pub(super) fn see_results(&mut self) {
        if self.flow.is_complete() {
            self.show_results();
            return;
        }
        // Cannot happen through go_on, but never show partial results.
        let data = self.data();
        let missing = self.review_rows().into_iter().position(|i| {
            data.questions
                .get(i)
                .is_some_and(|q| !q.optional && !self.flow.answers().is_answered(&q.id))
        });
        if let Some(row) = missing {
            self.edit(row);
            self.error = Some(words::needs_answers_first());
        }
    }

    /// The review's part of `update`: the highlight moves through the
    /// conflict box, the answers and the button; Enter acts on it.
    pub(super) fn review_msg(&mut self, msg: Msg) -> bool {
        let rows = self.review_rows().len();
        let end = self.review_end();
        match msg {
            Msg::Up => self.review_focus = self.review_focus.saturating_sub(1).min(end),
            Msg::Down => self.review_focus = (self.review_focus + 1).min(end),
            Msg::Choose(i) | Msg::Edit(i) if i < rows => self.edit(i),
            Msg::Enter => match self.review_focused() {
                ReviewFocus::Conflict(_, row) | ReviewFocus::Row(row) => self.edit(row),
                ReviewFocus::Results => self.see_results(),
            },
            Msg::Next => self.see_results(),
            _ => return false,
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli;
    use crate::dataset::{self, Dataset};
    use crate::tui::app::{update, Msg, Screen};
    use crate::tui::keymap::map_key;
    use crate::tui::theme::Theme;
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    const FIXTURE: &str = include_str!("../../../tests/fixtures/conflicts.ron");

    fn fixture() -> Dataset {
        dataset::check_text("conflicts.ron", FIXTURE)
            .unwrap()
            .dataset
    }

    fn choose(app: &mut App, id: &str) {
        let q = app.flow.question().unwrap();
        let i = q.options.iter().position(|o| o.id == id).unwrap();
        update(app, Msg::Choose(i));
    }

    /// At the review with ice pick and "flat marks only": one conflict,
    /// offering scar types (row 0) and severity (row 1).
    fn at_review(d: &Dataset) -> App<'_> {
        let mut app = App::new(d, Theme::new(cli::Theme::Default, false, false), (80, 24));
        update(&mut app, Msg::Start);
        for id in ["ice_pick", "grade_1", "type_2", "none", "none", "week"] {
            choose(&mut app, id);
            update(&mut app, Msg::Enter);
        }
        assert_eq!(app.screen, Screen::Review);
        app
    }

    #[test]
    fn the_conflict_lists_its_shown_questions_first() {
        let d = fixture();
        let app = at_review(&d);
        let conflicts = app.review_conflicts();
        assert_eq!(conflicts.len(), 1);
        assert_eq!(conflicts[0].rows, [0, 1]);
        assert_eq!(app.conflict_entries(), [0, 1]);
        assert_eq!(app.review_end(), 2 + 6);
        assert_eq!(
            app.review_focused(),
            ReviewFocus::Results,
            "a warning, not a block"
        );
    }

    #[test]
    fn up_reaches_the_conflicts_question_and_an_edit_returns_to_the_review() {
        let d = fixture();
        let mut app = at_review(&d);
        // Past the six answers to the box, and no further than its top.
        for _ in 0..10 {
            update(&mut app, Msg::Up);
        }
        assert_eq!(app.review_focused(), ReviewFocus::Conflict(0, 0));
        update(&mut app, Msg::Down);
        assert_eq!(app.review_focused(), ReviewFocus::Conflict(1, 1));
        update(&mut app, Msg::Enter);
        assert_eq!(app.screen, Screen::Question);
        assert_eq!(app.flow.question().unwrap().id, "severity");
        choose(&mut app, "grade_3");
        update(&mut app, Msg::Enter);
        assert_eq!(app.screen, Screen::Review);
        assert!(app.review_conflicts().is_empty(), "the change fixed it");
        assert_eq!(app.review_focused(), ReviewFocus::Results);
        assert_eq!(app.review_focus, 6);
    }

    #[test]
    fn the_number_key_shown_in_the_box_changes_that_answer() {
        let d = fixture();
        let mut app = at_review(&d);
        let two = KeyEvent::new(KeyCode::Char('2'), KeyModifiers::NONE);
        let msg = map_key(two, &app).unwrap();
        assert_eq!(msg, Msg::Edit(1));
        update(&mut app, msg);
        assert_eq!(app.flow.question().unwrap().id, "severity");
        // Back keeps the answer: the conflict is still there to see.
        update(&mut app, Msg::Back);
        assert_eq!(app.screen, Screen::Review);
        assert_eq!(app.review_conflicts().len(), 1);
    }

    #[test]
    fn the_results_stay_reachable_with_a_conflict() {
        let d = fixture();
        let mut app = at_review(&d);
        update(&mut app, Msg::Enter);
        assert_eq!(app.screen, Screen::Results);
        let advice = &app.results.as_ref().unwrap().advice;
        assert_eq!(advice.conflicts.len(), 1);
    }
}
