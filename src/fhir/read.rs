//! Reading a QuestionnaireResponse back as answers (`report --answers
//! FILE.json`). It is turned into the same map an answers file holds and
//! checked by the same code, so both give the same advice and messages;
//! what only a response can get wrong (resource type, questionnaire
//! version, code system, value type) is refused here, naming it.

use serde_json::Value;

use crate::dataset::load::{sanitize, LoadError};
use crate::dataset::Dataset;
use crate::interview::file::{check_raw, Loaded, RawAnswers};

/// Whether answers-file text is FHIR JSON rather than RON: a RON answers
/// map never names a `resourceType`.
pub fn looks_like_fhir(text: &str) -> bool {
    text.contains("\"resourceType\"")
}

/// Parses a QuestionnaireResponse and checks its answers like an answers file's.
pub fn parse(name: &str, text: &str, data: &Dataset) -> Result<Loaded, LoadError> {
    // serde_json refuses nesting deeper than 128 with an error, not a crash.
    let value: Value = serde_json::from_str(text).map_err(|e| {
        // The position goes in front, as for RON; not twice.
        let full = e.to_string();
        let at = format!(" at line {} column {}", e.line(), e.column());
        let message = full.strip_suffix(&at).unwrap_or(&full);
        LoadError {
            line: Some(e.line()),
            col: Some(e.column()),
            ..LoadError::new(name, format!("not valid JSON: {message}"))
        }
    })?;
    let raw = raw_answers(&value, data).map_err(|m| LoadError::new(name, m))?;
    Ok(check_raw(&raw, data, &|path| line_of(text, path)))
}

fn raw_answers(value: &Value, data: &Dataset) -> Result<RawAnswers, String> {
    let Some(obj) = value.as_object() else {
        return Err("expected a FHIR QuestionnaireResponse (a JSON object)".into());
    };
    match obj.get("resourceType").and_then(Value::as_str) {
        Some("QuestionnaireResponse") => {}
        Some(other) => {
            return Err(format!(
                "resourceType is `{}`; expected `QuestionnaireResponse`",
                sanitize(other)
            ))
        }
        None => return Err("resourceType is missing or not a string".into()),
    }
    let want = super::canonical(data);
    match obj.get("questionnaire").and_then(Value::as_str) {
        Some(q) if q == want => {}
        Some(q) => {
            return Err(format!(
                "this response answers questionnaire `{}`, but this dataset is `{want}` (another questionnaire or version)",
                sanitize(q)
            ))
        }
        None => return Err(format!("`questionnaire` is missing; expected `{want}`")),
    }
    if obj.get("status").and_then(Value::as_str) == Some("entered-in-error") {
        return Err("the response's status is `entered-in-error`".into());
    }
    let items = match obj.get("item") {
        None => return Ok(RawAnswers::default()),
        Some(Value::Array(items)) => items,
        Some(_) => return Err("`item` must be a list".into()),
    };
    items
        .iter()
        .enumerate()
        .map(|(i, item)| answer(data, i, item))
        .collect::<Result<Vec<_>, _>>()
        .map(RawAnswers)
}

/// One item: its linkId and the codes of its answers.
fn answer(data: &Dataset, i: usize, item: &Value) -> Result<(String, Vec<String>), String> {
    let Some(link) = item.get("linkId").and_then(Value::as_str) else {
        return Err(format!("item {} has no linkId", i + 1));
    };
    let shown = sanitize(link);
    if item.get("item").is_some() {
        return Err(format!(
            "item `{shown}` has nested items; this questionnaire has none"
        ));
    }
    let answers = match item.get("answer") {
        None => return Ok((link.to_string(), Vec::new())),
        Some(Value::Array(a)) => a,
        Some(_) => return Err(format!("the answer of `{shown}` must be a list")),
    };
    // An unknown linkId keeps the answers file's message ("unknown question").
    let system = data.question(link).map(super::code_system);
    let mut codes = Vec::new();
    for a in answers {
        let Some(coding) = a.get("valueCoding") else {
            return Err(format!(
                "an answer to `{shown}` is not a valueCoding (this questionnaire's answers are codes)"
            ));
        };
        let Some(code) = coding.get("code").and_then(Value::as_str) else {
            return Err(format!("an answer to `{shown}` has no code"));
        };
        let from = coding.get("system").and_then(Value::as_str);
        if let (Some(want), Some(got)) = (&system, from) {
            if got != want {
                return Err(format!(
                    "code `{}` of `{shown}` is from system `{}`; expected `{want}`",
                    sanitize(code),
                    sanitize(got)
                ));
            }
        }
        codes.push(code.to_string());
    }
    Ok((link.to_string(), codes))
}

/// The line of a linkId (`severity`) in the text, for the answers file's
/// messages; options (`severity.0`) point at their question's line.
fn line_of(text: &str, path: &str) -> Option<usize> {
    let question = path.split('.').next().unwrap_or(path);
    let needle = format!("\"{question}\"");
    text.lines()
        .position(|l| l.contains("\"linkId\"") && l.contains(&needle))
        .map(|i| i + 1)
}
