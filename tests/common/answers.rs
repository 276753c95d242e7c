//! Random answer sets for property tests.

use scarguide::dataset::{Dataset, Kind};
use scarguide::interview::{Answers, Flow};

/// For each question, a random subset drawn from `picks`: one-choice gets
/// at most one option; several gets any subset, or "none of these" alone.
pub fn random(data: &Dataset, picks: &[u64]) -> Answers {
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

/// The lines a person would type to give these answers in plain mode: the
/// option numbers of each question shown, an empty line for none. Stops
/// after an unanswered required question, where plain mode would too.
pub fn plain_lines(data: &Dataset, answers: &Answers) -> String {
    let mut lines = String::new();
    let mut walk = Flow::new(data);
    while let Some(q) = walk.question() {
        let chosen = answers.get(&q.id);
        let numbers: Vec<String> = q
            .options
            .iter()
            .enumerate()
            .filter(|(_, o)| chosen.contains(&o.id))
            .map(|(i, _)| (i + 1).to_string())
            .collect();
        let ids: Vec<&str> = chosen.iter().map(String::as_str).collect();
        walk.answer(&ids);
        lines.push_str(&numbers.join(" "));
        lines.push('\n');
        if walk.go_on().is_err() {
            break;
        }
    }
    lines.push('\n');
    lines
}
