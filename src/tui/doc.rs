//! The results sections as wrapped, styled lines: built the same way for
//! drawing and for scrolling, so both agree on heights.

mod compare;

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::advice::{values, Advice};
use crate::dataset::{Dataset, Level, Tier};
use crate::words;

use super::app::compare::Pick;
use super::layout::Section;
use super::theme::Theme;

/// One section, wrapped to a width.
#[derive(Debug, Clone, Default)]
pub struct Doc {
    pub lines: Vec<Line<'static>>,
    /// For each treatment (index in the advice), its first line and the
    /// line after its last (Treatments section only).
    pub anchors: Vec<(usize, usize, usize)>,
}

/// What the results section shows: the advice and what is opened.
#[derive(Debug, Clone, Copy)]
pub struct View<'a, 'd> {
    pub data: &'d Dataset,
    pub pick: &'a Pick,
    pub advice: &'a Advice<'d>,
    pub selected: usize,
    pub opened: &'a [bool],
    pub theme: &'a Theme,
}

pub(super) struct Out<'t> {
    pub(super) lines: Vec<Line<'static>>,
    pub(super) width: usize,
    pub(super) theme: &'t Theme,
}

impl Out<'_> {
    pub(super) fn blank(&mut self) {
        if self.lines.last().is_some_and(|l| l.width() > 0) {
            self.lines.push(Line::default());
        }
    }

    /// Wrapped text, the first line at `first` spaces, the rest at `rest`.
    pub(super) fn hang(&mut self, first: usize, rest: usize, text: &str, style: Style) {
        self.label(first, rest, "", text, style, style);
    }

    /// "Label: text", wrapped, the label in its own style.
    fn label(
        &mut self,
        first: usize,
        rest: usize,
        label: &str,
        text: &str,
        label_style: Style,
        style: Style,
    ) {
        let full = if label.is_empty() {
            text.to_string()
        } else {
            format!("{label}: {text}")
        };
        let a = " ".repeat(first);
        let b = " ".repeat(rest);
        let width = self.width.max(rest + 10);
        for (p, part) in full.split('\n').enumerate() {
            let opts = textwrap::Options::new(width)
                .wrap_algorithm(textwrap::WrapAlgorithm::FirstFit)
                .initial_indent(if p == 0 { &a } else { &b })
                .subsequent_indent(&b);
            for (i, line) in textwrap::wrap(part, opts).into_iter().enumerate() {
                let line = line.trim_end().to_string();
                let head = first + label.len() + 1;
                if p == 0
                    && i == 0
                    && !label.is_empty()
                    && line.len() >= head
                    && line.is_char_boundary(head)
                {
                    let (l, r) = line.split_at(head);
                    self.lines.push(Line::from(vec![
                        Span::styled(l.to_string(), label_style),
                        Span::styled(r.to_string(), style),
                    ]));
                } else {
                    self.lines.push(Line::styled(line, style));
                }
            }
        }
    }

    /// Why an item appears, when a rule gave a reason (every level).
    fn why(&mut self, reasons: &[&str]) {
        if !reasons.is_empty() {
            let (bold, muted) = (self.theme.button, self.theme.muted);
            self.label(2, 2, words::why(), &reasons.join(" "), bold, muted);
        }
    }

    pub(super) fn heading(&mut self, text: &str) {
        self.blank();
        let style = self.theme.heading;
        self.hang(0, 0, text, style);
    }
}

/// First on the first page, before any treatment: answers that do not fit
/// together and every caveat that usually means waiting, in full, so a
/// pregnant person meets the pregnancy warning before "commonly used".
fn before_anything(o: &mut Out, advice: &Advice) {
    let wait: Vec<_> = advice.at_level(Level::Defer).collect();
    if wait.is_empty() && advice.conflicts.is_empty() {
        return;
    }
    let t = o.theme;
    let bullet = t.glyphs.bullet;
    o.hang(0, 0, words::before_anything(), t.error);
    if !advice.conflicts.is_empty() {
        let intro = format!(
            "{} {}",
            words::conflicts_intro(),
            words::conflicts_as_given()
        );
        o.hang(0, 0, &intro, t.muted);
        for c in &advice.conflicts {
            o.hang(0, 2, &format!("{bullet} {}", c.conflict.message), t.button);
        }
    }
    if !wait.is_empty() {
        o.hang(
            0,
            0,
            &format!("{}:", words::level_heading(Level::Defer)),
            t.muted,
        );
        for c in wait {
            o.hang(0, 2, &format!("{bullet} {}", c.caveat.title), t.button);
            o.hang(2, 2, &c.caveat.text, t.base);
            o.why(&c.reasons);
        }
    }
    o.blank();
}

pub fn build(view: View, section: Section, width: u16) -> Doc {
    let mut o = Out {
        lines: Vec::new(),
        width: usize::from(width).max(20),
        theme: view.theme,
    };
    let mut anchors = Vec::new();
    let t = view.theme;
    let g = &t.glyphs;
    let base = t.base;
    let bold = t.button;
    let advice = view.advice;
    match section {
        Section::Treatments => {
            before_anything(&mut o, advice);
            if advice.treatments.is_empty() {
                o.hang(0, 0, words::no_treatments(), base);
            } else {
                o.hang(0, 0, words::open_hint(), t.muted);
            }
            for (tier, heading, intro) in words::tier_headings() {
                if advice.in_tier(tier).next().is_none() {
                    continue;
                }
                o.heading(heading);
                o.hang(0, 0, intro, t.muted);
                let chosen = values::chosen(view.data, &advice.answers);
                let skin = values::skin(view.data, &advice.answers);
                // Within the tier, what fits what matters comes first; `k`
                // stays the index in the advice (selection, opened, clicks).
                let shown = values::ordered(view.data, advice);
                for item in shown.into_iter().filter(|i| i.tier == tier) {
                    let Some(k) = advice
                        .treatments
                        .iter()
                        .position(|t| t.treatment.id == item.treatment.id)
                    else {
                        continue;
                    };
                    o.blank();
                    let start = o.lines.len();
                    let selected = k == view.selected;
                    let open = view.opened.get(k).copied().unwrap_or(false);
                    let cursor = if selected { g.cursor } else { " " };
                    let sign = if open { g.open } else { g.closed };
                    let name_style = if selected { t.focus } else { bold };
                    let name = format!("{cursor} {sign} {}", item.treatment.name);
                    o.hang(0, 6, &name, name_style);
                    let fit = values::fit(item.treatment, &chosen, skin);
                    if let Some(f) = words::decision::fits(&fit) {
                        o.hang(4, 6, &f, t.heading);
                    }
                    let why = item.reasons.join(" ");
                    o.label(4, 6, words::why(), &why, bold, base);
                    if open {
                        let tr = item.treatment;
                        o.label(4, 6, words::what_it_is(), &tr.summary, bold, base);
                        o.label(4, 6, words::sessions(), &tr.sessions, bold, base);
                        o.label(4, 6, words::downtime(), &tr.downtime, bold, base);
                        o.label(4, 6, words::expect(), &tr.what_to_expect, bold, base);
                        o.label(4, 6, words::risks(), &tr.risks, bold, base);
                    } else if tier != Tier::NotAdvised {
                        let tr = item.treatment;
                        o.label(4, 6, words::sessions(), &tr.sessions, bold, base);
                    }
                    anchors.push((k, start, o.lines.len()));
                }
            }
        }
        Section::Caveats => {
            o.hang(0, 0, words::caveats(), t.heading);
            if advice.caveats.is_empty() {
                o.blank();
                o.hang(0, 0, words::no_caveats(), base);
            }
            for (level, heading) in words::level_headings() {
                if advice.at_level(level).next().is_none() {
                    continue;
                }
                o.heading(heading);
                for c in advice.at_level(level) {
                    o.blank();
                    o.hang(0, 2, &format!("{} {}", g.bullet, c.caveat.title), bold);
                    o.hang(2, 2, &c.caveat.text, base);
                    o.why(&c.reasons);
                }
            }
        }
        Section::Expect => {
            o.hang(0, 0, words::what_to_expect(), t.heading);
            if advice.notes.is_empty() {
                o.blank();
                o.hang(0, 0, words::no_notes(), base);
            }
            for n in &advice.notes {
                o.blank();
                o.hang(0, 2, &format!("{} {}", g.bullet, n.note.title), bold);
                o.hang(2, 2, &n.note.text, base);
                o.why(&n.reasons);
            }
        }
        Section::Ask => {
            o.hang(0, 0, words::questions_to_ask(), t.heading);
            o.blank();
            let asks = advice.questions_to_ask();
            if asks.is_empty() {
                o.hang(0, 0, words::no_questions(), base);
            }
            for (tr, q) in asks {
                o.hang(0, 2, &format!("{} {q} ({})", g.bullet, tr.name), base);
            }
        }
        Section::Compare => compare::build(&mut o, &mut anchors, view),
        Section::About => compare::about(&mut o, view.data),
    }
    Doc {
        lines: o.lines,
        anchors,
    }
}
