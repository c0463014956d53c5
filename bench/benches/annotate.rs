//! Criterion benchmarks of `annotate()` in the native core: the seed
//! article, a 5 KB article of our own, 1 MB and 10 MB of news text.
//! Short runs (a few seconds each): the machine is shared, so compare runs
//! made together, and use callgrind (scripts/bench-profile.sh) for counts.

use article_annotator::{annotate, Options};
use article_annotator_bench::{news_text, seed_article};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::time::Duration;

const MB: usize = 1 << 20;

fn bench(c: &mut Criterion) {
    let options = Options::default();
    let mut group = c.benchmark_group("annotate");
    group.warm_up_time(Duration::from_millis(500));
    let mut texts: Vec<(&str, String)> = Vec::new();
    if let Some(seed) = seed_article() {
        texts.push(("seed", seed));
    }
    texts.push(("news-5KB", news_text(5 * 1024)));
    texts.push(("news-1MB", news_text(MB)));
    if std::env::var_os("AA_BENCH_10MB").is_some() {
        texts.push(("news-10MB", news_text(10 * MB)));
    }
    for (name, text) in &texts {
        let big = text.len() >= MB;
        group.sample_size(if big { 10 } else { 50 });
        group.measurement_time(Duration::from_secs(if big { 8 } else { 3 }));
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), text, |b, text| {
            b.iter(|| annotate(std::hint::black_box(text), &options))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
