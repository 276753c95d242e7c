use std::fs;
use std::path::PathBuf;

use jiff::Timestamp;

use super::*;

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("scarguide-desk-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

fn put(dir: &Path, code: &str, created: &str) {
    fs::write(dir.join(format!("{code}.md")), format!("# T\n\n{code}\n")).unwrap();
    let json = format!("{{\"code\": \"{code}\", \"created\": \"{created}\"}}");
    fs::write(dir.join(format!("{code}.json")), json).unwrap();
}

fn codes(list: &[Summary]) -> Vec<&str> {
    list.iter().map(|s| s.code.as_str()).collect()
}

#[test]
fn lists_summaries_newest_first_and_ignores_other_files() {
    let dir = temp_dir("list");
    put(&dir, "AAAAA", "2026-11-01T09:00:00+00:00");
    put(&dir, "BBBBB", "2026-11-20T09:00:00+01:00");
    for other in [
        ".scarguide-1-X.tmp",
        "notes.txt",
        "lower.md",
        "K.7.md",
        "CCCCC.collected",
    ] {
        fs::write(dir.join(other), "x").unwrap();
    }
    let list = Folder::new(&dir).list().unwrap();
    assert_eq!(codes(&list), ["BBBBB", "AAAAA"]);
    let first = list.first().unwrap();
    assert_eq!(first.created, Some("2026-11-20T08:00:00Z".parse().unwrap()));
    assert!(!first.collected);
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn finds_by_code_as_typed_or_names_near_ones() {
    let dir = temp_dir("find");
    put(&dir, "K7QM4", "2026-11-01T09:00:00Z");
    let folder = Folder::new(&dir);
    assert_eq!(folder.find("k7q-m4").unwrap().code, "K7QM4");
    let err = folder.find("K7QM9").unwrap_err();
    assert!(
        err.contains("no summary with the code K7QM9") && err.contains("did you mean K7QM4?"),
        "{err}"
    );
    let err = folder.find("ZZZZZ").unwrap_err();
    assert!(err.contains("list` shows every code"), "{err}");
    let err = folder.find("../\u{1b}[2J").unwrap_err();
    assert!(
        err.contains("is not a summary code") && !err.contains('\u{1b}'),
        "{err}"
    );
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn collect_marks_once_and_delete_removes_every_file() {
    let dir = temp_dir("collect");
    put(&dir, "K7QM4", "2026-11-01T09:00:00Z");
    let folder = Folder::new(&dir);
    let s = folder.find("K7QM4").unwrap();
    assert!(folder.collect(&s).unwrap());
    let s = folder.find("K7QM4").unwrap();
    assert!(s.collected);
    assert!(!folder.collect(&s).unwrap(), "already collected");
    assert_eq!(s.files.len(), 3);
    folder.delete(&s).unwrap();
    assert_eq!(fs::read_dir(&dir).unwrap().count(), 0);
    assert!(folder.list().unwrap().is_empty());
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn the_fhir_file_belongs_to_its_summary_and_goes_with_it() {
    let dir = temp_dir("fhir");
    put(&dir, "K7QM4", "2026-11-01T09:00:00Z");
    // Its own `authored` must not be taken for the JSON's `created`.
    let fhir = r#"{"created": "2020-01-01T00:00:00Z"}"#;
    fs::write(dir.join("K7QM4.fhir.json"), fhir).unwrap();
    let folder = Folder::new(&dir);
    let s = folder.find("K7QM4").unwrap();
    assert_eq!(s.files.len(), 3, "{:?}", s.files);
    assert_eq!(s.created, Some("2026-11-01T09:00:00Z".parse().unwrap()));
    assert_eq!(codes(&folder.list().unwrap()), ["K7QM4"], "one summary");
    folder.delete(&s).unwrap();
    assert_eq!(fs::read_dir(&dir).unwrap().count(), 0);
    // Purge takes it too.
    put(&dir, "OLDER", "2020-01-01T00:00:00Z");
    fs::write(dir.join("OLDER.fhir.json"), "{}").unwrap();
    let purged = folder.purge(30, Timestamp::now()).unwrap();
    assert_eq!(purged.deleted, ["OLDER"]);
    assert_eq!(fs::read_dir(&dir).unwrap().count(), 0);
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn codes_written_before_the_alphabet_changed_are_still_found() {
    let dir = temp_dir("old-alphabet");
    // 0, 1, 2, 5, 8, B, I, L, O, S and Z are no longer written.
    put(&dir, "B8S2Z", "2026-11-01T09:00:00Z");
    put(&dir, "O0I1L", "2026-11-01T09:00:00Z");
    let folder = Folder::new(&dir);
    assert_eq!(folder.find("b8s-2z").unwrap().code, "B8S2Z");
    assert_eq!(folder.find("o0i 1l").unwrap().code, "O0I1L");
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn purge_deletes_only_what_is_older_than_the_limit() {
    let dir = temp_dir("purge");
    put(&dir, "OLDER", "2026-10-01T09:00:00Z");
    put(&dir, "EDGE2", "2026-10-31T09:00:01Z");
    put(&dir, "NEWER", "2026-11-29T09:00:00Z");
    // No created field: the file's time counts (just written: kept).
    fs::write(dir.join("NOJSN.md"), "# T\n").unwrap();
    let now: Timestamp = "2026-11-30T09:00:00Z".parse().unwrap();
    let folder = Folder::new(&dir);
    let purged = folder.purge(30, now).unwrap();
    assert_eq!(purged.deleted, ["OLDER"]);
    assert!(purged.failed.is_empty());
    assert_eq!(codes(&folder.list().unwrap()), ["NOJSN", "NEWER", "EDGE2"]);
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_missing_folder_says_so() {
    let err = Folder::new(Path::new("/nonexistent/scarguide"))
        .list()
        .unwrap_err();
    assert_eq!(
        err,
        "the summary folder /nonexistent/scarguide does not exist (give the kiosk's --export-dir)"
    );
}

#[cfg(unix)]
#[test]
fn a_pipe_named_like_a_summary_is_not_read() {
    let dir = temp_dir("fifo");
    put(&dir, "K7QM4", "2026-11-01T09:00:00Z");
    let md = dir.join("K7QM4.md");
    fs::remove_file(&md).unwrap();
    let status = std::process::Command::new("mkfifo")
        .arg(&md)
        .status()
        .unwrap();
    assert!(status.success());
    let folder = Folder::new(&dir);
    let s = folder.find("K7QM4").unwrap();
    let err = folder.read_handout(&s).unwrap_err();
    assert!(err.contains("not a regular file"), "{err}");
    fs::remove_dir_all(&dir).unwrap();
}
