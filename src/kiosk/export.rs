//! Handing a summary to staff: the Markdown handout, the JSON report and
//! a FHIR QuestionnaireResponse, written into the export folder under a
//! short random reference code, which every file carries inside too with
//! the time (report::stamp). Written atomically (temp file, fsync, link
//! into place, fsync folder), owner-only (0600), never over another
//! summary; sent again in the same session, the same code's files are
//! replaced, so staff find one summary, not several.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::advice::Advice;
use crate::dataset::Dataset;
use crate::report::save::{self, private_new, sync_dir};
use crate::report::stamp::{self, Stamp};

/// Letters and digits that cannot be mistaken for each other when read
/// aloud, copied by hand or shown in a console font: no 0/O, 1/I/L, 2/Z,
/// 5/S, 8/B. The desk still finds older codes made of any letters.
pub const ALPHABET: &[u8] = b"ACDEFGHJKMNPQRTUVWXY34679";
pub const CODE_LEN: usize = 5;

/// The file kinds of one summary, by what follows the code.
pub const SUFFIXES: [&str; 3] = [".md", ".json", ".fhir.json"];

/// What a summary is made of before its code and time are known.
pub struct Parts<'a> {
    /// The handout, unstamped.
    pub markdown: &'a str,
    /// The report JSON, unstamped.
    pub json: &'a str,
    /// The FHIR response, made once the code and time are known.
    pub fhir: &'a dyn Fn(&Stamp) -> String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    pub code: String,
    /// RFC 3339, as in the JSON's `created`.
    pub created: String,
    /// `CODE.md`, `CODE.json`, `CODE.fhir.json`, in that order.
    pub files: Vec<PathBuf>,
}

/// The FHIR file's maker for one consultation: a QuestionnaireResponse
/// authored at the stamp's time, with the code as its identifier.
pub fn fhir_for<'a>(data: &'a Dataset, advice: &'a Advice) -> impl Fn(&Stamp) -> String + 'a {
    move |s: &Stamp| crate::fhir::response_json(data, advice, &s.created, Some(&s.code))
}

/// A fresh reference code from the system's random source.
pub fn new_code() -> io::Result<String> {
    let mut code = String::with_capacity(CODE_LEN);
    // Bytes past the largest multiple of the alphabet's size are dropped,
    // so every letter is as likely as the others.
    let limit = 256 - 256 % ALPHABET.len();
    while code.len() < CODE_LEN {
        let mut bytes = [0u8; 16];
        getrandom::fill(&mut bytes).map_err(|e| io::Error::other(e.to_string()))?;
        for b in bytes.iter().map(|b| usize::from(*b)).filter(|b| *b < limit) {
            if code.len() < CODE_LEN {
                if let Some(c) = ALPHABET.get(b % ALPHABET.len()) {
                    code.push(char::from(*c));
                }
            }
        }
    }
    Ok(code)
}

/// The three files' contents under `stamp`.
fn contents(parts: &Parts, stamp: &Stamp) -> io::Result<[String; 3]> {
    Ok([
        stamp::markdown(parts.markdown, stamp),
        stamp::json(parts.json, stamp).map_err(io::Error::other)?,
        (parts.fhir)(stamp),
    ])
}

fn paths(dir: &Path, code: &str) -> Vec<PathBuf> {
    SUFFIXES
        .iter()
        .map(|s| dir.join(format!("{code}{s}")))
        .collect()
}

/// Writes every file under one new code. On any failure nothing is left
/// behind under that code, and the error says what happened.
pub fn write_summary(dir: &Path, parts: &Parts) -> io::Result<Written> {
    write_with(dir, parts, new_code)
}

/// As `write_summary`, with where codes come from given (tests fix them).
fn write_with(
    dir: &Path,
    parts: &Parts,
    mut next_code: impl FnMut() -> io::Result<String>,
) -> io::Result<Written> {
    'codes: for _ in 0..20 {
        let code = next_code()?;
        let stamp = Stamp::now(&code);
        let texts = contents(parts, &stamp)?;
        let files = paths(dir, &code);
        for (i, (path, text)) in files.iter().zip(&texts).enumerate() {
            if let Err(e) = place(dir, path, text.as_bytes()) {
                // Only the files this call placed: a clash is someone else's.
                for placed in files.iter().take(i) {
                    let _ = fs::remove_file(placed);
                }
                if e.kind() == io::ErrorKind::AlreadyExists {
                    continue 'codes;
                }
                return Err(e);
            }
        }
        sync_dir(dir)?;
        return Ok(Written {
            code,
            created: stamp.created,
            files,
        });
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        "could not find an unused reference code",
    ))
}

/// Writes the summary again under the code it was first sent with,
/// replacing its files one by one (each atomically), with a new time.
pub fn rewrite_summary(dir: &Path, code: &str, parts: &Parts) -> io::Result<Written> {
    let stamp = Stamp::now(code);
    let texts = contents(parts, &stamp)?;
    let files = paths(dir, code);
    for (path, text) in files.iter().zip(&texts) {
        save::replace(dir, path, |f| f.write_all(text.as_bytes()))?;
    }
    Ok(Written {
        code: code.to_string(),
        created: stamp.created,
        files,
    })
}

/// Temp file, fsync, link into place: shared with the self-guided save.
fn place(dir: &Path, target: &Path, bytes: &[u8]) -> io::Result<()> {
    save::place(dir, target, |f| f.write_all(bytes))
}

/// Whether the kiosk may start with `dir` as its export folder: it must
/// be a folder we can create files in, and not one everybody can write
/// to (anyone could plant or swap summaries there). Why not, in words.
pub fn check_folder(dir: &Path) -> Result<(), String> {
    let meta = fs::metadata(dir).map_err(|e| describe(&e))?;
    if !meta.is_dir() {
        return Err("it is not a folder".to_string());
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if meta.permissions().mode() & 0o002 != 0 {
            return Err("everybody may write to it (mode o+w)".to_string());
        }
    }
    let probe = dir.join(format!(".scarguide-probe-{}", std::process::id()));
    private_new(&probe).map_err(|e| describe(&e))?;
    fs::remove_file(&probe).map_err(|e| describe(&e))
}

/// An I/O error in words for a patient at the kiosk.
pub fn describe(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "the summary folder does not exist".to_string(),
        io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem => {
            "the summary folder cannot be written to".to_string()
        }
        io::ErrorKind::StorageFull => "the disk is full".to_string(),
        _ => format!("the summary could not be written ({e})"),
    }
}

#[cfg(test)]
#[path = "export_tests.rs"]
mod tests;
