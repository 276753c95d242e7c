//! The handout's Markdown as plain text for a screen or paper: headings
//! underlined, emphasis marks and link brackets dropped, every line
//! wrapped to a width. Only the Markdown that report::markdown writes is
//! understood; anything else is kept as a wrapped paragraph.

use super::pages::Block;

/// Columns of a printed page (fits A4 and Letter at 12 characters per inch).
pub const WIDTH: usize = 78;

/// The whole handout as text lines.
pub fn render(markdown: &str, width: usize) -> String {
    let mut out = String::new();
    for block in blocks(markdown, width) {
        for line in block.lines {
            out.push_str(&line);
            out.push('\n');
        }
    }
    out
}

/// The handout as blocks, for pages.
pub fn blocks(markdown: &str, width: usize) -> Vec<Block> {
    let width = width.max(20);
    let mut blocks = Vec::new();
    let mut last_blank = true;
    for raw in markdown.lines() {
        let line = raw.trim_end();
        if line.is_empty() {
            if !last_blank {
                blocks.push(Block::blank());
            }
            last_blank = true;
            continue;
        }
        last_blank = false;
        blocks.push(block(line, width));
    }
    while blocks
        .last()
        .is_some_and(|b| b.lines.iter().all(String::is_empty))
    {
        blocks.pop();
    }
    blocks
}

fn block(line: &str, width: usize) -> Block {
    let heading = |text: &str, under: Option<char>| {
        let text = inline(text);
        let mut lines = wrap(&text, width, "", "");
        if let Some(c) = under {
            let longest = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0);
            lines.push(c.to_string().repeat(longest));
        }
        Block {
            lines,
            keep_with_next: true,
        }
    };
    let para = |text: &str, first: &str, rest: &str| Block {
        lines: wrap(&inline(text), width, first, rest),
        keep_with_next: false,
    };
    if let Some(t) = line.strip_prefix("# ") {
        heading(t, Some('='))
    } else if let Some(t) = line.strip_prefix("## ") {
        heading(t, Some('-'))
    } else if let Some(t) = line.strip_prefix("### ") {
        heading(t, Some('~'))
    } else if let Some(t) = line.strip_prefix("#### ") {
        heading(t, None)
    } else if line == "---" {
        para(&"-".repeat(width), "", "")
    } else if let Some(t) = line.strip_prefix("- [ ] ") {
        para(t, "[ ] ", "    ")
    } else if let Some(t) = line.strip_prefix("  - ") {
        para(t, "    - ", "      ")
    } else if let Some(t) = line.strip_prefix("- ") {
        para(t, "  - ", "    ")
    } else if let Some(t) = line.strip_prefix("> ") {
        let inner = block(t, width.saturating_sub(2));
        Block {
            lines: inner.lines.iter().map(|l| format!("| {l}")).collect(),
            keep_with_next: inner.keep_with_next,
        }
    } else if line == ">" {
        para("|", "", "")
    } else {
        para(line, "", "")
    }
}

/// Drops `**`, emphasis stars at word edges and the `<>` around links.
fn inline(text: &str) -> String {
    let text = text.replace("**", "");
    let mut out = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).and_then(|j| chars.get(j)).copied();
        let after = chars.get(i + 1).copied();
        let edge =
            |c: Option<char>| c.is_none_or(|c| c.is_whitespace() || c.is_ascii_punctuation());
        let drop = match c {
            '*' => edge(before) || edge(after),
            '<' => after.is_some_and(|a| a == 'h'),
            '>' => before.is_some_and(|b| !b.is_whitespace()) && edge(after),
            _ => false,
        };
        if !drop {
            out.push(*c);
        }
    }
    out
}

fn wrap(text: &str, width: usize, first: &str, rest: &str) -> Vec<String> {
    // Only at spaces: dates and codes hold hyphens.
    let options = textwrap::Options::new(width)
        .word_separator(textwrap::WordSeparator::AsciiSpace)
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .initial_indent(first)
        .subsequent_indent(rest);
    let mut lines = Vec::new();
    for line in textwrap::wrap(text, options) {
        // textwrap lets a long word (a link) run past an indented line's end.
        let mut line = line.trim_end().to_string();
        while let Some((cut, _)) = line.char_indices().nth(width) {
            let tail = line.split_off(cut);
            lines.push(line);
            line = format!("{rest}{tail}");
        }
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_marks_become_plain_text() {
        let md = "# Title\n\n**Reference code: K7QM4** · written 2026-11-30 09:15\n\n\
                  > **Important:** not a diagnosis\n\n## Your answers\n\n\
                  - **Skin type:** V\n  - **Rules:** 3\n- [ ] Ask this?\n\
                  - *Sources: [a] [b]*\n- [a] Paper <https://example.org/x>\n\n---\n";
        let text = render(md, 40);
        let expected = concat!(
            "Title\n=====\n\n",
            "Reference code: K7QM4 · written\n2026-11-30 09:15\n\n",
            "| Important: not a diagnosis\n\n",
            "Your answers\n------------\n\n",
            "  - Skin type: V\n",
            "    - Rules: 3\n",
            "[ ] Ask this?\n",
            "  - Sources: [a] [b]\n",
            "  - [a] Paper https://example.org/x\n\n",
            "----------------------------------------\n",
        );
        assert_eq!(text, expected);
    }

    #[test]
    fn every_line_fits_the_width() {
        let long = "word ".repeat(60);
        let md = format!("# {long}\n\n- {long}\n\n> {long}\n\n{}\n", "x".repeat(200));
        let md = format!("{md}\n- [a] {}\n", "y".repeat(WIDTH));
        for line in render(&md, WIDTH).lines() {
            assert!(line.chars().count() <= WIDTH, "{line}");
        }
    }

    #[test]
    fn stars_and_angles_inside_words_stay() {
        assert_eq!(inline("a*b 2<3 x>y **bold**"), "a*b 2<3 x>y bold");
    }
}
