//! Properties of the full-screen app over input nobody planned (issue 7).
//! Random keys (control and function keys too), clicks and wheel at random
//! places, resizes down to 0×0 and idle time go through the same keymap and
//! `update` as the real event loop, and every step is drawn, self-guided and
//! in kiosk mode. Then: the app, plain mode and `report` agree on random
//! answers.

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

#[derive(Debug, Clone)]
enum Input {
    Key(KeyCode, KeyModifiers, KeyEventKind),
    Mouse(MouseEventKind, u16, u16, KeyModifiers),
    /// A left click inside one of the areas the last frame made clickable
    /// (random coordinates rarely land on one).
    ClickTarget(usize),
    Resize(u16, u16),
    /// Time passes with no input: the kiosk's idle timer and lock-out.
    Idle(u64),
    /// Events the app does not use.
    Other(Event),
    /// The staff key, the right PIN and Enter: only staff can do this.
    StaffWithPin,
    /// A number key then Enter, as someone hurrying through would; without
    /// it, random keys seldom get to the results.
    Answer(u8),
}

fn key_code() -> impl Strategy<Value = KeyCode> {
    use KeyCode::*;
    let named = vec![
        Enter,
        Esc,
        Backspace,
        Tab,
        BackTab,
        Up,
        Down,
        Left,
        Right,
        Home,
        End,
        PageUp,
        PageDown,
        Delete,
        Insert,
        Null,
        CapsLock,
        ScrollLock,
        NumLock,
        PrintScreen,
        Pause,
        Menu,
        KeypadBegin,
    ];
    // Keys the app uses, often ('q' once among them, so self-guided runs
    // are not all cut short).
    let used: Vec<char> = "1234567890 ?ynjkhlrsfqYN".chars().collect();
    prop_oneof![
        6 => prop::sample::select(named),
        5 => prop::sample::select(used).prop_map(Char),
        1 => any::<char>().prop_map(Char),
        1 => (0u8..=24).prop_map(F),
    ]
}

fn modifiers() -> impl Strategy<Value = KeyModifiers> {
    prop_oneof![
        10 => Just(KeyModifiers::NONE),
        1 => Just(KeyModifiers::SHIFT),
        1 => Just(KeyModifiers::CONTROL),
        1 => any::<u8>().prop_map(KeyModifiers::from_bits_truncate),
    ]
}

fn mouse_kind() -> impl Strategy<Value = MouseEventKind> {
    use MouseEventKind::*;
    let button = prop::sample::select(vec![
        MouseButton::Left,
        MouseButton::Right,
        MouseButton::Middle,
    ]);
    prop_oneof![
        button.clone().prop_map(Down),
        button.clone().prop_map(Up),
        button.prop_map(Drag),
        Just(Moved),
        Just(ScrollDown),
        Just(ScrollUp),
        Just(ScrollLeft),
        Just(ScrollRight),
    ]
}

fn size() -> impl Strategy<Value = (u16, u16)> {
    prop_oneof![
        Just((0, 0)),
        Just((1, 1)),
        (0u16..4, 0u16..4),
        (55u16..130, 15u16..45),
        (0u16..300, 0u16..100),
    ]
}

fn input() -> impl Strategy<Value = Input> {
    prop_oneof![
        20 => (key_code(), modifiers(), prop::sample::select(vec![
            KeyEventKind::Press, KeyEventKind::Press, KeyEventKind::Press,
            KeyEventKind::Repeat, KeyEventKind::Release,
        ])).prop_map(|(c, m, k)| Input::Key(c, m, k)),
        3 => (mouse_kind(), 0u16..300, 0u16..100, modifiers())
            .prop_map(|(k, x, y, m)| Input::Mouse(k, x, y, m)),
        6 => any::<usize>().prop_map(Input::ClickTarget),
        2 => size().prop_map(|(w, h)| Input::Resize(w, h)),
        2 => prop_oneof![0u64..3_000, 20_000u64..60_000].prop_map(Input::Idle),
        1 => prop_oneof![
            Just(Event::FocusGained),
            Just(Event::FocusLost),
            ".{0,20}".prop_map(Event::Paste),
        ].prop_map(Input::Other),
        1 => Just(Input::StaffWithPin),
        4 => (1u8..=9).prop_map(Input::Answer),
    ]
}

fn key(code: KeyCode, modifiers: KeyModifiers, kind: KeyEventKind) -> Event {
    Event::Key(KeyEvent {
        code,
        modifiers,
        kind,
        state: KeyEventState::NONE,
    })
}

fn press(code: KeyCode) -> Event {
    key(code, KeyModifiers::NONE, KeyEventKind::Press)
}

fn mouse(kind: MouseEventKind, column: u16, row: u16, modifiers: KeyModifiers) -> Event {
    Event::Mouse(MouseEvent {
        kind,
        column,
        row,
        modifiers,
    })
}

/// The event loop of `tui::run` without a terminal: the same keymap, the
/// same `update`, a hand-set clock, and a drawing after every step.
struct Run<'d> {
    app: App<'d>,
    clock: Instant,
    /// When a message (not a tick) last reached the app: the idle timer's start.
    last_input: Instant,
    effects: u32,
    /// What each opening of the staff menu was typed with.
    menu_opened_with: Vec<String>,
    /// The staff box and the dialog open when the app was told to quit.
    quit_from: Option<(Option<Staff>, Option<Overlay>)>,
}

impl<'d> Run<'d> {
    fn new(data: &'d Dataset, kiosk: bool) -> Run<'d> {
        let now = Instant::now();
        let mut app = App::new(
            data,
            Theme::new(cli::Theme::Default, false, false),
            (80, 24),
        );
        if kiosk {
            let config = Config {
                pin: Pin::parse(PIN).unwrap(),
                idle_timeout: IDLE_TIMEOUT,
                export_dir: Some("/nonexistent/kiosk-export".into()),
            };
            app = app.kiosk(config, now);
        }
        let mut run = Run {
            app,
            clock: now,
            last_input: now,
            effects: 0,
            menu_opened_with: Vec::new(),
            quit_from: None,
        };
        run.draw();
        run
    }

    fn draw(&mut self) {
        let (w, h) = self.app.size;
        let area = Rect::new(0, 0, w, h);
        let mut buf = Buffer::empty(area);
        self.app.hits = view::draw(&self.app, area, &mut buf);
    }

    /// One event, as the loop handles it: map, update, then the loop's tick,
    /// the effect asked for, and a new frame.
    fn event(&mut self, ev: &Event) {
        self.clock += Duration::from_millis(40);
        let staff = self.app.kiosk.as_ref().and_then(|k| k.staff.clone());
        let overlay = self.app.overlay;
        if let Some(msg) = map_event(ev, &self.app) {
            self.app.now = self.clock;
            self.last_input = self.clock;
            update(&mut self.app, msg);
        }
        let menu = self.app.kiosk.as_ref().and_then(|k| k.staff.as_ref());
        if let (Some(Staff::Pin { entered, .. }), Some(Staff::Menu { .. })) = (&staff, menu) {
            self.menu_opened_with.push(entered.clone());
        }
        if self.app.quit && self.quit_from.is_none() {
            self.quit_from = Some((staff, overlay));
        }
        self.after();
    }

    fn idle(&mut self, ms: u64) {
        self.clock += Duration::from_millis(ms);
        self.after();
    }

    fn after(&mut self) {
        if self.app.quit {
            return;
        }
        if self.app.kiosk.is_some() {
            self.app.now = self.clock;
            update(&mut self.app, Msg::Tick);
        }
        self.perform();
        self.draw();
    }

    /// Stands in for the loop's file and terminal work, with both outcomes.
    fn perform(&mut self) {
        self.effects += 1;
        let ok = !self.effects.is_multiple_of(3);
        let app = &mut self.app;
        match app.effect.take() {
            Some(Effect::Export) => {
                if let (Some(_), Some(k)) = (&app.results, app.kiosk.as_mut()) {
                    k.sent = Some(if ok {
                        Sent::Code("H7K2P".into())
                    } else {
                        Sent::Failed("no space left on device".into())
                    });
                }
            }
            Some(Effect::Save) => {
                app.saved = Some(if ok {
                    Ok("scarguide-summary-2026-11-21.md".into())
                } else {
                    Err("Permission denied (os error 13)".into())
                });
            }
            Some(Effect::Clear) | None => {}
        }
    }

    fn apply(&mut self, input: &Input) {
        match input {
            Input::Key(c, m, k) => self.event(&key(*c, *m, *k)),
            Input::Mouse(k, x, y, m) => self.event(&mouse(*k, *x, *y, *m)),
            Input::ClickTarget(i) => {
                let hits = &self.app.hits.0;
                let Some((rect, _)) = hits.get(i % hits.len().max(1)) else {
                    return;
                };
                let (x, y) = (rect.x + rect.width / 2, rect.y + rect.height / 2);
                let left = MouseEventKind::Down(MouseButton::Left);
                self.event(&mouse(left, x, y, KeyModifiers::NONE));
            }
            Input::Resize(w, h) => self.event(&Event::Resize(*w, *h)),
            Input::Idle(ms) => self.idle(*ms),
            Input::Other(ev) => self.event(ev),
            Input::StaffWithPin => {
                self.event(&press(KeyCode::F(12)));
                for c in PIN.chars() {
                    self.event(&press(KeyCode::Char(c)));
                    if self.app.quit {
                        return;
                    }
                }
                self.event(&press(KeyCode::Enter));
            }
            Input::Answer(n) => {
                self.event(&press(KeyCode::Char(char::from(b'0' + n))));
                if !self.app.quit {
                    self.event(&press(KeyCode::Enter));
                }
            }
        }
    }
}

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
    for case in 0..40 {
        let seq = inputs().new_tree(&mut runner).unwrap().current();
        let mut run = Run::new(&data, case % 2 == 1);
        for input in &seq {
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
    assert!(wiped > 0, "no sequence was wiped for being idle");
    assert!(small > 0, "no sequence made the window too small");
    assert!(quit > 0, "no sequence quit");
}

// ---- The full-screen app, plain mode and `report` agree ----

/// Drives the app by keys, as a person would: arrows to an option, Space to
/// choose it, Enter to go on (Tab to go on without an answer). Returns the
/// JSON report of what the results screen shows, or None when a required
/// question was left unanswered.
fn through_the_app(data: &Dataset, answers: &Answers) -> Option<String> {
    let mut run = Run::new(data, false);
    run.app.size = (100, 30);
    run.event(&press(KeyCode::Enter));
    for _ in 0..200 {
        match run.app.screen {
            Screen::Welcome => return None,
            Screen::Question => {
                let q = run.app.flow.question()?;
                let want = answers.get(&q.id);
                for (i, o) in q.options.iter().enumerate() {
                    if run.app.flow.is_chosen(i) == want.contains(&o.id) {
                        continue;
                    }
                    while run.app.cursor() < i {
                        run.event(&press(KeyCode::Down));
                    }
                    while run.app.cursor() > i {
                        run.event(&press(KeyCode::Up));
                    }
                    run.event(&press(KeyCode::Char(' ')));
                }
                let at = run.app.flow.step();
                run.event(&press(if want.is_empty() {
                    KeyCode::Tab
                } else {
                    KeyCode::Enter
                }));
                if run.app.flow.step() == at {
                    assert!(run.app.error.is_some(), "stuck at {}", q.id);
                    return None;
                }
            }
            Screen::Review => run.event(&press(KeyCode::Enter)),
            Screen::Results => {
                let r = run.app.results.as_ref()?;
                return Some(report::json::render(data, &r.advice));
            }
        }
    }
    panic!("the app never reached its results");
}

/// Types the answers into plain mode. Returns the JSON report, or None when
/// plain mode stopped at an unanswered required question.
fn through_plain_mode(data: &Dataset, answers: &Answers) -> Option<String> {
    let lines = common::answers::plain_lines(data, answers);
    let opts = plain::Options {
        bold: false,
        width: 80,
        echo: false,
    };
    let mut flow = Flow::new(data);
    let end = plain::interview(&mut flow, &mut Cursor::new(lines), &mut Vec::new(), &opts)
        .expect("writing to memory");
    (end == plain::End::Finished)
        .then(|| report::json::render(data, &evaluate(data, flow.answers())))
}

/// Writes the answers as an answers file and reads it as `report` does.
fn through_report(data: &Dataset, answers: &Answers) -> String {
    let mut ron = String::from("{\n");
    for (q, chosen) in answers.in_order(data) {
        let list: Vec<String> = chosen.iter().map(|o| format!("{o:?}")).collect();
        ron.push_str(&format!("  {:?}: [{}],\n", q.id, list.join(", ")));
    }
    ron.push('}');
    let loaded = file::parse("answers.ron", &ron, data).expect("a well-formed file");
    assert!(!loaded.has_errors(), "{:?}", loaded.problems);
    report::json::render(data, &evaluate(data, &loaded.answers))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn the_app_plain_mode_and_report_agree(
        picks in prop::collection::vec(any::<u64>(), 1..10)
    ) {
        let data = shipped();
        let answers = visibility::effective(&data, &common::answers::random(&data, &picks));
        let complete = visibility::unanswered(&data, &answers).iter().all(|q| q.optional);
        let app = through_the_app(&data, &answers);
        let plain = through_plain_mode(&data, &answers);
        prop_assert_eq!(app.is_some(), complete);
        prop_assert_eq!(plain.is_some(), complete);
        if let (Some(app), Some(plain)) = (app, plain) {
            let report = through_report(&data, &answers);
            prop_assert_eq!(&app, &report);
            prop_assert_eq!(&plain, &report);
        }
    }
}
