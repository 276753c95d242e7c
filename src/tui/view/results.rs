//! The results in sections: treatments by tier (open one for details),
//! caveats by level, what to expect, questions to ask; what to raise first
//! opens the first section (see `doc`). The disclaimer stays in view in one
//! line (`i` shows it whole), the content version on the frame when it fits.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use unicode_width::UnicodeWidthStr;

use super::{bar, block, buttons, fit, keys_line, put, put_line, put_lines, render_block, version};
use crate::tui::app::App;
use crate::tui::kiosk::Sent;
use crate::tui::layout::{self, Button, Hits, Section, Target};
use crate::words;

pub fn draw(app: &App, area: Rect, buf: &mut Buffer, hits: &mut Hits) {
    let t = &app.theme;
    let data = app.data();
    let Some(r) = app.results.as_ref() else {
        return;
    };
    let a = layout::results(area, data);
    bar(buf, a.bar, t, &data.meta.title, words::results());

    // Tabs.
    let mut x = a.tabs.x.saturating_add(1);
    // The longest labels that fit, numbers kept as long as they can be
    // (they are the keys): full names, then short names, with numbers;
    // then full names, then short names, without.
    let room = usize::from(a.tabs.width);
    let width = |short: bool, numbered: bool| -> usize {
        Section::ALL
            .iter()
            .map(|s| {
                let t = if short { s.short_title() } else { s.title() };
                t.width() + if numbered { 5 } else { 3 }
            })
            .sum()
    };
    let (short, numbered) = [(false, true), (true, true), (false, false), (true, false)]
        .into_iter()
        .find(|&(s, n)| width(s, n) < room)
        .unwrap_or((true, false));
    // Where even the shortest do not all fit (a longer language), whole
    // tabs only, from one that keeps the current tab in view (its keys
    // reach the others).
    let current = Section::ALL
        .iter()
        .position(|&s| s == r.section)
        .unwrap_or(0);
    let tab_w = |s: &Section| {
        let t = if short { s.short_title() } else { s.title() };
        t.width() + if numbered { 5 } else { 3 }
    };
    let from = (0..=current)
        .find(|&f| Section::ALL[f..=current].iter().map(tab_w).sum::<usize>() < room)
        .unwrap_or(current);
    for (i, sec) in Section::ALL.iter().enumerate().skip(from) {
        let active = *sec == r.section;
        let title = if short {
            sec.short_title()
        } else {
            sec.title()
        };
        let label = if numbered {
            format!(" {} {title} ", i + 1)
        } else {
            format!(" {title} ")
        };
        let style = if active { t.tab_active } else { t.tab };
        if usize::from(x) + label.width() > usize::from(a.tabs.right()) {
            break;
        }
        let end = put(buf, a.tabs, x, a.tabs.y, &label, style);
        hits.push(
            Rect::new(x, a.tabs.y, end.saturating_sub(x), 1).intersection(a.tabs),
            Target::Tab(*sec),
        );
        x = end.saturating_add(1);
    }

    // The scrolling section.
    let doc = &r.doc;
    let height = usize::from(a.body.height);
    let total = doc.lines.len();
    let scroll = r
        .scroll
        .get(r.section.index())
        .copied()
        .unwrap_or(0)
        .min(total.saturating_sub(height));
    let shown_to = (scroll + height).min(total);
    let position = if total > height {
        format!(" {}{}{} / {} ", scroll + 1, t.glyphs.dash, shown_to, total)
    } else {
        String::new()
    };
    let mut frame = block(t, r.section.title());
    // The version in the middle of the lower border, when it fits between
    // the "▼ N more lines" sign on the left and the position on the right
    // (it is in the `i` box too).
    let ver = format!(" {} ", version(app));
    let below = total.saturating_sub(scroll + height);
    let sign = match below {
        0 => 0,
        n => words::more_lines(n).width() + 6,
    };
    let room = usize::from(a.frame.width).saturating_sub(2 * (position.width().max(sign) + 2));
    if ver.width() <= room {
        frame = frame.title_bottom(Line::styled(ver, t.muted).centered());
    }
    if !position.is_empty() {
        frame = frame.title_bottom(Line::styled(position, t.muted).right_aligned());
    }
    render_block(frame, a.frame, buf);
    for (i, line) in doc.lines.iter().skip(scroll).take(height).enumerate() {
        put_line(
            buf,
            a.body,
            a.body.x,
            a.body.y.saturating_add(i as u16),
            line,
        );
    }
    // Anchors are treatments in Treatments and picker rows in Compare.
    let target = match r.section {
        Section::Treatments => Some(Target::Treatment as fn(usize) -> Target),
        Section::Compare => Some(Target::Pick as fn(usize) -> Target),
        _ => None,
    };
    let anchors = if target.is_some() {
        doc.anchors.as_slice()
    } else {
        &[]
    };
    for &(k, start, end) in anchors {
        let top = start.max(scroll);
        let bottom = end.min(scroll + height);
        if bottom > top {
            let area = Rect::new(
                a.body.x,
                a.body.y + (top - scroll) as u16,
                a.body.width,
                (bottom - top) as u16,
            );
            if let Some(target) = target {
                hits.push(area.intersection(a.body), target(k));
            }
        }
    }

    // Always in view, in one line (ending at a word where it is too
    // long); a click or `i` shows it whole.
    let short = fit::at_word(
        words::disclaimer_short(),
        usize::from(a.footer.width.saturating_sub(1)),
        fit::ellipsis(t),
    );
    let end = put(
        buf,
        a.footer,
        a.footer.x.saturating_add(1),
        a.footer.y,
        &short,
        t.footer,
    );
    hits.push(
        Rect::new(a.footer.x, a.footer.y, end.saturating_sub(a.footer.x), 1).intersection(a.footer),
        Target::Disclaimer,
    );
    let items: Vec<(&str, Button, bool)> = match &app.kiosk {
        // Most important first: on a narrow screen the last may not fit.
        Some(k) => {
            let mut v = Vec::new();
            if k.export_dir.is_some() {
                v.push((words::send(), Button::Send, false));
            }
            v.push((words::finished(), Button::Finished, false));
            v.push((words::back(), Button::Back, false));
            v.push((words::help(), Button::Help, false));
            v
        }
        None => vec![
            (words::back(), Button::Back, false),
            (words::save(), Button::Save, false),
            (words::start_over(), Button::StartOver, false),
            (words::help(), Button::Help, false),
            (words::quit(), Button::Quit, false),
        ],
    };
    buttons(buf, a.buttons, t, &items, hits);
    let keys = if r.section == Section::Compare {
        words::decision::compare_keys(t.glyphs.up_down, t.glyphs.left_right)
    } else {
        words::results_keys(t.glyphs.up_down)
    };
    // What happened to a save or send, in words, else the keys.
    let kiosk = app.kiosk.as_ref();
    let status = match (&app.saved, kiosk.and_then(|k| k.sent.as_ref())) {
        (_, Some(Sent::Failed(why))) => Some((words::send_failed(why), t.error)),
        (_, Some(Sent::Limit)) => Some((words::desk::limit().to_string(), t.error)),
        // Once sent, the code stays in view after its box is closed.
        _ if kiosk.is_some_and(|k| k.exported.is_some()) => kiosk
            .and_then(|k| k.exported.as_ref())
            .map(|e| (words::desk::sent_code(&e.code), t.heading)),
        (Some(Ok(path)), _) => Some((words::saved_to(path), t.heading)),
        (Some(Err(why)), _) => Some((words::save_failed(why), t.error)),
        _ => None,
    };
    match status {
        // Under the buttons, wrapped: a full path needs the room, and the
        // title bar stays the title.
        Some((text, style)) => {
            let lines = status_lines(&text, a.keys, fit::ellipsis(t));
            let x = a.keys.x.saturating_add(1);
            let y = put_lines(buf, a.keys, x, a.keys.y, &lines, style);
            // The keys below it, when a row is left.
            let left = Rect::new(a.keys.x, y, a.keys.width, a.keys.bottom().saturating_sub(y));
            keys_line(buf, left, app, &keys);
        }
        None => keys_line(buf, a.keys, app, &keys),
    }
}

/// A message wrapped to the rows under the buttons. A path is broken only
/// where it must be (never at a hyphen or slash, which read as part of
/// it); when that takes more rows than there are, the text runs on from
/// row to row, so as much of the path as possible is shown.
fn status_lines(text: &str, area: Rect, ellipsis: &str) -> Vec<String> {
    let width = usize::from(area.width.saturating_sub(2)).max(1);
    let opts = layout::first_fit(width)
        .word_separator(textwrap::WordSeparator::AsciiSpace)
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    let lines: Vec<String> = textwrap::wrap(text, opts)
        .into_iter()
        .map(|l| l.trim_end().to_string())
        .collect();
    let rows = usize::from(area.height);
    if lines.len() <= rows {
        return lines;
    }
    // Words only (no path): the rows there are, the last ending at a
    // word with an ellipsis.
    if text.split(' ').all(|w| w.width() <= width) && rows > 0 {
        let rest = lines[rows - 1..].join(" ");
        let mut out = lines[..rows - 1].to_vec();
        out.push(fit::at_word(&rest, width, ellipsis));
        return out;
    }
    // Row after row by columns (a wide character takes two).
    let mut out = vec![String::new()];
    for c in text.chars() {
        let last = out.last_mut().expect("a row");
        if last.width() + c.to_string().width() > width {
            out.push(c.to_string());
        } else {
            last.push(c);
        }
    }
    out
}
