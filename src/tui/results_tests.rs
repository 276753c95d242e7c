//! The results screen's own parts (issue 13, points 5 and 7): the
//! disclaimer in one line that `i` opens in full, saving that says the
//! full path without taking the title bar, and the quit box once saved.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent};
use ratatui::layout::Rect;

use super::app::{update, App, Msg, Overlay, Screen};
use super::keymap::map_event;
use super::theme::Theme;
use super::view;
use crate::cli;
use crate::dataset::{self, Dataset};
use crate::words;

const FIXTURE: &str = include_str!("../../tests/fixtures/tui.ron");

fn fixture() -> Dataset {
    dataset::check_text("tui.ron", FIXTURE).unwrap().dataset
}

/// Option 1 of every question, then the results, at `size`.
fn results(d: &Dataset, size: (u16, u16)) -> App<'_> {
    let mut app = App::new(d, Theme::new(cli::Theme::Default, false, false), size);
    update(&mut app, Msg::Start);
    while app.screen == Screen::Question {
        update(&mut app, Msg::Choose(0));
        update(&mut app, Msg::Enter);
    }
    update(&mut app, Msg::Enter);
    assert_eq!(app.screen, Screen::Results);
    app
}

fn screen(app: &App) -> Vec<String> {
    let area = Rect::new(0, 0, app.size.0, app.size.1);
    let mut buf = Buffer::empty(area);
    view::draw(app, area, &mut buf);
    (0..area.height)
        .map(|y| (0..area.width).map(|x| buf[(x, y)].symbol()).collect())
        .collect()
}

fn key(c: char) -> Event {
    Event::Key(KeyEvent::from(KeyCode::Char(c)))
}

#[test]
fn the_disclaimer_is_one_line_that_i_opens_and_closes() {
    let d = fixture();
    let mut app = results(&d, (80, 24));
    let rows = screen(&app);
    let full = "which treatment, if any";
    assert!(d.meta.disclaimer.contains(full));
    assert!(!rows.iter().any(|r| r.contains(full)), "{rows:#?}");
    let short: Vec<&String> = rows
        .iter()
        .filter(|r| r.contains("not a diagnosis"))
        .collect();
    assert_eq!(short.len(), 1, "once, in one line: {rows:#?}");
    assert!(
        short[0].contains("Press i"),
        "the line says how to read more"
    );

    let msg = map_event(&key('i'), &app);
    assert_eq!(msg, Some(Msg::Disclaimer));
    assert!(update(&mut app, Msg::Disclaimer));
    assert_eq!(app.overlay, Some(Overlay::Disclaimer));
    let text = screen(&app).join("\n");
    assert!(text.contains(full), "{text}");
    assert!(text.contains(words::disclaimer_close()), "{text}");
    assert!(text.contains("Content version"), "{text}");
    // `i` again closes it, and so do Esc and Enter.
    assert_eq!(map_event(&key('i'), &app), Some(Msg::Disclaimer));
    assert!(update(&mut app, Msg::Disclaimer));
    assert_eq!(app.overlay, None);
    for close in [Msg::Cancel, Msg::Enter, Msg::Back] {
        update(&mut app, Msg::Disclaimer);
        assert!(update(&mut app, close), "{close:?}");
        assert_eq!(app.overlay, None, "{close:?}");
        assert_eq!(app.screen, Screen::Results, "{close:?} only closes the box");
    }
    // Keys under the box do nothing while it is open.
    update(&mut app, Msg::Disclaimer);
    assert!(!update(&mut app, Msg::NextSection));
    assert_eq!(app.overlay, Some(Overlay::Disclaimer));
}

#[test]
fn a_click_on_the_line_opens_the_disclaimer() {
    use ratatui::crossterm::event::{KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
    let d = fixture();
    let mut app = results(&d, (60, 20));
    let area = Rect::new(0, 0, 60, 20);
    let mut buf = Buffer::empty(area);
    app.hits = view::draw(&app, area, &mut buf);
    let rows = screen(&app);
    let y = rows.iter().position(|r| r.contains("Press i")).unwrap();
    let click = Event::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: 5,
        row: y as u16,
        modifiers: KeyModifiers::NONE,
    });
    assert_eq!(map_event(&click, &app), Some(Msg::Disclaimer));
}

#[test]
fn i_elsewhere_does_nothing() {
    let d = fixture();
    let mut app = App::new(&d, Theme::new(cli::Theme::Default, false, false), (80, 24));
    assert!(!update(&mut app, Msg::Disclaimer));
    update(&mut app, Msg::Start);
    assert!(!update(&mut app, Msg::Disclaimer));
    assert_eq!(app.overlay, None);
}

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("scarguide-results-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// `s` saves: the message under the buttons holds the whole absolute path
/// (on its own row when the row is too short for both), and the title bar
/// stays the title.
#[test]
fn saving_says_the_full_path_and_keeps_the_title() {
    let d = fixture();
    let mut app = results(&d, (60, 20));
    let title_before = screen(&app)[0].clone();
    assert!(update(&mut app, Msg::Save));
    assert_eq!(app.effect, Some(super::app::Effect::Save));
    let dir = temp_dir("save");
    for name in [
        "s.md",
        "a-much-longer-name-for-the-summary-for-my-clinician.md",
    ] {
        let written = super::save(&mut app, &d, &dir.join(name), "2026-11-30").unwrap();
        assert!(written.is_absolute());
        let path = written.display().to_string();
        assert_eq!(app.saved, Some(Ok(path.clone())));
        let rows = screen(&app);
        assert_eq!(
            rows[0], title_before,
            "the title bar is not a message board"
        );
        let at = rows
            .iter()
            .position(|r| r.contains("Your summary is saved in"))
            .unwrap();
        let said: String = rows[at..].iter().map(|r| r.trim()).collect();
        assert!(said.contains(&path), "{path} in {rows:#?}");
        if path.len() <= 58 {
            assert!(
                rows.iter().any(|r| r.contains(&path)),
                "on one row: {rows:#?}"
            );
        }
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_refused_save_says_why_in_words() {
    let d = fixture();
    let mut app = results(&d, (80, 24));
    let dir = temp_dir("refused");
    assert!(super::save(&mut app, &d, &dir, "2026-11-30").is_none());
    let Some(Err(why)) = &app.saved else {
        panic!("{:?}", app.saved)
    };
    assert!(why.contains("is a folder"), "{why}");
    let text = screen(&app).join("\n");
    assert!(text.contains("Could not save the summary"), "{text}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn once_saved_the_quit_box_does_not_say_answers_are_lost() {
    let d = fixture();
    let mut app = results(&d, (80, 24));
    update(&mut app, Msg::AskQuit);
    assert!(screen(&app).join("\n").contains(words::quit_ask()));
    update(&mut app, Msg::Cancel);
    let dir = temp_dir("quit");
    super::save(&mut app, &d, &dir.join("s.md"), "2026-11-30").unwrap();
    update(&mut app, Msg::AskQuit);
    let text = screen(&app).join("\n");
    assert!(!text.contains("will be lost"), "{text}");
    assert!(text.contains("Quit? Your summary is saved in"), "{text}");
    // New results are not saved yet: the warning is back.
    update(&mut app, Msg::Cancel);
    update(&mut app, Msg::Back);
    update(&mut app, Msg::Enter);
    assert_eq!(app.screen, Screen::Results);
    update(&mut app, Msg::AskQuit);
    assert!(screen(&app).join("\n").contains(words::quit_ask()));
    std::fs::remove_dir_all(&dir).unwrap();
}

/// At the smallest sizes the box is as wide as the screen, and the whole
/// disclaimer is in it, not cut at the box's edge.
#[test]
fn the_whole_disclaimer_fits_its_box_at_60_columns() {
    let d = fixture();
    for size in [(60, 20), (60, 18)] {
        let mut app = results(&d, size);
        update(&mut app, Msg::Disclaimer);
        let text: String = screen(&app)
            .iter()
            .map(|r| r.replace(['│', '┌', '┐', '└', '┘', '─'], " "))
            .collect::<Vec<_>>()
            .join(" ");
        let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            flat(&text).contains(&flat(&d.meta.disclaimer)),
            "{size:?}: {text}"
        );
    }
}
