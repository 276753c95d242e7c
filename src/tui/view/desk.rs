//! The staff's Summaries screen: the list with a field to type a code,
//! or one summary as readable text, with signs for what is cut off and
//! what the last action did.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Clear, Widget};
use unicode_width::UnicodeWidthStr;

use super::overlay::boxed;
use super::{hint, put, put_lines, scroll};
use crate::tui::app::App;
use crate::tui::desk::{self, Desk, Note, Open};
use crate::tui::layout::{Hits, Target};
use crate::words::{self, desk as w};

pub fn draw(app: &App, d: &Desk, dir: Option<&str>, area: Rect, buf: &mut Buffer, hits: &mut Hits) {
    let t = &app.theme;
    // Nothing of the patient's screen around it: one person's summary is
    // not read beside another's answers.
    Clear.render(area, buf);
    buf.set_style(area, t.base);
    let frame = desk::frame(area);
    let inner = boxed(app, frame, buf, w::title());
    let body = desk::body(area, d.note.as_ref());
    let x = inner.x;
    let note = |buf: &mut Buffer, d: &Desk| {
        let style = match &d.note {
            Some(Note::Failed(_)) => t.error,
            _ => t.heading,
        };
        let lines = desk::note_lines(d.note.as_ref(), inner.width);
        put_lines(buf, inner, x, inner.y.saturating_add(2), &lines, style);
    };
    match &d.open {
        Some(open) => {
            let head = w::opened(&open.row.code, &open.row.written, open.row.collected);
            put(buf, inner, x, inner.y, &head, t.heading);
            hits.focus(Rect::new(x, inner.y, inner.width, 1).intersection(inner));
            text(app, open, body, buf);
            match open.confirm_delete {
                Some(yes) => confirm(app, open, inner, buf, hits, yes),
                None => {
                    note(buf, d);
                    hint(buf, inner, w::open_keys(), t);
                }
            }
        }
        None => {
            let header = match (&d.problem, dir) {
                (Some(why), _) => why.clone(),
                (None, Some(dir)) => {
                    let fresh = d.rows.iter().filter(|r| !r.collected).count();
                    w::header(d.rows.len(), fresh, dir)
                }
                (None, None) => words::no_export_dir().to_string(),
            };
            let style = if d.problem.is_some() { t.error } else { t.base };
            put(buf, inner, x, inner.y, &header, style);
            let y = inner.y.saturating_add(1);
            let end = put(buf, inner, x, y, w::find(), t.base);
            let field = put(buf, inner, end, y, &d.typed, t.focus);
            // The cursor where the next character goes.
            hits.focus(Rect::new(field, y, 1, 1).intersection(inner));
            note(buf, d);
            rows(app, d, body, buf, hits);
            hint(buf, inner, w::list_keys(), t);
        }
    }
}

/// The list under its headings, the highlighted row kept in view.
fn rows(app: &App, d: &Desk, body: Rect, buf: &mut Buffer, hits: &mut Hits) {
    let t = &app.theme;
    if d.rows.is_empty() {
        if d.problem.is_none() {
            put(buf, body, body.x, body.y, w::none_yet(), t.muted);
        }
        return;
    }
    put(
        buf,
        body,
        body.x.saturating_add(2),
        body.y,
        w::headings(),
        t.muted,
    );
    let list = Rect::new(
        body.x,
        body.y.saturating_add(1),
        body.width,
        body.height.saturating_sub(1),
    );
    let win = scroll::window(
        d.rows.len(),
        usize::from(list.height),
        (d.focus, d.focus + 1),
    );
    for (i, r) in d.rows.iter().enumerate().skip(win.offset).take(win.shown) {
        let Some(y) = win.row_of(list, i) else {
            continue;
        };
        let (marker, style) = if i == d.focus {
            (t.glyphs.cursor, t.focus)
        } else {
            (" ", t.base)
        };
        let text = format!("{marker} {}", w::row(&r.code, &r.written, r.collected));
        let end = put(buf, list, list.x, y, &text, style);
        hits.push(
            Rect::new(list.x, y, end.saturating_sub(list.x), 1).intersection(list),
            Target::Summary(i),
        );
    }
    let below = d.rows.len().saturating_sub(win.offset + win.shown);
    scroll::signs(buf, list, &win, win.offset, below, t);
}

/// The open summary as plain text, from its scroll offset.
fn text(app: &App, open: &Open, body: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let lines = desk::text_lines(&open.markdown, body.width);
    let height = usize::from(body.height);
    let at = open.scroll.min(desk::max_scroll(lines.len(), height));
    let win = text_window(lines.len(), height, at);
    for (i, line) in lines.iter().enumerate().skip(win.offset).take(win.shown) {
        if let Some(y) = win.row_of(body, i) {
            put(buf, body, body.x, y, line, t.base);
        }
    }
    let below = lines.len().saturating_sub(win.offset + win.shown);
    scroll::signs(buf, body, &win, win.offset, below, t);
}

/// "Delete K7QM4 …?" with its two buttons, over the note and keys rows.
fn confirm(app: &App, open: &Open, inner: Rect, buf: &mut Buffer, hits: &mut Hits, yes: bool) {
    let t = &app.theme;
    let y = inner.y.saturating_add(2);
    let end = put(
        buf,
        inner,
        inner.x,
        y,
        &w::delete_ask(&open.row.code),
        t.error,
    );
    let (ys, ns) = if yes {
        (t.focus, t.button)
    } else {
        (t.button, t.focus)
    };
    let x = end.saturating_add(2);
    let yes_label = format!("[ y: {} ]", w::delete());
    let no_label = format!("[ n: {} ]", w::keep());
    // On a narrow screen the buttons go on the keys row.
    let need = yes_label.width() + no_label.width() + 2;
    let room = usize::from(inner.right().saturating_sub(x));
    let last = inner.bottom().saturating_sub(1);
    let (x, y) = if need <= room {
        (x, y)
    } else {
        (inner.x, last)
    };
    let e1 = put(buf, inner, x, y, &yes_label, ys);
    let x2 = e1.saturating_add(2);
    let e2 = put(buf, inner, x2, y, &no_label, ns);
    hits.push(
        Rect::new(x, y, e1.saturating_sub(x), 1).intersection(inner),
        Target::Yes,
    );
    hits.push(
        Rect::new(x2, y, e2.saturating_sub(x2), 1).intersection(inner),
        Target::No,
    );
    let focus_x = if yes { x } else { x2 };
    hits.focus(Rect::new(focus_x, y, 1, 1).intersection(inner));
    if y != last {
        hint(buf, inner, w::delete_keys(), t);
    }
}

/// The text from line `at` in `height` rows: a sign row above when
/// scrolled, one below when lines are left, the lines between. At
/// `desk::max_scroll` the last line is shown (scroll::window keeps both
/// signs there, which would hide it).
fn text_window(total: usize, height: usize, at: usize) -> scroll::Window {
    if total <= height {
        return scroll::window(total, height, (0, total));
    }
    let top = at > 0;
    let room = height.saturating_sub(usize::from(top));
    let bottom = at + room < total;
    scroll::Window {
        offset: at,
        shown: room.saturating_sub(usize::from(bottom)),
        top,
        bottom,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_of_the_text_can_be_scrolled_into_view() {
        for total in 0..40 {
            for height in 3..15 {
                let max = desk::max_scroll(total, height);
                let mut seen = vec![false; total];
                for at in 0..=max {
                    let w = text_window(total, height, at);
                    let used = w.shown + usize::from(w.top) + usize::from(w.bottom);
                    assert!(used <= height, "{total} {height} {at}");
                    assert_eq!(w.top, w.offset > 0, "{total} {height} {at}");
                    let below = w.offset + w.shown < total;
                    assert_eq!(w.bottom, below, "{total} {height} {at}");
                    for s in seen.iter_mut().skip(w.offset).take(w.shown) {
                        *s = true;
                    }
                }
                assert!(seen.iter().all(|s| *s), "{total} lines in {height} rows");
            }
        }
    }
}
