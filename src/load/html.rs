//! HTML to source blocks: parse with html5ever (through `scraper`), then walk the DOM once.
//!
//! # Design notes for the next hacker
//!
//! **The walk is iterative.** Saved pages can nest absurdly deep, so [`traverse`] moves
//! through the tree with `first_child` / `next_sibling` / `parent`, and the [`Walker`] keeps an
//! explicit stack of [`Frame`]s, one per open element. Everything inherited (block kind,
//! chrome, link, `pre`, inside a data-table cell) is copied into each frame's [`Context`], so
//! no node ever looks at its ancestors: the walk is linear in the number of nodes, whatever
//! the depth.
//!
//! **Blocks.** Text accumulates in one buffer with whitespace collapsed; block-level elements
//! flush it. A block takes its kind, level and chrome flag from the context of its first
//! character. Elements that switch chrome on (a `<span class="share">` inside a paragraph)
//! split blocks too, so a block is never half chrome.
//!
//! **Whitespace.** Runs of whitespace, no-break spaces included, become one space; a lone
//! no-break space between two words is kept as it is, since it binds numbers to units
//! (`40\u{A0}%`). Blocks are trimmed.
//!
//! **`<br>`.** Two `<br>` in a row always end a block. A single `<br>` starts a new block too
//! (forum posts and legacy pages put one line, one fact per `<br>`), except when it evidently
//! breaks a running sentence: the line before does not end with `.`, `!`, `?`, `:` or `;`
//! and the next begins in lower case, as hard-wrapped prose does. Then it is a space.
//!
//! **Tables.** Each `<table>` is classified before it is walked ([`is_data_table`]). A data
//! table becomes one [`BlockKind::Table`] block: rows joined by `\n`, cells by `\t`, a cell with
//! `colspan` followed by empty cells so columns line up, empty rows dropped; a table that
//! directly follows another of the same width continues it (sites that emit one table per
//! row). A layout table — `role="presentation"`, a nested table, a cell holding two or more
//! blocks of text or more than [`LONG_CELL_CHARS`] characters, a single column, or a single
//! row unless it is three or more header or numeric cells — is no table at all: its cells
//! are containers whose paragraphs flow as ordinary blocks. The
//! classification scan stops at the first nested table, so each node is scanned at most once,
//! by its nearest table, and the whole stays linear.
//!
//! **What never becomes text:** scripts, styles, `head`, embedded objects, form controls,
//! comments, hidden elements (`hidden`, `aria-hidden="true"`, inline `display:none` /
//! `visibility:hidden`), text meant only for screen readers (`sr-only`,
//! `screen-reader-text`), Wikipedia's "[edit]" links and citation markers (`[12]`).
//!
//! **Feeds.** RSS and Atom go through the same parser. Only the feed's title and the items'
//! titles (as headings) and descriptions (re-parsed when they carry escaped HTML) become
//! blocks; links, GUIDs and dates do not.

use super::{PageInfo, SourceBlock};
use crate::document::BlockKind;
use ego_tree::{NodeId, NodeRef};
use scraper::node::Element;
use scraper::{Html, Node};
use std::borrow::Cow;

/// A cell with more text than this makes its table a layout table.
const LONG_CELL_CHARS: usize = 400;

/// A cell spanning more columns than this is padded only this far.
const MAX_COLSPAN: usize = 50;

/// Elements nested deeper than this are flattened into their ancestor before parsing, as
/// Blink's parser does at the same depth: html5ever checks the whole stack of open elements
/// for every block-level start tag, so 100,000 nested `<div>` would take minutes.
const MAX_NESTING: usize = 512;

type Dom<'a> = NodeRef<'a, Node>;

/// Splits an HTML page (or an RSS/Atom feed) into blocks, dropping a leading YAML front matter.
pub fn source_blocks(html: &str) -> Vec<SourceBlock> {
    read_page(html).0
}

/// Splits an HTML page (or an RSS/Atom feed) into blocks, and reads what the page says about
/// itself: `<title>`, `<meta>` tags, the first `<time datetime>`, a YAML front matter.
pub fn read_page(html: &str) -> (Vec<SourceBlock>, PageInfo) {
    let front = front_matter(html);
    let html = super::sniff::after_front_matter(html);
    let (blocks, mut info) = if looks_like_feed(html) {
        let html = unwrap_cdata(html);
        let document = super::dom::parse_document(&limit_nesting(&html, MAX_NESTING));
        walk_document(&document, Mode::Feed)
    } else {
        let document = super::dom::parse_document(&limit_nesting(html, MAX_NESTING));
        walk_document(&document, Mode::Page)
    };
    if info.title.is_empty() {
        info.title = front.title;
    }
    if info.date.is_empty() {
        info.date = front.date;
    }
    (blocks, info)
}

fn walk_document(document: &Html, mode: Mode) -> (Vec<SourceBlock>, PageInfo) {
    let mut walker = Walker::new(mode);
    traverse(document.tree.root(), &mut walker);
    walker.finish()
}

/// The `title` and date (`date`, `published`, `last_updated`, `last_modified_at`; ISO or in
/// words) of a Jekyll-style YAML front matter, or of a note's.
fn front_matter(text: &str) -> PageInfo {
    let mut info = PageInfo::default();
    let body = super::sniff::after_front_matter(text);
    if body.len() == text.len() {
        return info;
    }
    let header = text.get(..text.len() - body.len()).unwrap_or("");
    for line in header.lines() {
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim().trim_matches(['"', '\'']).trim();
        match key.trim() {
            "title" if info.title.is_empty() => info.title = value.to_owned(),
            // (A clipper's `published` is the article's date; its `created` the clipping's.)
            "date" | "published" | "last_updated" | "last_modified_at" if info.date.is_empty() => {
                // ("published: March 3, 2011": a date in words, as a note writes it.)
                info.date = iso_date(value)
                    .or_else(|| {
                        crate::extract::dates::scan(value)
                            .into_iter()
                            .map(|(_, date)| date)
                            .find(|date| date.len() >= 7 && !date.contains('/'))
                    })
                    .unwrap_or_default();
            }
            _ => {}
        }
    }
    info
}

/// The date at the start of a machine-readable timestamp (`2021-04-20T14:00:00+0200` →
/// `2021-04-20`), if it has one.
fn iso_date(value: &str) -> Option<String> {
    let value = value.trim();
    let bytes = value.as_bytes();
    let digits = |range: std::ops::Range<usize>| {
        bytes
            .get(range)
            .is_some_and(|part| part.iter().all(u8::is_ascii_digit))
    };
    if !digits(0..4) || !matches!(bytes.get(4), None | Some(b'-')) {
        return None;
    }
    let year: u32 = value.get(..4)?.parse().ok()?;
    if !(1000..=2999).contains(&year) {
        return None;
    }
    let mut end = 4;
    if digits(5..7)
        && value
            .get(5..7)
            .and_then(|m| m.parse::<u32>().ok())
            .is_some_and(|m| (1..=12).contains(&m))
    {
        end = 7;
        if bytes.get(7) == Some(&b'-')
            && digits(8..10)
            && value
                .get(8..10)
                .and_then(|d| d.parse::<u32>().ok())
                .is_some_and(|d| (1..=31).contains(&d))
        {
            end = 10;
        }
    }
    value.get(..end).map(str::to_owned)
}

/// Whether an author field names someone rather than giving a link or a domain.
fn names_someone(value: &str) -> bool {
    let value = value.trim();
    !value.is_empty()
        && value.chars().count() <= 120
        && value.chars().any(char::is_alphabetic)
        && !value.contains("://")
        && !value.starts_with("www.")
        && !value.contains('@')
        && (value.contains(' ') || !value.contains('.'))
}

/// Whitespace runs as one space, ends trimmed.
fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What [`Visitor::open`] asks of the traversal.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Flow {
    /// Visit the children, then call [`Visitor::close`].
    Descend,
    /// Skip the children; no `close` follows.
    Skip,
    /// End the traversal.
    Stop,
}

trait Visitor {
    fn open(&mut self, node: Dom<'_>) -> Flow;
    fn close(&mut self, node: Dom<'_>);
}

/// Visits the nodes below `root` in document order without recursion. Returns `false` when
/// the visitor stopped it.
fn traverse(root: Dom<'_>, visitor: &mut impl Visitor) -> bool {
    let mut next = root.first_child();
    while let Some(node) = next {
        match visitor.open(node) {
            Flow::Stop => return false,
            Flow::Descend => {
                if let Some(child) = node.first_child() {
                    next = Some(child);
                    continue;
                }
                visitor.close(node);
            }
            Flow::Skip => {}
        }
        // Leave `node`, and every ancestor whose last child it was.
        let mut current = node;
        next = loop {
            if let Some(sibling) = current.next_sibling() {
                break Some(sibling);
            }
            match current.parent() {
                Some(parent) if parent.id() != root.id() => {
                    visitor.close(parent);
                    current = parent;
                }
                _ => break None,
            }
        };
    }
    true
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Page,
    /// RSS or Atom: only titles and descriptions are text.
    Feed,
}

/// What an open element means for the text inside it; inherited by its descendants.
#[derive(Clone, Copy)]
struct Context {
    kind: BlockKind,
    level: u8,
    chrome: bool,
    /// Inside `article` or `main`: a `header` there is the article's own.
    in_article: bool,
    link: bool,
    pre: bool,
    /// Inside a cell of a data table: text goes to the table, blocks do not split.
    cell: bool,
    /// Text here becomes blocks: always in pages, in feeds only in titles and descriptions.
    emit: bool,
    /// In a feed `item` or `entry`.
    feed_item: bool,
}

/// What closing an element must do.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Inline,
    /// Ends the current block on open and on close.
    Block,
    /// A block-level element inside a data-table cell: a space, not a new block.
    CellBlock,
    DataTable,
    Row,
    /// A data-table cell spanning this many columns.
    Cell(usize),
}

#[derive(Clone, Copy)]
struct Frame {
    role: Role,
    context: Context,
}

/// Whitespace waiting to be written before the next visible character.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Pending {
    None,
    /// A run of exactly one no-break space: kept as it is.
    Keep(char),
    /// Any other run: one plain space.
    Space,
}

impl Pending {
    fn after(self, whitespace: char) -> Self {
        match self {
            Pending::None if matches!(whitespace, '\u{A0}' | '\u{202F}') => {
                Pending::Keep(whitespace)
            }
            _ => Pending::Space,
        }
    }

    fn char(self) -> Option<char> {
        match self {
            Pending::None => None,
            Pending::Keep(c) => Some(c),
            Pending::Space => Some(' '),
        }
    }
}

/// `<br>` seen since the last visible character.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Break {
    None,
    Single,
    Double,
}

/// The data table being collected.
struct TableBuilder {
    text: String,
    link_chars: usize,
    chrome: bool,
    row_start: usize,
    row_has_text: bool,
    cells_in_row: usize,
    cell_start: usize,
    pending: Pending,
    /// The pending whitespace is all inside a link.
    pending_in_link: bool,
}

impl TableBuilder {
    fn new(chrome: bool) -> Self {
        Self {
            text: String::new(),
            link_chars: 0,
            chrome,
            row_start: 0,
            row_has_text: false,
            cells_in_row: 0,
            cell_start: 0,
            pending: Pending::None,
            pending_in_link: false,
        }
    }

    fn push_text(&mut self, text: &str, link: bool) {
        let mut segment_start = None;
        for (at, c) in text.char_indices() {
            if c.is_whitespace() {
                if let Some(start) = segment_start.take() {
                    self.push_segment(text.get(start..at).unwrap_or(""), link);
                }
                self.pending_in_link =
                    link && (self.pending == Pending::None || self.pending_in_link);
                self.pending = self.pending.after(c);
            } else if segment_start.is_none() {
                segment_start = Some(at);
            }
        }
        if let Some(start) = segment_start {
            self.push_segment(text.get(start..).unwrap_or(""), link);
        }
    }

    fn push_segment(&mut self, segment: &str, link: bool) {
        if self.text.len() > self.cell_start
            && let Some(space) = self.pending.char()
        {
            self.text.push(space);
            self.link_chars += usize::from(self.pending_in_link);
        }
        self.pending = Pending::None;
        push_visible(&mut self.text, segment);
        self.row_has_text = true;
        if link {
            self.link_chars += segment.chars().filter(|&c| c != '\u{AD}').count();
        }
    }
}

struct Walker {
    mode: Mode,
    blocks: Vec<SourceBlock>,
    stack: Vec<Frame>,
    /// The block being written.
    text: String,
    link_chars: usize,
    /// Where a `<br>` ended a line of the block being written that does not run on into the
    /// next (a byte offset of `text`, and `link_chars` there). Such lines are blocks of their
    /// own, unless together they read as a hard-wrapped text document.
    line_ends: Vec<(usize, usize)>,
    /// Kind, level and chrome flag of the block being written, from its first character.
    started: Option<(BlockKind, u8, bool)>,
    pending: Pending,
    /// The pending whitespace is all inside a link.
    pending_in_link: bool,
    pending_break: Break,
    table: Option<TableBuilder>,
    /// Feed mode: the feed's own title has been seen.
    feed_titled: bool,
    info: PageInfo,
    /// How trustworthy `info.date` is: the rank of the `<meta>` it came from (lower wins).
    date_rank: u8,
    /// The first `<time datetime>` outside the chrome, used when no `<meta>` gives a date.
    time_date: String,
    /// `<pre>` blocks with nothing between them, held until another block comes: a cable
    /// viewer sets a cable's routing in one and its text in the next, and the two are read
    /// as one text document.
    pre_run: Vec<(String, usize)>,
    pre_run_chrome: bool,
}

impl Visitor for Walker {
    fn open(&mut self, node: Dom<'_>) -> Flow {
        match node.value() {
            Node::Text(text) => {
                self.push_text(text);
                Flow::Skip
            }
            Node::Element(element) => match self.mode {
                Mode::Page => self.open_element(node, element),
                Mode::Feed => self.open_feed_element(node, element),
            },
            Node::Document | Node::Fragment => Flow::Descend,
            _ => Flow::Skip,
        }
    }

    fn close(&mut self, _node: Dom<'_>) {
        self.close_frame();
    }
}

impl Walker {
    /// Pops the innermost open element and does what its end requires.
    fn close_frame(&mut self) {
        let Some(frame) = self.stack.pop() else {
            return;
        };
        match frame.role {
            Role::Inline => {}
            Role::Block => self.flush(),
            Role::CellBlock => self.cell_space(),
            Role::DataTable => {
                self.flush();
                if let Some(table) = self.table.take() {
                    self.push_table(table);
                }
            }
            Role::Row => {
                if let Some(table) = &mut self.table
                    && !table.row_has_text
                {
                    table.text.truncate(table.row_start);
                }
            }
            Role::Cell(span) => {
                if let Some(table) = &mut self.table {
                    for _ in 1..span {
                        table.text.push('\t');
                    }
                }
            }
        }
    }

    fn new(mode: Mode) -> Self {
        Self {
            mode,
            blocks: Vec::new(),
            stack: Vec::new(),
            text: String::new(),
            link_chars: 0,
            line_ends: Vec::new(),
            started: None,
            pending: Pending::None,
            pending_in_link: false,
            pending_break: Break::None,
            table: None,
            feed_titled: false,
            info: PageInfo::default(),
            date_rank: u8::MAX,
            time_date: String::new(),
            pre_run: Vec::new(),
            pre_run_chrome: false,
        }
    }

    fn finish(mut self) -> (Vec<SourceBlock>, PageInfo) {
        while !self.stack.is_empty() {
            self.close_frame();
        }
        self.flush();
        self.push_pre_run();
        if self.info.date.is_empty() {
            self.info.date = std::mem::take(&mut self.time_date);
        }
        (self.blocks, self.info)
    }

    /// Reads the `<title>` and `<meta>` tags of the page's `head`.
    fn read_head(&mut self, head: Dom<'_>) {
        for node in head.descendants() {
            let Some(element) = node.value().as_element() else {
                continue;
            };
            match element.name() {
                "title" => self.read_title(node),
                "meta" => self.read_meta(element),
                _ => {}
            }
        }
    }

    fn read_title(&mut self, node: Dom<'_>) {
        if self.info.title.is_empty() {
            self.info.title = collapse_whitespace(&raw_text(node));
        }
    }

    /// Takes what a `<meta>` tag says about the page's title, site, author or date.
    fn read_meta(&mut self, element: &Element) {
        let key = element
            .attr("property")
            .or_else(|| element.attr("name"))
            .or_else(|| element.attr("itemprop"))
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        let Some(content) = element.attr("content") else {
            return;
        };
        let content = collapse_whitespace(content);
        if content.is_empty() {
            return;
        }
        match key.as_str() {
            "og:title" | "dc.title" | "twitter:title" if self.info.meta_title.is_empty() => {
                self.info.meta_title = content;
            }
            "og:site_name" | "application-name" if self.info.site_name.is_empty() => {
                self.info.site_name = content;
            }
            "author" | "article:author" | "dc.creator" | "citation_author"
                if self.info.author.is_empty() && names_someone(&content) =>
            {
                self.info.author = content;
            }
            _ => {
                let rank = match key.as_str() {
                    "article:published_time" | "datepublished" => 0,
                    "dc.date.issued" | "citation_publication_date" | "citation_date" => 1,
                    "dc.date" | "date" | "pubdate" | "publish-date" | "publication_date" => 2,
                    _ => return,
                };
                if rank < self.date_rank
                    && let Some(date) = iso_date(&content)
                {
                    self.info.date = date;
                    self.date_rank = rank;
                }
            }
        }
    }

    fn context(&self) -> Context {
        self.stack.last().map_or(
            Context {
                kind: BlockKind::Paragraph,
                level: 0,
                chrome: false,
                in_article: false,
                link: false,
                pre: false,
                cell: false,
                emit: self.mode == Mode::Page,
                feed_item: false,
            },
            |frame| frame.context,
        )
    }

    fn push_frame(&mut self, role: Role, context: Context) -> Flow {
        self.stack.push(Frame { role, context });
        Flow::Descend
    }

    fn open_element(&mut self, node: Dom<'_>, element: &Element) -> Flow {
        let name = element.name();
        match name {
            "head" => self.read_head(node),
            "title" => self.read_title(node),
            "meta" => self.read_meta(element),
            "time" if self.time_date.is_empty() && !self.context().chrome => {
                if let Some(date) = element.attr("datetime").and_then(iso_date) {
                    self.time_date = date;
                }
            }
            _ => {}
        }
        if is_skipped(name) {
            return Flow::Skip;
        }
        let attrs = Attrs::of(element);
        let root = matches!(name, "html" | "body");
        if (attrs.hidden && !root) || attrs.is_skipped(name) {
            return Flow::Skip;
        }
        let parent = self.context();
        let mut context = parent;
        let chrome_here = !root && marks_chrome(name, &attrs, parent.in_article);
        context.chrome |= chrome_here;
        context.in_article |=
            matches!(name, "article" | "main") || attrs.role_is(&["main", "article"]);
        if name == "a" && attrs.href {
            context.link = true;
        }
        match name {
            "br" => {
                self.line_break();
                return Flow::Skip;
            }
            "hr" => {
                if parent.cell {
                    self.cell_space();
                } else {
                    self.flush();
                }
                return Flow::Skip;
            }
            _ => {}
        }
        match name.as_bytes() {
            [b'h', digit @ b'1'..=b'6'] => {
                context.kind = BlockKind::Heading;
                context.level = digit - b'0';
            }
            b"li" if context.kind != BlockKind::Heading => {
                context.kind = BlockKind::ListItem;
                context.level = 0;
            }
            b"pre" | b"listing" | b"xmp" | b"plaintext" => {
                context.kind = BlockKind::Preformatted;
                context.level = 0;
                context.pre = true;
            }
            _ => {}
        }

        let block_level = is_block_level(name) || (chrome_here && !parent.chrome);
        if parent.cell {
            if !block_level {
                return self.push_frame(Role::Inline, context);
            }
            self.cell_space();
            return self.push_frame(Role::CellBlock, context);
        }
        if self.table.is_some() {
            // Inside a data table, outside its cells.
            return match name {
                "tr" => {
                    if let Some(table) = &mut self.table {
                        table.row_start = table.text.len();
                        if !table.text.is_empty() {
                            table.text.push('\n');
                        }
                        table.row_has_text = false;
                        table.cells_in_row = 0;
                    }
                    self.push_frame(Role::Row, context)
                }
                "td" | "th" => {
                    let span = attrs.colspan.clamp(1, MAX_COLSPAN);
                    if let Some(table) = &mut self.table {
                        if table.cells_in_row > 0 {
                            table.text.push('\t');
                        }
                        table.cells_in_row += 1;
                        table.cell_start = table.text.len();
                        table.pending = Pending::None;
                    }
                    context.cell = true;
                    self.push_frame(Role::Cell(span), context)
                }
                "caption" => {
                    self.flush();
                    self.push_frame(Role::Block, context)
                }
                _ => self.push_frame(Role::Inline, context),
            };
        }
        if name == "table" && !attrs.role_is(&["presentation", "none"]) && is_data_table(node) {
            self.flush();
            self.table = Some(TableBuilder::new(context.chrome));
            return self.push_frame(Role::DataTable, context);
        }
        if block_level {
            self.flush();
            return self.push_frame(Role::Block, context);
        }
        self.push_frame(Role::Inline, context)
    }

    fn open_feed_element(&mut self, node: Dom<'_>, element: &Element) -> Flow {
        let mut context = self.context();
        match element.name() {
            "item" | "entry" => {
                context.feed_item = true;
                self.flush();
                self.push_frame(Role::Block, context)
            }
            "title" if context.feed_item || !self.feed_titled => {
                self.feed_titled = true;
                context.kind = BlockKind::Heading;
                context.level = if context.feed_item { 2 } else { 1 };
                context.emit = true;
                self.flush();
                self.push_frame(Role::Block, context)
            }
            "description" | "summary" | "content" | "content:encoded" | "subtitle" | "tagline" => {
                self.flush();
                let raw = raw_text(node);
                if contains_markup(&raw) {
                    let fragment = Html::parse_fragment(&limit_nesting(&raw, MAX_NESTING));
                    let (blocks, _) = walk_document(&fragment, Mode::Page);
                    self.push_pre_run();
                    self.blocks.extend(blocks);
                    return Flow::Skip;
                }
                context.kind = BlockKind::Paragraph;
                context.level = 0;
                context.emit = true;
                self.push_frame(Role::Block, context)
            }
            "script" | "style" => Flow::Skip,
            _ => self.push_frame(Role::Inline, context),
        }
    }

    fn push_text(&mut self, text: &str) {
        let context = self.context();
        if !context.emit {
            return;
        }
        if context.cell {
            if let Some(table) = &mut self.table {
                table.push_text(text, context.link);
            }
            return;
        }
        if context.pre {
            self.push_pre(text, context);
            return;
        }
        let mut segment_start = None;
        for (at, c) in text.char_indices() {
            if c.is_whitespace() {
                if let Some(start) = segment_start.take() {
                    self.push_segment(text.get(start..at).unwrap_or(""), context);
                }
                self.pending_in_link =
                    context.link && (self.pending == Pending::None || self.pending_in_link);
                self.pending = self.pending.after(c);
            } else if segment_start.is_none() {
                segment_start = Some(at);
            }
        }
        if let Some(start) = segment_start {
            self.push_segment(text.get(start..).unwrap_or(""), context);
        }
    }

    /// Appends visible text, first settling any pending line break and whitespace.
    fn push_segment(&mut self, segment: &str, context: Context) {
        match self.pending_break {
            Break::None => {}
            Break::Double => self.flush(),
            Break::Single => {
                let next = segment.chars().next().unwrap_or(' ');
                if self.started.is_some() {
                    // Kept as a line for now: `flush_lines` decides how the lines join.
                    self.line_ends.push((self.text.len(), self.link_chars));
                    self.text.push('\n');
                    self.pending = Pending::None;
                } else if !continues_sentence(&self.text, next) {
                    self.flush();
                }
            }
        }
        self.pending_break = Break::None;
        if self.started.is_none() {
            self.started = Some((context.kind, context.level, context.chrome));
        } else if let Some(space) = self.pending.char() {
            self.text.push(space);
            self.link_chars += usize::from(self.pending_in_link);
        }
        self.pending = Pending::None;
        push_visible(&mut self.text, segment);
        if context.link {
            self.link_chars += segment.chars().filter(|&c| c != '\u{AD}').count();
        }
    }

    /// Appends preformatted text as it is, with line ends made `\n`.
    fn push_pre(&mut self, text: &str, context: Context) {
        if self.started.is_none() {
            self.started = Some((BlockKind::Preformatted, 0, context.chrome));
        }
        let before = self.text.len();
        let mut rest = text;
        while let Some(at) = rest.find('\r') {
            self.text.push_str(rest.get(..at).unwrap_or(""));
            self.text.push('\n');
            let after = rest.get(at + 1..).unwrap_or("");
            rest = after.strip_prefix('\n').unwrap_or(after);
        }
        self.text.push_str(rest);
        if context.link {
            let added = self.text.get(before..).unwrap_or("");
            self.link_chars += added.chars().filter(|c| !c.is_whitespace()).count();
        }
    }

    fn line_break(&mut self) {
        let context = self.context();
        if !context.emit {
            return;
        }
        if context.cell {
            self.cell_space();
        } else if context.pre {
            if self.started.is_some() {
                self.text.push('\n');
            }
        } else if self.started.is_some() {
            self.pending_break = match self.pending_break {
                Break::None => Break::Single,
                Break::Single | Break::Double => Break::Double,
            };
        }
    }

    fn cell_space(&mut self) {
        if let Some(table) = &mut self.table {
            table.pending = Pending::Space;
            table.pending_in_link = false;
        }
    }

    /// Emits a data table, appending it to the table just before when nothing stands between
    /// them and their rows are as wide: pages split one table into a table per row.
    fn push_table(&mut self, table: TableBuilder) {
        let text = table.text.trim_end();
        if !has_alphanumeric(text) {
            return;
        }
        self.push_pre_run();
        let columns = |text: &str| text.lines().next().map_or(0, |row| row.split('\t').count());
        if let Some(previous) = self.blocks.last_mut()
            && previous.kind == BlockKind::Table
            && previous.in_chrome_element == table.chrome
            && columns(&previous.text) == columns(text)
        {
            previous.text.push('\n');
            previous.text.push_str(text);
            previous.link_chars += table.link_chars;
            return;
        }
        self.blocks.push(SourceBlock {
            kind: BlockKind::Table,
            text: text.to_owned(),
            link_chars: table.link_chars,
            in_chrome_element: table.chrome,
            ..SourceBlock::default()
        });
    }

    /// Ends the current block, keeping it if it has any letter or digit.
    /// Flushes a block whose lines `<br>` ends: as a text document when the lines are a
    /// hard-wrapped report (one `<br>` per line of a text file), else a block per line.
    fn flush_lines(&mut self, kind: BlockKind, level: u8, chrome: bool) {
        let text = std::mem::take(&mut self.text);
        let line_ends = std::mem::take(&mut self.line_ends);
        if line_ends.len() >= 7 && is_preformatted_prose(&text, self.link_chars) {
            self.push_text_document(&text, chrome);
        } else {
            // A line that goes on with a lower-case word continues its sentence; any other
            // line break starts a block.
            let mut joined = String::new();
            let mut joined_links = 0;
            let mut start = 0;
            let mut links_before = 0;
            for (end, links) in line_ends.into_iter().chain([(text.len(), self.link_chars)]) {
                let line = text.get(start..end).unwrap_or("");
                let next = line.chars().next().unwrap_or(' ');
                if !joined.is_empty() && continues_sentence(&joined, next) {
                    joined.push(' ');
                } else {
                    self.push_line_block(&joined, joined_links, kind, level, chrome);
                    joined.clear();
                    joined_links = 0;
                }
                joined.push_str(line);
                joined_links += links - links_before;
                start = end + 1;
                links_before = links;
            }
            self.push_line_block(&joined, joined_links, kind, level, chrome);
        }
        self.text = text;
    }

    /// A text file's worth of lines, split into blocks as a .txt is.
    fn push_text_document(&mut self, text: &str, chrome: bool) {
        self.push_pre_run();
        for mut block in super::text::source_blocks(text) {
            block.in_chrome_element |= chrome;
            self.blocks.push(block);
        }
    }

    fn push_line_block(
        &mut self,
        text: &str,
        link_chars: usize,
        kind: BlockKind,
        level: u8,
        chrome: bool,
    ) {
        if has_alphanumeric(text) {
            self.push_pre_run();
            self.blocks.push(SourceBlock {
                kind,
                level,
                text: text.to_owned(),
                link_chars,
                in_chrome_element: chrome,
                ..SourceBlock::default()
            });
        }
    }

    fn flush(&mut self) {
        if !self.line_ends.is_empty()
            && let Some((kind, level, chrome)) = self.started.take()
        {
            self.flush_lines(kind, level, chrome);
        }
        if let Some((kind, level, chrome)) = self.started.take() {
            let whole = std::mem::take(&mut self.text);
            if kind == BlockKind::Preformatted {
                let text = tidy_preformatted(&whole);
                if has_alphanumeric(text) {
                    if !self.pre_run.is_empty() && self.pre_run_chrome != chrome {
                        self.push_pre_run();
                    }
                    self.pre_run_chrome = chrome;
                    self.pre_run.push((text.to_owned(), self.link_chars));
                }
            } else {
                self.push_line_block(&whole, self.link_chars, kind, level, chrome);
            }
            // The buffer keeps its allocation for the next block.
            self.text = whole;
        }
        self.text.clear();
        self.link_chars = 0;
        self.pending = Pending::None;
        self.pending_break = Break::None;
    }
}

impl Walker {
    /// Emits the held `<pre>` blocks: as one text document when together they are a text
    /// report, else each on its own terms.
    fn push_pre_run(&mut self) {
        if self.pre_run.is_empty() {
            return;
        }
        let parts = std::mem::take(&mut self.pre_run);
        let chrome = self.pre_run_chrome;
        let links = parts.iter().map(|(_, links)| links).sum();
        if parts.len() > 1 {
            let whole = parts
                .iter()
                .map(|(text, _)| text.as_str())
                .collect::<Vec<_>>()
                .join("\n\n");
            if is_preformatted_prose(&whole, links) || holds_a_cable(&whole) {
                self.push_text_document(&whole, chrome);
                return;
            }
        }
        for (text, links) in parts {
            if is_preformatted_prose(&text, links) {
                // A text report published in `<pre>`: read it as the text file it is, so its
                // wrapped lines are reflowed and its headings and chrome found as in a .txt.
                self.push_text_document(&text, chrome);
            } else {
                // Trimming preformatted text can drop whitespace that was link text.
                let links = links.min(text.chars().count());
                self.push_line_block(&text, links, BlockKind::Preformatted, 0, chrome);
            }
        }
    }
}

/// An embassy cable with its header, however short its text: read as a text file is, its
/// routing lines set apart.
fn holds_a_cable(text: &str) -> bool {
    ["SUBJECT:", "TAGS", "E.O. 1", "SIPDIS"]
        .iter()
        .filter(|mark| text.contains(*mark))
        .count()
        >= 3
}

/// Appends `segment` without its soft hyphens (U+00AD): they only mark where a browser may
/// break a word ("Er\u{AD}in\u{AD}ne\u{AD}rung"), and would hide the word from search.
fn push_visible(text: &mut String, segment: &str) {
    if segment.contains('\u{AD}') {
        text.extend(segment.chars().filter(|&c| c != '\u{AD}'));
    } else {
        text.push_str(segment);
    }
}

/// Whether a single `<br>` between `before` and a line starting with `next` only wraps a
/// running sentence: the line does not end a sentence or a label and the next is lower case.
fn continues_sentence(before: &str, next: char) -> bool {
    let Some(last) = before.chars().next_back() else {
        return false;
    };
    next.is_lowercase() && !matches!(last, '.' | '!' | '?' | ':' | ';' | '…' | '。')
}

/// A whole text document set in `<pre>` or one `<br>` per line, as early web archives
/// published reports: lines of running prose with sentences from the margin, not code
/// (braces, semicolons, operators), a laid-out table of figures (few words per line), an
/// indented page layout or a list of links.
fn is_preformatted_prose(text: &str, link_chars: usize) -> bool {
    let lines = text.lines().filter(|line| !line.trim().is_empty()).count();
    if lines < 8 {
        return false;
    }
    // Mostly links: a list of them, set one per line.
    let visible = text.chars().filter(|c| !c.is_whitespace()).count();
    if link_chars * 5 > visible {
        return false;
    }
    // Set in from the margin, like an RFC's pages: the layout is the author's, keep it.
    let indented: usize = text
        .lines()
        .filter(|line| line.starts_with(['\t', '\u{a0}']) || line.starts_with("  "))
        .map(str::len)
        .sum();
    if indented * 2 > text.len() {
        return false;
    }
    // Most of it in full lines, as a report's paragraphs are, whether wrapped or not; a
    // post or a poem broken into short lines keeps its breaks.
    let (long_lines, in_long_lines) = text
        .lines()
        .filter(|line| line.chars().count() >= 40)
        .fold((0usize, 0usize), |(count, bytes), line| {
            (count + 1, bytes + line.len())
        });
    if in_long_lines * 10 < text.len() * 6 {
        return false;
    }
    let mut words = 0usize;
    let mut plain_words = 0usize;
    for word in text.split_whitespace() {
        words += 1;
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        if !bare.is_empty()
            && bare
                .chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        {
            plain_words += 1;
        }
    }
    let sentence_ends = text.matches(". ").count() + text.matches(".\n").count();
    let code_marks = text
        .bytes()
        .filter(|b| matches!(b, b'{' | b'}' | b';' | b'=' | b'<' | b'>' | b'|'))
        .count();
    words >= lines * 4
        && plain_words * 10 >= words * 7
        && sentence_ends * 4 >= long_lines
        && code_marks * 100 < text.len()
}

/// Preformatted text without leading blank lines and trailing whitespace.
fn tidy_preformatted(text: &str) -> &str {
    let text = text.trim_end();
    let first_visible = text
        .find(|c: char| !c.is_whitespace())
        .unwrap_or(text.len());
    let line_start = text
        .get(..first_visible)
        .and_then(|s| s.rfind('\n'))
        .map_or(0, |at| at + 1);
    text.get(line_start..).unwrap_or("")
}

fn has_alphanumeric(text: &str) -> bool {
    text.chars().any(char::is_alphanumeric)
}

/// Elements whose content is never text of the page.
fn is_skipped(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "head"
            | "title"
            | "meta"
            | "link"
            | "svg"
            | "math"
            | "iframe"
            | "frame"
            | "frameset"
            | "noframes"
            | "object"
            | "embed"
            | "applet"
            | "param"
            | "canvas"
            | "audio"
            | "video"
            | "source"
            | "track"
            | "select"
            | "option"
            | "optgroup"
            | "datalist"
            | "button"
            | "input"
            | "textarea"
            | "img"
            | "map"
            | "dialog"
    )
}

/// Elements that start and end a block.
fn is_block_level(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "section"
            | "article"
            | "main"
            | "li"
            | "dd"
            | "dt"
            | "dl"
            | "ul"
            | "ol"
            | "dir"
            | "menu"
            | "blockquote"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "hgroup"
            | "pre"
            | "listing"
            | "xmp"
            | "plaintext"
            | "table"
            | "caption"
            | "thead"
            | "tbody"
            | "tfoot"
            | "tr"
            | "td"
            | "th"
            | "form"
            | "fieldset"
            | "legend"
            | "header"
            | "footer"
            | "nav"
            | "aside"
            | "address"
            | "figure"
            | "figcaption"
            | "center"
            | "details"
            | "summary"
            | "body"
            | "html"
            | "rss"
            | "channel"
            | "item"
            | "entry"
            | "feed"
    )
}

/// The attributes the walk cares about, read in one pass.
#[derive(Default)]
struct Attrs<'a> {
    hidden: bool,
    href: bool,
    colspan: usize,
    class: &'a str,
    id: &'a str,
    role: &'a str,
}

impl<'a> Attrs<'a> {
    fn of(element: &'a Element) -> Self {
        let mut attrs = Attrs {
            colspan: 1,
            ..Attrs::default()
        };
        for (name, value) in element.attrs() {
            match name {
                "hidden" => attrs.hidden = true,
                "aria-hidden" => attrs.hidden |= value.trim().eq_ignore_ascii_case("true"),
                "style" => attrs.hidden |= style_hides(value),
                "type" => attrs.hidden |= value.trim().eq_ignore_ascii_case("hidden"),
                "href" => attrs.href = true,
                "colspan" => attrs.colspan = value.trim().parse().unwrap_or(1),
                "class" => attrs.class = value,
                "id" => attrs.id = value,
                "role" => attrs.role = value,
                _ => {}
            }
        }
        attrs
    }

    fn role_is(&self, roles: &[&str]) -> bool {
        let role = self.role.trim();
        roles.iter().any(|r| role.eq_ignore_ascii_case(r))
    }

    /// Visually hidden text, Wikipedia's edit links and citation markers.
    fn is_skipped(&self, name: &str) -> bool {
        self.class.split_ascii_whitespace().any(|class| {
            matches!(
                class,
                "sr-only"
                    | "screen-reader-text"
                    | "visually-hidden"
                    | "visuallyhidden"
                    | "mw-editsection"
            ) || (name == "sup" && class == "reference")
        })
    }
}

/// Whether an inline style hides the element.
pub(super) fn style_hides(style: &str) -> bool {
    style.split(';').any(|declaration| {
        let Some((property, value)) = declaration.split_once(':') else {
            return false;
        };
        let (property, value) = (property.trim(), value.trim());
        let value = value.split_ascii_whitespace().next().unwrap_or("");
        (property.eq_ignore_ascii_case("display") && value.eq_ignore_ascii_case("none"))
            || (property.eq_ignore_ascii_case("visibility") && value.eq_ignore_ascii_case("hidden"))
    })
}

/// Whether this element marks site furniture (see [`SourceBlock::in_chrome_element`]).
fn marks_chrome(name: &str, attrs: &Attrs<'_>, in_article: bool) -> bool {
    match name {
        "nav" | "aside" | "menu" | "footer" => return true,
        "header" if !in_article => return true,
        _ => {}
    }
    let chrome_roles = [
        "navigation",
        "contentinfo",
        "complementary",
        "search",
        "menu",
        "menubar",
    ];
    if attrs.role_is(&chrome_roles) || (!in_article && attrs.role_is(&["banner"])) {
        return true;
    }
    // The Wayback Machine's toolbar.
    if attrs.id.starts_with("wm-ipp") || attrs.id.starts_with("donato") {
        return true;
    }
    // Blogger's `class="widget Blog"`: a widget that holds the blog's posts is the content,
    // as a class naming the content whole says.
    let names_content = attrs
        .class
        .split_ascii_whitespace()
        .any(|token| word(token) == Word::Content || token.eq_ignore_ascii_case("blog"));
    // (Its id still speaks for itself: `<div id="sidebar" class="text">` is the sidebar.)
    chrome_token(attrs.id.trim(), in_article)
        || (!names_content
            && attrs
                .class
                .split_ascii_whitespace()
                .any(|token| chrome_token(token, in_article)))
}

/// How a part of a class or id name reads.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Word {
    Chrome,
    /// Chrome, unless inside an article: its header is the article's own.
    HeaderChrome,
    /// Names the content itself: `entry-header`, `content-sidebar-wrap` are not chrome.
    Content,
    /// `has-sidebar`, `no-menu` describe the element's layout, not what it is.
    Modifier,
    Other,
}

fn word(part: &str) -> Word {
    let mut lower = [0u8; 16];
    let Some(buffer) = lower.get_mut(..part.len()) else {
        return Word::Other;
    };
    buffer.copy_from_slice(part.as_bytes());
    buffer.make_ascii_lowercase();
    match &*buffer {
        b"nav" | b"navbar" | b"navigation" | b"navbox" | b"sidenav" | b"topnav" | b"menu"
        | b"menubar" | b"breadcrumb" | b"breadcrumbs" | b"footer" | b"sidebar" | b"cookie"
        | b"cookies" | b"social" | b"share" | b"sharing" | b"related" | b"comments" | b"widget"
        | b"widgets" | b"skip" | b"pagination" | b"pager" | b"toolbar" | b"subscribe"
        | b"newsletter" | b"jump" | b"ad" | b"ads" | b"advert" | b"adverts" | b"advertisement"
        | b"help" => Word::Chrome,
        b"header" | b"masthead" | b"banner" => Word::HeaderChrome,
        b"content" | b"article" | b"post" | b"entry" | b"story" | b"body" | b"text" | b"title"
        | b"headline" => Word::Content,
        b"has" | b"no" | b"with" | b"without" | b"is" => Word::Modifier,
        _ => Word::Other,
    }
}

/// Whether a class or id token names chrome: it is a chrome word, or has one among its
/// hyphen/underscore parts — first (`sidebar-content`), or anywhere when no part names
/// content and it does not start with a modifier (`site-footer`, not `has-sidebar` or
/// `entry-header`).
fn chrome_token(token: &str, in_article: bool) -> bool {
    let mut has_chrome = false;
    let mut has_content = false;
    let mut modifier_first = false;
    let mut previous = "";
    for (index, part) in token
        .split(['-', '_'])
        .filter(|p| !p.is_empty())
        .enumerate()
    {
        // `side-bar` is the one chrome word that is itself hyphenated.
        let side_bar = previous.eq_ignore_ascii_case("side") && part.eq_ignore_ascii_case("bar");
        previous = part;
        let chrome = match word(part) {
            _ if side_bar => true,
            Word::Chrome => true,
            Word::HeaderChrome => !in_article,
            Word::Content => {
                has_content = true;
                false
            }
            Word::Modifier => {
                modifier_first |= index == 0;
                false
            }
            Word::Other => false,
        };
        if chrome && (index == 0 || side_bar && index == 1) {
            return true;
        }
        has_chrome |= chrome;
    }
    has_chrome && !has_content && !modifier_first
}

/// Decides whether a `<table>` holds data (see the module notes), scanning no further than its
/// first nested table. Rows and columns are counted only where cells have text, so spacer
/// rows and columns do not make a layout table look like data. A single row is data when it
/// has three or more cells that are all headers or mostly numbers: some sites split one table
/// into a table per row.
fn is_data_table(table: Dom<'_>) -> bool {
    let mut scan = TableScan {
        rows: 0,
        max_cells: 0,
        row: RowScan::default(),
        last_row: RowScan::default(),
        cell: None,
        open_blocks: Vec::new(),
    };
    if !traverse(table, &mut scan) {
        return false;
    }
    let single_row = scan.last_row;
    match scan.rows {
        0 => false,
        1 => {
            single_row.cells >= 3
                && (single_row.numeric * 2 >= single_row.cells
                    || single_row.headers == single_row.cells)
        }
        _ => scan.max_cells >= 2,
    }
}

struct CellScan {
    id: NodeId,
    header: bool,
    chars: usize,
    digits: usize,
    letters: usize,
    blocks: usize,
    last_block: Option<NodeId>,
}

/// Cells with text in one row.
#[derive(Clone, Copy, Default)]
struct RowScan {
    cells: usize,
    numeric: usize,
    headers: usize,
}

struct TableScan {
    /// Rows with text in at least one cell.
    rows: usize,
    /// The most cells with text in one row.
    max_cells: usize,
    row: RowScan,
    last_row: RowScan,
    cell: Option<CellScan>,
    /// Block-level elements open inside the current cell.
    open_blocks: Vec<NodeId>,
}

impl Visitor for TableScan {
    fn open(&mut self, node: Dom<'_>) -> Flow {
        match node.value() {
            Node::Text(text) => {
                let Some(cell) = &mut self.cell else {
                    return Flow::Skip;
                };
                let mut visible = 0;
                for c in text.chars().filter(|c| !c.is_whitespace()) {
                    visible += 1;
                    cell.digits += usize::from(c.is_numeric());
                    cell.letters += usize::from(c.is_alphabetic());
                }
                if visible == 0 {
                    return Flow::Skip;
                }
                cell.chars += visible;
                let owner = self.open_blocks.last().copied().unwrap_or(cell.id);
                if cell.last_block != Some(owner) {
                    cell.blocks += 1;
                    cell.last_block = Some(owner);
                }
                if cell.chars > LONG_CELL_CHARS || cell.blocks >= 2 {
                    return Flow::Stop;
                }
                Flow::Skip
            }
            Node::Element(element) => {
                let name = element.name();
                let attrs = Attrs::of(element);
                if is_skipped(name) || attrs.hidden || attrs.is_skipped(name) {
                    return Flow::Skip;
                }
                match name {
                    "table" => Flow::Stop,
                    "tr" => {
                        self.row = RowScan::default();
                        Flow::Descend
                    }
                    "td" | "th" => {
                        self.open_blocks.clear();
                        self.cell = Some(CellScan {
                            id: node.id(),
                            header: name == "th",
                            chars: 0,
                            digits: 0,
                            letters: 0,
                            blocks: 0,
                            last_block: None,
                        });
                        Flow::Descend
                    }
                    _ => {
                        if self.cell.is_some() && is_block_level(name) {
                            self.open_blocks.push(node.id());
                        }
                        Flow::Descend
                    }
                }
            }
            _ => Flow::Skip,
        }
    }

    fn close(&mut self, node: Dom<'_>) {
        let Some(element) = node.value().as_element() else {
            return;
        };
        match element.name() {
            "tr" => {
                if self.row.cells > 0 {
                    self.rows += 1;
                    self.max_cells = self.max_cells.max(self.row.cells);
                    self.last_row = self.row;
                }
            }
            "td" | "th" => {
                if let Some(cell) = self.cell.take()
                    && cell.chars > 0
                {
                    self.row.cells += 1;
                    self.row.numeric += usize::from(cell.digits > 0 && cell.digits >= cell.letters);
                    self.row.headers += usize::from(cell.header);
                }
            }
            _ => {
                if self.open_blocks.last() == Some(&node.id()) {
                    self.open_blocks.pop();
                }
            }
        }
    }
}

/// Drops the tags of elements nested deeper than `max_depth`, keeping their text, so that the
/// parser stays linear. A light tokenizer counts elements that need an end tag (not void
/// elements, not those whose end tag is optional like `p`, `li`, `td`), skipping comments and
/// the content of `script`, `style` and other raw-text elements. Borrows when nothing is
/// that deep, which is every real page.
fn limit_nesting(html: &str, max_depth: usize) -> Cow<'_, str> {
    let bytes = html.as_bytes();
    let mut depth = 0usize;
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut at = 0;
    while let Some(offset) = bytes.get(at..).and_then(|rest| memchr::memchr(b'<', rest)) {
        let start = at + offset;
        let rest = bytes.get(start..).unwrap_or_default();
        if rest.starts_with(b"<!--") {
            at = find_bytes(rest, b"-->", 4).map_or(bytes.len(), |end| start + end + 3);
            continue;
        }
        if matches!(rest.get(1), Some(b'!' | b'?')) {
            at = find_bytes(rest, b">", 1).map_or(bytes.len(), |end| start + end + 1);
            continue;
        }
        let closing = rest.get(1) == Some(&b'/');
        let name_start = 1 + usize::from(closing);
        let name_len = rest
            .get(name_start..)
            .unwrap_or_default()
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b':' | b'_'))
            .count();
        if name_len == 0 || !rest.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
            at = start + 1;
            continue;
        }
        let name = rest
            .get(name_start..name_start + name_len)
            .unwrap_or_default();
        let end = start + tag_end(rest, name_start + name_len);
        let self_closing = end >= 2 && bytes.get(end - 2) == Some(&b'/');
        let counted = !self_closing && !is_void_or_optional_end(name);
        let deep = if !counted {
            false
        } else if closing {
            let deep = depth > max_depth;
            depth = depth.saturating_sub(1);
            deep
        } else {
            depth += 1;
            depth > max_depth
        };
        if deep {
            let out = out.get_or_insert_with(|| String::with_capacity(html.len()));
            out.push_str(html.get(copied..start).unwrap_or(""));
            copied = end;
        }
        at = end;
        if !closing && is_raw_text(name) {
            let mut close_tag = b"</".to_vec();
            close_tag.extend_from_slice(name);
            at = find_bytes_ignore_case(bytes, &close_tag, end).unwrap_or(bytes.len());
        }
    }
    match out {
        None => Cow::Borrowed(html),
        Some(mut out) => {
            out.push_str(html.get(copied..).unwrap_or(""));
            Cow::Owned(out)
        }
    }
}

/// The offset just past the `>` ending a tag whose name ends at `from`, skipping quoted
/// attribute values.
fn tag_end(tag: &[u8], from: usize) -> usize {
    // Only a `>` or a quote can matter: jump from one to the next (memchr), and open a quoted
    // value only where the last byte before the quote, white space aside, is `=`.
    let mut at = from;
    while let Some(offset) = tag
        .get(at..)
        .and_then(|rest| memchr::memchr3(b'>', b'"', b'\'', rest))
    {
        let found = at + offset;
        let quote = tag[found];
        if quote == b'>' {
            return found + 1;
        }
        let opens_value = tag[from..found]
            .iter()
            .rev()
            .find(|b| !b.is_ascii_whitespace())
            == Some(&b'=');
        at = found + 1;
        if opens_value {
            match memchr::memchr(quote, &tag[at..]) {
                Some(close) => at += close + 1,
                None => return tag.len(),
            }
        }
    }
    tag.len()
}

fn is_void_or_optional_end(name: &[u8]) -> bool {
    const NAMES: [&[u8]; 31] = [
        b"area",
        b"base",
        b"br",
        b"col",
        b"embed",
        b"hr",
        b"img",
        b"input",
        b"link",
        b"meta",
        b"param",
        b"source",
        b"track",
        b"wbr",
        b"image",
        b"p",
        b"li",
        b"dt",
        b"dd",
        b"tr",
        b"td",
        b"th",
        b"option",
        b"optgroup",
        b"thead",
        b"tbody",
        b"tfoot",
        b"colgroup",
        b"html",
        b"head",
        b"body",
    ];
    NAMES.iter().any(|n| n.eq_ignore_ascii_case(name))
}

fn is_raw_text(name: &[u8]) -> bool {
    const NAMES: [&[u8]; 9] = [
        b"script",
        b"style",
        b"textarea",
        b"title",
        b"xmp",
        b"iframe",
        b"noembed",
        b"noframes",
        b"plaintext",
    ];
    NAMES.iter().any(|n| n.eq_ignore_ascii_case(name))
}

/// [`super::scan::find`] from byte `from` on, as an index into the whole of `haystack`.
fn find_bytes(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    super::scan::find(haystack.get(from..)?, needle).map(|at| at + from)
}

/// [`super::scan::find_ignore_case`] from byte `from` on, as an index into `haystack`.
fn find_bytes_ignore_case(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    super::scan::find_ignore_case(haystack.get(from..)?, needle).map(|at| at + from)
}

/// Whether the page is an RSS or Atom feed rather than HTML.
fn looks_like_feed(text: &str) -> bool {
    let mut end = text.len().min(4096);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = text.get(..end).unwrap_or("").to_ascii_lowercase();
    let feed_root = ["<rss", "<feed", "<rdf:rdf"]
        .iter()
        .any(|root| head.contains(root));
    feed_root && !head.contains("<html") && !head.contains("<body")
}

/// Replaces `<![CDATA[…]]>` sections (which an HTML parser would drop as comments) by their
/// content, escaped, so that it reaches the DOM as text.
fn unwrap_cdata(text: &str) -> Cow<'_, str> {
    if !text.contains("<![CDATA[") {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("<![CDATA[") {
        out.push_str(rest.get(..start).unwrap_or(""));
        let inside = rest.get(start + 9..).unwrap_or("");
        let end = inside.find("]]>").unwrap_or(inside.len());
        for c in inside.get(..end).unwrap_or("").chars() {
            match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                c => out.push(c),
            }
        }
        rest = inside.get(end + 3..).unwrap_or("");
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// All text below `node`, as it is.
fn raw_text(node: Dom<'_>) -> String {
    let mut text = String::new();
    for descendant in node.descendants() {
        if let Node::Text(part) = descendant.value() {
            text.push_str(part);
        }
    }
    text
}

/// Whether text (an RSS description) carries HTML tags.
fn contains_markup(text: &str) -> bool {
    text.match_indices('<').any(|(at, _)| {
        text.as_bytes()
            .get(at + 1)
            .is_some_and(|&b| b.is_ascii_alphabetic() || b == b'/' || b == b'!')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus_text(name: &str) -> String {
        super::super::decode(&crate::load::test_corpus::real_file(name))
            .text
            .into_owned()
    }

    fn corpus_blocks(name: &str) -> Vec<SourceBlock> {
        source_blocks(&corpus_text(name))
    }

    fn texts(blocks: &[SourceBlock]) -> Vec<&str> {
        blocks.iter().map(|b| b.text.as_str()).collect()
    }

    fn find<'a>(blocks: &'a [SourceBlock], needle: &str) -> &'a SourceBlock {
        blocks
            .iter()
            .find(|b| b.text.contains(needle))
            .unwrap_or_else(|| panic!("no block contains {needle:?}"))
    }

    const WRAPPED_REPORT: &str = "I. Summary\n\
        Drug trafficking groups are increasingly targeting the country as a conduit\n\
        to smuggle drugs to Western Europe. The illicit drug market is small, but\n\
        officials are concerned that drug abuse and drug-related crime is rising.\n\
        The country has begun to take steps towards framing a national strategy.\n\
        A state interagency commission was established in 1995 to coordinate the\n\
        anti-narcotics activities of government agencies and public organizations.\n\
        Police seized over 5 tons of cannabis in the first ten months of the year.\n\
        \n\
        II. Status of Country\n\
        The country is not a significant producer of narcotics, but its position on\n\
        the routes from Central Asia makes it attractive to traffickers of heroin.";

    #[test]
    fn a_report_set_in_pre_is_read_as_the_text_file_it_is() {
        let blocks = source_blocks(&format!("<pre>{WRAPPED_REPORT}</pre>"));
        assert_eq!(
            texts(&blocks)[..3],
            [
                "I. Summary",
                "Drug trafficking groups are increasingly targeting the country as a conduit to \
                 smuggle drugs to Western Europe. The illicit drug market is small, but officials \
                 are concerned that drug abuse and drug-related crime is rising. The country has \
                 begun to take steps towards framing a national strategy. A state interagency \
                 commission was established in 1995 to coordinate the anti-narcotics activities \
                 of government agencies and public organizations. Police seized over 5 tons of \
                 cannabis in the first ten months of the year.",
                "II. Status of Country",
            ]
        );
        assert!(blocks.iter().all(|b| b.kind != BlockKind::Preformatted));
    }

    #[test]
    fn code_an_indented_layout_and_a_short_listing_in_pre_stay_preformatted() {
        let code =
            "fn main() {\n    let x = 5;\n    if x > 3 { println!(\"big\"); }\n}\n".repeat(4);
        let indented: String = WRAPPED_REPORT
            .lines()
            .map(|l| format!("   {l}\n"))
            .collect();
        for pre in [
            code.as_str(),
            indented.as_str(),
            "Total   5\nMen     3\nWomen   2",
        ] {
            let blocks = source_blocks(&format!("<pre>{pre}</pre>"));
            assert_eq!(blocks.len(), 1, "{pre}");
            assert_eq!(blocks[0].kind, BlockKind::Preformatted, "{pre}");
        }
    }

    #[test]
    fn a_report_with_a_br_at_every_line_end_is_reflowed_like_its_text_copy() {
        let html = WRAPPED_REPORT.replace('\n', "<br>\n");
        let blocks = source_blocks(&format!("<div>{html}</div>"));
        assert_eq!(
            texts(&blocks),
            texts(&source_blocks(&format!("<pre>{WRAPPED_REPORT}</pre>")))
        );
    }

    #[test]
    fn short_lines_broken_with_br_stay_apart_unless_they_run_on_in_lower_case() {
        let blocks = source_blocks(
            "<p>50p on 3 Aways<br>Doncaster/Stranraer/Rushden &amp; Diamonds<br>\
             and 50p on all nine results.<br>GET IN THERE.</p>",
        );
        assert_eq!(
            texts(&blocks),
            [
                "50p on 3 Aways",
                "Doncaster/Stranraer/Rushden & Diamonds and 50p on all nine results.",
                "GET IN THERE."
            ]
        );
    }

    #[test]
    fn scripts_styles_and_hidden_elements_never_reach_blocks() {
        let html = r#"<html><head><title>T</title><style>p { color: red }</style></head><body>
            <script>var secret = "script text";</script>
            <noscript>Enable JavaScript</noscript>
            <p>Visible one.</p>
            <div hidden>hidden attribute</div>
            <div aria-hidden="true">aria hidden</div>
            <div style="color: red; DISPLAY : none !important">display none</div>
            <span style="visibility:hidden">visibility hidden</span>
            <input type="hidden" value="x"><button>Click me</button>
            <select><option>Option text</option></select>
            <svg><text>svg text</text></svg>
            <!-- a comment -->
            <p>Visible two.</p></body></html>"#;
        assert_eq!(
            texts(&source_blocks(html)),
            ["Visible one.", "Visible two."]
        );
    }

    #[test]
    fn a_real_page_keeps_its_analytics_script_out_of_the_text() {
        let blocks = corpus_blocks("jis-gov-jm-investment-aice2022.html");
        assert!(
            blocks
                .iter()
                .all(|b| !b.text.contains("GoogleAnalyticsObject"))
        );
        assert!(blocks.iter().all(|b| !b.text.contains("function(")));
        find(&blocks, "Registration for AICE 2022 is now open");
    }

    #[test]
    fn nav_header_footer_and_chrome_classes_are_flagged() {
        let html = r#"<body>
            <header><p>Site name</p></header>
            <nav><ul><li><a href="/">Home</a></li></ul></nav>
            <div class="breadcrumbs">Home » News</div>
            <div id="site-footer-links">Footer links</div>
            <div role="complementary">Side note</div>
            <main><article><header><h1>Article title</h1></header>
              <p>Body text with a <span class="share-button">Share this</span> button.</p>
              <div class="content-sidebar-wrap">Wrapped body</div>
              <div class="has-sidebar">Layout modifier</div>
            </article></main>
            <footer><p>Copyright</p></footer></body>"#;
        let blocks = source_blocks(html);
        for chrome in [
            "Site name",
            "Home",
            "Home » News",
            "Footer links",
            "Side note",
            "Share this",
            "Copyright",
        ] {
            let block = blocks.iter().find(|b| b.text == chrome);
            assert!(
                block.is_some_and(|b| b.in_chrome_element),
                "{chrome} should be chrome"
            );
        }
        for content in [
            "Article title",
            "Body text with a",
            "button.",
            "Wrapped body",
            "Layout modifier",
        ] {
            let block = blocks.iter().find(|b| b.text == content);
            assert!(
                block.is_some_and(|b| !b.in_chrome_element),
                "{content} should be content"
            );
        }
    }

    #[test]
    fn a_real_page_flags_its_menus_and_footer_but_not_its_article() {
        let blocks = corpus_blocks("jis-gov-jm-investment-aice2022.html");
        assert!(find(&blocks, "Copyright 2020 The Jamaica Information Service").in_chrome_element);
        assert!(find(&blocks, "Emancipation Stalwarts").in_chrome_element);
        assert!(!find(&blocks, "Registration for AICE 2022 is now open").in_chrome_element);
        let title = blocks.iter().find(|b| {
            b.kind == BlockKind::Heading && b.text.starts_with("Wide Range Of Investment")
        });
        assert!(title.is_some_and(|t| t.level == 1 && !t.in_chrome_element));
    }

    #[test]
    fn the_wayback_toolbar_is_chrome() {
        let blocks = corpus_blocks("wayback-2007-alternatives-economiques-35heures.html");
        assert!(find(&blocks, "The Wayback Machine").in_chrome_element);
        let body = find(&blocks, "Les Français travaillent-ils trop peu");
        assert!(!body.in_chrome_element);
        find(&blocks, "passe alors à 1\u{A0}456\u{A0}heures annuelles");
    }

    #[test]
    fn headings_come_out_with_levels_and_front_matter_is_dropped() {
        let blocks = corpus_blocks("factbook-kazakhstan-2020-profile.html");
        let first = &blocks[0];
        assert_eq!(
            (first.kind, first.level, first.text.as_str()),
            (BlockKind::Heading, 2, "Introduction")
        );
        let background = &blocks[1];
        assert_eq!(
            (background.kind, background.level, background.text.as_str()),
            (BlockKind::Heading, 3, "Background:")
        );
        assert!(
            blocks
                .iter()
                .all(|b| !b.text.contains("permalink") && !b.text.contains("layout:"))
        );
        find(&blocks, "Illicit drugs:");
    }

    #[test]
    fn a_wikipedia_data_table_is_one_table_block_with_tab_separated_cells() {
        let blocks = corpus_blocks("wikipedia-new-zealand.html");
        let tables: Vec<_> = blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Table)
            .collect();
        assert_eq!(tables.len(), 1, "only the climate table holds data");
        let rows: Vec<&str> = tables[0].text.lines().collect();
        assert_eq!(
            rows[0],
            "Location\tJan/Feb (°C)\tJan/Feb (°F)\tJuly (°C)\tJuly (°F)"
        );
        assert_eq!(rows[1], "Auckland\t23/16\t74/60\t14/7\t58/45");
        assert_eq!(rows.len(), 7);
        // The infobox is a layout table: its cells flow as paragraphs.
        let capital = blocks.iter().position(|b| b.text == "Capital");
        assert!(capital.is_some_and(|i| blocks[i + 1].text == "Wellington"));
        // Citation markers and edit links are gone.
        assert!(blocks.iter().all(|b| !b.text.contains("[edit]")));
        assert!(
            !find(&blocks, "Since 1876, various councils")
                .text
                .contains("[121]")
        );
    }

    #[test]
    fn sec_financial_statements_are_tables() {
        let blocks = corpus_blocks("sec-10k-galaxy-gaming-2021-inline-xbrl.html");
        let revenue = blocks
            .iter()
            .find(|b| b.kind == BlockKind::Table && b.text.contains("Licensing fees"))
            .map(|b| b.text.as_str());
        let Some(revenue) = revenue else {
            panic!("no revenue table");
        };
        assert!(
            revenue
                .lines()
                .any(|row| row.starts_with("Total revenue\t") && row.contains("19,984,378"))
        );
        // The hidden inline-XBRL header never shows.
        assert!(blocks.iter().all(|b| !b.text.contains("http://fasb.org")));
    }

    #[test]
    fn layout_tables_flow_as_paragraphs_and_nested_data_tables_survive() {
        let html = r#"<table><tr><td><p>Intro paragraph.</p><p>Second paragraph.</p>
              <table><tr><th>Year</th><th>Value</th></tr><tr><td>1990</td><td>4.5</td></tr></table>
            </td><td>Side cell</td></tr></table>
            <table><tr><td>One column</td></tr><tr><td>Second row</td></tr></table>
            <table role="presentation"><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>
            <table><tr><td>Only</td><td>one row</td></tr></table>"#;
        let blocks = source_blocks(html);
        let summary: Vec<_> = blocks.iter().map(|b| (b.kind, b.text.as_str())).collect();
        assert_eq!(
            summary,
            [
                (BlockKind::Paragraph, "Intro paragraph."),
                (BlockKind::Paragraph, "Second paragraph."),
                (BlockKind::Table, "Year\tValue\n1990\t4.5"),
                (BlockKind::Paragraph, "Side cell"),
                (BlockKind::Paragraph, "One column"),
                (BlockKind::Paragraph, "Second row"),
                (BlockKind::Paragraph, "a"),
                (BlockKind::Paragraph, "b"),
                (BlockKind::Paragraph, "c"),
                (BlockKind::Paragraph, "d"),
                (BlockKind::Paragraph, "Only"),
                (BlockKind::Paragraph, "one row"),
            ]
        );
    }

    #[test]
    fn a_table_split_into_one_table_per_row_is_rejoined() {
        let blocks = corpus_blocks("laviedesidees-evaluation-listes-revues.html");
        let tables: Vec<_> = blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Table)
            .collect();
        assert_eq!(tables.len(), 1);
        let rows: Vec<&str> = tables[0].text.lines().collect();
        assert_eq!(rows.len(), 15);
        assert!(rows[0].starts_with("Domaine\tNombre d’articles\t"));
        assert_eq!(
            rows[1],
            "Revues Généralistes\t316\t630\t18\t2.9\t12\t38\t3.8\t12"
        );
        assert!(rows[14].starts_with("Ensemble des revues classées 1 ou 1*\t1636\t"));
    }

    #[test]
    fn data_table_cells_are_collapsed_padded_for_colspan_and_empty_rows_dropped() {
        let html = "<table><caption>Exports</caption>
            <tr><th colspan=2>Trade\tpartners</th><th>Share</th></tr>
            <tr><td></td><td> </td><td></td></tr>
            <tr><td><p>China</p></td><td>\n  Asia <br> East</td><td><a href='#'>28%</a></td></tr></table>";
        let blocks = source_blocks(html);
        assert_eq!(
            texts(&blocks),
            ["Exports", "Trade partners\t\tShare\nChina\tAsia East\t28%"]
        );
        assert_eq!(blocks[1].link_chars, 3);
    }

    #[test]
    fn whitespace_collapses_entities_decode_and_a_lone_nbsp_is_kept() {
        let html = "<p>  Growth&nbsp;&nbsp;was \n\t 40&nbsp;% in&#160;1990 &amp; <b>more</b>&hellip;&nbsp;</p><p>&nbsp;</p><p>-- * --</p>";
        assert_eq!(
            texts(&source_blocks(html)),
            ["Growth was 40\u{A0}% in\u{A0}1990 & more…"]
        );
    }

    #[test]
    fn br_splits_lines_into_blocks_but_not_hard_wrapped_sentences() {
        let html = "<p>Population: 4,917,000<br>Area: 268,021 km2<br><br>New paragraph that was\
            <br>wrapped by hand.<br>\nNext line.</p>";
        assert_eq!(
            texts(&source_blocks(html)),
            [
                "Population: 4,917,000",
                "Area: 268,021 km2",
                "New paragraph that was wrapped by hand.",
                "Next line."
            ]
        );
    }

    #[test]
    fn preformatted_text_keeps_its_line_breaks() {
        let html =
            "<pre>\n\n   Col A    Col B\r\n   1        2<br>   3        4\n\n</pre><p>after</p>";
        let blocks = source_blocks(html);
        assert_eq!(blocks[0].kind, BlockKind::Preformatted);
        assert_eq!(
            blocks[0].text,
            "   Col A    Col B\n   1        2\n   3        4"
        );
        assert_eq!(blocks[1].text, "after");
    }

    #[test]
    fn list_items_links_and_empty_blocks() {
        let html = "<ul><li>First <a href='/x'>linked</a> item</li><li><a name='anchor'>Plain</a></li><li>  </li><li>•</li></ul>";
        let blocks = source_blocks(html);
        assert_eq!(texts(&blocks), ["First linked item", "Plain"]);
        assert!(blocks.iter().all(|b| b.kind == BlockKind::ListItem));
        assert_eq!(blocks[0].link_chars, "linked".len());
        assert_eq!(blocks[1].link_chars, 0);
    }

    #[test]
    fn greek_rss_items_become_headings() {
        let blocks = corpus_blocks("naftemporiki-economy-rss-2006-iso88597.xml");
        assert_eq!((blocks[0].kind, blocks[0].level), (BlockKind::Heading, 1));
        assert_eq!(blocks[0].text, "Η ΝΑΥΤΕΜΠΟΡΙΚΗ : ΟΙΚΟΝΟΜΙΑ");
        let item = find(&blocks, "Ανακατατάξεις στις μεταφορές");
        assert_eq!((item.kind, item.level), (BlockKind::Heading, 2));
        assert!(
            blocks
                .iter()
                .all(|b| !b.text.contains("http://") && !b.text.contains("2006"))
        );
    }

    #[test]
    fn feed_descriptions_with_escaped_html_or_cdata_are_parsed() {
        let feed = "<?xml version=\"1.0\"?><rss><channel><title>Feed</title>\
            <item><title>One</title><link>http://x</link><description>&lt;p&gt;First &amp;amp; best&lt;/p&gt;&lt;p&gt;Second&lt;/p&gt;</description></item>\
            <item><title>Two</title><description><![CDATA[<p>Cdata <b>para</b></p>]]></description></item>\
            </channel></rss>";
        assert_eq!(
            texts(&source_blocks(feed)),
            ["Feed", "One", "First & best", "Second", "Two", "Cdata para"]
        );
    }

    #[test]
    fn a_100000_deep_nest_of_divs_loads_on_a_small_stack() {
        let depth = 100_000;
        let html = format!(
            "<body>{}deep text{}<p>after</p>",
            "<div>".repeat(depth),
            "</div>".repeat(depth)
        );
        let worker = std::thread::Builder::new()
            .stack_size(2 * 1024 * 1024)
            .spawn(move || source_blocks(&html))
            .unwrap_or_else(|e| panic!("cannot start thread: {e}"));
        let blocks = worker
            .join()
            .unwrap_or_else(|_| panic!("the walk overflowed or panicked"));
        assert_eq!(texts(&blocks), ["deep text", "after"]);
    }

    #[test]
    fn nesting_deeper_than_the_limit_is_flattened_and_shallow_pages_are_borrowed() {
        let shallow = "<div><p>a</p><script>if (a < b) { x = '<div>'; }</script></div>";
        assert!(matches!(limit_nesting(shallow, 3), Cow::Borrowed(_)));
        let deep = "<div><div><div><div>x</div></div></div></div>";
        assert_eq!(limit_nesting(deep, 2), "<div><div>x</div></div>");
    }

    #[test]
    fn a_2000_by_100_table_loads() {
        let row = format!("<tr>{}</tr>", "<td>12.5</td>".repeat(100));
        let html = format!("<table>{}</table>", row.repeat(2000));
        let blocks = source_blocks(&html);
        assert_eq!(blocks.len(), 1);
        assert_eq!(blocks[0].text.lines().count(), 2000);
        assert_eq!(
            blocks[0].text.lines().next().map(|r| r.split('\t').count()),
            Some(100)
        );
    }

    #[test]
    fn malformed_markup_never_panics() {
        let inputs = [
            "",
            "<",
            "</table></td><td>x",
            "<table><td>a<table><td>b</table>c",
            "<tr><td>orphan",
            "<pre>",
            "<br><br><br>",
            "<a href=x><p>link<div>block</a>after",
            "<![CDATA[x",
            "<rss><item><description>&lt;p",
            "<div style=\"display:\">x</div><p colspan=99999999999999999999>y",
            "<table><caption><table><tr><td>x</td></tr></table></caption></table>",
            "\u{0}\u{FFFD}<p>\u{0}text",
        ];
        for input in inputs {
            let _ = source_blocks(input);
        }
    }

    #[test]
    fn every_corpus_page_parses_into_blocks() {
        let dir = format!("{}/../shared/corpus/real", env!("CARGO_MANIFEST_DIR"));
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.ends_with(".html") || name.ends_with(".xml") || name.ends_with(".php") {
                let blocks = corpus_blocks(&name);
                assert!(blocks.len() > 5, "{name}: {} blocks", blocks.len());
                for block in &blocks {
                    let chars = block.text.chars().count();
                    assert!(block.link_chars <= chars, "{name}: {block:?}");
                    assert!(has_alphanumeric(&block.text), "{name}: {block:?}");
                    if matches!(
                        block.kind,
                        BlockKind::Paragraph | BlockKind::Heading | BlockKind::ListItem
                    ) {
                        assert_eq!(block.text.trim(), block.text, "{name}");
                        assert!(!block.text.contains(['\n', '\t']), "{name}: {block:?}");
                        assert!(!block.text.contains("  "), "{name}: {block:?}");
                    }
                }
            }
        }
    }
}
