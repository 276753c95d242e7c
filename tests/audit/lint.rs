//! The lint on tests/fixtures/audit.ron, which holds one of each finding,
//! each named here by what the fixture's comments say; and `check`'s
//! warning for the effect a `limit` always caps.

use std::process::Command;

use scarguide::advice::compiled::Item;
use scarguide::audit;
use scarguide::dataset::Tier;

use super::{load, FIXTURE};

fn line_of(needle: &str) -> usize {
    FIXTURE.lines().position(|l| l.contains(needle)).unwrap() + 1
}

#[test]
fn the_fixture_has_one_of_each_finding() {
    let data = load(FIXTURE);
    let lint = audit::run(&data).unwrap().lint;
    let t = |id: &str| data.treatments.iter().position(|x| x.id == id).unwrap();
    // Rule 9: light and dark skin at once.
    assert_eq!(lint.never_fire().collect::<Vec<_>>(), vec![8]);
    // Rule 10: only when the skin type is skipped.
    assert_eq!(lint.only_unanswered, vec![9]);
    // Rule 3's suited is always outdone by rule 4; rule 7's by the limit.
    let capped: Vec<_> = lint
        .capped
        .iter()
        .map(|c| (c.rule, c.effect, c.treatment, c.tier, c.by_limit))
        .collect();
    assert_eq!(
        capped,
        vec![
            (2, 0, t("tca_cross"), Tier::Suited, false),
            (6, 0, t("ablative_full"), Tier::Suited, true),
        ]
    );
    let tiers: Vec<_> = lint
        .unreachable_tiers
        .iter()
        .map(|u| (u.treatment, u.tier, u.named_by.clone()))
        .collect();
    assert_eq!(
        tiers,
        vec![
            (t("tca_cross"), Tier::Suited, vec![(2, 0)]),
            (t("ablative_full"), Tier::Suited, vec![(6, 0)]),
        ]
    );
    assert_eq!(
        lint.never_produced,
        vec![
            Item::Treatment(t("fillers")),
            Item::Caveat(2),
            Item::Note(1)
        ]
    );
    assert_eq!(lint.never_matching, vec![0]);
    // How often rules fire: rule 1 always (6 scar-type sets with a dent ×
    // 2 × 2 × 3 depths, and 2 without × 2 × 2), rule 2 for rolling scars.
    assert_eq!(lint.fires[0], 6 * 2 * 2 * 3 + 2 * 2 * 2);
    assert_eq!(lint.fires[1], 4 * 2 * 2 * 3);
}

#[test]
fn check_warns_about_the_effect_a_limit_always_caps() {
    let out = Command::new(env!("CARGO_BIN_EXE_scarguide"))
        .args(["check", "--data", "tests/fixtures/audit.ron"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let line = line_of(r#"chosen("scar_types", "rolling"), chosen("downtime", "minimal")"#);
    let want = format!(
        "tests/fixtures/audit.ron:{line}: warning: rule 7 lists `ablative_full` as `suited`, but a `limit` always caps it lower when this rule fires, so this effect never changes the advice"
    );
    assert!(stderr.contains(&want), "missing {want}\nin {stderr}");
    // Rule 3 is outdone by another rule, not a limit: audit lists it, check does not.
    assert!(!stderr.contains("rule 3 lists"), "{stderr}");
}

#[test]
fn audit_text_lists_each_finding() {
    let out = Command::new(env!("CARGO_BIN_EXE_scarguide"))
        .args(["audit", "--data", "tests/fixtures/audit.ron"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let rule = |n: usize, needle: &str| format!("rule {n} (line {})", line_of(needle));
    for want in [
        format!("{} never fires\n", rule(9, r#"chosen("skin_type", "light"), chosen("skin_type", "dark")"#)),
        format!("{} never fires for a complete answer set (only when a question is left unanswered)", rule(10, "not(answered")),
        "`treatment` `tca_cross` suited never changes the advice: other rules or limits always make it more cautious".to_string(),
        "`treatment` `ablative_full` suited never changes the advice: a `limit` always caps it lower".to_string(),
        "`tca_cross` is never suited (named by rule 3)".to_string(),
        "treatment `fillers` (line ".to_string(),
        "caveat `impossible` (line ".to_string(),
        "note `never_shown` (line ".to_string(),
        "conflict `none_and_scars` (line ".to_string(),
        // Rule 2 fires for rolling scars: 48 of the 80 answer sets.
        "48   60.0 %".to_string(),
    ] {
        assert!(stdout.contains(&want), "missing {want:?} in\n{stdout}");
    }
}
