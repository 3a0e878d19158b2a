//! Collections: a folder, a zip, a tarball or a gzipped report opened as one library of
//! documents, with search, an all-figures table and comparisons across them.
//!
//! # Design, for the next hacker
//!
//! **Two passes, one walk.** [`list`] walks the collection once and records every entry —
//! display path, declared size, kind — reading as little as it can: a zip's central directory,
//! a tar's headers, a folder's directory entries. [`index`] walks it *again with the same code*
//! (`walk`), this time reading each document's bytes and handing them to worker threads.
//! Because both passes run the same walk, entry `i` of the listing is entry `i` of the index
//! by construction; the second walk checks every path against the listing and stops with
//! "changed since it was listed" if the files moved underneath.
//!
//! **What must be read to list.** Zips list from their central directory alone. Tar streams
//! have no directory: listing a `.tar.gz` decompresses it once (and indexing once more). An
//! archive inside an archive has to be decompressed into memory to be listed; its bytes are
//! dropped after its members are listed and read again when indexing. Members are classified
//! by name first (`.html` is a document, `.png` is not); only names that say nothing (no or an
//! unknown extension) or say "archive" are opened to look at their magic bytes, so content
//! decides what an archive is without costing every member a read. Nothing is ever written to
//! disk, and an entry's name is never used as a path: it is escaped for display and that is
//! all it is used for.
//!
//! **Order and parallelism.** The walk runs on one thread and feeds a bounded queue of
//! `(entry, bytes)` jobs to a few workers, which run the ordinary single-file engine
//! ([`crate::read_bytes`]) and shrink each document to a [`DocumentSummary`]. Results are
//! re-ordered into entry order before they reach the caller, and at most a few jobs per worker
//! are in flight, so memory stays bounded however large the collection is.
//!
//! **Limits** ([`Limits`]) guard against archives built to hurt: a cap on the total
//! uncompressed bytes, on each entry's size and compression ratio (checked on the declared
//! sizes when listing *and* on the bytes actually produced when reading, so a lying header does
//! not help), on the number of entries and on how deep archives nest. Each limit refuses only
//! the entry or archive that trips it, with one line saying why ([`ArchiveError`]); the rest of
//! the collection loads.
//!
//! **Known limits.** An entry named like a document (`x.html`) that is really an archive is
//! not opened as one (its read fails with "this is a zip archive"); zip members compressed
//! with anything but deflate, and encrypted members, are refused; a folder's hidden files
//! (`.name`) and a zip's `__MACOSX/` resource forks are skipped.

mod error;
mod figures;
mod fold;
mod index;
mod names;
mod search;
mod walk;

pub use error::{ArchiveError, ErrorKind};
pub use figures::{
    MeasureKey, MeasureSummary, SERIES_COLUMNS, SeriesPoint, figures_table, figures_table_part,
    measure_key, measures, series, series_table,
};
pub use fold::{FoldedText, contains_folded, fold};
pub use index::{
    DocumentSummary, IndexOptions, IndexReport, Indexed, IndexedDocument, index, read_entry,
};
pub use names::escape_name;
pub use search::{SearchHit, SearchResults, search};

use std::ops::Range;
use std::path::{Path, PathBuf};

/// The separator between an archive and a path inside it in display paths:
/// `reports.zip!/1996/kazakstan.html`, nested `a.zip!/b.tar.gz!/c.txt`.
pub const ARCHIVE_SEPARATOR: &str = "!/";

/// The safety limits applied while listing and indexing. [`Limits::default`] is what the
/// window and the command line use; tests lower them to exercise each one cheaply.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Uncompressed bytes the whole collection may hold (documents and nested archives,
    /// counted as declared when listing and as produced when reading). 4 GiB.
    pub max_total_bytes: u64,
    /// The largest single entry read into memory: the same cap as a loose file
    /// ([`crate::load::MAX_FILE_BYTES`], 512 MiB).
    pub max_entry_bytes: u64,
    /// The most an entry may expand (uncompressed ÷ compressed) once it is larger than
    /// [`Limits::ratio_threshold_bytes`]. Text compresses 3–15×; a zip bomb 1000× and more.
    pub max_ratio: u64,
    /// Entries smaller than this are not judged by their ratio (a page of repeated markup can
    /// compress very well without being dangerous). 1 MiB.
    pub ratio_threshold_bytes: u64,
    /// Entries a collection may hold, counting those of nested archives. 100,000.
    pub max_entries: usize,
    /// How many archives may enclose one another (`a.zip!/b.zip!/c.zip!/d.zip` is 4). 4.
    pub max_archive_depth: usize,
    /// How many folders deep a folder is walked. 64.
    pub max_folder_depth: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_total_bytes: 4 << 30,
            max_entry_bytes: crate::load::MAX_FILE_BYTES,
            max_ratio: 100,
            ratio_threshold_bytes: 1 << 20,
            max_entries: 100_000,
            max_archive_depth: 4,
            max_folder_depth: 64,
        }
    }
}

/// An archive format, recognised by its magic bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ArchiveFormat {
    Zip,
    Tar,
    /// A gzipped tar (`.tar.gz`, `.tgz`).
    TarGz,
    /// A single gzipped file (`report.html.gz`).
    Gzip,
}

impl ArchiveFormat {
    /// A short name for messages and the library panel: `zip`, `tar`, `tar.gz`, `gzip`.
    pub fn as_str(self) -> &'static str {
        match self {
            ArchiveFormat::Zip => "zip",
            ArchiveFormat::Tar => "tar",
            ArchiveFormat::TarGz => "tar.gz",
            ArchiveFormat::Gzip => "gzip",
        }
    }
}

/// What was opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CollectionKind {
    Folder,
    Archive(ArchiveFormat),
    /// A single report that is not an archive: a collection of one.
    File,
}

/// What an entry of a collection is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryKind {
    /// A text or HTML report: indexed.
    Document,
    /// An archive inside the collection; its members follow it ([`Entry::members`]).
    Archive(ArchiveFormat),
    /// Something that is not a report (an image, a stylesheet, a link): listed, never read.
    Other,
    /// Not read because of a safety limit or an error; [`Collection::warnings`] says why.
    Refused,
}

/// One entry of a collection, as listed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Where it is, for display and for [`crate::Document::path`]: a file path for loose files
    /// and folder members, `archive.zip!/inner/path.html` inside archives. Names are escaped
    /// ([`escape_name`]); never use this as a file system path.
    pub path: String,
    /// Its name inside its folder or archive (escaped), `/`-separated.
    pub name: String,
    /// The index of the archive entry holding it; `None` at the top of the collection.
    pub parent: Option<usize>,
    /// How many archives enclose it: 0 for a loose file or a folder member.
    pub depth: usize,
    /// Uncompressed size as declared by the archive's headers or the file system.
    pub size_bytes: u64,
    /// Size inside the archive, when the archive says (zip members).
    pub compressed_bytes: Option<u64>,
    pub kind: EntryKind,
    /// For archives: the indices of their members (and their members' members). Empty
    /// otherwise.
    pub members: Range<usize>,
}

/// A listed collection: every entry, in a deterministic order (folders sorted by name,
/// archives in their own order), and what went wrong while listing it.
#[derive(Debug)]
pub struct Collection {
    /// What was opened, as given.
    pub root: PathBuf,
    pub kind: CollectionKind,
    pub entries: Vec<Entry>,
    /// One line for each entry refused or noted, and each archive that could only be listed in
    /// part, in listing order. [`ArchiveError::index`] points at the entry when there is one.
    pub warnings: Vec<ArchiveError>,
    /// The limits it was listed with; indexing applies the same ones.
    pub limits: Limits,
}

impl Collection {
    /// The documents to index, with their entry indices.
    pub fn documents(&self) -> impl Iterator<Item = (usize, &Entry)> {
        self.entries
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == EntryKind::Document)
    }

    /// How many documents [`index`] will report on (one [`Indexed`] each).
    pub fn document_count(&self) -> usize {
        self.documents().count()
    }

    /// Declared uncompressed bytes of the documents.
    pub fn document_bytes(&self) -> u64 {
        self.documents().map(|(_, e)| e.size_bytes).sum()
    }

    /// The warnings about entry `index`.
    pub fn warnings_for(&self, index: usize) -> impl Iterator<Item = &ArchiveError> {
        self.warnings.iter().filter(move |w| w.index == Some(index))
    }
}

/// Lists a folder, an archive or a single report with the default [`Limits`]. Only the top
/// level can fail (it cannot be read, or is refused whole); everything inside becomes a
/// warning on the entry it concerns.
pub fn list(path: &Path) -> Result<Collection, ArchiveError> {
    list_with(path, Limits::default())
}

/// [`list`] with the given limits.
pub fn list_with(path: &Path, limits: Limits) -> Result<Collection, ArchiveError> {
    walk::list(path, limits)
}

/// What `path` is, judged by its content (magic bytes), not its name: a folder, an archive,
/// or a plain file. The command line asks this before choosing between [`list`] and
/// [`crate::read_file`], since the single-file loader refuses archives as "not a report".
pub fn kind_of(path: &Path) -> Result<CollectionKind, ArchiveError> {
    walk::kind_of(path)
}
