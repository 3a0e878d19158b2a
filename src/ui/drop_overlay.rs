//! The overlay shown while files are dragged over the window.

use super::theme::{self, Palette};
use egui::{Align2, Stroke};

/// Paints the overlay when files hover over the window.
pub fn drop_overlay_ui(ctx: &egui::Context) {
    let hovered = ctx.input(|i| i.raw.hovered_files.len());
    if hovered == 0 {
        return;
    }
    let palette = Palette::of(ctx);
    let screen = ctx.content_rect();
    let painter = ctx.layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        egui::Id::unique("drop overlay"),
    ));
    painter.rect_filled(screen, 0.0, palette.overlay);
    let inner = screen.shrink(28.0);
    painter.rect_stroke(
        inner,
        16.0,
        Stroke::new(2.0, palette.accent),
        egui::StrokeKind::Inside,
    );
    let noun = if hovered == 1 {
        "this file"
    } else {
        "these files"
    };
    painter.text(
        inner.center() - egui::vec2(0.0, 14.0),
        Align2::CENTER_CENTER,
        format!("Drop to open {noun}"),
        theme::sans_bold(24.0),
        palette.heading,
    );
    painter.text(
        inner.center() + egui::vec2(0.0, 20.0),
        Align2::CENTER_CENTER,
        "Reports open in tabs; folders and archives open as a library",
        theme::sans(15.0),
        palette.muted,
    );
}
