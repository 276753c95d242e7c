//! Issue 13, points 5 and 6 for the reports: what matters most comes
//! first ("Before anything else": every caveat that usually means waiting
//! and every conflict, before the answers and any treatment), headings are
//! not in capitals, and every caveat and note says why it appears, at every
//! level. On the shipped dataset and every example answers file.

use scarguide::advice::{self, Advice};
use scarguide::dataset::{self, Dataset, Level};
use scarguide::interview::file;
use scarguide::report;
use scarguide::words;

fn shipped() -> Dataset {
    dataset::check_file(None).unwrap().dataset
}

fn examples() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/examples");
    let mut v: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .collect();
    v.sort();
    assert!(v.len() >= 5, "{v:?}");
    v
}

fn advice_for<'d>(data: &'d Dataset, name: &str, text: &str) -> Advice<'d> {
    let loaded = file::parse(name, text, data).unwrap();
    advice::evaluate(data, &loaded.answers)
}

/// Text with every run of spaces and line breaks made one space, so
/// wrapped sentences can be found whole.
fn flat(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What must come first, as the reports say it.
fn first_things<'a>(advice: &'a Advice) -> Vec<&'a str> {
    let mut v: Vec<&str> = advice
        .conflicts
        .iter()
        .map(|c| c.conflict.message.as_str())
        .collect();
    for c in advice.at_level(Level::Defer) {
        v.push(&c.caveat.title);
        v.push(&c.caveat.text);
    }
    v
}

#[test]
fn the_banner_comes_before_the_answers_and_every_treatment() {
    let data = shipped();
    let mut seen_banner = 0;
    for (name, text) in examples() {
        let advice = advice_for(&data, &name, &text);
        let txt = report::text::render(&data, &advice, report::text::WIDTH);
        let md = report::markdown::render(&data, &advice, "2026-11-30");
        for (format, out) in [("text", flat(&txt)), ("markdown", flat(&md))] {
            let answers = out.find(words::your_answers()).unwrap();
            let banner = out.find(words::before_anything());
            let first = first_things(&advice);
            if first.is_empty() {
                assert!(
                    banner.is_none(),
                    "{name} {format}: a banner with nothing in it"
                );
                continue;
            }
            seen_banner += 1;
            let banner = banner.unwrap_or_else(|| panic!("{name} {format}: no banner\n{out}"));
            assert!(banner < answers, "{name} {format}");
            for thing in first {
                let at = out
                    .find(&flat(thing))
                    .unwrap_or_else(|| panic!("{name} {format}: {thing:?} missing"));
                assert!(
                    at > banner && at < answers,
                    "{name} {format}: {thing:?} is not in the banner"
                );
            }
        }
    }
    assert!(seen_banner >= 4, "the examples include waiting caveats");
}

#[test]
fn the_pregnancy_warning_is_the_first_thing_after_the_disclaimer() {
    let data = shipped();
    let text = include_str!("../assets/examples/pregnant-on-isotretinoin.ron");
    let advice = advice_for(&data, "pregnant-on-isotretinoin.ron", text);
    let txt = report::text::render(&data, &advice, report::text::WIDTH);
    let pregnancy = txt.find("Acne medicines in pregnancy").unwrap();
    let used = txt
        .find(words::tier_heading(scarguide::dataset::Tier::Suited))
        .unwrap();
    assert!(pregnancy < used, "{txt}");
    let md = report::markdown::render(&data, &advice, "2026-11-30");
    let pregnancy = md.find("Acne medicines in pregnancy").unwrap();
    assert!(pregnancy < md.find("## Treatments").unwrap(), "{md}");
    assert!(pregnancy < md.find("## Your answers").unwrap(), "{md}");
}

#[test]
fn text_headings_are_not_in_capitals() {
    let data = shipped();
    for (name, text) in examples() {
        let advice = advice_for(&data, &name, &text);
        let txt = report::text::render(&data, &advice, report::text::WIDTH);
        for line in txt.lines() {
            let letters: Vec<char> = line.chars().filter(|c| c.is_alphabetic()).collect();
            assert!(
                letters.len() < 4 || letters.iter().any(|c| c.is_lowercase()),
                "{name}: a heading in capitals: {line:?}"
            );
        }
        assert!(txt.contains("\nYour answers\n"), "{name}");
    }
}

/// Every reason of every caveat (info too) and note, in text and Markdown.
#[test]
fn every_caveat_and_note_says_why_in_text_and_markdown() {
    let data = shipped();
    let mut info_reasons = 0;
    for (name, text) in examples() {
        let advice = advice_for(&data, &name, &text);
        let txt = flat(&report::text::render(&data, &advice, report::text::WIDTH));
        let md = flat(&report::markdown::render(&data, &advice, "2026-11-30"));
        let reasons = advice
            .caveats
            .iter()
            .map(|c| (c.level == Level::Info, &c.reasons))
            .chain(advice.notes.iter().map(|n| (false, &n.reasons)));
        for (info, rs) in reasons {
            for r in rs.iter() {
                info_reasons += usize::from(info);
                assert!(txt.contains(&flat(r)), "{name} text: {r:?}");
                assert!(md.contains(&flat(r)), "{name} markdown: {r:?}");
            }
        }
    }
    assert!(
        info_reasons > 0,
        "some example has an info caveat with a reason"
    );
}
