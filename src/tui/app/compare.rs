//! The Compare section's part of `update`: which options are picked (two
//! to four, as an Option Grid shows them), the picker's cursor, and which
//! columns are in view on a narrow screen.

use crate::advice::compare::{self, Comparison};
use crate::advice::Advice;
use crate::dataset::Dataset;

use super::super::layout::Section;
use super::{App, Msg};

/// At most this many options side by side.
pub const MAX_PICKED: usize = 4;

/// The picker and the columns in view.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Pick {
    /// Treatment ids picked (the wait option by its id), in list order.
    pub picked: Vec<String>,
    /// The highlighted row of the picker.
    pub cursor: usize,
    /// The first picked option in view (columns scroll sideways).
    pub first: usize,
}

/// The picker's rows: the comparison's options, then those the person
/// may add (not listed for their answers, but with facts).
pub fn choices<'d>(data: &'d Dataset, advice: &Advice<'d>) -> Vec<(&'d str, bool)> {
    let c = compare::build(data, advice, &[]);
    let mut v: Vec<(&str, bool)> = c
        .columns
        .iter()
        .map(|col| (col.treatment.id.as_str(), false))
        .collect();
    v.extend(
        compare::addable(data, &c)
            .into_iter()
            .map(|t| (t.id.as_str(), true)),
    );
    v
}

/// The comparison with the picked options only, in the picker's order.
pub fn picked<'d>(data: &'d Dataset, advice: &Advice<'d>, pick: &Pick) -> Comparison<'d> {
    let added: Vec<&str> = choices(data, advice)
        .into_iter()
        .filter(|(id, add)| *add && pick.picked.iter().any(|p| p == id))
        .map(|(id, _)| id)
        .collect();
    let mut c = compare::build(data, advice, &added);
    c.columns
        .retain(|col| pick.picked.contains(&col.treatment.id));
    c
}

/// The first two listed options and "wait", so the section opens with a
/// comparison to read.
pub fn default_pick(data: &Dataset, advice: &Advice) -> Pick {
    let c = compare::build(data, advice, &[]);
    let n = c.columns.len();
    let mut picked: Vec<String> = c
        .columns
        .iter()
        .take(n.saturating_sub(1).min(2))
        .map(|col| col.treatment.id.clone())
        .collect();
    if let Some(wait) = c.columns.last() {
        if !picked.contains(&wait.treatment.id) {
            picked.push(wait.treatment.id.clone());
        }
    }
    Pick {
        picked,
        cursor: 0,
        first: 0,
    }
}

impl App<'_> {
    /// Keys of the Compare section; false when the message is not its own.
    pub(super) fn compare_msg(&mut self, msg: Msg) -> bool {
        let data = self.data();
        let height = self.results_height();
        let Some(r) = self.results.as_mut() else {
            return false;
        };
        if r.section != Section::Compare {
            return false;
        }
        let rows = choices(data, &r.advice);
        // Up and Down move the picker's cursor once it is on screen; before
        // that they scroll the table like any section.
        let scroll = r.scroll.get(r.section.index()).copied().unwrap_or(0);
        let in_view = r
            .doc
            .anchors
            .iter()
            .find(|a| a.0 == r.pick.cursor)
            .is_some_and(|a| a.1 >= scroll && a.1 < scroll + height);
        if matches!(msg, Msg::Up | Msg::Down) && !in_view {
            return false;
        }
        // A click is the cursor's move and a toggle in one.
        let msg = match msg {
            Msg::Pick(k) if k < rows.len() => {
                r.pick.cursor = k;
                Msg::Toggle
            }
            Msg::Pick(_) => return true,
            other => other,
        };
        let follow = !matches!(msg, Msg::Sideways(_));
        let p = &mut r.pick;
        match msg {
            Msg::Up => p.cursor = p.cursor.saturating_sub(1),
            Msg::Down => p.cursor = (p.cursor + 1).min(rows.len().saturating_sub(1)),
            Msg::Enter | Msg::Toggle => {
                let Some(&(id, _)) = rows.get(p.cursor) else {
                    return true;
                };
                if let Some(at) = p.picked.iter().position(|x| x == id) {
                    p.picked.remove(at);
                } else if p.picked.len() < MAX_PICKED {
                    p.picked.push(id.to_string());
                    // Keep the picker's order, so columns do not jump about.
                    let order = |x: &String| rows.iter().position(|(id, _)| id == x);
                    p.picked.sort_by_key(order);
                }
                p.first = p.first.min(p.picked.len().saturating_sub(1));
            }
            Msg::Sideways(d) => {
                let last = p.picked.len().saturating_sub(1);
                p.first = p.first.saturating_add_signed(d as isize).min(last);
            }
            _ => return false,
        }
        self.refresh_doc();
        if follow {
            self.keep_cursor_in_view();
        }
        true
    }

    /// The picker row under the cursor stays on screen.
    fn keep_cursor_in_view(&mut self) {
        let height = self.results_height();
        if let Some(r) = self.results.as_mut() {
            let i = r.section.index();
            let line = r
                .doc
                .anchors
                .iter()
                .find(|a| a.0 == r.pick.cursor)
                .map(|a| (a.1, a.2));
            if let (Some((start, end)), Some(slot)) = (line, r.scroll.get_mut(i)) {
                *slot = (*slot).max(end.saturating_sub(height)).min(start);
            }
        }
    }
}
