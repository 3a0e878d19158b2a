//! Reading files off the UI thread. Each file gets its own thread that calls the engine once
//! (`dossier::read_file`, or `collection::read_entry` for a document of a library), builds the
//! find index, and sends the result back; the window keeps drawing meanwhile. A path that turns
//! out to be a folder or an archive comes back as [`Opened::Collection`], to be opened as a
//! library. A panic inside the engine is caught and becomes an error message for that file
//! alone.

use crate::collection::{self, Collection, CollectionKind, FoldedText};
use crate::document::Document;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::{Duration, Instant};

/// Where the bytes come from.
#[derive(Clone, Debug)]
pub enum Source {
    /// A file on disk, read by the engine.
    Path(PathBuf),
    /// Bytes already in memory (the bundled example; a drop that has no path), named by `name`.
    Bytes { name: PathBuf, bytes: Arc<[u8]> },
    /// Document `entry` of a listed collection, named by its display path.
    Entry {
        collection: Arc<Collection>,
        entry: usize,
        name: PathBuf,
    },
}

impl Source {
    /// The path or name that identifies this source in tabs, banners and recent files.
    pub fn path(&self) -> &Path {
        match self {
            Source::Path(path) => path,
            Source::Bytes { name, .. } | Source::Entry { name, .. } => name,
        }
    }
}

/// A document that finished loading.
pub struct Loaded {
    pub document: Arc<Document>,
    pub folded: Arc<FoldedText>,
}

/// What a path turned out to be.
pub enum Opened {
    Document(Loaded),
    /// A folder or an archive: open it as a library.
    Collection,
}

/// What comes back from a loader thread.
pub struct LoadResult {
    pub id: u64,
    pub source_path: PathBuf,
    /// Whether the source was a file on disk (only those go into the recent files).
    pub from_disk: bool,
    pub outcome: Result<Opened, String>,
    pub elapsed: Duration,
}

/// A load under way.
#[derive(Clone, Debug)]
pub struct Pending {
    pub id: u64,
    pub path: PathBuf,
    pub size_bytes: u64,
    pub started: Instant,
    /// How far the engine has come, 0.0 to 1.0, as the bits of an `f32` (written by the
    /// reading thread).
    progress: Arc<AtomicU32>,
}

impl Pending {
    /// How far the engine has come, 0.0 to 1.0.
    pub fn fraction(&self) -> f32 {
        f32::from_bits(self.progress.load(Ordering::Relaxed))
    }
}

/// Starts loads and collects their results.
pub struct Loader {
    sender: Sender<LoadResult>,
    receiver: Receiver<LoadResult>,
    next_id: u64,
    pending: Vec<Pending>,
}

impl Default for Loader {
    fn default() -> Self {
        let (sender, receiver) = channel();
        Self {
            sender,
            receiver,
            next_id: 1,
            pending: Vec::new(),
        }
    }
}

impl Loader {
    /// A fresh id, unique among loads and libraries.
    pub fn allocate_id(&mut self) -> u64 {
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    /// Starts reading `source` on a new thread; returns the load's id.
    pub fn start(&mut self, source: Source, ctx: &egui::Context) -> u64 {
        let id = self.allocate_id();
        let path = source.path().to_owned();
        let size_bytes = match &source {
            Source::Path(path) => std::fs::metadata(path).map_or(0, |m| m.len()),
            Source::Bytes { bytes, .. } => bytes.len() as u64,
            Source::Entry {
                collection, entry, ..
            } => collection.entries.get(*entry).map_or(0, |e| e.size_bytes),
        };
        let progress = Arc::new(AtomicU32::new(0f32.to_bits()));
        self.pending.push(Pending {
            id,
            path: path.clone(),
            size_bytes,
            started: Instant::now(),
            progress: Arc::clone(&progress),
        });
        let sender = self.sender.clone();
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name(format!("load {}", path.display()))
            .spawn(move || {
                let started = Instant::now();
                let from_disk = matches!(source, Source::Path(_));
                let report = |fraction: f32| {
                    progress.store(fraction.clamp(0.0, 1.0).to_bits(), Ordering::Relaxed);
                    ctx.request_repaint();
                };
                let outcome = load(&source, &report);
                let _ = sender.send(LoadResult {
                    id,
                    source_path: source.path().to_owned(),
                    from_disk,
                    outcome,
                    elapsed: started.elapsed(),
                });
                ctx.request_repaint();
            });
        if let Err(error) = spawned {
            let _ = self.sender.send(LoadResult {
                id,
                source_path: path,
                from_disk: false,
                outcome: Err(format!("could not start reading it: {error}")),
                elapsed: Duration::ZERO,
            });
        }
        id
    }

    /// The loads still running.
    pub fn pending(&self) -> &[Pending] {
        &self.pending
    }

    /// Results that arrived since the last call.
    pub fn poll(&mut self) -> Vec<LoadResult> {
        let results: Vec<LoadResult> = self.receiver.try_iter().collect();
        self.pending
            .retain(|p| !results.iter().any(|result| result.id == p.id));
        results
    }

    /// How far the load `id` has come, 0.0 to 1.0, while it runs.
    pub fn fraction(&self, id: u64) -> Option<f32> {
        self.pending
            .iter()
            .find(|p| p.id == id)
            .map(Pending::fraction)
    }

    /// Whether any load is running.
    pub fn is_busy(&self) -> bool {
        !self.pending.is_empty()
    }
}

/// Runs the engine, turning a panic into a message.
fn load(source: &Source, progress: &dyn Fn(f32)) -> Result<Opened, String> {
    let run = || -> Result<Opened, String> {
        let document = match source {
            Source::Path(path) => {
                // Judged by content: `reports.zip`, a folder, a `.tar.gz` open as libraries.
                if let Ok(CollectionKind::Folder | CollectionKind::Archive(_)) =
                    collection::kind_of(path)
                {
                    return Ok(Opened::Collection);
                }
                crate::read_file_with_progress(path, progress).map_err(|error| error.reason())
            }
            Source::Bytes { name, bytes } => crate::read_bytes_with_progress(name, bytes, progress)
                .map_err(|error| error.reason()),
            Source::Entry {
                collection, entry, ..
            } => collection::read_entry(collection, *entry).map_err(|error| error.reason()),
        }?;
        let folded = FoldedText::new(&document.text);
        Ok(Opened::Document(Loaded {
            document: Arc::new(document),
            folded: Arc::new(folded),
        }))
    };
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(run)) {
        Ok(outcome) => outcome,
        Err(panic) => {
            let detail = panic
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "no details".to_owned());
            Err(format!(
                "Dossier hit an internal error while reading it ({detail}). Please report this file."
            ))
        }
    }
}
