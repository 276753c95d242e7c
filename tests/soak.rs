//! Soak (issue 7): the real binary in kiosk mode, in a pseudo-terminal,
//! takes 20,000 random keystrokes, clicks and resizes over about 30
//! seconds; it must still run, still answer, and not grow in memory.
//! Ignored by default (it takes half a minute): `cargo test -- --ignored`.
//! SOAK_SEED=N replays a run; the seed is printed either way.

mod common;

use std::time::{Duration, Instant};

use portable_pty::PtySize;
use proptest::prelude::Rng;
use proptest::test_runner::{RngAlgorithm, TestRng};

use common::*;

/// Twelve digits: random typing cannot hit it, so the kiosk must survive
/// every key without anyone ending it.
const PIN: &str = "804271936158";
const KEYS: usize = 20_000;
const PACE: Duration = Duration::from_millis(30);
const CHUNK: usize = 20;
const MAX_COLS: u16 = 200;
const MAX_ROWS: u16 = 62;

/// Keys as a terminal sends them: everything the app knows and plenty it
/// does not (control bytes, Alt, stray escapes, invalid UTF-8).
const BYTES: &[&[u8]] = &[
    b"\r",
    b"\t",
    b"\x1b[Z",
    b" ",
    b"\x7f",
    b"\x1b",
    b"\x1b[A",
    b"\x1b[B",
    b"\x1b[C",
    b"\x1b[D",
    b"\x1b[5~",
    b"\x1b[6~",
    b"\x1b[H",
    b"\x1b[F",
    b"\x1bOP",
    b"\x1b[15~",
    b"\x1b[24~",
    b"\x14",
    b"\x03",
    b"\x04",
    b"\x1a",
    b"\x1c",
    b"\x00",
    b"\x1bq",
    b"1",
    b"2",
    b"3",
    b"4",
    b"5",
    b"6",
    b"7",
    b"8",
    b"9",
    b"0",
    b"q",
    b"y",
    b"n",
    b"s",
    b"f",
    b"r",
    b"?",
    b"j",
    b"k",
    b"h",
    b"l",
    b"\xc3\xa9",
    b"\xff",
    b"\xe2\x9c",
    b"\x1b[<0;",
    b"\x1b[1;5A",
    b"\x1b[200~paste\x1b[201~",
];

fn mouse(rng: &mut TestRng, cols: u16, rows: u16) -> Vec<u8> {
    let button = [0, 0, 0, 2, 64, 65][rng.next_u32() as usize % 6];
    let x = rng.next_u32() % u32::from(cols.max(1)) + 1;
    let y = rng.next_u32() % u32::from(rows.max(1)) + 1;
    let end = if rng.next_u32().is_multiple_of(2) {
        'M'
    } else {
        'm'
    };
    format!("\x1b[<{button};{x};{y}{end}").into_bytes()
}

fn size(rng: &mut TestRng) -> (u16, u16) {
    match rng.next_u32() % 8 {
        0 => (1, 1),
        1 => (rng.next_u32() as u16 % 20, rng.next_u32() as u16 % 10),
        _ => (
            40 + rng.next_u32() as u16 % (MAX_COLS - 40),
            12 + rng.next_u32() as u16 % (MAX_ROWS - 12),
        ),
    }
}

/// The test's own screen stays 100×30: vt100 itself panics on some
/// one-column screens, and nothing is read from it until the end.
fn resize(p: &mut Pty, cols: u16, rows: u16) {
    let size = PtySize {
        rows,
        cols,
        pixel_width: 0,
        pixel_height: 0,
    };
    p.master.resize(size).unwrap();
}

/// A line of /proc/PID/status, in KB.
fn status_kb(pid: u32, key: &str) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix(key))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// Anonymous resident memory (heap, stacks), in KB: where a leak shows.
/// Not VmRSS, which also counts the program's own code and data pages as
/// they are first read from disk: a screen first drawn late in the run
/// (a rare key sequence reaches it) pages in code once, which is not a
/// leak and made the check fail by chance.
fn rss_kb(pid: u32) -> u64 {
    status_kb(pid, "RssAnon:")
}

#[test]
#[ignore = "half a minute of random input; run with --ignored"]
fn a_kiosk_takes_20000_random_keys_and_resizes() {
    let seed: u64 = std::env::var("SOAK_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(1, |d| d.as_nanos() as u64)
        });
    eprintln!("soak: SOAK_SEED={seed}");
    let mut seed_bytes = [0u8; 32];
    seed_bytes[..8].copy_from_slice(&seed.to_le_bytes());
    // SOAK_KEYS=N for a longer run, to tell a leak from a plateau.
    let keys: usize = std::env::var("SOAK_KEYS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(KEYS);
    let mut rng = TestRng::from_seed(RngAlgorithm::ChaCha, &seed_bytes);

    let dir = temp_dir("soak-export");
    let dir_arg = dir.display().to_string();
    let mut p = Pty::spawn(
        &["kiosk", "--export-dir", &dir_arg],
        &[("SCARGUIDE_STAFF_PIN", PIN)],
    );
    let pid = p.pid();
    p.wait_text("[ Start ]");

    // Draw once at the largest size the run uses, so the biggest screen
    // buffers are counted from the start.
    resize(&mut p, MAX_COLS, MAX_ROWS);
    p.pump(Duration::from_millis(300));
    resize(&mut p, COLS, ROWS);
    p.wait_text("[ Start ]");

    // A leak grows with the keys; the first visits to each screen, and
    // the allocator's high-water mark as sizes and screens meet, grow in
    // the first part of the run and then stop. So the thousand keys up to
    // the middle of the run are the baseline, and the last thousand may
    // not be a megabyte above them; and memory stays small throughout.
    let (mut cols, mut rows) = (COLS, ROWS);
    let mid = keys / 2;
    let mut middle = 0u64;
    let mut last_thousand = 0u64;
    let mut most = 0u64;
    let started = Instant::now();
    let mut sent = 0;
    while sent < keys {
        let tick = Instant::now();
        let mut chunk = Vec::new();
        for _ in 0..CHUNK {
            match rng.next_u32() % 100 {
                0 => {
                    (cols, rows) = size(&mut rng);
                    // Send what came before at the old size first.
                    p.send(&chunk);
                    chunk.clear();
                    resize(&mut p, cols, rows);
                }
                1..=9 => chunk.extend(mouse(&mut rng, cols, rows)),
                // Any byte at all, escapes and half sequences included.
                10..=14 => chunk.push(rng.next_u32() as u8),
                _ => {
                    let key = BYTES[rng.next_u32() as usize % BYTES.len()];
                    chunk.extend_from_slice(key);
                }
            }
        }
        p.send(&chunk);
        sent += CHUNK;
        let next = tick + PACE;
        while Instant::now() < next {
            p.pump(next.saturating_duration_since(Instant::now()));
        }
        assert!(
            p.child.try_wait().unwrap().is_none(),
            "the kiosk ended after {sent} keys (seed {seed}); screen:\n{}",
            p.screen()
        );
        if sent.is_multiple_of(5000) {
            eprintln!(
                "soak: {sent} keys, RssAnon {} KB, VmRSS {} KB",
                rss_kb(pid),
                status_kb(pid, "VmRSS:")
            );
        }
        let now = rss_kb(pid);
        most = most.max(now);
        if sent + 1000 > mid && sent <= mid {
            middle = middle.max(now);
        } else if sent > keys - 1000 {
            last_thousand = last_thousand.max(now);
        }
    }
    let took = started.elapsed();

    // Still answering: a known size, whatever box is open closed, then the
    // staff key must bring up the PIN prompt within the usual wait. The
    // size changes twice so the app redraws all of it (it redraws in full
    // only on a change of size): the test's screen took in frames drawn
    // for other sizes and is not to be trusted until then.
    resize(&mut p, COLS - 1, ROWS);
    p.pump(Duration::from_millis(300));
    resize(&mut p, COLS, ROWS);
    p.pump(Duration::from_millis(300));
    // Random bytes may end inside a half sequence or an open paste: the
    // kiosk drops both within a second, with nothing sent to end them.
    p.pump(Duration::from_millis(1100));
    for _ in 0..3 {
        p.send(b"\x1b");
        p.pump(Duration::from_millis(100));
    }
    p.pump(Duration::from_millis(200));
    let asked = Instant::now();
    p.send(b"\x1b[24~");
    p.wait_text("Type the staff PIN");
    let answer = asked.elapsed();
    assert!(p.child.try_wait().unwrap().is_none(), "still running");

    let growth = last_thousand.saturating_sub(middle);
    eprintln!(
        "soak: {sent} keys in {:.1} s; RssAnon at the middle {middle} KB, last thousand {last_thousand} KB (+{growth} KB), most {most} KB; PIN prompt after {} ms",
        took.as_secs_f64(),
        answer.as_millis()
    );
    assert!(middle > 0 && last_thousand > 0, "RSS was read");
    assert!(
        growth < 1024,
        "memory grew by {growth} KB in the second half (seed {seed})"
    );
    // The whole session's budget (BENCHMARKS.md: < 15 MB in all); the
    // heap itself peaks near 2.3 MB (heaptrack).
    assert!(
        most < 8 * 1024,
        "anonymous memory reached {most} KB (seed {seed})"
    );

    // Staff end it cleanly.
    signal(pid, "-TERM");
    p.wait_exit(WAIT);
    p.assert_restored();
    let _ = std::fs::remove_dir_all(&dir);
}
