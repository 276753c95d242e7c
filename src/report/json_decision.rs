//! The decision aid in the report JSON: `comparison`, `values` and
//! `readiness`, added after the first version of the contract.

use serde::Serialize;

use crate::advice::compare::{self, Row, SkinGroup};
use crate::advice::readiness;
use crate::advice::values::{self, Skin};
use crate::advice::Advice;
use crate::dataset::{Dataset, Sure};

use super::decision::{cell_text, heading};

#[derive(Serialize)]
pub struct Comparison<'a> {
    /// Which dark-patch facts were read: "lighter", "darker" or "unknown".
    skin_group: &'static str,
    rows: Vec<RowInfo>,
    options: Vec<Option_<'a>>,
}

#[derive(Serialize)]
struct RowInfo {
    id: &'static str,
    title: &'static str,
}

#[derive(Serialize)]
struct Option_<'a> {
    id: &'a str,
    name: String,
    /// The advice's tier, or null for "wait" and for options not listed.
    tier: Option<&'static str>,
    added: bool,
    fits: Vec<&'static str>,
    /// By row id, in row order.
    cells: Vec<Cell<'a>>,
}

#[derive(Serialize)]
struct Cell<'a> {
    row: &'static str,
    /// The cell in words, as every front end shows it.
    text: String,
    parts: Vec<Part<'a>>,
}

#[derive(Serialize)]
struct Part<'a> {
    group: Option<&'static str>,
    text: &'a str,
    sure: Option<&'static str>,
    refs: &'a [String],
}

#[derive(Serialize)]
pub struct Readiness<'a> {
    yes: usize,
    of: usize,
    items: Vec<Item<'a>>,
    note: Option<&'a str>,
    helps: Vec<&'a str>,
    credit: Option<&'a str>,
}

#[derive(Serialize)]
struct Item<'a> {
    id: &'a str,
    label: &'a str,
    yes: bool,
}

fn sure_id(s: Sure) -> &'static str {
    match s {
        Sure::NotKnown => "not_known",
        Sure::Low => "low",
        Sure::Moderate => "moderate",
    }
}

pub fn comparison<'a>(data: &'a Dataset, advice: &Advice<'a>) -> Option<Comparison<'a>> {
    data.decision.as_ref()?;
    let c = compare::build(data, advice, &[]);
    let options = c
        .columns
        .iter()
        .map(|col| Option_ {
            id: &col.treatment.id,
            name: heading(col),
            tier: col.tier.map(|t| t.as_str()),
            added: col.added,
            fits: col.fits.iter().map(|v| v.id()).collect(),
            cells: Row::ALL
                .iter()
                .filter_map(|&row| {
                    let cell = c.cell(row, col)?;
                    Some(Cell {
                        row: row.id(),
                        text: cell_text(&cell),
                        parts: cell
                            .parts
                            .iter()
                            .map(|p| Part {
                                group: p.group.map(|g| match g {
                                    SkinGroup::Lighter => "lighter",
                                    SkinGroup::Darker => "darker",
                                }),
                                text: p.text,
                                sure: p.sure.map(sure_id),
                                refs: p.refs,
                            })
                            .collect(),
                    })
                })
                .collect(),
        })
        .collect();
    Some(Comparison {
        skin_group: match c.skin {
            Skin::Lighter => "lighter",
            Skin::Darker => "darker",
            Skin::Unknown => "unknown",
        },
        rows: Row::ALL
            .iter()
            .map(|&r| RowInfo {
                id: r.id(),
                title: crate::words::decision::row(r),
            })
            .collect(),
        options,
    })
}

/// The chosen values' ids, in the dataset's order.
pub fn values(data: &Dataset, advice: &Advice) -> Vec<&'static str> {
    values::chosen(data, &advice.answers)
        .into_iter()
        .map(|v| v.id())
        .collect()
}

pub fn readiness<'a>(data: &'a Dataset, advice: &Advice) -> Option<Readiness<'a>> {
    let r = readiness::check(data, &advice.answers)?;
    Some(Readiness {
        yes: r.yes(),
        of: r.items.len(),
        note: r.note,
        helps: r.helps.clone(),
        credit: r.credit.map(|c| c.citation.as_str()),
        items: r
            .items
            .iter()
            .map(|i| Item {
                id: i.id,
                label: i.label,
                yes: i.yes,
            })
            .collect(),
    })
}
