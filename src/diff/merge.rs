//! One synthetic dataset holding both versions, so that one answer-set
//! space can keep apart every fact either version reads.
//!
//! Its questions are the shared ones with the shared options. Its rules
//! and conflicts are OLD's and NEW's, item ids prefixed `old:` / `new:`,
//! each condition rewritten to read what that version sees: a version
//! drops answers to the questions it hides, so `chosen(q, o)` in version
//! V becomes `chosen(q, o)` and "V shows `q`", where "V shows `q`" is V's
//! `show_if` of `q` rewritten the same way. A question is shown when
//! either version shows it. Then the merged `evaluate` gives, for the
//! `old:` items, exactly what OLD's `evaluate` gives for the same answers
//! (and likewise for NEW), so a [`Space`](crate::audit::Space) focused on
//! `old:x` and `new:x` splits answer sets by everything either reads of `x`.

use std::collections::HashMap;

use crate::dataset::{
    Choice, Condition, Conflict, Dataset, Effect, Entry, Meta, Question, Rule, Treatment,
};

use super::shape::Shape;

pub const OLD: &str = "old:";
pub const NEW: &str = "new:";

/// Builds the merged dataset. Err: the shared questions cannot be put in
/// one order in which every question is shown depending only on earlier
/// ones (the versions reorder questions that `show_if` links).
pub fn merged(old: &Dataset, new: &Dataset, shape: &Shape) -> Result<Dataset, String> {
    let options: HashMap<&str, Vec<Choice>> = shape
        .shared
        .iter()
        .map(|(o, n)| (o.id.as_str(), shared_options(o, n)))
        .collect();
    let old_view = View::new(old, &options, OLD);
    let new_view = View::new(new, &options, NEW);
    let mut questions = Vec::new();
    for (o, n) in &shape.shared {
        let shown = either(old_view.shows(&o.id), new_view.shows(&o.id));
        let mut seen = true;
        shown.walk(&mut |c| {
            if let Some(q) = question_of(c) {
                seen &= questions.iter().any(|p: &Question| p.id == q);
            }
        });
        if !seen {
            return Err(format!(
                "whether question `{}` is shown depends on a question that comes after it in \
                 one of the files, so the two orders of questions cannot be compared",
                o.id
            ));
        }
        questions.push(Question {
            id: o.id.clone(),
            title: n.title.clone(),
            prompt: n.prompt.clone(),
            help: String::new(),
            kind: o.kind,
            options: options.get(o.id.as_str()).cloned().unwrap_or_default(),
            show_if: (shown != Condition::Always).then_some(shown),
            optional: o.optional && n.optional,
        });
    }
    let mut data = Dataset {
        meta: Meta {
            title: new.meta.title.clone(),
            version: format!("{} → {}", old.meta.version, new.meta.version),
            reviewed: new.meta.reviewed.clone(),
            disclaimer: new.meta.disclaimer.clone(),
            reviewers: new.meta.reviewers.clone(),
            review_by: new.meta.review_by.clone(),
            ..new.meta.clone()
        },
        questions,
        treatments: Vec::new(),
        caveats: Vec::new(),
        notes: Vec::new(),
        rules: Vec::new(),
        conflicts: Vec::new(),
        guards: Vec::new(),
        references: Vec::new(),
        decision: None,
    };
    old_view.add_items(old, &mut data);
    new_view.add_items(new, &mut data);
    Ok(data)
}

/// OLD's options that NEW has too, in OLD's order; NEW's labels; "none of
/// these" if either says so (only then can both express the answer).
fn shared_options(o: &Question, n: &Question) -> Vec<Choice> {
    o.options
        .iter()
        .filter_map(|oo| {
            n.option(&oo.id).map(|no| Choice {
                id: oo.id.clone(),
                label: no.label.clone(),
                description: String::new(),
                exclusive: oo.exclusive || no.exclusive,
            })
        })
        .collect()
}

fn question_of(c: &Condition) -> Option<&str> {
    match c {
        Condition::Chosen(q, _) | Condition::AnyOf(q, _) | Condition::Answered(q) => Some(q),
        _ => None,
    }
}

/// Never holds: `any` of nothing.
fn never() -> Condition {
    Condition::Any(Vec::new())
}

fn either(a: Condition, b: Condition) -> Condition {
    if a == Condition::Always || b == Condition::Always {
        Condition::Always
    } else if a == b || b == never() {
        a
    } else if a == never() {
        b
    } else {
        Condition::Any(vec![a, b])
    }
}

/// One version as the merged dataset sees it.
struct View<'a> {
    options: &'a HashMap<&'a str, Vec<Choice>>,
    prefix: &'static str,
    /// Shared question id → when this version shows it, rewritten.
    shows: HashMap<String, Condition>,
}

impl<'a> View<'a> {
    fn new(
        data: &Dataset,
        options: &'a HashMap<&'a str, Vec<Choice>>,
        prefix: &'static str,
    ) -> Self {
        let mut view = View {
            options,
            prefix,
            shows: HashMap::new(),
        };
        // In the version's own order: `show_if` names earlier questions only.
        for q in &data.questions {
            if options.contains_key(q.id.as_str()) {
                let shown = q
                    .show_if
                    .as_ref()
                    .map_or(Condition::Always, |c| view.rewrite(c));
                view.shows.insert(q.id.clone(), shown);
            }
        }
        view
    }

    fn shows(&self, question: &str) -> Condition {
        self.shows
            .get(question)
            .cloned()
            .unwrap_or(Condition::Always)
    }

    /// `cond` as this version evaluates it, on the merged answers.
    fn rewrite(&self, cond: &Condition) -> Condition {
        match cond {
            Condition::Always => Condition::Always,
            Condition::Chosen(q, o) => self.leaf(q, Some(std::slice::from_ref(o))),
            Condition::AnyOf(q, os) => self.leaf(q, Some(os)),
            Condition::Answered(q) => self.leaf(q, None),
            Condition::All(cs) => Condition::All(cs.iter().map(|c| self.rewrite(c)).collect()),
            Condition::Any(cs) => Condition::Any(cs.iter().map(|c| self.rewrite(c)).collect()),
            Condition::Not(c) => Condition::Not(Box::new(self.rewrite(c))),
            Condition::Listed(ts) => Condition::Listed(ts.iter().map(|t| self.id(t)).collect()),
        }
    }

    /// A test on one question: false if the question or every named
    /// option is not shared (compared answer sets never choose them),
    /// else the test and "this version shows the question".
    fn leaf(&self, q: &str, options: Option<&[String]>) -> Condition {
        let Some(shared) = self.options.get(q) else {
            return never();
        };
        let test = match options {
            None => Condition::Answered(q.to_string()),
            Some(os) => {
                let kept: Vec<String> = os
                    .iter()
                    .filter(|o| shared.iter().any(|c| c.id == **o))
                    .cloned()
                    .collect();
                match kept.as_slice() {
                    [] => return never(),
                    [o] => Condition::Chosen(q.to_string(), o.clone()),
                    _ => Condition::AnyOf(q.to_string(), kept),
                }
            }
        };
        match self.shows.get(q) {
            None | Some(Condition::Always) => test,
            Some(shown) => Condition::All(vec![test, shown.clone()]),
        }
    }

    fn id(&self, id: &str) -> String {
        format!("{}{id}", self.prefix)
    }

    /// Adds this version's treatments, caveats, notes, rules and
    /// conflicts to `out`, ids prefixed and conditions rewritten.
    fn add_items(&self, data: &Dataset, out: &mut Dataset) {
        out.treatments
            .extend(data.treatments.iter().map(|t| Treatment {
                id: self.id(&t.id),
                ..t.clone()
            }));
        let entry = |e: &Entry| Entry {
            id: self.id(&e.id),
            ..e.clone()
        };
        out.caveats.extend(data.caveats.iter().map(entry));
        out.notes.extend(data.notes.iter().map(entry));
        out.conflicts
            .extend(data.conflicts.iter().map(|c| Conflict {
                id: self.id(&c.id),
                when: self.rewrite(&c.when),
                questions: Vec::new(),
                message: c.message.clone(),
            }));
        out.rules.extend(data.rules.iter().map(|r| Rule {
            when: self.rewrite(&r.when),
            then: r.then.iter().map(|e| self.effect(e)).collect(),
        }));
    }

    fn effect(&self, e: &Effect) -> Effect {
        let mut e = e.clone();
        match &mut e {
            Effect::Treatment { id, .. }
            | Effect::Limit { id, .. }
            | Effect::Caveat { id, .. }
            | Effect::Note { id, .. } => *id = self.id(id),
        }
        e
    }
}
