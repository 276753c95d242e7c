//! Translations through the real binary (issue 17): `translation CODE`
//! writes a file that `check` accepts; an English edit makes its key
//! outdated, and the translated dataset then shows the English with the
//! marker, never the old translation; a missing caveat is an error; an
//! unknown key a warning. Each test works on a copy of
//! tests/fixtures/valid.ron in a folder of its own.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use scarguide::dataset::check_text;
use scarguide::dataset::translation::{self as tr, State};

const VALID: &str = include_str!("fixtures/valid.ron");
const TITLE: &str = "\"questions.scar_types.title\": (from: \"";

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_scarguide"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A folder of the test's own, removed when the test ends.
struct Folder(PathBuf);

impl std::ops::Deref for Folder {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl Drop for Folder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A folder holding `consultation.ron` (a copy of valid.ron).
fn folder(test: &str) -> Folder {
    let dir = std::env::temp_dir().join(format!(
        "scarguide-translation-{test}-{}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("consultation.ron"), VALID).unwrap();
    Folder(dir)
}

fn data(dir: &Path) -> String {
    dir.join("consultation.ron").display().to_string()
}

/// `translation es` for the folder's dataset.
fn template(dir: &Path) -> String {
    let out = run(&["translation", "es", "--data", &data(dir)]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    text(&out.stdout)
}

/// The template with the scar-types title in Spanish, written beside the
/// dataset as consultation.es.ron.
fn translate_title(dir: &Path) -> String {
    let t = template(dir).replace("text: \"Scar types\"),", "text: \"Tipos de cicatriz\"),");
    assert!(t.contains("Tipos de cicatriz"), "{t}");
    std::fs::write(dir.join("consultation.es.ron"), &t).unwrap();
    t
}

/// The 1-based line of the first `needle` in `text`.
fn line_of(text: &str, needle: &str) -> usize {
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} in {text}"));
    text[..at].matches('\n').count() + 1
}

fn check(dir: &Path) -> (Option<i32>, String) {
    let out = run(&["check", "--data", &data(dir)]);
    (out.status.code(), text(&out.stderr))
}

#[test]
fn a_template_checks_clean_with_its_english_as_identical() {
    let dir = folder("template");
    let t = translate_title(&dir);
    let back = tr::parse("template", &t).unwrap();
    let d = check_text("valid", VALID).unwrap().dataset;
    let status = tr::status(&d, &back);
    let all = tr::texts(&d).len();
    assert_eq!(back.texts.0.len(), all, "every key, once");
    assert_eq!(status.count(State::Translated), 1);
    assert_eq!(
        status.count(State::Identical),
        all - 1,
        "hashes are current"
    );
    let (code, err) = check(&dir);
    assert_eq!(code, Some(0), "{err}");
    let es = dir.join("consultation.es.ron").display().to_string();
    assert!(
        err.contains(&format!(
            "{es} (no name yet): 1 translated, 0 missing, 0 outdated, {} identical to English",
            all - 1
        )),
        "{err}"
    );
    assert!(
        err.contains("warning: `meta.title` is the same as the English"),
        "{err}"
    );
}

#[test]
fn an_english_edit_makes_its_key_outdated_and_the_english_shows_with_the_marker() {
    let dir = folder("outdated");
    translate_title(&dir);
    let edited = VALID.replacen("title: \"Scar types\"", "title: \"Kinds of scar\"", 1);
    std::fs::write(dir.join("consultation.ron"), &edited).unwrap();
    let (code, err) = check(&dir);
    assert_eq!(code, Some(0), "a title is not a safety text: {err}");
    assert!(err.contains("0 translated, 0 missing, 1 outdated"), "{err}");
    let line = err
        .lines()
        .find(|l| l.contains("`questions.scar_types.title`"))
        .unwrap_or_else(|| panic!("{err}"));
    assert!(
        line.contains(": warning: `questions.scar_types.title` is out of date"),
        "{line}"
    );
    assert!(
        line.contains("\"Kinds of scar\""),
        "names the English: {line}"
    );
    // The translated dataset: the new English, marked, not "Tipos…".
    let d = check_text("edited", &edited).unwrap().dataset;
    let es = std::fs::read_to_string(dir.join("consultation.es.ron")).unwrap();
    let out = tr::apply(&d, &tr::parse("es", &es).unwrap(), "(in English) ");
    assert_eq!(out.questions[0].title, "(in English) Kinds of scar");
    // And the program in Spanish says so, in Spanish, where a person reads it.
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_scarguide"))
        .args(["--lang", "es", "plain", "--data", &data(&dir)])
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let said = text(&std::mem::take(&mut child.stdout));
    assert!(
        said.contains("(en inglés: traducción en proceso de actualización) Kinds of scar"),
        "{said}"
    );
    assert!(
        !said.contains("Tipos de cicatriz"),
        "never the old translation: {said}"
    );
    // Refreshing shows the old translation and asks for a new one.
    let t = template(&dir);
    assert!(t.contains("// \"Tipos de cicatriz\""), "{t}");
    let entry = t.lines().find(|l| l.contains(TITLE)).unwrap();
    assert!(entry.ends_with("text: \"Kinds of scar\"),"), "{entry}");
}

#[test]
fn a_missing_caveat_is_an_error_and_check_fails() {
    let dir = folder("caveat");
    let t: String = translate_title(&dir)
        .lines()
        .filter(|l| !l.contains("\"caveats.cold_sores.text\""))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(dir.join("consultation.es.ron"), t).unwrap();
    let (code, err) = check(&dir);
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("1 missing"), "{err}");
    assert!(
        err.contains(": error: `caveats.cold_sores.text` is not translated (\"Resurfacing can set off cold sores; medi…\")"),
        "{err}"
    );
    assert!(err.contains("1 error in its translations"), "{err}");
}

#[test]
fn an_unknown_key_is_a_warning() {
    let dir = folder("unknown");
    let t = translate_title(&dir).replace(
        "    texts: {\n",
        "    texts: {\n        \"questions.scar_type.title\": (from: \"00000000\", text: \"x\"),\n",
    );
    std::fs::write(dir.join("consultation.es.ron"), &t).unwrap();
    let (code, err) = check(&dir);
    assert_eq!(code, Some(0), "{err}");
    assert!(err.contains(", 1 unknown"), "{err}");
    let es = dir.join("consultation.es.ron").display().to_string();
    let line = line_of(&t, "\"questions.scar_type.title\"");
    assert!(
        err.contains(&format!(
            "{es}:{line}: warning: `questions.scar_type.title` is not a text of the dataset"
        )),
        "{err}"
    );
}

#[test]
fn a_broken_translation_file_is_an_error_with_its_position() {
    let dir = folder("broken");
    let t = translate_title(&dir).replacen("language: \"es\",", "language: \"es\"", 1);
    std::fs::write(dir.join("consultation.es.ron"), &t).unwrap();
    let (code, err) = check(&dir);
    assert_eq!(code, Some(1), "{err}");
    let es = dir.join("consultation.es.ron").display().to_string();
    // At the field after the missing comma, as the dataset's errors are.
    let line = line_of(&t, "    name:");
    assert!(
        err.contains(&format!("{es}:{line}:5: error: expected `,`")),
        "{err}"
    );
    // The template refuses to overwrite a file it cannot read.
    let out = run(&["translation", "es", "--data", &data(&dir)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
}

#[test]
fn a_file_named_for_another_language_is_an_error() {
    let dir = folder("language");
    let t = translate_title(&dir).replacen("language: \"es\",", "language: \"fr\",", 1);
    std::fs::write(dir.join("consultation.es.ron"), &t).unwrap();
    let (code, err) = check(&dir);
    assert_eq!(code, Some(1), "{err}");
    let line = line_of(&t, "language:");
    assert!(
        err.contains(&format!(
            ":{line}: error: the language is \"fr\" but the file name says `es`"
        )),
        "{err}"
    );
}

#[test]
fn a_language_code_must_fit_a_file_name() {
    let out = run(&["translation", "../es"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
}

#[test]
fn a_new_language_starts_with_every_text_to_do() {
    let dir = folder("new");
    let out = run(&["translation", "pt-BR", "--data", &data(&dir)]);
    assert_eq!(out.status.code(), Some(0));
    let t = text(&out.stdout);
    let back = tr::parse("pt-BR", &t).unwrap();
    assert_eq!(back.language, "pt-BR");
    assert!(back.meta.clinical_review.contains("needs clinical review"));
    let todo = t.matches("// TODO translate\n").count();
    assert_eq!(todo, back.texts.0.len(), "{t}");
}

#[test]
fn check_of_the_built_in_dataset_reports_the_shipped_spanish() {
    let out = run(&["check"]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(
        err.contains("<embedded consultation.es.ron> (Español): "),
        "{err}"
    );
    assert!(err.contains(" 0 missing, 0 outdated"), "{err}");
    // Spanish running text is measured on its own scale, and plain.
    let ease = err
        .lines()
        .find(|l| l.contains("reading ease (INFLESZ"))
        .unwrap_or_else(|| panic!("{err}"));
    let mean: f64 = ease
        .split("mean ")
        .nth(1)
        .and_then(|r| r.split(',').next())
        .and_then(|m| m.parse().ok())
        .unwrap_or_default();
    assert!(mean >= 55.0, "plain Spanish on average: {ease}");
}
