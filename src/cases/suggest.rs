//! "Did you mean …?" for a misspelt id: the closest known id by edit
//! distance, when it is close enough to be a likely typo.

/// The known id closest to `wrong`, if within a typo's distance (two edits,
/// or a third of the length for long ids), or else one that `wrong` is the
/// start of, or that is the start of `wrong` (a shortened or lengthened id,
/// at least four characters in common). Ties go to the earliest.
pub fn closest<'a>(wrong: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let known: Vec<&'a str> = known.into_iter().collect();
    let limit = (wrong.chars().count() / 3).max(2);
    let near = known
        .iter()
        .map(|&k| (distance(wrong, k), k))
        .filter(|&(d, _)| d <= limit)
        .min_by_key(|&(d, _)| d)
        .map(|(_, k)| k);
    near.or_else(|| {
        known.into_iter().find(|k| {
            let (short, long) = if k.len() < wrong.len() {
                (*k, wrong)
            } else {
                (wrong, *k)
            };
            short.chars().count() >= 4 && long.starts_with(short)
        })
    })
}

/// Levenshtein distance over characters, a row at a time.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut row = Vec::with_capacity(prev.len());
        row.push(i + 1);
        // Per column: the cell up-left (diagonal), the cell above, the char.
        for ((&diagonal, &above), cb) in prev.iter().zip(prev.iter().skip(1)).zip(&b) {
            let left = row.last().copied().unwrap_or(i + 1);
            let change = diagonal + usize::from(ca != *cb);
            row.push(change.min(above + 1).min(left + 1));
        }
        prev = row;
    }
    prev.last().copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        assert_eq!(distance("", ""), 0);
        assert_eq!(distance("abc", ""), 3);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("kitten", "sitting"), 3);
        assert_eq!(distance("subcision", "subscision"), 1);
        assert_eq!(distance("icepick", "ice_pick"), 1);
        assert_eq!(distance("flaw", "lawn"), 2);
    }

    #[test]
    fn suggests_only_close_ids() {
        let known = ["subcision", "fillers", "tca_cross"];
        assert_eq!(closest("subscision", known), Some("subcision"));
        assert_eq!(closest("tca_crosss", known), Some("tca_cross"));
        assert_eq!(closest("laser", known), None);
        assert_eq!(closest("fill", known), Some("fillers"));
        assert_eq!(closest("tca", known), None, "too short to be sure");
        assert_eq!(
            closest("dents_but_flat", ["dents_but_flat_grade"]),
            Some("dents_but_flat_grade")
        );
    }
}
