//! Below the smallest size: say so, with the size now and the size needed.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

use super::{put, wrap};
use crate::tui::app::{App, Overlay};
use crate::words;

pub fn draw(app: &App, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let mut lines: Vec<(String, _)> = wrap(
        &words::too_small(area.width, area.height, t.glyphs.times),
        area.width,
    )
    .into_iter()
    .map(|l| (l, t.button))
    .collect();
    let extra = match app.overlay {
        Some(Overlay::Quit { .. }) => format!("{} (y / n)", words::quit_ask()),
        Some(Overlay::StartOver { .. }) => format!("{} (y / n)", words::start_over_ask()),
        _ => format!("q {}", words::quit().to_lowercase()),
    };
    lines.extend(wrap(&extra, area.width).into_iter().map(|l| (l, t.muted)));
    let top = area.y + area.height.saturating_sub(lines.len() as u16) / 2;
    for (i, (line, style)) in lines.iter().enumerate() {
        let w = u16::try_from(line.width()).unwrap_or(u16::MAX);
        let x = area.x + area.width.saturating_sub(w) / 2;
        put(buf, area, x, top.saturating_add(i as u16), line, *style);
    }
}
