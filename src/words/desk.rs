//! The kiosk's own words for the patient's side of sending a summary and
//! for the staff's Summaries screen.

use super::your_code;

pub const TITLE: &str = "Summaries";
pub const FIND: &str = "Find a code: ";
pub const HEADINGS: &str = "CODE    WRITTEN           STATUS";
pub const NEW: &str = "new";
pub const COLLECTED: &str = "collected";
pub const NONE_YET: &str = "No summaries yet.";
pub const LIST_KEYS: &str = "Type a code, or Up/Down; Enter opens. Esc goes back.";
pub const OPEN_KEYS: &str = "p print  c collected  d delete  Esc back";
pub const DELETE_KEYS: &str = "y deletes it, n or Esc keeps it";
pub const DELETE: &str = "Delete";
pub const KEEP: &str = "Keep";

/// The Summaries screen's first line (newest first goes without saying);
/// the folder last, where a narrow screen cuts it.
pub fn header(count: usize, fresh: usize, dir: &str) -> String {
    let s = if count == 1 { "summary" } else { "summaries" };
    format!("{count} {s} ({fresh} new) in {dir}")
}

/// A row of the list, under HEADINGS.
pub fn row(code: &str, written: &str, collected: bool) -> String {
    let status = if collected { COLLECTED } else { NEW };
    format!("{code:<8}{written:<18}{status}")
}

/// The open summary's first line.
pub fn opened(code: &str, written: &str, collected: bool) -> String {
    let status = if collected { COLLECTED } else { NEW };
    format!("{code}  written {written}  {status}")
}

pub fn delete_ask(code: &str) -> String {
    format!("Delete {code} and all its files for good?")
}

pub fn deleted(code: &str) -> String {
    format!("{code} is deleted.")
}

pub fn collected(code: &str) -> String {
    format!("{code} is marked as collected.")
}

pub fn already_collected(code: &str) -> String {
    format!("{code} was already marked as collected.")
}

pub fn not_a_code(typed: &str) -> String {
    let shown: String = typed.chars().filter(|c| !c.is_control()).collect();
    format!("\"{shown}\" is not a code: codes are letters and digits, like K7QM4.")
}

pub fn no_such(code: &str, near: &[&str]) -> String {
    match near {
        [] => format!("No summary has the code {code}."),
        codes => format!(
            "No summary has the code {code}. Did you mean {}?",
            codes.join(" or ")
        ),
    }
}

// The patient's side.

/// On the results once a summary is sent, after its box is closed.
pub fn sent_code(code: &str) -> String {
    format!("Sent to staff. {}", your_code(code))
}

pub const LIMIT: &str =
    "Your summary has been sent as often as one visit allows. Please ask at the desk.";
pub const FINISH_ASK: &str = "Your summary has not been sent to staff. Clear your answers anyway?";
pub const FINISH: &str = "Clear";
