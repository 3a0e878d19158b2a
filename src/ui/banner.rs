//! Error banners ("Couldn't open photo.png — this is a PNG image, not a text or HTML report")
//! and the short notice that confirms a copy.

use super::theme::{self, Palette};
use crate::app::Banner;
use crate::app::command::Command;
use egui::{Align2, Button, Margin, RichText, Stroke};

/// Draws the error banners, newest last; returns dismissals.
pub fn banners_ui(ui: &mut egui::Ui, banners: &[Banner]) -> Vec<Command> {
    let mut commands = Vec::new();
    let palette = Palette::of(ui.ctx());
    for banner in banners {
        egui::Frame::NONE
            .fill(palette.error_fill)
            .stroke(Stroke::new(1.0, palette.error_border))
            .inner_margin(Margin::symmetric(14, 8))
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.horizontal(|ui| {
                    ui.label(RichText::new("⚠").color(palette.error_text).size(15.0));
                    ui.label(
                        RichText::new(format!("Couldn’t open {}", banner.file))
                            .font(theme::sans_bold(theme::UI_SIZE_PT))
                            .color(palette.error_text),
                    );
                    ui.label(
                        RichText::new(format!("— {}", banner.reason)).color(palette.error_text),
                    );
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        let dismiss = ui.add(Button::new("Dismiss").frame_when_inactive(false));
                        dismiss.widget_info(|| {
                            egui::WidgetInfo::labeled(
                                egui::Role::Button,
                                true,
                                format!("Dismiss the error about {}", banner.file),
                            )
                        });
                        if dismiss.clicked() {
                            commands.push(Command::DismissBanner(banner.id));
                        }
                    });
                });
            });
    }
    commands
}

/// A notice at the bottom centre of the window.
pub fn toast_ui(ctx: &egui::Context, text: &str) {
    let palette = Palette::of(ctx);
    egui::Area::new(egui::Id::unique("toast"))
        .anchor(Align2::CENTER_BOTTOM, egui::vec2(0.0, -48.0))
        .order(egui::Order::Tooltip)
        .interactable(false)
        .show(ctx, |ui| {
            egui::Frame::NONE
                .fill(palette.toast_fill)
                .corner_radius(8)
                .inner_margin(Margin::symmetric(16, 9))
                .shadow(egui::Shadow {
                    offset: [0, 4],
                    blur: 16,
                    spread: 0,
                    color: egui::Color32::from_black_alpha(60),
                })
                .show(ui, |ui| {
                    ui.label(RichText::new(text).color(palette.toast_text));
                });
        });
}
