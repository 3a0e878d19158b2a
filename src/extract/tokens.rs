//! Words, numbers and punctuation with their byte offsets, and sentence boundaries.

use crate::document::Span;
use std::ops::Range;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, possibly with inner hyphens, apostrophes, digits or dots ("drug-related",
    /// "Georgia's", "U.S", "COVID-19", "1st").
    Word,
    /// Digits with their grouping and decimal marks ("1,220", "5.5", "1 456").
    Number,
    /// Any other single character that is not white space.
    Punct,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token<'a> {
    pub kind: TokenKind,
    pub text: &'a str,
    /// Absolute byte offsets in the document text.
    pub start: usize,
    pub end: usize,
    /// White space stands between this token and the one before.
    pub space_before: bool,
    /// A word holding a hyphen ("mid-1995", "drug-related"): noted as it is read, so that the
    /// stages looking for hyphenated words need not scan every word for one.
    pub hyphenated: bool,
}

impl Token<'_> {
    /// Whether this is the word `word`, in any ASCII case.
    #[inline]
    pub fn is_word(&self, word: &str) -> bool {
        self.kind == TokenKind::Word && self.text.eq_ignore_ascii_case(word)
    }

    /// The token in lower case (allocates; prefer `is_word` for comparisons).
    pub fn lower(&self) -> String {
        self.text.to_lowercase()
    }

    pub fn starts_upper(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
}

/// Letters glued to digits that are units, not parts of a name ("10km", "5bn", "12%").
const GLUED_UNITS: &[&str] = &[
    "km",
    "kg",
    "t",
    "bn",
    "mn",
    "m",
    "b",
    "k",
    "ha",
    "mt",
    "g",
    "mg",
    "l",
    "km2",
    "mi",
    "kms",
    "kgs",
    "tn",
    "pc",
    "percent",
    "pct",
    "tons",
    "tonnes",
    "kilograms",
    "kilos",
    "hectares",
    "kilometers",
    "kilometres",
];

/// Words that may follow a number after a hyphen without joining it ("5-fold", "30-year").
const HYPHEN_SUFFIXES: &[&str] = &[
    "fold",
    "times",
    "percent",
    "per",
    "year",
    "years",
    "month",
    "months",
    "day",
    "days",
    "week",
    "weeks",
    "hour",
    "hours",
    "ton",
    "tons",
    "tonne",
    "tonnes",
    "kilogram",
    "kilograms",
    "kilo",
    "kilos",
    "hectare",
    "hectares",
    // "a 187-kg seizure", "2,144.38-kg heroin", "a 1.2-metric-ton shipment".
    "kg",
    "kgs",
    "mt",
    "ha",
    "gram",
    "grams",
    "metric-ton",
    "metric-tons",
    "liter",
    "liters",
    "litre",
    "litres",
    "gallon",
    "gallons",
    "acre",
    "acres",
    "pound",
    "pounds",
    "member",
    "point",
    "mile",
    "miles",
    "kilometer",
    "kilometre",
    "km",
    // "some 100,000-square nautical miles", "a 5,000-square-mile area".
    "square",
    "square-mile",
    "square-miles",
    "square-kilometer",
    "square-kilometers",
    "square-kilometre",
    "square-kilometres",
    "square-meter",
    "square-meters",
    "square-metre",
    "square-metres",
];

/// Units only a dimension after them lets join a number by a hyphen: "a 400-meter-long
/// runway" (a "1.435-meter gauge" names a track's kind).
const DIMENSION_UNITS: &[&str] = &["meter", "metre", "foot", "feet"];

/// Splits `text` (which starts at byte `base` of the document) into tokens.
/// `decimal_comma`: the document writes 3,5 for three and a half and 1 456 for thousands.
pub fn tokenize(text: &str, base: usize, decimal_comma: bool) -> Vec<Token<'_>> {
    let mut tokens = Vec::with_capacity(text.len() / 4 + 1);
    tokenize_into(text, base, decimal_comma, true, &mut tokens);
    tokens
}

/// [`tokenize`] into `tokens`, emptied first: a document's runs reuse one list.
/// `glued_codes`: the document may write a currency's code onto its amount ("USD5,000"), as
/// cables do; a document that never says "USD" is spared the look.
pub fn tokenize_into<'a>(
    text: &'a str,
    base: usize,
    decimal_comma: bool,
    glued_codes: bool,
    tokens: &mut Vec<Token<'a>>,
) {
    read_tokens::<true>(text, base, decimal_comma, tokens);
    if glued_codes {
        split_glued_codes(text, base, decimal_comma, tokens);
    }
}

/// "USD5,000" read as the word "USD5", a comma and "000": the code and its amount, apart.
/// (The text from the code's end is read again.)
fn split_glued_codes<'a>(
    text: &'a str,
    base: usize,
    decimal_comma: bool,
    tokens: &mut Vec<Token<'a>>,
) {
    let glued = |t: &Token| {
        let bytes = t.text.as_bytes();
        t.kind == TokenKind::Word
            && bytes.len() > 3
            && bytes[3].is_ascii_digit()
            && bytes[..3].iter().all(u8::is_ascii_uppercase)
            && super::units::is_iso_code(&t.text[..3])
    };
    let mut from = 0;
    while let Some(k) = tokens[from..].iter().position(glued).map(|k| from + k) {
        from = k + 1;
        let code_end = tokens[k].start + 3;
        tokens[k].text = &tokens[k].text[..3];
        tokens[k].end = code_end;
        let mut rest = Vec::new();
        read_tokens::<true>(&text[code_end - base..], code_end, decimal_comma, &mut rest);
        tokens.truncate(k + 1);
        tokens.extend(rest);
    }
}

/// The tokenizer; `ASCII_BY_BYTE` tells a token that starts with an ASCII letter, digit or
/// punctuation mark by that byte, and without it every token's first character is decoded (the
/// reading the tests hold the shortcut to).
fn read_tokens<'a, const ASCII_BY_BYTE: bool>(
    text: &'a str,
    base: usize,
    decimal_comma: bool,
    tokens: &mut Vec<Token<'a>>,
) {
    tokens.clear();
    let mut i = 0;
    let mut space_before = false;
    let bytes = text.as_bytes();
    while i < text.len() {
        // ASCII spaces are most of what is skipped: step over them without decoding.
        if bytes[i] == b' ' {
            space_before = true;
            i += 1;
            continue;
        }
        let start = i;
        let byte = bytes[i];
        let kind;
        // Whether a word holds a hyphen: noted as an ASCII word is read, looked for in others.
        let mut hyphen = None;
        let mut may_be_noted_year = false;
        // ASCII letters, punctuation and digits are told by their byte, without decoding a
        // character.
        if ASCII_BY_BYTE && byte.is_ascii_alphabetic() {
            let (end, has_hyphen) = word_end_noting_hyphen(text, i);
            i = end;
            hyphen = Some(has_hyphen);
            kind = TokenKind::Word;
        } else if ASCII_BY_BYTE && bare_decimal(bytes, i) {
            (i, kind) = number_token(text, i + 1, decimal_comma);
        } else if ASCII_BY_BYTE && byte.is_ascii_punctuation() {
            i += 1;
            kind = TokenKind::Punct;
        } else if ASCII_BY_BYTE && byte.is_ascii_digit() {
            (i, kind) = number_token(text, i, decimal_comma);
            // (Only a number of six or seven bytes, its fifth a stop, may be a year and a
            // note's mark.)
            may_be_noted_year = kind == TokenKind::Number
                && (6..=7).contains(&(i - start))
                && bytes[start + 4] == b'.';
        } else {
            let Some(c) = text[i..].chars().next() else {
                break;
            };
            if c.is_whitespace() {
                space_before = true;
                i += c.len_utf8();
                continue;
            }
            if c.is_alphabetic() {
                i = word_end(text, i);
                kind = TokenKind::Word;
            } else if c.is_ascii_digit() {
                (i, kind) = number_token(text, i, decimal_comma);
            } else if bare_decimal(bytes, i) {
                (i, kind) = number_token(text, i + 1, decimal_comma);
            } else {
                i += c.len_utf8();
                kind = TokenKind::Punct;
            }
            // Guard against a zero-width step on any odd input.
            if i <= start {
                i = start + c.len_utf8();
            }
        }
        // "Iran?s": an apostrophe a lossy conversion turned into a question mark, read as the
        // possessive it was (a question mark never runs on into an "s"): the word before
        // takes it in. (Asked after either reading of the mark, so that both agree.)
        if kind == TokenKind::Punct
            && bytes[start] == b'?'
            && let Some(word) = tokens.last_mut()
            && word.kind == TokenKind::Word
            && word.end == base + start
            && bytes.get(i) == Some(&b's')
            && !bytes.get(i + 1).is_some_and(u8::is_ascii_alphanumeric)
        {
            word.text = &text[word.start - base..i + 1];
            word.end = base + i + 1;
            i += 1;
            space_before = false;
            continue;
        }
        let token_text = &text[start..i];
        // "eradicated in 2011.13\"": a footnote's number glued to the year that ends a
        // sentence. The year and its full stop are kept; the mark is no figure.
        if may_be_noted_year && footnote_after_year(tokens, token_text) {
            let year_end = start + 4;
            for (kind, from, to) in [
                (TokenKind::Number, start, year_end),
                (TokenKind::Punct, year_end, year_end + 1),
            ] {
                tokens.push(Token {
                    kind,
                    text: &text[from..to],
                    start: base + from,
                    end: base + to,
                    space_before: space_before && from == start,
                    hyphenated: false,
                });
            }
            space_before = false;
            continue;
        }
        let hyphenated = hyphen.unwrap_or_else(|| {
            kind == TokenKind::Word && memchr::memchr(b'-', token_text.as_bytes()).is_some()
        });
        tokens.push(Token {
            kind,
            text: token_text,
            start: base + start,
            end: base + i,
            space_before,
            hyphenated,
        });
        space_before = false;
    }
}

/// "in 2011.13": a year after a word that dates ("in", "since", a month), then a full stop
/// and one or two digits, a note's mark.
#[inline(never)]
fn footnote_after_year(tokens: &[Token], number: &str) -> bool {
    let bytes = number.as_bytes();
    (6..=7).contains(&bytes.len())
        && bytes[4] == b'.'
        && matches!(&bytes[..2], b"19" | b"20")
        && bytes
            .iter()
            .enumerate()
            .all(|(k, b)| k == 4 || b.is_ascii_digit())
        && tokens.last().is_some_and(|t| {
            [
                "in", "since", "of", "during", "until", "through", "by", "and",
            ]
            .iter()
            .any(|w| t.is_word(w))
                || super::dates::month_number(t).is_some()
        })
}

/// ".09 percent": a decimal written without its leading zero, its point at `i`.
fn bare_decimal(bytes: &[u8], i: usize) -> bool {
    bytes[i] == b'.'
        && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
        && (i == 0 || matches!(bytes[i - 1], b' ' | b'\n' | b'\t' | b'(' | b'$'))
}

/// The end and kind of the token a digit at `start` begins: a number, or a word with letters
/// glued to it ("1st", "10-K").
fn number_token(text: &str, start: usize, decimal_comma: bool) -> (usize, TokenKind) {
    let end = number_end(text, start, decimal_comma);
    match glued_suffix(text, end) {
        Glued::Apart => (end, TokenKind::Number),
        Glued::Word(word_end) => (word_end, TokenKind::Word),
    }
}

/// `ASCII_ALPHANUMERIC[b]`: byte `b` is an ASCII letter or digit.
static ASCII_ALPHANUMERIC: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

fn word_end(text: &str, start: usize) -> usize {
    word_end_noting_hyphen(text, start).0
}

/// [`word_end`], and whether the word read holds a hyphen.
fn word_end_noting_hyphen(text: &str, start: usize) -> (usize, bool) {
    // ASCII words are read on bytes, joiners included ("drug-related", "Georgia's", "U.S",
    // "COVID-19"); the first byte outside ASCII hands over to the reading by characters.
    let bytes = text.as_bytes();
    // A word going on outside ASCII is read by characters, and then looked through.
    let by_chars = |from: usize| {
        let end = word_end_by_chars(text, from);
        (end, memchr::memchr(b'-', &bytes[start..end]).is_some())
    };
    let mut hyphen = false;
    let mut i = start;
    while let Some(&b) = bytes.get(i) {
        // Letters and digits, the most of a word, by one look-up each.
        if ASCII_ALPHANUMERIC[usize::from(b)] {
            i += 1;
            continue;
        }
        if b >= 0x80 {
            return by_chars(i);
        }
        if !matches!(b, b'-' | b'\'' | b'.') {
            return (i, hyphen);
        }
        match bytes.get(i + 1) {
            // A joiner between letters, or a hyphen before digits; a final "." stays
            // punctuation.
            Some(n) if n.is_ascii_alphabetic() || (b == b'-' && n.is_ascii_digit()) => {
                hyphen |= b == b'-';
                i += 1;
            }
            Some(&n) if n >= 0x80 => return by_chars(i),
            _ => return (i, hyphen),
        }
    }
    (i, hyphen)
}

/// [`word_end`] by characters, from `from` (a character boundary inside the word, or its
/// first character).
fn word_end_by_chars(text: &str, from: usize) -> usize {
    let mut i = from;
    let mut chars = text[from..].char_indices().peekable();
    while let Some((offset, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let inner_joiner = matches!(c, '-' | '\'' | '’' | '.' | '‐');
        if c.is_alphanumeric() || is_mark(c) {
            i = from + offset + c.len_utf8();
        } else if inner_joiner
            && next.is_some_and(|n| n.is_alphabetic() || (c == '-' && n.is_ascii_digit()))
        {
            // "drug-related", "Georgia's", "U.S", "COVID-19"; a final "." stays punctuation.
            if c == '.' && !next.is_some_and(|n| n.is_uppercase() || n.is_lowercase()) {
                break;
            }
            i = from + offset + c.len_utf8();
        } else {
            break;
        }
    }
    i
}

fn is_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36f}')
}

fn number_end(text: &str, start: usize, decimal_comma: bool) -> usize {
    let bytes = text.as_bytes();
    let digits_from = |mut j: usize| {
        while j < bytes.len() && bytes[j].is_ascii_digit() {
            j += 1;
        }
        j
    };
    let mut i = digits_from(start);
    loop {
        if i + 1 < bytes.len() && matches!(bytes[i], b',' | b'.') && bytes[i + 1].is_ascii_digit() {
            i = digits_from(i + 1);
            continue;
        }
        // Thousands separated by a (no-break) space: "1 456", "10 000".
        let gap = match bytes.get(i) {
            // The no-break and thin spaces start with a byte outside ASCII.
            Some(0x80..) if text[i..].starts_with(['\u{a0}', '\u{202f}', '\u{2009}']) => {
                text[i..].chars().next().map_or(0, char::len_utf8)
            }
            Some(b' ') if decimal_comma && i - start <= 3 => 1,
            _ => 0,
        };
        if gap > 0 {
            let group = i + gap;
            let end = digits_from(group);
            if end - group == 3
                && !bytes.get(end).is_some_and(|b| {
                    b.is_ascii_digit()
                        || *b == b'.'
                            && bytes.get(end + 1).is_some_and(u8::is_ascii_digit)
                            && !decimal_comma
                })
            {
                i = end;
                continue;
            }
        }
        break;
    }
    i
}

enum Glued {
    /// The number is a token of its own: nothing is glued to it, or a unit is ("10km").
    Apart,
    /// The number and the letters after it are one word ("1st", "10-K", "4x4"); ends here.
    Word(usize),
}

/// What follows a number with no space: a unit to split off, a word to join, or nothing.
fn glued_suffix(text: &str, number_end: usize) -> Glued {
    let rest = &text[number_end..];
    let Some(first) = rest.chars().next() else {
        return Glued::Apart;
    };
    if first.is_alphabetic() {
        let end = word_end(text, number_end);
        let unit = super::numbers::lowered(&text[number_end..end], |letters| {
            GLUED_UNITS.contains(&letters)
        });
        if unit {
            return Glued::Apart;
        }
        return Glued::Word(end);
    }
    if first == '-' {
        let after = &rest[1..];
        if after.starts_with(|c: char| c.is_alphabetic()) {
            let end = word_end(text, number_end + 1);
            let suffix = super::numbers::lowered(&text[number_end + 1..end], |letters| {
                HYPHEN_SUFFIXES.contains(&letters)
                    || super::units::unit_of_dimension(letters).is_some_and(|unit| {
                        HYPHEN_SUFFIXES.contains(&unit) || DIMENSION_UNITS.contains(&unit)
                    })
            });
            if suffix {
                return Glued::Apart;
            }
            return Glued::Word(end);
        }
    }
    Glued::Apart
}

/// Words whose closing period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "inc", "ltd", "co", "corp", "no", "nos", "gen",
    "sen", "rep", "gov", "lt", "col", "sgt", "ft", "mt", "vol", "fig", "figs", "prof", "rev",
    "hon", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "art", "sec", "ch", "e.g", "i.e", "etc", "vs", "approx", "ca", "cf", "pp", "p", "est", "u.s",
    "u.k", "u.n", "dept", "govt", "mio", "mln", "bn", "tel", "rs", "afl", "bs", "tk", "rp",
];

/// Splits a block's tokens into sentences, as token index ranges, into `out` (emptied first:
/// a document's runs reuse one list).
pub fn sentences_into(tokens: &[Token], out: &mut Vec<Range<usize>>) {
    out.clear();
    let mut start = 0;
    // A question mark glued before a word: a curly quotation mark a lossy copy lost
    // (`?casual?`), whose closing one ends no sentence.
    let mut quoted_by_question_mark = false;
    for i in 0..tokens.len() {
        let token = &tokens[i];
        if token.kind != TokenKind::Punct {
            continue;
        }
        if token.text == "?" {
            let opens = (i == 0 || token.space_before)
                && tokens
                    .get(i + 1)
                    .is_some_and(|n| !n.space_before && n.kind == TokenKind::Word);
            if opens || quoted_by_question_mark {
                quoted_by_question_mark = opens;
                continue;
            }
        }
        if !matches!(token.text, "." | "!" | "?" | "…") {
            continue;
        }
        // A closing quote or bracket right after the full stop belongs to this sentence.
        let mut closed = i + 1;
        while closed < tokens.len()
            && !tokens[closed].space_before
            && matches!(tokens[closed].text, "\"" | "”" | ")" | "’" | "'")
        {
            closed += 1;
        }
        // ("… for 2006-2010." According to …": the quotation closes, the next opens.)
        let next = tokens.get(closed);
        let next_starts = next.is_some_and(|n| {
            n.space_before
                && (n.starts_upper()
                    || n.kind == TokenKind::Number
                    || matches!(n.text, "\"" | "“" | "(" | "‘" | "'" | "[" | "$"))
        });
        let previous_abbreviation = token.text == "."
            && i > 0
            && !tokens[i].space_before
            && is_abbreviation(&tokens[i - 1])
            // ("… between Colombia and the U.S. Its extent …": a country's or a company's
            // abbreviation ends a sentence before a word that opens one.)
            && !(ends_a_name(&tokens[i - 1]) && next.is_some_and(opens_a_sentence));
        let ends = (next.is_none() || next_starts) && !previous_abbreviation;
        if ends {
            out.push(start..closed);
            start = closed;
            quoted_by_question_mark = false;
        }
    }
    if start < tokens.len() {
        out.push(start..tokens.len());
    }
}

/// "U.S", "U.N", "Inc", "etc": abbreviations that may close a sentence.
fn ends_a_name(token: &Token) -> bool {
    super::numbers::lowered(token.text, |lower| {
        matches!(
            lower,
            "u.s" | "u.k" | "u.n" | "inc" | "ltd" | "corp" | "etc"
        )
    })
}

/// The words, capitalised, that open a sentence and seldom stand inside a name.
fn opens_a_sentence(token: &Token) -> bool {
    const OPENERS: &[&str] = &[
        "It",
        "Its",
        "The",
        "This",
        "These",
        "Those",
        "They",
        "Their",
        "There",
        "He",
        "She",
        "We",
        "In",
        "On",
        "At",
        "As",
        "A",
        "An",
        "According",
        "However",
        "But",
        "Although",
        "Since",
        "Also",
        "During",
        "Other",
        "Most",
        "Many",
        "Some",
        "Such",
        "Several",
        "Both",
        "After",
        "While",
        "When",
        "Despite",
        "Officials",
        "Authorities",
        "Police",
    ];
    token.space_before && OPENERS.contains(&token.text)
}

fn is_abbreviation(token: &Token) -> bool {
    if token.kind != TokenKind::Word {
        return false;
    }
    // A lone capital is an initial ("J. Smith").
    (token.text.chars().count() == 1 && token.starts_upper())
        || super::numbers::lowered(token.text, |lower| ABBREVIATIONS.contains(&lower))
}

/// The sentence (of `sentences`, in order) holding token `token`, found by binary search.
pub fn sentence_containing(sentences: &[Range<usize>], token: usize) -> Option<Range<usize>> {
    let index = sentences.partition_point(|s| s.end <= token);
    sentences.get(index).filter(|s| s.contains(&token)).cloned()
}

/// The span from the first to the last token of a range.
pub fn span_of(tokens: &[Token], range: Range<usize>) -> Span {
    match (
        tokens.get(range.start),
        range.end.checked_sub(1).and_then(|e| tokens.get(e)),
    ) {
        (Some(first), Some(last)) if range.start < range.end => Span::new(first.start, last.end),
        _ => Span::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_read_on_bytes_ends_where_one_read_by_characters_does() {
        // Every string of up to five characters over letters, digits, joiners, a space and
        // letters and joiners outside ASCII.
        let alphabet = ['a', 'B', '1', '-', '\'', '.', '’', 'é', ' ', '‐'];
        for text in crate::test_support::every_string(&alphabet, 1..=5) {
            if text.starts_with(char::is_alphabetic) {
                assert_eq!(word_end(&text, 0), word_end_by_chars(&text, 0), "{text:?}");
            }
        }
    }

    fn texts(text: &str) -> Vec<&str> {
        tokenize(text, 0, false)
            .into_iter()
            .map(|t| t.text)
            .collect()
    }

    #[test]
    fn ascii_told_by_its_byte_tokenizes_as_told_by_its_character() {
        let alphabet = [
            'a', 'B', '1', '-', '.', ',', '(', '’', 'é', ' ', '\u{a0}', '%', '?', 's',
        ];
        for text in crate::test_support::every_string(&alphabet, 1..=5) {
            let (mut by_byte, mut by_character) = (Vec::new(), Vec::new());
            read_tokens::<true>(&text, 7, false, &mut by_byte);
            read_tokens::<false>(&text, 7, false, &mut by_character);
            assert_eq!(by_byte, by_character, "{text:?}");
        }
    }

    #[test]
    fn a_token_is_marked_hyphenated_exactly_when_it_holds_a_hyphen() {
        let alphabet = ['a', 'B', '1', '-', '.', '’', 'é', ' ', '‐'];
        for text in crate::test_support::every_string(&alphabet, 1..=6) {
            for token in tokenize(&text, 0, false) {
                let hyphenated_word = token.kind == TokenKind::Word && token.text.contains('-');
                assert_eq!(token.hyphenated, hyphenated_word, "{text:?}");
            }
        }
    }

    #[test]
    fn numbers_keep_their_grouping_and_words_their_hyphens() {
        assert_eq!(
            texts("over 1,220 drug-related crimes"),
            vec!["over", "1,220", "drug-related", "crimes"]
        );
        assert_eq!(texts("US$420,000."), vec!["US", "$", "420,000", "."]);
        assert_eq!(texts("10-15,000"), vec!["10", "-", "15,000"]);
        assert_eq!(texts("the U.S. plans"), vec!["the", "U.S", ".", "plans"]);
    }

    #[test]
    fn glued_units_split_and_ordinals_join() {
        assert_eq!(texts("5bn and 10km"), vec!["5", "bn", "and", "10", "km"]);
        assert_eq!(
            texts("an 11percent rise"),
            vec!["an", "11", "percent", "rise"]
        );
        assert_eq!(texts("the 21st century"), vec!["the", "21st", "century"]);
        assert_eq!(
            texts("Form 10-K and a 5-fold rise"),
            vec!["Form", "10-K", "and", "a", "5", "-", "fold", "rise"]
        );
    }

    #[test]
    fn space_grouped_thousands_read_as_one_number() {
        assert_eq!(texts("1\u{a0}456 heures"), vec!["1\u{a0}456", "heures"]);
        assert_eq!(tokenize("1 456 heures", 0, true)[0].text, "1 456");
    }

    #[test]
    fn sentences_do_not_end_at_abbreviations() {
        let tokens = tokenize(
            "The U.S. plans to help. Mr. Smith agreed. It ended.",
            0,
            false,
        );
        let mut sentences = Vec::new();
        sentences_into(&tokens, &mut sentences);
        assert_eq!(sentences.len(), 3);
        // (Review 35: the 2003 Bahamas chapter.) A sentence may end at the country's name.
        let tokens = tokenize(
            "It lies between Colombia and the U.S. Its extent makes it a target. The U.S. \
             Coast Guard helps.",
            0,
            false,
        );
        sentences_into(&tokens, &mut sentences);
        let firsts: Vec<&str> = sentences.iter().map(|s| tokens[s.start].text).collect();
        assert_eq!(firsts, ["It", "Its", "The"]);
    }

    #[test]
    fn a_sentence_ends_inside_its_closing_quotation_or_bracket() {
        let text = "It runs the \"Program for 2006-2010.\" According to it, police seized \
                    1,551 kg. (All data are for January to October.) Israel is a party.";
        let tokens = tokenize(text, 0, false);
        let mut sentences = Vec::new();
        sentences_into(&tokens, &mut sentences);
        let firsts: Vec<&str> = sentences.iter().map(|s| tokens[s.start].text).collect();
        assert_eq!(firsts, ["It", "According", "(", "Israel"]);
        // The quotation mark closes the first.
        assert_eq!(tokens[sentences[0].end - 1].text, "\"");
    }
}
