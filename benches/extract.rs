//! Extraction throughput on real reports, reported against a baseline measured in the same
//! run (decoding the bytes and splitting them into lines), plus peak memory per input byte.
//!
//! `cargo bench --bench extract` — prints one line per input.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

#[path = "support/peak_heap.rs"]
mod peak_heap;

#[global_allocator]
static ALLOCATOR: peak_heap::Counting = peak_heap::Counting;

fn corpus(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpus")
        .join(rel)
}

/// The fastest of `runs` timings of `f`.
fn best_of(runs: usize, mut f: impl FnMut()) -> Duration {
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn baseline(bytes: &[u8]) -> usize {
    let (text, _, _) = encoding_rs::UTF_8.decode(bytes);
    text.lines().count()
}

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let runs = if quick { 1 } else { 5 };
    let seed = std::fs::read(corpus("seed/hrnet-incsr-1996-kazakstan.txt")).expect("seed");
    let mut seed_1000 = Vec::with_capacity(seed.len() * 1000);
    for _ in 0..1000 {
        seed_1000.extend_from_slice(&seed);
        seed_1000.push(b'\n');
    }
    let inputs: Vec<(&str, PathBuf, Vec<u8>)> = vec![
        (
            "seed ×1000 (text)",
            PathBuf::from("seed-x1000.txt"),
            seed_1000,
        ),
        (
            "1990 Factbook (text)",
            corpus("real/factbook-1990-gutenberg14.txt"),
            std::fs::read(corpus("real/factbook-1990-gutenberg14.txt")).expect("factbook"),
        ),
        (
            "SEC 10-K (HTML)",
            corpus("real/sec-10k-galaxy-gaming-2021-inline-xbrl.html"),
            std::fs::read(corpus("real/sec-10k-galaxy-gaming-2021-inline-xbrl.html"))
                .expect("10-K"),
        ),
    ];
    println!(
        "{:<22} {:>9} {:>12} {:>12} {:>9} {:>11} {:>8}",
        "input", "MB", "engine MB/s", "base MB/s", "ratio", "peak/input", "figures"
    );
    for (name, path, bytes) in &inputs {
        let mb = bytes.len() as f64 / 1e6;
        let base = best_of(runs, || {
            std::hint::black_box(baseline(bytes));
        });
        let mut figures = 0;
        let engine = best_of(runs, || {
            let doc = dossier::read_bytes(path, bytes).expect("loads");
            figures = doc.statistics.len();
            std::hint::black_box(doc);
        });
        let (doc, peak) = peak_heap::peak_of(|| dossier::read_bytes(path, bytes).expect("loads"));
        drop(doc);
        println!(
            "{:<22} {:>9.2} {:>12.1} {:>12.1} {:>8.1}x {:>10.2}x {:>8}",
            name,
            mb,
            mb / engine.as_secs_f64(),
            mb / base.as_secs_f64(),
            engine.as_secs_f64() / base.as_secs_f64(),
            peak as f64 / bytes.len() as f64,
            figures
        );
    }
}
