//! Snapshots of the Compare and About sections at 80×24 and 60×20.

use super::*;

fn snapshot_rows(size: (u16, u16), section: Section, keys: &[Msg]) -> String {
    let d = shipped();
    let a = answers(&d, ROLLING_DARK);
    let mut app = to_results(&d, &a, size).unwrap();
    update(&mut app, Msg::Section(section));
    for &k in keys {
        update(&mut app, k);
    }
    screen(&app)
}

#[test]
fn compare_at_80x24() {
    insta::assert_snapshot!(snapshot_rows((80, 24), Section::Compare, &[]));
}

#[test]
fn compare_at_60x20_shows_what_is_hidden_to_the_right() {
    let s = snapshot_rows((60, 20), Section::Compare, &[]);
    assert!(s.contains("1 more ▶"), "{s}");
    insta::assert_snapshot!(s);
}

#[test]
fn compare_at_60x20_moved_right_shows_what_is_hidden_to_the_left() {
    let s = snapshot_rows((60, 20), Section::Compare, &[Msg::Sideways(1)]);
    assert!(s.contains("◀ 1 more"), "{s}");
    insta::assert_snapshot!(s);
}

#[test]
fn compare_picker_at_80x24() {
    insta::assert_snapshot!(snapshot_rows((80, 24), Section::Compare, &[Msg::End]));
}

#[test]
fn about_at_60x20() {
    insta::assert_snapshot!(snapshot_rows((60, 20), Section::About, &[]));
}

#[test]
fn picking_adds_a_column_and_at_most_four() {
    let d = shipped();
    let a = answers(&d, ROLLING_DARK);
    let mut app = to_results(&d, &a, (80, 24)).unwrap();
    update(&mut app, Msg::Section(Section::Compare));
    update(&mut app, Msg::End);
    // The cursor is on the first option, which is picked: unpick it.
    assert_eq!(app.results.as_ref().unwrap().pick.picked.len(), 3);
    update(&mut app, Msg::Enter);
    assert_eq!(app.results.as_ref().unwrap().pick.picked.len(), 2);
    for _ in 0..6 {
        update(&mut app, Msg::Down);
        update(&mut app, Msg::Enter);
    }
    let n = app.results.as_ref().unwrap().pick.picked.len();
    assert_eq!(n, 4, "never more than four");
    let tier_of = |id: &str| app.results.as_ref().unwrap().advice.tier_of(id);
    // Picking never changes the advice.
    assert_eq!(tier_of("ablative_full"), Some(Tier::NotAdvised));
    let _: BTreeSet<&str> = BTreeSet::new();
}

#[test]
#[ignore = "prints the longest first part over many random answer sets"]
fn measure_the_longest_first_part() {
    let d = shipped();
    let mut most = (0, String::new());
    let mut moved = 0;
    for i in 0..3000u64 {
        let picks: Vec<u64> = (0..12)
            .map(|k| {
                (i + 1)
                    .wrapping_mul(0x9E37_79B9_7F4A_7C15)
                    .rotate_left(k * 7)
            })
            .collect();
        let a = common::answers::random(&d, &picks);
        let md = markdown::render(&d, &evaluate(&d, &a), "2026-11-30");
        let n = lines_before_details(&md);
        moved += usize::from(md.contains("the options are compared after the details"));
        if n > most.0 {
            most = (n, md);
        }
    }
    println!(
        "longest {} lines; comparison moved after the details in {moved} of 3000\n{}",
        most.0,
        most.1.split("<!-- details -->").next().unwrap_or_default()
    );
}

/// The kiosk's summary for staff is the Markdown and JSON reports with a
/// stamp: the comparison, what matters and readiness travel with it.
#[test]
fn the_kiosk_export_carries_the_decision_aid() {
    use scarguide::report::stamp::{self, Stamp};
    let d = shipped();
    let a = answers(&d, ROLLING_DARK);
    let advice = evaluate(&d, &a);
    let s = Stamp::now("K7Q2");
    let j: Json =
        serde_json::from_str(&stamp::json(&json::render(&d, &advice), &s).unwrap()).unwrap();
    assert_eq!(
        j["values"],
        serde_json::json!(["short_recovery", "no_needles"])
    );
    assert_eq!(j["readiness"]["yes"], 2);
    assert!(j["comparison"]["options"]
        .as_array()
        .is_some_and(|o| o.len() > 2));
    let md = stamp::markdown(&markdown::render(&d, &advice, "2026-11-30"), &s);
    for part in [
        "## What matters to me",
        "## Ready to choose?",
        "## Compare your options",
        "**About this guide**",
    ] {
        assert!(md.contains(part), "{part}");
    }
}

/// The longest first part there is: every scar type and history item
/// (so every caveat that means waiting, and answers that conflict), every
/// value, and no readiness item. It still fits two pages, the banner
/// first and in full, and the comparison is not lost: it follows the
/// details, "wait, or skin care only" included.
#[test]
fn a_long_banner_moves_the_comparison_after_the_details_but_keeps_it() {
    let d = shipped();
    let a = answers(
        &d,
        r#"{
        "scar_types": ["ice_pick", "boxcar", "rolling", "raised", "keloid", "red_marks", "dark_marks"],
        "severity": ["grade_4"], "skin_type": ["type_6"], "active_acne": ["frequent"],
        "acne_treated": ["no_treatment"],
        "history": ["isotretinoin", "cold_sores", "keloid_tendency", "pregnant", "breastfeeding",
                    "recent_tan", "photosensitizing_meds", "vitiligo", "smoker"],
        "downtime": ["minimal"],
        "more_health": ["blood_thinners", "metal_implant", "melasma", "permanent_filler"],
        "values": ["short_recovery", "lower_cost", "fewer_sessions", "fewer_dark_patches",
                   "biggest_improvement", "no_needles"],
        "readiness": ["none"]
    }"#,
    );
    let advice = evaluate(&d, &a);
    let waiting = advice.at_level(scarguide::dataset::Level::Defer).count();
    assert!(
        waiting >= 3,
        "the answers raise {waiting} caveats that mean waiting"
    );
    let md = markdown::render(&d, &advice, "2026-11-30");
    let n = lines_before_details(&md);
    assert!(n <= TWO_PAGES, "{n} lines before the details");
    let (head, details) = md.split_once("<!-- details -->").unwrap();
    // The banner is whole: every waiting caveat's full text comes first.
    for c in advice.at_level(scarguide::dataset::Level::Defer) {
        let text = c
            .caveat
            .text
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            head.contains(&text),
            "{} not in full before the details",
            c.caveat.id
        );
    }
    // Every compared option is in a table somewhere, "wait" included.
    let c = compare::build(&d, &advice, &[]);
    assert!(c.columns.len() >= 2);
    for col in &c.columns {
        let cell = format!(" {} |", col.treatment.name);
        assert!(md.contains(&cell), "{} is in no table", col.treatment.name);
    }
    assert!(details.contains("More options compared"));
}

/// A click on a picker row picks or unpicks that option, as Space does
/// with the cursor on it; the terminal's cursor (what a screen reader
/// follows) sits on that row.
#[test]
fn a_click_on_a_picker_row_picks_and_unpicks_it() {
    use ratatui::crossterm::event::{Event, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
    use scarguide::tui::keymap::map_event;
    use scarguide::tui::layout::Target;
    let d = shipped();
    let a = answers(&d, ROLLING_DARK);
    let mut app = to_results(&d, &a, (80, 24)).unwrap();
    update(&mut app, Msg::Section(Section::Compare));
    update(&mut app, Msg::End);
    let area = Rect::new(0, 0, 80, 24);
    let mut buf = Buffer::empty(area);
    app.hits = view::draw(&app, area, &mut buf);
    let rows: Vec<(Rect, usize)> = app
        .hits
        .areas
        .iter()
        .filter_map(|(r, t)| match t {
            Target::Pick(k) => Some((*r, *k)),
            _ => None,
        })
        .collect();
    // A row not yet picked, on screen.
    let before = app.results.as_ref().unwrap().pick.picked.clone();
    let choices = choices(&d, &app.results.as_ref().unwrap().advice);
    let (rect, k) = *rows
        .iter()
        .find(|(_, k)| !before.iter().any(|p| p == choices[*k].0))
        .expect("an unpicked row on screen");
    let click = Event::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: rect.x + 2,
        row: rect.y,
        modifiers: KeyModifiers::NONE,
    });
    let msg = map_event(&click, &app).unwrap();
    assert_eq!(msg, Msg::Pick(k));
    update(&mut app, msg);
    let r = app.results.as_ref().unwrap();
    assert_eq!(r.pick.cursor, k);
    assert!(r.pick.picked.iter().any(|p| p == choices[k].0), "picked");
    app.hits = view::draw(&app, area, &mut buf);
    assert_eq!(
        app.hits.cursor.map(|p| p.y),
        Some(rect.y),
        "cursor on the row"
    );
    // The same click again unpicks it.
    let again = map_event(&click, &app).unwrap();
    update(&mut app, again);
    let r = app.results.as_ref().unwrap();
    assert!(!r.pick.picked.iter().any(|p| p == choices[k].0), "unpicked");
}
