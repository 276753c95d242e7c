//! The real binary in another language, as a person meets it: the whole
//! interview in Spanish from `--lang es` or the locale, the language chosen
//! on the welcome screen, a kiosk back in its own language after a wipe,
//! and plain mode asking first at a terminal.

mod common;

use std::io::Write;
use std::process::{Command, Stdio};

use common::{Pty, BIN};

const F12: &[u8] = b"\x1b[24~";
const PIN: &str = "4826";

/// The screen once `text` is on it and the frame has finished arriving
/// (a frame may reach the terminal in more than one read).
fn settled(p: &mut Pty, text: &str) -> String {
    p.wait_text(text);
    p.pump(std::time::Duration::from_millis(300));
    p.screen()
}

/// "Pregunta n de m" on the screen, if any.
fn pregunta(screen: &str) -> Option<usize> {
    let at = screen.find("Pregunta ")?;
    screen[at + "Pregunta ".len()..]
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

/// Option 1 of every question, in Spanish, to the results.
fn to_results_in_spanish(p: &mut Pty) -> String {
    p.wait_text("[ Empezar ]");
    p.send(b"\r");
    let mut screen = p.wait_for("the first question", |s| pregunta(s).is_some());
    let mut seen = 0;
    while let Some(n) = pregunta(&screen) {
        seen += 1;
        assert!(seen < 50, "the interview never ends");
        assert!(
            !screen.contains("Question "),
            "English on a question: {screen}"
        );
        p.send(b"1\r");
        let prefix = format!("Pregunta {n} de");
        screen = p.wait_for("the next screen", |s| !s.contains(&prefix));
    }
    p.wait_text("Ver mis resultados");
    p.send(b"\r");
    p.wait_text("Sus resultados")
}

#[test]
fn lang_es_runs_the_whole_interview_and_results_in_spanish() {
    let mut p = Pty::spawn(&["--lang", "es"], &[]);
    let welcome = settled(&mut p, "[ Empezar ]");
    assert!(welcome.contains("(•) Español"), "{welcome}");
    let results = to_results_in_spanish(&mut p);
    // The advice's own words come from the Spanish content.
    assert!(results.contains("especialista"), "{results}");
    assert!(!results.contains("Commonly used"), "{results}");
    p.send(b"q");
    p.wait_text("Salir");
}

#[test]
fn the_locale_chooses_spanish_and_c_leaves_english() {
    let mut p = Pty::spawn(&[], &[("LANG", "es_ES.UTF-8")]);
    p.wait_text("Bienvenida");
    let mut p = Pty::spawn(&[], &[("LANG", "C")]);
    let s = settled(&mut p, "[ Start ]");
    assert!(
        s.contains("(•) English") && s.contains("( ) Español"),
        "{s}"
    );
}

#[test]
fn the_welcome_screen_switches_language_both_ways_and_by_click() {
    let mut p = Pty::spawn(&[], &[]);
    p.wait_text("Welcome");
    p.send(b"\x1b[C"); // Right
                       // The whole frame in Spanish, down to the version line.
    let s = settled(&mut p, "Versión del contenido");
    assert!(
        s.contains("[ Empezar ]") && !s.contains("How to move"),
        "{s}"
    );
    p.send(b"\x1b[D"); // Left
    let s = settled(&mut p, "Content version");
    assert!(
        s.contains("[ Start ]") && !s.contains("Cómo moverse"),
        "{s}"
    );
    // A click on "Español", wherever it is drawn.
    let (row, col) = s
        .lines()
        .enumerate()
        .find_map(|(r, l)| l.find("Español").map(|c| (r, l[..c].chars().count())))
        .expect("Español on the welcome screen");
    let click = format!(
        "\x1b[<0;{};{}M\x1b[<0;{};{}m",
        col + 2,
        row + 1,
        col + 2,
        row + 1
    );
    p.send(click.as_bytes());
    p.wait_text("Bienvenida");
}

#[test]
fn a_kiosk_goes_back_to_its_own_language_after_a_wipe() {
    let mut p = Pty::spawn(&["kiosk"], &[("SCARGUIDE_STAFF_PIN", PIN)]);
    p.wait_text("Welcome");
    p.send(b"\x1b[C");
    p.wait_text("Bienvenida");
    p.send(b"\r");
    p.wait_for("a question in Spanish", |s| pregunta(s).is_some());
    // Staff reset the session: the PIN box is in the clinic's language.
    p.send(F12);
    p.wait_text("Type the staff PIN");
    p.send(format!("{PIN}\r").as_bytes());
    p.wait_text("Staff menu");
    p.send(b"1");
    let s = settled(&mut p, "[ Start ]");
    assert!(s.contains("(•) English"), "{s}");
    assert!(
        p.child.try_wait().unwrap().is_none(),
        "the kiosk still runs"
    );
}

#[test]
fn plain_mode_asks_the_language_first_at_a_terminal() {
    let mut p = Pty::spawn(&["plain"], &[("LANG", "C")]);
    // The prompt comes last: the whole question is there by then.
    let s = settled(&mut p, "1-2:");
    assert!(s.contains("Language / Idioma"), "{s}");
    assert!(s.contains("2. Español"), "{s}");
    assert!(s.contains("Escriba el número de su idioma"), "{s}");
    p.send(b"2\r");
    p.wait_text("Pregunta 1 de");
    assert!(String::from_utf8_lossy(&p.raw).contains("Para responder, escriba un número"));
    // Given a language, it does not ask.
    let mut p = Pty::spawn(&["plain", "--lang", "es"], &[("LANG", "C")]);
    p.wait_text("Pregunta 1 de");
    assert!(!String::from_utf8_lossy(&p.raw).contains("Idioma"));
}

#[test]
fn piped_plain_mode_in_spanish_reads_as_a_spanish_transcript() {
    let mut child = Command::new(BIN)
        .args(["plain", "--lang", "es"])
        .env_remove("LC_ALL")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Enough "1" answers and Enters for every question and the review.
    let input = "1\n".repeat(12) + &"\n".repeat(4);
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Pregunta 1 de"), "{text}");
    assert!(text.contains("Sus resultados"), "{text}");
    assert!(!text.contains("Question 1 of"), "{text}");
    assert!(
        !text.contains("Language / Idioma"),
        "piped input is never asked"
    );
}

#[test]
fn an_unknown_language_is_refused_with_the_list() {
    let out = Command::new(BIN)
        .args(["--lang", "xx", "plain"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("en (English), es (Español)"), "{err}");
}

#[test]
fn a_summary_sent_from_a_spanish_session_is_written_in_spanish() {
    let dir = common::temp_dir("lang-export");
    let mut p = Pty::spawn(
        &["kiosk", "--export-dir", dir.to_str().unwrap()],
        &[("SCARGUIDE_STAFF_PIN", PIN)],
    );
    p.wait_text("Welcome");
    p.send(b"\x1b[C");
    to_results_in_spanish(&mut p);
    p.send(b"s");
    let screen = settled(&mut p, "[ OK ]");
    let code: String = screen
        .lines()
        .find_map(|l| l.split("Código: ").nth(1))
        .unwrap_or_default()
        .split_whitespace()
        .take(5)
        .collect();
    assert_eq!(code.len(), 5, "{screen}");
    let md = std::fs::read_to_string(dir.join(format!("{code}.md"))).unwrap();
    for spanish in [
        "Sus respuestas",
        "no un diagnóstico",
        "Traducción",
        "Código de referencia",
    ] {
        assert!(md.contains(spanish), "{spanish}: {md}");
    }
    for english in ["Your answers", "not a diagnosis", "Reference code"] {
        assert!(!md.contains(english), "{english}: {md}");
    }
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join(format!("{code}.json"))).unwrap())
            .unwrap();
    assert_eq!(json["language"], "es");
    let _ = std::fs::remove_dir_all(&dir);
}
