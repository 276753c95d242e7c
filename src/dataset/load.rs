//! Reading RON text from disk safely, and parsing it with positions.

use std::fmt;
use std::io::Read;
use std::path::Path;

use serde::de::DeserializeOwned;

use super::excerpt::Excerpt;
use super::parse_error;

/// Larger input is refused before parsing: real datasets are a few hundred KiB.
pub const MAX_BYTES: u64 = 4 * 1024 * 1024;

/// Nesting deeper than this is an error, not a stack overflow.
pub const MAX_DEPTH: usize = 64;

/// A problem reading or parsing a file, already worded for a person.
/// `Display` gives `FILE:LINE:COL: error: message` when a position is known
/// (the form editors link, like check's other errors), then the line with a
/// caret under the column; `FILE: message` when there is no position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    pub file: String,
    pub line: Option<usize>,
    pub col: Option<usize>,
    pub message: String,
    /// The line of the error, to show under the message.
    pub excerpt: Option<Excerpt>,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.col) {
            (Some(l), Some(c)) => write!(f, "{}:{l}:{c}: error: {}", self.file, self.message)?,
            (Some(l), None) => write!(f, "{}:{l}: error: {}", self.file, self.message)?,
            _ => write!(f, "{}: {}", self.file, self.message)?,
        }
        match &self.excerpt {
            Some(e) => write!(f, "\n{e}"),
            None => Ok(()),
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
            excerpt: None,
        }
    }
}

/// Reads a text file of at most [`MAX_BYTES`], with a distinct message for
/// a missing file, a too-large file, invalid UTF-8 and an empty file.
pub fn read_text(path: &Path) -> Result<String, LoadError> {
    let name = path.display().to_string();
    // A pipe or device could block the open or never end: refuse it before
    // opening (a missing file is left to open's own message).
    if let Ok(meta) = std::fs::metadata(path) {
        refuse_special(&name, &meta)?;
    }
    let file = std::fs::File::open(path).map_err(|e| {
        let what = match e.kind() {
            std::io::ErrorKind::NotFound => "no such file".to_string(),
            std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
            _ => format!("cannot open: {e}"),
        };
        LoadError::new(&name, what)
    })?;
    if let Ok(meta) = file.metadata() {
        refuse_special(&name, &meta)?;
        if meta.len() > MAX_BYTES {
            return Err(too_large(&name, meta.len()));
        }
    }
    // Read one byte past the limit so a file growing as it is read cannot
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

fn refuse_special(name: &str, meta: &std::fs::Metadata) -> Result<(), LoadError> {
    if meta.is_dir() {
        Err(LoadError::new(name, "is a folder, not a file"))
    } else if !meta.is_file() {
        Err(LoadError::new(
            name,
            "is not a regular file (a pipe, device or socket); give the path of a file",
        ))
    } else {
        Ok(())
    }
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
        let bytes = e.as_bytes();
        let valid = bytes.get(..e.utf8_error().valid_up_to()).unwrap_or(bytes);
        let (line, col) = line_col(valid);
        // The bad bytes are shown as U+FFFD under the caret.
        let lossy = String::from_utf8_lossy(bytes);
        LoadError {
            file: name.to_string(),
            line: Some(line),
            col: Some(col),
            message: "not valid UTF-8 text (save the file as UTF-8)".to_string(),
            excerpt: Excerpt::at(&lossy, line, col),
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
        .and_then(|i| valid.get(i + 1..))
        .unwrap_or(valid);
    let col = String::from_utf8_lossy(last_line).chars().count() + 1;
    (line, col)
}

/// Parses RON with the extensions a hand-written file wants (`show_if:
/// chosen(..)` without `Some(..)`), a nesting limit, and a positioned error
/// that shows the line with a caret under the column.
pub fn parse_ron<T: DeserializeOwned>(name: &str, text: &str) -> Result<T, LoadError> {
    parse(name, text, false)
}

/// [`parse_ron`] for a dataset: errors about its data also name the item
/// they are in ("treatment `subcision`: missing field `risks`").
pub fn parse_dataset<T: DeserializeOwned>(name: &str, text: &str) -> Result<T, LoadError> {
    parse(name, text, true)
}

fn parse<T: DeserializeOwned>(name: &str, text: &str, dataset: bool) -> Result<T, LoadError> {
    let options = ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .with_recursion_limit(MAX_DEPTH);
    options.from_str(text).map_err(|e| {
        let line = e.span.start.line.max(1);
        let col = e.span.start.col.max(1);
        LoadError {
            file: name.to_string(),
            line: Some(line),
            col: Some(col),
            message: parse_error::describe(&e.code, text, line, col, dataset),
            excerpt: Excerpt::at(text, line, col),
        }
    })
}

/// [`sanitize`] for a value quoted inside a one-line message (an id): a
/// line break is shown as `\n` too, so it cannot start a line of its own.
pub fn one_line(s: &str) -> String {
    sanitize(s).replace('\n', "\\n")
}

/// Makes text from a file safe to print on a terminal: control characters
/// are shown escaped instead of being sent to the terminal, and invisible
/// format characters (see invisible.rs) as code points.
pub fn sanitize(s: &str) -> String {
    let shown = |c: char| c == '\n' || !(c.is_control() || super::invisible::is_invisible(c));
    if s.chars().all(shown) {
        return s.to_string();
    }
    s.chars()
        .map(|c| match c {
            c if shown(c) => c.to_string(),
            c if c.is_control() => c.escape_default().to_string(),
            // Format characters as code points, so a message cannot be
            // reordered or hidden by the text it quotes.
            c => c.escape_unicode().to_string(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_show_hidden_characters_as_escapes() {
        assert_eq!(sanitize("a\u{202E}b\u{1b}c\nd"), "a\\u{202e}b\\u{1b}c\nd");
        assert_eq!(one_line("ice\npick\u{200B}"), "ice\\npick\\u{200b}");
        assert_eq!(sanitize("plain · text"), "plain · text");
    }

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
