//! Boxes over the screen: the list of keys, and the quit / start-over
//! confirmations.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Clear, Widget};

use super::{block, put, render_block, wrap};
use crate::tui::app::{App, Overlay};
use crate::tui::layout::{Hits, Target};
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

fn clear(area: Rect, buf: &mut Buffer, app: &App) {
    let area = area.intersection(buf.area);
    Clear.render(area, buf);
    buf.set_style(area, app.theme.base);
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
            let b = centred(area, 76, h);
            clear(b, buf, app);
            render_block(block(t, words::KEYS), b, buf);
            let inner = Rect::new(
                b.x + 2,
                b.y + 1,
                b.width.saturating_sub(4),
                b.height.saturating_sub(2),
            );
            for (i, (k, what)) in keys.iter().enumerate() {
                let y = inner.y.saturating_add(i as u16);
                put(buf, inner, inner.x, y, k, t.button);
                put(buf, inner, inner.x.saturating_add(key_w), y, what, t.base);
            }
            let y = inner.bottom().saturating_sub(1);
            put(buf, inner, inner.x, y, words::HELP_CLOSE, t.muted);
        }
        Overlay::Quit { yes } | Overlay::StartOver { yes } => {
            let (ask, confirm) = match overlay {
                Overlay::StartOver { .. } => (words::START_OVER_ASK, words::START_OVER),
                _ => (words::QUIT_ASK, words::QUIT),
            };
            let lines = wrap(ask, 44);
            let b = centred(area, 50, lines.len() as u16 + 4);
            clear(b, buf, app);
            render_block(block(t, ""), b, buf);
            let inner = Rect::new(
                b.x + 2,
                b.y + 1,
                b.width.saturating_sub(4),
                b.height.saturating_sub(2),
            );
            for (i, line) in lines.iter().enumerate() {
                put(
                    buf,
                    inner,
                    inner.x,
                    inner.y.saturating_add(i as u16),
                    line,
                    t.button,
                );
            }
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
