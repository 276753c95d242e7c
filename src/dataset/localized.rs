//! The dataset in the language being spoken: the English as loaded, or a
//! translation laid over it (`translation::apply`), made on first use. A
//! text whose translation is missing or out of date is the English with a
//! marker, never an old translation.

use std::cell::OnceCell;
use std::path::{Path, PathBuf};

use super::Dataset;
use crate::i18n::{self, Lang};

#[derive(Debug)]
pub struct Localized<'e> {
    english: &'e Dataset,
    /// The dataset file, whose translations lie beside it; None for the
    /// embedded dataset and its embedded translations.
    source: Option<PathBuf>,
    /// One slot per language (the last for the pseudo-language).
    made: Vec<OnceCell<Dataset>>,
}

impl<'e> Localized<'e> {
    pub fn new(english: &'e Dataset, source: Option<&Path>) -> Localized<'e> {
        let slots = Lang::all().count() + 1;
        Localized {
            english,
            source: source.map(Path::to_path_buf),
            made: (0..slots).map(|_| OnceCell::new()).collect(),
        }
    }

    pub fn english(&self) -> &'e Dataset {
        self.english
    }

    /// The dataset in `lang`: ids, rules and structure are the English
    /// ones; only the words differ.
    pub fn get(&self, lang: Lang) -> &Dataset {
        if lang == Lang::ENGLISH {
            return self.english;
        }
        let slot = Lang::all()
            .position(|l| l == lang)
            .unwrap_or(self.made.len().saturating_sub(1));
        match self.made.get(slot) {
            Some(cell) => {
                cell.get_or_init(|| translate(self.english, self.source.as_deref(), lang))
            }
            None => self.english,
        }
    }
}

/// The English with every text in `lang`, or marked as English.
pub fn translate(english: &Dataset, source: Option<&Path>, lang: Lang) -> Dataset {
    if lang == Lang::ENGLISH {
        return english.clone();
    }
    if lang == Lang::PSEUDO {
        let mut d = english.clone();
        super::translation::each_text(&mut d, &mut |_, text| {
            *text = i18n::pseudo_text(text);
        });
        return d;
    }
    let marker = format!("{} ", i18n::in_lang(lang, "content-in-english"));
    let translation = super::translation::load(source, lang.code())
        .unwrap_or_else(|| super::translation::Translation::empty(lang.code()));
    super::translation::apply(english, &translation, &marker)
}
