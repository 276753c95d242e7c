//! `scarguide rules`: the whole dataset as a review document that
//! clinicians read and sign, generated from the file so it cannot drift
//! from what the program does.
//!
//! The dataset becomes a [`doc::Doc`] (sections, effects), which is then
//! written as Markdown or as one self-contained HTML page. Conditions and
//! demands are put into words by [`words`], shared with other tools.

pub mod doc;
mod effects;
pub mod html;
pub mod markdown;
mod sections;
pub mod words;

use crate::dataset::{Dataset, SourceMap};
use doc::{em, Doc, Span};

/// Where the dataset came from: its name for the reader and its text, for
/// line numbers and the fingerprint that ties a signature to the file.
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    pub name: &'a str,
    pub text: &'a str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Html,
}

/// The rule book of `data`; `date` (YYYY-MM-DD) is the day it was made,
/// passed in so that rendering stays pure.
pub fn render(data: &Dataset, source: Source<'_>, date: &str, format: Format) -> String {
    let doc = build(data, source, date);
    match format {
        Format::Markdown => markdown::render(&doc),
        Format::Html => html::render(&doc),
    }
}

/// The document tree, in the order a reviewer reads it.
pub fn build(data: &Dataset, source: Source<'_>, date: &str) -> Doc {
    let ctx = Ctx {
        data,
        source,
        lines: SourceMap::scan(source.text),
    };
    let mut doc = Doc {
        title: format!("Rule book: {}", data.meta.title),
        blocks: Vec::new(),
    };
    sections::meta(&ctx, &mut doc, date);
    sections::questions(&ctx, &mut doc);
    effects::treatments(&ctx, &mut doc);
    effects::caveats_and_notes(&ctx, &mut doc);
    sections::conflicts(&ctx, &mut doc);
    sections::guards(&ctx, &mut doc);
    sections::references(&ctx, &mut doc);
    sections::sign_off(&ctx, &mut doc);
    doc
}

/// What every section needs: the dataset, and where things are in its file.
struct Ctx<'a> {
    data: &'a Dataset,
    source: Source<'a>,
    lines: SourceMap,
}

impl Ctx<'_> {
    /// "(rule 3, line 120)": where to find an item in the file. The number
    /// counts from 1, as `check` counts.
    fn at(&self, what: &str, path: &str, index: usize) -> Span {
        let n = index + 1;
        match self.lines.line(&format!("{path}.{index}")) {
            Some(line) => em(format!("({what} {n}, line {line})")),
            None => em(format!("({what} {n})")),
        }
    }
}

/// FNV-1a (64 bits) of the file's bytes, in hex: a short name for exactly
/// this file, so a signature cannot silently carry over to an edited file
/// whose version was not raised. Not a security measure.
pub use crate::dataset::fingerprint::fingerprint;
