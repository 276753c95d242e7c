//! How plain mode is started (issue 13, points 12 and 14): `plain --help`
//! lists only what applies to it, every command line that worked before
//! still parses, and a dumb terminal is told in plain words.

mod common;

use std::process::Command;

use clap::Parser;
use common::Pty;
use scarguide::cli::{self, Cli};

fn help(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_scarguide"))
        .args(args)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn p14_plain_help_lists_only_what_applies_to_plain_mode() {
    let plain = help(&["plain", "--help"]);
    for wanted in ["--format", "--save-to", "--data"] {
        assert!(plain.contains(wanted), "{wanted}: {plain}");
    }
    for unwanted in ["--theme", "--ascii", "--print"] {
        assert!(!plain.contains(unwanted), "{unwanted}: {plain}");
    }
    let top = help(&["--help"]);
    let kiosk = help(&["kiosk", "--help"]);
    for option in ["--theme", "--ascii"] {
        assert!(top.contains(option), "{top}");
        assert!(kiosk.contains(option), "{kiosk}");
    }
}

#[test]
fn p14_every_command_line_that_worked_still_parses() {
    let lines: &[&[&str]] = &[
        &[
            "--theme",
            "high-contrast",
            "--ascii",
            "--print",
            "--save-to",
            "x.md",
        ],
        &["--ascii", "kiosk"],
        &[
            "kiosk",
            "--ascii",
            "--theme",
            "high-contrast",
            "--idle-timeout",
            "5",
        ],
        &["--data", "d.ron", "plain"],
        &[
            "plain",
            "--data",
            "d.ron",
            "--format",
            "json",
            "--save-to",
            "x.md",
        ],
        &["plain", "--ascii", "--theme", "default"],
        &["check", "--ascii"],
        &["report", "--answers", "a.ron", "--theme", "high-contrast"],
    ];
    for line in lines {
        let args = std::iter::once("scarguide").chain(line.iter().copied());
        if let Err(e) = Cli::try_parse_from(args) {
            panic!("{line:?}: {e}");
        }
    }
    let kiosk = Cli::try_parse_from(["scarguide", "kiosk", "--theme", "high-contrast"]).unwrap();
    assert!(matches!(
        kiosk.command,
        Some(cli::Command::Kiosk {
            theme: Some(cli::Theme::HighContrast),
            ..
        })
    ));
}

#[test]
fn p12_a_dumb_terminal_is_told_in_plain_words_and_gets_no_escapes() {
    let mut p = Pty::spawn(&[], &[("TERM", "dumb")]);
    p.wait_text("Answer:");
    // Everything written, not only what is still on the screen.
    let all = String::from_utf8_lossy(&p.raw);
    let all = all.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        all.starts_with("scarguide: this terminal cannot show a full-screen program, so the interview runs in plain mode (scarguide plain), one question at a time."),
        "{all}"
    );
    assert!(!all.contains('`'), "{all}");
    assert!(
        !all.contains('\u{1b}'),
        "no bold or other escapes for a dumb terminal"
    );
    p.send(b"q\ny\n");
    assert_eq!(p.wait_exit(common::WAIT), 0);
}
