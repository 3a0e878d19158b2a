//! A library: the side panel (what was opened, indexing progress and Cancel, the views) and
//! the views themselves — the documents table, search across the collection, every figure in
//! one table, compare ([`super::compare_view`]) and the entries that could not be read.

use super::figures_table::{ROW_HEIGHT_PX, figures_table_ui, short_document_name, sort_header_ui};
use super::stats_panel::empty_ui;
use super::theme::{self, Palette};
use crate::app::command::Command;
use crate::app::library::{DocumentColumn, LibraryTab, LibraryView};
use crate::collection::SearchHit;
use egui::text::LayoutJob;
use egui::{Align, Button, Key, Layout, RichText, TextFormat};
use egui_extras::Column;

/// Height of one search hit in the list, in points.
const HIT_ROW_PX: f32 = 64.0;
/// The most of a hit's sentence shown before the hit, in characters.
const HIT_LEAD_CHARS: usize = 70;

/// The library's side panel.
pub fn library_panel_ui(ui: &mut egui::Ui, library: &mut LibraryTab) -> Vec<Command> {
    let mut commands = Vec::new();
    let palette = Palette::of(ui.ctx());
    super::outline_panel::panel_heading_ui(ui, "LIBRARY", &palette);
    ui.add(
        egui::Label::new(
            RichText::new(&library.name)
                .font(theme::sans_bold(16.0))
                .color(palette.heading),
        )
        .truncate(),
    )
    .on_hover_text(library.root.display().to_string());
    let count = library.document_count().map_or_else(
        || "listing…".to_owned(),
        |n| format!("{n} document{}", if n == 1 { "" } else { "s" }),
    );
    ui.label(
        RichText::new(format!("{} · {count}", library.kind_label()))
            .small()
            .color(palette.muted),
    );
    ui.add_space(10.0);
    progress_ui(ui, library, &palette, &mut commands);
    ui.add_space(14.0);

    let problems = library.problem_count();
    for view in LibraryView::ALL {
        let count = match view {
            LibraryView::Documents => Some(library.documents.len()),
            LibraryView::Figures => Some(library.figure_rows.len()),
            LibraryView::Search if !library.search.query.trim().is_empty() => {
                Some(library.search.results.hits.len())
            }
            LibraryView::Problems if problems == 0 => continue,
            LibraryView::Problems => Some(problems),
            _ => None,
        };
        let selected = library.view == view;
        let color = if view == LibraryView::Problems {
            palette.error_text
        } else if selected {
            palette.heading
        } else {
            palette.text
        };
        let font = if selected {
            theme::sans_bold(theme::UI_SIZE_PT)
        } else {
            theme::sans(theme::UI_SIZE_PT)
        };
        let count_text = RichText::new(count.map(|c| c.to_string()).unwrap_or_default())
            .small()
            .color(palette.faint);
        let button = Button::selectable(
            selected,
            (
                RichText::new(view.label()).font(font).color(color),
                egui::Atom::grow(),
                count_text,
            ),
        )
        .min_size(egui::vec2(ui.available_width(), 28.0));
        let response = ui.add(button);
        response.widget_info(|| {
            egui::WidgetInfo::selected(egui::Role::Tab, true, selected, view.label())
        });
        if response.clicked() {
            commands.push(Command::ShowLibraryView(view));
        }
    }
    ui.with_layout(Layout::bottom_up(Align::Min), |ui| {
        ui.label(
            RichText::new("Double-click a document to read it.\nCtrl+Shift+F searches every one.")
                .small()
                .color(palette.faint),
        );
    });
    commands
}

/// Indexing: a progress bar and Cancel while it runs, then how it went.
fn progress_ui(
    ui: &mut egui::Ui,
    library: &LibraryTab,
    palette: &Palette,
    commands: &mut Vec<Command>,
) {
    let done = library.done_count();
    let total = library.document_count();
    if library.is_indexing() {
        let text = match total {
            Some(total) => format!("Indexing {done} of {total}"),
            None => "Listing…".to_owned(),
        };
        ui.add(
            egui::ProgressBar::new(library.fraction())
                .desired_width(ui.available_width())
                .desired_height(16.0)
                .text(RichText::new(text).small()),
        );
        ui.add_space(4.0);
        let cancel = ui.add(Button::new("Cancel").min_size(egui::vec2(0.0, 24.0)));
        cancel
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, "Cancel indexing"));
        if cancel.clicked() {
            commands.push(Command::CancelIndexing);
        }
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_millis(100));
        return;
    }
    let elapsed = library
        .progress
        .elapsed
        .map(|d| format!("{:.1} s", d.as_secs_f64()))
        .unwrap_or_default();
    let (text, color) = if let Some(error) = &library.progress.error {
        (format!("Stopped: {error}"), palette.error_text)
    } else if library.progress.cancelled {
        let total = total.unwrap_or(done);
        (
            format!("Indexing cancelled after {done} of {total} documents."),
            palette.muted,
        )
    } else {
        (
            format!(
                "Indexed {} documents, {} of text.",
                library.documents.len(),
                super::format_bytes(library.text_bytes as u64)
            ),
            palette.faint,
        )
    };
    ui.label(RichText::new(text).small().color(color))
        .on_hover_text(format!("Listed and indexed in {elapsed}"));
}

/// The library's main area: the view picked in the side panel.
pub fn library_view_ui(ui: &mut egui::Ui, library: &mut LibraryTab) -> Vec<Command> {
    let mut commands = Vec::new();
    let palette = Palette::of(ui.ctx());
    match library.view {
        LibraryView::Documents => documents_ui(ui, library, &palette, &mut commands),
        LibraryView::Search => search_ui(ui, library, &palette, &mut commands),
        LibraryView::Figures => figures_ui(ui, library, &palette, &mut commands),
        LibraryView::Compare => {
            commands.extend(super::compare_view::compare_view_ui(ui, library));
        }
        LibraryView::Problems => problems_ui(ui, library, &palette),
    }
    commands
}

/// A line above a view: what it holds, and how to use it.
fn caption_ui(ui: &mut egui::Ui, text: String, palette: &Palette) {
    ui.label(RichText::new(text).small().color(palette.faint));
}

/// The path of a document inside the collection: `incsr-dev/armenia-1995.txt`.
fn inner_path<'a>(library: &LibraryTab, path: &'a str) -> &'a str {
    let root = library.root.display().to_string();
    path.strip_prefix(root.as_str())
        .map(|rest| {
            rest.trim_start_matches("!/")
                .trim_start_matches(['/', '\\'])
        })
        .filter(|rest| !rest.is_empty())
        .unwrap_or(path)
}

fn documents_ui(
    ui: &mut egui::Ui,
    library: &mut LibraryTab,
    palette: &Palette,
    commands: &mut Vec<Command>,
) {
    let problems = library.problem_count();
    if problems > 0 {
        let noun = if problems == 1 { "entry" } else { "entries" };
        let notice = ui.add(
            Button::new(
                RichText::new(format!(
                    "⚠ {problems} {noun} could not be read — see Problems"
                ))
                .color(palette.error_text),
            )
            .fill(palette.error_fill)
            .stroke(egui::Stroke::new(1.0, palette.error_border)),
        );
        if notice.clicked() {
            commands.push(Command::ShowLibraryView(LibraryView::Problems));
        }
        ui.add_space(4.0);
    }
    let filter = ui.add(
        egui::TextEdit::singleline(&mut library.list.filter)
            .hint_text("Filter documents by title, subject, date or path")
            .desired_width(ui.available_width().min(520.0)),
    );
    super::name_widget(ui, &filter, "Filter documents");
    let view = library.list.view(&library.documents);
    caption_ui(
        ui,
        format!(
            "{} of {} documents  ·  double-click or Enter opens one",
            view.len(),
            library.documents.len()
        ),
        palette,
    );
    ui.add_space(2.0);
    if library.documents.is_empty() {
        let text = if library.is_indexing() {
            "Reading the collection…"
        } else {
            "This collection holds no document Dossier reads."
        };
        empty_ui(ui, text, palette);
        return;
    }

    // Keys: Up and Down move the selection, Enter opens it (unless a field has the keyboard).
    let typing = ui.ctx().egui_wants_keyboard_input();
    let filter_entered = filter.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
    if !typing {
        let step = ui.input_mut(|i| {
            if i.consume_key(egui::Modifiers::NONE, Key::ArrowDown) {
                1
            } else if i.consume_key(egui::Modifiers::NONE, Key::ArrowUp) {
                -1
            } else {
                0
            }
        });
        if step != 0 {
            library.list.step_selection(&library.documents, step);
        }
    }
    let enter = filter_entered
        || (!typing && ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, Key::Enter)));
    if enter {
        let chosen = library
            .list
            .selected
            .filter(|s| view.contains(s))
            .or_else(|| (view.len() == 1).then(|| view.first().copied()).flatten());
        if let Some(entry) = chosen
            .and_then(|i| library.documents.get(i))
            .map(|d| d.entry)
        {
            commands.push(Command::OpenEntry {
                library: library.id,
                entry,
                at: None,
            });
        }
    }

    let sort = library.list.sort;
    let scroll_to = library
        .list
        .scroll_to
        .take()
        .and_then(|d| view.iter().position(|&i| i == d));
    let mut header_clicked = None;
    let mut clicked = None;
    let mut opened = None;
    let mut table = super::clickable_table(ui, ("library documents", library.id))
        .column(Column::initial(470.0).at_least(120.0).clip(true))
        .column(Column::initial(140.0).at_least(60.0).clip(true))
        .column(Column::initial(90.0).at_least(60.0))
        .column(Column::initial(70.0).at_least(50.0))
        .column(Column::remainder().at_least(120.0).clip(true));
    if let Some(row) = scroll_to {
        table = table.scroll_to_row(row, None);
    }
    table
        .header(ROW_HEIGHT_PX + 2.0, |mut header| {
            for column in DocumentColumn::ALL {
                header.col(|ui| {
                    let direction = sort.filter(|(c, _)| *c == column).map(|(_, d)| d);
                    if sort_header_ui(ui, column.title(), direction, palette) {
                        header_clicked = Some(column);
                    }
                });
            }
        })
        .body(|body| {
            body.rows(ROW_HEIGHT_PX + 4.0, view.len(), |mut row| {
                let Some(&index) = view.get(row.index()) else {
                    return;
                };
                let Some(document) = library.documents.get(index) else {
                    return;
                };
                let selected = library.list.selected == Some(index);
                row.set_selected(selected);
                let cell = |ui: &mut egui::Ui, text: RichText| {
                    ui.add(egui::Label::new(text).truncate().selectable(false));
                };
                row.col(|ui| {
                    cell(
                        ui,
                        RichText::new(document.display_name())
                            .font(theme::sans_bold(theme::UI_SIZE_PT))
                            .color(palette.heading),
                    );
                });
                row.col(|ui| cell(ui, RichText::new(&document.subject)));
                row.col(|ui| cell(ui, RichText::new(&document.date).color(palette.muted)));
                row.col(|ui| {
                    ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                        ui.add_space(10.0);
                        cell(ui, RichText::new(document.figure_count().to_string()));
                    });
                });
                row.col(|ui| {
                    cell(
                        ui,
                        RichText::new(inner_path(library, &document.path))
                            .small()
                            .color(palette.muted),
                    );
                });
                let response = row.response();
                super::name_option(&response, selected, || {
                    format!("Document: {}", document.display_name())
                });
                if response.double_clicked() {
                    opened = Some(document.entry);
                }
                if response.clicked() {
                    clicked = Some(index);
                }
            });
        });
    if let Some(column) = header_clicked {
        library.list.click_header(column);
    }
    if let Some(index) = clicked {
        library.list.selected = Some(index);
    }
    if let Some(entry) = opened {
        commands.push(Command::OpenEntry {
            library: library.id,
            entry,
            at: None,
        });
    }
}

fn search_ui(
    ui: &mut egui::Ui,
    library: &mut LibraryTab,
    palette: &Palette,
    commands: &mut Vec<Command>,
) {
    let mut entered = false;
    ui.horizontal(|ui| {
        let field = ui.add(
            egui::TextEdit::singleline(&mut library.search.query)
                .hint_text("Search every document (case and accents ignored)")
                .desired_width(ui.available_width().min(520.0)),
        );
        super::name_widget(ui, &field, "Search the library");
        if library.search.focus_field {
            field.request_focus();
            library.search.focus_field = false;
        }
        if field.changed() {
            library.search.edited();
        }
        entered = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
        let status = library.search.status();
        let color = if status == "No hits" {
            palette.error_text
        } else {
            palette.muted
        };
        ui.label(RichText::new(status).color(color));
    });
    library.refresh_search();
    if library.search.is_waiting() {
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_millis(100));
    }
    caption_ui(
        ui,
        "Click a hit, or pick one with ↑ ↓ and press Enter, to open its document there.".to_owned(),
        palette,
    );
    // Keys: Up and Down pick a hit, Enter opens it (from the query field: the first hit).
    let hit_count = library.search.results.hits.len();
    let mut opened = None;
    if !ui.ctx().egui_wants_keyboard_input() && hit_count > 0 {
        let (down, up, enter) = ui.input_mut(|i| {
            (
                i.consume_key(egui::Modifiers::NONE, Key::ArrowDown),
                i.consume_key(egui::Modifiers::NONE, Key::ArrowUp),
                i.consume_key(egui::Modifiers::NONE, Key::Enter),
            )
        });
        let current = library.search.selected;
        let next = match (down, up, current) {
            (true, _, None) => Some(0),
            (true, _, Some(i)) => Some((i + 1).min(hit_count - 1)),
            (_, true, Some(i)) => Some(i.saturating_sub(1)),
            _ => current,
        };
        if next != current {
            library.search.selected = next;
            library.search.scroll_to = next;
        }
        if enter && !entered {
            opened = library.search.selected.or(Some(0));
        }
    }
    if entered && hit_count > 0 {
        opened = library.search.selected.or(Some(0));
    }
    ui.add_space(4.0);
    if library.search.query.trim().is_empty() {
        empty_ui(
            ui,
            "Type a word or phrase to find it in every document of the collection.",
            palette,
        );
        return;
    }
    let hits = &library.search.results.hits;
    let mut scroll = egui::ScrollArea::vertical()
        .id_salt(("library hits", library.id))
        .auto_shrink([false, false]);
    if let Some(index) = library.search.scroll_to.take() {
        // Scroll only when the picked hit is not wholly in view: to the top when it is above,
        // to the bottom when below.
        let row_px = HIT_ROW_PX + ui.spacing().item_spacing.y;
        let shown = library.search.visible_hits.clone();
        let top = index as f32 * row_px;
        if index <= shown.start {
            scroll = scroll.vertical_scroll_offset(top);
        } else if index + 1 >= shown.end {
            scroll = scroll.vertical_scroll_offset((top + row_px - ui.available_height()).max(0.0));
        }
    }
    let mut visible = 0..0;
    scroll.show_rows(ui, HIT_ROW_PX, hits.len(), |ui, range| {
        visible = range.clone();
        for index in range {
            let Some(hit) = hits.get(index) else {
                continue;
            };
            let title = library
                .document_of_entry(hit.entry)
                .map_or_else(|| short_document_name(&hit.path), |d| d.display_name());
            let selected = library.search.selected == Some(index);
            if hit_ui(ui, index, hit, title, selected, palette) {
                opened = Some(index);
            }
        }
    });
    library.search.visible_hits = visible;
    if let Some(index) = opened
        && let Some(hit) = library.search.results.hits.get(index)
    {
        library.search.selected = Some(index);
        commands.push(Command::OpenEntry {
            library: library.id,
            entry: hit.entry,
            at: Some(hit.span),
        });
    }
}

/// One search hit: the document and section, then the sentence with the hit marked. Returns
/// whether it was clicked.
fn hit_ui(
    ui: &mut egui::Ui,
    index: usize,
    hit: &SearchHit,
    title: &str,
    selected: bool,
    palette: &Palette,
) -> bool {
    let size = egui::vec2(ui.available_width(), HIT_ROW_PX);
    let (rect, response) = super::list_row_ui(ui, size, selected, palette);
    let inner = rect.shrink2(egui::vec2(10.0, 7.0));
    let mut heading = LayoutJob::default();
    heading.append(
        title,
        0.0,
        TextFormat::simple(theme::sans_bold(theme::UI_SIZE_PT), palette.heading),
    );
    if !hit.section.is_empty() {
        heading.append(
            &format!("  ·  {}", hit.section),
            0.0,
            TextFormat::simple(theme::sans(theme::UI_SIZE_PT - 1.0), palette.muted),
        );
    }
    heading.wrap.max_width = inner.width();
    heading.wrap.max_rows = 1;
    let heading = ui.fonts_mut(|f| f.layout_job(heading));
    let heading_height = heading.size().y;
    ui.painter().galley(inner.min, heading, palette.text);

    let (lead, found, rest) = hit_context(hit);
    let body = theme::serif(14.5);
    let mut sentence = LayoutJob::default();
    sentence.append(&lead, 0.0, TextFormat::simple(body.clone(), palette.text));
    sentence.append(
        found,
        0.0,
        TextFormat {
            background: palette.find_hit,
            ..TextFormat::simple(body.clone(), palette.heading)
        },
    );
    sentence.append(rest, 0.0, TextFormat::simple(body, palette.text));
    sentence.wrap.max_width = inner.width();
    sentence.wrap.max_rows = 2;
    let sentence = ui.fonts_mut(|f| f.layout_job(sentence));
    ui.painter().galley(
        inner.min + egui::vec2(0.0, heading_height + 3.0),
        sentence,
        palette.text,
    );
    super::name_option(&response, selected, || {
        format!("Search hit {}: {title} — {}", index + 1, hit.context)
    });
    response.clicked()
}

/// A hit's sentence in three parts (before, the hit, after), the part before cut so the hit
/// shows on the first line.
fn hit_context(hit: &SearchHit) -> (String, &str, &str) {
    let context = hit.context.as_str();
    let start = hit.context_hit.start.min(context.len());
    let end = hit.context_hit.end.clamp(start, context.len());
    let (Some(before), Some(found), Some(after)) = (
        context.get(..start),
        context.get(start..end),
        context.get(end..),
    ) else {
        return (String::new(), context, "");
    };
    let count = before.chars().count();
    let lead = if count > HIT_LEAD_CHARS {
        let kept: String = before.chars().skip(count - HIT_LEAD_CHARS).collect();
        let kept = kept
            .split_once(' ')
            .map_or(kept.as_str(), |(_, tail)| tail)
            .to_owned();
        format!("…{kept}")
    } else {
        before.to_owned()
    };
    (lead, found, after)
}

fn figures_ui(
    ui: &mut egui::Ui,
    library: &mut LibraryTab,
    palette: &Palette,
    commands: &mut Vec<Command>,
) {
    if library.figure_rows.is_empty() {
        let text = if library.is_indexing() {
            "Reading the collection…"
        } else {
            "No figures were found in this collection."
        };
        empty_ui(ui, text, palette);
        return;
    }
    let id = egui::Id::unique(("library figures", library.id));
    let rows = crate::app::figures::LibraryFigures {
        documents: &library.documents,
        rows: &library.figure_rows,
    };
    let output = figures_table_ui(ui, id, &rows, &mut library.figures, "Open at this figure");
    commands.extend(output.command);
    if let Some((entry, span)) = output.opened.and_then(|row| library.figure_location(row)) {
        commands.push(Command::OpenEntry {
            library: library.id,
            entry,
            at: Some(span),
        });
    }
}

fn problems_ui(ui: &mut egui::Ui, library: &LibraryTab, palette: &Palette) {
    caption_ui(
        ui,
        "These entries were not read; everything else in the collection was.".to_owned(),
        palette,
    );
    ui.add_space(6.0);
    egui::ScrollArea::vertical()
        .id_salt(("library problems", library.id))
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for problem in library.problems() {
                egui::Frame::NONE
                    .fill(palette.error_fill)
                    .stroke(egui::Stroke::new(1.0, palette.error_border))
                    .corner_radius(6)
                    .inner_margin(egui::Margin::symmetric(12, 8))
                    .show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        ui.label(
                            RichText::new(format!("⚠ {}", inner_path(library, &problem.path)))
                                .font(theme::sans_bold(theme::UI_SIZE_PT))
                                .color(palette.error_text),
                        );
                        ui.label(RichText::new(problem.reason()).color(palette.text));
                    });
                ui.add_space(6.0);
            }
        });
}
