//! Figures across a collection: the all-figures table (the single-document table with a
//! Document column, through [`crate::export::table`] so copying and exporting agree), and
//! comparisons of one measure across documents.
//!
//! **What counts as "the same measure".** Each figure's `measures` phrase is folded (case
//! and accents), its possessives dropped, and cut to what follows its last "of" ("reports of
//! drug-related crimes" → "drug-related crimes", "one gram of heroin" → "heroin"). Leading
//! evaluative words ("illicit", "registered", "total", "estimated" …) go, the last two words
//! stay, and the last is made singular. Together with the unit that is the [`MeasureKey`]:
//! "138,000 hectares of cannabis" and "cannabis … 2,000 ha" meet under *hectares of
//! cannabis*; "heroin addicts" and "registered heroin addicts" under *heroin addicts*. Units
//! are not converted (tons and kilograms of opium are two keys).

use super::fold::fold;
use super::index::DocumentSummary;
use crate::document::{Document, Statistic};
use crate::export::{self, FigureRow, TableFormat, plain_number};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Words dropped from the front of a measured phrase: they qualify the thing measured
/// without changing what it is.
const MODIFIERS: &[&str] = &[
    "a",
    "an",
    "the",
    "all",
    "some",
    "total",
    "number",
    "estimated",
    "approximately",
    "about",
    "illicit",
    "illegal",
    "registered",
    "recorded",
    "reported",
    "official",
    "officially",
    "known",
    "actual",
    "annual",
    "potential",
    "record",
    "new",
    "other",
    "additional",
    "more",
    "major",
    "seized",
    "suspected",
    "alleged",
    "overall",
    "current",
    "average",
    "its",
    "their",
    "this",
    "these",
    "those",
    "such",
    "one",
    "two",
    "three",
];

/// A normalised "what it measures" with its unit: figures with equal keys can be compared.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MeasureKey {
    /// The folded, singular head of the phrase: `heroin addict`, `cannabis`.
    pub noun: String,
    /// The canonical unit (`ha`, `t`, `%`, `USD`), empty for counts.
    pub unit: String,
}

/// A measure found in the collection, for the Compare picker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MeasureSummary {
    pub key: MeasureKey,
    /// How to name it: `hectares of cannabis`, `heroin addicts`, `drugs (%)`.
    pub label: String,
    pub figures: usize,
    pub documents: usize,
}

/// One figure of a comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct SeriesPoint {
    pub entry: usize,
    /// The document's display path.
    pub path: String,
    /// The document's subject (a country, for the INCSR chapters); else its display name.
    pub subject: String,
    /// The period the figure is for: the date its sentence names, else the document's date.
    pub date: String,
    /// The document's own date.
    pub document_date: String,
    pub value: f64,
    pub value_max: Option<f64>,
    pub unit: String,
    pub qualifier: String,
    pub measures: String,
    pub section: String,
    /// The figure as written.
    pub text: String,
    /// Its index in the document's statistics.
    pub statistic: usize,
}

/// The columns of [`series_table`], in order.
pub const SERIES_COLUMNS: [&str; 10] = [
    "Subject",
    "Date",
    "Value",
    "Max",
    "Unit",
    "Qualifier",
    "What it measures",
    "Document",
    "Section",
    "As written",
];

/// Every figure of every document, one table with a Document column (the display path):
/// the same columns, numbers and quoting as the single-document table.
pub fn figures_table<'a>(
    documents: impl IntoIterator<Item = &'a DocumentSummary>,
    format: TableFormat,
) -> String {
    let rows = documents.into_iter().flat_map(|d| {
        d.statistics.iter().map(move |stat| FigureRow {
            document: &d.path,
            body: &d.text,
            stat,
        })
    });
    export::table(rows, format, Some("Document"))
}

/// One document's rows of the all-figures table, with the header only when `with_header`:
/// printed one document after another they read as one [`figures_table`], so a collection
/// can be printed while it is indexed.
pub fn figures_table_part(document: &Document, format: TableFormat, with_header: bool) -> String {
    let table = export::table(
        document.statistics.iter().map(|stat| FigureRow {
            document: &document.path,
            body: &document.text,
            stat,
        }),
        format,
        Some("Document"),
    );
    if with_header {
        return table;
    }
    let header_lines = match format {
        TableFormat::Markdown => 2,
        TableFormat::Tsv | TableFormat::Csv => 1,
    };
    let mut rest = table.as_str();
    for _ in 0..header_lines {
        rest = rest.split_once('\n').map_or("", |(_, tail)| tail);
    }
    rest.to_owned()
}

/// The key a figure is compared under; `None` when it says nothing of what it measures.
pub fn measure_key(stat: &Statistic) -> Option<MeasureKey> {
    head_words(&stat.measures).map(|(noun, _)| MeasureKey {
        noun,
        unit: stat.unit.to_string(),
    })
}

/// The key's noun (singular) and the words as written (for labels).
fn head_words(measures: &str) -> Option<(String, String)> {
    let folded = fold(measures).replace(['’', '\''], "'");
    let tail = folded.rsplit(" of ").next().unwrap_or(&folded);
    let mut words: Vec<&str> = tail
        .split_whitespace()
        .map(|w| {
            w.trim_end_matches("'s")
                .trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
        })
        .filter(|w| !w.is_empty() && !w.chars().all(|c| c.is_ascii_digit()))
        .collect();
    while words.len() > 1 && words.first().is_some_and(|w| MODIFIERS.contains(w)) {
        words.remove(0);
    }
    let start = words.len().saturating_sub(2);
    let words = words.get(start..)?;
    let (last, first) = words.split_last()?;
    let as_written = words.join(" ");
    let mut noun: Vec<String> = first.iter().map(|w| (*w).to_owned()).collect();
    noun.push(singular(last));
    Some((noun.join(" "), as_written))
}

/// A naive singular: `addicts` → `addict`, `seizures` → `seizure`, `countries` → `country`.
fn singular(word: &str) -> String {
    if let Some(stem) = word.strip_suffix("ies")
        && stem.len() > 1
    {
        return format!("{stem}y");
    }
    if word.len() > 3 && word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us") {
        return word[..word.len() - 1].to_owned();
    }
    word.to_owned()
}

/// How a unit reads before "of …", for labels.
fn unit_name(unit: &str) -> Option<&'static str> {
    Some(match unit {
        "t" => "tons",
        "kg" => "kilograms",
        "g" => "grams",
        "mg" => "milligrams",
        "lb" => "pounds",
        "oz" => "ounces",
        "ha" => "hectares",
        "acre" => "acres",
        "km2" => "square kilometres",
        "mi2" => "square miles",
        "km" => "kilometres",
        "mi" => "miles",
        "m" => "metres",
        "l" => "litres",
        "bbl" => "barrels",
        "gal" => "gallons",
        "t/yr" => "tons a year of",
        "%" => "percent",
        _ => return None,
    })
}

fn label(words: &str, unit: &str) -> String {
    match unit_name(unit) {
        Some(name) if name.ends_with(" of") => format!("{name} {words}"),
        Some(name) => format!("{name} of {words}"),
        None if unit.is_empty() => words.to_owned(),
        None => format!("{words} ({unit})"),
    }
}

/// Every measure in the collection with how many figures and documents state it, those in
/// the most documents first: what the Compare picker offers.
pub fn measures<'a>(
    documents: impl IntoIterator<Item = &'a DocumentSummary>,
) -> Vec<MeasureSummary> {
    #[derive(Default)]
    struct Tally {
        figures: usize,
        documents: BTreeSet<usize>,
        spellings: HashMap<String, usize>,
    }
    let mut tallies: BTreeMap<MeasureKey, Tally> = BTreeMap::new();
    for document in documents {
        for stat in &document.statistics {
            let Some((noun, as_written)) = head_words(&stat.measures) else {
                continue;
            };
            let key = MeasureKey {
                noun,
                unit: stat.unit.to_string(),
            };
            let tally = tallies.entry(key).or_default();
            tally.figures += 1;
            tally.documents.insert(document.entry);
            *tally.spellings.entry(as_written).or_default() += 1;
        }
    }
    let mut found: Vec<MeasureSummary> = tallies
        .into_iter()
        .map(|(key, tally)| {
            let spelling = tally
                .spellings
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
                .map(|(s, _)| s.clone())
                .unwrap_or_else(|| key.noun.clone());
            MeasureSummary {
                label: label(&spelling, &key.unit),
                key,
                figures: tally.figures,
                documents: tally.documents.len(),
            }
        })
        .collect();
    found.sort_by(|a, b| {
        b.documents
            .cmp(&a.documents)
            .then(b.figures.cmp(&a.figures))
            .then_with(|| a.label.cmp(&b.label))
    });
    found
}

/// Every figure measuring `key`, by subject, then date, then collection order.
pub fn series<'a>(
    documents: impl IntoIterator<Item = &'a DocumentSummary>,
    key: &MeasureKey,
) -> Vec<SeriesPoint> {
    let mut points = Vec::new();
    for document in documents {
        for (index, stat) in document.statistics.iter().enumerate() {
            if measure_key(stat).as_ref() != Some(key) {
                continue;
            }
            let sentence_date = document
                .statistic_dates
                .get(index)
                .filter(|d| !d.is_empty())
                .cloned();
            let subject = if document.subject.is_empty() {
                document.display_name().to_owned()
            } else {
                document.subject.clone()
            };
            points.push(SeriesPoint {
                entry: document.entry,
                path: document.path.clone(),
                subject,
                date: sentence_date.unwrap_or_else(|| document.date.clone()),
                document_date: document.date.clone(),
                value: stat.value,
                value_max: stat.value_max,
                unit: stat.unit.to_string(),
                qualifier: stat.qualifier.to_owned(),
                measures: stat.measures.clone(),
                section: stat.section.to_string(),
                text: stat.text(&document.text).to_owned(),
                statistic: index,
            });
        }
    }
    points.sort_by(|a, b| {
        a.subject
            .cmp(&b.subject)
            .then_with(|| a.date.cmp(&b.date))
            .then(a.entry.cmp(&b.entry))
            .then(a.statistic.cmp(&b.statistic))
    });
    points
}

/// A comparison as a table with [`SERIES_COLUMNS`], for copying (TSV) and export.
pub fn series_table(points: &[SeriesPoint], format: TableFormat) -> String {
    let rows: Vec<[String; 10]> = points
        .iter()
        .map(|p| {
            [
                p.subject.clone(),
                p.date.clone(),
                plain_number(p.value),
                p.value_max.map(plain_number).unwrap_or_default(),
                p.unit.clone(),
                p.qualifier.clone(),
                p.measures.clone(),
                p.path.clone(),
                p.section.clone(),
                p.text.clone(),
            ]
        })
        .collect();
    match format {
        TableFormat::Markdown => {
            let escape = |cell: &str| cell.replace('|', "\\|").replace(['\n', '\r'], " ");
            let line = |cells: Vec<String>| format!("| {} |\n", cells.join(" | "));
            let mut out = line(SERIES_COLUMNS.iter().map(|h| escape(h)).collect());
            out.push_str(&line(
                SERIES_COLUMNS.iter().map(|_| "---".to_owned()).collect(),
            ));
            for row in &rows {
                out.push_str(&line(row.iter().map(|c| escape(c)).collect()));
            }
            out
        }
        TableFormat::Tsv | TableFormat::Csv => {
            let tsv = format == TableFormat::Tsv;
            let mut writer = csv::WriterBuilder::new()
                .delimiter(if tsv { b'\t' } else { b',' })
                .terminator(csv::Terminator::Any(b'\n'))
                .quote_style(if tsv {
                    csv::QuoteStyle::Never
                } else {
                    csv::QuoteStyle::Necessary
                })
                .from_writer(Vec::new());
            let clean = |cell: &str| {
                if tsv {
                    cell.replace(['\t', '\n', '\r'], " ")
                } else {
                    cell.to_owned()
                }
            };
            let _ = writer.write_record(SERIES_COLUMNS.iter().map(|h| clean(h)));
            for row in &rows {
                let _ = writer.write_record(row.iter().map(|c| clean(c)));
            }
            String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stat(measures: &str, unit: &str) -> Statistic {
        Statistic {
            measures: measures.into(),
            unit: unit.to_owned().into(),
            ..Statistic::default()
        }
    }

    fn noun(measures: &str) -> String {
        measure_key(&stat(measures, ""))
            .map(|k| k.noun)
            .unwrap_or_default()
    }

    #[test]
    fn phrases_meet_under_their_head() {
        assert_eq!(noun("reports of drug-related crimes"), "drug-related crime");
        assert_eq!(noun("drug-related crimes"), "drug-related crime");
        assert_eq!(noun("registered heroin addicts"), "heroin addict");
        assert_eq!(noun("total number of drug users"), "drug user");
        assert_eq!(noun("one gram of heroin"), "heroin");
        assert_eq!(noun("Illicit drugs"), "drug");
        assert_eq!(
            noun("country's potential marijuana yield"),
            "marijuana yield"
        );
        assert_eq!(noun(""), "");
    }

    #[test]
    fn labels_read_as_phrases() {
        assert_eq!(label("cannabis", "ha"), "hectares of cannabis");
        assert_eq!(label("heroin addicts", ""), "heroin addicts");
        assert_eq!(label("heroin", "USD"), "heroin (USD)");
    }

    #[test]
    fn a_table_part_without_header_continues_the_first() {
        let document = |path: &str| Document {
            path: path.to_owned(),
            statistics: vec![stat("opium", "t")],
            ..Document::default()
        };
        let first = figures_table_part(&document("a"), TableFormat::Markdown, true);
        let second = figures_table_part(&document("b"), TableFormat::Markdown, false);
        assert_eq!(first.lines().count(), 3);
        assert_eq!(second.lines().count(), 1);
        assert!(second.starts_with("| b |"));
    }
}
