//! Conditions and demands in words, with question titles and option labels
//! instead of ids, so a clinician can review a rule without reading RON.
//! Public because every tool that explains a rule (`rules`, `audit`,
//! `cases`) should describe it the same way.
//!
//! Two shapes: [`condition`] is one line, with brackets around every part
//! that itself contains "and" or "or", so nesting is never ambiguous;
//! [`outline`] is a tree for indented bullets, easier to read when a rule
//! combines several tests. Ids the dataset does not define (possible only in
//! a dataset that failed `check`) are shown as the id itself.

use crate::dataset::{Condition, Dataset, Demand, Kind, Level, Tier};

/// A condition as a tree: `text` is the whole condition when `parts` is
/// empty, or a heading such as "all of these hold:" for its parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outline {
    pub text: String,
    pub parts: Vec<Outline>,
}

/// The condition on one line ("skin type is “Type 4” or “Type 5”").
pub fn condition(data: &Dataset, cond: &Condition) -> String {
    match cond {
        Condition::Always => "always".to_string(),
        Condition::Chosen(q, o) => chosen(data, q, std::slice::from_ref(o), false),
        Condition::AnyOf(q, os) => chosen(data, q, os, false),
        Condition::Answered(q) => format!("{} is answered", title(data, q)),
        Condition::Listed(ts) => listed(data, ts, false),
        Condition::All(cs) => joined(data, cs, " and ", "always"),
        Condition::Any(cs) => joined(data, cs, " or ", "never"),
        Condition::Not(inner) => negated(data, inner),
    }
}

/// The condition as a tree: each "all"/"any" of two or more parts becomes
/// a heading with one part per line; everything else is one line.
pub fn outline(data: &Dataset, cond: &Condition) -> Outline {
    let group = |text: &str, cs: &[Condition]| Outline {
        text: text.to_string(),
        parts: cs.iter().map(|c| outline(data, c)).collect(),
    };
    match cond {
        Condition::All(cs) | Condition::Any(cs) if cs.len() == 1 => cs
            .first()
            .map_or_else(|| leaf(data, cond), |c| outline(data, c)),
        Condition::All(cs) if cs.len() > 1 => group("all of these hold:", cs),
        Condition::Any(cs) if cs.len() > 1 => group("at least one of these holds:", cs),
        Condition::Not(inner) => match inner.as_ref() {
            Condition::All(cs) if cs.len() > 1 => group("not all of these hold:", cs),
            Condition::Any(cs) if cs.len() > 1 => group("none of these holds:", cs),
            _ => leaf(data, cond),
        },
        _ => leaf(data, cond),
    }
}

fn leaf(data: &Dataset, cond: &Condition) -> Outline {
    Outline {
        text: condition(data, cond),
        parts: Vec::new(),
    }
}

/// A demand of a guard on the advice, in words.
pub fn demand(data: &Dataset, d: &Demand) -> String {
    match d {
        Demand::AtMost(t, tier) => {
            format!("{} is at most {}", treatment(data, t), tier_word(*tier))
        }
        Demand::AtLeast(t, tier) => {
            format!("{} is at least {}", treatment(data, t), tier_word(*tier))
        }
        Demand::Exactly(t, tier) => {
            format!("{} is exactly {}", treatment(data, t), tier_word(*tier))
        }
        Demand::Caveat(c, level) => format!(
            "caveat {} is at least {}",
            entry(&data.caveats, c),
            level_word(*level)
        ),
        Demand::CaveatExactly(c, level) => format!(
            "caveat {} is exactly {}",
            entry(&data.caveats, c),
            level_word(*level)
        ),
        Demand::NoCaveat(c) => format!("caveat {} is not raised", entry(&data.caveats, c)),
        Demand::Note(n) => format!("note {} is shown", entry(&data.notes, n)),
        Demand::NoNote(n) => format!("note {} is not shown", entry(&data.notes, n)),
        Demand::SomeListed(ts) if ts.is_empty() => {
            "at least one treatment is listed (suited or consider)".to_string()
        }
        Demand::SomeListed(ts) => format!(
            "at least one of {} is listed (suited or consider)",
            or_list(ts.iter().map(|t| treatment(data, t)))
        ),
        Demand::Conflict(k) => format!("conflict {} is reported", quoted(k)),
        Demand::NoConflict(k) => format!("conflict {} is not reported", quoted(k)),
    }
}

/// A tier as a reviewer reads it.
pub fn tier_word(tier: Tier) -> &'static str {
    match tier {
        Tier::Suited => "suited",
        Tier::Consider => "consider",
        Tier::NotAdvised => "not advised",
    }
}

pub fn level_word(level: Level) -> &'static str {
    level.as_str()
}

/// A treatment's name in quotes (or its id if the dataset lacks it).
pub fn treatment(data: &Dataset, id: &str) -> String {
    let name = data.treatments.iter().find(|t| t.id == id);
    quoted(name.map_or(id, |t| t.name.as_str()))
}

fn entry(entries: &[crate::dataset::Entry], id: &str) -> String {
    let found = entries.iter().find(|e| e.id == id);
    quoted(found.map_or(id, |e| e.title.as_str()))
}

/// Text in curly quotes, so labels with commas stay one item in a list.
pub fn quoted(s: &str) -> String {
    format!("“{s}”")
}

/// A question's short title as the start of a clause: "Skin type" reads
/// "skin type"; a title that starts with an acronym ("PIH risk") is kept.
fn title(data: &Dataset, qid: &str) -> String {
    let Some(q) = data.question(qid) else {
        return quoted(qid);
    };
    let mut chars = q.title.chars();
    match (chars.next(), chars.clone().next()) {
        (None, _) => quoted(qid),
        (Some(_), Some(second)) if second.is_uppercase() => q.title.clone(),
        (Some(first), _) => first.to_lowercase().chain(chars).collect(),
    }
}

fn several(data: &Dataset, qid: &str) -> bool {
    data.question(qid).is_some_and(|q| q.kind == Kind::Several)
}

fn label(data: &Dataset, qid: &str, oid: &str) -> String {
    let found = data.question(qid).and_then(|q| q.option(oid));
    quoted(found.map_or(oid, |o| o.label.as_str()))
}

/// "“a”", "“a” or “b”", "“a”, “b” or “c”".
fn or_list(items: impl Iterator<Item = String>) -> String {
    let items: Vec<String> = items.collect();
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
    }
}

/// "neither “a” nor “b”", "none of “a”, “b” or “c”".
fn none_of(items: Vec<String>) -> String {
    match items.as_slice() {
        [a, b] => format!("neither {a} nor {b}"),
        _ => format!("none of {}", or_list(items.into_iter())),
    }
}

/// `chosen`/`any_of`, or with `negate` their `not`. Several-answer
/// questions "include"; one-answer questions "are".
fn chosen(data: &Dataset, qid: &str, options: &[String], negate: bool) -> String {
    let t = title(data, qid);
    let labels: Vec<String> = options.iter().map(|o| label(data, qid, o)).collect();
    let many = labels.len() > 1;
    let (labels, none) = if negate && many {
        (String::new(), none_of(labels))
    } else {
        (or_list(labels.into_iter()), String::new())
    };
    // "scar types include", "health history includes".
    let (s, does) = if plural(&t) {
        ("", "do")
    } else {
        ("s", "does")
    };
    match (several(data, qid), negate, many) {
        (true, false, _) => format!("{t} include{s} {labels}"),
        (true, true, false) => format!("{t} {does} not include {labels}"),
        (true, true, true) => format!("{t} include{s} {none}"),
        (false, false, _) => format!("{t} is {labels}"),
        (false, true, false) => format!("{t} is not {labels}"),
        (false, true, true) => format!("{t} is {none}"),
    }
}

/// Whether a title reads as a plural noun ("scar types", not "history").
fn plural(title: &str) -> bool {
    let last = title.trim_end_matches('”').split_whitespace().last();
    last.is_some_and(|w| w.ends_with('s') && !w.ends_with("ss"))
}

fn listed(data: &Dataset, ts: &[String], negate: bool) -> String {
    let names: Vec<String> = ts.iter().map(|t| treatment(data, t)).collect();
    match (ts.is_empty(), negate, ts.len() > 1) {
        (true, false, _) => "never (no treatment named)".to_string(),
        (true, true, _) => "always (no treatment named)".to_string(),
        (false, false, _) => format!("the list includes {}", or_list(names.into_iter())),
        (false, true, false) => format!("the list does not include {}", or_list(names.into_iter())),
        (false, true, true) => format!("the list includes {}", none_of(names)),
    }
}

fn negated(data: &Dataset, inner: &Condition) -> String {
    match inner {
        Condition::Chosen(q, o) => chosen(data, q, std::slice::from_ref(o), true),
        Condition::AnyOf(q, os) => chosen(data, q, os, true),
        Condition::Answered(q) => format!("{} is not answered", title(data, q)),
        Condition::Listed(ts) => listed(data, ts, true),
        Condition::Always => "never".to_string(),
        _ => format!("not ({})", condition(data, inner)),
    }
}

/// Parts joined by "and"/"or", each bracketed if it has its own "and" or
/// "or"; `empty` is what no parts mean (all of none holds, any of none not).
fn joined(data: &Dataset, cs: &[Condition], sep: &str, empty: &str) -> String {
    if let [only] = cs {
        return condition(data, only);
    }
    if cs.is_empty() {
        return empty.to_string();
    }
    let parts: Vec<String> = cs
        .iter()
        .map(|c| {
            let text = condition(data, c);
            if compound(c) {
                format!("({text})")
            } else {
                text
            }
        })
        .collect();
    parts.join(sep)
}

/// Whether the words for `c` contain a top-level "and" or "or".
fn compound(c: &Condition) -> bool {
    match c {
        Condition::All(cs) | Condition::Any(cs) => match cs.as_slice() {
            [only] => compound(only),
            _ => cs.len() > 1,
        },
        Condition::AnyOf(_, xs) | Condition::Listed(xs) => xs.len() > 1,
        // "include none of “a” or “b”"; "not (…)" is already bracketed.
        Condition::Not(inner) => matches!(
            inner.as_ref(),
            Condition::AnyOf(_, xs) | Condition::Listed(xs) if xs.len() > 1
        ),
        Condition::Always | Condition::Chosen(..) | Condition::Answered(_) => false,
    }
}
