//! Driving the app in the pseudo-language to every screen, through
//! `update` as the keys would, and looking at each frame on the way
//! (tests/tui_pseudo_layout.rs).

use std::time::{Duration, Instant};

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use scarguide::cli;
use scarguide::dataset::localized::Localized;
use scarguide::dataset::{self, Dataset};
use scarguide::i18n::{self, Lang};
use scarguide::kiosk::{idle, pin::Pin, Config};
use scarguide::tui::app::{update, App, Msg, Screen};
use scarguide::tui::desk::{Desk, Note, Open, Row};
use scarguide::tui::kiosk::{Sent, Staff};
use scarguide::tui::layout::Section;
use scarguide::tui::theme::Theme;
use scarguide::tui::view;

use super::check::{self, Vocab};

pub const SIZES: [(u16, u16); 2] = [(80, 24), (60, 20)];

/// A summary as the desk shows it, in English here and put through the
/// pseudo-language for the screen (a summary is written in the language
/// its patient read).
const HANDOUT: &str = "# Your consultation summary\n\n\
**Reference code: H7K3P**\n\n\
> **Important:** this is patient education, not a diagnosis.\n\n\
## Your answers\n\n\
- **Scar types:** Boxcar scars, rolling scars\n\
- **Severity:** moderate\n\n\
## Treatments commonly used for answers like yours\n\n\
- **Subcision**: releases the bands that pull rolling scars down.\n\n\
## To raise with a clinician\n\n\
- [ ] Is my skin type a risk for darker or lighter patches?\n\
- [ ] How many sessions, and how far apart?\n";

const PRINT_FAILED: &str =
    "The summary was not printed: the printer is not there. The summary is kept.";

/// The embedded dataset in every language and the words of en-XA, made
/// once for the test binary (leaked: they live as long as it does).
pub fn setup() -> (&'static Localized<'static>, &'static Vocab) {
    let english: &'static Dataset = Box::leak(Box::new(dataset::embedded().unwrap().dataset));
    let content: &'static Localized = Box::leak(Box::new(Localized::new(english, None)));
    let vocab = Vocab::new(content.get(Lang::PSEUDO), &[HANDOUT, PRINT_FAILED]);
    (content, Box::leak(Box::new(vocab)))
}

/// One size's frames and what was wrong in them.
pub struct Run<'v> {
    pub size: (u16, u16),
    pub vocab: &'v Vocab,
    pub failures: Vec<String>,
    pub shots: usize,
}

impl<'v> Run<'v> {
    pub fn new(size: (u16, u16), vocab: &'v Vocab) -> Run<'v> {
        Run {
            size,
            vocab,
            failures: Vec::new(),
            shots: 0,
        }
    }

    fn draw(&self, app: &mut App) -> Buffer {
        let area = Rect::new(0, 0, self.size.0, self.size.1);
        let mut buf = Buffer::empty(area);
        app.hits = view::draw(app, area, &mut buf);
        buf
    }

    /// Draws the app and checks `region` of the frame (the whole screen
    /// when None).
    fn check(&mut self, name: &str, buf: &Buffer, region: Option<Rect>) {
        self.shots += 1;
        let (problems, seen) = check::problems(buf, region.unwrap_or(buf.area), self.vocab);
        let (w, h) = self.size;
        if seen == 0 {
            self.failures
                .push(format!("{name} {w}x{h}: no pseudo-language word at all"));
        }
        if !problems.is_empty() {
            self.failures.push(format!(
                "{name} {w}x{h}:\n  {}\n{}",
                problems.join("\n  "),
                check::screen_text(buf)
            ));
        }
    }

    pub fn look(&mut self, name: &str, app: &mut App) {
        let buf = self.draw(app);
        self.check(name, &buf, None);
    }

    /// A box over the screen: only the box is checked (the screen under
    /// it is cut by its edges), found as what it changed on `under`.
    pub fn look_box(&mut self, name: &str, app: &mut App, under: &mut App) {
        let buf = self.draw(app);
        let region = check::changed(&self.draw(under), &buf);
        self.check(name, &buf, Some(region));
    }

    /// Looks, then sends `msg` and looks again while it changes anything
    /// (paging or scrolling to the end).
    pub fn page(&mut self, name: &str, app: &mut App, msg: Msg) {
        let mut last = self.draw(app);
        self.check(name, &last, None);
        for i in 1..200 {
            if !update(app, msg) {
                return;
            }
            let buf = self.draw(app);
            if buf == last {
                return;
            }
            self.check(&format!("{name} ({msg:?} ×{i})"), &buf, None);
            last = buf;
        }
    }
}

fn theme() -> Theme {
    Theme::new(cli::Theme::Default, false, false)
}

pub fn app<'d>(content: &'d Localized<'d>, size: (u16, u16)) -> App<'d> {
    App::with_languages(content, Lang::PSEUDO, theme(), size)
}

fn kiosk_app<'d>(content: &'d Localized<'d>, size: (u16, u16)) -> App<'d> {
    let config = Config {
        gate: scarguide::kiosk::gate::Gate::new(Pin::parse("2468").unwrap()),
        idle_timeout: Duration::from_secs(120),
        export_dir: Some("/var/lib/scarguide/summaries".into()),
        printer: None,
    };
    app(content, size).kiosk(config, Instant::now())
}

/// The answers given: dents and red marks but "flat marks only", which do
/// not fit together (the review's conflicts box); option 1 elsewhere.
fn answer(q: &str) -> &'static [&'static str] {
    match q {
        "scar_types" => &["ice_pick", "rolling", "red_marks"],
        "severity" => &["grade_1"],
        "skin_type" => &["type_5"],
        "history" => &["cold_sores"],
        "downtime" => &["minimal"],
        _ => &[],
    }
}

fn choose(app: &mut App) {
    let q = app.flow.question().unwrap();
    let want = answer(&q.id);
    let picks: Vec<usize> = match want {
        [] => vec![0],
        ids => ids
            .iter()
            .map(|id| q.options.iter().position(|o| o.id == *id).unwrap())
            .collect(),
    };
    for i in picks {
        update(app, Msg::Choose(i));
    }
}

/// Welcome, every question (each option highlighted, help open, the
/// error for going on without an answer), the review with its conflict.
pub fn interview(run: &mut Run, content: &Localized) {
    let mut a = app(content, run.size);
    run.look("welcome", &mut a);
    update(&mut a, Msg::Start);
    let mut n = 0;
    while a.screen == Screen::Question {
        n += 1;
        assert!(n < 40, "the interview never ends");
        let id = a.flow.question().unwrap().id.clone();
        run.look(&format!("question {id}"), &mut a);
        let mut b = a.clone();
        if update(&mut b, Msg::Enter) && b.error.is_some() {
            run.look(&format!("question {id}, nothing chosen"), &mut b);
        }
        run.page(
            &format!("question {id}, options"),
            &mut a.clone(),
            Msg::Down,
        );
        let mut b = a.clone();
        update(&mut b, Msg::ToggleQuestionHelp);
        run.page(&format!("question {id}, help"), &mut b, Msg::PageDown);
        choose(&mut a);
        run.look(&format!("question {id}, chosen"), &mut a);
        update(&mut a, Msg::Enter);
    }
    assert_eq!(a.screen, Screen::Review);
    run.page("review", &mut a, Msg::Down);
}

/// To the results of the answers above.
fn to_results<'d>(mut a: App<'d>) -> App<'d> {
    update(&mut a, Msg::Start);
    while a.screen == Screen::Question {
        choose(&mut a);
        update(&mut a, Msg::Enter);
    }
    while a.screen == Screen::Review {
        update(&mut a, Msg::Next);
    }
    assert_eq!(a.screen, Screen::Results);
    a
}

/// Every section paged through; Treatments with the first treatment
/// opened and then with all of them; Compare's picker walked.
pub fn results(run: &mut Run, content: &Localized) {
    let base = to_results(app(content, run.size));
    for s in Section::ALL {
        let mut a = base.clone();
        update(&mut a, Msg::Section(s));
        run.page(&format!("results {s:?}"), &mut a, Msg::PageDown);
    }
    let mut a = base.clone();
    update(&mut a, Msg::Enter);
    run.page("results, first treatment opened", &mut a, Msg::PageDown);
    let mut a = base.clone();
    let n = a.results.as_ref().unwrap().advice.treatments.len();
    for k in 1..n {
        update(&mut a, Msg::OpenTreatment(k));
    }
    update(&mut a, Msg::Home);
    run.page("results, every treatment opened", &mut a, Msg::PageDown);
    let mut a = base.clone();
    update(&mut a, Msg::Section(Section::Compare));
    update(&mut a, Msg::End);
    run.page("compare picker", &mut a, Msg::Down);
    update(&mut a, Msg::Toggle);
    run.page("compare, a column added", &mut a, Msg::Sideways(1));
}

/// The key list scrolled through, quit, start over, the disclaimer.
pub fn overlays(run: &mut Run, content: &Localized) {
    let mut q = app(content, run.size);
    update(&mut q, Msg::Start);
    let mut a = q.clone();
    update(&mut a, Msg::AskQuit);
    run.look_box("quit on a question", &mut a, &mut q);
    let mut a = q.clone();
    update(&mut a, Msg::OpenHelp);
    let mut under = q.clone();
    run.look_box("keys", &mut a, &mut under);
    for i in 1..100 {
        if !update(&mut a, Msg::Down) {
            break;
        }
        run.look_box(&format!("keys (Down ×{i})"), &mut a, &mut under);
    }
    let mut r = to_results(app(content, run.size));
    for (name, msg) in [
        ("quit on the results", Msg::AskQuit),
        ("start over", Msg::AskStartOver),
        ("disclaimer", Msg::Disclaimer),
        ("keys on the results", Msg::OpenHelp),
    ] {
        let mut a = r.clone();
        update(&mut a, msg);
        assert!(a.overlay.is_some(), "{name}");
        run.look_box(name, &mut a, &mut r);
    }
    let mut a = r.clone();
    a.saved = Some(Ok("/home/someone/scarguide-summary.md".into()));
    update(&mut a, Msg::AskQuit);
    run.look_box("quit after saving", &mut a, &mut r);
}

fn rows() -> Vec<Row> {
    [
        "H7K3P", "CQ4RT", "MN9XA", "J3FWD", "TT7UV", "PEG64", "A9C3D",
    ]
    .iter()
    .enumerate()
    .map(|(i, c)| Row {
        code: c.to_string(),
        written: format!("2026-11-{:02} 09:{:02}", 30 - i, 15 + i),
        collected: i % 3 == 1,
    })
    .collect()
}

/// Staff PIN, staff menu, "Still there?", the code box, "I'm finished",
/// the Summaries list and an opened summary.
pub fn kiosk(run: &mut Run, content: &Localized) {
    let mut welcome = kiosk_app(content, run.size);
    run.look("kiosk welcome", &mut welcome);
    let mut a = welcome.clone();
    update(&mut a, Msg::Staff);
    run.look_box("staff PIN", &mut a, &mut welcome);
    for d in *b"1111" {
        update(&mut a, Msg::PinDigit(d));
    }
    update(&mut a, Msg::PinSubmit);
    run.look_box("staff PIN, wrong", &mut a, &mut welcome);
    let mut a = welcome.clone();
    update(&mut a, Msg::Staff);
    for d in *b"2468" {
        update(&mut a, Msg::PinDigit(d));
    }
    update(&mut a, Msg::PinSubmit);
    assert!(matches!(
        a.kiosk.as_ref().unwrap().staff,
        Some(Staff::Menu { .. })
    ));
    run.look_box("staff menu", &mut a, &mut welcome);

    let mut q = welcome.clone();
    update(&mut q, Msg::Start);
    let mut a = q.clone();
    a.kiosk.as_mut().unwrap().idle_state = idle::State::Warning { seconds_left: 30 };
    run.look_box("still there", &mut a, &mut q);

    let mut r = to_results(welcome.clone());
    run.page("kiosk results", &mut r.clone(), Msg::PageDown);
    let mut a = r.clone();
    update(&mut a, Msg::Finished);
    run.look_box("finished, not sent", &mut a, &mut r);
    let mut a = r.clone();
    a.kiosk.as_mut().unwrap().record("H7K3P", "{}".into());
    let mut under = r.clone();
    under.kiosk.as_mut().unwrap().record("H7K3P", "{}".into());
    under.kiosk.as_mut().unwrap().sent = None;
    run.look_box("code box", &mut a, &mut under);
    run.look("results, code kept", &mut under);
    let mut a = r.clone();
    a.kiosk.as_mut().unwrap().sent = Some(Sent::Failed(i18n::pseudo_text(PRINT_FAILED)));
    run.look("results, sending failed", &mut a);

    let desk = |open: Option<Open>, note: Option<Note>| Desk {
        rows: rows(),
        focus: 1,
        typed: "h7".into(),
        note,
        open,
        ..Desk::default()
    };
    let mut a = welcome.clone();
    a.kiosk.as_mut().unwrap().staff = Some(Staff::Desk(desk(None, None)));
    run.look("summaries list", &mut a);
    let open = Open {
        row: rows().remove(0),
        markdown: i18n::pseudo_text(HANDOUT),
        scroll: 0,
        confirm_delete: None,
    };
    let failed = Note::Failed(i18n::pseudo_text(PRINT_FAILED));
    a.kiosk.as_mut().unwrap().staff = Some(Staff::Desk(desk(Some(open.clone()), Some(failed))));
    run.page("a summary opened", &mut a, Msg::PageDown);
    let ask = Open {
        confirm_delete: Some(false),
        ..open
    };
    a.kiosk.as_mut().unwrap().staff = Some(Staff::Desk(desk(Some(ask), None)));
    run.look("delete a summary?", &mut a);
}
