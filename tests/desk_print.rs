//! Printing end to end through a real CUPS server with a PDF printer
//! (.ci/cups-setup installs cups, printer-driver-cups-pdf and
//! poppler-utils and makes the queue `PDF`): the printed PDF's text,
//! read back with pdftotext, is the summary as plain text.
//!
//! Without CUPS the test says so and passes, unless
//! SCARGUIDE_REQUIRE_CUPS is set (CI sets it, so it cannot skip there).

mod desk;

use std::process::Command;
use std::time::{Duration, Instant, SystemTime};

use desk::*;

#[test]
fn a_summary_printed_to_the_pdf_printer_reads_as_plain_text() {
    if let Some(why) = unavailable() {
        assert!(
            std::env::var_os("SCARGUIDE_REQUIRE_CUPS").is_none(),
            "SCARGUIDE_REQUIRE_CUPS is set but {why}; run .ci/cups-setup as root"
        );
        eprintln!("skipped: {why}; run .ci/cups-setup as root to test printing");
        return;
    }
    let dir = folder("print");
    // A code of its own, so the PDF is found by the job's title.
    let code = format!("P{:04}", std::process::id() % 10_000);
    let code: String = code
        .chars()
        .map(|c| if c == '0' { 'Z' } else { c })
        .collect();
    put(&dir, &code, &days_ago(0));
    let since = SystemTime::now() - Duration::from_secs(2);
    let out = run(
        &dir,
        &["print", &code.to_lowercase(), "--printer", QUEUE],
        &[],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let said = stdout(&out);
    assert!(
        said.contains(&format!("{code} (")) && said.contains("is sent to printer PDF"),
        "{said}"
    );

    let folder_out = out_dir();
    let deadline = Instant::now() + Duration::from_secs(60);
    let pdf = loop {
        if let Some(p) = newest_pdf_since(&folder_out, since, &code) {
            // cups-pdf writes in place; wait until the file is whole.
            std::thread::sleep(Duration::from_millis(500));
            break p;
        }
        assert!(
            Instant::now() < deadline,
            "no PDF for {code} in {} after 60 s",
            folder_out.display()
        );
        std::thread::sleep(Duration::from_millis(200));
    };
    let text = Command::new("pdftotext")
        .args(["-layout"])
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&text.stdout).into_owned();
    let pages = text.matches('\u{c}').count();
    let shown = stdout(&run(&dir, &["show", &code], &[]));
    for expect in [
        format!("Summary {code}"),
        format!("Reference code: {code}"),
        "page 1 of".to_string(),
        "Your answers".to_string(),
        "education, not a diagnosis".to_string(),
    ] {
        assert!(
            text.contains(&expect),
            "{expect:?} not in the PDF ({}):\n{text}",
            pdf.display()
        );
    }
    for markdown in ["**", "## ", "<http"] {
        assert!(!text.contains(markdown), "{markdown:?} in the PDF:\n{text}");
    }
    // Every line of the summary is on paper, in order, wrapped the same.
    let printed: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let mut at = 0;
    for line in shown.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let plain: String = line
            .chars()
            .map(|c| if c.is_ascii() { c } else { '?' })
            .collect();
        if !plain.is_ascii() || plain.contains('?') {
            continue;
        }
        match printed
            .iter()
            .skip(at)
            .position(|p| p.ends_with(&plain) || *p == plain)
        {
            Some(i) => at += i + 1,
            None => panic!("{line:?} is missing from the PDF or out of order:\n{text}"),
        }
    }
    assert!(
        pages >= 2,
        "a full summary takes more than one page ({pages})"
    );
    let _ = std::fs::remove_file(&pdf);
    std::fs::remove_dir_all(&dir).unwrap();
}
