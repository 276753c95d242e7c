//! Issue 13, points 5 and 6 in the full-screen app: what matters most is
//! the first thing on the results ("Before anything else": every caveat
//! that usually means waiting and every conflict), and every caveat and
//! note says why it appears. Snapshots of a pregnant person on
//! isotretinoin (assets/examples/pregnant-on-isotretinoin.ron, shipped
//! dataset) at 80×24 and 60×20, and a property over random answer sets.

mod common;

use common::drive::to_results;
use proptest::prelude::*;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use scarguide::advice::Advice;
use scarguide::dataset::{self, Dataset, Level};
use scarguide::interview::{file, visibility, Answers};
use scarguide::tui::app::{update, App, Msg};
use scarguide::tui::layout::Section;
use scarguide::tui::view;
use scarguide::words;

fn shipped() -> Dataset {
    dataset::check_text(dataset::EMBEDDED_NAME, dataset::EMBEDDED)
        .unwrap()
        .dataset
}

fn pregnant(data: &Dataset) -> Answers {
    let text = include_str!("../assets/examples/pregnant-on-isotretinoin.ron");
    let loaded = file::parse("pregnant-on-isotretinoin.ron", text, data).unwrap();
    assert!(!loaded.has_errors(), "{:?}", loaded.problems);
    loaded.answers
}

fn rows(app: &App) -> Vec<String> {
    let area = Rect::new(0, 0, app.size.0, app.size.1);
    let mut buf = Buffer::empty(area);
    view::draw(app, area, &mut buf);
    (0..area.height)
        .map(|y| (0..area.width).map(|x| buf[(x, y)].symbol()).collect())
        .collect()
}

/// Text with every run of spaces made one, so wrapped sentences are whole.
fn flat(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The section's lines as text, wrapped as on screen.
fn section_text(app: &mut App, section: Section) -> String {
    update(app, Msg::Section(section));
    let r = app.results.as_ref().unwrap();
    let lines: Vec<String> = r.doc.lines.iter().map(|l| l.to_string()).collect();
    lines.join("\n")
}

/// What must come before any treatment.
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
fn pregnant_on_isotretinoin_sees_the_banner_first() {
    let data = shipped();
    let answers = pregnant(&data);
    for (w, h) in [(80u16, 24u16), (60, 20)] {
        let app = to_results(&data, &answers, (w, h)).unwrap();
        let screen = rows(&app);
        // Row 3 is the first line inside the frame.
        assert!(screen[3].contains(words::before_anything()), "{screen:#?}");
        let shown = screen.join("\n");
        assert!(shown.contains("Acne medicines in pregnancy"), "{shown}");
        assert!(
            !shown.contains(words::tier_heading(dataset::Tier::Suited)),
            "{shown}"
        );
        insta::assert_snapshot!(format!("pregnant_results_{w}x{h}"), shown);
    }
}

#[test]
fn the_app_says_why_for_every_caveat_and_note() {
    let data = shipped();
    let answers = pregnant(&data);
    let mut app = to_results(&data, &answers, (80, 24)).unwrap();
    let advice = app.results.as_ref().unwrap().advice.clone();
    let caveats = flat(&section_text(&mut app, Section::Caveats));
    let notes = flat(&section_text(&mut app, Section::Expect));
    let mut info = 0;
    for c in &advice.caveats {
        for r in &c.reasons {
            info += usize::from(c.level == Level::Info);
            assert!(caveats.contains(&flat(r)), "{}: {r}", c.caveat.id);
        }
    }
    for n in &advice.notes {
        for r in &n.reasons {
            assert!(notes.contains(&flat(r)), "{}: {r}", n.note.id);
        }
    }
    assert!(info > 0, "the example has an info caveat with a reason");
    assert!(caveats.contains(words::why()), "labelled: {caveats}");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    /// Any answer set with a caveat that usually means waiting, or answers
    /// that do not fit together: each of them is in the banner that opens
    /// the results, before the first treatment, and the banner is the
    /// first line on screen.
    #[test]
    fn the_first_results_lines_hold_every_waiting_caveat_and_conflict(
        picks in prop::collection::vec(any::<u64>(), 1..10)
    ) {
        let data = shipped();
        let answers = visibility::effective(&data, &common::answers::random(&data, &picks));
        let Some(mut app) = to_results(&data, &answers, (80, 24)) else {
            return Ok(());
        };
        let advice = app.results.as_ref().unwrap().advice.clone();
        let first = first_things(&advice);
        let text = flat(&section_text(&mut app, Section::Treatments));
        let banner = text.find(words::before_anything());
        if first.is_empty() {
            prop_assert!(banner.is_none(), "{}", text);
            return Ok(());
        }
        prop_assert_eq!(banner, Some(0), "the banner opens the results: {}", text);
        let end = [words::open_hint(), words::no_treatments()]
            .iter()
            .filter_map(|s| text.find(s))
            .min()
            .unwrap_or(text.len());
        for thing in first {
            let at = text.find(&flat(thing));
            prop_assert!(at.is_some_and(|a| a < end), "{:?} not before the treatments: {}", thing, text);
        }
        let screen = rows(&app);
        prop_assert!(screen[3].contains(words::before_anything()), "{:#?}", screen);
    }
}
