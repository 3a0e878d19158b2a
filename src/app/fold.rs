//! Case- and accent-insensitive matching for Find and the filter boxes.
//!
//! Folding a string: decompose each character (NFD), drop the combining marks (accents,
//! the Greek tonos and dialytika), lower-case what is left, and treat the final sigma `ς` as
//! `σ`. "Κωνσταντίνος", "ΚΩΝΣΤΑΝΤΙΝΟΣ" and "κωνσταντινος" all fold to the same text.
//!
//! Find runs over a [`FoldedText`]: the folded body built once per document on the loader
//! thread, plus a sparse table that maps folded byte offsets back to the body's offsets. The
//! table only holds a checkpoint where a character's folded length differs from its own (an
//! accented letter, a Greek letter with tonos); ASCII text needs none, so the index costs
//! little more than the folded copy.

use crate::document::Span;
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Appends the folded form of `c` to `out`.
fn push_folded(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    decompose_canonical(c, |d| {
        if is_combining_mark(d) {
            return;
        }
        if d == 'ς' {
            out.push('σ');
            return;
        }
        out.extend(d.to_lowercase());
    });
}

/// The folded form of `text`: what Find and the filter boxes compare.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        push_folded(c, &mut out);
    }
    out
}

/// Whether `haystack` contains `needle_folded` (already folded) once folded.
pub fn contains_folded(haystack: &str, needle_folded: &str) -> bool {
    needle_folded.is_empty() || fold(haystack).contains(needle_folded)
}

/// A document body, folded, with the way back to the body's byte offsets.
#[derive(Debug, Default)]
pub struct FoldedText {
    folded: String,
    /// `(folded offset, original offset)` pairs, ascending; between two checkpoints the two
    /// texts advance byte for byte.
    checkpoints: Vec<(usize, usize)>,
}

impl FoldedText {
    /// Folds `original` once.
    pub fn new(original: &str) -> Self {
        let mut folded = String::with_capacity(original.len());
        let mut checkpoints = vec![(0, 0)];
        for (offset, c) in original.char_indices() {
            let before = folded.len();
            push_folded(c, &mut folded);
            if folded.len() - before != c.len_utf8() {
                checkpoints.push((folded.len(), offset + c.len_utf8()));
            }
        }
        Self {
            folded,
            checkpoints,
        }
    }

    /// The body offset of a folded offset.
    fn original_offset(&self, folded_offset: usize) -> usize {
        let index = self
            .checkpoints
            .partition_point(|&(folded, _)| folded <= folded_offset);
        let Some(&(folded, original)) = index.checked_sub(1).and_then(|i| self.checkpoints.get(i))
        else {
            return folded_offset;
        };
        original + (folded_offset - folded)
    }

    /// Every place `query` occurs, folded, as spans of the original body, in order; at most
    /// `limit` of them.
    pub fn find_all(&self, query: &str, limit: usize) -> Vec<Span> {
        let needle = fold(query);
        if needle.is_empty() {
            return Vec::new();
        }
        self.folded
            .match_indices(needle.as_str())
            .take(limit)
            .map(|(start, found)| {
                Span::new(
                    self.original_offset(start),
                    self.original_offset(start + found.len()),
                )
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_ignores_case_accents_and_the_greek_tonos() {
        assert_eq!(fold("Kazakstan"), "kazakstan");
        assert_eq!(fold("Élysée"), "elysee");
        assert_eq!(fold("Κωνσταντίνος"), fold("ΚΩΝΣΤΑΝΤΙΝΟΣ"));
        assert_eq!(fold("Ελλάδα"), "ελλαδα");
    }

    #[test]
    fn hits_map_back_to_the_original_bytes() {
        let text = "Ο Πρωθυπουργός είπε: πρωθυπουργος. Café, CAFE!";
        let folded = FoldedText::new(text);
        let hits = folded.find_all("ΠΡΩΘΥΠΟΥΡΓΟΣ", 100);
        let found: Vec<&str> = hits.iter().map(|s| &text[s.range()]).collect();
        assert_eq!(found, ["Πρωθυπουργός", "πρωθυπουργος"]);
        let cafes: Vec<&str> = folded
            .find_all("cafe", 100)
            .iter()
            .map(|s| &text[s.range()])
            .collect();
        assert_eq!(cafes, ["Café", "CAFE"]);
    }

    #[test]
    fn an_empty_query_finds_nothing() {
        assert!(FoldedText::new("abc").find_all("", 10).is_empty());
    }

    #[test]
    fn decomposed_input_folds_like_composed_input() {
        let decomposed = "Cafe\u{301} au lait";
        let folded = FoldedText::new(decomposed);
        let hits = folded.find_all("café au", 10);
        assert_eq!(hits.len(), 1);
        assert_eq!(&decomposed[hits[0].range()], "Cafe\u{301} au");
    }
}
