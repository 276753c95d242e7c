//! Issue 15, the decision aid: the comparison, what matters and readiness
//! in the pure core, and the same comparison and readiness in the app,
//! plain mode and every report format for the same answers. Snapshots of
//! the Compare and About sections at 80×24 and 60×20 (shipped dataset).

#[path = "../common/mod.rs"]
mod common;

use common::drive::to_results;
use std::collections::BTreeSet;

use proptest::prelude::*;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use scarguide::advice::compare::{self, Row};
use scarguide::advice::readiness;
use scarguide::advice::values::{self, Value};
use scarguide::advice::{evaluate, Advice};
use scarguide::dataset::{self, Dataset, Tier};
use scarguide::interview::{file, Answers};
use scarguide::report::{json, markdown, text};
use scarguide::tui::app::compare::choices;
use scarguide::tui::app::{update, App, Msg};
use scarguide::tui::layout::Section;
use scarguide::tui::view;
use serde_json::Value as Json;

fn shipped() -> Dataset {
    dataset::check_text(dataset::EMBEDDED_NAME, dataset::EMBEDDED)
        .unwrap()
        .dataset
}

fn answers(data: &Dataset, text: &str) -> Answers {
    let loaded = file::parse("t.ron", text, data).unwrap();
    assert!(!loaded.has_errors(), "{:?}", loaded.problems);
    loaded.answers
}

const ROLLING_DARK: &str = r#"{
    "scar_types": ["ice_pick", "rolling"], "severity": ["grade_3"],
    "skin_type": ["type_5"], "active_acne": ["none"], "history": ["cold_sores"],
    "downtime": ["week"], "values": ["short_recovery", "no_needles"],
    "readiness": ["informed", "supported"],
}"#;

/// What a tier, caveat, note or conflict list says, without the answers.
fn outcome(a: &Advice) -> String {
    let t: Vec<String> = a
        .treatments
        .iter()
        .map(|t| format!("{}:{:?}:{:?}", t.treatment.id, t.tier, t.reasons))
        .collect();
    let c: Vec<String> = a
        .caveats
        .iter()
        .map(|c| format!("{}:{:?}:{:?}", c.caveat.id, c.level, c.reasons))
        .collect();
    let n: Vec<&str> = a.notes.iter().map(|n| n.note.id.as_str()).collect();
    let k: Vec<&str> = a.conflicts.iter().map(|c| c.conflict.id.as_str()).collect();
    format!("{t:?}{c:?}{n:?}{k:?}")
}

fn without_decision(data: &Dataset, a: &Answers) -> Answers {
    let mut a = a.clone();
    if let Some(d) = &data.decision {
        a.remove(&d.values);
        a.remove(&d.readiness);
    }
    a
}

#[test]
fn the_comparison_lists_every_suited_and_consider_option_and_always_wait() {
    let d = shipped();
    let a = answers(&d, ROLLING_DARK);
    let advice = evaluate(&d, &a);
    let c = compare::build(&d, &advice, &["ablative_full"]);
    let ids: Vec<&str> = c.columns.iter().map(|c| c.treatment.id.as_str()).collect();
    for t in advice.treatments.iter().filter(|t| t.tier.is_listed()) {
        assert!(ids.contains(&t.treatment.id.as_str()), "{ids:?}");
    }
    assert_eq!(ids.last(), Some(&"wait"));
    // Added by the person: marked, and its tier kept (here not advised).
    let added = c.columns.iter().find(|c| c.added).unwrap();
    assert_eq!(added.treatment.id, "ablative_full");
    assert_eq!(added.tier, Some(Tier::NotAdvised));
    // Its heading says so wherever it is shown (app, handout, text).
    let h = scarguide::report::decision::heading(added);
    assert!(h.contains("usually avoided for answers like yours"), "{h}");
    let other = c.columns.iter().find(|c| !c.added).unwrap();
    assert!(!scarguide::report::decision::heading(other).contains("avoided"));
    // Type 5: the darker-skin facts, in one part.
    let sub = c
        .columns
        .iter()
        .find(|c| c.treatment.id == "picosecond_fractional")
        .unwrap();
    let cell = c.cell(Row::DarkPatches, sub).unwrap();
    assert_eq!(cell.parts.len(), 1);
    assert!(cell.parts[0].text.contains("About 5 in 100"));
}

#[test]
fn without_a_skin_type_dark_patches_are_given_for_both_groups() {
    let d = shipped();
    let a = answers(&d, r#"{"scar_types": ["rolling"]}"#);
    let advice = evaluate(&d, &a);
    let c = compare::build(&d, &advice, &[]);
    let wait = c.columns.last().unwrap();
    assert_eq!(c.cell(Row::DarkPatches, wait).unwrap().parts.len(), 2);
    // "Fewer dark patches" fits only when it fits both groups.
    assert!(values::fits(
        wait.treatment.compare.as_ref(),
        Value::FewerDarkPatches,
        c.skin
    ));
}

#[test]
fn values_mark_and_order_within_a_tier_and_never_move_a_tier() {
    let d = shipped();
    let a = answers(&d, ROLLING_DARK);
    let advice = evaluate(&d, &a);
    let ordered = values::ordered(&d, &advice);
    let tiers: Vec<Tier> = ordered.iter().map(|t| t.tier).collect();
    let mut sorted = tiers.clone();
    sorted.sort();
    assert_eq!(tiers, sorted, "tiers stay in order");
    let chosen = values::chosen(&d, &a);
    assert_eq!(chosen, [Value::ShortRecovery, Value::NoNeedles]);
    let skin = values::skin(&d, &a);
    for w in ordered.windows(2) {
        if w[0].tier == w[1].tier {
            let f = |t: &scarguide::advice::TreatmentAdvice| {
                values::fit(t.treatment, &chosen, skin).len()
            };
            assert!(f(w[0]) >= f(w[1]));
        }
    }
    assert_eq!(
        outcome(&advice),
        outcome(&evaluate(&d, &without_decision(&d, &a)))
    );
}

#[test]
fn readiness_is_optional_and_a_no_names_what_may_help() {
    let d = shipped();
    let skipped = answers(&d, r#"{"scar_types": ["rolling"]}"#);
    assert!(readiness::check(&d, &skipped).is_none());
    let all = answers(
        &d,
        r#"{"readiness": ["sure", "informed", "values_clear", "supported"]}"#,
    );
    let r = readiness::check(&d, &all).unwrap();
    assert!(r.ready() && r.note.is_none() && r.helps.is_empty());
    let two = answers(&d, r#"{"readiness": ["informed", "supported"]}"#);
    let r = readiness::check(&d, &two).unwrap();
    assert_eq!(r.yes(), 2);
    assert!(r.note.is_some());
    assert_eq!(r.helps.len(), 2);
    assert!(r.credit.unwrap().citation.contains("Légaré"));
    let none = answers(&d, r#"{"readiness": ["none"]}"#);
    assert_eq!(readiness::check(&d, &none).unwrap().helps.len(), 4);
}

/// Lines at 80 columns before the details: two printed pages of 60 lines.
/// Everything counts, the "Before anything else" banner too.
fn lines_before_details(md: &str) -> usize {
    let head = md.split("<!-- details -->").next().unwrap_or_default();
    head.split('\n')
        .map(|l| l.chars().count().div_ceil(80).max(1))
        .sum()
}

pub const TWO_PAGES: usize = 120;

fn screen(app: &App) -> String {
    let area = Rect::new(0, 0, app.size.0, app.size.1);
    let mut buf = Buffer::empty(area);
    view::draw(app, area, &mut buf);
    (0..area.height)
        .map(|y| {
            (0..area.width)
                .map(|x| buf[(x, y)].symbol())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// The same answers give the same comparison and readiness in the app,
    /// JSON, Markdown and text; values and readiness never change the
    /// advice; the handout's first part stays within two printed pages.
    #[test]
    fn the_same_comparison_and_readiness_everywhere(
        picks in proptest::collection::vec(any::<u64>(), 1..12)
    ) {
        let d = shipped();
        let a = common::answers::random(&d, &picks);
        let advice = evaluate(&d, &a);
        prop_assert_eq!(outcome(&advice), outcome(&evaluate(&d, &without_decision(&d, &a))));

        let c = compare::build(&d, &advice, &[]);
        let names: Vec<String> = c.columns.iter().map(|c| c.treatment.name.clone()).collect();
        let ids: Vec<String> = c.columns.iter().map(|c| c.treatment.id.clone()).collect();

        let j: Json = serde_json::from_str(&json::render(&d, &advice)).unwrap();
        let jids: Vec<String> = j["comparison"]["options"].as_array().unwrap().iter()
            .map(|o| o["id"].as_str().unwrap().to_string()).collect();
        prop_assert_eq!(&jids, &ids);

        let md = markdown::render(&d, &advice, "2026-11-30");
        let txt = text::render(&d, &advice, 80);
        let flat = txt.split_whitespace().collect::<Vec<_>>().join(" ");
        for n in &names {
            prop_assert!(md.contains(&format!(" {n} |")), "{} not in the handout tables", n);
            prop_assert!(flat.contains(&format!("{n}: ")), "{} not in the text", n);
        }
        prop_assert!(lines_before_details(&md) <= TWO_PAGES, "{} lines", lines_before_details(&md));

        let r = readiness::check(&d, &a);
        match &r {
            Some(r) => {
                let said = format!("You said yes to {} of 4.", r.yes());
                prop_assert_eq!(j["readiness"]["yes"].as_u64(), Some(r.yes() as u64));
                prop_assert!(md.contains(&said));
                prop_assert!(txt.contains(&said));
            }
            None => prop_assert!(j["readiness"].is_null()),
        }

        // The app: its picker offers the same options first, in order.
        if let Some(mut app) = to_results(&d, &a, (80, 24)) {
            let r = app.results.as_ref().unwrap();
            let offered: Vec<&str> = choices(&d, &r.advice).into_iter().map(|(id, _)| id).collect();
            let first: Vec<&str> = offered.iter().take(ids.len()).copied().collect();
            let want: Vec<&str> = ids.iter().map(String::as_str).collect();
            prop_assert_eq!(first, want);
            update(&mut app, Msg::Section(Section::Compare));
            let s = screen(&app);
            prop_assert!(s.contains("Compare your options"));
        }
    }
}

#[test]
fn the_handout_first_part_fits_two_pages_for_every_example() {
    let d = shipped();
    let mut most = 0;
    for entry in std::fs::read_dir("assets/examples").unwrap() {
        let path = entry.unwrap().path();
        let loaded = file::read(&path, &d).unwrap();
        let md = markdown::render(&d, &evaluate(&d, &loaded.answers), "2026-11-30");
        most = most.max(lines_before_details(&md));
    }
    assert!(most <= TWO_PAGES, "{most}");
}

#[test]
fn plain_mode_says_the_comparison_row_by_row_and_the_readiness_check() {
    let d = shipped();
    let a = answers(&d, ROLLING_DARK);
    let input = common::answers::plain_lines(&d, &a) + "n\n";
    let out = std::process::Command::new(common::bin())
        .arg("plain")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            use std::io::Write;
            c.stdin.take().unwrap().write_all(input.as_bytes())?;
            c.wait_with_output()
        })
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("Recovery time — Non-ablative fractional laser: Redness"),
        "{flat}"
    );
    assert!(flat.contains("Wait, or skin care only: None."), "{flat}");
    assert!(flat.contains("You said yes to 2 of 4."), "{flat}");
    assert!(flat.contains("Fits: short recovery, no needles."), "{flat}");
    assert!(
        flat.contains("Conflicts of interest: No sponsored content."),
        "{flat}"
    );
}

mod screens;
