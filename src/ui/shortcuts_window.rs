//! Help ▸ Keyboard shortcuts: every command that has a key, from the one command list.

use super::theme::{self, Palette};
use crate::app::command::Command;
use egui::RichText;

/// Shows the shortcuts window while `open` is true.
pub fn shortcuts_window_ui(ctx: &egui::Context, open: &mut bool) {
    let palette = Palette::of(ctx);
    let mut commands = Command::with_shortcuts();
    commands.sort_by_key(shortcut_group);
    egui::Window::new("Keyboard shortcuts")
        .open(open)
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ctx, |ui| {
            egui::Grid::new("shortcuts")
                .num_columns(2)
                .spacing(egui::vec2(28.0, 6.0))
                .show(ui, |ui| {
                    for command in &commands {
                        let Some(shortcut) = command.shortcut() else {
                            continue;
                        };
                        ui.label(RichText::new(command.label()).color(palette.text));
                        ui.label(
                            RichText::new(ctx.format_shortcut(&shortcut))
                                .font(theme::sans_bold(theme::UI_SIZE_PT))
                                .color(palette.heading),
                        );
                        ui.end_row();
                    }
                    for (what, keys) in [
                        (
                            "Next / previous match in the find bar",
                            "Enter / Shift+Enter",
                        ),
                        (
                            "Select a range / add a row (figures)",
                            "Shift+click / Ctrl+click",
                        ),
                        ("More ways to copy a figure", "Right-click a row"),
                    ] {
                        ui.label(RichText::new(what).color(palette.text));
                        ui.label(
                            RichText::new(keys)
                                .font(theme::sans_bold(theme::UI_SIZE_PT))
                                .color(palette.heading),
                        );
                        ui.end_row();
                    }
                });
        });
}

/// Orders the list: files, copying, finding, view, help.
fn shortcut_group(command: &Command) -> u8 {
    match command {
        Command::Open
        | Command::OpenFolder
        | Command::ExportStatistics
        | Command::CloseTab
        | Command::Quit => 0,
        Command::CopySelectedFigures | Command::CopyFiguresTable | Command::SelectAllFigures => 1,
        Command::Find
        | Command::FindNext
        | Command::FindPrevious
        | Command::CloseFind
        | Command::SearchLibrary => 2,
        Command::ShowShortcuts => 4,
        _ => 3,
    }
}
