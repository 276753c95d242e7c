//! The interview flow shared by the full-screen app and plain mode.

use scarguide::dataset::{check_text, Dataset};
use scarguide::interview::{BackTo, Blocked, Flow, Step};

fn data() -> Dataset {
    check_text("valid.ron", include_str!("fixtures/valid.ron"))
        .unwrap()
        .dataset
}

fn index(d: &Dataset, id: &str) -> usize {
    d.questions.iter().position(|q| q.id == id).unwrap()
}

fn option(d: &Dataset, q: &str, o: &str) -> usize {
    d.question(q)
        .unwrap()
        .options
        .iter()
        .position(|x| x.id == o)
        .unwrap()
}

#[test]
fn starts_at_the_first_question_and_counts_only_shown_questions() {
    let d = data();
    let f = Flow::new(&d);
    assert_eq!(f.step(), Step::Question(0));
    assert_eq!(
        f.progress(),
        (1, 6),
        "keloid_area is hidden until raised or keloid is chosen"
    );
}

#[test]
fn required_question_cannot_be_passed_unanswered() {
    let d = data();
    let mut f = Flow::new(&d);
    assert_eq!(f.go_on(), Err(Blocked::NeedsAnswer));
    assert_eq!(f.step(), Step::Question(0));
    f.pick(0);
    assert_eq!(f.go_on(), Ok(Step::Question(1)));
    assert_eq!(f.progress(), (2, 6));
}

#[test]
fn branching_shows_the_follow_up_and_changes_the_count() {
    let d = data();
    let mut f = Flow::new(&d);
    f.pick(option(&d, "scar_types", "keloid"));
    assert_eq!(f.progress(), (1, 7));
    for _ in 0..3 {
        f.pick(0);
        f.go_on().unwrap();
    }
    f.pick(0); // active_acne
    assert_eq!(f.go_on(), Ok(Step::Question(index(&d, "keloid_area"))));
    assert_eq!(f.progress(), (5, 7));
    // Optional: can be passed without an answer.
    assert_eq!(f.go_on(), Ok(Step::Question(index(&d, "history"))));
}

#[test]
fn changing_an_answer_sets_aside_answers_it_hides_and_brings_them_back() {
    let d = data();
    let mut f = Flow::new(&d);
    let keloid = option(&d, "scar_types", "keloid");
    f.pick(keloid);
    while f.step() != Step::Question(index(&d, "keloid_area")) {
        f.pick(0);
        f.go_on().unwrap();
    }
    f.pick(1);
    assert!(f.answers().is_chosen("keloid_area", "body"));
    // Back to the first question, un-choose keloid.
    while f.step() != Step::Question(0) {
        f.back();
    }
    f.pick(keloid);
    assert!(
        !f.answers().is_answered("keloid_area"),
        "a hidden answer does not count"
    );
    assert!(!f.shown().contains(&index(&d, "keloid_area")));
    let aside: Vec<&str> = f.set_aside().iter().map(|q| q.id.as_str()).collect();
    assert_eq!(aside, ["keloid_area"], "but it is set aside, not lost");
    assert!(
        f.answers().is_answered("severity"),
        "unrelated answers stay"
    );
    // Choosing keloid again brings the answer back.
    f.pick(keloid);
    assert!(f.answers().is_chosen("keloid_area", "body"));
    assert!(f.set_aside().is_empty());
}

#[test]
fn an_edit_does_not_ask_again_a_question_that_was_skipped() {
    let d = data();
    let mut f = Flow::new(&d);
    f.pick(option(&d, "scar_types", "raised"));
    // Answer everything with the first option except the optional
    // follow-up, which is skipped.
    while f.step() != Step::Review {
        if f.question().is_some_and(|q| q.id == "keloid_area") {
            f.go_on().unwrap();
        } else if f.go_on().is_err() {
            f.pick(0);
        }
    }
    assert!(!f.answers().is_answered("keloid_area"));
    f.edit(index(&d, "severity"));
    f.pick(2);
    assert_eq!(
        f.go_on(),
        Ok(Step::Review),
        "the skipped question is not newly shown, so not asked again"
    );
}

#[test]
fn none_of_these_clears_the_others_and_they_clear_it() {
    let d = data();
    let mut f = Flow::new(&d);
    while f.step() != Step::Question(index(&d, "history")) {
        f.pick(0);
        f.go_on().unwrap();
    }
    let none = option(&d, "history", "none");
    f.pick(option(&d, "history", "smoker"));
    f.pick(option(&d, "history", "vitiligo"));
    assert_eq!(f.answers().get("history"), ["vitiligo", "smoker"]);
    f.pick(none);
    assert_eq!(f.answers().get("history"), ["none"]);
    f.pick(option(&d, "history", "cold_sores"));
    assert_eq!(f.answers().get("history"), ["cold_sores"]);
    f.pick(option(&d, "history", "cold_sores"));
    assert!(
        !f.answers().is_answered("history"),
        "toggling off the last one clears it"
    );
}

#[test]
fn one_choice_replaces() {
    let d = data();
    let mut f = Flow::new(&d);
    f.pick(0);
    f.go_on().unwrap();
    f.pick(1);
    f.pick(2);
    assert_eq!(f.answers().get("severity"), ["grade_3"]);
}

#[test]
fn back_is_never_blocked_and_leads_to_the_start() {
    let d = data();
    let mut f = Flow::new(&d);
    assert_eq!(f.back(), BackTo::Start);
    f.pick(0);
    f.go_on().unwrap();
    assert_eq!(f.back(), BackTo::Step(Step::Question(0)));
}

fn finish(f: &mut Flow) {
    while f.step() != Step::Review {
        if f.go_on().is_err() {
            f.pick(0);
        }
    }
}

#[test]
fn review_edit_returns_to_review() {
    let d = data();
    let mut f = Flow::new(&d);
    finish(&mut f);
    assert!(f.is_complete());
    assert_eq!(
        f.back(),
        BackTo::Step(Step::Question(index(&d, "downtime")))
    );
    f.go_on().unwrap();
    f.edit(index(&d, "severity"));
    assert!(f.is_editing());
    f.pick(3);
    assert_eq!(
        f.go_on(),
        Ok(Step::Review),
        "an edit goes straight back to the review"
    );
    assert_eq!(f.answers().get("severity"), ["grade_4"]);
    // Back from an edit also returns to the review.
    f.edit(index(&d, "skin_type"));
    assert_eq!(f.back(), BackTo::Step(Step::Review));
}

#[test]
fn an_edit_that_reveals_a_question_visits_it_first() {
    let d = data();
    let mut f = Flow::new(&d);
    finish(&mut f);
    f.edit(0);
    f.pick(option(&d, "scar_types", "raised"));
    assert_eq!(f.go_on(), Ok(Step::Question(index(&d, "keloid_area"))));
    assert_eq!(f.go_on(), Ok(Step::Review));
}

#[test]
fn editing_a_hidden_question_is_refused() {
    let d = data();
    let mut f = Flow::new(&d);
    finish(&mut f);
    f.edit(index(&d, "keloid_area"));
    assert_eq!(f.step(), Step::Review);
}

#[test]
fn reset_forgets_everything() {
    let d = data();
    let mut f = Flow::new(&d);
    let keloid = option(&d, "scar_types", "keloid");
    f.pick(keloid);
    while f.step() != Step::Question(index(&d, "keloid_area")) {
        f.pick(0);
        f.go_on().unwrap();
    }
    f.pick(1);
    while f.step() != Step::Question(0) {
        f.back();
    }
    f.pick(keloid); // keloid_area's answer is now set aside
    assert!(!f.set_aside().is_empty());
    f.reset();
    assert!(f.answers().is_empty());
    assert!(f.is_blank(), "answers set aside are forgotten too");
    assert_eq!(f.step(), Step::Question(0));
}

#[test]
fn picking_an_optional_answer_again_clears_it() {
    let d = data();
    let mut f = Flow::new(&d);
    f.pick(option(&d, "scar_types", "keloid"));
    while f.question().is_some_and(|q| q.id != "keloid_area") {
        f.pick(0);
        f.go_on().unwrap();
    }
    f.pick(1);
    assert_eq!(f.answers().get("keloid_area"), ["body"]);
    f.pick(0);
    assert_eq!(
        f.answers().get("keloid_area"),
        ["face"],
        "another option replaces it"
    );
    f.pick(0);
    assert!(
        !f.answers().is_answered("keloid_area"),
        "the same one clears it"
    );
    assert!(f.go_on().is_ok(), "and the optional question can be passed");
}
