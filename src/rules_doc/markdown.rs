//! The rule book as Markdown (CommonMark with GitHub tables). Dataset text
//! is escaped so that a `*`, `|` or `<` in a label stays a character and
//! never becomes emphasis, a new table cell or HTML.

use std::fmt::Write;

use super::doc::{Block, Doc, Item, Line, Span};

/// Sign-off blanks: long enough to write a name on paper.
const BLANK: &str = "______________________________";

pub fn render(doc: &Doc) -> String {
    let mut s = String::new();
    for block in &doc.blocks {
        match block {
            Block::Heading { level, text, .. } => {
                let hashes = "#".repeat(usize::from((*level).clamp(1, 6)));
                let _ = writeln!(s, "{hashes} {}\n", escape(text, false));
            }
            Block::Para(line) => {
                let _ = writeln!(s, "{}\n", line_md(line, false));
            }
            Block::List(items) => {
                for item in items {
                    item_md(&mut s, item, 0);
                }
                s.push('\n');
            }
            Block::Table { head, rows } => table(&mut s, head, rows),
            Block::SignOff { names } => sign_off(&mut s, names),
        }
    }
    s
}

fn item_md(s: &mut String, item: &Item, depth: usize) {
    let pad = "  ".repeat(depth);
    let _ = writeln!(s, "{pad}- {}", line_md(&item.line, false));
    for child in &item.children {
        item_md(s, child, depth + 1);
    }
    if let Some(after) = &item.after {
        // A blank line, then text indented to the item's content.
        let _ = writeln!(s, "\n{pad}  {}", line_md(after, false));
    }
}

fn table(s: &mut String, head: &[(String, u8)], rows: &[Vec<Line>]) {
    let cells: Vec<String> = head.iter().map(|(h, _)| escape(h, true)).collect();
    let _ = writeln!(s, "| {} |", cells.join(" | "));
    let _ = writeln!(s, "|{}", "---|".repeat(head.len()));
    for row in rows {
        let cells: Vec<String> = row.iter().map(|c| line_md(c, true)).collect();
        let _ = writeln!(s, "| {} |", cells.join(" | "));
    }
    s.push('\n');
}

fn sign_off(s: &mut String, names: &[String]) {
    for (i, name) in names.iter().enumerate() {
        let name = if name.is_empty() {
            BLANK.to_string()
        } else {
            escape(name, false)
        };
        let _ = writeln!(s, "**Reviewer {}**\n", i + 1);
        let _ = writeln!(s, "- Name: {name}");
        for what in ["Role", "Date", "Signature"] {
            let _ = writeln!(s, "- {what}: {BLANK}");
        }
        s.push('\n');
    }
}

/// One line of spans. A line that starts with text is guarded against
/// being read as a heading, list or quote.
fn line_md(line: &Line, in_table: bool) -> String {
    let mut out = String::new();
    for (i, span) in line.iter().enumerate() {
        let piece = match span {
            Span::Text(t) if i == 0 && !in_table => guard_start(&escape(t, false)),
            Span::Text(t) => escape(t, in_table),
            Span::Code(c) => code(c, in_table),
            Span::Strong(t) => wrap(t, "**", in_table),
            Span::Em(t) => wrap(t, "*", in_table),
            Span::Link(url) => link(url, in_table),
        };
        out.push_str(&piece);
    }
    out
}

/// `**text**` with surrounding spaces kept outside the markers, where
/// CommonMark needs them to see emphasis at all.
fn wrap(t: &str, marker: &str, in_table: bool) -> String {
    let inner = t.trim();
    if inner.is_empty() {
        return escape(t, in_table);
    }
    let lead = t.get(..t.len() - t.trim_start().len()).unwrap_or("");
    let trail = t.get(t.trim_end().len()..).unwrap_or("");
    format!("{lead}{marker}{}{marker}{trail}", escape(inner, in_table))
}

/// A code span whose fence is longer than any run of backticks inside.
fn code(c: &str, in_table: bool) -> String {
    let c = c.replace(['\n', '\r'], " ");
    let c = if in_table { c.replace('|', "\\|") } else { c };
    let longest = c.split(|ch| ch != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if c.starts_with('`') || c.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{c}{pad}{fence}")
}

/// An http(s) address as an autolink (shown as itself); anything else,
/// which could be `javascript:` or contain spaces, as plain text.
fn link(url: &str, in_table: bool) -> String {
    let safe = (url.starts_with("https://") || url.starts_with("http://"))
        && !url
            .chars()
            .any(|c| c.is_whitespace() || c == '<' || c == '>');
    if safe {
        format!("<{}>", url.replace('|', "%7C"))
    } else {
        escape(url, in_table)
    }
}

/// Backslash-escapes what Markdown would otherwise read as markup. `&` is
/// escaped only where it could start an entity (`&amp;`, `&#38;`).
pub fn escape(t: &str, in_table: bool) -> String {
    let mut out = String::with_capacity(t.len());
    let mut chars = t.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' => {
                out.push('\\');
                out.push(c);
            }
            '|' if in_table => out.push_str("\\|"),
            '&' if chars
                .peek()
                .is_some_and(|n| n.is_alphanumeric() || *n == '#') =>
            {
                out.push_str("\\&");
            }
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Text at the start of a line: `#`, `=`, and `-`, `+` or `1.` followed
/// by a space would start a heading, an underline or a list.
fn guard_start(t: &str) -> String {
    if t.starts_with(['#', '=']) {
        return format!("\\{t}");
    }
    let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let (marker, rest) = match (digits, t.get(..digits), t.get(digits..)) {
        (0, _, _) => ("", t),
        (_, Some(number), Some(rest)) if rest.starts_with(['.', ')']) => (number, rest),
        _ => return t.to_string(),
    };
    let mut chars = rest.chars();
    let first = chars.next();
    let bullet = match first {
        Some('.' | ')') => !marker.is_empty(),
        Some('-' | '+') => marker.is_empty(),
        _ => false,
    };
    let spaced = chars.next().is_none_or(char::is_whitespace);
    match (bullet && spaced, first) {
        (true, Some(c)) => format!("{marker}\\{c}{}", chars_from(rest, 1)),
        _ => t.to_string(),
    }
}

/// `s` without its first `n` characters.
fn chars_from(s: &str, n: usize) -> String {
    s.chars().skip(n).collect()
}
