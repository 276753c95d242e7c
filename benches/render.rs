//! Rendering each screen into a buffer at 80×24 and 200×60 (target: every
//! one under 1 ms). Ids are `render/<screen>/<width>x<height>`; the
//! too-small screen is drawn at 59×17, the largest size that shows it.
//!
//! Uses the embedded dataset (the real content, not the test fixture): the
//! figures are about what a person's terminal draws.

use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use scarguide::cli;
use scarguide::dataset::{self, Dataset};
use scarguide::kiosk::{pin::Pin, Config};
use scarguide::tui::app::{update, App, Msg, Overlay, Screen};
use scarguide::tui::kiosk::Staff;
use scarguide::tui::layout::Section;
use scarguide::tui::theme::Theme;
use scarguide::tui::view;

/// Every screen, in the order a person meets them.
const SCREENS: [&str; 13] = [
    "welcome",
    "question_several",
    "question_one",
    "question_help",
    "review",
    "results",
    "results_treatments",
    "results_caveats",
    "results_expect",
    "results_ask",
    "help_overlay",
    "quit_confirm",
    "kiosk_pin",
];

const SIZES: [(u16, u16); 2] = [(80, 24), (200, 60)];

fn send(app: &mut App, msgs: &[Msg]) {
    for &m in msgs {
        update(app, m);
    }
}

/// Through the interview to the review: every non-exclusive kind of scar
/// (the most results to draw later), then option 1 of every other question.
fn to_review(app: &mut App) {
    update(app, Msg::Start);
    let several: Vec<usize> = app.flow.question().map_or(Vec::new(), |q| {
        (0..q.options.len())
            .filter(|&i| !q.options[i].exclusive)
            .collect()
    });
    for i in several {
        update(app, Msg::Choose(i));
    }
    update(app, Msg::Enter);
    while app.screen == Screen::Question {
        send(app, &[Msg::Choose(0), Msg::Enter]);
    }
    assert_eq!(app.screen, Screen::Review);
}

fn build<'d>(d: &'d Dataset, name: &str, size: (u16, u16)) -> App<'d> {
    let theme = Theme::new(cli::Theme::Default, false, false);
    let mut a = App::new(d, theme, size);
    match name {
        "welcome" | "too_small" => {}
        "question_several" => send(
            &mut a,
            &[Msg::Start, Msg::Choose(0), Msg::Choose(2), Msg::Down],
        ),
        "question_one" => send(
            &mut a,
            &[
                Msg::Start,
                Msg::Choose(0),
                Msg::Enter,
                Msg::Choose(1),
                Msg::Down,
            ],
        ),
        "question_help" => send(&mut a, &[Msg::Start, Msg::ToggleQuestionHelp]),
        "review" => to_review(&mut a),
        "quit_confirm" => send(&mut a, &[Msg::Start, Msg::Choose(1), Msg::AskQuit]),
        "kiosk_pin" => {
            let config = Config {
                gate: scarguide::kiosk::gate::Gate::new(Pin::parse("2468").expect("a valid PIN")),
                idle_timeout: Duration::from_secs(120),
                export_dir: None,
                printer: None,
            };
            a = a.kiosk(config, Instant::now());
            send(
                &mut a,
                &[Msg::Start, Msg::Staff, Msg::PinDigit(2), Msg::PinDigit(4)],
            );
            let staff = a.kiosk.as_ref().and_then(|k| k.staff.clone());
            assert!(matches!(staff, Some(Staff::Pin { .. })), "{staff:?}");
        }
        _ => {
            to_review(&mut a);
            update(&mut a, Msg::Enter);
            assert_eq!(a.screen, Screen::Results);
            match name {
                // The treatments with the first one open.
                "results" => update(&mut a, Msg::Enter),
                "results_treatments" => true,
                "results_caveats" => update(&mut a, Msg::Section(Section::Caveats)),
                "results_expect" => update(&mut a, Msg::Section(Section::Expect)),
                "results_ask" => update(&mut a, Msg::Section(Section::Ask)),
                "help_overlay" => {
                    update(&mut a, Msg::OpenHelp);
                    assert_eq!(a.overlay, Some(Overlay::Help));
                    true
                }
                other => panic!("no such screen: {other}"),
            };
        }
    }
    a
}

fn bench_one(
    c: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
    app: &App,
    name: &str,
    (w, h): (u16, u16),
) {
    let area = Rect::new(0, 0, w, h);
    let mut buf = Buffer::empty(area);
    c.bench_function(BenchmarkId::new(name, format!("{w}x{h}")), |b| {
        b.iter(|| {
            buf.reset();
            std::hint::black_box(view::draw(app, area, &mut buf));
        })
    });
}

fn bench(c: &mut Criterion) {
    let d = dataset::check_text(dataset::EMBEDDED_NAME, dataset::EMBEDDED)
        .expect("the embedded dataset parses")
        .dataset;
    let mut group = c.benchmark_group("render");
    for name in SCREENS {
        for size in SIZES {
            let app = build(&d, name, size);
            bench_one(&mut group, &app, name, size);
        }
    }
    let app = build(&d, "too_small", (59, 17));
    bench_one(&mut group, &app, "too_small", (59, 17));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
