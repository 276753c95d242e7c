//! Snapshots of every screen (symbols plus a map of styles, since style
//! carries focus and choice) at 80×24 and 120×40, NO_COLOR, high-contrast
//! and ASCII variants, and a size sweep that must never panic.
//! Uses the fixed dataset tests/fixtures/tui.ron so content edits do not
//! churn the snapshots.

mod common;

use common::screen::dump;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use scarguide::cli;
use scarguide::dataset::{self, Dataset};
use scarguide::tui::app::{update, App, Msg, Screen};
use scarguide::tui::layout::Section;
use scarguide::tui::theme::Theme;
use scarguide::tui::view;

fn fixture() -> Dataset {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/tui.ron"
    ))
    .unwrap();
    dataset::check_text("tui.ron", &text).unwrap().dataset
}

const SCREENS: [&str; 15] = [
    "welcome",
    "question_one",
    "question_several",
    "question_help",
    "question_required",
    "review",
    "results_treatments",
    "results_caveats",
    "results_expect",
    "results_ask",
    "results_opened",
    "help_overlay",
    "quit_confirm",
    "start_over_confirm",
    "too_small",
];

fn send(app: &mut App, msgs: &[Msg]) {
    for &m in msgs {
        update(app, m);
    }
}

fn option(app: &App, id: &str) -> usize {
    app.flow
        .question()
        .unwrap()
        .options
        .iter()
        .position(|o| o.id == id)
        .unwrap()
}

/// rolling, ice pick and red marks; moderate; type 5; no acne; cold sores; minimal.
fn answer_all(app: &mut App) {
    update(app, Msg::Start);
    for id in ["ice_pick", "rolling", "red_marks"] {
        let i = option(app, id);
        update(app, Msg::Choose(i));
    }
    update(app, Msg::Enter);
    for (q, id) in [
        ("severity", "grade_3"),
        ("skin_type", "type_5"),
        ("active_acne", "none"),
        ("history", "cold_sores"),
        ("downtime", "minimal"),
    ] {
        assert_eq!(app.flow.question().unwrap().id, q);
        let i = option(app, id);
        send(app, &[Msg::Choose(i), Msg::Enter]);
    }
    assert_eq!(app.screen, Screen::Review);
}

fn build<'d>(d: &'d Dataset, name: &str, theme: Theme, size: (u16, u16)) -> App<'d> {
    let mut a = App::new(d, theme, size);
    match name {
        "welcome" | "too_small" => {}
        "question_several" => {
            update(&mut a, Msg::Start);
            send(&mut a, &[Msg::Choose(0), Msg::Choose(2), Msg::Down]);
        }
        "question_one" => {
            send(
                &mut a,
                &[
                    Msg::Start,
                    Msg::Choose(0),
                    Msg::Enter,
                    Msg::Choose(1),
                    Msg::Down,
                ],
            );
        }
        "question_help" => send(&mut a, &[Msg::Start, Msg::ToggleQuestionHelp]),
        "question_required" => send(&mut a, &[Msg::Start, Msg::Enter]),
        "review" => answer_all(&mut a),
        "help_overlay" => {
            answer_all(&mut a);
            send(&mut a, &[Msg::Enter, Msg::OpenHelp]);
        }
        "quit_confirm" => send(&mut a, &[Msg::Start, Msg::Choose(1), Msg::AskQuit]),
        _ => {
            answer_all(&mut a);
            update(&mut a, Msg::Enter);
            assert_eq!(a.screen, Screen::Results);
            match name {
                "results_caveats" => update(&mut a, Msg::Section(Section::Caveats)),
                "results_expect" => update(&mut a, Msg::Section(Section::Expect)),
                "results_ask" => update(&mut a, Msg::Section(Section::Ask)),
                "results_opened" => update(&mut a, Msg::Enter),
                "start_over_confirm" => update(&mut a, Msg::AskStartOver),
                _ => true,
            };
        }
    }
    a
}

fn render(app: &App, w: u16, h: u16) -> String {
    let area = Rect::new(0, 0, w, h);
    let mut buf = Buffer::empty(area);
    view::draw(app, area, &mut buf);
    dump(&buf)
}

fn default_theme() -> Theme {
    Theme::new(cli::Theme::Default, false, false)
}

fn snapshot_set(suffix: &str, theme: Theme, sizes: &[(u16, u16)]) {
    let d = fixture();
    for name in SCREENS {
        for &(w, h) in sizes {
            let (w, h) = match (name, w) {
                ("too_small", 80) => (59, 17),
                ("too_small", _) => (30, 8),
                _ => (w, h),
            };
            let app = build(&d, name, theme, (w, h));
            let snap = format!("{name}_{w}x{h}{suffix}");
            insta::assert_snapshot!(snap, render(&app, w, h));
        }
    }
}

#[test]
fn every_screen_default_theme() {
    snapshot_set("", default_theme(), &[(80, 24), (120, 40)]);
}

#[test]
fn every_screen_no_color() {
    snapshot_set(
        "_no_color",
        Theme::new(cli::Theme::Default, true, false),
        &[(80, 24)],
    );
}

#[test]
fn every_screen_high_contrast() {
    snapshot_set(
        "_high_contrast",
        Theme::new(cli::Theme::HighContrast, false, false),
        &[(80, 24)],
    );
}

#[test]
fn every_screen_ascii() {
    snapshot_set(
        "_ascii",
        Theme::new(cli::Theme::Default, false, true),
        &[(80, 24)],
    );
}

#[test]
fn no_color_output_has_no_colour_at_all() {
    let d = fixture();
    for theme in [
        Theme::new(cli::Theme::Default, true, false),
        Theme::new(cli::Theme::HighContrast, true, true),
    ] {
        for name in SCREENS {
            let app = build(&d, name, theme, (80, 24));
            let area = Rect::new(0, 0, 80, 24);
            let mut buf = Buffer::empty(area);
            view::draw(&app, area, &mut buf);
            for cell in buf.content() {
                assert_eq!(cell.fg, ratatui::style::Color::Reset, "{name}");
                assert_eq!(cell.bg, ratatui::style::Color::Reset, "{name}");
            }
        }
    }
}

#[test]
fn ascii_output_is_ascii() {
    let d = fixture();
    let theme = Theme::new(cli::Theme::Default, false, true);
    for name in SCREENS {
        let app = build(&d, name, theme, (80, 24));
        let area = Rect::new(0, 0, 80, 24);
        let mut buf = Buffer::empty(area);
        view::draw(&app, area, &mut buf);
        for cell in buf.content() {
            assert!(cell.symbol().is_ascii(), "{name}: {:?}", cell.symbol());
        }
    }
}

#[test]
fn too_small_message_names_the_sizes() {
    let d = fixture();
    let app = build(&d, "welcome", default_theme(), (59, 18));
    let text = render(&app, 59, 18);
    assert!(
        text.contains("Please make the window larger (now 59×18, needs 60×18)"),
        "{text}"
    );
}

/// Every screen at every size from 0×0 to 70×25: no panic.
#[test]
fn size_sweep_never_panics() {
    let d = fixture();
    // Every size in the default theme; around the smallest size also in
    // ASCII without colour (whose key names are longer).
    let all: Vec<(u16, u16)> = (0..=70u16)
        .flat_map(|w| (0..=25u16).map(move |h| (w, h)))
        .collect();
    let near: Vec<(u16, u16)> = (55..=65u16)
        .flat_map(|w| (14..=22u16).map(move |h| (w, h)))
        .collect();
    let ascii = Theme::new(cli::Theme::HighContrast, true, true);
    for (theme, sizes) in [(default_theme(), all), (ascii, near)] {
        for name in SCREENS {
            let mut app = build(&d, name, theme, (80, 24));
            // Scrolled and opened states too, where they apply.
            if app.screen == Screen::Results {
                send(&mut app, &[Msg::Enter, Msg::End]);
            }
            for &(w, h) in &sizes {
                {
                    update(&mut app, Msg::Resize(w, h));
                    let area = Rect::new(0, 0, w, h);
                    let mut buf = Buffer::empty(area);
                    let hits = view::draw(&app, area, &mut buf);
                    for (r, _) in hits.areas {
                        assert!(
                            area.contains(r.as_position()) && r.right() <= w && r.bottom() <= h,
                            "{name} {w}x{h} {r:?}"
                        );
                    }
                }
            }
            // update keeps working at tiny sizes too.
            for w in [0u16, 1, 5, 59, 60] {
                for h in [0u16, 1, 5, 17, 18] {
                    update(&mut app, Msg::Resize(w, h));
                    for m in [
                        Msg::Down,
                        Msg::PageDown,
                        Msg::End,
                        Msg::Up,
                        Msg::Home,
                        Msg::Enter,
                        Msg::Scroll(5),
                    ] {
                        update(&mut app, m);
                    }
                }
            }
        }
    }
}

/// Buffers with an offset origin (ratatui may hand views a sub-area).
#[test]
fn drawing_into_an_offset_area_stays_inside() {
    let d = fixture();
    let app = build(&d, "results_opened", default_theme(), (80, 24));
    let area = Rect::new(3, 2, 80, 24);
    let mut buf = Buffer::empty(area);
    view::draw(&app, area, &mut buf);
    let outside = Rect::new(0, 0, 200, 60);
    let mut big = Buffer::empty(outside);
    view::draw(&app, area, &mut big);
}

/// A click lands on what the last frame drew there.
#[test]
fn clicks_hit_options_buttons_and_treatments() {
    use ratatui::crossterm::event::{Event, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
    use scarguide::tui::keymap::map_event;
    let click = |x: u16, y: u16| {
        Event::Mouse(MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column: x,
            row: y,
            modifiers: KeyModifiers::NONE,
        })
    };
    let find = |buf: &Buffer, text: &str| -> (u16, u16) {
        for y in 0..buf.area.height {
            let row: String = (0..buf.area.width)
                .map(|x| buf[(x, y)].symbol().to_string())
                .collect();
            if let Some(i) = row.find(text) {
                return (row[..i].chars().count() as u16, y);
            }
        }
        panic!("{text} not on screen");
    };
    let d = fixture();
    let mut app = build(&d, "question_several", default_theme(), (80, 24));
    let area = Rect::new(0, 0, 80, 24);
    let draw = |app: &mut App| {
        let mut buf = Buffer::empty(area);
        app.hits = view::draw(app, area, &mut buf);
        buf
    };
    let buf = draw(&mut app);
    let (x, y) = find(&buf, "Boxcar");
    let msg = map_event(&click(x, y), &app).unwrap();
    assert_eq!(msg, Msg::Click(1));
    update(&mut app, msg);
    assert!(app.flow.is_chosen(1));
    let (x, y) = find(&buf, "[ Next ]");
    let msg = map_event(&click(x + 2, y), &app).unwrap();
    update(&mut app, msg);
    assert_eq!(app.flow.question().unwrap().id, "severity");

    let mut app = build(&d, "results_treatments", default_theme(), (80, 24));
    let buf = draw(&mut app);
    let (x, y) = find(&buf, "TCA CROSS");
    let msg = map_event(&click(x, y), &app).unwrap();
    update(&mut app, msg);
    let r = app.results.as_ref().unwrap();
    assert!(r.opened[r.selected]);
    let (x, y) = find(&buf, "2 Caveats");
    let msg = map_event(&click(x, y), &app).unwrap();
    assert_eq!(msg, Msg::Section(Section::Caveats));
    // Quit dialog buttons.
    update(&mut app, Msg::AskQuit);
    let buf = draw(&mut app);
    let (x, y) = find(&buf, "y: Quit");
    let msg = map_event(&click(x, y), &app).unwrap();
    update(&mut app, msg);
    assert!(app.quit);
}

/// At the smallest size the key list is taller than the window: it says
/// so and scrolls, down to its last key and no further.
#[test]
fn the_key_list_scrolls_in_a_small_window() {
    let d = fixture();
    let mut a = build(&d, "help_overlay", default_theme(), (60, 18));
    let top = render(&a, 60, 18);
    assert!(top.contains("for more keys"), "{top}");
    assert!(!top.contains("Results: save the summary"), "{top}");
    insta::assert_snapshot!("help_overlay_60x18_top", top);
    assert!(update(&mut a, Msg::End), "End scrolls");
    let bottom = render(&a, 60, 18);
    assert!(bottom.contains("Results: save the summary"), "{bottom}");
    insta::assert_snapshot!("help_overlay_60x18_end", bottom);
    assert!(!update(&mut a, Msg::Down), "no further than the last key");
    assert!(update(&mut a, Msg::Home));
    assert_eq!(render(&a, 60, 18), top);
    // Where everything fits, nothing scrolls.
    let mut big = build(&d, "help_overlay", default_theme(), (120, 40));
    assert!(!update(&mut big, Msg::Down));
    assert!(!render(&big, 120, 40).contains("for more keys"));
}
