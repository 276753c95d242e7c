//! Where a scrolling key moves a view: one rule for every scrolled box.

use super::Msg;

/// The new top line of a view now at `at`, for a key or wheel `msg`, a
/// page being `page` lines and the last top line `max`; None when `msg`
/// does not scroll.
pub(super) fn scroll_to(msg: Msg, at: usize, page: usize, max: usize) -> Option<usize> {
    let to = match msg {
        Msg::Up => at.saturating_sub(1),
        Msg::Down => at + 1,
        Msg::Scroll(n) => at.saturating_add_signed(n as isize),
        Msg::PageUp => at.saturating_sub(page),
        Msg::PageDown => at + page,
        Msg::Home => 0,
        Msg::End => max,
        _ => return None,
    };
    Some(to.min(max))
}
