//! Speed of the pure core: load + validate, and evaluate.
//! Targets (issue 2): shipped dataset < 2 ms; 100× its size < 100 ms and
//! linear; evaluate on a full answer set < 50 µs. The compiled engine
//! (advice::compiled), for tools that evaluate every answer set, aims at
//! 50–100× faster than evaluate on the same answers.

use std::fmt::Write;
use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};

use scarguide::advice::compiled::Compiled;
use scarguide::advice::evaluate;
use scarguide::dataset::{self, check_text, Kind};
use scarguide::interview::Answers;

/// A dataset shaped like the shipped one, `k` times its size, with unique
/// ids, cross references and conditions, so validation does real work.
fn synthetic(k: usize) -> String {
    let mut s = String::from(
        "(\n meta: (title: \"Synthetic\", version: \"1\", reviewed: \"2026-01-01\", disclaimer: \"Education only.\"),\n questions: [\n",
    );
    let questions = 7 * k;
    for q in 0..questions {
        let show_if = if q % 7 == 4 {
            format!("show_if: any_of(\"q{}\", [\"o0\", \"o1\"]),", q - 4)
        } else {
            String::new()
        };
        let _ = write!(
            s,
            "  (id: \"q{q}\", title: \"Question {q}\", prompt: \"What about {q}?\", help: \"Because it matters for {q}.\", kind: {}, {show_if} options: [",
            if q % 2 == 0 { "several" } else { "one" }
        );
        for o in 0..6 {
            let _ = write!(s, "(id: \"o{o}\", label: \"Option {o}\", description: \"What option {o} looks like.\"),");
        }
        s.push_str("]),\n");
    }
    s.push_str(" ],\n treatments: [\n");
    for t in 0..15 * k {
        let _ = writeln!(
            s,
            "  (id: \"t{t}\", name: \"Treatment {t}\", category: \"laser\", summary: \"What it is and how it works, in two plain sentences.\", sessions: \"3 to 5\", downtime: \"A few days\", what_to_expect: \"Gradual, partial change.\", risks: \"Redness, colour change.\", questions_to_ask: [\"How many?\", \"What if?\"], references: [\"r{}\"]),",
            t % (20 * k)
        );
    }
    for (section, n) in [("caveats", 11 * k), ("notes", 9 * k)] {
        let _ = writeln!(s, " ],\n {section}: [");
        for i in 0..n {
            let _ = writeln!(
                s,
                "  (id: \"{section}{i}\", title: \"Title {i}\", text: \"Some text a patient reads about this.\", references: [\"r{}\"]),",
                i % (20 * k)
            );
        }
    }
    s.push_str(" ],\n rules: [\n");
    for r in 0..60 * k {
        let q = r % questions;
        let _ = writeln!(
            s,
            "  (when: all([chosen(\"q{q}\", \"o{}\"), not(any_of(\"q{}\", [\"o2\", \"o3\"]))]), then: [treatment(id: \"t{}\", tier: suited, reason: \"Because you said so.\"), caveat(id: \"caveats{}\", level: discuss), note(id: \"notes{}\")]),",
            (r / questions) % 6,
            (r + 1) % questions,
            r % (15 * k),
            r % (11 * k),
            r % (9 * k)
        );
    }
    s.push_str(" ],\n references: [\n");
    for i in 0..20 * k {
        let _ = writeln!(
            s,
            "  (id: \"r{i}\", citation: \"Author A. A title. A journal. 2020;{i}:1-2.\"),"
        );
    }
    s.push_str(" ],\n)\n");
    s
}

fn load(c: &mut Criterion) {
    c.bench_function("load+validate shipped dataset", |b| {
        b.iter(|| check_text("bench", black_box(dataset::EMBEDDED)))
    });
    // What start-up does: the build-time parse read back, then validated.
    c.bench_function("embedded dataset at start-up", |b| {
        b.iter(|| black_box(dataset::embedded()))
    });
    let mut group = c.benchmark_group("load+validate synthetic");
    group.sample_size(20);
    for k in [1, 10, 100] {
        let text = synthetic(k);
        let checked = check_text("synthetic", &text).expect("synthetic dataset parses");
        // No problems at all: the bench measures the path a good dataset takes.
        assert!(
            checked.problems.is_empty(),
            "{:?}",
            checked.problems.first()
        );
        group.bench_with_input(
            BenchmarkId::from_parameter(format!("{k}x")),
            &text,
            |b, t| b.iter(|| check_text("bench", black_box(t))),
        );
    }
    group.finish();
}

/// A full answer set: every question answered, several-choice questions
/// with every non-exclusive option, so every rule is tried.
fn full_answers(data: &dataset::Dataset) -> Answers {
    let mut answers = Answers::new();
    for q in &data.questions {
        let chosen: Vec<&str> = match q.kind {
            Kind::One => q.options.iter().take(1).map(|o| o.id.as_str()).collect(),
            Kind::Several => q
                .options
                .iter()
                .filter(|o| !o.exclusive)
                .map(|o| o.id.as_str())
                .collect(),
        };
        answers.set(q, &chosen);
    }
    answers
}

fn shipped() -> dataset::Dataset {
    check_text("bench", dataset::EMBEDDED)
        .expect("embedded")
        .dataset
}

fn eval(c: &mut Criterion) {
    let data = shipped();
    let answers = full_answers(&data);
    c.bench_function("evaluate full answers", |b| {
        b.iter(|| evaluate(black_box(&data), black_box(&answers)))
    });
}

/// The same answers through the compiled engine: from effective bits (what
/// an enumerator evaluates), and from `Answers` (encode included).
fn compiled(c: &mut Criterion) {
    let data = shipped();
    let answers = full_answers(&data);
    let compiled = Compiled::new(&data);
    let bits = compiled.encode(&answers);
    let mut out = compiled.outcome();
    c.bench_function("compiled full answers", |b| {
        b.iter(|| {
            compiled.evaluate_into(black_box(&bits), &mut out);
            black_box(&out);
        })
    });
    c.bench_function("compiled full answers with encode", |b| {
        b.iter(|| {
            let bits = compiled.encode(black_box(&answers));
            compiled.evaluate_into(&bits, &mut out);
            black_box(&out);
        })
    });
}

criterion_group!(benches, load, eval, compiled);
criterion_main!(benches);
