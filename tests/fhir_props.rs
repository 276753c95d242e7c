//! FHIR output over random answer sets: every response names only
//! linkIds and codes the Questionnaire has, reads back as the answers it
//! came from, and the Questionnaire's enableWhen shows exactly the
//! questions show_if shows.

#[path = "common/answers.rs"]
#[allow(dead_code)] // plain_lines is for other tests
mod answers;

use std::collections::HashSet;

use proptest::prelude::*;
use scarguide::advice::evaluate;
use scarguide::dataset::{self, Condition, Dataset};
use scarguide::fhir;
use scarguide::fhir::enable_when::{self, Behavior};
use scarguide::interview::{visibility, Answers};
use serde_json::Value;

fn shipped() -> Dataset {
    dataset::embedded().unwrap().dataset
}

/// (linkId, system, code) of every answer option in the Questionnaire.
fn options(q: &Value) -> HashSet<(String, String, String)> {
    let mut out = HashSet::new();
    for item in q["item"].as_array().unwrap() {
        let link = item["linkId"].as_str().unwrap();
        for o in item["answerOption"].as_array().unwrap() {
            let c = &o["valueCoding"];
            out.insert((
                link.to_string(),
                c["system"].as_str().unwrap().to_string(),
                c["code"].as_str().unwrap().to_string(),
            ));
        }
    }
    out
}

/// FHIR R4's enableWhen, evaluated on a response's answers as a record
/// system would: `=` holds if some answer has the code, `exists` compares
/// answeredness; several entries combine by enableBehavior.
fn enabled(item: &Value, given: &Answers) -> bool {
    match item["enableWhen"].as_array() {
        None => true,
        Some(entries) => evaluate_when(entries, item["enableBehavior"].as_str(), given),
    }
}

fn evaluate_when(entries: &[Value], behavior: Option<&str>, given: &Answers) -> bool {
    let results: Vec<bool> = entries
        .iter()
        .map(|e| {
            let q = e["question"].as_str().unwrap();
            match e["operator"].as_str().unwrap() {
                "=" => given.is_chosen(q, e["answerCoding"]["code"].as_str().unwrap()),
                "exists" => given.is_answered(q) == e["answerBoolean"].as_bool().unwrap(),
                other => panic!("operator {other} not expected"),
            }
        })
        .collect();
    match behavior {
        Some("any") => results.iter().any(|&r| r),
        Some("all") => results.iter().all(|&r| r),
        None => {
            assert!(
                results.len() <= 1,
                "enableBehavior is needed with several entries"
            );
            results.iter().all(|&r| r)
        }
        Some(other) => panic!("enableBehavior {other}"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn responses_use_only_the_questionnaires_link_ids_and_codes_and_read_back(
        picks in proptest::collection::vec(any::<u64>(), 1..12)
    ) {
        let data = shipped();
        let questionnaire = fhir::questionnaire::build(&data, &fhir::Translations::none()).unwrap();
        let known = options(&questionnaire);
        let answers = answers::random(&data, &picks);
        let advice = evaluate(&data, &answers);
        let response = fhir::response::build(&data, &advice, "2026-11-30T10:00:00+01:00", None);
        prop_assert_eq!(
            response["questionnaire"].as_str().unwrap(),
            format!("{}|{}", questionnaire["url"].as_str().unwrap(), questionnaire["version"].as_str().unwrap())
        );
        let mut count = 0;
        for item in response["item"].as_array().map_or(&[][..], Vec::as_slice) {
            let link = item["linkId"].as_str().unwrap();
            for a in item["answer"].as_array().unwrap() {
                let c = &a["valueCoding"];
                let key = (
                    link.to_string(),
                    c["system"].as_str().unwrap().to_string(),
                    c["code"].as_str().unwrap().to_string(),
                );
                prop_assert!(known.contains(&key), "{:?} is not in the Questionnaire", key);
                count += 1;
            }
        }
        let effective = visibility::effective(&data, &answers);
        let total: usize = effective.in_order(&data).map(|(_, o)| o.len()).sum();
        prop_assert_eq!(count, total, "every answer that counts is in the response");

        let text = serde_json::to_string_pretty(&response).unwrap();
        let back = fhir::read::parse("response.json", &text, &data).unwrap();
        prop_assert!(back.problems.is_empty(), "{:?}", back.problems);
        prop_assert_eq!(&back.answers, &effective);
        prop_assert_eq!(evaluate(&data, &back.answers), advice);
    }

    #[test]
    fn enable_when_shows_exactly_what_show_if_shows(
        picks in proptest::collection::vec(any::<u64>(), 1..12)
    ) {
        let data = shipped();
        let questionnaire = fhir::questionnaire::build(&data, &fhir::Translations::none()).unwrap();
        let items = questionnaire["item"].as_array().unwrap();
        let effective = visibility::effective(&data, &answers::random(&data, &picks));
        for (q, item) in data.questions.iter().zip(items) {
            prop_assert_eq!(item["linkId"].as_str().unwrap(), q.id.as_str());
            prop_assert_eq!(
                enabled(item, &effective),
                visibility::is_shown(q, &effective),
                "question `{}`", q.id
            );
        }
    }
}

/// Conditions on the shipped questions, of every shape show_if allows.
fn condition() -> impl Strategy<Value = Condition> {
    let data = shipped();
    let atoms: Vec<Condition> = data
        .questions
        .iter()
        .flat_map(|q| {
            let mut v = vec![
                Condition::Answered(q.id.clone()),
                Condition::Not(Box::new(Condition::Answered(q.id.clone()))),
            ];
            for o in &q.options {
                v.push(Condition::Chosen(q.id.clone(), o.id.clone()));
            }
            let two: Vec<String> = q.options.iter().take(2).map(|o| o.id.clone()).collect();
            v.push(Condition::AnyOf(q.id.clone(), two));
            v
        })
        .collect();
    let leaf = prop_oneof![Just(Condition::Always), proptest::sample::select(atoms)];
    leaf.prop_recursive(3, 12, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Condition::All),
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Condition::Any),
            inner.prop_map(|c| Condition::Not(Box::new(c))),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Whatever translates means the same in FHIR as in show_if, for any
    /// answers; the rest is refused with a reason, never mistranslated.
    #[test]
    fn every_translated_condition_means_the_same_in_fhir(
        cond in condition(),
        picks in proptest::collection::vec(any::<u64>(), 1..12),
    ) {
        let data = shipped();
        let Ok(when) = enable_when::translate(&data, &cond) else {
            return Ok(());
        };
        let given = answers::random(&data, &picks);
        let behavior = (when.entries.len() > 1).then_some(match when.behavior {
            Behavior::All => "all",
            Behavior::Any => "any",
        });
        let fhir = when.entries.is_empty() || evaluate_when(&when.entries, behavior, &given);
        prop_assert_eq!(
            fhir,
            visibility::holds(&cond, &given, &|_| false),
            "{:?} became {:?}", cond, when
        );
    }
}

#[test]
fn shapes_enable_when_cannot_hold_are_refused_with_a_reason() {
    let data = shipped();
    let chosen = |q: &str, o: &str| Condition::Chosen(q.into(), o.into());
    let refused = [
        (
            Condition::Not(Box::new(chosen("active_acne", "none"))),
            "`not`",
        ),
        (
            Condition::All(vec![
                chosen("severity", "grade_3"),
                Condition::Any(vec![
                    chosen("skin_type", "type_5"),
                    chosen("skin_type", "type_6"),
                ]),
            ]),
            "mixes `all` and `any`",
        ),
        (Condition::Any(vec![]), "never"),
        (Condition::Listed(vec!["subcision".into()]), "`listed`"),
    ];
    for (cond, why) in refused {
        let err = enable_when::translate(&data, &cond).unwrap_err();
        assert!(err.contains(why), "{cond:?}: {err}");
    }
}
