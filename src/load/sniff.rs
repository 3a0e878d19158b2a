//! What kind of file this is, judged by its content first and its name second.
//!
//! [`binary_kind`] runs on the raw bytes and refuses files that are not text (images, archives,
//! programs), naming what they are. [`sniff_format`] runs on the decoded text and tells HTML
//! from plain text: markup is recognised by its doctype, root elements or a density of common
//! block tags; the file name is only asked when the content leaves it open, so a `.txt` that
//! mentions `<` in prose stays text and an `.html` fragment without `<html>` is still HTML.

use crate::document::SourceFormat;
use std::path::Path;

/// How much of the text is looked at to decide its format.
const SNIFF_BYTES: usize = 8 * 1024;

/// How much of the file is looked at to decide whether it is binary.
const BINARY_SNIFF_BYTES: usize = 8 * 1024;

/// This many common HTML tags in the sniffed prefix make it HTML whatever the file is called.
const TAGS_FOR_HTML: usize = 6;

/// Tags whose presence makes a text look like an HTML page or fragment.
const COMMON_TAGS: [&str; 30] = [
    "p",
    "div",
    "table",
    "tr",
    "td",
    "th",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "br",
    "ul",
    "ol",
    "li",
    "span",
    "a",
    "b",
    "i",
    "em",
    "strong",
    "img",
    "font",
    "center",
    "section",
    "article",
    "blockquote",
    "pre",
    "hr",
];

/// Whether `text` opens as a whole HTML document does: a doctype or an `<html>` root, after
/// any comments.
pub(super) fn opens_an_html_document(text: &str) -> bool {
    let head = sniffed_head(text);
    let start = skip_comments(head.trim_start());
    start.starts_with("<!doctype html") || start.starts_with("<html")
}

/// The first bytes of a page after its BOM and front matter, in lower case: what is sniffed.
fn sniffed_head(text: &str) -> String {
    let body = after_front_matter(text.trim_start_matches('\u{FEFF}'));
    prefix(body, SNIFF_BYTES).to_ascii_lowercase()
}

/// Plain text or HTML.
pub fn sniff_format(text: &str, path: &Path) -> SourceFormat {
    let head = sniffed_head(text);
    let head = head.as_str();
    let start = skip_comments(head.trim_start());

    let root_markers = ["<!doctype html", "<html", "<head", "<body"];
    if root_markers.iter().any(|m| start.starts_with(m)) {
        return SourceFormat::Html;
    }
    if start.starts_with("<?xml") {
        let xml_roots = [
            "<rss",
            "<feed",
            "<rdf:rdf",
            "<html",
            "<!doctype html",
            "http://www.w3.org/1999/xhtml",
        ];
        if xml_roots.iter().any(|m| head.contains(m)) {
            return SourceFormat::Html;
        }
    }
    if head.contains("<html") || head.contains("<!doctype html") || head.contains("<body") {
        return SourceFormat::Html;
    }

    let tags = common_tag_count(head);
    let starts_with_tag = start.starts_with('<') && common_tag_count(prefix(start, 64)) > 0;
    if tags >= TAGS_FOR_HTML || (starts_with_tag && tags >= 2) {
        return SourceFormat::Html;
    }
    let markup_extension = path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        [
            "html", "htm", "xhtml", "shtml", "php", "asp", "aspx", "jsp", "xml", "rss", "atom",
        ]
        .iter()
        .any(|known| e.eq_ignore_ascii_case(known))
    });
    let has_any_tag = tags > 0 || start.starts_with('<') || head.contains("</");
    if markup_extension && has_any_tag {
        SourceFormat::Html
    } else {
        SourceFormat::Text
    }
}

/// The text after a leading Jekyll/YAML front matter block (`---` … `---`), or all of it.
pub(super) fn after_front_matter(text: &str) -> &str {
    let Some(rest) = text.strip_prefix("---") else {
        return text;
    };
    let Some(rest) = rest
        .strip_prefix("\r\n")
        .or_else(|| rest.strip_prefix('\n'))
    else {
        return text;
    };
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        offset += line.len();
        if line.trim_end() == "---" || line.trim_end() == "..." {
            return rest.get(offset..).unwrap_or("");
        }
        // Only "key: value" lines, their lists and continuations: a text opening with a rule
        // of dashes has no front matter, and loses none of its lines.
        if !is_yaml_line(line) {
            return text;
        }
    }
    text
}

/// A line of a YAML front matter: blank, indented (a list's item, a value continued), or
/// `key: value`.
fn is_yaml_line(line: &str) -> bool {
    let line = line.trim_end();
    line.is_empty()
        || line.starts_with([' ', '\t', '-', '#'])
        || line.split_once(':').is_some_and(|(key, _)| {
            !key.is_empty()
                && key
                    .chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | ' ' | '"' | '\''))
        })
}

/// The longest prefix of at most `max_bytes` that ends on a character boundary.
fn prefix(text: &str, max_bytes: usize) -> &str {
    let mut end = text.len().min(max_bytes);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.get(..end).unwrap_or("")
}

/// Skips leading `<!-- … -->` comments and whitespace.
fn skip_comments(mut text: &str) -> &str {
    while let Some(rest) = text.strip_prefix("<!--") {
        match rest.find("-->") {
            Some(end) => text = rest.get(end + 3..).unwrap_or("").trim_start(),
            None => return "",
        }
    }
    text
}

/// Counts start and end tags of [`COMMON_TAGS`] in lower-cased text.
fn common_tag_count(head: &str) -> usize {
    let bytes = head.as_bytes();
    let mut count = 0;
    for (at, _) in head.match_indices('<') {
        let mut name_start = at + 1;
        if bytes.get(name_start) == Some(&b'/') {
            name_start += 1;
        }
        let name_len = bytes
            .get(name_start..)
            .unwrap_or_default()
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        let after = bytes.get(name_start + name_len).copied();
        let name = head.get(name_start..name_start + name_len).unwrap_or("");
        let ends_tag = matches!(after, Some(b'>' | b' ' | b'/' | b'\t' | b'\n' | b'\r'));
        if ends_tag && COMMON_TAGS.contains(&name) {
            count += 1;
        }
    }
    count
}

/// Names the kind of a binary file (an image, an executable …), or `None` for text.
///
/// Known formats are recognised by their magic numbers; anything else is binary when its first
/// 8 KB hold NUL bytes (and are not UTF-16 text) or are mostly control bytes.
pub fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    if let Some(kind) = magic_kind(bytes) {
        return Some(kind);
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return None;
    }
    if super::decode::utf16_without_bom(bytes).is_some() {
        return None;
    }
    let sample = bytes.get(..BINARY_SNIFF_BYTES).unwrap_or(bytes);
    if sample.is_empty() {
        return None;
    }
    let nuls = sample.iter().filter(|&&b| b == 0).count();
    let controls = sample
        .iter()
        .filter(|&&b| {
            b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1A | 0x1B) || b == 0x7F
        })
        .count();
    // A few stray NULs (padding at the end of an old text dump) are removed when decoding.
    let many_nuls = nuls >= 16 || nuls * 256 > sample.len();
    let mostly_controls = controls * 10 > sample.len() * 3;
    (many_nuls || mostly_controls).then_some("a binary file")
}

/// Recognises file formats by their leading magic numbers.
fn magic_kind(bytes: &[u8]) -> Option<&'static str> {
    let starts = |magic: &[u8]| bytes.starts_with(magic);
    let kind = if starts(b"\x89PNG\r\n\x1a\n") {
        "a PNG image"
    } else if starts(&[0xFF, 0xD8, 0xFF]) {
        "a JPEG image"
    } else if starts(b"GIF87a") || starts(b"GIF89a") {
        "a GIF image"
    } else if starts(b"RIFF") && bytes.get(8..12) == Some(b"WEBP") {
        "a WebP image"
    } else if starts(b"II*\0") || starts(b"MM\0*") {
        "a TIFF image"
    } else if starts(b"%PDF-") {
        "a PDF document"
    } else if starts(b"PK\x03\x04") || starts(b"PK\x05\x06") || starts(b"PK\x07\x08") {
        "a zip archive"
    } else if starts(&[0x1F, 0x8B]) {
        "a gzip archive"
    } else if starts(b"BZh") && bytes.get(3).is_some_and(|b| (b'1'..=b'9').contains(b)) {
        "a bzip2 archive"
    } else if starts(&[0xFD, b'7', b'z', b'X', b'Z', 0]) {
        "an xz archive"
    } else if starts(b"7z\xBC\xAF\x27\x1C") {
        "a 7-Zip archive"
    } else if starts(b"Rar!\x1A\x07") {
        "a RAR archive"
    } else if starts(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        "an old Microsoft Office document"
    } else if starts(b"\x7FELF") {
        "a Linux program (ELF)"
    } else if is_mach_o(bytes) {
        "a macOS program (Mach-O)"
    } else if starts(&[0xCA, 0xFE, 0xBA, 0xBE]) {
        "a Java class file"
    } else if starts(b"MZ") && bytes.get(..64).is_some_and(|header| header.contains(&0)) {
        "a Windows program (EXE)"
    } else if starts(b"SQLite format 3\0") {
        "an SQLite database"
    } else {
        return None;
    };
    Some(kind)
}

fn is_mach_o(bytes: &[u8]) -> bool {
    let thin = [
        [0xFE, 0xED, 0xFA, 0xCE],
        [0xFE, 0xED, 0xFA, 0xCF],
        [0xCE, 0xFA, 0xED, 0xFE],
        [0xCF, 0xFA, 0xED, 0xFE],
    ];
    if thin.iter().any(|magic| bytes.starts_with(magic)) {
        return true;
    }
    // Universal binaries share 0xCAFEBABE with Java class files; they have a small
    // architecture count where a class file has its version (45 and up).
    let architectures = bytes
        .get(4..8)
        .and_then(|b| <[u8; 4]>::try_from(b).ok())
        .map(u32::from_be_bytes);
    bytes.starts_with(&[0xCA, 0xFE, 0xBA, 0xBE])
        && architectures.is_some_and(|n| (1..20).contains(&n))
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::load::test_corpus::real_file as corpus;

    fn sniff(text: &str, name: &str) -> SourceFormat {
        sniff_format(text, Path::new(name))
    }

    #[test]
    fn binary_kind_recognises_png_and_elf_headers() {
        assert_eq!(
            binary_kind(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0"),
            Some("a PNG image")
        );
        assert_eq!(
            binary_kind(b"\x7FELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0"),
            Some("a Linux program (ELF)")
        );
        assert_eq!(
            binary_kind(b"%PDF-1.7\n%\xE2\xE3\xCF\xD3"),
            Some("a PDF document")
        );
        assert_eq!(binary_kind(b"PK\x03\x04\x14\0\0\0"), Some("a zip archive"));
        assert_eq!(
            binary_kind(b"SQLite format 3\0\x10\0"),
            Some("an SQLite database")
        );
    }

    #[test]
    fn utf16_text_is_not_binary_with_or_without_bom() {
        let with_bom = corpus("steeljis-snb22-3-datasheet-utf16.html");
        assert_eq!(binary_kind(&with_bom), None);
        let without_bom = with_bom.get(2..).unwrap_or_default();
        assert_eq!(binary_kind(without_bom), None);
        let be: Vec<u8> = "Tensile strength 400 MPa\n"
            .repeat(40)
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        assert_eq!(binary_kind(&be), None);
    }

    #[test]
    fn nul_bytes_and_control_bytes_make_a_binary_file() {
        let mut data = vec![0u8; 512];
        data.extend((0..2048u32).map(|i| (i * 7 % 251) as u8));
        assert_eq!(binary_kind(&data), Some("a binary file"));
        let controls: Vec<u8> = (0..1000u32).map(|i| (i % 8 + 1) as u8).collect();
        assert_eq!(binary_kind(&controls), Some("a binary file"));
    }

    #[test]
    fn text_with_a_stray_nul_and_every_corpus_file_are_not_binary() {
        let mut text = "An ordinary report line.\n".repeat(100).into_bytes();
        text.push(0);
        assert_eq!(binary_kind(&text), None);
        assert_eq!(binary_kind(b""), None);
        let dir = format!("{}/../shared/corpus/real", env!("CARGO_MANIFEST_DIR"));
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let bytes = std::fs::read(entry.path()).unwrap_or_default();
            assert_eq!(binary_kind(&bytes), None, "{:?}", entry.file_name());
        }
    }

    #[test]
    fn corpus_files_are_sniffed_by_content() {
        let dir = format!("{}/../shared/corpus/real", env!("CARGO_MANIFEST_DIR"));
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            let Some(ext) = path.extension().and_then(|e| e.to_str()) else {
                continue;
            };
            let expected = match ext {
                "txt" => SourceFormat::Text,
                "html" | "php" | "xml" => SourceFormat::Html,
                _ => continue,
            };
            let bytes = std::fs::read(&path).unwrap_or_default();
            let text = super::super::decode(&bytes).text;
            assert_eq!(sniff_format(&text, &path), expected, "{path:?}");
            // The content alone decides, whatever the name.
            assert_eq!(
                sniff(&text, "unnamed"),
                expected,
                "{path:?} without extension"
            );
        }
    }

    #[test]
    fn fragment_after_front_matter_is_html() {
        let text = "---\nlayout: country\ntitle: \"kz\"\n---\n\n<h2>Introduction</h2>\n<h3>Background:</h3>\n<div>Text</div>";
        assert_eq!(sniff(text, "kz"), SourceFormat::Html);
        assert_eq!(
            after_front_matter(text).trim_start(),
            "<h2>Introduction</h2>\n<h3>Background:</h3>\n<div>Text</div>"
        );
    }

    #[test]
    fn text_with_angle_brackets_in_prose_stays_text() {
        let text =
            "Inflation was < 2% in 1990 and GDP growth > 3%.\nSee <http://example.org> for data.\n";
        assert_eq!(sniff(text, "report.txt"), SourceFormat::Text);
        assert_eq!(sniff(text, "report"), SourceFormat::Text);
    }

    #[test]
    fn rss_feed_is_html() {
        let feed = "<?xml version=\"1.0\"?>\n<!-- c -->\n<rss version=\"2.0\"><channel><title>T</title></channel></rss>";
        assert_eq!(sniff(feed, "feed"), SourceFormat::Html);
    }

    #[test]
    fn html_named_file_with_no_markup_is_text_and_with_some_is_html() {
        assert_eq!(
            sniff("Just words, no tags at all.", "page.html"),
            SourceFormat::Text
        );
        assert_eq!(
            sniff("Words <b>bold</b> words.", "page.html"),
            SourceFormat::Html
        );
        assert_eq!(
            sniff("Words <b>bold</b> words.", "page.txt"),
            SourceFormat::Text
        );
    }
}
