//! The review page with answers that do not fit together, on
//! tests/fixtures/conflicts.ron: snapshots at 80×24 and 60×20 (symbols and
//! a map of styles, as in tui_render.rs), nothing hidden without a sign,
//! and the highlight and clicks reaching the conflict's questions.

#[path = "common/screen.rs"]
mod screen;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use scarguide::cli;
use scarguide::dataset::{self, Dataset};
use scarguide::tui::app::{update, App, Msg, Screen};
use scarguide::tui::review::ReviewFocus;
use scarguide::tui::theme::Theme;
use scarguide::tui::view;
use screen::dump;

fn fixture() -> Dataset {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/conflicts.ron"
    ))
    .unwrap();
    dataset::check_text("conflicts.ron", &text).unwrap().dataset
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

/// Ice pick, rolling and red marks, but "flat marks only": the conflict
/// `dents_but_flat_grade`. The rest as in tui_render.rs.
fn conflicting(d: &Dataset, theme: Theme, size: (u16, u16)) -> App<'_> {
    let mut app = App::new(d, theme, size);
    update(&mut app, Msg::Start);
    for id in ["ice_pick", "rolling", "red_marks"] {
        let i = option(&app, id);
        update(&mut app, Msg::Choose(i));
    }
    update(&mut app, Msg::Enter);
    for id in ["grade_1", "type_5", "none", "cold_sores", "minimal"] {
        let i = option(&app, id);
        update(&mut app, Msg::Choose(i));
        update(&mut app, Msg::Enter);
    }
    assert_eq!(app.screen, Screen::Review);
    app
}

fn draw(app: &mut App) -> Buffer {
    let area = Rect::new(0, 0, app.size.0, app.size.1);
    let mut buf = Buffer::empty(area);
    app.hits = view::draw(app, area, &mut buf);
    buf
}

fn text(buf: &Buffer) -> String {
    let mut s = String::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            s.push_str(buf[(x, y)].symbol());
        }
        s.push('\n');
    }
    s
}

fn default_theme() -> Theme {
    Theme::new(cli::Theme::Default, false, false)
}

#[test]
fn review_with_a_conflict_80x24_and_60x20() {
    let d = fixture();
    for (w, h) in [(80, 24), (60, 20)] {
        let mut app = conflicting(&d, default_theme(), (w, h));
        let buf = draw(&mut app);
        insta::assert_snapshot!(format!("review_conflict_{w}x{h}"), dump(&buf));
        let screen = text(&buf);
        // The box comes first, before the answers, and the results stay focused.
        let boxed = screen.find("Check these answers").unwrap();
        assert!(boxed < screen.find("6.  Recovery time").unwrap_or(usize::MAX));
        assert!(
            screen.contains("You chose scars that are dents"),
            "{screen}"
        );
        assert_eq!(app.review_focused(), ReviewFocus::Results);
    }
}

/// An answer row outside the box: "  1.  Scar types: …", or "> 1.  …".
fn is_answer_row(line: &str) -> bool {
    let l = line.trim_start().trim_start_matches('>').trim_start();
    !line.contains('│') && l.len() > 4 && l.as_bytes()[0].is_ascii_digit() && &l[1..4] == ".  "
}

/// At 80×24, 60×20 and the smallest size, with the highlight anywhere:
/// answers out of view are announced, and the highlighted one is in view.
#[test]
fn nothing_is_hidden_without_a_sign() {
    let d = fixture();
    for (w, h) in [(80, 24), (60, 20), (60, 18)] {
        let mut app = conflicting(&d, default_theme(), (w, h));
        for focus in 0..=app.review_end() {
            app.review_focus = focus;
            let screen = text(&draw(&mut app));
            let at = format!("{w}x{h} focus {focus}:\n{screen}");
            let answers = screen.lines().filter(|l| is_answer_row(l)).count();
            if answers < 6 {
                assert!(screen.contains("▼ ") || screen.contains("▲ "), "{at}");
            }
            if !screen.contains("Check these answers") {
                assert!(screen.contains("▲ "), "{at}");
            }
            match app.review_focused() {
                ReviewFocus::Conflict(_, r) | ReviewFocus::Row(r) => {
                    assert!(screen.contains(&format!("> {}.  ", r + 1)), "{at}");
                }
                // On the button, the box is what is kept in view.
                ReviewFocus::Results => assert!(screen.contains("Check these answers"), "{at}"),
            }
        }
    }
}

#[test]
fn clicking_a_question_in_the_box_changes_that_answer() {
    use ratatui::crossterm::event::{Event, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
    use scarguide::tui::keymap::map_event;
    let d = fixture();
    let mut app = conflicting(&d, default_theme(), (80, 24));
    let buf = draw(&mut app);
    let screen = text(&buf);
    let y = screen
        .lines()
        .position(|l| l.contains("│   2.  How noticeable"))
        .unwrap_or_else(|| panic!("{screen}")) as u16;
    let click = Event::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: 10,
        row: y,
        modifiers: KeyModifiers::NONE,
    });
    let msg = map_event(&click, &app).unwrap();
    assert_eq!(msg, Msg::Edit(1));
    update(&mut app, msg);
    assert_eq!(app.flow.question().unwrap().id, "severity");
}

#[test]
fn the_box_keeps_to_ascii_and_no_colour_when_asked() {
    let d = fixture();
    for (w, h) in [(80, 24), (60, 18)] {
        let theme = Theme::new(cli::Theme::HighContrast, true, true);
        let mut app = conflicting(&d, theme, (w, h));
        let buf = draw(&mut app);
        let screen = text(&buf);
        assert!(screen.contains("+- Check these answers -"), "{screen}");
        for cell in buf.content() {
            assert!(cell.symbol().is_ascii(), "{:?}", cell.symbol());
            assert_eq!(cell.fg, ratatui::style::Color::Reset);
            assert_eq!(cell.bg, ratatui::style::Color::Reset);
        }
    }
}
