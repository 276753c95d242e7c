//! The results' transitions: sections, scrolling, treatments.

use super::*;

#[test]
fn results_match_the_engine_and_sections_switch() {
    let d = fixture();
    let mut a = app(&d);
    update(&mut a, Msg::Start);
    // rolling + ice pick, moderate, type 5: several treatments.
    send(
        &mut a,
        &[
            Msg::Choose(0),
            Msg::Choose(2),
            Msg::Enter,
            Msg::Choose(2),
            Msg::Enter,
        ],
    );
    send(&mut a, &[Msg::Choose(4), Msg::Enter]);
    while a.screen == Screen::Question {
        send(&mut a, &[Msg::Choose(0), Msg::Enter]);
    }
    update(&mut a, Msg::Enter);
    let r = a.results.as_ref().unwrap();
    let engine = crate::advice::evaluate(&d, a.flow.answers());
    assert_eq!(r.advice, engine);
    assert_eq!(r.section, Section::Treatments);
    send(&mut a, &[Msg::NextSection, Msg::NextSection]);
    assert_eq!(a.results.as_ref().unwrap().section, Section::Expect);
    send(
        &mut a,
        &[Msg::PrevSection, Msg::PrevSection, Msg::PrevSection],
    );
    // Round from the first section to the last (About).
    assert_eq!(a.results.as_ref().unwrap().section, Section::About);
    update(&mut a, Msg::Section(Section::Caveats));
    assert_eq!(a.results.as_ref().unwrap().section, Section::Caveats);
    update(&mut a, Msg::Back);
    assert_eq!(a.screen, Screen::Review);
    assert!(a.results.is_none());
}

fn scroll(a: &App) -> usize {
    let r = a.results.as_ref().unwrap();
    r.scroll[r.section.index()]
}

#[test]
fn results_scroll_is_clamped_and_pages() {
    let d = fixture();
    let mut a = app(&d);
    a.size = (60, 18);
    to_results(&mut a);
    let doc = a.results_doc().unwrap();
    let height = usize::from(
        crate::tui::layout::results(crate::tui::layout::size_rect(a.size), &d)
            .body
            .height,
    );
    assert!(doc.lines.len() > height, "content longer than the screen");
    let max = doc.lines.len() - height;
    update(&mut a, Msg::End);
    assert_eq!(scroll(&a), max);
    update(&mut a, Msg::PageDown);
    assert_eq!(scroll(&a), max);
    update(&mut a, Msg::Home);
    assert_eq!(scroll(&a), 0);
    update(&mut a, Msg::Scroll(-3));
    assert_eq!(scroll(&a), 0);
    update(&mut a, Msg::PageDown);
    assert_eq!(scroll(&a), (height - 1).min(max));
    update(&mut a, Msg::PageUp);
    assert_eq!(scroll(&a), 0);
    update(&mut a, Msg::Scroll(1000));
    assert_eq!(scroll(&a), max);
    // A bigger window needs less scrolling: the offset is clamped again.
    update(&mut a, Msg::Resize(200, 60));
    let max2 = a
        .results_doc()
        .unwrap()
        .lines
        .len()
        .saturating_sub(usize::from(
            crate::tui::layout::results(crate::tui::layout::size_rect(a.size), &d)
                .body
                .height,
        ));
    assert_eq!(scroll(&a), max2);
}

#[test]
fn up_down_select_treatments_and_enter_opens() {
    let d = fixture();
    let mut a = app(&d);
    to_results(&mut a);
    let n = a.results.as_ref().unwrap().advice.treatments.len();
    assert!(n >= 2);
    update(&mut a, Msg::Down);
    assert_eq!(a.results.as_ref().unwrap().selected, 1);
    update(&mut a, Msg::Enter);
    assert!(a.results.as_ref().unwrap().opened[1]);
    update(&mut a, Msg::Enter);
    assert!(!a.results.as_ref().unwrap().opened[1]);
    for _ in 0..200 {
        update(&mut a, Msg::Down);
    }
    assert_eq!(a.results.as_ref().unwrap().selected, n - 1);
    // The selected treatment is in view.
    let doc = a.results_doc().unwrap();
    let (_, start, end) = doc.anchors.iter().copied().find(|x| x.0 == n - 1).unwrap();
    let height = usize::from(
        crate::tui::layout::results(crate::tui::layout::size_rect(a.size), &d)
            .body
            .height,
    );
    assert!(start < scroll(&a) + height && end > scroll(&a));
    for _ in 0..200 {
        update(&mut a, Msg::Up);
    }
    assert_eq!(a.results.as_ref().unwrap().selected, 0);
    assert_eq!(scroll(&a), 0);
    update(&mut a, Msg::OpenTreatment(1));
    let r = a.results.as_ref().unwrap();
    assert_eq!((r.selected, r.opened[1]), (1, true));
}
