//! One question: prompt, options with descriptions, optional help, the
//! required-answer message, and the buttons.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{
    block, buttons, item_list, keys_line, page, put_lines, render_block, row, scroll, wrap,
};
use crate::dataset::Kind;
use crate::tui::app::App;
use crate::tui::layout::{self, Button, Hits, Target};
use crate::words;

pub fn draw(app: &App, area: Rect, buf: &mut Buffer, hits: &mut Hits) {
    let t = &app.theme;
    let g = &t.glyphs;
    let (n, total) = app.flow.progress();
    let progress = words::progress(n, total);
    let (text, bottom) = page(app, area, buf, &progress, 3, layout::MAX_TEXT_WIDTH);
    let Some(q) = app.flow.question() else {
        return;
    };
    let w = text.width;
    let mut y = put_lines(buf, text, text.x, text.y, &wrap(&q.prompt, w), t.heading);
    let how = if q.optional {
        format!("{}  {}", words::optional(), words::question_help_hint())
    } else {
        words::question_help_hint().to_string()
    };
    // Wrapped, not cut: on a narrow screen it takes two lines.
    y = put_lines(buf, text, text.x, y, &wrap(&how, w), t.muted);
    y = y.saturating_add(1);

    if app.question_help {
        let lines = wrap(&q.help, w.saturating_sub(4));
        // Leave room for at least a few options below the help.
        let room = text.bottom().saturating_sub(y).saturating_sub(5).max(3);
        let h = (lines.len() as u16 + 2).min(room);
        let area = Rect::new(text.x, y, w, h);
        render_block(block(t, words::help()), area, buf);
        super::border_hint(buf, area, words::question_help_close(), t);
        let inner = layout::inside(area);
        // Longer help than fits scrolls with PgUp/PgDn; its border says so.
        let shown = usize::from(inner.height);
        let max = lines.len().saturating_sub(shown);
        hits.help_max = max;
        hits.help_page = shown.saturating_sub(1).max(1);
        let first = app.question_help_scroll.min(max);
        let part = lines.get(first..).unwrap_or_default();
        put_lines(buf, inner, inner.x, inner.y, part, t.base);
        let below = lines.len().saturating_sub(first + shown);
        let sign = |glyph: &str, n: usize, key: &str| match n {
            0 => String::new(),
            n => format!("{glyph} {}, {key}", words::more_lines(n)),
        };
        scroll::border_signs(
            buf,
            area,
            &sign(g.up, first, "PgUp"),
            &sign(g.down, below, "PgDn"),
            t.muted,
        );
        y = y.saturating_add(h).saturating_add(1);
    }

    // Options, each a block of lines; scrolled to keep the highlighted one in view.
    let cursor = app.cursor();
    let indent = 2 + 4 + 3;
    let desc_w = w.saturating_sub(indent);
    let mut blocks: Vec<Vec<Line>> = Vec::new();
    for (i, o) in q.options.iter().enumerate() {
        let chosen = app.flow.is_chosen(i);
        let marker = match (q.kind, chosen) {
            (Kind::One, true) => g.one_on,
            (Kind::One, false) => g.one_off,
            (Kind::Several, true) => g.many_on,
            (Kind::Several, false) => g.many_off,
        };
        let focused = i == cursor;
        let num = if i < 9 {
            format!("{}.", i + 1)
        } else {
            "  ".to_string()
        };
        let lead = if focused { g.cursor } else { " " };
        let (label_style, marker_style, desc_style) = if focused {
            (t.focus, t.focus, t.focus)
        } else if chosen {
            (t.button, t.chosen, t.muted)
        } else {
            (t.base, t.base, t.muted)
        };
        let label_lines = wrap(&o.label, desc_w);
        let mut lines = Vec::new();
        for (k, l) in label_lines.iter().enumerate() {
            if k == 0 {
                lines.push(Line::from(vec![
                    Span::styled(format!("{lead} "), label_style),
                    Span::styled(marker.to_string(), marker_style),
                    Span::styled(format!(" {num:<2}"), label_style),
                    Span::styled(format!(" {l}"), label_style),
                ]));
            } else {
                lines.push(Line::styled(
                    format!("{:indent$}{l}", "", indent = usize::from(indent)),
                    label_style,
                ));
            }
        }
        if !o.description.is_empty() {
            for l in wrap(&o.description, desc_w) {
                lines.push(Line::styled(
                    format!("{:indent$}{l}", "", indent = usize::from(indent)),
                    desc_style,
                ));
            }
        }
        blocks.push(lines);
    }
    let list = Rect::new(text.x, y, w, text.bottom().saturating_sub(y));
    let focus = item_list(buf, list, t, &blocks, cursor, |rows, i| {
        hits.push(rows, Target::Option(i));
    });
    // Error line, buttons, keys.
    super::error_line(buf, bottom, app);
    buttons(
        buf,
        row(bottom, 1),
        t,
        &[
            (words::back(), Button::Back, false),
            (words::next(), Button::Next, false),
        ],
        hits,
    );
    keys_line(buf, row(bottom, 2), app, &words::question_keys(g.up_down));
    hits.cursor = focus;
}
