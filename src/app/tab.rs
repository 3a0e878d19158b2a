//! One open document and everything the window remembers about viewing it.

use super::figures::FiguresState;
use super::library::LibraryTab;
use super::loader::Loaded;
use crate::collection::{FoldedText, contains_folded, fold};
use crate::document::{Document, Section, Span};
use crate::ui::body_view::BodyState;
use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Find stops counting here; the bar then says "10000+".
pub const FIND_HITS_MAX: usize = 10_000;

/// Which table the statistics panel shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum StatsView {
    #[default]
    Figures,
    Dates,
    Acronyms,
}

impl StatsView {
    pub const ALL: [StatsView; 3] = [StatsView::Figures, StatsView::Dates, StatsView::Acronyms];

    pub fn label(self) -> &'static str {
        match self {
            StatsView::Figures => "Figures",
            StatsView::Dates => "Dates",
            StatsView::Acronyms => "Acronyms",
        }
    }
}

/// The find bar of one document.
#[derive(Debug, Default)]
pub struct FindState {
    pub open: bool,
    pub query: String,
    /// Hits as body spans, in order.
    pub hits: Vec<Span>,
    pub current: Option<usize>,
    /// The query `hits` were computed for.
    searched: Option<String>,
    /// Put the keyboard focus in the find field on the next frame.
    pub focus_field: bool,
}

impl FindState {
    /// Recomputes hits when the query changed; returns whether they did. The current hit is
    /// the first one at or after `from_offset`.
    pub fn refresh(&mut self, folded: &FoldedText, from_offset: usize) -> bool {
        if self.searched.as_deref() == Some(self.query.as_str()) {
            return false;
        }
        self.hits = folded.find_folded(&fold(&self.query), FIND_HITS_MAX);
        self.current = if self.hits.is_empty() {
            None
        } else {
            Some(
                self.hits
                    .iter()
                    .position(|h| h.start >= from_offset)
                    .unwrap_or(0),
            )
        };
        self.searched = Some(self.query.clone());
        true
    }

    /// Moves to the next (`forward`) or previous hit, wrapping around.
    pub fn step(&mut self, forward: bool) {
        let count = self.hits.len();
        if count == 0 {
            self.current = None;
            return;
        }
        self.current = Some(match self.current {
            None => 0,
            Some(i) if forward => (i + 1) % count,
            Some(i) => (i + count - 1) % count,
        });
    }

    /// "3 of 12", "No matches", "" for an empty query.
    pub fn status(&self) -> String {
        if self.query.is_empty() {
            return String::new();
        }
        match (self.current, self.hits.len()) {
            (_, 0) => "No matches".to_owned(),
            (Some(i), n) => {
                let plus = if n >= FIND_HITS_MAX { "+" } else { "" };
                format!("{} of {n}{plus}", i + 1)
            }
            (None, n) => format!("{n} matches"),
        }
    }
}

/// The outline panel's state for one document.
#[derive(Debug, Default)]
pub struct OutlineState {
    pub filter: String,
    /// Indices of sections whose children are hidden.
    pub collapsed: BTreeSet<usize>,
    /// The sections shown, and the filter and collapsed set they were computed for.
    rows: Arc<[usize]>,
    rows_key: Option<(String, BTreeSet<usize>, usize)>,
}

impl OutlineState {
    /// The sections to list: those matching the filter, or else those not inside a collapsed
    /// section. Cached, so a long outline costs nothing per frame.
    pub fn visible_rows(&mut self, sections: &[Section]) -> Arc<[usize]> {
        let key = (self.filter.clone(), self.collapsed.clone(), sections.len());
        if self.rows_key.as_ref() != Some(&key) {
            let needle = fold(self.filter.trim());
            let mut rows = Vec::new();
            let mut ancestors: Vec<(u8, bool)> = Vec::new();
            for (index, section) in sections.iter().enumerate() {
                while ancestors
                    .last()
                    .is_some_and(|(level, _)| *level >= section.level)
                {
                    ancestors.pop();
                }
                let hidden = ancestors.iter().any(|(_, collapsed)| *collapsed);
                ancestors.push((section.level, self.collapsed.contains(&index)));
                let shown = if needle.is_empty() {
                    !hidden
                } else {
                    contains_folded(&section.title, &needle)
                };
                if shown {
                    rows.push(index);
                }
            }
            self.rows = rows.into();
            self.rows_key = Some(key);
        }
        Arc::clone(&self.rows)
    }
}

/// An open document.
pub struct DocumentTab {
    pub id: u64,
    pub document: Arc<Document>,
    pub folded: Arc<FoldedText>,
    pub load_time: Duration,
    pub body: BodyState,
    pub figures: FiguresState,
    pub find: FindState,
    pub outline: OutlineState,
    pub stats_view: StatsView,
    /// The selected row of the Dates table.
    pub selected_date: Option<usize>,
    pub selected_acronym: Option<usize>,
}

impl DocumentTab {
    pub fn new(id: u64, loaded: Loaded, load_time: Duration) -> Self {
        Self {
            id,
            document: loaded.document,
            folded: loaded.folded,
            load_time,
            body: BodyState::default(),
            figures: FiguresState::default(),
            find: FindState::default(),
            outline: OutlineState::default(),
            stats_view: StatsView::default(),
            selected_date: None,
            selected_acronym: None,
        }
    }

    /// The index of the section the reader is in (the last one starting at or before the top
    /// of the view, preferring the innermost).
    pub fn current_section(&self) -> Option<usize> {
        let offset = self.body.top_offset;
        let sections = &self.document.sections;
        // Sections are in document order and nest, so the last one starting at or before the
        // offset that still contains it is the innermost.
        let started = sections.partition_point(|s| s.span.start <= offset);
        let index = sections
            .get(..started)?
            .iter()
            .rposition(|s| s.span.contains(offset))
            .unwrap_or(started.checked_sub(1)?);
        Some(index)
    }
}

/// A tab: a document, a file still being read, or a library.
pub enum Tab {
    Loading {
        load_id: u64,
        path: PathBuf,
        started: Instant,
        size_bytes: u64,
        /// Once loaded, scroll to this span and flash it (a search hit, a figure).
        reveal: Option<Span>,
    },
    Ready(Box<DocumentTab>),
    Library(Box<LibraryTab>),
}

impl Tab {
    /// The tab's label.
    pub fn title(&self) -> String {
        match self {
            Tab::Loading { path, .. } => path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            ),
            Tab::Ready(tab) => tab.document.display_name().to_owned(),
            Tab::Library(library) => library.name.clone(),
        }
    }

    /// Whether the tab's content is still arriving (a file being read, a library indexed).
    pub fn is_busy(&self) -> bool {
        match self {
            Tab::Loading { .. } => true,
            Tab::Ready(_) => false,
            Tab::Library(library) => library.is_indexing(),
        }
    }

    pub fn as_ready(&self) -> Option<&DocumentTab> {
        match self {
            Tab::Ready(tab) => Some(tab),
            _ => None,
        }
    }

    pub fn as_ready_mut(&mut self) -> Option<&mut DocumentTab> {
        match self {
            Tab::Ready(tab) => Some(tab),
            _ => None,
        }
    }

    pub fn as_library(&self) -> Option<&LibraryTab> {
        match self {
            Tab::Library(library) => Some(library),
            _ => None,
        }
    }

    pub fn as_library_mut(&mut self) -> Option<&mut LibraryTab> {
        match self {
            Tab::Library(library) => Some(library),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn find_steps_wrap_around_both_ways() {
        let folded = FoldedText::new("one two one three one");
        let mut find = FindState {
            query: "ONE".into(),
            ..FindState::default()
        };
        assert!(find.refresh(&folded, 5));
        assert_eq!(find.status(), "2 of 3");
        find.step(true);
        find.step(true);
        assert_eq!(find.status(), "1 of 3");
        find.step(false);
        assert_eq!(find.status(), "3 of 3");
    }
}
