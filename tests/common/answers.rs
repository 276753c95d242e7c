//! Random answer sets for property tests.

use scarguide::dataset::{Dataset, Kind};
use scarguide::interview::Answers;

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
