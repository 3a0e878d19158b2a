//! The statistics panel: Figures | Dates | Acronyms, each an `egui_extras` table. The figures
//! table sorts, filters, selects (click, Shift+click, Ctrl+click, Ctrl+A) and copies.

use super::figures_table::{ROW_HEIGHT_PX, figures_table_ui};
use super::theme::{self, Palette};
use crate::app::command::Command;
use crate::app::tab::{DocumentTab, StatsView};
use crate::document::Span;
use egui::{Button, RichText};
use egui_extras::Column;
use std::sync::Arc;

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

/// A quiet line in the middle of an empty panel or view.
pub fn empty_ui(ui: &mut egui::Ui, text: &str, palette: &Palette) {
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
    let id = egui::Id::unique(("figures", tab.id));
    let output = figures_table_ui(ui, id, &*document, &mut tab.figures, "Show in text");
    if output.selection_changed || output.filter_changed {
        tab.body.decoration_generation += 1;
    }
    if let Some(stat) = output.shown.or(output.opened) {
        commands.push(Command::GoToFigure(stat));
    }
    commands.extend(output.command);
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
    super::clickable_table(ui, ("dates", tab.id))
        .column(Column::initial(110.0).at_least(60.0))
        .column(Column::initial(200.0).at_least(60.0).clip(true))
        .column(Column::remainder().at_least(80.0))
        .header(ROW_HEIGHT_PX, |mut header| {
            for title in ["Date", "As written", "Section"] {
                header.col(|ui| super::column_title_ui(ui, title, palette));
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
                        egui::Label::new(RichText::new(date.text(&document.text)).italics())
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
                        format!("Date: {}", date.text(&document.text)),
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
    super::clickable_table(ui, ("acronyms", tab.id))
        .column(Column::initial(90.0).at_least(50.0))
        .column(Column::remainder().at_least(100.0))
        .header(ROW_HEIGHT_PX, |mut header| {
            for title in ["Short", "Stands for"] {
                header.col(|ui| super::column_title_ui(ui, title, palette));
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
