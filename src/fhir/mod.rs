//! HL7 FHIR R4: the interview as a `Questionnaire` generated from the
//! dataset (so it cannot drift), each consultation as a
//! `QuestionnaireResponse`, and reading such a response back as answers.
//! Reads the dataset and the advice; nothing upstream reads this module.

pub mod bundle;
pub mod enable_when;
mod narrative;
pub mod questionnaire;
pub mod read;
pub mod response;
pub mod translations;

use serde_json::{json, Value};

use crate::dataset::{Choice, Dataset, Question};

pub use questionnaire::{inexpressible, questionnaire_json};
pub use response::response_json;
pub use translations::Translations;

/// Where the project's canonical URLs live. `.example` is reserved, so the
/// URLs name the form without pretending to resolve.
pub const BASE: &str = "https://scarguide.example/fhir";

/// The Questionnaire's canonical URL (without version).
pub fn questionnaire_url() -> String {
    format!("{BASE}/Questionnaire/consultation")
}

/// `url|version`: what a response's `questionnaire` must say.
pub fn canonical(data: &Dataset) -> String {
    format!("{}|{}", questionnaire_url(), data.meta.version)
}

/// One code system per question, so option ids that recur across
/// questions (`none`) keep one meaning and one display each.
pub fn code_system(question: &Question) -> String {
    format!("{BASE}/CodeSystem/{}", question.id)
}

/// The Coding for one option: its id as the code, its label as display.
pub fn coding(question: &Question, choice: &Choice) -> Value {
    json!({
        "system": code_system(question),
        "code": choice.id,
        "display": choice.label,
    })
}

/// Serialising a `Value` cannot fail; a trailing newline suits files and pipes.
fn pretty(value: &Value) -> String {
    let mut out = serde_json::to_string_pretty(value).unwrap_or_default();
    out.push('\n');
    out
}
