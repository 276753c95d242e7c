//! Issue 11, points 15 and 17, and the dataset as a whole: primary sources
//! with links, the handout's shape, the contract vocabulary, the examples.

mod common;

use std::path::Path;

use common::every::data;
use scarguide::advice::evaluate;
use scarguide::dataset::{self, Severity};
use scarguide::interview::file;
use scarguide::report::markdown;

#[test]
fn shipped_dataset_checks_with_zero_problems() {
    let checked = dataset::check_file(Some(Path::new("assets/consultation.ron"))).expect("parses");
    let shown: Vec<String> = checked
        .problems
        .iter()
        .map(|p| p.display("consultation.ron").to_string())
        .collect();
    assert!(shown.is_empty(), "{shown:#?}");
    assert!(!checked
        .problems
        .iter()
        .any(|p| p.severity == Severity::Error));
}

#[test]
fn p15_every_reference_is_a_primary_source_with_a_link() {
    for r in &data().references {
        let link = r.link.as_deref().unwrap_or_default();
        assert!(
            [
                "https://pubmed.ncbi.nlm.nih.gov/",
                "https://doi.org/",
                "https://pmc.ncbi.nlm.nih.gov/",
                "https://"
            ]
            .iter()
            .any(|p| link.starts_with(p)),
            "{}: {link:?}",
            r.id
        );
        let c = r.citation.to_lowercase();
        for bad in [
            "to be confirmed",
            "facts sheet",
            "scarguide",
            "assets/",
            ".md",
            "this guide",
            "seed",
            "web article",
        ] {
            assert!(!c.contains(bad), "{}: {c}", r.id);
        }
    }
    for id in [
        "facts2026",
        "seed_danger_or_miracle",
        "seed_what_is_acne_laser",
        "statpearls_fitzpatrick",
        "manuskiatti",
    ] {
        assert!(data().reference(id).is_none(), "{id} is still a reference");
    }
}

#[test]
fn p15_two_sources_fixed_and_cited_only_for_what_they_studied() {
    let fitz = data()
        .reference("fitzpatrick")
        .map(|r| r.citation.clone())
        .unwrap_or_default();
    assert!(
        fitz.contains("StatPearls") && fitz.contains("32491558") && !fitz.contains("NBK481857"),
        "{fitz}"
    );
    let manu = data()
        .reference("manuskiatti2010")
        .map(|r| r.citation.clone())
        .unwrap_or_default();
    assert!(
        manu.contains("J Am Acad Dermatol. 2010;63(2):274-283") && manu.contains("carbon-dioxide"),
        "{manu}"
    );
    // A CO2 study in skin type IV: cited for ablative lasers and pigment risk only.
    let citing = common::every::items_citing("manuskiatti2010");
    assert_eq!(
        citing,
        ["treatment ablative_fractional", "caveat pigmentation_risk"]
    );
}

/// The handout (Markdown) of every example: reasons read as sentences, no
/// nested parentheses, and the references come last, one line each.
#[test]
fn p17_handouts_read_well() {
    let d = data();
    let mut n = 0;
    for entry in std::fs::read_dir("assets/examples").expect("examples folder") {
        let path = entry.expect("entry").path();
        let loaded = file::read(&path, d).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let advice = evaluate(d, &loaded.answers);
        let md = markdown::render(d, &advice, "2026-11-29");
        let mut depth = 0i32;
        for ch in md.chars() {
            match ch {
                '(' => {
                    depth += 1;
                    assert!(depth < 2, "nested parentheses in {}", path.display());
                }
                ')' => depth -= 1,
                _ => {}
            }
        }
        for t in &advice.treatments {
            for r in &t.reasons {
                let first = r.chars().next().unwrap_or(' ');
                assert!(
                    first.is_uppercase() && r.ends_with('.'),
                    "not a sentence: {r:?}"
                );
            }
        }
        let refs_at = md
            .rfind("## References")
            .unwrap_or_else(|| panic!("no references in {}", path.display()));
        assert!(
            !md[refs_at + 3..].contains("\n## "),
            "references are not last in {}",
            path.display()
        );
        n += 1;
    }
    assert!(n >= 10, "only {n} examples");
}

#[test]
fn the_examples_include_the_hard_cases() {
    for f in [
        "pregnant-on-isotretinoin.ron",
        "dents-but-flat-marks.ron",
        "breastfeeding-ice-pick.ron",
    ] {
        assert!(Path::new("assets/examples").join(f).exists(), "{f}");
    }
}
