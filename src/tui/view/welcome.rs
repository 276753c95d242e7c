//! What scarguide is and is not, how long it takes, how to move around.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use unicode_width::UnicodeWidthStr;

use super::{buttons, keys_line, page, put, row, version, wrap};
use crate::tui::app::App;
use crate::tui::layout::{Button, Hits, Target};
use crate::words;

pub fn draw(app: &App, area: Rect, buf: &mut Buffer, hits: &mut Hits) {
    let t = &app.theme;
    let data = app.data();
    let (text, bottom) = page(app, area, buf, words::welcome_title(), 2, 76);
    let w = text.width;

    let ud = t.glyphs.up_down;
    let moving = format!(
        "{}: {}",
        words::moving_around(),
        crate::tr!("welcome-moving", updown = ud)
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
    // The languages first, in their own names, on as many rows as needed.
    let langs = languages(app, text, buf, hits);
    let text = Rect {
        y: text.y.saturating_add(langs),
        height: text.height.saturating_sub(langs),
        ..text
    };
    let height = usize::from(text.height);
    // The rows blocks take: their lines, and `gap` blank rows between them.
    let rows = |shown: &[&Vec<(String, Style)>], gap: usize| -> usize {
        let lines: usize = shown.iter().map(|l| l.len()).sum();
        lines + gap * shown.len().saturating_sub(1)
    };
    let pick = |keep: u8, what: bool| -> Vec<&Vec<(String, Style)>> {
        blocks
            .iter()
            .enumerate()
            .filter(|(i, (p, _))| *p <= keep && (what || *i != 0))
            .map(|(_, (_, l))| l)
            .collect()
    };
    let mut keep = 3u8;
    while keep > 0 && rows(&pick(keep, true), 1) > height {
        keep -= 1;
    }
    // Never half a block: when even the kept ones do not fit (a longer
    // language at 60x20), first the blank rows go, then "what this is",
    // which the title bar names; the notice and the plain-mode hint stay.
    let mut shown = pick(keep, true);
    let mut gap = 1;
    if rows(&shown, gap) > height {
        gap = 0;
    }
    if rows(&shown, gap) > height {
        shown = pick(keep, false);
    }
    let mut y = text.y;
    for lines in shown {
        for (line, style) in lines {
            put(buf, text, text.x, y, line, *style);
            y = y.saturating_add(1);
        }
        y = y.saturating_add(u16::try_from(gap).unwrap_or(1));
    }
    buttons(
        buf,
        row(bottom, 0),
        t,
        &[(words::start(), Button::Start, true)],
        hits,
    );
    let keys = if app.languages().is_empty() {
        words::welcome_keys().to_string()
    } else {
        crate::tr!("welcome-keys-languages", leftright = t.glyphs.left_right)
    };
    keys_line(buf, row(bottom, 1), app, &keys);
}

/// "Language: (•) English  ( ) Español", each name clickable; returns the
/// rows used, a blank one after (none when there is nothing to choose).
fn languages(app: &App, text: Rect, buf: &mut Buffer, hits: &mut Hits) -> u16 {
    let langs = app.languages();
    if langs.is_empty() {
        return 0;
    }
    let t = &app.theme;
    let (mut x, mut y) = (text.x, text.y);
    x = put(
        buf,
        text,
        x,
        y,
        &format!("{}:", crate::i18n::t("choose-language")),
        t.heading,
    );
    for (i, lang) in langs.iter().enumerate() {
        let on = *lang == app.lang;
        let mark = if on {
            t.glyphs.one_on
        } else {
            t.glyphs.one_off
        };
        let item = format!("{mark} {}", lang.name());
        let width = u16::try_from(item.width()).unwrap_or(u16::MAX);
        if x.saturating_add(2).saturating_add(width) > text.right() && x > text.x {
            (x, y) = (text.x, y.saturating_add(1));
        } else {
            x = x.saturating_add(2);
        }
        let style = if on { t.chosen } else { t.base };
        let end = put(buf, text, x, y, &item, style);
        hits.push(Rect::new(x, y, end.saturating_sub(x), 1), Target::Lang(i));
        x = end;
    }
    y.saturating_add(2).saturating_sub(text.y)
}
