//! Markdown to source blocks: a note app's copy of a web page, or an e-text given headings.
//!
//! Such a file is the page it was clipped from, written another way: `#` heads, `**bold**`
//! run-in heads, `[text](url)` links, lists and pipe tables. It is parsed as CommonMark (with
//! GitHub's tables) into HTML, and the HTML reader reads that like any saved page, so heads
//! keep their levels, a table stays a table, and a clipped menu of links is chrome by its
//! link density. The front matter a clipper writes names the page: its `title`, and the
//! article's date as `published` or `date`; the day it was clipped (`created`) dates nothing.

use super::{PageInfo, SourceBlock};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use std::path::Path;

/// The extensions Markdown files go by.
const EXTENSIONS: &[&str] = &["md", "markdown", "mdown", "mkd", "mkdn"];

/// Whether a file of text is Markdown, by its name.
pub fn is_markdown_name(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.iter().any(|m| e.eq_ignore_ascii_case(m)))
}

/// Whether a file named as Markdown is written in it: a front matter, a `#` head, a fence or a
/// table's rule; or two hints among links, emphasis, link definitions and `===` underlines. A
/// text file merely renamed `.md` has none of them, and is read as the text it is (its cover
/// lines stacked without blank lines, which Markdown would run together into one paragraph).
pub fn has_markup(text: &str) -> bool {
    if super::sniff::after_front_matter(text).len() < text.len() {
        return true;
    }
    // A head, a fence or a table's rule says so at once; a link, a pair of emphasis marks or a
    // link's definition only twice over (a text may quote one link, or star a word).
    let mut hints = 0;
    let mut previous_blank = true;
    for line in text.lines().take(5_000) {
        // ("Germany" over "=======": a setext head, a hint, for a text may underline so too.)
        let underline = !previous_blank && line.len() >= 3 && line.bytes().all(|b| b == b'=');
        previous_blank = line.trim().is_empty();
        hints += usize::from(underline);
        let line = line.trim_start();
        let hashes = line.bytes().take_while(|&b| b == b'#').count();
        // ("# of arrests  3,400": a table's row, not a head.)
        let head = (1..=6).contains(&hashes)
            && line[hashes..].starts_with([' ', '\t'])
            && line[hashes..]
                .trim_start()
                .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
        if head || line.starts_with("```") || is_table_rule(line) {
            return true;
        }
        hints += usize::from(line.contains("](") || line.contains("]["))
            + usize::from(has_emphasis(line))
            + usize::from(is_link_definition(line));
        if hints >= 2 {
            return true;
        }
    }
    false
}

/// "|---|---|", "| :--- | ---: |": the rule under a table's head row ("|----+---|" is another
/// program's table).
fn is_table_rule(line: &str) -> bool {
    line.starts_with('|')
        && line.contains("--")
        && line
            .bytes()
            .all(|b| matches!(b, b'|' | b'-' | b':' | b' ' | b'\t'))
}

/// "[dos]: https://www.state.gov/ "U.S. Department of State"": a reference-style link's
/// address, which no text file writes so.
fn is_link_definition(line: &str) -> bool {
    line.strip_prefix('[')
        .and_then(|rest| rest.split_once("]:"))
        .is_some_and(|(label, address)| {
            !label.is_empty()
                && !label.contains(' ')
                && ["http://", "https://", "/", "#"]
                    .iter()
                    .any(|start| address.trim_start().starts_with(start))
        })
}

/// "**Corruption.**", "*735 kilograms*": asterisks around words (not a rule of asterisks, nor
/// a footnote's "Federal**" or "1,200*").
fn has_emphasis(line: &str) -> bool {
    let bytes = line.as_bytes();
    let Some(open) = memchr::memchr_iter(b'*', bytes).find(|&at| {
        (at == 0 || (bytes[at - 1] != b'*' && !bytes[at - 1].is_ascii_alphanumeric()))
            && bytes[at..]
                .iter()
                .find(|&&b| b != b'*')
                .is_some_and(u8::is_ascii_alphanumeric)
    }) else {
        return false;
    };
    let after = open + bytes[open..].iter().take_while(|&&b| b == b'*').count();
    memchr::memchr_iter(b'*', &bytes[after..]).any(|at| {
        let at = after + at;
        let before = bytes[at - 1];
        before != b' '
            && before != b'*'
            && !bytes.get(at + 1).is_some_and(u8::is_ascii_alphanumeric)
    })
}

/// Splits a Markdown file into blocks, and reads what its front matter says of the page.
pub fn read_page(text: &str) -> (Vec<SourceBlock>, PageInfo) {
    let body = super::sniff::after_front_matter(text);
    let mut front_matter = text[..text.len() - body.len()].to_owned();
    let body = without_properties(body, &mut front_matter);
    let body = years_kept(&body);
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_STRIKETHROUGH);
    // The front matter goes on ahead of the page: the HTML reader takes its title and date.
    let mut page = String::with_capacity(front_matter.len() + body.len() + body.len() / 4 + 32);
    page.push_str(&front_matter);
    page.push_str("<html><body>\n");
    let events = prose_links_unlinked(shallow_lists(Parser::new_ext(&body, options)));
    let events = hyphen_breaks_joined(events);
    pulldown_cmark::html::push_html(&mut page, events.into_iter());
    page.push_str("</body></html>\n");
    super::html::read_page(&page)
}

/// "drug-" / "related", "G-" / "7": a wrapped line ending in a hyphen goes on without a space,
/// as the text reader joins it ("G- 7" would count seven of something).
fn hyphen_breaks_joined(events: Vec<Event<'_>>) -> Vec<Event<'_>> {
    let mut keep = vec![true; events.len()];
    for i in 1..events.len() {
        if let (Event::Text(before), Event::SoftBreak) = (&events[i - 1], &events[i]) {
            let mut end = before.chars().rev();
            keep[i] = !(end.next() == Some('-') && end.next().is_some_and(char::is_alphanumeric));
        }
    }
    kept_events(events, &keep)
}

/// The events `keep` marks, in order.
fn kept_events<'a>(events: Vec<Event<'a>>, keep: &[bool]) -> Vec<Event<'a>> {
    events
        .into_iter()
        .zip(keep)
        .filter_map(|(event, &keep)| keep.then_some(event))
        .collect()
}

/// Lists nested deeper than any report nests them ("- - - - … a") are flattened: each level
/// would be an element for the HTML parser to look through, and a few bytes of Markdown make
/// one.
fn shallow_lists<'a>(events: impl Iterator<Item = Event<'a>>) -> Vec<Event<'a>> {
    const MAX_DEPTH: usize = 32;
    let mut depth = 0usize;
    events
        .filter(|event| match event {
            Event::Start(Tag::List(_) | Tag::Item) => {
                depth += 1;
                depth <= MAX_DEPTH
            }
            Event::End(TagEnd::List(_) | TagEnd::Item) => {
                depth = depth.saturating_sub(1);
                depth < MAX_DEPTH
            }
            _ => true,
        })
        .collect()
}

/// A link inside a sentence ("a party to the [1988 UN Drug Convention](…)") is the writer's
/// reference, not the site's navigation: in a paragraph or list item with words of its own
/// besides its links, the links become plain text, so that a short note's prose is not judged
/// chrome by its links. Paragraphs and items of links only (a clipped breadcrumb or menu) keep
/// them.
fn prose_links_unlinked(events: Vec<Event<'_>>) -> Vec<Event<'_>> {
    // The innermost paragraph or item each event is in, and the letters around its links.
    let mut open: Vec<(usize, usize, usize)> = Vec::new(); // (start, letters outside, letters in)
    let mut in_link = 0usize;
    let mut keep = vec![true; events.len()];
    let mut spans: Vec<(usize, usize)> = Vec::new();
    for (i, event) in events.iter().enumerate() {
        match event {
            Event::Start(Tag::Paragraph | Tag::Item) => open.push((i, 0, 0)),
            Event::End(TagEnd::Paragraph | TagEnd::Item) => {
                if let Some((start, outside, inside)) = open.pop()
                    && inside > 0
                    && outside >= 20
                {
                    spans.push((start, i));
                }
            }
            Event::Start(Tag::Link { .. }) => in_link += 1,
            Event::End(TagEnd::Link) => in_link = in_link.saturating_sub(1),
            Event::Text(text) => {
                if let Some(last) = open.last_mut() {
                    let letters = text.chars().filter(|c| c.is_alphanumeric()).count();
                    if in_link > 0 {
                        last.2 += letters;
                    } else {
                        last.1 += letters;
                    }
                }
            }
            _ => {}
        }
    }
    for (start, end) in spans {
        for k in start..end {
            if matches!(
                events[k],
                Event::Start(Tag::Link { .. }) | Event::End(TagEnd::Link)
            ) {
                keep[k] = false;
            }
        }
    }
    kept_events(events, &keep)
}

/// The names a note app gives the properties it lists under a clipped page's title
/// ("Created: January 15, 2024 9:41 AM", "URL: https://…", "Source: https://…").
const PROPERTY_KEYS: &[&str] = &[
    "clipped",
    "created",
    "date",
    "last edited",
    "published",
    "source",
    "status",
    "tags",
    "type",
    "updated",
    "url",
];

/// Takes the block of properties a note app lists right under a note's title (Notion's
/// "Created:", "Tags:", "URL:"; Joplin's "Source:") out of its body: they are the note's, as a
/// front matter is, and are read as one (its `published` or `date` dates the page). A note
/// with a front matter of its own, or one not opening with its title, keeps every line.
fn without_properties(body: &str, front_matter: &mut String) -> String {
    let property = |line: &str| {
        line.split_once(':').is_some_and(|(key, value)| {
            let key = key.trim();
            !value.trim().is_empty() && PROPERTY_KEYS.iter().any(|k| key.eq_ignore_ascii_case(k))
        })
    };
    if !front_matter.is_empty() {
        return body.to_owned();
    }
    let mut lines = body.split_inclusive('\n');
    let mut kept = String::with_capacity(body.len());
    // The title: the first line that is not blank, a head.
    for line in lines.by_ref() {
        kept.push_str(line);
        if !line.trim().is_empty() {
            if !line.trim_start().starts_with('#') {
                return body.to_owned();
            }
            break;
        }
    }
    // The block of properties right under it, blank lines before it aside.
    let mut taken = Vec::new();
    for line in lines.by_ref() {
        let trimmed = line.trim();
        if trimmed.is_empty() && taken.is_empty() {
            kept.push_str(line);
        } else if property(trimmed) {
            taken.push(trimmed.to_owned());
        } else {
            kept.push_str(line);
            break;
        }
    }
    kept.extend(lines);
    if taken.is_empty() {
        return body.to_owned();
    }
    front_matter.push_str("---\n");
    for property in &taken {
        if let Some((key, value)) = property.split_once(':') {
            front_matter.push_str(&format!(
                "{}: {}\n",
                key.trim().to_lowercase(),
                value.trim()
            ));
        }
    }
    front_matter.push_str("---\n");
    kept
}

/// "1998. The Bundestag passed …": a line opening with a year and a full stop is no list
/// numbered from 1998, and keeps its year (its stop is escaped; not in code).
fn years_kept(body: &str) -> std::borrow::Cow<'_, str> {
    let opens_with_year = |line: &str| {
        let line = line.trim_start_matches(' ');
        let bytes = line.as_bytes();
        bytes.len() >= 6
            && bytes[..4].iter().all(u8::is_ascii_digit)
            && matches!(bytes[0], b'1' | b'2')
            && bytes[4] == b'.'
            && matches!(bytes[5], b' ' | b'\t')
    };
    if !body.lines().any(opens_with_year) {
        return std::borrow::Cow::Borrowed(body);
    }
    let mut kept = String::with_capacity(body.len() + 16);
    // (Not in code, where the backslash would stay: a fence's lines (``` or ~~~), or ones
    // indented as code.)
    let mut in_fence = false;
    for line in body.split_inclusive('\n') {
        let fence = line.trim_start();
        if fence.starts_with("```") || fence.starts_with("~~~") {
            in_fence = !in_fence;
        }
        let code = in_fence || line.starts_with("    ") || line.starts_with('\t');
        if !code && opens_with_year(line) {
            let at = line.len() - line.trim_start_matches(' ').len() + 4;
            kept.push_str(&line[..at]);
            kept.push('\\');
            kept.push_str(&line[at..]);
        } else {
            kept.push_str(line);
        }
    }
    std::borrow::Cow::Owned(kept)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::BlockKind;

    #[test]
    fn heads_links_and_emphasis_read_as_the_page_they_stand_for() {
        let (blocks, page) = read_page(
            "---\ntitle: \"1998 INCSR: Germany\"\nsource: https://example.org/europe98.html\n\
             created: 2024-11-05T10:22:31Z\n---\n\n# Germany\n\n### I. Summary\n\nGermany is \
             a party to the [1988 UN Drug Convention](https://example.org/c.pdf).\nPolice \
             seized **735 kilograms** of heroin.\n\n| Drug | 1997 |\n|---|---|\n| Heroin | 735 |\n",
        );
        assert_eq!(page.title, "1998 INCSR: Germany");
        // The day it was clipped is no date of the page.
        assert_eq!(page.date, "");
        let read: Vec<(BlockKind, u8, &str)> = blocks
            .iter()
            .map(|b| (b.kind, b.level, b.text.as_str()))
            .collect();
        assert_eq!(
            read,
            [
                (BlockKind::Heading, 1, "Germany"),
                (BlockKind::Heading, 3, "I. Summary"),
                (
                    BlockKind::Paragraph,
                    0,
                    "Germany is a party to the 1988 UN Drug Convention. Police seized 735 \
                     kilograms of heroin."
                ),
                (BlockKind::Table, 0, "Drug\t1997\nHeroin\t735"),
            ]
        );
    }

    #[test]
    fn a_notes_properties_under_its_title_leave_its_body() {
        let (blocks, page) = read_page(
            "# Money Laundering\n\nCreated: January 15, 2024 9:41 AM\nTags: INCSR\nURL: \
             https://docslib.org/doc/7823972\n\n## Introduction\n\nSource: UNODC, 2001.\n\n\
             The terrorist attacks of September 11 illuminated the importance of laws against \
             money laundering.\n",
        );
        let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts[..3],
            ["Money Laundering", "Introduction", "Source: UNODC, 2001."]
        );
        assert_eq!(page.date, "");
    }

    #[test]
    fn a_line_wrapped_after_a_hyphen_goes_on_without_a_space() {
        let (blocks, _) = read_page("# G\n\nthe G-\n7 community and drug-\nrelated crime\n");
        assert_eq!(blocks[1].text, "the G-7 community and drug-related crime");
    }

    #[test]
    fn a_paragraph_opening_with_a_year_is_no_list() {
        let (blocks, _) = read_page("# Germany\n\n1998. The Bundestag passed a law.\n");
        assert_eq!(blocks[1].text, "1998. The Bundestag passed a law.");
    }

    #[test]
    fn a_text_renamed_md_has_no_markup_and_a_note_has() {
        assert!(!has_markup(
            "U.S. Department of State\n1997 International Narcotics Control Strategy Report\n\
             I. Summary\nArmenia is a transit route - for opium #1 and hashish.\n"
        ));
        assert!(has_markup("Intro\n\n## I. Summary\n"));
        assert!(has_markup(
            "A party to the [1988 Convention](https://x.org).\n**Corruption.** Police are \
             underpaid."
        ));
        assert!(has_markup(
            "| Drug | Seized |\n| :--- | ---: |\n| Heroin | 735 |\n"
        ));
        assert!(has_markup(
            "Germany\n=======\n\nPolice seized *735 kilograms* of heroin.\n"
        ));
        // One link quoted, a row of a table that counts, another program's table.
        assert!(!has_markup("See [the BKA report](http://bka.de).\n"));
        assert!(!has_markup("# of arrests    3,400    3,900\n|----+----|\n"));
        assert!(has_markup(
            "[State][dos]\n\n[dos]: https://www.state.gov/ \"State\"\n"
        ));
        assert!(!has_markup(
            "*** START OF THIS EBOOK ***\n1 district** (distrito)\n"
        ));
        assert!(has_markup(
            "---\ntitle: Germany\n---\nGermany is a transit country."
        ));
    }

    #[test]
    fn only_markdown_names_are_read_as_markdown() {
        assert!(is_markdown_name(Path::new("notes/Kazakstan 1996.md")));
        assert!(is_markdown_name(Path::new("a.MARKDOWN")));
        assert!(!is_markdown_name(Path::new("a.txt")));
        assert!(!is_markdown_name(Path::new("md")));
    }
}
