//! Choosing the language on the welcome screen: before any answer, so a
//! change loses nothing; a kiosk goes back to its own after every wipe.

use super::{App, Msg, Screen};
use crate::dataset::localized::Localized;
use crate::i18n::{self, Lang};
use crate::interview::Flow;
use crate::tui::theme::Theme;

impl<'d> App<'d> {
    /// An app that lists every shipped language on its welcome screen and
    /// speaks `lang` first.
    pub fn with_languages(
        content: &'d Localized<'d>,
        lang: Lang,
        theme: Theme,
        size: (u16, u16),
    ) -> App<'d> {
        i18n::set(lang);
        let mut app = App::new(content.get(lang), theme, size);
        app.lang = lang;
        app.home_lang = lang;
        app.content = Some(content);
        app
    }

    /// The languages the welcome screen lists: none when there is no
    /// choice to make.
    pub fn languages(&self) -> Vec<Lang> {
        match self.content {
            Some(_) if Lang::all().count() > 1 => Lang::all().collect(),
            _ => Vec::new(),
        }
    }

    /// Speaks `lang` from now on: its words and its dataset. Only before
    /// the first answer (the welcome screen, or a wipe).
    pub fn set_lang(&mut self, lang: Lang) {
        let Some(content) = self.content else { return };
        i18n::set(lang);
        if lang == self.lang {
            return;
        }
        self.lang = lang;
        self.flow = Flow::new(content.get(lang));
        self.cursors.iter_mut().for_each(|c| *c = 0);
        self.error = None;
    }

    /// The language to speak now: the clinic's own while staff use the
    /// kiosk (PIN, menu, Summaries), whatever the patient chose.
    pub fn speaking(&self) -> Lang {
        match &self.kiosk {
            Some(k) if k.staff.is_some() => self.home_lang,
            _ => self.lang,
        }
    }

    /// The welcome screen's keys other than Start: arrows move through
    /// the languages, a click picks one.
    pub(super) fn welcome_msg(&mut self, msg: Msg) -> bool {
        let langs = self.languages();
        let at = langs.iter().position(|&l| l == self.lang).unwrap_or(0);
        let to = match msg {
            Msg::Up => at.checked_sub(1).unwrap_or(langs.len().saturating_sub(1)),
            Msg::Down => (at + 1) % langs.len().max(1),
            Msg::Lang(i) => i,
            _ => return false,
        };
        match langs.get(to) {
            Some(&lang) if lang != self.lang && self.screen == Screen::Welcome => {
                self.set_lang(lang);
                true
            }
            _ => false,
        }
    }
}
