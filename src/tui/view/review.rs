//! Every answer in words; choose one to change it. Opens with "See my
//! results" focused.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::{buttons, item_list, keys_line, page, put, put_lines, row, wrap};
use crate::tui::app::App;
use crate::tui::layout::{self, Button, Hits, Target};
use crate::words;

pub fn draw(app: &App, area: Rect, buf: &mut Buffer, hits: &mut Hits) {
    let t = &app.theme;
    let g = &t.glyphs;
    let data = app.data();
    let (text, bottom) = page(app, area, buf, words::REVIEW, 3, layout::MAX_TEXT_WIDTH);
    let w = text.width;
    put(buf, text, text.x, text.y, words::REVIEW, t.heading);
    let intro = wrap(words::REVIEW_INTRO, w);
    let y = put_lines(buf, text, text.x, text.y.saturating_add(1), &intro, t.muted);
    // A blank row before the answers.
    let y = y.saturating_add(1);

    let rows = app.review_rows();
    let answers = app.flow.answers();
    let mut blocks: Vec<Vec<Line>> = Vec::new();
    for (r, &qi) in rows.iter().enumerate() {
        let Some(q) = data.questions.get(qi) else {
            continue;
        };
        let labels: Vec<&str> = answers
            .get(&q.id)
            .iter()
            .filter_map(|o| q.option(o).map(|c| c.label.as_str()))
            .collect();
        let answer = if labels.is_empty() {
            words::NOT_ANSWERED.to_string()
        } else {
            labels.join(", ")
        };
        let num = if r < 9 {
            format!("{}.", r + 1)
        } else {
            "  ".into()
        };
        let (lead, style) = if r == app.review_focus {
            (g.cursor, t.focus)
        } else {
            (" ", t.base)
        };
        let mut lines = Vec::new();
        let wrapped = wrap(&format!("{}: {answer}", q.title), w.saturating_sub(6));
        for (k, l) in wrapped.into_iter().enumerate() {
            if k == 0 {
                lines.push(Line::styled(format!("{lead} {num:<3} {l}"), style));
            } else {
                lines.push(Line::styled(format!("      {l}"), style));
            }
        }
        blocks.push(lines);
    }
    let list = Rect::new(text.x, y, w, text.bottom().saturating_sub(y));
    // On the button, the last answer stays in view.
    let show = app.review_focus.min(blocks.len().saturating_sub(1));
    item_list(buf, list, t, &blocks, show, app.review_focus, |rows, r| {
        hits.push(rows, Target::Review(r));
    });
    super::error_line(buf, bottom, app);
    let on_button = app.review_focus >= rows.len();
    buttons(
        buf,
        row(bottom, 1),
        t,
        &[
            (words::BACK, Button::Back, false),
            (words::SEE_RESULTS, Button::Results, on_button),
        ],
        hits,
    );
    keys_line(buf, row(bottom, 2), app, &words::review_keys(g.up_down));
}
