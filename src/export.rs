//! The statistics table in the forms people paste it in: TSV for spreadsheets, CSV, Markdown
//! for notes, JSON for programs, and a one-line citation. The viewer's copy commands and
//! `dossier extract --format tsv|csv|md` both go through here, so they always agree.

use crate::document::{Document, Statistic};

/// A text form of the statistics table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TableFormat {
    Tsv,
    Csv,
    Markdown,
}

/// The columns of the figures table, in order, as they appear in headers.
pub const FIGURE_COLUMNS: [&str; 8] = [
    "Value",
    "Max",
    "Unit",
    "Qualifier",
    "Kind",
    "What it measures",
    "Section",
    "As written",
];

/// A number as a spreadsheet reads it: no thousands separators, at most four decimals,
/// no trailing zeros (`5000`, `0.0714`, `12.5`).
pub fn plain_number(value: f64) -> String {
    if !value.is_finite() {
        return String::new();
    }
    if value.fract() == 0.0 && value.abs() < 1e15 {
        return format!("{value:.0}");
    }
    let mut text = format!("{value:.4}");
    while text.ends_with('0') {
        text.pop();
    }
    if text.ends_with('.') {
        text.pop();
    }
    if text == "-0" { "0".to_owned() } else { text }
}

/// The cells of one row of the figures table, in [`FIGURE_COLUMNS`] order, for a figure
/// found in `body`.
pub fn figure_cells(stat: &Statistic, body: &str) -> [String; 8] {
    [
        plain_number(stat.value),
        stat.value_max.map(plain_number).unwrap_or_default(),
        stat.unit.to_string(),
        stat.qualifier.to_owned(),
        stat.kind.as_str().to_owned(),
        stat.measures.clone(),
        stat.section.to_string(),
        stat.text(body).to_owned(),
    ]
}

/// One row of a figures table.
#[derive(Clone, Copy)]
pub struct FigureRow<'a> {
    /// The Document cell: the document's name or display path.
    pub document: &'a str,
    /// The body the figure's spans point into.
    pub body: &'a str,
    pub stat: &'a Statistic,
}

/// The given rows (a document name column first when `document_column` names it) with a
/// header, in `format`. Every row ends with a newline.
pub fn table<'a>(
    rows: impl IntoIterator<Item = FigureRow<'a>>,
    format: TableFormat,
    document_column: Option<&str>,
) -> String {
    let header: Vec<&str> = document_column
        .into_iter()
        .chain(FIGURE_COLUMNS.iter().copied())
        .collect();
    let body: Vec<Vec<String>> = rows
        .into_iter()
        .map(|row| {
            let cells = figure_cells(row.stat, row.body);
            document_column
                .map(|_| row.document.to_owned())
                .into_iter()
                .chain(cells)
                .collect()
        })
        .collect();
    match format {
        TableFormat::Tsv => delimited(&header, &body, b'\t'),
        TableFormat::Csv => delimited(&header, &body, b','),
        TableFormat::Markdown => markdown(&header, &body),
    }
}

/// Every figure of one document, with a header, in `format`.
pub fn statistics_table(document: &Document, format: TableFormat) -> String {
    let rows = document.statistics.iter().map(|stat| FigureRow {
        document: document.display_name(),
        body: &document.text,
        stat,
    });
    table(rows, format, None)
}

/// The figures at `indices` (a selection, in its order), with a header, in `format`. An empty
/// selection is a table of no rows.
pub fn selected_statistics_table(
    document: &Document,
    indices: &[usize],
    format: TableFormat,
) -> String {
    let rows = indices
        .iter()
        .filter_map(|&i| document.statistics.get(i))
        .map(|stat| FigureRow {
            document: document.display_name(),
            body: &document.text,
            stat,
        });
    table(rows, format, None)
}

/// A figure with where it came from, for a note: "over 6 t of illegal narcotics —
/// International Narcotics Control Strategy Report, March 1996: Kazakstan, I. Summary", where
/// `source_name` is the document's title (or its name in a collection).
pub fn citation_from(source_name: &str, stat: &Statistic) -> String {
    let mut figure = String::new();
    if !stat.qualifier.is_empty() {
        figure.push_str(stat.qualifier);
        figure.push(' ');
    }
    figure.push_str(&plain_number(stat.value));
    if let Some(max) = stat.value_max {
        figure.push('–');
        figure.push_str(&plain_number(max));
    }
    if !stat.unit.is_empty() {
        if !matches!(&*stat.unit, "%" | "‰") {
            figure.push(' ');
        }
        figure.push_str(&stat.unit);
    }
    if !stat.measures.is_empty() {
        figure.push_str(if stat.unit.is_empty() { " " } else { " of " });
        figure.push_str(&stat.measures);
    }
    let mut source = source_name.to_owned();
    if !stat.section.is_empty() {
        source.push_str(", ");
        source.push_str(&stat.section);
    }
    format!("{figure} — {source}")
}

/// One JSON object (a line of JSON Lines) for a document: the `dossier extract` contract.
pub fn json_line(document: &Document) -> String {
    // A `Document` holds only strings, numbers and lists, which always serialise; should that
    // ever change, the line still names the file and says why, as valid JSON.
    serde_json::to_string(document).unwrap_or_else(|error| {
        serde_json::json!({ "path": document.path, "warnings": [error.to_string()] }).to_string()
    })
}

fn delimited(header: &[&str], body: &[Vec<String>], delimiter: u8) -> String {
    let mut writer = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .terminator(csv::Terminator::Any(b'\n'))
        .quote_style(if delimiter == b'\t' {
            csv::QuoteStyle::Never
        } else {
            csv::QuoteStyle::Necessary
        })
        .from_writer(Vec::new());
    let clean = |cell: &str| {
        if delimiter == b'\t' {
            // TSV has no quoting: a tab or newline inside a cell would split it.
            cell.replace(['\t', '\n', '\r'], " ")
        } else {
            cell.to_owned()
        }
    };
    let _ = writer.write_record(header.iter().map(|h| clean(h)));
    for row in body {
        let _ = writer.write_record(row.iter().map(|c| clean(c)));
    }
    let bytes = writer.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

fn markdown(header: &[&str], body: &[Vec<String>]) -> String {
    let escape = |cell: &str| cell.replace('|', "\\|").replace(['\n', '\r'], " ");
    let mut out = String::new();
    let line = |cells: Vec<String>| format!("| {} |\n", cells.join(" | "));
    out.push_str(&line(header.iter().map(|h| escape(h)).collect()));
    out.push_str(&line(header.iter().map(|_| "---".to_owned()).collect()));
    for row in body {
        out.push_str(&line(row.iter().map(|c| escape(c)).collect()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Span;

    #[test]
    fn plain_numbers_read_as_numbers_in_a_spreadsheet() {
        assert_eq!(plain_number(5000.0), "5000");
        assert_eq!(plain_number(1.0 / 14.0), "0.0714");
        assert_eq!(plain_number(12.5), "12.5");
        assert_eq!(plain_number(1.1e9), "1100000000");
        assert_eq!(plain_number(2.0 / 3.0), "0.6667");
    }

    #[test]
    fn tsv_cells_never_carry_tabs_or_newlines() {
        let stat = Statistic {
            value: 6.0,
            unit: "t".into(),
            measures: "illegal\tnarcotics".into(),
            span: Span::new(0, 13),
            ..Statistic::default()
        };
        let row = FigureRow {
            document: "doc",
            body: "over six\ntons",
            stat: &stat,
        };
        let tsv = table([row], TableFormat::Tsv, None);
        let lines: Vec<&str> = tsv.lines().collect();
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[1].split('\t').count(), FIGURE_COLUMNS.len());
    }
}
