//! Lists taller than their space: which part is shown, and the signs that
//! say more lies above or below ("▲ 2 more", "▼ 3 more"), so nothing is
//! hidden without a sign.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use unicode_width::UnicodeWidthStr;

use super::put;
use crate::tui::app::App;
use crate::tui::layout;
use crate::tui::theme::Theme;
use crate::words;

/// The part of a list that is shown in a space of `height` rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    /// The first line shown.
    pub offset: usize,
    /// Lines shown, between the sign rows.
    pub shown: usize,
    /// A sign row at the top (lines above are cut off).
    pub top: bool,
    /// A sign row at the bottom (lines below are cut off; in a space too
    /// short for two sign rows, this one row says both).
    pub bottom: bool,
}

impl Window {
    /// The row of `area` where line `line` of the list is drawn, if shown.
    pub fn row_of(&self, area: Rect, line: usize) -> Option<u16> {
        let k = line.checked_sub(self.offset)?;
        (k < self.shown).then(|| {
            let k = u16::try_from(k).unwrap_or(u16::MAX);
            area.y.saturating_add(u16::from(self.top)).saturating_add(k)
        })
    }
}

/// The offset that shows lines `start..end` in `shown` rows: as much of it
/// as fits, from its start, and no further down than the list goes.
fn fit((start, end): (usize, usize), shown: usize, total: usize) -> usize {
    end.saturating_sub(shown)
        .min(start)
        .min(total.saturating_sub(shown))
}

/// The window onto `total` lines in `height` rows that shows lines
/// `want.0..want.1` (the highlighted item), with sign rows where lines
/// are cut off.
pub fn window(total: usize, height: usize, want: (usize, usize)) -> Window {
    if total <= height {
        return Window {
            offset: 0,
            shown: total,
            top: false,
            bottom: false,
        };
    }
    if height < 3 {
        let shown = height.saturating_sub(1);
        return Window {
            offset: fit(want, shown, total),
            shown,
            top: false,
            bottom: true,
        };
    }
    // Each sign row costs a line, so try the shapes until one agrees with
    // what it cuts off.
    for (top, bottom) in [(false, true), (true, true), (true, false)] {
        let shown = height - usize::from(top) - usize::from(bottom);
        let offset = fit(want, shown, total);
        if (offset > 0) == top && (offset + shown < total) == bottom {
            return Window {
                offset,
                shown,
                top,
                bottom,
            };
        }
    }
    let shown = height - 2;
    Window {
        offset: fit(want, shown, total).clamp(1, total - shown - 1),
        shown,
        top: true,
        bottom: true,
    }
}

/// Draws the window's sign rows in `area` (the list's whole space):
/// `above` and `below` are how many items are cut off each way.
pub fn signs(buf: &mut Buffer, area: Rect, w: &Window, above: usize, below: usize, t: &Theme) {
    let g = &t.glyphs;
    let x = area.x.saturating_add(2);
    if w.top {
        put(buf, area, x, area.y, &more(g.up, above), t.muted);
    }
    if w.bottom {
        let y = area.bottom().saturating_sub(1);
        let text = if w.top || w.offset == 0 {
            more(g.down, below)
        } else {
            // Too short for two sign rows: this one says both ways.
            let mut ways = vec![more(g.up, above)];
            if below > 0 {
                ways.push(more(g.down, below));
            }
            ways.join("   ")
        };
        put(buf, area, x, y, &text, t.muted);
    }
}

/// "▼ 3 more".
pub fn more(glyph: &str, n: usize) -> String {
    format!("{glyph} {}", words::more(n))
}

/// Signs on a box's border, for lists that scroll inside a frame (the
/// results, the key list), so the frame keeps its size: "▲ N more" on the
/// right of the top border (its title is on the left), "▼ N more" on the
/// left of the bottom border (a position may be on the right).
pub fn border_signs(buf: &mut Buffer, frame: Rect, above: &str, below: &str, style: Style) {
    if frame.height < 2 {
        return;
    }
    let width = |s: &str| u16::try_from(s.width()).unwrap_or(u16::MAX);
    if !above.is_empty() {
        let label = format!(" {above} ");
        let x = frame
            .right()
            .saturating_sub(width(&label).saturating_add(2));
        if x > frame.x.saturating_add(2) {
            put(buf, frame, x, frame.y, &label, style);
        }
    }
    if !below.is_empty() {
        let label = format!(" {below} ");
        if width(&label).saturating_add(4) <= frame.width {
            let y = frame.bottom().saturating_sub(1);
            put(buf, frame, frame.x.saturating_add(2), y, &label, style);
        }
    }
}

/// The results' signs: how many lines of the section are above and below.
pub fn results(app: &App, area: Rect, buf: &mut Buffer) {
    let Some(r) = app.results.as_ref() else {
        return;
    };
    let a = layout::results(area, app.data());
    let total = r.doc.lines.len();
    let height = usize::from(a.body.height);
    let max = total.saturating_sub(height);
    let scroll = r
        .scroll
        .get(r.section.index())
        .copied()
        .unwrap_or(0)
        .min(max);
    let below = total.saturating_sub(scroll + height);
    let g = &app.theme.glyphs;
    let sign = |glyph: &str, n: usize| match n {
        0 => String::new(),
        n => format!("{glyph} {}", words::more_lines(n)),
    };
    border_signs(
        buf,
        a.frame,
        &sign(g.up, scroll),
        &sign(g.down, below),
        app.theme.muted,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_that_fits_has_no_signs() {
        let w = window(5, 5, (4, 5));
        assert_eq!((w.offset, w.shown, w.top, w.bottom), (0, 5, false, false));
    }

    #[test]
    fn the_wanted_lines_are_always_shown_between_the_signs() {
        for total in 0..30 {
            for height in 1..12 {
                for start in 0..total {
                    for len in 1..4 {
                        let end = (start + len).min(total);
                        let w = window(total, height, (start, end));
                        let used = w.shown + usize::from(w.top) + usize::from(w.bottom);
                        assert!(used <= height.max(1));
                        assert_eq!(w.top || w.bottom, total > height, "{total} {height}");
                        if w.shown > 0 {
                            assert!(w.offset <= start && start < w.offset + w.shown);
                        }
                        assert!(w.offset + w.shown <= total);
                        if w.offset + w.shown < total || w.offset > 0 {
                            assert!(w.top || w.bottom);
                        }
                        if height >= 3 {
                            assert_eq!(w.top, w.offset > 0);
                            assert_eq!(w.bottom, w.offset + w.shown < total);
                        }
                    }
                }
            }
        }
    }
}
