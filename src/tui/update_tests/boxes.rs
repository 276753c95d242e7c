//! The boxes over the screen, the keymap, and optional answers.

use super::*;

#[test]
fn start_over_asks_first() {
    let d = fixture();
    let mut a = app(&d);
    to_results(&mut a);
    update(&mut a, Msg::AskStartOver);
    assert_eq!(a.overlay, Some(Overlay::StartOver { yes: false }));
    update(&mut a, Msg::Enter);
    assert_eq!(a.overlay, None, "Enter on Stay keeps the answers");
    assert_eq!(a.screen, Screen::Results);
    send(&mut a, &[Msg::AskStartOver, Msg::Confirm]);
    assert_eq!(a.screen, Screen::Welcome);
    assert!(a.flow.answers().is_empty());
    assert!(matches!(a.flow.step(), Step::Question(0)));
}

#[test]
fn quit_asks_first() {
    let d = fixture();
    let mut a = app(&d);
    update(&mut a, Msg::Start);
    update(&mut a, Msg::AskQuit);
    assert_eq!(a.overlay, Some(Overlay::Quit { yes: false }));
    // While the dialog is open other keys do nothing.
    assert!(!update(&mut a, Msg::Choose(0)));
    update(&mut a, Msg::Cancel);
    assert!(!a.quit && a.overlay.is_none());
    send(&mut a, &[Msg::AskQuit, Msg::SwitchFocus, Msg::Enter]);
    assert!(a.quit);
    // q twice (or Ctrl-C twice) quits too.
    let mut b = app(&d);
    send(&mut b, &[Msg::AskQuit, Msg::AskQuit]);
    assert!(b.quit);
}

#[test]
fn help_overlay_and_question_help() {
    let d = fixture();
    let mut a = app(&d);
    update(&mut a, Msg::OpenHelp);
    assert_eq!(a.overlay, Some(Overlay::Help));
    update(&mut a, Msg::OpenHelp);
    assert_eq!(a.overlay, None);
    update(&mut a, Msg::Start);
    update(&mut a, Msg::ToggleQuestionHelp);
    assert!(a.question_help);
    send(&mut a, &[Msg::Choose(0), Msg::Enter]);
    assert!(!a.question_help, "help is per question");
}

#[test]
fn keymap_maps_keys_per_screen_and_only_quit_when_too_small() {
    use crate::tui::keymap::map_event;
    use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
    let key = |c: KeyCode| Event::Key(KeyEvent::new(c, KeyModifiers::NONE));
    let d = fixture();
    let mut a = app(&d);
    assert_eq!(map_event(&key(KeyCode::Enter), &a), Some(Msg::Start));
    assert_eq!(map_event(&key(KeyCode::F(1)), &a), Some(Msg::OpenHelp));
    let ctrl_c = Event::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL));
    assert_eq!(map_event(&ctrl_c, &a), Some(Msg::AskQuit));
    update(&mut a, Msg::Start);
    assert_eq!(
        map_event(&key(KeyCode::Char('3')), &a),
        Some(Msg::Choose(2))
    );
    assert_eq!(
        map_event(&key(KeyCode::Char('?')), &a),
        Some(Msg::ToggleQuestionHelp)
    );
    assert_eq!(
        map_event(&key(KeyCode::Left), &a),
        None,
        "Left never goes back"
    );
    assert_eq!(map_event(&key(KeyCode::Char(' ')), &a), Some(Msg::Toggle));
    update(&mut a, Msg::Resize(40, 10));
    assert_eq!(map_event(&key(KeyCode::Char('3')), &a), None);
    assert_eq!(map_event(&key(KeyCode::Char('q')), &a), Some(Msg::AskQuit));
    update(&mut a, Msg::AskQuit);
    assert_eq!(map_event(&key(KeyCode::Char('y')), &a), Some(Msg::Confirm));
}

/// The fixture with its one-choice "downtime" question made optional.
fn optional_one() -> Dataset {
    let mut d = fixture();
    if let Some(q) = d.questions.iter_mut().find(|q| q.kind == Kind::One) {
        q.optional = true;
    }
    d
}

#[test]
fn an_optional_one_choice_question_can_be_skipped_and_taken_back_by_keys() {
    use crate::tui::keymap::map_event;
    use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
    let key = |c: KeyCode| Event::Key(KeyEvent::new(c, KeyModifiers::NONE));
    let d = optional_one();
    let mut a = app(&d);
    update(&mut a, Msg::Start);
    // Tab on a required question says why it cannot go on.
    let required = question_id(&a);
    assert_eq!(map_event(&key(KeyCode::Tab), &a), Some(Msg::Next));
    assert_eq!(
        map_event(&key(KeyCode::Right), &a),
        None,
        "Right moves sideways only"
    );
    update(&mut a, Msg::Next);
    assert_eq!(question_id(&a), required);
    assert!(a.error.is_some());
    while a.flow.question().is_some_and(|q| !q.optional) {
        send(&mut a, &[Msg::Choose(0), Msg::Enter]);
    }
    let optional = question_id(&a);
    assert!(
        !optional.is_empty(),
        "the fixture has a one-choice question"
    );
    // Space chooses the highlighted option; Space again takes it back.
    send(&mut a, &[Msg::Toggle]);
    assert!(a.flow.answers().is_answered(&optional));
    send(&mut a, &[Msg::Toggle]);
    assert!(!a.flow.answers().is_answered(&optional));
    // Tab goes on with no answer, where Enter would have chosen one.
    update(&mut a, Msg::Next);
    assert_ne!(question_id(&a), optional);
    assert!(a.error.is_none());
    assert!(!a.flow.answers().is_answered(&optional));
}

#[test]
fn choosing_a_required_answer_again_keeps_it() {
    let d = fixture();
    let mut a = app(&d);
    update(&mut a, Msg::Start);
    while a.flow.question().is_some_and(|q| q.kind != Kind::One) {
        send(&mut a, &[Msg::Choose(0), Msg::Enter]);
    }
    let q = question_id(&a);
    send(&mut a, &[Msg::Choose(1), Msg::Choose(1), Msg::Toggle]);
    assert_eq!(a.flow.answers().get(&q).len(), 1);
}

#[test]
fn the_key_list_takes_arrows_pages_and_the_wheel() {
    use crate::tui::keymap::map_event;
    use ratatui::crossterm::event::{
        Event, KeyCode, KeyEvent, KeyModifiers, MouseEvent, MouseEventKind,
    };
    let key = |c: KeyCode| Event::Key(KeyEvent::new(c, KeyModifiers::NONE));
    let d = fixture();
    let mut a = app(&d);
    update(&mut a, Msg::OpenHelp);
    assert_eq!(map_event(&key(KeyCode::Down), &a), Some(Msg::Down));
    assert_eq!(map_event(&key(KeyCode::Char('k')), &a), Some(Msg::Up));
    assert_eq!(map_event(&key(KeyCode::PageDown), &a), Some(Msg::PageDown));
    assert_eq!(map_event(&key(KeyCode::End), &a), Some(Msg::End));
    let wheel = Event::Mouse(MouseEvent {
        kind: MouseEventKind::ScrollDown,
        column: 10,
        row: 10,
        modifiers: KeyModifiers::NONE,
    });
    assert_eq!(map_event(&wheel, &a), Some(Msg::Scroll(3)));
    // Opening the list again starts at its top.
    a.help_scroll = 3;
    send(&mut a, &[Msg::CloseOverlay, Msg::OpenHelp]);
    assert_eq!(a.help_scroll, 0);
}

#[test]
fn a_second_click_keeps_an_optional_answer_a_second_key_clears_it() {
    let d = optional_one();
    let mut a = app(&d);
    update(&mut a, Msg::Start);
    while a.flow.question().is_some_and(|q| !q.optional) {
        send(&mut a, &[Msg::Choose(0), Msg::Enter]);
    }
    let q = question_id(&a);
    send(&mut a, &[Msg::Click(1), Msg::Click(1)]);
    assert_eq!(a.flow.answers().get(&q).len(), 1, "a double tap keeps it");
    send(&mut a, &[Msg::Choose(1)]);
    assert!(
        !a.flow.answers().is_answered(&q),
        "the number key clears it"
    );
}

/// Esc closes what is open before it goes back: the question's help
/// first, the screen only with a second Esc; `?` closes the help too.
#[test]
fn esc_closes_the_question_help_before_going_back() {
    use crate::tui::keymap::map_key;
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let key = |c: KeyCode| KeyEvent::new(c, KeyModifiers::NONE);
    let d = fixture();
    let mut a = app(&d);
    send(&mut a, &[Msg::Start, Msg::Choose(0), Msg::Enter]);
    assert_eq!(question_id(&a), "severity");
    let press = |a: &mut App, c: KeyCode| {
        let msg = map_key(key(c), a).unwrap();
        update(a, msg)
    };
    press(&mut a, KeyCode::Char('?'));
    assert!(a.question_help);
    assert!(press(&mut a, KeyCode::Esc));
    assert!(!a.question_help, "the first Esc closes the help");
    assert_eq!(question_id(&a), "severity", "and stays on the question");
    press(&mut a, KeyCode::Esc);
    assert_eq!(question_id(&a), "scar_types", "the second Esc goes back");
    press(&mut a, KeyCode::Char('?'));
    press(&mut a, KeyCode::Char('?'));
    assert!(!a.question_help, "? again closes it");
    // Every box over the screen closes on Esc and leaves the screen as it was.
    for open in [Msg::OpenHelp, Msg::AskQuit] {
        update(&mut a, open);
        press(&mut a, KeyCode::Esc);
        assert_eq!(a.overlay, None);
        assert_eq!(question_id(&a), "scar_types");
    }
}

/// Left and Right mean one thing on every screen: move sideways (between
/// the results' sections, between a box's buttons), never change screens.
#[test]
fn left_and_right_only_ever_move_sideways() {
    use crate::tui::keymap::map_key;
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let d = fixture();
    let mut a = app(&d);
    let check = |a: &App, place: &str| {
        for code in [KeyCode::Left, KeyCode::Right] {
            let msg = map_key(KeyEvent::new(code, KeyModifiers::NONE), a);
            assert!(
                matches!(
                    msg,
                    None | Some(Msg::PrevSection | Msg::NextSection | Msg::SwitchFocus)
                ),
                "{code:?} on {place} gives {msg:?}"
            );
        }
    };
    // On the welcome screen they move along the row of languages.
    for code in [KeyCode::Left, KeyCode::Right] {
        let msg = map_key(KeyEvent::new(code, KeyModifiers::NONE), &a);
        assert!(
            matches!(msg, Some(Msg::Up | Msg::Down)),
            "{code:?}: {msg:?}"
        );
        let before = a.screen;
        if let Some(m) = msg {
            update(&mut a, m);
        }
        assert_eq!(a.screen, before, "{code:?} stays on the welcome screen");
    }
    update(&mut a, Msg::Start);
    check(&a, "a question");
    update(&mut a, Msg::AskQuit);
    check(&a, "the quit box");
    update(&mut a, Msg::Cancel);
    to_review(&mut a);
    check(&a, "the review");
    update(&mut a, Msg::Enter);
    assert_eq!(a.screen, Screen::Results);
    check(&a, "the results");
    update(&mut a, Msg::AskStartOver);
    check(&a, "the start-over box");
}

/// The welcome counts questions as progress will: those asked only after
/// some answers too.
#[test]
fn the_welcome_counts_conditional_questions_as_progress_does() {
    let d = branching();
    let a = app(&d);
    let shown = a.flow.shown().len();
    assert!(
        shown < d.questions.len(),
        "the fixture has a conditional question"
    );
    let text = crate::words::minutes(shown, d.questions.len());
    assert!(
        text.contains(&format!("{shown} or {}", d.questions.len())),
        "{text}"
    );
    assert!(crate::words::minutes(6, 6).contains(": 6 short"));
}
