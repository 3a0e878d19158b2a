//! Case- and accent-insensitive text: what collection search, the viewer's Find and its filter
//! boxes all compare, so they agree on what matches.
//!
//! Folding decomposes each character (NFD), drops combining marks, lower-cases the rest and
//! treats the final sigma `ς` as `σ`: "Élysée" and "ELYSEE" both fold to "elysee".

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

/// The folded form of `text`.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        push_folded(c, &mut out);
    }
    out
}

/// Whether `haystack` contains `needle_folded` (already folded) once folded; an empty needle
/// is everywhere.
pub fn contains_folded(haystack: &str, needle_folded: &str) -> bool {
    needle_folded.is_empty() || fold(haystack).contains(needle_folded)
}

/// A text, folded, with the way back to the original's byte offsets. Reusable: [`refill`]
/// keeps the buffers, so searching many documents allocates once.
///
/// [`refill`]: FoldedText::refill
#[derive(Debug, Default)]
pub struct FoldedText {
    folded: String,
    /// `(folded offset, original offset)` pairs, ascending; between two checkpoints both
    /// texts advance byte for byte. ASCII text needs none.
    checkpoints: Vec<(usize, usize)>,
}

impl FoldedText {
    /// Folds `original` once.
    pub fn new(original: &str) -> Self {
        let mut folded = Self::default();
        folded.refill(original);
        folded
    }

    /// Folds `original` into this buffer, replacing what it held.
    pub fn refill(&mut self, original: &str) {
        self.folded.clear();
        self.checkpoints.clear();
        self.checkpoints.push((0, 0));
        if original.is_ascii() {
            self.folded.push_str(original);
            self.folded.make_ascii_lowercase();
            return;
        }
        self.folded.reserve(original.len());
        for (offset, c) in original.char_indices() {
            let before = self.folded.len();
            push_folded(c, &mut self.folded);
            if self.folded.len() - before != c.len_utf8() {
                self.checkpoints
                    .push((self.folded.len(), offset + c.len_utf8()));
            }
        }
    }

    /// The folded text.
    pub fn as_str(&self) -> &str {
        &self.folded
    }

    /// The original offset of a folded offset.
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

    /// Every place the already-folded `needle` occurs, as spans of the original text, in
    /// order; at most `limit`.
    pub fn find_folded(&self, needle: &str, limit: usize) -> Vec<Span> {
        if needle.is_empty() {
            return Vec::new();
        }
        self.folded
            .match_indices(needle)
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
    fn folding_ignores_case_accents_and_the_final_sigma() {
        assert_eq!(fold("Élysée"), "elysee");
        assert_eq!(fold("Κωνσταντίνος"), fold("ΚΩΝΣΤΑΝΤΙΝΟΣ"));
    }

    #[test]
    fn hits_map_back_to_the_original_bytes() {
        let text = "Café, CAFE! Ο Πρωθυπουργός";
        let folded = FoldedText::new(text);
        let found: Vec<&str> = folded
            .find_folded(&fold("cafe"), 10)
            .iter()
            .map(|s| &text[s.range()])
            .collect();
        assert_eq!(found, ["Café", "CAFE"]);
        let greek = folded.find_folded(&fold("πρωθυπουργος"), 10);
        assert_eq!(greek.len(), 1);
        assert_eq!(&text[greek[0].range()], "Πρωθυπουργός");
    }

    #[test]
    fn decomposed_input_folds_like_composed_input() {
        let decomposed = "Cafe\u{301} au lait";
        let hits = FoldedText::new(decomposed).find_folded(&fold("café au"), 10);
        assert_eq!(hits.len(), 1);
        assert_eq!(&decomposed[hits[0].range()], "Cafe\u{301} au");
    }

    #[test]
    fn a_refilled_buffer_forgets_the_previous_text() {
        let mut folded = FoldedText::new("Ünïcödé text");
        folded.refill("ASCII Only");
        assert_eq!(folded.as_str(), "ascii only");
        assert_eq!(folded.find_folded("only", 5), [Span::new(6, 10)]);
    }
}
