//! The results' part of `update`: sections, scrolling, opening treatments,
//! and saving, sending or finishing.

use crate::advice::{self, Advice};

use super::super::doc::{self, Doc};
use super::super::layout::{self, Section};
use super::compare::{self, Pick};
use super::{App, Effect, Msg, Overlay, Screen};

/// The results, computed once when the person reaches them.
#[derive(Debug, Clone)]
pub struct Results<'d> {
    pub advice: Advice<'d>,
    pub section: Section,
    /// Scroll offset per section, in lines.
    pub scroll: [usize; 6],
    /// The highlighted treatment (index in `advice.treatments`).
    pub selected: usize,
    pub opened: Vec<bool>,
    /// The Compare section's picked options and cursor.
    pub pick: Pick,
    /// The current section wrapped to the screen, kept up to date by
    /// `update` so drawing only copies lines.
    pub doc: Doc,
}

impl<'d> App<'d> {
    /// The current results section, wrapped to the body's width.
    pub fn results_doc(&self) -> Option<Doc> {
        let r = self.results.as_ref()?;
        let body = layout::results(layout::size_rect(self.size), self.data()).body;
        Some(doc::build(
            doc::View {
                data: self.data(),
                pick: &r.pick,
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
    pub(super) fn refresh_doc(&mut self) {
        // Nothing is drawn below the smallest size: no need to wrap.
        if layout::is_too_small(layout::size_rect(self.size)) {
            return;
        }
        // In the patient's words, even when a staff key changed something.
        let doc = crate::i18n::with(self.lang, || self.results_doc());
        if let (Some(r), Some(doc)) = (self.results.as_mut(), doc) {
            r.doc = doc;
        }
    }

    pub(super) fn results_height(&self) -> usize {
        usize::from(
            layout::results(layout::size_rect(self.size), self.data())
                .body
                .height,
        )
    }

    pub(super) fn show_results(&mut self) {
        let advice = advice::evaluate(self.data(), self.flow.answers());
        let n = advice.treatments.len();
        let pick = compare::default_pick(self.data(), &advice);
        self.results = Some(Results {
            advice,
            pick,
            section: Section::Treatments,
            scroll: [0; 6],
            selected: 0,
            opened: vec![false; n],
            doc: Doc::default(),
        });
        // "Saved" speaks of these results only.
        self.saved = None;
        self.refresh_doc();
        // The first treatment shown (what matters can put another first).
        if let Some(r) = self.results.as_mut() {
            r.selected = r.doc.anchors.first().map_or(0, |a| a.0);
        }
        self.screen = Screen::Results;
    }

    pub(super) fn results_msg(&mut self, msg: Msg) -> bool {
        if self.compare_msg(msg) {
            return true;
        }
        let height = self.results_height();
        let doc = crate::i18n::with(self.lang, || self.results_doc()).unwrap_or_default();
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
                // In the order shown, which what matters may change.
                let at = doc.anchors.iter().position(|a| a.0 == r.selected);
                let next = at.and_then(|i| doc.anchors.get(i + 1)).map(|a| a.0);
                if end > scroll + height || next.is_none() {
                    new_scroll = scroll + 1;
                } else if let Some(next) = next {
                    r.selected = next;
                    if let Some((start, end)) = anchor(next) {
                        new_scroll = scroll.max(end.saturating_sub(height)).min(start);
                    }
                }
            }
            Msg::Up if treatments => {
                let (start, _) = anchor(r.selected).unwrap_or((0, 0));
                let at = doc.anchors.iter().position(|a| a.0 == r.selected);
                let prev = at
                    .and_then(|i| i.checked_sub(1))
                    .and_then(|i| doc.anchors.get(i))
                    .map(|a| a.0);
                if start < scroll || prev.is_none() {
                    new_scroll = scroll.saturating_sub(1);
                } else if let Some(prev) = prev {
                    r.selected = prev;
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
            // Asks first when the summary could be sent and was not.
            Msg::Finished
                if self
                    .kiosk
                    .as_ref()
                    .is_some_and(|k| k.export_dir.is_some() && k.exported.is_none()) =>
            {
                self.overlay = Some(Overlay::Finish { yes: false });
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
    pub(super) fn keep_treatment_in_view(&mut self) -> bool {
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
    pub(super) fn clamp_scroll(&mut self) {
        self.refresh_doc();
        let height = self.results_height();
        if let Some(r) = self.results.as_mut() {
            let max = r.doc.lines.len().saturating_sub(height);
            if let Some(s) = r.scroll.get_mut(r.section.index()) {
                *s = (*s).min(max);
            }
        }
    }
}
