//! Issue 13, points 1 and 9, over every key sequence and window size from
//! 20×10 to 200×60: the highlighted item is on screen and the terminal's
//! cursor is on it (screen readers follow the cursor), and whenever items
//! are cut off a "more" sign says which way.

use std::collections::BTreeSet;

use super::*;
use ratatui::layout::Position;
use scarguide::tui::layout::{Button, Section, Target};
use scarguide::tui::review::ReviewFocus;

/// Keys a person moves around with, the wheel, and resizes.
fn nav_input() -> impl Strategy<Value = Input> {
    use KeyCode::*;
    let keys = vec![
        Up,
        Down,
        Up,
        Down,
        PageUp,
        PageDown,
        Home,
        End,
        Enter,
        Esc,
        Tab,
        BackTab,
        Left,
        Right,
        Backspace,
        F(1),
        Char(' '),
        Char('?'),
        Char('j'),
        Char('k'),
        Char('n'),
        Char('q'),
        Char('r'),
    ];
    let press = KeyModifiers::NONE;
    prop_oneof![
        12 => prop::sample::select(keys)
            .prop_map(move |c| Input::Key(c, press, KeyEventKind::Press)),
        4 => (1u8..=9).prop_map(Input::Answer),
        3 => (prop::sample::select(vec![MouseEventKind::ScrollDown, MouseEventKind::ScrollUp]),
              0u16..200, 0u16..60)
            .prop_map(move |(k, x, y)| Input::Mouse(k, x, y, press)),
        1 => any::<usize>().prop_map(Input::ClickTarget),
        2 => (20u16..=200, 10u16..=60).prop_map(|(w, h)| Input::Resize(w, h)),
    ]
}

/// The screen's text, row by row.
fn rows(buf: &Buffer) -> Vec<String> {
    let a = buf.area;
    (a.top()..a.bottom())
        .map(|y| {
            (a.left()..a.right())
                .map(|x| buf[(x, y)].symbol())
                .collect()
        })
        .collect()
}

/// What has the focus, as the target a click there would reach; None where
/// the focus is not a clickable item (the key list).
fn focused(app: &App) -> Option<Target> {
    if let Some(k) = &app.kiosk {
        match &k.staff {
            Some(Staff::Menu { focus }) => return Some(Target::Staff(*focus)),
            Some(_) => return None,
            None => {}
        }
        if matches!(k.sent, Some(Sent::Code(_))) {
            return Some(Target::No);
        }
        if !matches!(k.idle_state, scarguide::kiosk::idle::State::Active) {
            return None;
        }
    }
    match app.overlay {
        Some(Overlay::Quit { yes } | Overlay::StartOver { yes } | Overlay::Finish { yes }) => {
            return Some(if yes { Target::Yes } else { Target::No })
        }
        Some(Overlay::Help | Overlay::Disclaimer) => return None,
        None => {}
    }
    Some(match app.screen {
        Screen::Welcome => Target::Button(Button::Start),
        Screen::Question => Target::Option(app.cursor()),
        Screen::Review => match app.review_focused() {
            ReviewFocus::Conflict(_, r) | ReviewFocus::Row(r) => Target::Review(r),
            ReviewFocus::Results => Target::Button(Button::Results),
        },
        Screen::Results => {
            // The selected treatment, or Compare's picker row under its
            // cursor, when drawn; else the section's tab.
            let r = app.results.as_ref()?;
            let t = match r.section {
                Section::Compare => Target::Pick(r.pick.cursor),
                _ => Target::Treatment(r.selected),
            };
            if app.hits.areas.iter().any(|(_, h)| *h == t) {
                t
            } else {
                Target::Tab(r.section)
            }
        }
    })
}

/// Indices of the items of one kind that have an area on screen.
fn shown(app: &App, kind: fn(Target) -> Option<usize>) -> BTreeSet<usize> {
    app.hits
        .areas
        .iter()
        .filter_map(|(_, t)| kind(*t))
        .collect()
}

fn check_nav(run: &Run) -> Result<(), TestCaseError> {
    let app = &run.app;
    let (w, h) = app.size;
    if w < 60 || h < 18 {
        return Ok(());
    }
    let screen = rows(&run.buf);
    let text = screen.join("\n");
    let cursor = app.hits.cursor;
    prop_assert!(cursor.is_some(), "no cursor at {}x{}:\n{}", w, h, text);
    let Some(at) = cursor else { return Ok(()) };
    prop_assert!(at.x < w && at.y < h, "cursor {:?} off screen", at);
    if let Some(target) = focused(app) {
        prop_assert_eq!(
            app.hits.at(at.x, at.y),
            Some(target),
            "the cursor {:?} is not on the focus at {}x{}:\n{}",
            at,
            w,
            h,
            text
        );
    }
    let boxed = app.kiosk.as_ref().is_some_and(|k| {
        k.staff.is_some()
            || k.sent.is_some()
            || k.idle_state != scarguide::kiosk::idle::State::Active
    });
    if boxed {
        return Ok(());
    }
    // The highlighted row is drawn highlighted where the cursor is.
    if app.overlay.is_none() && matches!(app.screen, Screen::Question | Screen::Review) {
        if let Some(cell) = run.buf.cell(Position::new(at.x, at.y)) {
            let (style, focus) = (cell.style(), app.theme.focus);
            prop_assert!(
                style.add_modifier.contains(focus.add_modifier)
                    && (focus.bg.is_none() || style.bg == focus.bg),
                "the cursor's cell is not highlighted:\n{}",
                text
            );
        }
    }
    let up = format!("{} ", app.theme.glyphs.up);
    let down = format!("{} ", app.theme.glyphs.down);
    // Items of the list on screen that are cut off: a sign each way.
    let (count, kind): (usize, fn(Target) -> Option<usize>) = match (app.overlay, app.screen) {
        (None, Screen::Question) => (
            app.flow.question().map_or(0, |q| q.options.len()),
            |t| match t {
                Target::Option(i) => Some(i),
                _ => None,
            },
        ),
        (None, Screen::Review) => (app.review_rows().len(), |t| match t {
            Target::Review(i) => Some(i),
            _ => None,
        }),
        _ => (0, |_| None),
    };
    if count > 0 {
        let on = shown(app, kind);
        let (first, last) = (on.first().copied(), on.last().copied());
        let hidden_below = last.is_none_or(|l| l + 1 < count);
        let hidden_above = first.is_some_and(|f| f > 0);
        // The review's conflict box repeats rows, so only "below" is sure
        // to be a cut there; on a question, both ways are.
        if hidden_below {
            prop_assert!(text.contains(&down), "items below, no sign:\n{}", text);
        }
        if hidden_above && app.screen == Screen::Question {
            prop_assert!(text.contains(&up), "items above, no sign:\n{}", text);
        }
    }
    if let (None, Screen::Results, Some(r)) = (app.overlay, app.screen, &app.results) {
        let height = usize::from(
            scarguide::tui::layout::results(Rect::new(0, 0, w, h), app.data())
                .body
                .height,
        );
        // As drawn: a section switched to after a resize may hold more.
        let total = r.doc.lines.len();
        let scroll = r
            .scroll
            .get(r.section.index())
            .copied()
            .unwrap_or(0)
            .min(total.saturating_sub(height));
        if r.doc.lines.len() > scroll + height {
            prop_assert!(text.contains(&down), "lines below, no sign:\n{}", text);
        }
        if scroll > 0 {
            prop_assert!(text.contains(&up), "lines above, no sign:\n{}", text);
        }
    }
    if app.overlay == Some(Overlay::Help) {
        let help = app.help_box(Rect::new(0, 0, w, h));
        if help.shown < help.rows.len() {
            prop_assert!(
                text.contains(&down) || text.contains(&up),
                "the key list is cut, no sign:\n{}",
                text
            );
        }
    }
    Ok(())
}

fn nav_sequence(data: &Dataset, kiosk: bool, inputs: &[Input]) -> Result<(), TestCaseError> {
    let mut run = Run::new(data, kiosk);
    for input in inputs {
        run.apply(input);
        if run.app.quit {
            return Ok(());
        }
        check_nav(&run)?;
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn the_focus_is_in_view_under_the_cursor_and_cuts_are_signed(
        size in (20u16..=200, 10u16..=60),
        inputs in prop::collection::vec(nav_input(), 1..=200),
    ) {
        let data = shipped();
        let mut all = vec![Input::Resize(size.0, size.1)];
        all.extend(inputs);
        nav_sequence(&data, false, &all)?;
    }

    /// The kiosk's boxes too: the staff menu, the PIN, "Still there?".
    #[test]
    fn in_a_kiosk_too(
        size in (20u16..=200, 10u16..=60),
        inputs in prop::collection::vec(prop_oneof![
            8 => nav_input(),
            1 => Just(Input::StaffWithPin),
            1 => Just(Input::Key(KeyCode::F(12), KeyModifiers::NONE, KeyEventKind::Press)),
            1 => prop_oneof![0u64..3_000, 20_000u64..60_000].prop_map(Input::Idle),
        ], 1..=200),
    ) {
        let data = shipped();
        let mut all = vec![Input::Resize(size.0, size.1)];
        all.extend(inputs);
        nav_sequence(&data, true, &all)?;
    }
}

/// The property is worth something only if it meets the cases it is about:
/// cut-off lists, and the highlight below the first screenful.
#[test]
fn question_one_at_80x24_and_60x20_signs_its_hidden_options() {
    let data = shipped();
    for (w, h, shown) in [(80, 24, 5), (60, 20, 3)] {
        let mut run = Run::new(&data, false);
        run.apply(&Input::Resize(w, h));
        run.apply(&Input::Key(
            KeyCode::Enter,
            KeyModifiers::NONE,
            KeyEventKind::Press,
        ));
        let text = rows(&run.buf).join("\n");
        let on = shown_options(&run.app);
        assert!(on.len() <= shown, "{w}x{h}: {on:?}\n{text}");
        assert!(text.contains("▼ "), "{w}x{h}: no sign\n{text}");
        // Down to the last option: it comes into view, a sign above.
        for _ in 0..10 {
            run.apply(&Input::Key(
                KeyCode::Down,
                KeyModifiers::NONE,
                KeyEventKind::Press,
            ));
            check_nav(&run).unwrap();
        }
        let text = rows(&run.buf).join("\n");
        assert!(text.contains("▲ "), "{w}x{h}: no sign above\n{text}");
        assert!(shown_options(&run.app).contains(&6), "{text}");
    }
}

fn shown_options(app: &App) -> BTreeSet<usize> {
    shown(app, |t| match t {
        Target::Option(i) => Some(i),
        _ => None,
    })
}
