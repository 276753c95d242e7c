//! `report --explain`: for every treatment tier, caveat and note, the rules
//! that produced it, with their numbers (as `check` numbers them, from 1)
//! and lines in the dataset file, so a clinician can open the file at the
//! rule behind any line of a report.

use std::collections::HashMap;

use serde::Serialize;

use crate::advice::explain::{Explanation, Made, Source};
use crate::advice::Advice;
use crate::dataset::{Dataset, SourceMap, Tier};
use crate::words;

/// One rule's part in one item, as the JSON `rules` lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RuleRef {
    /// Numbered from 1, as `check` and the review document number rules.
    pub rule: usize,
    /// The line of the rule in the dataset file, when it could be found.
    pub line: Option<usize>,
    /// `treatment`, `limit`, `caveat` or `note`: the effect that applied.
    pub effect: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tier: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<&'static str>,
}

/// The rules behind every item of one report, and the file they are in.
#[derive(Debug, Clone, Default)]
pub struct Explained {
    /// The dataset's name as the reader knows it (a path, or the embedded one).
    pub file: String,
    treatments: HashMap<String, Vec<RuleRef>>,
    caveats: HashMap<String, Vec<RuleRef>>,
    notes: HashMap<String, Vec<RuleRef>>,
}

impl Explained {
    /// `map` is the dataset text's source map (lines of `rules.N`).
    pub fn new(data: &Dataset, advice: &Advice, map: &SourceMap, file: &str) -> Explained {
        let why = Explanation::new(data, advice);
        let refs = |sources: Vec<Source>| -> Vec<RuleRef> {
            sources.into_iter().map(|s| rule_ref(s, map)).collect()
        };
        let treatments = advice
            .treatments
            .iter()
            .map(|t| (t.treatment.id.clone(), refs(why.treatment(&t.treatment.id))))
            .collect();
        let caveats = advice
            .caveats
            .iter()
            .map(|c| (c.caveat.id.clone(), refs(why.caveat(&c.caveat.id))))
            .collect();
        let notes = advice
            .notes
            .iter()
            .map(|n| (n.note.id.clone(), refs(why.note(&n.note.id))))
            .collect();
        Explained {
            file: file.to_string(),
            treatments,
            caveats,
            notes,
        }
    }

    pub fn treatment(&self, id: &str) -> &[RuleRef] {
        self.treatments.get(id).map_or(&[], Vec::as_slice)
    }

    pub fn caveat(&self, id: &str) -> &[RuleRef] {
        self.caveats.get(id).map_or(&[], Vec::as_slice)
    }

    pub fn note(&self, id: &str) -> &[RuleRef] {
        self.notes.get(id).map_or(&[], Vec::as_slice)
    }

    /// The line heading the report: which file the numbers refer to.
    pub fn intro(&self) -> String {
        words::explain_intro(&self.file)
    }
}

fn rule_ref(s: Source, map: &SourceMap) -> RuleRef {
    let (tier, level) = match s.made {
        Made::Listed(t) | Made::Capped(t) => (Some(t.as_str()), None),
        Made::Raised(l) => (None, Some(l.as_str())),
        Made::Added => (None, None),
    };
    RuleRef {
        rule: s.rule + 1,
        line: map.line(&format!("rules.{}", s.rule)),
        effect: s.made.effect(),
        tier,
        level,
    }
}

/// "Made suited by rule 12 (line 573); capped at consider by rule 61
/// (line 890)." for the text and Markdown reports.
pub fn sentence(refs: &[RuleRef]) -> String {
    let parts: Vec<String> = refs
        .iter()
        .map(|r| {
            let what = match (r.effect, r.tier, r.level) {
                ("limit", Some(t), _) => words::explain_capped(tier_words(t)),
                (_, Some(t), _) => words::explain_made(tier_words(t)),
                (_, _, Some(l)) => words::explain_raised(l),
                _ => words::explain_added().to_string(),
            };
            words::explain_by_rule(&what, r.rule, r.line)
        })
        .collect();
    let mut s = parts.join("; ");
    if let Some(first) = s.get(..1) {
        s = format!("{}{}", first.to_uppercase(), s.get(1..).unwrap_or(""));
    }
    if s.is_empty() {
        words::explain_none().to_string()
    } else {
        s + "."
    }
}

fn tier_words(tier: &str) -> &str {
    if tier == Tier::NotAdvised.as_str() {
        "not advised"
    } else {
        tier
    }
}
