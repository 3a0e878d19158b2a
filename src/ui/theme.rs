//! Colours, fonts and spacing. Every colour the window paints comes from a [`Palette`] here, so
//! light and dark stay in step.

use egui::{Color32, FontData, FontDefinitions, FontFamily, FontId, Stroke, Theme};
use std::sync::Arc;

/// The body font family (a serif for reading).
pub const SERIF: &str = "serif";
/// The body's bold face (headings and run-in heads).
pub const SERIF_BOLD: &str = "serif-bold";
/// The interface's bold face.
pub const UI_BOLD: &str = "ui-bold";

/// Body text size at 100 % zoom, in points.
pub const BODY_SIZE_PT: f32 = 17.0;
/// Interface text size, in points.
pub const UI_SIZE_PT: f32 = 13.5;

/// The named colours of one theme.
#[derive(Clone, Copy, Debug)]
pub struct Palette {
    /// Behind the reading column.
    pub paper: Color32,
    /// Side panels, bars.
    pub panel: Color32,
    /// Text fields, table stripes.
    pub field: Color32,
    pub text: Color32,
    pub heading: Color32,
    pub muted: Color32,
    pub faint: Color32,
    pub border: Color32,
    pub accent: Color32,
    pub accent_soft: Color32,
    /// A figure in the body.
    pub figure: Color32,
    /// The line under a figure in the body.
    pub figure_underline: Color32,
    /// A figure whose row is selected in the table.
    pub figure_selected: Color32,
    /// The flash after jumping to a figure.
    pub flash: Color32,
    pub find_hit: Color32,
    pub find_current: Color32,
    /// Removed site chrome, when shown.
    pub chrome_text: Color32,
    pub chrome_rule: Color32,
    pub error_fill: Color32,
    pub error_text: Color32,
    pub error_border: Color32,
    pub toast_fill: Color32,
    pub toast_text: Color32,
    pub overlay: Color32,
    pub row_selected: Color32,
    pub row_hover: Color32,
    /// The series of a chart, in order (bars take the first).
    pub chart: [Color32; 6],
    /// Chart grid lines.
    pub chart_grid: Color32,
}

impl Palette {
    pub fn light() -> Self {
        Self {
            paper: Color32::from_rgb(0xFB, 0xFA, 0xF7),
            panel: Color32::from_rgb(0xF2, 0xF1, 0xED),
            field: Color32::from_rgb(0xFF, 0xFF, 0xFF),
            text: Color32::from_rgb(0x26, 0x28, 0x2C),
            heading: Color32::from_rgb(0x17, 0x1A, 0x1F),
            muted: Color32::from_rgb(0x6A, 0x6E, 0x75),
            faint: Color32::from_rgb(0x9A, 0x9D, 0xA2),
            border: Color32::from_rgb(0xDD, 0xDB, 0xD5),
            accent: Color32::from_rgb(0x2D, 0x6A, 0xA8),
            accent_soft: Color32::from_rgb(0xDC, 0xE8, 0xF4),
            figure: Color32::from_rgb(0xF5, 0xEC, 0xD8),
            figure_underline: Color32::from_rgb(0xC8, 0x9B, 0x45),
            figure_selected: Color32::from_rgb(0xC9, 0xDC, 0xF0),
            flash: Color32::from_rgba_unmultiplied(0x2D, 0x6A, 0xA8, 90),
            find_hit: Color32::from_rgb(0xFA, 0xE3, 0x8C),
            find_current: Color32::from_rgb(0xF3, 0xA7, 0x4E),
            chrome_text: Color32::from_rgb(0xA3, 0xA5, 0xA9),
            chrome_rule: Color32::from_rgb(0xE2, 0xE0, 0xDA),
            error_fill: Color32::from_rgb(0xFB, 0xEC, 0xEA),
            error_text: Color32::from_rgb(0x8A, 0x24, 0x1C),
            error_border: Color32::from_rgb(0xEB, 0xC3, 0xBE),
            toast_fill: Color32::from_rgb(0x2B, 0x2E, 0x33),
            toast_text: Color32::from_rgb(0xF4, 0xF4, 0xF2),
            overlay: Color32::from_rgba_unmultiplied(0xFB, 0xFA, 0xF7, 225),
            row_selected: Color32::from_rgb(0xD6, 0xE4, 0xF3),
            row_hover: Color32::from_rgb(0xEA, 0xE8, 0xE2),
            chart: [
                Color32::from_rgb(0x2D, 0x6A, 0xA8),
                Color32::from_rgb(0xC8, 0x7D, 0x2E),
                Color32::from_rgb(0x4E, 0x8C, 0x5A),
                Color32::from_rgb(0xA8, 0x4A, 0x5C),
                Color32::from_rgb(0x6E, 0x5B, 0xA6),
                Color32::from_rgb(0x3F, 0x8F, 0x95),
            ],
            chart_grid: Color32::from_rgb(0xE4, 0xE2, 0xDC),
        }
    }

    pub fn dark() -> Self {
        Self {
            paper: Color32::from_rgb(0x1D, 0x1E, 0x21),
            panel: Color32::from_rgb(0x17, 0x18, 0x1A),
            field: Color32::from_rgb(0x25, 0x27, 0x2B),
            text: Color32::from_rgb(0xD8, 0xD6, 0xD1),
            heading: Color32::from_rgb(0xEE, 0xEC, 0xE7),
            muted: Color32::from_rgb(0x9C, 0x9A, 0x95),
            faint: Color32::from_rgb(0x6E, 0x6D, 0x69),
            border: Color32::from_rgb(0x33, 0x34, 0x38),
            accent: Color32::from_rgb(0x7F, 0xB0, 0xE0),
            accent_soft: Color32::from_rgb(0x24, 0x33, 0x44),
            figure: Color32::from_rgb(0x3A, 0x33, 0x25),
            figure_underline: Color32::from_rgb(0xA8, 0x84, 0x40),
            figure_selected: Color32::from_rgb(0x2A, 0x45, 0x63),
            flash: Color32::from_rgba_unmultiplied(0x7F, 0xB0, 0xE0, 80),
            find_hit: Color32::from_rgb(0x6B, 0x5A, 0x1E),
            find_current: Color32::from_rgb(0xB0, 0x6A, 0x1F),
            chrome_text: Color32::from_rgb(0x6C, 0x6B, 0x68),
            chrome_rule: Color32::from_rgb(0x30, 0x31, 0x34),
            error_fill: Color32::from_rgb(0x3A, 0x22, 0x20),
            error_text: Color32::from_rgb(0xF2, 0xB8, 0xB0),
            error_border: Color32::from_rgb(0x5C, 0x33, 0x2E),
            toast_fill: Color32::from_rgb(0xE8, 0xE6, 0xE1),
            toast_text: Color32::from_rgb(0x1D, 0x1E, 0x21),
            overlay: Color32::from_rgba_unmultiplied(0x1D, 0x1E, 0x21, 225),
            row_selected: Color32::from_rgb(0x26, 0x3A, 0x52),
            row_hover: Color32::from_rgb(0x25, 0x26, 0x29),
            chart: [
                Color32::from_rgb(0x7F, 0xB0, 0xE0),
                Color32::from_rgb(0xE0, 0xA4, 0x5E),
                Color32::from_rgb(0x86, 0xC0, 0x8E),
                Color32::from_rgb(0xD8, 0x84, 0x94),
                Color32::from_rgb(0xA9, 0x9A, 0xDE),
                Color32::from_rgb(0x76, 0xC3, 0xC8),
            ],
            chart_grid: Color32::from_rgb(0x30, 0x31, 0x34),
        }
    }

    /// The palette of the theme in use.
    pub fn of(ctx: &egui::Context) -> Self {
        match ctx.theme() {
            Theme::Dark => Self::dark(),
            Theme::Light => Self::light(),
        }
    }
}

/// A font of the body family at `size_pt`.
pub fn serif(size_pt: f32) -> FontId {
    FontId::new(size_pt, FontFamily::Name(SERIF.into()))
}

/// The body's bold face.
pub fn serif_bold(size_pt: f32) -> FontId {
    FontId::new(size_pt, FontFamily::Name(SERIF_BOLD.into()))
}

/// The interface font.
pub fn sans(size_pt: f32) -> FontId {
    FontId::new(size_pt, FontFamily::Proportional)
}

/// The interface's bold face.
pub fn sans_bold(size_pt: f32) -> FontId {
    FontId::new(size_pt, FontFamily::Name(UI_BOLD.into()))
}

/// Installs the bundled fonts (Inter for the interface, Noto Serif for the body), keeping
/// egui's own fonts as fallbacks for symbols and emoji.
pub fn install_fonts(ctx: &egui::Context) {
    let mut fonts = FontDefinitions::default();
    let mut add = |name: &str, bytes: &'static [u8]| {
        fonts
            .font_data
            .insert(name.to_owned(), Arc::new(FontData::from_static(bytes)));
    };
    add(
        "Inter",
        include_bytes!("../../assets/fonts/Inter-Regular.otf"),
    );
    add(
        "Inter-SemiBold",
        include_bytes!("../../assets/fonts/Inter-SemiBold.otf"),
    );
    add(
        "NotoSerif",
        include_bytes!("../../assets/fonts/NotoSerif-Regular.ttf"),
    );
    add(
        "NotoSerif-Bold",
        include_bytes!("../../assets/fonts/NotoSerif-Bold.ttf"),
    );

    let fallbacks: Vec<String> = fonts
        .families
        .get(&FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    let family = |first: &str| {
        std::iter::once(first.to_owned())
            .chain(fallbacks.iter().cloned())
            .collect::<Vec<_>>()
    };
    fonts
        .families
        .insert(FontFamily::Proportional, family("Inter"));
    fonts
        .families
        .insert(FontFamily::Name(UI_BOLD.into()), family("Inter-SemiBold"));
    fonts
        .families
        .insert(FontFamily::Name(SERIF.into()), family("NotoSerif"));
    fonts.families.insert(
        FontFamily::Name(SERIF_BOLD.into()),
        family("NotoSerif-Bold"),
    );
    ctx.set_fonts(fonts);
}

/// Sets egui's visuals and spacing for both themes from the palettes.
pub fn install_style(ctx: &egui::Context) {
    for (theme, palette) in [
        (Theme::Light, Palette::light()),
        (Theme::Dark, Palette::dark()),
    ] {
        ctx.style_mut_of(theme, |style| {
            use egui::TextStyle;
            style.text_styles.insert(TextStyle::Body, sans(UI_SIZE_PT));
            style
                .text_styles
                .insert(TextStyle::Button, sans(UI_SIZE_PT));
            style
                .text_styles
                .insert(TextStyle::Small, sans(UI_SIZE_PT - 2.0));
            style
                .text_styles
                .insert(TextStyle::Heading, sans_bold(18.0));
            style.text_styles.insert(
                TextStyle::Monospace,
                FontId::new(UI_SIZE_PT - 0.5, FontFamily::Monospace),
            );
            style.spacing.item_spacing = egui::vec2(8.0, 6.0);
            style.spacing.button_padding = egui::vec2(8.0, 4.0);
            style.spacing.interact_size.y = 24.0;
            style.spacing.menu_margin = egui::Margin::same(6);
            style.interaction.selectable_labels = false;

            let v = &mut style.visuals;
            v.panel_fill = palette.panel;
            v.window_fill = palette.field;
            v.extreme_bg_color = palette.field;
            v.faint_bg_color = palette.panel;
            v.window_stroke = Stroke::new(1.0, palette.border);
            v.hyperlink_color = palette.accent;
            v.selection.bg_fill = palette.accent_soft;
            v.selection.stroke = Stroke::new(1.0, palette.accent);
            v.override_text_color = None;
            v.widgets.noninteractive.fg_stroke = Stroke::new(1.0, palette.text);
            v.widgets.noninteractive.bg_stroke = Stroke::new(1.0, palette.border);
            v.widgets.noninteractive.bg_fill = palette.panel;
            v.widgets.inactive.fg_stroke = Stroke::new(1.0, palette.text);
            v.widgets.inactive.weak_bg_fill = palette.panel;
            v.widgets.inactive.bg_fill = palette.field;
            v.widgets.hovered.weak_bg_fill = palette.row_hover;
            v.widgets.hovered.bg_fill = palette.row_hover;
            v.widgets.hovered.fg_stroke = Stroke::new(1.0, palette.heading);
            v.widgets.hovered.bg_stroke = Stroke::new(1.0, palette.border);
            v.widgets.active.weak_bg_fill = palette.accent_soft;
            v.widgets.active.fg_stroke = Stroke::new(1.0, palette.heading);
            v.widgets.open.weak_bg_fill = palette.row_hover;
            for w in [
                &mut v.widgets.noninteractive,
                &mut v.widgets.inactive,
                &mut v.widgets.hovered,
                &mut v.widgets.active,
                &mut v.widgets.open,
            ] {
                w.corner_radius = egui::CornerRadius::same(5);
            }
        });
    }
}

/// Font files that cover Chinese, Japanese and Korean, where systems usually keep them. None
/// is bundled (they weigh 10–20 MB); the first one found becomes the last fallback.
const CJK_FONT_CANDIDATES: [&str; 9] = [
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/System/Library/Fonts/PingFang.ttc",
    "/System/Library/Fonts/Hiragino Sans GB.ttc",
    "C:\\Windows\\Fonts\\msyh.ttc",
];

/// Adds a system CJK font as the last fallback of every family, read on a helper thread so
/// the first frame does not wait for it. Without one, such text shows as boxes.
pub fn add_system_fallback_fonts(ctx: &egui::Context) {
    let ctx = ctx.clone();
    let _ = std::thread::Builder::new()
        .name("fallback fonts".into())
        .spawn(move || {
            let Some(bytes) = CJK_FONT_CANDIDATES
                .iter()
                .find_map(|path| std::fs::read(path).ok())
            else {
                return;
            };
            let families = [
                FontFamily::Proportional,
                FontFamily::Name(UI_BOLD.into()),
                FontFamily::Name(SERIF.into()),
                FontFamily::Name(SERIF_BOLD.into()),
            ]
            .into_iter()
            .map(|family| egui::epaint::text::InsertFontFamily {
                family,
                priority: egui::epaint::text::FontPriority::Lowest,
            })
            .collect();
            ctx.add_font(egui::epaint::text::FontInsert::new(
                "system-cjk",
                FontData::from_owned(bytes),
                families,
            ));
            ctx.request_repaint();
        });
}
