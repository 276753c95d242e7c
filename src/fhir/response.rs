//! One consultation as a FHIR R4 QuestionnaireResponse: the answers as
//! codings of the Questionnaire's options, the results as its narrative.
//! No identifying data: the interview asks for none.

use serde_json::{json, Map, Value};

use crate::advice::Advice;
use crate::dataset::Dataset;
use crate::interview::visibility;

/// The response as JSON text. `authored` is RFC 3339 (passed in to keep
/// this pure); `code` is a kiosk reference code, kept as an identifier so
/// the desk can match the file to the person holding the code. The kiosk
/// export can write this beside its Markdown and JSON.
pub fn response_json(
    data: &Dataset,
    advice: &Advice,
    authored: &str,
    code: Option<&str>,
) -> String {
    super::pretty(&build(data, advice, authored, code))
}

/// The response as a JSON value.
pub fn build(data: &Dataset, advice: &Advice, authored: &str, code: Option<&str>) -> Value {
    let mut r = Map::new();
    r.insert("resourceType".into(), json!("QuestionnaireResponse"));
    r.insert(
        "text".into(),
        json!({ "status": "generated", "div": super::narrative::div(data, advice) }),
    );
    if let Some(code) = code {
        r.insert(
            "identifier".into(),
            json!({ "system": format!("{}/kiosk-code", super::BASE), "value": code }),
        );
    }
    r.insert("questionnaire".into(), json!(super::canonical(data)));
    // Honest status: a report may leave required questions unanswered.
    let complete = visibility::unanswered(data, &advice.answers)
        .iter()
        .all(|q| q.optional);
    let status = if complete { "completed" } else { "in-progress" };
    r.insert("status".into(), json!(status));
    r.insert("authored".into(), json!(authored));
    let items: Vec<Value> = advice
        .answers
        .in_order(data)
        .map(|(q, chosen)| {
            let answers: Vec<Value> = chosen
                .iter()
                .filter_map(|o| q.option(o))
                .map(|o| json!({ "valueCoding": super::coding(q, o) }))
                .collect();
            json!({ "linkId": q.id, "text": q.prompt, "answer": answers })
        })
        .collect();
    if !items.is_empty() {
        r.insert("item".into(), Value::Array(items));
    }
    Value::Object(r)
}

/// Now, to the second, in RFC 3339 with the local offset.
pub fn now() -> String {
    let now = jiff::Zoned::now();
    let ts = jiff::Timestamp::from_second(now.timestamp().as_second()).unwrap_or(now.timestamp());
    ts.display_with_offset(now.offset()).to_string()
}
