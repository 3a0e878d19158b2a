//! The strip of open documents above the body.

use super::theme::Palette;
use crate::app::command::Command;
use crate::app::tab::Tab;
use egui::{Button, CornerRadius, Margin, RichText, Stroke};

/// Longest tab title shown, in characters.
const TAB_TITLE_CHARS: usize = 34;

/// Draws the tabs; returns the commands their clicks produce.
pub fn tabs_ui(ui: &mut egui::Ui, tabs: &[Tab], active: usize) -> Vec<Command> {
    let mut commands = Vec::new();
    let palette = Palette::of(ui.ctx());
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = 3.0;
        for (index, tab) in tabs.iter().enumerate() {
            let selected = index == active;
            let title = tab.title();
            let short = shorten(&title, TAB_TITLE_CHARS);
            let frame = egui::Frame::NONE
                .fill(if selected {
                    palette.paper
                } else {
                    palette.panel
                })
                .stroke(if selected {
                    Stroke::new(1.0, palette.border)
                } else {
                    Stroke::NONE
                })
                .corner_radius(CornerRadius {
                    nw: 7,
                    ne: 7,
                    sw: 0,
                    se: 0,
                })
                .inner_margin(Margin {
                    left: 10,
                    right: 4,
                    top: 3,
                    bottom: 3,
                });
            frame.show(ui, |ui| {
                ui.horizontal(|ui| {
                    ui.spacing_mut().item_spacing.x = 2.0;
                    if tab.is_busy() {
                        ui.add(egui::Spinner::new().size(11.0));
                    }
                    let text = RichText::new(short).color(if selected {
                        palette.heading
                    } else {
                        palette.muted
                    });
                    let hover = match tab {
                        Tab::Library(library) => {
                            format!("Library: {}", library.root.display())
                        }
                        _ => title.clone(),
                    };
                    let response = ui
                        .add(Button::selectable(false, text).frame_when_inactive(false))
                        .on_hover_text(hover);
                    response.widget_info(|| {
                        egui::WidgetInfo::selected(
                            egui::Role::Tab,
                            true,
                            selected,
                            format!("Tab {title}"),
                        )
                    });
                    if response.clicked() {
                        commands.push(Command::SelectTab(index));
                    }
                    if response.middle_clicked() {
                        commands.push(Command::CloseTabAt(index));
                    }
                    let close = ui.add(
                        Button::new(RichText::new("×").size(15.0).color(palette.faint))
                            .frame_when_inactive(false)
                            .min_size(egui::vec2(20.0, 20.0)),
                    );
                    close.widget_info(|| {
                        egui::WidgetInfo::labeled(
                            egui::Role::Button,
                            true,
                            format!("Close {title}"),
                        )
                    });
                    if close.clicked() {
                        commands.push(Command::CloseTabAt(index));
                    }
                });
            });
        }
    });
    commands
}

/// `text` cut to `max_chars` with an ellipsis.
pub fn shorten(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        return text.to_owned();
    }
    let mut short: String = text.chars().take(max_chars.saturating_sub(1)).collect();
    short = short.trim_end().to_owned();
    short.push('…');
    short
}
