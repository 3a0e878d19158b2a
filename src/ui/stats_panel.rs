//! The statistics panel: Figures | Dates | Acronyms, each an `egui_extras` table. The figures
//! table sorts, filters, selects (click, Shift+click, Ctrl+click, Ctrl+A) and copies.

use super::theme::{self, Palette};
use crate::app::command::{Command, CopyForm};
use crate::app::figures::{FigureColumn, SortDirection};
use crate::app::tab::{DocumentTab, StatsView};
use crate::document::{Span, StatKind};
use crate::export::{FIGURE_COLUMNS, figure_cells};
use egui::{Align, Button, Layout, RichText, Sense};
use egui_extras::{Column, TableBuilder};
use std::sync::Arc;

/// Height of a table row, in points.
const ROW_HEIGHT_PX: f32 = 26.0;
/// Initial column widths of the figures table, in [`FIGURE_COLUMNS`] order.
const FIGURE_WIDTHS_PX: [f32; 8] = [66.0, 44.0, 42.0, 92.0, 66.0, 150.0, 160.0, 200.0];

/// Draws the panel for `tab`.
pub fn stats_panel_ui(ui: &mut egui::Ui, tab: &mut DocumentTab) -> Vec<Command> {
    let mut commands = Vec::new();
    let palette = Palette::of(ui.ctx());
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = 4.0;
        for view in StatsView::ALL {
            let count = match view {
                StatsView::Figures => tab.document.statistics.len(),
                StatsView::Dates => tab.document.dates.len(),
                StatsView::Acronyms => tab.document.acronyms.len(),
            };
            let selected = tab.stats_view == view;
            let text = RichText::new(view.label())
                .font(if selected {
                    theme::sans_bold(theme::UI_SIZE_PT)
                } else {
                    theme::sans(theme::UI_SIZE_PT)
                })
                .color(if selected {
                    palette.heading
                } else {
                    palette.muted
                });
            let count_text = RichText::new(count.to_string())
                .small()
                .color(palette.faint);
            let response = ui.add(
                Button::selectable(selected, (text, count_text)).min_size(egui::vec2(0.0, 28.0)),
            );
            response.widget_info(|| {
                egui::WidgetInfo::selected(egui::Role::Tab, true, selected, view.label())
            });
            if response.clicked() {
                tab.stats_view = view;
            }
        }
    });
    ui.add_space(6.0);
    match tab.stats_view {
        StatsView::Figures => figures_ui(ui, tab, &palette, &mut commands),
        StatsView::Dates => dates_ui(ui, tab, &palette, &mut commands),
        StatsView::Acronyms => acronyms_ui(ui, tab, &palette, &mut commands),
    }
    commands
}

fn empty_ui(ui: &mut egui::Ui, text: &str, palette: &Palette) {
    ui.add_space(24.0);
    ui.vertical_centered(|ui| {
        ui.label(RichText::new(text).color(palette.muted));
    });
}

fn figures_ui(
    ui: &mut egui::Ui,
    tab: &mut DocumentTab,
    palette: &Palette,
    commands: &mut Vec<Command>,
) {
    let document = Arc::clone(&tab.document);
    if document.statistics.is_empty() {
        empty_ui(ui, "No figures were found in this document.", palette);
        return;
    }
    ui.horizontal(|ui| {
        let filter = ui.add(
            egui::TextEdit::singleline(&mut tab.figures.filter)
                .hint_text("Filter figures")
                .desired_width((ui.available_width() - 150.0).max(80.0)),
        );
        super::name_widget(ui, &filter, "Filter figures");
        if filter.changed() {
            tab.body.decoration_generation += 1;
        }
        let kind_label = tab.figures.kind.map_or("All kinds", StatKind::as_str);
        let combo = egui::ComboBox::from_id_salt(("figure kind", tab.id))
            .selected_text(kind_label)
            .width(120.0)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut tab.figures.kind, None, "All kinds");
                for kind in StatKind::ALL {
                    ui.selectable_value(&mut tab.figures.kind, Some(kind), kind.as_str());
                }
            });
        combo.response.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::ComboBox, true, "Kind of figure")
        });
    });
    let view = tab.figures.view(&document);
    let selected_count = tab.figures.selected.len();
    ui.horizontal(|ui| {
        let mut summary = format!("{} of {} figures", view.len(), document.statistics.len());
        if selected_count > 0 {
            summary.push_str(&format!("  ·  {selected_count} selected — Ctrl+C copies"));
        } else {
            summary.push_str("  ·  Ctrl+Shift+C copies the table");
        }
        ui.label(RichText::new(summary).small().color(palette.faint));
    });
    ui.add_space(2.0);

    let scroll_to = tab
        .figures
        .scroll_to
        .take()
        .and_then(|stat| view.iter().position(|&i| i == stat));
    let modifiers = ui.input(|i| i.modifiers);
    let sort = tab.figures.sort;
    let mut header_clicked = None;
    let mut row_clicked: Option<(usize, bool)> = None;
    let mut row_secondary = None;
    let mut context_command = None;

    egui::ScrollArea::horizontal()
        .id_salt(("figures h", tab.id))
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let mut table = TableBuilder::new(ui)
                .id_salt(("figures", tab.id))
                .striped(true)
                .resizable(true)
                .sense(Sense::click())
                .auto_shrink([false, false])
                .cell_layout(Layout::left_to_right(Align::Center));
            for (column, width) in FIGURE_WIDTHS_PX.iter().enumerate() {
                let col = if column + 1 == FIGURE_COLUMNS.len() {
                    Column::remainder().at_least(*width)
                } else {
                    Column::initial(*width).at_least(36.0).clip(true)
                };
                table = table.column(col);
            }
            if let Some(row) = scroll_to {
                table = table.scroll_to_row(row, Some(Align::Center));
            }
            table
                .header(ROW_HEIGHT_PX + 2.0, |mut header| {
                    for (column, title) in FIGURE_COLUMNS.iter().enumerate() {
                        header.col(|ui| {
                            let arrow = match sort {
                                Some((c, SortDirection::Ascending)) if c.0 == column => " ▲",
                                Some((c, SortDirection::Descending)) if c.0 == column => " ▼",
                                _ => "",
                            };
                            let text = RichText::new(format!("{title}{arrow}"))
                                .font(theme::sans_bold(12.5))
                                .color(palette.muted);
                            let response = ui.add(Button::new(text).frame_when_inactive(false));
                            response.widget_info(|| {
                                egui::WidgetInfo::labeled(
                                    egui::Role::Button,
                                    true,
                                    format!("Sort by {title}"),
                                )
                            });
                            if response.clicked() {
                                header_clicked = Some(FigureColumn(column));
                            }
                        });
                    }
                })
                .body(|body| {
                    body.rows(ROW_HEIGHT_PX, view.len(), |mut row| {
                        let Some(&stat_index) = view.get(row.index()) else {
                            return;
                        };
                        let Some(stat) = document.statistics.get(stat_index) else {
                            return;
                        };
                        let is_selected = tab.figures.selected.contains(&stat_index);
                        row.set_selected(is_selected);
                        let cells = figure_cells(stat);
                        for (column, cell) in cells.iter().enumerate() {
                            row.col(|ui| {
                                let shown = if FigureColumn(column).is_numeric() {
                                    if column == 0 {
                                        super::format_number(stat.value)
                                    } else {
                                        stat.value_max.map(super::format_number).unwrap_or_default()
                                    }
                                } else {
                                    cell.clone()
                                };
                                let mut text = RichText::new(shown);
                                if column == 0 {
                                    text = text
                                        .font(theme::sans_bold(theme::UI_SIZE_PT))
                                        .color(palette.heading);
                                } else if column == 7 {
                                    text = text.italics().color(palette.muted);
                                }
                                if FigureColumn(column).is_numeric() {
                                    ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                                        ui.add_space(6.0);
                                        ui.add(egui::Label::new(text).truncate().selectable(false));
                                    });
                                } else {
                                    ui.add(egui::Label::new(text).truncate().selectable(false));
                                }
                            });
                        }
                        let response = row.response();
                        response.widget_info(|| {
                            egui::WidgetInfo::selected(
                                egui::Role::ListBoxOption,
                                true,
                                is_selected,
                                format!("Figure {}: {}", stat_index + 1, stat.text),
                            )
                        });
                        if response.clicked() {
                            row_clicked = Some((stat_index, modifiers.shift || modifiers.command));
                        }
                        if response.secondary_clicked() {
                            row_secondary = Some(stat_index);
                        }
                        response.context_menu(|ui| {
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
                                    context_command = Some(Command::CopyFigures(form));
                                    ui.close();
                                }
                            }
                            ui.separator();
                            if ui.button("Show in text").clicked() {
                                context_command = Some(Command::GoToFigure(stat_index));
                                ui.close();
                            }
                        });
                    });
                });
        });

    if let Some(column) = header_clicked {
        tab.figures.click_header(column);
    }
    if let Some((stat, extending)) = row_clicked {
        tab.figures.click_row(&document, stat, modifiers);
        tab.body.decoration_generation += 1;
        if !extending {
            commands.push(Command::GoToFigure(stat));
        }
    }
    if let Some(stat) = row_secondary
        && !tab.figures.selected.contains(&stat)
    {
        tab.figures
            .click_row(&document, stat, egui::Modifiers::NONE);
        tab.body.decoration_generation += 1;
    }
    if let Some(command) = context_command {
        commands.push(command);
    }
}

fn dates_ui(
    ui: &mut egui::Ui,
    tab: &mut DocumentTab,
    palette: &Palette,
    commands: &mut Vec<Command>,
) {
    let document = Arc::clone(&tab.document);
    if document.dates.is_empty() {
        empty_ui(ui, "No dates were found in this document.", palette);
        return;
    }
    let mut clicked: Option<(usize, Span)> = None;
    TableBuilder::new(ui)
        .id_salt(("dates", tab.id))
        .striped(true)
        .resizable(true)
        .sense(Sense::click())
        .auto_shrink([false, false])
        .cell_layout(Layout::left_to_right(Align::Center))
        .column(Column::initial(110.0).at_least(60.0))
        .column(Column::initial(200.0).at_least(60.0).clip(true))
        .column(Column::remainder().at_least(80.0))
        .header(ROW_HEIGHT_PX, |mut header| {
            for title in ["Date", "As written", "Section"] {
                header.col(|ui| {
                    ui.label(
                        RichText::new(title)
                            .font(theme::sans_bold(12.5))
                            .color(palette.muted),
                    );
                });
            }
        })
        .body(|body| {
            body.rows(ROW_HEIGHT_PX, document.dates.len(), |mut row| {
                let index = row.index();
                let Some(date) = document.dates.get(index) else {
                    return;
                };
                row.set_selected(tab.selected_date == Some(index));
                row.col(|ui| {
                    ui.label(
                        RichText::new(&date.value)
                            .font(theme::sans_bold(theme::UI_SIZE_PT))
                            .color(palette.heading),
                    );
                });
                row.col(|ui| {
                    ui.add(
                        egui::Label::new(RichText::new(&date.text).italics())
                            .truncate()
                            .selectable(false),
                    );
                });
                row.col(|ui| {
                    let section = document
                        .section_at(date.span.start)
                        .map_or("", |s| s.title.as_str());
                    ui.add(
                        egui::Label::new(RichText::new(section).color(palette.muted))
                            .truncate()
                            .selectable(false),
                    );
                });
                let response = row.response();
                response.widget_info(|| {
                    egui::WidgetInfo::labeled(
                        egui::Role::ListBoxOption,
                        true,
                        format!("Date: {}", date.text),
                    )
                });
                if response.clicked() {
                    clicked = Some((index, date.span));
                }
            });
        });
    if let Some((index, span)) = clicked {
        tab.selected_date = Some(index);
        commands.push(Command::GoToSpan(span));
    }
}

fn acronyms_ui(
    ui: &mut egui::Ui,
    tab: &mut DocumentTab,
    palette: &Palette,
    commands: &mut Vec<Command>,
) {
    let document = Arc::clone(&tab.document);
    if document.acronyms.is_empty() {
        empty_ui(ui, "No acronyms are defined in this document.", palette);
        return;
    }
    let mut clicked: Option<usize> = None;
    TableBuilder::new(ui)
        .id_salt(("acronyms", tab.id))
        .striped(true)
        .resizable(true)
        .sense(Sense::click())
        .auto_shrink([false, false])
        .cell_layout(Layout::left_to_right(Align::Center))
        .column(Column::initial(90.0).at_least(50.0))
        .column(Column::remainder().at_least(100.0))
        .header(ROW_HEIGHT_PX, |mut header| {
            for title in ["Short", "Stands for"] {
                header.col(|ui| {
                    ui.label(
                        RichText::new(title)
                            .font(theme::sans_bold(12.5))
                            .color(palette.muted),
                    );
                });
            }
        })
        .body(|body| {
            body.rows(ROW_HEIGHT_PX, document.acronyms.len(), |mut row| {
                let index = row.index();
                let Some(acronym) = document.acronyms.get(index) else {
                    return;
                };
                row.set_selected(tab.selected_acronym == Some(index));
                row.col(|ui| {
                    ui.label(
                        RichText::new(&acronym.short)
                            .font(theme::sans_bold(theme::UI_SIZE_PT))
                            .color(palette.heading),
                    );
                });
                row.col(|ui| {
                    ui.add(egui::Label::new(&acronym.long).truncate().selectable(false));
                });
                let response = row.response();
                response.widget_info(|| {
                    egui::WidgetInfo::labeled(
                        egui::Role::ListBoxOption,
                        true,
                        format!("Acronym: {} = {}", acronym.short, acronym.long),
                    )
                });
                if response.clicked() {
                    clicked = Some(index);
                }
            });
        });
    if let Some(index) = clicked {
        tab.selected_acronym = Some(index);
        if let Some(acronym) = document.acronyms.get(index) {
            // Where it is defined: "Ministry of Interior (MVD)", else its first use.
            let defined = format!("({})", acronym.short);
            let found = document
                .text
                .find(&defined)
                .map(|at| Span::new(at + 1, at + 1 + acronym.short.len()))
                .or_else(|| {
                    document
                        .text
                        .find(&acronym.short)
                        .map(|at| Span::new(at, at + acronym.short.len()))
                });
            if let Some(span) = found {
                commands.push(Command::GoToSpan(span));
            }
        }
    }
}
