//! From source blocks to the body: chrome removal, the title block and metadata, the outline.

mod chrome;
mod metadata;
mod outline;
mod places;

pub use chrome::{Verdict, content_mask, judge};
pub use metadata::{Metadata, read_title_block, tidy_case};
pub use outline::{HeadingStyle, heading_style, run_in_head_len};
pub use places::is_country_name;

use crate::document::{Block, BlockKind, Document, RemovedText, Section, SourceFormat, Span};
use crate::load::{PageInfo, SourceBlock};

/// The most lines a title block has above the first section.
const MAX_TITLE_LINES: usize = 8;

/// Builds the document body from source blocks: drops the chrome, marks the title block,
/// finds headings and run-in heads, and lays the blocks out in [`Document::text`].
pub fn assemble(blocks: Vec<SourceBlock>, format: SourceFormat) -> Document {
    assemble_page(blocks, format, &PageInfo::default())
}

/// [`assemble`], with what a web page says about itself (its `<title>`, `<meta>` tags) to
/// name and date the document.
pub fn assemble_page(blocks: Vec<SourceBlock>, format: SourceFormat, page: &PageInfo) -> Document {
    let mut mask = content_mask(&blocks);
    let article_heading = match format {
        SourceFormat::Html => chrome::keep_article_heading(&blocks, &mut mask, page),
        SourceFormat::Text => None,
    };
    chrome::drop_empty_headings(&blocks, &mut mask, article_heading);
    // A cable's subject line the reader set apart just above the report: its title, whatever
    // chrome the page set around it ("CANADA: 2004-2005 INTERNATIONAL NARCOTICS CONTROL
    // STRATEGY REPORT (INSCR) PART I" over "REF: STATE 249035").
    if let Some(first) = mask.iter().position(|&k| k)
        && let Some(subject_line) = (first.saturating_sub(3)..first)
            .rev()
            .find(|&i| blocks[i].kind == BlockKind::Title && !blocks[i].in_chrome_element)
    {
        mask[subject_line] = true;
    }
    // A cable's text, from its subject line under the routing lines the reader set apart, is
    // the report's: its opening lines ("1. (U) January 12, 2010; 10:00 AM", a list of
    // participants a name a line) are no site's menu however short they are.
    if let Some(first) = mask.iter().position(|&k| k)
        && let Some(subject) = (1..first).find(|&i| is_cable_subject(&blocks, i))
    {
        for i in subject..first {
            mask[i] = !blocks[i].page_furniture && !blocks[i].in_chrome_element;
        }
    }
    drop_lines_above_cover(&blocks, &mut mask);
    // A site's trail kept with the report's cover ("You are in: … > 2004 INCSR"): out of the
    // title block, once the report is found. (Judged chrome before, it would part the report
    // from its cover.)
    for (block, keep) in blocks.iter().zip(mask.iter_mut()) {
        if *keep && crate::load::is_trail(&block.text) {
            *keep = false;
        }
        // A cable printout's section marker ("MADRID 00000293 002 OF 002") where a page set
        // it apart: no part of the text, and no sign of a web site's chrome either (judged
        // so, it would cut the text off there as a page's foot).
        if *keep && crate::load::is_section_marker(&block.text) {
            *keep = false;
        }
    }
    drop_copies_before_repeated_header(&blocks, &mut mask);
    // A page's box of particulars near its top: the page's record of the report, out of the
    // body, read for its date and issuer.
    let particulars = (0..blocks.len())
        .filter(|&i| mask[i])
        .take(10)
        .find_map(|i| metadata::particulars(&blocks[i]).map(|p| (i, p)))
        .map(|(i, particulars)| {
            mask[i] = false;
            particulars
        });
    let kept_indexes: Vec<usize> = (0..blocks.len()).filter(|&i| mask[i]).collect();
    let kept: Vec<&SourceBlock> = kept_indexes.iter().map(|&i| &blocks[i]).collect();
    let heading_title = (format == SourceFormat::Html)
        .then(|| article_heading.map(|i| (i, metadata::heading_title(&blocks[i].text, page))))
        .flatten();
    // The article's `h1` closes the title block, whatever stands above it; one naming the
    // report opens its cover, and the cover's lines below it are the block's too.
    let heading_at = heading_title
        .as_ref()
        .and_then(|(index, _)| kept_indexes.iter().position(|i| i == index));
    // One that names no report still has the issuer's lines under it ("Countries/Jurisdictions
    // of Primary Concern - Ukraine" over the Bureau's name), and stays the page's title.
    let heading_names_the_report = heading_title
        .as_ref()
        .is_some_and(|(index, _)| metadata::names_a_report(&blocks[*index].text));
    let cover_under_heading = heading_at.map_or(0, |at| {
        if heading_names_the_report {
            cover_lines(&kept[at + 1..])
        } else {
            issuer_lines(&kept[at + 1..])
        }
    });
    // A cable's subject line set apart by the reader under its routing lines: the title, and
    // the whole of the title block (the lines under it are the cable's text).
    let cable_titled = kept_indexes
        .first()
        .is_some_and(|&first| is_cable_subject(&blocks, first));
    let title_lines = match (&heading_title, heading_at) {
        (Some(_), Some(at)) => at + 1 + cover_under_heading,
        (Some(_), None) => 0,
        // ("Kyrgyz Republic" under it, the report's own country line, goes with it.)
        // (In a text file the lines under it may be its title block's too: "The headings are
        // keyed per instructions provided reftel." over "Summary".)
        (None, _) if cable_titled && format == SourceFormat::Html => {
            1 + usize::from(kept.get(1).is_some_and(|b| {
                metadata::is_country_line(b.text.trim()) && places::is_country_name(&b.text)
            }))
        }
        (None, _) => title_block_len(&kept),
    };
    // The chapter's own heads under the cover ("Policy and Program Overview for 1997"): the
    // outline's first sections, not title lines.
    let chapter_heads = chapter_heads_under_cover(&kept, title_lines);
    let title_lines = title_lines - chapter_heads;
    // A text written in capitals: case tells no head from its prose.
    let capitals = written_in_capitals(&kept);
    // Headings set as plain lines are a plain text's: a page's markup names its own.
    let plain_heads = format == SourceFormat::Text && !capitals;
    let mut levels = heading_levels(&kept, title_lines, capitals, plain_heads, chapter_heads);
    level_chapter_heads(&kept, title_lines..title_lines + chapter_heads, &mut levels);

    // Sized up front: the body is as long as the page's text, and doubling would leave up to
    // half of it unused for the document's life.
    let text_len = kept.iter().map(|b| b.text.len() + 2).sum::<usize>();
    let mut document = Document {
        format,
        text: String::with_capacity(text_len),
        blocks: Vec::with_capacity(kept.len()),
        ..Document::default()
    };
    // A paragraph of prose after the kept block `i`, no head of its own (nor a speaker's
    // name, "MR. LEAGER: I'd like to thank…": the line before called on them).
    let next_is_prose = |i: usize| {
        kept.get(i + 1).is_some_and(|b| {
            let speaker = b
                .text
                .split_once(':')
                .is_some_and(|(name, _)| name.len() <= 40 && !name.chars().any(char::is_lowercase));
            b.kind == BlockKind::Paragraph
                && !speaker
                && levels.get(i + 1).is_some_and(Option::is_none)
                && b.text.len() >= 60
                && b.text.starts_with(char::is_uppercase)
                && b.text.trim_end().ends_with(['.', '"', '”', ')'])
        })
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
                title: outline::section_title(&block.text),
                span,
            });
            (BlockKind::Heading, level)
        } else {
            // ("Drug Flow/Transit." alone over its text: a run-in head a copy set apart, under
            // a section's head, after a paragraph's end. "Veterans' Coordinating Board." alone
            // in a transcript ends its sentence.)
            let lone_head = || {
                let after_an_end = kept_index
                    .checked_sub(1)
                    .and_then(|i| kept.get(i))
                    .is_some_and(|b| {
                        b.kind == BlockKind::Heading
                            || levels[kept_index - 1].is_some()
                            || b.text.trim_end().ends_with(['.', '"', '”', ')', ':'])
                    });
                outline::lone_run_in_head_len(&block.text).filter(|_| {
                    current_heading_level > 0 && after_an_end && next_is_prose(kept_index)
                })
            };
            let run_in_head = (block.kind == BlockKind::Paragraph)
                .then(|| {
                    run_in_head_len(&block.text)
                        .or_else(lone_head)
                        // In capitals, a short sentence opening a paragraph reads the same:
                        // only a few words with no verb to link them are a head
                        // ("CORRUPTION.").
                        .filter(|&len| {
                            !(capitals && {
                                let words: Vec<&str> =
                                    block.text[..len].split_whitespace().collect();
                                words.len() > 5 || words.iter().any(|w| outline::is_linking_verb(w))
                            })
                        })
                        .map(|len| 0..len)
                        // ("1. (U) Summary: …": a cable paragraph's head, after its number.)
                        .or_else(|| outline::cable_paragraph_head(&block.text))
                })
                .flatten();
            if let Some(head) = run_in_head {
                document.sections.push(Section {
                    level: (current_heading_level + 1).min(6),
                    title: block.text[head.clone()].to_owned(),
                    span: Span::new(start + head.start, start + head.end),
                });
            }
            (block.kind, 0)
        };
        document.blocks.push(Block { kind, level, span });
        kept_index += 1;
    }
    close_sections(&mut document.sections, document.text.len());

    // (Under a heading that names no report, only the issuer's lines are read: the heading
    // stays the page's title.)
    let cover_from = match heading_at {
        Some(at) if cover_under_heading > 0 && !heading_names_the_report => at + 1,
        _ => 0,
    };
    let cable_subject = cable_titled.then(|| format!("SUBJECT: {}", kept[0].text));
    let title_texts: Vec<&str> = match &cable_subject {
        Some(subject) => std::iter::once(subject.as_str())
            .chain(
                kept.get(1..title_lines)
                    .unwrap_or_default()
                    .iter()
                    .map(|b| b.text.as_str()),
            )
            .collect(),
        None => kept[cover_from.min(title_lines)..title_lines]
            .iter()
            .map(|b| b.text.as_str())
            .collect(),
    };
    let meta = read_title_block(&title_texts);
    document.title = meta.title;
    document.subject = meta.subject;
    // Only a report's title ("… Strategy Report") goes without its subject, or a chapter
    // copied without its cover, opening on its "I. Summary": it is named by the name its
    // opening keeps using.
    let coverless_chapter = document.title.is_empty()
        && document.sections.first().is_some_and(|s| {
            // A chapter's own first parts: "I. Summary", "I. Status of Country" (an old
            // archive's "I  Summary" is kept as "I Summary").
            crate::load::roman_heading_prefix(&s.title)
                .or_else(|| spaced_numeral_len(&s.title))
                .is_some_and(|at| {
                    let part = s.title[at..].to_lowercase();
                    part.starts_with("summary") || part.starts_with("status of country")
                })
                // The chapters from 2010 on: "A. Introduction".
                || s.title.eq_ignore_ascii_case("A. Introduction")
        });
    let lower_title = document.title.to_lowercase();
    if document.subject.is_empty()
        && (coverless_chapter || lower_title.contains("report") || lower_title.contains("incsr"))
    {
        // A chapter without its country line: the name its opening paragraphs keep using.
        // "Sri Lanka" over "I. Summary": the chapter's country line, wherever the copy's
        // extras (a quotation, a note) put it; else the name its opening keeps using.
        // (The cover's own last line among them: "EL SALVADOR" over "I. Summary".)
        let from = title_lines.saturating_sub(1);
        let country_line = kept[from..].windows(2).take(6).find_map(|pair| {
            // ("The Bahamas." with its stop, as some copies set it.)
            let line = pair[0].text.trim().trim_end_matches('.');
            (metadata::is_country_line(line) && is_part_head_block(pair[1]))
                .then(|| metadata::tidy_case(line))
        });
        // "Saint Vincent and the Grenadines" over "Saint Vincent and the Grenadines is a
        // transit point …": the cover's last line, which the opening begins with, however
        // many words the name has.
        let opened_with = title_lines
            .checked_sub(1)
            .filter(|_| chapter_heads == 0)
            .and_then(|last| {
                let line = kept[last].text.trim().trim_end_matches('.');
                let name = metadata::tidy_case(line);
                let opening = kept.get(title_lines)?.text.as_str();
                let words = line.split_whitespace().count();
                let named_so = opening.starts_with(&name)
                    && opening[name.len()..].starts_with([' ', '\'', '’', ','])
                    && !opening[name.len()..].starts_with(" and ");
                ((1..=6).contains(&words)
                    && named_so
                    && is_title_like(&name)
                    && !metadata::names_the_report(line)
                    && !metadata::is_issuer_line(line)
                    && !metadata::is_date_line(line))
                .then_some(name)
            });
        // (A chapter headed by its own name under the cover is no country's, unless a country
        // line says so: "Policy and Program Overview for 1997" names Peru five times, and is
        // not about it.)
        let named = || (chapter_heads == 0).then(|| named_in_opening(&kept[title_lines..]));
        if let Some(subject) = country_line.or(opened_with).or_else(|| named().flatten()) {
            if document.title.is_empty() {
                document.title = subject.clone();
            } else if !document.title.contains(&subject) {
                document.title = metadata::with_subject(&document.title, &subject);
            }
            document.subject = subject;
        }
    }
    document.issuer = meta.issuer;
    document.date = meta.date;
    let edition_year = meta.edition_year;
    if let Some(particulars) = particulars {
        if document.date.is_empty() {
            document.date = particulars.date;
        }
        if document.issuer.is_empty() {
            document.issuer = particulars.issuers;
        }
    }
    if format == SourceFormat::Text {
        // A cable's date-time group dates it, over the edition its subject names ("Chile:
        // 2008-2009 INCSR Submission"); a month the cover names stands.
        // (A date in a cable's subject line is what it reports on, not when it was sent.)
        let edition_only = !document.date.contains('-') || cable_titled;
        if edition_only && let Some(date) = metadata::cable_date(&blocks) {
            document.date = date;
        }
        if document.issuer.is_empty()
            && let Some(sender) = metadata::cable_sender(&blocks)
        {
            document.issuer.push(sender);
        }
    }
    // (An archive's header names the work: no subject is guessed for it below.)
    let mut archive_titled = false;
    if format == SourceFormat::Text
        && let Some((title, author)) = metadata::archive_header(&blocks)
    {
        archive_titled = true;
        document.title = title;
        document.subject.clear();
        if !author.is_empty() && !document.issuer.contains(&author) {
            document.issuer.insert(0, author);
        }
    }
    if format == SourceFormat::Html {
        // A cable on a page: its routing lines, set apart right above the kept text (a cable
        // viewer's sidebar and help stand above them), or its station's line clipped into a
        // note.
        let routing = kept_indexes.first().map_or(0, |&first| {
            (0..first)
                .rev()
                .take_while(|&i| blocks[i].page_furniture)
                .last()
                .unwrap_or(first)
        });
        let cable = &blocks[routing..];
        if (document.date.is_empty() || cable_titled)
            && let Some(date) = metadata::cable_date(cable)
        {
            document.date = date;
        }
        if document.issuer.is_empty()
            && let Some(sender) = metadata::cable_sender(cable)
        {
            document.issuer.push(sender);
        }
    }
    if format == SourceFormat::Html {
        name_page(
            &mut document,
            &blocks,
            &kept,
            title_lines,
            // (The cable's subject names the page, over a viewer's own "Cable Viewer".)
            cable_titled,
            // (A cover under the heading names the page with the heading: its title block's
            // title stands.)
            heading_title
                .map(|(_, t)| t)
                .filter(|_| cover_under_heading == 0 || !heading_names_the_report),
            page,
        );
    }
    // A text about one country under a title that names it or names no topic of its own
    // ("Majors List Certification Procedures for Laos", the narcotics report's bare name, an
    // excerpt with no title): the country its opening keeps naming, when that is a
    // country's name. (Not a region's or a topic's chapter, "Southwest Asia" or "Chemical
    // Controls", whatever country it names most; not an overview of its own parts.)
    if document.subject.is_empty()
        && chapter_heads == 0
        && !archive_titled
        && let Some(name) = named_in_opening(&kept[title_lines..])
        && places::is_country_name(&name)
        && (format == SourceFormat::Text || opening_country_fits_title(&document.title, &name))
        && !title_texts
            .iter()
            .any(|line| names_a_topic_not(line, &name))
        && ((places::is_country_name(&document.title) && names_word(&document.title, &name))
            // ("Panama" over "Panama City remains …": the cover's line says it.)
            || title_texts.iter().any(|line| line.trim() == name)
            || !mostly_part_of_a_longer_name(&kept[title_lines..], &name))
    {
        // (A text's title is its country's name when it has none, as a country line makes it.)
        if document.title.is_empty() && format == SourceFormat::Text {
            document.title = name.clone();
        }
        // ("North Macedonia" titling an opening that names "Macedonia" most: the whole name.)
        let whole_name =
            places::is_country_name(&document.title) && names_word(&document.title, &name);
        document.subject = if whole_name {
            document.title.clone()
        } else {
            name
        };
    }
    // A cable that names no country in its subject line or opening: the country among its
    // TAGS ("TAGS: EAID, LA, SNAR" → Laos).
    if document.subject.is_empty()
        && cable_titled
        && let Some(country) = metadata::cable_tags_country(&blocks[..kept_indexes[0]])
    {
        document.subject = country.to_owned();
    }
    if document.date.is_empty() {
        document.date = edition_year;
    }
    document
}

/// Whether a page's title leaves its subject to the country its opening names: no title, one
/// that names that country, or the report's (or a volume's) name with no topic after it. (A
/// news page titled "Fentanyl deaths climb in Ohio" is not about the Mexico it names.)
fn opening_country_fits_title(title: &str, country: &str) -> bool {
    if title.is_empty() || names_word(&title.to_lowercase(), &country.to_lowercase()) {
        return true;
    }
    let topic = title.rsplit_once(": ").map(|(_, part)| part);
    (metadata::names_the_narcotics_report(title) || metadata::names_a_volume(title))
        && topic.is_none_or(metadata::names_a_volume)
}

/// Whether a title block's line names what its text is about, and not as `country`: "Southwest
/// Asia", "Chemical Controls" (not the issuer, a date, or the report's bare name).
fn names_a_topic_not(line: &str, country: &str) -> bool {
    let line = line.trim();
    // (A topic is named in a few words, no sentence: not "Sensitive but unclassified; please
    // handle accordingly.")
    let named_in_a_few_words =
        line.split_whitespace().count() <= 8 && !line.ends_with(['.', ';']) && !line.contains("; ");
    named_in_a_few_words
        && !(line.is_empty()
            || metadata::is_generic(line)
            || metadata::names_a_volume(line)
            || metadata::is_issuer_line(line)
            || metadata::is_date_line(line)
            || (metadata::names_the_narcotics_report(line) && !line.contains(": "))
            || names_word(&line.to_lowercase(), &country.to_lowercase()))
}

/// Whether the opening's mentions of `country` are mostly the first word of a longer name
/// ("Special Agent Chad Morris", "the Georgia Bureau of Investigation"), or once the end of
/// another country's ("North Korea").
fn mostly_part_of_a_longer_name(body: &[&SourceBlock], country: &str) -> bool {
    let (mut mentions, mut longer) = (0, 0);
    for block in body.iter().take(6) {
        let text = block.text.as_str();
        for (at, _) in text.match_indices(country) {
            let before = text[..at].chars().next_back();
            let rest = &text[at + country.len()..];
            if before.is_some_and(char::is_alphanumeric)
                || rest.starts_with(|c: char| c.is_alphanumeric())
            {
                continue;
            }
            mentions += 1;
            let next_word_capitalised = rest
                .strip_prefix(' ')
                .is_some_and(|next| next.starts_with(char::is_uppercase));
            // ("North Korea", "Papua New Guinea": another country's name ends with it.)
            let another_country = text[..at]
                .strip_suffix(' ')
                .and_then(|before| before.split(' ').next_back())
                .is_some_and(|word| {
                    matches!(
                        word,
                        "North" | "South" | "East" | "West" | "New" | "Equatorial" | "Western"
                    )
                });
            if another_country {
                return true;
            }
            longer += usize::from(next_word_capitalised);
        }
    }
    longer * 2 > mentions
}

/// Whether `text` has `word` as a whole word ("Nigeria" does not name Niger).
fn names_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Title, subject, issuer and date of a web page: its article heading, else the title its
/// `<meta>` tags or `<title>` give (site name taken off), else its title block; the date and
/// author the page's metadata state.
/// Whether block `i` is a cable's subject line, set apart by the text reader under the
/// cable's routing lines (and not a page's chrome).
fn is_cable_subject(blocks: &[SourceBlock], i: usize) -> bool {
    i > 0
        && blocks[i].kind == BlockKind::Title
        && blocks[i - 1].page_furniture
        && !blocks[i].in_chrome_element
        && !blocks[i - 1].in_chrome_element
}

/// A few blocks said again after a repeated page head or cable header: a mirror prints a
/// cable's opening twice ("This is post's response …", "Summary", then the routing lines
/// again, then the same paragraph and "Summary" once more). The first copy goes; the text
/// goes on from the second.
fn drop_copies_before_repeated_header(blocks: &[SourceBlock], mask: &mut [bool]) {
    const MAX_REPEATED: usize = 4;
    // The kept blocks, each with whether furniture stood right before it.
    let mut kept: Vec<(usize, bool)> = Vec::new();
    let mut furniture_before = false;
    for (i, block) in blocks.iter().enumerate() {
        if mask[i] {
            kept.push((i, furniture_before));
            furniture_before = false;
        } else if block.page_furniture {
            furniture_before = true;
        }
    }
    let text = |k: usize| blocks[kept[k].0].text.as_str();
    let mut k = 0;
    while k < kept.len() {
        // A copy of `len` blocks from `k`, the second starting after furniture.
        let repeated = (1..=MAX_REPEATED).find(|&len| {
            k + 2 * len <= kept.len()
                && kept[k + len].1
                && (0..len).all(|j| text(k + j).len() <= 2000 && text(k + j) == text(k + len + j))
        });
        if let Some(len) = repeated {
            for &(index, _) in &kept[k..k + len] {
                mask[index] = false;
            }
            k += len;
        } else {
            k += 1;
        }
    }
}

fn name_page(
    document: &mut Document,
    blocks: &[SourceBlock],
    kept: &[&SourceBlock],
    title_lines: usize,
    cable_titled: bool,
    heading_title: Option<String>,
    page: &PageInfo,
) {
    let page_title = metadata::page_title(page);
    // A report's own title block (its issuer, then its title) outranks the page's `<title>`,
    // which archives fill with their own short label ("Kazakstan: INCSR 1996").
    let formal_title_block = !document.title.is_empty() && !document.issuer.is_empty();
    // Nor is a title block that says one part of `<title>` replaced by a longer part, the
    // site's name ("Volume I: Drug and Chemical Control | Embassy of the United States
    // Asunción, Paraguay").
    let titled_by_its_part =
        !document.title.is_empty() && metadata::is_title_part(&document.title, page);
    let chosen = heading_title.or_else(|| {
        (!formal_title_block && !titled_by_its_part && !cable_titled)
            .then(|| page_title.clone())
            .flatten()
    });
    if let Some(title) = chosen {
        // (A subject the new title names too stands: "Solutions Haiti: … Strategy Report".)
        if document.title != title && !names_word(&title, &document.subject) {
            document.subject.clear();
        }
        document.title = title;
    }
    // A page titled with a country alone ("Kyrgyz Republic") over the report's issuer: the
    // chapter on that country, as a country line under the issuer of a text.
    // ("Countries/Jurisdictions of Primary Concern - Ukraine": the country after the dash or
    // the colon.)
    let title = document.title.as_str();
    let last_part = |separator: &str| title.rsplit_once(separator).map(|(_, last)| last);
    let country = [Some(title), last_part(" - "), last_part(": ")]
        .into_iter()
        .flatten()
        .find(|name| places::is_country_name(name))
        .map(str::to_owned);
    if let Some(country) = country {
        // ("North Macedonia" over an opening that names "Macedonia" most: the title's whole
        // name.)
        let shorter_name = !document.subject.is_empty() && names_word(&country, &document.subject);
        if shorter_name || (document.subject.is_empty() && !document.issuer.is_empty()) {
            document.subject = country;
        }
    }
    // A page titled with its report ("Solutions Haiti: … Strategy Report", "Haiti:2000
    // International Narcotics Control Strategy Report (fwd)") and no country line: the name
    // its opening keeps using.
    if document.subject.is_empty()
        && metadata::names_a_report(&document.title)
        && let Some(subject) = named_in_opening(&kept[title_lines..])
    {
        document.subject = subject;
    }
    // Factbook-style section heads, "Introduction :: AUSTRIA", name the page's subject.
    let heads = kept
        .iter()
        .filter(|b| b.kind == BlockKind::Heading)
        .map(|b| b.text.as_str());
    if let Some(subject) = outline::common_head_subject(heads) {
        document.subject = subject;
    }
    if document.title.is_empty() {
        document.title = document.subject.clone();
    } else if !document.subject.is_empty()
        && !document
            .title
            .to_lowercase()
            .contains(&document.subject.to_lowercase())
    {
        document.title = metadata::with_subject(&document.title, &document.subject);
    }
    // "Macedonia" in the page's metadata, "North Macedonia gained its independence …" in its
    // first paragraph: the body's fuller form of a short name wins.
    if let Some(first) = kept[title_lines..]
        .iter()
        .find(|b| b.kind == BlockKind::Paragraph)
    {
        document.title = metadata::fuller_name(&document.title, &first.text);
        // (And the subject with it, when the title is the country's name.)
        if places::is_country_name(&document.title)
            && !document.subject.is_empty()
            && names_word(&document.title, &document.subject)
        {
            document.subject = document.title.clone();
        }
    }
    // A page titled by a country's name alone is about that country.
    if document.subject.is_empty() && places::is_country_name(&document.title) {
        document.subject = document.title.clone();
    }
    if !page.date.is_empty() {
        document.date = page.date.clone();
    } else if document.date.is_empty()
        // (A report put on a site is not dated by the site's last edit of the page: that
        // dates a profile kept up to date, like the Factbook's.)
        && !metadata::names_the_narcotics_report(&document.title)
        && let Some(date) = metadata::last_updated_date(blocks)
    {
        document.date = date;
    }
    if document.issuer.is_empty() && !page.author.is_empty() {
        document.issuer.push(page.author.clone());
    }
}

/// Capitalised words that start sentences or name institutions rather than a subject.
const NOT_SUBJECTS: &[&str] = &[
    "The",
    "This",
    "These",
    "That",
    "There",
    "In",
    "On",
    "At",
    "As",
    "By",
    "For",
    "From",
    "With",
    "Government",
    "Ministry",
    "Department",
    "State",
    "States",
    "United",
    "National",
    "Central",
    "Western",
    "Eastern",
    "Southern",
    "Northern",
    "European",
    "Europe",
    "Asia",
    "UN",
    "US",
    "USG",
    "Convention",
    "Summary",
    "Status",
    "Country",
    "Drug",
    "Drugs",
    "Police",
    "However",
    "Although",
    "According",
    "Since",
    "During",
    "Major",
    "Domestic",
    "International",
    "Law",
    "Policy",
    "Initiatives",
    "It",
    "A",
    "Actions",
    "Against",
    // Offices and bodies a report names over and over without being about them.
    "President",
    "Presidential",
    "Congress",
    "Secretary",
    "Minister",
    "Prime",
    "Parliament",
    "Customs",
    "Justice",
    "Interior",
    "Report",
];

/// The name the opening blocks of a body keep using ([`most_named`] of its first six).
fn named_in_opening(body: &[&SourceBlock]) -> Option<String> {
    // (A table's rows name what they list, "Africa Regional (TSCTP)", "Africa Regional
    // (West)": the prose names what the page is about.)
    let opening: Vec<&str> = body
        .iter()
        .take(6)
        .filter(|b| b.kind != BlockKind::Table)
        .map(|b| b.text.as_str())
        .collect();
    most_named(&opening)
}

/// The proper name mentioned most in `paragraphs` (at least three times): "Tajikistan",
/// "Czech Republic".
fn most_named(paragraphs: &[&str]) -> Option<String> {
    use std::collections::HashMap;
    let mut counts: HashMap<String, usize> = HashMap::new();
    // How often each name follows "the": a group ("the Taliban"), not a country.
    let mut after_the: HashMap<&str, usize> = HashMap::new();
    for paragraph in paragraphs {
        let words: Vec<&str> = paragraph
            .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
            .filter(|w| !w.is_empty())
            .map(|w| w.trim_end_matches("'s").trim_end_matches("’s"))
            .collect();
        // (A month is no place: "the attacks of September 11".)
        let is_name = |w: &str| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().skip(1).all(char::is_lowercase)
                && w.chars().count() >= 4
                && !NOT_SUBJECTS.contains(&w)
                && !crate::extract::dates::is_month_name(w)
        };
        let title_case = |w: &str| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().skip(1).all(char::is_lowercase)
        };
        for (i, word) in words.iter().enumerate() {
            if !is_name(word) {
                continue;
            }
            if i > 0 && words[i - 1].eq_ignore_ascii_case("the") {
                *after_the.entry(word).or_default() += 1;
            }
            *counts.entry((*word).to_owned()).or_default() += 1;
            if let Some(next) = words.get(i + 1)
                && title_case(next)
            {
                *counts.entry(format!("{word} {next}")).or_default() += 1;
            }
            // "Sri Lanka", "El Salvador": a short first word of the name, counted in pairs only.
            if let Some(before) = i.checked_sub(1).map(|b| words[b])
                && (2..4).contains(&before.chars().count())
                && title_case(before)
                && !NOT_SUBJECTS.contains(&before)
            {
                *counts.entry(format!("{before} {word}")).or_default() += 1;
            }
            // "Trinidad and Tobago", "Bosnia and Herzegovina": a country named in three words
            // or four, counted whole.
            if words.get(i + 1) == Some(&"and") {
                for length in [3, 4] {
                    if let Some(name) = words.get(i..i + length).map(|w| w.join(" "))
                        && places::is_country_name(&name)
                    {
                        *counts.entry(name).or_default() += 1;
                    }
                }
            }
        }
    }
    let count_of = |name: &str| counts.get(name).copied().unwrap_or(0);
    // A name mostly written after "the" is a group's ("the Taliban"), unless it is plural as
    // some countries' are ("the Bahamas", "the Philippines") or opens a pair ("the Czech
    // Republic").
    // (The first words of the pairs written twice or more, gathered once.)
    let pair_starts: std::collections::HashSet<&str> = counts
        .iter()
        .filter(|(_, c)| **c >= 2)
        .filter_map(|(pair, _)| pair.split_once(' ').map(|(first, _)| first))
        .collect();
    let a_group = |name: &str| {
        let the = after_the.get(name).copied().unwrap_or(0);
        the * 3 >= count_of(name) * 2 && !name.ends_with('s') && !pair_starts.contains(name)
    };
    // (A country outranks a name as often said: "Thailand" three times over "Thai
    // authorities" three times.)
    let (best, count) = counts
        .iter()
        .filter(|(name, _)| !name.contains(' ') && !a_group(name))
        .max_by(|a, b| {
            let country = |name: &str| places::is_country_name(name);
            (a.1, country(a.0))
                .cmp(&(b.1, country(b.0)))
                .then_with(|| b.0.cmp(a.0))
        })?;
    // (A country named twice will do when no other is: "Croatia continues to be a drug
    // corridor. … Croatia is a party to the 1988 UN Drug Convention.")
    let only_country_twice = *count == 2
        && places::is_country_name(best)
        && !counts.iter().any(|(name, c)| {
            *c >= 2 && name != best && !name.contains(' ') && places::is_country_name(name)
        });
    if *count < 3 && !only_country_twice {
        return None;
    }
    // "Czech Republic" over "Czech", "Sri Lanka" over "Lanka", "Dominican Republic" over
    // "Dominican", when the pair is how the name is often written.
    // (Not a country's institution after its name: "Jamaica" over "the Jamaica Defence
    // Force", said as often.)
    let pair_of = |best: &str| {
        let count = count_of(best);
        let a_country = places::is_country_name(best);
        counts
            .iter()
            .filter(|(name, c)| {
                (name.starts_with(&format!("{best} ")) || name.ends_with(&format!(" {best}")))
                    && **c >= 2
                    && **c * 2 >= count
                    && (!a_country || places::is_country_name(name))
            })
            .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
            .map(|(name, _)| name.clone())
    };
    if let Some(pair) = pair_of(best) {
        return Some(pair);
    }
    // "Israel" over "Israeli", "Mexico" over "Mexican": the country over the people or the
    // adjective, when the text names it too, more than once.
    let demonym = ["i", "an", "ian", "ese", "ean", "ish", "ine"]
        .iter()
        .any(|suffix| best.ends_with(suffix));
    let country = demonym
        .then(|| {
            counts
                .iter()
                .filter(|(name, c)| {
                    !name.contains(' ')
                        && name.len() <= best.len()
                        && name.len() >= 4
                        && *name != best
                        && **c >= 2
                })
                .filter_map(|(name, c)| {
                    // The demonym is the name, its last vowel perhaps dropped, and a suffix:
                    // "Israel-i", "Mexic-an", "Colombia-n", "Burm-ese" ("Afghan" is no
                    // country of "Afghanistan").
                    let common = name
                        .bytes()
                        .zip(best.bytes())
                        .take_while(|(a, b)| a == b)
                        .count();
                    let suffix = ["i", "n", "e", "an", "ian", "ese", "ean", "ish", "ine"];
                    // (`get`: a shared first byte may end inside a character.)
                    let tail = best.get(common..).unwrap_or("");
                    (common + 1 >= name.len() && suffix.contains(&tail))
                        .then_some((common, *c, name))
                })
                // The longest shared start ("Nigeria" of "Nigerian", not "Niger"), then the
                // most named, then the name: the same answer every time.
                .max_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)).then_with(|| b.2.cmp(a.2)))
                .map(|(_, _, name)| name)
        })
        .flatten();
    // "Dutch" for "the Netherlands", "Swiss" for "Switzerland": a people named otherwise than
    // their country, when the text names the country too.
    let irregular = places::country_of_people(best).filter(|country| count_of(country) >= 1);
    if let Some(country) = irregular {
        return Some(country.to_owned());
    }
    let best = country.unwrap_or(best);
    Some(pair_of(best).unwrap_or_else(|| best.clone()))
}

/// A title of up to 250 characters: no sentence's end, nor a cable's numbered paragraph ("1.
/// The following is Embassy La Paz's submission for the 2007 International … Report:").
fn is_long_title(text: &str) -> bool {
    let text = text.trim();
    let numbered = crate::load::paragraph_number(text).is_some();
    text.chars().count() <= 250 && !text.ends_with(['.', ':']) && !numbered
}

/// How many of `blocks` are a cover's lines under its title: the issuer ("Released by the
/// Bureau for …"), the date, the region and the country line.
fn cover_lines(blocks: &[&SourceBlock]) -> usize {
    blocks
        .iter()
        .take(MAX_TITLE_LINES)
        .take_while(|b| {
            let text = b.text.trim();
            text.chars().count() <= 150
                && (metadata::is_issuer_line(text)
                    || text.starts_with("Released by ")
                    || metadata::is_date_line(text)
                    || metadata::is_region(text)
                    || metadata::is_country_line(text))
        })
        .count()
}

/// How many of `blocks` are the issuer's lines ("Bureau of International Narcotics and Law
/// Enforcement Affairs", "Released by …"), with the date line under them.
fn issuer_lines(blocks: &[&SourceBlock]) -> usize {
    let is_issuer = |b: &&&SourceBlock| {
        let text = b.text.trim();
        text.chars().count() <= 150
            && (metadata::is_issuer_line(text) || text.starts_with("Released by "))
    };
    // ("Press Statement" over the issuer: the page's kind first.)
    let kind_first = usize::from(blocks.first().is_some_and(|b| says_its_kind(&b.text)));
    let issuers = blocks
        .iter()
        .skip(kind_first)
        .take(MAX_TITLE_LINES)
        .take_while(is_issuer)
        .count();
    // (Three bureaus in a row are a list of them, not who issued the page.)
    if issuers > 2 {
        return 0;
    }
    let issuers = if issuers > 0 { kind_first + issuers } else { 0 };
    // ("Report", "Fact Sheet": the page's kind between the issuer and the date.)
    let kind =
        usize::from(issuers > 0 && blocks.get(issuers).is_some_and(|b| says_its_kind(&b.text)));
    // ("Washington, DC" over the date.)
    let place = usize::from(
        issuers > 0
            && blocks
                .get(issuers + kind)
                .is_some_and(|b| is_issuing_place(&b.text)),
    );
    let dated = issuers > 0
        && blocks
            .get(issuers + kind + place)
            .is_some_and(|b| metadata::is_date_line(b.text.trim()));
    if dated {
        issuers + kind + place + 1
    } else {
        issuers
    }
}

/// "Washington, DC": where a page was issued, on a line of its own over its date.
fn is_issuing_place(text: &str) -> bool {
    matches!(
        text.trim(),
        "Washington, DC" | "Washington, D.C." | "Washington"
    )
}

/// "Report", "Fact Sheet", "Press Statement": a page's kind on a line of its own, under its
/// issuer.
fn says_its_kind(text: &str) -> bool {
    const KINDS: &[&str] = &[
        "report",
        "fact sheet",
        "press statement",
        "press release",
        "remarks",
        "testimony",
        "speech",
        "media note",
    ];
    let text = text.trim().to_lowercase();
    KINDS.contains(&text.as_str())
}

/// "In 1999 Hong Kong continued its exemplary efforts. Through October 1999, …": two
/// sentences or more, the first ended on a word in lower case (not "U.S. Department of State.
/// Bureau for …", a cover's lines run together), are prose however short.
fn is_sentences(text: &str) -> bool {
    let text = text.trim_end();
    text.ends_with(['.', '!', '?'])
        && text.match_indices(". ").any(|(at, _)| {
            let word = text[..at].rsplit(' ').next().unwrap_or("");
            word.len() > 3
                && word.chars().all(|c| c.is_lowercase())
                && text[at + 2..].starts_with(|c: char| c.is_uppercase())
        })
}

/// How many of the first kept blocks form the title block: the short lines above the first
/// section heading or the first paragraph of prose.
fn title_block_len(kept: &[&SourceBlock]) -> usize {
    // A page that sets its cover lines as headings ("<h2>International Narcotics Control
    // Strategy Report, 1997</h2>", "<h3>SWEDEN</h3>") over its "I. Summary", the issuer's
    // name above them or not: all of them are its title block, as in a text copy.
    if kept.first().is_some_and(|b| b.kind == BlockKind::Heading) {
        let first_roman = kept
            .iter()
            .take(MAX_TITLE_LINES + 1)
            .position(|b| is_part_head(&b.text));
        if let Some(roman) = first_roman
            && roman > 1
            && kept[..roman]
                .iter()
                .all(|b| b.text.chars().count() <= 150 && judge(b) != Verdict::Good)
            && kept[..roman]
                .iter()
                .any(|b| metadata::names_a_report(&b.text))
        {
            return roman;
        }
    }
    // "<h2>KAZAKSTAN</h2>" between a report's cover lines and its "I. Summary": the country
    // line of the title block, as in a text copy, not a section.
    let country_heading = |i: usize| {
        let words = kept[i].text.split_whitespace().count();
        (1..=4).contains(&words)
            && kept[i].text.chars().all(|c| !c.is_lowercase())
            && kept.get(i + 1).is_some_and(|next| is_part_head(&next.text))
            && kept[..i].iter().any(|b| metadata::names_a_report(&b.text))
    };
    for (i, block) in kept.iter().enumerate().take(MAX_TITLE_LINES + 1) {
        // A line the loader knows for a title (a cable's subject line).
        if block.kind == BlockKind::Title {
            continue;
        }
        let is_section_head = match block.kind {
            BlockKind::Heading => (block.level >= 2 || i > 0) && !country_heading(i),
            BlockKind::Paragraph => matches!(
                heading_style(&block.text),
                Some(HeadingStyle::Roman | HeadingStyle::Lettered | HeadingStyle::Numbered(_))
            ),
            _ => true,
        };
        let is_prose = judge(block) == Verdict::Good
            || run_in_head_len(&block.text).is_some()
            || is_sentences(&block.text);
        if is_section_head || is_prose {
            return i;
        }
        // "1. The following is Embassy Asuncion's submission for the 2007": a cable's first
        // numbered paragraph opens its body.
        let numbered_paragraph = crate::load::paragraph_number(&block.text)
            .is_some_and(|(_, rest)| rest.split_whitespace().count() >= 6);
        if numbered_paragraph {
            return i;
        }
        let chars = block.text.chars().count();
        // (A long title naming its report ends no sentence: "… Volume II: Money Laundering and
        // Financial Crimes Country Database--Montserrat through Suriname".)
        let long_title = is_long_title(&block.text) && metadata::names_a_report(&block.text);
        if (chars > 150 && !long_title) || block.text.contains('\n') || is_data_field(&block.text) {
            return i;
        }
        if block.kind == BlockKind::Heading && i == 0 {
            // An `h1` opening the page is its title.
            return 1;
        }
    }
    // No section or prose within reach (a cover page): the lines in capitals or Title Case
    // and the date lines it opens with.
    kept.iter()
        .take(MAX_TITLE_LINES)
        .take_while(|b| {
            let text = b.text.trim();
            b.kind == BlockKind::Paragraph && (metadata::is_date_line(text) || is_title_like(text))
        })
        .count()
}

/// How many of the title block's last lines are the heads of a chapter that is no country's:
/// "Policy and Program Overview for 1997" under the report's cover, "Overview for 2010" and
/// "Introduction:", "OVERVIEW". Each stands alone, a few words in Title Case or capitals, and
/// says what kind of part it is: a colon, a year, or a word of the report's own parts
/// ([`PART_WORDS`]). A country ("Federal Republic of Germany", "Burma (Myanmar)"), an
/// author's byline or a region says none of these. Its prose follows: a region over "I.
/// Summary" is the cover's.
fn chapter_heads_under_cover(kept: &[&SourceBlock], title_lines: usize) -> usize {
    let title_block = &kept[..title_lines];
    if country_cover_head(kept, title_lines) {
        return 1;
    }
    if kept
        .get(title_lines)
        .is_none_or(|next| next.kind != BlockKind::Paragraph || is_part_head_block(next))
    {
        return 0;
    }
    // (A word of a part outranks a name's shape: "Chemical Control" is no country.)
    let says_its_kind = |text: &str, name: &str| {
        metadata::has_word(text, PART_WORDS)
            || ((text.ends_with(':') || text.bytes().any(|b| b.is_ascii_digit()))
                && !metadata::is_country_line(name)
                && !metadata::is_region(name))
    };
    let is_chapter_head = |block: &SourceBlock| {
        let text = block.text.trim();
        let name = text.trim_end_matches(':');
        let words = text.split_whitespace().count();
        block.kind == BlockKind::Paragraph
            && !text.contains(['\n', ',', '.'])
            && (1..=10).contains(&words)
            && text.chars().count() <= 80
            && is_title_like(name)
            && says_its_kind(text, name)
            && !metadata::names_a_report_by_word(text)
            && !metadata::names_a_volume(text)
            && !metadata::is_date_line(text)
            && !metadata::is_issuer_line(text)
    };
    let heads = title_block
        .iter()
        .rev()
        .take(2)
        .take_while(|b| is_chapter_head(b))
        .count();
    // Under a cover that names the report.
    let cover = &title_block[..title_block.len() - heads];
    if cover
        .iter()
        .any(|b| metadata::names_a_report_by_word(&b.text))
    {
        heads
    } else {
        0
    }
}

/// "Source Countries and Drug Transit Zones: Bolivia" / "Quick Facts" / its first paragraph: a
/// head of a few words in Title Case, last under a cover that ends naming its country, over the
/// chapter's prose, is the chapter's first head (no cover line: the country is named above).
fn country_cover_head(kept: &[&SourceBlock], title_lines: usize) -> bool {
    let Some((last, cover)) = kept[..title_lines].split_last() else {
        return false;
    };
    // ("… Zones: Bolivia", "… - Guinea-Bissau": after a colon or a spaced dash.)
    let names_its_country = |text: &str| {
        let name = [": ", " - ", " – ", " — "]
            .iter()
            .filter_map(|sep| text.rsplit_once(sep).map(|(_, name)| name))
            .min_by_key(|name| name.len())
            .unwrap_or(text)
            .trim();
        places::is_country_name(name)
    };
    // (Not a region, a country's formal name or a line of the cover: "Andean Region",
    // "Republic of Colombia", "Country Chapter", "Narcotics Affairs Section".)
    let cover_word = |text: &str| {
        text.split_whitespace().any(|word| {
            [
                "region",
                "republic",
                "kingdom",
                "state",
                "states",
                "union",
                "federation",
                "country",
                "chapter",
                "section",
                "affairs",
                "office",
                "bureau",
                "embassy",
                "department",
                "report",
                "volume",
                "part",
                "major",
                "principality",
            ]
            .iter()
            .any(|w| word.eq_ignore_ascii_case(w))
        })
    };
    let text = last.text.trim();
    last.kind == BlockKind::Paragraph
        && cover.iter().any(|b| names_its_country(&b.text))
        && text.split_whitespace().count() <= 4
        && !cover_word(text)
        && outline::is_title_case_head(text)
        && !names_its_country(text)
        && !metadata::is_region(text)
        && !metadata::names_a_report_by_word(text)
        && !metadata::is_issuer_line(text)
        && !metadata::is_date_line(text)
        && kept
            .get(title_lines)
            .is_some_and(|next| next.kind == BlockKind::Paragraph && judge(next) == Verdict::Good)
}

/// The chapter's own heads under its cover (`heads`) open its outline, the first at level 1,
/// the next under it. A chapter that heads its first part "Introduction:" heads its others so
/// too ("International Frameworks:" over its paragraphs), at the same level.
fn level_chapter_heads(
    kept: &[&SourceBlock],
    heads: std::ops::Range<usize>,
    levels: &mut [Option<u8>],
) {
    for (k, i) in heads.clone().enumerate() {
        levels[i] = Some(if k == 0 { 1 } else { 2 });
    }
    let Some(colon_head) = heads
        .clone()
        .find(|&i| kept[i].text.trim_end().ends_with(':'))
    else {
        return;
    };
    let level = levels[colon_head];
    for i in heads.end..kept.len().saturating_sub(1) {
        let text = kept[i].text.trim();
        let heads_prose = kept[i + 1].kind == BlockKind::Paragraph
            && kept[i + 1].text.split_whitespace().count() >= 20;
        if levels[i].is_none()
            && kept[i].kind == BlockKind::Paragraph
            && text.ends_with(':')
            && text.split_whitespace().count() <= 6
            && !text.contains(['\n', '.', ','])
            && is_title_like(text.trim_end_matches(':'))
            && heads_prose
        {
            levels[i] = level;
        }
    }
}

/// Words that name a part of a report by what it holds: "Overview", "Policy and Program
/// Developments", "Financial Crimes and Money Laundering", "Chemical Controls".
const PART_WORDS: &[&str] = &[
    "overview",
    "summary",
    "introduction",
    "background",
    "policy",
    "policies",
    "program",
    "programs",
    "programme",
    "developments",
    "production",
    "cultivation",
    "control",
    "controls",
    "crimes",
    "laundering",
    "chemical",
    "chemicals",
    "demand",
    "reduction",
    "treaties",
    "agreements",
    "status",
    "legislative",
    "basis",
    "methodology",
    "trends",
    "assistance",
    "cooperation",
];

/// A chapter's cover starts at the line naming its report ("International Narcotics Control
/// Strategy Report -2007"), with the issuer's lines right above it: in a copy whose site menus
/// the chrome judge let through ("Skip Links", "Subject IndexBookmark and Share", a "You are
/// in: …" trail), the lines above are the site's. Only where a part head ("I. Summary")
/// follows the cover, or, under the narcotics report's own name, the chapter's first prose
/// (an overview: "Policy and Program Developments" / "Overview for 2006" / "Challenges to …");
/// never below prose.
fn drop_lines_above_cover(blocks: &[SourceBlock], mask: &mut [bool]) {
    const REACH: usize = 40;
    let kept: Vec<usize> = (0..blocks.len()).filter(|&i| mask[i]).take(REACH).collect();
    // Prose ends its sentences; a menu of many words ("HomeHot Topics, press releases, …
    // and more") or a trail does not.
    let prose = |i: usize| {
        let text = blocks[i].text.trim_end();
        judge(&blocks[i]) == Verdict::Good && text.ends_with(['.', '!', '?', '"', '”'])
    };
    let part_head = kept.iter().position(|&i| is_part_head(&blocks[i].text));
    let under_prose = part_head.is_none();
    let Some(part) = part_head.or_else(|| kept.iter().position(|&i| prose(i))) else {
        return;
    };
    // The last such line: a copy's own note above its cover may name the report too ("Text:
    // 2001 International Narcotics Control Strategy Report"). Over prose, the first: a
    // chapter's own title may stand between the cover and the report's name set again
    // ("FINANCIAL CRIMES AND MONEY LAUNDERING" / "1995 INTERNATIONAL NARCOTICS CONTROL
    // STRATEGY REPORT" / "OVERVIEW").
    let is_report_name = |i: &usize| {
        let text = blocks[*i].text.trim();
        // Not a lone tab label: "Report". The report's short name on a line of its own ("2009
        // INCSR: Drug and Chemical Control"), not in a sentence ("1. Following is Brazil's
        // 2004-2005 INCSR.").
        // It opens the line, alone or after its edition ("The 2009 INCSR: …", "FY 2009 INCSR:
        // …"): not "Back to INCSR 2009 …", "Source: INCSR 2009", "REF: STATE 100970 (2008
        // INCSR TASKER)".
        let opens_with_name = text
            .split_whitespace()
            .take(3)
            .find(|w| {
                !(matches!(*w, "The" | "FY") || w.bytes().all(|b| b.is_ascii_digit() || b == b'-'))
            })
            .is_some_and(|w| w.starts_with("INCSR"));
        let short_name =
            opens_with_name && !text.ends_with('.') && text.split_whitespace().count() <= 10;
        // (A long title ends no sentence: "2011 … Report (INCSR)--Volume II: Money
        // Laundering and Financial Crimes Country Database--Montserrat through Suriname".)
        // (Nor a sentence about it: "The Report is for sale by the Government Printing
        // Office", under the 1993 edition's cover.)
        let sentence = || {
            text.split_whitespace()
                .any(|w| matches!(w, "is" | "are" | "was" | "were"))
        };
        (text.chars().count() <= 150 || is_long_title(text))
            && text.split_whitespace().count() >= 3
            && (metadata::names_a_report(text) || short_name)
            && !sentence()
            && (!under_prose || metadata::names_the_narcotics_report(text))
    };
    let names_the_report = if under_prose {
        kept[..part].iter().position(is_report_name)
    } else {
        kept[..part].iter().rposition(is_report_name)
    };
    // A page that leaves the report's name out ("U.S. Department of State" / "Diplomacy in
    // Action" / "AUSTRALIA" / "I. Summary"): the country line over the part head is the
    // cover, where the page's chrome stands above it.
    let country_line = || {
        let above = part.checked_sub(1)?;
        let text = blocks[kept[above]].text.trim();
        // (A printed page's head is the file's, not a site's.)
        let chrome_above = (0..kept[above]).any(|i| !mask[i] && !blocks[i].page_furniture);
        (chrome_above && metadata::is_country_line(text)).then_some(above)
    };
    let Some(cover) = names_the_report.or_else(|| country_line().filter(|_| !under_prose)) else {
        return;
    };
    let by_country_line = names_the_report.is_none();
    // The cover's other lines above it: the issuer, the edition, the country (and over a
    // country line, the region: "Europe and Central Asia").
    let region = metadata::is_region;
    let mut first = cover;
    while first > 0 {
        let text = blocks[kept[first - 1]].text.trim();
        let issuer = metadata::is_issuer_line(text);
        let place = metadata::is_place_name(text);
        let region_page = by_country_line && region(text);
        if !(issuer || place || region_page || metadata::is_date_line(text)) {
            break;
        }
        first -= 1;
        // The site's region page the chapter sits under: its menu's, not the chapter's title.
        if region_page && !place && !issuer {
            mask[kept[first]] = false;
        }
    }
    if first == 0 || kept[..first].iter().any(|&i| prose(i)) {
        return;
    }
    // Without the report's name, only the site's short lines go ("Diplomacy in Action"): a
    // title of the copy's own ("Drug Control in Australia and the Pacific", "Money Laundering
    // and Financial Crimes") has more words.
    let short = |i: usize| blocks[i].text.split_whitespace().count() <= 4;
    for &i in &kept[..first] {
        if !by_country_line || short(i) {
            mask[i] = false;
        }
    }
}

/// "I Summary": the length of a Roman numeral and the space after it, as an old archive's
/// part head keeps them.
fn spaced_numeral_len(text: &str) -> Option<usize> {
    text.split_once(' ')
        .filter(|(numeral, _)| crate::load::is_roman_numeral(numeral))
        .map(|(numeral, _)| numeral.len() + 1)
}

/// [`is_part_head`], or an old archive's "I  Summary" the loader made a heading (kept as "I
/// Summary").
fn is_part_head_block(block: &SourceBlock) -> bool {
    let spaced = block.kind == BlockKind::Heading && spaced_numeral_len(&block.text).is_some();
    spaced || is_part_head(&block.text)
}

/// "I. Summary", "A. Introduction": the head of one of a chapter's parts.
fn is_part_head(text: &str) -> bool {
    matches!(
        heading_style(text),
        Some(HeadingStyle::Roman | HeadingStyle::Lettered)
    )
}

/// "Area: 2.7 million sq. km.", "Population (1995 est.): 16.9 million": a data sheet's field,
/// the start of the body, never a title line.
fn is_data_field(text: &str) -> bool {
    text.split_once(": ").is_some_and(|(label, value)| {
        label.split_whitespace().count() <= 5
            && value.bytes().any(|b| b.is_ascii_digit())
            && !metadata::is_date_line(value)
            && !label.to_lowercase().contains("report")
            // "Cablegate: Chile: 2008-2009 Incsr 1 Submission": a title naming its report.
            && !metadata::names_the_report(value)
    })
}

/// Capitals, or Title Case with the little words in lower case: "ASSET FORFEITURE", "Civil
/// Forfeiture: Tracing the Proceeds of Narcotics Trafficing".
fn is_title_like(text: &str) -> bool {
    const LITTLE: &[&str] = &[
        "a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to",
        "with",
    ];
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    !words.is_empty()
        && words.len() <= 14
        && words.iter().enumerate().all(|(i, w)| {
            w.chars()
                .find(|c| c.is_alphabetic())
                .is_some_and(char::is_uppercase)
                || (i > 0 && LITTLE.contains(&w.to_lowercase().as_str()))
        })
}

/// An old cable written all in capitals: most of its paragraphs have no lower-case letter.
fn written_in_capitals(kept: &[&SourceBlock]) -> bool {
    let paragraphs = kept
        .iter()
        .filter(|b| b.kind == BlockKind::Paragraph)
        .map(|b| b.text.as_str());
    crate::load::mostly_in_capitals(paragraphs, 60, 60, 2)
}

/// The outline level of each kept block that is a heading.
fn heading_levels(
    kept: &[&SourceBlock],
    title_lines: usize,
    capitals: bool,
    plain_heads: bool,
    chapter_heads: usize,
) -> Vec<Option<u8>> {
    // Title Case lines standing alone head sections where the text sets its heads so, two of
    // them at least (the chapter's heads under its cover count: "Summary" over its prose,
    // then "Background"): one such line alone is more often a name, a credit or a slogan.
    let mut standalone: Vec<bool> = (0..kept.len())
        .map(|i| plain_heads && i >= title_lines && standalone_head(kept, i))
        .collect();
    if standalone.iter().filter(|&&s| s).count() + chapter_heads < 2 {
        standalone.fill(false);
    }
    let styles: Vec<Option<HeadingStyle>> = kept
        .iter()
        .enumerate()
        .map(|(i, block)| {
            if i < title_lines {
                return None;
            }
            match block.kind {
                // A whole sentence set as a heading is a lead paragraph, not a section.
                BlockKind::Heading if is_lead_sentence(&block.text) => None,
                BlockKind::Heading => Some(HeadingStyle::Marked(block.level.max(1))),
                BlockKind::Paragraph if block.source_lines <= 1 || block.text.len() <= 100 => {
                    heading_style(&block.text)
                        .filter(|style| {
                            // In a text written in capitals, only a few words standing alone are
                            // a head in capitals ("SUMMARY"); a short sentence is prose.
                            *style != HeadingStyle::AllCaps
                                || !capitals
                                || (block.text.split_whitespace().count()
                                    <= if block.source_lines <= 1 { 12 } else { 6 }
                                    && !block.text.trim_end().ends_with(['.', '?', '!', ',', ';']))
                        })
                        .or_else(|| standalone[i].then_some(HeadingStyle::Standalone))
                }
                _ => None,
            }
        })
        .collect();
    // Lettered heads count only as a series, in order: "A.", "B.", "C." … (again from "A."
    // under each Roman part), and a "B." at least. "R. Rand Beers" under them is a signature.
    // ("B. Drug Control Accomplishments, Policies, and Trends" over "1. Institutional
    // Development": a copy that left out "A." starts its series at the head its first
    // numbered part follows.)
    let numbered_part_follows = |k: usize| {
        kept.get(k + 1).is_some_and(|next| {
            let text = next.text.trim();
            text.starts_with("1. ")
                && text.len() <= 80
                && !text.ends_with('.')
                && outline::is_title_case_head(&text[3..])
        })
    };
    let mut styles = styles;
    let mut next_letter = b'A';
    let mut series = false;
    for (k, (style, block)) in styles.iter_mut().zip(kept).enumerate() {
        match style {
            Some(HeadingStyle::Roman) => next_letter = b'A',
            Some(HeadingStyle::Lettered) => {
                let letter = block.text.trim_start().bytes().next().unwrap_or(0);
                let series_opens = next_letter == b'A' && numbered_part_follows(k);
                if letter == b'A' || letter == next_letter || series_opens {
                    series |= letter == b'B';
                    next_letter = letter + 1;
                } else {
                    *style = None;
                }
            }
            _ => {}
        }
    }
    if !series {
        // A copy cut short may hold only the first part: "A. Introduction" is a report's part
        // by its name alone.
        let opens_a_report = |block: &SourceBlock| {
            let title = block.text.trim_start().get(2..).unwrap_or("").trim_start();
            [
                "Introduction",
                "Summary",
                "Overview",
                "Background",
                "Executive Summary",
            ]
            .iter()
            .any(|name| title.trim_end_matches(['.', ':']) == *name)
        };
        for (style, block) in styles.iter_mut().zip(kept) {
            if *style == Some(HeadingStyle::Lettered)
                && !(block.text.trim_start().starts_with("A.") && opens_a_report(block))
            {
                *style = None;
            }
        }
    }
    // "III. Country A": a copy cut off in its last heading, with nothing under it, has no
    // such section (a page's empty headings are dropped before this, with the chrome).
    if kept.len() > 1
        && let Some(last) = styles.last_mut()
        && last.is_some_and(|style| !matches!(style, HeadingStyle::Marked(_)))
    {
        *last = None;
    }
    let has_roman = styles.contains(&Some(HeadingStyle::Roman));
    let has_lettered = styles.contains(&Some(HeadingStyle::Lettered));
    // A page of several chapters: each country's name in capitals over its own "I. Summary".
    // The names head the outline and the numbered sections go under them.
    let headed_chapters = has_roman && {
        let heads: Vec<(usize, HeadingStyle)> = styles
            .iter()
            .enumerate()
            .filter_map(|(i, s)| s.map(|s| (i, s)))
            .collect();
        heads.windows(2).any(|pair| {
            pair[0].1 == HeadingStyle::AllCaps
                && pair[1].1 == HeadingStyle::Roman
                && kept[pair[1].0].text.trim_start().starts_with("I.")
        })
    };
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
                HeadingStyle::AllCaps => 1,
                HeadingStyle::Roman => 1 + u8::from(headed_chapters),
                HeadingStyle::Lettered => 1 + u8::from(has_roman) + u8::from(headed_chapters),
                HeadingStyle::Standalone => {
                    1 + u8::from(has_roman) + u8::from(has_lettered) + u8::from(headed_chapters)
                }
                HeadingStyle::Numbered(depth) => (depth
                    + u8::from(has_roman)
                    + u8::from(has_lettered)
                    + u8::from(headed_chapters))
                .min(6),
            })
        })
        .collect()
}

/// A Title Case line standing alone between paragraphs of prose: after a sentence's end or
/// another head, over a paragraph ("… a record seizure." / "Drug Trafficking Organizations" /
/// "Colombian and Mexican organizations operate …").
fn standalone_head(kept: &[&SourceBlock], i: usize) -> bool {
    let block = kept[i];
    // (Its neighbours first: the cheapest to ask.)
    if block.source_lines > 1
        || block.kind != BlockKind::Paragraph
        || !standing_between_prose(kept, i)
        || !outline::is_title_case_head(&block.text)
    {
        return false;
    }
    // Not a line that says what else it is: a dateline ("Accra, Ghana"), a source ("Source:
    // …"), the issuer, a byline, a photo's credit or a news page's prompt.
    let text = block.text.trim();
    let lower = text.to_lowercase();
    // (A list of a few words, "Furniture, Food and Supplies", is a head; "Accra, Ghana" a
    // dateline.)
    let dateline = text.contains(',') && text.split_whitespace().count() <= 3;
    // ("Source: …", "Credit: …": a field's label; "Building America's Strength: New
    // Initiatives" is a head.)
    let field = text
        .split_once(':')
        .is_some_and(|(label, _)| label.split_whitespace().count() <= 1);
    let says_otherwise = text.contains('|')
        || field
        || dateline
        || metadata::is_issuer_line(text)
        || ["by ", "prepared by", "photo", "source"]
            .iter()
            .any(|start| lower.starts_with(start))
        || [
            "continue",
            "continues",
            "watch",
            "video",
            "images",
            "reuters",
            "associated press",
            "read more",
            "subscribe",
            "advertisement",
            "click",
        ]
        .iter()
        .any(|word| lower.contains(word));
    !says_otherwise
}

/// After a sentence's end or a head, and over a paragraph of prose that is no quotation.
fn standing_between_prose(kept: &[&SourceBlock], i: usize) -> bool {
    // (The blocks kept are the report's: a long one ending a sentence is its prose.)
    let prose = |b: &SourceBlock| {
        b.kind == BlockKind::Paragraph
            && b.text.len() >= 80
            && b.text.trim_end().ends_with(['.', '!', '?', '"', '”', ')'])
    };
    let after_an_end = || {
        i.checked_sub(1).is_some_and(|p| {
            let before = kept[p];
            before.kind == BlockKind::Heading
                || before.text.trim_end().ends_with(['.', '!', '?', '"', '”'])
                || heading_style(&before.text).is_some()
        })
    };
    // (A name over a quotation is its speaker's: "Evo Morales" / "\"We will defend …\"".)
    let quoted = |b: &SourceBlock| b.text.trim_start().starts_with(['"', '“', '‘', '\'', '«']);
    kept.get(i + 1)
        .is_some_and(|next| prose(next) && !quoted(next))
        && after_an_end()
}

/// Over a hundred characters ending with a full stop: a sentence, whatever its markup.
fn is_lead_sentence(text: &str) -> bool {
    text.chars().count() > 100 && text.trim_end().ends_with(['.', '!', '?'])
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
            Section {
                level: 1,
                title: "I".into(),
                span: Span::new(0, 0),
            },
            Section {
                level: 2,
                title: "a".into(),
                span: Span::new(10, 10),
            },
            Section {
                level: 1,
                title: "II".into(),
                span: Span::new(20, 20),
            },
        ];
        close_sections(&mut sections, 30);
        assert_eq!(sections[0].span, Span::new(0, 20));
        assert_eq!(sections[1].span, Span::new(10, 20));
        assert_eq!(sections[2].span, Span::new(20, 30));
    }
}
