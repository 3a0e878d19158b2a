//! A library: a folder or an archive opened as one tab of documents. A background thread lists
//! the collection and indexes it ([`crate::collection::index`], which runs its own workers);
//! summaries arrive one by one in entry order, so the first documents can be listed, searched,
//! tabulated and opened while the rest are read. The state of each view — the documents
//! table, search, the all-figures table, compare — lives here; drawing is in
//! [`crate::ui::library_view`] and [`crate::ui::compare_view`].

use super::figures::{FiguresState, LibraryFigures, SortDirection, next_sort, sort_rows};
use crate::collection::{
    self, ArchiveError, Collection, CollectionKind, DocumentSummary, IndexOptions, IndexReport,
    Indexed, MeasureKey, MeasureSummary, SearchResults, SeriesPoint, contains_folded, fold,
};
use crate::document::Span;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering as AtomicOrdering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::{Duration, Instant};

/// Search stops collecting hits here; the view then says "5000+".
pub const SEARCH_HITS_MAX: usize = 5_000;

/// Below this much text a search runs on every keystroke; above it, once typing pauses.
const INSTANT_SEARCH_TEXT_BYTES: usize = 8 << 20;
/// How long typing must pause before a search of a large library runs.
const SEARCH_PAUSE: Duration = Duration::from_millis(250);

/// The views of a library, in the order the side panel lists them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum LibraryView {
    #[default]
    Documents,
    Search,
    Figures,
    Compare,
    Problems,
}

impl LibraryView {
    pub const ALL: [LibraryView; 5] = [
        LibraryView::Documents,
        LibraryView::Search,
        LibraryView::Figures,
        LibraryView::Compare,
        LibraryView::Problems,
    ];

    pub fn label(self) -> &'static str {
        match self {
            LibraryView::Documents => "Documents",
            LibraryView::Search => "Search",
            LibraryView::Figures => "All figures",
            LibraryView::Compare => "Compare",
            LibraryView::Problems => "Problems",
        }
    }
}

/// What the indexing thread sends.
enum Message {
    Listed(Arc<Collection>),
    Indexed(Box<Indexed>),
    Finished(Result<IndexReport, String>),
    /// The collection could not be opened at all.
    Failed(String),
}

/// What the app must do after a poll.
#[derive(Debug, PartialEq, Eq)]
pub enum LibraryEvent {
    /// The collection could not be opened: close the tab and say why.
    Failed(String),
}

/// How indexing is going.
#[derive(Debug)]
pub struct Progress {
    pub started: Instant,
    /// How long it took, once finished (or cancelled).
    pub elapsed: Option<Duration>,
    pub cancelled: bool,
    /// Why it stopped early, when the collection became unreadable half-way.
    pub error: Option<String>,
}

/// A column of the documents table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DocumentColumn {
    Title,
    Subject,
    Date,
    Figures,
    Path,
}

impl DocumentColumn {
    pub const ALL: [DocumentColumn; 5] = [
        DocumentColumn::Title,
        DocumentColumn::Subject,
        DocumentColumn::Date,
        DocumentColumn::Figures,
        DocumentColumn::Path,
    ];

    pub fn title(self) -> &'static str {
        match self {
            DocumentColumn::Title => "Title",
            DocumentColumn::Subject => "Subject",
            DocumentColumn::Date => "Date",
            DocumentColumn::Figures => "Figures",
            DocumentColumn::Path => "Path",
        }
    }
}

/// Sort, filter and selection of the documents table.
#[derive(Debug, Default)]
pub struct DocumentListState {
    pub filter: String,
    pub sort: Option<(DocumentColumn, SortDirection)>,
    /// The selected document (an index into [`LibraryTab::documents`]).
    pub selected: Option<usize>,
    /// Scroll the table so this document's row shows.
    pub scroll_to: Option<usize>,
    view: Arc<[usize]>,
    view_key: Option<(String, Option<DocumentSort>, usize)>,
}

/// A sort of the documents table.
type DocumentSort = (DocumentColumn, SortDirection);

impl DocumentListState {
    /// The documents shown, in table order; recomputed only when something changed.
    pub fn view(&mut self, documents: &[DocumentSummary]) -> Arc<[usize]> {
        let key = (self.filter.clone(), self.sort, documents.len());
        if self.view_key.as_ref() != Some(&key) {
            self.view = document_view(documents, &self.filter, self.sort).into();
            self.view_key = Some(key);
        }
        Arc::clone(&self.view)
    }

    /// Clicking a header: ascending, descending, then collection order.
    pub fn click_header(&mut self, column: DocumentColumn) {
        self.sort = next_sort(self.sort, column);
    }

    /// Moves the selection `step` rows up (negative) or down the table.
    pub fn step_selection(&mut self, documents: &[DocumentSummary], step: isize) {
        let view = self.view(documents);
        if view.is_empty() {
            return;
        }
        let at = self
            .selected
            .and_then(|s| view.iter().position(|&i| i == s));
        let next = match at {
            Some(at) => at.saturating_add_signed(step).min(view.len() - 1),
            None => 0,
        };
        self.selected = view.get(next).copied();
        self.scroll_to = self.selected;
    }
}

/// The documents matching `filter` (title, subject, date or path), sorted.
fn document_view(
    documents: &[DocumentSummary],
    filter: &str,
    sort: Option<(DocumentColumn, SortDirection)>,
) -> Vec<usize> {
    let needle = fold(filter.trim());
    let mut rows: Vec<usize> = documents
        .iter()
        .enumerate()
        .filter(|(_, d)| {
            needle.is_empty()
                || [d.display_name(), &d.subject, &d.date, &d.path]
                    .iter()
                    .any(|cell| contains_folded(cell, &needle))
        })
        .map(|(i, _)| i)
        .collect();
    if let Some((column, direction)) = sort {
        let text = |d: &DocumentSummary| match column {
            DocumentColumn::Title => fold(d.display_name()),
            DocumentColumn::Subject => fold(&d.subject),
            DocumentColumn::Date => d.date.clone(),
            DocumentColumn::Path => fold(&d.path),
            DocumentColumn::Figures => String::new(),
        };
        let keys: Vec<(usize, String)> = rows
            .iter()
            .map(|&i| {
                documents
                    .get(i)
                    .map_or((0, String::new()), |d| (d.figure_count(), text(d)))
            })
            .collect();
        sort_rows(&mut rows, &keys, direction, |a, b| {
            if column == DocumentColumn::Figures {
                a.0.cmp(&b.0)
            } else {
                a.1.cmp(&b.1)
            }
        });
    }
    rows
}

/// Search across the library.
#[derive(Debug, Default)]
pub struct SearchState {
    pub query: String,
    pub results: SearchResults,
    /// The query `results` are for, and how many documents it has looked at.
    searched: Option<String>,
    searched_documents: usize,
    /// When the query last changed.
    edited_at: Option<Instant>,
    /// The hit picked (by the keys) or last opened, highlighted in the list.
    pub selected: Option<usize>,
    /// Scroll the list so this hit shows.
    pub scroll_to: Option<usize>,
    /// The hits drawn in the last frame (some only in part).
    pub visible_hits: std::ops::Range<usize>,
    /// Put the keyboard focus in the query field on the next frame.
    pub focus_field: bool,
}

impl SearchState {
    /// Notes that the query was edited now.
    pub fn edited(&mut self) {
        self.edited_at = Some(Instant::now());
    }

    /// Searches again when the query changed (after a pause in typing, for a large
    /// library), and searches documents that arrived since; returns whether the hits changed.
    pub fn refresh(&mut self, documents: &[DocumentSummary], text_bytes: usize) -> bool {
        let query = self.query.trim().to_owned();
        if self.searched.as_deref() != Some(query.as_str()) {
            let paused = self.edited_at.is_none_or(|at| at.elapsed() >= SEARCH_PAUSE);
            if text_bytes > INSTANT_SEARCH_TEXT_BYTES && !paused {
                return false;
            }
            self.results = collection::search(documents, &query, SEARCH_HITS_MAX);
            self.searched = Some(query);
            self.searched_documents = documents.len();
            self.selected = None;
            return true;
        }
        let Some(new) = documents.get(self.searched_documents..) else {
            return false;
        };
        if new.is_empty() || query.is_empty() || self.results.truncated {
            self.searched_documents = documents.len();
            return false;
        }
        let room = SEARCH_HITS_MAX.saturating_sub(self.results.hits.len());
        let more = collection::search(new, &query, room);
        self.searched_documents = documents.len();
        self.results.documents += more.documents;
        self.results.truncated |= more.truncated;
        let changed = !more.hits.is_empty();
        self.results.hits.extend(more.hits);
        changed
    }

    /// Whether a search is waiting for typing to pause.
    pub fn is_waiting(&self) -> bool {
        self.searched.as_deref() != Some(self.query.trim())
    }

    /// "12 hits in 3 documents", "No hits", "5000+ hits in 40 documents".
    pub fn status(&self) -> String {
        if self.query.trim().is_empty() {
            return String::new();
        }
        let hits = self.results.hits.len();
        if hits == 0 {
            return if self.is_waiting() {
                "Searching…".to_owned()
            } else {
                "No hits".to_owned()
            };
        }
        let plus = if self.results.truncated { "+" } else { "" };
        let hit_noun = if hits == 1 { "hit" } else { "hits" };
        let documents = self.results.documents;
        let document_noun = if documents == 1 {
            "document"
        } else {
            "documents"
        };
        format!("{hits}{plus} {hit_noun} in {documents} {document_noun}")
    }
}

/// How the compare chart lays out the series.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum ChartMode {
    /// One bar per figure, grouped by subject.
    #[default]
    BySubject,
    /// Points in time, one line per subject.
    ByDate,
}

impl ChartMode {
    pub fn label(self) -> &'static str {
        match self {
            ChartMode::BySubject => "By subject",
            ChartMode::ByDate => "By date",
        }
    }
}

/// The compare view: which measure, how it is charted.
#[derive(Debug, Default)]
pub struct CompareState {
    /// Filter of the measure picker.
    pub filter: String,
    pub measure: Option<MeasureKey>,
    pub mode: ChartMode,
    /// The selected row of the series table.
    pub selected: Option<usize>,
    /// Where the chart was drawn in the last frame (points), for copying it as an image.
    pub chart_rect: Option<egui::Rect>,
    measures: Arc<[MeasureSummary]>,
    measures_key: Option<usize>,
    measures_at: Option<Instant>,
    series: Arc<[SeriesPoint]>,
    series_key: Option<(MeasureKey, usize)>,
}

/// While documents arrive, the measures and a comparison are recomputed at most this often:
/// each pass reads every figure of the library.
const COMPARE_REFRESH: Duration = Duration::from_millis(500);

impl CompareState {
    /// Every measure of the library, most widely stated first (recomputed as documents
    /// arrive).
    pub fn measures(&mut self, documents: &[DocumentSummary]) -> Arc<[MeasureSummary]> {
        let due = self.measures.is_empty()
            || self
                .measures_at
                .is_none_or(|at| at.elapsed() >= COMPARE_REFRESH);
        if self.measures_key != Some(documents.len()) && due {
            self.measures = collection::measures(documents).into();
            self.measures_key = Some(documents.len());
            self.measures_at = Some(Instant::now());
        }
        Arc::clone(&self.measures)
    }

    /// Whether the measures shown predate the last documents (refreshed soon).
    pub fn is_behind(&self, documents: &[DocumentSummary]) -> bool {
        self.measures_key != Some(documents.len())
    }

    /// The measure picked, if any: its summary.
    pub fn picked(&mut self, documents: &[DocumentSummary]) -> Option<MeasureSummary> {
        let key = self.measure.clone()?;
        self.measures(documents)
            .iter()
            .find(|m| m.key == key)
            .cloned()
    }

    /// The figures of the picked measure across documents.
    pub fn series(&mut self, documents: &[DocumentSummary]) -> Arc<[SeriesPoint]> {
        let Some(key) = self.measure.clone() else {
            return Arc::from(Vec::new());
        };
        let cache_key = (key, documents.len());
        // The same measure with more documents waits for the measures' refresh.
        let stale_but_fresh_enough = self
            .series_key
            .as_ref()
            .is_some_and(|(k, _)| *k == cache_key.0)
            && self.measures_key != Some(documents.len());
        if self.series_key.as_ref() != Some(&cache_key) && !stale_but_fresh_enough {
            self.series = collection::series(documents, &cache_key.0).into();
            self.series_key = Some(cache_key);
        }
        Arc::clone(&self.series)
    }

    /// Picks a measure.
    pub fn pick(&mut self, key: MeasureKey) {
        if self.measure.as_ref() != Some(&key) {
            self.measure = Some(key);
            self.selected = None;
        }
    }
}

/// A folder or archive open as a library.
pub struct LibraryTab {
    pub id: u64,
    /// What was opened.
    pub root: PathBuf,
    /// Its file or folder name.
    pub name: String,
    /// The listing, once the thread has made it.
    pub collection: Option<Arc<Collection>>,
    /// Indexed documents, in entry order.
    pub documents: Vec<DocumentSummary>,
    /// Documents that could not be read.
    pub failures: Vec<ArchiveError>,
    /// Every statistic as `(document, statistic)`, in collection order: the all-figures rows.
    pub figure_rows: Vec<(u32, u32)>,
    /// Bytes of body text indexed.
    pub text_bytes: usize,
    pub progress: Progress,
    pub view: LibraryView,
    pub list: DocumentListState,
    pub search: SearchState,
    pub figures: FiguresState,
    pub compare: CompareState,
    receiver: Receiver<Message>,
    cancel: Arc<AtomicBool>,
}

impl LibraryTab {
    /// Opens `root` and starts listing and indexing it on a background thread.
    pub fn open(id: u64, root: PathBuf, ctx: &egui::Context) -> Self {
        let (sender, receiver) = channel();
        let cancel = Arc::new(AtomicBool::new(false));
        let name = root.file_name().map_or_else(
            || root.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        spawn_indexer(root.clone(), sender, Arc::clone(&cancel), ctx.clone());
        Self {
            id,
            root,
            name,
            collection: None,
            documents: Vec::new(),
            failures: Vec::new(),
            figure_rows: Vec::new(),
            text_bytes: 0,
            progress: Progress {
                started: Instant::now(),
                elapsed: None,
                cancelled: false,
                error: None,
            },
            view: LibraryView::default(),
            list: DocumentListState::default(),
            search: SearchState::default(),
            figures: FiguresState::default(),
            compare: CompareState::default(),
            receiver,
            cancel,
        }
    }

    /// Takes in what the indexing thread sent since the last frame.
    pub fn poll(&mut self) -> Vec<LibraryEvent> {
        let mut events = Vec::new();
        while let Ok(message) = self.receiver.try_recv() {
            match message {
                Message::Listed(collection) => self.collection = Some(collection),
                Message::Indexed(item) => self.add(*item),
                Message::Finished(outcome) => {
                    self.progress.elapsed = Some(self.progress.started.elapsed());
                    match outcome {
                        Ok(report) => self.progress.cancelled |= report.cancelled,
                        Err(reason) => self.progress.error = Some(reason),
                    }
                }
                Message::Failed(reason) => events.push(LibraryEvent::Failed(reason)),
            }
        }
        events
    }

    fn add(&mut self, item: Indexed) {
        match item {
            Indexed::Document(indexed) => {
                let summary = indexed.summary;
                let document = self.documents.len() as u32;
                self.figure_rows
                    .extend((0..summary.statistics.len() as u32).map(|s| (document, s)));
                self.text_bytes += summary.text.len();
                self.documents.push(summary);
            }
            Indexed::Failed { error, .. } => self.failures.push(error),
        }
    }

    /// Whether documents are still being read.
    pub fn is_indexing(&self) -> bool {
        self.progress.elapsed.is_none()
    }

    /// Stops indexing; what was read stays.
    pub fn cancel(&mut self) {
        self.cancel.store(true, AtomicOrdering::Relaxed);
    }

    /// Documents the collection holds (known once listed).
    pub fn document_count(&self) -> Option<usize> {
        self.collection.as_ref().map(|c| c.document_count())
    }

    /// Documents indexed or failed so far.
    pub fn done_count(&self) -> usize {
        self.documents.len() + self.failures.len()
    }

    /// How far indexing has come, 0 to 1.
    pub fn fraction(&self) -> f32 {
        match self.document_count() {
            Some(0) => 1.0,
            Some(total) => self.done_count() as f32 / total as f32,
            None => 0.0,
        }
    }

    /// "zip archive", "folder", "tar.gz archive".
    pub fn kind_label(&self) -> String {
        match self.collection.as_ref().map(|c| c.kind) {
            Some(CollectionKind::Folder) => "Folder".to_owned(),
            Some(CollectionKind::Archive(format)) => format!("{} archive", format.as_str()),
            Some(CollectionKind::File) => "File".to_owned(),
            None => "Collection".to_owned(),
        }
    }

    /// Everything that went wrong, listing warnings first, then documents that failed.
    pub fn problems(&self) -> impl Iterator<Item = &ArchiveError> {
        self.collection
            .iter()
            .flat_map(|c| c.warnings.iter())
            .chain(self.failures.iter())
    }

    pub fn problem_count(&self) -> usize {
        self.problems().count()
    }

    /// The all-figures rows.
    pub fn figure_rows(&self) -> LibraryFigures<'_> {
        LibraryFigures {
            documents: &self.documents,
            rows: &self.figure_rows,
        }
    }

    /// The indexed document of entry `entry`.
    pub fn document_of_entry(&self, entry: usize) -> Option<&DocumentSummary> {
        let at = self.documents.partition_point(|d| d.entry < entry);
        self.documents.get(at).filter(|d| d.entry == entry)
    }

    /// Entry and span of an all-figures row (to open the document at it).
    pub fn figure_location(&self, row: usize) -> Option<(usize, Span)> {
        let &(document, stat) = self.figure_rows.get(row)?;
        let summary = self.documents.get(document as usize)?;
        let span = summary.statistics.get(stat as usize)?.span;
        Some((summary.entry, span))
    }

    /// Entry and span of a figure of a comparison.
    pub fn point_location(&self, point: &SeriesPoint) -> Option<(usize, Span)> {
        let summary = self.document_of_entry(point.entry)?;
        let span = summary.statistics.get(point.statistic)?.span;
        Some((point.entry, span))
    }

    /// Whether `path` is what this library opened.
    pub fn is_root(&self, path: &Path) -> bool {
        self.root == path
    }

    /// Searches again if the query changed or documents arrived.
    pub fn refresh_search(&mut self) -> bool {
        self.search.refresh(&self.documents, self.text_bytes)
    }
}

impl Drop for LibraryTab {
    /// Closing the tab stops its indexing.
    fn drop(&mut self) {
        self.cancel();
    }
}

/// Lists and indexes `root` on a thread of its own, sending each result as it comes.
fn spawn_indexer(
    root: PathBuf,
    sender: Sender<Message>,
    cancel: Arc<AtomicBool>,
    ctx: egui::Context,
) {
    let name = format!("index {}", root.display());
    let failed = sender.clone();
    let spawned = std::thread::Builder::new().name(name).spawn(move || {
        let run = || {
            let collection = match collection::list(&root) {
                Ok(collection) => Arc::new(collection),
                Err(error) => {
                    let _ = sender.send(Message::Failed(error.reason()));
                    return;
                }
            };
            let _ = sender.send(Message::Listed(Arc::clone(&collection)));
            ctx.request_repaint();
            let options = IndexOptions {
                keep_documents: false,
                threads: 0,
            };
            let outcome = collection::index(&collection, &options, &cancel, |item| {
                let _ = sender.send(Message::Indexed(Box::new(item)));
                ctx.request_repaint();
            });
            let _ = sender.send(Message::Finished(outcome.map_err(|e| e.reason())));
        };
        if std::panic::catch_unwind(std::panic::AssertUnwindSafe(run)).is_err() {
            let _ = sender.send(Message::Finished(Err(
                "Dossier hit an internal error while indexing; the documents read so far stay"
                    .to_owned(),
            )));
        }
        ctx.request_repaint();
    });
    if let Err(error) = spawned {
        let _ = failed.send(Message::Failed(format!(
            "could not start reading it: {error}"
        )));
    }
}

/// Years as numbers for the by-date chart: `1995` → 1995.0, `1996-03` → 1996.17,
/// `1996-03-15` → 1996.2; `None` when the date does not start with a year.
pub fn fractional_year(date: &str) -> Option<f64> {
    let mut parts = date.split('-');
    let year: f64 = parts.next()?.get(..4)?.parse().ok()?;
    let month: f64 = parts
        .next()
        .and_then(|m| m.parse::<f64>().ok())
        .filter(|m| (1.0..=12.0).contains(m))
        .unwrap_or(0.0);
    let day: f64 = parts
        .next()
        .and_then(|d| d.get(..2).unwrap_or(d).parse::<f64>().ok())
        .filter(|d| (1.0..=31.0).contains(d))
        .unwrap_or(0.0);
    let month_part = if month > 0.0 {
        (month - 1.0) / 12.0
    } else {
        0.0
    };
    Some(year + month_part + day / 365.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary(entry: usize, title: &str, date: &str, figures: usize) -> DocumentSummary {
        DocumentSummary {
            entry,
            path: format!("a.zip!/{title}.txt"),
            title: title.into(),
            date: date.into(),
            statistics: vec![Default::default(); figures],
            text: format!("{title} grows hectares of cannabis."),
            ..DocumentSummary::default()
        }
    }

    #[test]
    fn documents_sort_by_figure_count_as_numbers() {
        let documents = [
            summary(0, "Armenia", "1995", 12),
            summary(1, "Belgium", "1996", 3),
            summary(2, "Czech", "1997", 100),
        ];
        let mut list = DocumentListState {
            sort: Some((DocumentColumn::Figures, SortDirection::Ascending)),
            ..DocumentListState::default()
        };
        assert_eq!(*list.view(&documents), [1, 0, 2]);
        list.filter = "BELG".into();
        assert_eq!(*list.view(&documents), [1]);
    }

    #[test]
    fn search_takes_in_documents_that_arrive_later() {
        let documents = [summary(0, "Armenia", "", 0), summary(1, "Belgium", "", 0)];
        let mut search = SearchState {
            query: "hectares".into(),
            ..SearchState::default()
        };
        assert!(search.refresh(&documents[..1], 0));
        assert_eq!(search.status(), "1 hit in 1 document");
        assert!(search.refresh(&documents, 0));
        assert_eq!(search.status(), "2 hits in 2 documents");
        assert!(!search.refresh(&documents, 0));
    }

    #[test]
    fn dates_become_fractional_years() {
        assert_eq!(fractional_year("1995"), Some(1995.0));
        assert_eq!(fractional_year("1996-07"), Some(1996.5));
        assert_eq!(fractional_year("spring"), None);
    }

    #[test]
    fn arrow_keys_move_the_selection_in_table_order() {
        let documents = [summary(0, "B", "", 0), summary(1, "A", "", 0)];
        let mut list = DocumentListState {
            sort: Some((DocumentColumn::Title, SortDirection::Ascending)),
            ..DocumentListState::default()
        };
        list.step_selection(&documents, 1);
        assert_eq!(list.selected, Some(1));
        list.step_selection(&documents, 1);
        assert_eq!(list.selected, Some(0));
        list.step_selection(&documents, 1);
        assert_eq!(list.selected, Some(0));
    }
}
