//! The Summaries screen and the patient's side of sending, in `update` and
//! the keymap, with the folder work stood in for (effects_tests.rs does
//! it for real).

use std::time::{Duration, Instant};

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::cli;
use crate::dataset::{self, Dataset};
use crate::kiosk::{pin::Pin, Config};
use crate::tui::app::{update, App, Effect, Msg, Overlay, Screen};
use crate::tui::desk::{Desk, DeskKey, DeskOp, Open, Row};
use crate::tui::keymap::map_key;
use crate::tui::kiosk::{Plan, Sent, Staff, MAX_EXPORTS};
use crate::tui::theme::Theme;

fn fixture() -> Dataset {
    dataset::check_text("tui.ron", include_str!("../../tests/fixtures/tui.ron"))
        .unwrap()
        .dataset
}

fn kiosk_app(d: &Dataset, t0: Instant) -> App<'_> {
    let config = Config {
        gate: crate::kiosk::gate::Gate::new(Pin::parse("2468").unwrap()),
        idle_timeout: Duration::from_secs(120),
        export_dir: Some("/tmp/x".into()),
        printer: None,
    };
    App::new(d, Theme::new(cli::Theme::Default, false, false), (80, 24)).kiosk(config, t0)
}

fn send(app: &mut App, msgs: &[Msg]) {
    for m in msgs {
        update(app, *m);
    }
}

fn desk<'a>(app: &'a App) -> &'a Desk {
    match &app.kiosk.as_ref().unwrap().staff {
        Some(Staff::Desk(d)) => d,
        other => panic!("not on the Summaries screen: {other:?}"),
    }
}

fn desk_mut<'a>(app: &'a mut App<'_>) -> &'a mut Desk {
    match &mut app.kiosk.as_mut().unwrap().staff {
        Some(Staff::Desk(d)) => d,
        other => panic!("not on the Summaries screen: {other:?}"),
    }
}

fn row(code: &str) -> Row {
    Row {
        code: code.into(),
        written: "2026-11-30 09:15".into(),
        collected: false,
    }
}

/// The staff menu's Summaries screen, with three summaries listed.
fn at_desk(app: &mut App) {
    send(app, &[Msg::Staff]);
    for b in *b"2468" {
        update(app, Msg::PinDigit(b));
    }
    send(app, &[Msg::PinSubmit, Msg::StaffPick(1)]);
    assert_eq!(app.effect.take(), Some(Effect::Desk(DeskOp::List)));
    desk_mut(app).rows = vec![row("AAAAA"), row("CCCCC"), row("DDDDD")];
}

fn open(app: &mut App, lines: usize) {
    let d = desk_mut(app);
    d.open = Some(Open {
        row: row("CCCCC"),
        markdown: (0..lines).map(|i| format!("line {i}\n\n")).collect(),
        scroll: 0,
        confirm_delete: None,
    });
}

fn key(app: &App, code: KeyCode) -> Option<Msg> {
    map_key(KeyEvent::new(code, KeyModifiers::NONE), app)
}

#[test]
fn a_code_is_typed_erased_and_looked_up() {
    let d = fixture();
    let mut app = kiosk_app(&d, Instant::now());
    at_desk(&mut app);
    // Letters are typed here, even those that are keys elsewhere.
    for c in ['k', '7', 'f', '-', '3', 'q', 'p'] {
        assert_eq!(
            key(&app, KeyCode::Char(c)),
            Some(Msg::Desk(DeskKey::Char(c)))
        );
        update(&mut app, Msg::Desk(DeskKey::Char(c)));
    }
    update(&mut app, Msg::Desk(DeskKey::Char('/')));
    update(&mut app, Msg::Desk(DeskKey::Erase));
    assert_eq!(desk(&app).typed, "k7f-3q");
    assert_eq!(desk(&app).typed_code().as_deref(), Some("K7F3Q"));
    update(&mut app, Msg::Enter);
    assert_eq!(app.effect.take(), Some(Effect::Desk(DeskOp::Open)));
    // Esc clears the field first, then goes back to the menu.
    update(&mut app, Msg::Cancel);
    assert_eq!(desk(&app).typed, "");
    update(&mut app, Msg::Cancel);
    assert_eq!(
        app.kiosk.as_ref().unwrap().staff,
        Some(Staff::Menu { focus: 1 })
    );
}

#[test]
fn the_field_has_a_limit() {
    let d = fixture();
    let mut app = kiosk_app(&d, Instant::now());
    at_desk(&mut app);
    for _ in 0..50 {
        update(&mut app, Msg::Desk(DeskKey::Char('A')));
    }
    assert_eq!(desk(&app).typed.len(), crate::tui::desk::TYPED_MAX);
}

#[test]
fn the_list_highlight_stays_on_the_list() {
    let d = fixture();
    let mut app = kiosk_app(&d, Instant::now());
    at_desk(&mut app);
    send(
        &mut app,
        &[Msg::Up, Msg::Down, Msg::Down, Msg::Down, Msg::Down],
    );
    assert_eq!(desk(&app).focus, 2);
    send(&mut app, &[Msg::Home]);
    assert_eq!(desk(&app).focus, 0);
    update(&mut app, Msg::Desk(DeskKey::Pick(1)));
    assert_eq!(desk(&app).focus, 1);
    assert_eq!(app.effect.take(), Some(Effect::Desk(DeskOp::Open)));
    update(&mut app, Msg::Desk(DeskKey::Pick(9)));
    assert_eq!(app.effect, None, "a row that is not there opens nothing");
}

#[test]
fn an_open_summary_scrolls_to_its_end_and_no_further() {
    let d = fixture();
    let mut app = kiosk_app(&d, Instant::now());
    at_desk(&mut app);
    open(&mut app, 40);
    // 80×24: the box's body holds 24 - 2 - 2 - 3 - 1 = 16 rows.
    let body = crate::tui::desk::body(ratatui::layout::Rect::new(0, 0, 80, 24), None);
    assert_eq!(body.height, 16);
    send(&mut app, &[Msg::End]);
    let total = 79; // 40 lines with blank lines between, none after the last
    let max = crate::tui::desk::max_scroll(total, 16);
    assert_eq!(desk(&app).open.as_ref().unwrap().scroll, max);
    send(&mut app, &[Msg::Down, Msg::PageDown, Msg::Scroll(3)]);
    assert_eq!(desk(&app).open.as_ref().unwrap().scroll, max);
    send(&mut app, &[Msg::Home, Msg::Up]);
    assert_eq!(desk(&app).open.as_ref().unwrap().scroll, 0);
    // Keys of an open summary are its actions, not typing.
    assert_eq!(
        key(&app, KeyCode::Char('p')),
        Some(Msg::Desk(DeskKey::Print))
    );
    assert_eq!(
        key(&app, KeyCode::Char('c')),
        Some(Msg::Desk(DeskKey::Collect))
    );
    assert_eq!(key(&app, KeyCode::PageDown), Some(Msg::PageDown));
    update(&mut app, Msg::Desk(DeskKey::Print));
    assert_eq!(app.effect.take(), Some(Effect::Desk(DeskOp::Print)));
    update(&mut app, Msg::Desk(DeskKey::Collect));
    assert_eq!(app.effect.take(), Some(Effect::Desk(DeskOp::Collect)));
    // Esc goes back one level: to the list, read again.
    update(&mut app, Msg::Cancel);
    assert!(desk(&app).open.is_none());
    assert_eq!(app.effect.take(), Some(Effect::Desk(DeskOp::List)));
}

#[test]
fn delete_asks_first_and_no_is_the_default() {
    let d = fixture();
    let mut app = kiosk_app(&d, Instant::now());
    at_desk(&mut app);
    open(&mut app, 3);
    let asking = |app: &App| desk(app).open.as_ref().unwrap().confirm_delete;
    update(&mut app, Msg::Desk(DeskKey::Delete));
    assert_eq!(asking(&app), Some(false));
    assert_eq!(app.effect, None, "nothing is deleted yet");
    assert_eq!(key(&app, KeyCode::Char('p')), None, "only yes or no now");
    update(&mut app, Msg::Enter);
    assert_eq!(
        (asking(&app), app.effect),
        (None, None),
        "Enter on Keep keeps"
    );
    update(&mut app, Msg::Desk(DeskKey::Delete));
    update(&mut app, Msg::Cancel);
    assert_eq!((asking(&app), app.effect), (None, None), "Esc keeps");
    assert!(desk(&app).open.is_some(), "and stays on the summary");
    update(&mut app, Msg::Desk(DeskKey::Delete));
    update(&mut app, Msg::SwitchFocus);
    update(&mut app, Msg::Enter);
    assert_eq!(app.effect.take(), Some(Effect::Desk(DeskOp::Delete)));
    update(&mut app, Msg::Desk(DeskKey::Delete));
    assert_eq!(key(&app, KeyCode::Char('y')), Some(Msg::Confirm));
    update(&mut app, Msg::Confirm);
    assert_eq!(app.effect.take(), Some(Effect::Desk(DeskOp::Delete)));
}

#[test]
fn the_summaries_screen_closes_with_the_idle_wipe_and_takes_its_text_along() {
    let d = fixture();
    let t0 = Instant::now();
    let mut app = kiosk_app(&d, t0);
    at_desk(&mut app);
    open(&mut app, 3);
    // Reading and scrolling count as being there.
    app.now = t0 + Duration::from_secs(100);
    update(&mut app, Msg::Down);
    app.now = t0 + Duration::from_secs(200);
    update(&mut app, Msg::Tick);
    assert!(matches!(
        app.kiosk.as_ref().unwrap().staff,
        Some(Staff::Desk(_))
    ));
    app.now = t0 + Duration::from_secs(100 + 120 + 21);
    update(&mut app, Msg::Tick);
    assert_eq!(app.kiosk.as_ref().unwrap().staff, None);
    // Back behind the PIN.
    update(&mut app, Msg::Staff);
    assert!(matches!(
        app.kiosk.as_ref().unwrap().staff,
        Some(Staff::Pin { .. })
    ));
}

#[test]
fn no_key_on_the_summaries_screen_ends_the_kiosk() {
    let d = fixture();
    let mut app = kiosk_app(&d, Instant::now());
    at_desk(&mut app);
    let ctrl = KeyModifiers::CONTROL;
    for k in ['c', 'd', 'z', '\\', 'q'] {
        let msg = map_key(KeyEvent::new(KeyCode::Char(k), ctrl), &app);
        assert_eq!(msg, None, "Ctrl-{k}");
    }
    for m in [Msg::AskQuit, Msg::Confirm, Msg::Desk(DeskKey::Char('q'))] {
        update(&mut app, m);
        assert!(!app.quit);
    }
    open(&mut app, 3);
    for m in [Msg::AskQuit, Msg::Confirm, Msg::Enter] {
        update(&mut app, m);
        assert!(!app.quit);
    }
}

/// Through the interview to the results, answering option 1 everywhere.
fn to_results(app: &mut App) {
    update(app, Msg::Start);
    while app.screen == Screen::Question {
        send(app, &[Msg::Choose(0), Msg::Next]);
    }
    update(app, Msg::Enter);
    assert_eq!(app.screen, Screen::Results);
}

#[test]
fn sending_again_plans_the_same_code_and_stops_after_the_limit() {
    let d = fixture();
    let mut app = kiosk_app(&d, Instant::now());
    let k = app.kiosk.as_mut().unwrap();
    assert_eq!(k.plan("{a}"), Plan::New);
    k.record("H7K3P", "{a}".into());
    assert_eq!(k.sent, Some(Sent::Code("H7K3P".into())));
    assert_eq!(k.plan("{a}"), Plan::Show("H7K3P".into()));
    assert_eq!(k.plan("{b}"), Plan::Again("H7K3P".into()));
    for n in 2..=MAX_EXPORTS {
        k.record("H7K3P", format!("{{{n}}}"));
    }
    assert_eq!(k.exported.as_ref().unwrap().count, MAX_EXPORTS);
    assert_eq!(k.plan("{other}"), Plan::Limit);
    // The same answers still show their code.
    let last = format!("{{{MAX_EXPORTS}}}");
    assert_eq!(k.plan(&last), Plan::Show("H7K3P".into()));
}

#[test]
fn finished_asks_first_when_nothing_was_sent() {
    let d = fixture();
    let mut app = kiosk_app(&d, Instant::now());
    to_results(&mut app);
    update(&mut app, Msg::Finished);
    assert_eq!(app.overlay, Some(Overlay::Finish { yes: false }));
    assert_eq!(app.screen, Screen::Results);
    update(&mut app, Msg::Enter);
    assert_eq!(app.overlay, None, "Enter on 'Stay' stays");
    assert_eq!(app.screen, Screen::Results);
    update(&mut app, Msg::Finished);
    update(&mut app, Msg::Confirm);
    assert_eq!(app.screen, Screen::Welcome);
    assert!(app.flow.is_blank());
    // Once sent, it clears at once; the code goes with the session.
    to_results(&mut app);
    app.kiosk.as_mut().unwrap().record("H7K3P", "{}".into());
    update(&mut app, Msg::Cancel);
    assert_eq!(app.kiosk.as_ref().unwrap().sent, None, "the box is closed");
    assert!(
        app.kiosk.as_ref().unwrap().exported.is_some(),
        "the code is kept"
    );
    update(&mut app, Msg::Finished);
    assert_eq!(app.screen, Screen::Welcome);
    assert_eq!(app.kiosk.as_ref().unwrap().exported, None);
}
