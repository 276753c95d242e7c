//! `update` transition by transition, on the fixed test dataset (plus a
//! follow-up question with `show_if` for branching).

use super::app::{update, App, Msg, Overlay, Screen};
use super::layout::Section;
use super::theme::Theme;
use crate::cli;
use crate::dataset::{self, Choice, Condition, Dataset, Kind, Question};
use crate::interview::Step;

const FIXTURE: &str = include_str!("../../tests/fixtures/tui.ron");

fn fixture() -> Dataset {
    dataset::check_text("tui.ron", FIXTURE).unwrap().dataset
}

/// The fixture with a required follow-up after scar_types, shown only for keloids.
fn branching() -> Dataset {
    let mut d = fixture();
    let follow = Question {
        id: "keloid_where".into(),
        title: "Keloid place".into(),
        prompt: "Where are the keloids?".into(),
        help: "Some places form keloids more easily.".into(),
        kind: Kind::One,
        options: vec![
            Choice {
                id: "chest".into(),
                label: "Chest".into(),
                description: String::new(),
                exclusive: false,
            },
            Choice {
                id: "face".into(),
                label: "Face".into(),
                description: String::new(),
                exclusive: false,
            },
        ],
        show_if: Some(Condition::Chosen("scar_types".into(), "keloid".into())),
        optional: false,
    };
    d.questions.insert(1, follow);
    d
}

fn app(d: &Dataset) -> App<'_> {
    App::new(d, Theme::new(cli::Theme::Default, false, false), (80, 24))
}

fn send(app: &mut App, msgs: &[Msg]) {
    for &m in msgs {
        update(app, m);
    }
}

fn option_index(app: &App, id: &str) -> usize {
    app.flow
        .question()
        .unwrap()
        .options
        .iter()
        .position(|o| o.id == id)
        .unwrap()
}

fn question_id(app: &App) -> String {
    app.flow
        .question()
        .map(|q| q.id.clone())
        .unwrap_or_default()
}

/// Answers option 1 of every question to reach the review.
fn to_review(app: &mut App) {
    update(app, Msg::Start);
    while app.screen == Screen::Question {
        send(app, &[Msg::Choose(0), Msg::Enter]);
    }
}

#[test]
fn welcome_enter_starts_and_back_returns() {
    let d = fixture();
    let mut a = app(&d);
    assert_eq!(a.screen, Screen::Welcome);
    assert!(!update(&mut a, Msg::Back), "back on welcome does nothing");
    update(&mut a, Msg::Enter);
    assert_eq!(a.screen, Screen::Question);
    assert_eq!(a.flow.progress(), (1, 6));
    update(&mut a, Msg::Back);
    assert_eq!(a.screen, Screen::Welcome);
}

#[test]
fn cursor_moves_and_stays_in_range() {
    let d = fixture();
    let mut a = app(&d);
    update(&mut a, Msg::Start);
    send(&mut a, &[Msg::Up, Msg::Up]);
    assert_eq!(a.cursor(), 0);
    for _ in 0..20 {
        update(&mut a, Msg::Down);
    }
    assert_eq!(a.cursor(), 6);
    assert!(!a.flow.is_chosen(6), "moving does not choose");
}

#[test]
fn required_question_cannot_be_passed_unanswered() {
    let d = fixture();
    let mut a = app(&d);
    update(&mut a, Msg::Start);
    // Several-choice: Enter with nothing chosen is refused, in words.
    update(&mut a, Msg::Enter);
    assert_eq!(question_id(&a), "scar_types");
    assert_eq!(a.error, Some(crate::words::NEEDS_ANSWER));
    update(&mut a, Msg::Next);
    assert_eq!(question_id(&a), "scar_types");
    // Choosing clears the message.
    update(&mut a, Msg::Toggle);
    assert_eq!(a.error, None);
    update(&mut a, Msg::Enter);
    assert_eq!(question_id(&a), "severity");
}

#[test]
fn enter_on_one_choice_chooses_the_highlighted_option() {
    let d = fixture();
    let mut a = app(&d);
    send(&mut a, &[Msg::Start, Msg::Choose(0), Msg::Enter]);
    assert_eq!(question_id(&a), "severity");
    send(&mut a, &[Msg::Down, Msg::Down, Msg::Enter]);
    assert_eq!(a.flow.answers().get("severity"), ["grade_3".to_string()]);
    assert_eq!(question_id(&a), "skin_type");
    // An existing choice is kept: Enter does not re-choose the highlighted one.
    update(&mut a, Msg::Back);
    send(&mut a, &[Msg::Up, Msg::Enter]);
    assert_eq!(a.flow.answers().get("severity"), ["grade_3".to_string()]);
}

#[test]
fn number_keys_choose_one_and_toggle_several() {
    let d = fixture();
    let mut a = app(&d);
    update(&mut a, Msg::Start);
    send(&mut a, &[Msg::Choose(0), Msg::Choose(2)]);
    assert_eq!(a.flow.answers().get("scar_types").len(), 2);
    update(&mut a, Msg::Choose(0));
    assert_eq!(a.flow.answers().get("scar_types"), ["rolling".to_string()]);
    assert_eq!(a.cursor(), 0);
    assert!(!update(&mut a, Msg::Choose(8)), "no ninth option");
    update(&mut a, Msg::Enter);
    send(&mut a, &[Msg::Choose(1), Msg::Choose(3)]);
    assert_eq!(a.flow.answers().get("severity"), ["grade_4".to_string()]);
}

#[test]
fn none_of_these_clears_the_others_and_they_clear_it() {
    let d = fixture();
    let mut a = app(&d);
    update(&mut a, Msg::Start);
    while question_id(&a) != "history" {
        send(&mut a, &[Msg::Choose(0), Msg::Enter]);
    }
    let none = option_index(&a, "none");
    send(&mut a, &[Msg::Choose(0), Msg::Choose(1)]);
    assert_eq!(a.flow.answers().get("history").len(), 2);
    update(&mut a, Msg::Choose(none));
    assert_eq!(a.flow.answers().get("history"), ["none".to_string()]);
    update(&mut a, Msg::Click(1));
    assert_eq!(a.flow.answers().get("history"), ["cold_sores".to_string()]);
}

#[test]
fn progress_counts_shown_questions_and_changes_with_answers() {
    let d = branching();
    let mut a = app(&d);
    update(&mut a, Msg::Start);
    assert_eq!(a.flow.progress(), (1, 6));
    let keloid = option_index(&a, "keloid");
    update(&mut a, Msg::Choose(keloid));
    assert_eq!(a.flow.progress(), (1, 7));
    update(&mut a, Msg::Enter);
    assert_eq!(question_id(&a), "keloid_where");
    assert_eq!(a.flow.progress(), (2, 7));
}

#[test]
fn changing_an_answer_drops_answers_to_hidden_questions() {
    let d = branching();
    let mut a = app(&d);
    update(&mut a, Msg::Start);
    let keloid = option_index(&a, "keloid");
    send(
        &mut a,
        &[Msg::Choose(keloid), Msg::Enter, Msg::Choose(1), Msg::Enter],
    );
    assert!(a.flow.answers().is_answered("keloid_where"));
    // Back twice, un-choose keloid: the follow-up's answer is dropped.
    send(&mut a, &[Msg::Back, Msg::Back]);
    assert_eq!(question_id(&a), "scar_types");
    send(&mut a, &[Msg::Choose(keloid), Msg::Choose(0)]);
    assert!(!a.flow.answers().is_answered("keloid_where"));
    update(&mut a, Msg::Enter);
    assert_eq!(question_id(&a), "severity");
    assert_eq!(a.flow.progress(), (2, 6));
}

#[test]
fn back_is_never_blocked() {
    let d = fixture();
    let mut a = app(&d);
    send(&mut a, &[Msg::Start, Msg::Choose(0), Msg::Enter]);
    // On an unanswered required question, back still works.
    update(&mut a, Msg::Next);
    assert!(a.error.is_some());
    update(&mut a, Msg::Back);
    assert_eq!(question_id(&a), "scar_types");
    assert_eq!(a.error, None);
}

#[test]
fn review_opens_on_see_my_results_and_edits_come_back() {
    let d = fixture();
    let mut a = app(&d);
    to_review(&mut a);
    assert_eq!(a.screen, Screen::Review);
    let rows = a.review_rows().len();
    assert_eq!(rows, 6);
    assert_eq!(a.review_focus, rows, "See my results is focused");
    // Change the second answer: up to the row, Enter, choose, Enter.
    for _ in 0..(rows - 1) {
        update(&mut a, Msg::Up);
    }
    assert_eq!(a.review_focus, 1);
    update(&mut a, Msg::Enter);
    assert_eq!(question_id(&a), "severity");
    send(&mut a, &[Msg::Choose(3), Msg::Enter]);
    assert_eq!(a.screen, Screen::Review);
    assert_eq!(a.flow.answers().get("severity"), ["grade_4".to_string()]);
    assert_eq!(a.review_focus, rows);
    // Back from an edit also returns to the review, answer kept.
    send(&mut a, &[Msg::Edit(0), Msg::Back]);
    assert_eq!(a.screen, Screen::Review);
    update(&mut a, Msg::Enter);
    assert_eq!(a.screen, Screen::Results);
}

#[test]
fn an_edit_that_reveals_a_question_visits_it_then_the_review() {
    let d = branching();
    let mut a = app(&d);
    to_review(&mut a);
    update(&mut a, Msg::Edit(0));
    let keloid = option_index(&a, "keloid");
    send(&mut a, &[Msg::Choose(keloid), Msg::Enter]);
    assert_eq!(question_id(&a), "keloid_where");
    update(&mut a, Msg::Enter);
    assert_eq!(a.screen, Screen::Review);
    assert_eq!(a.flow.answers().get("keloid_where"), ["chest".to_string()]);
}

#[test]
fn results_match_the_engine_and_sections_switch() {
    let d = fixture();
    let mut a = app(&d);
    update(&mut a, Msg::Start);
    // rolling + ice pick, moderate, type 5: several treatments.
    send(
        &mut a,
        &[
            Msg::Choose(0),
            Msg::Choose(2),
            Msg::Enter,
            Msg::Choose(2),
            Msg::Enter,
        ],
    );
    send(&mut a, &[Msg::Choose(4), Msg::Enter]);
    while a.screen == Screen::Question {
        send(&mut a, &[Msg::Choose(0), Msg::Enter]);
    }
    update(&mut a, Msg::Enter);
    let r = a.results.as_ref().unwrap();
    let engine = crate::advice::evaluate(&d, a.flow.answers());
    assert_eq!(r.advice, engine);
    assert_eq!(r.section, Section::Treatments);
    send(&mut a, &[Msg::NextSection, Msg::NextSection]);
    assert_eq!(a.results.as_ref().unwrap().section, Section::Expect);
    send(
        &mut a,
        &[Msg::PrevSection, Msg::PrevSection, Msg::PrevSection],
    );
    assert_eq!(a.results.as_ref().unwrap().section, Section::Ask);
    update(&mut a, Msg::Section(Section::Caveats));
    assert_eq!(a.results.as_ref().unwrap().section, Section::Caveats);
    update(&mut a, Msg::Back);
    assert_eq!(a.screen, Screen::Review);
    assert!(a.results.is_none());
}

fn to_results(a: &mut App) {
    update(a, Msg::Start);
    // Every scar type, severe, type 5, so the list is long.
    for i in 0..7 {
        update(a, Msg::Choose(i));
    }
    send(
        a,
        &[
            Msg::Enter,
            Msg::Choose(3),
            Msg::Enter,
            Msg::Choose(4),
            Msg::Enter,
        ],
    );
    while a.screen == Screen::Question {
        send(a, &[Msg::Choose(0), Msg::Enter]);
    }
    update(a, Msg::Enter);
    assert_eq!(a.screen, Screen::Results);
}

fn scroll(a: &App) -> usize {
    let r = a.results.as_ref().unwrap();
    r.scroll[r.section.index()]
}

#[test]
fn results_scroll_is_clamped_and_pages() {
    let d = fixture();
    let mut a = app(&d);
    a.size = (60, 18);
    to_results(&mut a);
    let doc = a.results_doc().unwrap();
    let height = usize::from(
        super::layout::results(super::layout::size_rect(a.size), &d)
            .body
            .height,
    );
    assert!(doc.lines.len() > height, "content longer than the screen");
    let max = doc.lines.len() - height;
    update(&mut a, Msg::End);
    assert_eq!(scroll(&a), max);
    update(&mut a, Msg::PageDown);
    assert_eq!(scroll(&a), max);
    update(&mut a, Msg::Home);
    assert_eq!(scroll(&a), 0);
    update(&mut a, Msg::Scroll(-3));
    assert_eq!(scroll(&a), 0);
    update(&mut a, Msg::PageDown);
    assert_eq!(scroll(&a), (height - 1).min(max));
    update(&mut a, Msg::PageUp);
    assert_eq!(scroll(&a), 0);
    update(&mut a, Msg::Scroll(1000));
    assert_eq!(scroll(&a), max);
    // A bigger window needs less scrolling: the offset is clamped again.
    update(&mut a, Msg::Resize(200, 60));
    let max2 = a
        .results_doc()
        .unwrap()
        .lines
        .len()
        .saturating_sub(usize::from(
            super::layout::results(super::layout::size_rect(a.size), &d)
                .body
                .height,
        ));
    assert_eq!(scroll(&a), max2);
}

#[test]
fn up_down_select_treatments_and_enter_opens() {
    let d = fixture();
    let mut a = app(&d);
    to_results(&mut a);
    let n = a.results.as_ref().unwrap().advice.treatments.len();
    assert!(n >= 2);
    update(&mut a, Msg::Down);
    assert_eq!(a.results.as_ref().unwrap().selected, 1);
    update(&mut a, Msg::Enter);
    assert!(a.results.as_ref().unwrap().opened[1]);
    update(&mut a, Msg::Enter);
    assert!(!a.results.as_ref().unwrap().opened[1]);
    for _ in 0..200 {
        update(&mut a, Msg::Down);
    }
    assert_eq!(a.results.as_ref().unwrap().selected, n - 1);
    // The selected treatment is in view.
    let doc = a.results_doc().unwrap();
    let (_, start, end) = doc.anchors.iter().copied().find(|x| x.0 == n - 1).unwrap();
    let height = usize::from(
        super::layout::results(super::layout::size_rect(a.size), &d)
            .body
            .height,
    );
    assert!(start < scroll(&a) + height && end > scroll(&a));
    for _ in 0..200 {
        update(&mut a, Msg::Up);
    }
    assert_eq!(a.results.as_ref().unwrap().selected, 0);
    assert_eq!(scroll(&a), 0);
    update(&mut a, Msg::OpenTreatment(1));
    let r = a.results.as_ref().unwrap();
    assert_eq!((r.selected, r.opened[1]), (1, true));
}

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
    use super::keymap::map_event;
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
    assert_eq!(map_event(&key(KeyCode::Left), &a), Some(Msg::Back));
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
    use super::keymap::map_event;
    use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
    let key = |c: KeyCode| Event::Key(KeyEvent::new(c, KeyModifiers::NONE));
    let d = optional_one();
    let mut a = app(&d);
    update(&mut a, Msg::Start);
    // Tab on a required question says why it cannot go on.
    let required = question_id(&a);
    assert_eq!(map_event(&key(KeyCode::Tab), &a), Some(Msg::Next));
    assert_eq!(map_event(&key(KeyCode::Right), &a), Some(Msg::Next));
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
    use super::keymap::map_event;
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
