//! The export folder as the desk sees it: one summary per code, made of
//! `CODE.md` (the handout), `CODE.json` (the report), `CODE.fhir.json`
//! (the same as a FHIR QuestionnaireResponse) and, once staff have handed
//! it over, `CODE.collected`. Other files are left alone.

use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use jiff::Timestamp;

use super::code;
use crate::dataset::load::one_line;
use crate::report::stamp::readable_time;

/// Larger files are not summaries the kiosk wrote.
const MAX_BYTES: u64 = 1 << 20;
/// What follows the code in each kind of file, in the order a delete
/// removes them: the handout and report last, so an interrupted delete
/// still lists the summary. `.fhir.json` before `.json`, which it ends with.
const KINDS: [&str; 4] = [".collected", ".fhir.json", ".json", ".md"];

#[derive(Debug, Clone)]
pub struct Folder {
    pub dir: PathBuf,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub code: String,
    /// From the JSON's `created`, else the oldest file's modification time.
    pub created: Option<Timestamp>,
    pub collected: bool,
    /// Every file of this summary that exists.
    pub files: Vec<PathBuf>,
}

impl Summary {
    pub fn handout(&self) -> Option<&Path> {
        self.file(".md")
    }

    fn file(&self, kind: &str) -> Option<&Path> {
        self.files
            .iter()
            .find(|f| kind_of(f).is_some_and(|(_, k)| k == kind))
            .map(PathBuf::as_path)
    }

    /// When it was written, in local time for people ("unknown" if not known).
    pub fn written(&self) -> String {
        self.created.map_or("unknown".to_string(), |t| {
            let local = t.to_zoned(jiff::tz::TimeZone::system());
            readable_time(&local.strftime("%Y-%m-%dT%H:%M").to_string())
        })
    }

    /// Whole days since it was written (none when the time is unknown).
    pub fn age_days(&self, now: Timestamp) -> Option<i64> {
        self.created
            .map(|c| (now.as_second() - c.as_second()).div_euclid(86_400))
    }
}

/// What a purge did: the codes deleted, and those that could not be.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Purged {
    pub deleted: Vec<String>,
    pub failed: Vec<(String, String)>,
}

impl Folder {
    pub fn new(dir: &Path) -> Folder {
        Folder {
            dir: dir.to_path_buf(),
        }
    }

    /// Every summary, newest first (unknown times last).
    pub fn list(&self) -> Result<Vec<Summary>, String> {
        let entries = fs::read_dir(&self.dir).map_err(|e| self.folder_error(&e))?;
        let mut by_code: std::collections::BTreeMap<String, Vec<PathBuf>> = Default::default();
        for entry in entries {
            let entry = entry.map_err(|e| self.folder_error(&e))?;
            let path = entry.path();
            let Some((stem, _)) = kind_of(&path) else {
                continue;
            };
            if code::normalize(stem).as_deref() == Some(stem) {
                by_code.entry(stem.to_string()).or_default().push(path);
            }
        }
        let mut all: Vec<Summary> = by_code
            .into_iter()
            .map(|(code, files)| summary(code, files))
            .filter(|s| s.handout().is_some() || s.file(".json").is_some())
            .collect();
        all.sort_by(|a, b| b.created.cmp(&a.created).then_with(|| a.code.cmp(&b.code)));
        Ok(all)
    }

    /// The summary with this code as typed, or why there is none (with
    /// the codes that come close).
    pub fn find(&self, typed: &str) -> Result<Summary, String> {
        let Some(code) = code::normalize(typed) else {
            return Err(format!(
                "`{}` is not a summary code (codes are letters and digits, like K7QM4)",
                one_line(typed)
            ));
        };
        let all = self.list()?;
        if let Some(s) = all.iter().find(|s| s.code == code) {
            return Ok(s.clone());
        }
        let near = code::near(&code, all.iter().map(|s| s.code.as_str()));
        let hint = match near.as_slice() {
            [] => format!(
                "`scarguide summaries --export-dir {} list` shows every code",
                self.dir.display()
            ),
            codes => format!("did you mean {}?", codes.join(" or ")),
        };
        Err(format!(
            "no summary with the code {code} in {}; {hint}",
            self.dir.display()
        ))
    }

    /// The handout's Markdown, as the patient sent it.
    pub fn read_handout(&self, s: &Summary) -> Result<String, String> {
        let path = s
            .handout()
            .ok_or_else(|| format!("summary {} has no handout (no {}.md)", s.code, s.code))?;
        read_small(path).map_err(|e| file_error(path, &e))
    }

    /// Marks a summary as handed over; false when it already was.
    pub fn collect(&self, s: &Summary) -> Result<bool, String> {
        if s.collected {
            return Ok(false);
        }
        let path = self.dir.join(format!("{}.collected", s.code));
        let mut options = fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        match options.open(&path) {
            Ok(mut f) => {
                let now = Timestamp::now().to_string();
                io::Write::write_all(&mut f, now.as_bytes()).map_err(|e| file_error(&path, &e))?;
                Ok(true)
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Ok(false),
            Err(e) => Err(file_error(&path, &e)),
        }
    }

    /// Removes every file of a summary, in the order of [`KINDS`].
    pub fn delete(&self, s: &Summary) -> Result<(), String> {
        let mut files = s.files.clone();
        files.sort_by_key(|f| kind_of(f).and_then(|(_, k)| KINDS.iter().position(|x| *x == k)));
        for f in &files {
            match fs::remove_file(f) {
                Ok(()) => {}
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                Err(e) => return Err(file_error(f, &e)),
            }
        }
        Ok(())
    }

    /// Deletes every summary written more than `days` days before `now`.
    /// Summaries whose time is unknown are kept.
    pub fn purge(&self, days: u32, now: Timestamp) -> Result<Purged, String> {
        let mut purged = Purged::default();
        let limit = i64::from(days) * 86_400;
        for s in self.list()? {
            let old = s
                .created
                .is_some_and(|c| now.as_second() - c.as_second() > limit);
            if old {
                match self.delete(&s) {
                    Ok(()) => purged.deleted.push(s.code),
                    Err(e) => purged.failed.push((s.code, e)),
                }
            }
        }
        purged.deleted.sort();
        Ok(purged)
    }

    fn folder_error(&self, e: &io::Error) -> String {
        let dir = self.dir.display();
        match e.kind() {
            io::ErrorKind::NotFound => {
                format!("the summary folder {dir} does not exist (give the kiosk's --export-dir)")
            }
            io::ErrorKind::NotADirectory => format!("{dir} is not a folder"),
            io::ErrorKind::PermissionDenied => format!(
                "cannot open the summary folder {dir}: permission denied; run this as the user the kiosk runs as (or with sudo)"
            ),
            _ => format!("cannot read the summary folder {dir}: {e}"),
        }
    }
}

fn summary(code: String, mut files: Vec<PathBuf>) -> Summary {
    files.sort();
    let is = |f: &PathBuf, kind: &str| kind_of(f).is_some_and(|(_, k)| k == kind);
    let collected = files.iter().any(|f| is(f, ".collected"));
    let created = files
        .iter()
        .find(|f| is(f, ".json"))
        .and_then(|f| json_created(f))
        .or_else(|| {
            files
                .iter()
                .filter(|f| !is(f, ".collected"))
                .filter_map(|f| fs::symlink_metadata(f).ok()?.modified().ok())
                .filter_map(|t| Timestamp::try_from(t).ok())
                .min()
        });
    Summary {
        code,
        created,
        collected,
        files,
    }
}

/// A summary file's code and kind (`.md`, …), from its name.
fn kind_of(path: &Path) -> Option<(&str, &'static str)> {
    let name = path.file_name()?.to_str()?;
    KINDS.iter().find_map(|k| Some((name.strip_suffix(k)?, *k)))
}

fn json_created(path: &Path) -> Option<Timestamp> {
    let text = read_small(path).ok()?;
    let v: serde_json::Value = serde_json::from_str(&text).ok()?;
    v.get("created")?.as_str()?.parse().ok()
}

/// A regular file (not a link, pipe or device) of at most MAX_BYTES.
fn read_small(path: &Path) -> io::Result<String> {
    let meta = fs::symlink_metadata(path)?;
    if !meta.is_file() {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            "not a regular file",
        ));
    }
    let mut text = String::new();
    fs::File::open(path)?
        .take(MAX_BYTES)
        .read_to_string(&mut text)?;
    Ok(text)
}

fn file_error(path: &Path, e: &io::Error) -> String {
    let p = path.display();
    match e.kind() {
        io::ErrorKind::PermissionDenied => {
            format!("{p}: permission denied; run this as the user the kiosk runs as (or with sudo)")
        }
        _ => format!("{p}: {e}"),
    }
}

#[cfg(test)]
#[path = "folder_tests.rs"]
mod tests;
