//! The results in sections: treatments by tier (open one for details),
//! caveats by level, what to expect, questions to ask. The disclaimer and
//! the content version stay in view.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::{bar, block, buttons, keys_line, put, put_line, render_block, version, wrap};
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
    bar(buf, a.bar, t, &data.meta.title, words::RESULTS);

    // Tabs.
    let mut x = a.tabs.x.saturating_add(1);
    let full: usize = Section::ALL.iter().map(|s| s.title().len() + 5).sum();
    let numbered = full < usize::from(a.tabs.width);
    for (i, sec) in Section::ALL.iter().enumerate() {
        let active = *sec == r.section;
        let label = if numbered {
            format!(" {} {} ", i + 1, sec.title())
        } else {
            format!(" {} ", sec.title())
        };
        let style = if active { t.tab_active } else { t.tab };
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
    for &(k, start, end) in &doc.anchors {
        let top = start.max(scroll);
        let bottom = end.min(scroll + height);
        if bottom > top {
            let area = Rect::new(
                a.body.x,
                a.body.y + (top - scroll) as u16,
                a.body.width,
                (bottom - top) as u16,
            );
            hits.push(area.intersection(a.body), Target::Treatment(k));
        }
    }

    // Always in view: the disclaimer and the content version.
    let foot_w = a.footer.width.saturating_sub(2);
    let mut lines = wrap(&layout::disclaimer_text(data), foot_w);
    lines.truncate(usize::from(a.footer.height.saturating_sub(1)));
    lines.push(version(app));
    for (i, line) in lines.iter().enumerate() {
        let style = if i + 1 == lines.len() {
            t.muted
        } else {
            t.footer
        };
        put(
            buf,
            a.footer,
            a.footer.x + 1,
            a.footer.y.saturating_add(i as u16),
            line,
            style,
        );
    }
    let items: Vec<(&str, Button, bool)> = match &app.kiosk {
        // Most important first: on a narrow screen the last may not fit.
        Some(k) => {
            let mut v = Vec::new();
            if k.export_dir.is_some() {
                v.push((words::SEND, Button::Send, false));
            }
            v.push((words::FINISHED, Button::Finished, false));
            v.push((words::BACK, Button::Back, false));
            v.push((words::HELP, Button::Help, false));
            v
        }
        None => vec![
            (words::BACK, Button::Back, false),
            (words::SAVE, Button::Save, false),
            (words::START_OVER, Button::StartOver, false),
            (words::HELP, Button::Help, false),
            (words::QUIT, Button::Quit, false),
        ],
    };
    buttons(buf, a.buttons, t, &items, hits);
    // What happened to a save or send, in words, else the keys.
    let status = match (&app.saved, app.kiosk.as_ref().and_then(|k| k.sent.as_ref())) {
        (_, Some(Sent::Failed(why))) => Some((words::send_failed(why), t.error)),
        (Some(Ok(path)), _) => Some((words::saved_to(path), t.heading)),
        (Some(Err(why)), _) => Some((words::save_failed(why), t.error)),
        _ => None,
    };
    match status {
        // In the title bar too: the keys row is hidden on short screens.
        Some((text, style)) => {
            bar(buf, a.bar, t, &data.meta.title, &text);
            put(
                buf,
                a.keys,
                a.keys.x.saturating_add(1),
                a.keys.y,
                &text,
                style,
            );
        }
        None => keys_line(buf, a.keys, app, &words::results_keys(t.glyphs.up_down)),
    }
}
