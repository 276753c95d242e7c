//! `scarguide audit --format json`: the same facts as the text, for tools.
//! Counts are numbers (strings only if one ever exceeded 2^64).

use serde_json::{json, Map, Value};

use crate::advice::compiled::{Compiled, Item};
use crate::advice::demand::{found, written};
use crate::advice::evaluate;
use crate::dataset::{Dataset, Effect, SourceMap};

use super::demand::Need;
use super::findings::{answers_file, in_words};
use super::prove;
use super::text::file_comment;
use super::{Audit, Proof};

fn count(n: u128) -> Value {
    u64::try_from(n).map_or_else(|_| Value::String(n.to_string()), Value::from)
}

fn line(map: &SourceMap, path: &str) -> Value {
    map.line_within(path).map_or(Value::Null, Value::from)
}

pub fn render(data: &Dataset, text: &str, audit: &Audit) -> String {
    let map = SourceMap::scan(text);
    let compiled = Compiled::new(data);
    let guards: Vec<Value> = audit
        .proofs
        .iter()
        .map(|p| guard(data, &map, &compiled, p))
        .collect();
    let l = &audit.lint;
    let rule = |r: usize| json!({"rule": r + 1, "line": line(&map, &format!("rules.{r}"))});
    let treatment = |t: usize| data.treatments.get(t).map_or("", |x| x.id.as_str());
    let value = json!({
        "dataset": {
            "title": data.meta.title,
            "version": data.meta.version,
            "reviewed": data.meta.reviewed,
        },
        "answer_sets": count(audit.answer_sets),
        "guards": guards,
        "lint": {
            "rules_never_fire": l.never_fire().map(rule).collect::<Vec<_>>(),
            "rules_only_unanswered": l.only_unanswered.iter().map(|&r| rule(r)).collect::<Vec<_>>(),
            "capped_effects": l.capped.iter().map(|c| json!({
                "rule": c.rule + 1,
                "line": line(&map, &format!("rules.{}.then.{}", c.rule, c.effect)),
                "treatment": treatment(c.treatment),
                "tier": c.tier.as_str(),
                "by_limit": c.by_limit,
            })).collect::<Vec<_>>(),
            "unreachable_tiers": l.unreachable_tiers.iter().map(|u| json!({
                "treatment": treatment(u.treatment),
                "tier": u.tier.as_str(),
                "named_by": u.named_by.iter().map(|(r, _)| rule(*r)).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
            "never_produced": l.never_produced.iter().map(|i| {
                let (kind, id, path) = match *i {
                    Item::Treatment(x) => ("treatment", data.treatments.get(x).map(|e| &e.id), format!("treatments.{x}")),
                    Item::Caveat(x) => ("caveat", data.caveats.get(x).map(|e| &e.id), format!("caveats.{x}")),
                    Item::Note(x) => ("note", data.notes.get(x).map(|e| &e.id), format!("notes.{x}")),
                };
                json!({"kind": kind, "id": id, "line": line(&map, &path)})
            }).collect::<Vec<_>>(),
            "conflicts_never_match": l.never_matching.iter().map(|&k| json!({
                "id": data.conflicts.get(k).map(|c| &c.id),
                "line": line(&map, &format!("conflicts.{k}")),
            })).collect::<Vec<_>>(),
        },
        "rules": l.fires.iter().enumerate().map(|(r, n)| json!({
            "rule": r + 1,
            "line": line(&map, &format!("rules.{r}")),
            "fires": count(*n),
        })).collect::<Vec<_>>(),
    });
    let mut out = serde_json::to_string_pretty(&value).unwrap_or_default();
    out.push('\n');
    out
}

fn guard(data: &Dataset, map: &SourceMap, compiled: &Compiled, p: &Proof) -> Value {
    let g = data.guards.get(p.guard);
    let mut v = Map::new();
    v.insert("id".into(), json!(g.map(|g| &g.id)));
    v.insert("line".into(), line(map, &format!("guards.{}", p.guard)));
    v.insert("proved".into(), json!(p.proved()));
    v.insert("covered".into(), count(p.covered));
    v.insert("violating".into(), count(p.violating));
    let example = match (g, &p.counterexample) {
        (Some(g), Some(c)) => {
            let answers: Map<String, Value> = c
                .answers
                .in_order(data)
                .map(|(q, o)| (q.id.clone(), json!(o)))
                .collect();
            let words: Vec<Value> = in_words(data, &c.answers)
                .into_iter()
                .map(|(q, o)| json!({"question": q, "options": o}))
                .collect();
            let advice = evaluate(data, &c.answers);
            let failed: Vec<Value> = c
                .failed
                .iter()
                .filter_map(|&i| g.then.get(i))
                .filter_map(|d| Need::new(data, d).ok().map(|n| (d, n)))
                .map(|(d, need)| {
                    let rules: Vec<Value> = prove::culprits(data, compiled, &c.answers, &need)
                        .iter()
                        .map(|c| culprit(data, map, c.rule, c.effect))
                        .collect();
                    json!({
                        "demand": written(d),
                        "found": found(&advice, d),
                        "rules": rules,
                    })
                })
                .collect();
            json!({
                "answers": answers,
                "in_words": words,
                "answers_file": answers_file(data, &c.answers, &file_comment(data, p)),
                "failed": failed,
            })
        }
        _ => Value::Null,
    };
    v.insert("counterexample".into(), example);
    Value::Object(v)
}

fn culprit(data: &Dataset, map: &SourceMap, rule: usize, effect: usize) -> Value {
    let e = data.rules.get(rule).and_then(|r| r.then.get(effect));
    let (kind, id, grade, reason) = match e {
        Some(Effect::Treatment { id, tier, reason }) => (
            "treatment",
            id.as_str(),
            tier.as_str(),
            Some(reason.as_str()),
        ),
        Some(Effect::Limit { id, tier, reason }) => {
            ("limit", id.as_str(), tier.as_str(), Some(reason.as_str()))
        }
        Some(Effect::Caveat { id, level, reason }) => {
            ("caveat", id.as_str(), level.as_str(), reason.as_deref())
        }
        Some(Effect::Note { id, reason }) => ("note", id.as_str(), "", reason.as_deref()),
        None => ("", "", "", None),
    };
    json!({
        "rule": rule + 1,
        "line": line(map, &format!("rules.{rule}")),
        "effect": kind,
        "id": id,
        "grade": grade,
        "reason": reason,
    })
}
