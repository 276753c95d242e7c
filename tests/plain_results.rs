//! Plain mode's results as they are heard (issue 13, points 14 and 6): a
//! short summary first, then each section under a plain heading with every
//! field and every reason, then the offer to save the handout. The real
//! binary with piped input, checked against the engine's own advice.

mod common;

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use scarguide::advice::{evaluate, Advice};
use scarguide::dataset::{Dataset, Level, Tier};
use scarguide::interview::file;

fn shipped() -> Dataset {
    scarguide::dataset::check_file(None).unwrap().dataset
}

fn binary_in(dir: &Path, args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_scarguide"))
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin.as_bytes()).unwrap();
    drop(input);
    child.wait_with_output().unwrap()
}

/// A fresh, empty folder to run in.
fn empty_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("scarguide-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn flat(out: &str) -> String {
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The lines that give an example's answers, and the engine's advice.
fn example<'d>(data: &'d Dataset, name: &str) -> (String, Advice<'d>) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/examples")
        .join(name);
    let loaded = file::read(&path, data).unwrap();
    let lines = common::answers::plain_lines(data, &loaded.answers);
    (lines, evaluate(data, &loaded.answers))
}

/// The results of an example through the binary (the save offer declined).
fn results_of<'d>(data: &'d Dataset, name: &str) -> (String, Advice<'d>) {
    let (lines, advice) = example(data, name);
    let out = binary_in(Path::new(env!("CARGO_MANIFEST_DIR")), &["plain"], &lines);
    assert_eq!(out.status.code(), Some(0), "{name}");
    let stdout = String::from_utf8(out.stdout).unwrap();
    let (_, results) = stdout
        .split_once("\nYour results\n")
        .unwrap_or_else(|| panic!("{name}: no results:\n{stdout}"));
    (results.to_string(), advice)
}

#[test]
fn p14_the_summary_comes_first_what_to_raise_then_names_by_tier() {
    let data = shipped();
    for name in ["pregnant-on-isotretinoin.ron", "dents-but-flat-marks.ron"] {
        let (results, advice) = results_of(&data, name);
        let summary = results.split("\n\n").next().unwrap_or_default();
        let said = flat(summary);
        let wait: Vec<_> = advice.at_level(Level::Defer).collect();
        assert!(
            !wait.is_empty() || !advice.conflicts.is_empty(),
            "{name}: pick an example with something to raise"
        );
        assert!(
            said.starts_with("Raise these first with a clinician:"),
            "{said}"
        );
        for c in &advice.conflicts {
            assert!(said.contains(&flat(&c.conflict.message)), "{name}: {said}");
        }
        for c in wait {
            let told = flat(&format!("{}: {}", c.caveat.title, c.caveat.text));
            assert!(said.contains(&told), "{name}: {said}");
        }
        for (tier, words) in [
            (Tier::Suited, "Commonly used: "),
            (Tier::Consider, "May fit: "),
            (Tier::NotAdvised, "Usually avoided: "),
        ] {
            let names: Vec<&str> = advice
                .in_tier(tier)
                .map(|t| t.treatment.name.as_str())
                .collect();
            if names.is_empty() {
                assert!(!said.contains(words), "{name}: {said}");
            } else {
                let line = format!("{words}{}.", names.join("; "));
                assert!(said.contains(&flat(&line)), "{name}: {line}\n{said}");
                // What to raise comes before any treatment.
                assert!(said.find("Raise these first") < said.find(words));
            }
        }
    }
}

#[test]
fn p14_sections_have_plain_headings_and_every_field_of_every_treatment() {
    let data = shipped();
    let (results, advice) = results_of(&data, "pregnant-on-isotretinoin.ron");
    for line in results.lines() {
        assert!(!line.trim_start().starts_with("---"), "{line}");
        assert!(
            !line.trim_start().starts_with("* "),
            "no bullets read as star: {line}"
        );
        let letters: Vec<char> = line.chars().filter(|c| c.is_alphabetic()).collect();
        assert!(
            letters.len() < 12 || letters.iter().any(|c| c.is_lowercase()),
            "no line in capitals: {line}"
        );
    }
    let said = flat(&results);
    for heading in [
        "Commonly used for answers like yours",
        "Things to raise with your clinician",
        "What to expect",
        "Questions to ask your clinician",
        "Your answers",
    ] {
        assert!(results.contains(&format!("\n\n{heading}\n")), "{heading}");
    }
    let mut seen = 0;
    for t in &advice.treatments {
        let tr = t.treatment;
        for (label, value) in [
            ("Why this appears", t.reasons.join(" ")),
            ("What it is", tr.summary.clone()),
            ("Sessions", tr.sessions.clone()),
            ("Time to heal", tr.downtime.clone()),
            ("What to expect", tr.what_to_expect.clone()),
            ("Main risks", tr.risks.clone()),
        ] {
            let field = flat(&format!("{label}: {value}"));
            assert!(said.contains(&field), "{}: {field}", tr.id);
        }
        seen += usize::from(t.tier == Tier::NotAdvised);
    }
    assert!(
        seen > 0,
        "the example has an avoided treatment, told in full too"
    );
}

/// Point 6, plain mode's half: every caveat and note says why it appears.
#[test]
fn p6_caveat_and_note_reasons_are_in_the_results() {
    let data = shipped();
    let mut reasons = 0;
    for name in [
        "pregnant-on-isotretinoin.ron",
        "keloid-history-boxcar.ron",
        "rolling-dark-skin.ron",
    ] {
        let (results, advice) = results_of(&data, name);
        let said = flat(&results);
        let caveats = advice.caveats.iter().map(|c| (&c.caveat.title, &c.reasons));
        let notes = advice.notes.iter().map(|n| (&n.note.title, &n.reasons));
        for (title, why) in caveats.chain(notes) {
            if why.is_empty() {
                continue;
            }
            let line = flat(&format!("{title} {}", why.join(" ")));
            let told = flat(&format!("Why this appears: {}", why.join(" ")));
            assert!(said.contains(&told), "{name}: {line}");
            reasons += 1;
        }
    }
    assert!(
        reasons > 3,
        "the examples have caveats and notes with reasons"
    );
}

#[test]
fn p14_the_handout_is_offered_saved_never_over_another_and_its_path_said() {
    let data = shipped();
    let (lines, _) = example(&data, "rolling-dark-skin.ron");
    let dir = empty_dir("plain-save");
    let today = scarguide::commands::today();
    let name = format!("scarguide-summary-{today}.md");
    let first = binary_in(&dir, &["plain"], &format!("{lines}y\n"));
    let out = String::from_utf8(first.stdout).unwrap();
    assert!(
        flat(&out).contains(&format!(
            "Save these results to a file? Type y to save them in this folder as {name}, or type another file name. Press Enter to finish without saving."
        )),
        "{out}"
    );
    let full = dir.canonicalize().unwrap().join(&name);
    assert!(
        out.contains(&format!("Saved to {}\n", full.display())),
        "{out}"
    );
    let handout = std::fs::read_to_string(&full).unwrap();
    assert!(handout.starts_with("# Acne scar treatments"));

    // Again: a new name, the first file untouched; a typed name; Enter.
    let again = binary_in(&dir, &["plain"], &format!("{lines}yes\n"));
    let again = String::from_utf8(again.stdout).unwrap();
    let second = dir
        .canonicalize()
        .unwrap()
        .join(format!("scarguide-summary-{today}-1.md"));
    assert!(
        again.contains(&format!("Saved to {}\n", second.display())),
        "{again}"
    );
    assert_eq!(std::fs::read_to_string(&full).unwrap(), handout);
    let typed = binary_in(&dir, &["plain"], &format!("{lines}mine.md\n"));
    assert!(String::from_utf8(typed.stdout).unwrap().contains("mine.md"));
    assert!(dir.join("mine.md").exists());
    let declined = binary_in(&dir, &["plain"], &format!("{lines}\n"));
    assert!(String::from_utf8(declined.stdout)
        .unwrap()
        .ends_with("Answer: \nNot saved.\n"));
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 3);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn p14_scripts_get_json_whole_with_no_offer_after_it() {
    let data = shipped();
    let (lines, _) = example(&data, "rolling-dark-skin.ron");
    let dir = empty_dir("plain-json");
    let out = binary_in(&dir, &["plain", "--format", "json"], &format!("{lines}y\n"));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let json = stdout
        .split(scarguide::plain::RESULTS_MARKER)
        .nth(1)
        .unwrap();
    let _: serde_json::Value = serde_json::from_str(json).unwrap();
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 0, "nothing saved");
    std::fs::remove_dir_all(&dir).unwrap();
}
