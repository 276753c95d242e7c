//! The pseudo-language "en-XA": English with every word accented and made
//! 40% longer with wide characters, so a layout test sees what a longer
//! language does to every screen. Fluent applies it to the message text,
//! not to the numbers and names put into it.

use std::borrow::Cow;

pub const CODE: &str = "en-XA";

/// Also used on the dataset's texts for the same test.
pub fn transform(s: &str) -> Cow<'_, str> {
    let mut out = String::with_capacity(s.len() * 2);
    let mut word = 0usize;
    for c in s.chars() {
        if c.is_alphabetic() {
            out.push(accent(c));
            word += 1;
        } else {
            lengthen(&mut out, word);
            word = 0;
            out.push(c);
        }
    }
    lengthen(&mut out, word);
    Cow::Owned(out)
}

/// Adds 40% of a word's letters, rounded up: every other one wide.
fn lengthen(out: &mut String, letters: usize) {
    for i in 0..(letters * 2).div_ceil(5) {
        out.push(if i % 2 == 0 { 'ŵ' } else { '字' });
    }
}

fn accent(c: char) -> char {
    match c {
        'a' => 'á',
        'e' => 'é',
        'i' => 'í',
        'o' => 'ö',
        'u' => 'ü',
        'A' => 'Å',
        'E' => 'É',
        'O' => 'Ö',
        'n' => 'ñ',
        'c' => 'ç',
        c => c,
    }
}
