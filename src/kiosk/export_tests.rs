use super::*;

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("scarguide-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

fn fhir(s: &Stamp) -> String {
    format!(
        "{{\"identifier\": \"{}\", \"authored\": \"{}\"}}\n",
        s.code, s.created
    )
}

fn parts<'a>(md: &'a str, json: &'a str) -> Parts<'a> {
    Parts {
        markdown: md,
        json,
        fhir: &fhir,
    }
}

fn names(dir: &Path) -> Vec<String> {
    let mut n: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    n.sort();
    n
}

#[test]
fn codes_are_short_unambiguous_and_vary() {
    let a = new_code().unwrap();
    assert_eq!(a.len(), CODE_LEN);
    assert!(a.bytes().all(|b| ALPHABET.contains(&b)));
    let many: std::collections::HashSet<String> = (0..50).map(|_| new_code().unwrap()).collect();
    assert!(many.len() > 45, "codes repeat too often");
}

#[test]
fn the_alphabet_has_no_look_alikes() {
    for c in *b"0O1IL2Z5S8B" {
        assert!(!ALPHABET.contains(&c), "{}", char::from(c));
    }
    let mut sorted = ALPHABET.to_vec();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), ALPHABET.len(), "no letter twice");
    // Every letter is used: 2,000 codes are 10,000 draws.
    let drawn: std::collections::HashSet<char> = (0..2000)
        .flat_map(|_| new_code().unwrap().chars().collect::<Vec<_>>())
        .collect();
    assert_eq!(drawn.len(), ALPHABET.len());
}

#[cfg(unix)]
#[test]
fn writes_three_files_owner_only_and_nothing_else() {
    use std::os::unix::fs::PermissionsExt;
    let dir = temp_dir("export");
    let w = write_summary(&dir, &parts("# handout\n\nbody\n", "{}\n")).unwrap();
    let [md, js, fh] = &w.files[..] else {
        panic!("{:?}", w.files)
    };
    assert!(
        fh.ends_with(format!("{}.fhir.json", w.code)),
        "{}",
        fh.display()
    );
    let md = fs::read_to_string(md).unwrap();
    assert!(md.starts_with("# handout\n\n**Reference code: "), "{md}");
    assert!(md.contains(&w.code) && md.ends_with("body\n"), "{md}");
    let json: serde_json::Value = serde_json::from_str(&fs::read_to_string(js).unwrap()).unwrap();
    assert_eq!(json["code"], w.code.as_str());
    assert_eq!(json["created"], w.created.as_str());
    let fh: serde_json::Value = serde_json::from_str(&fs::read_to_string(fh).unwrap()).unwrap();
    assert_eq!(fh["identifier"], w.code.as_str());
    assert_eq!(fh["authored"], w.created.as_str());
    for p in &w.files {
        let mode = fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{}", p.display());
    }
    assert_eq!(
        names(&dir).len(),
        3,
        "no temp files left: {:?}",
        names(&dir)
    );
    fs::remove_dir_all(&dir).unwrap();
}

#[cfg(unix)]
#[test]
fn a_rewrite_keeps_the_code_and_replaces_the_files() {
    use std::os::unix::fs::PermissionsExt;
    let dir = temp_dir("rewrite");
    let first = write_summary(&dir, &parts("# a\n\nfirst\n", "{}\n")).unwrap();
    let again = rewrite_summary(&dir, &first.code, &parts("# a\n\nsecond\n", "{}\n")).unwrap();
    assert_eq!(again.code, first.code);
    assert_eq!(again.files, first.files);
    assert_eq!(names(&dir).len(), 3, "{:?}", names(&dir));
    let md = fs::read_to_string(&again.files[0]).unwrap();
    assert!(md.contains("second") && !md.contains("first"), "{md}");
    for p in &again.files {
        let mode = fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{}", p.display());
    }
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_clash_on_a_later_file_takes_back_this_call_s_files_only() {
    let dir = temp_dir("clash");
    fs::write(dir.join("AAAAA.fhir.json"), "someone else's").unwrap();
    let mut codes = ["AAAAA", "CCCCC"].into_iter().map(|c| Ok(c.to_string()));
    let w = write_with(&dir, &parts("# a\n", "{}"), || codes.next().unwrap()).unwrap();
    assert_eq!(w.code, "CCCCC");
    assert_eq!(
        names(&dir),
        [
            "AAAAA.fhir.json",
            "CCCCC.fhir.json",
            "CCCCC.json",
            "CCCCC.md"
        ]
    );
    assert_eq!(
        fs::read_to_string(dir.join("AAAAA.fhir.json")).unwrap(),
        "someone else's"
    );
    let err = place(&dir, &dir.join("CCCCC.md"), b"new").unwrap_err();
    assert_eq!(err.kind(), io::ErrorKind::AlreadyExists);
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_missing_folder_is_an_error_in_words() {
    let err = write_summary(Path::new("/nonexistent/scarguide"), &parts("a", "{}")).unwrap_err();
    assert_eq!(describe(&err), "the summary folder does not exist");
    assert_eq!(
        check_folder(Path::new("/nonexistent/scarguide")),
        Err("the summary folder does not exist".to_string())
    );
}

#[cfg(unix)]
#[test]
fn the_folder_check_refuses_files_and_world_writable_folders() {
    use std::os::unix::fs::PermissionsExt;
    let dir = temp_dir("check");
    assert_eq!(check_folder(&dir), Ok(()));
    assert!(names(&dir).is_empty(), "the probe is removed");
    let file = dir.join("f");
    fs::write(&file, "").unwrap();
    assert_eq!(check_folder(&file), Err("it is not a folder".to_string()));
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o777)).unwrap();
    let err = check_folder(&dir).unwrap_err();
    assert!(err.starts_with("everybody may write to it"), "{err}");
    fs::remove_dir_all(&dir).unwrap();
}

#[cfg(unix)]
#[test]
fn a_read_only_folder_is_reported_and_left_clean() {
    use std::os::unix::fs::PermissionsExt;
    let dir = temp_dir("readonly");
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o500)).unwrap();
    // root ignores permissions; the check is meaningful only for others.
    let writable_anyway = check_folder(&dir).is_ok();
    if !writable_anyway {
        let err = write_summary(&dir, &parts("a", "{}")).unwrap_err();
        assert_eq!(describe(&err), "the summary folder cannot be written to");
        assert_eq!(fs::read_dir(&dir).unwrap().count(), 0);
    }
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o700)).unwrap();
    fs::remove_dir_all(&dir).unwrap();
}
