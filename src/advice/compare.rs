//! The side-by-side comparison: the listed options (suited, then consider,
//! ordered within a tier by what matters to the person), any the person
//! added, and always "wait, or skin care only" — each row a fact from the
//! dataset, never written per profile. Pure.

use crate::dataset::{Dataset, Fact, Sure, Tier, Treatment};

use super::values::{self, Skin, Value};
use super::Advice;

/// The questions people ask, as the comparison's rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Row {
    What,
    Sessions,
    Recovery,
    Feel,
    DarkPatches,
    Improvement,
    Lasts,
    Cost,
    Risks,
}

impl Row {
    pub const ALL: [Row; 9] = [
        Row::What,
        Row::Sessions,
        Row::Recovery,
        Row::Feel,
        Row::DarkPatches,
        Row::Improvement,
        Row::Lasts,
        Row::Cost,
        Row::Risks,
    ];

    /// The id used in JSON.
    pub fn id(self) -> &'static str {
        match self {
            Row::What => "what",
            Row::Sessions => "sessions",
            Row::Recovery => "recovery",
            Row::Feel => "feel",
            Row::DarkPatches => "dark_patches",
            Row::Improvement => "improvement",
            Row::Lasts => "lasts",
            Row::Cost => "cost",
            Row::Risks => "risks",
        }
    }
}

/// One option in the comparison.
#[derive(Debug, Clone, PartialEq)]
pub struct Column<'d> {
    pub treatment: &'d Treatment,
    /// None for "wait, or skin care only" and for options the person added
    /// that the advice does not list.
    pub tier: Option<Tier>,
    /// The chosen values this option fits.
    pub fits: Vec<Value>,
    /// The person added it (it is not suited or consider).
    pub added: bool,
}

/// One cell: the fact in words, how sure the evidence is where the row
/// states a chance or a gain, and its sources.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell<'d> {
    /// One part per skin group when the skin type is not known.
    pub parts: Vec<Part<'d>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Part<'d> {
    /// "Skin types 1 to 3" when the cell is split by skin group.
    pub group: Option<SkinGroup>,
    pub text: &'d str,
    pub sure: Option<Sure>,
    pub refs: &'d [String],
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SkinGroup {
    Lighter,
    Darker,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Comparison<'d> {
    pub columns: Vec<Column<'d>>,
    pub skin: Skin,
    pub values: Vec<Value>,
}

/// The comparison for these answers: suited and consider options as the
/// person sees them, then `added` (treatment ids, in the order given; ids
/// already shown or unknown are skipped), then "wait, or skin care only".
pub fn build<'d>(data: &'d Dataset, advice: &Advice<'d>, added: &[&str]) -> Comparison<'d> {
    let values = values::chosen(data, &advice.answers);
    let skin = values::skin(data, &advice.answers);
    let column = |treatment: &'d Treatment, tier: Option<Tier>, added: bool| Column {
        treatment,
        tier,
        fits: values::fit(treatment, &values, skin),
        added,
    };
    let mut columns: Vec<Column> = values::ordered(data, advice)
        .into_iter()
        .filter(|t| t.tier.is_listed())
        .map(|t| column(t.treatment, Some(t.tier), false))
        .collect();
    for id in added {
        let shown = columns.iter().any(|c| c.treatment.id == *id);
        if let (false, Some(t)) = (shown, data.treatments.iter().find(|t| t.id == *id)) {
            columns.push(column(t, advice.tier_of(id), true));
        }
    }
    if let Some(d) = &data.decision {
        columns.push(column(&d.wait, None, false));
    }
    Comparison {
        columns,
        skin,
        values,
    }
}

/// Treatments the person may add: every one with facts that is not yet in
/// the comparison, in dataset order.
pub fn addable<'d>(data: &'d Dataset, comparison: &Comparison) -> Vec<&'d Treatment> {
    data.treatments
        .iter()
        .filter(|t| t.compare.is_some())
        .filter(|t| !comparison.columns.iter().any(|c| c.treatment.id == t.id))
        .collect()
}

impl<'d> Comparison<'d> {
    /// The cell of `row` for `column`, or None when the dataset gives the
    /// option no comparison facts.
    pub fn cell(&self, row: Row, column: &Column<'d>) -> Option<Cell<'d>> {
        let c = column.treatment.compare.as_ref()?;
        let part = |group, f: &'d Fact, with_sure: bool| Part {
            group,
            text: f.text.as_str(),
            sure: if with_sure { f.sure } else { None },
            refs: f.refs.as_slice(),
        };
        let one = |f: &'d Fact, with_sure| Cell {
            parts: vec![part(None, f, with_sure)],
        };
        Some(match row {
            Row::What => one(&c.what, false),
            Row::Sessions => one(&c.sessions, false),
            Row::Recovery => one(&c.recovery, false),
            Row::Feel => one(&c.feel, false),
            Row::DarkPatches => match self.skin {
                Skin::Lighter => one(&c.dark_patches.lighter, true),
                Skin::Darker => one(&c.dark_patches.darker, true),
                Skin::Unknown => Cell {
                    parts: vec![
                        part(Some(SkinGroup::Lighter), &c.dark_patches.lighter, true),
                        part(Some(SkinGroup::Darker), &c.dark_patches.darker, true),
                    ],
                },
            },
            Row::Improvement => one(&c.improvement, true),
            Row::Lasts => one(&c.lasts, false),
            Row::Cost => one(&c.cost, false),
            Row::Risks => one(&c.risks, false),
        })
    }

    /// Every reference id the comparison cites, without repeats, in the
    /// order first cited.
    pub fn reference_ids(&self) -> Vec<&'d str> {
        let mut out: Vec<&'d str> = Vec::new();
        for col in &self.columns {
            for row in Row::ALL {
                for p in self.cell(row, col).map(|c| c.parts).unwrap_or_default() {
                    for r in p.refs {
                        if !out.contains(&r.as_str()) {
                            out.push(r.as_str());
                        }
                    }
                }
            }
        }
        out
    }
}
