//! Treatments, caveats and notes, each with every rule that produces,
//! limits or raises it, so a reviewer sees all the ways one item can reach
//! a patient in one place.

use super::doc::{code, strong, text, Doc, Item, Line, Span};
use super::words::{self, Outline};
use super::Ctx;
use crate::dataset::{Condition, Effect, Entry, Level, Tier};

/// One effect of one rule, about the item being described.
struct Hit<'a> {
    rule: usize,
    when: &'a Condition,
    /// "Suited", "At most consider", "Defer", "Shown"…
    lead: String,
    /// Sorting key: how the effects group under an item.
    group: u8,
    reason: Option<&'a str>,
}

/// Every rule effect whose id is `id`, as `pick` reads it, grouped then in
/// rule order.
fn hits<'a>(
    ctx: &Ctx<'a>,
    pick: impl Fn(&'a Effect) -> Option<(&'a str, u8, String, Option<&'a str>)>,
    id: &str,
) -> Vec<Hit<'a>> {
    let mut found: Vec<Hit<'a>> = Vec::new();
    for (i, rule) in ctx.data.rules.iter().enumerate() {
        for effect in &rule.then {
            if let Some((eid, group, lead, reason)) = pick(effect) {
                if eid == id {
                    found.push(Hit {
                        rule: i,
                        when: &rule.when,
                        lead,
                        group,
                        reason,
                    });
                }
            }
        }
    }
    found.sort_by_key(|h| (h.group, h.rule));
    found
}

fn treatment_effect(e: &Effect) -> Option<(&str, u8, String, Option<&str>)> {
    match e {
        Effect::Treatment { id, tier, reason } => {
            let lead = match tier {
                Tier::Suited => "Suited",
                Tier::Consider => "Consider",
                Tier::NotAdvised => "Usually avoided",
            };
            Some((id, *tier as u8, lead.to_string(), Some(reason)))
        }
        Effect::Limit { id, tier, reason } => {
            let lead = match tier {
                Tier::NotAdvised => "At most not advised (usually avoided)".to_string(),
                t => format!("At most {}", words::tier_word(*t)),
            };
            Some((id, 3 + *tier as u8, lead, Some(reason)))
        }
        Effect::Caveat { .. } | Effect::Note { .. } => None,
    }
}

fn caveat_effect(e: &Effect) -> Option<(&str, u8, String, Option<&str>)> {
    match e {
        Effect::Caveat { id, level, reason } => {
            let lead = match level {
                Level::Defer => "Defer",
                Level::Discuss => "Discuss",
                Level::Info => "Info",
            };
            Some((id, *level as u8, lead.to_string(), reason.as_deref()))
        }
        _ => None,
    }
}

fn note_effect(e: &Effect) -> Option<(&str, u8, String, Option<&str>)> {
    match e {
        Effect::Note { id, reason } => Some((id, 0, "Shown".to_string(), reason.as_deref())),
        _ => None,
    }
}

/// "**Suited** when …, because: … *(rule 3, line 120)*", with the
/// condition as indented parts when it has several.
fn hit_item(ctx: &Ctx<'_>, hit: &Hit<'_>) -> Item {
    let place = ctx.at("rule", "rules", hit.rule);
    // "because" continues the sentence; after the parts it starts a new one.
    let because = |line: &mut Line, word: &str| {
        if let Some(r) = hit.reason {
            line.push(text(format!("{word}: {} ", one_line(r))));
        }
        line.push(place.clone());
    };
    let mut line = vec![strong(hit.lead.clone())];
    if matches!(hit.when, Condition::Always) {
        line.push(text(" for every answer set, "));
        because(&mut line, "because");
        return Item::new(line);
    }
    let o = words::outline(ctx.data, hit.when);
    line.push(text(format!(" when {}", o.text)));
    if o.parts.is_empty() {
        line.push(text(", "));
        because(&mut line, "because");
        return Item::new(line);
    }
    let mut after = Vec::new();
    because(&mut after, "Because");
    Item {
        line,
        children: outline_items(&o.parts),
        after: Some(after),
    }
}

/// The parts of a condition's outline as nested list items.
pub(super) fn outline_items(parts: &[Outline]) -> Vec<Item> {
    parts
        .iter()
        .map(|p| Item {
            line: vec![text(p.text.clone())],
            children: outline_items(&p.parts),
            after: None,
        })
        .collect()
}

/// Dataset text may hold line breaks; in a list or a table it is one line.
pub(super) fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// "**Label:** value" as a list item.
pub(super) fn field(label: &str, value: Vec<Span>) -> Item {
    let mut line = vec![strong(format!("{label}:"))];
    if !value.is_empty() {
        line.push(text(" "));
    }
    line.extend(value);
    Item::new(line)
}

pub(super) fn id_list(ids: &[String]) -> Vec<Span> {
    let mut spans = Vec::new();
    for (i, id) in ids.iter().enumerate() {
        if i > 0 {
            spans.push(text(", "));
        }
        spans.push(code(id.clone()));
    }
    if spans.is_empty() {
        spans.push(text("none"));
    }
    spans
}

/// The rules about one item under a bold count, or a plain "none" line.
fn rule_list(ctx: &Ctx<'_>, doc: &mut Doc, hits: &[Hit<'_>], heading: &str, none: &str) {
    if hits.is_empty() {
        doc.para(vec![strong(none.to_string())]);
        return;
    }
    doc.para(vec![strong(format!("{heading} ({}):", hits.len()))]);
    doc.list(hits.iter().map(|h| hit_item(ctx, h)).collect());
}

pub(super) fn treatments(ctx: &Ctx<'_>, doc: &mut Doc) {
    doc.heading(2, "3. Treatments", "treatments");
    doc.para(vec![text(
        "Each treatment with what it says to the patient, then every rule that lists it \
         (suited, consider, usually avoided) or limits it (at most …).",
    )]);
    for t in &ctx.data.treatments {
        doc.heading(3, format!("{} · {}", t.name, t.id), format!("t-{}", t.id));
        let mut items = vec![
            field("Category", vec![text(one_line(&t.category))]),
            field("What it is", vec![text(one_line(&t.summary))]),
            field("Sessions", vec![text(one_line(&t.sessions))]),
            field("Time to heal", vec![text(one_line(&t.downtime))]),
            field("What to expect", vec![text(one_line(&t.what_to_expect))]),
            field("Risks", vec![text(one_line(&t.risks))]),
        ];
        let mut ask = field("Questions to ask", Vec::new());
        ask.children = t
            .questions_to_ask
            .iter()
            .map(|q| Item::new(vec![text(one_line(q))]))
            .collect();
        if ask.children.is_empty() {
            ask.line.push(text(" none"));
        }
        items.push(ask);
        items.push(field("References", id_list(&t.references)));
        doc.list(items);
        let found = hits(ctx, treatment_effect, &t.id);
        let none = "No rule lists or limits this treatment: nobody is shown it.";
        rule_list(ctx, doc, &found, "Rules that list or limit it", none);
    }
}

pub(super) fn caveats_and_notes(ctx: &Ctx<'_>, doc: &mut Doc) {
    doc.heading(2, "4. Caveats", "caveats");
    doc.para(vec![text(
        "Things to raise with the clinician, with every rule that raises them and at which \
         level. When several rules raise one caveat, the most urgent level is shown.",
    )]);
    entries(
        ctx,
        doc,
        &ctx.data.caveats,
        "c",
        caveat_effect,
        "Rules that raise it",
    );
    doc.heading(2, "5. Notes", "notes");
    doc.para(vec![text(
        "Honest expectations, with every rule that shows them.",
    )]);
    entries(
        ctx,
        doc,
        &ctx.data.notes,
        "n",
        note_effect,
        "Rules that show it",
    );
}

fn entries<'a>(
    ctx: &Ctx<'a>,
    doc: &mut Doc,
    list: &'a [Entry],
    prefix: &str,
    pick: impl Fn(&'a Effect) -> Option<(&'a str, u8, String, Option<&'a str>)> + Copy,
    heading: &str,
) {
    for e in list {
        doc.heading(
            3,
            format!("{} · {}", e.title, e.id),
            format!("{prefix}-{}", e.id),
        );
        doc.list(vec![
            field("Text", vec![text(one_line(&e.text))]),
            field("References", id_list(&e.references)),
        ]);
        let found = hits(ctx, pick, &e.id);
        let none = "No rule produces this: nobody is shown it.";
        rule_list(ctx, doc, &found, heading, none);
    }
}
