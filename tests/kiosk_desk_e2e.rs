//! The kiosk's desk through the real binary in a pseudo-terminal: a
//! patient sends (twice: one code, one set of files), staff open the
//! Summaries screen behind the PIN, find the summary by the code as they
//! would type it, print it (to the PDF printer when CUPS is here, and to
//! a printer that does not exist), mark it collected and delete it. And a
//! kiosk whose export folder cannot work refuses to start, saying why.

mod common;
mod desk;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant, SystemTime};

use common::{answer_first_options, signal, Pty};

const PIN: &str = "2468";
const F12: &[u8] = b"\x1b[24~";

fn kiosk(dir: &Path, printer: &str) -> Pty {
    let dir = dir.to_str().unwrap();
    Pty::spawn(
        &["kiosk", "--export-dir", dir, "--printer", printer],
        &[("SCARGUIDE_STAFF_PIN", PIN)],
    )
}

fn names(dir: &Path) -> Vec<String> {
    let mut n: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    n.sort();
    n
}

/// The code in the box's "Code: H 7 K 3 P" line.
fn code_on(screen: &str) -> String {
    screen
        .lines()
        .find_map(|l| l.split("Code: ").nth(1))
        .unwrap_or_default()
        .split_whitespace()
        .take(5)
        .collect()
}

/// To the results, and "Send my summary to staff": the code shown.
fn patient_sends(p: &mut Pty) -> String {
    answer_first_options(p);
    p.send(b"\r");
    p.wait_text("Send my summary to staff");
    p.send(b"s");
    let code = code_on(&p.wait_text("Your reference code is:"));
    assert_eq!(code.len(), 5, "{}", p.screen());
    code
}

fn staff_summaries(p: &mut Pty) {
    p.send(F12);
    p.wait_text("Type the staff PIN");
    p.send(PIN.as_bytes());
    p.send(b"\r");
    p.wait_text("Staff menu");
    p.send(b"2");
    p.wait_text("Find a code:");
}

/// Finds the code as a receptionist types it: small letters, a dash.
fn find(p: &mut Pty, code: &str) {
    let typed = format!("{}-{}", &code[..3], &code[3..]).to_lowercase();
    p.send(typed.as_bytes());
    p.wait_text(&format!("Find a code: {typed}"));
    p.send(b"\r");
    p.wait_text(&format!("Reference code: {code}"));
}

#[cfg(unix)]
#[test]
fn a_patient_sends_twice_and_staff_find_collect_and_delete_the_one_summary() {
    use std::os::unix::fs::PermissionsExt;
    let dir = desk::folder("kiosk-desk");
    let mut p = kiosk(&dir, "No_Such_Printer_Here");
    let code = patient_sends(&mut p);
    let files = [".fhir.json", ".json", ".md"].map(|s| format!("{code}{s}"));
    assert_eq!(names(&dir), files);
    for f in &files {
        let mode = std::fs::metadata(dir.join(f)).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "{f}");
    }
    // Closed, the code stays on the results; sent again, the same code.
    p.send(b"\r");
    let results = p.wait_for("the box to close", |s| !s.contains("Your reference code"));
    assert!(results.contains("Sent to staff. Code:"), "{results}");
    assert_eq!(code_on(&results), code);
    p.send(b"s");
    assert_eq!(code_on(&p.wait_text("Your reference code is:")), code);
    assert_eq!(names(&dir), files, "no second summary");
    p.send(b"\r");

    staff_summaries(&mut p);
    let list = p.wait_text(&code);
    assert!(list.contains("1 summary (1 new)"), "{list}");
    find(&mut p, &code);
    // A printer that is not there: why, and nothing lost.
    p.send(b"p");
    let screen = p.wait_text("was not printed");
    assert!(screen.contains("No_Such_Printer_Here"), "{screen}");
    assert!(screen.contains("kept"), "{screen}");
    assert_eq!(names(&dir), files);
    p.send(b"c");
    p.wait_text(&format!("{code} is marked as collected."));
    assert!(dir.join(format!("{code}.collected")).exists());
    // Delete asks; no keeps it.
    p.send(b"d");
    p.wait_text("and all its files for good?");
    p.send(b"n");
    p.wait_for("the question to go", |s| !s.contains("for good?"));
    assert!(dir.join(format!("{code}.md")).exists());
    p.send(b"d");
    p.wait_text("for good?");
    p.send(b"y");
    p.wait_text(&format!("{code} is deleted."));
    assert!(names(&dir).is_empty(), "{:?}", names(&dir));
    p.wait_text("No summaries yet.");
    // Esc goes back one level at a time, to the patient's screen.
    p.send(b"\x1b");
    p.wait_text("Staff menu");
    p.send(b"\x1b");
    p.wait_for("the staff box to close", |s| !s.contains("Staff menu"));
    assert!(p.child.try_wait().unwrap().is_none(), "still running");
    signal(p.pid(), "-TERM");
    p.wait_exit(Duration::from_secs(5));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn finished_before_sending_asks_first() {
    let dir = desk::folder("kiosk-finish");
    let mut p = kiosk(&dir, "PDF");
    answer_first_options(&mut p);
    p.send(b"\r");
    p.wait_text("Send my summary to staff");
    p.send(b"f");
    p.wait_text("has not been sent to staff");
    p.send(b"n");
    let screen = p.wait_for("the question to go", |s| !s.contains("not been sent"));
    assert!(
        screen.contains("Send my summary to staff"),
        "still on the results"
    );
    p.send(b"f");
    p.wait_text("has not been sent to staff");
    p.send(b"y");
    p.wait_text("[ Start ]");
    signal(p.pid(), "-TERM");
    p.wait_exit(Duration::from_secs(5));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn staff_print_a_summary_on_the_pdf_printer_from_the_kiosk() {
    if let Some(why) = desk::unavailable() {
        assert!(
            std::env::var_os("SCARGUIDE_REQUIRE_CUPS").is_none(),
            "SCARGUIDE_REQUIRE_CUPS is set but {why}; run .ci/cups-setup as root"
        );
        eprintln!("skipped: {why}; run .ci/cups-setup as root to test printing");
        return;
    }
    let dir = desk::folder("kiosk-pdf");
    let mut p = kiosk(&dir, desk::QUEUE);
    let code = patient_sends(&mut p);
    p.send(b"\r");
    staff_summaries(&mut p);
    find(&mut p, &code);
    let since = SystemTime::now() - Duration::from_secs(2);
    p.send(b"p");
    p.wait_text("is sent to printer PDF");
    let out = desk::out_dir();
    let deadline = Instant::now() + Duration::from_secs(60);
    let pdf = loop {
        if let Some(pdf) = desk::newest_pdf_since(&out, since, &code) {
            std::thread::sleep(Duration::from_millis(500));
            break pdf;
        }
        assert!(Instant::now() < deadline, "no PDF for {code} in {out:?}");
        std::thread::sleep(Duration::from_millis(200));
    };
    let text = Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains(&format!("Summary {code}")), "{text}");
    assert!(text.contains(&format!("Reference code: {code}")), "{text}");
    assert_eq!(names(&dir).len(), 3, "printing keeps the summary");
    let _ = std::fs::remove_file(&pdf);
    signal(p.pid(), "-TERM");
    p.wait_exit(Duration::from_secs(5));
    std::fs::remove_dir_all(&dir).unwrap();
}

fn start(dir: &str) -> std::process::Output {
    Command::new(desk::BIN)
        .args(["kiosk", "--export-dir", dir])
        .env("SCARGUIDE_STAFF_PIN", PIN)
        .output()
        .unwrap()
}

#[cfg(unix)]
#[test]
fn a_folder_that_cannot_work_stops_the_kiosk_before_any_patient() {
    use std::os::unix::fs::PermissionsExt;
    let out = start("/nonexistent/scarguide");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("summaries cannot be written to /nonexistent/scarguide: the summary folder does not exist. The kiosk does not start"),
        "{stderr}"
    );
    assert!(out.stdout.is_empty(), "stdout is not a terminal here");
    let dir = desk::folder("kiosk-open-to-all");
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o777)).unwrap();
    let out = start(dir.to_str().unwrap());
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("everybody may write to it"), "{stderr}");
    // On the terminal too, where stderr is the terminal...
    let mut p = Pty::spawn(
        &["kiosk", "--export-dir", dir.to_str().unwrap()],
        &[("SCARGUIDE_STAFF_PIN", PIN)],
    );
    assert_eq!(p.wait_exit(Duration::from_secs(5)), 1);
    assert!(
        p.screen().contains("everybody may write to it"),
        "{}",
        p.screen()
    );
    // ...and where it is not (the service sends stderr to the journal).
    let err = dir.with_extension("err");
    let shell = format!(
        "SCARGUIDE_STAFF_PIN={PIN} {} kiosk --export-dir {} 2>{}",
        desk::BIN,
        dir.display(),
        err.display()
    );
    let script = Command::new("script")
        .args(["-qec", &shell, "/dev/null"])
        .output();
    match script {
        Ok(out) if !out.stdout.is_empty() => {
            let screen = String::from_utf8_lossy(&out.stdout);
            assert!(screen.contains("everybody may write to it"), "{screen}");
            let journal = std::fs::read_to_string(&err).unwrap_or_default();
            assert!(journal.contains("everybody may write to it"), "{journal}");
        }
        _ => eprintln!("skipped the journal case: no usable `script` here"),
    }
    let _ = std::fs::remove_file(&err);
    std::fs::remove_dir_all(&dir).unwrap();
}
