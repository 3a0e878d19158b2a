//! From source blocks to the body: chrome removal, the title block and metadata, the outline.

mod chrome;
mod metadata;
mod outline;

pub use chrome::{Verdict, content_mask, judge};
pub use metadata::{Metadata, read_title_block, tidy_case};
pub use outline::{HeadingStyle, heading_style, run_in_head_len};

use crate::document::{Block, BlockKind, Document, RemovedText, Section, SourceFormat, Span};
use crate::load::SourceBlock;

/// The most lines a title block has above the first section.
const MAX_TITLE_LINES: usize = 8;

/// Builds the document body from source blocks: drops the chrome, marks the title block,
/// finds headings and run-in heads, and lays the blocks out in [`Document::text`].
pub fn assemble(blocks: Vec<SourceBlock>, format: SourceFormat) -> Document {
    let mask = content_mask(&blocks);
    let kept: Vec<&SourceBlock> = blocks.iter().zip(&mask).filter(|(_, k)| **k).map(|(b, _)| b).collect();
    let title_lines = title_block_len(&kept);
    let levels = heading_levels(&kept, title_lines);

    let mut document = Document {
        format,
        ..Document::default()
    };
    let mut kept_index = 0;
    let mut current_heading_level = 0u8;
    for (block, keep) in blocks.iter().zip(&mask) {
        if !keep {
            document.removed.push(RemovedText {
                offset: document.text.len(),
                text: block.text.clone(),
            });
            continue;
        }
        if !document.text.is_empty() {
            document.text.push_str("\n\n");
        }
        let start = document.text.len();
        document.text.push_str(&block.text);
        let span = Span::new(start, document.text.len());
        let (kind, level) = if kept_index < title_lines {
            (BlockKind::Title, 0)
        } else if let Some(level) = levels[kept_index] {
            current_heading_level = level;
            document.sections.push(Section {
                level,
                title: block.text.split_whitespace().collect::<Vec<_>>().join(" "),
                span,
            });
            (BlockKind::Heading, level)
        } else {
            if block.kind == BlockKind::Paragraph
                && let Some(len) = run_in_head_len(&block.text)
            {
                document.sections.push(Section {
                    level: (current_heading_level + 1).min(6),
                    title: block.text[..len].to_owned(),
                    span: Span::new(start, start + len),
                });
            }
            (block.kind, 0)
        };
        document.blocks.push(Block { kind, level, span });
        kept_index += 1;
    }
    close_sections(&mut document.sections, document.text.len());

    let title_texts: Vec<&str> = kept[..title_lines].iter().map(|b| b.text.as_str()).collect();
    let meta = read_title_block(&title_texts);
    document.title = meta.title;
    document.subject = meta.subject;
    if document.subject.is_empty() && (!document.title.is_empty() || !document.issuer.is_empty()) {
        // A chapter without its country line: the name its opening paragraphs keep using.
        let opening: Vec<&str> = kept[title_lines..].iter().take(6).map(|b| b.text.as_str()).collect();
        if let Some(subject) = most_named(&opening) {
            if document.title.is_empty() {
                document.title = subject.clone();
            } else if !document.title.contains(&subject) {
                document.title = format!("{}: {subject}", document.title);
            }
            document.subject = subject;
        }
    }
    document.issuer = meta.issuer;
    document.date = meta.date;
    document
}

/// Capitalised words that start sentences or name institutions rather than a subject.
const NOT_SUBJECTS: &[&str] = &[
    "The", "This", "These", "That", "There", "In", "On", "At", "As", "By", "For", "From", "With",
    "Government", "Ministry", "Department", "State", "States", "United", "National", "Central",
    "Western", "Eastern", "Southern", "Northern", "European", "Europe", "Asia", "UN", "US",
    "USG", "Convention", "Summary", "Status", "Country", "Drug", "Drugs", "Police", "However",
    "Although", "According", "Since", "During", "Major", "Domestic", "International", "Law",
    "Policy", "Initiatives", "It", "A", "Actions", "Against",
];

/// The proper name mentioned most in `paragraphs` (at least three times): "Tajikistan",
/// "Czech Republic".
fn most_named(paragraphs: &[&str]) -> Option<String> {
    use std::collections::HashMap;
    let mut counts: HashMap<String, usize> = HashMap::new();
    for paragraph in paragraphs {
        let words: Vec<&str> = paragraph
            .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
            .filter(|w| !w.is_empty())
            .map(|w| w.trim_end_matches("'s").trim_end_matches("’s"))
            .collect();
        let is_name = |w: &str| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().skip(1).all(char::is_lowercase)
                && w.chars().count() >= 4
                && !NOT_SUBJECTS.contains(&w)
        };
        for (i, word) in words.iter().enumerate() {
            if !is_name(word) {
                continue;
            }
            *counts.entry((*word).to_owned()).or_default() += 1;
            if let Some(next) = words.get(i + 1)
                && next.chars().next().is_some_and(char::is_uppercase)
                && next.chars().skip(1).all(char::is_lowercase)
            {
                *counts.entry(format!("{word} {next}")).or_default() += 1;
            }
        }
    }
    let (best, count) = counts
        .iter()
        .filter(|(name, _)| !name.contains(' '))
        .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))?;
    if *count < 3 {
        return None;
    }
    // "Czech Republic" over "Czech" when the pair is how the name is often written.
    let pair = counts
        .iter()
        .filter(|(name, c)| name.starts_with(&format!("{best} ")) && **c >= 2 && **c * 2 >= *count)
        .max_by_key(|(_, c)| **c)
        .map(|(name, _)| name.clone());
    Some(pair.unwrap_or_else(|| best.clone()))
}

/// How many of the first kept blocks form the title block: the short lines above the first
/// section heading or the first paragraph of prose.
fn title_block_len(kept: &[&SourceBlock]) -> usize {
    for (i, block) in kept.iter().enumerate().take(MAX_TITLE_LINES + 1) {
        let is_section_head = match block.kind {
            BlockKind::Heading => block.level >= 2 || i > 0,
            BlockKind::Paragraph => matches!(
                heading_style(&block.text),
                Some(HeadingStyle::Roman | HeadingStyle::Numbered(_))
            ),
            _ => true,
        };
        let is_prose = judge(block) == Verdict::Good || run_in_head_len(&block.text).is_some();
        if is_section_head || is_prose {
            return i;
        }
        if block.text.chars().count() > 150 || block.text.contains('\n') {
            return i;
        }
        if block.kind == BlockKind::Heading {
            // An `h1` opening the page is its title.
            return 1;
        }
    }
    0
}

/// The outline level of each kept block that is a heading.
fn heading_levels(kept: &[&SourceBlock], title_lines: usize) -> Vec<Option<u8>> {
    let styles: Vec<Option<HeadingStyle>> = kept
        .iter()
        .enumerate()
        .map(|(i, block)| {
            if i < title_lines {
                return None;
            }
            match block.kind {
                BlockKind::Heading => Some(HeadingStyle::Marked(block.level.max(1))),
                BlockKind::Paragraph if block.source_lines <= 1 || block.text.len() <= 100 => {
                    heading_style(&block.text)
                }
                _ => None,
            }
        })
        .collect();
    let has_roman = styles.contains(&Some(HeadingStyle::Roman));
    let top_marked = styles
        .iter()
        .filter_map(|s| match s {
            Some(HeadingStyle::Marked(level)) => Some(*level),
            _ => None,
        })
        .min()
        .unwrap_or(1);
    styles
        .into_iter()
        .map(|style| {
            style.map(|style| match style {
                HeadingStyle::Marked(level) => level - top_marked + 1,
                HeadingStyle::Roman | HeadingStyle::AllCaps => 1,
                HeadingStyle::Numbered(depth) => (depth + u8::from(has_roman)).min(6),
            })
        })
        .collect()
}

/// A section runs until the next heading of the same or a higher level.
fn close_sections(sections: &mut [Section], text_len: usize) {
    for i in 0..sections.len() {
        let level = sections[i].level;
        let end = sections[i + 1..]
            .iter()
            .find(|s| s.level <= level)
            .map_or(text_len, |s| s.span.start);
        sections[i].span.end = end.max(sections[i].span.start);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_section_ends_where_the_next_one_of_its_level_begins() {
        let mut sections = vec![
            Section { level: 1, title: "I".into(), span: Span::new(0, 0) },
            Section { level: 2, title: "a".into(), span: Span::new(10, 10) },
            Section { level: 1, title: "II".into(), span: Span::new(20, 20) },
        ];
        close_sections(&mut sections, 30);
        assert_eq!(sections[0].span, Span::new(0, 20));
        assert_eq!(sections[1].span, Span::new(10, 20));
        assert_eq!(sections[2].span, Span::new(20, 30));
    }
}
