//! The reading view: the document body as a column of rows (the title card, then one row per
//! block, with removed site chrome in between when it is shown), drawn only where visible.
//!
//! ## Why rows with known heights
//! A 22 MB report has some 60,000 blocks; laying them all out each frame (or even once per
//! window width) would freeze the window. Each row has a height: an estimate from its length
//! until the row is first laid out, the exact height after. The heights sit in a Fenwick tree
//! (`RowHeights`), so the top of any row, the row at any scroll offset and the update of
//! one height each cost O(log n): a jump to a heading is a lookup, never a walk over the
//! document, and `ScrollArea::scroll_to_*` (which cannot reach undrawn rows) is not needed.
//!
//! Rows near the viewport (one screen above and below) are laid out exactly each frame and
//! their galleys cached (keyed by width, zoom, theme and a decoration generation for find hits
//! and selection). When an exact height differs from its estimate above the first visible row,
//! the rows are drawn shifted back by the difference and the scroll offset is moved by the same
//! amount, so the text under the reader's eyes never jumps.

use super::theme::{self, Palette};
use crate::app::command::Command;
use crate::document::{BlockKind, Document, Span, Statistic};
use egui::text::{LayoutJob, TextFormat};
use egui::{Color32, CursorIcon, FontId, Galley, Pos2, Rect, Stroke, Vec2};
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

/// How wide the reading column may get, in average characters of body text.
const MEASURE_CHARS: f32 = 72.0;
/// Horizontal room left and right of the column.
const SIDE_MARGIN_PX: f32 = 28.0;
/// Space above the title card.
const TOP_MARGIN_PX: f32 = 36.0;
/// Rows within this many screens above and below the viewport are laid out exactly.
const LAYOUT_MARGIN_SCREENS: f32 = 1.0;
/// How many rows of that margin are laid out per frame, at most.
const MARGIN_ROWS_PER_FRAME: usize = 4;
/// How long a figure flashes after a jump to it.
const FLASH_SECS: f64 = 1.6;
/// The gap kept above a heading brought to the top.
const JUMP_GAP_PX: f32 = 10.0;

/// One row of the body.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RowKind {
    /// Title, issuer, date, file and encoding.
    Header,
    /// `Document::blocks[i]`.
    Block(usize),
    /// `Document::removed[i]`, shown greyed.
    Removed(usize),
}

/// Where to scroll.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placement {
    /// The row holding the offset goes to the top of the view (headings).
    RowAtTop,
    /// The offset is brought into view if it is not (find hits, figures).
    Reveal,
}

/// A scroll the next frame performs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ScrollTarget {
    pub offset: usize,
    pub placement: Placement,
}

/// What decides row layout; when it changes, heights are estimated anew.
#[derive(Clone, Copy, Debug, PartialEq)]
struct LayoutKey {
    column_width: f32,
    zoom: f32,
    show_chrome: bool,
}

/// Sizes measured from the fonts, for estimates.
#[derive(Clone, Copy, Debug, Default)]
struct Metrics {
    body_char_px: f32,
    ui_char_px: f32,
    ui_line_px: f32,
    mono_char_px: f32,
    mono_line_px: f32,
}

/// A laid-out run of text inside a row.
struct Piece {
    galley: Arc<Galley>,
    /// Relative to the row's top-left corner.
    pos: Vec2,
    /// The body bytes the galley shows, when it shows body text verbatim.
    span: Option<Span>,
    /// Laid out centred (the galley's origin is then the middle of its top edge).
    centered: bool,
}

impl Piece {
    /// Where the galley's origin lands, given where the row starts.
    fn origin(&self, row_origin: Pos2) -> Pos2 {
        let x = if self.centered {
            self.galley.size().x / 2.0
        } else {
            0.0
        };
        row_origin + self.pos + Vec2::new(x, 0.0)
    }
}

/// Something painted under the text of a row.
enum Backdrop {
    Fill(Rect, Color32),
    Line([Pos2; 2], Stroke),
    Bullet(Pos2, f32, Color32),
}

struct CachedRow {
    key: (u32, u32, bool, u64),
    height: f32,
    pieces: Vec<Piece>,
    backdrops: Vec<Backdrop>,
}

/// The body's per-document view state.
#[derive(Default)]
pub struct BodyState {
    key: Option<LayoutKey>,
    metrics: Metrics,
    rows: Vec<RowKind>,
    /// Characters per block, for estimates.
    block_chars: Vec<u32>,
    /// The row of each block.
    block_rows: Vec<usize>,
    heights: RowHeights,
    exact: Vec<bool>,
    cache: HashMap<usize, CachedRow>,
    /// Statistic indices ordered by where they start.
    stats_by_start: Vec<usize>,
    /// A scroll to perform on the next frame.
    pub pending: Option<ScrollTarget>,
    /// The figure (or other span) flashing after a jump, and when the flash started.
    pub flash: Option<(Span, f64)>,
    /// Bump when find hits or the selected figures change.
    pub decoration_generation: u64,
    /// The first row on screen and how far into it the view starts (0–1), from the last frame.
    anchor: Option<(usize, f32)>,
    /// The body offset at the top of the view, from the last frame.
    pub top_offset: usize,
    /// The first block on screen, from the last frame.
    pub first_visible_block: Option<usize>,
    /// The scroll offset of the last frame, in points.
    pub scroll_offset_px: f32,
    /// A scroll offset to set on the next frame, after rows above the view changed height.
    carried_offset: Option<f32>,
    /// How far through the document the view is (0–1).
    pub progress: f32,
}

/// What the body reads besides the document.
pub struct BodyInputs<'a> {
    pub document: &'a Document,
    pub tab_id: u64,
    pub hits: &'a [Span],
    pub current_hit: Option<usize>,
    pub selected_figures: &'a BTreeSet<usize>,
    pub show_chrome: bool,
    pub zoom: f32,
}

impl BodyState {
    /// The scroll position, in points, of the row holding `offset` (for tests and the status).
    pub fn row_top_of_offset(&self, document: &Document, offset: usize) -> Option<f32> {
        let row = self.row_of_offset(document, offset)?;
        Some(self.top(row))
    }

    fn row_of_offset(&self, document: &Document, offset: usize) -> Option<usize> {
        let block = document.block_at(offset)?;
        self.block_rows.get(block).copied()
    }

    fn rebuild(&mut self, document: &Document, key: LayoutKey, metrics: Metrics) {
        if self.stats_by_start.len() != document.statistics.len() {
            let mut order: Vec<usize> = (0..document.statistics.len()).collect();
            order.sort_by_key(|&i| document.statistics.get(i).map_or(0, |s| s.span.start));
            self.stats_by_start = order;
        }
        if self.block_chars.len() != document.blocks.len() {
            self.block_chars = document
                .blocks
                .iter()
                .map(|b| u32::try_from(document.slice(b.span).chars().count()).unwrap_or(u32::MAX))
                .collect();
        }
        self.rows = build_rows(document, key.show_chrome);
        self.block_rows = vec![0; document.blocks.len()];
        for (row, kind) in self.rows.iter().enumerate() {
            if let RowKind::Block(block) = kind
                && let Some(slot) = self.block_rows.get_mut(*block)
            {
                *slot = row;
            }
        }
        let estimates: Vec<f32> = self
            .rows
            .iter()
            .map(|row| estimate_height(document, *row, &self.block_chars, key, &metrics))
            .collect();
        self.heights = RowHeights::new(estimates);
        self.exact = vec![false; self.rows.len()];
        self.cache.clear();
        self.key = Some(key);
        self.metrics = metrics;
    }

    /// Where row `row` starts, in content coordinates.
    fn top(&self, row: usize) -> f32 {
        TOP_MARGIN_PX + self.heights.prefix(row) as f32
    }

    fn content_height(&self) -> f32 {
        TOP_MARGIN_PX + self.heights.total() as f32
    }

    /// The row whose extent holds `y`.
    fn row_at_y(&self, y: f32) -> usize {
        self.heights
            .row_at(f64::from(y - TOP_MARGIN_PX))
            .min(self.rows.len().saturating_sub(1))
    }
}

/// Row heights with O(log n) prefix sums (a Fenwick tree), so tops need no full pass.
#[derive(Debug, Default)]
struct RowHeights {
    values: Vec<f32>,
    /// 1-based Fenwick tree over `values`.
    tree: Vec<f64>,
}

impl RowHeights {
    fn new(values: Vec<f32>) -> Self {
        let n = values.len();
        let mut tree = vec![0.0; n + 1];
        for (i, v) in values.iter().enumerate() {
            tree[i + 1] += f64::from(*v);
            let parent = (i + 1) + ((i + 1) & (i + 1).wrapping_neg());
            if parent <= n {
                let carried = tree[i + 1];
                tree[parent] += carried;
            }
        }
        Self { values, tree }
    }

    fn get(&self, row: usize) -> f32 {
        self.values.get(row).copied().unwrap_or(0.0)
    }

    fn set(&mut self, row: usize, height: f32) {
        let Some(old) = self.values.get_mut(row) else {
            return;
        };
        let delta = f64::from(height) - f64::from(*old);
        *old = height;
        if delta == 0.0 {
            return;
        }
        let mut i = row + 1;
        while let Some(node) = self.tree.get_mut(i) {
            *node += delta;
            i += i & i.wrapping_neg();
        }
    }

    /// The sum of the heights of rows `0..row`.
    fn prefix(&self, row: usize) -> f64 {
        let mut i = row.min(self.values.len());
        let mut sum = 0.0;
        while i > 0 {
            sum += self.tree.get(i).copied().unwrap_or(0.0);
            i -= i & i.wrapping_neg();
        }
        sum
    }

    fn total(&self) -> f64 {
        self.prefix(self.values.len())
    }

    /// The row whose extent holds `y` (0 above the first, the last below the end).
    fn row_at(&self, y: f64) -> usize {
        let n = self.values.len();
        if y <= 0.0 || n == 0 {
            return 0;
        }
        let mut position = 0;
        let mut remaining = y;
        let mut step = n.next_power_of_two();
        while step > 0 {
            let next = position + step;
            if let Some(&node) = self.tree.get(next)
                && node <= remaining
            {
                position = next;
                remaining -= node;
            }
            step /= 2;
        }
        position.min(n.saturating_sub(1))
    }
}

/// The rows of a document, in reading order.
fn build_rows(document: &Document, show_chrome: bool) -> Vec<RowKind> {
    let mut rows = Vec::with_capacity(document.blocks.len() + 1);
    rows.push(RowKind::Header);
    let mut removed = 0;
    for (i, block) in document.blocks.iter().enumerate() {
        if show_chrome {
            while let Some(r) = document.removed.get(removed)
                && r.offset <= block.span.start
            {
                rows.push(RowKind::Removed(removed));
                removed += 1;
            }
        }
        rows.push(RowKind::Block(i));
    }
    if show_chrome {
        rows.extend((removed..document.removed.len()).map(RowKind::Removed));
    }
    rows
}

/// Font sizes and spacing of the body at a zoom.
struct Typography {
    body: f32,
    line: f32,
}

impl Typography {
    fn new(zoom: f32) -> Self {
        let body = theme::BODY_SIZE_PT * zoom;
        Self {
            body,
            line: (body * 1.6).round(),
        }
    }

    fn heading_size(&self, level: u8) -> f32 {
        match level {
            0 | 1 => self.body * 1.32,
            2 => self.body * 1.12,
            _ => self.body * 1.0,
        }
    }

    /// Space above and below a block of `kind`.
    fn spacing(&self, kind: BlockKind, level: u8, next_is_title: bool) -> (f32, f32) {
        let em = self.body;
        match kind {
            BlockKind::Heading if level <= 1 => (em * 1.7, em * 0.55),
            BlockKind::Heading => (em * 1.2, em * 0.45),
            BlockKind::Title if next_is_title => (0.0, em * 0.15),
            BlockKind::Title => (0.0, em * 1.6),
            BlockKind::Paragraph => (0.0, em * 0.9),
            BlockKind::ListItem => (0.0, em * 0.45),
            BlockKind::Table | BlockKind::Preformatted => (em * 0.3, em * 1.2),
        }
    }

    fn title_size(&self) -> f32 {
        self.body * 0.78
    }

    fn table_size(&self) -> f32 {
        self.body * 0.86
    }

    fn mono_size(&self) -> f32 {
        self.body * 0.8
    }

    fn chrome_size(&self) -> f32 {
        self.body * 0.76
    }
}

fn measure(ui: &egui::Ui, zoom: f32) -> Metrics {
    let t = Typography::new(zoom);
    let sample = "Kazakstan continues to play a large and growing role as a conduit for illegal drug smuggling, 1,220 kilograms.";
    let count = sample.chars().count() as f32;
    ui.fonts_mut(|fonts| {
        let mut width = |font: FontId| {
            fonts
                .layout_no_wrap(sample.to_owned(), font, Color32::WHITE)
                .size()
                .x
                / count
        };
        let body_char_px = width(theme::serif(t.body));
        let ui_char_px = width(theme::sans(t.table_size()));
        let mono_char_px = width(FontId::monospace(t.mono_size()));
        Metrics {
            body_char_px,
            ui_char_px,
            ui_line_px: fonts.row_height(&theme::sans(t.table_size())) + 8.0,
            mono_char_px,
            mono_line_px: fonts.row_height(&FontId::monospace(t.mono_size())),
        }
    })
}

fn lines(chars: f32, char_px: f32, width: f32) -> f32 {
    (chars * char_px / width.max(1.0)).ceil().max(1.0)
}

fn estimate_height(
    document: &Document,
    row: RowKind,
    block_chars: &[u32],
    key: LayoutKey,
    m: &Metrics,
) -> f32 {
    let t = Typography::new(key.zoom);
    let width = key.column_width;
    match row {
        RowKind::Header => t.body * 9.0,
        RowKind::Removed(i) => {
            let text = document.removed.get(i).map_or("", |r| r.text.as_str());
            let line_count = text.lines().count().max(1) as f32;
            line_count * m.ui_line_px * 0.8 + 10.0
        }
        RowKind::Block(i) => {
            let Some(block) = document.blocks.get(i) else {
                return 0.0;
            };
            let chars = block_chars.get(i).copied().unwrap_or(0) as f32;
            let next_is_title = document
                .blocks
                .get(i + 1)
                .is_some_and(|b| b.kind == BlockKind::Title);
            let (above, below) = t.spacing(block.kind, block.level, next_is_title);
            let content = match block.kind {
                BlockKind::Paragraph => lines(chars, m.body_char_px, width) * t.line,
                BlockKind::ListItem => lines(chars, m.body_char_px, width - t.body * 1.4) * t.line,
                BlockKind::Heading => {
                    let size = t.heading_size(block.level);
                    lines(chars, m.body_char_px * size / t.body, width) * size * 1.3
                }
                BlockKind::Title => {
                    lines(chars, m.ui_char_px * t.title_size() / t.table_size(), width)
                        * t.title_size()
                        * 1.5
                }
                BlockKind::Table => {
                    let text = document.slice(block.span);
                    text.lines()
                        .map(|line| {
                            let cells = line.split('\t').count().max(1) as f32;
                            let longest = line
                                .split('\t')
                                .map(|c| c.chars().count())
                                .max()
                                .unwrap_or(0) as f32;
                            lines(longest, m.ui_char_px, width / cells - 12.0) * m.ui_line_px
                        })
                        .sum::<f32>()
                }
                BlockKind::Preformatted => {
                    let text = document.slice(block.span);
                    text.lines()
                        .map(|l| lines(l.chars().count() as f32, m.mono_char_px, width - 24.0))
                        .sum::<f32>()
                        * m.mono_line_px
                        + 20.0
                }
            };
            above + content + below
        }
    }
}

/// Figures and find hits to paint behind the text.
struct Decorations<'a> {
    stats: &'a [Statistic],
    stats_by_start: &'a [usize],
    selected: &'a BTreeSet<usize>,
    hits: &'a [Span],
    current_hit: Option<Span>,
    palette: Palette,
}

impl Decorations<'_> {
    /// Statistic indices overlapping `[start, end)`.
    fn stats_in(&self, start: usize, end: usize) -> impl Iterator<Item = usize> + '_ {
        let start_of = |i: &usize| self.stats.get(*i).map_or(0, |s| s.span.start);
        let lo = self
            .stats_by_start
            .partition_point(|i| start_of(i) + 2048 < start);
        let hi = self.stats_by_start.partition_point(|i| start_of(i) < end);
        self.stats_by_start
            .get(lo..hi)
            .unwrap_or(&[])
            .iter()
            .copied()
            .filter(move |&i| self.stats.get(i).is_some_and(|s| s.span.end > start))
    }

    fn hits_in(&self, start: usize, end: usize) -> &[Span] {
        let lo = self.hits.partition_point(|h| h.end <= start);
        let hi = self.hits.partition_point(|h| h.start < end);
        self.hits.get(lo..hi.max(lo)).unwrap_or(&[])
    }

    /// The background and underline for `[start, end)`, which no boundary crosses.
    fn marks(&self, start: usize, end: usize) -> (Color32, Stroke) {
        let inside = |s: &Span| s.start <= start && end <= s.end;
        let mut figure = None;
        for i in self.stats_in(start, end) {
            let Some(stat) = self.stats.get(i) else {
                continue;
            };
            if inside(&stat.span) {
                let selected = self.selected.contains(&i);
                if selected || figure.is_none() {
                    figure = Some(selected);
                }
            }
        }
        let underline = match figure {
            Some(_) => Stroke::new(1.0, self.palette.figure_underline),
            None => Stroke::NONE,
        };
        if self.current_hit.as_ref().is_some_and(inside) {
            return (self.palette.find_current, underline);
        }
        if self.hits_in(start, end).iter().any(inside) {
            return (self.palette.find_hit, underline);
        }
        match figure {
            Some(true) => (
                self.palette.figure_selected,
                Stroke::new(1.0, self.palette.accent),
            ),
            Some(false) => (self.palette.figure, underline),
            None => (Color32::TRANSPARENT, Stroke::NONE),
        }
    }
}

/// A layout job for body text `span`, with figures and hits as backgrounds and the first
/// `bold_bytes` bytes in `bold` (run-in heads).
fn decorated_job(
    document: &Document,
    span: Span,
    format: &TextFormat,
    bold: Option<(usize, FontId)>,
    decorations: &Decorations<'_>,
    wrap_width: f32,
) -> LayoutJob {
    let text = document.slice(span);
    let mut cuts: Vec<usize> = vec![span.start, span.end];
    for i in decorations.stats_in(span.start, span.end) {
        if let Some(stat) = decorations.stats.get(i) {
            cuts.extend([stat.span.start, stat.span.end]);
        }
    }
    for hit in decorations.hits_in(span.start, span.end) {
        cuts.extend([hit.start, hit.end]);
    }
    if let Some((bold_bytes, _)) = &bold {
        cuts.push(span.start + bold_bytes);
    }
    cuts.retain(|&c| c >= span.start && c <= span.end && text.is_char_boundary(c - span.start));
    cuts.sort_unstable();
    cuts.dedup();
    let mut job = LayoutJob {
        wrap: egui::text::TextWrapping::wrap_at_width(wrap_width),
        ..LayoutJob::default()
    };
    for pair in cuts.windows(2) {
        let &[a, b] = pair else {
            continue;
        };
        if a == b {
            continue;
        }
        let mut piece_format = format.clone();
        let (background, underline) = decorations.marks(a, b);
        piece_format.background = background;
        piece_format.underline = underline;
        if let Some((bold_bytes, font)) = &bold
            && b <= span.start + bold_bytes
        {
            piece_format.font_id = font.clone();
        }
        job.append(
            text.get(a - span.start..b - span.start).unwrap_or(""),
            0.0,
            piece_format,
        );
    }
    if job.is_empty() {
        job.append("", 0.0, format.clone());
    }
    job
}

/// The rectangles covering body bytes `[start, end)` inside a piece.
fn span_rects(piece: &Piece, text: &str, start: usize, end: usize) -> Vec<Rect> {
    let Some(span) = piece.span else {
        return Vec::new();
    };
    let (start, end) = (start.max(span.start), end.min(span.end));
    if start >= end {
        return Vec::new();
    }
    let char_of = |byte: usize| {
        text.get(..byte - span.start)
            .map_or(0, |s| s.chars().count())
    };
    let (s, e) = (char_of(start), char_of(end));
    let mut rects = Vec::new();
    let mut first = 0;
    for placed in &piece.galley.rows {
        let count = placed.row.glyphs.len();
        let (lo, hi) = (s.max(first), e.min(first + count));
        if lo < hi {
            let x0 = placed.row.x_offset(egui::text::CharIndex(lo - first));
            let x1 = placed.row.x_offset(egui::text::CharIndex(hi - first));
            let rect = placed.rect();
            rects.push(Rect::from_x_y_ranges(
                placed.pos.x + x0..=placed.pos.x + x1,
                rect.y_range(),
            ));
        }
        first += count + usize::from(placed.ends_with_newline);
    }
    rects
}

/// The body byte under `local` (relative to the galley), if it is on a glyph.
fn byte_at(piece: &Piece, text: &str, local: Vec2) -> Option<usize> {
    let span = piece.span?;
    let mut first = 0;
    for placed in &piece.galley.rows {
        let rect = placed.rect();
        if rect.y_range().contains(local.y) {
            for (i, glyph) in placed.row.glyphs.iter().enumerate() {
                let x0 = placed.pos.x + glyph.pos.x;
                if local.x >= x0 && local.x < x0 + glyph.advance_width {
                    let char_index = first + i;
                    let byte = text.char_indices().nth(char_index).map(|(b, _)| b)?;
                    return Some(span.start + byte);
                }
            }
            return None;
        }
        first += placed.row.glyphs.len() + usize::from(placed.ends_with_newline);
    }
    None
}

/// Lays out one row exactly.
fn layout_row(
    ui: &egui::Ui,
    document: &Document,
    row: RowKind,
    key: LayoutKey,
    decorations: &Decorations<'_>,
) -> CachedRow {
    let t = Typography::new(key.zoom);
    let width = key.column_width;
    let palette = decorations.palette;
    let mut pieces = Vec::new();
    let mut backdrops = Vec::new();
    let layout = |job: LayoutJob| ui.fonts_mut(|f| f.layout_job(job));
    let height = match row {
        RowKind::Header => {
            let mut y = 0.0;
            let title = document.display_name();
            let galley = layout(LayoutJob::simple(
                title.to_owned(),
                theme::serif_bold(t.body * 1.55),
                palette.heading,
                width,
            ));
            y += galley.size().y;
            pieces.push(Piece {
                galley,
                pos: Vec2::ZERO,
                span: None,
                centered: false,
            });
            y += t.body * 0.5;
            for issuer in &document.issuer {
                let galley = layout(LayoutJob::simple(
                    issuer.clone(),
                    theme::sans(t.body * 0.82),
                    palette.muted,
                    width,
                ));
                let h = galley.size().y;
                pieces.push(Piece {
                    galley,
                    pos: Vec2::new(0.0, y),
                    span: None,
                    centered: false,
                });
                y += h + 2.0;
            }
            let mut meta: Vec<String> = Vec::new();
            if !document.date.is_empty() {
                meta.push(document.date.clone());
            }
            let file = document
                .path
                .rsplit(['/', '\\'])
                .next()
                .unwrap_or(&document.path);
            if !file.is_empty() {
                meta.push(file.to_owned());
            }
            if !document.encoding.is_empty() {
                meta.push(document.encoding.clone());
            }
            meta.push(match document.format {
                crate::document::SourceFormat::Html => "HTML".to_owned(),
                crate::document::SourceFormat::Text => "plain text".to_owned(),
            });
            y += t.body * 0.35;
            let galley = layout(LayoutJob::simple(
                meta.join("  ·  "),
                theme::sans(t.body * 0.72),
                palette.faint,
                width,
            ));
            let h = galley.size().y;
            pieces.push(Piece {
                galley,
                pos: Vec2::new(0.0, y),
                span: None,
                centered: false,
            });
            y += h + t.body * 1.1;
            backdrops.push(Backdrop::Line(
                [Pos2::new(0.0, y), Pos2::new(width.min(t.body * 6.0), y)],
                Stroke::new(2.0, palette.accent),
            ));
            y + t.body * 1.8
        }
        RowKind::Removed(i) => {
            let text = document
                .removed
                .get(i)
                .map_or("", |r| r.text.trim_matches('\n'));
            let mut format = TextFormat::simple(theme::sans(t.chrome_size()), palette.chrome_text);
            format.strikethrough = Stroke::NONE;
            let mut job = LayoutJob::single_section(text.to_owned(), format);
            job.wrap = egui::text::TextWrapping::wrap_at_width(width - 16.0);
            let galley = layout(job);
            let h = galley.size().y;
            pieces.push(Piece {
                galley,
                pos: Vec2::new(14.0, 4.0),
                span: None,
                centered: false,
            });
            backdrops.push(Backdrop::Line(
                [Pos2::new(2.0, 2.0), Pos2::new(2.0, h + 6.0)],
                Stroke::new(2.0, palette.chrome_rule),
            ));
            h + 10.0
        }
        RowKind::Block(i) => {
            let Some(block) = document.blocks.get(i) else {
                return CachedRow {
                    key: (0, 0, false, 0),
                    height: 0.0,
                    pieces,
                    backdrops,
                };
            };
            let next_is_title = document
                .blocks
                .get(i + 1)
                .is_some_and(|b| b.kind == BlockKind::Title);
            let (above, below) = t.spacing(block.kind, block.level, next_is_title);
            let body_format = {
                let mut f = TextFormat::simple(theme::serif(t.body), palette.text);
                f.line_height = Some(t.line);
                f
            };
            let content = match block.kind {
                BlockKind::Paragraph => {
                    let run_in = document
                        .sections
                        .iter()
                        .find(|s| s.span.start == block.span.start && s.level >= 2)
                        .map(|s| {
                            let text = document.slice(block.span);
                            let len = if text.starts_with(&s.title) {
                                s.title.len()
                            } else {
                                0
                            };
                            (len, theme::serif_bold(t.body))
                        })
                        .filter(|(len, _)| *len > 0);
                    let job = decorated_job(
                        document,
                        block.span,
                        &body_format,
                        run_in,
                        decorations,
                        width,
                    );
                    let galley = layout(job);
                    let h = galley.size().y;
                    pieces.push(Piece {
                        galley,
                        pos: Vec2::new(0.0, above),
                        span: Some(block.span),
                        centered: false,
                    });
                    h
                }
                BlockKind::ListItem => {
                    let indent = t.body * 1.4;
                    let job = decorated_job(
                        document,
                        block.span,
                        &body_format,
                        None,
                        decorations,
                        width - indent,
                    );
                    let galley = layout(job);
                    let h = galley.size().y;
                    pieces.push(Piece {
                        galley,
                        pos: Vec2::new(indent, above),
                        span: Some(block.span),
                        centered: false,
                    });
                    let text = document.slice(block.span);
                    let has_marker = text.chars().next().is_some_and(|c| {
                        matches!(c, '•' | '-' | '*' | '–' | '(' | '·') || c.is_ascii_digit()
                    });
                    if !has_marker {
                        backdrops.push(Backdrop::Bullet(
                            Pos2::new(indent * 0.45, above + t.line * 0.5),
                            t.body * 0.14,
                            palette.muted,
                        ));
                    }
                    h
                }
                BlockKind::Heading => {
                    let size = t.heading_size(block.level);
                    let mut format = TextFormat::simple(theme::serif_bold(size), palette.heading);
                    format.line_height = Some((size * 1.3).round());
                    let job =
                        decorated_job(document, block.span, &format, None, decorations, width);
                    let galley = layout(job);
                    let h = galley.size().y;
                    pieces.push(Piece {
                        galley,
                        pos: Vec2::new(0.0, above),
                        span: Some(block.span),
                        centered: false,
                    });
                    h
                }
                BlockKind::Title => {
                    let mut format =
                        TextFormat::simple(theme::sans_bold(t.title_size()), palette.faint);
                    format.extra_letter_spacing = 0.6;
                    format.line_height = Some((t.title_size() * 1.5).round());
                    let job =
                        decorated_job(document, block.span, &format, None, decorations, width);
                    let mut job = job;
                    job.halign = egui::Align::Center;
                    let galley = layout(job);
                    let size = galley.size();
                    pieces.push(Piece {
                        galley,
                        pos: Vec2::new(((width - size.x) / 2.0).max(0.0), above),
                        span: Some(block.span),
                        centered: true,
                    });
                    size.y
                }
                BlockKind::Preformatted => {
                    let mut format =
                        TextFormat::simple(FontId::monospace(t.mono_size()), palette.text);
                    format.line_height = None;
                    let job = decorated_job(
                        document,
                        block.span,
                        &format,
                        None,
                        decorations,
                        width - 24.0,
                    );
                    let galley = layout(job);
                    let h = galley.size().y + 20.0;
                    pieces.push(Piece {
                        galley,
                        pos: Vec2::new(12.0, above + 10.0),
                        span: Some(block.span),
                        centered: false,
                    });
                    backdrops.push(Backdrop::Fill(
                        Rect::from_min_size(Pos2::new(0.0, above), Vec2::new(width, h)),
                        palette.panel,
                    ));
                    h
                }
                BlockKind::Table => table_layout(
                    ui,
                    document,
                    block.span,
                    &t,
                    width,
                    above,
                    decorations,
                    &mut pieces,
                    &mut backdrops,
                ),
            };
            above + content + below
        }
    };
    CachedRow {
        key: (0, 0, false, 0),
        height,
        pieces,
        backdrops,
    }
}

/// Lays out a table block as a grid: columns share the width by their longest cell.
#[allow(clippy::too_many_arguments)]
fn table_layout(
    ui: &egui::Ui,
    document: &Document,
    span: Span,
    t: &Typography,
    width: f32,
    top: f32,
    decorations: &Decorations<'_>,
    pieces: &mut Vec<Piece>,
    backdrops: &mut Vec<Backdrop>,
) -> f32 {
    let palette = decorations.palette;
    let text = document.slice(span);
    // Cell spans, row by row.
    let mut rows: Vec<Vec<Span>> = Vec::new();
    let mut line_start = span.start;
    for line in text.split('\n') {
        let mut cells = Vec::new();
        let mut cell_start = line_start;
        for cell in line.split('\t') {
            cells.push(Span::new(cell_start, cell_start + cell.len()));
            cell_start += cell.len() + 1;
        }
        rows.push(cells);
        line_start += line.len() + 1;
    }
    let columns = rows.iter().map(Vec::len).max().unwrap_or(1).max(1);
    let mut weights = vec![1.0_f32; columns];
    for row in &rows {
        for (c, cell) in row.iter().enumerate() {
            if let Some(w) = weights.get_mut(c) {
                *w = w.max((document.slice(*cell).chars().count() as f32).min(60.0));
            }
        }
    }
    let total: f32 = weights.iter().sum();
    let pad = 6.0;
    let widths: Vec<f32> = weights.iter().map(|w| width * w / total.max(1.0)).collect();
    let mut format = TextFormat::simple(theme::sans(t.table_size()), palette.text);
    format.line_height = Some((t.table_size() * 1.45).round());
    let header_format = {
        let mut f = format.clone();
        f.font_id = theme::sans_bold(t.table_size());
        f.color = palette.heading;
        f
    };
    let mut y = top;
    for (r, row) in rows.iter().enumerate() {
        let mut x = 0.0;
        let mut row_height: f32 = 0.0;
        for (c, cell) in row.iter().enumerate() {
            let w = widths.get(c).copied().unwrap_or(0.0);
            let f = if r == 0 { &header_format } else { &format };
            let job = decorated_job(
                document,
                *cell,
                f,
                None,
                decorations,
                (w - 2.0 * pad).max(8.0),
            );
            let galley = ui.fonts_mut(|fonts| fonts.layout_job(job));
            row_height = row_height.max(galley.size().y);
            pieces.push(Piece {
                galley,
                pos: Vec2::new(x + pad, y + pad),
                span: Some(*cell),
                centered: false,
            });
            x += w;
        }
        let h = row_height + 2.0 * pad;
        if r == 0 {
            backdrops.push(Backdrop::Fill(
                Rect::from_min_size(Pos2::new(0.0, y), Vec2::new(width, h)),
                palette.panel,
            ));
        }
        y += h;
        backdrops.push(Backdrop::Line(
            [Pos2::new(0.0, y), Pos2::new(width, y)],
            Stroke::new(1.0, palette.border),
        ));
    }
    backdrops.push(Backdrop::Line(
        [Pos2::new(0.0, top), Pos2::new(width, top)],
        Stroke::new(1.0, palette.border),
    ));
    y - top
}

/// Draws the body of `state`'s document and returns the commands its clicks produce.
pub fn body_view_ui(
    ui: &mut egui::Ui,
    state: &mut BodyState,
    inputs: &BodyInputs<'_>,
) -> Vec<Command> {
    let mut commands = Vec::new();
    let document = inputs.document;
    let palette = Palette::of(ui.ctx());
    let zoom = inputs.zoom;
    let available = ui.available_size();
    let metrics = measure(ui, zoom);
    let column_width = (metrics.body_char_px * MEASURE_CHARS)
        .min(available.x - 2.0 * SIDE_MARGIN_PX - 14.0)
        .max(160.0)
        .round();
    let key = LayoutKey {
        column_width,
        zoom,
        show_chrome: inputs.show_chrome,
    };
    if state.key != Some(key) || state.rows.is_empty() {
        let anchor = state.anchor;
        let old_rows = std::mem::take(&mut state.rows);
        state.rebuild(document, key, metrics);
        // Keep the reader's place across a resize or zoom.
        if state.pending.is_none()
            && let Some((row, _)) = anchor
            && let Some(kind) = old_rows.get(row)
            && let Some(new_row) = state.rows.iter().position(|r| r == kind)
            && new_row > 0
        {
            state.pending = match kind {
                RowKind::Block(b) => document.blocks.get(*b).map(|b| ScrollTarget {
                    offset: b.span.start,
                    placement: Placement::RowAtTop,
                }),
                _ => None,
            };
        }
    }

    let deco_key = (
        column_width.to_bits(),
        zoom.to_bits(),
        ui.visuals().dark_mode,
        state.decoration_generation,
    );
    let current_hit = inputs.current_hit.and_then(|i| inputs.hits.get(i).copied());
    let stats_by_start = std::mem::take(&mut state.stats_by_start);
    let decorations = Decorations {
        stats: &document.statistics,
        stats_by_start: &stats_by_start,
        selected: inputs.selected_figures,
        hits: inputs.hits,
        current_hit,
        palette,
    };

    let viewport_height = available.y.max(1.0);
    // Resolve a pending jump into a scroll offset.
    let mut forced_offset = state.carried_offset.take();
    if let Some(target) = state.pending.take() {
        let row = state.row_of_offset(document, target.offset).unwrap_or(0);
        ensure_exact(ui, state, document, row, key, deco_key, &decorations);
        let top = state.top(row);
        let offset = match target.placement {
            Placement::RowAtTop => {
                let above = match state.rows.get(row) {
                    Some(RowKind::Block(b)) => document.blocks.get(*b).map_or(0.0, |block| {
                        Typography::new(zoom)
                            .spacing(block.kind, block.level, false)
                            .0
                    }),
                    _ => 0.0,
                };
                if row == 0 {
                    0.0
                } else {
                    top + above - JUMP_GAP_PX
                }
            }
            Placement::Reveal => {
                let y_in_row = state
                    .cache
                    .get(&row)
                    .and_then(|cached| {
                        cached.pieces.iter().find_map(|p| {
                            let span = p.span?;
                            if !(span.start <= target.offset && target.offset <= span.end) {
                                return None;
                            }
                            let text = document.slice(span);
                            let rects = span_rects(
                                p,
                                text,
                                target.offset,
                                (target.offset + 1).min(span.end),
                            );
                            rects.first().map(|r| p.pos.y + r.min.y)
                        })
                    })
                    .unwrap_or(0.0);
                let y = top + y_in_row;
                let visible = state.scroll_offset_px + viewport_height * 0.1
                    ..state.scroll_offset_px + viewport_height * 0.85;
                if visible.contains(&y) {
                    state.scroll_offset_px
                } else {
                    (y - viewport_height / 3.0).max(0.0)
                }
            }
        };
        forced_offset = Some(offset);
    }

    let scroll_id = egui::Id::unique(("body scroll", inputs.tab_id));
    let mut area = egui::ScrollArea::vertical()
        .id_salt(scroll_id)
        .auto_shrink([false, false])
        .content_margin(egui::Margin::ZERO)
        .animated(false);
    if let Some(offset) = forced_offset {
        area = area.vertical_scroll_offset(offset);
    }
    let output = area.show_viewport(ui, |ui, viewport| {
        // Lay out the visible rows exactly, and a few rows of the margin around them per
        // frame (nearest first), remembering how much the rows above the first visible one
        // changed.
        let margin = viewport.height() * LAYOUT_MARGIN_SCREENS;
        let last_row = state.rows.len().saturating_sub(1);
        let first_visible = state.row_at_y(viewport.min.y);
        let last_visible = state.row_at_y(viewport.max.y).min(last_row);
        let from = state.row_at_y((viewport.min.y - margin).max(0.0));
        let to = state.row_at_y(viewport.max.y + margin).min(last_row);
        for row in first_visible..=last_visible {
            ensure_exact(ui, state, document, row, key, deco_key, &decorations);
        }
        let above: Vec<usize> = (from..first_visible).rev().collect();
        let below: Vec<usize> = ((last_visible + 1)..=to).collect();
        let mut margin_rows = Vec::with_capacity(above.len() + below.len());
        for i in 0..above.len().max(below.len()) {
            margin_rows.extend(above.get(i));
            margin_rows.extend(below.get(i));
        }
        let mut shift = 0.0;
        let mut budget = MARGIN_ROWS_PER_FRAME;
        let mut pending_margin = false;
        for row in margin_rows {
            if state.cache.get(&row).is_some_and(|c| c.key == deco_key) {
                continue;
            }
            if budget == 0 {
                pending_margin = true;
                break;
            }
            budget -= 1;
            let before = state.heights.get(row);
            ensure_exact(ui, state, document, row, key, deco_key, &decorations);
            if row < first_visible {
                shift += state.heights.get(row) - before;
            }
        }
        if pending_margin {
            ui.ctx().request_repaint();
        }
        let bottom_room = (viewport.height() - 80.0).max(0.0);
        ui.set_min_height(state.content_height() + bottom_room);
        ui.set_min_width(ui.available_width());

        let origin = ui.max_rect().min;
        let full_width = ui.max_rect().width();
        let column_left = origin.x
            + ((full_width - column_width) / 2.0)
                .max(SIDE_MARGIN_PX)
                .round();
        let shown = viewport.translate(Vec2::new(0.0, shift));
        let first = state.row_at_y(shown.min.y);
        let last = state.row_at_y(shown.max.y);
        state.cache.retain(|row, _| (from..=to).contains(row));

        let now = ui.input(|i| i.time);
        let flash = state
            .flash
            .filter(|(_, started)| now - started < FLASH_SECS);
        if flash.is_some() {
            ui.ctx().request_repaint();
        } else {
            state.flash = None;
        }
        let mut hovered_stat: Option<(usize, egui::Response)> = None;
        let mut clicked_stat = None;
        for row in first..=last.min(state.rows.len().saturating_sub(1)) {
            let top = state.top(row) - shift;
            let row_origin = Pos2::new(column_left, origin.y + top);
            let Some(cached) = state.cache.get(&row) else {
                continue;
            };
            let painter = ui.painter();
            for backdrop in &cached.backdrops {
                match backdrop {
                    Backdrop::Fill(rect, color) => {
                        painter.rect_filled(rect.translate(row_origin.to_vec2()), 4.0, *color);
                    }
                    Backdrop::Line([a, b], stroke) => {
                        painter.line_segment(
                            [*a + row_origin.to_vec2(), *b + row_origin.to_vec2()],
                            *stroke,
                        );
                    }
                    Backdrop::Bullet(center, radius, color) => {
                        painter.circle_filled(*center + row_origin.to_vec2(), *radius, *color);
                    }
                }
            }
            for piece in &cached.pieces {
                let rect = Rect::from_min_size(row_origin + piece.pos, piece.galley.size());
                let pos = piece.origin(row_origin);
                let response = ui.put(
                    rect,
                    egui::Label::new(piece.galley.clone()).selectable(true),
                );
                let Some(span) = piece.span else {
                    continue;
                };
                let text = document.slice(span);
                if let Some((flash_span, started)) = flash {
                    let age = (now - started) as f32;
                    let alpha = (1.0 - age / FLASH_SECS as f32).clamp(0.0, 1.0);
                    let pulse = 0.55 + 0.45 * (age * 7.0).cos().abs();
                    for r in span_rects(piece, text, flash_span.start, flash_span.end) {
                        ui.painter().rect_stroke(
                            r.translate(pos.to_vec2()).expand(2.0),
                            3.0,
                            Stroke::new(2.0, palette.flash.gamma_multiply(alpha * pulse * 2.0)),
                            egui::StrokeKind::Outside,
                        );
                    }
                }
                let stat_at = |p: Pos2| {
                    let byte = byte_at(piece, text, p - pos)?;
                    decorations.stats_in(byte, byte + 1).find(|&i| {
                        document
                            .statistics
                            .get(i)
                            .is_some_and(|s| s.span.contains(byte))
                    })
                };
                if response.hovered()
                    && let Some(stat) = response.hover_pos().and_then(stat_at)
                {
                    ui.ctx().set_cursor_icon(CursorIcon::PointingHand);
                    hovered_stat = Some((stat, response.clone()));
                }
                if response.clicked()
                    && let Some(stat) = response.interact_pointer_pos().and_then(stat_at)
                {
                    clicked_stat = Some(stat);
                }
            }
        }
        if let Some((stat, response)) = hovered_stat
            && let Some(statistic) = document.statistics.get(stat)
        {
            response.on_hover_ui_at_pointer(|ui| figure_tooltip_ui(ui, statistic, &palette));
        }
        if let Some(stat) = clicked_stat {
            commands.push(Command::SelectFigure(stat));
        }
        shift
    });
    let shift = output.inner;
    let mut offset_px = output.state.clamped_offset().y;
    if shift != 0.0 {
        offset_px += shift;
        state.carried_offset = Some(offset_px);
        ui.ctx().request_repaint();
    }
    state.stats_by_start = stats_by_start;
    state.scroll_offset_px = offset_px;
    // Where the reader is: the first row whose bottom is below the top of the view.
    let view_top = offset_px + 1.0;
    let top_row = state.row_at_y(view_top);
    let row_top = state.top(top_row);
    let row_height = state.heights.get(top_row).max(1.0);
    state.anchor = Some((top_row, ((view_top - row_top) / row_height).clamp(0.0, 1.0)));
    let mut first_block = None;
    for kind in state.rows.iter().skip(top_row) {
        if let RowKind::Block(b) = kind {
            first_block = Some(*b);
            break;
        }
    }
    state.first_visible_block = first_block;
    state.top_offset = match state.rows.get(top_row) {
        Some(RowKind::Header) | None => 0,
        _ => first_block
            .and_then(|b| document.blocks.get(b))
            .map_or(0, |b| b.span.start),
    };
    let scrollable = (state.content_height() - viewport_height).max(1.0);
    state.progress = (offset_px / scrollable).clamp(0.0, 1.0);
    commands
}

/// Makes row `row` exact and cached for `deco_key`.
fn ensure_exact(
    ui: &egui::Ui,
    state: &mut BodyState,
    document: &Document,
    row: usize,
    key: LayoutKey,
    deco_key: (u32, u32, bool, u64),
    decorations: &Decorations<'_>,
) {
    if state.cache.get(&row).is_some_and(|c| c.key == deco_key) {
        return;
    }
    let Some(kind) = state.rows.get(row).copied() else {
        return;
    };
    let mut cached = layout_row(ui, document, kind, key, decorations);
    cached.key = deco_key;
    state.heights.set(row, cached.height);
    if let Some(e) = state.exact.get_mut(row) {
        *e = true;
    }
    state.cache.insert(row, cached);
}

/// The tooltip over a figure in the body.
fn figure_tooltip_ui(ui: &mut egui::Ui, stat: &Statistic, palette: &Palette) {
    ui.set_max_width(320.0);
    let mut figure = String::new();
    if !stat.qualifier.is_empty() {
        figure.push_str(stat.qualifier);
        figure.push(' ');
    }
    figure.push_str(&super::format_number(stat.value));
    if let Some(max) = stat.value_max {
        figure.push_str(" – ");
        figure.push_str(&super::format_number(max));
    }
    if !stat.unit.is_empty() {
        if stat.unit != "%" {
            figure.push(' ');
        }
        figure.push_str(&stat.unit);
    }
    ui.label(
        egui::RichText::new(figure)
            .font(theme::sans_bold(16.0))
            .color(palette.heading),
    );
    if !stat.measures.is_empty() {
        ui.label(egui::RichText::new(&stat.measures).color(palette.text));
    }
    let mut detail = stat.kind.as_str().to_owned();
    if !stat.section.is_empty() {
        detail.push_str(" · ");
        detail.push_str(&stat.section);
    }
    ui.label(egui::RichText::new(detail).small().color(palette.muted));
    ui.label(
        egui::RichText::new("Click to select it in the Figures table")
            .small()
            .color(palette.faint),
    );
}

#[cfg(test)]
mod tests {
    use super::RowHeights;

    #[test]
    fn row_heights_answer_tops_and_rows_like_a_running_sum() {
        let values: Vec<f32> = (0..1000).map(|i| 10.0 + (i % 7) as f32).collect();
        let mut heights = RowHeights::new(values.clone());
        heights.set(500, 100.0);
        let mut running = 0.0_f64;
        for (row, v) in values.iter().enumerate() {
            let v = if row == 500 { 100.0 } else { f64::from(*v) };
            assert!(
                (heights.prefix(row) - running).abs() < 1e-6,
                "top of row {row}"
            );
            assert_eq!(heights.row_at(running + 0.5), row, "row at {running}");
            running += v;
        }
        assert!((heights.total() - running).abs() < 1e-6);
        assert_eq!(heights.row_at(-5.0), 0);
        assert_eq!(heights.row_at(running + 1e6), 999);
    }
}
