//! Small datasets whose every answer set can be enumerated: each uses the
//! features that make classes hard (exclusive options, optional and
//! conditional questions, `listed`, `not`, `any`, `answered`, limits,
//! conflicts, overlapping `any_of`s).

/// Six questions (3,456 complete answer sets): a several-choice with "none",
/// an optional follow-up shown for some answers, an optional last question.
pub const D1: &str = r#"(
    meta: (title: "T", version: "1", reviewed: "2026-01-01", disclaimer: "Education only."),
    questions: [
        (id: "scars", title: "S", prompt: "S?", help: "h", kind: several, options: [
            (id: "a", label: "A"), (id: "b", label: "B"), (id: "c", label: "C"),
            (id: "none", label: "None", exclusive: true),
        ]),
        (id: "sev", title: "V", prompt: "V?", help: "h", kind: one, options: [
            (id: "s1", label: "1"), (id: "s2", label: "2"), (id: "s3", label: "3"),
        ]),
        (id: "skin", title: "K", prompt: "K?", help: "h", kind: one, options: [
            (id: "k1", label: "1"), (id: "k2", label: "2"),
        ]),
        (id: "extra", title: "E", prompt: "E?", help: "h", kind: one, optional: true,
            show_if: any_of("sev", ["s2", "s3"]),
            options: [(id: "p", label: "P"), (id: "q", label: "Q"), (id: "r", label: "R")]),
        (id: "hist", title: "H", prompt: "H?", help: "h", kind: several, options: [
            (id: "h1", label: "1"), (id: "h2", label: "2"), (id: "h3", label: "3"),
            (id: "none", label: "None", exclusive: true),
        ]),
        (id: "pref", title: "P", prompt: "P?", help: "h", kind: one, optional: true, options: [
            (id: "m", label: "M"), (id: "n", label: "N"),
        ]),
    ],
    treatments: [
        (id: "t1", name: "1", category: "c", summary: "s", sessions: "s", downtime: "d", what_to_expect: "w", risks: "r", references: ["r"]),
        (id: "t2", name: "2", category: "c", summary: "s", sessions: "s", downtime: "d", what_to_expect: "w", risks: "r", references: ["r"]),
        (id: "t3", name: "3", category: "c", summary: "s", sessions: "s", downtime: "d", what_to_expect: "w", risks: "r", references: ["r"]),
        (id: "t4", name: "4", category: "c", summary: "s", sessions: "s", downtime: "d", what_to_expect: "w", risks: "r", references: ["r"]),
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
        (when: always, then: [caveat(id: "c3", level: info)]),
        (when: chosen("scars", "a"), then: [
            treatment(id: "t1", tier: suited, reason: "a suits t1."),
            note(id: "n1", reason: "Because a."),
        ]),
        (when: all([any_of("scars", ["a", "b"]), not(chosen("sev", "s1"))]), then: [
            treatment(id: "t2", tier: consider, reason: "Dents: t2."),
        ]),
        (when: chosen("hist", "h1"), then: [
            limit(id: "t1", tier: consider, reason: "h1 caps t1."),
            limit(id: "t3", tier: consider, reason: "h1 caps t3."),
        ]),
        (when: any([chosen("skin", "k2"), chosen("extra", "p")]), then: [
            treatment(id: "t1", tier: not_advised, reason: "k2 or p rules out t1."),
            caveat(id: "c1", level: discuss, reason: "k2 or p."),
        ]),
        (when: not(answered("extra")), then: [note(id: "n2")]),
        (when: chosen("extra", "q"), then: [treatment(id: "t3", tier: suited, reason: "q: t3.")]),
        (when: chosen("hist", "h3"), then: [caveat(id: "c1", level: defer, reason: "h3.")]),
        (when: listed(["t1"]), then: [caveat(id: "c2", level: info, reason: "t1 is listed.")]),
        (when: all([listed(["t2", "t3"]), chosen("hist", "h2")]), then: [
            caveat(id: "c2", level: defer, reason: "t2 or t3, and h2."),
            note(id: "n3"),
        ]),
        (when: answered("pref"), then: [caveat(id: "c3", level: discuss, reason: "pref.")]),
        (when: all([chosen("pref", "m"), chosen("scars", "c")]), then: [
            treatment(id: "t4", tier: suited, reason: "m and c."),
        ]),
    ],
    conflicts: [
        (id: "flat_but_dents", when: all([chosen("sev", "s1"), any_of("scars", ["a", "b"])]),
            questions: ["sev", "scars"], message: "Flat, yet dents."),
        (id: "pale_and_t1", when: all([chosen("skin", "k1"), not(answered("sev"))]),
            questions: ["skin", "sev"], message: "A conflict that reads whether a question is answered."),
    ],
    references: [(id: "r", citation: "A source.")],
)"#;

/// A chain of conditional questions: q2 shown for one answer to q1, a
/// required q3 shown when q2 is answered or for another answer to q1; two
/// exclusive options; `any_of`s that overlap on one option.
pub const D2: &str = r#"(
    meta: (title: "T", version: "1", reviewed: "2026-01-01", disclaimer: "Education only."),
    questions: [
        (id: "q1", title: "1", prompt: "1?", help: "h", kind: one, options: [
            (id: "x", label: "X"), (id: "y", label: "Y"), (id: "z", label: "Z"),
        ]),
        (id: "q2", title: "2", prompt: "2?", help: "h", kind: several, optional: true,
            show_if: chosen("q1", "x"),
            options: [
                (id: "a", label: "A"), (id: "b", label: "B"), (id: "c", label: "C"), (id: "d", label: "D"),
                (id: "none1", label: "None", exclusive: true),
                (id: "none2", label: "Not sure", exclusive: true),
            ]),
        (id: "q3", title: "3", prompt: "3?", help: "h", kind: one,
            show_if: any([answered("q2"), chosen("q1", "z")]),
            options: [(id: "u", label: "U"), (id: "v", label: "V")]),
        (id: "q4", title: "4", prompt: "4?", help: "h", kind: several, options: [
            (id: "e", label: "E"), (id: "f", label: "F"), (id: "g", label: "G"),
        ]),
    ],
    treatments: [
        (id: "t1", name: "1", category: "c", summary: "s", sessions: "s", downtime: "d", what_to_expect: "w", risks: "r", references: ["r"]),
        (id: "t2", name: "2", category: "c", summary: "s", sessions: "s", downtime: "d", what_to_expect: "w", risks: "r", references: ["r"]),
    ],
    caveats: [(id: "c1", title: "C1", text: "t", references: ["r"])],
    notes: [
        (id: "n1", title: "N1", text: "t", references: ["r"]),
        (id: "n2", title: "N2", text: "t", references: ["r"]),
    ],
    rules: [
        (when: any_of("q2", ["a", "b"]), then: [treatment(id: "t1", tier: suited, reason: "a or b.")]),
        (when: any_of("q2", ["b", "c"]), then: [limit(id: "t1", tier: consider, reason: "b or c.")]),
        (when: chosen("q2", "none1"), then: [caveat(id: "c1", level: discuss, reason: "none1.")]),
        (when: chosen("q3", "u"), then: [treatment(id: "t2", tier: consider, reason: "u.")]),
        (when: any_of("q4", ["e", "f"]), then: [treatment(id: "t2", tier: not_advised, reason: "e or f.")]),
        (when: any_of("q4", ["f", "g"]), then: [note(id: "n1", reason: "f or g.")]),
        (when: all([listed(["t1"]), chosen("q4", "g")]), then: [caveat(id: "c1", level: info, reason: "t1 and g.")]),
        (when: not(listed(["t2"])), then: [note(id: "n2", reason: "No t2.")]),
    ],
    conflicts: [
        (id: "y_answered", when: all([chosen("q1", "y"), answered("q3")]),
            questions: ["q1", "q3"], message: "Never: q3 is hidden after y."),
        (id: "e_or_g", when: any_of("q4", ["e", "g"]), questions: ["q4"], message: "E or G."),
    ],
    references: [(id: "r", citation: "A source.")],
)"#;

/// A several-choice question nothing reads (257 answers, one class) and a
/// question one rule reads.
pub const D3: &str = r#"(
    meta: (title: "T", version: "1", reviewed: "2026-01-01", disclaimer: "Education only."),
    questions: [
        (id: "big", title: "B", prompt: "B?", help: "h", kind: several, options: [
            (id: "o1", label: "1"), (id: "o2", label: "2"), (id: "o3", label: "3"), (id: "o4", label: "4"),
            (id: "o5", label: "5"), (id: "o6", label: "6"), (id: "o7", label: "7"), (id: "o8", label: "8"),
            (id: "none", label: "None", exclusive: true), (id: "unsure", label: "Unsure", exclusive: true),
        ]),
        (id: "pick", title: "P", prompt: "P?", help: "h", kind: one, options: [
            (id: "u", label: "U"), (id: "v", label: "V"), (id: "w", label: "W"),
        ]),
    ],
    treatments: [
        (id: "t1", name: "1", category: "c", summary: "s", sessions: "s", downtime: "d", what_to_expect: "w", risks: "r", references: ["r"]),
    ],
    rules: [
        (when: chosen("pick", "u"), then: [treatment(id: "t1", tier: suited, reason: "u.")]),
    ],
    references: [(id: "r", citation: "A source.")],
)"#;

/// Two questions where the second matters only for one answer to the
/// first.
pub const D4: &str = r#"(
    meta: (title: "T", version: "1", reviewed: "2026-01-01", disclaimer: "Education only."),
    questions: [
        (id: "q1", title: "1", prompt: "1?", help: "h", kind: one, options: [
            (id: "x", label: "X"), (id: "y", label: "Y"),
        ]),
        (id: "q2", title: "2", prompt: "2?", help: "h", kind: one, options: [
            (id: "a", label: "A"), (id: "b", label: "B"), (id: "c", label: "C"),
        ]),
    ],
    treatments: [
        (id: "t1", name: "1", category: "c", summary: "s", sessions: "s", downtime: "d", what_to_expect: "w", risks: "r", references: ["r"]),
    ],
    rules: [
        (when: all([chosen("q1", "x"), chosen("q2", "a")]), then: [treatment(id: "t1", tier: suited, reason: "x and a.")]),
    ],
    references: [(id: "r", citation: "A source.")],
)"#;
