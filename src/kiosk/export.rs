//! Handing a summary to staff: the Markdown handout and the JSON report,
//! written into the export folder under a short random reference code,
//! which both files carry inside too with the time (report::stamp).
//! Written atomically (temp file, fsync, link into place, fsync folder),
//! owner-only (0600), never over an existing file.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::report::save::{self, private_new, sync_dir};
use crate::report::stamp::{self, Stamp};

/// Letters and digits that cannot be mistaken for each other when read
/// aloud or copied by hand (no 0/O, 1/I/L).
const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
pub const CODE_LEN: usize = 5;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    pub code: String,
    /// RFC 3339, as in the JSON's `created`.
    pub created: String,
    pub markdown: PathBuf,
    pub json: PathBuf,
}

/// A fresh reference code from the system's random source.
pub fn new_code() -> io::Result<String> {
    let mut bytes = [0u8; CODE_LEN];
    getrandom::fill(&mut bytes).map_err(|e| io::Error::other(e.to_string()))?;
    Ok(bytes
        .iter()
        .map(|b| char::from(ALPHABET[usize::from(*b) % ALPHABET.len()]))
        .collect())
}

/// Writes both files under one new code. On any failure nothing is left
/// behind under that code, and the error says what happened.
pub fn write_summary(dir: &Path, markdown: &str, json: &str) -> io::Result<Written> {
    for _ in 0..20 {
        let code = new_code()?;
        let stamp = Stamp::now(&code);
        let markdown = stamp::markdown(markdown, &stamp);
        let json = stamp::json(json, &stamp).map_err(io::Error::other)?;
        let md = dir.join(format!("{code}.md"));
        let js = dir.join(format!("{code}.json"));
        match place(dir, &md, markdown.as_bytes()) {
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
            Ok(()) => {}
        }
        match place(dir, &js, json.as_bytes()) {
            Ok(()) => {
                sync_dir(dir)?;
                return Ok(Written {
                    code,
                    created: stamp.created,
                    markdown: md,
                    json: js,
                });
            }
            Err(e) => {
                let _ = fs::remove_file(&md);
                if e.kind() == io::ErrorKind::AlreadyExists {
                    continue;
                }
                return Err(e);
            }
        }
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        "could not find an unused reference code",
    ))
}

/// Temp file, fsync, link into place: shared with the self-guided save.
fn place(dir: &Path, target: &Path, bytes: &[u8]) -> io::Result<()> {
    save::place(dir, target, |f| f.write_all(bytes))
}

/// For the kiosk's start-up warning: can we create files in `dir`?
pub fn check_writable(dir: &Path) -> io::Result<()> {
    if !dir.is_dir() {
        return Err(io::Error::new(
            io::ErrorKind::NotFound,
            "the folder does not exist",
        ));
    }
    let probe = dir.join(format!(".scarguide-probe-{}", std::process::id()));
    private_new(&probe)?;
    fs::remove_file(&probe)
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
mod tests {
    use super::*;

    fn temp_dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("scarguide-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn codes_are_short_unambiguous_and_vary() {
        let a = new_code().unwrap();
        assert_eq!(a.len(), CODE_LEN);
        assert!(a.bytes().all(|b| ALPHABET.contains(&b)));
        let many: std::collections::HashSet<String> =
            (0..50).map(|_| new_code().unwrap()).collect();
        assert!(many.len() > 45, "codes repeat too often");
    }

    #[cfg(unix)]
    #[test]
    fn writes_both_files_owner_only_and_nothing_else() {
        use std::os::unix::fs::PermissionsExt;
        let dir = temp_dir("export");
        let w = write_summary(&dir, "# handout\n\nbody\n", "{}\n").unwrap();
        let md = fs::read_to_string(&w.markdown).unwrap();
        assert!(md.starts_with("# handout\n\n**Reference code: "), "{md}");
        assert!(md.contains(&w.code) && md.ends_with("body\n"), "{md}");
        let json: serde_json::Value =
            serde_json::from_str(&fs::read_to_string(&w.json).unwrap()).unwrap();
        assert_eq!(json["code"], w.code.as_str());
        assert_eq!(json["created"], w.created.as_str());
        for p in [&w.markdown, &w.json] {
            let mode = fs::metadata(p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "{}", p.display());
        }
        let names: Vec<String> = fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names.len(), 2, "no temp files left: {names:?}");
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn never_overwrites() {
        let dir = temp_dir("nooverwrite");
        let target = dir.join("X.md");
        fs::write(&target, "keep me").unwrap();
        let err = place(&dir, &target, b"new").unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(fs::read_to_string(&target).unwrap(), "keep me");
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_missing_folder_is_an_error_in_words() {
        let err = write_summary(Path::new("/nonexistent/scarguide"), "a", "{}").unwrap_err();
        assert_eq!(describe(&err), "the summary folder does not exist");
        assert!(check_writable(Path::new("/nonexistent/scarguide")).is_err());
    }

    #[cfg(unix)]
    #[test]
    fn a_read_only_folder_is_reported_and_left_clean() {
        use std::os::unix::fs::PermissionsExt;
        let dir = temp_dir("readonly");
        fs::set_permissions(&dir, fs::Permissions::from_mode(0o500)).unwrap();
        // root ignores permissions; the check is meaningful only for others.
        let writable_anyway = check_writable(&dir).is_ok();
        if !writable_anyway {
            let err = write_summary(&dir, "a", "{}").unwrap_err();
            assert_eq!(describe(&err), "the summary folder cannot be written to");
            assert_eq!(fs::read_dir(&dir).unwrap().count(), 0);
        }
        fs::set_permissions(&dir, fs::Permissions::from_mode(0o700)).unwrap();
        fs::remove_dir_all(&dir).unwrap();
    }
}
