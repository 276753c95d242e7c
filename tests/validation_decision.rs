//! Issue 15: `check` on the decision-aid part of the dataset — every
//! comparison fact has a source, chances and gains say how sure the
//! evidence is, and nothing may read what matters or readiness.

use scarguide::dataset::{check_text, review, Severity, EMBEDDED};

fn messages(text: &str) -> Vec<(Severity, String)> {
    let checked = check_text("t.ron", text).expect("parses");
    checked
        .problems
        .iter()
        .map(|p| (p.severity, p.message.clone()))
        .collect()
}

fn edited(from: &str, to: &str) -> String {
    assert!(EMBEDDED.contains(from), "{from}");
    EMBEDDED.replacen(from, to, 1)
}

#[test]
fn the_shipped_decision_part_is_clean() {
    assert!(messages(EMBEDDED).is_empty(), "{:?}", messages(EMBEDDED));
}

#[test]
fn a_fact_without_a_source_is_a_warning() {
    let text = edited(
        r#"feel: (text: "It stings for a short time.", refs: ["lee2002"])"#,
        r#"feel: (text: "It stings for a short time.", refs: [])"#,
    );
    let m = messages(&text);
    assert!(
        m.iter().any(|(s, t)| *s == Severity::Warning
            && t.contains("`tca_cross` compare feel has no source")),
        "{m:?}"
    );
}

#[test]
fn a_gain_without_how_sure_is_an_error() {
    let text = edited(
        r#"band: middle, sure: low, refs: ["lee2002"]"#,
        r#"band: middle, refs: ["lee2002"]"#,
    );
    let m = messages(&text);
    assert!(
        m.iter()
            .any(|(s, t)| *s == Severity::Error && t.contains("improvement needs `sure`")),
        "{m:?}"
    );
}

#[test]
fn a_rule_may_not_read_what_matters() {
    let text = edited(
        "    rules: [\n",
        "    rules: [\n        (when: chosen(\"values\", \"lower_cost\"), then: [note(id: \"cost\")]),\n",
    );
    let m = messages(&text);
    assert!(
        m.iter()
            .any(|(s, t)| *s == Severity::Error && t.contains("must never change the advice")),
        "{m:?}"
    );
}

#[test]
fn an_unknown_value_is_an_error() {
    let text = edited(
        r#"(id: "lower_cost", label: "A lower cost"),"#,
        r#"(id: "cheapest", label: "A lower cost"),"#,
    );
    let m = messages(&text);
    assert!(
        m.iter()
            .any(|(s, t)| *s == Severity::Error && t.contains("`cheapest`")),
        "{m:?}"
    );
}

#[test]
fn the_disclosure_is_filled_in_and_not_overdue_yet() {
    let d = check_text("t.ron", EMBEDDED).expect("parses").dataset;
    let m = &d.meta;
    assert!(!m.authors.is_empty());
    assert!(m.conflicts_of_interest.contains("No sponsored content"));
    for field in [&m.funding, &m.published, &m.update_policy, &m.review_by] {
        assert!(!field.trim().is_empty());
    }
    assert!(review::overdue(m, &m.published).is_none());
    assert!(review::overdue(m, "2099-01-01").is_some());
}
