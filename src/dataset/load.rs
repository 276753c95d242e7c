//! Reading RON text from disk safely, and parsing it with positions.

use std::fmt;
use std::io::Read;
use std::path::Path;

use serde::de::DeserializeOwned;

/// Larger input is refused before parsing: real datasets are a few hundred KiB.
pub const MAX_BYTES: u64 = 4 * 1024 * 1024;

/// Nesting deeper than this is an error, not a stack overflow.
pub const MAX_DEPTH: usize = 64;

/// A problem reading or parsing a file, already worded for a person.
/// `Display` gives `FILE:LINE:COL: message` when a position is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    pub file: String,
    pub line: Option<usize>,
    pub col: Option<usize>,
    pub message: String,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.col) {
            (Some(l), Some(c)) => write!(f, "{}:{}:{}: {}", self.file, l, c, self.message),
            (Some(l), None) => write!(f, "{}:{}: {}", self.file, l, self.message),
            _ => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

impl std::error::Error for LoadError {}

impl LoadError {
    pub fn new(file: &str, message: impl Into<String>) -> LoadError {
        LoadError {
            file: file.to_string(),
            line: None,
            col: None,
            message: message.into(),
        }
    }
}

/// Reads a text file of at most [`MAX_BYTES`], with a distinct message for
/// a missing file, a too-large file, invalid UTF-8 and an empty file.
pub fn read_text(path: &Path) -> Result<String, LoadError> {
    let name = path.display().to_string();
    let file = std::fs::File::open(path).map_err(|e| {
        let what = match e.kind() {
            std::io::ErrorKind::NotFound => "no such file".to_string(),
            std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
            _ => format!("cannot open: {e}"),
        };
        LoadError::new(&name, what)
    })?;
    if let Ok(meta) = file.metadata() {
        if meta.is_dir() {
            return Err(LoadError::new(&name, "is a folder, not a file"));
        }
        if meta.len() > MAX_BYTES {
            return Err(too_large(&name, meta.len()));
        }
    }
    // Read one byte past the limit so pipes and special files cannot
    // sneak past the size check.
    let mut bytes = Vec::new();
    file.take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| LoadError::new(&name, format!("cannot read: {e}")))?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(too_large(&name, bytes.len() as u64));
    }
    decode(&name, bytes)
}

fn too_large(name: &str, len: u64) -> LoadError {
    LoadError::new(
        name,
        format!(
            "file is too large ({} KiB; the limit is {} KiB)",
            len / 1024,
            MAX_BYTES / 1024
        ),
    )
}

/// Checks that bytes are UTF-8 and not empty.
pub fn decode(name: &str, bytes: Vec<u8>) -> Result<String, LoadError> {
    let text = String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let (line, col) = line_col(valid);
        LoadError {
            file: name.to_string(),
            line: Some(line),
            col: Some(col),
            message: "not valid UTF-8 text (save the file as UTF-8)".to_string(),
        }
    })?;
    if text.trim().is_empty() {
        return Err(LoadError::new(name, "the file is empty"));
    }
    Ok(text)
}

fn line_col(valid: &[u8]) -> (usize, usize) {
    let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
    let last_line = valid
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(valid, |i| &valid[i + 1..]);
    let col = String::from_utf8_lossy(last_line).chars().count() + 1;
    (line, col)
}

/// Parses RON with the extensions a hand-written file wants (`show_if:
/// chosen(..)` without `Some(..)`), a nesting limit, and a positioned error.
pub fn parse_ron<T: DeserializeOwned>(name: &str, text: &str) -> Result<T, LoadError> {
    let options = ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .with_recursion_limit(MAX_DEPTH);
    options.from_str(text).map_err(|e| LoadError {
        file: name.to_string(),
        line: Some(e.span.start.line.max(1)),
        col: Some(e.span.start.col.max(1)),
        message: describe(&e.code),
    })
}

fn describe(code: &ron::Error) -> String {
    match code {
        ron::Error::ExceededRecursionLimit => {
            format!("nested too deeply (more than {MAX_DEPTH} levels of brackets)")
        }
        ron::Error::Eof => "the file ends too early (a bracket or quote is not closed)".into(),
        other => sanitize(&other.to_string()),
    }
}

/// Makes text from a file safe to print on a terminal: control characters
/// are shown escaped instead of being sent to the terminal.
pub fn sanitize(s: &str) -> String {
    if !s.chars().any(|c| c.is_control() && c != '\n') {
        return s.to_string();
    }
    s.chars()
        .map(|c| {
            if c.is_control() && c != '\n' {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_has_position() {
        let err = decode("f", b"ab\ncd\xffef".to_vec()).unwrap_err();
        assert_eq!((err.line, err.col), (Some(2), Some(3)));
        assert!(err.message.contains("UTF-8"));
    }

    #[test]
    fn empty_and_blank_are_empty() {
        for text in ["", "  \n\t "] {
            let err = decode("f", text.as_bytes().to_vec()).unwrap_err();
            assert_eq!(err.message, "the file is empty");
        }
    }

    #[test]
    fn sanitize_escapes_escape() {
        assert_eq!(sanitize("a\u{1b}[2Jb"), "a\\u{1b}[2Jb");
        assert_eq!(sanitize("plain"), "plain");
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        // ron::Value accepts any nesting, so only the depth limit stops it.
        let text = "[".repeat(10_000);
        let err = parse_ron::<ron::Value>("f", &text).unwrap_err();
        assert!(err.message.contains("nested too deeply"), "{err}");
        assert_eq!(err.line, Some(1));
    }
}
