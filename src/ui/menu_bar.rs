//! File, Edit, View and Help menus, built from [`Command`]s so every item shows its shortcut
//! and greys out when it cannot run.

use crate::app::DossierApp;
use crate::app::command::{Command, CopyForm};
use crate::app::settings::ThemeChoice;
use egui::{AtomExt as _, Button};

/// Draws the menu bar.
pub fn menu_bar_ui(ui: &mut egui::Ui, app: &DossierApp) -> Vec<Command> {
    let mut commands = Vec::new();
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| {
            item_ui(ui, app, Command::Open, &mut commands);
            item_ui(ui, app, Command::OpenFolder, &mut commands);
            ui.menu_button("Open Recent", |ui| {
                recent_files_ui(ui, app, &mut commands);
            });
            item_ui(ui, app, Command::OpenExample, &mut commands);
            ui.separator();
            item_ui(ui, app, Command::ExportStatistics, &mut commands);
            item_ui(ui, app, Command::SaveChart, &mut commands);
            ui.separator();
            item_ui(ui, app, Command::CloseTab, &mut commands);
            item_ui(ui, app, Command::Quit, &mut commands);
        });
        ui.menu_button("Edit", |ui| {
            item_ui(ui, app, Command::CopySelectedFigures, &mut commands);
            item_ui(ui, app, Command::CopyFiguresTable, &mut commands);
            ui.menu_button("Copy selected figures as", |ui| {
                for form in [
                    CopyForm::Value,
                    CopyForm::Csv,
                    CopyForm::Markdown,
                    CopyForm::Citation,
                ] {
                    item_ui(ui, app, Command::CopyFigures(form), &mut commands);
                }
            });
            item_ui(ui, app, Command::SelectAllFigures, &mut commands);
            item_ui(ui, app, Command::CopyChart, &mut commands);
            ui.separator();
            item_ui(ui, app, Command::Find, &mut commands);
            item_ui(ui, app, Command::FindNext, &mut commands);
            item_ui(ui, app, Command::FindPrevious, &mut commands);
            item_ui(ui, app, Command::SearchLibrary, &mut commands);
        });
        ui.menu_button("View", |ui| {
            let s = &app.settings;
            toggle_ui(
                ui,
                app,
                Command::ToggleOutline,
                s.show_outline,
                &mut commands,
            );
            toggle_ui(
                ui,
                app,
                Command::ToggleStatistics,
                s.show_statistics,
                &mut commands,
            );
            toggle_ui(
                ui,
                app,
                Command::ToggleStatusBar,
                s.show_status_bar,
                &mut commands,
            );
            ui.separator();
            toggle_ui(
                ui,
                app,
                Command::ToggleRemovedChrome,
                s.show_removed_chrome,
                &mut commands,
            );
            ui.separator();
            item_ui(ui, app, Command::ZoomIn, &mut commands);
            item_ui(ui, app, Command::ZoomOut, &mut commands);
            item_ui(ui, app, Command::ZoomReset, &mut commands);
            ui.separator();
            ui.menu_button("Theme", |ui| {
                for theme in ThemeChoice::ALL {
                    toggle_ui(
                        ui,
                        app,
                        Command::SetTheme(theme),
                        s.theme == theme,
                        &mut commands,
                    );
                }
            });
            ui.separator();
            item_ui(ui, app, Command::NextTab, &mut commands);
            item_ui(ui, app, Command::PreviousTab, &mut commands);
        });
        ui.menu_button("Help", |ui| {
            item_ui(ui, app, Command::ShowShortcuts, &mut commands);
        });
    });
    commands
}

/// A menu item for `command`.
fn item_ui(ui: &mut egui::Ui, app: &DossierApp, command: Command, commands: &mut Vec<Command>) {
    let mut button = Button::new(command.label());
    if let Some(shortcut) = command.shortcut() {
        button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
    }
    if ui.add_enabled(app.is_enabled(&command), button).clicked() {
        commands.push(command);
        ui.close();
    }
}

/// A menu item with a check mark.
fn toggle_ui(
    ui: &mut egui::Ui,
    app: &DossierApp,
    command: Command,
    on: bool,
    commands: &mut Vec<Command>,
) {
    let check = if on { "✓" } else { "" };
    let mut button =
        Button::new((check.atom_size(egui::vec2(16.0, 14.0)), command.label())).selected(false);
    if let Some(shortcut) = command.shortcut() {
        button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
    }
    let response = ui.add_enabled(app.is_enabled(&command), button);
    if response.clicked() {
        commands.push(command);
        ui.close();
    }
}

/// The recent files, missing ones greyed.
fn recent_files_ui(ui: &mut egui::Ui, app: &DossierApp, commands: &mut Vec<Command>) {
    if app.settings.recent_files.is_empty() {
        ui.add_enabled(false, Button::new("No recent files"));
        return;
    }
    for path in &app.settings.recent_files {
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let exists = path.exists();
        let response = ui
            .add_enabled(exists, Button::new(name))
            .on_hover_text(path.display().to_string())
            .on_disabled_hover_text(format!("{} — not found", path.display()));
        if response.clicked() {
            commands.push(Command::OpenPaths(vec![path.clone()]));
            ui.close();
        }
    }
    ui.separator();
    item_ui(ui, app, Command::ClearRecent, commands);
}
