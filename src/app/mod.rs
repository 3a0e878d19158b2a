//! The window's state and the loop around it: open documents and libraries as tabs, apply
//! [`Command`]s, load files and index collections in the background, remember settings. Drawing lives in [`crate::ui`], one
//! module per panel; each panel returns the commands its clicks produce, and they are applied
//! here after the frame is laid out.

pub mod capture;
pub mod command;
pub mod dialogs;
pub mod figures;
pub mod library;
pub mod loader;
pub mod settings;
pub mod tab;

use crate::document::Span;
use crate::export;
use crate::ui;
use crate::ui::body_view::{Placement, ScrollTarget};
use capture::{CaptureTarget, ChartCapture};
use command::{Command, CopyForm};
use dialogs::{DialogAnswer, DialogRequest, Dialogs, NativeDialogs};
use figures::FigureRows;
use library::{LibraryEvent, LibraryTab, LibraryView};
use loader::{Loader, Opened, Source};
use settings::{Settings, ThemeChoice};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::Duration;
use tab::{DocumentTab, StatsView, Tab};

/// The bundled example report (the seed of the test corpus).
pub const EXAMPLE_REPORT: &[u8] = include_bytes!("../../assets/hrnet-incsr-1996-kazakstan.txt");
/// The name the example opens under.
pub const EXAMPLE_NAME: &str = "hrnet-incsr-1996-kazakstan.txt";

/// How often settings and reading positions are saved while the app runs.
const AUTO_SAVE_SECS: u64 = 5;
/// How long a "Copied 20 rows" notice stays.
const TOAST_SECS: f64 = 2.2;
/// Body zoom steps.
const ZOOM_STEPS: [f32; 13] = [
    0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.25, 1.4, 1.6, 1.8, 2.0, 2.25, 2.5,
];

/// Opens the window with `paths` as tabs.
pub fn run(paths: Vec<PathBuf>) -> eframe::Result {
    let icon =
        eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icons/dossier-256.png"))
            .ok();
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Dossier")
        .with_app_id("dossier")
        .with_inner_size([1280.0, 820.0])
        .with_min_inner_size([640.0, 400.0])
        .with_drag_and_drop(true);
    if let Some(icon) = icon {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        ..eframe::NativeOptions::default()
    };
    eframe::run_native(
        "Dossier",
        options,
        Box::new(move |cc| {
            ui::theme::add_system_fallback_fonts(&cc.egui_ctx);
            Ok(Box::new(DossierApp::new(cc, Startup::new(paths))))
        }),
    )
}

/// How the app starts: which files to open, which dialogs to use, which settings.
pub struct Startup {
    pub paths: Vec<PathBuf>,
    pub dialogs: Box<dyn Dialogs>,
    /// Settings to start with; `None` reads them from `settings_file`, else eframe's storage.
    pub settings: Option<Settings>,
    /// Where settings are saved atomically; `None` (tests) keeps them in eframe's storage only.
    pub settings_file: Option<PathBuf>,
}

impl Startup {
    /// A normal start: native dialogs, saved settings.
    pub fn new(paths: Vec<PathBuf>) -> Self {
        Self {
            paths,
            dialogs: Box::new(NativeDialogs::default()),
            settings: None,
            settings_file: eframe::storage_dir("dossier").map(|dir| dir.join("settings.json")),
        }
    }
}

/// Which part of the window last had the user's attention, for Ctrl+C and Ctrl+A.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Pane {
    #[default]
    Body,
    Figures,
}

/// An error shown above the document until dismissed.
#[derive(Clone, Debug, PartialEq)]
pub struct Banner {
    pub id: u64,
    /// The file's name.
    pub file: String,
    /// Why it could not be read.
    pub reason: String,
}

/// A short notice at the bottom of the window.
#[derive(Clone, Debug)]
pub struct Toast {
    pub text: String,
    pub until_secs: f64,
}

/// The app.
pub struct DossierApp {
    pub settings: Settings,
    pub tabs: Vec<Tab>,
    pub active: usize,
    pub banners: Vec<Banner>,
    pub toast: Option<Toast>,
    pub focus: Pane,
    pub show_shortcuts: bool,
    loader: Loader,
    dialogs: Box<dyn Dialogs>,
    settings_file: Option<PathBuf>,
    next_banner_id: u64,
    window_title: String,
    applied_theme: Option<ThemeChoice>,
    /// Areas of the window from the last frame, for focus tracking.
    stats_rect: egui::Rect,
    body_rect: egui::Rect,
    /// The library Ctrl+Shift+F searches when a document tab is active: the last one shown.
    last_library: Option<u64>,
    /// Screenshots of the window on their way back, with what to do with them.
    captures: (Sender<CapturedChart>, Receiver<CapturedChart>),
}

/// A screenshot taken for a chart, and what to do with it.
type CapturedChart = (ChartCapture, Arc<egui::ColorImage>);

impl DossierApp {
    /// Creates the app, restoring settings and starting to load `startup.paths`.
    pub fn new(cc: &eframe::CreationContext<'_>, startup: Startup) -> Self {
        let ctx = &cc.egui_ctx;
        ui::theme::install_fonts(ctx);
        ui::theme::install_style(ctx);
        ctx.options_mut(|o| o.zoom_with_keyboard = false);
        let settings = startup
            .settings
            .or_else(|| startup.settings_file.as_deref().and_then(Settings::load))
            .or_else(|| {
                cc.storage
                    .and_then(|s| eframe::get_value::<Settings>(s, eframe::APP_KEY))
            })
            .unwrap_or_default()
            .sanitized();
        let mut app = Self {
            settings,
            tabs: Vec::new(),
            active: 0,
            banners: Vec::new(),
            toast: None,
            focus: Pane::Body,
            show_shortcuts: false,
            loader: Loader::default(),
            dialogs: startup.dialogs,
            settings_file: startup.settings_file,
            next_banner_id: 1,
            window_title: String::new(),
            applied_theme: None,
            stats_rect: egui::Rect::NOTHING,
            body_rect: egui::Rect::NOTHING,
            last_library: None,
            captures: channel(),
        };
        app.apply_theme(ctx);
        for path in startup.paths {
            app.open_source(Source::Path(path), ctx);
        }
        app
    }

    /// The window title: "`<document title>` — Dossier".
    pub fn window_title(&self) -> String {
        match self.tabs.get(self.active) {
            Some(tab) => format!("{} — Dossier", tab.title()),
            None => "Dossier".to_owned(),
        }
    }

    /// The active document, if loaded.
    pub fn active_tab(&self) -> Option<&DocumentTab> {
        self.tabs.get(self.active).and_then(Tab::as_ready)
    }

    /// The active document, if loaded.
    pub fn active_tab_mut(&mut self) -> Option<&mut DocumentTab> {
        self.tabs.get_mut(self.active).and_then(Tab::as_ready_mut)
    }

    /// The active library, if the active tab is one.
    pub fn active_library(&self) -> Option<&LibraryTab> {
        self.tabs.get(self.active).and_then(Tab::as_library)
    }

    /// The active library, if the active tab is one.
    pub fn active_library_mut(&mut self) -> Option<&mut LibraryTab> {
        self.tabs.get_mut(self.active).and_then(Tab::as_library_mut)
    }

    /// Whether any file is still being read or any library indexed.
    pub fn is_loading(&self) -> bool {
        self.loader.is_busy()
            || self
                .tabs
                .iter()
                .any(|t| matches!(t, Tab::Library(l) if l.is_indexing()))
    }

    /// Applies one command.
    pub fn execute(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::Open => self.dialogs.request(DialogRequest::Open, ctx),
            Command::OpenFolder => self.dialogs.request(DialogRequest::OpenFolder, ctx),
            Command::OpenPaths(paths) => {
                for path in paths {
                    self.open_source(Source::Path(path), ctx);
                }
            }
            Command::OpenExample => self.open_source(
                Source::Bytes {
                    name: PathBuf::from(EXAMPLE_NAME),
                    bytes: Arc::from(EXAMPLE_REPORT),
                },
                ctx,
            ),
            Command::ClearRecent => self.settings.recent_files.clear(),
            Command::ExportStatistics => {
                let named = match self.tabs.get(self.active) {
                    Some(Tab::Ready(tab)) => Some((tab.id, tab.document.path.clone())),
                    Some(Tab::Library(library)) => Some((library.id, library.name.clone())),
                    _ => None,
                };
                if let Some((tab_id, path)) = named {
                    let stem = Path::new(&path).file_stem().map_or_else(
                        || "report".to_owned(),
                        |s| s.to_string_lossy().trim_end_matches(".tar").to_owned(),
                    );
                    let request = DialogRequest::Export {
                        tab_id,
                        suggested_name: format!("{stem}-figures.csv"),
                    };
                    self.dialogs.request(request, ctx);
                }
            }
            Command::CloseTab => self.close_tab(self.active),
            Command::CloseTabAt(index) => self.close_tab(index),
            Command::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            Command::CopySelectedFigures => self.copy_figures(ctx, CopyForm::Rows, false),
            Command::CopyFiguresTable => self.copy_figures(ctx, CopyForm::Rows, true),
            Command::CopyFigures(form) => self.copy_figures(ctx, form, false),
            Command::SelectAllFigures => match self.tabs.get_mut(self.active) {
                Some(Tab::Ready(tab)) => {
                    let document = Arc::clone(&tab.document);
                    tab.figures.select_all(&*document);
                    tab.body.decoration_generation += 1;
                }
                Some(Tab::Library(library)) => {
                    let library = &mut **library;
                    let rows = figures::LibraryFigures {
                        documents: &library.documents,
                        rows: &library.figure_rows,
                    };
                    library.figures.select_all(&rows);
                }
                _ => {}
            },
            Command::Find => {
                if let Some(tab) = self.active_tab_mut() {
                    tab.find.open = true;
                    tab.find.focus_field = true;
                } else if self.active_library().is_some() {
                    // Find in a library is search across it.
                    self.show_library_search();
                }
            }
            Command::FindNext | Command::FindPrevious => {
                let forward = command == Command::FindNext;
                if let Some(tab) = self.active_tab_mut() {
                    if !tab.find.open || tab.find.query.is_empty() {
                        tab.find.open = true;
                        tab.find.focus_field = true;
                    } else {
                        tab.find.step(forward);
                        reveal_current_hit(tab);
                    }
                }
            }
            Command::CloseFind => {
                if let Some(tab) = self.active_tab_mut() {
                    tab.find.open = false;
                    tab.find.query.clear();
                    let folded = Arc::clone(&tab.folded);
                    tab.find.refresh(&folded, 0);
                    tab.body.decoration_generation += 1;
                }
            }
            Command::ZoomIn => self.step_zoom(1),
            Command::ZoomOut => self.step_zoom(-1),
            Command::ZoomReset => self.settings.zoom = 1.0,
            Command::ToggleOutline => self.settings.show_outline ^= true,
            Command::ToggleStatistics => self.settings.show_statistics ^= true,
            Command::ToggleStatusBar => self.settings.show_status_bar ^= true,
            Command::ToggleRemovedChrome => self.settings.show_removed_chrome ^= true,
            Command::SetTheme(theme) => {
                self.settings.theme = theme;
                self.apply_theme(ctx);
            }
            Command::NextTab | Command::PreviousTab => {
                let count = self.tabs.len();
                if count > 0 {
                    self.active = if command == Command::NextTab {
                        (self.active + 1) % count
                    } else {
                        (self.active + count - 1) % count
                    };
                }
            }
            Command::SelectTab(index) => {
                if index < self.tabs.len() {
                    self.active = index;
                }
            }
            Command::JumpToSection(index) => {
                if let Some(tab) = self.active_tab_mut()
                    && let Some(section) = tab.document.sections.get(index)
                {
                    tab.body.pending = Some(ScrollTarget {
                        offset: section.span.start,
                        placement: Placement::RowAtTop,
                    });
                }
            }
            Command::GoToFigure(index) => {
                self.focus = Pane::Figures;
                if let Some(tab) = self.active_tab_mut()
                    && let Some(stat) = tab.document.statistics.get(index)
                {
                    let span = stat.span;
                    go_to_span(tab, span, ctx);
                }
            }
            Command::SelectFigure(index) => {
                self.focus = Pane::Figures;
                let show_statistics = &mut self.settings.show_statistics;
                if let Some(tab) = self.tabs.get_mut(self.active).and_then(Tab::as_ready_mut) {
                    *show_statistics = true;
                    tab.stats_view = StatsView::Figures;
                    let document = Arc::clone(&tab.document);
                    tab.figures
                        .click_row(&*document, index, egui::Modifiers::NONE);
                    tab.figures.reveal(&*document, index);
                    tab.body.decoration_generation += 1;
                }
            }
            Command::GoToSpan(span) => {
                if let Some(tab) = self.active_tab_mut() {
                    go_to_span(tab, span, ctx);
                }
            }
            Command::SearchLibrary => self.show_library_search(),
            Command::CancelIndexing => {
                if let Some(library) = self.active_library_mut() {
                    library.cancel();
                }
            }
            Command::ShowLibraryView(view) => {
                if let Some(library) = self.active_library_mut() {
                    library.view = view;
                    if view == LibraryView::Search {
                        library.search.focus_field = true;
                    }
                }
            }
            Command::OpenEntry { library, entry, at } => self.open_entry(library, entry, at, ctx),
            Command::CopyChart => self.capture_chart(ctx, CaptureTarget::Clipboard),
            Command::SaveChart => {
                let name = self.active_library_mut().and_then(|library| {
                    let picked = library.compare.picked(&library.documents)?;
                    Some(capture::file_name_for(&picked.label))
                });
                if let Some(suggested_name) = name {
                    self.dialogs
                        .request(DialogRequest::SaveChart { suggested_name }, ctx);
                }
            }
            Command::ShowShortcuts => self.show_shortcuts = true,
            Command::DismissBanner(id) => self.banners.retain(|b| b.id != id),
        }
        ctx.request_repaint();
    }

    /// Whether a command can run now (menus grey out the others).
    pub fn is_enabled(&self, command: &Command) -> bool {
        let tab = self.active_tab();
        let library = self.active_library();
        let has_figures = tab.is_some_and(|t| !t.document.statistics.is_empty())
            || library.is_some_and(|l| !l.figure_rows.is_empty());
        let comparing =
            library.is_some_and(|l| l.view == LibraryView::Compare && l.compare.measure.is_some());
        match command {
            Command::ExportStatistics | Command::SelectAllFigures => has_figures,
            Command::CopyFiguresTable => has_figures || comparing,
            Command::CopySelectedFigures | Command::CopyFigures(_) => {
                tab.is_some_and(|t| !t.figures.selected.is_empty())
                    || library.is_some_and(|l| !l.figures.selected.is_empty())
            }
            Command::SearchLibrary => self.tabs.iter().any(|t| t.as_library().is_some()),
            Command::CancelIndexing => library.is_some_and(LibraryTab::is_indexing),
            Command::ShowLibraryView(_) => library.is_some(),
            Command::CopyChart | Command::SaveChart => comparing,
            Command::CloseTab => !self.tabs.is_empty(),
            Command::Find => tab.is_some() || library.is_some(),
            Command::FindNext | Command::FindPrevious | Command::ToggleRemovedChrome => {
                tab.is_some()
            }
            Command::CloseFind => tab.is_some_and(|t| t.find.open),
            Command::NextTab | Command::PreviousTab => self.tabs.len() > 1,
            Command::ClearRecent => !self.settings.recent_files.is_empty(),
            _ => true,
        }
    }

    fn step_zoom(&mut self, direction: i32) {
        let zoom = self.settings.zoom;
        let next = if direction > 0 {
            ZOOM_STEPS.iter().copied().find(|&z| z > zoom + 0.001)
        } else {
            ZOOM_STEPS.iter().rev().copied().find(|&z| z < zoom - 0.001)
        };
        if let Some(next) = next {
            self.settings.zoom = next;
        }
    }

    fn apply_theme(&mut self, ctx: &egui::Context) {
        if self.applied_theme != Some(self.settings.theme) {
            ctx.set_theme(self.settings.theme.preference());
            self.applied_theme = Some(self.settings.theme);
        }
    }

    /// Opens a file, folder, archive or buffer in a new tab (or switches to it when it is
    /// already open). Folders and archives open as libraries.
    pub fn open_source(&mut self, source: Source, ctx: &egui::Context) {
        self.open_source_at(source, None, ctx);
    }

    /// [`Self::open_source`], then scrolls to `reveal` and flashes it.
    fn open_source_at(&mut self, source: Source, reveal: Option<Span>, ctx: &egui::Context) {
        if matches!(source, Source::Path(_) | Source::Entry { .. }) {
            let path = source.path();
            let shown = path.display().to_string();
            if let Some(index) = self.tabs.iter().position(|t| match t {
                Tab::Ready(tab) => tab.document.path == shown,
                Tab::Loading { path: p, .. } => p == path,
                Tab::Library(library) => library.is_root(path),
            }) {
                self.active = index;
                if let (Some(span), Some(Tab::Ready(tab))) = (reveal, self.tabs.get_mut(index)) {
                    go_to_span(tab, span, ctx);
                }
                return;
            }
        }
        let path = source.path().to_owned();
        let load_id = self.loader.start(source, ctx);
        let (started, size_bytes) = self
            .loader
            .pending()
            .iter()
            .find(|p| p.id == load_id)
            .map_or((std::time::Instant::now(), 0), |p| {
                (p.started, p.size_bytes)
            });
        self.tabs.push(Tab::Loading {
            load_id,
            path,
            started,
            size_bytes,
            reveal,
        });
        self.active = self.tabs.len() - 1;
    }

    /// Opens document `entry` of library `library_id` in a tab, at `at`.
    fn open_entry(&mut self, library_id: u64, entry: usize, at: Option<Span>, ctx: &egui::Context) {
        let Some(collection) = self
            .tabs
            .iter()
            .filter_map(Tab::as_library)
            .find(|l| l.id == library_id)
            .and_then(|l| l.collection.clone())
        else {
            return;
        };
        let Some(name) = collection
            .entries
            .get(entry)
            .map(|e| PathBuf::from(&e.path))
        else {
            return;
        };
        let source = Source::Entry {
            collection,
            entry,
            name,
        };
        self.open_source_at(source, at, ctx);
    }

    /// Shows the search view of the active library, or of the last library shown.
    fn show_library_search(&mut self) {
        let index = match self.tabs.get(self.active) {
            Some(Tab::Library(_)) => Some(self.active),
            _ => self
                .tabs
                .iter()
                .position(|t| {
                    t.as_library()
                        .is_some_and(|l| Some(l.id) == self.last_library)
                })
                .or_else(|| self.tabs.iter().position(|t| t.as_library().is_some())),
        };
        let Some(index) = index else {
            return;
        };
        self.active = index;
        if let Some(library) = self.active_library_mut() {
            library.view = LibraryView::Search;
            library.search.focus_field = true;
        }
    }

    /// Asks for a screenshot of the next frame, to crop to the compare chart.
    fn capture_chart(&mut self, ctx: &egui::Context, target: CaptureTarget) {
        let Some(rect) = self.active_library().and_then(|l| l.compare.chart_rect) else {
            return;
        };
        let capture = ChartCapture {
            rect,
            pixels_per_point: ctx.pixels_per_point(),
            target,
        };
        let sender = self.captures.0.clone();
        let repaint = ctx.clone();
        ctx.request_screenshot(move |image| {
            let _ = sender.send((capture, image));
            repaint.request_repaint();
        });
    }

    /// A screenshot arrived: crop it to the chart and copy or save it.
    fn finish_capture(
        &mut self,
        ctx: &egui::Context,
        capture: ChartCapture,
        image: &egui::ColorImage,
    ) {
        let Some(chart) = capture::crop(image, capture.rect, capture.pixels_per_point) else {
            return;
        };
        match capture.target {
            CaptureTarget::Clipboard => {
                let [width, height] = chart.size;
                ctx.copy_image(chart);
                self.notify(ctx, format!("Copied the chart ({width} × {height} pixels)"));
            }
            CaptureTarget::File(path) => {
                let written = capture::encode_png(&chart)
                    .and_then(|png| std::fs::write(&path, png).map_err(|e| e.to_string()));
                match written {
                    Ok(()) => {
                        let name = path
                            .file_name()
                            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
                        self.notify(ctx, format!("Saved the chart to {name}"));
                    }
                    Err(error) => {
                        self.show_banner(&path, format!("could not save the chart: {error}"));
                    }
                }
            }
        }
    }

    fn close_tab(&mut self, index: usize) {
        if index >= self.tabs.len() {
            return;
        }
        if let Some(Tab::Ready(tab)) = self.tabs.get(index) {
            let (path, offset) = (tab.document.path.clone(), tab.body.top_offset);
            self.settings.remember_position(&path, offset);
        }
        self.tabs.remove(index);
        if self.active > index || self.active >= self.tabs.len() {
            self.active = self.active.saturating_sub(1);
        }
    }

    fn show_banner(&mut self, path: &Path, reason: String) {
        let file = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let id = self.next_banner_id;
        self.next_banner_id += 1;
        self.banners.push(Banner { id, file, reason });
    }

    fn notify(&mut self, ctx: &egui::Context, text: String) {
        let now = ctx.input(|i| i.time);
        self.toast = Some(Toast {
            text,
            until_secs: now + TOAST_SECS,
        });
        ctx.request_repaint_after(Duration::from_secs_f64(TOAST_SECS));
    }

    fn copy_figures(&mut self, ctx: &egui::Context, form: CopyForm, whole_table: bool) {
        let (text, count) = match self.tabs.get_mut(self.active) {
            Some(Tab::Ready(tab)) => {
                let document = Arc::clone(&tab.document);
                copy_rows(&*document, &mut tab.figures, form, whole_table)
            }
            Some(Tab::Library(library)) => {
                let library = &mut **library;
                if library.view == LibraryView::Compare && whole_table {
                    let points = library.compare.series(&library.documents);
                    let text = crate::collection::series_table(&points, export::TableFormat::Tsv);
                    (text, points.len())
                } else {
                    let rows = figures::LibraryFigures {
                        documents: &library.documents,
                        rows: &library.figure_rows,
                    };
                    copy_rows(&rows, &mut library.figures, form, whole_table)
                }
            }
            _ => return,
        };
        if count == 0 && !whole_table {
            return;
        }
        ctx.copy_text(text);
        let notice = figures::copied_notice(count, form);
        self.notify(ctx, notice);
    }

    /// Writes the figures of the document or library `tab_id` to `path`, in the format its
    /// extension names (CSV when it names none).
    fn export(&mut self, ctx: &egui::Context, tab_id: u64, path: &Path) {
        let (path, format) = export_format(path);
        let exported = self.tabs.iter().find_map(|tab| match tab {
            Tab::Ready(tab) if tab.id == tab_id => Some((
                document_export_text(&tab.document, format),
                tab.document.statistics.len(),
            )),
            Tab::Library(library) if library.id == tab_id => Some((
                library_export_text(&library.documents, format),
                library.figure_rows.len(),
            )),
            _ => None,
        });
        let Some((text, count)) = exported else {
            return;
        };
        match std::fs::write(&path, text) {
            Ok(()) => {
                let name = path
                    .file_name()
                    .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
                self.notify(ctx, format!("Exported {count} figures to {name}"));
            }
            Err(error) => self.show_banner(&path, format!("could not write the export: {error}")),
        }
    }

    /// Takes in finished loads and dialog answers.
    fn poll_background(&mut self, ctx: &egui::Context) {
        for result in self.loader.poll() {
            let index = self
                .tabs
                .iter()
                .position(|t| matches!(t, Tab::Loading { load_id, .. } if *load_id == result.id));
            match result.outcome {
                Ok(Opened::Collection) => {
                    self.settings.remember_recent(&result.source_path);
                    let library = LibraryTab::open(result.id, result.source_path.clone(), ctx);
                    self.last_library = Some(library.id);
                    let tab = Tab::Library(Box::new(library));
                    match index.and_then(|i| self.tabs.get_mut(i)) {
                        Some(slot) => *slot = tab,
                        None => {
                            self.tabs.push(tab);
                            self.active = self.tabs.len() - 1;
                        }
                    }
                }
                Ok(Opened::Document(loaded)) => {
                    let reveal = index.and_then(|i| match self.tabs.get(i) {
                        Some(Tab::Loading { reveal, .. }) => *reveal,
                        _ => None,
                    });
                    if result.from_disk {
                        self.settings.remember_recent(&result.source_path);
                    }
                    let mut tab = DocumentTab::new(result.id, loaded, result.elapsed);
                    if let Some(span) = reveal {
                        go_to_span(&mut tab, span, ctx);
                    } else if let Some(position) =
                        self.settings.reading_positions.get(&tab.document.path)
                        && position.offset > 0
                        && position.offset < tab.document.text.len()
                    {
                        tab.body.pending = Some(ScrollTarget {
                            offset: position.offset,
                            placement: Placement::RowAtTop,
                        });
                    }
                    let tab = Tab::Ready(Box::new(tab));
                    match index {
                        Some(i) => {
                            if let Some(slot) = self.tabs.get_mut(i) {
                                *slot = tab;
                            }
                        }
                        None => {
                            self.tabs.push(tab);
                            self.active = self.tabs.len() - 1;
                        }
                    }
                }
                Err(reason) => {
                    if let Some(i) = index {
                        self.tabs.remove(i);
                        if self.active > i || self.active >= self.tabs.len() {
                            self.active = self.active.saturating_sub(1);
                        }
                    }
                    self.show_banner(&result.source_path, reason);
                }
            }
            ctx.request_repaint();
        }
        let mut failed = Vec::new();
        for tab in &mut self.tabs {
            if let Tab::Library(library) = tab {
                for event in library.poll() {
                    match event {
                        LibraryEvent::Failed(reason) => {
                            failed.push((library.id, library.root.clone(), reason));
                        }
                    }
                }
            }
        }
        for (id, root, reason) in failed {
            if let Some(i) = self
                .tabs
                .iter()
                .position(|t| t.as_library().is_some_and(|l| l.id == id))
            {
                self.close_tab(i);
            }
            self.show_banner(&root, reason);
        }
        while let Ok((capture, image)) = self.captures.1.try_recv() {
            self.finish_capture(ctx, capture, &image);
        }
        while let Some(answer) = self.dialogs.poll() {
            match answer {
                DialogAnswer::Open(paths) => self.execute(ctx, Command::OpenPaths(paths)),
                DialogAnswer::Export { tab_id, path } => self.export(ctx, tab_id, &path),
                DialogAnswer::SaveChart(path) => {
                    let path = if path.extension().is_none() {
                        path.with_extension("png")
                    } else {
                        path
                    };
                    self.capture_chart(ctx, CaptureTarget::File(path));
                }
                DialogAnswer::Cancelled => {}
            }
        }
        if let Some(library) = self.active_library() {
            self.last_library = Some(library.id);
        }
        if self.is_loading() {
            ctx.request_repaint_after(Duration::from_millis(50));
        }
    }

    /// Keyboard shortcuts, respecting who has the keyboard.
    fn keyboard_commands(&self, ctx: &egui::Context) -> Vec<Command> {
        let typing = ctx.egui_wants_keyboard_input();
        let figures_focused = match self.tabs.get(self.active) {
            Some(Tab::Library(library)) => library.view == LibraryView::Figures,
            _ => self.focus == Pane::Figures,
        };
        let find_open = self.active_tab().is_some_and(|t| t.find.open);
        let mut commands = Vec::new();
        ctx.input_mut(|input| {
            for command in Command::with_shortcuts() {
                if command.belongs_to_figures_table() && (typing || !figures_focused) {
                    continue;
                }
                if command == Command::CloseFind && !find_open {
                    continue;
                }
                let shortcuts = command
                    .shortcut()
                    .into_iter()
                    .chain(command.alternative_shortcuts().iter().copied());
                let mut pressed = false;
                for shortcut in shortcuts {
                    pressed |= input.consume_shortcut(&shortcut);
                }
                if pressed && !commands.contains(&command) {
                    commands.push(command);
                }
            }
            // Ctrl+C arrives as a Copy event. With the figures table in focus it copies rows,
            // and the body's text selection (if any) must not copy too.
            if figures_focused && !typing {
                let copy = input.events.iter().any(|e| matches!(e, egui::Event::Copy));
                if copy {
                    input.events.retain(|e| !matches!(e, egui::Event::Copy));
                    if !commands.contains(&Command::CopySelectedFigures) {
                        commands.push(Command::CopySelectedFigures);
                    }
                }
            }
        });
        commands
    }

    /// Files dropped on the window.
    fn dropped_files(ctx: &egui::Context) -> Vec<Source> {
        ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .filter_map(|file| {
                    if !file.path().as_os_str().is_empty() && file.path().exists() {
                        return Some(Source::Path(file.path().to_owned()));
                    }
                    let bytes = file.bytes().ok()?;
                    Some(Source::Bytes {
                        name: file.path().to_owned(),
                        bytes: Arc::from(bytes),
                    })
                })
                .collect()
        })
    }

    fn update_window_title(&mut self, ctx: &egui::Context) {
        let title = self.window_title();
        if title != self.window_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
    }

    /// Updates find hits of the active tab after the query changed.
    fn refresh_find(&mut self) {
        if let Some(tab) = self.active_tab_mut() {
            let folded = Arc::clone(&tab.folded);
            let from = tab.body.top_offset;
            if tab.find.refresh(&folded, from) {
                tab.body.decoration_generation += 1;
                reveal_current_hit(tab);
            }
        }
    }

    /// Notes which pane a click landed in.
    fn track_focus(&mut self, ctx: &egui::Context) {
        let pressed_at = ctx.input(|i| {
            i.pointer
                .any_pressed()
                .then(|| i.pointer.interact_pos())
                .flatten()
        });
        if let Some(pos) = pressed_at {
            if self.stats_rect.contains(pos) {
                self.focus = Pane::Figures;
            } else if self.body_rect.contains(pos) {
                self.focus = Pane::Body;
            }
        }
    }
}

/// The text of a copy from a figures table over `rows`, and how many rows it holds.
fn copy_rows(
    rows: &dyn FigureRows,
    state: &mut figures::FiguresState,
    form: CopyForm,
    whole_table: bool,
) -> (String, usize) {
    let selected = if whole_table {
        state.view(rows).to_vec()
    } else {
        state.selected_in_view_order(rows)
    };
    (figures::copy_text(rows, &selected, form), selected.len())
}

/// The table format an export file's extension asks for (`None`: JSON), and the path with an
/// extension added when it had none (CSV).
fn export_format(path: &Path) -> (PathBuf, Option<export::TableFormat>) {
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let format = match extension.as_str() {
        "tsv" | "tab" | "txt" => Some(export::TableFormat::Tsv),
        "md" | "markdown" => Some(export::TableFormat::Markdown),
        "json" | "jsonl" => None,
        _ => Some(export::TableFormat::Csv),
    };
    let mut path = path.to_owned();
    if extension.is_empty() {
        path.set_extension("csv");
    }
    (path, format)
}

/// One document's figures as exported: the table in `format`, or JSON (`None`).
fn document_export_text(document: &crate::Document, format: Option<export::TableFormat>) -> String {
    match format {
        Some(format) => export::statistics_table(document, format),
        None => {
            let statistics = crate::document::InBody::new(&document.text, &document.statistics);
            serde_json::to_string_pretty(&statistics).unwrap_or_default() + "\n"
        }
    }
}

/// A library's figures as exported: the all-figures table with a Document column in
/// `format`, or JSON (`None`), one object per document.
fn library_export_text(
    documents: &[crate::collection::DocumentSummary],
    format: Option<export::TableFormat>,
) -> String {
    if let Some(format) = format {
        return crate::collection::figures_table(documents, format);
    }
    let objects: Vec<serde_json::Value> = documents
        .iter()
        .map(|d| {
            serde_json::json!({
                "path": d.path,
                "title": d.title,
                "subject": d.subject,
                "date": d.date,
                "statistics": crate::document::InBody::new(&d.text, &d.statistics),
            })
        })
        .collect();
    serde_json::to_string_pretty(&objects).unwrap_or_default() + "\n"
}

/// Scrolls the body so the current find hit shows.
fn reveal_current_hit(tab: &mut DocumentTab) {
    tab.body.decoration_generation += 1;
    if let Some(hit) = tab.find.current.and_then(|i| tab.find.hits.get(i)) {
        tab.body.pending = Some(ScrollTarget {
            offset: hit.start,
            placement: Placement::Reveal,
        });
    }
}

/// Scrolls to `span` and flashes it.
fn go_to_span(tab: &mut DocumentTab, span: crate::document::Span, ctx: &egui::Context) {
    tab.body.pending = Some(ScrollTarget {
        offset: span.start,
        placement: Placement::Reveal,
    });
    tab.body.flash = Some((span, ctx.input(|i| i.time)));
}

impl eframe::App for DossierApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.apply_theme(&ctx);
        self.poll_background(&ctx);
        self.track_focus(&ctx);
        let mut commands = self.keyboard_commands(&ctx);
        let dropped = Self::dropped_files(&ctx);
        if !dropped.is_empty() {
            for source in dropped {
                self.open_source(source, &ctx);
            }
        }

        egui::Panel::top("menu bar")
            .frame(ui::bar_frame(&ctx))
            .show(ui, |ui| {
                commands.extend(ui::menu_bar::menu_bar_ui(ui, self))
            });
        if !self.tabs.is_empty() {
            egui::Panel::top("tab strip")
                .frame(ui::tab_strip_frame(&ctx))
                .show(ui, |ui| {
                    commands.extend(ui::tabs::tabs_ui(ui, &self.tabs, self.active));
                });
        }
        if !self.banners.is_empty() {
            egui::Panel::top("banners")
                .frame(egui::Frame::NONE)
                .show(ui, |ui| {
                    commands.extend(ui::banner::banners_ui(ui, &self.banners))
                });
        }
        if self.settings.show_status_bar {
            egui::Panel::bottom("status bar")
                .frame(ui::bar_frame(&ctx))
                .show(ui, |ui| {
                    ui::status_bar::status_bar_ui(ui, self);
                });
        }

        let active = self.active;
        let show_outline = self.settings.show_outline;
        let show_statistics = self.settings.show_statistics;
        let show_chrome = self.settings.show_removed_chrome;
        let zoom = self.settings.zoom;
        let mut find_changed = false;
        match self.tabs.get_mut(active) {
            Some(Tab::Ready(tab)) => {
                if show_outline {
                    egui::Panel::left("outline")
                        .resizable(true)
                        .default_size(230.0)
                        .size_range(160.0..=480.0)
                        .frame(ui::side_panel_frame(&ctx))
                        .show(ui, |ui| {
                            commands.extend(ui::outline_panel::outline_panel_ui(ui, tab))
                        });
                }
                if show_statistics {
                    let response = egui::Panel::right("statistics")
                        .resizable(true)
                        .default_size(490.0)
                        .size_range(300.0..=1100.0)
                        .frame(ui::side_panel_frame(&ctx))
                        .show(ui, |ui| {
                            commands.extend(ui::stats_panel::stats_panel_ui(ui, tab))
                        });
                    self.stats_rect = response.response.rect;
                } else {
                    self.stats_rect = egui::Rect::NOTHING;
                }
                let response = egui::CentralPanel::default()
                    .frame(egui::Frame::NONE.fill(ui::theme::Palette::of(&ctx).paper))
                    .show(ui, |ui| {
                        if tab.find.open {
                            let (find_commands, changed) =
                                ui::find_bar::find_bar_ui(ui, &mut tab.find);
                            commands.extend(find_commands);
                            find_changed = changed;
                        }
                        let inputs = ui::body_view::BodyInputs {
                            document: &tab.document,
                            tab_id: tab.id,
                            hits: &tab.find.hits,
                            current_hit: tab.find.current,
                            selected_figures: &tab.figures.selected,
                            show_chrome,
                            zoom,
                        };
                        let body_commands = ui::body_view::body_view_ui(ui, &mut tab.body, &inputs);
                        commands.extend(body_commands);
                    });
                self.body_rect = response.response.rect;
            }
            Some(Tab::Library(library)) => {
                egui::Panel::left("library")
                    .resizable(true)
                    .default_size(230.0)
                    .size_range(180.0..=420.0)
                    .frame(ui::side_panel_frame(&ctx))
                    .show(ui, |ui| {
                        commands.extend(ui::library_view::library_panel_ui(ui, library))
                    });
                egui::CentralPanel::default()
                    .frame(
                        egui::Frame::NONE
                            .fill(ui::theme::Palette::of(&ctx).paper)
                            .inner_margin(egui::Margin::symmetric(18, 12)),
                    )
                    .show(ui, |ui| {
                        commands.extend(ui::library_view::library_view_ui(ui, library))
                    });
                self.stats_rect = egui::Rect::NOTHING;
                self.body_rect = egui::Rect::NOTHING;
            }
            Some(Tab::Loading {
                load_id,
                path,
                started,
                size_bytes,
                ..
            }) => {
                let (path, started, size_bytes) = (path.clone(), *started, *size_bytes);
                let fraction = self.loader.fraction(*load_id);
                egui::CentralPanel::default()
                    .frame(egui::Frame::NONE.fill(ui::theme::Palette::of(&ctx).paper))
                    .show(ui, |ui| {
                        ui::welcome::loading_ui(ui, &path, started, size_bytes, fraction)
                    });
            }
            None => {
                egui::CentralPanel::default()
                    .frame(egui::Frame::NONE.fill(ui::theme::Palette::of(&ctx).paper))
                    .show(ui, |ui| {
                        commands.extend(ui::welcome::welcome_ui(ui, &self.settings))
                    });
            }
        }
        if find_changed {
            self.refresh_find();
        }

        ui::drop_overlay::drop_overlay_ui(&ctx);
        if let Some(toast) = &self.toast {
            if ctx.input(|i| i.time) < toast.until_secs {
                ui::banner::toast_ui(&ctx, &toast.text);
            } else {
                self.toast = None;
            }
        }
        if self.show_shortcuts && ctx.input(|i| i.key_pressed(egui::Key::Escape)) {
            self.show_shortcuts = false;
        }
        if self.show_shortcuts {
            let mut open = true;
            ui::shortcuts_window::shortcuts_window_ui(&ctx, &mut open);
            self.show_shortcuts = open;
        }

        for command in commands {
            self.execute(&ctx, command);
        }
        self.update_window_title(&ctx);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        let positions: Vec<(String, usize)> = self
            .tabs
            .iter()
            .filter_map(Tab::as_ready)
            .map(|t| (t.document.path.clone(), t.body.top_offset))
            .collect();
        for (path, offset) in positions {
            self.settings.remember_position(&path, offset);
        }
        eframe::set_value(storage, eframe::APP_KEY, &self.settings);
        if let Some(path) = &self.settings_file
            && let Err(error) = self.settings.save_atomically(path)
        {
            // Nowhere to show it at exit; the settings are still in eframe's storage.
            eprintln!(
                "dossier: could not save settings to {}: {error}",
                path.display()
            );
        }
    }

    fn auto_save_interval(&self) -> Duration {
        Duration::from_secs(AUTO_SAVE_SECS)
    }
}
