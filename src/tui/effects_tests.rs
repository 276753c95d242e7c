//! The kiosk's folder work for real, in a temp folder: the patient's
//! export (one code a session) and every action of the Summaries screen.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::*;
use crate::cli;
use crate::dataset::{self, Dataset};
use crate::kiosk::{pin::Pin, Config};
use crate::tui::app::{update, App, Msg, Screen};
use crate::tui::theme::Theme;

fn fixture() -> Dataset {
    dataset::check_text("tui.ron", include_str!("../../tests/fixtures/tui.ron"))
        .unwrap()
        .dataset
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("scarguide-fx-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

fn kiosk_app<'d>(d: &'d Dataset, dir: &Path, printer: Option<&str>) -> App<'d> {
    let config = Config {
        gate: crate::kiosk::gate::Gate::new(Pin::parse("2468").unwrap()),
        idle_timeout: Duration::from_secs(120),
        export_dir: Some(dir.to_path_buf()),
        printer: printer.map(str::to_string),
    };
    App::new(d, Theme::new(cli::Theme::Default, false, false), (80, 24))
        .kiosk(config, Instant::now())
}

fn names(dir: &Path) -> Vec<String> {
    let mut n: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    n.sort();
    n
}

fn to_results(app: &mut App, choice: usize) {
    update(app, Msg::Start);
    while app.screen == Screen::Question {
        update(app, Msg::Choose(choice));
        update(app, Msg::Next);
    }
    update(app, Msg::Enter);
    assert_eq!(app.screen, Screen::Results);
}

fn code(app: &App) -> String {
    match &app.kiosk.as_ref().unwrap().sent {
        Some(Sent::Code(c)) => c.clone(),
        other => panic!("no code: {other:?}"),
    }
}

#[test]
fn one_session_writes_one_summary_however_often_it_sends() {
    let d = fixture();
    let dir = temp_dir("once");
    let mut app = kiosk_app(&d, &dir, None);
    to_results(&mut app, 0);
    export(&mut app, &d);
    let first = code(&app);
    let files = [".fhir.json", ".json", ".md"].map(|s| format!("{first}{s}"));
    assert_eq!(names(&dir), files);
    let md = fs::read_to_string(dir.join(format!("{first}.md"))).unwrap();
    update(&mut app, Msg::Cancel);
    export(&mut app, &d);
    assert_eq!(code(&app), first, "the same code again");
    assert_eq!(names(&dir), files, "and the same files");
    let same = fs::read_to_string(dir.join(format!("{first}.md"))).unwrap();
    assert_eq!(same, md, "not even rewritten");
    // Changed answers: the same code's files hold the new summary.
    update(&mut app, Msg::Cancel);
    update(&mut app, Msg::Back);
    update(&mut app, Msg::Edit(0));
    update(&mut app, Msg::Choose(1));
    while app.screen != Screen::Results {
        update(&mut app, Msg::Next);
        update(&mut app, Msg::Enter);
    }
    export(&mut app, &d);
    assert_eq!(code(&app), first);
    assert_eq!(names(&dir), files);
    let json = fs::read_to_string(dir.join(format!("{first}.json"))).unwrap();
    let advice = &app.results.as_ref().unwrap().advice;
    let want = crate::report::json::render(&d, advice);
    let want: serde_json::Value = serde_json::from_str(&want).unwrap();
    let got: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        got["answers"], want["answers"],
        "the new answers were written"
    );
    assert_eq!(got["code"], first.as_str());
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn after_the_limit_nothing_more_is_written() {
    let d = fixture();
    let dir = temp_dir("limit");
    let mut app = kiosk_app(&d, &dir, None);
    to_results(&mut app, 0);
    let k = app.kiosk.as_mut().unwrap();
    k.exported = Some(super::super::kiosk::Exported {
        code: "H7K3P".into(),
        report: "something else".into(),
        count: super::super::kiosk::MAX_EXPORTS,
    });
    export(&mut app, &d);
    assert_eq!(app.kiosk.as_ref().unwrap().sent, Some(Sent::Limit));
    assert!(names(&dir).is_empty());
    fs::remove_dir_all(&dir).unwrap();
}

/// A summary the kiosk wrote, as staff find it.
fn sent_one(d: &Dataset, dir: &Path) -> String {
    let mut app = kiosk_app(d, dir, None);
    to_results(&mut app, 0);
    export(&mut app, d);
    code(&app)
}

fn at_desk<'d>(d: &'d Dataset, dir: &Path, printer: Option<&str>) -> App<'d> {
    let mut app = kiosk_app(d, dir, printer);
    app.kiosk.as_mut().unwrap().staff = Some(Staff::Desk(Desk::default()));
    desk(&mut app, DeskOp::List);
    app
}

fn desk_of<'a>(app: &'a App) -> &'a Desk {
    match &app.kiosk.as_ref().unwrap().staff {
        Some(Staff::Desk(d)) => d,
        other => panic!("{other:?}"),
    }
}

fn typed(app: &mut App, text: &str) {
    if let Some(Staff::Desk(d)) = &mut app.kiosk.as_mut().unwrap().staff {
        d.typed = text.to_string();
    }
}

#[test]
fn staff_find_read_collect_and_delete_a_summary() {
    let d = fixture();
    let dir = temp_dir("desk");
    let code = sent_one(&d, &dir);
    let mut app = at_desk(&d, &dir, None);
    assert_eq!(desk_of(&app).rows.len(), 1);
    assert!(!desk_of(&app).rows[0].collected);
    // Typed the way people type it.
    let spaced: String = code.to_lowercase().chars().flat_map(|c| [c, ' ']).collect();
    typed(&mut app, &spaced);
    desk(&mut app, DeskOp::Open);
    let open = desk_of(&app).open.as_ref().expect("opened");
    assert_eq!(open.row.code, code);
    assert!(open.markdown.contains(&format!("Reference code: {code}")));
    assert_eq!(desk_of(&app).typed, "", "the field is cleared");
    desk(&mut app, DeskOp::Collect);
    assert_eq!(
        desk_of(&app).note,
        Some(Note::Done(format!("{code} is marked as collected.")))
    );
    assert!(desk_of(&app).rows[0].collected);
    assert!(dir.join(format!("{code}.collected")).exists());
    desk(&mut app, DeskOp::Delete);
    assert!(desk_of(&app).open.is_none());
    assert_eq!(
        desk_of(&app).note,
        Some(Note::Done(format!("{code} is deleted.")))
    );
    assert!(desk_of(&app).rows.is_empty());
    assert!(names(&dir).is_empty(), "{:?}", names(&dir));
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_mistyped_code_names_the_near_ones_and_opens_nothing() {
    let d = fixture();
    let dir = temp_dir("near");
    let code = sent_one(&d, &dir);
    let mut app = at_desk(&d, &dir, None);
    // One letter changed to one the alphabet does not use.
    let wrong = format!("{}B", &code[..4]);
    typed(&mut app, &wrong);
    desk(&mut app, DeskOp::Open);
    assert!(desk_of(&app).open.is_none());
    assert_eq!(
        desk_of(&app).note,
        Some(Note::Failed(format!(
            "No summary has the code {wrong}. Did you mean {code}?"
        )))
    );
    typed(&mut app, "../x");
    desk(&mut app, DeskOp::Open);
    let note = format!("{:?}", desk_of(&app).note);
    assert!(note.contains("is not a code"), "{note}");
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_failed_print_says_why_and_keeps_everything() {
    let d = fixture();
    let dir = temp_dir("print");
    let code = sent_one(&d, &dir);
    let before = names(&dir);
    let mut app = at_desk(&d, &dir, Some("No_Such_Printer_Here"));
    desk(&mut app, DeskOp::Open);
    desk(&mut app, DeskOp::Print);
    let Some(Note::Failed(why)) = &desk_of(&app).note else {
        panic!("{:?}", desk_of(&app).note);
    };
    assert!(
        why.starts_with(&format!("{code} was not printed: ")),
        "{why}"
    );
    assert!(why.ends_with("The summary is kept."), "{why}");
    assert_eq!(names(&dir), before);
    assert!(desk_of(&app).open.is_some(), "still open to try again");
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn without_an_export_folder_the_screen_says_so() {
    let d = fixture();
    let config = Config {
        gate: crate::kiosk::gate::Gate::new(Pin::parse("2468").unwrap()),
        idle_timeout: Duration::from_secs(120),
        export_dir: None,
        printer: None,
    };
    let mut app = App::new(&d, Theme::new(cli::Theme::Default, false, false), (80, 24))
        .kiosk(config, Instant::now());
    app.kiosk.as_mut().unwrap().staff = Some(Staff::Desk(Desk::default()));
    desk(&mut app, DeskOp::List);
    assert_eq!(
        desk_of(&app).problem.as_deref(),
        Some(crate::words::no_export_dir())
    );
}
