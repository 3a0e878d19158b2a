//! Search across a collection: every place a phrase occurs, ignoring case and accents as the
//! viewer's Find does, with the sentence around it and the section it stands in.
//!
//! The summaries keep each body as the engine produced it; search folds one body at a time
//! into a reused buffer (ASCII bodies are only lower-cased), so the index costs the text and
//! nothing more, and a hit's span points into [`crate::Document::text`] directly.

use super::fold::{FoldedText, fold};
use super::index::DocumentSummary;
use crate::document::Span;
use std::ops::Range;

/// The most context kept on each side of a hit, in bytes, when its sentence is longer.
const CONTEXT_BYTES: usize = 160;

/// One place a query occurs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchHit {
    /// The document's entry index in [`super::Collection::entries`].
    pub entry: usize,
    /// The document's display path.
    pub path: String,
    /// The innermost section the hit stands in; empty before the first heading.
    pub section: String,
    /// The hit: byte offsets into the document's text ([`crate::Document::text`] when the
    /// document is opened), to scroll to and highlight.
    pub span: Span,
    /// The sentence around the hit, on one line, cut with `…` when long.
    pub context: String,
    /// Where the hit is inside `context` (bytes).
    pub context_hit: Range<usize>,
}

/// The hits of a search, in collection order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchResults {
    pub hits: Vec<SearchHit>,
    /// Documents with at least one hit (among those searched before `limit` was reached).
    pub documents: usize,
    /// More hits exist than `limit` let through.
    pub truncated: bool,
}

/// Finds `query` in every document, ignoring case and accents; at most `limit` hits. An
/// empty query finds nothing.
pub fn search<'a>(
    documents: impl IntoIterator<Item = &'a DocumentSummary>,
    query: &str,
    limit: usize,
) -> SearchResults {
    let needle = fold(query.trim());
    let mut results = SearchResults::default();
    if needle.is_empty() {
        return results;
    }
    let mut folded = FoldedText::default();
    for document in documents {
        folded.refill(&document.text);
        let room = limit.saturating_sub(results.hits.len());
        // One more than there is room for tells whether the limit cut anything.
        let spans = folded.find_folded(&needle, room + 1);
        if spans.len() > room {
            results.truncated = true;
        }
        if !spans.is_empty() && room > 0 {
            results.documents += 1;
        }
        for span in spans.into_iter().take(room) {
            let (context, context_hit) = context_around(&document.text, span);
            results.hits.push(SearchHit {
                entry: document.entry,
                path: document.path.clone(),
                section: document
                    .section_at(span.start)
                    .map(|s| s.title.clone())
                    .unwrap_or_default(),
                span,
                context,
                context_hit,
            });
        }
        if results.truncated {
            break;
        }
    }
    results
}

/// The sentence around `span` (within its block), at most [`CONTEXT_BYTES`] either side, on
/// one line; and where the hit sits in it.
fn context_around(text: &str, span: Span) -> (String, Range<usize>) {
    let before = text.get(..span.start).unwrap_or("");
    let after = text.get(span.end..).unwrap_or("");
    // The block: blocks are separated by a blank line.
    let block_start = before.rfind("\n\n").map_or(0, |at| at + 2);
    let block_end = after.find("\n\n").map_or(text.len(), |at| span.end + at);
    // The sentence: after the last sentence end before the hit, up to the first after it.
    let sentence_start = before
        .get(block_start..)
        .and_then(|head| {
            [". ", "? ", "! ", "\n"]
                .iter()
                .filter_map(|end| head.rfind(end).map(|at| at + end.len()))
                .max()
        })
        .map_or(block_start, |at| block_start + at);
    let sentence_end = text
        .get(span.end..block_end)
        .and_then(|tail| {
            [". ", "? ", "! ", "\n"]
                .iter()
                .filter_map(|end| tail.find(end).map(|at| at + 1))
                .min()
        })
        .map_or(block_end, |at| span.end + at);
    let mut start = sentence_start.max(span.start.saturating_sub(CONTEXT_BYTES));
    let mut end = sentence_end.min(span.end + CONTEXT_BYTES).max(span.end);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let cut_start = start > sentence_start;
    let cut_end = end < sentence_end;
    let mut context = String::with_capacity(end - start + 8);
    if cut_start {
        context.push('…');
    }
    let offset = context.len();
    // Table cells and rows become spaces: the same byte lengths, so offsets hold.
    context.push_str(
        &text
            .get(start..end)
            .unwrap_or("")
            .replace(['\n', '\t'], " "),
    );
    if cut_end {
        context.push('…');
    }
    let hit = offset + (span.start - start)..offset + (span.end - start);
    (context, hit)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary(text: &str) -> DocumentSummary {
        DocumentSummary {
            path: "a.zip!/x.txt".into(),
            text: text.into(),
            ..DocumentSummary::default()
        }
    }

    #[test]
    fn a_hit_comes_with_its_sentence() {
        let doc =
            summary("First sentence here. Some 138,000 Hectares of cannabis grow wild. Last one.");
        let results = search([&doc], "hectares OF Cannabis", 10);
        assert_eq!(results.hits.len(), 1);
        let hit = &results.hits[0];
        assert_eq!(hit.context, "Some 138,000 Hectares of cannabis grow wild.");
        assert_eq!(
            &hit.context[hit.context_hit.clone()],
            "Hectares of cannabis"
        );
        assert_eq!(&doc.text[hit.span.range()], "Hectares of cannabis");
    }

    #[test]
    fn accents_are_ignored_and_the_limit_is_reported() {
        let doc = summary("Élysée, elysee and ELYSÉE.");
        let results = search([&doc], "elysée", 2);
        assert_eq!(results.hits.len(), 2);
        assert!(results.truncated);
        assert_eq!(&doc.text[results.hits[0].span.range()], "Élysée");
    }

    #[test]
    fn a_long_sentence_is_cut_around_the_hit() {
        let text = format!("{} needle {}.", "word ".repeat(100), "more ".repeat(100));
        let doc = summary(&text);
        let hit = &search([&doc], "needle", 1).hits[0];
        assert!(hit.context.starts_with('…') && hit.context.ends_with('…'));
        assert_eq!(&hit.context[hit.context_hit.clone()], "needle");
        assert!(hit.context.len() < 2 * CONTEXT_BYTES + 20);
    }

    #[test]
    fn an_empty_query_finds_nothing() {
        assert!(search([&summary("abc")], "  ", 10).hits.is_empty());
    }
}
