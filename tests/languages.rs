//! The program's own words in every shipped language: no message missing,
//! none extra, the same arguments as English, valid Fluent, and key hints
//! that the narrow-window shortening can still find.

use scarguide::i18n::{self, Lang};

fn others() -> Vec<Lang> {
    Lang::all().filter(|&l| l != Lang::ENGLISH).collect()
}

#[test]
fn spanish_is_shipped_and_named_in_itself() {
    let es = i18n::parse("es_ES.UTF-8");
    assert!(es.is_some());
    assert_eq!(es.map(|l| l.name()), Some("Español"));
    assert_eq!(i18n::parse("es-MX"), es);
    assert_eq!(Lang::ENGLISH.name(), "English");
    assert_eq!(i18n::parse("fr"), None);
}

#[test]
fn every_language_has_every_message_and_no_other() {
    let english = i18n::ids(Lang::ENGLISH);
    assert!(english.len() > 250, "{}", english.len());
    for lang in others() {
        let ids = i18n::ids(lang);
        let missing: Vec<&String> = english.iter().filter(|id| !ids.contains(id)).collect();
        let extra: Vec<&String> = ids.iter().filter(|id| !english.contains(id)).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", lang.code());
        assert!(extra.is_empty(), "{} has unknown {extra:?}", lang.code());
    }
}

#[test]
fn every_message_takes_the_same_arguments_as_in_english() {
    for lang in others() {
        for id in i18n::ids(Lang::ENGLISH) {
            assert_eq!(
                i18n::message_args(lang, &id),
                i18n::message_args(Lang::ENGLISH, &id),
                "{} `{id}`",
                lang.code()
            );
        }
    }
}

#[test]
fn every_message_file_is_valid_fluent_without_duplicates() {
    for lang in Lang::all() {
        let ids = i18n::ids(lang);
        let mut sorted = ids.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), ids.len(), "{} repeats an id", lang.code());
        let text = i18n::source_text(lang);
        if let Err((_, errors)) = fluent_syntax::parser::parse(text) {
            panic!("{}: {errors:?}", lang.code());
        }
    }
}

#[test]
fn plurals_come_from_fluent_in_each_language() {
    use scarguide::words;
    let said = |lang, n| i18n::with(lang, || words::pin_wrong(n));
    assert_eq!(said(Lang::ENGLISH, 1), "That PIN is not right. 1 try left.");
    assert_eq!(
        said(Lang::ENGLISH, 4),
        "That PIN is not right. 4 tries left."
    );
    let es = i18n::parse("es").unwrap_or(Lang::ENGLISH);
    assert!(said(es, 1).contains("1 intento"), "{}", said(es, 1));
    assert!(said(es, 4).contains("4 intentos"), "{}", said(es, 4));
    assert_eq!(
        i18n::with(Lang::ENGLISH, || words::progress(3, 7)),
        "Question 3 of 7"
    );
    assert!(i18n::with(es, || words::progress(3, 7)).contains("3 de 7"));
}

#[test]
fn short_key_hints_replace_words_the_long_hints_really_say() {
    use scarguide::words;
    for lang in Lang::all() {
        i18n::with(lang, || {
            let lines = [
                words::question_keys("↑↓"),
                words::review_keys("↑↓"),
                words::results_keys("↑↓"),
            ];
            // What the app takes out of the keys lines is really in them.
            for id in ["hint-quit", "hint-scroll", "hint-restart"] {
                let h = i18n::t(id);
                let whole = |l: &String| l.split("  ").any(|k| k == h);
                assert!(
                    lines.iter().any(whole),
                    "{}: `{h}` is in no key line",
                    lang.code()
                );
            }
            for (long, brief) in words::key_hints_short() {
                assert!(
                    lines.iter().any(|l| l.contains(long)),
                    "{}: `{long}` is in no key line",
                    lang.code()
                );
                assert!(brief.len() < long.len(), "{}: `{brief}`", lang.code());
            }
        });
    }
}

#[test]
fn no_language_leaves_a_message_untranslated_by_accident() {
    // Messages that may read the same (codes, key names, "OK").
    let same_ok = ["ok", "no", "hint-section-short"];
    for lang in others() {
        let same: Vec<String> = i18n::ids(Lang::ENGLISH)
            .into_iter()
            .filter(|id| !same_ok.contains(&id.as_str()))
            // Messages with arguments are checked by formatting them below.
            .filter(|id| i18n::message_args(Lang::ENGLISH, id).is_some_and(|a| a.is_empty()))
            .filter(|id| {
                let id: &'static str = Box::leak(id.clone().into_boxed_str());
                let en = i18n::in_lang(Lang::ENGLISH, id);
                en.chars().any(char::is_alphabetic) && i18n::in_lang(lang, id) == en
            })
            .collect();
        assert!(
            same.is_empty(),
            "{}: same as English: {same:?}",
            lang.code()
        );
    }
}
