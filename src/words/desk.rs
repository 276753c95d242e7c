//! The kiosk's own words for the patient's side of sending a summary and
//! for the staff's Summaries screen.

use crate::{texts, tr};

texts!(title, "desk-title");
texts!(find, "desk-find");
texts!(headings, "desk-headings");
texts!(status_new, "desk-status-new");
texts!(status_collected, "desk-status-collected");
texts!(none_yet, "desk-none-yet");
texts!(list_keys, "desk-list-keys");
texts!(open_keys, "desk-open-keys");
texts!(delete_keys, "desk-delete-keys");
texts!(delete, "desk-delete");
texts!(keep, "desk-keep");

/// The Summaries screen's first line (newest first goes without saying);
/// the folder last, where a narrow screen cuts it.
pub fn header(count: usize, fresh: usize, dir: &str) -> String {
    tr!("desk-header", count = count, fresh = fresh, dir = dir)
}

/// A row of the list, under HEADINGS.
pub fn row(code: &str, written: &str, collected: bool) -> String {
    let status = if collected {
        status_collected()
    } else {
        status_new()
    };
    format!("{code:<8}{written:<18}{status}")
}

/// The open summary's first line.
pub fn opened(code: &str, written: &str, collected: bool) -> String {
    let status = if collected {
        status_collected()
    } else {
        status_new()
    };
    tr!(
        "desk-opened",
        code = code,
        written = written,
        status = status
    )
}

pub fn delete_ask(code: &str) -> String {
    tr!("desk-delete-ask", code = code)
}

pub fn deleted(code: &str) -> String {
    tr!("desk-deleted", code = code)
}

pub fn collected(code: &str) -> String {
    tr!("desk-collected", code = code)
}

pub fn already_collected(code: &str) -> String {
    tr!("desk-already-collected", code = code)
}

pub fn not_a_code(typed: &str) -> String {
    let shown: String = typed.chars().filter(|c| !c.is_control()).collect();
    tr!("desk-not-a-code", typed = shown)
}

pub fn no_such(code: &str, near: &[&str]) -> String {
    match near {
        [] => tr!("desk-no-such", code = code),
        codes => tr!(
            "desk-no-such-near",
            code = code,
            near = codes.join(crate::i18n::t("desk-or"))
        ),
    }
}

// The patient's side.

/// On the results once a summary is sent, after its box is closed.
pub fn sent_code(code: &str) -> String {
    let spaced: Vec<String> = code.chars().map(String::from).collect();
    tr!("desk-sent-code", code = spaced.join(" "))
}

texts!(limit, "desk-limit");
texts!(finish_ask, "desk-finish-ask");
texts!(finish, "desk-finish");
