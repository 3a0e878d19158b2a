//! Dossier reads archived reports — saved web pages, text dumps, archives of them — and finds
//! what a careful reader would: the report without the site's chrome, its outline, and every
//! figure it states.
//!
//! The pipeline, one module per stage:
//! - [`load`]: bytes → decoded text → source blocks (plain text reflowed, HTML parsed);
//! - [`structure`]: chrome removal, title and metadata, outline;
//! - [`extract`]: statistics, dates and acronyms with spans into the body;
//! - [`export`]: the statistics table as TSV, CSV, Markdown or JSON;
//! - [`collection`]: folders and archives (zip, tar, gzip, nested) as a library of documents,
//!   indexed on worker threads, with search, an all-figures table and comparisons.
//!
//! The engine knows nothing of the window: [`app`] and [`ui`] read the owned [`Document`].

#![forbid(unsafe_code)]

#[cfg(feature = "gui")]
pub mod app;
pub mod collection;
pub mod desktop;
pub mod document;
pub mod export;
pub mod extract;
pub mod load;
pub mod structure;
#[cfg(test)]
mod test_support;
#[cfg(feature = "gui")]
pub mod ui;

pub use collection::{ArchiveError, Collection, Entry, EntryKind};
pub use document::{
    Acronym, Block, BlockKind, DateMention, Document, Section, SourceFormat, Span, StatKind,
    Statistic,
};
pub use load::{
    LoadError, read_bytes, read_bytes_with_progress, read_file, read_file_with_progress,
};
