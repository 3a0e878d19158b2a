//! From bytes to a finished [`Document`]: decode, sniff the format, split into source blocks,
//! then hand over to [`crate::structure`] and [`crate::extract`].

mod decode;
mod dom;
mod html;
mod markdown;
mod run_in_parts;
mod scan;
mod sniff;
mod text;
mod words;

pub use text::{
    char_count, is_roman_numeral, is_section_marker, is_stray_routing, is_trail, is_zulu_day_time,
    mostly_in_capitals, paragraph_number, roman_heading_prefix,
};

pub use decode::{Decoded, decode};
/// The HTML and plain-text readers on their own, for the fuzz targets and benchmarks.
pub use html::source_blocks as html_blocks;
pub use sniff::{binary_kind, sniff_format};
pub use text::source_blocks as text_blocks;

use crate::document::{BlockKind, Document, SourceFormat};
use std::path::{Path, PathBuf};

/// The largest file opened directly. Larger files are refused with a message, not read.
pub const MAX_FILE_BYTES: u64 = 512 * 1024 * 1024;

/// Why a file could not be read as a report. Shown as "path: reason".
#[derive(Debug)]
#[non_exhaustive]
pub enum LoadError {
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    TooLarge {
        path: PathBuf,
        size: u64,
        limit: u64,
    },
    NotText {
        path: PathBuf,
        what: &'static str,
    },
    IsFolder {
        path: PathBuf,
    },
}

impl LoadError {
    /// The file the error is about.
    pub fn path(&self) -> &Path {
        match self {
            LoadError::Io { path, .. }
            | LoadError::TooLarge { path, .. }
            | LoadError::NotText { path, .. }
            | LoadError::IsFolder { path } => path,
        }
    }

    /// The reason alone, without the path, for places that show the file name separately.
    pub fn reason(&self) -> String {
        match self {
            LoadError::Io { source, .. } => format!("cannot read the file: {source}"),
            LoadError::TooLarge { size, limit, .. } => {
                format!("{size} bytes is more than the {limit} bytes Dossier opens")
            }
            LoadError::NotText { what, .. } => format!("this is {what}, not a text or HTML report"),
            LoadError::IsFolder { .. } => "is a folder, not a file".to_owned(),
        }
    }
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path().display(), self.reason())
    }
}

impl std::error::Error for LoadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            LoadError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

#[cfg(test)]
mod error_tests {
    use super::*;

    #[test]
    fn the_reason_is_whole_even_when_the_path_has_a_colon_in_it() {
        let error = LoadError::IsFolder {
            path: PathBuf::from("Report: 2020"),
        };
        assert_eq!(error.reason(), "is a folder, not a file");
        assert_eq!(error.to_string(), "Report: 2020: is a folder, not a file");
    }
}

/// A block of the source before chrome removal: a paragraph, heading, list item, table or
/// preformatted run, with the clues the chrome classifier needs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SourceBlock {
    pub kind: BlockKind,
    /// Heading level from the markup (`h2` → 2); 0 when the markup says nothing.
    pub level: u8,
    /// Display text: one line for paragraphs; tables as rows joined by `\n`, cells by `\t`.
    pub text: String,
    /// How many characters of `text` are link text (HTML only).
    pub link_chars: usize,
    /// The markup marks this as site furniture: inside `nav`, `header`, `footer`, `aside`,
    /// `menu`, a navigation role, or a class/id such as `menu`, `breadcrumb`, `footer`, `sidebar`.
    pub in_chrome_element: bool,
    /// For text files: how many source lines the block was made from.
    pub source_lines: u32,
    /// For text files: the line was indented with no-break spaces, as menus in text dumps of
    /// web pages are.
    pub nbsp_indented: bool,
    /// For text files: furniture of the file itself, not of a web site — a running page
    /// header, a page number, the mail or Usenet headers above an article. Always removed,
    /// but no sign that the text was saved from a web page.
    pub page_furniture: bool,
}

/// What a web page says about itself outside its body: the `<title>`, `<meta>` tags, the
/// first `<time datetime>` of its content, a Jekyll front matter. Empty for plain text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PageInfo {
    /// The `<title>` element, whitespace collapsed (site name still in it).
    pub title: String,
    /// `og:title`, `DC.title` or `twitter:title`: the page's own name for its article.
    pub meta_title: String,
    /// `og:site_name` or `application-name`.
    pub site_name: String,
    /// `<meta name="author">` or `article:author`, when it names a person or body, not a URL.
    pub author: String,
    /// The publication date, ISO-like (`2021-04-20`): `article:published_time`, `DC.date`,
    /// `date`, the first `<time datetime>` outside the chrome, or the front matter's date.
    pub date: String,
}

/// Reads a file from disk. Opened files are only ever read.
pub fn read_file(path: &Path) -> Result<Document, LoadError> {
    read_file_with_progress(path, &|_| {})
}

/// [`read_file`], telling `progress` how far it has come (0.0 to 1.0) as it goes, for a
/// progress bar on big files. Called on the reading thread.
pub fn read_file_with_progress(path: &Path, progress: &dyn Fn(f32)) -> Result<Document, LoadError> {
    let io_error = |source| LoadError::Io {
        path: path.to_owned(),
        source,
    };
    let meta = std::fs::metadata(path).map_err(io_error)?;
    if meta.is_dir() {
        return Err(LoadError::IsFolder {
            path: path.to_owned(),
        });
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            path: path.to_owned(),
            size: meta.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    let bytes = std::fs::read(path).map_err(io_error)?;
    progress(0.05);
    read_bytes_with_progress(path, &bytes, progress)
}

/// Reads a report from bytes already in memory; `path` names it in messages and in the result.
pub fn read_bytes(path: &Path, bytes: &[u8]) -> Result<Document, LoadError> {
    read_bytes_with_progress(path, bytes, &|_| {})
}

/// [`read_bytes`], reporting progress as [`read_file_with_progress`] does.
pub fn read_bytes_with_progress(
    path: &Path,
    bytes: &[u8],
    progress: &dyn Fn(f32),
) -> Result<Document, LoadError> {
    if let Some(what) = sniff::binary_kind(bytes) {
        return Err(LoadError::NotText {
            path: path.to_owned(),
            what,
        });
    }
    let decoded = decode(bytes);
    progress(0.1);
    let format = sniff_format(&decoded.text, path);
    // Markdown is text, and stands for the web page it was written from: it is read as one,
    // whatever HTML it holds (a `<br>` in a table's cell), unless it is a whole page saved
    // under that name or a text file renamed.
    let markdown = markdown::is_markdown_name(path)
        && !sniff::opens_an_html_document(&decoded.text)
        && markdown::has_markup(&decoded.text);
    let format = if markdown { SourceFormat::Text } else { format };
    let (blocks, page) = match format {
        SourceFormat::Html => html::read_page(&decoded.text),
        SourceFormat::Text if markdown => markdown::read_page(&decoded.text),
        SourceFormat::Text => (text::source_blocks(&decoded.text), PageInfo::default()),
    };
    let mut blocks = blocks;
    run_in_parts::mark_page_heads(&mut blocks);
    run_in_parts::split_run_in_parts(&mut blocks);
    // The blocks own their text now: free the decoded copy before building the body.
    drop(decoded.text);
    progress(0.35);
    let read_as = if markdown { SourceFormat::Html } else { format };
    let mut document = crate::structure::assemble_page(blocks, read_as, &page);
    document.format = format;
    progress(0.45);
    document.path = path.display().to_string();
    document.encoding = decoded.encoding.name().to_ascii_lowercase();
    document.warnings.splice(0..0, decoded.warnings);
    if bytes.is_empty() {
        document.warnings.push("The file is empty.".to_owned());
    } else if document.text.is_empty() {
        document
            .warnings
            .push("No readable text was found in this file.".to_owned());
    }
    crate::extract::annotate_with_progress(&mut document, &|done| progress(0.45 + 0.55 * done));
    progress(1.0);
    Ok(document)
}

/// The real-world test files, for the loader's unit tests.
#[cfg(test)]
pub(crate) mod test_corpus {
    /// The bytes of `../shared/corpus/real/<name>`.
    pub fn real_file(name: &str) -> Vec<u8> {
        let path = format!(
            "{}/../shared/corpus/real/{name}",
            env!("CARGO_MANIFEST_DIR")
        );
        std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
    }
}
