//! What scarguide is and is not, how long it takes, how to move around.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use super::{buttons, keys_line, page, put, row, version, wrap};
use crate::tui::app::App;
use crate::tui::layout::{Button, Hits};
use crate::words;

pub fn draw(app: &App, area: Rect, buf: &mut Buffer, hits: &mut Hits) {
    let t = &app.theme;
    let data = app.data();
    let (text, bottom) = page(app, area, buf, words::welcome_title(), 2, 76);
    let w = text.width;

    let ud = t.glyphs.up_down;
    let moving = format!(
        "{}: {ud} or j/k move, 1-9 choose, Enter goes on, Backspace goes back, F1 lists every key. You can also click or tap.",
        words::moving_around()
    );
    // Questions asked only after some answers are counted as progress
    // will count them: as many as are shown now, up to all of them.
    let minutes = words::minutes(app.flow.shown().len(), data.questions.len());
    // Blocks in order, with a priority: on a short screen the least
    // important go first (lower number = kept longer).
    let lines = |text: &str, style: Style| -> Vec<(String, Style)> {
        wrap(text, w).into_iter().map(|l| (l, style)).collect()
    };
    let blocks: Vec<(u8, Vec<(String, Style)>)> = vec![
        (0, lines(words::welcome_what(), t.base)),
        // Once, in full, kept at every size: the results show one line of it.
        (
            0,
            lines(
                &format!("{}: {}", words::important(), data.meta.disclaimer),
                t.button,
            ),
        ),
        (1, lines(&minutes, t.base)),
        (3, lines(&moving, t.base)),
        // Kept at every size: a screen reader user may need it first.
        (0, lines(words::welcome_plain(), t.base)),
        (2, vec![(version(app), t.muted)]),
    ];
    let height = usize::from(text.height);
    let mut keep = 3u8;
    let total = |keep: u8| -> usize {
        blocks
            .iter()
            .filter(|(p, _)| *p <= keep)
            .map(|(_, l)| l.len() + 1)
            .sum()
    };
    while keep > 0 && total(keep) > height {
        keep -= 1;
    }
    let mut y = text.y;
    for (_, lines) in blocks.iter().filter(|(p, _)| *p <= keep) {
        for (line, style) in lines {
            put(buf, text, text.x, y, line, *style);
            y = y.saturating_add(1);
        }
        y = y.saturating_add(1);
    }
    buttons(
        buf,
        row(bottom, 0),
        t,
        &[(words::start(), Button::Start, true)],
        hits,
    );
    keys_line(buf, row(bottom, 1), app, words::welcome_keys());
}
