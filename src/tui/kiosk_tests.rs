//! Kiosk mode in `update` and the keymap, with the clock set by hand: no
//! test waits for a real timeout.

use std::time::{Duration, Instant};

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::app::{update, App, Effect, Msg, Screen};
use super::keymap::map_key;
use super::kiosk::{Sent, Staff};
use super::theme::Theme;
use crate::cli;
use crate::dataset::{self, Dataset};
use crate::kiosk::{idle, pin::Pin, Config};

fn fixture() -> Dataset {
    dataset::check_text("tui.ron", include_str!("../../tests/fixtures/tui.ron"))
        .unwrap()
        .dataset
}

fn kiosk_app(d: &Dataset, t0: Instant, export: bool) -> App<'_> {
    let config = Config {
        gate: crate::kiosk::gate::Gate::new(Pin::parse("2468").unwrap()),
        idle_timeout: Duration::from_secs(120),
        export_dir: export.then(|| std::path::PathBuf::from("/tmp/x")),
        printer: None,
    };
    App::new(d, Theme::new(cli::Theme::Default, false, false), (80, 24)).kiosk(config, t0)
}

fn at(app: &mut App, now: Instant, msg: Msg) -> bool {
    app.now = now;
    update(app, msg)
}

fn key(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
    KeyEvent::new(code, mods)
}

/// Through the interview to the results, answering option 1 everywhere.
fn to_results(app: &mut App, now: Instant) {
    at(app, now, Msg::Start);
    while app.screen == Screen::Question {
        at(app, now, Msg::Choose(0));
        at(app, now, Msg::Next);
    }
    at(app, now, Msg::Enter);
    assert_eq!(app.screen, Screen::Results);
}

#[test]
fn no_key_offers_a_way_out() {
    let d = fixture();
    let t0 = Instant::now();
    let mut app = kiosk_app(&d, t0, false);
    let ctrl = KeyModifiers::CONTROL;
    let none = KeyModifiers::NONE;
    for screen_step in 0..2 {
        for k in [
            key(KeyCode::Char('c'), ctrl),
            key(KeyCode::Char('z'), ctrl),
            key(KeyCode::Char('\\'), ctrl),
            key(KeyCode::Char('d'), ctrl),
            key(KeyCode::Char('q'), none),
        ] {
            let msg = map_key(k, &app);
            assert!(msg != Some(Msg::AskQuit), "{k:?} on step {screen_step}");
            if let Some(m) = msg {
                at(&mut app, t0, m);
            }
            assert!(!app.quit && app.overlay.is_none());
        }
        at(&mut app, t0, Msg::Start);
    }
    // Even a quit message from elsewhere (a click) is refused.
    at(&mut app, t0, Msg::AskQuit);
    assert!(app.overlay.is_none() && !app.quit);
    assert_eq!(map_key(key(KeyCode::F(12), none), &app), Some(Msg::Staff));
    assert_eq!(
        map_key(key(KeyCode::Char('t'), ctrl), &app),
        Some(Msg::Staff)
    );
}

#[test]
fn the_right_pin_opens_the_menu_and_end_quits() {
    let d = fixture();
    let t0 = Instant::now();
    let mut app = kiosk_app(&d, t0, false);
    at(&mut app, t0, Msg::Staff);
    for b in *b"1357" {
        at(&mut app, t0, Msg::PinDigit(b));
    }
    at(&mut app, t0, Msg::PinSubmit);
    let k = app.kiosk.as_ref().unwrap();
    assert_eq!(
        k.staff,
        Some(Staff::Pin {
            entered: String::new(),
            note: Some("That PIN is not right. 4 tries left.".into())
        })
    );
    for b in *b"24689" {
        at(&mut app, t0, Msg::PinDigit(b));
    }
    at(&mut app, t0, Msg::PinErase);
    at(&mut app, t0, Msg::PinSubmit);
    assert_eq!(
        app.kiosk.as_ref().unwrap().staff,
        Some(Staff::Menu { focus: 0 })
    );
    // Keys meant for the app go nowhere while the menu is open.
    at(&mut app, t0, Msg::Start);
    assert_eq!(app.screen, Screen::Welcome);
    at(&mut app, t0, Msg::StaffPick(1));
    let staff = &app.kiosk.as_ref().unwrap().staff;
    assert!(matches!(staff, Some(Staff::Desk(_))), "{staff:?}");
    at(&mut app, t0, Msg::Cancel);
    at(&mut app, t0, Msg::Down);
    at(&mut app, t0, Msg::Enter);
    assert!(app.quit, "item 3 ends the kiosk");
}

#[test]
fn the_lock_out_counts_down_and_opens_again() {
    let d = fixture();
    let t0 = Instant::now();
    let mut app = kiosk_app(&d, t0, false);
    at(&mut app, t0, Msg::Staff);
    for _ in 0..5 {
        at(&mut app, t0, Msg::PinDigit(b'0'));
        at(&mut app, t0, Msg::PinSubmit);
    }
    let note = |app: &App| match &app.kiosk.as_ref().unwrap().staff {
        Some(Staff::Pin { note, .. }) => note.clone(),
        other => panic!("{other:?}"),
    };
    assert_eq!(
        note(&app).as_deref(),
        Some("Too many wrong PINs. Try again in 60 s.")
    );
    assert!(
        at(&mut app, t0 + Duration::from_secs(25), Msg::Tick),
        "the countdown redraws"
    );
    assert_eq!(
        note(&app).as_deref(),
        Some("Too many wrong PINs. Try again in 35 s.")
    );
    assert!(at(&mut app, t0 + Duration::from_secs(60), Msg::Tick));
    assert_eq!(note(&app), None, "the lock has run out");
}

#[test]
fn idle_warns_then_wipes_and_any_input_cancels() {
    let d = fixture();
    let t0 = Instant::now();
    let mut app = kiosk_app(&d, t0, true);
    to_results(&mut app, t0);
    let s = Duration::from_secs;
    assert!(
        !at(&mut app, t0 + s(119), Msg::Tick),
        "nothing changes before the timeout"
    );
    assert!(at(&mut app, t0 + s(120), Msg::Tick));
    assert_eq!(
        app.kiosk.as_ref().unwrap().idle_state,
        idle::State::Warning { seconds_left: 20 }
    );
    // A key answers "Still there?" and does nothing else.
    at(&mut app, t0 + s(125), Msg::CloseOverlay);
    assert_eq!(app.kiosk.as_ref().unwrap().idle_state, idle::State::Active);
    assert_eq!(app.screen, Screen::Results);
    at(&mut app, t0 + s(245), Msg::Tick);
    assert!(matches!(
        app.kiosk.as_ref().unwrap().idle_state,
        idle::State::Warning { .. }
    ));
    at(&mut app, t0 + s(265), Msg::Tick);
    assert_eq!(app.screen, Screen::Welcome, "wiped");
    assert!(app.flow.is_blank());
    assert!(app.results.is_none());
    assert_eq!(app.effect, Some(Effect::Clear), "the screen is cleared too");
}

#[test]
fn send_asks_for_an_export_and_finished_wipes() {
    let d = fixture();
    let t0 = Instant::now();
    let mut app = kiosk_app(&d, t0, true);
    to_results(&mut app, t0);
    at(&mut app, t0, Msg::Send);
    assert_eq!(app.effect.take(), Some(Effect::Export));
    // The loop reports a code; the box takes keys until it is closed.
    app.kiosk.as_mut().unwrap().record("K7F3Q", "{}".into());
    assert_eq!(
        app.kiosk.as_ref().unwrap().sent,
        Some(Sent::Code("K7F3Q".into()))
    );
    at(&mut app, t0, Msg::Finished);
    assert_eq!(app.screen, Screen::Results, "the code box is still open");
    at(&mut app, t0, Msg::Enter);
    assert_eq!(app.kiosk.as_ref().unwrap().sent, None);
    at(&mut app, t0, Msg::Finished);
    assert_eq!(app.screen, Screen::Welcome);
    assert!(app.flow.is_blank());
    assert_eq!(app.effect, Some(Effect::Clear));
}

#[test]
fn without_an_export_folder_there_is_no_send() {
    let d = fixture();
    let t0 = Instant::now();
    let mut app = kiosk_app(&d, t0, false);
    to_results(&mut app, t0);
    assert_eq!(
        map_key(key(KeyCode::Char('s'), KeyModifiers::NONE), &app),
        None
    );
    at(&mut app, t0, Msg::Send);
    assert_eq!(app.effect, None);
}

#[test]
fn self_guided_s_saves() {
    let d = fixture();
    let mut app = App::new(&d, Theme::new(cli::Theme::Default, false, false), (80, 24));
    let t0 = Instant::now();
    to_results(&mut app, t0);
    let msg = map_key(key(KeyCode::Char('s'), KeyModifiers::NONE), &app);
    assert_eq!(msg, Some(Msg::Save));
    at(&mut app, t0, Msg::Save);
    assert_eq!(app.effect, Some(Effect::Save));
}

#[test]
fn the_kiosk_key_list_offers_no_way_out() {
    use ratatui::buffer::Buffer;
    use ratatui::layout::Rect;
    let d = fixture();
    let t0 = Instant::now();
    let mut app = kiosk_app(&d, t0, true);
    at(&mut app, t0, Msg::OpenHelp);
    let area = Rect::new(0, 0, 80, 24);
    let mut buf = Buffer::empty(area);
    super::view::draw(&app, area, &mut buf);
    let text: String = buf.content.iter().map(|c| c.symbol()).collect();
    assert!(!text.contains("Quit"), "{text}");
    assert!(text.contains("send my summary to staff"));
    assert!(text.contains("I'm finished"));
}

#[test]
fn the_loop_sleeps_until_the_next_thing_to_show() {
    use super::{timeout, STAFF_TICK};
    let d = fixture();
    let self_guided = App::new(&d, Theme::new(cli::Theme::Default, false, false), (80, 24));
    assert_eq!(timeout(&self_guided), None, "nothing to wake for alone");
    let t0 = Instant::now();
    let mut app = kiosk_app(&d, t0, false);
    let wait = timeout(&app).unwrap();
    assert!(
        wait > Duration::from_secs(100) && wait <= Duration::from_secs(120),
        "until the idle warning: {wait:?}"
    );
    at(&mut app, t0, Msg::Staff);
    assert_eq!(timeout(&app), Some(STAFF_TICK), "the lock-out counts down");
}

/// Staff keys over a Spanish patient's results: the staff box speaks the
/// kiosk's language, and the results under it stay in the patient's.
#[test]
fn staff_keys_leave_the_patients_results_in_the_patients_language() {
    use crate::dataset::localized::Localized;
    use crate::i18n::{self, Lang};
    let en = dataset::check_text(dataset::EMBEDDED_NAME, dataset::EMBEDDED)
        .unwrap()
        .dataset;
    let content = Localized::new(&en, None);
    let t0 = Instant::now();
    let config = Config {
        gate: crate::kiosk::gate::Gate::new(Pin::parse("2468").unwrap()),
        idle_timeout: Duration::from_secs(120),
        export_dir: None,
        printer: None,
    };
    let theme = Theme::new(cli::Theme::Default, false, false);
    let mut app = App::with_languages(&content, Lang::ENGLISH, theme, (80, 24)).kiosk(config, t0);
    at(&mut app, t0, Msg::Down);
    let es = i18n::parse("es").unwrap();
    assert_eq!(app.lang, es, "the patient chose Spanish");
    to_results(&mut app, t0);
    let text = |app: &App| -> String {
        let doc = &app.results.as_ref().unwrap().doc;
        doc.lines.iter().map(|l| l.to_string() + "\n").collect()
    };
    let spanish = i18n::with(es, || crate::words::open_hint().to_string());
    let english = i18n::with(Lang::ENGLISH, || crate::words::open_hint().to_string());
    assert!(text(&app).contains(&spanish), "{}", text(&app));
    for msg in [Msg::Staff, Msg::PinDigit(1), Msg::PinErase] {
        at(&mut app, t0, msg);
        assert!(text(&app).contains(&spanish), "after {msg:?}");
        assert!(!text(&app).contains(&english), "after {msg:?}");
    }
    assert_eq!(
        app.speaking(),
        Lang::ENGLISH,
        "the PIN box in the kiosk's own"
    );
}
