//! The find bar above the body: incremental, case- and accent-insensitive, "3 of 12".

use super::theme::Palette;
use crate::app::command::Command;
use crate::app::tab::FindState;
use egui::{Button, Key, Margin, RichText, Stroke};

/// Draws the find bar; returns its commands and whether the query changed.
pub fn find_bar_ui(ui: &mut egui::Ui, find: &mut FindState) -> (Vec<Command>, bool) {
    let mut commands = Vec::new();
    let mut changed = false;
    let palette = Palette::of(ui.ctx());
    egui::Frame::NONE
        .fill(palette.panel)
        .inner_margin(Margin::symmetric(14, 6))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                let field = ui.add(
                    egui::TextEdit::singleline(&mut find.query)
                        .id(egui::Id::unique("find field"))
                        .hint_text("Find in document")
                        .desired_width(300.0),
                );
                super::name_widget(ui, &field, "Find in document");
                let field = field.on_hover_text("Ignores case and accents (é = e, ά = α)");
                if find.focus_field {
                    field.request_focus();
                    find.focus_field = false;
                }
                changed = field.changed();
                if field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
                    let backwards = ui.input(|i| i.modifiers.shift);
                    commands.push(if backwards {
                        Command::FindPrevious
                    } else {
                        Command::FindNext
                    });
                    field.request_focus();
                }
                let status = find.status();
                let color = if status == "No matches" {
                    palette.error_text
                } else {
                    palette.muted
                };
                ui.label(RichText::new(status).color(color));
                let previous = ui.add_enabled(
                    !find.hits.is_empty(),
                    Button::new("↑").frame_when_inactive(false),
                );
                previous.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::Button, true, "Previous match")
                });
                if previous
                    .on_hover_text("Previous match (Shift+Enter)")
                    .clicked()
                {
                    commands.push(Command::FindPrevious);
                }
                let next = ui.add_enabled(
                    !find.hits.is_empty(),
                    Button::new("↓").frame_when_inactive(false),
                );
                next.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::Button, true, "Next match")
                });
                if next.on_hover_text("Next match (Enter, F3)").clicked() {
                    commands.push(Command::FindNext);
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    let close = ui.add(Button::new("×").frame_when_inactive(false));
                    close.widget_info(|| {
                        egui::WidgetInfo::labeled(egui::Role::Button, true, "Close find bar")
                    });
                    if close.on_hover_text("Close (Esc)").clicked() {
                        commands.push(Command::CloseFind);
                    }
                });
            });
        });
    let rect = ui.min_rect();
    ui.painter().hline(
        rect.x_range(),
        rect.bottom(),
        Stroke::new(1.0, palette.border),
    );
    (commands, changed)
}
