//! Warnings about references a reader could not follow. Each fixture is
//! `valid.ron` with one change; every warning is asserted with its line.

use scarguide::dataset::{review_text, Severity};

const VALID: &str = include_str!("fixtures/valid.ron");

/// The warnings about references, as (line, message).
fn reference_warnings(text: &str) -> Vec<(Option<usize>, String)> {
    let checked = review_text("t.ron", text).unwrap();
    assert!(!checked.has_errors(), "{:?}", checked.problems);
    checked
        .problems
        .into_iter()
        .filter(|p| p.severity == Severity::Warning && p.message.starts_with("reference "))
        .map(|p| (p.line, p.message))
        .collect()
}

#[test]
fn the_valid_fixture_warns_only_about_its_reference_without_a_link() {
    assert_eq!(
        reference_warnings(VALID),
        vec![(Some(181), "reference `lee2002` has no link".to_string())]
    );
}

#[test]
fn a_reference_without_a_link() {
    let w = reference_warnings(include_str!("fixtures/ref_no_link.ron"));
    assert!(
        w.contains(&(Some(180), "reference `jacob2001` has no link".to_string())),
        "{w:?}"
    );
}

#[test]
fn a_citation_to_be_confirmed() {
    let w = reference_warnings(include_str!("fixtures/ref_to_be_confirmed.ron"));
    assert!(
        w.contains(&(
            Some(181),
            "reference `lee2002` says \"to be confirmed\"; complete the citation".to_string()
        )),
        "{w:?}"
    );
}

#[test]
fn a_citation_of_a_project_file() {
    let w = reference_warnings(include_str!("fixtures/ref_project_file.ron"));
    assert!(
        w.contains(&(
            Some(180),
            "reference `jacob2001` cites a project file or internal sheet (assets/); cite the published source"
                .to_string()
        )),
        "{w:?}"
    );
}

#[test]
fn every_kind_of_internal_citation() {
    for (citation, found) in [
        ("Summary prepared for this guide.", "this guide"),
        ("scarguide notes, 2026.", "scarguide"),
        ("Our clinical Facts Sheet, 2026.", "facts sheet"),
        ("See FACTS.md.", ".md"),
        ("The old consultation.ron comments.", ".ron"),
    ] {
        let text = VALID.replacen(
            "Lee JB, Chung WG, Kwahck H, Lee KH. Focal treatment of acne scars with trichloroacetic acid: chemical reconstruction of skin scars method. Dermatol Surg. 2002;28(11):1017-1021.",
            citation,
            1,
        );
        let expected = format!(
            "reference `lee2002` cites a project file or internal sheet ({found}); cite the published source"
        );
        let w = reference_warnings(&text);
        assert!(w.contains(&(Some(181), expected)), "{citation}: {w:?}");
    }
}

#[test]
fn a_link_that_is_not_https() {
    let w = reference_warnings(include_str!("fixtures/ref_http_link.ron"));
    assert_eq!(
        w,
        vec![
            (
                Some(180),
                "reference `jacob2001` link `http://pubmed.ncbi.nlm.nih.gov/11423843/` is not https://"
                    .to_string()
            ),
            (Some(181), "reference `lee2002` has no link".to_string()),
        ]
    );
}
