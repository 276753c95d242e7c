//! The real binary in a pseudo-terminal: answer the whole interview with
//! keys, check the results against `report --format json`, quit, and check
//! the terminal was put back; the same after SIGTERM and SIGHUP. Also the
//! measurements quoted in the issue (start-up, idle CPU).

mod common;

use std::process::Command;
use std::time::{Duration, Instant};

use common::*;
use portable_pty::PtySize;

#[test]
fn whole_interview_matches_report_and_quits_cleanly() {
    let mut p = Pty::spawn(&[], &[]);
    answer_first_options(&mut p);
    p.send(b"\r");
    p.wait_for("the results", |s| {
        s.contains("Your results") && s.contains("Why this appears")
    });
    // A frame can arrive in more than one read: let it finish.
    while p.pump(Duration::from_millis(100)) {}
    let mut screen = p.screen();
    // Collect every treatment name, page by page.
    let mut names: Vec<String> = Vec::new();
    loop {
        for n in treatment_names(&screen) {
            if !names.contains(&n) {
                names.push(n);
            }
        }
        let before = screen.clone();
        p.send(b"\x1b[6~"); // PgDn
        let deadline = Instant::now() + Duration::from_millis(700);
        while p.screen() == before && Instant::now() < deadline {
            p.pump(Duration::from_millis(20));
        }
        if p.screen() == before {
            break;
        }
        // A frame can arrive in more than one read: let it finish.
        while p.pump(Duration::from_millis(100)) {}
        screen = p.screen();
    }
    assert!(
        screen.contains("Content version"),
        "the version stays in view"
    );
    assert!(
        screen.contains("not a diagnosis"),
        "the disclaimer stays in view"
    );

    // The same answers through `report --format json`.
    let dir = temp_dir("e2e");
    let file = dir.join("answers.ron");
    std::fs::write(&file, first_option_answers()).unwrap();
    let out = Command::new(BIN)
        .args(["report", "--format", "json", "--answers"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let reported: Vec<String> = json["treatments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap().to_string())
        .collect();
    // The screen shows the same treatments, within each tier those that
    // fit what matters first (issue 15); the JSON keeps dataset order.
    let data = scarguide::dataset::embedded().unwrap().dataset;
    let loaded =
        scarguide::interview::file::parse("a.ron", &first_option_answers(), &data).unwrap();
    let advice = scarguide::advice::evaluate(&data, &loaded.answers);
    let mut expected: Vec<String> = scarguide::advice::values::ordered(&data, &advice)
        .iter()
        .map(|t| t.treatment.name.clone())
        .collect();
    let (mut a, mut b) = (reported.clone(), expected.clone());
    a.sort();
    b.sort();
    assert_eq!(a, b, "the report's treatments");
    assert!(!expected.is_empty());
    assert_eq!(
        names, expected,
        "the screen lists the report's treatments in the order shown"
    );
    names.sort();
    expected.sort();
    assert_eq!(names, expected);
    let _ = std::fs::remove_dir_all(dir);

    // Quit asks first.
    p.send(b"q");
    p.wait_text("Quit? Your answers will be lost.");
    p.send(b"y");
    assert_eq!(p.wait_exit(WAIT), 0);
    p.assert_restored();
}

#[test]
fn sigterm_mid_interview_restores_the_terminal() {
    let mut p = Pty::spawn(&[], &[]);
    p.wait_text("[ Start ]");
    p.send(b"\r");
    p.wait_for("a question", |s| progress(s).is_some());
    p.send(b"1");
    let start = Instant::now();
    signal(p.pid(), "-TERM");
    let code = p.wait_exit(Duration::from_secs(3));
    assert!(
        start.elapsed() < Duration::from_secs(2),
        "exits promptly: {:?}",
        start.elapsed()
    );
    assert_eq!(code, 128 + 15);
    p.assert_restored();
}

#[test]
fn sighup_exits_and_restores() {
    let mut p = Pty::spawn(&[], &[]);
    p.wait_text("[ Start ]");
    signal(p.pid(), "-HUP");
    let code = p.wait_exit(Duration::from_secs(3));
    assert_eq!(code, 128 + 1);
    p.assert_restored();
}

#[test]
fn ctrl_c_asks_and_a_second_ctrl_c_quits() {
    let mut p = Pty::spawn(&["--ascii"], &[("NO_COLOR", "1")]);
    p.wait_text("[ Start ]");
    p.send(b"\x03");
    p.wait_text("Quit? Your answers will be lost.");
    p.send(b"n");
    p.wait_for("the dialog to close", |s| !s.contains("Quit?"));
    p.send(b"\x03");
    p.wait_text("Quit? Your answers will be lost.");
    p.send(b"\x03");
    assert_eq!(p.wait_exit(WAIT), 0);
    p.assert_restored();
    // NO_COLOR: no colour sequences at all (SGR 30-49, 90-107, 38;5 / 48;5).
    let text = String::from_utf8_lossy(&p.raw).to_string();
    for code in [
        "[38;", "[48;", "[31m", "[32m", "[36m", "[46m", "[30m", "[39m",
    ] {
        assert!(!text.contains(code), "colour {code:?} with NO_COLOR");
    }
}

#[test]
fn too_small_then_resized() {
    let mut p = Pty::spawn(&[], &[]);
    p.wait_text("[ Start ]");
    p.master
        .resize(PtySize {
            rows: 10,
            cols: 40,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    p.parser.screen_mut().set_size(10, 40);
    p.wait_text("40×10");
    p.master
        .resize(PtySize {
            rows: ROWS,
            cols: COLS,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    p.parser.screen_mut().set_size(ROWS, COLS);
    p.wait_text("[ Start ]");
    p.send(b"q");
    p.send(b"y");
    assert_eq!(p.wait_exit(WAIT), 0);
}

/// Without a terminal the full-screen app does not start (main routes to
/// plain mode; `tui::run` itself refuses too): nothing full-screen is drawn.
#[test]
fn not_a_terminal_never_goes_full_screen() {
    let out = Command::new(BIN)
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("scarguide plain"), "{err}");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!text.contains("\x1b[?1049h"), "no alternate screen");
    assert!(!text.contains("\x1b[?1000h"), "no mouse capture");
}

/// utime + stime of a process, in clock ticks.
fn idle_cpu_ms(seconds: u64) -> u64 {
    let mut p = Pty::spawn(&[], &[]);
    p.wait_text("[ Start ]");
    p.send(b"\r");
    p.wait_for("a question", |s| progress(s).is_some());
    p.pump(Duration::from_millis(100));
    let before = term::cpu_ticks(p.pid());
    std::thread::sleep(Duration::from_secs(seconds));
    let after = term::cpu_ticks(p.pid());
    p.send(b"qy");
    p.wait_exit(WAIT);
    (after - before) * 1000 / term::ticks_per_second()
}

#[test]
fn idle_at_a_question_uses_no_cpu() {
    let ms = idle_cpu_ms(2);
    assert!(ms <= 10, "{ms} ms of CPU in 2 s idle");
}

/// crossterm issue 793: a terminal that goes away must end the program,
/// not leave it spinning on end-of-file. Every handle on the pty's master
/// side is closed (the shared harness keeps a reader open, so not it).
#[test]
fn a_terminal_that_goes_away_ends_the_program() {
    use portable_pty::{native_pty_system, CommandBuilder};
    use std::io::Read;
    for args in [&[][..], &["kiosk"][..]] {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: 30,
                cols: 100,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        let mut cmd = CommandBuilder::new(bin());
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        cmd.env("SCARGUIDE_STAFF_PIN", "2468");
        let mut child = pair.slave.spawn_command(cmd).unwrap();
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().unwrap();
        let mut seen = Vec::new();
        let mut buf = [0u8; 4096];
        while !String::from_utf8_lossy(&seen).contains("Start") {
            let n = reader.read(&mut buf).unwrap();
            assert!(n > 0, "{args:?}: no first frame");
            seen.extend_from_slice(&buf[..n]);
        }
        drop(reader);
        drop(pair.master);
        let deadline = Instant::now() + Duration::from_secs(5);
        while child.try_wait().unwrap().is_none() {
            if Instant::now() > deadline {
                let _ = child.kill();
                panic!("{args:?}: still running 5 s after its terminal went away");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

/// ACCESSIBLE=1 chooses plain mode, with a one-line notice saying why;
/// empty or 0 leaves the full-screen app.
#[test]
fn accessible_chooses_plain_mode_with_a_notice() {
    let mut p = Pty::spawn(&[], &[("ACCESSIBLE", "1")]);
    p.wait_text("Answer:");
    let all = String::from_utf8_lossy(&p.raw).to_string();
    let first = all.lines().next().unwrap_or_default();
    assert!(
        first.starts_with("scarguide: ACCESSIBLE is set") && first.contains("plain mode"),
        "{all}"
    );
    assert!(
        !all.contains("\u{1b}[?1049h"),
        "no full-screen switch: {all:?}"
    );
    p.send(b"q\ny\n");
    assert_eq!(p.wait_exit(common::WAIT), 0);

    for off in ["", "0"] {
        let mut p = Pty::spawn(&[], &[("ACCESSIBLE", off)]);
        p.wait_text("Welcome");
        p.send(b"q");
        p.wait_text("Quit?");
        p.send(b"y");
        assert_eq!(p.wait_exit(common::WAIT), 0);
    }
}

/// The real cursor is shown and sits on the highlighted option after each
/// key, where screen readers that follow the cursor read it.
#[test]
fn the_terminal_cursor_follows_the_highlight() {
    let mut p = Pty::spawn(&[], &[]);
    p.wait_text("Welcome");
    p.send(b"\r");
    p.wait_text("Question 1");
    for k in 2..=4 {
        p.send(b"\x1b[B"); // Down
                           // Frames arrive in pieces: wait for this one to be whole.
        let want = format!("> [ ] {k}.");
        let deadline = Instant::now() + common::WAIT;
        let at_cursor = |p: &Pty| {
            let screen = p.parser.screen();
            let (row, col) = screen.cursor_position();
            let line = screen
                .contents()
                .lines()
                .nth(usize::from(row))
                .map(str::to_string);
            let from: String = line
                .unwrap_or_default()
                .chars()
                .skip(usize::from(col))
                .collect();
            (!screen.hide_cursor(), from)
        };
        while !(at_cursor(&p).0 && at_cursor(&p).1.starts_with(&want)) {
            assert!(
                Instant::now() < deadline,
                "the cursor is not on option {k}: {:?}\n{}",
                at_cursor(&p),
                p.screen()
            );
            p.pump(Duration::from_millis(50));
        }
    }
    p.send(b"q");
    p.wait_text("Quit?");
    p.send(b"y");
    assert_eq!(p.wait_exit(common::WAIT), 0);
}
