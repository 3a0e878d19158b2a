//! Shared helpers for the corpus tests: where the corpus is, and the hand-made labels.

#![allow(dead_code)]

use dossier::{DateMention, Document, Span, Statistic};
use std::path::PathBuf;

/// `../shared/corpus/<rel>` from the project root.
pub fn corpus(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpus")
        .join(rel)
}

/// The labelled development chapters (`incsr-dev/*.txt`), in name order.
pub fn dev_chapters() -> Vec<PathBuf> {
    let mut chapters: Vec<PathBuf> = std::fs::read_dir(corpus("incsr-dev"))
        .expect("the development corpus")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    chapters.sort();
    chapters
}

/// The seed and the 19 development chapters, as `(name inside a collection, loose file)`.
pub fn report_documents() -> Vec<(String, PathBuf)> {
    let seed = "seed/hrnet-incsr-1996-kazakstan.txt";
    let mut documents = vec![(seed.to_owned(), corpus(seed))];
    let dev = dev_chapters();
    assert_eq!(dev.len(), 19, "the 19 development chapters");
    for path in dev {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        documents.push((format!("incsr-dev/{name}"), path));
    }
    documents
}

pub fn read(rel: &str) -> Document {
    let path = corpus(rel);
    dossier::read_file(&path).unwrap_or_else(|e| panic!("{rel} should load: {e}"))
}

/// One row of a `*.statistics.tsv` label file.
#[derive(Debug, serde::Deserialize)]
pub struct StatLabel {
    pub surface: String,
    pub kind: String,
    pub value: f64,
    pub value_max: Option<f64>,
    pub unit: String,
    pub qualifier: String,
    pub measures_head: String,
    pub section: String,
    pub nth: usize,
}

/// One row of a `*.dates.tsv` label file.
#[derive(Debug, serde::Deserialize)]
pub struct DateLabel {
    pub context: String,
    pub value: String,
}

fn read_tsv<T: serde::de::DeserializeOwned>(rel: &str) -> Vec<T> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b'\t')
        .quoting(false)
        .from_path(corpus(rel))
        .unwrap_or_else(|e| panic!("{rel}: {e}"));
    reader
        .deserialize()
        .map(|row| row.unwrap_or_else(|e| panic!("{rel}: {e}")))
        .collect()
}

pub fn stat_labels(rel: &str) -> Vec<StatLabel> {
    read_tsv(rel)
}

pub fn date_labels(rel: &str) -> Vec<DateLabel> {
    read_tsv(rel)
}

/// The byte span of the `nth` (1-based) occurrence of `needle` in `text`.
pub fn find_nth(text: &str, needle: &str, nth: usize) -> Option<Span> {
    let mut from = 0;
    let mut found = None;
    for _ in 0..nth {
        let at = from + text[from..].find(needle)?;
        found = Some(Span::new(at, at + needle.len()));
        from = at + 1;
    }
    found
}

/// Differences between a document's statistics and its labels, as readable lines; empty
/// when every label is matched exactly and nothing else is reported.
pub fn statistic_mismatches(doc: &Document, labels: &[StatLabel]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut used = vec![false; doc.statistics.len()];
    for label in labels {
        let Some(surface) = find_nth(&doc.text, &label.surface, label.nth) else {
            problems.push(format!("{:?} is not in the body text", label.surface));
            continue;
        };
        let found = doc
            .statistics
            .iter()
            .enumerate()
            .find(|(i, s)| !used[*i] && s.span.overlaps(surface));
        let Some((index, stat)) = found else {
            problems.push(format!("missed {:?}", label.surface));
            continue;
        };
        used[index] = true;
        problems.extend(
            field_mismatches(stat, label)
                .into_iter()
                .map(|p| format!("{:?}: {p}", label.surface)),
        );
    }
    for (stat, used) in doc.statistics.iter().zip(used) {
        if !used {
            problems.push(format!(
                "not a labelled statistic: {:?} ({} {})",
                stat.text(&doc.text),
                stat.value,
                stat.unit
            ));
        }
    }
    problems
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

fn field_mismatches(stat: &Statistic, label: &StatLabel) -> Vec<String> {
    let mut problems = Vec::new();
    if stat.kind.as_str() != label.kind {
        problems.push(format!("kind {} != {}", stat.kind.as_str(), label.kind));
    }
    if !close(stat.value, label.value) {
        problems.push(format!("value {} != {}", stat.value, label.value));
    }
    match (stat.value_max, label.value_max) {
        (None, None) => {}
        (Some(a), Some(b)) if close(a, b) => {}
        (a, b) => problems.push(format!("value_max {a:?} != {b:?}")),
    }
    if stat.unit != label.unit {
        problems.push(format!("unit {:?} != {:?}", stat.unit, label.unit));
    }
    if stat.qualifier != label.qualifier {
        problems.push(format!(
            "qualifier {:?} != {:?}",
            stat.qualifier, label.qualifier
        ));
    }
    if !stat
        .measures
        .to_lowercase()
        .contains(&label.measures_head.to_lowercase())
    {
        problems.push(format!(
            "measures {:?} lacks {:?}",
            stat.measures, label.measures_head
        ));
    }
    if *stat.section != *label.section {
        problems.push(format!("section {:?} != {:?}", stat.section, label.section));
    }
    problems
}

/// Differences between a document's dates and their labels.
pub fn date_mismatches(doc: &Document, labels: &[DateLabel]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut used = vec![false; doc.dates.len()];
    for label in labels {
        let Some(context) = find_nth(&doc.text, &label.context, 1) else {
            problems.push(format!(
                "date context {:?} is not in the body text",
                label.context
            ));
            continue;
        };
        let candidates: Vec<(usize, &DateMention)> = doc
            .dates
            .iter()
            .enumerate()
            .filter(|(i, d)| !used[*i] && d.span.overlaps(context))
            .collect();
        let chosen = candidates
            .iter()
            .find(|(_, d)| d.value == label.value)
            .or(candidates.first());
        match chosen {
            Some((i, d)) => {
                used[*i] = true;
                if d.value != label.value {
                    problems.push(format!(
                        "{:?}: {} != {}",
                        label.context, d.value, label.value
                    ));
                }
            }
            None => problems.push(format!("missed date {:?} ({})", label.context, label.value)),
        }
    }
    for (date, used) in doc.dates.iter().zip(used) {
        if !used {
            problems.push(format!(
                "not a labelled date: {:?} ({})",
                date.text(&doc.text),
                date.value
            ));
        }
    }
    problems
}

/// `text` with the characters HTML gives a meaning to escaped, to build pages from text.
pub fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Wraps a paragraph at `width` columns, as mail and old text archives did.
pub fn wrap(paragraph: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in paragraph.split_whitespace() {
        if !line.is_empty() && line.len() + 1 + word.len() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}
