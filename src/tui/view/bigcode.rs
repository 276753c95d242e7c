//! The reference code drawn large for the patient to read out at the desk.
//! In Unicode, tui-big-text's quadrant blocks; in ASCII (`--ascii`, or the
//! Linux console, whose font has few block characters) a 5-row font of
//! `#`, one glyph for each letter of the code alphabet.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::Widget;
use tui_big_text::{BigText, PixelSize};

use super::put;

/// Rows the code takes.
pub fn height(ascii: bool) -> u16 {
    if ascii {
        5
    } else {
        4
    }
}

pub fn draw(code: &str, ascii: bool, area: Rect, buf: &mut Buffer, style: Style) {
    if !ascii {
        BigText::builder()
            .pixel_size(PixelSize::Quadrant)
            .style(style)
            .lines(vec![code.into()])
            .build()
            .render(area, buf);
        return;
    }
    for (row, line) in lines(code).iter().enumerate() {
        let y = area
            .y
            .saturating_add(u16::try_from(row).unwrap_or(u16::MAX));
        put(buf, area, area.x, y, line, style);
    }
}

/// The code in the ASCII font, row by row.
pub fn lines(code: &str) -> [String; 5] {
    let mut rows: [String; 5] = Default::default();
    for (i, c) in code.chars().enumerate() {
        let g = glyph(c);
        for (row, part) in rows.iter_mut().zip(g.iter()) {
            if i > 0 {
                row.push(' ');
            }
            row.push_str(part);
        }
    }
    rows.map(|r| r.trim_end().to_string())
}

/// One character, 5 columns by 5 rows; one not in the font is shown as
/// itself in the middle row.
fn glyph(c: char) -> [String; 5] {
    let rows = FONT
        .iter()
        .find(|(k, _)| *k == c.to_ascii_uppercase())
        .map(|(_, rows)| *rows);
    match rows {
        Some(rows) => rows.map(str::to_string),
        None => {
            let blank = " ".repeat(5);
            let middle = format!("  {c}  ");
            [blank.clone(), blank.clone(), middle, blank.clone(), blank]
        }
    }
}

type Glyph = (char, [&'static str; 5]);

#[rustfmt::skip]
const FONT: [Glyph; 25] = [
    ('A', [" ### ", "#   #", "#####", "#   #", "#   #"]),
    ('C', [" ####", "#    ", "#    ", "#    ", " ####"]),
    ('D', ["#### ", "#   #", "#   #", "#   #", "#### "]),
    ('E', ["#####", "#    ", "#### ", "#    ", "#####"]),
    ('F', ["#####", "#    ", "#### ", "#    ", "#    "]),
    ('G', [" ####", "#    ", "#  ##", "#   #", " ####"]),
    ('H', ["#   #", "#   #", "#####", "#   #", "#   #"]),
    ('J', ["  ###", "    #", "    #", "#   #", " ### "]),
    ('K', ["#   #", "#  # ", "###  ", "#  # ", "#   #"]),
    ('M', ["#   #", "## ##", "# # #", "#   #", "#   #"]),
    ('N', ["#   #", "##  #", "# # #", "#  ##", "#   #"]),
    ('P', ["#### ", "#   #", "#### ", "#    ", "#    "]),
    ('Q', [" ### ", "#   #", "#   #", "#  # ", " ## #"]),
    ('R', ["#### ", "#   #", "#### ", "#  # ", "#   #"]),
    ('T', ["#####", "  #  ", "  #  ", "  #  ", "  #  "]),
    ('U', ["#   #", "#   #", "#   #", "#   #", " ### "]),
    ('V', ["#   #", "#   #", "#   #", " # # ", "  #  "]),
    ('W', ["#   #", "#   #", "# # #", "## ##", "#   #"]),
    ('X', ["#   #", " # # ", "  #  ", " # # ", "#   #"]),
    ('Y', ["#   #", " # # ", "  #  ", "  #  ", "  #  "]),
    ('3', ["#### ", "    #", " ### ", "    #", "#### "]),
    ('4', ["#   #", "#   #", "#####", "    #", "    #"]),
    ('6', [" ### ", "#    ", "#### ", "#   #", " ### "]),
    ('7', ["#####", "    #", "   # ", "  #  ", "  #  "]),
    ('9', [" ### ", "#   #", " ####", "    #", " ### "]),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kiosk::export::ALPHABET;

    #[test]
    fn every_letter_of_the_alphabet_has_a_distinct_ascii_glyph() {
        let mut seen = std::collections::HashSet::new();
        for c in ALPHABET.iter().map(|b| char::from(*b)) {
            let g = FONT.iter().find(|(k, _)| *k == c);
            let Some((_, rows)) = g else {
                panic!("no glyph for {c}");
            };
            assert!(rows.iter().all(|r| r.len() == 5 && r.is_ascii()), "{c}");
            assert!(seen.insert(*rows), "{c} looks like another letter");
        }
        assert_eq!(FONT.len(), ALPHABET.len());
    }

    #[test]
    fn a_code_is_drawn_in_ascii_rows() {
        assert_eq!(
            lines("H7"),
            [
                "#   # #####",
                "#   #     #",
                "#####    #",
                "#   #   #",
                "#   #   #",
            ]
        );
        // A letter from before the alphabet changed is still shown.
        assert_eq!(lines("B")[2], "  B");
    }
}
