//! Properties of the core over inputs nobody thought of (issue 7):
//! mutated dataset text never panics and every error has a position in the
//! file; random answers give deterministic advice where no treatment is
//! suited while a matching rule says not advised. (The app, plain mode and
//! `report` agreeing is in props_app.rs.)

mod common;

use proptest::prelude::*;

use scarguide::advice::evaluate;
use scarguide::dataset::{self, check_text, excerpt, Dataset, Effect, LoadError, Tier};
use scarguide::interview::visibility;
use unicode_width::UnicodeWidthStr;

const SHIPPED: &str = dataset::EMBEDDED;

#[derive(Debug, Clone)]
enum Mutation {
    DeleteLine(usize),
    DuplicateLine(usize),
    SwapLines(usize, usize),
    Insert(usize, char),
    Delete(usize),
    Replace(usize, char),
}

fn any_char() -> impl Strategy<Value = char> {
    prop_oneof![
        Just('\u{1b}'),
        Just('\0'),
        Just('\r'),
        Just('\u{7f}'),
        Just('"'),
        Just('('),
        Just(')'),
        Just('['),
        Just(']'),
        Just(','),
        Just(':'),
        Just('é'),
        Just('✓'),
        Just('𝄞'),
        any::<char>(),
    ]
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<usize>().prop_map(Mutation::DeleteLine),
        any::<usize>().prop_map(Mutation::DuplicateLine),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
        (any::<usize>(), any_char()).prop_map(|(a, c)| Mutation::Insert(a, c)),
        any::<usize>().prop_map(Mutation::Delete),
        (any::<usize>(), any_char()).prop_map(|(a, c)| Mutation::Replace(a, c)),
    ]
}

fn apply(text: &str, m: &Mutation) -> String {
    let mut lines: Vec<&str> = text.split('\n').collect();
    let n = lines.len();
    let chars: Vec<char> = text.chars().collect();
    let at = |i: usize, len: usize| if len == 0 { 0 } else { i % len };
    match *m {
        Mutation::DeleteLine(i) => {
            lines.remove(at(i, n));
            lines.join("\n")
        }
        Mutation::DuplicateLine(i) => {
            let i = at(i, n);
            let l = lines[i];
            lines.insert(i, l);
            lines.join("\n")
        }
        Mutation::SwapLines(a, b) => {
            lines.swap(at(a, n), at(b, n));
            lines.join("\n")
        }
        Mutation::Insert(i, c) => {
            let mut v = chars;
            let i = at(i, v.len() + 1);
            v.insert(i, c);
            v.into_iter().collect()
        }
        Mutation::Delete(i) => {
            let mut v = chars;
            if !v.is_empty() {
                let i = at(i, v.len());
                v.remove(i);
            }
            v.into_iter().collect()
        }
        Mutation::Replace(i, c) => {
            let mut v = chars;
            if !v.is_empty() {
                let i = at(i, v.len());
                v[i] = c;
            }
            v.into_iter().collect()
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn mutated_datasets_never_panic_and_errors_have_positions(
        mutations in proptest::collection::vec(mutation(), 1..4)
    ) {
        let mut text = SHIPPED.to_string();
        for m in &mutations {
            text = apply(&text, m);
        }
        let lines = text.split('\n').count();
        match check_text("mutated.ron", &text) {
            Err(e) => {
                let line = e.line.expect("a parse error has a line");
                prop_assert!(line >= 1 && line <= lines, "line {} of {}: {}", line, lines, e);
                prop_assert!(e.col.is_some(), "{}", e);
                caret_within_the_echoed_line(&text, &e)?;
            }
            Ok(checked) => {
                for p in checked.problems {
                    let line = p.line.expect("a validation problem has a line");
                    prop_assert!(line >= 1 && line <= lines, "line {} of {}: {}", line, lines, p.message);
                }
            }
        }
    }
}

/// The error as printed: when it shows its line, the gutter names the
/// error's line, the caret points within the echoed line (or just past its
/// end), and on a plain line (printable ASCII, no tabs, not cut) the caret
/// is under the very character at the error's column.
fn caret_within_the_echoed_line(text: &str, e: &LoadError) -> Result<(), TestCaseError> {
    let shown = e.to_string();
    let printed: Vec<&str> = shown.lines().collect();
    prop_assert!(
        !shown.chars().any(|c| c.is_control() && c != '\n'),
        "{:?}",
        shown
    );
    let Some(excerpt) = &e.excerpt else {
        prop_assert_eq!(printed.len(), 1, "{}", shown);
        return Ok(());
    };
    prop_assert_eq!(printed.len(), 3, "{}", shown);
    let line = e.line.unwrap_or(0);
    let gutter = format!("  {line} | ");
    let echoed = printed[1].strip_prefix(gutter.as_str());
    prop_assert_eq!(echoed, Some(excerpt.text.as_str()), "{}", shown);
    let blank = format!("  {} | ", " ".repeat(line.to_string().len()));
    let under = printed[2].strip_prefix(blank.as_str()).unwrap_or("");
    prop_assert!(
        under.ends_with('^') && under.trim_end_matches('^').trim() == "",
        "{}",
        shown
    );
    let caret = under.len() - 1;
    prop_assert!(
        caret <= excerpt.text.width(),
        "caret {} past {:?}",
        caret,
        excerpt.text
    );
    let original = text.split('\n').nth(line - 1).unwrap_or("");
    let plain = original
        .chars()
        .all(|c| c.is_ascii() && !c.is_ascii_control());
    if plain && original.len() <= excerpt::MAX_WIDTH {
        let col = e.col.unwrap_or(1);
        prop_assert_eq!(excerpt.text.as_str(), original);
        prop_assert_eq!(caret, (col - 1).min(original.len()), "{}", shown);
    }
    Ok(())
}

fn shipped() -> Dataset {
    check_text("shipped", SHIPPED).unwrap().dataset
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn evaluate_is_deterministic_and_never_suits_what_a_rule_advises_against(
        picks in proptest::collection::vec(any::<u64>(), 1..10)
    ) {
        let data = shipped();
        let answers = common::answers::random(&data, &picks);
        let advice = evaluate(&data, &answers);
        prop_assert_eq!(&advice, &evaluate(&data, &answers));
        let kept = visibility::effective(&data, &answers);
        let never = |_: &str| false;
        for rule in data.rules.iter().filter(|r| !r.when.uses_listed()) {
            if !visibility::holds(&rule.when, &kept, &never) {
                continue;
            }
            for e in &rule.then {
                if let Effect::Treatment { id, tier: Tier::NotAdvised, .. } = e {
                    prop_assert_eq!(advice.tier_of(id), Some(Tier::NotAdvised), "{}", id);
                }
                if let Effect::Treatment { id, tier, .. } = e {
                    let got = advice.tier_of(id).unwrap();
                    prop_assert!(tier_rank(got) >= tier_rank(*tier), "{} {:?} < {:?}", id, got, tier);
                }
            }
        }
    }

}

fn tier_rank(t: Tier) -> u8 {
    match t {
        Tier::Suited => 0,
        Tier::Consider => 1,
        Tier::NotAdvised => 2,
    }
}
