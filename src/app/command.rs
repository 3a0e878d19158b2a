//! Every user action is one [`Command`]. Menus, keyboard shortcuts, buttons and the tests all
//! produce commands; [`crate::app::DossierApp`] applies them after the frame is laid out.

use super::library::LibraryView;
use super::settings::ThemeChoice;
use crate::document::Span;
use egui::{Key, KeyboardShortcut, Modifiers};
use std::path::PathBuf;

/// What a copy from the figures table puts on the clipboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CopyForm {
    /// The selected rows as TSV with a header row (what Ctrl+C copies).
    Rows,
    /// Only the value cells, one per line.
    Value,
    Csv,
    Markdown,
    /// "6 t of illegal narcotics — `<document>, <section>`", one per line.
    Citation,
}

/// A user action.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    // File
    Open,
    /// Pick a folder to open as a library.
    OpenFolder,
    /// Open files, folders or archives (folders and archives open as libraries).
    OpenPaths(Vec<PathBuf>),
    OpenExample,
    ClearRecent,
    ExportStatistics,
    CloseTab,
    CloseTabAt(usize),
    Quit,
    // Edit
    /// Copy the selected figures (TSV with header).
    CopySelectedFigures,
    /// Copy the whole figures table as filtered (TSV with header).
    CopyFiguresTable,
    CopyFigures(CopyForm),
    SelectAllFigures,
    Find,
    FindNext,
    FindPrevious,
    CloseFind,
    // View
    ZoomIn,
    ZoomOut,
    ZoomReset,
    ToggleOutline,
    ToggleStatistics,
    ToggleStatusBar,
    ToggleRemovedChrome,
    SetTheme(ThemeChoice),
    NextTab,
    PreviousTab,
    SelectTab(usize),
    // Navigation inside a document
    JumpToSection(usize),
    /// Scroll the body to a figure and flash it (a click in the figures table).
    GoToFigure(usize),
    /// Select a figure's row in the table (a click on the figure in the body).
    SelectFigure(usize),
    /// Scroll the body to a byte offset and flash `span` (dates, acronyms).
    GoToSpan(Span),
    // Libraries
    /// Show the search view of the library in use, with the keyboard in its query field.
    SearchLibrary,
    /// Stop indexing the active library; what was read stays.
    CancelIndexing,
    ShowLibraryView(LibraryView),
    /// Open document `entry` of library `library` in a tab; scroll to `at` and flash it.
    OpenEntry {
        library: u64,
        entry: usize,
        at: Option<Span>,
    },
    /// Copy the compare chart to the clipboard as an image.
    CopyChart,
    /// Save the compare chart as a PNG file.
    SaveChart,
    // Help and notices
    ShowShortcuts,
    DismissBanner(u64),
}

const fn shortcut(modifiers: Modifiers, key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(modifiers, key)
}

const CTRL: Modifiers = Modifiers::COMMAND;
const CTRL_SHIFT: Modifiers = Modifiers {
    alt: false,
    ctrl: false,
    shift: true,
    mac_cmd: false,
    command: true,
};

const CTRL_ALT: Modifiers = Modifiers {
    alt: true,
    ctrl: false,
    shift: false,
    mac_cmd: false,
    command: true,
};

impl Command {
    /// The commands that have a keyboard shortcut, most specific first (Ctrl+Shift+C before
    /// Ctrl+C), which is the order to test them in.
    pub fn with_shortcuts() -> Vec<Command> {
        let mut all = vec![
            Command::Open,
            Command::OpenFolder,
            Command::SearchLibrary,
            Command::ExportStatistics,
            Command::CloseTab,
            Command::Quit,
            Command::CopyFiguresTable,
            Command::CopySelectedFigures,
            Command::SelectAllFigures,
            Command::Find,
            Command::FindNext,
            Command::FindPrevious,
            Command::CloseFind,
            Command::ZoomIn,
            Command::ZoomOut,
            Command::ZoomReset,
            Command::ToggleOutline,
            Command::ToggleStatistics,
            Command::ToggleRemovedChrome,
            Command::NextTab,
            Command::PreviousTab,
            Command::ShowShortcuts,
        ];
        all.sort_by_key(|c| {
            std::cmp::Reverse(c.shortcut().map_or(0, |s| {
                u8::from(s.modifiers.shift)
                    + u8::from(s.modifiers.alt)
                    + u8::from(s.modifiers.command)
            }))
        });
        all
    }

    /// The text on menu items and in the shortcuts window.
    pub fn label(&self) -> String {
        match self {
            Command::Open => "Open…".into(),
            Command::OpenFolder => "Open Folder…".into(),
            Command::OpenPaths(paths) => match paths.as_slice() {
                [one] => format!("Open {}", one.display()),
                _ => format!("Open {} files", paths.len()),
            },
            Command::OpenExample => "Open the example report".into(),
            Command::ClearRecent => "Clear recent files".into(),
            Command::ExportStatistics => "Export statistics…".into(),
            Command::CloseTab => "Close tab".into(),
            Command::CloseTabAt(_) => "Close tab".into(),
            Command::Quit => "Quit".into(),
            Command::CopySelectedFigures => "Copy selected figures".into(),
            Command::CopyFiguresTable => "Copy whole figures table".into(),
            Command::CopyFigures(form) => match form {
                CopyForm::Rows => "Copy row".into(),
                CopyForm::Value => "Copy value".into(),
                CopyForm::Csv => "Copy as CSV".into(),
                CopyForm::Markdown => "Copy as Markdown table".into(),
                CopyForm::Citation => "Copy with citation".into(),
            },
            Command::SelectAllFigures => "Select all figures".into(),
            Command::Find => "Find…".into(),
            Command::FindNext => "Find next".into(),
            Command::FindPrevious => "Find previous".into(),
            Command::CloseFind => "Close find bar".into(),
            Command::ZoomIn => "Zoom in".into(),
            Command::ZoomOut => "Zoom out".into(),
            Command::ZoomReset => "Actual size".into(),
            Command::ToggleOutline => "Outline".into(),
            Command::ToggleStatistics => "Statistics".into(),
            Command::ToggleStatusBar => "Status bar".into(),
            Command::ToggleRemovedChrome => "Show removed site chrome".into(),
            Command::SetTheme(theme) => theme.label().into(),
            Command::NextTab => "Next tab".into(),
            Command::PreviousTab => "Previous tab".into(),
            Command::SelectTab(i) => format!("Tab {}", i + 1),
            Command::JumpToSection(_) => "Go to section".into(),
            Command::GoToFigure(_) => "Show figure in text".into(),
            Command::SelectFigure(_) => "Select figure".into(),
            Command::GoToSpan(_) => "Show in text".into(),
            Command::SearchLibrary => "Search in library…".into(),
            Command::CancelIndexing => "Stop indexing".into(),
            Command::ShowLibraryView(view) => view.label().into(),
            Command::OpenEntry { .. } => "Open document".into(),
            Command::CopyChart => "Copy chart as image".into(),
            Command::SaveChart => "Save chart as PNG…".into(),
            Command::ShowShortcuts => "Keyboard shortcuts".into(),
            Command::DismissBanner(_) => "Dismiss".into(),
        }
    }

    /// The keyboard shortcut, if the command has one.
    pub fn shortcut(&self) -> Option<KeyboardShortcut> {
        Some(match self {
            Command::Open => shortcut(CTRL, Key::O),
            // Ctrl+Shift+O toggles the outline.
            Command::OpenFolder => shortcut(CTRL_ALT, Key::O),
            Command::SearchLibrary => shortcut(CTRL_SHIFT, Key::F),
            Command::ExportStatistics => shortcut(CTRL, Key::E),
            Command::CloseTab => shortcut(CTRL, Key::W),
            Command::Quit => shortcut(CTRL, Key::Q),
            Command::CopySelectedFigures => shortcut(CTRL, Key::C),
            Command::CopyFiguresTable => shortcut(CTRL_SHIFT, Key::C),
            Command::SelectAllFigures => shortcut(CTRL, Key::A),
            Command::Find => shortcut(CTRL, Key::F),
            Command::FindNext => shortcut(Modifiers::NONE, Key::F3),
            Command::FindPrevious => shortcut(Modifiers::SHIFT, Key::F3),
            Command::CloseFind => shortcut(Modifiers::NONE, Key::Escape),
            Command::ZoomIn => shortcut(CTRL, Key::Equals),
            Command::ZoomOut => shortcut(CTRL, Key::Minus),
            Command::ZoomReset => shortcut(CTRL, Key::Num0),
            Command::ToggleOutline => shortcut(CTRL_SHIFT, Key::O),
            Command::ToggleStatistics => shortcut(CTRL_SHIFT, Key::S),
            Command::ToggleRemovedChrome => shortcut(CTRL_SHIFT, Key::R),
            Command::NextTab => shortcut(CTRL, Key::Tab),
            Command::PreviousTab => shortcut(CTRL_SHIFT, Key::Tab),
            Command::ShowShortcuts => shortcut(Modifiers::NONE, Key::F1),
            _ => return None,
        })
    }

    /// Other keys that do the same (Ctrl++ for zoom in on keyboards with a plus key).
    pub fn alternative_shortcuts(&self) -> &'static [KeyboardShortcut] {
        const ZOOM_IN: [KeyboardShortcut; 1] = [shortcut(CTRL, Key::Plus)];
        match self {
            Command::ZoomIn => &ZOOM_IN,
            _ => &[],
        }
    }

    /// Commands that act on the figures table and must leave the keys to a focused text field
    /// (Ctrl+A, Ctrl+C in the find box) or to the body's text selection.
    pub fn belongs_to_figures_table(&self) -> bool {
        matches!(
            self,
            Command::CopySelectedFigures | Command::SelectAllFigures
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ctrl_shift_c_is_tried_before_ctrl_c() {
        let order = Command::with_shortcuts();
        let whole = order.iter().position(|c| *c == Command::CopyFiguresTable);
        let selected = order
            .iter()
            .position(|c| *c == Command::CopySelectedFigures);
        assert!(whole < selected);
    }

    #[test]
    fn no_two_commands_share_a_shortcut() {
        let shortcuts: Vec<_> = Command::with_shortcuts()
            .iter()
            .filter_map(Command::shortcut)
            .collect();
        for (i, a) in shortcuts.iter().enumerate() {
            assert!(!shortcuts[i + 1..].contains(a), "{a:?} is used twice");
        }
    }
}
