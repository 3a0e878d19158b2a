//! The outline: the document's sections as a collapsible tree, the one the reader is in
//! highlighted, with a filter for long outlines.

use super::theme::{self, Palette};
use crate::app::command::Command;
use crate::app::tab::DocumentTab;
use egui::{Button, RichText};

/// Indentation per outline level, in points.
const INDENT_PX: f32 = 14.0;

/// Draws the outline of `tab`.
pub fn outline_panel_ui(ui: &mut egui::Ui, tab: &mut DocumentTab) -> Vec<Command> {
    let mut commands = Vec::new();
    let palette = Palette::of(ui.ctx());
    panel_heading_ui(ui, "OUTLINE", &palette);
    let sections = &tab.document.sections;
    if sections.len() > 6 || !tab.outline.filter.is_empty() {
        let filter = ui.add(
            egui::TextEdit::singleline(&mut tab.outline.filter)
                .hint_text("Filter sections")
                .desired_width(f32::INFINITY),
        );
        super::name_widget(ui, &filter, "Filter sections");
        ui.add_space(4.0);
    }
    let current = tab.current_section();
    if sections.is_empty() {
        ui.add_space(6.0);
        ui.label(RichText::new("No sections were found in this document.").color(palette.muted));
        return commands;
    }
    let rows = tab.outline.visible_rows(sections);
    let row_height = 24.0;
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show_rows(ui, row_height, rows.len(), |ui, range| {
            let sections = &tab.document.sections;
            for &index in rows.get(range).unwrap_or(&[]) {
                let Some(section) = sections.get(index) else {
                    continue;
                };
                let collapsed = tab.outline.collapsed.contains(&index);
                let has_children = sections
                    .get(index + 1)
                    .is_some_and(|next| next.level > section.level);
                let filtering = !tab.outline.filter.trim().is_empty();
                ui.horizontal(|ui| {
                    ui.set_height(row_height);
                    ui.spacing_mut().item_spacing.x = 0.0;
                    ui.add_space(f32::from(section.level.saturating_sub(1)) * INDENT_PX);
                    if has_children && !filtering {
                        let arrow = if collapsed { "▶" } else { "▼" };
                        let toggle = ui.add(
                            Button::new(RichText::new(arrow).size(8.5).color(palette.faint))
                                .frame_when_inactive(false)
                                .min_size(egui::vec2(18.0, 22.0)),
                        );
                        toggle.widget_info(|| {
                            let verb = if collapsed { "Expand" } else { "Collapse" };
                            egui::WidgetInfo::labeled(
                                egui::Role::Button,
                                true,
                                format!("{verb} {}", section.title),
                            )
                        });
                        if toggle.clicked() && !tab.outline.collapsed.remove(&index) {
                            tab.outline.collapsed.insert(index);
                        }
                    } else {
                        ui.add_space(18.0);
                    }
                    let is_current = current == Some(index);
                    let font = if section.level <= 1 {
                        theme::sans_bold(theme::UI_SIZE_PT)
                    } else {
                        theme::sans(theme::UI_SIZE_PT)
                    };
                    let color = if is_current {
                        palette.accent
                    } else if section.level <= 1 {
                        palette.heading
                    } else {
                        palette.muted
                    };
                    let button = Button::selectable(
                        is_current,
                        (
                            RichText::new(&section.title).font(font).color(color),
                            egui::Atom::grow(),
                        ),
                    )
                    .wrap_mode(egui::TextWrapMode::Truncate)
                    .min_size(egui::vec2(ui.available_width(), 22.0));
                    let response = ui.add(button).on_hover_text(&section.title);
                    if response.clicked() {
                        commands.push(Command::JumpToSection(index));
                    }
                });
            }
        });
    commands
}

/// A small all-caps heading at the top of a side panel.
pub fn panel_heading_ui(ui: &mut egui::Ui, text: &str, palette: &Palette) {
    ui.label(
        RichText::new(text)
            .font(theme::sans_bold(11.0))
            .color(palette.faint),
    );
    ui.add_space(6.0);
}
