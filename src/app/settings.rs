//! What Dossier remembers between runs: theme, zoom, recent files, panels, and where the reader
//! was in each document. Saved every few seconds and on exit to `settings.json` in Dossier's
//! data folder, atomically (a crash mid-write leaves the previous file whole); eframe's own
//! `app.ron` keeps a copy and the window size and panel widths.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// How many files File ▸ Open Recent lists.
pub const RECENT_FILES_MAX: usize = 10;
/// How many documents' reading positions are kept.
pub const READING_POSITIONS_MAX: usize = 200;
/// Zoom limits of the body text.
pub const ZOOM_MIN: f32 = 0.6;
pub const ZOOM_MAX: f32 = 2.5;

/// Light, dark, or whatever the system prefers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeChoice {
    Light,
    Dark,
    #[default]
    System,
}

impl ThemeChoice {
    pub const ALL: [ThemeChoice; 3] = [ThemeChoice::Light, ThemeChoice::Dark, ThemeChoice::System];

    pub fn label(self) -> &'static str {
        match self {
            ThemeChoice::Light => "Light",
            ThemeChoice::Dark => "Dark",
            ThemeChoice::System => "Follow system",
        }
    }

    pub fn preference(self) -> egui::ThemePreference {
        match self {
            ThemeChoice::Light => egui::ThemePreference::Light,
            ThemeChoice::Dark => egui::ThemePreference::Dark,
            ThemeChoice::System => egui::ThemePreference::System,
        }
    }
}

/// Where the reader was: the byte offset in the body of the first line on screen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReadingPosition {
    pub offset: usize,
    /// Seconds since the Unix epoch when it was recorded, so the oldest are dropped first.
    pub saved_at_secs: u64,
}

/// The persisted state. Every field has a default, so older or newer files still load.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub theme: ThemeChoice,
    /// Body text zoom, 1.0 = 100 %.
    pub zoom: f32,
    /// Most recent first.
    pub recent_files: Vec<PathBuf>,
    pub show_outline: bool,
    pub show_statistics: bool,
    pub show_status_bar: bool,
    pub show_removed_chrome: bool,
    /// Keyed by the document's path as shown (`Document::path`).
    pub reading_positions: BTreeMap<String, ReadingPosition>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            theme: ThemeChoice::System,
            zoom: 1.0,
            recent_files: Vec::new(),
            show_outline: true,
            show_statistics: true,
            show_status_bar: true,
            show_removed_chrome: false,
            reading_positions: BTreeMap::new(),
        }
    }
}

impl Settings {
    /// Puts `path` first in the recent files.
    pub fn remember_recent(&mut self, path: &Path) {
        self.recent_files.retain(|p| p != path);
        self.recent_files.insert(0, path.to_owned());
        self.recent_files.truncate(RECENT_FILES_MAX);
    }

    /// Records where the reader is in `document_path`.
    pub fn remember_position(&mut self, document_path: &str, offset: usize) {
        let saved_at_secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        self.reading_positions.insert(
            document_path.to_owned(),
            ReadingPosition {
                offset,
                saved_at_secs,
            },
        );
        while self.reading_positions.len() > READING_POSITIONS_MAX {
            let Some(oldest) = self
                .reading_positions
                .iter()
                .min_by_key(|(_, p)| p.saved_at_secs)
                .map(|(k, _)| k.clone())
            else {
                break;
            };
            self.reading_positions.remove(&oldest);
        }
    }

    /// Reads settings saved by [`Settings::save_atomically`]; `None` when there are none or the
    /// file cannot be understood.
    pub fn load(path: &Path) -> Option<Self> {
        let text = std::fs::read_to_string(path).ok()?;
        serde_json::from_str(&text).ok()
    }

    /// Writes the settings so that the file on disk is always either the old one or the new
    /// one, whole: into a temporary file beside it, flushed to disk, then renamed over it.
    pub fn save_atomically(&self, path: &Path) -> std::io::Result<()> {
        use std::io::Write;
        let json = serde_json::to_vec_pretty(self).map_err(std::io::Error::other)?;
        let dir = path.parent().unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir)?;
        let temporary = dir.join(format!(
            ".{}.{}.tmp",
            path.file_name()
                .and_then(|n| n.to_str())
                .unwrap_or("settings"),
            std::process::id()
        ));
        let result = (|| {
            let mut file = std::fs::File::create(&temporary)?;
            file.write_all(&json)?;
            file.sync_all()?;
            std::fs::rename(&temporary, path)
        })();
        if result.is_err() {
            let _ = std::fs::remove_file(&temporary);
        }
        result
    }

    /// Brings values from a hand-edited or damaged file back into range.
    pub fn sanitized(mut self) -> Self {
        if !self.zoom.is_finite() {
            self.zoom = 1.0;
        }
        self.zoom = self.zoom.clamp(ZOOM_MIN, ZOOM_MAX);
        self.recent_files.truncate(RECENT_FILES_MAX);
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_are_saved_whole_and_read_back() {
        let dir = std::env::temp_dir().join(format!("dossier-settings-{}", std::process::id()));
        let path = dir.join("settings.json");
        let mut settings = Settings {
            zoom: 1.25,
            ..Settings::default()
        };
        settings.remember_recent(Path::new("/reports/kazakstan.txt"));
        settings.save_atomically(&path).expect("saved");
        assert_eq!(Settings::load(&path), Some(settings.clone()));
        // Saving again replaces the file and leaves no temporary file behind.
        settings.zoom = 1.5;
        settings.save_atomically(&path).expect("saved again");
        assert_eq!(Settings::load(&path).map(|s| s.zoom), Some(1.5));
        let names: Vec<_> = std::fs::read_dir(&dir)
            .expect("dir")
            .filter_map(|e| e.ok())
            .map(|e| e.file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("settings.json")]);
        // A damaged file is ignored rather than trusted.
        std::fs::write(&path, "{ not json").expect("write");
        assert_eq!(Settings::load(&path), None);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn recent_files_keep_the_latest_ten_without_duplicates() {
        let mut settings = Settings::default();
        for i in 0..12 {
            settings.remember_recent(Path::new(&format!("/r/{i}.txt")));
        }
        settings.remember_recent(Path::new("/r/5.txt"));
        assert_eq!(settings.recent_files.len(), RECENT_FILES_MAX);
        assert_eq!(settings.recent_files[0], Path::new("/r/5.txt"));
        assert_eq!(
            settings
                .recent_files
                .iter()
                .filter(|p| p.ends_with("5.txt"))
                .count(),
            1
        );
    }

    #[test]
    fn settings_from_an_older_file_fill_in_defaults() {
        let settings: Settings = serde_json::from_str(r#"{"zoom": 1.5}"#).unwrap_or_default();
        assert_eq!(settings.zoom, 1.5);
        assert!(settings.show_outline);
        assert_eq!(settings.theme, ThemeChoice::System);
    }
}
