//! Renderings of Advice for people and programs: text for a terminal,
//! Markdown as a printable handout, JSON as the contract in design.md.

pub mod decision;
pub mod explain;
mod handout;
pub mod json;
mod json_decision;
pub mod markdown;
pub mod save;
pub mod stamp;
pub mod text;

use crate::dataset::Dataset;
use crate::interview::Answers;

/// Each answer in words: the question's short title and the chosen labels.
pub fn answers_in_words<'d>(
    data: &'d Dataset,
    answers: &'d Answers,
) -> Vec<(&'d str, Vec<&'d str>)> {
    answers
        .in_order(data)
        .map(|(q, chosen)| {
            let labels = chosen
                .iter()
                .filter_map(|o| q.option(o).map(|c| c.label.as_str()))
                .collect();
            (q.title.as_str(), labels)
        })
        .collect()
}
