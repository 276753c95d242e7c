//! The same answers give the same advice in every language: the same
//! treatments at the same tiers, the same caveats at the same levels, the
//! same notes and conflicts, in the same order. Only the words differ.

mod common;

use proptest::prelude::*;
use scarguide::advice::{evaluate, Advice};
use scarguide::dataset::{self, localized::translate, Dataset};
use scarguide::i18n::Lang;

fn english() -> Dataset {
    dataset::check_text(dataset::EMBEDDED_NAME, dataset::EMBEDDED)
        .map(|c| c.dataset)
        .unwrap_or_else(|e| panic!("{e:?}"))
}

/// What the advice says, by id: (kind, id, tier or level, reasons).
fn shape(a: &Advice) -> Vec<(char, String, String, usize)> {
    let mut out = Vec::new();
    for t in &a.treatments {
        out.push((
            't',
            t.treatment.id.clone(),
            format!("{:?}", t.tier),
            t.reasons.len(),
        ));
    }
    for c in &a.caveats {
        out.push((
            'c',
            c.caveat.id.clone(),
            format!("{:?}", c.level),
            c.reasons.len(),
        ));
    }
    for n in &a.notes {
        out.push(('n', n.note.id.clone(), String::new(), n.reasons.len()));
    }
    for k in &a.conflicts {
        out.push(('k', k.conflict.id.clone(), String::new(), 0));
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn every_language_gives_the_same_ids_tiers_and_levels(
        picks in proptest::collection::vec(any::<u64>(), 12)
    ) {
        let en = english();
        let answers = common::answers::random(&en, &picks);
        let want = shape(&evaluate(&en, &answers));
        let langs = Lang::all().chain([Lang::PSEUDO]).filter(|&l| l != Lang::ENGLISH);
        for lang in langs {
            let other = translate(&en, None, lang);
            let got = shape(&evaluate(&other, &answers));
            prop_assert_eq!(&got, &want, "{}", lang.code());
        }
    }
}

#[test]
fn a_translated_dataset_differs_from_the_english_only_in_its_words() {
    use scarguide::dataset::translation::each_text;
    let en = english();
    let blank = |d: &Dataset| {
        let mut d = d.clone();
        each_text(&mut d, &mut |_, text| text.clear());
        // Who translated it: a note only a translated copy carries.
        d.meta.translated = None;
        d
    };
    for lang in Lang::all()
        .chain([Lang::PSEUDO])
        .filter(|&l| l != Lang::ENGLISH)
    {
        let other = translate(&en, None, lang);
        assert_ne!(
            other.meta.title,
            en.meta.title,
            "{}: the words are translated",
            lang.code()
        );
        // With every translatable text blanked, nothing else may differ.
        assert!(
            blank(&other) == blank(&en),
            "{}: more than words differ",
            lang.code()
        );
    }
}
