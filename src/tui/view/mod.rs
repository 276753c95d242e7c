//! Read-only views: each draws one screen from the model into a buffer and
//! reports where its clickable areas are.

mod bigcode;
mod desk;
mod fit;
mod focus;
mod kiosk;
mod overlay;
mod question;
mod results;
mod review;
mod scroll;
mod too_small;
mod welcome;

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Block, Widget};

use unicode_width::UnicodeWidthStr;

use crate::words;

use super::app::{App, Screen};
use super::layout::{self, Button, Hits, Target};
use super::theme::Theme;

/// Draws the whole screen; returns the clickable areas.
pub fn draw(app: &App, area: Rect, buf: &mut Buffer) -> Hits {
    let area = area.intersection(buf.area);
    let mut hits = Hits::default();
    crate::i18n::set(app.lang);
    if area.is_empty() {
        return hits;
    }
    buf.set_style(area, app.theme.base);
    if layout::is_too_small(area) {
        too_small::draw(app, area, buf);
        return hits;
    }
    match app.screen {
        Screen::Welcome => welcome::draw(app, area, buf, &mut hits),
        Screen::Question => question::draw(app, area, buf, &mut hits),
        Screen::Review => review::draw(app, area, buf, &mut hits),
        Screen::Results => {
            results::draw(app, area, buf, &mut hits);
            scroll::results(app, area, buf);
        }
    }
    if let Some(o) = app.overlay {
        hits.clear();
        overlay::draw(app, o, area, buf, &mut hits);
    }
    if let Some(k) = &app.kiosk {
        // Staff boxes in the clinic's language, the rest in the patient's.
        crate::i18n::with(app.speaking(), || kiosk::draw(app, k, area, buf, &mut hits));
    }
    if hits.cursor.is_none() {
        hits.cursor = focus::focused_target(app, &hits).and_then(|target| {
            let (r, _) = hits.areas.iter().rev().find(|(_, t)| *t == target)?;
            Some(r.as_position())
        });
    }
    hits
}

/// How many columns of the terminal `text` takes: a wide character (CJK)
/// two, not one as `chars().count()` says.
fn cols(text: &str) -> u16 {
    u16::try_from(text.width()).unwrap_or(u16::MAX)
}

/// Writes text at (x, y), clipped to `clip`; returns the column after it.
fn put(buf: &mut Buffer, clip: Rect, x: u16, y: u16, text: &str, style: Style) -> u16 {
    let clip = clip.intersection(buf.area);
    if !clip.contains(Position { x, y }) {
        return x;
    }
    let max = usize::from(clip.right().saturating_sub(x));
    buf.set_stringn(x, y, text, max, style).0
}

/// Writes lines one under another from (x, y), clipped to `clip`; returns
/// the row after them.
fn put_lines(buf: &mut Buffer, clip: Rect, x: u16, y: u16, lines: &[String], style: Style) -> u16 {
    let mut y = y;
    for line in lines {
        put(buf, clip, x, y, line, style);
        y = y.saturating_add(1);
    }
    y
}

/// Writes a styled line at (x, y), clipped to `clip`.
fn put_line(buf: &mut Buffer, clip: Rect, x: u16, y: u16, line: &Line) {
    let clip = clip.intersection(buf.area);
    if !clip.contains(Position { x, y }) {
        return;
    }
    let max = clip.right().saturating_sub(x);
    buf.set_line(x, y, line, max);
}

/// Fills a row of `area` with a style.
fn fill_row(buf: &mut Buffer, area: Rect, y: u16, style: Style) {
    let row = Rect::new(area.x, y, area.width, 1)
        .intersection(area)
        .intersection(buf.area);
    if !row.is_empty() {
        buf.set_style(row, style);
    }
}

/// Text wrapped to a width (at least 1).
fn wrap(text: &str, width: u16) -> Vec<String> {
    let width = usize::from(width.max(1));
    text.split('\n')
        .flat_map(|p| textwrap::wrap(p, layout::first_fit(width)))
        .map(|l| l.trim_end().to_string())
        .collect()
}

/// A screen's frame: the title bar (the dataset's title, `right` on the
/// right), `bottom_rows` rows at the bottom for the error line, buttons and
/// keys, and above them the text column, at most `max_width` wide.
/// Returns (text, bottom).
fn page(
    app: &App,
    area: Rect,
    buf: &mut Buffer,
    right: &str,
    bottom_rows: u16,
    max_width: u16,
) -> (Rect, Rect) {
    bar(buf, area, &app.theme, &app.data().meta.title, right);
    let body = Rect::new(
        area.x,
        area.y + 1,
        area.width,
        area.height.saturating_sub(1),
    );
    let (body, bottom) = split_bottom(body, bottom_rows);
    let col = layout::column(body, max_width);
    let text = Rect::new(
        col.x + 1,
        col.y + 1,
        col.width.saturating_sub(2),
        col.height.saturating_sub(1),
    );
    (text, bottom)
}

/// The title bar: the dataset's title on the left, `right` on the right.
fn bar(buf: &mut Buffer, area: Rect, theme: &Theme, left: &str, right: &str) {
    let row = Rect::new(area.x, area.y, area.width, area.height.min(1));
    fill_row(buf, row, area.y, theme.bar);
    let right_w = cols(right);
    let rx = row.right().saturating_sub(right_w.saturating_add(1));
    let left_clip = Rect::new(row.x, row.y, rx.saturating_sub(row.x).saturating_sub(1), 1);
    // A title that does not fit ends at a word with an ellipsis, not
    // in the middle of a word.
    let room = usize::from(left_clip.width.saturating_sub(2));
    put(
        buf,
        left_clip,
        row.x.saturating_add(1),
        row.y,
        &fit::at_word(left, room, fit::ellipsis(theme)),
        theme.bar,
    );
    put(buf, row, rx, row.y, right, theme.bar);
}

/// A row of buttons "[ Label ]" from the left of `row`.
fn buttons(
    buf: &mut Buffer,
    row: Rect,
    theme: &Theme,
    items: &[(&str, Button, bool)],
    hits: &mut Hits,
) {
    let mut x = row.x.saturating_add(1);
    for &(label, button, focused) in items {
        let text = format!("[ {label} ]");
        // A button cut in half is worse than none (its key still works).
        if usize::from(x) + text.width() > usize::from(row.right()) {
            break;
        }
        let style = if focused { theme.focus } else { theme.button };
        let end = put(buf, row, x, row.y, &text, style);
        let area = Rect::new(x, row.y, end.saturating_sub(x), 1).intersection(row);
        hits.push(area, Target::Button(button));
        if focused {
            hits.focus(area);
        }
        x = end.saturating_add(2);
    }
}

/// A bordered box in the theme's glyphs.
fn block<'a>(theme: &Theme, title: &'a str) -> Block<'a> {
    let b = Block::bordered()
        .border_set(theme.glyphs.border)
        .border_style(theme.border);
    if title.is_empty() {
        b
    } else {
        b.title(Line::styled(format!(" {title} "), theme.heading))
    }
}

/// A muted hint on the last row of a box's inside (how to close it); one
/// longer than the row ends at a word with an ellipsis, never in a word.
fn hint(buf: &mut Buffer, inner: Rect, text: &str, theme: &Theme) {
    let y = inner.bottom().saturating_sub(1);
    let text = fit::at_word(text, usize::from(inner.width), fit::ellipsis(theme));
    put(buf, inner, inner.x, y, &text, theme.muted);
}

/// How to close a box, on the right of its bottom border, so every box
/// says it even when its inside is full.
fn border_hint(buf: &mut Buffer, outer: Rect, text: &str, theme: &Theme) {
    let label = format!(" {text} ");
    let w = cols(&label);
    if outer.height < 2 || w.saturating_add(4) > outer.width {
        return;
    }
    let x = outer.right().saturating_sub(w.saturating_add(2));
    put(
        buf,
        outer,
        x,
        outer.bottom().saturating_sub(1),
        &label,
        theme.muted,
    );
}

fn render_block(block: Block, area: Rect, buf: &mut Buffer) {
    let area = area.intersection(buf.area);
    if area.width >= 2 && area.height >= 2 {
        block.render(area, buf);
    }
}

/// The keys hint at the bottom of a screen, as the mode has them: a kiosk
/// offers no way out, and the results offer save or send.
fn keys_line(buf: &mut Buffer, row: Rect, app: &App, text: &str) {
    let results = app.screen == Screen::Results;
    let hint = crate::i18n::t;
    // Whole hints (two spaces apart), compared in the language shown.
    let mut hints: Vec<&str> = text.split("  ").collect();
    match &app.kiosk {
        // PgUp/PgDn stay in the F1 list, to fit 80 columns.
        None if results => {
            hints.retain(|h| *h != hint("hint-scroll"));
            let at = hints.iter().position(|h| *h == hint("hint-quit"));
            hints.insert(at.unwrap_or(hints.len()), hint("hint-save"));
        }
        None => {}
        Some(k) => {
            hints.retain(|h| *h != hint("hint-quit"));
            if results {
                hints.retain(|h| *h != hint("hint-restart"));
                if k.export_dir.is_some() {
                    hints.push(hint("hint-send"));
                }
                hints.push(hint("hint-finished"));
            }
        }
    }
    let text = hints.join("  ");
    let x = row.x.saturating_add(1);
    if row.height > 1 {
        // Wrapped between keys (two spaces apart), never inside one
        // ("r start over"), where there are rows for it (results).
        let width = usize::from(row.width.saturating_sub(2));
        let mut lines: Vec<String> = Vec::new();
        for key in text.split("  ") {
            match lines.last_mut() {
                Some(l) if l.width() + 2 + key.width() <= width => {
                    l.push_str("  ");
                    l.push_str(key);
                }
                _ => lines.push(key.to_string()),
            }
        }
        put_lines(buf, row, x, row.y, &lines, app.theme.muted);
        return;
    }
    let width = usize::from(row.width.saturating_sub(2));
    put(
        buf,
        row,
        x,
        row.y,
        &fit::hints(&text, width),
        app.theme.muted,
    );
}

fn version(app: &App) -> String {
    let meta = &app.data().meta;
    words::version(&meta.version, &meta.reviewed)
}

/// Splits the bottom `n` rows off `area`.
fn split_bottom(area: Rect, n: u16) -> (Rect, Rect) {
    let n = n.min(area.height);
    let top = Rect::new(area.x, area.y, area.width, area.height - n);
    let bottom = Rect::new(area.x, area.y + area.height - n, area.width, n);
    (top, bottom)
}

/// The row `i` of `area` (empty if outside).
fn row(area: Rect, i: u16) -> Rect {
    if i < area.height {
        Rect::new(area.x, area.y + i, area.width, 1)
    } else {
        Rect::new(area.x, area.y, 0, 0)
    }
}

/// Why the person cannot go on, on the first row of `bottom`.
fn error_line(buf: &mut Buffer, bottom: Rect, app: &App) {
    if let Some(message) = app.error {
        put(
            buf,
            row(bottom, 0),
            bottom.x + 1,
            bottom.y,
            message,
            app.theme.error,
        );
    }
}

/// A list of items of one or more lines each, in `list`, scrolled so that
/// item `focus` is in view, with a sign where items are cut off. The rows
/// of item `focus` are filled with the focus style; `click` is given each
/// item's rows that are in view. Returns where the focused item starts on
/// screen (for the terminal's cursor).
fn item_list(
    buf: &mut Buffer,
    list: Rect,
    theme: &Theme,
    items: &[Vec<Line>],
    focus: usize,
    mut click: impl FnMut(Rect, usize),
) -> Option<Position> {
    let mut starts = Vec::with_capacity(items.len());
    let mut total = 0usize;
    for lines in items {
        starts.push((total, total + lines.len()));
        total += lines.len();
    }
    let want = starts.get(focus).copied().unwrap_or((0, 0));
    let mut w = scroll::window(total, usize::from(list.height), want);
    // Start at an item's first line, not in the middle of one, when the
    // highlighted item still fits: a description without its label reads
    // as part of the wrong option.
    if let Some(&(next, _)) = starts.iter().find(|&&(a, _)| a >= w.offset) {
        if next > w.offset && want.1 <= next + w.shown && w.top {
            w.offset = next;
            w.bottom = w.bottom && next + w.shown < total;
        }
    }
    let mut cursor = None;
    for (i, (lines, &(first, _))) in items.iter().zip(&starts).enumerate() {
        let mut rows: Option<Rect> = None;
        for (k, line) in lines.iter().enumerate() {
            let Some(y) = w.row_of(list, first + k) else {
                continue;
            };
            if i == focus {
                fill_row(buf, list, y, theme.focus);
                cursor = cursor.or(Some(Position::new(list.x, y)));
            }
            put_line(buf, list, list.x, y, line);
            let r = Rect::new(list.x, y, list.width, 1);
            rows = Some(rows.map_or(r, |a| a.union(r)));
        }
        if let Some(rows) = rows {
            click(rows.intersection(list), i);
        }
    }
    // Items wholly out of view; one cut in half makes the sign say "more".
    let above = starts.iter().filter(|&&(_, b)| b <= w.offset).count();
    let below = starts
        .iter()
        .filter(|&&(a, _)| a >= w.offset + w.shown)
        .count();
    scroll::signs(buf, list, &w, above, below, theme);
    cursor
}
