//! Properties of the core over inputs nobody thought of (issue 7):
//! mutated dataset text never panics and every error has a position in the
//! file; random answers give deterministic advice where no treatment is
//! suited while a matching rule says not advised; plain mode and the
//! answers-file path agree.

use std::io::Cursor;

use proptest::prelude::*;

use scarguide::advice::evaluate;
use scarguide::dataset::{self, check_text, Dataset, Effect, Kind, Tier};
use scarguide::interview::{file, visibility, Answers, Flow, Step};
use scarguide::plain;

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

fn shipped() -> Dataset {
    check_text("shipped", SHIPPED).unwrap().dataset
}

/// Random answers: for each question, a random subset (one-choice: at most
/// one option; several: any subset, respecting "none of these").
fn answers_for(data: &Dataset, picks: &[u64]) -> Answers {
    let mut answers = Answers::new();
    for (q, bits) in data.questions.iter().zip(picks.iter().cycle()) {
        let n = q.options.len();
        let chosen: Vec<&str> = match q.kind {
            Kind::One => {
                let k = (*bits as usize) % (n + 1);
                q.options
                    .get(k)
                    .map(|o| vec![o.id.as_str()])
                    .unwrap_or_default()
            }
            Kind::Several => {
                let set: Vec<&str> = q
                    .options
                    .iter()
                    .enumerate()
                    .filter(|(i, o)| bits >> i & 1 == 1 && !o.exclusive)
                    .map(|(_, o)| o.id.as_str())
                    .collect();
                if set.is_empty() && bits >> 40 & 1 == 1 {
                    q.options
                        .iter()
                        .filter(|o| o.exclusive)
                        .map(|o| o.id.as_str())
                        .collect()
                } else {
                    set
                }
            }
        };
        answers.set(q, &chosen);
    }
    answers
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn evaluate_is_deterministic_and_never_suits_what_a_rule_advises_against(
        picks in proptest::collection::vec(any::<u64>(), 1..10)
    ) {
        let data = shipped();
        let answers = answers_for(&data, &picks);
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

    #[test]
    fn plain_mode_and_the_answers_file_agree(
        picks in proptest::collection::vec(any::<u64>(), 1..10)
    ) {
        let data = shipped();
        let answers = visibility::effective(&data, &answers_for(&data, &picks));
        // The same answers as an answers file, through the file reader.
        let mut ron = String::from("{\n");
        for (q, chosen) in answers.in_order(&data) {
            let list: Vec<String> = chosen.iter().map(|o| format!("{o:?}")).collect();
            ron.push_str(&format!("  {:?}: [{}],\n", q.id, list.join(", ")));
        }
        ron.push('}');
        let from_file = file::parse("answers.ron", &ron, &data).unwrap();
        prop_assert!(!from_file.has_errors(), "{:?}", from_file.problems);
        // The same answers typed into plain mode.
        let mut flow = Flow::new(&data);
        let mut lines = String::new();
        let mut walk = Flow::new(&data);
        while let Step::Question(_) = walk.step() {
            let q = walk.question().unwrap();
            let chosen = answers.get(&q.id);
            let numbers: Vec<String> = q.options.iter().enumerate()
                .filter(|(_, o)| chosen.contains(&o.id))
                .map(|(i, _)| (i + 1).to_string())
                .collect();
            let ids: Vec<&str> = chosen.iter().map(String::as_str).collect();
            walk.answer(&ids);
            lines.push_str(&numbers.join(" "));
            lines.push('\n');
            if walk.go_on().is_err() {
                break; // an unanswered required question: plain mode stops here too
            }
        }
        lines.push('\n');
        let opts = plain::Options { bold: false, width: 80, echo: false };
        let end = plain::interview(&mut flow, &mut Cursor::new(lines), &mut Vec::new(), &opts).unwrap();
        if walk.step() == Step::Review {
            prop_assert_eq!(end, plain::End::Finished);
            prop_assert_eq!(evaluate(&data, flow.answers()), evaluate(&data, &from_file.answers));
        } else {
            prop_assert_eq!(end, plain::End::EndOfInput);
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
