//! Abbreviations defined in the text: "Ministry of Interior (MVD)", "the FATF (Financial Action
//! Task Force)".
//!
//! The long form is the shortest run of words before the parenthesis whose letters spell the
//! abbreviation in order ("government of Armenia (GOAM)"); failing that — the abbreviation is
//! from another language, as MVD is — the capitalised phrase before it ("Ministry of Interior").

use super::tokens::{Token, TokenKind};
use crate::document::Acronym;

/// Words that may stand inside a capitalised name.
const NAME_JOINERS: &[&str] = &[
    "of", "and", "for", "the", "on", "in", "de", "du", "des", "la", "le", "del", "der", "und", "&",
    "to", "against",
];

/// Conjunctions, sentence adverbs and prepositions that open a sentence, capitalised there, but
/// no name ("But", "However", "In").
const SENTENCE_OPENERS: &[&str] = &[
    "but",
    "and",
    "or",
    "yet",
    "so",
    "however",
    "moreover",
    "meanwhile",
    "nevertheless",
    "nonetheless",
    "furthermore",
    "also",
    "although",
    "though",
    "while",
    "when",
    "whereas",
    "because",
    "since",
    "thus",
    "then",
    "in",
    "on",
    "at",
    "by",
    "with",
    "from",
    "during",
    "after",
    "before",
    "through",
];

/// Whether `word` is one of the [`NAME_JOINERS`], in any case. (No other character lower-cases
/// to the ASCII letters they are made of, so ASCII case folding is all it takes.)
fn is_name_joiner(word: &str) -> bool {
    NAME_JOINERS.iter().any(|j| word.eq_ignore_ascii_case(j))
}

/// The letters an abbreviation's long form must spell, in lower case ("GoAM": g, o, a, m).
fn letters_of(short: &str) -> Vec<char> {
    short
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Is `text` shaped like an abbreviation: 2–10 characters, mostly capitals?
fn is_abbreviation(text: &str) -> bool {
    // Ten characters take 40 bytes at most: longer words are turned away uncounted.
    if text.len() > 40 || !text.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    let length = text.chars().count();
    if !(2..=10).contains(&length) {
        return false;
    }
    let upper = text.chars().filter(|c| c.is_uppercase()).count();
    let allowed = text
        .chars()
        .all(|c| c.is_alphanumeric() || matches!(c, '&' | '-' | '.'));
    // Roman numerals alone ("(II)", "(IV)") are list markers.
    let roman = text.chars().all(|c| matches!(c, 'I' | 'V' | 'X'));
    allowed && upper >= 2 && upper * 2 >= length && !roman
}

/// The acronyms of a document, each defined once (its first definition wins).
#[derive(Default)]
pub struct Acronyms {
    pub list: Vec<Acronym>,
    seen: rustc_hash::FxHashSet<String>,
}

/// Finds definitions in one block's tokens; `text` is the document text.
pub fn find(tokens: &[Token], text: &str, out: &mut Acronyms) {
    let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else {
        return;
    };
    // Parentheses are few among many tokens: found in the bytes, then among the tokens.
    let bytes = &text.as_bytes()[first.start..last.end];
    let parentheses = memchr::memchr_iter(b'(', bytes).filter_map(|at| {
        tokens
            .binary_search_by_key(&(first.start + at), |t| t.start)
            .ok()
    });
    for i in parentheses {
        if i == 0 || i + 2 >= tokens.len() {
            continue;
        }
        // "Long Form (ABBR)"
        let short = &tokens[i + 1];
        if short.kind == TokenKind::Word && is_abbreviation(short.text) && tokens[i + 2].text == ")"
        {
            // The first definition wins: a later one is not looked for.
            if out.seen.contains(short.text) {
                continue;
            }
            if let Some(long) = long_form_before(tokens, text, i, short.text) {
                push(out, short.text, long);
            }
            continue;
        }
        // "ABBR (Long Form)"
        let before = &tokens[i - 1];
        if before.kind == TokenKind::Word
            && is_abbreviation(before.text)
            && !out.seen.contains(before.text)
        {
            let close = tokens[i + 1..].iter().take(12).position(|t| t.text == ")");
            if let Some(close) = close {
                let inner = &tokens[i + 1..i + 1 + close];
                if inner.len() >= 2 && spells(inner, &letters_of(before.text)) {
                    let long = text
                        .get(inner[0].start..inner[inner.len() - 1].end)
                        .unwrap_or("");
                    push(out, before.text, long.to_owned());
                }
            }
        }
    }
}

fn push(out: &mut Acronyms, short: &str, long: String) {
    // "The Ministry of Internal Affairs (MVD)" at a sentence's start: the name has no
    // article, unless the letters spell it ("The National Party (TNP)").
    let long = match long.strip_prefix("The ") {
        Some(rest)
            if rest.starts_with(char::is_uppercase)
                && (!short.starts_with('T') || rest.starts_with('T')) =>
        {
            rest.to_owned()
        }
        _ => long,
    };
    // "the Government of Croatia's (GOC) ability": the possessive is the sentence's.
    let long = match long.strip_suffix("'s").or_else(|| long.strip_suffix("’s")) {
        Some(name) if !short.ends_with(['S', 's']) => name.to_owned(),
        _ => long,
    };
    if long.is_empty() || !out.seen.insert(short.to_owned()) {
        return;
    }
    out.list.push(Acronym {
        short: short.to_owned(),
        long,
    });
}

/// Do the words' letters spell an abbreviation's `letters` in order, starting with the first
/// word's initial?
fn spells(words: &[Token], letters: &[char]) -> bool {
    let Some(first_word) = words.iter().find(|t| t.kind == TokenKind::Word) else {
        return false;
    };
    if !first_word
        .text
        .chars()
        .next()
        .is_some_and(|c| c.to_lowercase().eq(letters.first().copied()))
    {
        return false;
    }
    let mut pending = letters.iter().peekable();
    for token in words {
        for c in token.text.chars().flat_map(char::to_lowercase) {
            if pending.peek() == Some(&&c) {
                pending.next();
            }
        }
    }
    pending.peek().is_none()
}

fn long_form_before(tokens: &[Token], text: &str, paren: usize, short: &str) -> Option<String> {
    let max_words = short.chars().count() + 4;
    let letters = letters_of(short);
    // "drug trafficking organizations (DTOs)": a plural's "s" is no word's initial.
    let plural = short
        .strip_suffix('s')
        .is_some_and(|stem| stem.ends_with(|c: char| c.is_uppercase()));
    let initials = &letters[..letters.len() - usize::from(plural)];
    // The words before it, with the stops and commas a place name holds ("Bonaire, St.
    // Eustatius and Saba (BES)").
    let mut earliest = paren;
    let mut words = 0;
    while earliest > 0 && words < max_words {
        if tokens[earliest - 1].kind == TokenKind::Word {
            words += 1;
        } else if !(is_saints_stop(tokens, earliest - 1) || is_list_comma(tokens, earliest - 1)) {
            break;
        }
        earliest -= 1;
    }
    while earliest < paren && tokens[earliest].kind != TokenKind::Word {
        earliest += 1;
    }
    let phrase = |start: usize| {
        text.get(tokens[start].start..tokens[paren - 1].end)
            .map(str::to_owned)
    };
    // The words' initials spell it: "Customs Cooperation Council (CCC)".
    for start in (earliest..paren).rev() {
        if tokens[start].starts_upper() && initials_spell(&tokens[start..paren], initials) {
            return phrase(start);
        }
    }
    // A common noun's initials spell it: "acetic anhydride (AA)".
    for start in (earliest..paren).rev() {
        if !is_name_joiner(tokens[start].text)
            && !tokens[start].is_word("the")
            && initials_spell(&tokens[start..paren], initials)
        {
            return phrase(start);
        }
    }
    // Its letters appear in order: "government of Armenia (GOAM)".
    for start in (earliest..paren).rev() {
        let candidate = &tokens[start..paren];
        if spells(candidate, &letters)
            && candidate.iter().any(|w| w.starts_upper())
            && !is_name_joiner(tokens[start].text)
        {
            return phrase(start);
        }
    }
    // The capitalised name before the parenthesis: "Ministry of Interior (MVD)".
    let mut start = paren;
    while start > 0 {
        let t = &tokens[start - 1];
        let joins = (t.kind == TokenKind::Word && (t.starts_upper() || is_name_joiner(t.text)))
            || is_saints_stop(tokens, start - 1);
        if !joins {
            break;
        }
        start -= 1;
    }
    while start < paren && !tokens[start].starts_upper() {
        start += 1;
    }
    // "But Government of Turkmenistan (GOTX)": a sentence's first word, capitalised as such,
    // is no part of the name.
    while start + 1 < paren && SENTENCE_OPENERS.iter().any(|w| tokens[start].is_word(w)) {
        start += 1;
        while start < paren && !tokens[start].starts_upper() {
            start += 1;
        }
    }
    // "The National Institute of Advanced Criminal Science of the Judicial Police (PJ)": a
    // name far longer than its letters is cut to its last part, after an "of".
    let limit = letters.len() + 4;
    while paren - start > limit {
        let Some(of) = (start + 1..paren).find(|&k| tokens[k].is_word("of")) else {
            break;
        };
        start = of + 1;
        while start < paren && !tokens[start].starts_upper() {
            start += 1;
        }
    }
    // "Serbia/Montenegro (FRY)", "St. Lucia (RSLPF)": a single name that does not spell it is
    // a guess too far.
    let names = (start..paren)
        .filter(|&k| tokens[k].kind == TokenKind::Word && !is_saints_stop(tokens, k + 1))
        .count();
    if names < 2 {
        return None;
    }
    (start < paren).then(|| phrase(start)).flatten()
}

/// Is token `at` the stop of "St." or "Mt." in a place's name ("St. Kitts and Nevis")?
fn is_saints_stop(tokens: &[Token], at: usize) -> bool {
    at > 0
        && tokens[at].text == "."
        && !tokens[at].space_before
        && tokens.get(at + 1).is_some_and(Token::starts_upper)
        && ["St", "Ste", "Mt", "Ft"].contains(&tokens[at - 1].text)
}

/// Is token `at` a comma between two capitalised names ("Bonaire, St. Eustatius")?
fn is_list_comma(tokens: &[Token], at: usize) -> bool {
    at > 0
        && tokens[at].text == ","
        && tokens[at - 1].kind == TokenKind::Word
        && tokens[at - 1].starts_upper()
        && tokens.get(at + 1).is_some_and(Token::starts_upper)
}

/// The initials of the words, with or without the little joining words, are the
/// abbreviation's `letters`.
fn initials_spell(words: &[Token], letters: &[char]) -> bool {
    let initials = |skip_joiners: bool| {
        words
            .iter()
            .filter(|w| w.kind == TokenKind::Word)
            .filter(move |w| !(skip_joiners && is_name_joiner(w.text)))
            .filter_map(|w| w.text.chars().next())
            .flat_map(char::to_lowercase)
    };
    initials(true).eq(letters.iter().copied()) || initials(false).eq(letters.iter().copied())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::tokenize;

    fn acronyms(text: &str) -> Vec<(String, String)> {
        let tokens = tokenize(text, 0, false);
        let mut out = Acronyms::default();
        find(&tokens, text, &mut out);
        out.list.into_iter().map(|a| (a.short, a.long)).collect()
    }

    #[test]
    fn a_plural_abbreviation_is_spelled_by_its_words_initials() {
        assert_eq!(
            acronyms("an environment for drug trafficking organizations (DTOs) to transit"),
            vec![("DTOs".into(), "drug trafficking organizations".into())]
        );
        assert_eq!(
            acronyms("with Non-Governmental Organizations (NGOs) and"),
            vec![("NGOs".into(), "Non-Governmental Organizations".into())]
        );
    }

    #[test]
    fn definitions_in_parentheses_are_found() {
        assert_eq!(
            acronyms("the Ministry of Interior (MVD) reported"),
            vec![("MVD".into(), "Ministry of Interior".into())]
        );
        assert_eq!(
            acronyms("a campaign by the Government of Kazakstan (GOK) to"),
            vec![("GOK".into(), "Government of Kazakstan".into())]
        );
        assert_eq!(
            acronyms("undermines the Government of Croatia's (GOC) ability to"),
            vec![("GOC".into(), "Government of Croatia".into())]
        );
        assert_eq!(
            acronyms("a member of the Customs Cooperation Council (CCC), INTERPOL"),
            vec![("CCC".into(), "Customs Cooperation Council".into())]
        );
        assert_eq!(
            acronyms("concern for the government of Armenia (GOAM) is"),
            vec![("GOAM".into(), "government of Armenia".into())]
        );
        assert_eq!(
            acronyms(
                "Trafficking of the Ministry of Interior and National Security (MINS), Armenia"
            ),
            vec![(
                "MINS".into(),
                "Ministry of Interior and National Security".into()
            )]
        );
    }

    #[test]
    fn a_sentences_article_is_no_part_of_the_name_unless_the_letters_spell_it() {
        assert_eq!(
            acronyms("The Ministry of Internal Affairs (MVD) acted. The National Party (TNP) won."),
            [
                ("MVD".to_owned(), "Ministry of Internal Affairs".to_owned()),
                ("TNP".to_owned(), "The National Party".to_owned())
            ]
        );
    }

    #[test]
    fn a_sentences_first_word_is_no_part_of_a_name_its_letters_do_not_spell() {
        assert_eq!(
            acronyms("in 1998. But Government of Turkmenistan (GOTX) efforts to develop"),
            [("GOTX".to_owned(), "Government of Turkmenistan".to_owned())]
        );
        assert_eq!(
            acronyms("the All Poland Trade Union Alliance (OPZZ) won"),
            [(
                "OPZZ".to_owned(),
                "All Poland Trade Union Alliance".to_owned()
            )]
        );
    }

    #[test]
    fn a_common_nouns_initials_define_it() {
        assert_eq!(
            acronyms("seizures of acetic anhydride (AA) imports"),
            [("AA".to_owned(), "acetic anhydride".to_owned())]
        );
    }

    #[test]
    fn a_name_in_another_language_is_cut_to_its_last_part_and_never_to_one_word() {
        assert_eq!(
            acronyms(
                "The National Institute of Advanced Criminal Science of the Judicial Police (PJ) \
                 conducted"
            ),
            [("PJ".to_owned(), "Judicial Police".to_owned())]
        );
        assert!(acronyms("the republics of Serbia/Montenegro (FRY) to").is_empty());
    }

    #[test]
    fn a_saints_name_keeps_its_stop_and_a_list_of_islands_its_commas() {
        assert_eq!(
            acronyms(
                "The Federation of St. Kitts and Nevis (SKN) and St. Vincent and the Grenadines \
                 (SVG) and the islands of Bonaire, St. Eustatius and Saba (BES) were"
            ),
            [
                ("SKN".to_owned(), "St. Kitts and Nevis".to_owned()),
                (
                    "SVG".to_owned(),
                    "St. Vincent and the Grenadines".to_owned()
                ),
                (
                    "BES".to_owned(),
                    "Bonaire, St. Eustatius and Saba".to_owned()
                ),
            ]
        );
        // A saint's place alone is one name, too little to guess from.
        assert!(acronyms("the police of St. Lucia (RSLPF) act").is_empty());
    }

    #[test]
    fn list_markers_are_not_acronyms() {
        assert!(acronyms("including (II) the drafting").is_empty());
    }
}
