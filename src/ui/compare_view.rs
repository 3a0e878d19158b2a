//! Compare: pick what is measured (a searchable list of the library's measures with how many
//! documents and figures state each), then see it across documents as a chart (`egui_plot`:
//! bars by subject, or points in time by date) and as a table. The chart copies as an image
//! and saves as PNG; the table copies as TSV.

use super::figures_table::{ROW_HEIGHT_PX, short_document_name};
use super::stats_panel::empty_ui;
use super::theme::{self, Palette};
use crate::app::command::Command;
use crate::app::library::{ChartMode, LibraryTab, fractional_year};
use crate::collection::{MeasureSummary, SeriesPoint, contains_folded, fold};
use egui::{Align, Button, Layout, RichText, Stroke};
use egui_extras::Column;
use egui_plot::{Bar, BarChart, GridMark, Legend, Line, Plot, Points};

/// Height of a measure in the picker, in points.
const MEASURE_ROW_PX: f32 = 42.0;
/// The chart's share of the view's height, and its bounds in points.
const CHART_SHARE: f32 = 0.5;
const CHART_MIN_PX: f32 = 200.0;
const CHART_MAX_PX: f32 = 460.0;

/// Draws the compare view of `library`.
pub fn compare_view_ui(ui: &mut egui::Ui, library: &mut LibraryTab) -> Vec<Command> {
    let mut commands = Vec::new();
    let palette = Palette::of(ui.ctx());
    egui::Panel::left(("compare picker", library.id))
        .resizable(true)
        .default_size(270.0)
        .size_range(200.0..=460.0)
        .frame(egui::Frame::NONE.inner_margin(egui::Margin {
            left: 0,
            right: 12,
            top: 0,
            bottom: 0,
        }))
        .show(ui, |ui| picker_ui(ui, library, &palette));
    egui::CentralPanel::default()
        .frame(egui::Frame::NONE.inner_margin(egui::Margin {
            left: 12,
            right: 0,
            top: 0,
            bottom: 0,
        }))
        .show(ui, |ui| series_ui(ui, library, &palette, &mut commands));
    commands
}

/// The measure picker: a filter and the measures, most widely stated first.
fn picker_ui(ui: &mut egui::Ui, library: &mut LibraryTab, palette: &Palette) {
    super::outline_panel::panel_heading_ui(ui, "WHAT IS MEASURED", palette);
    let filter = ui.add(
        egui::TextEdit::singleline(&mut library.compare.filter)
            .hint_text("Filter measures")
            .desired_width(f32::INFINITY),
    );
    super::name_widget(ui, &filter, "Filter measures");
    ui.add_space(4.0);
    let measures = library.compare.measures(&library.documents);
    if library.compare.is_behind(&library.documents) {
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_millis(200));
    }
    let needle = fold(library.compare.filter.trim());
    let shown: Vec<&MeasureSummary> = measures
        .iter()
        .filter(|m| contains_folded(&m.label, &needle))
        .collect();
    if shown.is_empty() {
        let text = if measures.is_empty() {
            "No figure says what it measures yet."
        } else {
            "No measure matches the filter."
        };
        ui.label(RichText::new(text).color(palette.muted));
        return;
    }
    let mut picked = None;
    egui::ScrollArea::vertical()
        .id_salt(("measures", library.id))
        .auto_shrink([false, false])
        .show_rows(ui, MEASURE_ROW_PX, shown.len(), |ui, range| {
            for measure in shown.get(range).unwrap_or(&[]) {
                let selected = library.compare.measure.as_ref() == Some(&measure.key);
                if measure_row_ui(ui, measure, selected, palette) {
                    picked = Some(measure.key.clone());
                }
            }
        });
    if let Some(key) = picked {
        library.compare.pick(key);
    }
}

/// One measure: its label, and under it how many documents and figures state it. Returns
/// whether it was clicked.
fn measure_row_ui(
    ui: &mut egui::Ui,
    measure: &MeasureSummary,
    selected: bool,
    palette: &Palette,
) -> bool {
    let documents = plural(measure.documents, "document");
    let figures = plural(measure.figures, "figure");
    // Room on the right for the scroll bar.
    let size = egui::vec2(ui.available_width() - 10.0, MEASURE_ROW_PX - 2.0);
    let (rect, response) = super::list_row_ui(ui, size, selected, palette);
    let inner = rect.shrink2(egui::vec2(8.0, 4.0));
    let label = egui::WidgetText::from(
        RichText::new(&measure.label)
            .font(if selected {
                theme::sans_bold(theme::UI_SIZE_PT)
            } else {
                theme::sans(theme::UI_SIZE_PT)
            })
            .color(if selected {
                palette.accent
            } else {
                palette.heading
            }),
    )
    .into_galley(
        ui,
        Some(egui::TextWrapMode::Truncate),
        inner.width(),
        egui::TextStyle::Body,
    );
    let counts = egui::WidgetText::from(
        RichText::new(format!("{documents} · {figures}"))
            .small()
            .color(palette.faint),
    )
    .into_galley(
        ui,
        Some(egui::TextWrapMode::Truncate),
        inner.width(),
        egui::TextStyle::Small,
    );
    let label_height = label.size().y;
    let top = inner.min
        + egui::vec2(
            0.0,
            ((inner.height() - label_height - 1.0 - counts.size().y) / 2.0).max(0.0),
        );
    ui.painter().galley(top, label, palette.heading);
    ui.painter().galley(
        top + egui::vec2(0.0, label_height + 1.0),
        counts,
        palette.faint,
    );
    super::name_option(&response, selected, || {
        format!("Measure: {} ({documents}, {figures})", measure.label)
    });
    response.clicked()
}

fn plural(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("1 {noun}")
    } else {
        format!("{count} {noun}s")
    }
}

/// The picked measure: heading, toolbar, chart and table.
fn series_ui(
    ui: &mut egui::Ui,
    library: &mut LibraryTab,
    palette: &Palette,
    commands: &mut Vec<Command>,
) {
    library.compare.chart_rect = None;
    let Some(measure) = library.compare.picked(&library.documents) else {
        empty_ui(
            ui,
            "Pick what to compare: each measure lists how many documents state it.",
            palette,
        );
        return;
    };
    let points = library.compare.series(&library.documents);
    ui.label(
        RichText::new(&measure.label)
            .font(theme::serif_bold(22.0))
            .color(palette.heading),
    );
    ui.label(
        RichText::new(format!(
            "{} in {}",
            plural(points.len(), "figure"),
            plural(measure.documents, "document")
        ))
        .color(palette.muted),
    );
    ui.add_space(6.0);
    toolbar_ui(ui, library, palette, commands);
    ui.add_space(6.0);

    let height = (ui.available_height() * CHART_SHARE).clamp(CHART_MIN_PX, CHART_MAX_PX);
    let mode = library.compare.mode;
    let chart = ui.scope(|ui| chart_ui(ui, library.id, &measure, &points, mode, height, palette));
    library.compare.chart_rect = Some(chart.response.rect);
    if let Some(note) = chart.inner {
        ui.label(RichText::new(note).small().color(palette.faint));
    }
    ui.add_space(8.0);
    series_table_ui(ui, library, &points, palette, commands);
}

/// Chart mode toggle and the copy and save buttons.
fn toolbar_ui(
    ui: &mut egui::Ui,
    library: &mut LibraryTab,
    palette: &Palette,
    commands: &mut Vec<Command>,
) {
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = 2.0;
        for mode in [ChartMode::BySubject, ChartMode::ByDate] {
            let selected = library.compare.mode == mode;
            let text = RichText::new(mode.label()).color(if selected {
                palette.heading
            } else {
                palette.muted
            });
            let response = ui.add(
                Button::selectable(selected, text)
                    .stroke(Stroke::new(1.0, palette.border))
                    .min_size(egui::vec2(92.0, 26.0)),
            );
            response.widget_info(|| {
                egui::WidgetInfo::selected(egui::Role::RadioButton, true, selected, mode.label())
            });
            if response.clicked() {
                library.compare.mode = mode;
            }
        }
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            ui.spacing_mut().item_spacing.x = 6.0;
            for (command, text) in [
                (Command::SaveChart, "Save PNG…"),
                (Command::CopyChart, "Copy chart"),
                (Command::CopyFiguresTable, "Copy table"),
            ] {
                let response = ui.add(
                    Button::new(text)
                        .stroke(Stroke::new(1.0, palette.border))
                        .min_size(egui::vec2(0.0, 26.0)),
                );
                let hint = match command {
                    Command::CopyFiguresTable => "Copy the table as TSV (Ctrl+Shift+C)".to_owned(),
                    _ => command.label(),
                };
                let response = response.on_hover_text(hint);
                if response.clicked() {
                    commands.push(command);
                }
            }
        });
    });
}

/// The chart; returns a note on figures it could not place (no date), if any.
fn chart_ui(
    ui: &mut egui::Ui,
    library_id: u64,
    measure: &MeasureSummary,
    points: &[SeriesPoint],
    mode: ChartMode,
    height: f32,
    palette: &Palette,
) -> Option<String> {
    let unit = measure.key.unit.clone();
    let value_label = if unit.is_empty() {
        "count".to_owned()
    } else {
        unit.clone()
    };
    let plot = Plot::new(("compare chart", library_id, mode))
        .height(height)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_background(false)
        .grid_color(palette.chart_grid)
        .y_axis_label(value_label)
        .y_axis_formatter(|mark, _| super::format_number(mark.value))
        .y_axis_min_width(48.0)
        .include_y(0.0);
    let title = format!("Chart of {} {}", measure.label, mode.label().to_lowercase());
    let mut note = None;
    let response = match mode {
        ChartMode::BySubject => {
            let groups = subject_groups(points);
            let names: Vec<String> = groups.iter().map(|(s, _)| s.clone()).collect();
            let count = names.len();
            let mut bars = Vec::new();
            for (position, (subject, members)) in groups.iter().enumerate() {
                // A subject's figures stand side by side, in date order, in one colour: they
                // are one series.
                let width = 0.7 / members.len() as f64;
                for (k, point) in members.iter().enumerate() {
                    let offset = (k as f64 - (members.len() as f64 - 1.0) / 2.0) * width;
                    bars.push(
                        Bar::new(position as f64 + offset, point.value)
                            .width(width * 0.9)
                            .fill(palette.chart[0])
                            .stroke(Stroke::NONE)
                            .name(format!("{subject} {}", point.date).trim().to_owned()),
                    );
                }
            }
            let chart = BarChart::new(measure.label.clone(), bars)
                .color(palette.chart[0])
                .element_formatter(Box::new(|bar, _| {
                    format!("{}\n{}", bar.name, super::format_number(bar.value))
                }));
            plot.x_grid_spacer(move |_| {
                (0..count)
                    .map(|i| GridMark {
                        value: i as f64,
                        step_size: 1.0,
                    })
                    .collect()
            })
            .x_axis_formatter(move |mark, _| {
                let rounded = mark.value.round();
                if (mark.value - rounded).abs() > 0.01 || rounded < 0.0 {
                    return String::new();
                }
                names
                    .get(rounded as usize)
                    .map(|n| super::tabs::shorten(n, 16))
                    .unwrap_or_default()
            })
            .include_x(-0.6)
            .include_x(count as f64 - 0.4)
            .show(ui, |plot_ui| plot_ui.bar_chart(chart))
            .response
        }
        ChartMode::ByDate => {
            let groups = subject_groups(points);
            let mut undated = 0;
            let mut lines = Vec::new();
            for (k, (subject, members)) in groups.iter().enumerate() {
                let mut xy: Vec<[f64; 2]> = members
                    .iter()
                    .filter_map(|p| fractional_year(&p.date).map(|x| [x, p.value]))
                    .collect();
                undated += members.len() - xy.len();
                if xy.is_empty() {
                    continue;
                }
                xy.sort_by(|a, b| a[0].total_cmp(&b[0]));
                lines.push((subject.clone(), palette.chart[k % palette.chart.len()], xy));
            }
            if undated > 0 {
                note = Some(format!(
                    "{} without a date {} not shown by date.",
                    plural(undated, "figure"),
                    if undated == 1 { "is" } else { "are" }
                ));
            }
            // Room around the points, and above them for the legend.
            let xs = lines.iter().flat_map(|(_, _, xy)| xy.iter().map(|p| p[0]));
            let (low, high) = xs.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), x| {
                (lo.min(x), hi.max(x))
            });
            let top = points.iter().map(|p| p.value).fold(0.0_f64, f64::max);
            let plot = if low.is_finite() {
                plot.include_x(low - 0.4).include_x(high + 0.4)
            } else {
                plot
            };
            plot.include_y(top * 1.2)
                .legend(Legend::default().position(egui_plot::Corner::LeftTop))
                .x_axis_formatter(|mark, _| {
                    if (mark.value - mark.value.round()).abs() < 0.01 {
                        format!("{:.0}", mark.value)
                    } else {
                        String::new()
                    }
                })
                .x_grid_spacer(|input| {
                    let (low, high) = input.bounds;
                    (low.floor() as i64..=high.ceil() as i64)
                        .map(|year| GridMark {
                            value: year as f64,
                            step_size: 1.0,
                        })
                        .collect()
                })
                .show(ui, |plot_ui| {
                    for (subject, color, xy) in lines {
                        plot_ui.line(
                            Line::new(subject.clone(), xy.clone())
                                .color(color)
                                .width(2.0),
                        );
                        plot_ui.points(
                            Points::new(subject, xy)
                                .color(color)
                                .radius(4.0)
                                .filled(true),
                        );
                    }
                })
                .response
        }
    };
    super::name_widget(ui, &response, &title);
    note
}

/// The points grouped by subject, in the series' order (subject, then date).
fn subject_groups(points: &[SeriesPoint]) -> Vec<(String, Vec<&SeriesPoint>)> {
    let mut groups: Vec<(String, Vec<&SeriesPoint>)> = Vec::new();
    for point in points {
        match groups.last_mut() {
            Some((subject, members)) if *subject == point.subject => members.push(point),
            _ => groups.push((point.subject.clone(), vec![point])),
        }
    }
    groups
}

/// The comparison as a table; double-click opens the document at the figure.
fn series_table_ui(
    ui: &mut egui::Ui,
    library: &mut LibraryTab,
    points: &[SeriesPoint],
    palette: &Palette,
    commands: &mut Vec<Command>,
) {
    let mut clicked = None;
    let mut opened = None;
    super::clickable_table(ui, ("series", library.id))
        .column(Column::initial(140.0).at_least(60.0).clip(true))
        .column(Column::initial(90.0).at_least(50.0))
        .column(Column::initial(90.0).at_least(50.0))
        .column(Column::initial(50.0).at_least(36.0))
        .column(Column::initial(170.0).at_least(60.0).clip(true))
        .column(Column::remainder().at_least(100.0).clip(true))
        .header(ROW_HEIGHT_PX + 2.0, |mut header| {
            for title in ["Subject", "Date", "Value", "Unit", "Document", "As written"] {
                header.col(|ui| super::column_title_ui(ui, title, palette));
            }
        })
        .body(|body| {
            body.rows(ROW_HEIGHT_PX, points.len(), |mut row| {
                let index = row.index();
                let Some(point) = points.get(index) else {
                    return;
                };
                let selected = library.compare.selected == Some(index);
                row.set_selected(selected);
                let cell = |ui: &mut egui::Ui, text: RichText| {
                    ui.add(egui::Label::new(text).truncate().selectable(false));
                };
                row.col(|ui| cell(ui, RichText::new(&point.subject).color(palette.heading)));
                row.col(|ui| cell(ui, RichText::new(&point.date)));
                row.col(|ui| {
                    ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                        ui.add_space(6.0);
                        cell(
                            ui,
                            RichText::new(super::format_number(point.value))
                                .font(theme::sans_bold(theme::UI_SIZE_PT))
                                .color(palette.heading),
                        );
                    });
                });
                row.col(|ui| cell(ui, RichText::new(&point.unit)));
                row.col(|ui| {
                    cell(
                        ui,
                        RichText::new(short_document_name(&point.path)).color(palette.accent),
                    );
                });
                row.col(|ui| {
                    cell(
                        ui,
                        RichText::new(&point.text).italics().color(palette.muted),
                    )
                });
                let response = row.response();
                super::name_option(&response, selected, || {
                    format!(
                        "Compared figure: {} {} {}",
                        point.subject, point.date, point.text
                    )
                });
                if response.double_clicked() {
                    opened = Some(index);
                }
                if response.clicked() {
                    clicked = Some(index);
                }
            });
        });
    if let Some(index) = clicked {
        library.compare.selected = Some(index);
    }
    if let Some((entry, span)) = opened
        .and_then(|i| points.get(i))
        .and_then(|p| library.point_location(p))
    {
        commands.push(Command::OpenEntry {
            library: library.id,
            entry,
            at: Some(span),
        });
    }
}
