//! Kiosk boxes over the screen: the staff PIN prompt and menu, "Still
//! there?", and the reference code of a summary sent to staff.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Clear, Widget};
use tui_big_text::{BigText, PixelSize};

use super::overlay::centred;
use super::{block, put, render_block, wrap};
use crate::kiosk::idle;
use crate::tui::app::App;
use crate::tui::kiosk::{Kiosk, Sent, Staff, StaffItem};
use crate::tui::layout::{Hits, Target};
use crate::words;

/// An empty bordered box; returns its inside.
fn boxed(app: &App, area: Rect, buf: &mut Buffer, title: &str) -> Rect {
    let area = area.intersection(buf.area);
    Clear.render(area, buf);
    buf.set_style(area, app.theme.base);
    render_block(block(&app.theme, title), area, buf);
    Rect::new(
        area.x.saturating_add(2),
        area.y.saturating_add(1),
        area.width.saturating_sub(4),
        area.height.saturating_sub(2),
    )
}

/// Draws whichever kiosk box is open; the topmost wins. Returns whether
/// one was drawn (then it takes the clicks).
pub fn draw(app: &App, k: &Kiosk, area: Rect, buf: &mut Buffer, hits: &mut Hits) -> bool {
    let t = &app.theme;
    if let Some(staff) = &k.staff {
        hits.clear();
        match staff {
            Staff::Pin { entered, note } => {
                let inner = boxed(app, centred(area, 50, 8), buf, words::STAFF_TITLE);
                put(buf, inner, inner.x, inner.y, words::PIN_ASK, t.base);
                let mask: String = entered.chars().map(|_| t.glyphs.bullet).collect();
                let field = format!("{mask}_");
                put(buf, inner, inner.x, inner.y + 2, &field, t.focus);
                if let Some(n) = note {
                    put(buf, inner, inner.x, inner.y + 3, n, t.error);
                }
                put(buf, inner, inner.x, inner.y + 5, words::PIN_HINT, t.muted);
            }
            Staff::Menu { focus } => {
                let h = StaffItem::ALL.len() as u16 + 4;
                let inner = boxed(app, centred(area, 50, h), buf, words::STAFF_MENU);
                for (i, item) in StaffItem::ALL.iter().enumerate() {
                    let y = inner.y + i as u16;
                    let (marker, style) = if i == *focus {
                        (t.glyphs.cursor, t.focus)
                    } else {
                        (" ", t.base)
                    };
                    let text = format!("{marker} {}. {}", i + 1, item.label());
                    let end = put(buf, inner, inner.x, y, &text, style);
                    hits.push(
                        Rect::new(inner.x, y, end.saturating_sub(inner.x), 1).intersection(inner),
                        Target::Staff(i),
                    );
                }
                let y = inner.bottom().saturating_sub(1);
                put(buf, inner, inner.x, y, words::STAFF_MENU_HINT, t.muted);
            }
            Staff::Where => {
                let text = match &k.export_dir {
                    Some(dir) => words::summaries_in(&dir.display().to_string()),
                    None => words::NO_EXPORT_DIR.to_string(),
                };
                let lines = wrap(&text, 56);
                let inner = boxed(
                    app,
                    centred(area, 62, lines.len() as u16 + 4),
                    buf,
                    words::STAFF_WHERE,
                );
                for (i, line) in lines.iter().enumerate() {
                    put(buf, inner, inner.x, inner.y + i as u16, line, t.base);
                }
                let y = inner.bottom().saturating_sub(1);
                put(buf, inner, inner.x, y, words::PIN_HINT_BACK, t.muted);
            }
        }
        return true;
    }
    if let idle::State::Warning { seconds_left } = k.idle_state {
        hits.clear();
        let lines = wrap(&words::still_there(seconds_left), 50);
        let inner = boxed(
            app,
            centred(area, 56, lines.len() as u16 + 4),
            buf,
            words::STILL_THERE,
        );
        for (i, line) in lines.iter().enumerate() {
            put(buf, inner, inner.x, inner.y + i as u16, line, t.heading);
        }
        let y = inner.bottom().saturating_sub(1);
        put(buf, inner, inner.x, y, words::ANY_KEY, t.muted);
        return true;
    }
    if let Some(Sent::Code(code)) = &k.sent {
        hits.clear();
        let inner = boxed(app, centred(area, 58, 14), buf, words::SENT_TITLE);
        put(buf, inner, inner.x, inner.y, words::SENT_INTRO, t.base);
        let big = Rect::new(inner.x, inner.y + 2, inner.width, 4).intersection(inner);
        BigText::builder()
            .pixel_size(PixelSize::Quadrant)
            .style(t.heading)
            .lines(vec![code.as_str().into()])
            .build()
            .render(big, buf);
        // The code in plain letters too, for screen readers and small fonts.
        let plain = words::your_code(code);
        put(buf, inner, inner.x, inner.y + 7, &plain, t.focus);
        for (i, line) in wrap(words::SENT_GIVE, inner.width).iter().enumerate() {
            put(buf, inner, inner.x, inner.y + 8 + i as u16, line, t.base);
        }
        let y = inner.bottom().saturating_sub(1);
        let label = format!("[ {} ]", words::OK);
        let end = put(buf, inner, inner.x, y, &label, t.focus);
        hits.push(
            Rect::new(inner.x, y, end.saturating_sub(inner.x), 1).intersection(inner),
            Target::No,
        );
        return true;
    }
    false
}
