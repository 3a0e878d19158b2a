//! The status bar: encoding, counts, load time on the left; section, position and zoom on
//! the right.

use super::theme::Palette;
use crate::app::DossierApp;
use crate::document::SourceFormat;
use egui::RichText;

/// Draws the status bar.
pub fn status_bar_ui(ui: &mut egui::Ui, app: &DossierApp) {
    let palette = Palette::of(ui.ctx());
    let text = |s: String| RichText::new(s).small().color(palette.muted);
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = 14.0;
        if let Some(tab) = app.active_tab() {
            let document = &tab.document;
            let format = match document.format {
                SourceFormat::Html => "HTML",
                SourceFormat::Text => "Text",
            };
            ui.label(text(format!("{format} · {}", document.encoding)));
            ui.label(text(format!(
                "{} figures · {} dates · {} acronyms",
                document.statistics.len(),
                document.dates.len(),
                document.acronyms.len()
            )));
            ui.label(text(format!(
                "{} · read in {}",
                super::format_bytes(document.text.len() as u64),
                format_duration(tab.load_time)
            )));
            if !document.warnings.is_empty() {
                ui.label(
                    RichText::new(format!("⚠ {}", document.warnings.join(" ")))
                        .small()
                        .color(palette.error_text),
                );
            }
        } else if let Some(library) = app.active_library() {
            ui.label(text(format!(
                "{} · {} documents · {} figures · {} of text",
                library.kind_label(),
                library.documents.len(),
                library.figure_rows.len(),
                super::format_bytes(library.text_bytes as u64)
            )));
            let problems = library.problem_count();
            if problems > 0 {
                ui.label(
                    RichText::new(format!(
                        "⚠ {problems} {} not read",
                        if problems == 1 { "entry" } else { "entries" }
                    ))
                    .small()
                    .color(palette.error_text),
                );
            }
        } else if app.tabs.is_empty() {
            ui.label(text("No document open".to_owned()));
        }
        if app.is_loading() {
            ui.add(egui::Spinner::new().size(12.0));
            let what = if app.active_library().is_some_and(|l| l.is_indexing()) {
                "Indexing…"
            } else {
                "Reading…"
            };
            ui.label(text(what.to_owned()));
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.label(text(format!("{:.0} %", app.settings.zoom * 100.0)))
                .on_hover_text("Zoom: Ctrl+= and Ctrl+-, Ctrl+0 resets");
            if let Some(tab) = app.active_tab() {
                ui.label(text(format!("{:.0} % read", tab.body.progress * 100.0)));
                if let Some(section) = tab
                    .current_section()
                    .and_then(|i| tab.document.sections.get(i))
                {
                    ui.label(text(section.title.clone()));
                }
            }
        });
    });
}

/// "12 ms", "1.4 s".
fn format_duration(duration: std::time::Duration) -> String {
    let ms = duration.as_secs_f64() * 1000.0;
    if ms < 1000.0 {
        format!("{ms:.0} ms")
    } else {
        format!("{:.1} s", ms / 1000.0)
    }
}
