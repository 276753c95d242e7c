//! Reference codes as people type them: any case, with spaces or dashes
//! ("k7q-m4", "K7Q M4"), and near matches for a mistyped one.

/// The longest code the desk takes (the kiosk writes 5 characters).
pub const MAX_LEN: usize = 16;

/// The code in the form file names use, or None when it cannot be one
/// (anything but letters and digits, which also keeps paths out).
pub fn normalize(typed: &str) -> Option<String> {
    let code: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .flat_map(char::to_uppercase)
        .collect();
    let ok = !code.is_empty()
        && code.len() <= MAX_LEN
        && code
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    ok.then_some(code)
}

/// Known codes one or two edits from `code` (one for short codes), the
/// closest first, at most three.
pub fn near<'a>(code: &str, known: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let limit = if code.len() <= 3 { 1 } else { 2 };
    let mut close: Vec<(usize, &str)> = known
        .into_iter()
        .map(|k| (strsim::damerau_levenshtein(code, k), k))
        .filter(|(d, _)| *d <= limit)
        .collect();
    close.sort();
    close.into_iter().take(3).map(|(_, k)| k).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_spaces_and_dashes_do_not_matter() {
        for typed in ["K7QM4", "k7qm4", " k7q m4 ", "K7Q-M4", "k-7-q-m-4\t"] {
            assert_eq!(normalize(typed).as_deref(), Some("K7QM4"), "{typed:?}");
        }
    }

    #[test]
    fn anything_else_is_not_a_code() {
        for typed in [
            "",
            " - ",
            "../etc",
            "K7Q/M4",
            "K7QM4.md",
            "ÄBCDE",
            "A".repeat(17).as_str(),
        ] {
            assert_eq!(normalize(typed), None, "{typed:?}");
        }
    }

    #[test]
    fn near_matches_are_close_and_ordered() {
        let known = ["K7QM4", "K7QM5", "ZZZZZ", "K7MQ4"];
        assert_eq!(near("K7QM9", known), ["K7QM4", "K7QM5", "K7MQ4"]);
        // A swap of two characters is one edit.
        assert_eq!(near("K7MQ4", ["K7QM4"]), ["K7QM4"]);
        assert!(near("ABCDE", known).is_empty());
    }
}
