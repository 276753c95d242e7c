//! Where things go, shared by the views (to draw) and `update` (to scroll
//! by a page and keep the selection in sight), plus the clickable areas a
//! frame leaves behind for the mouse.

use ratatui::layout::{Position, Rect};
use unicode_width::UnicodeWidthStr;

use super::kiosk::Kiosk;
use super::theme::Glyphs;
use crate::dataset::Dataset;
use crate::words;

/// The smallest size the app draws in; below it a message asks for more.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 18;
/// Text is easier to read in a column of limited width.
pub const MAX_TEXT_WIDTH: u16 = 100;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Button {
    Start,
    Back,
    Next,
    Results,
    StartOver,
    Help,
    Quit,
    Send,
    Finished,
    Save,
}

/// Sections of the results, in tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Treatments,
    Caveats,
    Expect,
    Ask,
    Compare,
    About,
}

impl Section {
    pub const ALL: [Section; 6] = [
        Section::Treatments,
        Section::Caveats,
        Section::Expect,
        Section::Ask,
        Section::Compare,
        Section::About,
    ];

    pub fn index(self) -> usize {
        match self {
            Section::Treatments => 0,
            Section::Caveats => 1,
            Section::Expect => 2,
            Section::Ask => 3,
            Section::Compare => 4,
            Section::About => 5,
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Section::Treatments => words::treatments(),
            Section::Caveats => words::caveats_tab(),
            Section::Expect => words::what_to_expect(),
            Section::Ask => words::questions_tab(),
            Section::Compare => words::compare_tab(),
            Section::About => words::about_tab(),
        }
    }

    /// A shorter tab label, for when the full ones do not fit.
    pub fn short_title(self) -> &'static str {
        match self {
            Section::Expect => words::expect_tab_short(),
            Section::Ask => words::ask_tab_short(),
            s => s.title(),
        }
    }

    pub fn next(self) -> Section {
        let n = Section::ALL.len();
        Section::ALL
            .get((self.index() + 1) % n)
            .copied()
            .unwrap_or(self)
    }

    pub fn prev(self) -> Section {
        let n = Section::ALL.len();
        Section::ALL
            .get((self.index() + n - 1) % n)
            .copied()
            .unwrap_or(self)
    }
}

/// What a click on an area does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// An option of the question on screen.
    Option(usize),
    Button(Button),
    /// A row of the review (index among the shown questions).
    Review(usize),
    Tab(Section),
    /// A treatment (index in the advice's list).
    Treatment(usize),
    /// The confirming button of a dialog.
    Yes,
    /// The cancelling button of a dialog.
    No,
    /// A staff menu item.
    Staff(usize),
    /// A row of the staff's list of summaries.
    Summary(usize),
    /// The disclaimer's one-line form: opens it in full.
    Disclaimer,
    /// A row of Compare's picker (index among its choices).
    Pick(usize),
    /// A language on the welcome screen (index in `App::languages`).
    Lang(usize),
}

/// What a frame leaves behind: its clickable areas, topmost last, and
/// where the terminal's cursor goes (the focused option, row or button),
/// so screen readers that follow the cursor read the focused item.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Hits {
    pub areas: Vec<(Rect, Target)>,
    pub cursor: Option<Position>,
    /// How far the question's help can scroll (its lines beyond the box),
    /// for `update` to stop at its end.
    pub help_max: usize,
    /// Lines a PgDn moves the question's help: its box less one line.
    pub help_page: usize,
}

impl Hits {
    pub fn push(&mut self, area: Rect, target: Target) {
        if !area.is_empty() {
            self.areas.push((area, target));
        }
    }

    pub fn at(&self, x: u16, y: u16) -> Option<Target> {
        self.areas
            .iter()
            .rev()
            .find(|(r, _)| r.contains(Position { x, y }))
            .map(|&(_, t)| t)
    }

    /// Forgets the areas and the cursor: a box drawn over the screen takes both.
    pub fn clear(&mut self) {
        self.areas.clear();
        self.cursor = None;
    }

    /// Puts the cursor at the start of `area`, where the focused item is.
    pub fn focus(&mut self, area: Rect) {
        if !area.is_empty() {
            self.cursor = Some(area.as_position());
        }
    }
}

pub fn is_too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

/// A centred column at most `max` wide.
pub fn column(area: Rect, max: u16) -> Rect {
    let w = area.width.min(max);
    let x = area.x.saturating_add((area.width - w) / 2);
    Rect::new(x, area.y, w, area.height)
}

/// The inside of a bordered box: in from the border by a row at the top
/// and bottom and by a blank column at each side.
pub fn inside(b: Rect) -> Rect {
    Rect::new(
        b.x.saturating_add(2),
        b.y.saturating_add(1),
        b.width.saturating_sub(4),
        b.height.saturating_sub(2),
    )
}

/// The results screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ResultsAreas {
    pub bar: Rect,
    pub tabs: Rect,
    /// The bordered frame around the scrolling content.
    pub frame: Rect,
    /// The scrolling content inside the frame.
    pub body: Rect,
    pub footer: Rect,
    pub buttons: Rect,
    pub keys: Rect,
}

/// The disclaimer in one line (the `i` key shows it whole), then the
/// buttons, then the keys or a message, on two rows when there is room:
/// a saved file's full path must fit at 60 columns, without taking the
/// title bar.
pub fn results(area: Rect, _data: &Dataset) -> ResultsAreas {
    let keys_h = if area.height >= 20 { 2 } else { 1 };
    // Rows from the top and from the bottom; the frame takes what is left.
    // (Plain arithmetic: no constraint solver on every key press.)
    let mut top = area.y;
    let mut bottom = area.bottom();
    let mut take_top = |h: u16| {
        let h = h.min(bottom.saturating_sub(top));
        let r = Rect::new(area.x, top, area.width, h);
        top += h;
        r
    };
    let bar = take_top(1);
    let tabs = take_top(1);
    let mut take_bottom = |h: u16| {
        let h = h.min(bottom.saturating_sub(top));
        bottom -= h;
        Rect::new(area.x, bottom, area.width, h)
    };
    let keys = take_bottom(keys_h);
    let buttons = take_bottom(1);
    let footer = take_bottom(1);
    let frame = Rect::new(area.x, top, area.width, bottom.saturating_sub(top));
    let frame = column(frame, MAX_TEXT_WIDTH.saturating_add(4));
    let body = inside(frame);
    ResultsAreas {
        bar,
        tabs,
        frame,
        body,
        footer,
        buttons,
        keys,
    }
}

pub fn size_rect(size: (u16, u16)) -> Rect {
    Rect::new(0, 0, size.0, size.1)
}

/// Wrapping options: first fit is fast and predictable on a terminal.
pub fn first_fit(width: usize) -> textwrap::Options<'static> {
    textwrap::Options::new(width.max(1)).wrap_algorithm(textwrap::WrapAlgorithm::FirstFit)
}

/// Every key, for the key list: the words' list, matched to the mode (a
/// kiosk has no way out, but send and finish; self-guided can save).
pub fn help_keys(g: &Glyphs, kiosk: Option<&Kiosk>) -> Vec<(String, &'static str)> {
    let mut keys = words::key_list(g.up_down, g.left_right);
    match kiosk {
        Some(k) => {
            keys.retain(|(key, _)| !key.starts_with("q "));
            if k.export_dir.is_some() {
                keys.push(("s".into(), words::key_send()));
            }
            keys.push(("f".into(), words::key_finished()));
        }
        None => keys.push(("s".into(), words::key_save())),
    }
    keys
}

/// The key list laid out for a window: the box, the width of the key
/// column, and the rows (key, what it does), descriptions wrapped to fit;
/// `shown` rows fit at once (the list scrolls when that is fewer).
pub struct HelpBox {
    pub outer: Rect,
    pub key_width: u16,
    pub rows: Vec<(String, String)>,
    pub shown: usize,
}

pub fn help(keys: Vec<(String, &'static str)>, area: Rect) -> HelpBox {
    let widest = keys.iter().map(|(k, _)| k.width()).max();
    let key_width = u16::try_from(widest.unwrap_or(0) + 2).unwrap_or(u16::MAX);
    let text_width = inside(centred(area, HELP_WIDTH, 1))
        .width
        .saturating_sub(key_width);
    let mut rows = Vec::new();
    for (key, what) in keys {
        let lines = textwrap::wrap(what, first_fit(usize::from(text_width.max(10))));
        for (i, line) in lines.into_iter().enumerate() {
            let key = if i == 0 { key.clone() } else { String::new() };
            rows.push((key, line.trim_end().to_string()));
        }
    }
    let want = u16::try_from(rows.len())
        .unwrap_or(u16::MAX)
        .saturating_add(4);
    let outer = centred(area, HELP_WIDTH, want);
    // Border above and below, and a blank row and the hint at the bottom.
    let shown = usize::from(outer.height.saturating_sub(4));
    HelpBox {
        outer,
        key_width,
        rows,
        shown,
    }
}

const HELP_WIDTH: u16 = 76;

/// A centred box of at most w×h.
pub fn centred(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}
