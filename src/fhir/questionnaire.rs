//! The interview as a FHIR R4 Questionnaire, generated from the dataset.

use serde_json::{json, Map, Value};

use crate::dataset::{Dataset, Kind, Question};

use super::enable_when::{self, EnableWhen};
use super::translations::{label_key, one_line, question_key, Translations};

/// LOINC codes for questions whose meaning LOINC names, by question id.
/// Only given when the question has the options the code implies.
const LOINC: &[(&str, &str, &str, usize)] = &[(
    "skin_type",
    "66555-4",
    "Skin type [Fitzpatrick Classification Scale]",
    6,
)];

/// Marks a display item as help text behind a button (a core R4 extension).
const ITEM_CONTROL: &str = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";
const ITEM_CONTROL_SYSTEM: &str = "http://hl7.org/fhir/questionnaire-item-control";
/// "None of these": cannot be chosen with other options (a core R4 extension).
const OPTION_EXCLUSIVE: &str =
    "http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive";

/// Questions whose show_if enableWhen cannot express, with why: `check`
/// warns about them and the FHIR outputs refuse the dataset.
pub fn inexpressible(data: &Dataset) -> Vec<String> {
    data.questions
        .iter()
        .filter_map(|q| {
            let cond = q.show_if.as_ref()?;
            enable_when::translate(data, cond).err().map(|why| {
                format!(
                    "show_if of question `{}` cannot be written as FHIR enableWhen: {why}",
                    q.id
                )
            })
        })
        .collect()
}

/// The Questionnaire as JSON text, or every reason it cannot be made.
pub fn questionnaire_json(data: &Dataset, tr: &Translations) -> Result<String, Vec<String>> {
    build(data, tr).map(|v| super::pretty(&v))
}

/// The Questionnaire as a JSON value, in English (`language` "en") with
/// each text's current translations beside it as extensions.
pub fn build(data: &Dataset, tr: &Translations) -> Result<Value, Vec<String>> {
    let refused = inexpressible(data);
    if !refused.is_empty() {
        return Err(refused);
    }
    let meta = &data.meta;
    let items: Vec<Value> = data.questions.iter().map(|q| item(data, q, tr)).collect();
    let mut q = json!({
        "resourceType": "Questionnaire",
        "language": "en",
        "url": super::questionnaire_url(),
        "version": meta.version,
        "name": "ScarguideConsultation",
        "title": meta.title,
        "status": "active",
        "experimental": false,
        "subjectType": ["Patient"],
        "date": meta.reviewed,
        "description": one_line(&meta.disclaimer),
        "item": items,
    });
    if let Value::Object(fields) = &mut q {
        tr.annotate(fields, "title", "meta.title");
        tr.annotate_shaped(fields, "description", "meta.disclaimer", one_line);
    }
    Ok(q)
}

fn item(data: &Dataset, q: &Question, tr: &Translations) -> Value {
    let mut item = Map::new();
    item.insert("linkId".into(), json!(q.id));
    if let Some((_, code, display, _)) = LOINC
        .iter()
        .find(|(id, _, _, n)| *id == q.id && q.options.len() == *n)
    {
        item.insert(
            "code".into(),
            json!([{ "system": "http://loinc.org", "code": code, "display": display }]),
        );
    }
    item.insert("text".into(), json!(q.prompt));
    tr.annotate(&mut item, "text", &question_key(&q.id, "prompt"));
    item.insert("type".into(), json!("choice"));
    // inexpressible() ran first, so translation succeeds here.
    if let Some(Ok(EnableWhen { entries, behavior })) =
        q.show_if.as_ref().map(|c| enable_when::translate(data, c))
    {
        if !entries.is_empty() {
            let entries: Vec<Value> = entries.into_iter().map(|e| answer_display(e, tr)).collect();
            // enableBehavior is required (que-12) only with several entries.
            let several = entries.len() > 1;
            item.insert("enableWhen".into(), Value::Array(entries));
            if several {
                item.insert("enableBehavior".into(), json!(behavior.as_str()));
            }
        }
    }
    item.insert("required".into(), json!(!q.optional));
    item.insert("repeats".into(), json!(q.kind == Kind::Several));
    let options: Vec<Value> = q
        .options
        .iter()
        .map(|o| {
            let mut opt = Map::new();
            if o.exclusive {
                let ext = json!([{ "url": OPTION_EXCLUSIVE, "valueBoolean": true }]);
                opt.insert("extension".into(), ext);
            }
            let mut coding = super::coding(q, o);
            if let Value::Object(c) = &mut coding {
                tr.annotate(c, "display", &label_key(&q.id, &o.id));
            }
            opt.insert("valueCoding".into(), coding);
            Value::Object(opt)
        })
        .collect();
    item.insert("answerOption".into(), Value::Array(options));
    if !q.help.trim().is_empty() {
        item.insert("item".into(), json!([help(q, tr)]));
    }
    Value::Object(item)
}

/// An enableWhen entry's answerCoding with its display's translations.
fn answer_display(mut entry: Value, tr: &Translations) -> Value {
    let question = entry["question"].as_str().map(str::to_string);
    if let (Some(question), Some(Value::Object(c))) = (question, entry.get_mut("answerCoding")) {
        if let Some(code) = c.get("code").and_then(Value::as_str).map(str::to_string) {
            tr.annotate(c, "display", &label_key(&question, &code));
        }
    }
    entry
}

/// The help text as a display child item, shown behind a help button.
fn help(q: &Question, tr: &Translations) -> Value {
    let mut help = json!({
        "extension": [{
            "url": ITEM_CONTROL,
            "valueCodeableConcept": {
                "coding": [{ "system": ITEM_CONTROL_SYSTEM, "code": "help", "display": "Help-Button" }]
            }
        }],
        "linkId": format!("{}.help", q.id),
        "text": one_line(&q.help),
        "type": "display",
    });
    if let Value::Object(fields) = &mut help {
        tr.annotate_shaped(fields, "text", &question_key(&q.id, "help"), one_line);
    }
    help
}
