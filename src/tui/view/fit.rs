//! Text fitted to a width without cutting a word in half.

use unicode_width::UnicodeWidthStr;

use crate::tui::theme::Theme;
use crate::words;

/// Key hints that fit in `width` columns: in shorter words first, then
/// whole hints dropped from the end; never one cut in the middle (F1 still
/// lists every key).
pub fn hints(text: &str, width: usize) -> String {
    let fits = |t: &str| t.width() <= width;
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
    if text.width() <= width {
        return text.to_string();
    }
    let room = width.saturating_sub(ellipsis.width());
    let mut out = String::new();
    for word in text.split(' ') {
        let next = if out.is_empty() {
            word.to_string()
        } else {
            format!("{out} {word}")
        };
        if next.width() > room {
            break;
        }
        out = next;
    }
    let out = out.trim_end_matches([':', ',', ';']);
    format!("{out}{ellipsis}")
}

/// "…", or "..." where the theme is ASCII.
pub fn ellipsis(theme: &Theme) -> &'static str {
    if theme.glyphs.dash == "-" {
        "..."
    } else {
        "…"
    }
}
