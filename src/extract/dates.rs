//! Dates and periods in running text, normalised ISO-like: `1995`, `1995-09`, `1995-09-03`,
//! ranges as `1994/1997`.
//!
//! Patterns, tried longest first at each token: "from 1 January to 30 September 1996",
//! "from January through the end of September 1997", "between 1973 and 1992", "from 1991 to
//! 1992", "the first seven months of 1995", "twelve-month period ending June 30, 1996",
//! "June 30, 1996", "3 March 1996", "September 1995", "January and November 1997",
//! "1994-1997", "1992-93", "mid-1995", a decade ("the 1980s" → `1980/1989`), and a bare year. A bare year that names something —
//! "the 1988 UN Convention", "its 1999 budget", the 1996 "majors list" — is not a date.

use super::lexicon::WordSet;
use super::tokens::{Token, TokenKind, tokenize};
use std::ops::Range;

/// A date found in a token run.
#[derive(Clone, Debug, PartialEq)]
pub struct FoundDate {
    /// Token indexes covered.
    pub tokens: Range<usize>,
    pub value: String,
}

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

const MONTH_ABBREVIATIONS: &[&str] = &[
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// Whether `word` is a month's full name ("September"), in any case.
pub fn is_month_name(word: &str) -> bool {
    month_of(word).is_some()
}

/// The number of a month by its full name ("November" → 11), in any case.
pub fn month_of(word: &str) -> Option<u32> {
    MONTHS
        .iter()
        .position(|m| m.eq_ignore_ascii_case(word))
        .map(|i| i as u32 + 1)
}

/// The number of a month by its short name ("Nov" → 11, "Sept" → 9), in any case.
fn month_of_abbreviation(word: &str) -> Option<u32> {
    if word.eq_ignore_ascii_case("sept") {
        return Some(9);
    }
    MONTH_ABBREVIATIONS
        .iter()
        .position(|m| m.eq_ignore_ascii_case(word))
        .map(|i| i as u32 + 1)
}

/// Whether `word` is a month's short name ("Nov", "Sept"), in any case.
pub fn is_month_abbreviation(word: &str) -> bool {
    month_of_abbreviation(word).is_some()
}

/// The month number of a capitalised month name ("September", "Sept", "MARCH").
pub fn month_number(token: &Token) -> Option<u32> {
    if token.kind != TokenKind::Word
        || !(3..=9).contains(&token.text.len())
        || !matches!(
            token.text.as_bytes()[0],
            b'J' | b'F' | b'M' | b'A' | b'S' | b'O' | b'N' | b'D'
        )
    {
        return None;
    }
    month_of(token.text).or_else(|| month_of_abbreviation(token.text))
}

/// The years a four-digit number may be read as.
const YEARS: std::ops::RangeInclusive<u32> = 1500..=2100;

/// A four-digit year from 1500 to 2100 written without grouping.
pub fn year_value(token: &Token) -> Option<u32> {
    if token.kind != TokenKind::Number
        || token.text.len() != 4
        || !token.text.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let year: u32 = token.text.parse().ok()?;
    YEARS.contains(&year).then_some(year)
}

/// Month names in the other languages of the corpus (German, French, Polish — nominative and
/// genitive), which French and Polish write in lower case.
fn foreign_month(token: &Token) -> Option<u32> {
    if token.kind != TokenKind::Word || token.text.len() < 3 {
        return None;
    }
    super::numbers::lowered(token.text, |w| {
        Some(match w {
            "januar" | "janvier" | "styczeń" | "stycznia" => 1,
            "februar" | "février" | "luty" | "lutego" => 2,
            "märz" | "mars" | "marzec" | "marca" => 3,
            "avril" | "kwiecień" | "kwietnia" => 4,
            "mai" | "maj" | "maja" => 5,
            "juni" | "juin" | "czerwiec" | "czerwca" => 6,
            "juli" | "juillet" | "lipiec" | "lipca" => 7,
            "août" | "sierpień" | "sierpnia" => 8,
            "septembre" | "wrzesień" | "września" => 9,
            "oktober" | "octobre" | "październik" | "października" => 10,
            "novembre" | "listopad" | "listopada" => 11,
            "dezember" | "décembre" | "grudzień" | "grudnia" => 12,
            _ => return None,
        })
    })
}

fn day_value(token: &Token) -> Option<u32> {
    if token.kind != TokenKind::Number || token.text.len() > 2 {
        return None;
    }
    let day: u32 = token.text.parse().ok()?;
    (1..=31).contains(&day).then_some(day)
}

/// Words before a year that make it a time ("in 1995"), even when a name follows.
const TIME_WORDS: &[&str] = &[
    "in",
    "since",
    "during",
    "by",
    "until",
    "till",
    "before",
    "after",
    "from",
    "through",
    "throughout",
    "to",
    "of",
    "for",
    "between",
    "ending",
    "early",
    "late",
    "mid",
    "over",
    "at",
    "around",
    "circa",
    "year",
    "fiscal",
    "summer",
    "spring",
    "autumn",
    "fall",
    "winter",
    "within",
    "as",
    "than",
    "under",
    "on",
];

/// Nouns a year can name: "the 1988 convention", "its 1999 budget".
const NAMED_BY_YEAR: &[&str] = &[
    "law",
    "laws",
    // "its own 1997 ban": a decree's year.
    "ban",
    "bans",
    "act",
    "acts",
    "budget",
    "budgets",
    "plan",
    "plans",
    "list",
    "lists",
    "convention",
    "conventions",
    "protocol",
    "decree",
    "code",
    "program",
    "programme",
    "strategy",
    "treaty",
    "agreement",
    "accord",
    "accords",
    "agreements",
    "treaties",
    "resolution",
    "amendment",
    "amendments",
    "constitution",
    "census",
    "report",
    "edition",
    "majors",
    // "during the 2005 drug certification process".
    "certification",
    "statute",
    "directive",
    "regulation",
    "regulations",
    "memorandum",
    "memoranda",
    "declaration",
    "charter",
    "ordinance",
    "legislation",
];

static TIME_WORD_SET: WordSet = WordSet::new(TIME_WORDS);
static NAMED_BY_YEAR_SET: WordSet = WordSet::new(NAMED_BY_YEAR);

/// Finds the dates in a run of tokens (a block of the body).
pub fn find(tokens: &[Token]) -> Vec<FoundDate> {
    let mut found = Vec::new();
    find_into(tokens, &mut found);
    found
}

/// [`find`] into `found`, emptied first: a document's runs reuse one list.
pub fn find_into(tokens: &[Token], found: &mut Vec<FoundDate>) {
    found.clear();
    let mut i = 0;
    while i < tokens.len() {
        if let Some(date) = date_at(tokens, i) {
            i = date.tokens.end.max(i + 1);
            let start = date.tokens.start;
            if released(tokens, start) {
                // Kept out of figures ("July 20"), not reported.
                found.push(FoundDate {
                    value: String::new(),
                    ..date
                });
            } else if !in_address(tokens, start) && !credited(tokens, start) {
                found.push(date);
            }
        } else {
            i += 1;
        }
    }
}

/// "…/nrcrpt/2005/vol2/…": a number glued between slashes is a part of a web address.
fn in_address(tokens: &[Token], start: usize) -> bool {
    let glued_slash = |k: usize| tokens.get(k).is_some_and(|t| t.text == "/");
    start >= 1
        && glued_slash(start - 1)
        && !tokens[start].space_before
        && glued_slash(start + 1)
        && !tokens[start + 1].space_before
}

/// "The 2012 INCSR, published in March 2012, covers …", "GAO report … which was released on
/// July 20, 2009": the day a report came out, which dates the report, not what it tells.
fn released(tokens: &[Token], start: usize) -> bool {
    let Some(verb) = start.checked_sub(2) else {
        return false;
    };
    let (verb_token, preposition) = (&tokens[verb], &tokens[verb + 1]);
    // "Updated: Sep 19, 2007 01:55 IST": a page's own stamp.
    if preposition.text == ":" {
        return ["updated", "published", "posted", "modified"]
            .iter()
            .any(|w| verb_token.is_word(w));
    }
    let released_verb = ["released", "published", "issued"]
        .iter()
        .any(|w| verb_token.is_word(w));
    if !released_verb || !(preposition.is_word("on") || preposition.is_word("in")) {
        return false;
    }
    let from = verb.saturating_sub(20);
    let Some(report) = (from..verb).rev().find(|&k| {
        tokens[k].is_word("report")
            || tokens[k]
                .text
                .get(..5)
                .is_some_and(|name| name.eq_ignore_ascii_case("incsr"))
    }) else {
        return false;
    };
    // ("A report published in 1996 found more users": some report among others, its date one
    // the text tells.)
    !tokens[report.saturating_sub(3).max(from)..report]
        .iter()
        .any(|t| t.is_word("a") || t.is_word("an"))
}

/// "(© AFP 2012, Qais Usyan)", "Copyright 2003": the year of a credit or a copyright.
fn credited(tokens: &[Token], start: usize) -> bool {
    (start.saturating_sub(3)..start).any(|k| {
        let t = &tokens[k];
        t.text == "©" || t.is_word("copyright")
    })
}

/// Dates in one line of text, as byte ranges into it and values (for title blocks).
pub fn scan(line: &str) -> Vec<(Range<usize>, String)> {
    let tokens = tokenize(line, 0, false);
    find(&tokens)
        .into_iter()
        .filter(|d| !d.value.is_empty())
        .filter_map(|d| {
            let first = tokens.get(d.tokens.start)?;
            let last = tokens.get(d.tokens.end.checked_sub(1)?)?;
            Some((first.start..last.end, d.value))
        })
        .collect()
}

fn word_at<'a>(tokens: &'a [Token], i: usize) -> Option<&'a Token<'a>> {
    tokens.get(i)
}

fn is_word(tokens: &[Token], i: usize, words: &[&str]) -> bool {
    tokens.get(i).is_some_and(|t| {
        t.kind == TokenKind::Word && words.iter().any(|w| t.text.eq_ignore_ascii_case(w))
    })
}

fn is_punct(tokens: &[Token], i: usize, marks: &[&str]) -> bool {
    tokens
        .get(i)
        .is_some_and(|t| t.kind == TokenKind::Punct && marks.contains(&t.text))
}

/// A point in time: year, month and day where given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Point {
    year: Option<u32>,
    month: Option<u32>,
    day: Option<u32>,
}

impl Point {
    fn format(self) -> String {
        match (self.year, self.month, self.day) {
            (Some(y), Some(m), Some(d)) => format!("{y:04}-{m:02}-{d:02}"),
            (Some(y), Some(m), None) => format!("{y:04}-{m:02}"),
            (Some(y), _, _) => format!("{y:04}"),
            _ => String::new(),
        }
    }
}

/// Reads "[D] Month [D][,] [YYYY]" or "YYYY" at `i`: the point and the index past it.
fn point_at(tokens: &[Token], i: usize) -> Option<(Point, usize)> {
    let first = tokens.get(i)?;
    // "3 March 1996", "30 September", "2. Dezember", "17 kwietnia 2021", "3 mars"
    if let Some(day) = day_value(first) {
        // German writes the day as an ordinal: "2. Dezember".
        let dot = usize::from(
            is_punct(tokens, i + 1, &["."]) && !tokens.get(i + 1).is_some_and(|t| t.space_before),
        );
        if let Some(month) = tokens
            .get(i + 1 + dot)
            .and_then(|t| month_number(t).or_else(|| foreign_month(t)))
        {
            let (year, end) = match tokens.get(i + 2 + dot).and_then(year_value) {
                Some(y) => (Some(y), i + 3 + dot),
                None => (None, i + 2 + dot),
            };
            return Some((
                Point {
                    year,
                    month: Some(month),
                    day: Some(day),
                },
                end,
            ));
        }
    }
    if let Some(month) = month_number(first).or_else(|| {
        // A French or Polish month written alone needs its year after it ("mars 2020").
        let year_follows = tokens.get(i + 1).is_some_and(|t| year_value(t).is_some());
        year_follows.then(|| foreign_month(first)).flatten()
    }) {
        let mut j = i + 1;
        // "Sept. 1996", "Oct. 12, 1996": a short name's full stop.
        if is_punct(tokens, j, &["."])
            && !tokens[j].space_before
            && month_of(first.text).is_none()
            && tokens
                .get(j + 1)
                .is_some_and(|t| t.kind == TokenKind::Number || (t.text == "-" && !t.space_before))
        {
            j += 1;
        }
        let mut day = None;
        if let Some(d) = tokens.get(j).and_then(day_value) {
            day = Some(d);
            j += 1;
        }
        // "October 12, 1996"; "In October of 1996".
        let of = day.is_none() && tokens.get(j).is_some_and(|t| t.is_word("of"));
        let comma = usize::from(is_punct(tokens, j, &[","]) || of);
        if let Some(year) = tokens.get(j + comma).and_then(year_value) {
            return Some((
                Point {
                    year: Some(year),
                    month: Some(month),
                    day,
                },
                j + comma + 1,
            ));
        }
        return Some((
            Point {
                year: None,
                month: Some(month),
                day,
            },
            j,
        ));
    }
    let year = year_value(first)?;
    Some((
        Point {
            year: Some(year),
            month: None,
            day: None,
        },
        i + 1,
    ))
}

fn date_at(tokens: &[Token], i: usize) -> Option<FoundDate> {
    if may_start_date(tokens, i) {
        read_date(tokens, i)
    } else {
        None
    }
}

/// A cheap first look: every date starts with a number, a month's name, "from", "between",
/// "first", "FY1995", a decade ("1980s"), or a hyphenated word ("mid-1995", "twelve-month",
/// "January-June"). (The tokenizer keeps en dashes out of words today; a capitalised word
/// with one is let through all the same, as the full reading would look at it.)
fn may_start_date(tokens: &[Token], i: usize) -> bool {
    let Some(token) = tokens.get(i) else {
        return false;
    };
    match token.kind {
        TokenKind::Number => true,
        TokenKind::Word => {
            let text = token.text;
            token.hyphenated
                // "1980s"
                || text.as_bytes().first().is_some_and(u8::is_ascii_digit)
                || (text
                    .as_bytes()
                    .first()
                    .is_some_and(|b| matches!(b | 0x20, b'f' | b'b'))
                    && ["from", "between", "first", "fy"]
                        .iter()
                        .any(|w| text.eq_ignore_ascii_case(w)))
                || (token.starts_upper()
                    && (text.starts_with('F')
                        || (!text.is_ascii() && text.contains('–'))
                        || month_number(token).is_some()))
                || (tokens
                    .get(i + 1)
                    .is_some_and(|t| t.kind == TokenKind::Number && t.text.len() == 4)
                    && foreign_month(token).is_some())
        }
        TokenKind::Punct => false,
    }
}

/// The date starting at `i`, if one does.
/// "since the 1980s", "in the 1990's": a decade, as the range of its years.
fn decade_at(tokens: &[Token], i: usize) -> Option<FoundDate> {
    let token = tokens.get(i)?;
    let (year, end) = if token.kind == TokenKind::Word {
        // "1980s" is one word.
        let digits = token.text.strip_suffix('s').filter(|d| d.len() == 4)?;
        let year = digits.parse().ok().filter(|y| YEARS.contains(y))?;
        (year, i + 1)
    } else {
        let year = year_value(token)?;
        let glued = |k: usize, text: &[&str]| {
            tokens
                .get(k)
                .is_some_and(|t| !t.space_before && text.contains(&t.text))
        };
        let end = if glued(i + 1, &["s", "'s", "’s"]) {
            i + 2
        } else if glued(i + 1, &["'", "’"]) && glued(i + 2, &["s"]) {
            i + 3
        } else {
            return None;
        };
        // "1980sq": the suffix is a word of its own, not the start of a longer one.
        if tokens
            .get(end)
            .is_some_and(|t| !t.space_before && t.kind == TokenKind::Word)
        {
            return None;
        }
        (year, end)
    };
    year.is_multiple_of(10).then(|| FoundDate {
        tokens: i..end,
        value: format!("{year:04}/{:04}", year + 9),
    })
}

/// "for the decade 86-95": ten years named by two digits each, after the word "decade".
fn decade_in_two_digits(tokens: &[Token], i: usize) -> Option<FoundDate> {
    let two_digits = |k: usize| {
        tokens
            .get(k)
            .filter(|t| {
                t.kind == TokenKind::Number
                    && t.text.len() == 2
                    && t.text.bytes().all(|b| b.is_ascii_digit())
            })
            .and_then(|t| t.text.parse::<u32>().ok())
    };
    let first = two_digits(i)?;
    let after_decade = i >= 1
        && (tokens[i - 1].is_word("decade")
            || (i >= 2 && tokens[i - 1].is_word("the") && tokens[i - 2].is_word("decade")));
    let dash = tokens
        .get(i + 1)
        .is_some_and(|t| matches!(t.text, "-" | "–") && !t.space_before);
    let last = two_digits(i + 2).filter(|_| after_decade && dash)?;
    // (A century is told by the first two digits: "86" is 1986, "05" 2005.)
    let century = |yy: u32| if yy >= 50 { 1900 + yy } else { 2000 + yy };
    let (from, to) = (century(first), century(last));
    (to > from && to - from <= 10).then(|| FoundDate {
        tokens: i..i + 3,
        value: format!("{from:04}/{to:04}"),
    })
}

fn read_date(tokens: &[Token], i: usize) -> Option<FoundDate> {
    let token = word_at(tokens, i)?;
    if let Some(found) = numeric_date(tokens, i) {
        return Some(found);
    }
    // "from … to …", "between … and …"
    if is_word(tokens, i, &["from", "between"]) {
        let closers: &[&str] = if token.text.eq_ignore_ascii_case("between") {
            &["and"]
        } else {
            &["to", "through", "until", "till", "thru"]
        };
        if let Some(found) = period_after(tokens, i + 1, closers) {
            return Some(FoundDate {
                tokens: i..found.tokens.end,
                value: found.value,
            });
        }
    }
    // "the first seven months of 1995", "the first half of 1997"
    if is_word(tokens, i, &["first"])
        && let Some(found) = first_months(tokens, i)
    {
        return Some(found);
    }
    // "twelve-month period ending June 30, 1996"
    if let Some(found) = period_ending(tokens, i) {
        return Some(found);
    }
    // "January-June 1996": two months joined into one word, then their year.
    if token.kind == TokenKind::Word
        && let Some((from, to)) = token.text.split_once(['-', '–'])
        && let Some(year) = tokens.get(i + 1).and_then(year_value)
    {
        let month = |name: &str| MONTHS.iter().position(|m| m.eq_ignore_ascii_case(name));
        if let (Some(from), Some(to)) = (month(from), month(to))
            && from < to
        {
            return Some(FoundDate {
                tokens: i..i + 2,
                value: format!("{year:04}-{:02}/{year:04}-{:02}", from + 1, to + 1),
            });
        }
    }
    // "mid-1995", "FY1995"
    if token.kind == TokenKind::Word && (token.hyphenated || token.text.starts_with(['F', 'f'])) {
        if let Some(year) = year_with_a_part(token) {
            return Some(FoundDate {
                tokens: i..i + 1,
                value: format!("{year:04}"),
            });
        }
        // "mid-March 1997", "early-June 1996": a part of a month, as the month.
        let part_of_a_month = token.text.split_once('-').and_then(|(part, month)| {
            ["mid", "early", "late", "end"]
                .iter()
                .any(|p| part.eq_ignore_ascii_case(p))
                .then(|| month_of(month))
                .flatten()
        });
        if let Some(month) = part_of_a_month
            && let Some(year) = tokens.get(i + 1).and_then(year_value)
        {
            return Some(FoundDate {
                tokens: i..i + 2,
                value: format!("{year:04}-{month:02}"),
            });
        }
        // "the mid-1990s", "the late-1980s": part of a decade, as the decade's range.
        let decade = super::numbers::lowered(token.text, |lower| {
            ["mid-", "early-", "late-"].iter().find_map(|prefix| {
                let rest = lower.strip_prefix(prefix)?.strip_suffix('s')?;
                let year = rest.parse::<u32>().ok()?;
                (rest.len() == 4 && YEARS.contains(&year) && year.is_multiple_of(10))
                    .then_some(year)
            })
        });
        if let Some(year) = decade {
            return Some(FoundDate {
                tokens: i..i + 1,
                value: format!("{year:04}/{:04}", year + 9),
            });
        }
    }
    if let Some(decade) = decade_at(tokens, i).or_else(|| decade_in_two_digits(tokens, i)) {
        return Some(decade);
    }
    // "in 1191": a year of the distant past, after a word that makes it one.
    if let Some(old) = old_year(tokens, i) {
        return Some(old);
    }
    let (start, end) = point_at(tokens, i)?;
    if start.month.is_some() {
        // "January and November 1997", "January-March 1996"
        if start.year.is_none() {
            let joiner = is_word(tokens, end, &["and", "or"]) || is_punct(tokens, end, &[","]);
            let range =
                is_punct(tokens, end, &["-", "–"]) || is_word(tokens, end, &["to", "through"]);
            if (joiner || range)
                && let Some((later, later_end)) = point_at(tokens, end + 1)
                && later.month.is_some()
                && later.day.is_none() == start.day.is_none()
                && let Some(year) = later.year
            {
                let first = Point {
                    year: Some(year),
                    ..start
                };
                if range {
                    return Some(FoundDate {
                        tokens: i..later_end,
                        value: format!("{}/{}", first.format(), later.format()),
                    });
                }
                return Some(FoundDate {
                    tokens: i..end,
                    value: first.format(),
                });
            }
            // "On May 22": a day of a month with no year. Kept out of figures, not reported.
            return start.day.is_some().then(|| FoundDate {
                tokens: i..end,
                value: String::new(),
            });
        }
        return Some(FoundDate {
            tokens: i..end,
            value: start.format(),
        });
    }
    // A bare year, maybe the start of "1994-1997" or "1992-93", or of an ISO date.
    let year = start.year?;
    if let Some((month, day)) = iso_month_day(tokens, end) {
        return Some(FoundDate {
            tokens: i..end + 4,
            value: format!("{year:04}-{month:02}-{day:02}"),
        });
    }
    if is_punct(tokens, end, &["-", "–", "/"])
        && let Some(second) = tokens.get(end + 1)
        && !second.space_before
    {
        let later = year_value(second).or_else(|| {
            (second.kind == TokenKind::Number && second.text.len() == 2)
                .then(|| second.text.parse::<u32>().ok())
                .flatten()
                .map(|yy| year / 100 * 100 + yy)
        });
        if let Some(later) = later.filter(|&l| l > year && l - year < 100) {
            // "the 2005-2006 INCSR", "Brazil's 2004-2005 International Narcotics Control
            // Strategy Report": an edition's years name it.
            let after_time_word = i.checked_sub(1).is_some_and(|p| {
                tokens[p].kind == TokenKind::Word && TIME_WORD_SET.contains(tokens[p].text)
            });
            // (Only a report, a plan or another named thing, or an acronym: "the 2004-2005
            // Afghan growing season" is a period.)
            let names_an_edition = tokens[end + 2..].iter().take(6).any(|t| {
                NAMED_BY_YEAR_SET.contains(t.text)
                    || t.is_word("report")
                    || (t.text.len() >= 3 && t.text.bytes().all(|b| b.is_ascii_uppercase()))
            });
            if !after_time_word && names_following(tokens, end + 1) && names_an_edition {
                return None;
            }
            // "the Eighth National Plan (1997-2001)": the years a plan's name gives it.
            let bracketed_after_a_name =
                i >= 2 && tokens[i - 1].text == "(" && names_a_law(&tokens[i - 2]);
            if bracketed_after_a_name {
                // (Both years kept out of figures and of the dates.)
                return Some(FoundDate {
                    tokens: i..end + 2,
                    value: String::new(),
                });
            }
            return Some(FoundDate {
                tokens: i..end + 2,
                value: format!("{year:04}/{later:04}"),
            });
        }
    }
    if names_something(tokens, i) || followed_by_unit(tokens, end) {
        return None;
    }
    Some(FoundDate {
        tokens: i..end,
        value: format!("{year:04}"),
    })
}

/// A date written in numbers as a site or a form writes it: "11/15/2006" and "05/09/97"
/// (month first, as in the U.S., unless the first number is no month), "09.03.2012" (day
/// first, as in Europe), "01-Mar-2003" and "15-NOV-06".
fn numeric_date(tokens: &[Token], i: usize) -> Option<FoundDate> {
    let token = &tokens[i];
    let number = |text: &str, widths: &[usize]| {
        (widths.contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit()))
            .then(|| text.parse::<u32>().ok())
            .flatten()
    };
    // "97" is 1997, "06" 2006.
    let full_year = |text: &str| {
        let year = number(text, &[2, 4])?;
        let year = match year {
            0..=49 => 2000 + year,
            50..=99 => 1900 + year,
            _ => year,
        };
        YEARS.contains(&year).then_some(year)
    };
    let (first, second, year, end) = match token.kind {
        TokenKind::Number if token.text.bytes().filter(|&b| b == b'.').count() == 2 => {
            let mut parts = token.text.split('.');
            let day = number(parts.next()?, &[1, 2])?;
            let month = number(parts.next()?, &[1, 2])?;
            let year = number(parts.next()?, &[4]).filter(|y| YEARS.contains(y))?;
            (month, day, year, i + 1)
        }
        TokenKind::Number => {
            let glued = |k: usize, text: &str| {
                tokens
                    .get(k)
                    .is_some_and(|t| t.text == text && !t.space_before)
            };
            let part = |k: usize| {
                tokens
                    .get(k)
                    .filter(|t| !t.space_before)
                    .and_then(|t| number(t.text, &[1, 2]))
            };
            if !(glued(i + 1, "/") && glued(i + 3, "/")) {
                return None;
            }
            let first = number(token.text, &[1, 2])?;
            let second = part(i + 2)?;
            let year = tokens
                .get(i + 4)
                .filter(|t| !t.space_before && t.kind == TokenKind::Number)
                .and_then(|t| full_year(t.text))?;
            (first, second, year, i + 5)
        }
        TokenKind::Word if token.hyphenated => {
            let mut parts = token.text.split('-');
            let day = number(parts.next()?, &[1, 2])?;
            let month = month_of_abbreviation(parts.next()?)?;
            let year = full_year(parts.next()?)?;
            if parts.next().is_some() {
                return None;
            }
            (month, day, year, i + 1)
        }
        TokenKind::Word | TokenKind::Punct => return None,
    };
    // Month first unless it cannot be one ("15/11/2006").
    let (month, day) = if first > 12 {
        (second, first)
    } else {
        (first, second)
    };
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    Some(FoundDate {
        tokens: i..end,
        value: format!("{year:04}-{month:02}-{day:02}"),
    })
}

/// "-11-19" after a year: the month and day of an ISO date ("2009-11-19"), not the end of a
/// range of years.
fn iso_month_day(tokens: &[Token], end: usize) -> Option<(u32, u32)> {
    let glued_number = |k: usize| {
        tokens
            .get(k)
            .filter(|t| !t.space_before && t.kind == TokenKind::Number && t.text.len() == 2)
            .and_then(|t| t.text.parse::<u32>().ok())
    };
    let glued_hyphen = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| !t.space_before && t.text == "-")
    };
    if !(glued_hyphen(end) && glued_hyphen(end + 2)) {
        return None;
    }
    let month = glued_number(end + 1).filter(|m| (1..=12).contains(m))?;
    let day = glued_number(end + 3).filter(|d| (1..=31).contains(d))?;
    Some((month, day))
}

/// A year from 1000 to 1499 right after "in", "since", "by" … (later years need no such help).
fn old_year(tokens: &[Token], i: usize) -> Option<FoundDate> {
    let token = tokens.get(i)?;
    if token.kind != TokenKind::Number
        || token.text.len() != 4
        || !token.text.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let year: u32 = token.text.parse().ok()?;
    let after_time_word = || {
        i.checked_sub(1)
            .and_then(|p| tokens.get(p))
            .is_some_and(|p| {
                [
                    "in", "since", "by", "until", "from", "around", "circa", "about",
                ]
                .iter()
                .any(|w| p.is_word(w))
            })
    };
    ((1000..1500).contains(&year) && after_time_word() && !followed_by_unit(tokens, i + 1)).then(
        || FoundDate {
            tokens: i..i + 1,
            value: format!("{year:04}"),
        },
    )
}

/// After "from"/"between": "<point> (to|and) [the end of] <point>" with the year shared.
/// "mid-1995", "late-1997", "FY1995": a year a word marks a part of (or the fiscal year of).
fn year_with_a_part(token: &Token) -> Option<u32> {
    if token.kind != TokenKind::Word || token.text.len() > 10 {
        return None;
    }
    super::numbers::lowered(token.text, |lower| {
        ["mid-", "early-", "late-", "end-", "fy"]
            .iter()
            .find_map(|prefix| {
                let rest = lower.strip_prefix(prefix)?;
                let year = rest.parse::<u32>().ok()?;
                (rest.len() == 4 && YEARS.contains(&year)).then_some(year)
            })
    })
}

fn period_after(tokens: &[Token], i: usize, closers: &[&str]) -> Option<FoundDate> {
    // ("from CY 2004 to 2005", "between FY 2010 and FY 2012": a calendar or fiscal year.)
    let year_kind = |k: usize| {
        usize::from(
            tokens
                .get(k)
                .is_some_and(|t| t.text == "CY" || t.text == "FY"),
        )
    };
    // "From mid-1997 to the end of 2000": a part of a year is the year, as a range's end.
    let (mut first, mut j) = match tokens.get(i).and_then(year_with_a_part) {
        Some(year) => (
            Point {
                year: Some(year),
                month: None,
                day: None,
            },
            i + 1,
        ),
        None => point_at(tokens, i + year_kind(i))?,
    };
    let dash_closes = closers.contains(&"to") && is_punct(tokens, j, &["-", "–"]);
    if !(is_word(tokens, j, closers) || dash_closes) {
        return None;
    }
    j += 1;
    // "through the end of September 1997"
    if is_word(tokens, j, &["the"])
        && is_word(tokens, j + 1, &["end", "beginning", "start", "middle"])
        && is_word(tokens, j + 2, &["of"])
    {
        j += 3;
    }
    // "between 2008 and the first half of 2012": a range to the end of a year's first months.
    if first.year.is_some()
        && first.month.is_none()
        && is_word(tokens, j, &["the"])
        && let Some(months) = first_months(tokens, j + 1)
        && let Some((_, last)) = months.value.split_once('/')
    {
        return Some(FoundDate {
            tokens: i..months.tokens.end,
            value: format!("{}/{last}", first.format()),
        });
    }
    // ("From mid-2010 to mid-2011": and as its end.)
    let (mut second, end) = match tokens.get(j).and_then(year_with_a_part) {
        Some(year) => (
            Point {
                year: Some(year),
                month: None,
                day: None,
            },
            j + 1,
        ),
        None => point_at(tokens, j + year_kind(j))?,
    };
    if first.year.is_none() {
        first.year = second.year;
    }
    if second.year.is_none() && second.month.is_none() {
        return None;
    }
    if second.year.is_none() {
        second.year = first.year;
    }
    // "from 1991 to 1992" needs both years; "from January to September 1997" shares one.
    if first.year.is_none()
        || second.year.is_none()
        || (first.month.is_some() != second.month.is_some())
    {
        return None;
    }
    if first.day.is_some() != second.day.is_some() {
        first.day = None;
        second.day = None;
    }
    Some(FoundDate {
        tokens: i..end,
        value: format!("{}/{}", first.format(), second.format()),
    })
}

/// "first seven months of 1995" → 1995-01/1995-07; "first half of 1997" → 1997-01/1997-06.
fn first_months(tokens: &[Token], i: usize) -> Option<FoundDate> {
    let count_token = tokens.get(i + 1)?;
    let (months, unit_index) = if let Some(n) = super::numbers::small_number_word(count_token.text)
    {
        (n, i + 2)
    } else if count_token.kind == TokenKind::Number {
        (count_token.text.parse().ok()?, i + 2)
    } else if is_word(tokens, i + 1, &["half"]) {
        (6, i + 1)
    } else if is_word(tokens, i + 1, &["quarter"]) {
        (3, i + 1)
    } else {
        return None;
    };
    // "the first three quarters of 2005": three months each.
    let quarters = unit_index > i + 1 && is_word(tokens, unit_index, &["quarters"]);
    let months = if quarters {
        if !(1..=4).contains(&months) {
            return None;
        }
        months * 3
    } else {
        months
    };
    let unit_ok = unit_index == i + 1 || quarters || is_word(tokens, unit_index, &["months"]);
    if !unit_ok || !is_word(tokens, unit_index + 1, &["of"]) || !(1..=12).contains(&months) {
        return None;
    }
    let year = tokens.get(unit_index + 2).and_then(year_value)?;
    Some(FoundDate {
        tokens: i..unit_index + 3,
        value: format!("{year:04}-01/{year:04}-{months:02}"),
    })
}

/// "twelve-month period ending June 30, 1996" → 1995-07-01/1996-06-30.
fn period_ending(tokens: &[Token], i: usize) -> Option<FoundDate> {
    let token = tokens.get(i)?;
    // "twelve-month" is one word; "12-month" is three tokens, `12` `-` `month`.
    let (months, after): (u32, usize) = match token.kind {
        TokenKind::Word if token.hyphenated => {
            let months = super::numbers::lowered(token.text, |lower| {
                lower
                    .strip_suffix("-month")
                    .and_then(super::numbers::small_number_word)
            })?;
            (months, i + 1)
        }
        TokenKind::Number
            if is_punct(tokens, i + 1, &["-"]) && is_word(tokens, i + 2, &["month"]) =>
        {
            (token.text.parse().ok()?, i + 3)
        }
        _ => return None,
    };
    if !(1..=120).contains(&months)
        || !is_word(tokens, after, &["period"])
        || !is_word(tokens, after + 1, &["ending", "ended"])
    {
        return None;
    }
    let (end_point, end) = point_at(tokens, after + 2)?;
    let (year, month, day) = (end_point.year?, end_point.month?, end_point.day?);
    // The period starts the day after the same date `months` months earlier.
    let total = year * 12 + (month - 1) + 1;
    let start_total = total.checked_sub(months)?;
    let (start_year, start_month) = (start_total / 12, start_total % 12 + 1);
    let start = if day >= 28 {
        format!("{start_year:04}-{start_month:02}-01")
    } else {
        let earlier = start_total.checked_sub(1)?;
        let (y, m) = (earlier / 12, earlier % 12 + 1);
        format!("{y:04}-{m:02}-{:02}", day + 1)
    };
    Some(FoundDate {
        tokens: i..end,
        value: format!("{start}/{}", end_point.format()),
    })
}

/// "Act", "Law", "Plan", "ACT": the capitalised noun of a law's, a plan's or an agreement's
/// name, which a year (or a number) after it belongs to.
fn names_a_law(token: &Token) -> bool {
    token.kind == TokenKind::Word && token.starts_upper() && NAMED_BY_YEAR_SET.contains(token.text)
}

/// Whether the words before `of` are a law's name in title case, its noun among them
/// ("Convention on Psychotropic Substances", "Act"). A month ends the walk: "the Convention in
/// March of 1995" dates the month.
fn names_a_law_before(tokens: &[Token], of: usize) -> bool {
    const REACH: usize = 10;
    // "Decree No. 48 of 1989", "Law 1008 of 1988": a law's number, then the year it was made.
    if let Some(number) = of
        .checked_sub(1)
        .filter(|&k| tokens[k].kind == TokenKind::Number)
    {
        let mut k = number;
        if k >= 2 && tokens[k - 1].text == "." && tokens[k - 2].is_word("no") {
            k -= 2;
        } else if k >= 1 && (tokens[k - 1].is_word("no") || tokens[k - 1].is_word("number")) {
            k -= 1;
        }
        return k >= 1 && names_a_law(&tokens[k - 1]);
    }
    let little = ["on", "of", "against", "in", "and", "for", "the"];
    // Parts of a year: "the Second Half of 2003", "the End of 2004" date the year.
    let part_of_a_year = [
        "half",
        "quarter",
        "end",
        "beginning",
        "start",
        "middle",
        "summer",
        "spring",
        "autumn",
        "fall",
        "winter",
        "period",
        "year",
        "month",
        "months",
    ];
    for k in (of.saturating_sub(REACH)..of).rev() {
        let t = &tokens[k];
        // "the SECURITIES EXCHANGE ACT OF 1934": the law's noun right before "of", in any case.
        if k + 1 == of && names_a_law(t) {
            return true;
        }
        if t.kind != TokenKind::Word
            || month_number(t).is_some()
            || part_of_a_year.iter().any(|w| t.is_word(w))
        {
            return false;
        }
        if t.starts_upper() {
            if NAMED_BY_YEAR_SET.contains(t.text) {
                return true;
            }
        } else if !little.iter().any(|w| t.is_word(w)) {
            return false;
        }
    }
    false
}

/// "the 1988 UN Convention", "its 1999 budget", the 1996 "majors list": a year used as a name.
fn names_something(tokens: &[Token], i: usize) -> bool {
    let previous = i.checked_sub(1).and_then(|p| tokens.get(p));
    // "the … Appropriations Act, 2002", "the Foreign Relations Authorization Act, Fiscal Year
    // 2003": a U.S. law's year after a comma.
    let law_then_comma =
        |comma: usize| comma >= 1 && tokens[comma].text == "," && tokens[comma - 1].text == "Act";
    if i >= 2 && law_then_comma(i - 1)
        || (i >= 4
            && tokens[i - 1].text == "Year"
            && tokens[i - 2].text == "Fiscal"
            && law_then_comma(i - 3))
    {
        return true;
    }
    // "the Foreign Assistance Act of 1961", "the UN Convention on Psychotropic Substances of
    // 1971": a year after a named law, back over its name's words.
    if previous.is_some_and(|p| p.is_word("of")) && names_a_law_before(tokens, i - 1) {
        return true;
    }
    let after_time_word =
        previous.is_some_and(|p| p.kind == TokenKind::Word && TIME_WORD_SET.contains(p.text));
    if after_time_word {
        // ("the release of 2022 International Narcotics Control Strategy Report": the report's
        // name, its article left out.)
        // ("a party to 1988 UN Drug Conventions": a convention's year, its "the" left out.)
        return tokens.get(i + 1).is_some_and(|t| t.text == "INCSR")
            || (tokens.get(i + 1).is_some_and(|t| t.text == "International")
                && tokens.get(i + 2).is_some_and(|t| t.text == "Narcotics"))
            || (tokens.get(i + 1).is_some_and(Token::starts_upper)
                && names_a_kind_of_document(tokens, i)
                && !opens_a_clause(tokens, i + 1))
            || titled_document(tokens, i + 1);
    }
    // "the Dangerous Drugs Act 1952", "Law 1743", "the Misuse of Drugs Act (1973)", "the
    // Eighth National Plan (1997-2001)": a year (or a number) right after a law's or a plan's
    // name is a part of it.
    if i >= 1 && names_a_law(&tokens[i - 1]) {
        return true;
    }
    if i >= 2 && tokens[i - 1].text == "(" && names_a_law(&tokens[i - 2]) {
        return true;
    }
    // "the 1961 and 1971 UN Conventions", "the 1961, 1971, and 1988 UN Drug Conventions":
    // the years of a list name what its last one does.
    let is_joiner = |t: &Token| t.is_word("and") || t.is_word("or") || t.text == ",";
    let mut last = i;
    loop {
        let mut k = last + 1;
        while k < last + 3 && tokens.get(k).is_some_and(is_joiner) {
            k += 1;
        }
        if k > last + 1 && tokens.get(k).and_then(year_value).is_some() {
            last = k;
        } else {
            break;
        }
    }
    names_following(tokens, last)
}

/// Does the year at `i` name what follows it (ignoring what comes before)?
fn names_following(tokens: &[Token], i: usize) -> bool {
    let Some(next) = tokens.get(i + 1) else {
        return false;
    };
    // "1998's record figures": an apostrophe and "s" make a possessive, not a quotation.
    let possessive = next.text == "'"
        && !next.space_before
        && tokens
            .get(i + 2)
            .is_some_and(|t| !t.space_before && t.is_word("s"));
    (matches!(next.text, "\"" | "“" | "'" | "‘") && !possessive)
        || (next.kind == TokenKind::Word
            && next.starts_upper()
            && !dates_a_common_noun(tokens, i + 1))
        || names_a_kind_of_document(tokens, i)
}

/// "In 1998 Lebanon's Parliament passed …", "In 1996 Pakistan passed legislation": after a
/// time word, a possessive or a verb in the words from `from` on makes them a clause of which
/// the year is the time, whatever document they go on to name.
fn opens_a_clause(tokens: &[Token], from: usize) -> bool {
    tokens[from..]
        .iter()
        .take(8)
        .take_while(|t| t.kind == TokenKind::Word)
        .any(|t| {
            t.text.ends_with("'s")
                || t.text.ends_with("’s")
                || (!t.starts_upper() && t.text.len() > 4 && t.text.ends_with("ed"))
        })
}

/// "Fiscal Year 1998 Letter of Agreement", "1997 Memorandum of Understanding": title-case
/// words from `from` on ("of", "on", "for" and "and" among them) that hold a law's, a plan's or
/// an agreement's noun.
fn titled_document(tokens: &[Token], from: usize) -> bool {
    tokens.get(from).is_some_and(Token::starts_upper)
        && tokens[from..]
            .iter()
            .take(8)
            .take_while(|t| {
                t.kind == TokenKind::Word
                    && (t.starts_upper() || ["of", "on", "for", "and"].iter().any(|w| t.is_word(w)))
            })
            .any(|t| t.starts_upper() && NAMED_BY_YEAR_SET.contains(t.text))
}

/// "the 1995 bilateral U.S.-Brazil counternarcotics agreement", "1988 UN Drug Conventions":
/// the words after the year at `i`, up to a function word, end in a convention, a law, a
/// plan ("the 1995 seizures under the law" names nothing).
fn names_a_kind_of_document(tokens: &[Token], i: usize) -> bool {
    tokens[i + 1..]
        .iter()
        .take(8)
        .take_while(|t| {
            (t.kind == TokenKind::Word && !NAME_BREAKERS.iter().any(|w| t.is_word(w)))
                || (matches!(t.text, "-" | ".") && !t.space_before)
        })
        .any(|t| NAMED_BY_YEAR_SET.contains(t.text))
}

/// "the 1998 AIHW survey", "an extensive 1998 U.S. survey", "the 1998 Dutch elections": a
/// year before capitalised words that describe a common noun after them dates it, where "the
/// 1988 UN Drug Convention (against …)" names a thing whose own words are capitalised. `from`
/// is the first capitalised word.
fn dates_a_common_noun(tokens: &[Token], from: usize) -> bool {
    let mut k = from;
    while let Some(t) = tokens.get(k) {
        let capitalised = t.kind == TokenKind::Word && t.starts_upper();
        // "U.S.-Brazil": marks inside a name; a full stop before the next sentence ends it.
        let glued = matches!(t.text, "-" | "." | "'" | "’")
            && !t.space_before
            && !(t.text == "."
                && tokens
                    .get(k + 1)
                    .is_some_and(|n| n.space_before && n.starts_upper()));
        if !(capitalised || glued) {
            break;
        }
        k += 1;
    }
    // Only nouns of things that happen in a year: after a name, a word may be a verb ("the
    // 1923 Imperial Conference decided", "draft 2002-2003 INCSR follows"). And not the data
    // of a year's report: "the 1999 INCSR figures" are an edition's.
    let edition = tokens[from..k].iter().any(|t| {
        t.text
            .get(..5)
            .is_some_and(|name| name.eq_ignore_ascii_case("incsr"))
    });
    !edition
        && tokens
            .get(k)
            .is_some_and(|t| t.kind == TokenKind::Word && DATED_BY_YEAR_SET.contains(t.text))
}

/// Nouns of what happens in a year, which a year before them dates: "the 1998 AIHW survey",
/// "the 1967 Arab-Israeli war", "2017 GDP growth".
const DATED_BY_YEAR: &[&str] = &[
    "survey",
    "surveys",
    "study",
    "studies",
    "election",
    "elections",
    "war",
    "harvest",
    "harvests",
    "crop",
    "crops",
    "season",
    "growth",
    "figures",
    "statistics",
    "data",
    "estimate",
    "estimates",
    "operation",
    "operations",
    "campaign",
    "campaigns",
    "effort",
    "efforts",
    "eradication",
    "timetable",
    "level",
    "levels",
    "seizure",
    "seizures",
    "arrests",
    "production",
    "cultivation",
    "output",
    "exports",
    "imports",
    "visit",
    "talks",
    "meeting",
    "summit",
    "crisis",
    "crackdown",
    "offensive",
    "raid",
    "raids",
    "results",
    "total",
    "totals",
];

static DATED_BY_YEAR_SET: WordSet = WordSet::new(DATED_BY_YEAR);

/// Words that end a name a year may open: "the 1995 seizures *under* the law".
const NAME_BREAKERS: &[&str] = &[
    "the", "a", "an", "of", "in", "on", "at", "by", "for", "with", "to", "from", "under", "and",
    "or", "was", "were", "is", "are", "be", "been", "had", "has", "have", "that", "which",
];

/// "2000 tons": a number in the range of years that is a quantity.
fn followed_by_unit(tokens: &[Token], end: usize) -> bool {
    // "the porous 2000-mile border": a unit joined by a hyphen.
    let hyphen = tokens
        .get(end)
        .is_some_and(|t| t.text == "-" && !t.space_before)
        && tokens.get(end + 1).is_some_and(|t| !t.space_before);
    super::units::unit_after(tokens, end).is_some()
        || (hyphen && super::units::unit_after(tokens, end + 1).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str) -> Vec<String> {
        scan(text).into_iter().map(|(_, v)| v).collect()
    }

    /// Review 48 (Armenia 2012).
    #[test]
    fn a_period_may_end_in_part_of_a_year() {
        assert_eq!(values("From mid-2010 to mid-2011, seizures"), ["2010/2011"]);
    }

    /// Review 48: the dates of forms, wires and European sites.
    #[test]
    fn a_date_in_numbers_reads_month_first_with_slashes_and_day_first_with_stops() {
        assert_eq!(
            values(
                "DATE: 11/15/2006; (Briefing Report, 05/09/97); armradio.am 09.03.2012 19:32; \
                 Saturday, 01-Mar-2003; (15-NOV-06, GAO-07-78); 15/11/2006"
            ),
            [
                "2006-11-15",
                "1997-05-09",
                "2012-03-09",
                "2003-03-01",
                "2006-11-15",
                "2006-11-15"
            ]
        );
        // No month thirteen (the year alone stays), no three-digit year, no section number.
        assert_eq!(values("grades 13/14/2006"), ["2006"]);
        assert!(values("open 24/7/365, section 1.2.3").is_empty());
    }

    #[test]
    fn a_years_possessive_is_a_date_and_a_quoted_name_is_not() {
        assert_eq!(
            values("in 1999 exceeded 1998's record figures; the 1996 'majors list'"),
            ["1999", "1998"]
        );
    }

    #[test]
    fn a_year_in_a_web_address_or_a_credit_is_no_date() {
        assert_eq!(
            values(
                "(at http://www.state.gov/g/inl/rls/nrcrpt/2005/vol2/html/42395.htm) in 2004 \
                 (© AFP 2012, Qais Usyan) Copyright 2003 HR-Net"
            ),
            ["2004"]
        );
        // (Review 32: the Hindustan Times' stamp; the 2012 INCSR's introduction.)
        assert_eq!(
            values(
                "india Updated: Sep 19, 2007 01:55 IST. The 2012 INCSR, published in March \
                 2012, covers the year 2011."
            ),
            ["2011"]
        );
        // (Review 41: a ban is named by its year as a law is.)
        assert_eq!(
            values("Burma kept its own 1997 ban in force in 1999."),
            ["1999"]
        );
        // (Review 40: Austria 1996, its "the" left out.)
        assert_eq!(
            values("Austria is a party to 1988 UN Drug Conventions, and since 1995 to none."),
            ["1995"]
        );
        // (Review 39: some other report's date is one the text tells.)
        assert_eq!(
            values(
                "A report published in 1996 found more users. The GAO report, which was \
                 released on July 20, 2009, found gaps."
            ),
            ["1996"]
        );
    }

    #[test]
    fn an_iso_date_is_a_day_not_a_range_of_years() {
        assert_eq!(
            values("2009-11-19 17:12:00, and 1992-93"),
            ["2009-11-19", "1992/1993"]
        );
    }

    #[test]
    fn a_decade_is_the_range_of_its_years() {
        assert_eq!(
            values("since the 1980s, in the 1990's and the 1970’s"),
            ["1980/1989", "1990/1999", "1970/1979"]
        );
        assert!(values("the 1985s and 1980sq").is_empty());
        // Two digits each, after "decade": its first and last years.
        assert_eq!(values("for the decade 86-95"), ["1986/1995"]);
        assert!(values("seized 86-95 kilograms").is_empty());
    }

    /// The first look never turns away a token a date starts at: in each of these phrases,
    /// in any case, every token it turns away is one the full reading finds no date at.
    #[test]
    fn first_look_turns_away_only_tokens_no_date_starts_at() {
        let phrases = [
            "from 1 January to 30 September 1996",
            "from January through the end of September 1997",
            "between 1973 and 1992, and from 1991 to 1992",
            "the first seven months of 1995 and the first half of 1997",
            "the first three quarters of 2005 and the first quarter of 2004",
            "the twelve-month period ending June 30, 1996",
            "a 12-month period ended June 30, 1996",
            "on 3 March 1996, 2. Dezember 2020, 17 kwietnia 2021, mars 2020, Août 1995",
            "in September 1995, Sept 1995, January and November 1997",
            "January-March 1996 and January–June 1996",
            "for 1994-1997, 1992-93, mid-1995, late-1996 and FY1995",
            "founded in 1191; the 1988 UN Convention; On May 22 the",
            "since the 1980s and in the 1990's",
        ];
        let title_case = |text: &str| {
            text.split(' ')
                .map(|w| {
                    let mut chars = w.chars();
                    chars.next().map_or(String::new(), |c| {
                        c.to_uppercase().chain(chars).collect::<String>()
                    })
                })
                .collect::<Vec<_>>()
                .join(" ")
        };
        for phrase in phrases {
            for text in [
                phrase.to_owned(),
                phrase.to_uppercase(),
                phrase.to_lowercase(),
                title_case(phrase),
            ] {
                let tokens = tokenize(&text, 0, false);
                for i in 0..tokens.len() {
                    // "fy1995" in lower case is left alone on purpose (see below).
                    let lower_fiscal_year = tokens[i].text.starts_with("fy");
                    if !may_start_date(&tokens, i) && !lower_fiscal_year {
                        assert_eq!(read_date(&tokens, i), None, "{text:?} at token {i}");
                    }
                }
            }
        }
        // A fiscal year's "FY" starts with a capital; "fy1995" in lower case is no date.
        assert_eq!(values("in FY1995 the"), vec!["1995"]);
        assert!(values("in fy1995 the").is_empty());
    }

    #[test]
    fn periods_and_ranges_normalise() {
        assert_eq!(
            values("the drug strategy for 1994-1997 is"),
            vec!["1994/1997"]
        );
        // (Review 31: a 2000 mail-list forward of the Haiti chapter, drugwarfacts' Mexico.)
        assert_eq!(
            values("From mid-1997 to the end of 2000, the passage of legislation was delayed"),
            vec!["1997/2000"]
        );
        assert_eq!(
            values("between 2008 and the first half of 2012, the number of hectares"),
            vec!["2008/2012-06"]
        );
        assert_eq!(
            values("Between 1973 and 1992, the plant"),
            vec!["1973/1992"]
        );
        assert_eq!(
            values("shut down from 1991 to 1992, production"),
            vec!["1991/1992"]
        );
        assert_eq!(
            values("During the first seven months of 1995, over"),
            vec!["1995-01/1995-07"]
        );
        assert_eq!(
            values("in the first three quarters of 2005 than in 2004"),
            vec!["2005-01/2005-09", "2004"]
        );
        assert_eq!(values("between 1992-93 demonstrated"), vec!["1992/1993"]);
        assert_eq!(
            values("from 1 January to 30 September 1996, the"),
            vec!["1996-01-01/1996-09-30"]
        );
        assert_eq!(
            values("from January through the end of September 1997. Confiscations"),
            vec!["1997-01/1997-09"]
        );
        assert_eq!(
            values("During the twelve-month period ending June 30, 1996, financial"),
            vec!["1995-07-01/1996-06-30"]
        );
        assert_eq!(
            values("During the 12-month period ending June 30, 1996, financial"),
            vec!["1995-07-01/1996-06-30"]
        );
    }

    #[test]
    fn german_french_and_polish_dates_are_read() {
        assert_eq!(values("am 02. November 2021 in Berlin"), vec!["2021-11-02"]);
        assert_eq!(values("le 3 mars 2020 à Paris"), vec!["2020-03-03"]);
        assert_eq!(values("dnia 17 kwietnia 2021 roku"), vec!["2021-04-17"]);
    }

    #[test]
    fn months_and_days_are_kept() {
        assert_eq!(
            values("As of September 1995, the Ministry"),
            vec!["1995-09"]
        );
        assert_eq!(values("the October 1992 agreement"), vec!["1992-10"]);
        assert_eq!(values("released February 26, 1999."), vec!["1999-02-26"]);
        assert_eq!(
            values("with UNDCP in January and November 1997."),
            vec!["1997-01", "1997-11"]
        );
    }

    #[test]
    fn a_year_before_capitalised_words_that_describe_a_common_noun_dates_it() {
        assert_eq!(
            values("in the 1998 AIHW survey, up from 1.4 percent in 1995"),
            ["1998", "1995"]
        );
        assert_eq!(
            values("An extensive 1998 U.S. survey, and a follow-up survey in 1999"),
            ["1998", "1999"]
        );
        assert_eq!(values("before the 1967 Arab-Israeli war."), ["1967"]);
        // The name's own words in capitals, a verb or a preposition after them, a sentence's
        // end: a name.
        assert!(values("the 1923 and 1926 Imperial Conferences decided that").is_empty());
        assert!(values("the 1988 Matignon Accords grant autonomy").is_empty());
        assert!(values("the 1988 UN Convention against Illicit Traffic").is_empty());
        assert!(values("Following is Brazil's 2004-2005 INCSR. As requested").is_empty());
        assert!(values("Text of Dominican Republic draft 2002-2003 INCSR follows.").is_empty());
        assert!(values("The 1999 INCSR figures were revised").is_empty());
    }

    #[test]
    fn years_that_name_things_are_not_dates() {
        assert!(values("a party to the 1988 UN Convention.").is_empty());
        assert!(values("added to the 1996 \"majors list\" as").is_empty());
        assert!(values("US$420,000 in its 1999 budget for").is_empty());
        assert!(values("to tighten its 1996 money-laundering law").is_empty());
        assert!(values("A 2012 memorandum of understanding (MOU) between").is_empty());
        assert!(values("the Foreign Assistance Act of 1961, as amended").is_empty());
        assert!(values("a party to the 1961, 1971, and 1988 UN Drug Conventions").is_empty());
        assert!(values("the 1995 bilateral U.S.-Brazil counternarcotics agreement").is_empty());
        assert!(values("Following is Brazil's 2004-2005 INCSR.").is_empty());
        assert!(
            values("posed in the 2007-2008 International Narcotics Control Strategy Report")
                .is_empty()
        );
        assert!(
            values(
                "the UN Convention against Illicit Traffic in Narcotic Drugs and Psychotropic \
                 Substances of 1988. The Law on Trafficking in Narcotic Drugs of 1997 stands."
            )
            .is_empty()
        );
        assert!(values("THE SINGLE CONVENTION ON NARCOTIC DRUGS OF 1961").is_empty());
        // (Review 31: the 2012 INCSR's "Legislative Basis".)
        assert!(
            values(
                "section 591 of the Related Programs Appropriations Act, 2002, and section 706 \
                 of the Foreign Relations Authorization Act, Fiscal Year 2003."
            )
            .is_empty()
        );
        assert_eq!(
            values("International Narcotics Control Strategy Report, 1997"),
            ["1997"]
        );
        assert_eq!(values("the 1995 seizures under the law"), ["1995"]);
        assert_eq!(
            values("the drug strategy for 1994-1997 is under review"),
            ["1994/1997"]
        );
        assert_eq!(values("the 2004-2005 Afghan growing season"), ["2004/2005"]);
        assert_eq!(values("In October of 1996, the SRV acted."), ["1996-10"]);
        assert!(
            values("ratified the UN Convention on Psychotropic Substances of 1971.").is_empty()
        );
        assert_eq!(
            values("It joined the Convention in March of 1995."),
            ["1995-03"]
        );
        assert_eq!(values("Seizures in the spring of 1995 rose."), ["1995"]);
        assert_eq!(
            values("The Government adopted the National Drug Strategy in the Second Half of 2003."),
            ["2003"]
        );
        assert_eq!(
            values("THE GOVERNMENT APPROVED THE NATIONAL DRUG CONTROL PLAN AT THE END OF 2004."),
            ["2004"]
        );
        assert_eq!(
            values("the act of 1961 and the Trade Act of 1974"),
            ["1961"]
        );
        assert_eq!(values("the 1998 opening of a new road"), vec!["1998"]);
        assert_eq!(values("in 1995 Kazakstan adopted"), vec!["1995"]);
        assert_eq!(values("in several 1997 cases by"), vec!["1997"]);
        assert!(values("a party to the 1961 and 1971 UN Conventions").is_empty());
        assert_eq!(
            values("according to tradition, in 1191, following"),
            vec!["1191"]
        );
        assert_eq!(values("signed by end-1996."), vec!["1996"]);
        assert_eq!(
            values("During January-June 1996 more"),
            vec!["1996-01/1996-06"]
        );
        // (Review 33: a VOA editorial names the report without its article.)
        assert!(
            values("announced the release of 2022 International Narcotics Control Strategy")
                .is_empty()
        );
        assert_eq!(
            values("In 2022 International donors gave more."),
            vec!["2022"]
        );
    }

    #[test]
    fn a_clause_after_a_time_word_is_no_name_and_a_law_cited_by_number_or_year_is() {
        // (Review 42: a subject and its verb after the year, legislation among their words.)
        assert_eq!(
            values(
                "In 1998 Lebanon's Parliament passed anti-narcotics legislation. During 1996 \
                 Nigeria's government drafted legislation. In 1996 Pakistan passed legislation."
            ),
            ["1998", "1996", "1996"]
        );
        // (Reviews 42 and 43: laws cited by number and year, or by name and year.)
        assert!(
            values(
                "by Decree No. 48 of 1989. Decree 33 of 1990 allows it. Law 1008 of 1988 \
                 permits it. Law 1743 set penalties. the Anti-Narcotics Force Act 1997, the \
                 Misuse of Drugs Act (1973), its Eighth National Plan (1997-2001), the Fiscal \
                 Year 1998 Letter of Agreement"
            )
            .is_empty()
        );
        // (A year after a number that names no law is a date: "seized 33 kg in 1990".)
        assert_eq!(values("the figure of 33 of 1990 cases"), ["1990"]);
    }

    #[test]
    fn short_month_names_with_their_full_stops_and_parts_of_months_are_months() {
        assert_eq!(
            values("In Sept. 1996 police acted. On Oct. 12, 1996, customs seized it."),
            ["1996-09", "1996-10-12"]
        );
        assert_eq!(
            values("In mid-March 1997 police raided labs destroyed in Jan.-Oct. 2000."),
            ["1997-03", "2000-01/2000-10"]
        );
    }
}
