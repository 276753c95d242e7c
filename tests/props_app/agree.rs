//! The full-screen app, plain mode and `report` agree on random answers.

use super::*;

/// Drives the app by keys, as a person would: arrows to an option, Space to
/// choose it, Enter to go on (Tab to go on without an answer). Returns the
/// JSON report of what the results screen shows, or None when a required
/// question was left unanswered.
fn through_the_app(data: &Dataset, answers: &Answers) -> Option<String> {
    let mut run = Run::new(data, false);
    run.app.size = (100, 30);
    run.event(&press(KeyCode::Enter));
    for _ in 0..200 {
        match run.app.screen {
            Screen::Welcome => return None,
            Screen::Question => {
                let q = run.app.flow.question()?;
                let want = answers.get(&q.id);
                for (i, o) in q.options.iter().enumerate() {
                    if run.app.flow.is_chosen(i) == want.contains(&o.id) {
                        continue;
                    }
                    while run.app.cursor() < i {
                        run.event(&press(KeyCode::Down));
                    }
                    while run.app.cursor() > i {
                        run.event(&press(KeyCode::Up));
                    }
                    run.event(&press(KeyCode::Char(' ')));
                }
                let at = run.app.flow.step();
                run.event(&press(if want.is_empty() {
                    KeyCode::Tab
                } else {
                    KeyCode::Enter
                }));
                if run.app.flow.step() == at {
                    assert!(run.app.error.is_some(), "stuck at {}", q.id);
                    return None;
                }
            }
            Screen::Review => run.event(&press(KeyCode::Enter)),
            Screen::Results => {
                let r = run.app.results.as_ref()?;
                return Some(report::json::render(data, &r.advice));
            }
        }
    }
    panic!("the app never reached its results");
}

/// Types the answers into plain mode. Returns the JSON report, or None when
/// plain mode stopped at an unanswered required question.
fn through_plain_mode(data: &Dataset, answers: &Answers) -> Option<String> {
    let lines = common::answers::plain_lines(data, answers);
    let opts = plain::Options {
        bold: false,
        width: 80,
        echo: false,
    };
    let mut flow = Flow::new(data);
    let end = plain::interview(&mut flow, &mut Cursor::new(lines), &mut Vec::new(), &opts)
        .expect("writing to memory");
    (end == plain::End::Finished)
        .then(|| report::json::render(data, &evaluate(data, flow.answers())))
}

/// Writes the answers as an answers file and reads it as `report` does.
fn through_report(data: &Dataset, answers: &Answers) -> String {
    let mut ron = String::from("{\n");
    for (q, chosen) in answers.in_order(data) {
        let list: Vec<String> = chosen.iter().map(|o| format!("{o:?}")).collect();
        ron.push_str(&format!("  {:?}: [{}],\n", q.id, list.join(", ")));
    }
    ron.push('}');
    let loaded = file::parse("answers.ron", &ron, data).expect("a well-formed file");
    assert!(!loaded.has_errors(), "{:?}", loaded.problems);
    report::json::render(data, &evaluate(data, &loaded.answers))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn the_app_plain_mode_and_report_agree(
        picks in prop::collection::vec(any::<u64>(), 1..10)
    ) {
        let data = shipped();
        let answers = visibility::effective(&data, &common::answers::random(&data, &picks));
        let complete = visibility::unanswered(&data, &answers).iter().all(|q| q.optional);
        let app = through_the_app(&data, &answers);
        let plain = through_plain_mode(&data, &answers);
        prop_assert_eq!(app.is_some(), complete);
        prop_assert_eq!(plain.is_some(), complete);
        if let (Some(app), Some(plain)) = (app, plain) {
            let report = through_report(&data, &answers);
            prop_assert_eq!(&app, &report);
            prop_assert_eq!(&plain, &report);
        }
    }
}
