//! `show_if` as FHIR `enableWhen` + `enableBehavior`. enableWhen is a flat
//! list joined by one `all` or `any`, so only conditions of that shape
//! translate; anything else is refused with a reason (README: "FHIR").
//! `not` on a chosen option is refused too: FHIR's `!=` is false for an
//! unanswered question, where show_if's `not(chosen(…))` is true.

use serde_json::{json, Value};

use crate::dataset::{Condition, Dataset};

/// How the listed enableWhen entries combine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Behavior {
    All,
    Any,
}

impl Behavior {
    pub fn as_str(self) -> &'static str {
        match self {
            Behavior::All => "all",
            Behavior::Any => "any",
        }
    }
}

/// The enableWhen entries and how they combine. No entries: always shown.
#[derive(Debug, Clone, PartialEq)]
pub struct EnableWhen {
    pub entries: Vec<Value>,
    pub behavior: Behavior,
}

/// Translates a show_if, or says why it cannot be.
pub fn translate(data: &Dataset, cond: &Condition) -> Result<EnableWhen, String> {
    let (behavior, parts): (Behavior, Vec<&Condition>) = match cond {
        Condition::Always => (Behavior::All, Vec::new()),
        Condition::All(cs) => (Behavior::All, cs.iter().collect()),
        Condition::Any(cs) if cs.is_empty() => {
            // An empty any() never holds; FHIR without enableWhen always does.
            return Err("`any([])` never holds, and enableWhen cannot say never".into());
        }
        Condition::Any(cs) => (Behavior::Any, cs.iter().collect()),
        other => (Behavior::Any, vec![other]),
    };
    let mut entries = Vec::new();
    for part in parts {
        flatten(data, part, behavior, &mut entries)?;
    }
    Ok(EnableWhen { entries, behavior })
}

/// Adds the entries for one part of a list joined by `behavior`.
fn flatten(
    data: &Dataset,
    cond: &Condition,
    behavior: Behavior,
    out: &mut Vec<Value>,
) -> Result<(), String> {
    match cond {
        Condition::Always if behavior == Behavior::All => Ok(()),
        Condition::Chosen(q, o) => {
            out.push(equals(data, q, o)?);
            Ok(())
        }
        Condition::AnyOf(q, os) if behavior == Behavior::Any || os.len() == 1 => {
            for o in os {
                out.push(equals(data, q, o)?);
            }
            Ok(())
        }
        Condition::Answered(q) => {
            out.push(exists(data, q, true)?);
            Ok(())
        }
        Condition::Not(inner) => match inner.as_ref() {
            Condition::Answered(q) => {
                out.push(exists(data, q, false)?);
                Ok(())
            }
            _ => Err("it uses `not` on something other than `answered`, which FHIR's `!=` does not mean for an unanswered question".into()),
        },
        Condition::All(cs) if behavior == Behavior::All => {
            cs.iter().try_for_each(|c| flatten(data, c, behavior, out))
        }
        Condition::Any(cs) if behavior == Behavior::Any && !cs.is_empty() => {
            cs.iter().try_for_each(|c| flatten(data, c, behavior, out))
        }
        Condition::Listed(_) => Err("it uses `listed`, which is about advice, not answers".into()),
        _ => Err(format!(
            "it mixes `all` and `any`, and enableWhen joins its conditions with one of them only (enableBehavior `{}`)",
            behavior.as_str()
        )),
    }
}

fn equals(data: &Dataset, q: &str, o: &str) -> Result<Value, String> {
    let question = data
        .question(q)
        .ok_or_else(|| format!("it names unknown question `{q}`"))?;
    let choice = question
        .option(o)
        .ok_or_else(|| format!("it names unknown option `{o}` of `{q}`"))?;
    Ok(json!({
        "question": q,
        "operator": "=",
        "answerCoding": super::coding(question, choice),
    }))
}

fn exists(data: &Dataset, q: &str, answered: bool) -> Result<Value, String> {
    if data.question(q).is_none() {
        return Err(format!("it names unknown question `{q}`"));
    }
    Ok(json!({ "question": q, "operator": "exists", "answerBoolean": answered }))
}
