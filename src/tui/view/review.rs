//! Every answer in words; choose one to change it. Opens with "See my
//! results" focused. When answers do not fit together, a box at the top
//! says so and offers the questions involved first. When the page is
//! taller than the window, its last row says what is above or below.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::{buttons, fill_row, keys_line, page, put, put_line, put_lines, row, scroll, wrap};
use crate::tui::app::App;
use crate::tui::layout::{self, Button, Hits, Target};
use crate::tui::review::{ReviewConflict, ReviewFocus};
use crate::tui::theme::Theme;
use crate::words;

/// One row of the page's scrolling part.
struct Row<'a> {
    line: Line<'a>,
    /// (highlight position, answer row a click changes), for focusable rows.
    item: Option<(usize, usize)>,
    /// Inside the conflict box, the highlight is drawn by the line itself,
    /// so the box's border keeps its look.
    boxed: bool,
}

pub fn draw(app: &App, area: Rect, buf: &mut Buffer, hits: &mut Hits) {
    let t = &app.theme;
    let g = &t.glyphs;
    let (text, bottom) = page(app, area, buf, words::review(), 3, layout::MAX_TEXT_WIDTH);
    let w = text.width;
    put(buf, text, text.x, text.y, words::review(), t.heading);
    let intro = wrap(words::review_intro(), w);
    let y = put_lines(buf, text, text.x, text.y.saturating_add(1), &intro, t.muted);
    // A blank row before the answers.
    let y = y.saturating_add(1);

    let answers = app.review_rows();
    let conflicts = app.review_conflicts();
    let mut rows = conflict_box(app, &conflicts, &answers, w);
    // The box's border sets it apart: no blank row, so more answers fit.
    // Entries, not rows: an entry's answer may wrap onto a second row.
    let entries: usize = conflicts.iter().map(|c| c.rows.len()).sum();
    for r in 0..answers.len() {
        let focused = entries + r == app.review_focus;
        let style = if focused { t.focus } else { t.base };
        let lines = answer_lines(app, &answers, r, focused, w.saturating_sub(6));
        for line in lines {
            rows.push(Row {
                line: Line::styled(line, style),
                item: Some((entries + r, r)),
                boxed: false,
            });
        }
    }
    // What to keep in view: the highlight; on the button, the conflicts
    // when there are some (they come first), else the last answer.
    let show = match app.review_focused() {
        ReviewFocus::Conflict(e, _) => Some(e),
        ReviewFocus::Row(r) => Some(entries + r),
        ReviewFocus::Results if conflicts.is_empty() => {
            Some(entries + answers.len().saturating_sub(1))
        }
        ReviewFocus::Results => None,
    };
    let list = Rect::new(text.x, y, w, text.bottom().saturating_sub(y));
    let focus = draw_rows(buf, list, t, &rows, show, app.review_focus, hits);

    super::error_line(buf, bottom, app);
    let on_button = app.review_focused() == ReviewFocus::Results;
    buttons(
        buf,
        row(bottom, 1),
        t,
        &[
            (words::back(), Button::Back, false),
            (words::see_results(), Button::Results, on_button),
        ],
        hits,
    );
    keys_line(buf, row(bottom, 2), app, &words::review_keys(g.up_down));
    if !on_button {
        hits.cursor = focus;
    }
}

/// "Title: labels" of answer row `r` (of the `shown` questions), wrapped, with its number and the
/// highlight's cursor in front.
fn answer_lines(app: &App, shown: &[usize], r: usize, focused: bool, width: u16) -> Vec<String> {
    let data = app.data();
    let Some(q) = shown.get(r).and_then(|&qi| data.questions.get(qi)) else {
        return Vec::new();
    };
    let labels: Vec<&str> = app
        .flow
        .answers()
        .get(&q.id)
        .iter()
        .filter_map(|o| q.option(o).map(|c| c.label.as_str()))
        .collect();
    let answer = if labels.is_empty() {
        words::not_answered().to_string()
    } else {
        // Labels may hold commas of their own ("Rolling, boxcar"): a
        // semicolon keeps the answers apart.
        labels.join("; ")
    };
    let num = if r < 9 {
        format!("{}.", r + 1)
    } else {
        "  ".into()
    };
    let lead = if focused {
        app.theme.glyphs.cursor
    } else {
        " "
    };
    wrap(&format!("{}: {answer}", q.title), width)
        .into_iter()
        .enumerate()
        .map(|(k, l)| {
            if k == 0 {
                format!("{lead} {num:<3} {l}")
            } else {
                format!("      {l}")
            }
        })
        .collect()
}

/// The box of conflicts: each message, then the answers it offers to
/// change (numbered as below, so their number keys work too), then a hint.
fn conflict_box<'a>(
    app: &App,
    conflicts: &[ReviewConflict],
    shown: &[usize],
    w: u16,
) -> Vec<Row<'a>> {
    let t = &app.theme;
    let b = t.glyphs.border;
    let mut rows = Vec::new();
    if conflicts.is_empty() || w < 8 {
        return rows;
    }
    let inner = usize::from(w - 4);
    let title = format!(" {} ", words::check_answers());
    let rest = usize::from(w - 2).saturating_sub(title.width());
    rows.push(Row {
        line: Line::from(vec![
            Span::styled(format!("{}{}", b.top_left, b.horizontal_top), t.error),
            Span::styled(title, t.error),
            Span::styled(
                format!(
                    "{}{}",
                    b.horizontal_top.repeat(rest.saturating_sub(1)),
                    b.top_right
                ),
                t.error,
            ),
        ]),
        item: None,
        boxed: true,
    });
    let boxed = |text: String, style| Line {
        spans: vec![
            Span::styled(format!("{} ", b.vertical_left), t.error),
            Span::styled(format!("{text:<inner$}"), style),
            Span::styled(format!(" {}", b.vertical_right), t.error),
        ],
        ..Line::default()
    };
    let mut entry = 0;
    for c in conflicts {
        let bullet = t.glyphs.bullet;
        for (k, l) in wrap(c.message, w.saturating_sub(6).max(1))
            .into_iter()
            .enumerate()
        {
            let lead = if k == 0 { bullet } else { " " };
            rows.push(Row {
                line: boxed(format!("{lead} {l}"), t.base),
                item: None,
                boxed: true,
            });
        }
        for &r in &c.rows {
            let focused = entry == app.review_focus;
            let style = if focused { t.focus } else { t.base };
            for l in answer_lines(app, shown, r, focused, w.saturating_sub(10).max(1)) {
                rows.push(Row {
                    line: boxed(l, style),
                    item: Some((entry, r)),
                    boxed: true,
                });
            }
            entry += 1;
        }
    }
    for l in wrap(words::conflicts_hint(), w.saturating_sub(4).max(1)) {
        rows.push(Row {
            line: boxed(l, t.muted),
            item: None,
            boxed: true,
        });
    }
    rows.push(Row {
        line: Line::styled(
            format!(
                "{}{}{}",
                b.bottom_left,
                b.horizontal_bottom.repeat(usize::from(w - 2)),
                b.bottom_right
            ),
            t.error,
        ),
        item: None,
        boxed: true,
    });
    rows
}

/// Draws the rows in `list`, scrolled so the rows of highlight position
/// `show` are in view (the top when None), with a sign where rows are cut
/// off. Returns where the focused row starts on screen, if shown.
fn draw_rows(
    buf: &mut Buffer,
    list: Rect,
    t: &Theme,
    rows: &[Row],
    show: Option<usize>,
    focus: usize,
    hits: &mut Hits,
) -> Option<Position> {
    let of = |pos: usize| move |r: &Row| r.item.is_some_and(|(p, _)| p == pos);
    let want = show
        .and_then(|pos| {
            let start = rows.iter().position(of(pos))?;
            let end = rows.iter().rposition(of(pos))? + 1;
            Some((start, end))
        })
        .unwrap_or((0, 0));
    let w = scroll::window(rows.len(), usize::from(list.height), want);
    let mut cursor = None;
    for (n, r) in rows.iter().enumerate() {
        let Some(y) = w.row_of(list, n) else {
            continue;
        };
        let focused = r.item.is_some_and(|(p, _)| p == focus);
        if !r.boxed && focused {
            fill_row(buf, list, y, t.focus);
        }
        if focused {
            // Inside the box, on the text rather than its border.
            let x = list.x.saturating_add(if r.boxed { 2 } else { 0 });
            cursor = cursor.or(Some(Position::new(x, y)));
        }
        put_line(buf, list, list.x, y, &r.line);
        if let Some((_, answer)) = r.item {
            hits.push(
                Rect::new(list.x, y, list.width, 1).intersection(list),
                Target::Review(answer),
            );
        }
    }
    // Count answers (highlight positions) wholly cut off, not lines.
    let positions = |part: &mut dyn Iterator<Item = &Row>| -> Vec<usize> {
        let mut seen: Vec<usize> = part.filter_map(|r| r.item.map(|(p, _)| p)).collect();
        seen.dedup();
        seen
    };
    let visible = positions(&mut rows.iter().skip(w.offset).take(w.shown));
    let hidden = |part: Vec<usize>| part.iter().filter(|p| !visible.contains(p)).count();
    let above = hidden(positions(&mut rows.iter().take(w.offset)));
    let below = hidden(positions(&mut rows.iter().skip(w.offset + w.shown)));
    scroll::signs(buf, list, &w, above, below, t);
    cursor
}
