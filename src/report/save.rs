//! Saving a handout without ever overwriting a file.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Writes `contents` to `path`, or if it exists to `stem-1.ext`,
/// `stem-2.ext`, … Returns the path written. Never replaces a file:
/// `create_new` makes the check and the creation one step.
pub fn save_new(path: &Path, contents: &str) -> io::Result<PathBuf> {
    for n in 0..1000u32 {
        let candidate = if n == 0 {
            path.to_path_buf()
        } else {
            numbered(path, n)
        };
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&candidate)
        {
            Ok(mut file) => {
                file.write_all(contents.as_bytes())?;
                file.sync_all()?;
                return Ok(candidate);
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        "too many files with this name already exist",
    ))
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
mod tests {
    use super::*;

    #[test]
    fn never_overwrites_and_counts_up() {
        let dir = std::env::temp_dir().join(format!("scarguide-save-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("summary.md");
        let a = save_new(&path, "first").unwrap();
        let b = save_new(&path, "second").unwrap();
        let c = save_new(&path, "third").unwrap();
        assert_eq!(a, path);
        assert_eq!(b, dir.join("summary-1.md"));
        assert_eq!(c, dir.join("summary-2.md"));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "first");
        assert_eq!(std::fs::read_to_string(&c).unwrap(), "third");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_missing_folder_is_an_error_not_a_panic() {
        let err = save_new(Path::new("/nonexistent-folder-scarguide/x.md"), "x").unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::NotFound);
    }
}
