//! What a person (or a pipe) types, printed back safely and read in
//! bounded memory (issue 13, point 15). The real binary with piped input.

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

fn flat(out: &str) -> String {
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn p15_control_characters_in_piped_input_are_echoed_escaped() {
    let input = "\u{1b}]0;pwned\u{7}\n1\u{1b}[2J\n\u{9b}31m 2\n";
    let out = Command::new(env!("CARGO_BIN_EXE_scarguide"))
        .args(["--data", "tests/fixtures/valid.ron", "plain"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            child.stdin.take().unwrap().write_all(input.as_bytes())?;
            child.wait_with_output()
        })
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("Answer: \\x1b]0;pwned\\x07\n"), "{stdout}");
    assert!(stdout.contains("Answer: 1\\x1b[2J\n"), "{stdout}");
    assert!(stdout.contains("Answer: \\u{009b}31m 2\n"), "{stdout}");
    // The error message quotes the word escaped too.
    assert!(
        flat(&stdout).contains("\"\\x1b]0;pwned\\x07\" is not a number."),
        "{stdout}"
    );
    for c in ['\u{1b}', '\u{7}', '\u{9b}'] {
        assert!(
            !stdout.contains(c),
            "{c:?} reached the terminal: {stdout:?}"
        );
    }
}

/// The high-water mark of a process's resident memory, in KiB.
fn peak_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap()
}

#[test]
fn p15_a_50_mb_line_is_dropped_in_chunks_and_the_next_answer_taken() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_scarguide"))
        .args(["--data", "tests/fixtures/valid.ron", "plain"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = stdout.read(&mut buf) {
            if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    let mut stdin = child.stdin.take().unwrap();
    let block = vec![b'9'; 1 << 20];
    for _ in 0..50 {
        stdin.write_all(&block).unwrap();
    }
    stdin.write_all(b"\n1\n").unwrap();
    stdin.flush().unwrap();
    // Wait for the answer to be read back, the input still open.
    let mut seen = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(60);
    while !String::from_utf8_lossy(&seen).contains("Question 2 of 6") {
        let left = deadline.saturating_duration_since(Instant::now());
        match rx.recv_timeout(left) {
            Ok(bytes) => seen.extend(bytes),
            Err(_) => panic!(
                "the answer after the long line was not taken:\n{}",
                String::from_utf8_lossy(&seen)
            ),
        }
    }
    let peak = peak_kib(child.id());
    drop(stdin);
    let _ = child.wait();
    let text = String::from_utf8_lossy(&seen);
    assert!(
        text.contains("That line is too long to be an answer."),
        "{text}"
    );
    assert!(
        text.lines().all(|l| l.len() < 200),
        "the long line is not echoed whole"
    );
    assert!(peak < 20 * 1024, "peak memory {peak} KiB for a 50 MB line");
}
