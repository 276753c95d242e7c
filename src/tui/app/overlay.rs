//! The boxes over the screen: the key list and the quit and start-over
//! questions. While one is open it takes the keys.

use ratatui::layout::Rect;

use super::super::layout;
use super::{App, Msg, Overlay};

impl App<'_> {
    /// The key list as it is laid out in `area` for this mode.
    pub fn help_box(&self, area: Rect) -> layout::HelpBox {
        let mut keys = layout::help_keys(&self.theme.glyphs, self.kiosk.as_ref());
        if !self.languages().is_empty() {
            let lr = self.theme.glyphs.left_right.to_string();
            keys.insert(0, (lr, crate::i18n::t("key-language")));
        }
        layout::help(keys, area)
    }

    /// Scrolls the key list, when the window is too short for all of it.
    pub(super) fn scroll_help(&mut self, msg: Msg) -> bool {
        let help = self.help_box(layout::size_rect(self.size));
        let max = help.rows.len().saturating_sub(help.shown);
        let page = help.shown.saturating_sub(1).max(1);
        let at = self.help_scroll.min(max);
        let to = super::scroll::scroll_to(msg, at, page, max).unwrap_or(max);
        let changed = to != self.help_scroll;
        self.help_scroll = to;
        changed
    }

    pub(super) fn overlay_msg(&mut self, overlay: Overlay, msg: Msg) -> bool {
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
            (Overlay::Finish { yes }, Msg::Enter) if !yes => self.overlay = None,
            (Overlay::Finish { .. }, Msg::Confirm | Msg::Enter) => {
                self.overlay = None;
                self.wipe();
            }
            (Overlay::Finish { yes }, Msg::SwitchFocus) => {
                self.overlay = Some(Overlay::Finish { yes: !yes })
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
