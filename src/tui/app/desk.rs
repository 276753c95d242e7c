//! The Summaries screen's part of `update`: typing a code, moving through
//! the list, scrolling a summary, and asking before a delete. Reading and
//! changing the folder is asked of the loop as an `Effect::Desk`.

use super::super::desk::{self, Desk, DeskKey, DeskOp};
use super::super::layout;
use super::Msg;

/// What a message did on the Summaries screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Step {
    /// Stayed here; whether anything changed, and work for the loop.
    Stay(bool, Option<DeskOp>),
    /// Esc with nothing to close: back to the staff menu.
    Back,
}

use Step::{Back, Stay};

pub(super) fn desk_msg(d: &mut Desk, msg: Msg, size: (u16, u16)) -> Step {
    let body = desk::body(layout::size_rect(size), d.note.as_ref());
    match d.open.as_mut() {
        Some(open) => {
            let width = body.width;
            let height = usize::from(body.height);
            let total = desk::text_lines(&open.markdown, width).len();
            if let Some(yes) = open.confirm_delete {
                return match msg {
                    Msg::Confirm => {
                        open.confirm_delete = None;
                        Stay(true, Some(DeskOp::Delete))
                    }
                    Msg::Enter if yes => {
                        open.confirm_delete = None;
                        Stay(true, Some(DeskOp::Delete))
                    }
                    Msg::Enter | Msg::Cancel | Msg::Back | Msg::CloseOverlay => {
                        open.confirm_delete = None;
                        Stay(true, None)
                    }
                    Msg::SwitchFocus => {
                        open.confirm_delete = Some(!yes);
                        Stay(true, None)
                    }
                    _ => Stay(false, None),
                };
            }
            let max = desk::max_scroll(total, height);
            let page = height.saturating_sub(2).max(1);
            let at = open.scroll.min(max);
            if let Some(to) = super::scroll::scroll_to(msg, at, page, max) {
                let changed = to != open.scroll;
                open.scroll = to;
                return Stay(changed, None);
            }
            match msg {
                Msg::Desk(DeskKey::Print) => Stay(true, Some(DeskOp::Print)),
                Msg::Desk(DeskKey::Collect) => Stay(true, Some(DeskOp::Collect)),
                Msg::Desk(DeskKey::Delete) => {
                    open.confirm_delete = Some(false);
                    d.note = None;
                    Stay(true, None)
                }
                Msg::Cancel | Msg::Back | Msg::CloseOverlay => {
                    d.open = None;
                    d.note = None;
                    Stay(true, Some(DeskOp::List))
                }
                _ => Stay(false, None),
            }
        }
        None => list_msg(d, msg, usize::from(body.height.saturating_sub(1))),
    }
}

fn list_msg(d: &mut Desk, msg: Msg, height: usize) -> Step {
    let last = d.rows.len().saturating_sub(1);
    let page = height.saturating_sub(2).max(1);
    let to = match msg {
        Msg::Desk(DeskKey::Char(c)) => {
            let fits = d.typed.chars().count() < desk::TYPED_MAX;
            if fits && (c.is_ascii_alphanumeric() || c == ' ' || c == '-') {
                d.typed.push(c);
                d.note = None;
                return Stay(true, None);
            }
            return Stay(false, None);
        }
        Msg::Desk(DeskKey::Erase) => {
            d.note = None;
            return Stay(d.typed.pop().is_some(), None);
        }
        Msg::Desk(DeskKey::Pick(i)) if i < d.rows.len() => {
            d.focus = i;
            d.typed.clear();
            return Stay(true, Some(DeskOp::Open));
        }
        Msg::Enter if !d.typed.is_empty() || !d.rows.is_empty() => {
            return Stay(true, Some(DeskOp::Open));
        }
        // Esc clears what was typed before it goes back.
        Msg::Cancel | Msg::Back | Msg::CloseOverlay if !d.typed.is_empty() => {
            d.typed.clear();
            d.note = None;
            return Stay(true, None);
        }
        Msg::Cancel | Msg::Back | Msg::CloseOverlay => return Back,
        Msg::Up => d.focus.saturating_sub(1),
        Msg::Down => d.focus + 1,
        Msg::Scroll(n) => d.focus.saturating_add_signed(n as isize),
        Msg::PageUp => d.focus.saturating_sub(page),
        Msg::PageDown => d.focus + page,
        Msg::Home => 0,
        Msg::End => last,
        _ => return Stay(false, None),
    }
    .min(last);
    let changed = to != d.focus;
    d.focus = to;
    Stay(changed, None)
}
