//! The figures table's state: which rows show (filter, kind), in what order (sort), which are
//! selected, and what a copy of them looks like. One document's table and a library's
//! all-figures table are the same table over different [`FigureRows`]; the library's has a
//! Document column. Everything copied goes through [`crate::export`], so the window and
//! `dossier extract` agree byte for byte.

use super::command::CopyForm;
use crate::collection::{DocumentSummary, contains_folded, fold};
use crate::document::{Document, StatKind, Statistic};
use crate::export::{self, FIGURE_COLUMNS, FigureRow, TableFormat};
use std::cmp::Ordering;
use std::collections::BTreeSet;
use std::sync::Arc;

/// The rows of a figures table: one document's statistics, or every statistic of a library.
/// Rows are numbered from 0 and keep their number while rows are added after them.
pub trait FigureRows {
    /// How many rows there are.
    fn row_count(&self) -> usize;
    /// The statistic of row `row`.
    fn statistic(&self, row: usize) -> Option<&Statistic>;
    /// The body row `row`'s spans point into.
    fn body(&self, row: usize) -> &str;
    /// The header of the Document column; `None` for one document's table, which has none.
    fn document_column(&self) -> Option<&'static str>;
    /// The Document cell of row `row`, as copied (a library's display path); the source name
    /// citations use when there is no Document column.
    fn document(&self, row: usize) -> &str;
    /// The name a citation of row `row` gives as its source (the document's title).
    fn source_name(&self, row: usize) -> &str;
}

impl FigureRows for Document {
    fn row_count(&self) -> usize {
        self.statistics.len()
    }

    fn statistic(&self, row: usize) -> Option<&Statistic> {
        self.statistics.get(row)
    }

    fn body(&self, _row: usize) -> &str {
        &self.text
    }

    fn document_column(&self) -> Option<&'static str> {
        None
    }

    fn document(&self, _row: usize) -> &str {
        self.display_name()
    }

    fn source_name(&self, _row: usize) -> &str {
        self.display_name()
    }
}

/// Every statistic of a library's documents, in collection order: row `i` is statistic
/// `rows[i].1` of document `rows[i].0`. The Document column holds the display path, as in
/// [`crate::collection::figures_table`].
pub struct LibraryFigures<'a> {
    pub documents: &'a [DocumentSummary],
    pub rows: &'a [(u32, u32)],
}

impl LibraryFigures<'_> {
    fn summary(&self, row: usize) -> Option<&DocumentSummary> {
        let &(document, _) = self.rows.get(row)?;
        self.documents.get(document as usize)
    }
}

impl FigureRows for LibraryFigures<'_> {
    fn row_count(&self) -> usize {
        self.rows.len()
    }

    fn statistic(&self, row: usize) -> Option<&Statistic> {
        let &(_, stat) = self.rows.get(row)?;
        self.summary(row)?.statistics.get(stat as usize)
    }

    fn body(&self, row: usize) -> &str {
        self.summary(row).map_or("", |d| d.text.as_str())
    }

    fn document_column(&self) -> Option<&'static str> {
        Some("Document")
    }

    fn document(&self, row: usize) -> &str {
        self.summary(row).map_or("", |d| d.path.as_str())
    }

    fn source_name(&self, row: usize) -> &str {
        self.summary(row).map_or("", DocumentSummary::display_name)
    }
}

/// A column of the figures table: an index in [`FIGURE_COLUMNS`], or [`FigureColumn::DOCUMENT`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FigureColumn(pub usize);

impl FigureColumn {
    pub const VALUE: FigureColumn = FigureColumn(0);
    pub const MAX: FigureColumn = FigureColumn(1);
    pub const SECTION: FigureColumn = FigureColumn(6);
    /// The Document column of a library's table (one past the figure columns).
    pub const DOCUMENT: FigureColumn = FigureColumn(FIGURE_COLUMNS.len());

    pub fn title(self) -> &'static str {
        if self == Self::DOCUMENT {
            return "Document";
        }
        FIGURE_COLUMNS.get(self.0).copied().unwrap_or("")
    }

    /// Whether the column holds numbers (sorted by value, right-aligned).
    pub fn is_numeric(self) -> bool {
        self == Self::VALUE || self == Self::MAX
    }

    /// The columns of a table over `rows`, left to right.
    pub fn all(rows: &dyn FigureRows) -> Vec<FigureColumn> {
        rows.document_column()
            .map(|_| Self::DOCUMENT)
            .into_iter()
            .chain((0..FIGURE_COLUMNS.len()).map(FigureColumn))
            .collect()
    }
}

/// Ascending or descending.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SortDirection {
    Ascending,
    Descending,
}

/// The sort after a click on `column`'s header: ascending, then descending, then none (the
/// rows' own order). Every sortable table of the window cycles this way.
pub fn next_sort<C: PartialEq>(
    sort: Option<(C, SortDirection)>,
    column: C,
) -> Option<(C, SortDirection)> {
    match sort {
        Some((c, SortDirection::Ascending)) if c == column => {
            Some((column, SortDirection::Descending))
        }
        Some((c, SortDirection::Descending)) if c == column => None,
        _ => Some((column, SortDirection::Ascending)),
    }
}

/// Sort, filter and selection of a figures table.
#[derive(Debug, Default)]
pub struct FiguresState {
    /// Text filter, matched (folded) against every cell.
    pub filter: String,
    /// Only figures of this kind, or all.
    pub kind: Option<StatKind>,
    /// `None`: the order of the rows (the document's, the collection's).
    pub sort: Option<(FigureColumn, SortDirection)>,
    /// Row numbers.
    pub selected: BTreeSet<usize>,
    /// Where a Shift+click range starts.
    pub anchor: Option<usize>,
    /// Scroll the table so this row shows.
    pub scroll_to: Option<usize>,
    view: Arc<[usize]>,
    view_key: Option<ViewKey>,
}

#[derive(Clone, Debug, PartialEq)]
struct ViewKey {
    filter: String,
    kind: Option<StatKind>,
    sort: Option<(FigureColumn, SortDirection)>,
    rows: usize,
}

impl FiguresState {
    /// The row numbers shown, in table order. Recomputed only when the filter, the sort or the
    /// number of rows change.
    pub fn view(&mut self, rows: &dyn FigureRows) -> Arc<[usize]> {
        let key = ViewKey {
            filter: self.filter.clone(),
            kind: self.kind,
            sort: self.sort,
            rows: rows.row_count(),
        };
        match &self.view_key {
            Some(old) if *old == key => {}
            // Rows arrived (a library being indexed) and the table keeps their order: only the
            // new rows need filtering.
            Some(old)
                if key.sort.is_none()
                    && (&old.filter, old.kind) == (&key.filter, key.kind)
                    && old.rows < key.rows =>
            {
                let needle = fold(key.filter.trim());
                let mut view = self.view.to_vec();
                view.extend(
                    (old.rows..key.rows).filter(|&row| shows(rows, row, &needle, key.kind)),
                );
                self.view = view.into();
                self.view_key = Some(key);
            }
            _ => {
                self.view = compute_view(rows, &key.filter, key.kind, key.sort).into();
                self.view_key = Some(key);
            }
        }
        Arc::clone(&self.view)
    }

    /// Clicking a column header: ascending, then descending, then the rows' own order.
    pub fn click_header(&mut self, column: FigureColumn) {
        self.sort = next_sort(self.sort, column);
    }

    /// A click on a row, with the modifiers held: plain selects one, Ctrl toggles, Shift
    /// extends from the anchor in table order.
    pub fn click_row(&mut self, rows: &dyn FigureRows, row: usize, modifiers: egui::Modifiers) {
        if modifiers.shift
            && let Some(anchor) = self.anchor
        {
            let view = self.view(rows);
            let a = view.iter().position(|&i| i == anchor);
            let b = view.iter().position(|&i| i == row);
            if let (Some(a), Some(b)) = (a, b) {
                let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
                if !modifiers.command {
                    self.selected.clear();
                }
                self.selected.extend(view[lo..=hi].iter().copied());
                return;
            }
        }
        if modifiers.command {
            if !self.selected.remove(&row) {
                self.selected.insert(row);
            }
        } else {
            self.selected.clear();
            self.selected.insert(row);
        }
        self.anchor = Some(row);
    }

    /// Selects every row the filter shows.
    pub fn select_all(&mut self, rows: &dyn FigureRows) {
        let view = self.view(rows);
        self.selected = view.iter().copied().collect();
    }

    /// The selected rows, in table order.
    pub fn selected_in_view_order(&mut self, rows: &dyn FigureRows) -> Vec<usize> {
        let selected = self.selected.clone();
        self.view(rows)
            .iter()
            .copied()
            .filter(|i| selected.contains(i))
            .collect()
    }

    /// Makes `row` show: clears the filter and kind when they hide it, and scrolls to it.
    pub fn reveal(&mut self, rows: &dyn FigureRows, row: usize) {
        if !self.view(rows).contains(&row) {
            self.filter.clear();
            self.kind = None;
        }
        self.scroll_to = Some(row);
    }
}

/// The text of `column` in `row`, as copied.
fn cell(rows: &dyn FigureRows, row: usize, stat: &Statistic, column: FigureColumn) -> String {
    if column == FigureColumn::DOCUMENT {
        return rows.document(row).to_owned();
    }
    export::figure_cells(stat, rows.body(row))
        .get(column.0)
        .cloned()
        .unwrap_or_default()
}

/// Whether `row` passes the filter (`needle`, folded, matched against every cell) and the kind.
fn shows(rows: &dyn FigureRows, row: usize, needle: &str, kind: Option<StatKind>) -> bool {
    let Some(stat) = rows.statistic(row) else {
        return false;
    };
    kind.is_none_or(|k| stat.kind == k)
        && (needle.is_empty()
            || export::figure_cells(stat, rows.body(row))
                .iter()
                .any(|cell| contains_folded(cell, needle))
            || (rows.document_column().is_some() && contains_folded(rows.document(row), needle)))
}

/// The rows to show, filtered and sorted.
pub fn compute_view(
    rows: &dyn FigureRows,
    filter: &str,
    kind: Option<StatKind>,
    sort: Option<(FigureColumn, SortDirection)>,
) -> Vec<usize> {
    let needle = fold(filter.trim());
    let mut shown: Vec<usize> = (0..rows.row_count())
        .filter(|&row| shows(rows, row, &needle, kind))
        .collect();
    if let Some((column, direction)) = sort {
        // Sort keys once, not once per comparison: a library's table has thousands of rows.
        let keys: Vec<SortKey> = shown
            .iter()
            .map(|&row| match rows.statistic(row) {
                Some(stat) => SortKey::of(rows, row, stat, column),
                None => SortKey::Text(String::new()),
            })
            .collect();
        sort_rows(&mut shown, &keys, direction, SortKey::cmp);
    }
    shown
}

/// Orders `rows` by `keys` (one per row, computed once) in `direction`; ties keep the rows'
/// own order.
pub fn sort_rows<K>(
    rows: &mut Vec<usize>,
    keys: &[K],
    direction: SortDirection,
    compare: impl Fn(&K, &K) -> Ordering,
) {
    let mut order: Vec<usize> = (0..rows.len().min(keys.len())).collect();
    order.sort_by(|&a, &b| {
        let order = compare(&keys[a], &keys[b]);
        let order = match direction {
            SortDirection::Ascending => order,
            SortDirection::Descending => order.reverse(),
        };
        order.then(rows[a].cmp(&rows[b]))
    });
    *rows = order.into_iter().map(|i| rows[i]).collect();
}

/// What a row sorts by in one column: numbers by value (a missing maximum last), text by its
/// folded form.
#[derive(Debug, PartialEq)]
enum SortKey {
    Number(Option<f64>),
    Text(String),
}

impl SortKey {
    fn of(rows: &dyn FigureRows, row: usize, stat: &Statistic, column: FigureColumn) -> Self {
        match column {
            FigureColumn::VALUE => SortKey::Number(Some(stat.value)),
            FigureColumn::MAX => SortKey::Number(stat.value_max),
            _ => SortKey::Text(fold(&cell(rows, row, stat, column))),
        }
    }

    fn cmp(&self, other: &Self) -> Ordering {
        match (self, other) {
            (SortKey::Number(Some(x)), SortKey::Number(Some(y))) => x.total_cmp(y),
            (SortKey::Number(Some(_)), SortKey::Number(None)) => Ordering::Less,
            (SortKey::Number(None), SortKey::Number(Some(_))) => Ordering::Greater,
            (SortKey::Text(x), SortKey::Text(y)) => x.cmp(y),
            _ => Ordering::Equal,
        }
    }
}

/// The text a copy puts on the clipboard for `selected` (row numbers, in order).
pub fn copy_text(rows: &dyn FigureRows, selected: &[usize], form: CopyForm) -> String {
    let stats = || {
        selected
            .iter()
            .filter_map(|&row| rows.statistic(row).map(|s| (row, s)))
    };
    let table = |format| {
        export::table(
            stats().map(|(row, stat)| FigureRow {
                document: rows.document(row),
                body: rows.body(row),
                stat,
            }),
            format,
            rows.document_column(),
        )
    };
    match form {
        CopyForm::Rows => table(TableFormat::Tsv),
        CopyForm::Csv => table(TableFormat::Csv),
        CopyForm::Markdown => table(TableFormat::Markdown),
        CopyForm::Value => stats()
            .map(|(_, s)| export::plain_number(s.value))
            .collect::<Vec<_>>()
            .join("\n"),
        CopyForm::Citation => stats()
            .map(|(row, s)| export::citation_from(rows.source_name(row), s))
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

/// "Copied 20 rows", "Copied 1 row", "Copied 3 citations".
pub fn copied_notice(count: usize, form: CopyForm) -> String {
    let noun = match form {
        CopyForm::Value => "value",
        CopyForm::Citation => "citation",
        CopyForm::Rows | CopyForm::Csv | CopyForm::Markdown => "row",
    };
    let plural = if count == 1 { "" } else { "s" };
    let how = match form {
        CopyForm::Csv => " as CSV",
        CopyForm::Markdown => " as a Markdown table",
        _ => "",
    };
    format!("Copied {count} {noun}{plural}{how}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn document() -> Document {
        let stat = |value: f64, measures: &str| Statistic {
            value,
            measures: measures.into(),
            ..Statistic::default()
        };
        Document {
            title: "T".into(),
            statistics: vec![
                stat(6.0, "narcotics"),
                stat(8500.0, "crimes"),
                stat(70.0, "poppy"),
                stat(1220.0, "marijuana"),
            ],
            ..Document::default()
        }
    }

    #[test]
    fn sorting_by_value_orders_numbers_not_text() {
        let doc = document();
        let view = compute_view(
            &doc,
            "",
            None,
            Some((FigureColumn::VALUE, SortDirection::Ascending)),
        );
        assert_eq!(view, [0, 2, 3, 1]);
    }

    #[test]
    fn header_clicks_cycle_ascending_descending_and_document_order() {
        let mut state = FiguresState::default();
        state.click_header(FigureColumn::VALUE);
        assert_eq!(
            state.sort,
            Some((FigureColumn::VALUE, SortDirection::Ascending))
        );
        state.click_header(FigureColumn::VALUE);
        assert_eq!(
            state.sort,
            Some((FigureColumn::VALUE, SortDirection::Descending))
        );
        state.click_header(FigureColumn::VALUE);
        assert_eq!(state.sort, None);
    }

    #[test]
    fn shift_click_selects_a_range_in_table_order() {
        let doc = document();
        let mut state = FiguresState {
            sort: Some((FigureColumn::VALUE, SortDirection::Ascending)),
            ..FiguresState::default()
        };
        state.click_row(&doc, 2, egui::Modifiers::NONE);
        state.click_row(&doc, 1, egui::Modifiers::SHIFT);
        assert_eq!(state.selected_in_view_order(&doc), [2, 3, 1]);
        state.click_row(&doc, 3, egui::Modifiers::COMMAND);
        assert_eq!(state.selected_in_view_order(&doc), [2, 1]);
    }

    #[test]
    fn the_filter_matches_any_cell_ignoring_case() {
        let doc = document();
        assert_eq!(compute_view(&doc, "MARIJ", None, None), [3]);
    }

    fn library() -> Vec<DocumentSummary> {
        let doc = document();
        ["b.zip!/b.txt", "a.zip!/a.txt"]
            .iter()
            .enumerate()
            .map(|(entry, path)| DocumentSummary {
                entry,
                path: (*path).into(),
                statistics: doc.statistics.clone(),
                ..DocumentSummary::default()
            })
            .collect()
    }

    fn all_rows(documents: &[DocumentSummary]) -> Vec<(u32, u32)> {
        documents
            .iter()
            .enumerate()
            .flat_map(|(d, s)| (0..s.statistics.len()).map(move |i| (d as u32, i as u32)))
            .collect()
    }

    #[test]
    fn a_library_table_sorts_and_filters_by_document_too() {
        let documents = library();
        let rows = all_rows(&documents);
        let figures = LibraryFigures {
            documents: &documents,
            rows: &rows,
        };
        let by_document = Some((FigureColumn::DOCUMENT, SortDirection::Ascending));
        assert_eq!(
            compute_view(&figures, "", None, by_document),
            [4, 5, 6, 7, 0, 1, 2, 3]
        );
        assert_eq!(compute_view(&figures, "a.zip", None, None), [4, 5, 6, 7]);
    }

    #[test]
    fn rows_that_arrive_later_join_a_filtered_view() {
        let documents = library();
        let rows = all_rows(&documents);
        let mut state = FiguresState {
            filter: "marij".into(),
            ..FiguresState::default()
        };
        let first = LibraryFigures {
            documents: &documents[..1],
            rows: &rows[..4],
        };
        assert_eq!(*state.view(&first), [3]);
        let all = LibraryFigures {
            documents: &documents,
            rows: &rows,
        };
        assert_eq!(*state.view(&all), [3, 7]);
        assert_eq!(*state.view(&all), compute_view(&all, "marij", None, None));
    }

    #[test]
    fn a_library_copy_has_a_document_column_like_the_engines_table() {
        let documents = library();
        let rows = all_rows(&documents);
        let figures = LibraryFigures {
            documents: &documents,
            rows: &rows,
        };
        let all: Vec<usize> = (0..rows.len()).collect();
        assert_eq!(
            copy_text(&figures, &all, CopyForm::Rows),
            crate::collection::figures_table(&documents, TableFormat::Tsv)
        );
    }
}
