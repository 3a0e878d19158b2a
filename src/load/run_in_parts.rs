//! The narcotics report's chapter parts run into the prose around them.
//!
//! A copy whose line ends were lost (a PDF dump pasted as one line a page, a site that
//! joined the lines) runs the chapter's fixed part heads into its paragraphs: "Argentina I.
//! Summary Argentina is not a major drug producing country …", "… in 2001. II. Status of
//! Country Argentina is …". The report gives every chapter the same four parts, in this
//! order, so their names are told wherever they stand; each is set apart as a block of its
//! own, and so is a country's name run in before the first.

use crate::document::BlockKind;

use super::SourceBlock;

/// The parts, as the chapters from 1995 to 2009 name them. The third ends with its year.
const PARTS: [&str; 4] = [
    "I. Summary",
    "II. Status of Country",
    "III. Country Actions Against Drugs in ",
    "IV. U.S. Policy Initiatives and Programs",
];

/// The printed report's page heads, as a PDF dump keeps them: "VIII-1 INCSR 2002" and
/// "VIII-2 Southeast Asia" over a region's first pages, "483 INCSR 2004 Part I" and "484
/// Africa and the Middle East" over each other page. The report's name and year are kept once,
/// without the page's number, where they name the report; the rest is the file's furniture.
pub fn mark_page_heads(blocks: &mut [SourceBlock]) {
    mark_folios_by_report_name(blocks);
    let mut named = false;
    // Whether the block before was the report's page head: the region's goes under it.
    let mut under_head = false;
    for block in blocks.iter_mut() {
        let follows_head = std::mem::take(&mut under_head);
        if block.kind != BlockKind::Paragraph || block.text.len() > 80 {
            continue;
        }
        // ("CANADA, MEXICO AND CENTRAL AMERICA V-1 INCSR 2002 V-2": a region's and a page's
        // heads on one line, the page's number before the report's name.)
        // (Told first by its last byte, a digit of the year or the page.)
        let ends_in_digit = block
            .text
            .trim_end()
            .ends_with(|c: char| c.is_ascii_digit());
        if ends_in_digit && let Some(name) = report_named_in(&block.text) {
            let before = block.text[..name.start].trim();
            let page = before.rsplit(' ').next().unwrap_or("");
            // (Only with a region before the page: "483 INCSR 2004 Part I" is read below.)
            if before.contains(' ') && is_page_number(page) {
                if named {
                    block.page_furniture = true;
                } else {
                    block.text = block.text[name].to_owned();
                    named = true;
                }
                under_head = true;
                continue;
            }
        }
        let Some((page, rest)) = block.text.trim().split_once(' ') else {
            continue;
        };
        let numbered = is_arabic_page(page);
        let roman_numbered = is_roman_page(page);
        let report_named = rest.starts_with("INCSR ")
            && rest[6..].bytes().take_while(u8::is_ascii_digit).count() == 4;
        // "VIII-2 Southeast Asia", "484 Africa and the Middle East": a region's name of a
        // few words in Title Case.
        let region = (roman_numbered || (numbered && follows_head))
            && rest.split_whitespace().count() <= 6
            && !rest.contains(['.', ',', ';', ':'])
            && rest.starts_with(|c: char| c.is_uppercase());
        if (numbered || roman_numbered) && report_named {
            under_head = true;
            if named {
                block.page_furniture = true;
            } else {
                block.text = rest.to_owned();
                named = true;
            }
        } else if region {
            block.page_furniture = true;
        }
    }
}

/// "INCSR 2005 Volume I" / "296" / "Southeast Asia": a PDF dump's page number, a block of its
/// own right under or over the report's running head, is furniture.
fn mark_folios_by_report_name(blocks: &mut [SourceBlock]) {
    let running_head = |block: &SourceBlock| {
        block.text.len() <= 40
            && report_named_in(block.text.trim_start()).is_some_and(|n| n.start == 0)
    };
    for i in 0..blocks.len() {
        // (Told first by its length: most blocks are longer.)
        if blocks[i].text.len() > 8 || !is_arabic_page(blocks[i].text.trim()) {
            continue;
        }
        let beside_head =
            (i > 0 && running_head(&blocks[i - 1])) || blocks.get(i + 1).is_some_and(running_head);
        if beside_head {
            blocks[i].page_furniture = true;
        }
    }
}

/// Sets every part head run into a paragraph apart, as a block of its own.
pub fn split_run_in_parts(blocks: &mut Vec<SourceBlock>) {
    // Most texts never name a part: one search of each paragraph tells ("I. ", "I.Summary").
    static SUMMARY: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"I."));
    // Each block's cuts, read once (none for most).
    let cuts: Vec<Vec<(usize, usize)>> = blocks
        .iter()
        .map(|block| {
            let may_name =
                block.kind == BlockKind::Paragraph && SUMMARY.find(block.text.as_bytes()).is_some();
            if may_name {
                part_cuts(&block.text)
            } else {
                Vec::new()
            }
        })
        .collect();
    if cuts.iter().all(Vec::is_empty) {
        return;
    }
    let mut split = Vec::with_capacity(blocks.len() + 8);
    for (block, cuts) in blocks.drain(..).zip(cuts) {
        if cuts.is_empty() {
            split.push(block);
            continue;
        }
        let mut from = 0;
        for (head_start, head_end) in cuts {
            let before = block.text[from..head_start].trim();
            if from == 0 && is_cover_in_capitals(before) {
                split.extend(cover_lines(before).map(|line| piece(&block, line)));
            } else if from == 0
                && let Some(at) = country_at_end(before)
            {
                // ("… V-1 INCSR 2002 V-2 Canada, Mexico and Central America Belize I.
                // Summary": the page's heads, then the country's name, apart; of the heads,
                // the report's name and year are kept, as `mark_page_heads` keeps them.)
                let heads = before[..at].trim_end();
                match report_named_in(heads) {
                    Some(name) => {
                        split.push(piece(&block, &heads[name]));
                        split.push(SourceBlock {
                            page_furniture: true,
                            ..piece(&block, heads)
                        });
                    }
                    None => split.push(piece(&block, heads)),
                }
                split.push(piece(&block, &before[at..]));
            } else if !before.is_empty() {
                split.push(piece(&block, before));
            }
            split.push(SourceBlock {
                source_lines: 1,
                ..piece(
                    &block,
                    &spaced_head(block.text[head_start..head_end].trim()),
                )
            });
            from = head_end;
        }
        let rest = block.text[from..].trim();
        if !rest.is_empty() {
            split.push(piece(&block, rest));
        }
    }
    *blocks = split;
}

/// A block of `text`, cut from `block`.
fn piece(block: &SourceBlock, text: &str) -> SourceBlock {
    SourceBlock {
        text: text.to_owned(),
        link_chars: 0,
        ..block.clone()
    }
}

/// Where each part head run into `text` starts and ends, in order. A head counts where a
/// sentence has ended before it, or at the paragraph's start (a country's name of a few
/// words may stand before the first), and where prose follows it: a head alone is a block
/// already.
fn part_cuts(text: &str) -> Vec<(usize, usize)> {
    let mut cuts = Vec::new();
    for part in PARTS {
        let Some((start, mut end)) = find_part(text, part) else {
            continue;
        };
        if part.ends_with("in ") {
            // "… Against Drugs in 2001": the year closes the head.
            let digits = text[end..].bytes().take_while(u8::is_ascii_digit).count();
            if digits != 4 {
                continue;
            }
            end += digits;
        }
        // "I. Summary: Angola does not …": a colon may close the head.
        if text[end..].starts_with(':') {
            end += 1;
        }
        let before = text[..start].trim_end();
        let opens = before.is_empty()
            || before.ends_with(['.', '!', '?', ')', '”', '"'])
            || (cuts.is_empty()
                && (names_before_the_first(before)
                    || is_cover_in_capitals(before)
                    || country_at_end(before).is_some()));
        let prose_follows = text[end..]
            .strip_prefix(' ')
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_uppercase()));
        // ("… including bank secrecy.II. Status of Country" / "The Lebanese government …": a
        // head glued to the sentence before, its prose on the next line.)
        let ends_the_block = start > 0 && text[end..].trim().is_empty();
        let in_order = cuts.last().is_none_or(|&(_, last_end)| start >= last_end);
        if opens && (prose_follows || ends_the_block) && in_order {
            cuts.push((start, end));
        }
    }
    cuts
}

/// Where `part` stands in `text`, as the report prints it or as a copy that lost the space
/// after the numeral ("I.Summary", "II.Status of Country"), in capitals or not.
fn find_part(text: &str, part: &str) -> Option<(usize, usize)> {
    let (numeral, name) = part.split_once(". ")?;
    let bytes = text.as_bytes();
    text.match_indices(numeral).find_map(|(at, _)| {
        // The numeral whole: not the "II" of "III", nor a word's last letters.
        let before_ok = at == 0 || !bytes[at - 1].is_ascii_alphanumeric();
        let mut from = at + numeral.len();
        if !before_ok || bytes.get(from) != Some(&b'.') {
            return None;
        }
        from += 1;
        if bytes.get(from) == Some(&b' ') {
            from += 1;
        }
        let end = from + name.len();
        let named = text
            .get(from..end)
            .is_some_and(|written| written.eq_ignore_ascii_case(name));
        named.then_some((at, end))
    })
}

/// "I.Summary" → "I. Summary": the head as the report prints it.
fn spaced_head(head: &str) -> String {
    match head.split_once('.') {
        Some((numeral, name)) if !name.starts_with(' ') => format!("{numeral}. {name}"),
        _ => head.to_owned(),
    }
}

/// The lines of a cover run together in capitals: "U.S. DEPARTMENT OF STATE" /
/// "INTERNATIONAL NARCOTICS CONTROL STRATEGY REPORT" / "MARCH 1995" / "BUREAU FOR
/// INTERNATIONAL NARCOTICS AND LAW ENFORCEMENT AFFAIRS" / "CYPRUS", cut where the report's
/// cover starts each.
fn cover_lines(cover: &str) -> impl Iterator<Item = &str> {
    let mut cuts = vec![0];
    for mark in [
        "INTERNATIONAL NARCOTICS CONTROL",
        "BUREAU FOR ",
        "BUREAU OF ",
    ] {
        if let Some(at) = cover.find(mark) {
            cuts.push(at);
        }
    }
    // The dateline ("MARCH 1995"), and the country after the bureau's "AFFAIRS".
    let mut at = 0;
    for word in cover.split(' ') {
        let year_after = cover[at + word.len()..]
            .strip_prefix(' ')
            .and_then(|rest| rest.get(..4))
            .is_some_and(|year| year.bytes().all(|b| b.is_ascii_digit()));
        if crate::extract::dates::is_month_name(word) && year_after {
            cuts.push(at);
            cuts.push(at + word.len() + 5);
        }
        if word == "AFFAIRS" {
            cuts.push(at + word.len());
        }
        at += word.len() + 1;
    }
    cuts.push(cover.len());
    cuts.sort_unstable();
    cuts.dedup();
    (0..cuts.len() - 1)
        .map(move |i| cover[cuts[i]..cuts[i + 1]].trim())
        .filter(|line| !line.is_empty())
}

/// "U.S. DEPARTMENT OF STATE … MARCH 1995 BUREAU FOR … AFFAIRS CYPRUS": a cover's lines in
/// capitals, run together before the first head.
fn is_cover_in_capitals(before: &str) -> bool {
    before.len() >= 20
        && before.contains(' ')
        && !before.chars().any(char::is_lowercase)
        && before.chars().filter(|c| c.is_alphabetic()).count() >= 20
}

/// "VIII-2": a page of a volume's part, numbered within it.
fn is_roman_page(page: &str) -> bool {
    page.split_once('-').is_some_and(|(part, number)| {
        !part.is_empty()
            && part.bytes().all(|b| matches!(b, b'I' | b'V' | b'X' | b'L'))
            && !number.is_empty()
            && number.len() <= 3
            && number.bytes().all(|b| b.is_ascii_digit())
    })
}

/// "483": a printed page's number in figures.
fn is_arabic_page(page: &str) -> bool {
    !page.is_empty() && page.len() <= 4 && page.bytes().all(|b| b.is_ascii_digit())
}

/// "483", "VIII-2": a printed page's number.
fn is_page_number(page: &str) -> bool {
    is_arabic_page(page) || is_roman_page(page)
}

/// Where "INCSR 2002" stands in a run of page heads.
fn report_named_in(heads: &str) -> Option<std::ops::Range<usize>> {
    // (Asked of every short block: a searcher built once.)
    static NAME: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"INCSR "));
    let at = NAME.find(heads.as_bytes())?;
    let name = at..at + "INCSR 2002".len();
    heads
        .get(name.clone())?
        .bytes()
        .skip("INCSR ".len())
        .all(|b| b.is_ascii_digit())
        .then_some(name)
}

/// "V-1 INCSR 2002 V-2 Canada, Mexico and Central America Belize": a PDF dump's page heads
/// run into the country's name before the first part; where the name (of three words at
/// most) starts, when something stands before it that names the report.
fn country_at_end(before: &str) -> Option<usize> {
    // (Or a region's name before it, in Title Case: "Canada, Mexico and Central America
    // Belize", the page heads above it on a line of their own.)
    let region_then_country = || {
        let words: Vec<&str> = before.split_whitespace().collect();
        words.len() <= 10
            && words.iter().all(|w| {
                w.starts_with(|c: char| c.is_uppercase()) || matches!(*w, "and" | "of" | "the")
            })
    };
    if !before.contains("INCSR") && !before.contains("Strategy Report") && !region_then_country() {
        return None;
    }
    let starts: Vec<usize> = before
        .char_indices()
        .filter(|&(i, c)| c == ' ' && i + 1 < before.len())
        .map(|(i, _)| i + 1)
        .collect();
    // (The longest name first: "Saudi Arabia" before "Arabia". After a colon, "… Strategy
    // Report: Turkey", the name is the title's, read whole.)
    starts
        .iter()
        .rev()
        .take(3)
        .rev()
        .copied()
        .find(|&at| crate::structure::is_country_name(&before[at..]))
        .filter(|&at| !before[..at].trim_end().ends_with(':'))
}

/// "Argentina", "Trinidad and Tobago": a name of a few words in Title Case before the first
/// head, with no sentence in it; or after a colon that ends what goes before ("… for the
/// 2009 International Narcotics Control Strategy Report: Turkey", as a cable submits it).
fn names_before_the_first(before: &str) -> bool {
    let before = before.rsplit_once(": ").map_or(before, |(_, name)| name);
    let words: Vec<&str> = before.split_whitespace().collect();
    (1..=5).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase()) || matches!(*w, "and" | "of" | "the")
        })
        && !before.contains(['.', ',', ';', ':'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para(text: &str) -> SourceBlock {
        SourceBlock {
            text: text.to_owned(),
            ..SourceBlock::default()
        }
    }

    fn texts(blocks: &[SourceBlock]) -> Vec<&str> {
        blocks.iter().map(|b| b.text.as_str()).collect()
    }

    /// The blocks' texts but the page's furniture.
    fn kept_texts(blocks: &[SourceBlock]) -> Vec<&str> {
        blocks
            .iter()
            .filter(|b| !b.page_furniture)
            .map(|b| b.text.as_str())
            .collect()
    }

    #[test]
    fn a_part_is_found_without_the_space_after_its_numeral_and_not_inside_another() {
        assert_eq!(
            find_part("CYPRUS I.Summary Cyprus is", "I. Summary"),
            Some((7, 16))
        );
        assert_eq!(find_part("II. SUMMARY", "I. Summary"), None);
        assert_eq!(find_part("MOTI. Summary", "I. Summary"), None);
        assert_eq!(spaced_head("II.Status of Country"), "II. Status of Country");
    }

    #[test]
    fn the_chapters_parts_run_into_its_prose_are_set_apart() {
        let mut blocks = vec![
            para(
                "Argentina I. Summary Argentina is not a major drug producing country. It \
                 seized 85 tons in 2001. II. Status of Country Argentina is a transit country.",
            ),
            para(
                "III. Country Actions Against Drugs in 2001 Policy Initiatives. The GOA passed \
                 a law. IV. U.S. Policy Initiatives and Programs The USG helps.",
            ),
        ];
        split_run_in_parts(&mut blocks);
        assert_eq!(
            texts(&blocks),
            [
                "Argentina",
                "I. Summary",
                "Argentina is not a major drug producing country. It seized 85 tons in 2001.",
                "II. Status of Country",
                "Argentina is a transit country.",
                "III. Country Actions Against Drugs in 2001",
                "Policy Initiatives. The GOA passed a law.",
                "IV. U.S. Policy Initiatives and Programs",
                "The USG helps.",
            ]
        );
        // (Review 43: a PDF dump of the 2002 volume, its page heads run into the country.)
        let mut blocks = vec![para(
            "CANADA, MEXICO AND CENTRAL AMERICA V-1 INCSR 2002 V-2 Canada, Mexico and Central \
             America Belize I. Summary The Government of Belize (GOB) recognizes it.",
        )];
        split_run_in_parts(&mut blocks);
        assert_eq!(
            texts(&blocks),
            [
                "INCSR 2002",
                "CANADA, MEXICO AND CENTRAL AMERICA V-1 INCSR 2002 V-2 Canada, Mexico and \
                 Central America",
                "Belize",
                "I. Summary",
                "The Government of Belize (GOB) recognizes it."
            ]
        );
        assert!(blocks[1].page_furniture);
        // (Review 42: a head glued to the sentence before, at the block's end.)
        let mut blocks = vec![para(
            "Lebanon is a party to the 1988 UN Drug Convention, including bank secrecy.II. \
             Status of Country",
        )];
        split_run_in_parts(&mut blocks);
        assert_eq!(
            texts(&blocks),
            [
                "Lebanon is a party to the 1988 UN Drug Convention, including bank secrecy.",
                "II. Status of Country"
            ]
        );
        let mut blocks = vec![para("I. Summary: Angola does not suffer from drug abuse.")];
        split_run_in_parts(&mut blocks);
        assert_eq!(
            texts(&blocks),
            ["I. Summary:", "Angola does not suffer from drug abuse."]
        );
        let mut blocks = vec![para(
            "1. Following is Mission Turkey's submission for the 2009 International Narcotics \
             Control Strategy Report: Turkey I. Summary Turkey continues to be a major transit \
             route.",
        )];
        split_run_in_parts(&mut blocks);
        assert_eq!(
            texts(&blocks)[1..],
            [
                "I. Summary",
                "Turkey continues to be a major transit route."
            ]
        );
    }

    #[test]
    fn a_printed_pages_heads_leave_the_reports_name_once() {
        let mut blocks = vec![
            para("SOUTHEAST ASIA"),
            para("VIII-1 INCSR 2002"),
            para("VIII-2 Southeast Asia"),
            para("Australia is a committed partner."),
            para("483 INCSR 2004 Part I"),
            para("484 Africa and the Middle East"),
            para("1995 Seizures rose"),
        ];
        mark_page_heads(&mut blocks);
        let kept = kept_texts(&blocks);
        assert_eq!(
            kept,
            [
                "SOUTHEAST ASIA",
                "INCSR 2002",
                "Australia is a committed partner.",
                "1995 Seizures rose"
            ]
        );
        // (Review 43's PDF dump folded: the region's head and the page's on one line, then
        // the region's name run into the country's and its first part.)
        let mut blocks = vec![
            para("CANADA, MEXICO AND CENTRAL AMERICA V-1 INCSR 2002 V-2"),
            para("Canada, Mexico and Central America Belize I. Summary The Government acts."),
            para("CANADA, MEXICO AND CENTRAL AMERICA V-3 INCSR 2002 V-4"),
        ];
        mark_page_heads(&mut blocks);
        split_run_in_parts(&mut blocks);
        let kept = kept_texts(&blocks);
        assert_eq!(
            kept,
            [
                "INCSR 2002",
                "Canada, Mexico and Central America",
                "Belize",
                "I. Summary",
                "The Government acts."
            ]
        );
    }

    #[test]
    fn a_part_named_inside_a_sentence_or_alone_stays() {
        for text in [
            "I. Summary",
            "As part I. Summary of the report shows, seizures rose.",
            "The report's II. Status of Country section is short.",
        ] {
            let mut blocks = vec![para(text)];
            split_run_in_parts(&mut blocks);
            assert_eq!(texts(&blocks), [text]);
        }
    }
}
