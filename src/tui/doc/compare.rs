//! The Compare and About sections as lines: a picker of two to four
//! options, then the picked options in columns, each row's cells wrapped
//! side by side; on a narrow screen fewer columns, with signs of how many
//! are hidden to the left and right.

use ratatui::style::Style;
use ratatui::text::Line;
use unicode_width::UnicodeWidthStr;

use super::{Out, View};
use crate::advice::compare::{Comparison, Row};
use crate::dataset::Dataset;
use crate::report::decision::{about_said, cell, heading, Said};
use crate::tui::app::compare::{choices, picked, MAX_PICKED};
use crate::words::decision as w;

/// A column narrower than this is hard to read: show fewer columns.
const MIN_COLUMN: usize = 20;
const GAP: &str = " │ ";

pub(super) fn build(o: &mut Out, anchors: &mut Vec<(usize, usize, usize)>, view: View) {
    let t = o.theme;
    let (data, advice, pick) = (view.data, view.advice, view.pick);
    o.hang(0, 0, w::compare(), t.heading);
    if data.decision.is_none() {
        o.hang(0, 0, w::no_facts(), t.base);
        return;
    }
    // The table first, so the section opens on a comparison to read; the
    // picker follows (the cursor scrolls it into view).
    let c = picked(data, advice, pick);
    if c.columns.len() < 2 {
        o.hang(0, 0, w::pick_two(), t.muted);
    } else {
        table(o, &c, pick.first);
    }
    o.blank();
    o.hang(0, 0, w::pick_heading(), t.heading);
    let hint = w::pick_hint(MAX_PICKED, t.glyphs.up_down, t.glyphs.left_right);
    o.hang(0, 0, &hint, t.muted);
    let mut added_heading = false;
    for (k, (id, add)) in choices(data, advice).into_iter().enumerate() {
        if add && !added_heading {
            o.hang(0, 0, w::you_may_add(), t.muted);
            added_heading = true;
        }
        let start = o.lines.len();
        let on = pick.picked.iter().any(|p| p == id);
        let g = &t.glyphs;
        let cursor = if k == pick.cursor { g.cursor } else { " " };
        let mark = if on { g.many_on } else { g.many_off };
        let name = name_of(data, id).unwrap_or_else(|| id.to_string());
        let style = if k == pick.cursor { t.focus } else { t.base };
        o.hang(0, 6, &format!("{cursor} {mark} {name}"), style);
        anchors.push((k, start, o.lines.len()));
    }
}

fn name_of(data: &Dataset, id: &str) -> Option<String> {
    let wait = data.decision.as_ref().map(|d| &d.wait);
    data.treatments
        .iter()
        .chain(wait)
        .find(|t| t.id == id)
        .map(|t| t.name.clone())
}

/// The picked options from `first`, as many as fit the width.
fn table(o: &mut Out, c: &Comparison, first: usize) {
    let t = o.theme;
    let n = c.columns.len();
    let gap = GAP.width();
    let fit = ((o.width + gap) / (MIN_COLUMN + gap)).clamp(1, n);
    let first = first.min(n - fit);
    let shown = c.columns.get(first..first + fit).unwrap_or_default();
    let width = (o.width.saturating_sub(gap * (fit - 1)) / fit).max(1);
    let (left, right) = (first, n - first - fit);
    if left > 0 || right > 0 {
        let g = &t.glyphs;
        let l = if left > 0 {
            format!("{} {}", g.left, w::more(left))
        } else {
            String::new()
        };
        let r = if right > 0 {
            format!("{} {}", w::more(right), g.right)
        } else {
            String::new()
        };
        let pad = o.width.saturating_sub(l.width() + r.width());
        o.lines
            .push(Line::styled(format!("{l}{}{r}", " ".repeat(pad)), t.muted));
    }
    let names: Vec<String> = shown.iter().map(heading).collect();
    side_by_side(o, &names, width, t.button);
    o.lines
        .push(Line::styled("─".repeat(o.width.min(200)), t.muted));
    if !c.values.is_empty() {
        o.hang(0, 0, w::fits_label(), t.heading);
        let fits: Vec<String> = shown
            .iter()
            .map(|col| {
                let v: Vec<&str> = col.fits.iter().map(|&v| w::value(v)).collect();
                if v.is_empty() {
                    "—".to_string()
                } else {
                    v.join(", ")
                }
            })
            .collect();
        side_by_side(o, &fits, width, t.base);
    }
    for row in Row::ALL {
        o.hang(0, 0, w::row(row), t.heading);
        let cells: Vec<String> = shown.iter().map(|col| cell(c, row, col)).collect();
        side_by_side(o, &cells, width, t.base);
    }
}

/// Texts wrapped each to `width`, laid side by side line by line.
fn side_by_side(o: &mut Out, texts: &[String], width: usize, style: Style) {
    let wrapped: Vec<Vec<String>> = texts
        .iter()
        .map(|s| {
            textwrap::wrap(s, width)
                .into_iter()
                .map(|l| l.trim_end().to_string())
                .collect()
        })
        .collect();
    let height = wrapped.iter().map(Vec::len).max().unwrap_or(0);
    for i in 0..height {
        let parts: Vec<String> = wrapped
            .iter()
            .map(|w| {
                let s = w.get(i).map(String::as_str).unwrap_or("");
                let pad = width.saturating_sub(s.width());
                format!("{s}{}", " ".repeat(pad))
            })
            .collect();
        o.lines
            .push(Line::styled(parts.join(GAP).trim_end().to_string(), style));
    }
}

/// "About this guide": the disclosure.
pub(super) fn about(o: &mut Out, data: &Dataset) {
    let t = o.theme;
    for said in about_said(data) {
        match said {
            Said::Heading(h) => o.hang(0, 0, &h, t.heading),
            Said::Para(_, p) => {
                o.blank();
                o.hang(0, 2, &p, t.base);
            }
        }
    }
}
