//! Drawing, one module per part of the window. Each `*_ui` function draws its part and
//! returns the [`crate::app::command::Command`]s its clicks produce; the app applies them.

pub mod banner;
pub mod body_view;
pub mod compare_view;
pub mod drop_overlay;
pub mod figures_table;
pub mod find_bar;
pub mod library_view;
pub mod menu_bar;
pub mod outline_panel;
pub mod shortcuts_window;
pub mod stats_panel;
pub mod status_bar;
pub mod tabs;
pub mod theme;
pub mod welcome;

use egui_extras::TableBuilder;
use theme::Palette;

/// The frame of the menu and status bars.
pub fn bar_frame(ctx: &egui::Context) -> egui::Frame {
    let palette = Palette::of(ctx);
    egui::Frame::NONE
        .fill(palette.panel)
        .inner_margin(egui::Margin::symmetric(10, 4))
}

/// The frame of the tab strip.
pub fn tab_strip_frame(ctx: &egui::Context) -> egui::Frame {
    let palette = Palette::of(ctx);
    egui::Frame::NONE
        .fill(palette.panel)
        .inner_margin(egui::Margin {
            left: 8,
            right: 8,
            top: 2,
            bottom: 0,
        })
}

/// The frame of the outline and statistics panels.
pub fn side_panel_frame(ctx: &egui::Context) -> egui::Frame {
    let palette = Palette::of(ctx);
    egui::Frame::NONE
        .fill(palette.panel)
        .inner_margin(egui::Margin::symmetric(12, 10))
}

/// A table whose rows are clicked: striped, resizable, filling its space, cells centred
/// vertically — the look every table of the window shares.
pub fn clickable_table(ui: &mut egui::Ui, id_salt: impl egui::AsIdSalt) -> TableBuilder<'_> {
    TableBuilder::new(ui)
        .id_salt(id_salt)
        .striped(true)
        .resizable(true)
        .sense(egui::Sense::click())
        .auto_shrink([false, false])
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
}

/// The title of a table column that does not sort.
pub fn column_title_ui(ui: &mut egui::Ui, title: &str, palette: &Palette) {
    ui.label(
        egui::RichText::new(title)
            .font(theme::sans_bold(12.5))
            .color(palette.muted),
    );
}

/// One row of a hand-drawn list (search hits, measures) of `size` (points), filled when
/// selected or hovered. The caller paints its text in the rect and labels the response.
pub fn list_row_ui(
    ui: &mut egui::Ui,
    size: egui::Vec2,
    selected: bool,
    palette: &Palette,
) -> (egui::Rect, egui::Response) {
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::click());
    let fill = if selected {
        Some(palette.row_selected)
    } else if response.hovered() {
        Some(palette.row_hover)
    } else {
        None
    };
    if let Some(fill) = fill {
        ui.painter().rect_filled(rect, 5.0, fill);
    }
    (rect, response)
}

/// Names a row of a list or table for screen readers and the tests: an option, `selected` or
/// not, labelled `label`.
pub fn name_option(response: &egui::Response, selected: bool, label: impl Fn() -> String) {
    response.widget_info(|| {
        egui::WidgetInfo::selected(egui::Role::ListBoxOption, true, selected, label())
    });
}

/// Gives a widget (a text field, say) its accessible name, which screen readers read and
/// the UI tests find it by.
pub fn name_widget(ui: &egui::Ui, response: &egui::Response, name: &str) {
    ui.ctx()
        .accesskit_node_builder(response.id, |node| node.set_label(name));
}

/// A number for people: thousands separated, at most four decimals (`8,500`, `0.0714`).
pub fn format_number(value: f64) -> String {
    let plain = crate::export::plain_number(value);
    let (sign, digits) = match plain.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", plain.as_str()),
    };
    let (int, frac) = match digits.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (digits, None),
    };
    let mut grouped = String::with_capacity(int.len() + int.len() / 3);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    match frac {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

/// "22.4 MB", "11 KB".
pub fn format_bytes(bytes: u64) -> String {
    let b = bytes as f64;
    if b >= 1e9 {
        format!("{:.1} GB", b / 1e9)
    } else if b >= 1e6 {
        format!("{:.1} MB", b / 1e6)
    } else if b >= 1e3 {
        format!("{:.0} KB", b / 1e3)
    } else {
        format!("{bytes} bytes")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_for_people_group_thousands() {
        assert_eq!(format_number(8500.0), "8,500");
        assert_eq!(format_number(138000.0), "138,000");
        assert_eq!(format_number(1.0 / 14.0), "0.0714");
        assert_eq!(format_number(-1234567.5), "-1,234,567.5");
        assert_eq!(format_number(70.0), "70");
    }
}
