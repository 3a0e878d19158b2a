//! A library of 10,000 documents in one zip, built at bench time from the corpus (the seed,
//! the development chapters and the real pages under 200 KB, repeated under varied names):
//!
//! - listing it, against reading its central directory alone with the zip crate;
//! - indexing it whole, in MB/s of body text, on one worker and on two, against the rate at
//!   which the HTML5 parser alone reads its web pages (what bounds the mix);
//! - how soon the first document is ready;
//! - peak heap while indexing (the summaries kept, as the library keeps them), against the
//!   archive's size.
//!
//! `cargo bench --bench archive` (`-- --quick` for 1,000 documents). Prints; asserts nothing.

use dossier::collection::{self, IndexOptions, Indexed};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

#[path = "support/peak_heap.rs"]
mod peak_heap;

#[global_allocator]
static ALLOCATOR: peak_heap::Counting = peak_heap::Counting;

/// The largest real page taken into the library.
const MAX_SOURCE_BYTES: u64 = 200_000;

fn corpus(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpus")
        .join(rel)
}

/// The corpus files the library repeats, in a fixed order.
fn sources() -> Vec<(String, Vec<u8>)> {
    let mut paths = vec![corpus("seed/hrnet-incsr-1996-kazakstan.txt")];
    for folder in ["incsr-dev", "real"] {
        let mut found: Vec<PathBuf> = std::fs::read_dir(corpus(folder))
            .expect("corpus folder")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                let ext = p.extension().and_then(|e| e.to_str()).unwrap_or("");
                matches!(ext, "txt" | "html" | "xml" | "php")
                    && std::fs::metadata(p).is_ok_and(|m| m.len() <= MAX_SOURCE_BYTES)
            })
            .collect();
        found.sort();
        paths.extend(found);
    }
    paths
        .into_iter()
        .map(|p| {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            (name, std::fs::read(&p).expect("corpus file"))
        })
        .collect()
}

/// Writes a zip of `count` documents, cycling through `sources`.
fn write_zip(path: &Path, sources: &[(String, Vec<u8>)], count: usize) {
    let file = std::fs::File::create(path).expect("create");
    let mut writer = zip::ZipWriter::new(std::io::BufWriter::new(file));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for i in 0..count {
        let (name, bytes) = &sources[i % sources.len()];
        writer
            .start_file(format!("batch{:03}/{i:05}-{name}", i / 100), options)
            .expect("start");
        writer.write_all(bytes).expect("write");
    }
    writer.finish().expect("finish");
}

/// CPU seconds this process has used (user + system), on Linux; 0 elsewhere. Compared with
/// the wall time it shows how many cores indexing actually got on a shared machine.
fn cpu_secs() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command name (which ends with ')'): utime is the 12th, stime the 13th.
    let after = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    (ticks(11) + ticks(12)) / 100.0
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

struct Indexing {
    elapsed: Duration,
    cpu_secs: f64,
    first: Duration,
    text_bytes: u64,
    source_bytes: u64,
    documents: usize,
    kept_bytes: usize,
    kept_text_bytes: usize,
    figures: usize,
}

fn index(collection: &collection::Collection, threads: usize) -> Indexing {
    let options = IndexOptions {
        keep_documents: false,
        threads,
    };
    let start = Instant::now();
    let cpu_start = cpu_secs();
    let mut first = None;
    let mut summaries = Vec::with_capacity(collection.document_count());
    let report = collection::index(collection, &options, &AtomicBool::new(false), |item| {
        first.get_or_insert_with(|| start.elapsed());
        if let Indexed::Document(indexed) = item {
            summaries.push(indexed.summary);
        }
    })
    .expect("indexes");
    let elapsed = start.elapsed();
    let cpu_secs = cpu_secs() - cpu_start;
    let kept_bytes = summaries.iter().map(|s| s.heap_bytes()).sum();
    let kept_text_bytes = summaries.iter().map(|s| s.text.capacity()).sum();
    let figures = summaries.iter().map(|s| s.figure_count()).sum();
    Indexing {
        elapsed,
        cpu_secs,
        first: first.unwrap_or_default(),
        text_bytes: report.text_bytes,
        source_bytes: report.source_bytes,
        documents: report.documents,
        kept_bytes,
        kept_text_bytes,
        figures,
    }
}

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let count = if quick { 1_000 } else { 10_000 };
    let runs = if quick { 3 } else { 5 };
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("library.zip");
    let sources = sources();
    write_zip(&path, &sources, count);
    let archive_bytes = std::fs::metadata(&path).expect("size").len();
    println!(
        "library: {count} documents from {} corpus files, zip of {:.1} MB",
        sources.len(),
        archive_bytes as f64 / 1e6
    );

    let directory = best_of(runs, || {
        let file = std::io::BufReader::new(std::fs::File::open(&path).expect("open"));
        let zip = zip::ZipArchive::new(file).expect("zip");
        std::hint::black_box(zip.len());
    });
    let listing = best_of(runs, || {
        let listed = collection::list(&path).expect("lists");
        std::hint::black_box(listed.entries.len());
    });
    println!(
        "listing: {:.1} ms; central directory alone: {:.1} ms; ratio {:.2}x",
        listing.as_secs_f64() * 1e3,
        directory.as_secs_f64() * 1e3,
        listing.as_secs_f64() / directory.as_secs_f64()
    );

    let collection = collection::list(&path).expect("lists");
    // The bare single-file engine over the same documents, already in memory, on this thread:
    // what one worker can at best do.
    let engine_start = Instant::now();
    let mut engine_text = 0;
    for i in 0..count {
        let (name, bytes) = &sources[i % sources.len()];
        let document = dossier::read_bytes(Path::new(name), bytes).expect("loads");
        engine_text += document.text.len();
    }
    let engine = engine_start.elapsed().as_secs_f64();
    println!(
        "engine alone, 1 thread, no archive: {:.1} MB/s of text",
        engine_text as f64 / 1e6 / engine
    );
    // What bounds the mix: its HTML pages' markup is several times their text, and the HTML5
    // parser alone (html5ever building scraper's tree) reads them at this rate.
    let pages: Vec<(&str, String)> = sources
        .iter()
        .filter(|(name, _)| !name.ends_with(".txt"))
        .map(|(name, bytes)| (name.as_str(), String::from_utf8_lossy(bytes).into_owned()))
        .collect();
    let page_text: usize = pages
        .iter()
        .map(|(name, html)| {
            let document = dossier::read_bytes(Path::new(name), html.as_bytes()).expect("loads");
            document.text.len()
        })
        .sum();
    let parse = best_of(runs, || {
        for (_, html) in &pages {
            std::hint::black_box(scraper::Html::parse_document(html));
        }
    });
    let read = best_of(runs, || {
        for (name, html) in &pages {
            std::hint::black_box(dossier::read_bytes(Path::new(name), html.as_bytes()).ok());
        }
    });
    println!(
        "its {} web pages, 1 thread: HTML5 parsing alone {:.1} MB/s of their text; the whole engine {:.1} MB/s",
        pages.len(),
        page_text as f64 / 1e6 / parse.as_secs_f64(),
        page_text as f64 / 1e6 / read.as_secs_f64(),
    );
    for threads in [1, 2] {
        let run = index(&collection, threads);
        let secs = run.elapsed.as_secs_f64();
        println!(
            "index, {threads} worker{}: {} documents in {:.2} s: {:.1} MB/s of text ({:.1} MB/s of source); \
             first document after {:.1} ms; {:.2} cores busy ({:.1} MB/s of text per CPU second)",
            if threads == 1 { "" } else { "s" },
            run.documents,
            secs,
            run.text_bytes as f64 / 1e6 / secs,
            run.source_bytes as f64 / 1e6 / secs,
            run.first.as_secs_f64() * 1e3,
            run.cpu_secs / secs,
            run.text_bytes as f64 / 1e6 / run.cpu_secs,
        );
    }
    let (run, peak) = peak_heap::peak_of(|| index(&collection, 2));
    println!(
        "memory, 2 workers: peak heap {:.1} MB = {:.2}x the archive ({:.1} MB of source, {:.1} MB of text); \
         summaries kept {:.1} MB = {:.2}x the archive, of which body text {:.1} MB and {} figures",
        peak as f64 / 1e6,
        peak as f64 / archive_bytes as f64,
        run.source_bytes as f64 / 1e6,
        run.text_bytes as f64 / 1e6,
        run.kept_bytes as f64 / 1e6,
        run.kept_bytes as f64 / archive_bytes as f64,
        run.kept_text_bytes as f64 / 1e6,
        run.figures,
    );

    // The product's own case: a library of report chapters saved as text (the seed and the
    // development chapters), where markup does not dilute the text.
    let reports: Vec<(String, Vec<u8>)> = sources
        .iter()
        .filter(|(name, _)| {
            // "hrnet-incsr-1996-kazakstan.txt" and the chapters "armenia-1995.txt" …
            let stem = name.strip_suffix(".txt").unwrap_or("");
            let chapter = stem.rsplit_once('-').is_some_and(|(country, year)| {
                country.chars().all(|c| c.is_ascii_lowercase())
                    && year.len() == 4
                    && year.chars().all(|c| c.is_ascii_digit())
            });
            name.starts_with("hrnet-") || chapter
        })
        .cloned()
        .collect();
    let reports_path = dir.path().join("reports.zip");
    write_zip(&reports_path, &reports, count);
    let reports_collection = collection::list(&reports_path).expect("lists");
    for threads in [1, 2] {
        let run = index(&reports_collection, threads);
        let secs = run.elapsed.as_secs_f64();
        println!(
            "report chapters ({} files repeated), index, {threads} worker{}: {} documents in {:.2} s: \
             {:.1} MB/s of text; {:.2} cores busy",
            reports.len(),
            if threads == 1 { "" } else { "s" },
            run.documents,
            secs,
            run.text_bytes as f64 / 1e6 / secs,
            run.cpu_secs / secs,
        );
    }
}
