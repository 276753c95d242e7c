//! "Am I ready to choose?": four yes/no items after the SURE test of
//! decisional conflict (Légaré et al. 2010), in the dataset's own words.
//! Optional: skipped, there is no readiness; it never blocks results.

use crate::dataset::decision::READINESS_IDS;
use crate::dataset::{Dataset, Reference};
use crate::interview::Answers;

#[derive(Debug, Clone, PartialEq)]
pub struct Readiness<'d> {
    /// Each item in the dataset's order: its id, its words, and yes or no.
    pub items: Vec<Item<'d>>,
    /// When fewer than all items are yes: the kind note, then what may
    /// help for each "no", in item order.
    pub note: Option<&'d str>,
    pub helps: Vec<&'d str>,
    /// The source of the items.
    pub credit: Option<&'d Reference>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Item<'d> {
    pub id: &'d str,
    pub label: &'d str,
    pub yes: bool,
}

impl Readiness<'_> {
    pub fn yes(&self) -> usize {
        self.items.iter().filter(|i| i.yes).count()
    }

    pub fn ready(&self) -> bool {
        self.yes() == self.items.len()
    }
}

/// The readiness check, when the person answered its question.
pub fn check<'d>(data: &'d Dataset, answers: &Answers) -> Option<Readiness<'d>> {
    let d = data.decision.as_ref()?;
    let q = data.question(&d.readiness)?;
    if !answers.is_answered(&q.id) {
        return None;
    }
    let items: Vec<Item> = q
        .options
        .iter()
        .filter(|o| READINESS_IDS.contains(&o.id.as_str()))
        .map(|o| Item {
            id: o.id.as_str(),
            label: o.label.as_str(),
            yes: answers.is_chosen(&q.id, &o.id),
        })
        .collect();
    let helps: Vec<&str> = items
        .iter()
        .filter(|i| !i.yes)
        .filter_map(|i| d.readiness_help.iter().find(|h| h.item == i.id))
        .map(|h| h.text.as_str())
        .collect();
    let ready = items.iter().all(|i| i.yes);
    Some(Readiness {
        note: (!ready).then_some(d.readiness_note.as_str()),
        helps,
        credit: data.reference(&d.readiness_ref),
        items,
    })
}
