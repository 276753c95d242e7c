//! Printed pages as PostScript in Courier: every print queue takes it,
//! and unlike CUPS's own text filter its text survives into a PDF printer
//! (checked with pdftotext). Placed from the top of whatever paper the
//! printer holds, inside the area A4 and Letter share.

use std::fmt::Write;

/// Lines on a page under the two-line page header.
pub const LINES_PER_PAGE: usize = 58;

/// One document: a header line on each page (`header`, then "page i of n"
/// at the right), a blank line, then the page's lines.
pub fn document(title: &str, header: &str, pages: &[Vec<String>], width: usize) -> String {
    let mut s = String::new();
    let n = pages.len();
    // Writing to a String cannot fail.
    let _ = writeln!(s, "%!PS-Adobe-3.0");
    let _ = writeln!(
        s,
        "%%Title: {}",
        latin1(title).replace(['(', ')', '\\'], "")
    );
    let _ = writeln!(s, "%%Creator: scarguide\n%%Pages: {n}\n%%EndComments");
    s.push_str(PROLOG);
    for (i, page) in pages.iter().enumerate() {
        let _ = writeln!(s, "%%Page: {} {}", i + 1, i + 1);
        s.push_str("F setfont\n");
        let number = format!("page {} of {n}", i + 1);
        let gap = width
            .saturating_sub(header.chars().count() + number.chars().count())
            .max(2);
        let top = format!("{header}{}{number}", " ".repeat(gap));
        let _ = writeln!(s, "({}) 0 L", latin1(&top));
        for (j, line) in page.iter().enumerate() {
            if !line.is_empty() {
                let _ = writeln!(s, "({}) {} L", latin1(line), j + 2);
            }
        }
        s.push_str("showpage\n");
    }
    s.push_str("%%EOF\n");
    s
}

// Courier re-encoded as Latin-1 with straight quotes and a hyphen (not
// the minus ISOLatin1Encoding has at 45); L shows a string on
// line n counted from 48 pt under the top of the paper, 54 pt from the left.
const PROLOG: &str = "%%BeginProlog
/F /Courier findfont dup length dict begin
  { 1 index /FID ne { def } { pop pop } ifelse } forall
  /Encoding ISOLatin1Encoding 256 array copy dup 39 /quotesingle put dup 45 /hyphen put dup 96 /grave put def
  currentdict end /Courier-ScarguideLatin1 exch definefont 10 scalefont def
/L { 11.5 mul currentpagedevice /PageSize get 1 get 48 sub exch sub 54 exch moveto show } def
%%EndProlog
";

/// A PostScript string body: Latin-1 as octal escapes, common typography
/// as ASCII, anything else as `?`.
fn latin1(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '(' | ')' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            ' '..='~' => out.push(c),
            '\u{2014}' => out.push_str("--"),
            '\u{2013}' | '\u{2212}' | '\u{2010}' | '\u{2011}' => out.push('-'),
            '\u{2018}' | '\u{2019}' | '\u{2032}' => out.push('\''),
            '\u{201C}' | '\u{201D}' => out.push('"'),
            '\u{2026}' => out.push_str("..."),
            '\u{2022}' => out.push('*'),
            '\u{2192}' => out.push_str("->"),
            '\u{2264}' => out.push_str("<="),
            '\u{2265}' => out.push_str(">="),
            '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' => out.push(' '),
            '\u{00A1}'..='\u{00FF}' => {
                let _ = write!(out, "\\{:03o}", u32::from(c));
            }
            c if c.is_control() => {}
            _ => out.push('?'),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_escaped_and_latin1_encoded() {
        assert_eq!(latin1("a (b) \\ c"), "a \\(b\\) \\\\ c");
        assert_eq!(
            latin1("Fitzpatrick V · café — 2–3 ‘x’"),
            "Fitzpatrick V \\267 caf\\351 -- 2-3 'x'"
        );
        assert_eq!(latin1("日本\u{1b}"), "??");
    }

    #[test]
    fn one_page_per_page_with_its_number() {
        let pages = vec![
            vec!["first".to_string(), String::new()],
            vec!["second".to_string()],
        ];
        let ps = document("t", "Summary K7QM4", &pages, 40);
        assert!(ps.starts_with("%!PS-Adobe-3.0\n"));
        assert_eq!(ps.matches("showpage").count(), 2);
        let top = format!("(Summary K7QM4{}page 1 of 2) 0 L", " ".repeat(40 - 13 - 11));
        assert!(ps.contains(&top), "{ps}");
        assert!(ps.contains("(first) 2 L") && ps.contains("(second) 2 L"));
        assert!(ps.contains("%%Pages: 2") && ps.ends_with("%%EOF\n"));
    }
}
