//! What "no word and no button clipped" means on a pseudo-language screen
//! (tests/tui_pseudo_layout.rs), as checks on a drawn `Buffer`.
//!
//! Words. The pseudo-language (`src/i18n/pseudo.rs`) accents every letter
//! it can and ends every run of letters with a tail of `ŵ`/`字`, 40% of
//! its length. A screen row is read cell by cell (a wide character's
//! second cell skipped) and cut into runs of letters (`char::is_alphabetic`,
//! which `ŵ` and `字` are). Every run that carries a mark of the
//! pseudo-language (`ŵ`, `字` or an accented letter) must be a whole run of
//! some text the screen could show: a message of the program in en-XA
//! (every text of every variant of `assets/i18n/en.ftl`) or a text of the
//! dataset in en-XA. A word cut by the right edge, a border or a box loses
//! its tail, or part of it, and is no such run: the tail's length is tied
//! to the letters before it, so no prefix of a word is a word.
//!
//! Where the app may split a word: between runs of letters, at a hyphen,
//! an apostrophe or a slash ("self-|guided" wrapped after the hyphen),
//! because those are where the text itself splits; and before or after a
//! wide `字`, where Unicode's line breaking (UAX #14, which textwrap
//! follows) allows a break as it does between the ideographs of Chinese
//! or Japanese: such a run at the end of a row must make a whole word
//! with the run that starts the next row. Any other split of a run over
//! two rows is a clipped word, even where the word is longer than its
//! column: the check wants such a column wider, or the word moved.
//!
//! Buttons. Every "[ " followed by a label must close with " ]" on the
//! same row, and the label (after a "k: " key, as in "[ y: Quit ]") must
//! be a whole message of the program. A button the app leaves out for
//! lack of room (its key still works) is not a clipped one.

use std::collections::BTreeSet;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Span;
use scarguide::dataset::translation::each_text;
use scarguide::dataset::Dataset;
use scarguide::i18n::{self, Lang};

/// Letters the pseudo-language writes and English does not.
const MARKS: &[char] = &['ŵ', '字', 'á', 'é', 'í', 'ö', 'ü', 'Å', 'É', 'Ö', 'ñ', 'ç'];

/// Every run of letters the screen could show, and every button label.
pub struct Vocab {
    pub words: BTreeSet<String>,
    pub labels: BTreeSet<String>,
}

pub fn runs(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|r| !r.is_empty())
}

fn marked(run: &str) -> bool {
    run.chars().any(|c| MARKS.contains(&c))
}

impl Vocab {
    /// The program's messages in en-XA, the dataset in en-XA (`pseudo`)
    /// and `more` texts put through the pseudo-language (test data).
    pub fn new(pseudo: &Dataset, more: &[&str]) -> Vocab {
        let mut v = Vocab {
            words: BTreeSet::new(),
            labels: BTreeSet::new(),
        };
        let res = fluent_syntax::parser::parse(i18n::source_text(Lang::PSEUDO))
            .unwrap_or_else(|(res, _)| res);
        let mut texts = Vec::new();
        for entry in &res.body {
            if let Entry::Message(m) = entry {
                if let Some(p) = &m.value {
                    pattern_texts(p, &mut texts);
                }
                for a in &m.attributes {
                    pattern_texts(&a.value, &mut texts);
                }
            }
        }
        for t in texts {
            v.add(&i18n::pseudo_text(t));
        }
        for id in i18n::ids(Lang::PSEUDO) {
            let id: &'static str = Box::leak(id.into_boxed_str());
            let text = i18n::in_lang(Lang::PSEUDO, id);
            v.add(text);
            v.labels.insert(text.to_string());
        }
        let mut d = pseudo.clone();
        each_text(&mut d, &mut |_, text| v.add(text));
        // The language list names each language in itself.
        for lang in Lang::all() {
            v.add(lang.name());
        }
        for t in more {
            v.add(&i18n::pseudo_text(t));
        }
        assert!(v.words.len() > 1000, "a vocabulary of {}", v.words.len());
        v
    }

    fn add(&mut self, text: &str) {
        self.words.extend(runs(text).map(str::to_string));
    }
}

fn pattern_texts<'s>(p: &Pattern<&'s str>, out: &mut Vec<&'s str>) {
    for e in &p.elements {
        match e {
            PatternElement::TextElement { value } => out.push(value),
            PatternElement::Placeable { expression } => expression_texts(expression, out),
        }
    }
}

fn expression_texts<'s>(e: &Expression<&'s str>, out: &mut Vec<&'s str>) {
    match e {
        Expression::Select { variants, .. } => {
            for v in variants {
                pattern_texts(&v.value, out);
            }
        }
        Expression::Inline(InlineExpression::StringLiteral { value }) => out.push(value),
        Expression::Inline(InlineExpression::Placeable { expression }) => {
            expression_texts(expression, out)
        }
        Expression::Inline(_) => {}
    }
}

/// Row `y` of `buf` between columns `x0` and `x1` as text: a wide
/// character once, its second cell skipped.
pub fn row_text(buf: &Buffer, y: u16, x0: u16, x1: u16) -> String {
    let mut s = String::new();
    let mut x = x0;
    while x < x1 {
        let sym = buf[(x, y)].symbol();
        s.push_str(sym);
        x += u16::try_from(Span::raw(sym).width()).unwrap_or(1).max(1);
    }
    s
}

/// The whole buffer as text, for failure messages.
pub fn screen_text(buf: &Buffer) -> String {
    let a = buf.area;
    (a.top()..a.bottom())
        .map(|y| row_text(buf, y, a.left(), a.right()) + "\n")
        .collect()
}

/// What is wrong in `region` of `buf`: words not whole, buttons cut.
/// Also how many marked words were seen (none: the screen is not in the
/// pseudo-language, and the check would prove nothing).
pub fn problems(buf: &Buffer, region: Rect, v: &Vocab) -> (Vec<String>, usize) {
    let mut out = Vec::new();
    let mut seen = 0;
    let region = region.intersection(buf.area);
    let rows: Vec<String> = (region.top()..region.bottom())
        .map(|y| row_text(buf, y, region.left(), region.right()))
        .collect();
    // Each row in its columns (the boxes' and the Compare table's
    // borders), each column's runs of letters.
    let cols: Vec<Vec<Vec<&str>>> = rows
        .iter()
        .map(|r| {
            r.split(['│', '┃', '|'])
                .map(|c| runs(c).collect())
                .collect()
        })
        .collect();
    // The run next to row `i`'s column `c` in row `j`: Some(run or none)
    // where row `j` has the same columns; None where it is a box's edge
    // (other columns); and "no row" (Err) past the region's edge, where
    // nothing is known.
    let beside = |i: usize, j: Option<usize>, c: usize, first: bool| {
        let other = j.and_then(|j| cols.get(j)).ok_or(())?;
        let row = &rows[j.unwrap_or(i)];
        let blank = row
            .split(['│', '┃', '|'])
            .nth(c)
            .is_some_and(|t| t.trim().is_empty());
        // A box's border, a scroll sign or a blank row: what follows
        // is scrolled out of view.
        if other.len() != cols[i].len() || row.contains(['▼', '▲']) || blank {
            return Ok(None);
        }
        let col = &other[c];
        Ok(Some(if first { col.first() } else { col.last() }.copied()))
    };
    for (i, row) in rows.iter().enumerate() {
        let y = region.y + i as u16;
        for (c, runs) in cols[i].iter().enumerate() {
            for (k, &run) in runs.iter().enumerate() {
                if !marked(run) {
                    continue;
                }
                seen += 1;
                if v.words.contains(run) {
                    continue;
                }
                // Wrapped where Unicode lets a line break: before or after
                // an ideograph (UAX #14), as for the languages written in
                // them; whole once joined to the column's next or previous
                // row, or, where that row has no letters (a border, the
                // end of what is shown), a part of a word broken there.
                let up = beside(i, i.checked_sub(1), c, false);
                let down = beside(i, Some(i + 1), c, true);
                let whole = match (k == 0, k + 1 == runs.len()) {
                    (true, _) if wrapped(up, run, false, v) => true,
                    (_, true) if wrapped(down, run, true, v) => true,
                    _ => false,
                };
                if !whole {
                    out.push(format!("row {y}: word cut: {run:?} in {:?}", row.trim()));
                }
            }
        }
        out.extend(buttons(row, v).into_iter().map(|p| format!("row {y}: {p}")));
    }
    (out, seen)
}

/// `run` starts (`at_end` false) or ends a row's column; `other` is the
/// run that ends the row above or starts the row below (see `beside`).
fn wrapped(other: Result<Option<Option<&str>>, ()>, run: &str, at_end: bool, v: &Vocab) -> bool {
    let joined = |a: &str, b: &str| {
        (a.ends_with('字') || b.starts_with('字')) && v.words.contains(&format!("{a}{b}"))
    };
    match other {
        Ok(Some(Some(o))) if at_end => joined(run, o),
        Ok(Some(Some(o))) => joined(o, run),
        // The row beyond is a box's edge: the rest of the word is
        // scrolled out of the box.
        Ok(None) => v.words.iter().any(|w| {
            if at_end {
                w.strip_prefix(run)
                    .is_some_and(|rest| run.ends_with('字') || rest.starts_with('字'))
            } else {
                w.strip_suffix(run)
                    .is_some_and(|head| head.ends_with('字') || run.starts_with('字'))
            }
        }),
        _ => false,
    }
}

fn buttons(row: &str, v: &Vocab) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = row;
    while let Some(at) = rest.find("[ ") {
        let after = &rest[at + 2..];
        rest = after;
        if after.starts_with([' ', ']']) || after.is_empty() {
            continue;
        }
        let Some(end) = after.find(" ]") else {
            out.push(format!("button cut: {:?}", after.trim_end()));
            continue;
        };
        let label = &after[..end];
        let bare = match label.split_once(": ") {
            Some((key, l)) if !key.contains(' ') => l,
            _ => label,
        };
        if !v.labels.contains(bare) {
            out.push(format!("button label not whole: {label:?}"));
        }
        rest = &after[end..];
    }
    out
}

/// Where a box drawn over a screen is: from the top-left corner of a
/// border that `b` has and `a` has not to the bottom-right corner after
/// it; else every cell that differs. Only the box is checked: the screen
/// under it is cut by its edges, which is no fault of its layout.
pub fn changed(a: &Buffer, b: &Buffer) -> Rect {
    let area = a.area;
    let new = |x: u16, y: u16, sym: &str| b[(x, y)].symbol() == sym && a[(x, y)] != b[(x, y)];
    let cells = || {
        (area.top()..area.bottom()).flat_map(|y| (area.left()..area.right()).map(move |x| (x, y)))
    };
    if let Some((x0, y0)) = cells().find(|&(x, y)| new(x, y, "┌")) {
        let end = cells().find(|&(x, y)| x > x0 && y > y0 && new(x, y, "┘"));
        if let Some((x1, y1)) = end {
            return Rect::new(x0, y0, x1 - x0 + 1, y1 - y0 + 1);
        }
    }
    let mut r: Option<Rect> = None;
    for (x, y) in cells() {
        if a[(x, y)] != b[(x, y)] {
            let cell = Rect::new(x, y, 1, 1);
            r = Some(r.map_or(cell, |r| r.union(cell)));
        }
    }
    r.unwrap_or_default()
}
