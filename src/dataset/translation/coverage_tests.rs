//! Every text field of the dataset is translated or listed as not: a new
//! field cannot be forgotten silently.

use super::each_text;
use crate::dataset::embedded;

/// Fields that are never translated, as paths with `*` for one step and
/// `**` for everything below.
const NOT_TRANSLATED: &[&str] = &[
    "meta.version",
    "meta.reviewed",
    "meta.reviewers.*",
    "meta.review_by",
    "meta.authors.*",
    "meta.published",
    "questions.*.id",
    "questions.*.kind",
    "questions.*.options.*.id",
    "questions.*.show_if.**",
    "treatments.*.id",
    "treatments.*.references.*",
    "treatments.*.compare.**.refs.*",
    "treatments.*.compare.**.band",
    "treatments.*.compare.**.sure",
    "caveats.*.id",
    "caveats.*.references.*",
    "notes.*.id",
    "notes.*.references.*",
    "rules.*.when.**",
    "rules.*.then.*.*.id",
    "rules.*.then.*.*.tier",
    "rules.*.then.*.*.level",
    "conflicts.*.id",
    "conflicts.*.when.**",
    "conflicts.*.questions.*",
    "guards.**",
    "references.**",
    "decision.wait.id",
    "decision.wait.references.*",
    "decision.wait.compare.**.refs.*",
    "decision.wait.compare.**.band",
    "decision.wait.compare.**.sure",
    "decision.values",
    "decision.readiness",
    "decision.readiness_ref",
    "decision.readiness_help.*.item",
    "decision.lighter_skin.**",
    "decision.darker_skin.**",
];

fn matches(pattern: &[&str], path: &[String]) -> bool {
    match (pattern.split_first(), path.split_first()) {
        (Some((&"**", rest)), _) => {
            (0..=path.len()).any(|skip| matches(rest, path.get(skip..).unwrap_or(&[])))
        }
        (Some((p, rest)), Some((s, more))) => (*p == "*" || p == s) && matches(rest, more),
        (None, None) => true,
        _ => false,
    }
}

/// The string leaves of a JSON value with their paths (array steps as `*`).
fn leaves(v: &serde_json::Value, path: &mut Vec<String>, out: &mut Vec<(Vec<String>, String)>) {
    match v {
        serde_json::Value::String(s) => out.push((path.clone(), s.clone())),
        serde_json::Value::Array(items) => items.iter().for_each(|i| {
            path.push("*".into());
            leaves(i, path, out);
            path.pop();
        }),
        serde_json::Value::Object(map) => map.iter().for_each(|(k, i)| {
            path.push(k.clone());
            leaves(i, path, out);
            path.pop();
        }),
        _ => {}
    }
}

/// Every non-empty string of the shipped dataset is either visited by
/// `each_text` or on NOT_TRANSLATED: a new text field cannot be
/// forgotten silently.
#[test]
fn every_text_field_is_visited_or_listed_as_not_translated() {
    let mut d = embedded().expect("the embedded dataset").dataset;
    let mut n = 0;
    each_text(&mut d, &mut |_, t| {
        n += 1;
        *t = format!("\u{1}visited {n}");
    });
    let json = serde_json::to_value(&d).unwrap();
    let mut found = Vec::new();
    leaves(&json, &mut Vec::new(), &mut found);
    let patterns: Vec<Vec<&str>> = NOT_TRANSLATED
        .iter()
        .map(|p| p.split('.').collect())
        .collect();
    let mut visited = 0;
    let mut forgotten = Vec::new();
    for (path, s) in &found {
        if s.starts_with('\u{1}') {
            visited += 1;
        } else if !s.is_empty() && !patterns.iter().any(|p| matches(p, path)) {
            forgotten.push(format!("{}: {s:.40}", path.join(".")));
        }
    }
    assert_eq!(
        visited, n,
        "every visited text is a string field of its own"
    );
    assert!(
        forgotten.is_empty(),
        "neither translated nor listed: {forgotten:#?}"
    );
}
