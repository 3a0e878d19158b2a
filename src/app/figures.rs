//! The figures table's state: which rows show (filter, kind), in what order (sort), which are
//! selected, and what a copy of them looks like. Everything copied goes through
//! [`crate::export`], so the window and `dossier extract` agree byte for byte.

use super::command::CopyForm;
use super::fold::{contains_folded, fold};
use crate::document::{Document, StatKind, Statistic};
use crate::export::{self, FIGURE_COLUMNS, TableFormat};
use std::cmp::Ordering;
use std::collections::BTreeSet;
use std::sync::Arc;

/// A column of the figures table, by its index in [`FIGURE_COLUMNS`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FigureColumn(pub usize);

impl FigureColumn {
    pub const VALUE: FigureColumn = FigureColumn(0);
    pub const MAX: FigureColumn = FigureColumn(1);
    pub const SECTION: FigureColumn = FigureColumn(6);

    pub fn title(self) -> &'static str {
        FIGURE_COLUMNS.get(self.0).copied().unwrap_or("")
    }

    /// Whether the column holds numbers (sorted by value, right-aligned).
    pub fn is_numeric(self) -> bool {
        self == Self::VALUE || self == Self::MAX
    }
}

/// Ascending or descending.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SortDirection {
    Ascending,
    Descending,
}

/// Sort, filter and selection of one document's figures.
#[derive(Debug, Default)]
pub struct FiguresState {
    /// Text filter, matched (folded) against every cell.
    pub filter: String,
    /// Only figures of this kind, or all.
    pub kind: Option<StatKind>,
    /// `None`: the order of the document.
    pub sort: Option<(FigureColumn, SortDirection)>,
    /// Statistic indices.
    pub selected: BTreeSet<usize>,
    /// Where a Shift+click range starts.
    pub anchor: Option<usize>,
    /// Scroll the table so this statistic's row shows.
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
    /// The statistic indices shown, in table order. Recomputed only when filter or sort change.
    pub fn view(&mut self, document: &Document) -> Arc<[usize]> {
        let key = ViewKey {
            filter: self.filter.clone(),
            kind: self.kind,
            sort: self.sort,
            rows: document.statistics.len(),
        };
        if self.view_key.as_ref() != Some(&key) {
            self.view = compute_view(document, &key.filter, key.kind, key.sort).into();
            self.view_key = Some(key);
        }
        Arc::clone(&self.view)
    }

    /// Clicking a column header: ascending, then descending, then the document's order.
    pub fn click_header(&mut self, column: FigureColumn) {
        self.sort = match self.sort {
            Some((c, SortDirection::Ascending)) if c == column => {
                Some((column, SortDirection::Descending))
            }
            Some((c, SortDirection::Descending)) if c == column => None,
            _ => Some((column, SortDirection::Ascending)),
        };
    }

    /// A click on a row, with the modifiers held: plain selects one, Ctrl toggles, Shift
    /// extends from the anchor in table order.
    pub fn click_row(&mut self, document: &Document, stat: usize, modifiers: egui::Modifiers) {
        if modifiers.shift
            && let Some(anchor) = self.anchor
        {
            let view = self.view(document);
            let a = view.iter().position(|&i| i == anchor);
            let b = view.iter().position(|&i| i == stat);
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
            if !self.selected.remove(&stat) {
                self.selected.insert(stat);
            }
        } else {
            self.selected.clear();
            self.selected.insert(stat);
        }
        self.anchor = Some(stat);
    }

    /// Selects every row the filter shows.
    pub fn select_all(&mut self, document: &Document) {
        let view = self.view(document);
        self.selected = view.iter().copied().collect();
    }

    /// The selected statistics, in table order.
    pub fn selected_in_view_order(&mut self, document: &Document) -> Vec<usize> {
        let selected = self.selected.clone();
        self.view(document)
            .iter()
            .copied()
            .filter(|i| selected.contains(i))
            .collect()
    }
}

/// The figures to show, filtered and sorted.
pub fn compute_view(
    document: &Document,
    filter: &str,
    kind: Option<StatKind>,
    sort: Option<(FigureColumn, SortDirection)>,
) -> Vec<usize> {
    let needle = fold(filter.trim());
    let mut rows: Vec<usize> = document
        .statistics
        .iter()
        .enumerate()
        .filter(|(_, s)| kind.is_none_or(|k| s.kind == k))
        .filter(|(_, s)| {
            needle.is_empty()
                || export::figure_cells(s)
                    .iter()
                    .any(|cell| contains_folded(cell, &needle))
        })
        .map(|(i, _)| i)
        .collect();
    if let Some((column, direction)) = sort {
        let stats = &document.statistics;
        rows.sort_by(|&a, &b| {
            let (Some(sa), Some(sb)) = (stats.get(a), stats.get(b)) else {
                return Ordering::Equal;
            };
            let order = compare(sa, sb, column);
            let order = match direction {
                SortDirection::Ascending => order,
                SortDirection::Descending => order.reverse(),
            };
            order.then(a.cmp(&b))
        });
    }
    rows
}

/// Numbers by value (a missing maximum last), text by its folded form.
fn compare(a: &Statistic, b: &Statistic, column: FigureColumn) -> Ordering {
    match column {
        FigureColumn::VALUE => a.value.total_cmp(&b.value),
        FigureColumn::MAX => match (a.value_max, b.value_max) {
            (Some(x), Some(y)) => x.total_cmp(&y),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        },
        FigureColumn(column) => {
            let cell = |s: &Statistic| {
                export::figure_cells(s)
                    .get(column)
                    .map(|c| fold(c))
                    .unwrap_or_default()
            };
            cell(a).cmp(&cell(b))
        }
    }
}

/// The text a copy puts on the clipboard for `rows` (statistic indices, in order).
pub fn copy_text(document: &Document, rows: &[usize], form: CopyForm) -> String {
    let name = document.display_name();
    let stats = || {
        rows.iter()
            .filter_map(|&i| document.statistics.get(i))
            .map(move |s| (name, s))
    };
    match form {
        CopyForm::Rows => export::table(stats(), TableFormat::Tsv, None),
        CopyForm::Csv => export::table(stats(), TableFormat::Csv, None),
        CopyForm::Markdown => export::table(stats(), TableFormat::Markdown, None),
        CopyForm::Value => stats()
            .map(|(_, s)| export::plain_number(s.value))
            .collect::<Vec<_>>()
            .join("\n"),
        CopyForm::Citation => stats()
            .map(|(_, s)| export::citation(document, s))
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
}
