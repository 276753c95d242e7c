//! The model, the messages and the one pure `update` (The Elm Architecture).
//! No terminal here: every transition is testable with plain values.

use std::time::Instant;

use crate::advice::{self, Advice};
use crate::dataset::{Dataset, Kind};
use crate::interview::{BackTo, Flow, Step};
use crate::kiosk::idle;
use crate::words;

use super::doc::{self, Doc};
use super::kiosk::{Kiosk, Sent, Staff, StaffItem};
use super::layout::{self, Hits, Section};
use super::theme::Theme;

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
}

/// The results, computed once when the person reaches them.
#[derive(Debug, Clone)]
pub struct Results<'d> {
    pub advice: Advice<'d>,
    pub section: Section,
    /// Scroll offset per section, in lines.
    pub scroll: [usize; 4],
    /// The highlighted treatment (index in `advice.treatments`).
    pub selected: usize,
    pub opened: Vec<bool>,
    /// The current section wrapped to the screen, kept up to date by
    /// `update` so drawing only copies lines.
    pub doc: Doc,
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
            k.idle_state = idle::State::Active;
            k.idle.input(now);
        }
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

    /// The current results section, wrapped to the body's width.
    pub fn results_doc(&self) -> Option<Doc> {
        let r = self.results.as_ref()?;
        let body = layout::results(layout::size_rect(self.size), self.data()).body;
        Some(doc::build(
            doc::View {
                advice: &r.advice,
                selected: r.selected,
                opened: &r.opened,
                theme: &self.theme,
            },
            r.section,
            body.width,
        ))
    }

    /// Rebuilds the cached section after a change.
    fn refresh_doc(&mut self) {
        // Nothing is drawn below the smallest size: no need to wrap.
        if layout::is_too_small(layout::size_rect(self.size)) {
            return;
        }
        let doc = self.results_doc();
        if let (Some(r), Some(doc)) = (self.results.as_mut(), doc) {
            r.doc = doc;
        }
    }

    fn results_height(&self) -> usize {
        usize::from(
            layout::results(layout::size_rect(self.size), self.data())
                .body
                .height,
        )
    }

    fn set_cursor(&mut self, c: usize) {
        if let Step::Question(i) = self.flow.step() {
            if let Some(slot) = self.cursors.get_mut(i) {
                *slot = c;
            }
        }
    }

    /// Shows the question the flow is on, highlighting its first chosen option.
    fn show_question(&mut self) {
        self.screen = Screen::Question;
        self.question_help = false;
        if let Some(q) = self.flow.question() {
            if let Some(first) = (0..q.options.len()).find(|&o| self.flow.is_chosen(o)) {
                self.set_cursor(first);
            }
        }
    }

    fn show_review(&mut self) {
        self.screen = Screen::Review;
        self.error = None;
        self.review_focus = self.review_end();
    }

    fn show_results(&mut self) {
        let advice = advice::evaluate(self.data(), self.flow.answers());
        let n = advice.treatments.len();
        self.results = Some(Results {
            advice,
            section: Section::Treatments,
            scroll: [0; 4],
            selected: 0,
            opened: vec![false; n],
            doc: Doc::default(),
        });
        // "Saved" speaks of these results only.
        self.saved = None;
        self.refresh_doc();
        self.screen = Screen::Results;
    }

    fn after_step(&mut self, step: Step) {
        match step {
            Step::Question(_) => self.show_question(),
            Step::Review => self.show_review(),
        }
    }

    fn go_on(&mut self) {
        match self.flow.go_on() {
            Ok(step) => {
                self.error = None;
                self.after_step(step);
            }
            Err(_) => self.error = Some(words::NEEDS_ANSWER),
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

    pub(super) fn edit(&mut self, row: usize) {
        if let Some(&q) = self.review_rows().get(row) {
            self.flow.edit(q);
            self.error = None;
            self.show_question();
        }
    }

    pub(super) fn see_results(&mut self) {
        if self.flow.is_complete() {
            self.show_results();
            return;
        }
        // Cannot happen through go_on, but never show partial results.
        let data = self.data();
        let missing = self.review_rows().into_iter().position(|i| {
            data.questions
                .get(i)
                .is_some_and(|q| !q.optional && !self.flow.answers().is_answered(&q.id))
        });
        if let Some(row) = missing {
            self.edit(row);
            self.error = Some(words::NEEDS_ANSWERS_FIRST);
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

    fn question_msg(&mut self, msg: Msg) -> bool {
        let Some(q) = self.flow.question() else {
            return false;
        };
        let n = q.options.len();
        let cursor = self.cursor();
        match msg {
            Msg::Up => self.set_cursor(cursor.saturating_sub(1)),
            Msg::Down => self.set_cursor((cursor + 1).min(n.saturating_sub(1))),
            // A second tap on a chosen one-choice option keeps it (a
            // bouncy touch screen must not clear it); keys can.
            Msg::Click(i) if i < n && q.kind == Kind::One && self.flow.is_chosen(i) => {
                self.set_cursor(i);
            }
            Msg::Choose(i) | Msg::Click(i) if i < n => {
                self.set_cursor(i);
                self.flow.pick(i);
                self.error = None;
            }
            Msg::Toggle => {
                self.flow.pick(cursor);
                self.error = None;
            }
            Msg::Enter => {
                if q.kind == Kind::One && !self.flow.answers().is_answered(&q.id) {
                    self.flow.pick(cursor);
                }
                self.go_on();
            }
            Msg::Next => self.go_on(),
            Msg::ToggleQuestionHelp => self.question_help = !self.question_help,
            _ => return false,
        }
        true
    }

    fn results_msg(&mut self, msg: Msg) -> bool {
        let height = self.results_height();
        let doc = self.results_doc().unwrap_or_default();
        let total = doc.lines.len();
        let max = total.saturating_sub(height);
        let Some(r) = self.results.as_mut() else {
            return false;
        };
        let s = r.section.index();
        let scroll = r.scroll.get(s).copied().unwrap_or(0).min(max);
        let treatments = r.section == Section::Treatments && !doc.anchors.is_empty();
        let anchor = |k: usize| doc.anchors.iter().find(|a| a.0 == k).map(|a| (a.1, a.2));
        let mut new_scroll = scroll;
        let mut free = false;
        match msg {
            Msg::NextSection => r.section = r.section.next(),
            Msg::PrevSection => r.section = r.section.prev(),
            Msg::Section(sec) => r.section = sec,
            Msg::Choose(i) => match Section::ALL.get(i) {
                Some(&sec) => r.section = sec,
                None => return false,
            },
            Msg::Down if treatments => {
                let (_, end) = anchor(r.selected).unwrap_or((0, 0));
                let next = r.selected + 1;
                if end > scroll + height || next >= r.advice.treatments.len() {
                    new_scroll = scroll + 1;
                } else {
                    r.selected = next;
                    if let Some((start, end)) = anchor(next) {
                        new_scroll = scroll.max(end.saturating_sub(height)).min(start);
                    }
                }
            }
            Msg::Up if treatments => {
                let (start, _) = anchor(r.selected).unwrap_or((0, 0));
                if start < scroll || r.selected == 0 {
                    new_scroll = scroll.saturating_sub(1);
                } else {
                    r.selected -= 1;
                    if let Some((start, _)) = anchor(r.selected) {
                        new_scroll = scroll.min(start);
                    }
                }
            }
            Msg::Up => new_scroll = scroll.saturating_sub(1),
            Msg::Down => new_scroll = scroll + 1,
            Msg::Scroll(d) => {
                new_scroll = scroll.saturating_add_signed(d as isize);
                free = true;
            }
            Msg::PageUp => {
                new_scroll = scroll.saturating_sub(height.saturating_sub(1).max(1));
                free = true;
            }
            Msg::PageDown => {
                new_scroll = scroll + height.saturating_sub(1).max(1);
                free = true;
            }
            Msg::Home => {
                new_scroll = 0;
                free = true;
            }
            Msg::End => {
                new_scroll = max;
                free = true;
            }
            Msg::Enter | Msg::Toggle if treatments => {
                let k = r.selected;
                if let Some(o) = r.opened.get_mut(k) {
                    *o = !*o;
                }
                return self.keep_treatment_in_view();
            }
            Msg::OpenTreatment(k) if k < r.advice.treatments.len() => {
                r.selected = k;
                if let Some(o) = r.opened.get_mut(k) {
                    *o = !*o;
                }
                return self.keep_treatment_in_view();
            }
            Msg::AskStartOver => self.overlay = Some(Overlay::StartOver { yes: false }),
            Msg::Save if self.kiosk.is_none() => {
                self.effect = Some(Effect::Save);
                return true;
            }
            Msg::Send if self.kiosk.as_ref().is_some_and(|k| k.export_dir.is_some()) => {
                self.effect = Some(Effect::Export);
                return true;
            }
            Msg::Finished if self.kiosk.is_some() => {
                self.wipe();
                return true;
            }
            _ => return false,
        }
        if let Some(r) = self.results.as_mut() {
            if r.section.index() == s {
                let new_scroll = new_scroll.min(max);
                if let Some(slot) = r.scroll.get_mut(s) {
                    *slot = new_scroll;
                }
                // After free scrolling, highlight a treatment that is in view.
                if free && treatments {
                    let in_view = |(_, a, b): &(usize, usize, usize)| {
                        *b > new_scroll && *a < new_scroll + height
                    };
                    let sel = doc.anchors.iter().find(|a| a.0 == r.selected);
                    if !sel.is_some_and(in_view) {
                        if let Some(a) = doc.anchors.iter().find(|a| in_view(a)) {
                            r.selected = a.0;
                        }
                    }
                }
            }
        }
        true
    }

    /// After opening or closing a treatment: its whole block in view if it fits.
    fn keep_treatment_in_view(&mut self) -> bool {
        let height = self.results_height();
        let doc = self.results_doc().unwrap_or_default();
        let max = doc.lines.len().saturating_sub(height);
        if let Some(r) = self.results.as_mut() {
            let s = r.section.index();
            if let (Some(&(_, start, end)), Some(slot)) = (
                doc.anchors.iter().find(|a| a.0 == r.selected),
                r.scroll.get_mut(s),
            ) {
                let mut v = (*slot).max(end.saturating_sub(height)).min(start);
                v = v.min(max);
                *slot = v;
            }
        }
        true
    }

    /// After a resize: re-wrap the section and keep its offset in range
    /// (other sections are clamped when shown).
    fn clamp_scroll(&mut self) {
        self.refresh_doc();
        let height = self.results_height();
        if let Some(r) = self.results.as_mut() {
            let max = r.doc.lines.len().saturating_sub(height);
            if let Some(s) = r.scroll.get_mut(r.section.index()) {
                *s = (*s).min(max);
            }
        }
    }

    /// Scrolls the key list, when the window is too short for all of it.
    fn scroll_help(&mut self, msg: Msg) -> bool {
        let help = layout::help(self, layout::size_rect(self.size));
        let max = help.rows.len().saturating_sub(help.shown);
        let page = help.shown.saturating_sub(1).max(1);
        let at = self.help_scroll.min(max);
        let to = match msg {
            Msg::Up => at.saturating_sub(1),
            Msg::Down => at + 1,
            Msg::Scroll(d) => at.saturating_add_signed(d as isize),
            Msg::PageUp => at.saturating_sub(page),
            Msg::PageDown => at + page,
            Msg::Home => 0,
            _ => max,
        }
        .min(max);
        let changed = to != self.help_scroll;
        self.help_scroll = to;
        changed
    }

    fn overlay_msg(&mut self, overlay: Overlay, msg: Msg) -> bool {
        match (overlay, msg) {
            (_, Msg::Resize(..)) => return false,
            (Overlay::Help, Msg::AskQuit) => self.overlay = Some(Overlay::Quit { yes: false }),
            (Overlay::Help, Msg::Up | Msg::Down | Msg::Scroll(_) | Msg::PageUp | Msg::PageDown) => {
                return self.scroll_help(msg);
            }
            (Overlay::Help, Msg::Home | Msg::End) => return self.scroll_help(msg),
            (Overlay::Help, Msg::CloseOverlay | Msg::OpenHelp | Msg::Enter | Msg::Back) => {
                self.overlay = None
            }
            (Overlay::Quit { yes }, Msg::Enter) if !yes => self.overlay = None,
            (Overlay::Quit { .. }, Msg::Confirm | Msg::Enter | Msg::AskQuit) => {
                self.overlay = None;
                self.quit = true;
            }
            (Overlay::StartOver { yes }, Msg::Enter) if !yes => self.overlay = None,
            (Overlay::StartOver { .. }, Msg::Confirm | Msg::Enter) => {
                self.overlay = None;
                if self.kiosk.is_some() {
                    self.wipe();
                } else {
                    self.reset();
                }
            }
            (Overlay::StartOver { .. }, Msg::AskQuit) => {
                self.overlay = Some(Overlay::Quit { yes: false })
            }
            (Overlay::Quit { yes }, Msg::SwitchFocus) => {
                self.overlay = Some(Overlay::Quit { yes: !yes })
            }
            (Overlay::StartOver { yes }, Msg::SwitchFocus) => {
                self.overlay = Some(Overlay::StartOver { yes: !yes })
            }
            (_, Msg::Cancel | Msg::CloseOverlay | Msg::Back) => self.overlay = None,
            _ => return false,
        }
        true
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
    if let Msg::Resize(w, h) = msg {
        let changed = app.size != (w, h);
        app.size = (w, h);
        app.clamp_scroll();
        return changed;
    }
    if let Some(changed) = kiosk_msg(app, msg) {
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
            _ => false,
        },
        Screen::Question => app.question_msg(msg),
        Screen::Review => app.review_msg(msg),
        Screen::Results => app.results_msg(msg),
    }
}

/// Kiosk mode's part of `update`: timers, the staff prompt and menu, the
/// reference code. None when the message is the app's to handle as usual.
fn kiosk_msg(app: &mut App, msg: Msg) -> Option<bool> {
    let now = app.now;
    let k = app.kiosk.as_mut()?;
    if msg == Msg::Tick {
        let mut changed = k.refresh_lock(now);
        let state = k.idle.state(now);
        if state == idle::State::Expired {
            app.wipe();
            return Some(true);
        }
        if state != k.idle_state {
            k.idle_state = state;
            changed = true;
        }
        return Some(changed);
    }
    // Any key, click or wheel: the person is there.
    k.idle.input(now);
    if matches!(k.idle_state, idle::State::Warning { .. }) {
        k.idle_state = idle::State::Active;
        return Some(true);
    }
    if msg == Msg::Staff {
        if k.staff.is_none() {
            k.open_staff();
        }
        return Some(true);
    }
    let pick = |k: &mut Kiosk, i: usize| -> Option<StaffItem> {
        let item = StaffItem::ALL.get(i).copied()?;
        match item {
            StaffItem::Where => k.staff = Some(Staff::Where),
            StaffItem::Close => k.staff = None,
            StaffItem::Reset | StaffItem::End => {}
        }
        Some(item)
    };
    let picked = match (&mut k.staff, msg) {
        (None, _) => None,
        (Some(_), Msg::Resize(..)) => return None,
        (Some(Staff::Pin { .. }), Msg::PinDigit(d)) => {
            k.pin_digit(d);
            return Some(true);
        }
        (Some(Staff::Pin { .. }), Msg::PinErase) => {
            k.pin_erase();
            return Some(true);
        }
        (Some(Staff::Pin { .. }), Msg::PinSubmit) => {
            k.pin_submit(now);
            return Some(true);
        }
        (Some(Staff::Menu { focus }), Msg::Up) => {
            *focus = focus.saturating_sub(1);
            return Some(true);
        }
        (Some(Staff::Menu { focus }), Msg::Down) => {
            *focus = (*focus + 1).min(StaffItem::ALL.len() - 1);
            return Some(true);
        }
        (Some(Staff::Menu { focus }), Msg::Enter) => {
            let i = *focus;
            pick(k, i)
        }
        (Some(Staff::Menu { .. }), Msg::StaffPick(i)) => pick(k, i),
        (Some(Staff::Where), Msg::Cancel | Msg::Enter | Msg::Back) => {
            k.staff = Some(Staff::Menu { focus: 1 });
            return Some(true);
        }
        (Some(_), Msg::Cancel | Msg::CloseOverlay | Msg::Back) => {
            k.staff = None;
            return Some(true);
        }
        // The staff box takes every other key while it is open.
        (Some(_), _) => return Some(false),
    };
    match picked {
        Some(StaffItem::Reset) => {
            app.wipe();
            return Some(true);
        }
        Some(StaffItem::End) => {
            app.quit = true;
            return Some(true);
        }
        Some(_) => return Some(true),
        None if k.staff.is_some() => return Some(false),
        None => {}
    }
    if matches!(k.sent, Some(Sent::Code(_))) {
        if matches!(
            msg,
            Msg::Cancel | Msg::Enter | Msg::Confirm | Msg::Back | Msg::CloseOverlay
        ) {
            k.sent = None;
            return Some(true);
        }
        return Some(false);
    }
    // Patients cannot leave.
    if msg == Msg::AskQuit {
        return Some(false);
    }
    None
}
