//! No text can fake the screen: check refuses invisible format characters
//! (Unicode Cf: bidirectional overrides and isolates, zero-width
//! characters…) in any text, and line breaks in one-line fields, naming the
//! line; ids in its messages are escaped. Each case mutates one place in a
//! copy of the shipped dataset.

use std::process::Command;

const DATASET: &str = include_str!("../assets/consultation.ron");

/// `check` on the dataset with `from` replaced (once) by `to`: exit status,
/// stderr, and the 1-based line of the change.
fn check_with(name: &str, from: &str, to: &str) -> (Option<i32>, String, usize) {
    check_edited(name, &[(from, to)])
}

/// As [`check_with`], for several edits; the line is the first one's.
fn check_edited(name: &str, edits: &[(&str, &str)]) -> (Option<i32>, String, usize) {
    let (from, _) = edits.first().copied().unwrap_or_default();
    let line = DATASET
        .find(from)
        .map(|at| DATASET[..at].matches('\n').count() + 1);
    let line = line.unwrap_or_else(|| panic!("{from:?} is not in the dataset"));
    let dir =
        std::env::temp_dir().join(format!("scarguide-invisible-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("consultation.ron");
    let text = edits
        .iter()
        .fold(DATASET.to_string(), |t, (f, to)| t.replacen(f, to, 1));
    std::fs::write(&path, text).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_scarguide"))
        .args(["check", "--data", path.to_str().unwrap()])
        .output()
        .unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    (out.status.code(), err, line)
}

fn assert_refused(name: &str, from: &str, to: &str, says: &str) {
    let (code, err, line) = check_with(name, from, to);
    assert_eq!(code, Some(1), "{name}: {err}");
    let found = err
        .lines()
        .find(|l| l.contains(says))
        .unwrap_or_else(|| panic!("{name}: no {says:?} in:\n{err}"));
    assert!(
        found.contains(&format!(":{line}: error: ")),
        "{name}: not at line {line}: {found}"
    );
    for c in ['\u{202E}', '\u{2066}', '\u{200B}', '\u{200D}', '\u{FEFF}'] {
        assert!(
            !err.contains(c),
            "{name}: a raw {c:?} reached the message:\n{err}"
        );
    }
}

#[test]
fn bidirectional_overrides_and_isolates_are_refused_anywhere() {
    assert_refused(
        "rlo-label",
        "label: \"Narrow, deep pits",
        "label: \"Narrow, \u{202E}deep pits",
        "option `ice_pick` of question `scar_types` label contains the invisible character U+202E",
    );
    assert_refused(
        "lri-text",
        "text: \"Some acne medicines can harm",
        "text: \"Some acne \u{2066}medicines\u{2069} can harm",
        "text contains the invisible character U+2066",
    );
}

#[test]
fn zero_width_characters_are_refused() {
    for (name, c, code) in [
        ("zwsp", '\u{200B}', "U+200B"),
        ("zwj", '\u{200D}', "U+200D"),
        ("bom", '\u{FEFF}', "U+FEFF"),
    ] {
        assert_refused(
            name,
            "name: \"TCA CROSS",
            &format!("name: \"TCA{c} CROSS"),
            &format!("name contains the invisible character {code}"),
        );
    }
}

#[test]
fn a_line_break_in_a_one_line_field_is_refused() {
    // As written in the file (an escape) and as a raw line break.
    assert_refused(
        "nl-label",
        "label: \"Wide, soft waves (rolling scars)\"",
        "label: \"Wide, soft waves\\nAnswer: Keloid scars\"",
        "option `rolling` of question `scar_types` label must be one line",
    );
    assert_refused(
        "nl-title",
        "title: \"Skin type\"",
        "title: \"Skin\ntype\"",
        "question `skin_type` title must be one line",
    );
    assert_refused(
        "nl-name",
        "name: \"Treating active acne first\"",
        "name: \"Treating active\\nacne first\"",
        "name must be one line",
    );
}

#[test]
fn ids_in_messages_are_escaped() {
    let (code, err, _) = check_with("rlo-id", "id: \"ice_pick\"", "id: \"ice\u{202E}pick\"");
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("ice\\u{202e}pick"), "{err}");
    let (code, err, _) = check_with("nl-id", "id: \"ice_pick\"", "id: \"ice\\npick\"");
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("`ice\\npick`"), "{err}");
    assert!(!err.lines().any(|l| l.starts_with("pick")), "{err}");
}

#[test]
fn multi_line_text_may_still_break_lines() {
    // With an empty version too, so check stops before proving the guards.
    let mutated = "text: \"Some acne medicines can harm an unborn baby.\\n";
    let (code, err, _) = check_edited(
        "nl-text",
        &[
            (
                "text: \"Some acne medicines can harm an unborn baby.",
                mutated,
            ),
            ("version: \"1.2.1\"", "version: \"\""),
        ],
    );
    assert!(err.contains("meta version is empty"), "{err}");
    assert_eq!(code, Some(1));
    assert!(!err.contains("must be one line"), "{err}");
    assert!(!err.contains("invisible character"), "{err}");
}
