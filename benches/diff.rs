//! Speed of `scarguide diff` (issue 12): the shipped dataset against a
//! copy with one rule's tier changed, every complete answer set counted;
//! also with every item counted, as an edit that reaches every rule would
//! need. Target: under 3 s wall clock on the 2-core machine.

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};

use scarguide::dataset::{self, check_text};
use scarguide::diff::{diff, diff_every_item};

fn bench(c: &mut Criterion) {
    let old = match dataset::embedded() {
        Ok(c) => c.dataset,
        Err(e) => panic!("the embedded dataset does not load: {e}"),
    };
    let rule =
        r#"treatment(id: "nonablative_fractional", tier: suited, reason: "You chose round dents"#;
    let text = dataset::EMBEDDED.replacen(rule, &rule.replace("suited", "consider"), 1);
    assert_ne!(
        text,
        dataset::EMBEDDED,
        "the rule to change is in the dataset"
    );
    let new = match check_text("edited", &text) {
        Ok(c) if !c.has_errors() => c.dataset,
        _ => panic!("the edited dataset does not load"),
    };
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get().min(4));
    let mut group = c.benchmark_group("diff");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(20));
    group.bench_function("shipped_one_rule_changed", |b| {
        b.iter(|| diff(black_box(&old), black_box(&new), workers).map(|d| d.changes.len()))
    });
    group.bench_function("shipped_one_rule_changed_1_thread", |b| {
        b.iter(|| diff(black_box(&old), black_box(&new), 1).map(|d| d.changes.len()))
    });
    // The worst case: an edit that reaches every item (a question's
    // show_if, say) leaves none to skip.
    group.bench_function("shipped_every_item_counted", |b| {
        b.iter(|| {
            diff_every_item(black_box(&old), black_box(&new), workers).map(|d| d.changes.len())
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
