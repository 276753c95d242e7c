//! Small datasets built to exercise every corner of the engine: every
//! condition kind, limits with and without a listing rule, `listed` and
//! `not(listed)`, repeated reasons, several rules on one item, `show_if`
//! chains, conflicts; and an odd dataset (unknown ids, duplicate ids,
//! empty `all`/`any`, `show_if` on a later question) that validation
//! rejects but that must still not make the two engines differ.

use scarguide::dataset::{check_text, Dataset};

/// Valid; see the comment on each rule for what it exercises.
pub const VALID: &str = r#"(
    meta: (title: "T", version: "1", reviewed: "2026-01-01", disclaimer: "Education only."),
    questions: [
        (id: "a", title: "A", prompt: "A?", help: "h", kind: several, options: [
            (id: "x", label: "X"), (id: "y", label: "Y"), (id: "z", label: "Z"),
            (id: "none", label: "None", exclusive: true),
        ]),
        (id: "b", title: "B", prompt: "B?", help: "h", kind: one, optional: true,
            show_if: chosen("a", "z"),
            options: [(id: "p", label: "P"), (id: "q", label: "Q"), (id: "r", label: "R")]),
        (id: "c", title: "C", prompt: "C?", help: "h", kind: several, optional: true,
            show_if: answered("b"),
            options: [(id: "u", label: "U"), (id: "v", label: "V"), (id: "w", label: "W")]),
        (id: "d", title: "D", prompt: "D?", help: "h", kind: one, optional: true,
            show_if: not(any_of("c", ["u", "v"])),
            options: [(id: "k", label: "K"), (id: "m", label: "M")]),
    ],
    treatments: [
        (id: "t1", name: "One", category: "c", summary: "s", sessions: "s", downtime: "d", what_to_expect: "w", risks: "r", references: ["r"]),
        (id: "t2", name: "Two", category: "c", summary: "s", sessions: "s", downtime: "d", what_to_expect: "w", risks: "r", references: ["r"]),
        (id: "t3", name: "Three", category: "c", summary: "s", sessions: "s", downtime: "d", what_to_expect: "w", risks: "r", references: ["r"]),
        (id: "t4", name: "Four", category: "c", summary: "s", sessions: "s", downtime: "d", what_to_expect: "w", risks: "r", references: ["r"]),
    ],
    caveats: [
        (id: "c1", title: "C1", text: "t", references: ["r"]),
        (id: "c2", title: "C2", text: "t", references: ["r"]),
        (id: "c3", title: "C3", text: "t", references: ["r"]),
    ],
    notes: [
        (id: "n1", title: "N1", text: "t", references: ["r"]),
        (id: "n2", title: "N2", text: "t", references: ["r"]),
        (id: "n3", title: "N3", text: "t", references: ["r"]),
    ],
    rules: [
        // always; a note with a reason.
        (when: always, then: [note(id: "n3", reason: "Always.")]),
        // A reason text shared by several rules and kinds of item; a caveat
        // without a reason.
        (when: chosen("a", "x"), then: [
            treatment(id: "t1", tier: suited, reason: "Shared reason."),
            treatment(id: "t2", tier: suited, reason: "x suits t2."),
            caveat(id: "c1", level: info),
        ]),
        (when: chosen("a", "y"), then: [
            treatment(id: "t1", tier: not_advised, reason: "y rules out t1."),
            caveat(id: "c1", level: defer, reason: "Shared reason."),
        ]),
        // any; the shared reason again on t1 (must not repeat).
        (when: any([chosen("a", "x"), chosen("b", "p")]), then: [
            treatment(id: "t1", tier: consider, reason: "Shared reason."),
            treatment(id: "t3", tier: consider, reason: "p or x: t3."),
        ]),
        // Limits: two whose reason repeats a treatment reason (on t1 the
        // same treatment's), one on t4, which no rule lists (must not add it).
        (when: chosen("a", "z"), then: [
            limit(id: "t2", tier: consider, reason: "Shared reason."),
            limit(id: "t1", tier: consider, reason: "Shared reason."),
            limit(id: "t4", tier: not_advised, reason: "z caps t4."),
        ]),
        // all + answered + not; a limit looser than the tier (reason kept,
        // tier unchanged) placed before the treatment in the same rule.
        (when: all([answered("c"), not(chosen("c", "w"))]), then: [
            limit(id: "t2", tier: suited, reason: "A loose cap."),
            treatment(id: "t2", tier: not_advised, reason: "c without w."),
        ]),
        // any_of; the same limit twice in one rule.
        (when: any_of("c", ["v", "w"]), then: [
            limit(id: "t1", tier: consider, reason: "v or w caps t1."),
            limit(id: "t1", tier: consider, reason: "v or w caps t1."),
        ]),
        // listed: stage 2, after the stage 1 rule below it.
        (when: listed(["t1", "t2"]), then: [
            caveat(id: "c2", level: discuss, reason: "t1 or t2 offered."),
            note(id: "n1", reason: "Shared reason."),
        ]),
        // not(listed); a stage 2 reason that repeats a stage 1 reason on c1.
        (when: not(listed(["t3"])), then: [
            note(id: "n2"),
            caveat(id: "c1", level: info, reason: "Shared reason."),
        ]),
        (when: all([listed(["t2"]), chosen("d", "k")]), then: [
            caveat(id: "c3", level: defer, reason: "t2 and k."),
        ]),
        // Stage 1 rules on items stage 2 also touches.
        (when: answered("d"), then: [
            caveat(id: "c3", level: info, reason: "d answered."),
            note(id: "n1", reason: "d answered."),
        ]),
        (when: chosen("b", "q"), then: [
            caveat(id: "c2", level: info, reason: "q."),
            treatment(id: "t3", tier: suited, reason: "q: t3 suits."),
        ]),
        (when: all([any([chosen("a", "none"), chosen("d", "m")]), not(all([chosen("b", "r"), answered("c")]))]), then: [
            treatment(id: "t4", tier: suited, reason: "Nested."),
        ]),
        // Too large to flatten (2^6 terms): stays a tree, in each stage.
        (when: all([
            any([chosen("a", "x"), not(chosen("b", "p"))]), any([chosen("a", "y"), not(chosen("b", "q"))]),
            any([chosen("a", "z"), not(chosen("c", "u"))]), any([chosen("a", "none"), not(chosen("c", "v"))]),
            any([chosen("b", "r"), not(chosen("c", "w"))]), any([chosen("d", "k"), not(chosen("d", "m"))]),
        ]), then: [caveat(id: "c3", level: discuss, reason: "Tree.")]),
        (when: all([
            any([listed(["t1"]), not(chosen("a", "x"))]), any([listed(["t2"]), not(chosen("a", "y"))]),
            any([listed(["t3"]), not(chosen("a", "z"))]), any([listed(["t4"]), not(chosen("c", "u"))]),
            any([listed(["t1"]), not(chosen("c", "v"))]), any([listed(["t2"]), not(chosen("d", "k"))]),
        ]), then: [note(id: "n2", reason: "Tree with listed.")]),
        // A term that can never hold, and bits that must all be set.
        (when: any([
            all([chosen("a", "x"), not(any_of("a", ["x", "y"]))]),
            all([chosen("a", "y"), chosen("a", "z"), not(chosen("a", "none"))]),
        ]), then: [note(id: "n2", reason: "y and z.")]),
    ],
    conflicts: [
        (id: "k1", when: all([chosen("a", "none"), any_of("a", ["x", "y", "z"])]), questions: ["a"], message: "None and some."),
        (id: "k2", when: all([chosen("b", "r"), not(answered("c"))]), questions: ["b", "c"], message: "r without c."),
    ],
    references: [(id: "r", citation: "A source.")],
)"#;

/// Parses but breaks validation rules on purpose.
pub const ODD: &str = r#"(
    meta: (title: "T", version: "1", reviewed: "2026-01-01", disclaimer: "Education only."),
    questions: [
        (id: "a", title: "A", prompt: "A?", help: "h", kind: several, options: [
            (id: "x", label: "X"), (id: "y", label: "Y"), (id: "x", label: "X again"),
            (id: "none", label: "None", exclusive: true),
        ]),
        (id: "b", title: "B", prompt: "B?", help: "h", kind: one, optional: true,
            show_if: any([chosen("c", "u"), chosen("a", "y")]),
            options: [(id: "p", label: "P"), (id: "q", label: "Q")]),
        (id: "c", title: "C", prompt: "C?", help: "h", kind: several, optional: true,
            show_if: any([listed(["t1"]), chosen("a", "x"), chosen("c", "v")]),
            options: [(id: "u", label: "U"), (id: "v", label: "V")]),
    ],
    treatments: [
        (id: "t1", name: "One", category: "c", summary: "s", sessions: "s", downtime: "d", what_to_expect: "w", risks: "r", references: ["r"]),
        (id: "t1", name: "One again", category: "c", summary: "s", sessions: "s", downtime: "d", what_to_expect: "w", risks: "r", references: ["r"]),
        (id: "t2", name: "Two", category: "c", summary: "s", sessions: "s", downtime: "d", what_to_expect: "w", risks: "r", references: ["r"]),
    ],
    caveats: [(id: "c1", title: "C1", text: "t", references: ["r"]), (id: "c1", title: "C1 again", text: "t", references: ["r"])],
    notes: [(id: "n1", title: "N1", text: "t", references: ["r"])],
    rules: [
        (when: chosen("a", "nope"), then: [treatment(id: "t1", tier: suited, reason: "Never.")]),
        (when: chosen("zz", "x"), then: [treatment(id: "t1", tier: suited, reason: "Never either.")]),
        (when: chosen("a", "x"), then: [
            treatment(id: "ghost", tier: suited, reason: "Ghost."),
            treatment(id: "t1", tier: consider, reason: "x."),
            limit(id: "ghost", tier: not_advised, reason: "Ghost cap."),
            caveat(id: "ghost", level: defer),
            note(id: "ghost"),
        ]),
        (when: all([]), then: [note(id: "n1", reason: "Empty all.")]),
        (when: any([]), then: [caveat(id: "c1", level: defer, reason: "Empty any.")]),
        (when: not(not(chosen("b", "q"))), then: [treatment(id: "t2", tier: consider, reason: "q.")]),
        (when: any([listed(["ghost", "t1"]), chosen("c", "u")]), then: [
            treatment(id: "t2", tier: suited, reason: "Ignored in stage 2."),
            limit(id: "t1", tier: not_advised, reason: "Ignored too."),
            caveat(id: "c1", level: discuss, reason: "t1 listed or u."),
        ]),
        (when: listed(["ghost"]), then: [note(id: "n1", reason: "Ghost listed.")]),
        (when: answered("c"), then: [limit(id: "t1", tier: not_advised, reason: "c caps t1.")]),
    ],
    conflicts: [
        (id: "k1", when: answered("b"), questions: ["b"], message: "b."),
        (id: "k2", when: listed(["t1"]), questions: ["a"], message: "never: listed is false here."),
    ],
    references: [(id: "r", citation: "A source.")],
)"#;

pub fn parse(text: &str, valid: bool) -> Dataset {
    let checked = check_text("synthetic", text).unwrap();
    assert_eq!(!checked.has_errors(), valid, "{:#?}", checked.problems);
    checked.dataset
}

/// A generated dataset larger than one word everywhere: 84 options (one
/// question straddles the first word boundary), 70 treatments, over 64
/// rules in stage 1, `listed` rules in stage 2, `show_if` chains.
pub fn large() -> String {
    use std::fmt::Write;
    let mut s = String::from(
        "(meta: (title: \"L\", version: \"1\", reviewed: \"2026-01-01\", disclaimer: \"Education only.\"),\n questions: [\n",
    );
    let show_if = |q: usize| match q {
        3 => "show_if: any_of(\"q0\", [\"o1\", \"o2\"]),",
        7 => "show_if: not(chosen(\"q3\", \"o0\")),",
        10 => "show_if: answered(\"q7\"),",
        _ => "",
    };
    for q in 0..12 {
        let kind = if q % 2 == 0 { "several" } else { "one" };
        let _ = write!(s, "(id: \"q{q}\", title: \"Q\", prompt: \"Q?\", help: \"h\", kind: {kind}, optional: true, {} options: [", show_if(q));
        for o in 0..7 {
            let _ = write!(s, "(id: \"o{o}\", label: \"O\"),");
        }
        s.push_str("]),\n");
    }
    s.push_str("], treatments: [\n");
    for t in 0..70 {
        let _ = writeln!(s, "(id: \"t{t}\", name: \"T\", category: \"c\", summary: \"s\", sessions: \"s\", downtime: \"d\", what_to_expect: \"w\", risks: \"r\", references: [\"r\"]),");
    }
    for section in ["caveats", "notes"] {
        let _ = write!(s, "], {section}: [");
        for i in 0..10 {
            let _ = write!(
                s,
                "(id: \"{section}{i}\", title: \"T\", text: \"t\", references: [\"r\"]),"
            );
        }
    }
    s.push_str("], rules: [\n");
    let tiers = ["suited", "consider", "not_advised"];
    let levels = ["defer", "discuss", "info"];
    for r in 0..110usize {
        let (a, b, a2) = (r % 12, r % 7, (r * 5 + 1) % 12);
        let when = match r % 7 {
            0 => format!("chosen(\"q{a}\", \"o{b}\")"),
            1 => format!("any_of(\"q{a}\", [\"o{b}\", \"o{}\"])", (b + 3) % 7),
            2 => format!("all([chosen(\"q{a}\", \"o{b}\"), not(any_of(\"q{a2}\", [\"o1\", \"o5\"]))])"),
            3 => format!("any([chosen(\"q{a}\", \"o{b}\"), all([answered(\"q{a2}\"), not(chosen(\"q{a2}\", \"o{b}\"))])])"),
            // q9's options are bits 63..69: across the first word boundary.
            4 => format!("all([any_of(\"q9\", [\"o0\", \"o{}\"]), not(chosen(\"q{a}\", \"o{b}\"))])", 1 + b % 6),
            5 => format!("all([listed([\"t{}\", \"t{}\"]), not(chosen(\"q{a}\", \"o{b}\"))])", r % 70, (r * 13) % 70),
            _ => format!("any([not(listed([\"t{}\"])), chosen(\"q{a}\", \"o{b}\")])", (r * 3) % 70),
        };
        let reason = format!("Reason {}.", r % 13);
        let then = if r % 7 >= 5 {
            format!(
                "caveat(id: \"caveats{}\", level: {}, reason: \"{reason}\"), note(id: \"notes{}\")",
                r % 10,
                levels[r % 3],
                (r + 3) % 10
            )
        } else {
            format!(
                "treatment(id: \"t{}\", tier: {}, reason: \"{reason}\"), limit(id: \"t{}\", tier: {}, reason: \"Reason {}.\"), caveat(id: \"caveats{}\", level: {}), note(id: \"notes{}\", reason: \"{reason}\")",
                (r * 11) % 70, tiers[r % 3], (r * 7) % 70, tiers[(r / 3) % 3], r % 5, r % 10, levels[(r / 2) % 3], r % 10
            )
        };
        let _ = writeln!(s, "(when: {when}, then: [{then}]),");
    }
    s.push_str("], conflicts: [(id: \"k1\", when: all([chosen(\"q0\", \"o0\"), chosen(\"q9\", \"o6\")]), questions: [\"q0\"], message: \"m\"),\n");
    s.push_str("(id: \"k2\", when: any_of(\"q9\", [\"o0\", \"o1\"]), questions: [\"q9\"], message: \"m\")],\n");
    s.push_str(" references: [(id: \"r\", citation: \"A source.\")])\n");
    s
}
