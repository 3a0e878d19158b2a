//! Entry names: escaped for display, judged for safety, and read for a first guess at what
//! the entry is. A name is only ever text here — nothing joins it to a folder on disk.

use super::ArchiveFormat;

/// What an entry's name suggests it is, before any byte of it is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum NameHint {
    Document,
    Archive,
    Other,
    /// No extension, or one we do not know: look at the content.
    Unknown,
}

/// Extensions of reports Dossier reads (text and markup).
const DOCUMENT_EXTENSIONS: &[&str] = &[
    "txt", "text", "htm", "html", "xhtml", "shtml", "php", "php3", "asp", "aspx", "jsp", "cfm",
    "xml", "rss", "atom", "md", "markdown", "nfo", "asc",
];

/// Extensions of archives the collection opens.
const ARCHIVE_EXTENSIONS: &[&str] = &["zip", "tar", "tgz", "gz"];

/// Extensions of files that are never reports: a mirrored site's images, styles, scripts and
/// fonts, office files, media, programs, other archive formats.
const OTHER_EXTENSIONS: &[&str] = &[
    "png", "jpg", "jpeg", "gif", "webp", "bmp", "ico", "svg", "tif", "tiff", "avif", "pdf", "doc",
    "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp", "rtf", "css", "js", "mjs", "json",
    "map", "wasm", "woff", "woff2", "ttf", "otf", "eot", "mp3", "mp4", "m4a", "avi", "mov", "wav",
    "ogg", "webm", "flac", "swf", "exe", "dll", "so", "dylib", "bin", "class", "jar", "7z", "rar",
    "bz2", "xz", "zst", "iso", "dmg", "db", "sqlite", "csv", "tsv", "xsl", "dtd", "psd", "eps",
    "ps", "py", "sh", "pl", "rb", "c", "h", "cpp", "rs", "go", "java",
];

/// A first guess from the name's extension (ASCII case ignored).
pub(super) fn hint(name: &str) -> NameHint {
    let file = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let Some((stem, extension)) = file.rsplit_once('.') else {
        return NameHint::Unknown;
    };
    if stem.is_empty() {
        return NameHint::Unknown;
    }
    // Extensions are short: lower-case into a small buffer once, then compare exactly.
    let mut buffer = [0u8; 8];
    let Some(slot) = buffer.get_mut(..extension.len()) else {
        return NameHint::Unknown;
    };
    slot.copy_from_slice(extension.as_bytes());
    slot.make_ascii_lowercase();
    let is = |list: &[&str]| list.iter().any(|e| e.as_bytes() == &*slot);
    if is(DOCUMENT_EXTENSIONS) {
        NameHint::Document
    } else if is(ARCHIVE_EXTENSIONS) {
        NameHint::Archive
    } else if is(OTHER_EXTENSIONS) {
        NameHint::Other
    } else {
        NameHint::Unknown
    }
}

/// The archive format that magic bytes at the start of `prefix` announce. A gzip stream is
/// reported as [`ArchiveFormat::Gzip`]; whether a tar is inside is found by decompressing.
pub(super) fn sniff_archive(prefix: &[u8]) -> Option<ArchiveFormat> {
    if prefix.starts_with(b"PK\x03\x04")
        || prefix.starts_with(b"PK\x05\x06")
        || prefix.starts_with(b"PK\x07\x08")
    {
        Some(ArchiveFormat::Zip)
    } else if prefix.starts_with(&[0x1F, 0x8B]) {
        Some(ArchiveFormat::Gzip)
    } else if is_tar_header(prefix) {
        Some(ArchiveFormat::Tar)
    } else {
        None
    }
}

/// Whether a 512-byte block is a tar header: the `ustar` magic, or (old v7 tars) a
/// checksum that adds up.
pub(super) fn is_tar_header(block: &[u8]) -> bool {
    let Some(block) = block.get(..512) else {
        return false;
    };
    if block.get(257..262) == Some(b"ustar") {
        return true;
    }
    let Some(field) = block.get(148..156) else {
        return false;
    };
    let digits: String = field
        .iter()
        .take_while(|&&b| b != 0 && b != b' ')
        .skip_while(|&&b| b == b' ')
        .map(|&b| b as char)
        .collect();
    let Ok(stored) = u32::from_str_radix(digits.trim(), 8) else {
        return false;
    };
    let sum: u32 = block
        .iter()
        .enumerate()
        .map(|(i, &b)| {
            if (148..156).contains(&i) {
                32
            } else {
                u32::from(b)
            }
        })
        .sum();
    // An all-zero block sums to 256 with a zero checksum field: not a header.
    stored == sum && block.first().is_some_and(|&b| b != 0)
}

/// Characters shown escaped in names: controls (a terminal escape, a newline that would
/// forge a second line in a message) and the invisible format characters that can reorder
/// or hide text (`U+202E` makes `exe.txt` read as `txt.exe`).
fn needs_escape(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// An entry name made safe to show: control and bidirectional-format characters become
/// `\u{1b}`-style escapes, and a backslash (which would make those ambiguous) `\\`.
/// Everything else, `..` and a leading `/` included, is shown as written:
/// `unsafe_reason` flags those.
pub fn escape_name(name: &str) -> String {
    if !name.chars().any(|c| needs_escape(c) || c == '\\') {
        return name.to_owned();
    }
    let mut out = String::with_capacity(name.len() + 8);
    for c in name.chars() {
        if c == '\\' {
            out.push_str("\\\\");
        } else if needs_escape(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

/// Why a name would be dangerous if it were ever used as a path: it is absolute, or climbs
/// out with `..`. `None` for ordinary names.
pub(super) fn unsafe_reason(name: &str) -> Option<&'static str> {
    let bytes = name.as_bytes();
    let drive = bytes.len() >= 2 && bytes[0].is_ascii_alphabetic() && bytes[1] == b':';
    if name.starts_with('/') || name.starts_with('\\') || drive {
        return Some("an absolute path");
    }
    if name.split(['/', '\\']).any(|part| part == "..") {
        return Some("a `..` that climbs out");
    }
    None
}

/// The name of the file a gzip stream holds when its header names none: `report.html.gz`
/// → `report.html`, `site.tgz` → `site.tar`.
pub(super) fn gzip_inner_name(gz_name: &str) -> String {
    let file = gz_name.rsplit(['/', '\\']).next().unwrap_or(gz_name);
    let lower = file.to_ascii_lowercase();
    if let Some(stem) = lower.strip_suffix(".tgz").map(|s| &file[..s.len()]) {
        return format!("{stem}.tar");
    }
    if let Some(stem) = lower.strip_suffix(".gz").map(|s| &file[..s.len()])
        && !stem.is_empty()
    {
        return stem.to_owned();
    }
    file.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_hint_at_what_an_entry_is() {
        assert_eq!(hint("1996/kazakstan.HTML"), NameHint::Document);
        assert_eq!(hint("chapters.tar.gz"), NameHint::Archive);
        assert_eq!(hint("images/logo.png"), NameHint::Other);
        assert_eq!(hint("README"), NameHint::Unknown);
        assert_eq!(hint(".hidden"), NameHint::Unknown);
        assert_eq!(hint("data.weird"), NameHint::Unknown);
        assert_eq!(hint("verify.py"), NameHint::Other);
    }

    #[test]
    fn control_and_bidi_characters_are_escaped() {
        assert_eq!(escape_name("plain/name.html"), "plain/name.html");
        assert_eq!(escape_name("red\u{1b}[31m.txt"), "red\\u{1b}[31m.txt");
        assert_eq!(escape_name("two\nlines"), "two\\u{a}lines");
        assert_eq!(escape_name("gpj\u{202e}.exe"), "gpj\\u{202e}.exe");
        assert_eq!(escape_name("a\\b"), "a\\\\b");
    }

    #[test]
    fn absolute_and_climbing_names_are_unsafe() {
        assert!(unsafe_reason("/etc/passwd").is_some());
        assert!(unsafe_reason("C:\\Windows\\x.txt").is_some());
        assert!(unsafe_reason("../../x.txt").is_some());
        assert!(unsafe_reason("a/../../x.txt").is_some());
        assert!(unsafe_reason("a/..b/x.txt").is_none());
        assert!(unsafe_reason("reports/x.txt").is_none());
    }

    #[test]
    fn gzip_names_lose_their_suffix() {
        assert_eq!(gzip_inner_name("dir/report.html.gz"), "report.html");
        assert_eq!(gzip_inner_name("site.TGZ"), "site.tar");
        assert_eq!(gzip_inner_name("odd"), "odd");
    }

    #[test]
    fn a_zero_block_is_not_a_tar_header() {
        assert!(!is_tar_header(&[0u8; 512]));
        assert!(!is_tar_header(b"short"));
    }
}
