//! Text fitted to a width without cutting a word in half.

use crate::words;

/// Key hints that fit in `width` columns: in shorter words first, then
/// whole hints dropped from the end; never one cut in the middle (F1 still
/// lists every key).
pub fn hints(text: &str, width: usize) -> String {
    let fits = |t: &str| t.chars().count() <= width;
    if fits(text) {
        return text.to_string();
    }
    let mut short = text.to_string();
    for (long, brief) in words::key_hints_short() {
        short = short.replace(long, brief);
    }
    let mut out = String::new();
    for hint in short.split("  ") {
        let next = if out.is_empty() {
            hint.to_string()
        } else {
            format!("{out}  {hint}")
        };
        if !fits(&next) {
            break;
        }
        out = next;
    }
    out
}

/// `text` cut to `width` columns at a word, with an ellipsis when cut.
pub fn at_word(text: &str, width: usize, ellipsis: &str) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    let room = width.saturating_sub(ellipsis.chars().count());
    let mut out = String::new();
    for word in text.split(' ') {
        let next = if out.is_empty() {
            word.to_string()
        } else {
            format!("{out} {word}")
        };
        if next.chars().count() > room {
            break;
        }
        out = next;
    }
    let out = out.trim_end_matches([':', ',', ';']);
    format!("{out}{ellipsis}")
}
