//! The figures table: a filter field and a kind filter, sortable headers, rows selected by
//! click, Shift+click, Ctrl+click, and a right-click menu of copies. The statistics panel
//! shows one document's figures with it; a library's All figures view shows every figure of
//! the collection with a Document column.

use super::theme::{self, Palette};
use crate::app::command::{Command, CopyForm};
use crate::app::figures::{FigureColumn, FigureRows, FiguresState, SortDirection};
use crate::document::StatKind;
use crate::export::figure_cells;
use egui::{Align, Button, Layout, RichText};
use egui_extras::Column;

/// Height of a table row, in points.
pub const ROW_HEIGHT_PX: f32 = 26.0;
/// Initial column widths of the figures columns, in [`crate::export::FIGURE_COLUMNS`] order.
const FIGURE_WIDTHS_PX: [f32; 8] = [66.0, 44.0, 42.0, 92.0, 66.0, 150.0, 160.0, 200.0];
/// Initial width of the Document column.
const DOCUMENT_WIDTH_PX: f32 = 170.0;
/// Initial width of the Value and Max columns of a library's table.
const LIBRARY_NUMBER_WIDTH_PX: f32 = 100.0;

/// What happened in the table this frame (selection and sorting are already applied).
#[derive(Debug, Default)]
pub struct TableOutput {
    /// A plain click on this row: show its figure.
    pub shown: Option<usize>,
    /// A double-click on this row, or its menu's open item.
    pub opened: Option<usize>,
    pub selection_changed: bool,
    pub filter_changed: bool,
    /// A copy chosen in a row's menu.
    pub command: Option<Command>,
}

/// Draws the table of `rows`; `open_label` names the menu item that shows a figure in its
/// text ("Show in text", "Open at this figure").
pub fn figures_table_ui(
    ui: &mut egui::Ui,
    id: egui::Id,
    rows: &dyn FigureRows,
    state: &mut FiguresState,
    open_label: &str,
) -> TableOutput {
    let palette = Palette::of(ui.ctx());
    let mut output = TableOutput::default();
    ui.horizontal(|ui| {
        let filter = ui.add(
            egui::TextEdit::singleline(&mut state.filter)
                .hint_text("Filter figures")
                .desired_width((ui.available_width() - 150.0).max(80.0)),
        );
        super::name_widget(ui, &filter, "Filter figures");
        output.filter_changed = filter.changed();
        let kind_label = state.kind.map_or("All kinds", StatKind::as_str);
        let combo = egui::ComboBox::from_id_salt(id.with("kind"))
            .selected_text(kind_label)
            .width(120.0)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut state.kind, None, "All kinds");
                for kind in StatKind::ALL {
                    ui.selectable_value(&mut state.kind, Some(kind), kind.as_str());
                }
            });
        combo.response.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::ComboBox, true, "Kind of figure")
        });
    });
    let view = state.view(rows);
    let selected_count = state.selected.len();
    let mut summary = format!("{} of {} figures", view.len(), rows.row_count());
    if selected_count > 0 {
        summary.push_str(&format!("  ·  {selected_count} selected — Ctrl+C copies"));
    } else {
        summary.push_str("  ·  Ctrl+Shift+C copies the table");
    }
    ui.horizontal(|ui| {
        ui.label(RichText::new(summary).small().color(palette.faint));
    });
    ui.add_space(2.0);

    let columns = FigureColumn::all(rows);
    let scroll_to = state
        .scroll_to
        .take()
        .and_then(|row| view.iter().position(|&i| i == row));
    let modifiers = ui.input(|i| i.modifiers);
    let sort = state.sort;
    let mut header_clicked = None;
    let mut row_clicked: Option<(usize, bool)> = None;
    let mut row_secondary = None;

    egui::ScrollArea::horizontal()
        .id_salt(id.with("h"))
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let mut table = super::clickable_table(ui, id);
            for (position, column) in columns.iter().enumerate() {
                let width = if *column == FigureColumn::DOCUMENT {
                    DOCUMENT_WIDTH_PX
                } else if column.is_numeric() && rows.document_column().is_some() {
                    // A collection's figures run to billions more often than one report's.
                    LIBRARY_NUMBER_WIDTH_PX
                } else {
                    FIGURE_WIDTHS_PX.get(column.0).copied().unwrap_or(80.0)
                };
                table = table.column(if position + 1 == columns.len() {
                    Column::remainder().at_least(width)
                } else {
                    Column::initial(width).at_least(36.0).clip(true)
                });
            }
            if let Some(row) = scroll_to {
                table = table.scroll_to_row(row, Some(Align::Center));
            }
            table
                .header(ROW_HEIGHT_PX + 2.0, |mut header| {
                    for column in &columns {
                        header.col(|ui| {
                            if header_ui(ui, *column, sort, &palette) {
                                header_clicked = Some(*column);
                            }
                        });
                    }
                })
                .body(|body| {
                    body.rows(ROW_HEIGHT_PX, view.len(), |mut row| {
                        let Some(&index) = view.get(row.index()) else {
                            return;
                        };
                        let Some(stat) = rows.statistic(index) else {
                            return;
                        };
                        let is_selected = state.selected.contains(&index);
                        row.set_selected(is_selected);
                        let cells = figure_cells(stat, rows.body(index));
                        for column in &columns {
                            row.col(|ui| {
                                let text = if *column == FigureColumn::DOCUMENT {
                                    RichText::new(short_document_name(rows.document(index)))
                                        .color(palette.accent)
                                } else if *column == FigureColumn::VALUE {
                                    RichText::new(super::format_number(stat.value))
                                        .font(theme::sans_bold(theme::UI_SIZE_PT))
                                        .color(palette.heading)
                                } else if *column == FigureColumn::MAX {
                                    RichText::new(
                                        stat.value_max
                                            .map(super::format_number)
                                            .unwrap_or_default(),
                                    )
                                } else if column.0 == 7 {
                                    RichText::new(cells.get(7).cloned().unwrap_or_default())
                                        .italics()
                                        .color(palette.muted)
                                } else {
                                    RichText::new(cells.get(column.0).cloned().unwrap_or_default())
                                };
                                let label = egui::Label::new(text).truncate().selectable(false);
                                if column.is_numeric() {
                                    ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                                        ui.add_space(6.0);
                                        ui.add(label);
                                    });
                                } else {
                                    ui.add(label);
                                }
                            });
                        }
                        let response = row.response();
                        super::name_option(&response, is_selected, || {
                            format!("Figure {}: {}", index + 1, stat.text(rows.body(index)))
                        });
                        if response.double_clicked() {
                            output.opened = Some(index);
                        } else if response.clicked() {
                            row_clicked = Some((index, modifiers.shift || modifiers.command));
                        }
                        if response.secondary_clicked() {
                            row_secondary = Some(index);
                        }
                        response.context_menu(|ui| {
                            if let Some(command) = row_menu_ui(ui, selected_count) {
                                output.command = Some(command);
                            }
                            ui.separator();
                            if ui.button(open_label).clicked() {
                                output.opened = Some(index);
                                ui.close();
                            }
                        });
                    });
                });
        });

    if let Some(column) = header_clicked {
        state.click_header(column);
    }
    if let Some((row, extending)) = row_clicked {
        state.click_row(rows, row, modifiers);
        output.selection_changed = true;
        if !extending {
            output.shown = Some(row);
        }
    }
    if let Some(row) = row_secondary
        && !state.selected.contains(&row)
    {
        state.click_row(rows, row, egui::Modifiers::NONE);
        output.selection_changed = true;
    }
    output
}

/// A sortable column header with its arrow; returns whether it was clicked.
pub fn sort_header_ui(
    ui: &mut egui::Ui,
    title: &str,
    direction: Option<SortDirection>,
    palette: &Palette,
) -> bool {
    let arrow = match direction {
        Some(SortDirection::Ascending) => " ▲",
        Some(SortDirection::Descending) => " ▼",
        None => "",
    };
    let text = RichText::new(format!("{title}{arrow}"))
        .font(theme::sans_bold(12.5))
        .color(palette.muted);
    let response = ui.add(Button::new(text).frame_when_inactive(false));
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Button, true, format!("Sort by {title}"))
    });
    response.clicked()
}

fn header_ui(
    ui: &mut egui::Ui,
    column: FigureColumn,
    sort: Option<(FigureColumn, SortDirection)>,
    palette: &Palette,
) -> bool {
    let direction = sort.filter(|(c, _)| *c == column).map(|(_, d)| d);
    sort_header_ui(ui, column.title(), direction, palette)
}

/// The copies a row's menu offers; returns the one chosen.
fn row_menu_ui(ui: &mut egui::Ui, selected_count: usize) -> Option<Command> {
    let mut chosen = None;
    for form in [
        CopyForm::Value,
        CopyForm::Rows,
        CopyForm::Csv,
        CopyForm::Markdown,
        CopyForm::Citation,
    ] {
        let label = if form == CopyForm::Rows && selected_count > 1 {
            format!("Copy {selected_count} rows")
        } else {
            Command::CopyFigures(form).label()
        };
        if ui.button(label).clicked() {
            chosen = Some(Command::CopyFigures(form));
            ui.close();
        }
    }
    chosen
}

/// The file name of a display path: `a.zip!/1996/kz.html` → `kz.html`.
pub fn short_document_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}
