//! The handout writer: never overwrites, owner-only, nothing half-written
//! when the write fails, and refuses targets that are not files.

use super::*;

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("scarguide-save-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn never_overwrites_and_counts_up() {
    let dir = temp_dir("count");
    let path = dir.join("summary.md");
    let a = save_new(&path, "first").unwrap();
    let b = save_new(&path, "second").unwrap();
    let c = save_new(&path, "third").unwrap();
    assert_eq!(a, path);
    assert_eq!(b, dir.join("summary-1.md"));
    assert_eq!(c, dir.join("summary-2.md"));
    assert_eq!(fs::read_to_string(&path).unwrap(), "first");
    assert_eq!(fs::read_to_string(&c).unwrap(), "third");
    assert_eq!(names(&dir), ["summary-1.md", "summary-2.md", "summary.md"]);
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_relative_name_comes_back_absolute() {
    let dir = temp_dir("relative");
    let here = std::env::current_dir().unwrap();
    let rel = pathdiff(&dir.join("x.md"), &here);
    let written = save_new(&rel, "x").unwrap();
    assert!(written.is_absolute(), "{}", written.display());
    assert_eq!(written, dir.join("x.md"));
    fs::remove_dir_all(&dir).unwrap();
}

/// `dir/x.md` relative to `base`, by climbing to the root with `..`.
fn pathdiff(target: &Path, base: &Path) -> PathBuf {
    let mut p = PathBuf::new();
    for _ in base.components().skip(1) {
        p.push("..");
    }
    p.join(target.strip_prefix("/").unwrap())
}

#[cfg(unix)]
#[test]
fn the_handout_is_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let dir = temp_dir("mode");
    let p = save_new(&dir.join("s.md"), "private").unwrap();
    let mode = fs::metadata(&p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    fs::remove_dir_all(&dir).unwrap();
}

/// A disk that fills up half way: the error comes back and no file, whole
/// or partial, is left, under the name or as a temp file.
#[test]
fn a_failed_write_leaves_nothing_behind() {
    let dir = temp_dir("full");
    let err = save_with(&dir.join("s.md"), |f| {
        f.write_all(b"half of the hand")?;
        Err(io::Error::from(io::ErrorKind::StorageFull))
    })
    .unwrap_err();
    assert_eq!(err.kind(), io::ErrorKind::StorageFull);
    assert_eq!(describe(&err), "the disk is full; nothing was written");
    assert!(names(&dir).is_empty(), "{:?}", names(&dir));
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_folder_is_refused_in_words() {
    let dir = temp_dir("folder");
    let err = save_new(&dir, "x").unwrap_err();
    assert_eq!(err.kind(), io::ErrorKind::InvalidInput);
    assert!(
        describe(&err).contains("is a folder; give a file name in it"),
        "{err}"
    );
    assert!(names(&dir).is_empty(), "nothing written beside it");
    let parent = dir.parent().unwrap();
    assert!(!parent
        .join(format!("{}-1", dir.file_name().unwrap().to_string_lossy()))
        .exists());
    fs::remove_dir_all(&dir).unwrap();
}

#[cfg(unix)]
#[test]
fn dev_null_is_refused() {
    let err = save_new(Path::new("/dev/null"), "x").unwrap_err();
    assert_eq!(err.kind(), io::ErrorKind::InvalidInput);
    assert!(
        err.to_string().contains("/dev/null is not a regular file"),
        "{err}"
    );
    assert!(!Path::new("/dev/null-1").exists());
}

#[test]
fn place_never_replaces_a_file() {
    let dir = temp_dir("place");
    let target = dir.join("X.md");
    fs::write(&target, "keep me").unwrap();
    let err = place(&dir, &target, |f| f.write_all(b"new")).unwrap_err();
    assert_eq!(err.kind(), io::ErrorKind::AlreadyExists);
    assert_eq!(fs::read_to_string(&target).unwrap(), "keep me");
    assert_eq!(names(&dir), ["X.md"], "no temp file left");
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_missing_folder_is_an_error_not_a_panic() {
    let err = save_new(Path::new("/nonexistent-folder-scarguide/x.md"), "x").unwrap_err();
    assert_eq!(err.kind(), io::ErrorKind::NotFound);
    assert_eq!(describe(&err), "that folder does not exist");
}
