//! Recognising headings: Roman-numeral heads ("I. Summary") and lettered ones ("A.
//! Introduction", as later editions of the report set them), numbered heads ("1.", "1.2",
//! "Item 1A."), ALL-CAPS lines, underlined and HTML headings, and run-in heads — a short
//! Title Case phrase closing with a period at a paragraph's start ("Corruption. Corruption is
//! reportedly widespread …").

use crate::load::{char_count, roman_heading_prefix};

/// The style of a heading line, which decides its level.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HeadingStyle {
    /// `h1`–`h6` or an underlined line: the markup gives the level.
    Marked(u8),
    /// "I. Summary": a chapter's parts.
    Roman,
    /// "A. Introduction": a chapter's parts in later editions, or the parts of a Roman-numbered
    /// one. Counted only where an "A." and a "B." head both stand ("R. Rand Beers" signing a
    /// page is no head).
    Lettered,
    /// "Drug Trafficking Organizations": a short line in Title Case standing alone between
    /// paragraphs of prose (a page saved as text, its headings set as plain lines).
    Standalone,
    /// "1.", "1.2", "Item 1A.", "Chapter 3": the depth of the number.
    Numbered(u8),
    AllCaps,
}

/// How a single-line block reads as a heading, if it does.
pub fn heading_style(text: &str) -> Option<HeadingStyle> {
    let text = text.trim();
    // Over 400 bytes is over 100 characters: a paragraph is not counted through.
    if text.len() > 400 {
        return None;
    }
    let chars = char_count(text);
    if chars == 0 || chars > 100 || memchr::memchr(b'\n', text.as_bytes()).is_some() {
        return None;
    }
    if roman_heading_prefix(text).is_some() && !ends_like_sentence(text) {
        return Some(HeadingStyle::Roman);
    }
    if is_lettered_head(text) {
        return Some(HeadingStyle::Lettered);
    }
    if let Some(depth) = numbered_prefix_depth(text)
        && chars <= 80
        && !ends_like_sentence(text)
        && !short_sentence(text)
    {
        return Some(HeadingStyle::Numbered(depth));
    }
    // Every letter a capital: a line of Chinese with an acronym in it is not in capitals.
    // (Most lines are told by their first lower-case letter; only capitals are counted.)
    let letters = text.chars().filter(|c| c.is_alphabetic());
    // ("MARCH 1995" over a chapter is its date, not a part of it.)
    if letters.clone().all(char::is_uppercase)
        && letters.count() >= 3
        && chars <= 80
        && !text.ends_with([',', ';'])
        && !only_a_date(text)
        && !is_field(text)
    {
        return Some(HeadingStyle::AllCaps);
    }
    None
}

/// "Drug Trafficking Organizations", "Quick Facts", "Drug Flow/Transit": one to eight words,
/// the first and every long one capitalised, no figure and no closing stop. (Whether it
/// stands alone between prose is the caller's to tell.)
pub fn is_title_case_head(text: &str) -> bool {
    let text = text.trim();
    // (Most blocks are paragraphs, told by their length or their closing stop before their
    // words are looked at.)
    if text.len() > 280
        || text.ends_with(['.', ',', ';', ':', '?', '!', '-'])
        || !text.starts_with(|c: char| c.is_uppercase())
        || text.split_whitespace().nth(8).is_some()
    {
        return false;
    }
    if char_count(text) > 70 || text.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    // (At most eight words: kept on the stack.)
    let mut buffer = [""; 8];
    let mut count = 0;
    for word in text.split_whitespace() {
        buffer[count] = word;
        count += 1;
    }
    let words = &buffer[..count];
    if words.is_empty() {
        return false;
    }
    // ("and", "of", "the" stay small; "Flow/Transit" and "(Demand Reduction)" count by their
    // first letter.)
    // ("E.     Promote Manufacturing Engineering Education.  Traditional": a sentence ends
    // inside; "U.S. Assistance" is an abbreviation's stop.)
    let sentence_inside = words[..words.len() - 1]
        .iter()
        .any(|word| word.ends_with('.') && word.chars().filter(|c| c.is_lowercase()).count() >= 2);
    // ("… Technology Program to": a line cut short of its sentence.)
    let ends_little = words.len() > 1
        && [
            "and", "of", "for", "the", "by", "to", "in", "on", "a", "an", "with", "from", "or",
        ]
        .contains(&words[words.len() - 1]);
    !sentence_inside
        && !ends_little
        && words.iter().all(|word| {
            let word = word.trim_start_matches(['(', '"', '“']);
            word.chars().count() <= 3 || word.starts_with(|c: char| c.is_uppercase())
        })
        && !words.iter().all(|w| !w.chars().any(char::is_lowercase))
}

/// "SOURCE: U.S. DEPARTMENT OF STATE", "NOTE: …": a field's label and its value, in capitals.
fn is_field(text: &str) -> bool {
    text.split_once(": ")
        .is_some_and(|(label, _)| matches!(label, "SOURCE" | "SOURCES" | "NOTE" | "NOTES"))
}

/// The outline's name for a heading: whitespace collapsed, and a Factbook-style subject
/// suffix dropped ("Introduction :: AUSTRIA" → "Introduction"; the subject is the page's).
pub fn section_title(text: &str) -> String {
    // ("Introduction:" standing alone names its section "Introduction".)
    let text = text.trim_end().trim_end_matches(':');
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match text.split_once("::") {
        Some((head, _)) if !head.trim().is_empty() => head.trim().to_owned(),
        _ => text,
    }
}

/// The subject that two or more headings name after a `::` ("Introduction :: AUSTRIA",
/// "Geography :: AUSTRIA" → "Austria").
pub fn common_head_subject<'a>(headings: impl Iterator<Item = &'a str>) -> Option<String> {
    let mut first: Option<String> = None;
    for heading in headings {
        let Some((_, subject)) = heading.split_once("::") else {
            continue;
        };
        let subject = subject.split_whitespace().collect::<Vec<_>>().join(" ");
        if subject.is_empty() {
            continue;
        }
        match &first {
            None => first = Some(subject),
            Some(known) if *known == subject => return Some(super::tidy_case(&subject)),
            Some(_) => {}
        }
    }
    None
}

/// A heading ends without a sentence's period, unless it is a short label ("Item 1A.").
/// "1. Unclassified entire text.": a short sentence, in sentence case with its full stop (a
/// cable's first numbered paragraph), not a head ("2. Supply Reduction.").
fn short_sentence(text: &str) -> bool {
    text.ends_with('.')
        && text.split_whitespace().skip(1).any(|word| {
            word.chars().count() >= 4
                && word.starts_with(|c: char| c.is_lowercase())
                && !SMALL_WORDS.iter().any(|s| s.eq_ignore_ascii_case(word))
        })
}

fn ends_like_sentence(text: &str) -> bool {
    let words = text.split_whitespace().count();
    text.ends_with(['.', '?', '!', ',', ';']) && words > 6
}

/// "A. Introduction", "B. Drug Control Accomplishments, Policies, and Trends": one capital
/// letter and a full stop before a phrase in Title Case of a few words, whole (not ending on
/// "and" or "the") and with no sentence in it. A lettered item of a list ("A. Access to the
/// Internet will be …", "B. Support Agile Manufacturing. The new …") is no head.
fn is_lettered_head(text: &str) -> bool {
    let text = text.trim_end();
    let bytes = text.as_bytes();
    let [letter, b'.', b' ', first, ..] = bytes else {
        return false;
    };
    let phrase: Vec<&str> = text[3..].split_whitespace().collect();
    let small = |word: &str| {
        SMALL_WORDS
            .iter()
            .any(|s| s.eq_ignore_ascii_case(word.trim_end_matches(',')))
    };
    letter.is_ascii_uppercase()
        && first.is_ascii_uppercase()
        && phrase.len() <= 10
        && !text[3..].contains(". ")
        && !text.ends_with(['.', ',', ';', ':', '?', '!'])
        && phrase.last().is_some_and(|last| !small(last))
        && phrase.iter().all(|word| {
            word.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) || small(word)
        })
}

/// "1. Introduction" → 1, "2.3 Scope" → 2, "Item 1A. Risk Factors" → 1, "Chapter 4 …" → 1.
/// "MARCH 1995": nothing but a month and a year ("MAY 1998 ELECTIONS" is a heading).
fn only_a_date(text: &str) -> bool {
    let found = crate::extract::dates::scan(text);
    found.len() == 1 && found[0].0.len() + 2 >= text.trim().len()
}

fn numbered_prefix_depth(text: &str) -> Option<u8> {
    let mut words = text.split_whitespace();
    let first = words.next()?;
    let rest_starts_upper = |w: Option<&str>| {
        w.and_then(|w| w.chars().next())
            .is_some_and(|c| c.is_uppercase())
    };
    let names_a_part = [
        "item", "chapter", "section", "part", "article", "annex", "appendix",
    ]
    .iter()
    .any(|name| first.eq_ignore_ascii_case(name));
    if names_a_part {
        let number = words.next()?;
        // ("Part 3 of 3.": a repost's count of its pieces.)
        if words.next().is_some_and(|w| w.eq_ignore_ascii_case("of")) {
            return None;
        }
        let number = number.trim_end_matches(['.', ':']);
        let looks_numbered = number.chars().next().is_some_and(|c| c.is_ascii_digit())
            || roman_heading_prefix(&format!("{number}. X")).is_some();
        return (looks_numbered && number.len() <= 5).then_some(1);
    }
    let number = first.trim_end_matches(['.', ')']);
    if number.is_empty() || !number.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let parts: Vec<&str> = number.split('.').collect();
    if parts
        .iter()
        .any(|p| p.is_empty() || p.len() > 2 || !p.chars().all(|c| c.is_ascii_digit()))
    {
        return None;
    }
    // "1995" or "12." followed by lower case is a sentence, not a head.
    if !rest_starts_upper(words.next()) || (parts.len() == 1 && !first.ends_with(['.', ')'])) {
        return None;
    }
    // "3. The Philippines is a party to the 1988 UN Drug": a cable's numbered paragraph, long
    // and with a verb ("2. Measures that have been taken" is a head).
    if words.clone().count() >= 7 && words.clone().any(is_linking_verb) {
        return None;
    }
    // "1. Strengthen the NDLEA.": a list's item, a sentence with its full stop ("1. Summary."
    // is a head). (A legal text's notes, "29. Id., at 900.", stay as they were read: their
    // page references are no figures.)
    let note = text
        .split_whitespace()
        .nth(1)
        .is_some_and(|w| w.starts_with("Id.") || w.starts_with("Ibid."));
    if text.trim_end().ends_with('.') && words.clone().count() >= 2 && !note {
        return None;
    }
    u8::try_from(parts.len()).ok()
}

/// "is", "WAS", "has": a verb that links a clause's subject to what is said of it, in any
/// case; a head has none.
pub fn is_linking_verb(word: &str) -> bool {
    ["is", "are", "was", "were", "has", "have", "had", "will"]
        .iter()
        .any(|v| word.eq_ignore_ascii_case(v))
}

/// Words a Title Case phrase may keep in lower case.
const SMALL_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to",
    "with", "against", "vs", "via", "&",
];

/// Abbreviations whose period does not end a phrase.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Inc", "Ltd", "Co", "Corp", "No", "Gen", "Sen",
    "Rep", "Gov", "Lt", "Col", "Sgt", "Ft", "Mt", "Vol", "Fig", "Prof", "Rev", "Hon", "Jan", "Feb",
    "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Art", "Sec", "Ch",
    // ("State Dept. Homepage": a link's name, not a head.)
    "Dept", "Govt", "Univ", "Assn", "Ave", "Bros",
];

/// The byte length of a run-in head at the start of `text` (without its period), if any.
pub fn run_in_head_len(text: &str) -> Option<usize> {
    use memchr::memmem::Finder;
    use std::sync::LazyLock;
    // Built once: asked of every paragraph, the searcher would cost more than the search.
    static FULL_STOP: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(b". "));
    let window = &text[..text.floor_char_boundary(90)];
    let dot = FULL_STOP.find(window.as_bytes())?;
    let after = text[dot + 2..].chars().next()?;
    if !(after.is_uppercase() || after.is_ascii_digit() || after == '"' || after == '“') {
        return None;
    }
    is_head_phrase(&text[..dot]).then_some(dot)
}

/// "1. (U) Summary: Hungary continues …", "2. (SBU) Status of Country: …": a cable's
/// paragraph opened by its number, its classification and a head; where the head stands.
pub fn cable_paragraph_head(text: &str) -> Option<std::ops::Range<usize>> {
    // (Told by its first bytes: most paragraphs open otherwise.)
    let digits = text.bytes().take(3).take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) || !text[digits..].starts_with(". (") {
        return None;
    }
    let (number, rest) = text.split_at(digits);
    let rest = &rest[2..];
    let mark_len = rest.strip_prefix('(')?.find(") ")?;
    let mark = &rest[1..=mark_len];
    if mark.is_empty()
        || mark.len() > 6
        || !mark.bytes().all(|b| b.is_ascii_uppercase() || b == b'/')
    {
        return None;
    }
    let start = number.len() + 2 + mark_len + 3;
    let window = &text[start..text.floor_char_boundary(start + 60)];
    let end = start + window.find(": ")?;
    is_head_phrase(&text[start..end]).then_some(start..end)
}

/// A paragraph that is a run-in head alone ("Drug Flow/Transit.", a copy having set the
/// head's bold apart from its text): the head's byte length, without its period.
pub fn lone_run_in_head_len(text: &str) -> Option<usize> {
    let phrase = text.trim_end().strip_suffix('.')?;
    (phrase.len() <= 90 && !phrase.ends_with('.') && is_head_phrase(phrase)).then_some(phrase.len())
}

/// A short Title Case phrase of no figure or stop: "Corruption", "The Road Ahead", "Domestic
/// Programs (Demand Reduction)" (one bracketed part at its end).
fn is_head_phrase(phrase: &str) -> bool {
    let bracketed = phrase.ends_with(')')
        && phrase.contains(" (")
        && phrase.matches('(').count() == 1
        && phrase.matches(')').count() == 1;
    if phrase.is_empty()
        || phrase.chars().any(|c| {
            c.is_ascii_digit()
                || matches!(c, ',' | ';' | ':' | '"' | '“' | '”' | '.')
                || (matches!(c, '(' | ')') && !bracketed)
        })
    {
        return false;
    }
    let words: Vec<&str> = phrase
        .split_whitespace()
        .map(|w| w.trim_matches(['(', ')']))
        .collect();
    if words.is_empty() || words.len() > 7 {
        return false;
    }
    let capitalised = |w: &str| w.chars().next().is_some_and(|c| c.is_uppercase());
    let first = words[0];
    let last = words[words.len() - 1];
    if !capitalised(first) || !capitalised(last) {
        return false;
    }
    if ABBREVIATIONS.contains(&last) || last.chars().count() < 3 {
        return false;
    }
    // A lone word in capitals ("GOK.") is an abbreviation, not a head.
    if words.len() == 1 && (last.chars().all(|c| !c.is_lowercase()) || last.chars().count() < 4) {
        return false;
    }
    words.iter().all(|w| {
        capitalised(w) || crate::extract::numbers::lowered(w, |lower| SMALL_WORDS.contains(&lower))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cables_paragraph_may_open_with_a_head() {
        fn head(text: &str) -> Option<&str> {
            cable_paragraph_head(text).map(|range| &text[range])
        }
        assert_eq!(
            head("1. (U) Summary: Hungary continues to be a primary transit country."),
            Some("Summary")
        );
        assert_eq!(
            head("2. (SBU) Status of Country: Hungary continues to be a transit country."),
            Some("Status of Country")
        );
        for text in [
            "3. (U) The GOH reported the following: 2,000 arrests.",
            "4. (SBU) Seizures in 2008: 12 kg of heroin.",
            "1. Summary: no classification.",
            "12. (U) Summary of seizures, 2008",
        ] {
            assert_eq!(head(text), None, "{text:?}");
        }
    }

    #[test]
    fn a_lettered_part_is_a_head_but_a_lettered_item_of_a_list_is_not() {
        for head in [
            "A. Introduction",
            "B. Drug Control Accomplishments, Policies, and Trends",
            "C. National Initiatives",
        ] {
            assert_eq!(
                heading_style(head),
                Some(HeadingStyle::Lettered),
                "{head:?}"
            );
        }
        for item in [
            "A. Access to the Internet and developing NREN will be",
            "A. Implementation of the High-performance Computing and",
            "B. Support Agile Manufacturing. The new Agile Manufacturing",
            "J. Smith said the seizures rose.",
            "U.S. Policy Initiatives",
        ] {
            assert_ne!(
                heading_style(item),
                Some(HeadingStyle::Lettered),
                "{item:?}"
            );
        }
    }

    #[test]
    fn a_paragraph_with_an_accent_at_the_window_edge_does_not_panic() {
        // Regression: the 90-byte window once cut "é" in half (laviedesidees, legrandcontinent).
        let text = format!("{}é la suite du texte.", "a".repeat(89));
        assert_eq!(run_in_head_len(&text), None);
    }

    #[test]
    fn run_in_heads_are_short_title_case_phrases() {
        assert_eq!(
            run_in_head_len("Corruption. Corruption is reportedly widespread"),
            Some(10)
        );
        assert_eq!(
            run_in_head_len("The Road Ahead. The United States will"),
            Some(14)
        );
        assert_eq!(
            run_in_head_len("Policy Initiatives and Bilateral Cooperation. In 1995, the USG"),
            Some(44)
        );
        assert_eq!(
            run_in_head_len("Kazakstan is confronting a significant problem. It"),
            None
        );
        assert_eq!(run_in_head_len("The U.S. plans to continue"), None);
        assert_eq!(run_in_head_len("Mr. Smith said"), None);
        assert_eq!(
            run_in_head_len("Domestic Programs (Demand Reduction). The GOP"),
            Some(36)
        );
        assert_eq!(
            run_in_head_len("Seizures (Cocaine) Rose (Sharply). The"),
            None
        );
        assert_eq!(lone_run_in_head_len("Drug Flow/Transit."), Some(17));
        assert_eq!(lone_run_in_head_len("Drug Flow/Transit"), None);
        // (Review 42: a repost's link.)
        assert_eq!(run_in_head_len("State Dept. Homepage"), None);
    }

    #[test]
    fn a_reposts_count_of_its_pieces_is_no_part() {
        // (Review 42: a mailing list's repost of the 1997 Burma chapter.)
        assert_eq!(heading_style("Part 3 of 3."), None);
        assert_eq!(heading_style("Part 3 of 3"), None);
        assert!(heading_style("Part II").is_some());
    }

    #[test]
    fn heading_lines_are_classified_by_style() {
        assert_eq!(heading_style("I. Summary"), Some(HeadingStyle::Roman));
        assert_eq!(heading_style("KAZAKSTAN"), Some(HeadingStyle::AllCaps));
        assert_eq!(heading_style("MARCH 1995"), None);
        assert_eq!(heading_style("1.2 Scope"), Some(HeadingStyle::Numbered(2)));
        assert_eq!(
            heading_style("Item 1A. Risk Factors"),
            Some(HeadingStyle::Numbered(1))
        );
        assert_eq!(
            heading_style(
                "1994. Drug use, particularly among teenagers, appears to be increasing."
            ),
            None
        );
        assert_eq!(heading_style("Kazakstan is confronting a problem."), None);
        assert_eq!(
            heading_style("3. The Philippines is a party to the 1988 UN Drug"),
            None
        );
        assert_eq!(
            heading_style("2. Demand Reduction"),
            Some(HeadingStyle::Numbered(1))
        );
    }
}
