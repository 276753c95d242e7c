//! Flesch-Kincaid reading grade of patient-facing text.
//!
//! The clinical reviewer measures with Python's `textstat`
//! (`flesch_kincaid_grade`), so words and sentences are cut exactly as
//! textstat 0.7.13 cuts them, and syllables are counted by rules tuned to
//! agree with the CMU Pronouncing Dictionary that textstat looks words up
//! in. Measured with `scripts/textstat_compare.py` (figures there): every
//! text of the shipped dataset within 0.5 of textstat's grade, and 96 % of
//! paragraphs the counter was not tuned on.

pub mod spanish;
mod syllables;
mod texts;

pub use syllables::{is_jargon, syllables};
pub use texts::{patient_texts, PatientText};

use super::schema::Dataset;
use super::validate::Severity;

/// The limit for any one text, and for the mean over all texts.
pub const MAX_GRADE: f64 = 8.0;
pub const MAX_MEAN: f64 = 6.0;

/// What the grade is computed from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    pub words: usize,
    pub sentences: usize,
    pub syllables: usize,
}

/// Flesch-Kincaid grade:
/// 0.39 × words/sentences + 11.8 × syllables/words − 15.59.
/// Text without words has grade 0, as in textstat.
pub fn grade(text: &str) -> f64 {
    let c = counts(text);
    if c.words == 0 {
        return 0.0;
    }
    let words = c.words as f64;
    0.39 * words / c.sentences.max(1) as f64 + 11.8 * c.syllables as f64 / words - 15.59
}

/// Words, sentences and syllables as textstat counts them:
/// - a word is a whitespace-separated token once punctuation is removed,
///   so "1,726" and "e.g." are one word each and a lone "–" is none;
/// - a sentence starts at a letter or digit and runs to the next `.`, `!`
///   or `?` (a colon or semicolon does not end one; "e.g." ends two), and
///   sentences of two words or fewer are not counted, but at least one is;
/// - a token without letters (a number) has one syllable.
pub fn counts(text: &str) -> Counts {
    let mut c = Counts::default();
    for token in text.split_whitespace() {
        let word = clean(token);
        if !word.is_empty() {
            c.words += 1;
            c.syllables += syllables(&word);
        }
    }
    c.sentences = sentences(text)
        .filter(|s| {
            s.split_whitespace()
                .filter(|t| !clean(t).is_empty())
                .count()
                > 2
        })
        .count()
        .max(1);
    c
}

/// Python's `\w`: letters, digits and the underscore, in any script.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// A token with punctuation removed and lower-cased. An apostrophe stays
/// only before a contraction's ending (`don't`, `it's`, `we're`), as in
/// textstat; every other mark, hyphens included, goes.
fn clean(token: &str) -> String {
    let mut out = String::with_capacity(token.len());
    let mut rest = token.chars();
    while let Some(ch) = rest.next() {
        if is_word_char(ch) {
            out.extend(ch.to_lowercase());
        } else if ch == '\'' {
            let after = rest.as_str();
            let contraction = after.starts_with(['t', 's', 'd'])
                || after.starts_with("ve")
                || after.starts_with("ll")
                || after.starts_with("re");
            if contraction {
                out.push('\'');
            }
        }
    }
    out
}

/// Sentences as textstat's `\b[^.!?]+[.!?]*` finds them: each starts at
/// a word character and takes everything up to and including the next
/// run of `.`, `!` and `?`.
fn sentences(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        let start = rest.find(is_word_char)?;
        let from = rest.get(start..)?;
        let body = from.find(['.', '!', '?']).unwrap_or(from.len());
        let stops = from
            .get(body..)?
            .find(|c| !matches!(c, '.' | '!' | '?'))
            .map_or(from.len(), |n| body + n);
        let (sentence, after) = from.split_at_checked(stops)?;
        rest = after;
        Some(sentence)
    })
}

/// A grade as it is shown: one decimal. Limits are tested on this value,
/// so a message never says "8.0 is above 8".
pub fn rounded(grade: f64) -> f64 {
    (grade * 10.0).round() / 10.0
}

/// Each text's grade, in file order.
pub fn grades(data: &Dataset) -> Vec<(PatientText, f64)> {
    patient_texts(data)
        .into_iter()
        .map(|t| {
            let g = grade(&t.text);
            (t, g)
        })
        .collect()
}

/// The mean and highest grade over the dataset's texts, for summaries.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Summary {
    pub texts: usize,
    pub mean: f64,
    pub highest: f64,
}

pub fn summary(grades: &[(PatientText, f64)]) -> Option<Summary> {
    if grades.is_empty() {
        return None;
    }
    let sum: f64 = grades.iter().map(|(_, g)| g).sum();
    let highest = grades.iter().map(|(_, g)| *g).fold(f64::MIN, f64::max);
    Some(Summary {
        texts: grades.len(),
        mean: sum / grades.len() as f64,
        highest,
    })
}

/// Validation warnings (severity, path, message): each text above
/// [`MAX_GRADE`], then the mean if above [`MAX_MEAN`]. The mean has no
/// path, so it is reported without a line.
pub fn warnings(data: &Dataset) -> Vec<(Severity, String, String)> {
    let grades = grades(data);
    let mut out: Vec<(Severity, String, String)> = grades
        .iter()
        .filter(|(_, g)| rounded(*g) > MAX_GRADE)
        .map(|(t, g)| {
            (
                Severity::Warning,
                t.path.clone(),
                format!(
                    "{} has reading grade {:.1}, above {MAX_GRADE}; use shorter sentences and words",
                    t.what,
                    rounded(*g)
                ),
            )
        })
        .collect();
    if let Some(s) = summary(&grades) {
        if rounded(s.mean) > MAX_MEAN {
            out.push((
                Severity::Warning,
                String::new(),
                format!(
                    "mean reading grade {:.1} is above {MAX_MEAN}",
                    rounded(s.mean)
                ),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests;
