//! The staff menu's Summaries screen, as the model holds it: the list of
//! summaries, the code being typed, the one open for reading, and what
//! the last action did. The folder work itself (`crate::desk`) is done by
//! the loop as an effect; this is pure, and shared by update and view so
//! both agree on how many lines fit.

use ratatui::layout::Rect;

use super::layout;

/// A summary as the list shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub code: String,
    /// Local time, for people.
    pub written: String,
    pub collected: bool,
}

/// The summary being read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Open {
    pub row: Row,
    /// The handout as sent; wrapped to the box when drawn.
    pub markdown: String,
    /// The first line shown.
    pub scroll: usize,
    /// Asking "delete it?": Some(whether the delete button has the focus).
    pub confirm_delete: Option<bool>,
}

/// What the last action did, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    Done(String),
    Failed(String),
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Desk {
    pub rows: Vec<Row>,
    /// The highlighted row.
    pub focus: usize,
    /// The code typed so far, as typed.
    pub typed: String,
    pub note: Option<Note>,
    pub open: Option<Open>,
    /// Why there is no list (no export folder, or it cannot be read).
    pub problem: Option<String>,
}

/// Work on the folder that the Summaries screen asks the loop to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeskOp {
    /// Read the list again.
    List,
    /// Open the summary whose code is typed, else the highlighted one.
    Open,
    Print,
    Collect,
    Delete,
}

/// The Summaries screen's own keys (the rest are the app's messages:
/// Up, Down, Enter, Cancel, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeskKey {
    /// A character of the code being typed.
    Char(char),
    Erase,
    Print,
    Collect,
    Delete,
    /// A click on a row of the list.
    Pick(usize),
}

/// The longest code the find field takes (codes with spaces and dashes).
pub const TYPED_MAX: usize = 20;

/// The Summaries box in the whole screen `area`: nearly all of it, so a
/// handout reads like a page.
pub fn frame(area: Rect) -> Rect {
    layout::centred(
        area,
        area.width.saturating_sub(2).min(84),
        area.height.saturating_sub(2),
    )
}

/// The most rows a note takes: enough for lp's reason at 60 columns.
pub const NOTE_ROWS: usize = 4;

/// The note wrapped to the box, at least one row (blank when there is
/// none), so what went wrong is read whole, not cut at the edge.
pub fn note_lines(note: Option<&Note>, width: u16) -> Vec<String> {
    let text = match note {
        Some(Note::Done(t) | Note::Failed(t)) => t.as_str(),
        None => "",
    };
    let mut lines: Vec<String> = textwrap::wrap(text, layout::first_fit(usize::from(width)))
        .into_iter()
        .map(|l| l.trim_end().to_string())
        .take(NOTE_ROWS)
        .collect();
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
}

/// Where the list or the text goes, inside the box: under the header,
/// the field (or status) and the note; above one row for the keys.
pub fn body(area: Rect, note: Option<&Note>) -> Rect {
    let inner = layout::inside(frame(area));
    let head = 2 + note_lines(note, inner.width).len() as u16;
    Rect::new(
        inner.x,
        inner.y.saturating_add(head),
        inner.width,
        inner.height.saturating_sub(head + 1),
    )
}

/// The open summary's text as lines, wrapped to `width`.
pub fn text_lines(markdown: &str, width: u16) -> Vec<String> {
    crate::desk::plain::render(markdown, usize::from(width.max(1)))
        .lines()
        .map(str::to_string)
        .collect()
}

/// The furthest the text scrolls in `height` rows: its last line shown
/// under the "more above" sign.
pub fn max_scroll(total: usize, height: usize) -> usize {
    if total <= height {
        0
    } else {
        total.saturating_sub(height.saturating_sub(1).max(1))
    }
}

impl Desk {
    /// The code typed, as the folder names it, if it can be one.
    pub fn typed_code(&self) -> Option<String> {
        crate::desk::code::normalize(&self.typed)
    }

    pub fn focused(&self) -> Option<&Row> {
        self.rows.get(self.focus)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_scrolls_until_its_last_line_is_shown() {
        assert_eq!(max_scroll(5, 10), 0);
        assert_eq!(max_scroll(10, 10), 0);
        // 11 lines in 10 rows: one sign row above, 9 lines, the last included.
        assert_eq!(max_scroll(11, 10), 2);
        assert_eq!(max_scroll(3, 1), 3 - 1);
    }

    #[test]
    fn the_body_fits_inside_the_box_at_every_size() {
        for w in 0..120 {
            for h in 0..40 {
                let area = Rect::new(0, 0, w, h);
                let f = frame(area);
                let long = Note::Failed("word ".repeat(200));
                let b = body(area, Some(&long));
                assert!(area.contains(f.as_position()) || f.is_empty());
                assert!(b.is_empty() || f.intersection(b) == b, "{w}x{h}");
            }
        }
    }
}

#[cfg(test)]
#[path = "desk_tests.rs"]
mod update_tests;
