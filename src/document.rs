//! The owned result of reading one file: the body text and everything found in it.
//!
//! Every span is a `[start, end)` range of UTF-8 byte offsets into [`Document::text`]. The
//! window, the command line and the tests all read this one struct; nothing re-parses the text.

use serde::ser::{SerializeStruct, Serializer};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::ops::Range;
use std::sync::Arc;

/// A `[start, end)` byte range into [`Document::text`], serialised as a two-element array.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(from = "[usize; 2]", into = "[usize; 2]")]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Self { start, end }
    }

    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }

    pub fn len(self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    pub fn contains(self, offset: usize) -> bool {
        self.start <= offset && offset < self.end
    }

    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

impl From<[usize; 2]> for Span {
    fn from([start, end]: [usize; 2]) -> Self {
        Self { start, end }
    }
}

impl From<Span> for [usize; 2] {
    fn from(span: Span) -> Self {
        [span.start, span.end]
    }
}

/// How the source file was written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceFormat {
    #[default]
    Text,
    Html,
}

/// What a block of the body is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    /// A line of the report's title block (department, title, country) above the first section.
    Title,
    Heading,
    #[default]
    Paragraph,
    ListItem,
    /// Rows separated by `\n`, cells by `\t`.
    Table,
    /// Text whose line breaks matter (aligned columns, code).
    Preformatted,
}

/// One block of the body: its text is `text[span]`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Block {
    pub kind: BlockKind,
    /// 1 for top-level headings, 2 for subsections …; 0 for blocks that are not headings.
    pub level: u8,
    pub span: Span,
}

/// An entry of the outline. `span` runs from the heading to the start of the next heading of
/// the same or a higher level; the heading's own words start at `span.start`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Section {
    pub level: u8,
    pub title: String,
    pub span: Span,
}

/// What sort of figure a statistic is.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum StatKind {
    /// A measured amount with a physical unit: `6 t`, `138000 ha`.
    Quantity,
    /// A number of things: `8500` drug-related crimes.
    #[default]
    Count,
    Percent,
    /// A proportion or multiplier: `1/14`, `two-thirds`, `ten-times`.
    Ratio,
    Money,
}

impl StatKind {
    pub const ALL: [StatKind; 5] = [
        StatKind::Quantity,
        StatKind::Count,
        StatKind::Percent,
        StatKind::Ratio,
        StatKind::Money,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            StatKind::Quantity => "quantity",
            StatKind::Count => "count",
            StatKind::Percent => "percent",
            StatKind::Ratio => "ratio",
            StatKind::Money => "money",
        }
    }
}

/// A figure the report states.
///
/// A data sheet states a figure every line, so the record is kept small: what the figure says
/// is not copied but read from the body through `span` ([`Statistic::text`]), and the unit
/// and qualifier are canonical symbols that need no copy of their own.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Statistic {
    /// The figure as written, with its qualifier and unit (`over six tons`).
    pub span: Span,
    /// The sentence the figure stands in (a table's cell for a table's figures).
    pub sentence_span: Span,
    /// The value in `unit`; the lower end of a range.
    pub value: f64,
    /// The upper end of a range.
    pub value_max: Option<f64>,
    /// Canonical unit symbol (`t`, `kg`, `ha`, `%`, `USD`, `t/yr`, `kg/ha`, `USD/kg`, `x`), empty for counts.
    pub unit: Cow<'static, str>,
    /// `over`, `approximately`, `at least`, `up to`, `under`, `nearly`, `at most`, or empty.
    pub qualifier: &'static str,
    /// The noun phrase saying what is counted or measured (`illegal narcotics`).
    pub measures: String,
    /// Title of the innermost section the figure stands in, shared by the figures of a section.
    pub section: Arc<str>,
    pub kind: StatKind,
}

impl Statistic {
    /// The figure as written (`over six tons`), read from the body it was found in.
    pub fn text<'a>(&self, body: &'a str) -> &'a str {
        body.get(self.span.range()).unwrap_or("")
    }
}

/// A date or period in the running text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DateMention {
    pub span: Span,
    /// ISO-like: `1995`, `1995-09`, `1995-09-03`, ranges as `1994/1997`.
    pub value: String,
}

impl DateMention {
    /// The date as written (`September 1995`), read from the body it was found in.
    pub fn text<'a>(&self, body: &'a str) -> &'a str {
        body.get(self.span.range()).unwrap_or("")
    }
}

/// An abbreviation defined in the text: "Ministry of Interior (MVD)".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Acronym {
    pub short: String,
    pub long: String,
}

/// Text that was removed as site chrome (navigation, footers), kept so the viewer can show it.
/// `offset` is where it stood in [`Document::text`]: right after the kept text that ends
/// there (before the blank line leading to the next kept block), or at 0 above the first.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RemovedText {
    pub offset: usize,
    pub text: String,
}

/// Everything Dossier knows about one file. Serialised as the `extract` contract's JSON object.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Document {
    pub path: String,
    pub format: SourceFormat,
    /// WHATWG label of the encoding the bytes were read with, e.g. `windows-1252`.
    pub encoding: String,
    pub title: String,
    pub subject: String,
    pub issuer: Vec<String>,
    /// The report's own date, ISO-like; empty when unknown.
    pub date: String,
    /// The body as displayed: chrome removed, paragraphs on one line, blocks separated by a blank line.
    pub text: String,
    pub blocks: Vec<Block>,
    pub sections: Vec<Section>,
    pub statistics: Vec<Statistic>,
    pub dates: Vec<DateMention>,
    pub acronyms: Vec<Acronym>,
    pub warnings: Vec<String>,
    /// The chrome that was taken out, in order. Not part of the `extract` contract.
    pub removed: Vec<RemovedText>,
}

impl Document {
    /// The text of a span.
    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.range()).unwrap_or("")
    }

    /// The innermost section containing `offset`, if any.
    pub fn section_at(&self, offset: usize) -> Option<&Section> {
        self.sections
            .iter()
            .filter(|s| s.span.contains(offset))
            .max_by_key(|s| s.level)
    }

    /// The index of the block containing `offset`.
    pub fn block_at(&self, offset: usize) -> Option<usize> {
        let index = self.blocks.partition_point(|b| b.span.end <= offset);
        (index < self.blocks.len()).then_some(index)
    }

    /// The name to show for this document: its title, else its file name.
    pub fn display_name(&self) -> &str {
        if !self.title.is_empty() {
            return &self.title;
        }
        self.path.rsplit(['/', '\\']).next().unwrap_or(&self.path)
    }
}

/// The `extract` contract's JSON object: the fields in the order above, `removed` left out,
/// and each figure and date with its `text` read from the body.
impl Serialize for Document {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = serializer.serialize_struct("Document", 14)?;
        out.serialize_field("path", &self.path)?;
        out.serialize_field("format", &self.format)?;
        out.serialize_field("encoding", &self.encoding)?;
        out.serialize_field("title", &self.title)?;
        out.serialize_field("subject", &self.subject)?;
        out.serialize_field("issuer", &self.issuer)?;
        out.serialize_field("date", &self.date)?;
        out.serialize_field("text", &self.text)?;
        out.serialize_field("blocks", &self.blocks)?;
        out.serialize_field("sections", &self.sections)?;
        out.serialize_field("statistics", &InBody::new(&self.text, &self.statistics))?;
        out.serialize_field("dates", &InBody::new(&self.text, &self.dates))?;
        out.serialize_field("acronyms", &self.acronyms)?;
        out.serialize_field("warnings", &self.warnings)?;
        out.end()
    }
}

/// A record found in a body: it keeps only a span of its words, which the `extract` contract
/// writes out as its `text`.
pub trait FoundInBody {
    /// Serialises the record with its `text` read from `body`.
    fn serialize_in<S: Serializer>(&self, body: &str, serializer: S) -> Result<S::Ok, S::Error>;
}

impl FoundInBody for Statistic {
    fn serialize_in<S: Serializer>(&self, body: &str, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = serializer.serialize_struct("Statistic", 10)?;
        out.serialize_field("span", &self.span)?;
        out.serialize_field("text", self.text(body))?;
        out.serialize_field("kind", &self.kind)?;
        out.serialize_field("value", &self.value)?;
        out.serialize_field("value_max", &self.value_max)?;
        out.serialize_field("unit", &self.unit)?;
        out.serialize_field("qualifier", self.qualifier)?;
        out.serialize_field("measures", &self.measures)?;
        out.serialize_field("section", &self.section)?;
        out.serialize_field("sentence_span", &self.sentence_span)?;
        out.end()
    }
}

impl FoundInBody for DateMention {
    fn serialize_in<S: Serializer>(&self, body: &str, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = serializer.serialize_struct("DateMention", 3)?;
        out.serialize_field("span", &self.span)?;
        out.serialize_field("text", self.text(body))?;
        out.serialize_field("value", &self.value)?;
        out.end()
    }
}

/// Records as the `extract` contract writes them (figures, dates), each with its `text`.
pub struct InBody<'a, T> {
    body: &'a str,
    records: &'a [T],
}

impl<'a, T> InBody<'a, T> {
    /// `records` found in `body` (their spans point into it).
    pub fn new(body: &'a str, records: &'a [T]) -> Self {
        Self { body, records }
    }
}

impl<T: FoundInBody> Serialize for InBody<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.records.iter().map(|record| OneInBody {
            body: self.body,
            record,
        }))
    }
}

struct OneInBody<'a, T> {
    body: &'a str,
    record: &'a T,
}

impl<T: FoundInBody> Serialize for OneInBody<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.record.serialize_in(self.body, serializer)
    }
}
