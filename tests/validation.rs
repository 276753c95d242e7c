//! One test per validation rule: each edits the valid fixture in one place
//! and asserts the problem, its severity and its line.

use scarguide::dataset::{check_text, Problem, Severity};

const VALID: &str = include_str!("fixtures/valid.ron");

fn problems_after(old: &str, new: &str) -> Vec<Problem> {
    assert!(VALID.contains(old), "fixture lacks {old:?}");
    let text = VALID.replacen(old, new, 1);
    check_text("t.ron", &text).unwrap().problems
}

fn errors_after(old: &str, new: &str) -> Vec<(Option<usize>, String)> {
    problems_after(old, new)
        .into_iter()
        .filter(|p| p.severity == Severity::Error)
        .map(|p| (p.line, p.message))
        .collect()
}

fn has(errors: &[(Option<usize>, String)], line: usize, words: &str) -> bool {
    errors
        .iter()
        .any(|(l, m)| *l == Some(line) && m.contains(words))
}

#[test]
fn valid_fixture_has_no_errors() {
    let checked = check_text("t.ron", VALID).unwrap();
    assert!(!checked.has_errors(), "{:?}", checked.problems);
}

#[test]
fn duplicate_question_id() {
    let e = errors_after(r#"id: "severity","#, r#"id: "scar_types","#);
    // The first `scar_types` keeps its options, so its rules still check;
    // only the rule about the now-missing `severity` is reported.
    assert_eq!(
        e,
        vec![
            (Some(27), "duplicate question id `scar_types`".to_string()),
            (
                Some(169),
                "rule 4 names unknown question `severity`".to_string()
            ),
        ]
    );
}

#[test]
fn duplicate_option_id_within_a_question() {
    let e = errors_after(r#"(id: "boxcar","#, r#"(id: "ice_pick","#);
    assert!(
        has(
            &e,
            18,
            "duplicate option id `ice_pick` in question `scar_types`"
        ),
        "{e:?}"
    );
}

#[test]
fn same_option_id_in_two_questions_is_fine() {
    // `none` is an option of both active_acne and history.
    let checked = check_text("t.ron", VALID).unwrap();
    assert!(!checked
        .problems
        .iter()
        .any(|p| p.message.contains("duplicate")));
}

#[test]
fn duplicate_caveat_note_and_reference_ids() {
    let e = errors_after(r#"(id: "practitioner","#, r#"(id: "pigmentation_risk","#);
    assert!(
        e.iter()
            .any(|(_, m)| m.contains("duplicate caveat id `pigmentation_risk`")),
        "{e:?}"
    );
    let e = errors_after(r#"(id: "lee2002","#, r#"(id: "jacob2001","#);
    assert!(
        e.iter()
            .any(|(_, m)| m.contains("duplicate reference id `jacob2001`")),
        "{e:?}"
    );
    let e = errors_after(
        r#"    notes: ["#,
        r#"    notes: [
        (id: "gradual_results", title: "Again", text: "Twice.", references: ["jacob2001"]),"#,
    );
    assert!(
        e.iter()
            .any(|(_, m)| m.contains("duplicate note id `gradual_results`")),
        "{e:?}"
    );
}

#[test]
fn unknown_reference_in_a_reference_list() {
    let e = errors_after(r#"references: ["lee2002"]"#, r#"references: ["lee2003"]"#);
    assert!(
        e.iter().any(|(_, m)| m
            == "treatment `tca_cross` cites unknown reference `lee2003`; did you mean `lee2002`?"),
        "{e:?}"
    );
}

#[test]
fn unknown_caveat_and_note_in_rules() {
    let e = errors_after(
        r#"caveat(id: "practitioner""#,
        r#"caveat(id: "practicioner""#,
    );
    assert!(
        e.iter()
            .any(|(_, m)| m.contains("names unknown caveat `practicioner`")),
        "{e:?}"
    );
    let e = errors_after(r#"note(id: "gradual_results")"#, r#"note(id: "gradual")"#);
    assert!(
        e.iter()
            .any(|(_, m)| m.contains("names unknown note `gradual`")),
        "{e:?}"
    );
}

#[test]
fn unknown_treatment_in_listed() {
    let e = errors_after(
        r#"listed(["ablative_full"])"#,
        r#"listed(["ablative_ful"])"#,
    );
    assert!(
        e.iter()
            .any(|(_, m)| m.contains("names unknown treatment `ablative_ful`")),
        "{e:?}"
    );
}

#[test]
fn show_if_on_its_own_question() {
    let e = errors_after(
        r#"show_if: any_of("scar_types", ["raised", "keloid"])"#,
        r#"show_if: chosen("keloid_area", "face")"#,
    );
    assert!(has(&e, 73, "depends on itself (`keloid_area`)"), "{e:?}");
}

#[test]
fn listed_is_not_allowed_in_show_if() {
    let e = errors_after(
        r#"show_if: any_of("scar_types", ["raised", "keloid"])"#,
        r#"show_if: listed(["subcision"])"#,
    );
    assert!(
        e.iter()
            .any(|(_, m)| m.contains("uses `listed`, which only rules may use")),
        "{e:?}"
    );
}

#[test]
fn rules_with_listed_may_not_change_treatments() {
    let e = errors_after(
        r#"then: [caveat(id: "cold_sores", level: discuss)]"#,
        r#"then: [treatment(id: "skin_care", tier: suited, reason: "x")]"#,
    );
    assert!(
        e.iter()
            .any(|(_, m)| m.contains("may only add caveats and notes")),
        "{e:?}"
    );
}

#[test]
fn fewer_than_two_options() {
    let e = errors_after(
        r#"                (id: "body", label: "Chest, back or shoulders"),
"#,
        "",
    );
    assert!(
        has(
            &e,
            74,
            "question `keloid_area` has 1 option(s); a question needs at least two"
        ),
        "{e:?}"
    );
}

#[test]
fn empty_text_where_text_is_needed() {
    let e = errors_after(r#"label: "Moderate""#, r#"label: "  ""#);
    assert!(
        has(
            &e,
            35,
            "option `grade_3` of question `severity` label is empty"
        ),
        "{e:?}"
    );
    let e = errors_after(
        r#"summary: "A needle frees the bands under rolling scars.""#,
        r#"summary: """#,
    );
    assert!(
        e.iter()
            .any(|(_, m)| m == "treatment `subcision` summary is empty"),
        "{e:?}"
    );
    let e = errors_after(
        r#"reason: "Because you said you have rolling scars.""#,
        r#"reason: """#,
    );
    assert!(has(&e, 167, "rule 2 reason is empty"), "{e:?}");
}

#[test]
fn control_characters_anywhere_in_text() {
    for (old, new) in [
        ("Which kinds of marks", "Which\u{7} kinds of marks"),
        (
            "Most complications come",
            "Most\u{1b}[31m complications come",
        ),
        ("Lee JB, Chung WG", "Lee JB,\r Chung WG"),
    ] {
        let e = errors_after(old, new);
        assert!(
            e.iter().any(|(_, m)| m.contains("control character")),
            "{new:?}: {e:?}"
        );
    }
    // A newline is fine: long text may be written over several lines.
    let e = errors_after("Most complications come", "Most\ncomplications come");
    assert!(e.is_empty(), "{e:?}");
}

#[test]
fn reviewed_must_be_a_date() {
    let e = errors_after(r#"reviewed: "2026-11-21""#, r#"reviewed: "21/11/2026""#);
    assert!(
        e.iter()
            .any(|(_, m)| m.contains("not a date in the form YYYY-MM-DD")),
        "{e:?}"
    );
    let e = errors_after(r#"reviewed: "2026-11-21""#, r#"reviewed: "2026-02-30""#);
    assert!(!e.is_empty());
}

#[test]
fn review_by_and_reviewers_are_optional_but_checked_when_given() {
    let set = r#"reviewed: "2026-11-21", reviewers: ["Dr A. Example"], review_by: "2027-11-21","#;
    let e = errors_after(r#"reviewed: "2026-11-21","#, set);
    assert!(e.is_empty(), "{e:?}");

    let bad_date = r#"reviewed: "2026-11-21", review_by: "next year","#;
    let e = errors_after(r#"reviewed: "2026-11-21","#, bad_date);
    assert!(
        has(
            &e,
            6,
            "meta review_by date `next year` is not a date in the form YYYY-MM-DD"
        ),
        "{e:?}"
    );
    let e = errors_after(
        r#"reviewed: "2026-11-21","#,
        r#"reviewed: "2026-11-21", review_by: "2027-02-30","#,
    );
    assert!(!e.is_empty());

    let blank = r#"reviewed: "2026-11-21", reviewers: ["Dr A. Example", "  "],"#;
    let e = errors_after(r#"reviewed: "2026-11-21","#, blank);
    assert!(has(&e, 6, "meta reviewer 2 is empty"), "{e:?}");
}

#[test]
fn every_problem_is_reported_at_once() {
    let text = VALID
        .replacen(r#"id: "tca_cross","#, r#"id: "subcision","#, 1)
        .replacen(r#"label: "Moderate""#, r#"label: """#, 1)
        .replacen(
            r#"references: ["lee2002"]"#,
            r#"references: ["nowhere"]"#,
            1,
        );
    let checked = check_text("t.ron", &text).unwrap();
    let errors: Vec<_> = checked.errors().map(|p| p.message.clone()).collect();
    assert!(errors.len() >= 3, "{errors:?}");
}

#[test]
fn warnings_for_unreachable_content_and_unused_options() {
    let p = problems_after(
        r#"(when: chosen("scar_types", "ice_pick"), then: [treatment(id: "tca_cross", tier: suited, reason: "Because you said you have ice pick scars.")]),"#,
        "",
    );
    let warnings: Vec<_> = p
        .iter()
        .filter(|p| p.severity == Severity::Warning)
        .map(|p| (p.line, p.message.as_str()))
        .collect();
    assert!(
        warnings.contains(&(Some(124), "no rule lists treatment `tca_cross`")),
        "{warnings:?}"
    );
    assert!(
        warnings.contains(&(
            Some(17),
            "option `ice_pick` of question `scar_types` is not used by any rule or show_if"
        )),
        "{warnings:?}"
    );
    assert!(p.iter().all(|p| p.severity == Severity::Warning));
    let p = problems_after(
        r#"note(id: "gradual_results")"#,
        r#"caveat(id: "practitioner", level: info)"#,
    );
    assert!(p
        .iter()
        .any(|p| p.message == "no rule produces note `gradual_results`"));
}

#[test]
fn exclusive_options_are_not_reported_unused() {
    let checked = check_text("t.ron", VALID).unwrap();
    assert!(!checked
        .problems
        .iter()
        .any(|p| p.message.contains("option `none` of question `history`")));
}
