//! The disclaimer in full over the results. The results show it in one
//! line, to leave room for the results themselves; `i` (or a click on
//! that line) opens it, and `i`, Esc, Enter or a click closes it.

use super::app::{App, Msg, Overlay, Screen};

/// This box's part of `update`; None when the message is not for it.
pub(super) fn update(app: &mut App, msg: Msg) -> Option<bool> {
    match (app.overlay, msg) {
        (None, Msg::Disclaimer) if app.screen == Screen::Results => {
            app.overlay = Some(Overlay::Disclaimer);
            Some(true)
        }
        (None, Msg::Disclaimer) => Some(false),
        (Some(Overlay::Disclaimer), msg) => Some(match msg {
            Msg::Disclaimer
            | Msg::CloseOverlay
            | Msg::Cancel
            | Msg::Back
            | Msg::Enter
            | Msg::Confirm => {
                app.overlay = None;
                true
            }
            Msg::AskQuit => {
                app.overlay = Some(Overlay::Quit { yes: false });
                true
            }
            Msg::OpenHelp => {
                app.overlay = Some(Overlay::Help);
                app.help_scroll = 0;
                true
            }
            _ => false,
        }),
        _ => None,
    }
}
