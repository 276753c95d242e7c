//! Issue 13 in pictures: lists that are cut off say so ("▲ N more",
//! "▼ N more", ASCII `^`/`v`), and each frame puts the terminal's cursor on
//! what has the focus. Snapshots at 80×24 and 60×20 on the fixed dataset
//! tests/fixtures/tui.ron; each ends with where the cursor is.

mod common;

use common::screen::dump;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use scarguide::cli;
use scarguide::dataset::{self, Dataset};
use scarguide::tui::app::{update, App, Msg, Screen};
use scarguide::tui::theme::Theme;
use scarguide::tui::view;

fn fixture() -> Dataset {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/tui.ron"
    ))
    .unwrap();
    dataset::check_text("tui.ron", &text).unwrap().dataset
}

fn theme(ascii: bool) -> Theme {
    Theme::new(cli::Theme::Default, false, ascii)
}

fn send(app: &mut App, msgs: &[Msg]) {
    for &m in msgs {
        update(app, m);
    }
}

/// The frame, its text and where the cursor is.
fn draw(app: &mut App) -> (String, String) {
    let (w, h) = app.size;
    let area = Rect::new(0, 0, w, h);
    let mut buf = Buffer::empty(area);
    app.hits = view::draw(app, area, &mut buf);
    let text: String = (0..h)
        .map(|y| {
            let row: String = (0..w).map(|x| buf[(x, y)].symbol()).collect();
            row + "\n"
        })
        .collect();
    let snap = format!("{}--- cursor: {:?}\n", dump(&buf), app.hits.cursor);
    (snap, text)
}

/// The first question (7 options) with the highlight on option `at`.
fn question(d: &Dataset, size: (u16, u16), ascii: bool, at: usize) -> App<'_> {
    let mut a = App::new(d, theme(ascii), size);
    update(&mut a, Msg::Start);
    for _ in 0..at {
        update(&mut a, Msg::Down);
    }
    a
}

#[test]
fn a_cut_question_list_signs_both_ways_and_the_cursor_is_on_the_highlight() {
    let d = fixture();
    for (w, h) in [(80, 24), (60, 20)] {
        // The help open takes room: the options no longer all fit.
        let mut a = question(&d, (w, h), false, 3);
        update(&mut a, Msg::ToggleQuestionHelp);
        let (snap, text) = draw(&mut a);
        insta::assert_snapshot!(format!("question_help_cut_{w}x{h}"), snap);
        assert!(text.contains("▼ "), "{text}");
        let cursor = a.hits.cursor.unwrap();
        let row = text.lines().nth(usize::from(cursor.y)).unwrap();
        assert!(row.contains("> [ ] 4."), "the cursor's row: {row}");
    }
}

#[test]
fn ascii_signs_on_a_linux_console() {
    let d = fixture();
    let mut a = question(&d, (60, 20), true, 6);
    update(&mut a, Msg::ToggleQuestionHelp);
    let (snap, text) = draw(&mut a);
    insta::assert_snapshot!("question_help_cut_60x20_ascii", snap);
    assert!(text.contains("^ "), "{text}");
    assert!(!text.contains('▲') && !text.contains('▼'));
}

#[test]
fn the_results_sign_the_lines_above_and_below() {
    let d = fixture();
    for (w, h) in [(80, 24), (60, 20)] {
        let mut a = App::new(&d, theme(false), (w, h));
        update(&mut a, Msg::Start);
        // Every scar type, severe, type 5: a long list of treatments.
        send(&mut a, &(0..7).map(Msg::Choose).collect::<Vec<_>>());
        send(&mut a, &[Msg::Enter, Msg::Choose(3), Msg::Enter]);
        send(&mut a, &[Msg::Choose(4), Msg::Enter]);
        while a.screen == Screen::Question {
            send(&mut a, &[Msg::Choose(0), Msg::Enter]);
        }
        send(&mut a, &[Msg::Enter, Msg::Scroll(3)]);
        assert_eq!(a.screen, Screen::Results);
        let (snap, text) = draw(&mut a);
        insta::assert_snapshot!(format!("results_scrolled_{w}x{h}"), snap);
        assert!(text.contains("▲ 3 more lines"), "{text}");
        assert!(text.contains("more lines ─"), "{text}");
    }
}

#[test]
fn the_key_list_signs_and_scrolls_at_60x20() {
    let d = fixture();
    let mut a = App::new(&d, theme(false), (60, 20));
    update(&mut a, Msg::OpenHelp);
    let (snap, text) = draw(&mut a);
    insta::assert_snapshot!("key_list_60x20", snap);
    assert!(text.contains("▼ "), "{text}");
    update(&mut a, Msg::End);
    let (_, text) = draw(&mut a);
    assert!(text.contains("▲ ") && !text.contains("▼ "), "{text}");
}

/// Every screen at 60×20: the title ends at a word and the key hints are
/// whole hints (shortened or fewer), never cut in the middle of a word.
#[test]
fn titles_and_key_hints_stay_whole_at_60x20() {
    use scarguide::words;
    let d = fixture();
    let mut hints: Vec<String> = Vec::new();
    for text in [
        words::question_keys("↑↓"),
        words::review_keys("↑↓"),
        words::results_keys("↑↓"),
        words::welcome_keys().to_string(),
    ] {
        let mut short = text.clone();
        for (long, brief) in words::key_hints_short() {
            short = short.replace(long, brief);
        }
        for t in [text, short] {
            hints.extend(t.split("  ").map(str::to_string));
        }
    }
    hints.extend(["s save", "q quit"].map(String::from));
    let mut a = App::new(&d, theme(false), (60, 20));
    let mut screens = 0;
    for step in [Msg::Start, Msg::Choose(0), Msg::Enter, Msg::Enter] {
        let (_, text) = draw(&mut a);
        let lines: Vec<&str> = text.lines().collect();
        let bar = lines.first().unwrap().trim();
        let title = bar.split("  ").next().unwrap();
        let whole = title == d.meta.title
            || title.strip_suffix('…').is_some_and(|t| {
                d.meta.title.starts_with(&format!("{t} "))
                    || d.meta.title.starts_with(&format!("{t}: "))
            });
        assert!(whole, "the title is cut mid-word: {bar:?}");
        let keys = lines.last().unwrap().trim();
        for hint in keys.split("  ").filter(|h| !h.is_empty()) {
            assert!(
                hints.iter().any(|h| h == hint),
                "cut hint {hint:?} in {keys:?}"
            );
        }
        update(&mut a, step);
        screens += 1;
    }
    assert_eq!(screens, 4);
}

/// Answers whose labels hold commas stay apart on the review.
#[test]
fn the_review_keeps_answers_with_commas_apart() {
    let d = fixture();
    let mut a = App::new(&d, theme(false), (100, 30));
    update(&mut a, Msg::Start);
    // Ice pick ("Narrow, deep pits…" describes it) and two more.
    send(
        &mut a,
        &[Msg::Choose(0), Msg::Choose(2), Msg::Choose(5), Msg::Enter],
    );
    while a.screen == Screen::Question {
        send(&mut a, &[Msg::Choose(0), Msg::Enter]);
    }
    let (_, text) = draw(&mut a);
    assert!(text.contains("Ice pick; Rolling; Red marks"), "{text}");
}

/// The welcome screen points screen-reader users to plain mode.
#[test]
fn the_welcome_mentions_plain_mode() {
    // At every size the app runs at, the shipped text included: a screen
    // reader user at 60x20 needs it as much as anyone.
    let shipped = scarguide::dataset::embedded().unwrap().dataset;
    for size in [(60, 20), (80, 24), (100, 30)] {
        let (_, text) = draw(&mut App::new(&shipped, theme(false), size));
        assert!(text.contains("scarguide plain"), "{size:?}: {text}");
    }
    let d = fixture();
    for size in [(60, 20), (80, 24), (100, 30)] {
        let (_, text) = draw(&mut App::new(&d, theme(false), size));
        assert!(text.contains("scarguide plain"), "{text}");
    }
}

/// A question's help longer than its box says so on its border and
/// scrolls with PgDn/PgUp, to its end and no further.
#[test]
fn a_long_question_help_signs_and_scrolls() {
    let mut d = fixture();
    let long = "This help goes on for a while, so that it cannot fit. ".repeat(12);
    if let Some(q) = d.questions.first_mut() {
        q.help = long;
    }
    let mut a = App::new(&d, theme(false), (60, 20));
    send(&mut a, &[Msg::Start, Msg::ToggleQuestionHelp]);
    let (snap, text) = draw(&mut a);
    insta::assert_snapshot!("question_help_long_60x20", snap);
    assert!(
        text.contains("▼ ") && text.contains("more lines, PgDn"),
        "{text}"
    );
    let mut moves = 0;
    while update(&mut a, Msg::PageDown) {
        draw(&mut a);
        moves += 1;
        assert!(moves < 20, "PgDn never stops");
    }
    assert!(moves > 0, "PgDn scrolls");
    let (_, text) = draw(&mut a);
    assert!(
        text.contains("more lines, PgUp") && !text.contains("PgDn ─"),
        "{text}"
    );
    assert!(
        text.contains("cannot fit."),
        "the end of the help is in view:\n{text}"
    );
    // Closing and opening again starts from the top.
    send(&mut a, &[Msg::ToggleQuestionHelp, Msg::ToggleQuestionHelp]);
    assert_eq!(a.question_help_scroll, 0);
}

/// An optional question's hint line wraps at 60 columns, not cut mid-word.
#[test]
fn the_optional_hint_wraps_at_60_columns() {
    let mut d = fixture();
    if let Some(q) = d.questions.first_mut() {
        q.optional = true;
    }
    let mut a = App::new(&d, theme(false), (60, 20));
    update(&mut a, Msg::Start);
    let (_, text) = draw(&mut a);
    let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words.contains("(optional: Tab skips it) Press ? for help with this question."),
        "{text}"
    );
}
