//! Markdown to source blocks: a note app's copy of a web page, or an e-text given headings.
//!
//! Such a file is the page it was clipped from, written another way: `#` heads, `**bold**`
//! run-in heads, `[text](url)` links, lists and pipe tables. It is parsed as CommonMark (with
//! GitHub's tables) into HTML, and the HTML reader reads that like any saved page, so heads
//! keep their levels, a table stays a table, and a clipped menu of links is chrome by its
//! link density. The front matter a clipper writes names the page: its `title`, and the
//! article's date as `published` or `date`; the day it was clipped (`created`) dates nothing.

use super::{PageInfo, SourceBlock};
use pulldown_cmark::{Options, Parser};
use std::path::Path;

/// The extensions Markdown files go by.
const EXTENSIONS: &[&str] = &["md", "markdown", "mdown", "mkd", "mkdn"];

/// Whether a file of text is Markdown, by its name.
pub fn is_markdown_name(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.iter().any(|m| e.eq_ignore_ascii_case(m)))
}

/// Splits a Markdown file into blocks, and reads what its front matter says of the page.
pub fn read_page(text: &str) -> (Vec<SourceBlock>, PageInfo) {
    let body = super::sniff::after_front_matter(text);
    let front_matter = &text[..text.len() - body.len()];
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_STRIKETHROUGH);
    // The front matter goes on ahead of the page: the HTML reader takes its title and date.
    let mut page = String::with_capacity(front_matter.len() + body.len() + body.len() / 4 + 32);
    page.push_str(front_matter);
    page.push_str("<html><body>\n");
    pulldown_cmark::html::push_html(&mut page, Parser::new_ext(body, options));
    page.push_str("</body></html>\n");
    super::html::read_page(&page)
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
    fn only_markdown_names_are_read_as_markdown() {
        assert!(is_markdown_name(Path::new("notes/Kazakstan 1996.md")));
        assert!(is_markdown_name(Path::new("a.MARKDOWN")));
        assert!(!is_markdown_name(Path::new("a.txt")));
        assert!(!is_markdown_name(Path::new("md")));
    }
}
