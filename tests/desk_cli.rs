//! `scarguide summaries` through the real binary: list, show, collect,
//! delete, purge and the messages for what goes wrong.

mod desk;

use desk::*;

#[test]
fn list_show_collect_delete_as_a_receptionist_would() {
    let dir = folder("daily");
    put(&dir, "K7QM4", &days_ago(0));
    put(&dir, "HX3PA", &days_ago(2));
    let list = run(&dir, &["list"], &[]);
    let text = stdout(&list);
    assert_eq!(list.status.code(), Some(0), "{}", stderr(&list));
    assert!(text.contains("2 (2 new, 0 collected)"), "{text}");
    let k = text.find("K7QM4").unwrap();
    let h = text.find("HX3PA").unwrap();
    assert!(k < h, "newest first:\n{text}");

    // Typed in lower case with a space, as it was read out.
    let show = run(&dir, &["show", "k7q", "m4"], &[]);
    let shown = stdout(&show);
    assert_eq!(show.status.code(), Some(0), "{}", stderr(&show));
    assert!(shown.contains("Reference code: K7QM4"), "{shown}");
    assert!(shown.contains("education, not a diagnosis"), "{shown}");
    for markdown in ["**", "\n#", "](", "<http"] {
        assert!(!shown.contains(markdown), "{markdown:?} in:\n{shown}");
    }
    assert!(shown.lines().all(|l| l.chars().count() <= 78));

    let collect = run(&dir, &["collect", "K7Q-M4"], &[]);
    assert_eq!(stdout(&collect), "K7QM4 is marked as collected.\n");
    let again = run(&dir, &["collect", "k7qm4"], &[]);
    assert_eq!(stdout(&again), "K7QM4 was already marked as collected.\n");
    let text = stdout(&run(&dir, &["list"], &[]));
    let row = text.lines().find(|l| l.starts_with("K7QM4")).unwrap();
    assert!(row.ends_with("collected"), "{text}");

    let delete = run(&dir, &["delete", "K7QM4"], &[]);
    assert_eq!(stdout(&delete), "K7QM4 is deleted (3 files).\n");
    let left: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(left.iter().all(|f| f.starts_with("HX3PA")), "{left:?}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn purge_deletes_only_old_summaries() {
    let dir = folder("purge");
    put(&dir, "AAAAA", &days_ago(45));
    put(&dir, "BBBBB", &days_ago(31));
    put(&dir, "CCCCC", &days_ago(29));
    let out = run(&dir, &["purge", "--older-than", "30"], &[]);
    assert_eq!(
        stdout(&out),
        "Deleted 2 summaries older than 30 days: AAAAA, BBBBB\n",
        "{}",
        stderr(&out)
    );
    assert!(dir.join("CCCCC.md").exists() && !dir.join("AAAAA.json").exists());
    let out = run(&dir, &["purge", "--older-than", "30"], &[]);
    assert_eq!(stdout(&out), "No summaries older than 30 days.\n");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn an_unknown_code_names_the_near_ones() {
    let dir = folder("unknown");
    put(&dir, "K7QM4", &days_ago(0));
    let out = run(&dir, &["show", "K7QN4"], &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).is_empty());
    let err = stderr(&out);
    assert!(
        err.contains("no summary with the code K7QN4") && err.contains("did you mean K7QM4?"),
        "{err}"
    );
    let out = run(&dir, &["delete", "../K7QM4"], &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("is not a summary code"),
        "{}",
        stderr(&out)
    );
    assert!(dir.join("K7QM4.md").exists());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_missing_folder_or_none_given_is_said_plainly() {
    let out = run(
        std::path::Path::new("/nonexistent/scarguide"),
        &["list"],
        &[],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("the summary folder /nonexistent/scarguide does not exist"));
    let out = std::process::Command::new(BIN)
        .args(["summaries", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("--export-dir DIR"),
        "{}",
        stderr(&out)
    );
}

#[cfg(unix)]
#[test]
fn an_unreadable_folder_says_permission() {
    use std::os::unix::fs::PermissionsExt;
    let dir = folder("noperm");
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o000)).unwrap();
    let out = run(&dir, &["list"], &[]);
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).unwrap();
    if std::fs::read_dir("/root").is_ok() && unsafe_is_root() {
        eprintln!("skipped: root reads any folder, so permission cannot be refused here");
    } else {
        assert_eq!(out.status.code(), Some(1));
        assert!(
            stderr(&out).contains("permission denied"),
            "{}",
            stderr(&out)
        );
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

fn unsafe_is_root() -> bool {
    std::process::Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.starts_with(b"0\n"))
}

#[test]
fn printing_without_cups_says_so_and_keeps_the_summary() {
    let dir = folder("nocups");
    put(&dir, "K7QM4", &days_ago(0));
    // A PATH with no lp on it: the print service is not installed.
    let empty = folder("nocups-path");
    let out = run(
        &dir,
        &["print", "K7QM4"],
        &[("PATH", empty.to_str().unwrap())],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("the print service (CUPS) is not installed"),
        "{err}"
    );
    assert!(err.contains("The summary is kept."), "{err}");
    assert!(dir.join("K7QM4.md").exists() && !dir.join("K7QM4.collected").exists());
    std::fs::remove_dir_all(&dir).unwrap();
    std::fs::remove_dir_all(&empty).unwrap();
}

#[cfg(unix)]
#[test]
fn a_refused_print_gives_lps_reason() {
    use std::os::unix::fs::PermissionsExt;
    let dir = folder("lperror");
    put(&dir, "K7QM4", &days_ago(0));
    let bin = folder("lperror-path");
    let lp = bin.join("lp");
    std::fs::write(&lp, "#!/bin/sh\n/bin/cat >/dev/null\necho 'lp: Error - no default destination available.' >&2\nexit 1\n").unwrap();
    std::fs::set_permissions(&lp, std::fs::Permissions::from_mode(0o755)).unwrap();
    let out = run(
        &dir,
        &["print", "K7QM4"],
        &[("PATH", bin.to_str().unwrap())],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("this computer has no default printer") && err.contains("--printer NAME"),
        "{err}"
    );
    std::fs::write(
        &lp,
        "#!/bin/sh\n/bin/cat >/dev/null\necho 'lp: Forbidden by policy' >&2\nexit 1\n",
    )
    .unwrap();
    let out = run(
        &dir,
        &["print", "K7QM4", "--printer", "Front"],
        &[("PATH", bin.to_str().unwrap())],
    );
    assert!(
        stderr(&out).contains("lp: Forbidden by policy"),
        "{}",
        stderr(&out)
    );
    std::fs::remove_dir_all(&dir).unwrap();
    std::fs::remove_dir_all(&bin).unwrap();
}
