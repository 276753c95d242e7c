//! Speed of `scarguide audit` (issue 12): every guard of the shipped
//! dataset proved and every lint task run, over every complete answer set;
//! a synthetic dataset at 1×, 2× and 4× the rules, to show the work grows
//! linearly (and `diff` on the same datasets); and the naive loop it
//! replaces, timed in the same run.
//!
//! The naive loop calls `evaluate` on complete answer sets one by one and
//! checks every guard on the advice (`when`, then each demand with
//! `advice::demand::meets`); it leaves out the lint, so the speed-up it
//! gives is a lower bound. It is timed on a fixed sample of 20,000 random
//! complete answer sets (the same seed every run), and scripts/bench.sh
//! extrapolates to the full count, which this bench prints as
//! `audit_answer_sets shipped=N` for the script to read.

use std::fmt::Write;
use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};

use scarguide::advice::demand::meets;
use scarguide::advice::evaluate;
use scarguide::audit;
use scarguide::dataset::{self, check_text, Dataset, Kind};
use scarguide::diff::diff_every_item;
use scarguide::interview::{visibility, Answers};

/// The sample the naive loop is timed on.
const SAMPLE: usize = 20_000;

fn shipped() -> Dataset {
    let checked = dataset::embedded().expect("the embedded dataset loads");
    assert!(!checked.has_errors(), "{:?}", checked.problems.first());
    checked.dataset
}

/// splitmix64: a fixed, dependency-free stream of pseudo-random numbers.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// A random complete answer set: questions in order; a shown one gets a
/// random legal answer (one option; or a non-empty set of the others, or
/// one "none of these" alone), or is skipped when optional.
fn random_complete(data: &Dataset, rng: &mut Rng) -> Answers {
    let mut answers = Answers::new();
    for q in &data.questions {
        if !visibility::is_shown(q, &answers) || (q.optional && rng.below(4) == 0) {
            continue;
        }
        let chosen: Vec<&str> = match q.kind {
            Kind::One => vec![q.options[rng.below(q.options.len())].id.as_str()],
            Kind::Several => {
                let exclusive: Vec<&str> = q
                    .options
                    .iter()
                    .filter(|o| o.exclusive)
                    .map(|o| o.id.as_str())
                    .collect();
                if !exclusive.is_empty() && rng.below(8) == 0 {
                    vec![exclusive[rng.below(exclusive.len())]]
                } else {
                    let free: Vec<&str> = q
                        .options
                        .iter()
                        .filter(|o| !o.exclusive)
                        .map(|o| o.id.as_str())
                        .collect();
                    let mut some: Vec<&str> =
                        free.iter().copied().filter(|_| rng.below(2) == 0).collect();
                    if some.is_empty() {
                        some.push(free[rng.below(free.len())]);
                    }
                    some
                }
            }
        };
        answers.set(q, &chosen);
    }
    answers
}

/// The naive loop on one answer set: evaluate, then every guard.
fn naive(data: &Dataset, answers: &Answers) -> usize {
    let advice = evaluate(data, answers);
    let never = |_: &str| false;
    data.guards
        .iter()
        .filter(|g| visibility::holds(&g.when, answers, &never))
        .filter(|g| !g.then.iter().all(|d| meets(&advice, d)))
        .count()
}

/// A dataset shaped like the shipped one with `blocks` blocks of 21 rules,
/// each block with its own treatments, caveats, notes, conflict and
/// guards, over the same seven questions (10,616,832 complete answer
/// sets): the number of rules grows, the answer space does not.
fn synthetic(blocks: usize) -> String {
    let mut s = String::from(
        "(\n meta: (title: \"Synthetic\", version: \"1\", reviewed: \"2026-01-01\", disclaimer: \"Education only.\"),\n questions: [\n",
    );
    let question = |s: &mut String, id: usize, kind: &str, n: usize, none: bool, extra: &str| {
        let _ = write!(s, "  (id: \"q{id}\", title: \"Q{id}\", prompt: \"Q{id}?\", help: \"Help.\", kind: {kind}, {extra} options: [");
        for o in 0..n {
            let _ = write!(s, "(id: \"o{o}\", label: \"O{o}\"),");
        }
        if none {
            s.push_str("(id: \"none\", label: \"None\", exclusive: true),");
        }
        s.push_str("]),\n");
    };
    question(&mut s, 0, "several", 6, true, "");
    question(&mut s, 1, "one", 4, false, "");
    question(&mut s, 2, "one", 6, false, "");
    question(&mut s, 3, "one", 3, false, "");
    question(
        &mut s,
        4,
        "one",
        3,
        false,
        "optional: true, show_if: any_of(\"q3\", [\"o1\", \"o2\"]),",
    );
    question(&mut s, 5, "several", 8, true, "");
    question(&mut s, 6, "one", 3, false, "");
    s.push_str(" ],\n treatments: [\n");
    for b in 0..blocks {
        for i in 0..8 {
            let _ = writeln!(s, "  (id: \"t{b}_{i}\", name: \"T\", category: \"c\", summary: \"S.\", sessions: \"S.\", downtime: \"D.\", what_to_expect: \"W.\", risks: \"R.\", references: [\"r\"]),");
        }
    }
    for (section, prefix, n) in [("caveats", "c", 4), ("notes", "n", 2)] {
        let _ = writeln!(s, " ],\n {section}: [");
        for b in 0..blocks {
            for i in 0..n {
                let _ = writeln!(
                    s,
                    "  (id: \"{prefix}{b}_{i}\", title: \"T\", text: \"T.\", references: [\"r\"]),"
                );
            }
        }
    }
    s.push_str(" ],\n rules: [\n");
    for b in 0..blocks {
        let t = |i: usize| format!("t{b}_{i}");
        for i in 0..8 {
            let _ = writeln!(s, "  (when: all([chosen(\"q0\", \"o{}\"), not(chosen(\"q1\", \"o{}\"))]), then: [treatment(id: \"{}\", tier: suited, reason: \"R.\"), caveat(id: \"c{b}_{}\", level: discuss)]),", (i + b) % 6, b % 4, t(i), i % 4);
            let _ = writeln!(s, "  (when: any_of(\"q2\", [\"o{}\", \"o{}\"]), then: [treatment(id: \"{}\", tier: consider, reason: \"R.\"), note(id: \"n{b}_{}\")]),", (i + b) % 6, (i + b + 1) % 6, t(i), i % 2);
        }
        let _ = writeln!(s, "  (when: chosen(\"q6\", \"o{}\"), then: [limit(id: \"{}\", tier: consider, reason: \"R.\"), limit(id: \"{}\", tier: consider, reason: \"R.\")]),", b % 3, t(0), t(1));
        let _ = writeln!(s, "  (when: chosen(\"q5\", \"o{}\"), then: [limit(id: \"{}\", tier: not_advised, reason: \"R.\")]),", b % 8, t(2));
        let listed = format!(
            "listed([\"{}\", \"{}\", \"{}\", \"{}\"])",
            t(0),
            t(1),
            t(2),
            t(3)
        );
        let _ = writeln!(s, "  (when: all([chosen(\"q5\", \"o{}\"), {listed}]), then: [caveat(id: \"c{b}_0\", level: discuss)]),", (b + 1) % 8);
        let _ = writeln!(s, "  (when: all([chosen(\"q5\", \"o{}\"), not({listed})]), then: [caveat(id: \"c{b}_0\", level: info)]),", (b + 1) % 8);
        let _ = writeln!(
            s,
            "  (when: answered(\"q4\"), then: [note(id: \"n{b}_1\")]),"
        );
    }
    s.push_str(" ],\n conflicts: [\n");
    for b in 0..blocks {
        let _ = writeln!(s, "  (id: \"k{b}\", when: all([chosen(\"q3\", \"o0\"), answered(\"q4\")]), questions: [\"q3\", \"q4\"], message: \"M.\"),");
    }
    s.push_str(" ],\n guards: [\n");
    for b in 0..blocks {
        let _ = writeln!(s, "  (id: \"g{b}_caps\", when: chosen(\"q6\", \"o{}\"), then: [at_most(\"t{b}_0\", consider), at_most(\"t{b}_1\", consider)]),", b % 3);
        let _ = writeln!(s, "  (id: \"g{b}_caveat\", when: chosen(\"q5\", \"o{}\"), then: [caveat(\"c{b}_0\", info)]),", (b + 1) % 8);
        let _ = writeln!(s, "  (id: \"g{b}_some\", when: not(chosen(\"q0\", \"none\")), then: [some_listed([\"t{b}_0\", \"t{b}_1\", \"t{b}_2\", \"t{b}_3\", \"t{b}_4\", \"t{b}_5\", \"t{b}_6\", \"t{b}_7\"])]),");
    }
    s.push_str(" ],\n references: [(id: \"r\", citation: \"A source.\")],\n)\n");
    s
}

/// Rounds of the growth measurement below.
const ROUNDS: usize = 15;

/// How `audit` and `diff` grow with the rules, as the least time of
/// `ROUNDS` interleaved runs at 1×, 2× and 4×. On a shared virtual machine
/// a criterion median swings by half between runs (other guests take the
/// CPU); interference only adds time, so the least of interleaved runs is
/// the figure that compares sizes fairly. Printed as
/// `audit_growth KIND 1x=NS 2x=NS 4x=NS` for scripts/bench.sh.
fn growth(sizes: &[(usize, Dataset)]) {
    let mut best = [
        vec![Duration::MAX; sizes.len()],
        vec![Duration::MAX; sizes.len()],
    ];
    for _ in 0..ROUNDS {
        for (i, (_, d)) in sizes.iter().enumerate() {
            let t = Instant::now();
            black_box(audit::run(black_box(d)).map(|a| a.answer_sets).ok());
            best[0][i] = best[0][i].min(t.elapsed());
            let t = Instant::now();
            black_box(
                diff_every_item(black_box(d), black_box(d), 1)
                    .map(|x| x.answer_sets)
                    .ok(),
            );
            best[1][i] = best[1][i].min(t.elapsed());
        }
    }
    for (kind, times) in ["audit", "diff"].iter().zip(&best) {
        let figures: Vec<String> = sizes
            .iter()
            .zip(times)
            .map(|((k, _), t)| format!("{k}x={}", t.as_nanos()))
            .collect();
        println!("audit_growth {kind} {}", figures.join(" "));
    }
}

fn bench_audit(c: &mut Criterion) {
    let data = shipped();
    let once = audit::run(&data).expect("the shipped dataset can be audited");
    assert_eq!(once.broken().count(), 0, "every shipped guard holds");
    // For scripts/bench.sh: the count the throughput and the naive loop's
    // extrapolation are taken over, and the work done.
    println!(
        "audit_answer_sets shipped={} guards={} rules={} classes={}",
        once.answer_sets,
        data.guards.len(),
        data.rules.len(),
        once.classes()
    );
    let mut group = c.benchmark_group("audit");
    group.sample_size(10);
    group.bench_function("shipped", |b| b.iter(|| audit::run(black_box(&data))));
    let mut rng = Rng(12);
    let sample: Vec<Answers> = (0..SAMPLE)
        .map(|_| random_complete(&data, &mut rng))
        .collect();
    group.bench_function(
        BenchmarkId::new("naive", format!("{SAMPLE} answer sets")),
        |b| b.iter(|| sample.iter().map(|a| naive(&data, a)).sum::<usize>()),
    );
    let sizes: Vec<(usize, Dataset)> = [1, 2, 4]
        .into_iter()
        .map(|k| {
            let text = synthetic(3 * k);
            let checked = check_text("synthetic", &text).expect("the synthetic dataset parses");
            assert!(!checked.has_errors(), "{:?}", checked.errors().next());
            (k, checked.dataset)
        })
        .collect();
    growth(&sizes);
    for (k, d) in &sizes {
        let (k, d) = (*k, d);
        let a = audit::run(d).expect("the synthetic dataset can be audited");
        println!(
            "audit_synthetic {k}x rules={} guards={} answer_sets={} classes={}",
            d.rules.len(),
            d.guards.len(),
            a.answer_sets,
            a.classes()
        );
        group.bench_with_input(BenchmarkId::new("synthetic", format!("{k}x")), d, |b, d| {
            b.iter(|| audit::run(black_box(d)))
        });
        // `diff` on the same dataset, every item counted (nothing skipped
        // as unchanged): its growth in the rules, on one thread.
        group.bench_with_input(
            BenchmarkId::new("diff_synthetic", format!("{k}x")),
            d,
            |b, d| b.iter(|| diff_every_item(black_box(d), black_box(d), 1).map(|x| x.answer_sets)),
        );
    }
    group.finish();
}

criterion_group!(benches, bench_audit);
criterion_main!(benches);
