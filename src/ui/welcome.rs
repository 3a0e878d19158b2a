//! What the window shows with nothing open (Open…, the recent files, the example report), and
//! while a file is being read.

use super::theme::{self, Palette};
use crate::app::command::Command;
use crate::app::settings::Settings;
use egui::{Button, RichText, Stroke};
use std::path::Path;
use std::time::Instant;

/// Files expected to take longer than this to read get a progress bar; others a spinner.
const EXPECTED_BYTES_PER_SEC: f64 = 30e6;

/// The welcome page.
pub fn welcome_ui(ui: &mut egui::Ui, settings: &Settings) -> Vec<Command> {
    let mut commands = Vec::new();
    let palette = Palette::of(ui.ctx());
    let width = 520.0_f32.min(ui.available_width() - 48.0);
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.add_space((ui.available_height() * 0.14).clamp(24.0, 120.0));
            ui.vertical_centered(|ui| {
                ui.set_max_width(width);
                ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                    ui.label(
                        RichText::new("Dossier")
                            .font(theme::serif_bold(40.0))
                            .color(palette.heading),
                    );
                    ui.add_space(4.0);
                    ui.label(
                        RichText::new(
                            "Read archived reports: the outline, the clean text, and every figure they state, ready to copy.",
                        )
                        .font(theme::serif(17.0))
                        .color(palette.muted),
                    );
                    ui.add_space(26.0);
                    ui.horizontal(|ui| {
                        let open = Button::new(
                            RichText::new("Open…").color(palette.paper).font(theme::sans_bold(14.0)),
                        )
                        .fill(palette.accent)
                        .min_size(egui::vec2(110.0, 34.0));
                        if ui.add(open).clicked() {
                            commands.push(Command::Open);
                        }
                        ui.add_space(6.0);
                        let folder = Button::new(RichText::new("Open Folder…").font(theme::sans(14.0)))
                            .stroke(Stroke::new(1.0, palette.border))
                            .min_size(egui::vec2(0.0, 34.0));
                        if ui.add(folder).clicked() {
                            commands.push(Command::OpenFolder);
                        }
                        ui.add_space(6.0);
                        let example = Button::new(RichText::new("Open the example report").font(theme::sans(14.0)))
                            .stroke(Stroke::new(1.0, palette.border))
                            .min_size(egui::vec2(0.0, 34.0));
                        if ui.add(example).clicked() {
                            commands.push(Command::OpenExample);
                        }
                    });
                    ui.add_space(10.0);
                    ui.label(
                        RichText::new("…or drop reports, folders or archives (zip, tar, gzip) anywhere in this window.")
                            .color(palette.faint),
                    );
                    ui.add_space(34.0);
                    ui.label(
                        RichText::new("RECENT")
                            .font(theme::sans_bold(11.5))
                            .color(palette.faint),
                    );
                    ui.add_space(4.0);
                    if settings.recent_files.is_empty() {
                        ui.label(RichText::new("Files you open will be listed here.").color(palette.muted));
                    }
                    for path in &settings.recent_files {
                        if recent_file_ui(ui, path, &palette) {
                            commands.push(Command::OpenPaths(vec![path.clone()]));
                        }
                    }
                    ui.add_space(34.0);
                    ui.label(
                        RichText::new("Ctrl+O open  ·  Ctrl+F find  ·  Ctrl+Shift+C copy all figures  ·  F1 all shortcuts")
                            .small()
                            .color(palette.faint),
                    );
                });
            });
        });
    commands
}

/// One recent file: its name, and the folder in grey. Returns whether it was clicked.
fn recent_file_ui(ui: &mut egui::Ui, path: &Path, palette: &Palette) -> bool {
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let folder = path
        .parent()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    let exists = path.exists();
    let mut clicked = false;
    ui.horizontal(|ui| {
        let response = ui
            .add_enabled(
                exists,
                Button::new(RichText::new(&name).color(palette.accent)).frame_when_inactive(false),
            )
            .on_hover_text(path.display().to_string());
        clicked = response.clicked();
        let note = if exists {
            folder
        } else {
            "not found".to_owned()
        };
        ui.label(RichText::new(note).small().color(palette.faint));
    });
    clicked
}

/// The page of a tab whose file is still being read.
/// `fraction` is how far the engine says it has come.
pub fn loading_ui(
    ui: &mut egui::Ui,
    path: &Path,
    started: Instant,
    size_bytes: u64,
    fraction: Option<f32>,
) {
    let palette = Palette::of(ui.ctx());
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    ui.add_space((ui.available_height() * 0.3).max(24.0));
    ui.vertical_centered(|ui| {
        ui.set_max_width(420.0);
        ui.label(
            RichText::new(format!("Reading {name}"))
                .font(theme::sans_bold(16.0))
                .color(palette.heading),
        );
        ui.add_space(10.0);
        let expected_secs = size_bytes as f64 / EXPECTED_BYTES_PER_SEC;
        if expected_secs > 0.4 || started.elapsed().as_secs_f64() > 0.4 {
            let fraction = fraction.unwrap_or(0.0);
            ui.add(
                egui::ProgressBar::new(fraction)
                    .desired_width(360.0)
                    .text(super::format_bytes(size_bytes)),
            );
        } else {
            ui.add(egui::Spinner::new().size(22.0));
        }
    });
    ui.ctx()
        .request_repaint_after(std::time::Duration::from_millis(100));
}
