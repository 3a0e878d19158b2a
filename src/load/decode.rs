//! Bytes to text, choosing the encoding the way a browser does.
//!
//! # How the encoding is chosen
//!
//! 1. A byte order mark (UTF-8, UTF-16LE, UTF-16BE) settles it.
//! 2. UTF-16 without a mark is recognised by its pattern of zero bytes: ASCII-heavy UTF-16 (and
//!    HTML always is) has a zero in every other byte.
//! 3. For markup, the `<meta charset>`, `<meta http-equiv content="…charset=…">` and
//!    `<?xml encoding=…?>` declarations in the first [`PRESCAN_BYTES`] are collected in order,
//!    and the first *believable* one wins (see [`Detector::believable`]). Archived pages are
//!    often mangled: mirrors and test suites re-encode pages without touching their `<meta>`,
//!    and pages declare two contradicting charsets. A browser trusts the first declaration and
//!    shows mojibake; a reader of archives cannot. (`<script charset>` declares the script's
//!    encoding, not the page's, and is ignored as browsers ignore it.)
//! 4. Otherwise the content decides: pure ASCII and (nearly) valid UTF-8 are UTF-8, anything
//!    else goes to `chardetng`, the detector Firefox uses.
//!
//! Labels are resolved with the WHATWG table (`iso-8859-1` and `us-ascii` are read as
//! windows-1252, `gb2312` as GBK), so [`Decoded::encoding`] is always a WHATWG encoding.
//!
//! Every step is linear in the input; the detector sees the words that hold non-ASCII bytes,
//! up to [`DETECTOR_EVIDENCE_BYTES`] of them.

use super::scan::{find, find_ignore_case};
use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::Encoding;
use std::borrow::Cow;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// How far into the file encoding declarations are looked for. Browsers look at 1 KB; archived
/// pages carry injected scripts in their `<head>` that push the page's own `<meta>` further.
const PRESCAN_BYTES: usize = 8 * 1024;

/// The content detector reads the words that hold non-ASCII bytes, each with the ASCII letters
/// around them (pure ASCII tells encodings apart no more than silence does, and costs the
/// detector as much per byte as the rest), until it has read this much.
const DETECTOR_EVIDENCE_BYTES: usize = 256 * 1024;

/// Below this many non-ASCII bytes the detector's opinion is weak evidence: a handful of
/// accented letters cannot tell encodings apart.
const MIN_NON_ASCII_FOR_OVERRIDE: usize = 16;

/// How many valid multi-byte UTF-8 sequences per malformed one make a file "UTF-8 with a few
/// bad bytes" rather than a legacy encoding. Legacy text (GBK, windows-1252) forms a valid
/// UTF-8 sequence only by accident, far less often than it breaks one.
const UTF8_SEQUENCES_PER_ERROR: usize = 16;

/// Decoded text and the encoding it was read with.
pub struct Decoded<'a> {
    /// The text, in NFC, without a byte order mark or NUL characters; borrowed from the bytes
    /// when they are already clean UTF-8, so a large page is not held twice.
    pub text: Cow<'a, str>,
    /// The encoding the bytes were read with.
    pub encoding: &'static Encoding,
    /// Plain-English notes on what went wrong: overridden declarations, replaced bytes.
    pub warnings: Vec<String>,
}

/// Decodes `bytes`, choosing the encoding as described in the module documentation.
pub fn decode(bytes: &[u8]) -> Decoded<'_> {
    let mut warnings = Vec::new();
    let (text, encoding) = decode_raw(bytes, &mut warnings);
    Decoded {
        text: clean_text(text),
        encoding,
        warnings,
    }
}

/// Chooses the encoding and decodes, without the clean-up.
fn decode_raw<'a>(
    bytes: &'a [u8],
    warnings: &mut Vec<String>,
) -> (Cow<'a, str>, &'static Encoding) {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let body = bytes.get(bom_len..).unwrap_or_default();
        return finish(encoding, body, warnings);
    }
    if let Some(encoding) = utf16_without_bom(bytes) {
        return finish(encoding, bytes, warnings);
    }

    let mut detector = Detector::new(bytes);
    let declarations = if looks_like_markup(bytes) {
        prescan(bytes.get(..PRESCAN_BYTES).unwrap_or(bytes))
    } else {
        Vec::new()
    };
    for declaration in &declarations {
        if let Some((text, had_errors)) = detector.believable(declaration.encoding) {
            if let Some(first) = declarations.first()
                && first.encoding != declaration.encoding
            {
                warnings.push(override_warning(&first.label, declaration.encoding));
            }
            if had_errors {
                warnings.push(replaced_warning(declaration.encoding));
            }
            return (text, declaration.encoding);
        }
    }
    let encoding = detector.content_encoding();
    if let Some(first) = declarations.first()
        && first.encoding != encoding
    {
        warnings.push(override_warning(&first.label, encoding));
    }
    finish(encoding, bytes, warnings)
}

/// Decodes with a chosen encoding, warning when bytes had to be replaced.
fn finish<'a>(
    encoding: &'static Encoding,
    bytes: &'a [u8],
    warnings: &mut Vec<String>,
) -> (Cow<'a, str>, &'static Encoding) {
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    if had_errors {
        warnings.push(replaced_warning(encoding));
    }
    (text, encoding)
}

fn replaced_warning(encoding: &'static Encoding) -> String {
    format!(
        "Some bytes are not valid {} and were replaced with \u{FFFD}.",
        label_of(encoding)
    )
}

fn override_warning(declared: &str, used: &'static Encoding) -> String {
    let used = label_of(used);
    format!("The page declares {declared} but is written in {used}; read as {used}.")
}

/// The lower-case WHATWG name of an encoding, as shown to users and stored on the document.
fn label_of(encoding: &'static Encoding) -> String {
    encoding.name().to_ascii_lowercase()
}

/// Strips a leading BOM and NUL characters and normalises to NFC; borrows unless one of them
/// had to change something.
fn clean_text(text: Cow<'_, str>) -> Cow<'_, str> {
    let text = match text {
        Cow::Borrowed(text) => Cow::Borrowed(text.strip_prefix('\u{FEFF}').unwrap_or(text)),
        Cow::Owned(mut text) => {
            if text.starts_with('\u{FEFF}') {
                text.drain(..'\u{FEFF}'.len_utf8());
            }
            Cow::Owned(text)
        }
    };
    let text = if text.contains('\0') {
        Cow::Owned(text.replace('\0', ""))
    } else {
        text
    };
    // ASCII is always NFC, and checking it is much faster than the quick check.
    if !text.is_ascii() && is_nfc_quick(text.chars()) != IsNormalized::Yes {
        return Cow::Owned(text.nfc().collect());
    }
    text
}

/// Recognises UTF-16 without a byte order mark by the zero bytes of its ASCII characters.
///
/// Looks at the first KB: one byte of each pair must be zero in at least a fifth of the pairs,
/// the other byte almost never, and the characters with a zero high byte must be printable
/// text. Binary formats put zeros in both positions or pair them with control bytes.
pub(super) fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = bytes.get(..1024).unwrap_or(bytes);
    let low_first = utf16_pattern(sample, |[low, high]| (low, high));
    let high_first = utf16_pattern(sample, |[high, low]| (low, high));
    match (low_first, high_first) {
        (true, false) => Some(encoding_rs::UTF_16LE),
        (false, true) => Some(encoding_rs::UTF_16BE),
        _ => None,
    }
}

/// Whether `sample`, split into (low, high) byte pairs by `order`, looks like ASCII-heavy UTF-16.
fn utf16_pattern(sample: &[u8], order: impl Fn([u8; 2]) -> (u8, u8)) -> bool {
    let mut pairs = 0usize;
    let mut zero_high = 0usize;
    let mut zero_low = 0usize;
    let mut printable = 0usize;
    for pair in sample.chunks_exact(2) {
        let Ok(pair) = <[u8; 2]>::try_from(pair) else {
            continue;
        };
        pairs += 1;
        let (low, high) = order(pair);
        if high == 0 {
            zero_high += 1;
            if matches!(low, b'\t' | b'\n' | b'\r' | 0x20..=0x7E | 0xA0..=0xFF) {
                printable += 1;
            }
        }
        if low == 0 {
            zero_low += 1;
        }
    }
    pairs > 0
        && zero_high * 5 >= pairs
        && zero_low * 20 <= zero_high
        && printable * 10 >= zero_high * 9
}

/// Whether the start of the file looks like HTML or XML, so that its declarations count.
fn looks_like_markup(bytes: &[u8]) -> bool {
    let head = bytes.get(..1024).unwrap_or(bytes);
    let first = head.iter().position(|b| !b.is_ascii_whitespace());
    match first.and_then(|i| head.get(i..)) {
        Some(rest) if rest.starts_with(b"<") || rest.starts_with(b"---") => true,
        _ => {
            let window = bytes.get(..PRESCAN_BYTES).unwrap_or(bytes);
            find_ignore_case(window, b"<html").is_some()
                || find_ignore_case(window, b"<meta").is_some()
        }
    }
}

/// Reads the file's content to judge declarations and to guess when none is believable.
/// The expensive parts run at most once, on first use.
struct Detector<'a> {
    bytes: &'a [u8],
    utf8: Utf8Stats,
    guess: Option<&'static Encoding>,
}

impl<'a> Detector<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        Self {
            bytes,
            utf8: Utf8Stats::of(bytes),
            guess: None,
        }
    }

    /// Decodes with a declared encoding if the declaration is believable.
    ///
    /// A UTF-8 declaration is believable when the bytes are UTF-8, allowing a few bad bytes.
    /// A legacy declaration is believable when the bytes are not (nearly) UTF-8 with non-ASCII
    /// in them (legacy text is not valid UTF-8 by accident), decode without malformed
    /// sequences, and `chardetng` does not place them in another script (Greek against Latin,
    /// GBK against Cyrillic) — unless there are too few non-ASCII bytes for its opinion to
    /// count. Encodings of the same script are not second-guessed: a declared windows-1252 is
    /// kept even where the detector would say windows-1250.
    ///
    /// Returns the text and whether malformed sequences (only ever a few, in UTF-8) were
    /// replaced.
    fn believable(&mut self, declared: &'static Encoding) -> Option<(Cow<'a, str>, bool)> {
        if declared == encoding_rs::UTF_8 {
            return self
                .utf8
                .is_mostly_utf8()
                .then(|| declared.decode_without_bom_handling(self.bytes));
        }
        if self.utf8.non_ascii_sequences > 0 && self.utf8.is_mostly_utf8() {
            return None;
        }
        let text = declared.decode_without_bom_handling_and_without_replacement(self.bytes)?;
        if self.utf8.non_ascii_bytes >= MIN_NON_ASCII_FOR_OVERRIDE {
            let guess = self.guess();
            if script_of(guess) != script_of(declared) {
                return None;
            }
        }
        Some((text, false))
    }

    /// The encoding the content alone suggests.
    ///
    /// With only a few non-ASCII bytes the detector cannot tell Latin encodings apart (two
    /// `£` signs made it say windows-1250, turning them into `Ł`); then windows-1252, the
    /// browsers' fallback for unlabelled Western pages, is used.
    fn content_encoding(&mut self) -> &'static Encoding {
        if self.utf8.non_ascii_bytes == 0 || self.utf8.is_mostly_utf8() {
            return encoding_rs::UTF_8;
        }
        let guess = self.guess();
        if self.utf8.non_ascii_bytes < MIN_NON_ASCII_FOR_OVERRIDE
            && script_of(guess) == Script::Latin
        {
            encoding_rs::WINDOWS_1252
        } else {
            guess
        }
    }

    fn guess(&mut self) -> &'static Encoding {
        if let Some(guess) = self.guess {
            return guess;
        }
        let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
        feed_non_ascii_words(&mut detector, self.bytes, DETECTOR_EVIDENCE_BYTES);
        let guess = detector.guess(None, Utf8Detection::Allow);
        self.guess = Some(guess);
        guess
    }
}

/// Feeds `detector` the runs of bytes between ASCII white space that hold a non-ASCII byte,
/// each followed by one space, `limit` bytes at most, and ends its input. No legacy encoding
/// has white space inside a character (the trail bytes of GBK, Big5 and Shift_JIS start at
/// 0x40), so no character is cut between words; the detector reads its input as one stream,
/// so the cut at the limit is no worse than the end of a file.
fn feed_non_ascii_words(detector: &mut EncodingDetector, bytes: &[u8], limit: usize) {
    /// Words are gathered into pieces of about this size before the detector reads them.
    const PIECE: usize = 4 * 1024;
    let mut piece = Vec::with_capacity(PIECE + 1);
    let mut fed = 0;
    for word in bytes.split(u8::is_ascii_whitespace) {
        if word.is_ascii() {
            continue;
        }
        let room = limit - fed - piece.len();
        let word = &word[..word.len().min(room)];
        if word.len() >= PIECE {
            // A long run (a line of Chinese without spaces) is read where it lies.
            detector.feed(&piece, false);
            detector.feed(word, false);
            fed += piece.len() + word.len();
            piece.clear();
        } else {
            piece.extend_from_slice(word);
            piece.push(b' ');
        }
        if piece.len() >= PIECE || fed + piece.len() >= limit {
            detector.feed(&piece, false);
            fed += piece.len();
            piece.clear();
        }
        if fed >= limit {
            break;
        }
    }
    detector.feed(&piece, true);
}

/// How the bytes fare as UTF-8, counted in one pass.
struct Utf8Stats {
    non_ascii_bytes: usize,
    /// Valid multi-byte sequences.
    non_ascii_sequences: usize,
    /// Malformed sequences, each counted once.
    errors: usize,
}

impl Utf8Stats {
    fn of(bytes: &[u8]) -> Self {
        // ASCII is told a word at a time; only other text has its bytes counted.
        let non_ascii_bytes = if bytes.is_ascii() {
            0
        } else {
            bytes.iter().filter(|b| !b.is_ascii()).count()
        };
        let mut stats = Self {
            non_ascii_bytes,
            non_ascii_sequences: 0,
            errors: 0,
        };
        if non_ascii_bytes == 0 {
            return stats;
        }
        let count_leads = |valid: &[u8]| valid.iter().filter(|&&b| b >= 0xC0).count();
        let mut rest = bytes;
        loop {
            match std::str::from_utf8(rest) {
                Ok(valid) => {
                    stats.non_ascii_sequences += count_leads(valid.as_bytes());
                    break;
                }
                Err(error) => {
                    let valid_len = error.valid_up_to();
                    stats.non_ascii_sequences +=
                        count_leads(rest.get(..valid_len).unwrap_or_default());
                    stats.errors += 1;
                    match error.error_len() {
                        Some(len) => rest = rest.get(valid_len + len..).unwrap_or_default(),
                        None => break,
                    }
                }
            }
        }
        stats
    }

    fn is_mostly_utf8(&self) -> bool {
        self.errors == 0 || self.non_ascii_sequences >= self.errors * UTF8_SEQUENCES_PER_ERROR
    }
}

/// The script family of an encoding, for judging whether the detector contradicts a declaration.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Script {
    Latin,
    Cyrillic,
    Greek,
    Hebrew,
    Arabic,
    Thai,
    SimplifiedChinese,
    TraditionalChinese,
    Japanese,
    Korean,
    Unicode,
    Other,
}

fn script_of(encoding: &'static Encoding) -> Script {
    use encoding_rs::*;
    let families: [(&[&'static Encoding], Script); 11] = [
        (
            &[
                WINDOWS_1252,
                WINDOWS_1250,
                WINDOWS_1254,
                WINDOWS_1257,
                WINDOWS_1258,
                ISO_8859_2,
                ISO_8859_3,
                ISO_8859_4,
                ISO_8859_10,
                ISO_8859_13,
                ISO_8859_14,
                ISO_8859_15,
                ISO_8859_16,
                MACINTOSH,
            ],
            Script::Latin,
        ),
        (
            &[
                WINDOWS_1251,
                KOI8_R,
                KOI8_U,
                IBM866,
                ISO_8859_5,
                X_MAC_CYRILLIC,
            ],
            Script::Cyrillic,
        ),
        (&[WINDOWS_1253, ISO_8859_7], Script::Greek),
        (&[WINDOWS_1255, ISO_8859_8, ISO_8859_8_I], Script::Hebrew),
        (&[WINDOWS_1256, ISO_8859_6], Script::Arabic),
        (&[WINDOWS_874], Script::Thai),
        (&[GBK, GB18030], Script::SimplifiedChinese),
        (&[BIG5], Script::TraditionalChinese),
        (&[SHIFT_JIS, EUC_JP, ISO_2022_JP], Script::Japanese),
        (&[EUC_KR], Script::Korean),
        (&[UTF_8, UTF_16LE, UTF_16BE], Script::Unicode),
    ];
    families
        .iter()
        .find(|(members, _)| members.contains(&encoding))
        .map_or(Script::Other, |&(_, script)| script)
}

/// An encoding declared in the markup.
#[derive(Debug)]
struct Declaration {
    /// The label as written, lower-cased, for messages.
    label: String,
    encoding: &'static Encoding,
}

/// Collects the encoding declarations of `<?xml …?>` (only at the start) and `<meta>` tags in
/// `window`, in document order, skipping comments and other tags' attribute values.
fn prescan(window: &[u8]) -> Vec<Declaration> {
    let mut declarations = Vec::new();
    let start = window
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(window.len());
    let mut at = start;
    if let Some(rest) = window.get(start..)
        && starts_with_ignore_case(rest, b"<?xml")
    {
        let end = find(rest, b"?>").unwrap_or(rest.len());
        let declaration = rest.get(..end).unwrap_or_default();
        if let Some(value) = xml_encoding(declaration) {
            push_declaration(&mut declarations, value);
        }
        at = start + end;
    }
    while let Some(offset) = window.get(at..).and_then(|rest| memchr::memchr(b'<', rest)) {
        at += offset;
        let rest = window.get(at..).unwrap_or_default();
        if rest.starts_with(b"<!--") {
            at += find(rest.get(4..).unwrap_or_default(), b"-->").map_or(rest.len(), |end| end + 7);
        } else if starts_with_ignore_case(rest, b"<meta")
            && rest
                .get(5)
                .is_some_and(|&b| b.is_ascii_whitespace() || b == b'/')
        {
            at += 5 + meta_tag(rest.get(5..).unwrap_or_default(), &mut declarations);
        } else if rest.get(1).is_some_and(u8::is_ascii_alphabetic) {
            let name_len = rest
                .iter()
                .skip(1)
                .take_while(|b| !b.is_ascii_whitespace() && **b != b'>')
                .count();
            at += 1 + name_len;
            at += skip_attributes(window.get(at..).unwrap_or_default());
        } else if matches!(rest.get(1), Some(b'!' | b'/' | b'?')) {
            at += find(rest, b">").map_or(rest.len(), |end| end + 1);
        } else {
            at += 1;
        }
    }
    declarations
}

fn push_declaration(declarations: &mut Vec<Declaration>, value: &[u8]) {
    let Some(encoding) = Encoding::for_label(value) else {
        return;
    };
    // WHATWG: a <meta> cannot switch to UTF-16 (the bytes would not have been readable as
    // ASCII to find it), and x-user-defined means windows-1252.
    let encoding = if encoding == encoding_rs::UTF_16LE || encoding == encoding_rs::UTF_16BE {
        encoding_rs::UTF_8
    } else if encoding == encoding_rs::X_USER_DEFINED {
        encoding_rs::WINDOWS_1252
    } else if encoding == encoding_rs::REPLACEMENT {
        return;
    } else {
        encoding
    };
    let label = String::from_utf8_lossy(value.trim_ascii()).to_ascii_lowercase();
    declarations.push(Declaration { label, encoding });
}

/// The `encoding="…"` pseudo-attribute of an XML declaration.
fn xml_encoding(declaration: &[u8]) -> Option<&[u8]> {
    let at = find_ignore_case(declaration, b"encoding")?;
    let rest = declaration.get(at + 8..)?.trim_ascii_start();
    let rest = rest.strip_prefix(b"=")?.trim_ascii_start();
    let quote = *rest.first()?;
    if quote != b'"' && quote != b'\'' {
        return None;
    }
    let value = rest.get(1..)?;
    let end = value.iter().position(|&b| b == quote)?;
    value.get(..end)
}

/// Parses the attributes of a `<meta` tag (starting after the name); returns the bytes consumed.
fn meta_tag(rest: &[u8], declarations: &mut Vec<Declaration>) -> usize {
    let mut charset: Option<&[u8]> = None;
    let mut content: Option<&[u8]> = None;
    let mut is_content_type = false;
    let consumed = attributes(rest, |name, value| {
        if name.eq_ignore_ascii_case(b"charset") {
            charset.get_or_insert(value);
        } else if name.eq_ignore_ascii_case(b"content") {
            content.get_or_insert(value);
        } else if name.eq_ignore_ascii_case(b"http-equiv") {
            is_content_type |= value.trim_ascii().eq_ignore_ascii_case(b"content-type");
        }
    });
    if let Some(value) = charset {
        push_declaration(declarations, value);
    } else if is_content_type && let Some(value) = content.and_then(charset_from_content) {
        push_declaration(declarations, value);
    }
    consumed
}

fn skip_attributes(rest: &[u8]) -> usize {
    attributes(rest, |_, _| {})
}

/// Walks `name=value` pairs up to and including the closing `>` (WHATWG "get an attribute");
/// returns the bytes consumed.
fn attributes<'b>(rest: &'b [u8], mut each: impl FnMut(&'b [u8], &'b [u8])) -> usize {
    let mut at = 0;
    loop {
        while rest
            .get(at)
            .is_some_and(|&b| b.is_ascii_whitespace() || b == b'/')
        {
            at += 1;
        }
        let Some(&first) = rest.get(at) else {
            return at;
        };
        if first == b'>' {
            return at + 1;
        }
        let name_start = at;
        at += 1;
        while rest
            .get(at)
            .is_some_and(|&b| !b.is_ascii_whitespace() && !matches!(b, b'=' | b'>' | b'/'))
        {
            at += 1;
        }
        let name = rest.get(name_start..at).unwrap_or_default();
        while rest.get(at).is_some_and(u8::is_ascii_whitespace) {
            at += 1;
        }
        if rest.get(at) != Some(&b'=') {
            each(name, b"");
            continue;
        }
        at += 1;
        while rest.get(at).is_some_and(u8::is_ascii_whitespace) {
            at += 1;
        }
        let value = match rest.get(at) {
            Some(&quote @ (b'"' | b'\'')) => {
                let value_start = at + 1;
                let len = rest
                    .get(value_start..)
                    .unwrap_or_default()
                    .iter()
                    .take_while(|&&b| b != quote)
                    .count();
                at = value_start + len + 1;
                rest.get(value_start..value_start + len).unwrap_or_default()
            }
            _ => {
                let value_start = at;
                while rest
                    .get(at)
                    .is_some_and(|&b| !b.is_ascii_whitespace() && b != b'>')
                {
                    at += 1;
                }
                rest.get(value_start..at).unwrap_or_default()
            }
        };
        each(name, value);
    }
}

/// WHATWG "extract a character encoding from a meta element": the value after `charset=`.
fn charset_from_content(content: &[u8]) -> Option<&[u8]> {
    let mut rest = content;
    loop {
        let at = find_ignore_case(rest, b"charset")?;
        rest = rest.get(at + 7..)?.trim_ascii_start();
        let Some(after_equals) = rest.strip_prefix(b"=") else {
            continue;
        };
        let value = after_equals.trim_ascii_start();
        return match value.first() {
            Some(&quote @ (b'"' | b'\'')) => {
                let inner = value.get(1..)?;
                let end = inner.iter().position(|&b| b == quote)?;
                inner.get(..end)
            }
            Some(_) => {
                let end = value
                    .iter()
                    .position(|&b| b.is_ascii_whitespace() || b == b';')
                    .unwrap_or(value.len());
                value.get(..end)
            }
            None => None,
        };
    }
}

fn starts_with_ignore_case(haystack: &[u8], prefix: &[u8]) -> bool {
    haystack
        .get(..prefix.len())
        .is_some_and(|start| start.eq_ignore_ascii_case(prefix))
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::load::test_corpus::real_file as corpus;

    fn decode_corpus(name: &str) -> Decoded<'static> {
        let bytes = corpus(name);
        let decoded = decode(&bytes);
        Decoded {
            text: Cow::Owned(decoded.text.into_owned()),
            ..decoded
        }
    }

    #[test]
    fn wayback_page_with_utf8_script_tags_and_latin1_meta_is_read_as_windows_1252() {
        // The injected `<script charset="utf-8">` tags do not declare the page's encoding.
        let decoded = decode_corpus("wayback-2007-alternatives-economiques-35heures.html");
        assert_eq!(decoded.encoding, encoding_rs::WINDOWS_1252);
        // Its only non-ASCII byte, in a comment; the words themselves are entities.
        assert!(decoded.text.contains("eStat Javascript DÈbut"));
        assert!(decoded.text.contains("Fran&ccedil;ais"));
        assert!(decoded.warnings.is_empty(), "{:?}", decoded.warnings);
    }

    #[test]
    fn a_false_utf8_declaration_is_overridden_with_a_warning() {
        let mut bytes = b"<html><head><meta charset=\"utf-8\"></head><body><p>".to_vec();
        bytes.extend_from_slice(
            b"Les Fran\xE7ais travaillent-ils trop peu ? L'\xE9t\xE9 1 456 heures.",
        );
        let decoded = decode(&bytes);
        assert_eq!(decoded.encoding, encoding_rs::WINDOWS_1252);
        assert!(
            decoded
                .text
                .contains("Les Français travaillent-ils trop peu ? L'été")
        );
        assert_eq!(
            decoded.warnings,
            ["The page declares utf-8 but is written in windows-1252; read as windows-1252."]
        );
    }

    #[test]
    fn undeclared_windows_1252_forum_post_keeps_its_pound_signs() {
        let decoded = decode_corpus("bbc606-forum-post-cp1252.html");
        assert_eq!(decoded.encoding, encoding_rs::WINDOWS_1252);
        assert!(decoded.text.contains("£825"), "{}", decoded.text);
        assert!(!decoded.text.contains('\u{FFFD}'));
    }

    #[test]
    fn polish_page_in_windows_1250_has_its_diacritics() {
        let decoded = decode_corpus("rp-pl-eu-funds-sejm-vote-cp1250.html");
        assert_eq!(decoded.encoding, encoding_rs::WINDOWS_1250);
        for word in ["bliżej", "zagłosował", "Sejm"] {
            assert!(decoded.text.contains(word), "missing {word}");
        }
        assert!(
            decoded.text.contains('ą') && decoded.text.contains('ę') && decoded.text.contains('ł')
        );
    }

    #[test]
    fn page_declaring_gb2312_but_written_in_utf8_is_read_as_utf8() {
        let decoded = decode_corpus("qq-tencent-deepmind-gb2312.html");
        assert_eq!(decoded.encoding, encoding_rs::UTF_8);
        assert!(decoded.text.contains("腾讯"), "no Chinese");
        assert!(
            decoded.warnings.iter().any(|w| w.contains("gb2312")),
            "{:?}",
            decoded.warnings
        );
    }

    #[test]
    fn wayback_xinhua_page_in_gb2312_is_read_as_gbk() {
        let decoded = decode_corpus("wayback-2012-he-xinhuanet-gb2312.html");
        assert_eq!(decoded.encoding, encoding_rs::GBK);
        assert!(decoded.text.contains("新华网"), "no Chinese");
    }

    #[test]
    fn greek_rss_feeds_in_iso_8859_7_read_as_greek() {
        for name in [
            "naftemporiki-economy-rss-2006-iso88597.xml",
            "naftemporiki-markets-rss-2006-iso88597.xml",
        ] {
            let decoded = decode_corpus(name);
            assert_eq!(decoded.encoding, encoding_rs::ISO_8859_7, "{name}");
            assert!(decoded.text.contains("ΝΑΥΤΕΜΠΟΡΙΚΗ"), "{name}");
            assert!(
                decoded.warnings.is_empty(),
                "{name}: {:?}",
                decoded.warnings
            );
        }
    }

    #[test]
    fn utf16_datasheet_with_bom_is_readable() {
        let decoded = decode_corpus("steeljis-snb22-3-datasheet-utf16.html");
        assert_eq!(decoded.encoding, encoding_rs::UTF_16LE);
        assert!(decoded.text.starts_with("\n<head>"));
        assert!(decoded.text.contains("SNB22"));
    }

    #[test]
    fn utf8_bom_is_stripped() {
        let decoded = decode_corpus("wayback-2013-allworldstatistics-economicstats-bom.php");
        assert_eq!(decoded.encoding, encoding_rs::UTF_8);
        assert!(decoded.text.starts_with("<html>"));
    }

    #[test]
    fn latin1_declaration_is_read_as_windows_1252() {
        let decoded = decode_corpus("proplanta-erloesobergrenze-bioenergie.html");
        assert_eq!(decoded.encoding, encoding_rs::WINDOWS_1252);
        assert!(decoded.text.contains("Erlösobergrenze") || decoded.text.contains("höhere"));
        assert!(decoded.warnings.is_empty(), "{:?}", decoded.warnings);
    }

    #[test]
    fn every_corpus_file_decodes_without_replacing_bytes() {
        let dir = format!("{}/../shared/corpus/real", env!("CARGO_MANIFEST_DIR"));
        let Ok(entries) = std::fs::read_dir(&dir) else {
            panic!("no corpus at {dir}");
        };
        for entry in entries.flatten() {
            let bytes = std::fs::read(entry.path()).unwrap_or_default();
            let decoded = decode(&bytes);
            let name = entry.file_name();
            let replaced = decoded.warnings.iter().any(|w| w.contains("replaced"));
            assert!(!replaced, "{name:?} read as {}", decoded.encoding.name());
        }
    }

    #[test]
    fn utf16_without_bom_is_recognised_by_its_zero_bytes() {
        let text = "<p>Population: 4 917 000 (2020)</p>";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        let decoded = decode(&le);
        assert_eq!(
            (decoded.encoding, decoded.text.as_ref()),
            (encoding_rs::UTF_16LE, text)
        );
        let decoded = decode(&be);
        assert_eq!(
            (decoded.encoding, decoded.text.as_ref()),
            (encoding_rs::UTF_16BE, text)
        );
    }

    #[test]
    fn ascii_without_declaration_is_utf8() {
        assert_eq!(decode(b"plain words").encoding, encoding_rs::UTF_8);
    }

    #[test]
    fn a_legacy_declaration_in_the_wrong_script_is_overridden() {
        let greek =
            "Η οικονομία της Ελλάδας αναπτύχθηκε κατά 3,7% το 2005, σύμφωνα με την Τράπεζα.";
        let (bytes, _, _) = encoding_rs::ISO_8859_7.encode(greek);
        let mut page = b"<meta charset=windows-1251><p>".to_vec();
        page.extend_from_slice(&bytes);
        let decoded = decode(&page);
        assert!(
            decoded.text.contains(greek),
            "read as {}",
            decoded.encoding.name()
        );
        assert_eq!(decoded.warnings.len(), 1, "{:?}", decoded.warnings);
        assert!(
            decoded.warnings[0].starts_with("The page declares windows-1251 but is written in")
        );
    }

    #[test]
    fn a_latin1_declaration_on_utf8_with_a_bad_byte_is_read_as_utf8() {
        let mut page = "<meta charset=iso-8859-1><p>Zürich, Genève, Kraków, Łódź, Gdańsk, Málaga, Ærø, Besançon, Poznań."
            .repeat(2)
            .into_bytes();
        page.push(0xE9);
        let decoded = decode(&page);
        assert_eq!(decoded.encoding, encoding_rs::UTF_8);
        assert!(decoded.text.contains("Łódź"));
        assert_eq!(decoded.warnings.len(), 2, "{:?}", decoded.warnings);
    }

    #[test]
    fn utf8_with_one_bad_byte_stays_utf8_and_warns() {
        let mut bytes =
            "Zürich, Genève, Besançon, Kraków, Łódź, Gdańsk, Poznań, Wrocław, Ærøskøbing, Málaga. "
                .repeat(2)
                .into_bytes();
        bytes.push(0xFF);
        let decoded = decode(&bytes);
        assert_eq!(decoded.encoding, encoding_rs::UTF_8);
        assert!(decoded.text.contains("Kraków"));
        assert_eq!(decoded.warnings.len(), 1, "{:?}", decoded.warnings);
    }

    #[test]
    fn nul_characters_and_a_second_bom_are_removed_and_text_is_nfc() {
        let decoded = decode("\u{FEFF}\u{FEFF}Cafe\u{301}\0 au lait".as_bytes());
        assert_eq!(decoded.text, "Café au lait");
    }

    #[test]
    fn meta_charset_declarations_are_found_in_order() {
        let declarations = prescan(
            br#"<!-- <meta charset="koi8-r"> --><title a=">"></title><META http-equiv="Content-Type" content="text/html; charset='iso-8859-2'"><meta charset=utf-8>"#,
        );
        let labels: Vec<_> = declarations.iter().map(|d| d.encoding.name()).collect();
        assert_eq!(labels, ["ISO-8859-2", "UTF-8"]);
    }

    #[test]
    fn arbitrary_bytes_never_panic() {
        let mut state = 0x2545_F491_4F6C_DD1Du64;
        for len in [0, 1, 2, 3, 7, 64, 1000, 5000] {
            let bytes: Vec<u8> = (0..len)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    state as u8
                })
                .collect();
            let _ = decode(&bytes);
            let mut markup = b"<meta charset=\"".to_vec();
            markup.extend_from_slice(&bytes);
            let _ = decode(&markup);
        }
        let _ = decode(b"<meta");
        let _ = decode(b"<?xml encoding=");
        let _ = decode(b"<meta http-equiv=content-type content=\"charset=");
    }
}
