//! The one place that knows which fields of the dataset are translated,
//! and under which key. Listing the texts, applying a translation and
//! writing a template all walk the dataset through [`each_text`].

use std::collections::HashSet;

use crate::dataset::schema::{Choice, Dataset, Effect, Entry, Question, Treatment};

/// Called with each translatable text's key and the text, in dataset order.
pub type Visit<'a> = dyn FnMut(&str, &mut String) + 'a;

/// Visits every translatable text of the dataset with its key:
///
/// - `meta.title|disclaimer|funding|conflicts_of_interest|update_policy`
/// - `questions.<qid>.title|prompt|help`,
///   `questions.<qid>.options.<oid>.label|description`
/// - `treatments.<tid>.name|category|summary|sessions|downtime|what_to_expect|risks`,
///   `treatments.<tid>.questions_to_ask.<i>` (from 1),
///   `treatments.<tid>.compare.<row>` (each fact's text)
/// - `caveats.<id>.title|text`, `notes.<id>.title|text`
/// - `rules.<N>.<id>.reason` (N from 1; the effect's target id; a second
///   effect of the rule on the same id: `rules.<N>.<id>.<kind>.reason`,
///   kind `treatment`, `limit`, `caveat` or `note`)
/// - `conflicts.<id>.message`
/// - `decision.wait.*` as a treatment, `decision.readiness_note`,
///   `decision.readiness_help.<item>`
///
/// Optional texts that are empty are skipped. Ids, references, guards'
/// `why`, meta names, dates and version are not translated.
pub fn each_text(d: &mut Dataset, f: &mut Visit) {
    let m = &mut d.meta;
    f("meta.title", &mut m.title);
    f("meta.disclaimer", &mut m.disclaimer);
    optional(f, "meta.funding", &mut m.funding);
    optional(
        f,
        "meta.conflicts_of_interest",
        &mut m.conflicts_of_interest,
    );
    optional(f, "meta.update_policy", &mut m.update_policy);
    for q in &mut d.questions {
        question(q, f);
    }
    for t in &mut d.treatments {
        let prefix = format!("treatments.{}", t.id);
        treatment(&prefix, t, f);
    }
    entries("caveats", &mut d.caveats, f);
    entries("notes", &mut d.notes, f);
    for (i, rule) in d.rules.iter_mut().enumerate() {
        // Two effects of one rule on the same id (rule 24 lists peels and
        // caps them) would share a key: the later one's key names its kind.
        let mut seen: Vec<String> = Vec::new();
        for effect in &mut rule.then {
            let (kind, id, reason) = match effect {
                Effect::Treatment { id, reason, .. } => ("treatment", id, reason),
                Effect::Limit { id, reason, .. } => ("limit", id, reason),
                Effect::Caveat {
                    id,
                    reason: Some(reason),
                    ..
                } => ("caveat", id, reason),
                Effect::Note {
                    id,
                    reason: Some(reason),
                } => ("note", id, reason),
                Effect::Caveat { reason: None, .. } | Effect::Note { reason: None, .. } => continue,
            };
            let key = if seen.contains(id) {
                format!("rules.{}.{id}.{kind}.reason", i + 1)
            } else {
                format!("rules.{}.{id}.reason", i + 1)
            };
            seen.push(id.clone());
            optional(f, &key, reason);
        }
    }
    for c in &mut d.conflicts {
        f(&format!("conflicts.{}.message", c.id), &mut c.message);
    }
    if let Some(dec) = &mut d.decision {
        treatment("decision.wait", &mut dec.wait, f);
        f("decision.readiness_note", &mut dec.readiness_note);
        for h in &mut dec.readiness_help {
            f(&format!("decision.readiness_help.{}", h.item), &mut h.text);
        }
    }
}

fn optional(f: &mut Visit, key: &str, text: &mut String) {
    if !text.is_empty() {
        f(key, text);
    }
}

fn question(q: &mut Question, f: &mut Visit) {
    let prefix = format!("questions.{}", q.id);
    f(&format!("{prefix}.title"), &mut q.title);
    f(&format!("{prefix}.prompt"), &mut q.prompt);
    f(&format!("{prefix}.help"), &mut q.help);
    for o in &mut q.options {
        option(&prefix, o, f);
    }
}

fn option(question: &str, o: &mut Choice, f: &mut Visit) {
    let prefix = format!("{question}.options.{}", o.id);
    f(&format!("{prefix}.label"), &mut o.label);
    optional(f, &format!("{prefix}.description"), &mut o.description);
}

fn treatment(prefix: &str, t: &mut Treatment, f: &mut Visit) {
    f(&format!("{prefix}.name"), &mut t.name);
    f(&format!("{prefix}.category"), &mut t.category);
    f(&format!("{prefix}.summary"), &mut t.summary);
    f(&format!("{prefix}.sessions"), &mut t.sessions);
    f(&format!("{prefix}.downtime"), &mut t.downtime);
    f(&format!("{prefix}.what_to_expect"), &mut t.what_to_expect);
    f(&format!("{prefix}.risks"), &mut t.risks);
    for (i, q) in t.questions_to_ask.iter_mut().enumerate() {
        f(&format!("{prefix}.questions_to_ask.{}", i + 1), q);
    }
    if let Some(c) = &mut t.compare {
        let rows = [
            ("what", &mut c.what),
            ("sessions", &mut c.sessions),
            ("recovery", &mut c.recovery),
            ("feel", &mut c.feel),
            ("dark_patches.lighter", &mut c.dark_patches.lighter),
            ("dark_patches.darker", &mut c.dark_patches.darker),
            ("improvement", &mut c.improvement),
            ("lasts", &mut c.lasts),
            ("cost", &mut c.cost),
            ("risks", &mut c.risks),
        ];
        for (row, fact) in rows {
            f(&format!("{prefix}.compare.{row}"), &mut fact.text);
        }
    }
}

fn entries(kind: &str, list: &mut [Entry], f: &mut Visit) {
    for e in list {
        f(&format!("{kind}.{}.title", e.id), &mut e.title);
        f(&format!("{kind}.{}.text", e.id), &mut e.text);
    }
}

/// Every translatable text as (key, English), in dataset order.
pub fn texts(d: &Dataset) -> Vec<(String, String)> {
    let mut copy = d.clone();
    let mut out = Vec::new();
    each_text(&mut copy, &mut |key, text| {
        out.push((key.to_string(), text.clone()))
    });
    out
}

/// Keys that two texts share (a rule with two effects on the same id):
/// a translation could not tell them apart. Each is listed once.
pub fn duplicate_keys(d: &Dataset) -> Vec<String> {
    let mut seen = HashSet::new();
    let mut twice = Vec::new();
    for (key, _) in texts(d) {
        if !seen.insert(key.clone()) && !twice.contains(&key) {
            twice.push(key);
        }
    }
    twice
}
