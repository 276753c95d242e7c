//! Boxes over the screen: the list of keys, and the quit / start-over
//! confirmations; the box helpers here serve the kiosk's boxes too.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::{Clear, Widget};

use super::{block, hint, put, put_lines, render_block, wrap};
use crate::tui::app::{App, Overlay};
use crate::tui::layout::{self, Hits, Target};
use crate::words;

/// A centred box of at most w×h.
pub(super) fn centred(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

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

pub fn draw(app: &App, overlay: Overlay, area: Rect, buf: &mut Buffer, hits: &mut Hits) {
    let t = &app.theme;
    match overlay {
        Overlay::Help => {
            let mut keys = words::key_list(t.glyphs.up_down, t.glyphs.left_right);
            // The list matches the mode: a kiosk has no way out, but send
            // and finish; self-guided results can be saved.
            match &app.kiosk {
                Some(k) => {
                    keys.retain(|(key, _)| !key.starts_with("q "));
                    if k.export_dir.is_some() {
                        keys.push(("s".into(), words::KEY_SEND));
                    }
                    keys.push(("f".into(), words::KEY_FINISHED));
                }
                None => keys.push(("s".into(), words::KEY_SAVE)),
            }
            let key_w = keys
                .iter()
                .map(|(k, _)| k.chars().count())
                .max()
                .unwrap_or(0) as u16
                + 2;
            let h = keys.len() as u16 + 4;
            let inner = boxed(app, centred(area, 76, h), buf, words::KEYS);
            for (i, (k, what)) in keys.iter().enumerate() {
                let y = inner.y.saturating_add(i as u16);
                put(buf, inner, inner.x, y, k, t.button);
                put(buf, inner, inner.x.saturating_add(key_w), y, what, t.base);
            }
            hint(buf, inner, words::HELP_CLOSE, t);
        }
        Overlay::Quit { yes } | Overlay::StartOver { yes } => {
            let (ask, confirm) = match overlay {
                Overlay::StartOver { .. } => (words::START_OVER_ASK, words::START_OVER),
                _ => (words::QUIT_ASK, words::QUIT),
            };
            let inner = text_box(app, area, buf, 50, "", ask, t.button);
            let y = inner.bottom().saturating_sub(1);
            let yes_label = format!("[ y: {confirm} ]");
            let no_label = format!("[ n: {} ]", words::STAY);
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
