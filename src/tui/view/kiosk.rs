//! Kiosk boxes over the screen: the staff PIN prompt, menu and Summaries
//! screen, "Still there?", and the reference code of a summary sent to staff.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::bigcode;
use super::overlay::{boxed, centred, text_box};
use super::{cols, fit, hint, put, put_lines, wrap};
use crate::kiosk::idle;
use crate::tui::app::App;
use crate::tui::kiosk::{Kiosk, Sent, Staff, StaffItem};
use crate::tui::layout::{Hits, Target};
use crate::tui::theme::ASCII;
use crate::words;

/// Draws whichever kiosk box is open; the topmost wins. Returns whether
/// one was drawn (then it takes the clicks).
pub fn draw(app: &App, k: &Kiosk, area: Rect, buf: &mut Buffer, hits: &mut Hits) -> bool {
    let t = &app.theme;
    if let Some(staff) = &k.staff {
        hits.clear();
        match staff {
            Staff::Pin { entered, note } => {
                let texts = [
                    words::pin_ask(),
                    note.as_deref().unwrap_or(""),
                    words::pin_hint(),
                ];
                let outer = centred(area, wide_enough(50, &texts), 8);
                let inner = boxed(app, outer, buf, words::staff_title());
                let fit =
                    |text: &str| fit::at_word(text, usize::from(inner.width), fit::ellipsis(t));
                put(buf, inner, inner.x, inner.y, &fit(words::pin_ask()), t.base);
                let mask: String = entered.chars().map(|_| t.glyphs.bullet).collect();
                let field = format!("{mask}_");
                put(buf, inner, inner.x, inner.y + 2, &field, t.focus);
                // The cursor where the next digit goes (the mask is bullets).
                let at = u16::try_from(entered.chars().count()).unwrap_or(0);
                hits.focus(
                    Rect::new(inner.x.saturating_add(at), inner.y + 2, 1, 1).intersection(inner),
                );
                // Two rows: a longer language's lock-out note still fits.
                if let Some(n) = note {
                    let lines: Vec<String> = wrap(n, inner.width).into_iter().take(2).collect();
                    put_lines(buf, inner, inner.x, inner.y + 3, &lines, t.error);
                }
                put(
                    buf,
                    inner,
                    inner.x,
                    inner.y + 5,
                    &fit(words::pin_hint()),
                    t.muted,
                );
            }
            Staff::Menu { focus } => {
                let h = StaffItem::ALL.len() as u16 + 4;
                let labels = StaffItem::ALL.map(|item| format!("  4. {}", item.label()));
                let mut texts: Vec<&str> = labels.iter().map(String::as_str).collect();
                texts.push(words::staff_menu_hint());
                let outer = centred(area, wide_enough(50, &texts), h);
                let inner = boxed(app, outer, buf, words::staff_menu());
                for (i, item) in StaffItem::ALL.iter().enumerate() {
                    let y = inner.y + i as u16;
                    let (marker, style) = if i == *focus {
                        (t.glyphs.cursor, t.focus)
                    } else {
                        (" ", t.base)
                    };
                    let text = format!("{marker} {}. {}", i + 1, item.label());
                    let text = fit::at_word(&text, usize::from(inner.width), fit::ellipsis(t));
                    let end = put(buf, inner, inner.x, y, &text, style);
                    hits.push(
                        Rect::new(inner.x, y, end.saturating_sub(inner.x), 1).intersection(inner),
                        Target::Staff(i),
                    );
                }
                hint(buf, inner, words::staff_menu_hint(), t);
            }
            Staff::Desk(d) => {
                let dir = k.export_dir.as_ref().map(|p| p.display().to_string());
                super::desk::draw(app, d, dir.as_deref(), area, buf, hits);
            }
        }
        return true;
    }
    if let idle::State::Warning { seconds_left } = k.idle_state {
        hits.clear();
        let text = words::still_there(seconds_left);
        let inner = text_box(
            app,
            area,
            buf,
            56,
            words::still_there_title(),
            &text,
            t.heading,
        );
        hits.focus(inner);
        hint(buf, inner, words::any_key(), t);
        return true;
    }
    if let Some(Sent::Code(code)) = &k.sent {
        hits.clear();
        let ascii = t.glyphs == ASCII;
        let tall = bigcode::height(ascii);
        let outer = centred(area, 58, 10 + tall);
        let inner = boxed(app, outer, buf, words::sent_title());
        super::border_hint(buf, outer, words::sent_close(), t);
        put(buf, inner, inner.x, inner.y, words::sent_intro(), t.base);
        let big = Rect::new(inner.x, inner.y + 2, inner.width, tall).intersection(inner);
        bigcode::draw(code, ascii, big, buf, t.heading);
        // The code in plain letters too, for screen readers and small fonts.
        let plain = words::your_code(code);
        let y = inner.y + 3 + tall;
        put(buf, inner, inner.x, y, &plain, t.focus);
        let give = wrap(words::sent_give(), inner.width);
        put_lines(buf, inner, inner.x, y + 1, &give, t.base);
        let y = inner.bottom().saturating_sub(1);
        let label = format!("[ {} ]", words::ok());
        let end = put(buf, inner, inner.x, y, &label, t.focus);
        hits.push(
            Rect::new(inner.x, y, end.saturating_sub(inner.x), 1).intersection(inner),
            Target::No,
        );
        return true;
    }
    false
}

/// A box's width: `least`, or wider to hold the longest of `texts` on a
/// line (a longer language), as far as the screen allows (`centred`
/// keeps it inside); what is still longer ends at a word.
fn wide_enough(least: u16, texts: &[&str]) -> u16 {
    let widest = texts.iter().map(|t| cols(t)).max().unwrap_or(0);
    least.max(widest.saturating_add(4))
}
