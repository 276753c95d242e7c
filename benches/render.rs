//! Rendering the results screen at 200×60 into a buffer (target: under 1 ms).

use criterion::{criterion_group, criterion_main, Criterion};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use scarguide::cli;
use scarguide::dataset;
use scarguide::tui::app::{update, App, Msg, Screen};
use scarguide::tui::theme::Theme;
use scarguide::tui::view;

fn results_app(d: &dataset::Dataset) -> App<'_> {
    let mut app = App::new(d, Theme::new(cli::Theme::Default, false, false), (200, 60));
    update(&mut app, Msg::Start);
    // Every scar type, then the first option of each other question.
    let several: Vec<usize> = app.flow.question().map_or(Vec::new(), |q| {
        (0..q.options.len())
            .filter(|&i| !q.options[i].exclusive)
            .collect()
    });
    for i in several {
        update(&mut app, Msg::Choose(i));
    }
    update(&mut app, Msg::Enter);
    while app.screen == Screen::Question {
        update(&mut app, Msg::Choose(0));
        update(&mut app, Msg::Enter);
    }
    update(&mut app, Msg::Enter);
    // Open the first treatment so details are drawn too.
    update(&mut app, Msg::Enter);
    app
}

fn bench(c: &mut Criterion) {
    let d = dataset::check_text(dataset::EMBEDDED_NAME, dataset::EMBEDDED)
        .unwrap()
        .dataset;
    let app = results_app(&d);
    assert_eq!(app.screen, Screen::Results);
    let area = Rect::new(0, 0, 200, 60);
    let mut buf = Buffer::empty(area);
    c.bench_function("results 200x60", |b| {
        b.iter(|| {
            buf.reset();
            std::hint::black_box(view::draw(&app, area, &mut buf));
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
