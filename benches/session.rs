//! The real binary in a pseudo-terminal (issue 7): time to the first
//! complete frame (side by side with `dialog --menu`), key press to the
//! next frame, peak memory of a whole session, CPU while idle.
//!
//! `cargo bench --bench session` measures the binary in SCARGUIDE_BIN, or
//! else the one cargo built for this bench (target/release/scarguide,
//! built with the release profile's settings). Run without `--bench` (as
//! `cargo test --benches` does) it only checks that every step works, with
//! a few runs and a 1 s idle.
//!
//! Each figure is one line that scripts/bench.sh reads, `name key=value …`;
//! times in ms, memory in KB.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

#[path = "session/pty.rs"]
mod pty;
#[path = "../tests/common/term.rs"]
mod term;

use pty::Term;

const ROWS: u16 = 30;
const COLS: u16 = 100;
/// The longest wait for any one screen before giving up.
const WAIT: Duration = Duration::from_secs(10);

/// Row `row` of the screen as text.
fn row(s: &vt100::Screen, row: u16) -> String {
    s.rows(0, COLS).nth(usize::from(row)).unwrap_or_default()
}

/// The welcome screen is complete: its last row (the key hints) is drawn.
fn welcome_complete(s: &vt100::Screen) -> bool {
    row(s, ROWS - 1).contains("q quit") && s.contents().contains("[ Start ]")
}

/// dialog's menu is complete: the last item and the last button are drawn.
fn menu_complete(s: &vt100::Screen) -> bool {
    let text = s.contents();
    text.contains("Seven") && text.contains("<Cancel>")
}

/// `dialog --menu "Pick one" 15 50 7 1 One … 7 Seven`
const DIALOG_ARGS: [&str; 19] = [
    "--menu", "Pick one", "15", "50", "7", "1", "One", "2", "Two", "3", "Three", "4", "Four", "5",
    "Five", "6", "Six", "7", "Seven",
];

/// Spawn to first complete frame, in ms; the program is then quit with `quit`.
fn first_frame(
    program: &Path,
    args: &[&str],
    complete: fn(&vt100::Screen) -> bool,
    quit: &[u8],
) -> f64 {
    let start = Instant::now();
    let mut t = Term::spawn(program, args);
    let done = t.wait_for("the first complete frame", complete);
    let ms = ms(done - start);
    t.quit_with(quit);
    ms
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Sorted samples: median, p95, min, max.
struct Stats {
    median: f64,
    p95: f64,
    min: f64,
    max: f64,
    n: usize,
}

fn stats(mut v: Vec<f64>) -> Stats {
    assert!(!v.is_empty());
    v.sort_by(f64::total_cmp);
    let n = v.len();
    let median = if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    };
    let p95 = v[((n as f64 * 0.95).ceil() as usize).clamp(1, n) - 1];
    Stats {
        median,
        p95,
        min: v[0],
        max: v[n - 1],
        n,
    }
}

/// Where `program` is on PATH, if it is.
fn which(program: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(program))
        .find(|p| p.is_file())
}

/// Figure 1: the two programs alternate, so load on the machine hits both alike.
fn measure_first_frame(bin: &Path, runs: usize) {
    let dialog = which("dialog");
    if dialog.is_none() {
        println!("first_frame_ms dialog skipped reason=not-installed");
        eprintln!("dialog is not installed: the comparison is skipped (Debian: sudo apt-get install dialog)");
    }
    // One run of each first, not counted: the page cache is warm for both.
    first_frame(bin, &[], welcome_complete, b"qy");
    if let Some(d) = &dialog {
        first_frame(d, &DIALOG_ARGS, menu_complete, b"\r");
    }
    let (mut ours, mut theirs) = (Vec::new(), Vec::new());
    for _ in 0..runs {
        ours.push(first_frame(bin, &[], welcome_complete, b"qy"));
        if let Some(d) = &dialog {
            theirs.push(first_frame(d, &DIALOG_ARGS, menu_complete, b"\r"));
        }
    }
    let s = stats(ours);
    println!(
        "first_frame_ms scarguide median={:.2} min={:.2} max={:.2} runs={}",
        s.median, s.min, s.max, s.n
    );
    if !theirs.is_empty() {
        let s = stats(theirs);
        println!(
            "first_frame_ms dialog median={:.2} min={:.2} max={:.2} runs={}",
            s.median, s.min, s.max, s.n
        );
    }
}

/// Figure 2: Down and Up on the first question move the highlight between
/// options 1 and 2. Each press is timed from the write to the pty until the
/// whole screen, text and attributes, equals the state it leads to.
fn measure_key_to_frame(bin: &Path, presses: usize) {
    let mut t = Term::spawn(bin, &[]);
    t.wait_for("the welcome screen", welcome_complete);
    t.send(b"\r");
    t.wait_text("Question 1 of");
    // Learn each state after one full cycle (the first frame of a screen
    // can differ from a redraw in cells nobody sees, such as trailing blanks).
    let learn = |t: &mut Term, key: &[u8], text: &str| {
        t.send(key);
        t.wait_text(text);
        t.settle(Duration::from_millis(300));
        t.parser.screen().contents_formatted()
    };
    learn(&mut t, b"\x1b[B", "> [ ] 2.");
    let up = learn(&mut t, b"\x1b[A", "> [ ] 1.");
    let down = learn(&mut t, b"\x1b[B", "> [ ] 2.");
    assert_eq!(
        up,
        learn(&mut t, b"\x1b[A", "> [ ] 1."),
        "Up leads to one screen"
    );
    assert_eq!(
        down,
        learn(&mut t, b"\x1b[B", "> [ ] 2."),
        "Down leads to one screen"
    );
    assert_ne!(up, down);
    // What one check of the screen costs (it is inside every figure).
    let probe = Instant::now();
    for _ in 0..100 {
        std::hint::black_box(t.parser.screen().contents_formatted() == down);
    }
    let check_us = probe.elapsed().as_secs_f64() * 1e6 / 100.0;

    let mut times = Vec::with_capacity(presses);
    for i in 0..presses {
        let (key, want): (&[u8], &Vec<u8>) = if i % 2 == 0 {
            (b"\x1b[A", &up)
        } else {
            (b"\x1b[B", &down)
        };
        let start = Instant::now();
        t.send(key);
        let done = t.wait_for("the highlight to move", |s| s.contents_formatted() == *want);
        times.push(ms(done - start));
        // Whatever else the frame sends comes before the next press.
        t.settle(Duration::from_millis(5));
    }
    let s = stats(times);
    println!(
        "key_to_frame_ms median={:.3} p95={:.3} min={:.3} max={:.3} presses={} check_us={:.1}",
        s.median, s.p95, s.min, s.max, s.n, check_us
    );
    t.quit_with(b"qy");
}

/// Answers option 1 of every question, then opens the results, the first
/// treatment, every section and pages down.
fn whole_session(t: &mut Term) {
    t.wait_for("the welcome screen", welcome_complete);
    t.send(b"\r");
    t.wait_text("Question 1 of");
    let mut n = 1;
    while !t.parser.screen().contents().contains("See my results") {
        assert!(n < 50, "the interview never ends");
        t.send(b"1\r");
        // The next question or the review, drawn whole: waiting only for
        // this question to go could catch the review half drawn, and a
        // "1" there would edit an answer instead.
        let next = format!("Question {} of", n + 1);
        t.wait_for("the next screen", |s| {
            let text = s.contents();
            text.contains(&next) || text.contains("See my results")
        });
        n += 1;
    }
    t.send(b"\r");
    t.wait_text("Why this appears");
    t.send(b"\r");
    t.settle(Duration::from_millis(50));
    for key in [
        &b"2"[..],
        b"3",
        b"4",
        b"1",
        b"\x1b[6~",
        b"\x1b[6~",
        b"\x1b[H",
    ] {
        t.send(key);
        t.settle(Duration::from_millis(50));
    }
}

/// A line of /proc/PID/status, in KB.
fn status_kb(pid: u32, key: &str) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("/proc/PID/status");
    status
        .lines()
        .find_map(|l| l.strip_prefix(key))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or_else(|| panic!("no {key} in /proc/{pid}/status"))
}

/// Figure 3: VmHWM just before quitting; cross-checked with the maximum RSS
/// that `/usr/bin/time` reports for the same session, where it is installed.
fn measure_peak_memory(bin: &Path) {
    let mut t = Term::spawn(bin, &[]);
    whole_session(&mut t);
    let pid = t.pid();
    let hwm = status_kb(pid, "VmHWM:");
    let rss = status_kb(pid, "VmRSS:");
    t.quit_with(b"qy");
    drop(t);
    print!("peak_rss_kb vmhwm={hwm} vmrss_at_end={rss}");

    let time = Path::new("/usr/bin/time");
    if time.exists() {
        let out = std::env::temp_dir().join(format!("scarguide-bench-time-{}", std::process::id()));
        let bin_s = bin.to_string_lossy();
        let out_s = out.to_string_lossy();
        let mut t = Term::spawn(time, &["-f", "%M", "-o", &out_s, &bin_s]);
        whole_session(&mut t);
        t.quit_with(b"qy");
        drop(t);
        let text = std::fs::read_to_string(&out).unwrap_or_default();
        let _ = std::fs::remove_file(&out);
        match text
            .trim()
            .lines()
            .last()
            .and_then(|l| l.trim().parse::<u64>().ok())
        {
            Some(kb) => print!(" time_maxrss={kb}"),
            None => print!(" time_maxrss=unreadable"),
        }
    } else {
        print!(" time_maxrss=not-installed");
    }
    println!();
}

/// Time on a CPU of every thread of a process, in ns (schedstat).
fn cpu_ns(pid: u32) -> Option<u64> {
    let mut sum = 0;
    for task in std::fs::read_dir(format!("/proc/{pid}/task")).ok()? {
        let text = std::fs::read_to_string(task.ok()?.path().join("schedstat")).ok()?;
        sum += text.split_whitespace().next()?.parse::<u64>().ok()?;
    }
    Some(sum)
}

/// Figure 4: CPU used while nobody presses anything at a question.
fn measure_idle(bin: &Path, seconds: u64) {
    let mut t = Term::spawn(bin, &[]);
    t.wait_for("the welcome screen", welcome_complete);
    t.send(b"\r");
    t.wait_text("Question 1 of");
    t.settle(Duration::from_millis(200));
    let pid = t.pid();
    let (ticks0, ns0, bytes0) = (term::cpu_ticks(pid), cpu_ns(pid), t.bytes);
    let end = Instant::now() + Duration::from_secs(seconds);
    // Keep reading, so output while idle is counted and never blocks it.
    while Instant::now() < end {
        t.take_one(end.saturating_duration_since(Instant::now()));
    }
    let (ticks1, ns1, bytes1) = (term::cpu_ticks(pid), cpu_ns(pid), t.bytes);
    let ticks_ms = (ticks1 - ticks0) * 1000 / term::ticks_per_second();
    let sched = match (ns0, ns1) {
        (Some(a), Some(b)) => format!("{:.3}", (b - a) as f64 / 1e6),
        _ => "unavailable".to_string(),
    };
    println!(
        "idle_cpu_ms stat={ticks_ms} schedstat={sched} seconds={seconds} bytes_written={}",
        bytes1 - bytes0
    );
    t.quit_with(b"qy");
}

fn main() {
    // `cargo bench` passes --bench; without it (`cargo test --benches`)
    // only a quick check that every step works.
    let full = std::env::args().any(|a| a == "--bench");
    let bin = std::env::var_os("SCARGUIDE_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_scarguide")));
    assert!(
        bin.is_file(),
        "no binary at {} (build it with `cargo build --release`, or set SCARGUIDE_BIN)",
        bin.display()
    );
    let (runs, presses, idle) = if full { (20, 200, 10) } else { (2, 10, 1) };
    println!("binary path={}", bin.display());
    measure_first_frame(&bin, runs);
    measure_key_to_frame(&bin, presses);
    measure_peak_memory(&bin);
    measure_idle(&bin, idle);
}
