//! Output that cannot be written and input that is not a file, through the
//! real binary: a full or closed stdout/stderr is exit 1 (never a panic),
//! a closed pipe exit 0; a pipe given as a file is refused before any wait.

use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_scarguide");

fn cmd(args: &[&str]) -> Command {
    let mut c = Command::new(BIN);
    c.args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("SCARGUIDE_STAFF_PIN")
        .stdin(Stdio::null());
    c
}

fn full() -> std::fs::File {
    std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap()
}

/// Waits at most 10 s: a hang is a failure, not a stuck test run.
fn finish(mut child: Child) -> Output {
    let deadline = Instant::now() + Duration::from_secs(10);
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("the program hung");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

fn no_panic(o: &Output) {
    assert_ne!(
        o.status.code(),
        Some(101),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(!String::from_utf8_lossy(&o.stderr).contains("panicked"));
}

#[test]
fn a_full_stdout_is_an_error_not_a_panic() {
    for args in [
        &["check", "--data", "tests/fixtures/valid.ron"][..],
        &["report", "--answers", "tests/fixtures/answers_full.ron"],
        &["rules"],
    ] {
        let o = cmd(args)
            .stdout(full())
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        no_panic(&o);
        assert_eq!(o.status.code(), Some(1), "{args:?}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains("cannot write the output"), "{args:?}: {err}");
    }
}

#[test]
fn a_full_stderr_is_an_error_not_a_panic() {
    let cases: [(&[&str], &str); 4] = [
        // A warning (an answer to a hidden question) goes to stderr.
        (
            &["report", "--answers", "tests/fixtures/answers_hidden.ron"],
            "",
        ),
        (
            &[
                "report",
                "--answers",
                "tests/fixtures/answers_unknown_option.ron",
            ],
            "",
        ),
        (&["plain"], "q\n"),
        (&["kiosk"], ""),
    ];
    for (args, input) in cases {
        let mut child = cmd(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(full())
            .spawn()
            .unwrap();
        use std::io::Write;
        let _ = child.stdin.take().unwrap().write_all(input.as_bytes());
        let o = finish(child);
        no_panic(&o);
        assert_eq!(o.status.code(), Some(1), "{args:?}");
    }
    // Nothing to say on stderr: a full stderr does not matter.
    let o = cmd(&["report", "--answers", "tests/fixtures/answers_full.ron"])
        .stdout(Stdio::null())
        .stderr(full())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn a_closed_pipe_ends_quietly_with_0() {
    for args in [
        &["check", "--data", "tests/fixtures/valid.ron"][..],
        &["report", "--answers", "tests/fixtures/answers_full.ron"],
        &[
            "report",
            "--answers",
            "tests/fixtures/answers_full.ron",
            "--format",
            "json",
        ],
        &["rules"],
    ] {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let o = cmd(args)
            .stdout(writer)
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        no_panic(&o);
        assert_eq!(
            o.status.code(),
            Some(0),
            "{args:?}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(!err.contains("cannot write"), "{args:?}: {err}");
    }
}

#[cfg(unix)]
#[test]
fn a_pipe_given_as_a_file_is_refused_without_waiting() {
    let dir = std::env::temp_dir().join(format!("scarguide-fifo-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let fifo = dir.join("fifo");
    assert!(Command::new("mkfifo")
        .args(["-m", "600"])
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    let f = fifo.to_str().unwrap();
    let cases: [(&[&str], &str); 4] = [
        (&["check", "--data", f], "is not a regular file"),
        (&["report", "--answers", f], "is not a regular file"),
        (
            &[
                "report",
                "--data",
                f,
                "--answers",
                "tests/fixtures/answers_full.ron",
            ],
            "is not a regular file",
        ),
        (&["kiosk", "--staff-pin-file", f], "not a PIN file"),
    ];
    for (args, says) in cases {
        let child = cmd(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let o = finish(child);
        no_panic(&o);
        assert_eq!(o.status.code(), Some(1), "{args:?}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains(says), "{args:?}: {err}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}
