//! The line a parse error is on, with a caret under its column, the way
//! rustc shows it, so the person editing the file sees the spot at once:
//!
//! ```text
//!   123 |     (id: "boxcar" label: "Round dents"),
//!       |                   ^
//! ```
//!
//! The line is echoed from the file, so it is made safe and readable first:
//! control characters (and the invisible characters that reorder text) are
//! shown escaped, tabs are expanded, and a very long line is cut to a
//! window around the caret. The caret is placed by display width, so wide
//! characters before it do not push it off.

use std::fmt;

use unicode_width::UnicodeWidthChar;

/// Lines wider than this (in terminal columns) are shown around the caret.
pub const MAX_WIDTH: usize = 100;
/// Columns of context kept before the caret when a long line is cut at
/// its start, and at least after it before the line is cut at its end.
const BEFORE: usize = 40;
const AFTER: usize = 20;
const TAB: usize = 4;
const CUT: &str = "…";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Excerpt {
    /// The 1-based line number in the file.
    pub line: usize,
    /// The line as shown: escaped, tabs expanded, perhaps cut.
    pub text: String,
    /// Terminal columns of `text` before the caret. It may equal the width
    /// of `text`: the caret then points just past the end ("ends here").
    pub caret: usize,
}

impl Excerpt {
    /// The excerpt for 1-based `line` and `col` of `text`, counting columns
    /// in characters as ron does. None when the file has no such line.
    pub fn at(text: &str, line: usize, col: usize) -> Option<Excerpt> {
        let raw = text.split('\n').nth(line.checked_sub(1)?)?;
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        // Each character as shown, with the column it starts at.
        let mut cells: Vec<(usize, String)> = Vec::new();
        let mut width = 0;
        let mut caret = None;
        for (i, c) in raw.chars().enumerate() {
            if i + 1 == col {
                caret = Some(width);
            }
            let (shown, w) = cell(c, width);
            cells.push((width, shown));
            width += w;
        }
        let caret = caret.unwrap_or(width);
        if width <= MAX_WIDTH {
            let text = cells.into_iter().map(|(_, s)| s).collect();
            return Some(Excerpt { line, text, caret });
        }
        Some(window(line, &cells, width, caret))
    }
}

/// How one character is shown, and how many columns that takes.
fn cell(c: char, column: usize) -> (String, usize) {
    if c == '\t' {
        let n = TAB - column % TAB;
        return (" ".repeat(n), n);
    }
    if c.is_control() || is_reordering(c) {
        let s = c.escape_default().to_string();
        let n = s.len();
        return (s, n);
    }
    (c.to_string(), c.width().unwrap_or(0))
}

/// Bidirectional controls can make the shown line differ from the file
/// (the "trojan source" trick), so they are escaped like control characters.
fn is_reordering(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// A long line cut to about [`MAX_WIDTH`] columns with `…` where it was
/// cut: its start when the caret is near enough to it (indentation tells
/// where in the file one is), otherwise [`BEFORE`] columns before the caret.
fn window(line: usize, cells: &[(usize, String)], width: usize, caret: usize) -> Excerpt {
    let start = if caret + AFTER < MAX_WIDTH {
        0
    } else {
        caret.saturating_sub(BEFORE)
    };
    let end = start + MAX_WIDTH - 2;
    let mut text = String::new();
    let mut first = None;
    let mut cut_end = false;
    for (at, shown) in cells {
        let w = shown_width(shown);
        if *at < start {
            continue;
        }
        if at + w > end {
            cut_end = true;
            break;
        }
        first.get_or_insert(*at);
        text.push_str(shown);
    }
    let first = first.unwrap_or(caret.min(width));
    let lead = if first > 0 { CUT } else { "" };
    let caret = caret.saturating_sub(first) + lead.chars().count();
    let tail = if cut_end { CUT } else { "" };
    Excerpt {
        line,
        text: format!("{lead}{text}{tail}"),
        caret,
    }
}

fn shown_width(s: &str) -> usize {
    s.chars().map(|c| c.width().unwrap_or(0)).sum()
}

impl fmt::Display for Excerpt {
    /// Two lines, without a final newline.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.line.to_string();
        writeln!(f, "  {n} | {}", self.text)?;
        write!(f, "  {:w$} | {:c$}^", "", "", w = n.len(), c = self.caret)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(text: &str, line: usize, col: usize) -> String {
        Excerpt::at(text, line, col).unwrap().to_string()
    }

    #[test]
    fn caret_under_the_column() {
        let text = "a\n    (id: \"boxcar\" label: \"Round dents\"),\n";
        assert_eq!(
            shown(text, 2, 19),
            "  2 |     (id: \"boxcar\" label: \"Round dents\"),\n    |                   ^"
        );
    }

    #[test]
    fn past_the_end_and_missing_lines() {
        assert_eq!(shown("ab", 1, 9), "  1 | ab\n    |   ^");
        assert_eq!(Excerpt::at("ab", 2, 1), None);
        assert_eq!(Excerpt::at("ab", 0, 1), None);
    }

    #[test]
    fn tabs_controls_and_wide_characters_move_the_caret() {
        let e = Excerpt::at("\tx\u{1b}y", 1, 4).unwrap();
        assert_eq!(e.text, "    x\\u{1b}y");
        assert_eq!(e.caret, 11);
        let e = Excerpt::at("漢字x", 1, 3).unwrap();
        assert_eq!(e.caret, 4);
        let e = Excerpt::at("a\u{202e}b", 1, 3).unwrap();
        assert_eq!(e.text, "a\\u{202e}b");
    }

    #[test]
    fn long_lines_keep_their_start_when_the_caret_is_near_it() {
        let line = format!("    (id: \"a\" {})", "b".repeat(300));
        let e = Excerpt::at(&line, 1, 14).unwrap();
        assert!(e.text.starts_with("    (id: \"a\" b"), "{}", e.text);
        assert!(e.text.ends_with('…'));
        assert_eq!(e.caret, 13);
        assert!(shown_width(&e.text) <= MAX_WIDTH);
    }

    #[test]
    fn long_lines_are_cut_around_the_caret() {
        let line = format!("{}X{}", "a".repeat(300), "b".repeat(300));
        let e = Excerpt::at(&line, 1, 301).unwrap();
        assert!(
            e.text.starts_with('…') && e.text.ends_with('…'),
            "{}",
            e.text
        );
        assert!(shown_width(&e.text) <= MAX_WIDTH);
        assert_eq!(e.text.chars().nth(e.caret), Some('X'));
    }
}
