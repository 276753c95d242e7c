//! A question's part of `update`: the highlight, choosing, going on.

use crate::dataset::Kind;
use crate::interview::Step;
use crate::words;

use super::{App, Msg, Screen};

impl App<'_> {
    pub(super) fn set_cursor(&mut self, c: usize) {
        if let Step::Question(i) = self.flow.step() {
            if let Some(slot) = self.cursors.get_mut(i) {
                *slot = c;
            }
        }
    }

    /// Shows the question the flow is on, highlighting its first chosen option.
    pub(super) fn show_question(&mut self) {
        self.screen = Screen::Question;
        self.question_help = false;
        if let Some(q) = self.flow.question() {
            if let Some(first) = (0..q.options.len()).find(|&o| self.flow.is_chosen(o)) {
                self.set_cursor(first);
            }
        }
    }

    pub(super) fn go_on(&mut self) {
        match self.flow.go_on() {
            Ok(step) => {
                self.error = None;
                self.after_step(step);
            }
            Err(_) => self.error = Some(words::needs_answer()),
        }
    }

    pub(super) fn question_msg(&mut self, msg: Msg) -> bool {
        let Some(q) = self.flow.question() else {
            return false;
        };
        let n = q.options.len();
        let cursor = self.cursor();
        match msg {
            Msg::Up => self.set_cursor(cursor.saturating_sub(1)),
            Msg::Down => self.set_cursor((cursor + 1).min(n.saturating_sub(1))),
            // A second tap on a chosen one-choice option keeps it (a
            // bouncy touch screen must not clear it); keys can.
            Msg::Click(i) if i < n && q.kind == Kind::One && self.flow.is_chosen(i) => {
                self.set_cursor(i);
            }
            Msg::Choose(i) | Msg::Click(i) if i < n => {
                self.set_cursor(i);
                self.flow.pick(i);
                self.error = None;
            }
            Msg::Toggle => {
                self.flow.pick(cursor);
                self.error = None;
            }
            Msg::Enter => {
                if q.kind == Kind::One && !self.flow.answers().is_answered(&q.id) {
                    self.flow.pick(cursor);
                }
                self.go_on();
            }
            Msg::Next => self.go_on(),
            Msg::ToggleQuestionHelp => {
                self.question_help = !self.question_help;
                self.question_help_scroll = 0;
            }
            Msg::PageDown | Msg::PageUp if self.question_help => {
                let page = self.hits.help_page.max(1);
                let at = self.question_help_scroll.min(self.hits.help_max);
                let to = match msg {
                    Msg::PageDown => (at + page).min(self.hits.help_max),
                    _ => at.saturating_sub(page),
                };
                let changed = to != self.question_help_scroll;
                self.question_help_scroll = to;
                return changed;
            }
            Msg::CloseOverlay if self.question_help => self.question_help = false,
            _ => return false,
        }
        true
    }
}
