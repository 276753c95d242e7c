//! "Did you mean …?" for a misspelt id, field or variant name.

/// The known name nearest to `found` by edit distance, when it is near
/// enough to be what was meant: at most 2 edits, or a third of the name's
/// length for long names, and fewer edits than the name has letters. A
/// far-off name gets no hint: a wrong guess misleads more than none. Ties
/// go to the first in `known` (dataset order).
pub fn closest<'a>(found: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let len = found.chars().count();
    let limit = (len / 3).max(2).min(len.saturating_sub(1));
    let lower = found.to_lowercase();
    known
        .into_iter()
        .filter(|k| *k != found)
        .map(|k| (strsim::osa_distance(&lower, &k.to_lowercase()), k))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

/// `"; did you mean `x`?"` to end a message with, or nothing.
pub fn did_you_mean<'a>(found: &str, known: impl IntoIterator<Item = &'a str>) -> String {
    closest(found, known).map_or(String::new(), |k| {
        format!("; did you mean `{}`?", super::load::one_line(k))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const OPTIONS: [&str; 4] = ["ice_pick", "boxcar", "rolling", "red_marks"];

    #[test]
    fn near_names_get_a_hint() {
        assert_eq!(closest("icepick", OPTIONS), Some("ice_pick"));
        assert_eq!(closest("ice_pik", OPTIONS), Some("ice_pick"));
        assert_eq!(closest("Boxcar", OPTIONS), Some("boxcar"));
        assert_eq!(
            closest("risk", ["id", "risks", "references"]),
            Some("risks")
        );
    }

    #[test]
    fn far_names_and_exact_names_get_none() {
        assert_eq!(closest("wrinkles", OPTIONS), None);
        assert_eq!(closest("ab", ["xy"]), None);
        assert_eq!(closest("boxcar", ["boxcar"]), None);
        assert_eq!(closest("", OPTIONS), None);
        assert_eq!(did_you_mean("zzz", OPTIONS), "");
        assert_eq!(did_you_mean("rollin", OPTIONS), "; did you mean `rolling`?");
    }

    #[test]
    fn long_names_allow_a_third_of_their_length() {
        // 21 letters: up to 7 edits.
        let known = ["photosensitizing_meds"];
        assert_eq!(closest("photosensitising_med", known), Some(known[0]));
        assert_eq!(closest("light_sensitive_drugs", known), None);
    }
}
