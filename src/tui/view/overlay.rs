//! Boxes over the screen: the list of keys, the disclaimer in full, and the
//! quit / start-over confirmations; the box helpers here serve the kiosk's boxes too.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::{Clear, Widget};

use super::{block, hint, put, put_lines, render_block, scroll, version, wrap};
use crate::tui::app::{App, Overlay, Screen};
use crate::tui::layout::{self, Hits, Target};
use crate::words;

pub(super) use crate::tui::layout::centred;

/// An empty bordered box over what is there; returns its inside.
pub(super) fn boxed(app: &App, area: Rect, buf: &mut Buffer, title: &str) -> Rect {
    let area = area.intersection(buf.area);
    Clear.render(area, buf);
    buf.set_style(area, app.theme.base);
    render_block(block(&app.theme, title), area, buf);
    layout::inside(area)
}

/// A centred box `width` wide (at most) holding `text` in `style`, wrapped
/// to the inside's width; returns the inside, whose last row is left free
/// for a hint or buttons.
pub(super) fn text_box(
    app: &App,
    area: Rect,
    buf: &mut Buffer,
    width: u16,
    title: &str,
    text: &str,
    style: Style,
) -> Rect {
    let lines = wrap(text, width.saturating_sub(6));
    let inner = boxed(
        app,
        centred(area, width, lines.len() as u16 + 4),
        buf,
        title,
    );
    put_lines(buf, inner, inner.x, inner.y, &lines, style);
    inner
}

/// A box's outline from its inside (see `layout::inside`).
pub(super) fn outer(inner: Rect) -> Rect {
    Rect::new(
        inner.x.saturating_sub(2),
        inner.y.saturating_sub(1),
        inner.width.saturating_add(4),
        inner.height.saturating_add(2),
    )
}

pub fn draw(app: &App, overlay: Overlay, area: Rect, buf: &mut Buffer, hits: &mut Hits) {
    let t = &app.theme;
    match overlay {
        Overlay::Help => {
            let help = app.help_box(area);
            let inner = boxed(app, help.outer, buf, words::keys());
            let first = app
                .help_scroll
                .min(help.rows.len().saturating_sub(help.shown));
            let rows = help.rows.iter().skip(first).take(help.shown);
            for (i, (k, what)) in rows.enumerate() {
                let y = inner.y.saturating_add(i as u16);
                let x = inner.x.saturating_add(help.key_width);
                put(buf, inner, inner.x, y, k, t.button);
                put(buf, inner, x, y, what, t.base);
            }
            // The first row shown has the cursor: a screen reader reads
            // from there, and again after each scroll.
            hits.focus(Rect::new(inner.x, inner.y, inner.width, 1));
            if help.shown < help.rows.len() {
                hint(buf, inner, &words::help_more(t.glyphs.up_down), t);
                let below = help.rows.len().saturating_sub(first + help.shown);
                let sign = |glyph: &str, n: usize| match n {
                    0 => String::new(),
                    n => scroll::more(glyph, n),
                };
                scroll::border_signs(
                    buf,
                    help.outer,
                    &sign(t.glyphs.up, first),
                    &sign(t.glyphs.down, below),
                    t.muted,
                );
            } else {
                hint(buf, inner, words::help_close(), t);
            }
        }
        Overlay::Disclaimer => {
            let meta = &app.data().meta;
            let text = format!("{}\n\n{}", meta.disclaimer, version(app));
            // Wrapped to the box as drawn: narrower than 64 on a small screen.
            let width = area.width.min(64);
            let inner = text_box(app, area, buf, width, words::important(), &text, t.base);
            hint(buf, inner, words::disclaimer_close(), t);
            // The cursor on the first line: a screen reader reads the notice.
            hits.focus(Rect::new(inner.x, inner.y, inner.width, 1));
        }
        Overlay::Quit { yes } | Overlay::StartOver { yes } | Overlay::Finish { yes } => {
            // Saved results lose nothing on quitting; answers changed
            // after saving would be lost, hence the results screen only.
            let saved = app.saved.as_ref().and_then(|s| s.as_ref().ok());
            let ask = match (overlay, saved) {
                (Overlay::StartOver { .. }, _) => words::start_over_ask().to_string(),
                (Overlay::Finish { .. }, _) => words::desk::finish_ask().to_string(),
                (_, Some(path)) if app.screen == Screen::Results => words::quit_saved(path),
                _ => words::quit_ask().to_string(),
            };
            let confirm = match overlay {
                Overlay::StartOver { .. } => words::start_over(),
                Overlay::Finish { .. } => words::desk::finish(),
                _ => words::quit(),
            };
            let inner = text_box(app, area, buf, 50, "", &ask, t.button);
            super::border_hint(buf, outer(inner), words::dialog_close(), t);
            let y = inner.bottom().saturating_sub(1);
            let yes_label = format!("[ y: {confirm} ]");
            let no_label = format!("[ n: {} ]", words::stay());
            let (ys, ns) = if yes {
                (t.focus, t.button)
            } else {
                (t.button, t.focus)
            };
            let x = inner.x;
            let end = put(buf, inner, x, y, &yes_label, ys);
            hits.push(
                Rect::new(x, y, end.saturating_sub(x), 1).intersection(inner),
                Target::Yes,
            );
            let x2 = end.saturating_add(2);
            let end2 = put(buf, inner, x2, y, &no_label, ns);
            hits.push(
                Rect::new(x2, y, end2.saturating_sub(x2), 1).intersection(inner),
                Target::No,
            );
        }
    }
}
