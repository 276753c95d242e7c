//! `update` transition by transition, on the fixed test dataset (plus a
//! follow-up question with `show_if` for branching).

use super::app::{update, App, Msg, Overlay, Screen};
use super::layout::Section;
use super::theme::Theme;
use crate::cli;
use crate::dataset::{self, Choice, Condition, Dataset, Kind, Question};
use crate::interview::Step;

mod boxes;
mod results;

const FIXTURE: &str = include_str!("../../../tests/fixtures/tui.ron");

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

/// Reaches the results with a long list of treatments.
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
    assert_eq!(a.error, Some(crate::words::needs_answer()));
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
