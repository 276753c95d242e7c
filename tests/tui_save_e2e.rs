//! Issue 13, point 7, with the real binary: `s` on the results says the
//! full path, the quit box then says the summary is saved (not that answers
//! will be lost), and the path is printed again after the screen is put
//! back. A `--save-to` that can never work is refused before the interview.

mod common;

use std::process::Command;

use common::*;

#[test]
fn the_saved_path_is_shown_and_printed_again_after_the_screen_is_restored() {
    let dir = temp_dir("save-e2e");
    let _ = std::fs::remove_file(dir.join("mine.md"));
    let target = dir.join("mine.md");
    let target_arg = target.display().to_string();
    let mut p = Pty::spawn(&["--save-to", &target_arg], &[]);
    answer_first_options(&mut p);
    p.send(b"\r");
    p.wait_for("the results", |s| s.contains("Your results"));
    p.send(b"s");
    let full = std::fs::canonicalize(&dir).unwrap().join("mine.md");
    let full = full.display().to_string();
    let screen = p.wait_text("Your summary is saved in");
    assert!(screen.contains(&full), "the full path: {screen}");
    assert!(
        screen.lines().next().unwrap().contains("Your results"),
        "the title bar keeps its words: {screen}"
    );
    p.send(b"q");
    let quit = p.wait_text("Quit? Your summary is saved in");
    assert!(!quit.contains("will be lost"), "{quit}");
    p.send(b"y");
    assert_eq!(p.wait_exit(WAIT), 0);
    let raw = String::from_utf8_lossy(&p.raw).to_string();
    let restored = raw
        .rfind("\x1b[?1049l")
        .expect("leaves the alternate screen");
    let after = &raw[restored..];
    assert!(
        after.contains(&format!("scarguide: your summary was saved in {full}")),
        "printed after the screen is back: {after:?}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&full).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_save_to_that_cannot_work_is_refused_before_the_interview() {
    let dir = temp_dir("save-refused");
    let folder = dir.display().to_string();
    for (target, says) in [
        ("/dev/null", "/dev/null is not a regular file"),
        (folder.as_str(), "is a folder; give a file name in it"),
    ] {
        let out = Command::new(BIN)
            .args(["--save-to", target])
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{target}: {err}");
        assert!(err.contains(says), "{target}: {err}");
        assert!(out.stdout.is_empty(), "no screen drawn");
    }
    // In a terminal too, before the screen is taken.
    let mut p = Pty::spawn(&["--save-to", "/dev/null"], &[]);
    assert_eq!(p.wait_exit(WAIT), 1);
    let raw = String::from_utf8_lossy(&p.raw).to_string();
    assert!(raw.contains("/dev/null is not a regular file"), "{raw:?}");
    assert!(
        !raw.contains("\x1b[?1049h"),
        "never went full-screen: {raw:?}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
