//! The compare chart as a picture: egui draws it like everything else, so copying it means a
//! screenshot of the next frame (`ViewportCommand::Screenshot`), cropped to where the chart was
//! drawn, then put on the clipboard (`copy_image`) or encoded as PNG.

use std::path::PathBuf;

/// What to do with the chart's pixels.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CaptureTarget {
    Clipboard,
    File(PathBuf),
}

/// A screenshot requested for the chart.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartCapture {
    /// Where the chart is, in points.
    pub rect: egui::Rect,
    pub pixels_per_point: f32,
    pub target: CaptureTarget,
}

/// The part of `image` under `rect` (points); `None` when they do not overlap.
pub fn crop(
    image: &egui::ColorImage,
    rect: egui::Rect,
    pixels_per_point: f32,
) -> Option<egui::ColorImage> {
    let [width, height] = image.size;
    let pixel = |points: f32, limit: usize| {
        ((points * pixels_per_point).round().max(0.0) as usize).min(limit)
    };
    let (x0, x1) = (pixel(rect.min.x, width), pixel(rect.max.x, width));
    let (y0, y1) = (pixel(rect.min.y, height), pixel(rect.max.y, height));
    if x1 <= x0 || y1 <= y0 {
        return None;
    }
    Some(image.region_by_pixels([x0, y0], [x1 - x0, y1 - y0]))
}

/// `image` as a PNG file (8-bit RGBA).
pub fn encode_png(image: &egui::ColorImage) -> Result<Vec<u8>, String> {
    let [width, height] = image.size;
    let rgba: Vec<u8> = image
        .pixels
        .iter()
        .flat_map(|pixel| pixel.to_srgba_unmultiplied())
        .collect();
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, width as u32, height as u32);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().map_err(|e| e.to_string())?;
    writer.write_image_data(&rgba).map_err(|e| e.to_string())?;
    writer.finish().map_err(|e| e.to_string())?;
    Ok(out)
}

/// A file name for a chart of `label`: `hectares-of-cannabis.png`.
pub fn file_name_for(label: &str) -> String {
    let mut name = String::new();
    for c in label.chars() {
        if c.is_alphanumeric() {
            name.extend(c.to_lowercase());
        } else if !name.ends_with('-') && !name.is_empty() {
            name.push('-');
        }
    }
    let name = name.trim_end_matches('-');
    if name.is_empty() {
        "chart.png".to_owned()
    } else {
        format!("{name}.png")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_crop_stays_inside_the_image() {
        let image = egui::ColorImage::filled([100, 50], egui::Color32::WHITE);
        let rect = egui::Rect::from_min_max(egui::pos2(40.0, 10.0), egui::pos2(80.0, 90.0));
        let cropped = crop(&image, rect, 2.0).expect("overlaps");
        assert_eq!(cropped.size, [20, 30]);
        let outside = egui::Rect::from_min_max(egui::pos2(120.0, 0.0), egui::pos2(130.0, 10.0));
        assert!(crop(&image, outside, 1.0).is_none());
    }

    #[test]
    fn a_png_starts_with_its_signature() {
        let image = egui::ColorImage::filled([3, 2], egui::Color32::RED);
        let png = encode_png(&image).expect("encodes");
        assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"));
    }

    #[test]
    fn chart_file_names_read_like_the_measure() {
        assert_eq!(
            file_name_for("hectares of cannabis"),
            "hectares-of-cannabis.png"
        );
        assert_eq!(file_name_for("drugs (%)"), "drugs.png");
        assert_eq!(file_name_for("…"), "chart.png");
    }
}
