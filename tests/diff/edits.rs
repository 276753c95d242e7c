//! Edits of every kind a clinician makes, each proved against brute force
//! in both directions (OLD → NEW and back).

use scarguide::dataset::Tier;
use scarguide::diff::{diff, DiffError, ItemKind, QuestionChange, State};

use super::data::{D1, D2, D3};
use super::{edit, load, prove};

fn both_ways(old: &str, new: &str) {
    prove(old, new);
    prove(new, old);
}

#[test]
fn a_rule_changed_on_purpose_gives_the_exact_count() {
    // t2 goes from consider to suited where a or b is chosen and not s1.
    let new = edit(
        D1,
        r#"treatment(id: "t2", tier: consider, reason: "Dents: t2.")"#,
        r#"treatment(id: "t2", tier: suited, reason: "Dents: t2.")"#,
    );
    let changes = prove(D1, &new);
    assert!(!changes.is_empty());
    assert!(changes.iter().any(|c| c.kind == ItemKind::Treatment
        && c.id == "t2"
        && c.before == State::Tier(Tier::Consider)
        && c.after == State::Tier(Tier::Suited)));
    prove(&new, D1);
}

#[test]
fn limits_conditions_and_listed_rules() {
    let limit = edit(
        D1,
        r#"limit(id: "t1", tier: consider, reason: "h1 caps t1.")"#,
        r#"limit(id: "t1", tier: not_advised, reason: "h1 caps t1.")"#,
    );
    both_ways(D1, &limit);
    let cond = edit(
        D1,
        r#"(when: chosen("hist", "h3"), then"#,
        r#"(when: chosen("hist", "h2"), then"#,
    );
    both_ways(D1, &cond);
    let listed = edit(
        D1,
        r#"(when: listed(["t1"]), then"#,
        r#"(when: listed(["t1", "t4"]), then"#,
    );
    both_ways(D1, &listed);
    let d2 = edit(
        D2,
        r#"(when: not(listed(["t2"])), then"#,
        r#"(when: not(listed(["t1"])), then"#,
    );
    both_ways(D2, &d2);
}

#[test]
fn items_added_and_removed() {
    let caveat = edit(
        D1,
        r#"(id: "c3", title: "C3", text: "t", references: ["r"]),"#,
        r#"(id: "c3", title: "C3", text: "t", references: ["r"]),
        (id: "c4", title: "C4", text: "t", references: ["r"]),"#,
    );
    let caveat = edit(
        &caveat,
        r#"(when: chosen("hist", "h3"), then: ["#,
        r#"(when: chosen("hist", "h3"), then: [caveat(id: "c4", level: info),"#,
    );
    let changes = prove(D1, &caveat);
    assert!(changes
        .iter()
        .all(|c| c.kind == ItemKind::Caveat && c.id == "c4"));
    assert!(!changes.is_empty());
    prove(&caveat, D1);
    let conflict = edit(
        D2,
        r#"(id: "e_or_g", when: any_of("q4", ["e", "g"])"#,
        r#"(id: "e_or_g", when: any_of("q4", ["e", "f"])"#,
    );
    both_ways(D2, &conflict);
}

#[test]
fn options_added_removed_and_made_exclusive() {
    let added = edit(
        D1,
        r#"(id: "c", label: "C"),"#,
        r#"(id: "c", label: "C"), (id: "d", label: "D"),"#,
    );
    let added = edit(
        &added,
        r#"(when: chosen("scars", "a"), then"#,
        r#"(when: any_of("scars", ["a", "d"]), then"#,
    );
    both_ways(D1, &added);
    let d = diff(&load(D1), &load(&added), 1).unwrap();
    assert!(d.question_changes.contains(&QuestionChange::OptionAdded {
        question: "scars".into(),
        option: "d".into()
    }));
    // h3 removed: the rule that read it now reads h2.
    let removed = edit(D1, r#"(id: "h3", label: "3"),"#, "");
    let removed = edit(
        &removed,
        r#"(when: chosen("hist", "h3"), then"#,
        r#"(when: chosen("hist", "h2"), then"#,
    );
    both_ways(D1, &removed);
    let exclusive = edit(
        D1,
        r#"(id: "none", label: "None", exclusive: true),
        ]),
        (id: "sev""#,
        r#"(id: "none", label: "None"),
        ]),
        (id: "sev""#,
    );
    both_ways(D1, &exclusive);
}

#[test]
fn questions_added_and_shown_differently() {
    let added = edit(
        D1,
        r#"    ],
    treatments: ["#,
        r#"        (id: "more", title: "M", prompt: "M?", help: "h", kind: one, optional: true, options: [
            (id: "m1", label: "1"), (id: "m2", label: "2"),
        ]),
    ],
    treatments: ["#,
    );
    let added = edit(
        &added,
        r#"(when: answered("pref"), then"#,
        r#"(when: any([answered("pref"), chosen("more", "m1")]), then"#,
    );
    both_ways(D1, &added);
    let d = diff(&load(D1), &load(&added), 1).unwrap();
    assert!(d
        .question_changes
        .contains(&QuestionChange::QuestionAdded("more".into())));

    let show_if = edit(
        D1,
        r#"show_if: any_of("sev", ["s2", "s3"]),"#,
        r#"show_if: chosen("sev", "s3"),"#,
    );
    both_ways(D1, &show_if);
    let optional = edit(
        D1,
        r#"(id: "pref", title: "P", prompt: "P?", help: "h", kind: one, optional: true,"#,
        r#"(id: "pref", title: "P", prompt: "P?", help: "h", kind: one,"#,
    );
    both_ways(D1, &optional);
    let chain = edit(
        D2,
        r#"show_if: any([answered("q2"), chosen("q1", "z")]),"#,
        r#"show_if: chosen("q1", "z"),"#,
    );
    both_ways(D2, &chain);
    let first = edit(
        D2,
        r#"show_if: chosen("q1", "x"),"#,
        r#"show_if: any_of("q1", ["x", "y"]),"#,
    );
    both_ways(D2, &first);
    both_ways(&chain, &first);
}

/// Only the version's own visibility says whether a rule on a newly
/// conditional question can fire: nothing else reads `big`.
#[test]
fn a_question_made_conditional_hides_its_answer_from_one_version() {
    let new = edit(
        D3,
        r#"(id: "pick", title: "P", prompt: "P?", help: "h", kind: one, options: ["#,
        r#"(id: "pick", title: "P", prompt: "P?", help: "h", kind: one, optional: true,
            show_if: chosen("big", "o3"), options: ["#,
    );
    let changes = prove(D3, &new);
    assert!(!changes.is_empty());
    prove(&new, D3);
}

#[test]
fn several_edits_at_once() {
    let a = edit(D2, r#"(id: "d", label: "D"),"#, "");
    let a = edit(
        &a,
        r#"show_if: chosen("q1", "x"),"#,
        r#"show_if: not(chosen("q1", "y")),"#,
    );
    let a = edit(
        &a,
        r#"treatment(id: "t2", tier: consider, reason: "u.")"#,
        r#"treatment(id: "t2", tier: suited, reason: "u.")"#,
    );
    both_ways(D2, &a);
}

/// Moving a question is fine while no `show_if` links the moved
/// questions; when one does, the two orders cannot be compared.
#[test]
fn questions_in_another_order() {
    let hist = r#"        (id: "hist", title: "H", prompt: "H?", help: "h", kind: several, options: [
            (id: "h1", label: "1"), (id: "h2", label: "2"), (id: "h3", label: "3"),
            (id: "none", label: "None", exclusive: true),
        ]),
"#;
    let moved = edit(D1, hist, "");
    let moved = edit(
        &moved,
        "    ],\n    treatments: [",
        &format!("{hist}    ],\n    treatments: ["),
    );
    both_ways(D1, &moved);
    let d = diff(&load(D1), &load(&moved), 1).unwrap();
    assert_eq!(d.question_changes, vec![QuestionChange::OrderChanged]);

    // NEW asks q3 before q2 and shows q2 only once q3 is answered.
    let q2 = edit(
        D2,
        r#"show_if: chosen("q1", "x"),"#,
        r#"show_if: answered("q3"),"#,
    );
    let q3_at = q2.find(r#"        (id: "q3""#).unwrap();
    let q4_at = q2.find(r#"        (id: "q4""#).unwrap();
    let q2_at = q2.find(r#"        (id: "q2""#).unwrap();
    let q3 = edit(
        &q2[q3_at..q4_at],
        r#"show_if: any([answered("q2"), chosen("q1", "z")]),"#,
        r#"show_if: chosen("q1", "z"),"#,
    );
    let reordered = format!(
        "{}{}{}{}",
        &q2[..q2_at],
        q3,
        &q2[q2_at..q3_at],
        &q2[q4_at..]
    );
    let err = diff(&load(D2), &load(&reordered), 1).unwrap_err();
    match err {
        DiffError::Incompatible(why) => {
            assert!(
                why.iter()
                    .any(|w| w.contains("`q2`") && w.contains("comes after it")),
                "{why:?}"
            )
        }
        other => panic!("{other:?}"),
    }
}
