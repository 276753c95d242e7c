//! The kiosk's desk and sending in pictures: the staff's Summaries screen
//! (the list, a summary open and scrolled, "delete it?"), the code box in
//! Unicode and in ASCII (TERM=linux), the code kept on the results, and
//! "I'm finished" asking first. Snapshots at 80×24 and 60×20 on the fixed
//! dataset tests/fixtures/tui.ron; each ends with where the cursor is.

mod common;

use std::time::{Duration, Instant};

use common::screen::dump;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use scarguide::cli;
use scarguide::dataset::{self, Dataset};
use scarguide::kiosk::{pin::Pin, Config};
use scarguide::tui::app::{update, App, Msg, Screen};
use scarguide::tui::desk::{Desk, Note, Open, Row};
use scarguide::tui::kiosk::Staff;
use scarguide::tui::theme::Theme;
use scarguide::tui::view;

const SIZES: [(u16, u16); 2] = [(80, 24), (60, 20)];

fn fixture() -> Dataset {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/tui.ron"
    ))
    .unwrap();
    dataset::check_text("tui.ron", &text).unwrap().dataset
}

fn kiosk(d: &Dataset, size: (u16, u16), ascii: bool) -> App<'_> {
    let config = Config {
        gate: scarguide::kiosk::gate::Gate::new(Pin::parse("2468").unwrap()),
        idle_timeout: Duration::from_secs(120),
        export_dir: Some("/var/lib/scarguide/summaries".into()),
        printer: None,
    };
    App::new(d, Theme::new(cli::Theme::Default, false, ascii), size).kiosk(config, Instant::now())
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

fn rows() -> Vec<Row> {
    let codes = [
        "H7K3P", "CQ4RT", "MN9XA", "J3FWD", "TT7UV", "PEG64", "A9C3D", "KXY47", "WF6HN", "RDM3Q",
        "EUV96", "NCQ7T", "G4HJK", "YAP9E", "CWD34", "QRT6M", "FXN9U", "HJ4KV", "DE7PA", "MM3WX",
    ];
    codes
        .iter()
        .enumerate()
        .map(|(i, c)| Row {
            code: c.to_string(),
            written: format!("2026-11-{:02} 09:{:02}", 30 - i, 15 + i),
            collected: i % 3 == 1,
        })
        .collect()
}

fn set_desk(app: &mut App, desk: Desk) {
    app.kiosk.as_mut().unwrap().staff = Some(Staff::Desk(desk));
}

const HANDOUT: &str = "# Your consultation summary\n\n\
**Reference code: H7K3P** · written 2026-11-30 09:15\n\n\
> **Important:** this is patient education, not a diagnosis.\n\n\
## Your answers\n\n\
- **Scar types:** Boxcar scars, rolling scars\n\
- **Severity:** Grade 3\n\
- **Skin type:** Type V\n\n\
## Treatments commonly used for answers like yours\n\n\
- **Subcision**: releases the bands that pull rolling scars down.\n\
- **Fractional radiofrequency microneedling**: heat delivered below the surface with little risk to pigment.\n\n\
## Usually avoided\n\n\
- **Fully ablative laser resurfacing**: high risk of lasting colour change in darker skin.\n\n\
## To raise with a clinician\n\n\
- [ ] Is my skin type a risk for darker or lighter patches?\n\
- [ ] How many sessions, and how far apart?\n";

#[test]
fn the_summaries_list_with_a_code_being_typed() {
    let d = fixture();
    for size in SIZES {
        let mut a = kiosk(&d, size, false);
        set_desk(
            &mut a,
            Desk {
                rows: rows(),
                focus: 17,
                typed: "k7f-3".into(),
                ..Desk::default()
            },
        );
        let (snap, text) = draw(&mut a);
        insta::assert_snapshot!(format!("desk_list_{}x{}", size.0, size.1), snap);
        assert!(text.contains("Find a code: k7f-3"), "{text}");
        assert!(text.contains("▲ ") && text.contains("▼ "), "{text}");
        assert!(
            text.contains("> HJ4KV"),
            "the highlighted row is in view: {text}"
        );
    }
}

#[test]
fn a_summary_open_and_scrolled_with_a_failed_print() {
    let d = fixture();
    for size in SIZES {
        let mut a = kiosk(&d, size, false);
        set_desk(
            &mut a,
            Desk {
                rows: rows(),
                note: Some(Note::Failed(
                    "H7K3P was not printed: there is no printer called `Front`; `lpstat -p` lists the printers. The summary is kept.".into(),
                )),
                open: Some(Open {
                    row: rows().remove(0),
                    markdown: HANDOUT.into(),
                    scroll: 4,
                    confirm_delete: None,
                }),
                ..Desk::default()
            },
        );
        let (snap, text) = draw(&mut a);
        insta::assert_snapshot!(format!("desk_open_{}x{}", size.0, size.1), snap);
        assert!(
            text.contains("H7K3P  written 2026-11-30 09:15  new"),
            "{text}"
        );
        assert!(text.contains("▲ 4 more"), "{text}");
        // The reason is read whole, however narrow the box.
        for part in ["no printer called", "lists the printers.", "is kept."] {
            assert!(text.contains(part), "{part}: {text}");
        }
    }
}

#[test]
fn delete_asks_with_keep_focused() {
    let d = fixture();
    for size in SIZES {
        let mut a = kiosk(&d, size, false);
        set_desk(
            &mut a,
            Desk {
                rows: rows(),
                open: Some(Open {
                    row: rows().remove(0),
                    markdown: HANDOUT.into(),
                    scroll: 0,
                    confirm_delete: Some(false),
                }),
                ..Desk::default()
            },
        );
        let (snap, text) = draw(&mut a);
        insta::assert_snapshot!(format!("desk_delete_ask_{}x{}", size.0, size.1), snap);
        assert!(
            text.contains("Delete H7K3P and all its files for good?"),
            "{text}"
        );
        assert!(text.contains("[ n: Keep ]"), "{text}");
    }
}

fn to_results(a: &mut App) {
    update(a, Msg::Start);
    while a.screen == Screen::Question {
        update(a, Msg::Choose(0));
        update(a, Msg::Next);
    }
    update(a, Msg::Enter);
    assert_eq!(a.screen, Screen::Results);
}

#[test]
fn the_code_box_in_unicode_and_in_ascii() {
    let d = fixture();
    for size in SIZES {
        for ascii in [false, true] {
            let mut a = kiosk(&d, size, ascii);
            to_results(&mut a);
            a.kiosk.as_mut().unwrap().record("H7K3P", "{}".into());
            let (snap, text) = draw(&mut a);
            let name = format!(
                "code_box_{}x{}{}",
                size.0,
                size.1,
                if ascii { "_ascii" } else { "" }
            );
            insta::assert_snapshot!(name, snap);
            assert!(text.contains("Code: H 7 K 3 P"), "{text}");
            if ascii {
                assert!(text.is_ascii(), "{text}");
                assert!(text.contains("#   # #####"), "H and 7 large: {text}");
            }
        }
    }
}

#[test]
fn the_code_stays_on_the_results_after_its_box_is_closed() {
    let d = fixture();
    for size in SIZES {
        let mut a = kiosk(&d, size, false);
        to_results(&mut a);
        a.kiosk.as_mut().unwrap().record("H7K3P", "{}".into());
        update(&mut a, Msg::Cancel);
        let (snap, text) = draw(&mut a);
        insta::assert_snapshot!(format!("results_sent_{}x{}", size.0, size.1), snap);
        assert!(text.contains("Sent to staff. Code: H 7 K 3 P"), "{text}");
    }
}

#[test]
fn finished_before_sending_asks_first() {
    let d = fixture();
    for size in SIZES {
        let mut a = kiosk(&d, size, false);
        to_results(&mut a);
        update(&mut a, Msg::Finished);
        let (snap, text) = draw(&mut a);
        insta::assert_snapshot!(format!("finish_ask_{}x{}", size.0, size.1), snap);
        assert!(text.contains("has not been sent to staff"), "{text}");
    }
}

#[test]
fn the_summaries_screen_never_panics_at_any_size() {
    let d = fixture();
    for w in [0, 1, 10, 30, 59, 60, 61, 200] {
        for h in [0, 1, 5, 17, 18, 20, 60] {
            let mut a = kiosk(&d, (w, h), w % 2 == 0);
            let open = Open {
                row: rows().remove(0),
                markdown: HANDOUT.into(),
                scroll: 999,
                confirm_delete: Some(true),
            };
            for open in [None, Some(open)] {
                set_desk(
                    &mut a,
                    Desk {
                        rows: rows(),
                        focus: 13,
                        open,
                        ..Desk::default()
                    },
                );
                draw(&mut a);
            }
        }
    }
}
