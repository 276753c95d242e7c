//! Saving a handout without ever overwriting a file, and without leaving
//! half a file behind: written owner-only (0600) to a temp file in the
//! target folder, synced, then hard-linked to its name (unlike rename, a
//! link never replaces an existing file). The kiosk's export uses `place`.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Writes `contents` to `path`, or if it exists to `stem-1.ext`,
/// `stem-2.ext`, … Returns the absolute path written. A target that exists
/// but is not a regular file (a folder, `/dev/null`) is refused.
pub fn save_new(path: &Path, contents: &str) -> io::Result<PathBuf> {
    save_with(path, |f| f.write_all(contents.as_bytes()))
}

/// As `save_new`, with the writing step given (tests inject failures).
fn save_with(path: &Path, write: impl Fn(&mut File) -> io::Result<()>) -> io::Result<PathBuf> {
    let path = std::path::absolute(path)?;
    check_target(&path)?;
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    // The folder as it will be shown: without `..` or symbolic links.
    let dir = fs::canonicalize(dir)?;
    let path = match path.file_name() {
        Some(name) => dir.join(name),
        None => path,
    };
    for n in 0..1000u32 {
        let candidate = if n == 0 {
            path.clone()
        } else {
            numbered(&path, n)
        };
        match place(&dir, &candidate, &write) {
            Ok(()) => return Ok(candidate),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        crate::i18n::t("save-too-many"),
    ))
}

/// Refuses a target that exists and is not a regular file, in words; a
/// regular file is fine (the next free name is used). Also for checking
/// `--save-to` before the interview starts.
pub fn check_target(path: &Path) -> io::Result<()> {
    let shown = path.display();
    match fs::metadata(path) {
        Ok(m) if m.is_dir() => Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!(
                "{shown} is a folder; give a file name in it, such as {shown}/scarguide-summary.md"
            ),
        )),
        Ok(m) if !m.is_file() => Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("{shown} is not a regular file; give the name of a new file"),
        )),
        _ => Ok(()),
    }
}

/// Writes a new file `target` in `dir` through a temp file: on any failure
/// (a full disk) nothing is left behind; AlreadyExists if `target` exists.
pub fn place(
    dir: &Path,
    target: &Path,
    write: impl FnOnce(&mut File) -> io::Result<()>,
) -> io::Result<()> {
    via_temp(dir, write, |temp| fs::hard_link(temp, target))
}

/// As `place`, but replaces `target` if it exists (rename is atomic: a
/// reader sees the old file or the new one, never half of either). For a
/// kiosk summary sent again under its own code.
pub fn replace(
    dir: &Path,
    target: &Path,
    write: impl FnOnce(&mut File) -> io::Result<()>,
) -> io::Result<()> {
    via_temp(dir, write, |temp| fs::rename(temp, target))
}

fn via_temp(
    dir: &Path,
    write: impl FnOnce(&mut File) -> io::Result<()>,
    finish: impl FnOnce(&Path) -> io::Result<()>,
) -> io::Result<()> {
    let temp = dir.join(format!(
        ".scarguide-{}-{}.tmp",
        std::process::id(),
        nonce()?
    ));
    let result = (|| {
        let mut file = private_new(&temp)?;
        write(&mut file)?;
        file.sync_all()?;
        drop(file);
        finish(&temp)
    })();
    let _ = fs::remove_file(&temp);
    result?;
    sync_dir(dir)
}

/// A new file only the owner can read.
pub fn private_new(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

/// So the new name survives a power cut, not only the file's bytes.
pub fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    File::open(dir)?.sync_all()?;
    Ok(())
}

/// An error in words for the person saving (the path is said elsewhere).
pub fn describe(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => crate::i18n::t("save-no-folder").to_string(),
        io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem => {
            crate::i18n::t("save-read-only").to_string()
        }
        io::ErrorKind::StorageFull => crate::i18n::t("save-disk-full").to_string(),
        _ => e.to_string(),
    }
}

/// A random suffix, so two programs saving at once never share a temp file.
fn nonce() -> io::Result<String> {
    let mut bytes = [0u8; 6];
    getrandom::fill(&mut bytes).map_err(|e| io::Error::other(e.to_string()))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

fn numbered(path: &Path, n: u32) -> PathBuf {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let name = match path.extension() {
        Some(ext) => format!("{stem}-{n}.{}", ext.to_string_lossy()),
        None => format!("{stem}-{n}"),
    };
    path.with_file_name(name)
}

#[cfg(test)]
#[path = "save_tests.rs"]
mod tests;
