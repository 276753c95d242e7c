//! Properties of the full-screen app over input nobody planned (issue 7).
//! Random keys (control and function keys too), clicks and wheel at random
//! places, resizes down to 0×0 and idle time go through the same keymap and
//! `update` as the real event loop, and every step is drawn, self-guided and
//! in kiosk mode. Then: the app, plain mode and `report` agree on random
//! answers.

#[path = "../common/mod.rs"]
mod common;

use std::io::Cursor;
use std::time::{Duration, Instant};

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyEventState, KeyModifiers, MouseButton, MouseEvent,
    MouseEventKind,
};
use ratatui::layout::Rect;

use scarguide::advice::evaluate;
use scarguide::cli;
use scarguide::dataset::{self, Dataset};
use scarguide::interview::{file, visibility, Answers, Flow, Step};
use scarguide::kiosk::{pin::Pin, Config};
use scarguide::plain;
use scarguide::report;
use scarguide::tui::app::{update, App, Effect, Msg, Overlay, Screen};
use scarguide::tui::desk::{Desk, DeskOp, Note, Open, Row};
use scarguide::tui::keymap::map_event;
use scarguide::tui::kiosk::{Sent, Staff};
use scarguide::tui::theme::Theme;
use scarguide::tui::view;

const PIN: &str = "2468";
/// Short, so idle time in a sequence often reaches the wipe.
const IDLE_TIMEOUT: Duration = Duration::from_secs(30);
/// The "Still there?" countdown that follows the timeout.
const COUNTDOWN: Duration = Duration::from_secs(20);

fn shipped() -> Dataset {
    dataset::check_text(dataset::EMBEDDED_NAME, dataset::EMBEDDED)
        .unwrap()
        .dataset
}

mod agree;
mod nav;
mod run;

use run::*;

/// What must hold after every step, whatever came before.
fn check_state(run: &Run) -> Result<(), TestCaseError> {
    let app = &run.app;
    let data = app.data();
    let flow = &app.flow;
    let shown = flow.shown();
    let step = flow.step();
    if let Step::Question(i) = step {
        prop_assert!(shown.contains(&i), "focused question {} is hidden", i);
        let options = data.questions.get(i).map_or(0, |q| q.options.len());
        prop_assert!(app.cursors.get(i).is_some_and(|&c| c < options));
    }
    match app.screen {
        Screen::Question => prop_assert!(matches!(step, Step::Question(_))),
        Screen::Review | Screen::Results => prop_assert_eq!(step, Step::Review),
        Screen::Welcome => {}
    }
    for id in flow.answers().question_ids() {
        let at = data.questions.iter().position(|q| q.id == id);
        prop_assert!(
            at.is_some_and(|i| shown.contains(&i)),
            "an answer to `{}`, which is not shown",
            id
        );
    }
    let (n, total) = flow.progress();
    prop_assert!(1 <= n && n <= total, "progress {} of {}", n, total);
    if app.screen == Screen::Results {
        let results = app.results.as_ref();
        prop_assert!(flow.is_complete());
        // What is on screen is the advice for the answers as they are now.
        prop_assert_eq!(
            results.map(|r| &r.advice),
            Some(&evaluate(data, flow.answers()))
        );
    }
    Ok(())
}

fn run_sequence(data: &Dataset, kiosk: bool, inputs: &[Input]) -> Result<(), TestCaseError> {
    let mut run = Run::new(data, kiosk);
    for input in inputs {
        run.apply(input);
        // The staff menu opens only for the right PIN.
        for typed in &run.menu_opened_with {
            prop_assert_eq!(typed.as_str(), PIN);
        }
        // A summary is deleted only after "delete it?" was answered.
        prop_assert_eq!(
            run.unasked_deletes,
            0,
            "a delete without asking, on {:?}",
            input
        );
        if let Some((staff, overlay)) = &run.quit_from {
            if kiosk {
                // Only "End the kiosk" in the staff menu ends it.
                prop_assert!(
                    matches!(staff, Some(Staff::Menu { .. })),
                    "the kiosk ended from {:?} on {:?}",
                    staff,
                    input
                );
            } else {
                prop_assert!(
                    matches!(overlay, Some(Overlay::Quit { .. })),
                    "quit without asking, from {:?} on {:?}",
                    overlay,
                    input
                );
            }
            return Ok(());
        }
        check_state(&run)?;
        if let Some(k) = &run.app.kiosk {
            // Nothing of a person outlives the idle timeout and countdown.
            if run.clock.duration_since(run.last_input) > IDLE_TIMEOUT + COUNTDOWN {
                prop_assert!(run.app.flow.is_blank());
                prop_assert_eq!(run.app.screen, Screen::Welcome);
                prop_assert!(run.app.results.is_none() && k.sent.is_none() && k.staff.is_none());
                prop_assert!(k.exported.is_none(), "the code outlived the session");
            }
        }
    }
    Ok(())
}

fn inputs() -> impl Strategy<Value = Vec<Input>> {
    prop::collection::vec(input(), 1..=500)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn any_events_self_guided(inputs in inputs()) {
        let data = shipped();
        run_sequence(&data, false, &inputs)?;
    }

    #[test]
    fn any_events_in_a_kiosk(inputs in inputs()) {
        let data = shipped();
        run_sequence(&data, true, &inputs)?;
    }
}

/// The generator is worth something only if it gets somewhere: over a fixed
/// set of sequences, random input reaches the results, the staff menu, the
/// "Still there?" wipe and the too-small screen.
#[test]
fn random_input_reaches_every_part_of_the_app() {
    let data = shipped();
    // A fixed seed: the same sequences every run.
    let mut runner = TestRunner::deterministic();
    let (mut results, mut menu, mut wiped, mut small, mut quit) = (0, 0, 0, 0, 0);
    let mut desk = 0;
    for case in 0..40 {
        let seq = inputs().new_tree(&mut runner).unwrap().current();
        let mut run = Run::new(&data, case % 2 == 1);
        for input in &seq {
            desk += run.desk_open;
            let had_answers = !run.app.flow.answers().is_empty();
            run.apply(input);
            if run.app.quit {
                quit += 1;
                break;
            }
            results += usize::from(run.app.screen == Screen::Results);
            small += usize::from(run.app.size.0 < 60 || run.app.size.1 < 18);
            if let Some(k) = &run.app.kiosk {
                menu += usize::from(matches!(k.staff, Some(Staff::Menu { .. })));
                wiped += usize::from(
                    had_answers
                        && run.app.flow.answers().is_empty()
                        && matches!(input, Input::Idle(_)),
                );
            }
        }
    }
    assert!(results > 0, "no sequence reached the results");
    assert!(menu > 0, "no sequence opened the staff menu");
    assert!(desk > 0, "no sequence opened the Summaries screen");
    assert!(wiped > 0, "no sequence was wiped for being idle");
    assert!(small > 0, "no sequence made the window too small");
    assert!(quit > 0, "no sequence quit");
}
