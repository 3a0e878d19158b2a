//! The report's title block: title, issuer, subject and date, read from the short lines above
//! its first section ("U.S. DEPARTMENT OF STATE", "INTERNATIONAL NARCOTICS CONTROL STRATEGY
//! REPORT, MARCH 1996: KAZAKSTAN", "Bureau for …", "KAZAKSTAN").

use crate::extract::dates;

/// What the title block says.
#[derive(Debug, Default, PartialEq)]
pub struct Metadata {
    pub title: String,
    pub subject: String,
    pub issuer: Vec<String>,
    pub date: String,
}

/// Words that name an issuing body.
const ISSUER_WORDS: &[&str] = &[
    "department", "bureau", "ministry", "agency", "office", "administration", "commission",
    "committee", "council", "institute", "service", "secretariat", "directorate", "authority",
    "board", "division", "embassy", "government",
];

/// Reads the title block's lines, in order.
pub fn read_title_block(lines: &[&str]) -> Metadata {
    let mut meta = Metadata::default();
    let mut title_line: Option<&str> = None;
    let mut subject_line: Option<&str> = None;
    for &line in lines {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if is_issuer(line) {
            let name = tidy_case(line);
            if !meta.issuer.iter().any(|known| same_body(known, &name)) {
                meta.issuer.push(name);
            }
            continue;
        }
        let found = dates::scan(line);
        let only_date = found.len() == 1 && found[0].0.len() + 2 >= line.len();
        if only_date {
            meta.date = found[0].1.clone();
            continue;
        }
        if title_line.is_none() && line.split_whitespace().count() >= 3 {
            title_line = Some(line);
        } else if line.split_whitespace().count() <= 6
            && !line.contains(':')
            && !line.chars().any(char::is_lowercase)
        {
            // The country line of a chapter is set in capitals: the last one wins.
            subject_line = Some(line);
        }
    }
    if let Some(line) = title_line {
        let title = tidy_case(line);
        if meta.date.is_empty() {
            // "…, MARCH 1996: KAZAKSTAN": the title's own month and year date the report.
            if let Some((_, value)) = dates::scan(&title).into_iter().rev().find(|(_, v)| v.len() >= 7) {
                meta.date = value;
            }
        }
        match title.rsplit_once(": ") {
            Some((_, subject)) if subject_line.is_none() => meta.subject = subject.trim().to_owned(),
            _ => {}
        }
        meta.title = title;
    }
    if let Some(line) = subject_line {
        meta.subject = tidy_case(line);
        if !meta.title.is_empty() && !meta.title.to_lowercase().contains(&meta.subject.to_lowercase()) {
            meta.title = format!("{}: {}", meta.title, meta.subject);
        }
    }
    if meta.title.is_empty() && !meta.subject.is_empty() {
        meta.title = meta.subject.clone();
    }
    meta
}

fn is_issuer(line: &str) -> bool {
    let lower = line.to_lowercase();
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    words.len() <= 12
        && words.iter().any(|w| ISSUER_WORDS.contains(w))
        && !words.iter().any(|w| matches!(*w, "report" | "strategy" | "summary"))
}

/// "U.S. Department of State" and "United States Department of State" are one body.
fn same_body(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        s.to_lowercase()
            .replace("united states", "us")
            .replace("u.s.", "us")
            .replace("u. s.", "us")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    norm(a) == norm(b)
}

/// Short words a title keeps in lower case.
const SMALL_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on",
    "or", "the", "to", "with", "against", "via", "vs",
];

/// Two- and three-letter words that are words, not acronyms, when a line is in capitals.
const SHORT_WORDS: &[&str] = &[
    "act", "aid", "air", "all", "any", "are", "big", "day", "end", "far", "few", "gas", "key",
    "law", "low", "map", "net", "new", "now", "oil", "old", "one", "our", "out", "own", "sea",
    "six", "ten", "two", "war", "way", "who", "why", "yes", "its", "is", "it", "be", "we", "no",
    "so", "up", "us", "do", "go", "if", "my", "he", "me", "mr", "dr", "top",
];

/// ALL-CAPS lines in Title Case ("MARCH 1996: KAZAKSTAN" → "March 1996: Kazakstan"); lines
/// already in mixed case are left alone.
pub fn tidy_case(line: &str) -> String {
    let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.chars().any(|c| c.is_lowercase()) {
        return line;
    }
    let mut out = String::with_capacity(line.len());
    let mut at_start = true;
    for (i, word) in line.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(&title_case_word(word, at_start));
        at_start = word.ends_with(':') || word == "-" || word == "–";
    }
    out
}

fn title_case_word(word: &str, at_start: bool) -> String {
    let letters: String = word.chars().filter(|c| c.is_alphabetic()).collect();
    let lower = letters.to_lowercase();
    // "U.S." and short acronyms ("UN", "NIS") stay as written.
    if word.contains('.') && letters.len() <= 4 {
        return word.to_owned();
    }
    if (2..=3).contains(&letters.chars().count())
        && !SHORT_WORDS.contains(&lower.as_str())
        && !SMALL_WORDS.contains(&lower.as_str())
    {
        return word.to_owned();
    }
    if !at_start && SMALL_WORDS.contains(&lower.as_str()) && word.chars().all(|c| c.is_alphabetic()) {
        return word.to_lowercase();
    }
    let mut out = String::with_capacity(word.len());
    let mut capitalise_next = true;
    for c in word.chars() {
        if c.is_alphabetic() {
            if capitalise_next {
                out.extend(c.to_uppercase());
            } else {
                out.extend(c.to_lowercase());
            }
            capitalise_next = false;
        } else {
            out.push(c);
            // "ANTI-DRUG" → "Anti-Drug", "O'BRIEN" keeps its apostrophe rule simple.
            capitalise_next = c == '-' || c == '/';
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_seed_title_block_gives_title_issuer_subject_and_date() {
        let meta = read_title_block(&[
            "U.S. DEPARTMENT OF STATE",
            "INTERNATIONAL NARCOTICS CONTROL STRATEGY REPORT, MARCH 1996: KAZAKSTAN",
            "United States Department of State",
            "Bureau for International Narcotics and Law Enforcement Affairs",
            "KAZAKSTAN",
        ]);
        assert_eq!(meta.title, "International Narcotics Control Strategy Report, March 1996: Kazakstan");
        assert_eq!(meta.subject, "Kazakstan");
        assert_eq!(
            meta.issuer,
            vec!["U.S. Department of State", "Bureau for International Narcotics and Law Enforcement Affairs"]
        );
        assert_eq!(meta.date, "1996-03");
    }

    #[test]
    fn a_later_edition_names_its_country_on_a_line_of_its_own() {
        let meta = read_title_block(&[
            "1998 International Narcotics Control Strategy Report",
            "Bureau for International Narcotics and Law Enforcement Affairs",
            "United States Department of State",
            "February 26, 1999",
            "BELGIUM",
        ]);
        assert_eq!(meta.title, "1998 International Narcotics Control Strategy Report: Belgium");
        assert_eq!(meta.subject, "Belgium");
        assert_eq!(meta.date, "1999-02-26");
    }
}
