//! Kiosk mode's part of `update`.

use crate::kiosk::idle;

use super::super::desk::{Desk, DeskOp};
use super::super::kiosk::{Kiosk, Sent, Staff, StaffItem};
use super::desk::{desk_msg, Step};
use super::{App, Effect, Msg};

/// Kiosk mode's part of `update`: timers, the staff prompt and menu, the
/// reference code. None when the message is the app's to handle as usual.
pub(super) fn kiosk_msg(app: &mut App, msg: Msg) -> Option<bool> {
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
            StaffItem::Summaries => k.staff = Some(Staff::Desk(Desk::default())),
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
        (Some(Staff::Desk(d)), _) => {
            return Some(match desk_msg(d, msg, app.size) {
                Step::Stay(changed, op) => {
                    app.effect = op.map(Effect::Desk).or(app.effect);
                    changed
                }
                Step::Back => {
                    k.staff = Some(Staff::Menu { focus: 1 });
                    true
                }
            });
        }
        (Some(_), Msg::Cancel | Msg::CloseOverlay | Msg::Back) => {
            k.staff = None;
            return Some(true);
        }
        // The staff box takes every other key while it is open.
        (Some(_), _) => return Some(false),
    };
    match picked {
        Some(StaffItem::Summaries) => {
            app.effect = Some(Effect::Desk(DeskOp::List));
            return Some(true);
        }
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
