//! Indexing: every document of a listed collection read by the ordinary engine on a few
//! worker threads, delivered in entry order, and kept as a compact [`DocumentSummary`] unless
//! the caller asks for the whole [`Document`].

use super::error::{ArchiveError, ErrorKind};
use super::walk::{self, Delivery, Halt, Wanted};
use super::{Collection, EntryKind};
use crate::document::{Document, Section, SourceFormat, Statistic};
use std::collections::BTreeMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// How often the threads look at the cancel flag while they wait.
const CANCEL_POLL: Duration = Duration::from_millis(50);

/// Batches in flight (read, queued or parsed but not yet delivered) per worker: enough to
/// keep the workers busy while one slow document holds up the order, few enough that memory
/// stays bounded.
const IN_FLIGHT_PER_WORKER: usize = 4;

/// Documents travel to the workers in batches, so that a library of small reports is not
/// spent handing documents between threads: a batch closes at this many documents (fewer in
/// a small library, so that every worker gets a share of it) ...
const BATCH_DOCUMENTS: usize = 64;
/// ... or at this many source bytes (a page this large closes its batch). The first batches
/// are smaller (1, 2, 4 … documents), so the first documents are ready at once.
const BATCH_BYTES: usize = 256 * 1024;

/// How indexing runs.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IndexOptions {
    /// Keep each whole [`Document`] in [`IndexedDocument::document`] (the command line prints
    /// it). The library keeps only summaries.
    pub keep_documents: bool,
    /// Worker threads; 0 means one per core.
    pub threads: usize,
}

/// What indexing keeps of a document: enough to list, sort, filter and search it, tabulate and
/// compare its figures — everything but its blocks, dates and removed chrome. Open the whole
/// document with [`read_entry`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DocumentSummary {
    /// Its index in [`Collection::entries`].
    pub entry: usize,
    /// Display path, as [`Document::path`].
    pub path: String,
    pub format: SourceFormat,
    pub encoding: String,
    pub title: String,
    pub subject: String,
    /// The report's own date, ISO-like; empty when unknown.
    pub date: String,
    /// Bytes of the source file.
    pub source_bytes: u64,
    pub sections: Vec<Section>,
    pub statistics: Vec<Statistic>,
    /// For each statistic, in the same order: the date or period its sentence names ("in
    /// 1995" → `1995`), ISO-like; empty when the sentence names none.
    pub statistic_dates: Vec<String>,
    pub warnings: Vec<String>,
    /// The body, exactly [`Document::text`]: what search runs over, and where every span
    /// points.
    pub text: String,
}

impl DocumentSummary {
    /// The summary of a document (copies what it keeps).
    pub fn new(entry: usize, document: &Document, source_bytes: u64) -> Self {
        Self {
            entry,
            path: document.path.clone(),
            format: document.format,
            encoding: document.encoding.clone(),
            title: document.title.clone(),
            subject: document.subject.clone(),
            date: document.date.clone(),
            source_bytes,
            sections: document.sections.clone(),
            statistics: document.statistics.clone(),
            statistic_dates: statistic_dates(document),
            warnings: document.warnings.clone(),
            text: document.text.clone(),
        }
    }

    /// The summary of a document that is no longer needed (moves what it keeps, and gives
    /// back the spare capacity: a library keeps thousands of these).
    pub fn from_document(entry: usize, mut document: Document, source_bytes: u64) -> Self {
        let statistic_dates = statistic_dates(&document);
        document.text.shrink_to_fit();
        document.sections.shrink_to_fit();
        document.statistics.shrink_to_fit();
        Self {
            entry,
            path: document.path,
            format: document.format,
            encoding: document.encoding,
            title: document.title,
            subject: document.subject,
            date: document.date,
            source_bytes,
            sections: document.sections,
            statistics: document.statistics,
            statistic_dates,
            warnings: document.warnings,
            text: document.text,
        }
    }

    /// How many figures it states.
    pub fn figure_count(&self) -> usize {
        self.statistics.len()
    }

    /// The name to show: its title, else its file name.
    pub fn display_name(&self) -> &str {
        if !self.title.is_empty() {
            return &self.title;
        }
        self.path.rsplit(['/', '\\']).next().unwrap_or(&self.path)
    }

    /// The innermost section containing `offset`, if any.
    pub fn section_at(&self, offset: usize) -> Option<&Section> {
        self.sections
            .iter()
            .filter(|s| s.span.contains(offset))
            .max_by_key(|s| s.level)
    }

    /// Heap bytes it holds, roughly: what keeping it costs.
    pub fn heap_bytes(&self) -> usize {
        let strings = |s: &String| s.capacity();
        self.text.capacity()
            + self.path.capacity()
            + self.title.capacity()
            + self.subject.capacity()
            + self
                .sections
                .iter()
                .map(|s| s.title.capacity())
                .sum::<usize>()
            + self.sections.capacity() * std::mem::size_of::<Section>()
            + self
                .statistics
                .iter()
                .map(|s| {
                    // `unit` and `qualifier` are mostly canonical symbols, borrowed.
                    strings(&s.measures)
                        + match &s.unit {
                            std::borrow::Cow::Owned(unit) => unit.capacity(),
                            std::borrow::Cow::Borrowed(_) => 0,
                        }
                    // `section` is shared with the other figures of its section.
                })
                .sum::<usize>()
            + self.statistics.capacity() * std::mem::size_of::<Statistic>()
            + self
                .statistic_dates
                .iter()
                .map(String::capacity)
                .sum::<usize>()
    }
}

/// For each statistic, the first date its sentence names outside the figure itself.
fn statistic_dates(document: &Document) -> Vec<String> {
    document
        .statistics
        .iter()
        .map(|stat| {
            let sentence = stat.sentence_span;
            let first = document
                .dates
                .partition_point(|d| d.span.start < sentence.start);
            document.dates[first..]
                .iter()
                .take_while(|d| d.span.end <= sentence.end)
                .find(|d| !d.span.overlaps(stat.span))
                .map(|d| d.value.clone())
                .unwrap_or_default()
        })
        .collect()
}

/// A document indexed.
#[derive(Clone, Debug)]
pub struct IndexedDocument {
    pub summary: DocumentSummary,
    /// The whole document, when [`IndexOptions::keep_documents`] asked for it.
    pub document: Option<Box<Document>>,
}

/// One result of [`index`]: each document of the collection gets exactly one, in entry order.
#[derive(Debug)]
pub enum Indexed {
    Document(IndexedDocument),
    /// The document could not be read; the rest of the collection is unaffected.
    Failed {
        entry: usize,
        error: ArchiveError,
    },
}

impl Indexed {
    /// The entry it is about.
    pub fn entry(&self) -> usize {
        match self {
            Indexed::Document(document) => document.summary.entry,
            Indexed::Failed { entry, .. } => *entry,
        }
    }
}

/// How indexing went.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IndexReport {
    pub documents: usize,
    pub failed: usize,
    /// Bytes of body text indexed (the throughput the benchmark reports).
    pub text_bytes: u64,
    /// Bytes of source read.
    pub source_bytes: u64,
    pub cancelled: bool,
}

/// One delivery of the walk, numbered in entry order, on its way to a worker and back.
struct Queued<T> {
    sequence: usize,
    /// The last of its batch: once it is delivered, the batch's room is free again.
    closes_batch: bool,
    item: T,
}

/// What a worker is given: a document's bytes to read, or an entry the walk already failed.
enum Work {
    Read {
        entry: usize,
        path: String,
        bytes: Vec<u8>,
    },
    /// Boxed: a failure is rare, and a batch of work stays the size of its reads.
    Failed(Box<Indexed>),
}

/// Indexes every document of `collection`, calling `on_result` once per document, in entry
/// order, on the calling thread, as soon as each is ready (so the first documents are usable
/// while the rest are read). Setting `cancel` stops it soon after; what was delivered stays
/// valid. Fails only when the collection as a whole can no longer be read (it moved, or
/// changed since it was listed); a bad entry is an [`Indexed::Failed`].
pub fn index(
    collection: &Collection,
    options: &IndexOptions,
    cancel: &AtomicBool,
    mut on_result: impl FnMut(Indexed),
) -> Result<IndexReport, ArchiveError> {
    let workers = if options.threads == 0 {
        std::thread::available_parallelism().map_or(1, |n| n.get())
    } else {
        options.threads
    };
    let window = workers * IN_FLIGHT_PER_WORKER;
    let mut report = IndexReport::default();

    let (job_tx, job_rx) = mpsc::sync_channel::<Vec<Queued<Work>>>(workers);
    let job_rx = Arc::new(Mutex::new(job_rx));
    let (result_tx, result_rx) = mpsc::channel::<Vec<Queued<Indexed>>>();
    let (token_tx, token_rx) = mpsc::sync_channel::<()>(window);
    for _ in 0..window {
        let _ = token_tx.try_send(());
    }
    let mut token_tx = Some(token_tx);

    let walked = std::thread::scope(|scope| {
        let producer =
            scope.spawn(move || produce(collection, workers, cancel, &job_tx, &token_rx));
        for _ in 0..workers {
            let job_rx = Arc::clone(&job_rx);
            let results = result_tx.clone();
            let keep = options.keep_documents;
            scope.spawn(move || work(collection, keep, cancel, &job_rx, &results));
        }
        drop(result_tx);

        // Deliver in entry order.
        let mut pending: BTreeMap<usize, Queued<Indexed>> = BTreeMap::new();
        let mut next = 0;
        loop {
            match result_rx.recv_timeout(CANCEL_POLL) {
                Ok(batch) if !report.cancelled => {
                    pending.extend(batch.into_iter().map(|queued| (queued.sequence, queued)));
                    while let Some(Queued {
                        closes_batch, item, ..
                    }) = pending.remove(&next)
                    {
                        next += 1;
                        match &item {
                            Indexed::Document(document) => {
                                report.documents += 1;
                                report.text_bytes += document.summary.text.len() as u64;
                                report.source_bytes += document.summary.source_bytes;
                            }
                            Indexed::Failed { .. } => report.failed += 1,
                        }
                        on_result(item);
                        if closes_batch && let Some(tokens) = &token_tx {
                            let _ = tokens.try_send(());
                        }
                    }
                }
                Ok(_) | Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => break,
            }
            if !report.cancelled && cancel.load(Ordering::Relaxed) {
                report.cancelled = true;
                pending.clear();
                // The producer waiting for a token sees the channel close and stops.
                token_tx = None;
            }
        }
        producer
            .join()
            .unwrap_or(Err(Halt::Refuse(ErrorKind::Internal)))
    });
    if matches!(walked, Err(Halt::Cancelled)) {
        report.cancelled = true;
    }
    match walked {
        Ok(()) | Err(Halt::Cancelled | Halt::Done) => Ok(report),
        Err(halt) => Err(walk::root_error(&collection.root, halt)),
    }
}

/// The walking thread: reads each document's bytes in entry order and queues them in batches.
fn produce(
    collection: &Collection,
    workers: usize,
    cancel: &AtomicBool,
    jobs: &mpsc::SyncSender<Vec<Queued<Work>>>,
    tokens: &mpsc::Receiver<()>,
) -> Result<(), Halt> {
    let mut feed = Feed {
        sequence: 0,
        delivered: vec![false; collection.entries.len()],
        batch: Vec::new(),
        batch_bytes: 0,
        batch_limit: 1,
        // Four batches a worker at least, however small the library.
        largest_batch: (collection.document_count() / (workers * IN_FLIGHT_PER_WORKER))
            .clamp(1, BATCH_DOCUMENTS),
        jobs,
        tokens,
        cancel,
    };
    let walked = walk::read(collection, Wanted::All, Some(cancel), &mut |delivery| {
        feed.send(delivery)
    });
    if matches!(walked, Err(Halt::Cancelled)) {
        return walked;
    }
    // Documents the walk never reached (an archive that ended early) still get their result.
    let reason = match &walked {
        Err(Halt::Refuse(kind)) => kind.to_string(),
        Err(Halt::Changed(path)) => format!("{path} changed since the collection was listed"),
        _ => "its archive ended before it".to_owned(),
    };
    let missing: Vec<usize> = collection
        .documents()
        .map(|(index, _)| index)
        .filter(|&index| !feed.delivered.get(index).copied().unwrap_or(true))
        .collect();
    for index in missing {
        let error = entry_error(
            collection,
            index,
            ErrorKind::Corrupt(format!("was not reached: {reason}")),
        );
        feed.send(Delivery::Failed { index, error })?;
    }
    feed.flush()?;
    walked
}

/// The producer's side of the queues: numbers deliveries, gathers them in batches and waits
/// for room.
struct Feed<'a> {
    sequence: usize,
    delivered: Vec<bool>,
    batch: Vec<Queued<Work>>,
    batch_bytes: usize,
    /// Documents the current batch may hold; doubles up to `largest_batch`.
    batch_limit: usize,
    largest_batch: usize,
    jobs: &'a mpsc::SyncSender<Vec<Queued<Work>>>,
    tokens: &'a mpsc::Receiver<()>,
    cancel: &'a AtomicBool,
}

impl Feed<'_> {
    /// Waits until fewer than the window of batches are in flight.
    fn take_token(&self) -> Result<(), Halt> {
        loop {
            match self.tokens.recv_timeout(CANCEL_POLL) {
                Ok(()) => return Ok(()),
                Err(RecvTimeoutError::Timeout) if !self.cancel.load(Ordering::Relaxed) => {}
                Err(_) => return Err(Halt::Cancelled),
            }
        }
    }

    fn send(&mut self, delivery: Delivery) -> Result<(), Halt> {
        let sequence = self.sequence;
        self.sequence += 1;
        let work = match delivery {
            Delivery::Document { index, path, bytes } => {
                if let Some(done) = self.delivered.get_mut(index) {
                    *done = true;
                }
                self.batch_bytes += bytes.len();
                Work::Read {
                    entry: index,
                    path,
                    bytes,
                }
            }
            Delivery::Failed { index, error } => {
                if let Some(done) = self.delivered.get_mut(index) {
                    *done = true;
                }
                Work::Failed(Box::new(Indexed::Failed {
                    entry: index,
                    error,
                }))
            }
        };
        self.batch.push(Queued {
            sequence,
            closes_batch: false,
            item: work,
        });
        if self.batch.len() >= self.batch_limit || self.batch_bytes >= BATCH_BYTES {
            self.flush()?;
        }
        Ok(())
    }

    /// Sends the batch gathered so far, once there is room for it.
    fn flush(&mut self) -> Result<(), Halt> {
        let Some(last) = self.batch.last_mut() else {
            return Ok(());
        };
        last.closes_batch = true;
        self.take_token()?;
        let batch = std::mem::take(&mut self.batch);
        self.batch_bytes = 0;
        self.batch_limit = (self.batch_limit * 2).min(self.largest_batch);
        self.jobs.send(batch).map_err(|_| Halt::Cancelled)
    }
}

/// A worker thread: parses documents until the queue closes.
fn work(
    collection: &Collection,
    keep_documents: bool,
    cancel: &AtomicBool,
    jobs: &Mutex<mpsc::Receiver<Vec<Queued<Work>>>>,
    results: &mpsc::Sender<Vec<Queued<Indexed>>>,
) {
    loop {
        let batch = match jobs.lock() {
            Ok(receiver) => receiver.recv(),
            Err(_) => return,
        };
        let Ok(batch) = batch else {
            return;
        };
        let mut done = Vec::with_capacity(batch.len());
        for queued in batch {
            if cancel.load(Ordering::Relaxed) {
                break;
            }
            let item = match queued.item {
                Work::Read { entry, path, bytes } => {
                    parse(collection, entry, path, bytes, keep_documents)
                }
                Work::Failed(item) => *item,
            };
            done.push(Queued {
                sequence: queued.sequence,
                closes_batch: queued.closes_batch,
                item,
            });
        }
        if results.send(done).is_err() {
            return;
        }
    }
}

/// Runs the single-file engine on one entry's bytes. A panic in the engine becomes a failed
/// entry, not a failed collection.
fn parse(
    collection: &Collection,
    entry: usize,
    path: String,
    bytes: Vec<u8>,
    keep_documents: bool,
) -> Indexed {
    let source_bytes = bytes.len() as u64;
    let parsed = catch_unwind(AssertUnwindSafe(|| {
        crate::load::read_bytes(Path::new(&path), &bytes)
    }));
    drop(bytes);
    let kind = match parsed {
        Ok(Ok(mut document)) => {
            document.path = path;
            let (summary, document) = if keep_documents {
                let summary = DocumentSummary::new(entry, &document, source_bytes);
                (summary, Some(Box::new(document)))
            } else {
                let summary = DocumentSummary::from_document(entry, document, source_bytes);
                (summary, None)
            };
            return Indexed::Document(IndexedDocument { summary, document });
        }
        Ok(Err(error)) => ErrorKind::NotAReport(error.reason()),
        Err(_) => ErrorKind::Internal,
    };
    Indexed::Failed {
        entry,
        error: entry_error(collection, entry, kind),
    }
}

/// An error about entry `index` of a listed collection.
fn entry_error(collection: &Collection, index: usize, kind: ErrorKind) -> ArchiveError {
    let entry = collection.entries.get(index);
    let archive = entry
        .and_then(|e| e.parent)
        .and_then(|p| collection.entries.get(p))
        .map_or_else(|| collection.root.display().to_string(), |p| p.path.clone());
    ArchiveError {
        path: entry.map(|e| e.path.clone()).unwrap_or_default(),
        archive,
        entry: entry.map(|e| e.name.clone()),
        index: Some(index),
        kind,
    }
}

/// Reads one document of a listed collection whole, to open it in a tab. A zip member is
/// read directly; a tar member is reached by reading the tar up to it.
pub fn read_entry(collection: &Collection, index: usize) -> Result<Document, ArchiveError> {
    match collection.entries.get(index).map(|e| e.kind) {
        Some(EntryKind::Document) => {}
        Some(_) => {
            let kind = ErrorKind::NotAReport("is not a document Dossier reads".to_owned());
            return Err(entry_error(collection, index, kind));
        }
        None => return Err(entry_error(collection, index, ErrorKind::Changed)),
    }
    let mut found: Option<Result<(String, Vec<u8>), ArchiveError>> = None;
    let walked = walk::read(collection, Wanted::One(index), None, &mut |delivery| {
        found = Some(match delivery {
            Delivery::Document { path, bytes, .. } => Ok((path, bytes)),
            Delivery::Failed { error, .. } => Err(error),
        });
        Err(Halt::Done)
    });
    match found {
        Some(Ok((path, bytes))) => {
            let mut document = crate::load::read_bytes(Path::new(&path), &bytes)
                .map_err(|e| entry_error(collection, index, ErrorKind::NotAReport(e.reason())))?;
            document.path = path;
            Ok(document)
        }
        Some(Err(error)) => Err(error),
        None => Err(match walked {
            Err(halt @ (Halt::Refuse(_) | Halt::Changed(_))) => {
                walk::root_error(&collection.root, halt)
            }
            _ => entry_error(
                collection,
                index,
                ErrorKind::Corrupt("was not reached: its archive ended before it".to_owned()),
            ),
        }),
    }
}
