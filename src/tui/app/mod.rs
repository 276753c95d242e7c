//! The model, the messages and the one pure `update` (The Elm Architecture).
//! No terminal here: every transition is testable with plain values. Each
//! screen's part of `update` lives in its own file: `question`, `review`,
//! `results`, `overlay` (the boxes over the screen) and `kiosk`.

pub mod compare;
mod desk;
mod kiosk;
mod language;
mod overlay;
mod question;
mod results;
pub mod review;
mod scroll;

use std::time::Instant;

use crate::dataset::localized::Localized;
use crate::dataset::Dataset;
use crate::i18n::Lang;
use crate::interview::{BackTo, Flow, Step};
use crate::kiosk::idle;

use super::desk::{DeskKey, DeskOp};
use super::kiosk::Kiosk;
use super::layout::{Hits, Section};
use super::theme::Theme;

pub use results::Results;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Welcome,
    Question,
    Review,
    Results,
}

/// A box drawn over the screen that takes the keys while it is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    Help,
    /// `yes`: the confirming button has the focus.
    Quit {
        yes: bool,
    },
    StartOver {
        yes: bool,
    },
    /// The disclaimer in full (`i` on the results).
    Disclaimer,
    /// Kiosk: "I'm finished" before anything was sent to staff.
    Finish {
        yes: bool,
    },
}

/// What the person asked for. Keys and clicks become these in `keymap`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Msg {
    Start,
    Up,
    Down,
    /// A number key: choose (one) or toggle (several) that option; on the
    /// review, change that answer; on the results, that section.
    Choose(usize),
    /// A click on an option: highlight it and choose or toggle it.
    Click(usize),
    /// Choose or toggle the highlighted option.
    Toggle,
    /// Confirm what has the focus and go on.
    Enter,
    /// The Next / See my results button.
    Next,
    Back,
    /// Change the answer on this review row.
    Edit(usize),
    ToggleQuestionHelp,
    OpenHelp,
    CloseOverlay,
    AskQuit,
    AskStartOver,
    /// Dialogs: the confirming button, the cancelling one, switch focus.
    Confirm,
    Cancel,
    SwitchFocus,
    NextSection,
    PrevSection,
    Section(Section),
    /// Scroll the results by lines (negative: up).
    Scroll(i32),
    PageUp,
    PageDown,
    Home,
    End,
    /// A click on a treatment: select it and open or close it.
    OpenTreatment(usize),
    Resize(u16, u16),
    /// Kiosk: the staff key (F12 or Ctrl-T).
    Staff,
    PinDigit(u8),
    PinErase,
    PinSubmit,
    /// Kiosk: a staff menu item by number or click.
    StaffPick(usize),
    /// Kiosk: a key of the staff's Summaries screen.
    Desk(DeskKey),
    /// Time passed (the idle timer and lock-out countdowns).
    Tick,
    /// Kiosk: send the summary to staff.
    Send,
    /// Kiosk: "I'm finished" wipes the session for the next person.
    Finished,
    /// Self-guided: save the handout.
    Save,
    /// Results: show or hide the disclaimer in full.
    Disclaimer,
    /// Compare: show the columns to the left (-1) or right (+1).
    Sideways(i8),
    /// Compare: a click on a picker row: move there and pick or unpick.
    Pick(usize),
    /// Welcome: speak this language (index in `App::languages`).
    Lang(usize),
}

/// Work with the outside world that `update` asks the loop to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// Write the summary into the kiosk's export folder.
    Export,
    /// Save the Markdown handout (self-guided).
    Save,
    /// Clear the whole screen: a session was wiped.
    Clear,
    /// Kiosk: read or change the summaries folder for staff.
    Desk(DeskOp),
}

#[derive(Debug, Clone)]
pub struct App<'d> {
    pub flow: Flow<'d>,
    pub theme: Theme,
    pub screen: Screen,
    pub overlay: Option<Overlay>,
    /// The terminal's size (columns, rows).
    pub size: (u16, u16),
    /// The highlighted option of each question, by dataset index.
    pub cursors: Vec<usize>,
    /// Whether the question's help text is shown.
    pub question_help: bool,
    /// The first line of the question's help shown, when it is longer
    /// than its box.
    pub question_help_scroll: usize,
    /// The first key shown in the key list, when it is taller than the window.
    pub help_scroll: usize,
    /// A message in words about why the person cannot go on.
    pub error: Option<&'static str>,
    /// The review's highlight: the conflict box's entries, then the answer
    /// rows, then the results button (see `review_focused`).
    pub review_focus: usize,
    pub results: Option<Results<'d>>,
    /// Clickable areas of the last frame (written by the draw step).
    pub hits: Hits,
    /// Set when the person confirmed quitting.
    pub quit: bool,
    /// Kiosk mode's state; None when self-guided.
    pub kiosk: Option<Kiosk>,
    /// The time of the message being handled (set by the loop), so the
    /// timers stay pure.
    pub now: Instant,
    /// Work for the loop, taken by it after `update`.
    pub effect: Option<Effect>,
    /// Where the handout was saved, or why it could not be.
    pub saved: Option<Result<String, String>>,
    /// The language being spoken, and the one a kiosk goes back to after
    /// a wipe (the next person may read another).
    pub lang: Lang,
    pub home_lang: Lang,
    /// The dataset in every language, when the person may choose one.
    pub content: Option<&'d Localized<'d>>,
}

impl<'d> App<'d> {
    pub fn new(data: &'d Dataset, theme: Theme, size: (u16, u16)) -> App<'d> {
        App {
            flow: Flow::new(data),
            theme,
            screen: Screen::Welcome,
            overlay: None,
            size,
            cursors: vec![0; data.questions.len()],
            question_help: false,
            question_help_scroll: 0,
            help_scroll: 0,
            error: None,
            review_focus: 0,
            results: None,
            hits: Hits::default(),
            quit: false,
            kiosk: None,
            now: Instant::now(),
            effect: None,
            saved: None,
            lang: crate::i18n::current(),
            home_lang: crate::i18n::current(),
            content: None,
        }
    }

    /// The same app, locked down for a clinic kiosk.
    pub fn kiosk(mut self, config: crate::kiosk::Config, now: Instant) -> App<'d> {
        self.kiosk = Some(Kiosk::new(config, now));
        self.now = now;
        self
    }

    /// Forgets everything about this person, for the next one: answers,
    /// results, anything open, and the screen itself.
    pub fn wipe(&mut self) {
        self.reset();
        self.overlay = None;
        self.saved = None;
        let now = self.now;
        if let Some(k) = self.kiosk.as_mut() {
            k.staff = None;
            k.sent = None;
            k.exported = None;
            k.idle_state = idle::State::Active;
            k.idle.input(now);
        }
        self.set_lang(self.home_lang);
        self.effect = Some(Effect::Clear);
    }

    pub fn data(&self) -> &'d Dataset {
        self.flow.data()
    }

    /// The highlighted option of the question on screen.
    pub fn cursor(&self) -> usize {
        match self.flow.step() {
            Step::Question(i) => self.cursors.get(i).copied().unwrap_or(0),
            Step::Review => 0,
        }
    }

    /// Questions on the review, in order (dataset indices).
    pub fn review_rows(&self) -> Vec<usize> {
        self.flow.shown()
    }

    fn after_step(&mut self, step: Step) {
        match step {
            Step::Question(_) => self.show_question(),
            Step::Review => self.show_review(),
        }
    }

    fn back(&mut self) {
        self.error = None;
        match self.screen {
            Screen::Welcome => {}
            Screen::Question | Screen::Review => match self.flow.back() {
                BackTo::Start => self.screen = Screen::Welcome,
                BackTo::Step(step) => self.after_step(step),
            },
            Screen::Results => {
                self.results = None;
                self.show_review();
            }
        }
    }

    fn reset(&mut self) {
        self.flow.reset();
        self.cursors.iter_mut().for_each(|c| *c = 0);
        self.results = None;
        self.error = None;
        self.question_help = false;
        self.screen = Screen::Welcome;
    }
}

/// Applies one message. Returns whether anything changed (so the screen
/// needs drawing again).
pub fn update(app: &mut App, msg: Msg) -> bool {
    let changed = apply(app, msg);
    if changed && app.results.is_some() && !matches!(msg, Msg::Resize(..)) {
        app.refresh_doc();
    }
    changed
}

fn apply(app: &mut App, msg: Msg) -> bool {
    // Every word this message may write is in the person's language.
    crate::i18n::set(app.speaking());
    if let Msg::Resize(w, h) = msg {
        let changed = app.size != (w, h);
        app.size = (w, h);
        app.clamp_scroll();
        return changed;
    }
    if let Some(changed) = kiosk::kiosk_msg(app, msg) {
        return changed;
    }
    if msg == Msg::Tick {
        return false;
    }
    if let Some(changed) = super::disclaimer::update(app, msg) {
        return changed;
    }
    if let Some(overlay) = app.overlay {
        return app.overlay_msg(overlay, msg);
    }
    match msg {
        Msg::AskQuit => {
            app.overlay = Some(Overlay::Quit { yes: false });
            return true;
        }
        Msg::OpenHelp => {
            app.overlay = Some(Overlay::Help);
            app.help_scroll = 0;
            return true;
        }
        Msg::Back => {
            let before = app.screen;
            app.back();
            return before != Screen::Welcome;
        }
        _ => {}
    }
    match app.screen {
        Screen::Welcome => match msg {
            Msg::Start | Msg::Enter | Msg::Next => {
                app.after_step(app.flow.step());
                true
            }
            _ => app.welcome_msg(msg),
        },
        Screen::Question => app.question_msg(msg),
        Screen::Review => app.review_msg(msg),
        Screen::Results => app.results_msg(msg),
    }
}
