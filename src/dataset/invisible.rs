//! Characters that change how text reads without being seen: Unicode's
//! format characters (general category Cf: bidirectional overrides and
//! isolates, zero-width spaces and joiners, the soft hyphen, tag
//! characters…) and the line and paragraph separators. A label holding
//! U+202E can show one thing on screen and mean another.

/// Is `c` a format character (Cf, Unicode 16) or U+2028/U+2029?
pub fn is_invisible(c: char) -> bool {
    matches!(
        u32::from(c),
        0x00AD
            | 0x0600..=0x0605
            | 0x061C
            | 0x06DD
            | 0x070F
            | 0x0890..=0x0891
            | 0x08E2
            | 0x180E
            | 0x200B..=0x200F
            | 0x2028..=0x202E
            | 0x2060..=0x2064
            | 0x2066..=0x206F
            | 0xFEFF
            | 0xFFF9..=0xFFFB
            | 0x110BD
            | 0x110CD
            | 0x13430..=0x1343F
            | 0x1BCA0..=0x1BCA3
            | 0x1D173..=0x1D17A
            | 0xE0001
            | 0xE0020..=0xE007F
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overrides_isolates_and_zero_widths_are_invisible() {
        for c in [
            '\u{202E}',
            '\u{2066}',
            '\u{2069}',
            '\u{200B}',
            '\u{200D}',
            '\u{FEFF}',
            '\u{00AD}',
            '\u{2028}',
            '\u{E0041}',
        ] {
            assert!(is_invisible(c), "{:?}", c);
        }
        for c in ['a', ' ', 'é', '·', '—', '\n', '日', '\u{2010}'] {
            assert!(!is_invisible(c), "{:?}", c);
        }
    }
}
