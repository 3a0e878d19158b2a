//! Finding figures in a run of tokens: the number (digits or words, with its scale), a range,
//! the qualifier before it, the currency, the unit and a per-year rate after it.
//!
//! What it measures is decided afterwards, in [`super::measures`], once all the figures of a
//! paragraph are known.

use super::lexicon;
use super::numbers::{
    fraction_word, is_currency_only_scale, may_be_figure_word, multiple_of_what_follows,
    multiplier_word, number_and_a_half, number_words, parse_digits, scale_word, small_number_word,
};
use super::tokens::{Token, TokenKind};
use super::units::{currency_before, is_time_unit, per_unit_after, per_year_after, unit_after};
use crate::document::StatKind;
use std::borrow::Cow;
use std::ops::Range;

/// A figure before its measure is known.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    /// Tokens from the qualifier (or "between") to the end of the unit or rate.
    pub tokens: Range<usize>,
    /// Where the value itself starts (after qualifier and currency).
    pub value_start: usize,
    /// Where to look for "of <what it measures>": just past the unit, or past the number for counts.
    pub after: usize,
    pub kind: StatKind,
    pub value: f64,
    pub value_max: Option<f64>,
    pub unit: Cow<'static, str>,
    pub qualifier: &'static str,
    /// For ratios like "one out of every 14 citizens": the noun phrase follows directly.
    pub noun_follows: bool,
}

/// Qualifier phrases before a figure, longest first, with their canonical form.
const QUALIFIERS: &[(&[&str], &str)] = &[
    (&["in", "excess", "of"], "over"),
    (&["more", "than"], "over"),
    (&["greater", "than"], "over"),
    (&["upwards", "of"], "over"),
    (&["just", "over"], "over"),
    (&["well", "over"], "over"),
    (&["over"], "over"),
    (&["above"], "over"),
    (&["exceeding"], "over"),
    (&["at", "least"], "at least"),
    (&["no", "less", "than"], "at least"),
    (&["no", "fewer", "than"], "at least"),
    (&["not", "less", "than"], "at least"),
    (&["a", "minimum", "of"], "at least"),
    (&["as", "many", "as"], "up to"),
    (&["as", "much", "as"], "up to"),
    (&["as", "high", "as"], "up to"),
    (&["as", "large", "as"], "up to"),
    (&["up", "to"], "up to"),
    (&["no", "more", "than"], "at most"),
    (&["not", "more", "than"], "at most"),
    (&["a", "maximum", "of"], "at most"),
    (&["at", "most"], "at most"),
    // (Named as the labelled chapters name it: "less than 500 kilograms" is "under".)
    (&["less", "than"], "under"),
    (&["fewer", "than"], "under"),
    (&["below"], "under"),
    (&["under"], "under"),
    (&["just", "under"], "nearly"),
    (&["close", "to"], "nearly"),
    (&["nearly"], "nearly"),
    (&["almost"], "nearly"),
    (&["approximately"], "approximately"),
    (&["approx", "."], "approximately"),
    (&["about"], "approximately"),
    (&["around"], "approximately"),
    (&["roughly"], "approximately"),
    (&["some"], "approximately"),
    (&["circa"], "approximately"),
    (&["ca", "."], "approximately"),
    (&["an", "estimated"], ""),
    (&["estimated"], ""),
];

/// Words after "N times" that make it a multiple ("ten times larger"), not a frequency.
const COMPARATIVES: &[&str] = &[
    "as", "the", "that", "more", "higher", "larger", "greater", "bigger", "less", "lower",
    "smaller", "fewer", "over", "above", "faster", "longer", "what", "than",
];

/// The qualifier ending just before token `start`: its canonical form and first token.
fn qualifier_before(tokens: &[Token], start: usize) -> Option<(&'static str, usize)> {
    // Every qualifier ends with the word just before the figure: most figures are ruled out
    // by that one comparison.
    let previous = start.checked_sub(1).and_then(|p| tokens.get(p))?;
    if !ends_a_qualifier(previous.text) {
        return None;
    }
    let ends_here = |words: &&[&str]| {
        words
            .last()
            .is_some_and(|w| previous.text.eq_ignore_ascii_case(w))
    };
    // The longest phrase wins: "no more than" is not "more than", "just under" not "under".
    let longest_first = (1..=3).rev().flat_map(|n| {
        QUALIFIERS
            .iter()
            .filter(move |(w, _)| w.len() == n && ends_here(w))
    });
    for (words, canonical) in longest_first {
        let n = words.len();
        if start < n {
            continue;
        }
        let first = start - n;
        let matches = words.iter().enumerate().all(|(k, w)| {
            let t = &tokens[first + k];
            t.text.eq_ignore_ascii_case(w)
        });
        if matches {
            return Some((canonical, first));
        }
    }
    None
}

/// The last words of the [`QUALIFIERS`] (a test keeps the two lists in step).
const QUALIFIER_ENDS: &[&str] = &[
    "of",
    "than",
    "over",
    "above",
    "exceeding",
    "least",
    "as",
    "to",
    "most",
    "below",
    "under",
    "nearly",
    "almost",
    "approximately",
    ".",
    "about",
    "around",
    "roughly",
    "some",
    "circa",
    "estimated",
];

/// Whether `word` is the last word of one of the [`QUALIFIERS`]: asked before each figure,
/// and answered by one look-up rather than a pass over the phrases.
fn ends_a_qualifier(word: &str) -> bool {
    static ENDS: lexicon::WordSet = lexicon::WordSet::new(QUALIFIER_ENDS);
    ENDS.contains(word)
}

/// A number at `i`: its value, the index past it (and its scale word), whether it was written
/// in words, and whether it looks like a year.
struct NumberAt {
    value: f64,
    end: usize,
    in_words: bool,
    year_like: bool,
    /// The number had a scale word ("million") or thousands grouping.
    scaled: bool,
    grouped: bool,
}

fn number_at(
    tokens: &[Token],
    i: usize,
    decimal_comma: bool,
    has_currency: bool,
) -> Option<NumberAt> {
    let token = tokens.get(i)?;
    match token.kind {
        TokenKind::Number => {
            let mut value = parse_digits(token.text, decimal_comma)?;
            let grouped = value >= 1000.0 && token.text.contains([',', ' ', '\u{a0}', '\u{202f}']);
            let year_like = (token.text.len() == 4
                && token.text.bytes().all(|b| b.is_ascii_digit())
                && (1500.0..=2100.0).contains(&value))
                // "fiscal '95": a year cut to its last two digits.
                || (token.text.len() == 2
                    && !token.space_before
                    && i >= 1
                    && matches!(tokens[i - 1].text, "'" | "’")
                    && token.text.bytes().all(|b| b.is_ascii_digit()));
            let mut end = i + 1;
            let mut scaled = false;
            if let Some(next) = tokens.get(end)
                && next.kind == TokenKind::Word
                && let Some(scale) = scale_word(next.text)
                && (!is_currency_only_scale(next.text) || (has_currency && !next.space_before))
            {
                value *= scale;
                end += 1;
                scaled = true;
            }
            Some(NumberAt {
                value,
                end,
                in_words: false,
                year_like: year_like && !scaled,
                scaled,
                grouped,
            })
        }
        TokenKind::Word => {
            // Most words are not numbers: answer that before collecting anything.
            let numeric_piece = |p: &str| {
                small_number_word(p).is_some()
                    || p.eq_ignore_ascii_case("hundred")
                    || (scale_word(p).is_some_and(|s| s >= 1e3) && !is_currency_only_scale(p))
            };
            // "half a million tons": half of the scale after the article.
            if token.text.eq_ignore_ascii_case("half") && a_before_scale(tokens, i + 1) {
                let scale = if tokens[i + 2].is_word("dozen") {
                    12.0
                } else {
                    scale_word(tokens[i + 2].text).unwrap_or(100.0)
                };
                return Some(NumberAt {
                    value: scale / 2.0,
                    end: i + 3,
                    in_words: true,
                    year_like: false,
                    scaled: true,
                    grouped: false,
                });
            }
            // "half a ton of hashish": half of the unit after the article.
            if token.text.eq_ignore_ascii_case("half")
                && tokens.get(i + 1).is_some_and(|t| t.is_word("a"))
                && super::units::unit_after(tokens, i + 2).is_some()
            {
                return Some(NumberAt {
                    value: 0.5,
                    end: i + 2,
                    in_words: true,
                    year_like: false,
                    scaled: false,
                    grouped: false,
                });
            }
            // "a thousand tons": the article counts one of the scale after it.
            let article = a_before_scale(tokens, i) && !(i > 0 && tokens[i - 1].is_word("half"));
            if !article && !token.text.split('-').all(numeric_piece) {
                // "two-and-a-half percent": a number in words and its half, one hyphened word.
                const HALF: &str = "-and-a-half";
                let cut = token.text.len().saturating_sub(HALF.len());
                // (Told by its end first: most words are no number.)
                if !token
                    .text
                    .get(cut..)
                    .is_some_and(|h| h.eq_ignore_ascii_case(HALF))
                {
                    return None;
                }
                let pieces: Vec<&str> = token.text.split('-').collect();
                let value = number_and_a_half(&pieces)?;
                // "two-and-a-half million addicts": its scale after it.
                let scale = tokens
                    .get(i + 1)
                    .filter(|t| t.kind == TokenKind::Word && !is_currency_only_scale(t.text))
                    .and_then(|t| scale_word(t.text))
                    .filter(|&scale| scale >= 1e3);
                return Some(NumberAt {
                    value: value * scale.unwrap_or(1.0),
                    end: i + 1 + usize::from(scale.is_some()),
                    in_words: true,
                    year_like: false,
                    scaled: scale.is_some(),
                    grouped: false,
                });
            }
            // "one hundred twenty", "thirty-one", "one billion". A number in words is a few
            // words long: the run is capped, so "one one one …" costs no more than it reads.
            const MAX_NUMBER_WORDS: usize = 8;
            let mut parts: Vec<&str> = Vec::new();
            let mut end = i;
            while let Some(t) = tokens.get(end) {
                if t.kind != TokenKind::Word || end - i >= MAX_NUMBER_WORDS {
                    break;
                }
                if article && end == i {
                    parts.push("one");
                    end += 1;
                    continue;
                }
                let all_numeric = t.text.split('-').all(numeric_piece);
                // "one hundred and twenty", but never "days one and four".
                let joiner = t.text.eq_ignore_ascii_case("and")
                    && parts.last().is_some_and(|p| {
                        p.eq_ignore_ascii_case("hundred") || scale_word(p).is_some_and(|s| s >= 1e3)
                    });
                if !(all_numeric || joiner) {
                    break;
                }
                parts.extend(t.text.split('-'));
                end += 1;
            }
            // A trailing "and" belongs to the sentence, not the number.
            while end > i && tokens[end - 1].text.eq_ignore_ascii_case("and") {
                end -= 1;
                parts.pop();
            }
            if end == i {
                return None;
            }
            let mut value = number_words(&parts)?;
            let mut scaled = parts
                .iter()
                .any(|p| scale_word(p).is_some_and(|s| s >= 1e3));
            // "two and a half tons", "one and a half million": the half after a count, and
            // the scale after the half.
            let word_at = |k: usize, word: &str| tokens.get(k).is_some_and(|t| t.is_word(word));
            let and_a_half =
                word_at(end, "and") && word_at(end + 1, "a") && word_at(end + 2, "half");
            // ("a million and a half": half the scale more.)
            if and_a_half && scaled && parts.len() == 2 && parts[0] == "one" {
                value *= 1.5;
                end += 3;
            } else if and_a_half && !scaled {
                value += 0.5;
                end += 3;
                if let Some(scale) = tokens
                    .get(end)
                    .filter(|t| t.kind == TokenKind::Word && !is_currency_only_scale(t.text))
                    .and_then(|t| scale_word(t.text))
                    .filter(|&scale| scale >= 1e3)
                {
                    value *= scale;
                    end += 1;
                    scaled = true;
                }
            }
            // "a dozen labs", "two dozen arrests": dozens of the count.
            if word_at(end, "dozen") {
                value *= 12.0;
                end += 1;
            }
            Some(NumberAt {
                value,
                end,
                in_words: true,
                year_like: false,
                scaled,
                grouped: false,
            })
        }
        TokenKind::Punct => None,
    }
}

/// Finds every figure in `tokens`. `skip[i]` marks tokens already read as dates.
/// `english`: numbers written in words are read ("six tons") only in English text, where
/// "ten" is not a pronoun (Polish) and "one" not an article.
pub fn find(tokens: &[Token], skip: &[bool], decimal_comma: bool, english: bool) -> Vec<Figure> {
    let mut figures = Vec::new();
    find_into(tokens, skip, decimal_comma, english, &mut figures);
    figures
}

/// [`find`] into `figures`, emptied first: a document's runs reuse one list.
pub fn find_into(
    tokens: &[Token],
    skip: &[bool],
    decimal_comma: bool,
    english: bool,
    figures: &mut Vec<Figure>,
) {
    figures.clear();
    let mut i = 0;
    while i < tokens.len() {
        if skip.get(i).copied().unwrap_or(false) {
            i += 1;
            continue;
        }
        let token = &tokens[i];
        let candidate = token.kind == TokenKind::Number
            || (english
                && token.kind == TokenKind::Word
                && (may_start_figure(token) || a_before_scale(tokens, i)));
        if !candidate {
            i += 1;
            continue;
        }
        // Read once, asked twice: as the start of a ratio, then as a figure of its own.
        let number = number_at(tokens, i, decimal_comma, false);
        let found = special_at(tokens, i, decimal_comma, number.as_ref())
            .or_else(|| figure_at(tokens, i, skip, decimal_comma, number));
        match found {
            Some(figure) if is_chemical_locant(tokens, &figure) => {
                i = figure.tokens.end.max(i + 1);
            }
            Some(mut figure) => {
                with_sign(tokens, &mut figure);
                dollar_named_after(tokens, &mut figure);
                qualifier_after(tokens, &mut figure);
                i = figure.tokens.end.max(i + 1);
                if let Some(from) = figures.last_mut() {
                    share_unit_back(tokens, from, &figure);
                    share_unit_forward(tokens, from, &mut figure);
                    share_rate_forward(tokens, from, &mut figure);
                }
                share_unit_over_list(tokens, figures, &figure);
                figures.push(figure);
            }
            None => i += 1,
        }
    }
}

/// "MDMA or 3-4 methylenedioxymethamphetamine", "2,5-dimethoxy…": the numbers that place a
/// chemical's groups, not a count.
fn is_chemical_locant(tokens: &[Token], figure: &Figure) -> bool {
    // (A chemical's systematic name, not a drug's common one: "3-4 methamphetamine labs" is a
    // count.)
    figure.kind == StatKind::Count
        && figure.value_max.is_some()
        && figure.value < 10.0
        && tokens.get(figure.tokens.end).is_some_and(|t| {
            t.kind == TokenKind::Word
                && t.text.len() > 10
                && super::numbers::lowered(t.text, |w| {
                    ["ethyl", "phenyl", "methoxy", "propyl"]
                        .iter()
                        .any(|part| w.contains(part))
                })
        })
}

/// "20 or more clandestine laboratory seizures", "15 kg or less": a qualifier written after
/// the figure.
fn qualifier_after(tokens: &[Token], figure: &mut Figure) {
    let end = figure.tokens.end;
    if !figure.qualifier.is_empty()
        || figure.value_max.is_some()
        || figure.after != end
        || !tokens.get(end).is_some_and(|t| t.is_word("or"))
    {
        return;
    }
    let Some(next) = tokens.get(end + 1) else {
        return;
    };
    let qualifier = if ["more", "greater", "higher", "above"]
        .iter()
        .any(|w| next.is_word(w))
    {
        "at least"
    } else if ["less", "fewer", "below"].iter().any(|w| next.is_word(w)) {
        "at most"
    } else {
        return;
    };
    // ("20 or more than 30": a second figure, compared.)
    if tokens
        .get(end + 2)
        .is_some_and(|t| t.is_word("than") || t.kind == TokenKind::Number)
    {
        return;
    }
    figure.qualifier = qualifier;
    figure.tokens.end = end + 2;
    figure.after = end + 2;
}

/// "$1.27 Australian", "$500 Canadian": a bare dollar sign whose country is named after the
/// amount.
fn dollar_named_after(tokens: &[Token], figure: &mut Figure) {
    if figure.unit != "USD"
        || tokens
            .get(figure.tokens.start)
            .is_none_or(|t| t.text != "$")
    {
        return;
    }
    let Some(next) = tokens.get(figure.tokens.end) else {
        return;
    };
    let code = [
        ("Australian", "AUD"),
        ("Canadian", "CAD"),
        ("Jamaican", "JMD"),
        ("Bahamian", "BSD"),
        ("Belizean", "BZD"),
        ("Guyanese", "GYD"),
        ("Singaporean", "SGD"),
        ("Taiwanese", "TWD"),
    ]
    .iter()
    .find(|(name, _)| next.text == *name)
    .map(|(_, code)| *code);
    // (Not "$5 Australian dollars": the adjective then heads the unit's own words.)
    let before_dollars = tokens
        .get(figure.tokens.end + 1)
        .is_some_and(|t| t.is_word("dollars") || t.is_word("dollar"));
    if let Some(code) = code
        && !before_dollars
    {
        figure.unit = Cow::Borrowed(code);
        figure.tokens.end += 1;
    }
}

/// "from 167,000 to 119,000 hectares": the first figure of a change is in the unit of the
/// second.
fn share_unit_back(tokens: &[Token], from: &mut Figure, to: &Figure) {
    let unitless = from.kind == StatKind::Count && from.unit.is_empty();
    let joined = from.tokens.end + 1 == to.tokens.start
        && tokens[from.tokens.end].is_word("to")
        && from
            .tokens
            .start
            .checked_sub(1)
            .is_some_and(|k| tokens[k].is_word("from"));
    if unitless && joined && to.kind != StatKind::Count && to.qualifier.is_empty() {
        from.kind = to.kind;
        from.unit = to.unit.clone();
    }
}

/// "rose 20 and 15 percent", "10, 12 and 14 metric tons": bare numbers listed right before an
/// amount are in its unit. (Not money, whose scale may be the last number's alone: "5 and 10
/// million dollars".)
fn share_unit_over_list(tokens: &[Token], figures: &mut [Figure], to: &Figure) {
    // (Told first by the figure before: most are no bare count.)
    let after_a_count = figures
        .last()
        .is_some_and(|from| from.kind == StatKind::Count && from.unit.is_empty());
    let says_a_scale = |figure: &Figure| {
        tokens[figure.tokens.clone()]
            .iter()
            .any(|t| t.kind == TokenKind::Word && scale_word(t.text).is_some())
    };
    if !after_a_count
        || !matches!(to.kind, StatKind::Quantity | StatKind::Percent)
        || says_a_scale(to)
    {
        return;
    }
    let mut next_start = to.tokens.start;
    for from in figures.iter_mut().rev() {
        // ("membership over 80 million or about 65%": the same told again, in another unit.)
        let unitless = from.kind == StatKind::Count
            && from.unit.is_empty()
            && !(to.kind == StatKind::Percent && from.value > 100.0)
            && !says_a_scale(from);
        let joining = |t: &Token| t.is_word("and") || t.is_word("or");
        let joined = match tokens.get(from.tokens.end..next_start).unwrap_or_default() {
            [mark] => mark.text == "," || joining(mark),
            [comma, word] => comma.text == "," && joining(word),
            _ => false,
        };
        if !(unitless && joined && from.after == from.tokens.end) {
            break;
        }
        from.kind = to.kind;
        from.unit = to.unit.clone();
        next_start = from.tokens.start;
    }
}

/// "compared to (just) ten", "up from eight", "versus three": the number at `at` is set against
/// one told before it, past a word that stresses it.
fn compared_before(tokens: &[Token], at: usize) -> bool {
    let mut k = at;
    if k > 0
        && ["just", "only", "some", "about", "around"]
            .iter()
            .any(|w| tokens[k - 1].is_word(w))
    {
        k -= 1;
    }
    set_against(tokens, k)
}

/// "from 2,000 pesos per gram in 2006 to 5,000 pesos in 2007": a change's second amount, or a
/// list's, is at the rate of its first, which the writer did not repeat.
fn share_rate_forward(tokens: &[Token], from: &Figure, to: &mut Figure) {
    let Some((base, _)) = from.unit.split_once('/') else {
        return;
    };
    if to.kind != from.kind || to.unit != base || to.tokens.start < from.tokens.end {
        return;
    }
    let between = &tokens[from.tokens.end..to.tokens.start];
    let changed = from
        .tokens
        .start
        .checked_sub(1)
        .is_some_and(|k| tokens[k].is_word("from"))
        && (1..=6).contains(&between.len())
        && between.last().is_some_and(|t| t.is_word("to"))
        && !between[..between.len() - 1].iter().any(|t| {
            t.is_word("to") || t.is_word("from") || matches!(t.text, "." | "," | ";" | ":")
        });
    // "between 75 and 80 metric tons per year of heroin and between 30 and 35 metric tons of
    // opium": a list of amounts of one kind, each of its own drug.
    let listed = match between {
        [of, words @ .., and] => {
            of.is_word("of")
                && and.is_word("and")
                && (1..=3).contains(&words.len())
                && words
                    .iter()
                    .all(|t| t.kind == TokenKind::Word && !lexicon::breaks_phrase(t.text))
        }
        _ => false,
    };
    if changed || listed {
        to.unit = from.unit.clone();
    }
}

/// "compared to", "in comparison with", "versus", "up from" right before `at`.
fn set_against(tokens: &[Token], at: usize) -> bool {
    let is = |back: usize, words: &[&str]| {
        at >= back && words.iter().any(|w| tokens[at - back].is_word(w))
    };
    (is(1, &["to", "with"]) && is(2, &["compared", "comparison"]))
        || is(1, &["versus", "vs"])
        || (is(1, &["from"]) && is(2, &["up", "down"]))
}

/// "68 kilos seized in 2004 compared to 146 in 2003", "840 kilograms of cocaine, 636 of which
/// was …": a bare number compared with an amount just before it, or a part of it, is in its
/// unit.
fn share_unit_forward(tokens: &[Token], from: &Figure, to: &mut Figure) {
    if to.kind != StatKind::Count
        || !to.unit.is_empty()
        || from.unit.is_empty()
        || !matches!(
            from.kind,
            StatKind::Quantity | StatKind::Money | StatKind::Percent
        )
        || to.tokens.start < from.tokens.end
        || to.tokens.start - from.tokens.end > 10
    {
        return;
    }
    let between = &tokens[from.tokens.end..to.tokens.start];
    if between.iter().any(|t| matches!(t.text, "." | ";" | ":")) {
        return;
    }
    let word_before = |back: usize| {
        to.tokens
            .start
            .checked_sub(back)
            .and_then(|k| tokens.get(k))
            .map_or("", |t| t.text)
    };
    let is = |back: usize, words: &[&str]| {
        words
            .iter()
            .any(|w| word_before(back).eq_ignore_ascii_case(w))
    };
    let compared = set_against(tokens, to.tokens.start)
        // "from 100 metric tons to 115", "from 12 kg in 2003 to 9 in 2004": a change's second
        // figure, in its first's unit (the mirror of [`share_unit_back`]).
        || (is(1, &["to"])
            && from
                .tokens
                .start
                .checked_sub(1)
                .is_some_and(|k| tokens[k].is_word("from"))
            && (1..=5).contains(&between.len())
            && !between[..between.len() - 1]
                .iter()
                .any(|t| t.is_word("to") || t.is_word("from")));
    // "5,600 hectares in 2005, 8,600 in 2006, and 12,000 in 2008": a list of amounts, a
    // year each, in the first's unit.
    let dated = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| ["in", "for", "during"].iter().any(|w| t.is_word(w)))
            && tokens
                .get(k + 1)
                .is_some_and(|t| super::dates::year_value(t).is_some())
    };
    // ("5,600 hectares of marijuana in 2005, 8,600 in 2006": what the first is of, between.)
    let of_what = match between {
        [of, rest @ ..] if of.is_word("of") => {
            let words = rest
                .iter()
                .take_while(|t| t.kind == TokenKind::Word && !lexicon::breaks_phrase(t.text))
                .count();
            if (1..=3).contains(&words) {
                1 + words
            } else {
                0
            }
        }
        _ => 0,
    };
    let joined = match between.get(of_what + 2..).unwrap_or_default() {
        [mark] => mark.text == "," || mark.is_word("and"),
        [comma, and] => comma.text == "," && and.is_word("and"),
        _ => false,
    };
    let listed = joined && dated(from.tokens.end + of_what) && dated(to.tokens.end);
    let compared = compared || listed;
    // A share is compared with a share ("3.2 percent, up from 2.8"), not a change in percent
    // with a level ("increased 20 percent, up from 540").
    if from.kind == StatKind::Percent {
        let changed = from.tokens.start.checked_sub(1).is_some_and(|k| {
            tokens[k].is_word("by")
                || (tokens[k].kind == TokenKind::Word && lexicon::is_change_verb(tokens[k].text))
        });
        if changed || to.value > 100.0 {
            return;
        }
    }
    let after = tokens.get(to.tokens.end);
    // A part of the amount itself: "of which" right after its noun ("840 kilograms of
    // cocaine, 636 of which"), not after a noun of another count ("… in maritime shipments,
    // 12 of which").
    // (Not of a share: "45 percent of prosecutions, 60 of which" counts prosecutions.)
    let part = from.kind != StatKind::Percent
        && after.is_some_and(|t| t.is_word("of"))
        && tokens
            .get(to.tokens.end + 1)
            .is_some_and(|t| t.is_word("which"))
        && match between {
            [of, noun @ .., comma] => {
                of.is_word("of")
                    && comma.text == ","
                    && (1..=3).contains(&noun.len())
                    && noun
                        .iter()
                        .all(|t| t.kind == TokenKind::Word && !lexicon::breaks_phrase(t.text))
                    // A part of a mass ("… of cocaine, 636 of which", "… of narcotics, 636 of
                    // which"); "… of marijuana plants, 300 of which" counts plants.
                    && !noun.last().is_some_and(|t| {
                        [
                            "plants", "tablets", "pills", "doses", "shipments", "seizures",
                            "containers", "packages", "bags", "bricks", "units", "vessels",
                            "boats", "vehicles", "cases", "laboratories", "labs",
                        ]
                        .iter()
                        .any(|w| t.is_word(w))
                    })
            }
            _ => false,
        };
    // What follows says the number stands alone: "146 in 2003", "146.", not "146 seizures".
    let alone = after.is_none_or(|t| {
        t.kind != TokenKind::Word
            || [
                "in", "during", "for", "last", "the", "and", "a", "at", "on", "of",
            ]
            .iter()
            .any(|w| t.is_word(w))
    });
    if (compared && alone) || part {
        to.kind = from.kind;
        to.unit = from.unit.clone();
        // "USD 2 million compared to 1.5": the scale of the amount too.
        // (A scale written out: the "m" of "2 m" is metres.)
        let scale_of = |t: &Token| {
            (t.kind == TokenKind::Word && t.text.len() >= 7)
                .then(|| super::numbers::scale_word(t.text))
                .flatten()
        };
        let scale = tokens[from.tokens.clone()].iter().find_map(scale_of);
        let scaled = tokens[to.tokens.clone()]
            .iter()
            .any(|t| scale_of(t).is_some());
        // Only a number of the amount's own order ("2 million … 1.5", not "3 billion …
        // 900"), and only in a comparison: a part is written whole.
        let same_order = |scale: f64| {
            let own = from.value / scale;
            to.value > own / 10.0 && to.value < own * 10.0
        };
        if let Some(scale) = scale
            && !scaled
        {
            if compared && same_order(scale) {
                to.value *= scale;
                to.value_max = to.value_max.map(|max| max * scale);
            } else if to.value < 1000.0 {
                // "USD 120 million, versus 9": of no telling scale, and so of no unit either.
                to.kind = StatKind::Count;
                to.unit = Cow::Borrowed("");
            }
        }
    }
}

/// "Annual growth rate: -9%": a minus sign set against the number, standing apart from what
/// comes before it (so never a range's or a date's hyphen), makes the figure negative.
fn with_sign(tokens: &[Token], figure: &mut Figure) {
    let at = figure.value_start;
    if figure.tokens.start != at || at == 0 || tokens[at].kind != TokenKind::Number {
        return;
    }
    let sign = &tokens[at - 1];
    let apart =
        at == 1 || sign.space_before || matches!(tokens[at - 2].text, ":" | "(" | "=" | ";");
    if matches!(sign.text, "-" | "\u{2212}") && !tokens[at].space_before && apart {
        figure.value = -figure.value;
        figure.value_max = figure.value_max.map(|max| -max);
        figure.tokens.start = at - 1;
        figure.value_start = at - 1;
    }
}

/// "seven more Financial Intelligence Units", "two fewer cases": at `k`, more (or fewer) of
/// some thing — not of a time or how often ("two more years", "three more times"), nor of a
/// unit ("300 more kilograms").
pub(super) fn more_of_things(tokens: &[Token], k: usize) -> bool {
    tokens
        .get(k)
        .is_some_and(|t| t.is_word("more") || t.is_word("fewer"))
        && tokens.get(k + 1).is_some_and(|t| {
            t.kind == TokenKind::Word
                && !t.is_word("than")
                && !lexicon::breaks_phrase(t.text)
                && !super::units::is_time_unit(t.text)
                && !t.is_word("time")
                && !t.is_word("times")
        })
        && unit_after(tokens, k + 1).is_none()
}

/// "three smaller islands", "two larger vessels": at `k`, a comparative that describes the
/// plural after it, not a comparison ("ten times larger", "five more than").
pub(super) fn comparative_then_plural(tokens: &[Token], k: usize) -> bool {
    tokens.get(k).is_some_and(|t| {
        t.kind == TokenKind::Word
            && ["smaller", "larger", "bigger", "older", "newer", "younger"]
                .iter()
                .any(|w| t.is_word(w))
    }) && tokens.get(k + 1).is_some_and(|t| {
        t.kind == TokenKind::Word
            && lexicon::looks_plural(t.text)
            && !lexicon::breaks_phrase(t.text)
            && !super::units::is_time_unit(t.text)
    })
}

/// "heroin seizures increased by more than four times", "grew 3.5 times": the figure at
/// `number` follows a verb of change, and so is how many times over, not how often.
fn after_a_change_verb(tokens: &[Token], number: usize) -> bool {
    let skippable = |t: &Token| {
        [
            "by", "more", "than", "over", "almost", "nearly", "about", "some", "roughly",
        ]
        .iter()
        .any(|w| t.is_word(w))
    };
    let verb_at = (number.saturating_sub(4)..number)
        .rev()
        .take_while(|&k| k + 1 == number || skippable(&tokens[k + 1]))
        .find(|&k| !skippable(&tokens[k]));
    verb_at.is_some_and(|k| {
        tokens[k].kind == TokenKind::Word
            && super::numbers::lowered(tokens[k].text, |w| {
                lexicon::is_change_verb(w) || matches!(w, "increase" | "increases" | "grown")
            })
    })
}

/// "(905) 521-7870": at `i`, a telephone number's area code or the number itself.
fn dials_a_phone(tokens: &[Token], i: usize) -> bool {
    let digits = |k: usize, n: usize| {
        tokens.get(k).is_some_and(|t| {
            t.kind == TokenKind::Number
                && t.text.len() == n
                && t.text.bytes().all(|b| b.is_ascii_digit())
        })
    };
    let is = |k: usize, s: &str| tokens.get(k).is_some_and(|t| t.text == s);
    let glued = |k: usize| tokens.get(k).is_some_and(|t| !t.space_before);
    // (Not "(1) 500-1000 hectares": a number dialled is followed by no noun or unit.)
    let local = |k: usize| {
        digits(k, 3)
            && is(k + 1, "-")
            && glued(k + 1)
            && digits(k + 2, 4)
            && glued(k + 2)
            && tokens.get(k + 3).is_none_or(|t| {
                t.kind != TokenKind::Word
                    || (unit_after(tokens, k + 3).is_none() && !lexicon::looks_plural(t.text))
            })
    };
    let area_code = i >= 1 && is(i - 1, "(") && digits(i, 3) && is(i + 1, ")") && local(i + 2);
    // (After an area code in brackets: "(905) 521-7870", "(2) 732-2601".)
    let area_code_before =
        |k: usize| k >= 3 && is(k - 1, ")") && is(k - 3, "(") && (1..=4).any(|n| digits(k - 2, n));
    let number_at = |k: usize| area_code_before(k) && local(k);
    // "202-512-4800": an area code joined by a hyphen.
    let dashed = |k: usize| digits(k, 3) && is(k + 1, "-") && glued(k + 1) && local(k + 2);
    area_code
        || number_at(i)
        || (i >= 2 && number_at(i - 2))
        || dashed(i)
        || (i >= 2 && dashed(i - 2))
        || (i >= 4 && dashed(i - 4))
}

/// "Washington, DC 20008", "Media, PA 19063": at `i`, five digits after a state's two
/// capitals, a comma or a capitalised town's name before them.
fn is_postal_code(tokens: &[Token], i: usize) -> bool {
    const STATES: &[&str] = &[
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN",
        "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
        "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
        "VT", "VA", "WA", "WV", "WI", "WY", "PR",
    ];
    if tokens[i].text.len() != 5 || !tokens[i].text.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    // "Washington, D.C. 20548": the code written with its stops.
    let dotted_state = |k: usize| {
        let letters: String = tokens[k].text.chars().filter(|&c| c != '.').collect();
        tokens[k].text.contains('.') && STATES.contains(&letters.as_str())
    };
    if i >= 3 && tokens[i - 1].text == "." && !tokens[i - 1].space_before && dotted_state(i - 2) {
        return tokens[i - 3].text == "," || tokens[i - 3].starts_upper();
    }
    // (Not "Marijuana MT 45000", a table's unit: Montana's code is asked for its comma.)
    i >= 2
        && STATES.contains(&tokens[i - 1].text)
        && (tokens[i - 2].text == ","
            || (tokens[i - 1].text != "MT" && tokens[i - 2].starts_upper()))
}

/// "110 King St. W.", "1290 Central Parkway": the number before `end` is a building's on
/// its street.
fn numbers_a_street(tokens: &[Token], end: usize) -> bool {
    const STREET_WORDS: &[&str] = &[
        "St",
        "Street",
        "Ave",
        "Avenue",
        "Rd",
        "Road",
        "Blvd",
        "Boulevard",
        "Crt",
        "Dr",
        "Drive",
        "Lane",
        "Parkway",
        "Pkwy",
        "Highway",
        "Hwy",
    ];
    // A building's number has no thousands' comma ("1,200 National Highway Police officers").
    if end == 0 || tokens[end - 1].text.contains(',') {
        return false;
    }
    let quadrant = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| matches!(t.text, "NW" | "NE" | "SW" | "SE"))
    };
    // The street's word ends the name: a stop, a comma, the line's end or a compass point
    // follows ("Wyoming Avenue NW,"), not more of a name ("Drug Court participants").
    let ends_the_name = |k: usize| {
        quadrant(k + 1)
            || tokens.get(k + 1).is_none_or(|t| {
                t.kind == TokenKind::Punct
                    || matches!(
                        t.text,
                        "N" | "S" | "E" | "W" | "North" | "South" | "East" | "West"
                    )
            })
    };
    // ("3524 International Court NW": a court is a street's only with its compass point.)
    let court = |k: usize| tokens[k].text == "Court" && quadrant(k + 1);
    (end..tokens.len().min(end + 4))
        .take_while(|&k| {
            let t = &tokens[k];
            // (An ordinal's number too: "227 2nd St".)
            t.kind == TokenKind::Word
                && (t.starts_upper() || t.text.bytes().next().is_some_and(|b| b.is_ascii_digit()))
        })
        .skip(1)
        .any(|k| (STREET_WORDS.contains(&tokens[k].text) && ends_the_name(k)) || court(k))
}

/// "children aged 12 or 13", "ages 15 to 24", "under the age of 18": an age a group is
/// bounded by is, like a duration, no figure. "The average age of addicts is 25" is one, and
/// is left alone.
fn states_an_age(tokens: &[Token], i: usize) -> bool {
    // Every number is asked this: the words are told by their first letter before they are
    // compared.
    let initial = |k: usize| {
        tokens
            .get(k)
            .filter(|t| t.kind == TokenKind::Word)
            .and_then(|t| t.text.as_bytes().first())
            .map(|b| b | 0x20)
    };
    let word_at = |k: usize, word: &str| tokens.get(k).is_some_and(|t| t.is_word(word));
    // "12 or 13", "15 to 24", "18-25".
    let joins_two = |k: usize| {
        tokens.get(k).is_some_and(|t| matches!(t.text, "-" | "–"))
            || (matches!(initial(k), Some(b'o' | b't' | b'a'))
                && ["or", "to", "and"].iter().any(|w| word_at(k, w)))
    };
    // "13 and 14 year-olds": the age word after a second number. (One right after the figure,
    // "14-20 year-old group", [`finish`] has already turned away.)
    if joins_two(i + 1)
        && tokens
            .get(i + 2)
            .is_some_and(|t| t.kind == TokenKind::Number)
        && names_an_age(tokens, i + 3)
    {
        return true;
    }
    // "persons 12 and older", "those 65 or older".
    if matches!(initial(i + 1), Some(b'a' | b'o'))
        && (word_at(i + 1, "and") || word_at(i + 1, "or"))
        && (word_at(i + 2, "older") || word_at(i + 2, "younger"))
    {
        return true;
    }
    // "children under 15 were recruited", "adults over 65": a bound on the people counted.
    if i >= 2
        && matches!(initial(i - 1), Some(b'u' | b'o'))
        && (word_at(i - 1, "under") || word_at(i - 1, "over"))
        && [
            "children", "persons", "people", "minors", "youths", "adults", "girls", "boys",
            "women", "men",
        ]
        .iter()
        .any(|w| word_at(i - 2, w))
        && !tokens
            .get(i + 1)
            .is_some_and(|t| t.kind == TokenKind::Word && !lexicon::breaks_phrase(t.text))
    {
        return true;
    }
    let mut k = i;
    // The second age of two.
    if k >= 2 && joins_two(k - 1) && tokens[k - 2].kind == TokenKind::Number {
        k -= 2;
    }
    if k >= 1
        && matches!(initial(k - 1), Some(b'b' | b'f' | b'o' | b'u'))
        && ["between", "from", "of", "over", "under"]
            .iter()
            .any(|w| word_at(k - 1, w))
    {
        k -= 1;
    }
    // "aged", "ages", "age of".
    if k == 0 || initial(k - 1) != Some(b'a') {
        return false;
    }
    if word_at(k - 1, "aged") || word_at(k - 1, "ages") {
        return true;
    }
    // "the population over age 15": a bound of the group counted.
    if word_at(k - 1, "age")
        && k >= 2
        && ["over", "under", "above", "below"]
            .iter()
            .any(|w| word_at(k - 2, w))
    {
        return true;
    }
    word_at(k, "of")
        && word_at(k - 1, "age")
        && !(k >= 2
            && ["average", "mean", "median"]
                .iter()
                .any(|w| word_at(k - 2, w)))
}

/// Whether the words at `k` say the number before them is an age: "year-old(s)", "years
/// old", "age group".
fn names_an_age(tokens: &[Token], k: usize) -> bool {
    let Some(word) = tokens.get(k).filter(|t| {
        t.kind == TokenKind::Word
            && t.text
                .as_bytes()
                .first()
                .is_some_and(|b| matches!(b | 0x20, b'y' | b'a'))
    }) else {
        return false;
    };
    let is = |w: &str| word.text.eq_ignore_ascii_case(w);
    let next_is = |w: &str| tokens.get(k + 1).is_some_and(|t| t.is_word(w));
    ["year-old", "year-olds", "years-old", "age-group"]
        .iter()
        .any(|w| is(w))
        || ((is("years") || is("year")) && next_is("old"))
        || (is("age") && (next_is("group") || next_is("groups") || next_is("bracket")))
}

/// "U.S.C.", "CFR": the title of a code of laws, which a number before and after cites.
fn is_code_of_laws(word: &str) -> bool {
    matches!(word, "U.S.C" | "USC" | "C.F.R" | "CFR")
}

/// Can a figure start at this word? A cheap first look: number words, fractions, multiples.
/// "of 17 provinces" at `of`: some of a number of things, the figure before it counts too
/// ("about ten of 17 provinces").
pub fn some_of_a_number(tokens: &[Token], of: usize) -> bool {
    tokens.get(of).is_some_and(|t| t.is_word("of"))
        && tokens
            .get(of + 1)
            .is_some_and(|t| t.kind == TokenKind::Number)
        && tokens
            .get(of + 2)
            .is_some_and(|t| t.kind == TokenKind::Word && lexicon::looks_plural(t.text))
}

/// "a thousand", "A hundred": an article before a number's scale, which it counts once.
/// Makers whose aircraft go by a number ("Boeing 727", "King Air 200", "Antonov 26").
fn is_aircraft_maker(token: &Token) -> bool {
    const MAKERS: &[&str] = &[
        "Boeing",
        "Cessna",
        "Piper",
        "Beechcraft",
        "Learjet",
        "Lear",
        "Airbus",
        "Antonov",
        "Ilyushin",
        "Tupolev",
        "Yakovlev",
        "Caravelle",
        "Lockheed",
        "Sikorsky",
        "Bell",
        "Air",
        "Embraer",
        "Fokker",
        "Gulfstream",
        "Convair",
    ];
    token.kind == TokenKind::Word && MAKERS.contains(&token.text)
}

/// "a thousand", "a dozen": an article before a scale. (`i` may be past the run's end: "fell
/// by half" ends a line.)
fn a_before_scale(tokens: &[Token], i: usize) -> bool {
    tokens
        .get(i)
        .is_some_and(|t| matches!(t.text.as_bytes(), [b'a' | b'A']))
        && tokens.get(i + 1).is_some_and(|next| {
            next.kind == TokenKind::Word
                && (next.text.eq_ignore_ascii_case("hundred")
                    || next.text.eq_ignore_ascii_case("thousand")
                    || next.text.eq_ignore_ascii_case("million")
                    || next.text.eq_ignore_ascii_case("billion")
                    || next.text.eq_ignore_ascii_case("dozen"))
        })
}

fn may_start_figure(token: &Token) -> bool {
    let word = token.text;
    // The part before a hyphen ("thirty" of "thirty-one"); a hyphen is ASCII, so a boundary.
    let first = if token.hyphenated {
        word.split_once('-').map_or(word, |(first, _)| first)
    } else {
        word
    };
    // A hyphenated word is none of the fractions and multiples, which hold no hyphen.
    may_be_figure_word(first)
        && (small_number_word(first).is_some()
            || fraction_word(word).is_some()
            || multiplier_word(word).is_some()
            || multiple_of_what_follows(word).is_some())
}

fn with_qualifier(tokens: &[Token], start: usize) -> (&'static str, usize) {
    qualifier_before(tokens, start).unwrap_or(("", start))
}

/// A figure written as a single word or a word run ending at `end` ("ten-times", "doubled",
/// "two-thirds"), its value starting at `value_start`, with the qualifier before it.
fn word_figure(
    tokens: &[Token],
    value_start: usize,
    end: usize,
    kind: StatKind,
    value: f64,
    unit: &'static str,
) -> Figure {
    let (qualifier, start) = with_qualifier(tokens, value_start);
    Figure {
        tokens: start..end,
        value_start,
        after: end,
        kind,
        value,
        value_max: None,
        unit: Cow::Borrowed(unit),
        qualifier,
        noun_follows: false,
    }
}

/// Ratios, fractions and multiples written in words.
/// `number`: the number at `i`, read with no currency before it.
fn special_at(
    tokens: &[Token],
    i: usize,
    decimal_comma: bool,
    number: Option<&NumberAt>,
) -> Option<Figure> {
    let token = tokens.get(i)?;
    if token.kind != TokenKind::Word && token.kind != TokenKind::Number {
        return None;
    }
    let next_word = |k: usize| tokens.get(k).map(|t| t.text).unwrap_or("");
    // "one out of every 14", "one in five", "three out of four"
    if let Some(first) = number
        && !first.year_like
        && first.value > 0.0
    {
        let mut j = first.end;
        let mut matched = false;
        if next_word(j).eq_ignore_ascii_case("out") && next_word(j + 1).eq_ignore_ascii_case("of") {
            j += 2;
            if next_word(j).eq_ignore_ascii_case("every") {
                j += 1;
            }
            matched = true;
        } else if next_word(j).eq_ignore_ascii_case("in") && first.in_words && first.value <= 10.0 {
            j += 1;
            if next_word(j).eq_ignore_ascii_case("every") {
                j += 1;
            }
            matched = true;
        }
        if matched
            && let Some(second) = number_at(tokens, j, decimal_comma, false)
            && !second.year_like
            && second.value > first.value
        {
            let ratio = first.value / second.value;
            let figure = word_figure(tokens, i, second.end, StatKind::Ratio, ratio, "");
            return Some(Figure {
                noun_follows: true,
                ..figure
            });
        }
    }
    if token.kind != TokenKind::Word {
        return None;
    }
    let pieces: Vec<&str> = token.text.split('-').collect();
    // "ten-times", "two-fold", "two-thirds", "one-half"
    if pieces.len() >= 2 {
        let last = pieces[pieces.len() - 1];
        let head = &pieces[..pieces.len() - 1];
        // "two-and-a-half-fold": the half after the number.
        if let Some(n) = number_and_a_half(head).or_else(|| number_words(head)) {
            let (kind, value, unit) =
                if last.eq_ignore_ascii_case("times") || last.eq_ignore_ascii_case("fold") {
                    (StatKind::Ratio, n, "x")
                } else if let Some(f) = fraction_word(last) {
                    (StatKind::Ratio, n * f, "")
                } else if last.eq_ignore_ascii_case("percent") {
                    (StatKind::Percent, n, "%")
                } else {
                    return None;
                };
            return Some(word_figure(tokens, i, i + 1, kind, value, unit));
        }
    }
    // "doubled", "a tripling", "twofold"
    if let Some(m) = multiplier_word(token.text) {
        return Some(word_figure(tokens, i, i + 1, StatKind::Ratio, m, "x"));
    }
    // "nearly double the 1996 total", "triple the 1995 level": a multiple of what follows.
    // ("twice" only before a comparative, below.)
    if let Some(times) = multiple_of_what_follows(token.text)
        && !token.is_word("twice")
        && ["the", "that", "its", "their", "those", "this"]
            .iter()
            .any(|w| next_word(i + 1).eq_ignore_ascii_case(w))
    {
        return Some(word_figure(tokens, i, i + 1, StatKind::Ratio, times, "x"));
    }
    // "twice as many"
    if token.text.eq_ignore_ascii_case("twice")
        && COMPARATIVES
            .iter()
            .any(|c| next_word(i + 1).eq_ignore_ascii_case(c))
    {
        return Some(word_figure(tokens, i, i + 1, StatKind::Ratio, 2.0, "x"));
    }
    // "one third", "two thirds", "a third of", "the remaining third", "half of the students"
    if let Some(f) = fraction_word(token.text) {
        let numerator_before = i.checked_sub(1).and_then(|p| tokens.get(p)).and_then(|p| {
            if ["a", "remaining", "another"]
                .iter()
                .any(|w| p.text.eq_ignore_ascii_case(w))
            {
                Some((1.0, i - 1))
            } else {
                small_number_word(p.text).map(|n| (f64::from(n), i - 1))
            }
        });
        let after = next_word(i + 1);
        // "half of the students", not "half of 1995" or "half of the year".
        let of_a_year = tokens
            .get(i + 2)
            .is_some_and(|t| super::dates::year_value(t).is_some())
            || (next_word(i + 2).eq_ignore_ascii_case("the")
                && tokens.get(i + 3).is_some_and(|t| t.is_word("year")));
        let of_follows = after.eq_ignore_ascii_case("of") && !of_a_year;
        // "less than half the average production", not "half the year" nor "half the time".
        let half_the = token.text.eq_ignore_ascii_case("half")
            && ["the", "its", "their", "this", "that", "these", "those"]
                .iter()
                .any(|w| after.eq_ignore_ascii_case(w))
            && !tokens.get(i + 2).is_some_and(|t| {
                t.kind == TokenKind::Word && (is_time_unit(t.text) || t.is_word("time"))
            });
        // "(more than half referred by other governments)": a share its qualifier marks.
        let qualified_half = token.text.eq_ignore_ascii_case("half")
            && i.checked_sub(1).is_some_and(|p| {
                ["than", "over", "nearly", "almost", "roughly", "about", "approximately"]
                    .iter()
                    .any(|w| tokens[p].is_word(w))
            })
            // Not a time nor a half of one: "about half an hour", "over half the time",
            // "over half a million people".
            && !tokens[i + 1..].iter().take(2).any(|t| {
                t.kind == TokenKind::Word
                    && (is_time_unit(t.text)
                        || t.is_word("time")
                        || t.is_word("an")
                        || t.is_word("a"))
            });
        let ends_phrase = tokens
            .get(i + 1)
            .is_none_or(|t| t.kind == TokenKind::Punct || lexicon::breaks_phrase(t.text));
        let plural = token.text.to_lowercase().ends_with('s');
        let previous_ordinal = i
            .checked_sub(1)
            .and_then(|p| tokens.get(p))
            .is_some_and(|p| {
                matches!(
                    p.text.to_lowercase().as_str(),
                    "first"
                        | "second"
                        | "third"
                        | "fourth"
                        | "last"
                        | "final"
                        | "latter"
                        | "former"
                )
            });
        // "St. Maarten, the Dutch half of the island", "the northern half of the country": a
        // part of a place named by whose or where it is, no share of anything.
        let part_of_a_place = token.text.eq_ignore_ascii_case("half")
            && i >= 2
            && tokens[i - 2].is_word("the")
            && tokens[i - 1].kind == TokenKind::Word
            && (tokens[i - 1].starts_upper()
                || super::numbers::lowered(tokens[i - 1].text, |w| w.ends_with("ern")));
        if previous_ordinal || part_of_a_place {
            return None;
        }
        let (numerator, value_start) = match numerator_before {
            Some((n, start)) => (n, start),
            // A bare "half of" reads as a fraction; a bare "third" is an ordinal.
            None if token.text.eq_ignore_ascii_case("half")
                && (of_follows || half_the || qualified_half) =>
            {
                (1.0, i)
            }
            None => return None,
        };
        let numerator_word = tokens[value_start].text.to_lowercase();
        if plural && numerator <= 1.0 {
            return None;
        }
        // "decreased by nearly a third in 2001", "about a quarter.": a share its change or its
        // qualifier marks, at the end of its phrase ("a third country" is an ordinal).
        // ("a quarter to midnight", "a quarter past": the time of day.)
        let time_of_day = token.text.eq_ignore_ascii_case("quarter")
            && (after.eq_ignore_ascii_case("to") || after.eq_ignore_ascii_case("past"));
        let marked_share = numerator_word == "a"
            && ends_phrase
            && !time_of_day
            && value_start.checked_sub(1).is_some_and(|p| {
                [
                    "by",
                    "nearly",
                    "almost",
                    "about",
                    "roughly",
                    "approximately",
                    "over",
                    "than",
                    "some",
                    "only",
                    "just",
                ]
                .iter()
                .any(|w| tokens[p].is_word(w))
            });
        // "a third or even as much as one-half of total proceeds": a share with another after
        // it, the two bounding one guess.
        let share_or_share = numerator_word == "a"
            && after.eq_ignore_ascii_case("or")
            && tokens[i + 2..].iter().take(6).any(|t| {
                t.kind == TokenKind::Word
                    && fraction_word(t.text.rsplit('-').next().unwrap_or(t.text)).is_some()
            });
        if (numerator_word == "a" || numerator_word == "another")
            && !of_follows
            && !marked_share
            && !share_or_share
        {
            return None;
        }
        if !(of_follows || ends_phrase || half_the || qualified_half) {
            return None;
        }
        let mut figure = word_figure(
            tokens,
            value_start,
            i + 1,
            StatKind::Ratio,
            numerator * f,
            "",
        );
        figure.noun_follows = half_the;
        return Some(figure);
    }
    None
}

/// A number with its currency, range, unit and rate.
/// `number`: the number at `i`, read with no currency before it.
///
/// Kept out of the token loop of [`find_into`]: inlined there, it crowded the loop's registers
/// and cost every token, not only the numbers.
#[inline(never)]
/// Is `tokens[at]` the verb "number" ("addicts number 7,000", "users in Russia number
/// between 7.3 and 8.5 million", "now number over 12,000"), not the label of "resolution
/// number 12" or "the number 2 producer"?
pub(super) fn is_number_verb(tokens: &[Token], at: usize) -> bool {
    if !tokens[at].is_word("number") || tokens[at].starts_upper() || at == 0 {
        return false;
    }
    let before = &tokens[at - 1];
    if before.kind != TokenKind::Word || lexicon::is_determiner(before.text) {
        return false;
    }
    // A plural subject ("addicts", "users in Russia"; capitalised only as a sentence's first
    // word), or an adverb ("now").
    let plural = |t: &Token| {
        t.kind == TokenKind::Word
            && (!t.starts_upper() || at == 1 || tokens[at - 2].kind == TokenKind::Punct)
            && t.text.len() > 3
            && t.text.ends_with('s')
            && !t.text.ends_with("ss")
            && !t.text.ends_with("us")
            && !t.text.ends_with("is")
    };
    plural(before)
        || lexicon::is_adverb(before.text)
        || [
            "now",
            "still",
            "together",
            "combined",
            "collectively",
            "currently",
        ]
        .iter()
        .any(|w| before.is_word(w))
        || (before.starts_upper()
            && at >= 3
            && ["in", "of"].iter().any(|w| tokens[at - 2].is_word(w))
            && plural(&tokens[at - 3]))
}

fn figure_at(
    tokens: &[Token],
    i: usize,
    skip: &[bool],
    decimal_comma: bool,
    number: Option<NumberAt>,
) -> Option<Figure> {
    let token = tokens.get(i)?;
    let could_be_money = i > 0 && matches!(tokens[i - 1].kind, TokenKind::Punct | TokenKind::Word);
    let currency = if could_be_money {
        currency_before(tokens, i)
    } else {
        None
    };
    // A currency lets a short scale count ("$3.4m"): only then is the number read again.
    let first = if currency.is_some() {
        number_at(tokens, i, decimal_comma, true)?
    } else {
        number?
    };
    if !first.value.is_finite() {
        return None;
    }
    // Glued to other characters: "10:30", "v1.2", "3/4", "[12]".
    let glued_before = i
        .checked_sub(1)
        .and_then(|p| tokens.get(p))
        .is_some_and(|p| {
            !token.space_before && matches!(p.text, ":" | "/" | "." | "#" | "§" | "№" | "=")
        });
    let glued_after = tokens.get(first.end).is_some_and(|n| {
        !n.space_before
            && matches!(n.text, ":" | "/")
            && tokens
                .get(first.end + 1)
                .is_some_and(|t| t.kind == TokenKind::Number)
    });
    // "§ 804", and the section sign as a wrongly decoded page shows it: "ß 481", "�489"; the
    // section after a code of laws' title: "22 U.S.C. 2291", "21 U.S.C. $881" (the token
    // before the number is looked at first: every number is asked this).
    let section_sign = i.checked_sub(1).is_some_and(|p| {
        matches!(tokens[p].text, "§" | "ß" | "\u{FFFD}")
            || (matches!(tokens[p].text.as_bytes()[0], b'.' | b'$' | b'U' | b'C')
                && tokens[p.saturating_sub(2)..=p]
                    .iter()
                    .any(|t| t.kind == TokenKind::Word && is_code_of_laws(t.text)))
    });
    // '"419" fraud', '"419" scams': a bare whole number in quotation marks of its own,
    // naming the thing after it, is a name (not '"500" kilograms', 'from "12" in 2003').
    let quoted = i > 0
        && !token.space_before
        && matches!(tokens[i - 1].text, "\"" | "“" | "'" | "‘")
        && token.kind == TokenKind::Number
        && currency.is_none()
        && token.text.bytes().all(|b| b.is_ascii_digit())
        && tokens
            .get(first.end)
            .is_some_and(|n| !n.space_before && matches!(n.text, "\"" | "”" | "'" | "’"))
        && unit_after(tokens, first.end + 1).is_none()
        && (tokens
            .get(first.end + 1)
            .is_some_and(|t| t.kind == TokenKind::Word && !lexicon::breaks_phrase(t.text))
            // ('Barrio "18" were', 'called "419",', 'cell "7",': named by the word before.)
            || (i >= 2
                && tokens[i - 2].kind == TokenKind::Word
                && (tokens[i - 2].starts_upper()
                    || [
                        "called", "so-called", "named", "dubbed", "as", "cell", "code", "section",
                        "article",
                    ]
                        .iter()
                        .any(|w| tokens[i - 2].is_word(w)))));
    if glued_before || glued_after || section_sign || quoted {
        return None;
    }
    // Codes, not figures: "0700" (a leading zero), "34 31 N" (coordinates), "[00 93] 0700
    // 108 001" (a telephone number), "bill[ion]" (a word cut by an editor's bracket).
    let leading_zero = token.kind == TokenKind::Number
        && token.text.len() > 1
        && token.text.starts_with('0')
        && !token.text[1..].starts_with(['.', ',']);
    let next = tokens.get(first.end);
    let followed_by_number = next.is_some_and(|n| n.kind == TokenKind::Number && n.space_before);
    let compass = |t: Option<&Token>| t.is_some_and(|t| matches!(t.text, "N" | "S" | "E" | "W"));
    let coordinate = compass(next) || (followed_by_number && compass(tokens.get(first.end + 1)));
    let after_number = i
        .checked_sub(1)
        .and_then(|p| tokens.get(p))
        .is_some_and(|p| p.kind == TokenKind::Number && token.space_before);
    let bracketed_word = next.is_some_and(|n| n.text == "[" && !n.space_before)
        || (next.is_some_and(|n| n.kind == TokenKind::Word && !n.space_before)
            && tokens
                .get(first.end + 1)
                .is_some_and(|b| b.text == "[" && !b.space_before));
    let number_run = token.kind == TokenKind::Number
        && (followed_by_number || after_number)
        && currency.is_none();
    if leading_zero || coordinate || bracketed_word || number_run {
        return None;
    }
    // "country comparison to the world: 117": a rank among countries.
    let ranked = tokens[i.saturating_sub(6)..i].iter().any(|t| {
        t.is_word("comparison") || t.is_word("rank") || t.is_word("ranked") || t.is_word("ranking")
    });
    if ranked && token.kind == TokenKind::Number {
        return None;
    }
    // "telephone (202) 234-3770 or 3771; US--…": the numbers after a telephone, up to the
    // clause's end, dial it.
    let dialled = tokens[i.saturating_sub(12)..i]
        .iter()
        .rev()
        .take_while(|t| !matches!(t.text, ";" | "."))
        .any(|t| {
            t.kind == TokenKind::Word
                && t.text
                    .as_bytes()
                    .first()
                    .is_some_and(|b| matches!(b | 0x20, b't' | b'p' | b'f'))
                && ["telephone", "tel", "phone", "fax", "telex", "telefax"]
                    .iter()
                    .any(|w| t.text.eq_ignore_ascii_case(w))
        });
    // "(Washington: U.S. Department of State, March 15, 2018): 136.": the page a citation
    // gives, after its place, publisher and year in brackets.
    let cited_page = i >= 2
        && matches!(tokens[i - 1].text, ":" | ",")
        && tokens[i - 2].text == ")"
        && tokens
            .get(first.end)
            .is_none_or(|t| matches!(t.text, "." | ";" | "-" | "–" | "<"))
        && {
            // (A place and publisher before the year: "(Washington: …, 2018)"; not "Drug
            // arrests (2013): 3,150".)
            let inside: Vec<&Token> = tokens[i.saturating_sub(14)..i - 2]
                .iter()
                .rev()
                .take_while(|t| t.text != "(")
                .collect();
            inside.len() >= 3
                && inside.iter().any(|t| matches!(t.text, ":" | ","))
                && inside.iter().any(|t| {
                    t.kind == TokenKind::Number
                        && t.text.len() == 4
                        && t.text.starts_with(['1', '2'])
                })
        };
    if cited_page && currency.is_none() {
        return None;
    }
    // "Washington, DC 20008-3035": a postal code after a state's two letters.
    let postal_code = is_postal_code(tokens, i)
        || (i >= 2
            && tokens[i - 1].text == "-"
            && !tokens[i - 1].space_before
            && is_postal_code(tokens, i - 2));
    // (A telephone number's parts stand by a bracket or a hyphen, a building's number before a
    // capital: only then are they asked for.)
    let by_a_mark = |k: Option<usize>| {
        k.and_then(|k| tokens.get(k))
            .is_some_and(|t| matches!(t.text, "(" | ")" | "-"))
    };
    let phone_shaped =
        (by_a_mark(i.checked_sub(1)) || by_a_mark(Some(first.end))) && dials_a_phone(tokens, i);
    let street_shaped = tokens.get(first.end).is_some_and(|t| {
        t.kind == TokenKind::Word
            && t.text
                .bytes()
                .next()
                .is_some_and(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
    }) && numbers_a_street(tokens, first.end);
    if (dialled || postal_code || phone_shaped || street_shaped) && currency.is_none() {
        return None;
    }
    // A range: "five to eight", "70,000-80,000", "$250-$300", "between 20 and 30".
    let value_start = currency.map_or(i, |(_, s)| s);
    let before_is = |w: &str| {
        value_start
            .checked_sub(1)
            .and_then(|p| tokens.get(p))
            .is_some_and(|t| t.text.eq_ignore_ascii_case(w))
    };
    let between = before_is("between");
    // "range from 15 to 40 percent", "varying from 10 to 20 kilograms": a range, where "from …
    // to" after anything else is a change from one figure to another.
    let ranges_from = before_is("from")
        && value_start >= 2
        && tokens[value_start - 2].kind == TokenKind::Word
        && super::numbers::lowered(tokens[value_start - 2].text, |w| {
            matches!(
                w,
                "range"
                    | "ranges"
                    | "ranged"
                    | "ranging"
                    | "vary"
                    | "varies"
                    | "varied"
                    | "varying"
            )
        });
    // "ranging in age from 16 to 30 years old": the span of a duration or an age, not a change
    // from one count to another.
    if before_is("from")
        && tokens.get(first.end).is_some_and(|t| t.is_word("to"))
        && let Some(second) = number_at(tokens, first.end + 1, decimal_comma, false)
        && tokens
            .get(second.end)
            .is_some_and(|t| t.kind == TokenKind::Word && is_time_unit(t.text))
    {
        return None;
    }
    // "between 20% and 45%", "between 5 tons and 10 tons": the unit said at both ends.
    let unit_between = if between && currency.is_none() {
        unit_after(tokens, first.end).filter(|u| {
            matches!(u.kind, StatKind::Quantity | StatKind::Percent)
                && tokens.get(u.end).is_some_and(|t| t.is_word("and"))
        })
    } else {
        None
    };
    let separator_at = unit_between.as_ref().map_or(first.end, |u| u.end);
    let is_separator = tokens.get(separator_at).is_some_and(|sep| {
        matches!(sep.text, "-" | "–" | "—")
            || (sep.text.eq_ignore_ascii_case("to") && (!before_is("from") || ranges_from))
            || (sep.text.eq_ignore_ascii_case("and") && between)
    });
    if is_separator {
        // The second number, past its own currency: "$250-$300", "US$1-US$2".
        let mut k = separator_at + 1;
        if currency_before(tokens, k + 1).is_some_and(|(_, s)| s == k) {
            if tokens.get(k).is_some_and(|t| t.text == "$") {
                k += 1;
            }
            if tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word)
                && tokens.get(k + 1).is_some_and(|t| t.text == "$")
            {
                k += 2;
            }
        }
        if !skip.get(k).copied().unwrap_or(false)
            && let Some(second) = number_at(tokens, k, decimal_comma, currency.is_some())
            && second.year_like == first.year_like
            && second.in_words == first.in_words
            // (The same unit at both ends.)
            && unit_between.as_ref().is_none_or(|u| {
                unit_after(tokens, second.end).is_some_and(|v| v.unit == u.unit)
            })
            // "the 2007-2008 INCSR": years naming an edition are no range of counts.
            && !(first.year_like
                && currency.is_none()
                && unit_after(tokens, second.end).is_none())
        {
            let mut low = first.value;
            // "1.2 to 1.5 million": the scale is shared ("between 100,000 and 1.7 million"
            // wrote the first in full).
            if second.scaled
                && !first.scaled
                && let Some(scale) = tokens.get(second.end - 1).and_then(|t| scale_word(t.text))
                && low * scale <= second.value
            {
                low *= scale;
            }
            // "10-15,000" is 10,000 to 15,000.
            if second.grouped
                && !first.grouped
                && low < 1000.0
                && low * 1000.0 <= second.value
                && low * 1000.0 * 10.0 > second.value
            {
                low *= 1000.0;
            }
            if second.value > low {
                let range_start = if between || ranges_from {
                    value_start.checked_sub(1)
                } else {
                    None
                };
                return finish(
                    tokens,
                    i,
                    currency,
                    low,
                    Some(second.value),
                    second.end,
                    range_start,
                    first.in_words,
                    false,
                );
            }
        }
    }
    // A year-like number is a figure only with a unit, joined by a hyphen or not ("a
    // 2000-mile border").
    let hyphened_unit = || {
        tokens
            .get(first.end)
            .is_some_and(|t| t.text == "-" && !t.space_before)
            && unit_after(tokens, first.end + 1).is_some()
    };
    if first.year_like
        && currency.is_none()
        && unit_after(tokens, first.end).is_none()
        && !hyphened_unit()
    {
        return None;
    }
    finish(
        tokens,
        i,
        currency,
        first.value,
        None,
        first.end,
        None,
        first.in_words,
        first.scaled,
    )
}

/// Adds the unit, rate and qualifier, decides the kind, and filters what is not a figure.
#[allow(clippy::too_many_arguments)]
fn finish(
    tokens: &[Token],
    number_index: usize,
    currency: Option<(&'static str, usize)>,
    mut value: f64,
    mut value_max: Option<f64>,
    number_end: usize,
    range_start: Option<usize>,
    in_words: bool,
    scaled: bool,
) -> Option<Figure> {
    let mut end = number_end;
    let mut unit = Cow::Borrowed("");
    let mut kind = StatKind::Count;
    if let Some((code, _)) = currency {
        unit = Cow::Borrowed(code);
        kind = StatKind::Money;
    }
    // "30-year", "nine months": durations are not figures.
    let mut probe = end;
    if tokens
        .get(probe)
        .is_some_and(|t| t.text == "-" && !t.space_before)
    {
        probe += 1;
    }
    // "the past two fiscal years": a kind of year between.
    if tokens.get(probe).is_some_and(|t| {
        t.kind == TokenKind::Word
            && t.text
                .as_bytes()
                .first()
                .is_some_and(|b| matches!(b | 0x20, b'f' | b'c' | b's'))
            && [
                "fiscal",
                "calendar",
                "consecutive",
                "successive",
                "straight",
                "financial",
            ]
            .iter()
            .any(|w| t.is_word(w))
    }) {
        probe += 1;
    }
    if tokens
        .get(probe)
        .is_some_and(|t| t.kind == TokenKind::Word && is_time_unit(t.text))
        || names_an_age(tokens, probe)
    {
        return None;
    }
    // "22 U.S.C. 2291", "21 CFR 1310": the title of a code of laws; "E.O. 12958": an
    // executive order's number.
    let order_number = number_index >= 2
        && tokens[number_index - 2].is_word("E.O")
        && tokens[number_index - 1].text == ".";
    if order_number
        || tokens
            .get(end)
            .is_some_and(|t| t.kind == TokenKind::Word && is_code_of_laws(t.text))
    {
        return None;
    }
    // "a 500-kilogram shipment", "a 15-percent increase": a unit joined by a hyphen, used as
    // an adjective.
    let hyphened = tokens
        .get(end)
        .is_some_and(|t| t.text == "-" && !t.space_before)
        && tokens.get(end + 1).is_some_and(|t| !t.space_before);
    let unit_found = if hyphened {
        unit_after(tokens, end + 1)
            .filter(|u| matches!(u.kind, StatKind::Quantity | StatKind::Percent))
    } else {
        // "300 more kilograms of heroin", "11,475 new hectares": the unit after a word that
        // says which.
        unit_after(tokens, end).or_else(|| {
            tokens
                .get(end)
                .filter(|t| {
                    ["more", "fewer", "new", "additional", "further", "extra"]
                        .iter()
                        .any(|w| t.is_word(w))
                })
                .and_then(|_| unit_after(tokens, end + 1))
                .filter(|u| u.kind == StatKind::Quantity)
        })
    };
    if let Some(found) = unit_found {
        if found.kind == StatKind::Money && currency.is_some() {
            // "$5 million US dollars": the currency was already given.
            end = found.end;
        } else if currency.is_none() {
            if found.unit == "x" {
                // "three times larger", not "three times in 1995".
                let after = tokens.get(found.end).map(|t| t.text).unwrap_or("");
                let comparative = COMPARATIVES.iter().any(|c| after.eq_ignore_ascii_case(c))
                    || found.end > end + 1;
                // "96 times GDP", "three times as many", "five times the amount" (not "three
                // times the previous year", when it happened).
                // ("met three times that year": how often, as "three times the previous year".)
                let how_often = after.eq_ignore_ascii_case("that")
                    && tokens.get(found.end + 1).is_some_and(|t| {
                        t.kind == TokenKind::Word
                            && (is_time_unit(t.text)
                                || ["period", "season", "time"].iter().any(|w| t.is_word(w)))
                    });
                let comparative = comparative && !how_often;
                let multiple_of = !how_often
                    && ["as", "gdp", "gnp", "that", "what"]
                        .iter()
                        .any(|w| after.eq_ignore_ascii_case(w))
                    || (after.eq_ignore_ascii_case("the")
                        && tokens.get(found.end + 1).is_some_and(|t| {
                            t.kind == TokenKind::Word
                                && !super::numbers::lowered(t.text, |w| {
                                    matches!(
                                        w,
                                        "year"
                                            | "month"
                                            | "week"
                                            | "day"
                                            | "previous"
                                            | "following"
                                            | "last"
                                            | "next"
                                            | "same"
                                    )
                                })
                        }));
                if !comparative && !multiple_of && !after_a_change_verb(tokens, number_index) {
                    return None;
                }
            }
            unit = Cow::Borrowed(found.unit);
            kind = found.kind;
            end = found.end;
        }
    }
    if kind == StatKind::Count && states_an_age(tokens, number_index) {
        return None;
    }
    // "about 150 miles southwest of Lisbon", "40 kilometers north of the border": where a
    // place lies, not a figure the report states.
    if matches!(&*unit, "km" | "mi" | "m")
        && tokens.get(end).is_some_and(|t| {
            t.kind == TokenKind::Word
                && super::numbers::lowered(t.text, |w| {
                    let w = w.replace('-', "");
                    ["north", "south", "east", "west"]
                        .iter()
                        .any(|point| w == *point || (w.len() > 5 && w.ends_with(point)))
                })
        })
        && tokens.get(end + 1).is_some_and(|t| t.is_word("of"))
    {
        return None;
    }
    // "all three UN drug conventions", "the two countries", "the three Baltic states": a small
    // number in words after "all", or after "the" before states and their governments, points
    // back at those the text has named; it counts nothing new. ("the two suspects", "the three
    // top ringleaders" are counted: people and events are what a report counts.)
    if kind == StatKind::Count
        && in_words
        && value_max.is_none()
        && (2.0..=12.0).contains(&value)
        && number_index >= 1
        && tokens.get(end).is_some_and(|t| t.kind == TokenKind::Word)
    {
        let before = &tokens[number_index - 1];
        let named_states = || {
            // (Past the names before the noun: "the five Central Asian states".)
            tokens[end..]
                .iter()
                .take(4)
                .find(|t| !t.starts_upper())
                .is_some_and(|head| {
                    [
                        "countries",
                        "states",
                        "nations",
                        "governments",
                        "republics",
                        "conventions",
                        "sides",
                        "neighbors",
                        "neighbours",
                    ]
                    .iter()
                    .any(|w| head.is_word(w))
                })
        };
        // ("the other two principal coca producers": the rest of those named.)
        let the_other =
            before.is_word("other") && number_index >= 2 && tokens[number_index - 2].is_word("the");
        // ("one of the top three countries", "among world's top five exporters": a rank.)
        let ranked = before.is_word("top")
            && tokens[number_index.saturating_sub(5)..number_index - 1]
                .iter()
                .any(|t| t.is_word("among") || t.is_word("of"));
        if ["all", "these", "those"].iter().any(|w| before.is_word(w))
            || the_other
            || ranked
            || (before.is_word("the") && named_states())
        {
            return None;
        }
    }
    // "the 14K triad": a gang's name ("$14K" is money, read with its currency).
    if kind == StatKind::Count
        && tokens
            .get(end)
            .is_some_and(|t| t.text == "K" && !t.space_before)
    {
        return None;
    }
    // "Boeing 727 cargo jets", "a Cessna 210", "Bell 212 helicopters": an aircraft's model.
    if kind == StatKind::Count
        && !in_words
        && number_index >= 1
        && tokens[number_index].space_before
        && is_aircraft_maker(&tokens[number_index - 1])
    {
        return None;
    }
    // "the Group of Seven Industrialized Countries", "the Group of 77": a body's name ("an
    // Expert Group of 12 specialists" counts them).
    if kind == StatKind::Count
        && number_index >= 2
        && tokens[number_index - 1].is_word("of")
        && tokens[number_index - 2].text == "Group"
        && !tokens
            .get(end)
            .is_some_and(|t| t.kind == TokenKind::Word && !t.starts_upper())
    {
        return None;
    }
    // "a murder rate of 82 per 100,000 inhabitants": a rate against a base, a ratio, its
    // value the share as "one out of every 14" gives it (0.00082).
    if kind == StatKind::Count
        && unit.is_empty()
        && tokens.get(end).is_some_and(|t| t.is_word("per"))
        && let Some(base) = tokens
            .get(end + 1)
            .filter(|t| t.kind == TokenKind::Number && !t.text.contains('.'))
            .and_then(|t| t.text.replace(',', "").parse::<u64>().ok())
            .filter(|&base| base >= 10 && base % 10 == 0)
    {
        kind = StatKind::Ratio;
        value /= base as f64;
        value_max = value_max.map(|max| max / base as f64);
        end += 2;
    }
    // "12 kilograms per hectare", "$1,500 a kilogram": a yield, a price.
    if matches!(kind, StatKind::Quantity | StatKind::Money)
        && let Some((per, per_end)) = per_unit_after(tokens, end)
    {
        unit = Cow::Owned(format!("{unit}/{per}"));
        end = per_end;
    }
    if let Some(rate_end) = per_year_after(tokens, end)
        && matches!(kind, StatKind::Quantity | StatKind::Money | StatKind::Count)
    {
        unit.to_mut().push_str("/yr");
        end = rate_end;
    } else if kind == StatKind::Quantity
        // "over 2,000 mt are exported annually": an amount a passive verb makes yearly.
        && tokens
            .get(end + 2)
            .is_some_and(|t| t.is_word("annually") || t.is_word("yearly"))
        && tokens.get(end).is_some_and(|t| {
            ["are", "were", "is", "was"].iter().any(|w| t.is_word(w))
        })
        && tokens
            .get(end + 1)
            .is_some_and(|t| t.kind == TokenKind::Word && t.text.len() > 4 && t.text.ends_with("ed"))
    {
        unit.to_mut().push_str("/yr");
    }
    let value_start = currency.map_or(number_index, |(_, s)| s);
    let (qualifier, mut start) = with_qualifier(tokens, range_start.unwrap_or(value_start));
    if let Some(r) = range_start {
        start = start.min(r);
    }
    let previous = start.checked_sub(1).and_then(|p| tokens.get(p));
    // "consumption rates per 1,000 people": the base of a rate, not a figure of its own ("$100
    // per 10 grams" is an amount).
    if previous.is_some_and(|p| p.is_word("per")) && kind == StatKind::Count {
        return None;
    }
    // "by factors of 10", "a factor of three": a multiple.
    if kind == StatKind::Count
        && start >= 2
        && tokens[start - 1].is_word("of")
        && (tokens[start - 2].is_word("factor") || tokens[start - 2].is_word("factors"))
    {
        kind = StatKind::Ratio;
        unit = Cow::Borrowed("x");
    }
    // "an estimated annual harvest of 500 metric tons", "an annual target of 45,000-50,000
    // approvals": a yearly amount ("the annual meeting of 35 countries" counts no amount: a
    // count is yearly only after a noun of amount).
    let yearly_amount = |t: &Token| {
        [
            "target",
            "quota",
            "output",
            "production",
            "harvest",
            "average",
            "total",
            "rate",
            "number",
            "volume",
            "consumption",
            "capacity",
            "yield",
            "demand",
            "supply",
            "intake",
        ]
        .iter()
        .any(|w| t.is_word(w))
    };
    let counted_yearly = kind == StatKind::Count
        && start >= 3
        && tokens[start - 1].is_word("of")
        && (tokens[start - 3].is_word("annual") || tokens[start - 3].is_word("yearly"))
        && yearly_amount(&tokens[start - 2]);
    if (matches!(kind, StatKind::Quantity | StatKind::Money) || counted_yearly)
        && !unit.ends_with("/yr")
        && start >= 3
        && tokens[start - 1].is_word("of")
        && tokens[start.saturating_sub(4)..start - 1]
            .iter()
            .any(|t| t.is_word("annual") || t.is_word("yearly"))
        && tokens[start.saturating_sub(4)..start - 1]
            .iter()
            .all(|t| t.kind == TokenKind::Word)
    {
        unit.to_mut().push_str("/yr");
    }
    // "Article 5", "page 12", "No. 3": labels. ("pp. 161-162": the range's second number
    // too.)
    let labelled_at = |at: usize| {
        at >= 1
            && ((lexicon::is_label_word(tokens[at - 1].text) && !is_number_verb(tokens, at - 1))
                || (tokens[at - 1].text == "."
                    && at >= 2
                    && lexicon::is_label_word(tokens[at - 2].text)))
    };
    let range_end_of_label = start >= 2
        && tokens[start - 1].text == "-"
        && tokens[start - 2].kind == TokenKind::Number
        && labelled_at(start - 2);
    if kind == StatKind::Count && previous.is_some() && (labelled_at(start) || range_end_of_label) {
        return None;
    }
    // "sections 481(d)(2) and 484(c) of the FAA": a statute's section, its subsection glued on
    // in brackets.
    let subsection = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.text == "(" && !t.space_before)
            && tokens.get(k + 1).is_some_and(|t| {
                t.text.len() <= 3 && t.text.bytes().all(|b| b.is_ascii_alphanumeric())
            })
            && tokens.get(k + 2).is_some_and(|t| t.text == ")")
    };
    if kind == StatKind::Count && value_max.is_none() && subsection(end) {
        return None;
    }
    // "(1)" list markers and "[12]" note references ("banks (approximately 31)" is a count).
    if kind == StatKind::Count
        && qualifier.is_empty()
        && value_max.is_none()
        && value < 100.0
        && value.fract() == 0.0
        && previous.is_some_and(|p| matches!(p.text, "(" | "["))
        && tokens.get(end).is_some_and(|n| matches!(n.text, ")" | "]"))
    {
        return None;
    }
    // "1. The Netherlands continues …": a paragraph's number; a cable's "1.(U) As requested"
    // marks its paragraph's classification after it.
    // ("(S/NF)", "(C//REL)": a level and its caveats after slashes.)
    let classification_mark = |k: usize| {
        tokens.get(k).is_some_and(|t| t.text == "(")
            && tokens
                .get(k + 1)
                .is_some_and(|t| matches!(t.text, "U" | "C" | "S" | "SBU" | "TS"))
            && (k + 2..(k + 7).min(tokens.len()))
                .take_while(|&j| {
                    tokens[j].text == "/"
                        || (tokens[j].text.len() <= 5
                            && tokens[j].text.bytes().all(|b| b.is_ascii_uppercase()))
                        || tokens[j].text == ")"
                })
                .any(|j| tokens[j].text == ")")
    };
    if kind == StatKind::Count
        && start == 0
        && value_max.is_none()
        && value < 1000.0
        && value.fract() == 0.0
        && tokens
            .get(end)
            .is_some_and(|n| matches!(n.text, "." | ")") && !n.space_before)
        && (tokens
            .get(end + 1)
            .is_some_and(|t| t.space_before && t.starts_upper())
            || classification_mark(end + 1))
    {
        return None;
    }
    // "“419 fraud”": a number naming a thing in quotation marks ("“120 arrests”" counts).
    if kind == StatKind::Count
        && !in_words
        && value_max.is_none()
        && value < 1000.0
        && previous.is_some_and(|p| matches!(p.text, "“" | "‘" | "\""))
        && tokens
            .get(end)
            .is_some_and(|t| t.kind == TokenKind::Word && !lexicon::looks_plural(t.text))
        && {
            // The closing mark right after the word, or after its comma ("“419 Fraud,”").
            let comma = tokens.get(end + 1).is_some_and(|t| t.text == ",");
            tokens
                .get(end + 1 + usize::from(comma))
                .is_some_and(|t| matches!(t.text, "”" | "’" | "\""))
        }
    {
        return None;
    }
    // "the FATF's 40 Recommendations", "the Nine Special Recommendations": a standard's name.
    let recommendations = |k: usize| tokens.get(k).is_some_and(|t| t.text == "Recommendations");
    if kind == StatKind::Count
        && (recommendations(end)
            || (tokens.get(end).is_some_and(|t| t.text == "Special") && recommendations(end + 1)))
    {
        return None;
    }
    // "one gram of heroin cost $250": a unit of sale, not an amount ("seized one ton of
    // opium" is an amount).
    if kind == StatKind::Quantity && in_words && value == 1.0 {
        let priced = tokens[end..]
            .iter()
            .take(8)
            .take_while(|t| !matches!(t.text, "." | ";"))
            .any(|t| {
                matches!(t.text, "$" | "€" | "£")
                    || t.text.eq_ignore_ascii_case("cost")
                    || t.text.eq_ignore_ascii_case("costs")
                    || t.text.eq_ignore_ascii_case("sells")
            });
        // "One kilo of AA plus one kilo of morphine base produce one kilo of heroin": a
        // recipe, or a rate of exchange, told in units of one.
        let unit = &tokens[end - 1];
        let sentence_start = tokens[..start]
            .iter()
            .rposition(|t| matches!(t.text, "." | ";"))
            .map_or(0, |k| k + 1)
            .max(start.saturating_sub(12));
        let sentence_end = tokens[end..]
            .iter()
            .position(|t| matches!(t.text, "." | ";"))
            .map_or(tokens.len(), |k| end + k)
            .min(end + 12);
        let another_one = (sentence_start..sentence_end.saturating_sub(1))
            .filter(|&k| k + 1 < start || k >= end)
            .any(|k| {
                (tokens[k].is_word("one") || tokens[k].is_word("a"))
                    && tokens[k + 1].text.eq_ignore_ascii_case(unit.text)
            });
        if priced || another_one {
            return None;
        }
    }
    // "an exchange rate of U.S. $1 = $1.27 Australian": the rate's unit of one, not an amount.
    if kind == StatKind::Money
        && value == 1.0
        && tokens
            .get(end)
            .is_some_and(|t| t.text == "=" || t.is_word("equals"))
    {
        return None;
    }
    if kind == StatKind::Count && in_words {
        // Small numbers in words are figures when they count something: "two record cargoes".
        // ("at least one parent", "at least one illicit drug": a condition, no figure.)
        if value < 2.0 && !scaled {
            return None;
        }
        let next = tokens.get(end)?;
        // "the Central America Four Border Control Agreement": a word of a name (in Title
        // Case: a text in capitals writes "TEN FOREIGN CITIES" so).
        let capitalised_word = |t: &Token| t.kind == TokenKind::Word && t.starts_upper();
        let number_word = tokens[number_index].text;
        if number_word.starts_with(|c: char| c.is_ascii_uppercase())
            && number_word.bytes().skip(1).any(|b| b.is_ascii_lowercase())
            && number_index
                .checked_sub(1)
                .is_some_and(|p| capitalised_word(&tokens[p]))
            && capitalised_word(next)
        {
            return None;
        }
        // "a three prong approach", "a two day seminar": a number after an article describes
        // the noun after it, as "three-pronged" would.
        if !scaled
            && number_index
                .checked_sub(1)
                .is_some_and(|p| tokens[p].is_word("a") || tokens[p].is_word("an"))
            && super::numbers::small_number_word(number_word).is_some()
        {
            return None;
        }
        // "two record cargoes", "two of Georgia's transit areas" — not "four of the
        // conference" (an ordinal reference) nor "the two of them".
        let counts_something = more_of_things(tokens, end)
            || comparative_then_plural(tokens, end)
            || (next.kind == TokenKind::Word
                && !next.is_word("of")
                && !lexicon::breaks_phrase(next.text)
                && !lexicon::is_adverb(next.text))
            || (next.text.eq_ignore_ascii_case("of")
                && tokens.get(end + 1).is_some_and(|t| {
                    t.kind == TokenKind::Word
                        && !t.text.eq_ignore_ascii_case("the")
                        && !t.text.eq_ignore_ascii_case("them")
                        && !t.text.eq_ignore_ascii_case("these")
                        && !t.text.eq_ignore_ascii_case("those")
                }))
            // "about ten of 17 provinces": some of a number of things.
            || some_of_a_number(tokens, end)
            // "Sixteen of the NCCTs": some of a plural's members.
            || (next.text.eq_ignore_ascii_case("of")
                && tokens.get(end + 1).is_some_and(|t| t.is_word("the"))
                && tokens.get(end + 2).is_some_and(|t| {
                    t.kind == TokenKind::Word
                        && lexicon::looks_plural(t.text)
                        && !lexicon::breaks_phrase(t.text)
                }))
            // "six commercially licensed banks": an adverb before the counted words.
            || (lexicon::is_adverb(next.text)
                && tokens.get(end + 1).is_some_and(|t| {
                    t.kind == TokenKind::Word && !lexicon::breaks_phrase(t.text)
                }))
            // "five labs in 2007, compared to just ten in 2006": the other side of a
            // comparison, counting what the first side does.
            || (compared_before(tokens, number_index)
                && (next.kind == TokenKind::Punct
                    || ["in", "during", "the", "last", "a"]
                        .iter()
                        .any(|w| next.is_word(w))));
        // "an increase of more than one million": a scaled number stands alone.
        if !counts_something && !scaled {
            return None;
        }
    }
    if kind == StatKind::Count && !in_words && value_max.is_none() {
        // A lone number glued to a word ("F-16", "COVID-19") never reaches here; a count must
        // not be a piece of a code like "1-800".
        if tokens
            .get(end)
            .is_some_and(|n| n.text == "-" && !n.space_before)
        {
            return None;
        }
        let number = &tokens[number_index];
        // "… and Trends 1. Institutional Development Aruba …": a part's number in a text
        // whose lines were run together, after a head or a sentence, before a head.
        if number_index >= 1
            && number.text.len() <= 2
            && tokens
                .get(end)
                .is_some_and(|t| t.text == "." && !t.space_before)
            && tokens
                .get(end + 1)
                .is_some_and(|t| t.kind == TokenKind::Word && t.starts_upper())
            && {
                let before = &tokens[number_index - 1];
                before.text == "." || (before.kind == TokenKind::Word && before.starts_upper())
            }
        {
            return None;
        }
        // "the new 2012-16 strategy": the short end of a span of years that names a plan.
        if number.text.len() == 2
            && number_index >= 2
            && !number.space_before
            && tokens[number_index - 1].text == "-"
            && !tokens[number_index - 1].space_before
            && super::dates::year_value(&tokens[number_index - 2]).is_some()
            && tokens[number_index - 2].text.get(2..) < Some(number.text)
        {
            return None;
        }
        // "the United Nations 1267 Sanctions Committee": a number inside a name in Title Case.
        let name_word = |t: &Token| {
            t.kind == TokenKind::Word
                && t.starts_upper()
                && t.text.bytes().skip(1).any(|b| b.is_ascii_lowercase())
        };
        if number_index.checked_sub(1).is_some_and(|p| {
            name_word(&tokens[p]) && p > 0 && tokens[p - 1].kind == TokenKind::Word
        }) && tokens.get(end).is_some_and(name_word)
        {
            return None;
        }
    }
    Some(Figure {
        tokens: start..end,
        value_start,
        after: if kind == StatKind::Count {
            number_end
        } else {
            end
        },
        kind,
        value,
        value_max,
        unit,
        qualifier,
        noun_follows: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::tokenize;

    #[test]
    fn qualifier_ends_are_the_last_words_of_the_qualifiers() {
        let mut ends: Vec<&str> = QUALIFIERS
            .iter()
            .filter_map(|(words, _)| words.last().copied())
            .collect();
        ends.sort_unstable();
        ends.dedup();
        let mut listed = QUALIFIER_ENDS.to_vec();
        listed.sort_unstable();
        assert_eq!(ends, listed);
    }

    fn figures(text: &str) -> Vec<(String, f64, Option<f64>, String, &'static str)> {
        let tokens = tokenize(text, 0, false);
        let skip = vec![false; tokens.len()];
        find(&tokens, &skip, false, true)
            .into_iter()
            .map(|f| {
                let span = crate::extract::tokens::span_of(&tokens, f.tokens.clone());
                (
                    text[span.range()].to_owned(),
                    f.value,
                    f.value_max,
                    f.unit.into_owned(),
                    f.qualifier,
                )
            })
            .collect()
    }

    /// Review 45 (Philippines 2007): a price's rate is not repeated for the price it rose to.
    #[test]
    fn a_changes_second_amount_is_at_the_rate_of_its_first() {
        let units = |text: &str| {
            figures(text)
                .into_iter()
                .map(|f| (f.0, f.3))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            units(
                "The price has escalated from 2,000 pesos per gram in 2006 to 5,000 pesos in \
                 2007, and varies from 3,000 pesos in Manila to 5,000 pesos elsewhere."
            ),
            [
                ("2,000 pesos per gram".to_owned(), "pesos/g".to_owned()),
                ("5,000 pesos".to_owned(), "pesos/g".to_owned()),
                ("3,000 pesos".to_owned(), "pesos".to_owned()),
                ("5,000 pesos".to_owned(), "pesos".to_owned()),
            ]
        );
        // (Tajikistan 2013: a list of amounts, each of its own drug.)
        assert_eq!(
            units(
                "It totals between 75 and 80 metric tons per year of heroin and between 30 and \
                 35 metric tons of opium."
            ),
            [
                (
                    "between 75 and 80 metric tons per year".to_owned(),
                    "t/yr".to_owned()
                ),
                (
                    "between 30 and 35 metric tons".to_owned(),
                    "t/yr".to_owned()
                ),
            ]
        );
    }

    #[test]
    fn times_after_a_verb_of_change_is_a_multiple_and_times_alone_how_often() {
        let ratio = |text: &str| {
            figures(text)
                .into_iter()
                .map(|f| (f.0, f.1, f.3, f.4))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            ratio("Heroin seizures increased by more than four times."),
            [(
                "more than four times".to_owned(),
                4.0,
                "x".to_owned(),
                "over"
            )]
        );
        assert_eq!(
            ratio("Seizures grew 3.5 times in 2005."),
            [("3.5 times".to_owned(), 3.5, "x".to_owned(), "")]
        );
        assert!(ratio("The minister visited three times.").is_empty());
        assert!(ratio("Seizures increased, and officials met three times.").is_empty());
    }

    #[test]
    fn a_range_from_one_figure_to_another_is_one_range_but_a_change_is_two_figures() {
        let range = figures("Estimates range from 15 to 40 percent.");
        assert_eq!(
            range,
            [(
                "from 15 to 40 percent".to_owned(),
                15.0,
                Some(40.0),
                "%".to_owned(),
                ""
            )]
        );
        assert!(figures("Following is Brazil's 2004-2005 INCSR.").is_empty());
        let change = figures("Seizures rose from 10 to 20 kilograms.");
        let values: Vec<(f64, Option<f64>)> = change.iter().map(|f| (f.1, f.2)).collect();
        assert_eq!(values, [(10.0, None), (20.0, None)]);
    }

    #[test]
    fn the_longest_qualifier_wins() {
        assert_eq!(figures("no more than 40 tons")[0].4, "at most");
        assert_eq!(figures("just under 40 tons")[0].4, "nearly");
        assert_eq!(figures("in excess of 5,000 metric tons")[0].4, "over");
    }

    #[test]
    fn a_range_between_two_amounts_each_with_its_unit_is_one_figure() {
        let found = figures("estimated to be between 20% and 45% of GDP");
        assert_eq!(
            (found[0].1, found[0].2, found[0].3.as_str()),
            (20.0, Some(45.0), "%")
        );
        let found = figures("between 5 tons and 10 tons of heroin");
        assert_eq!(
            (found[0].1, found[0].2, found[0].3.as_str()),
            (5.0, Some(10.0), "t")
        );
        // Two units: two figures.
        assert_eq!(figures("between 5 tons and 10 kilograms").len(), 2);
    }

    #[test]
    fn ranges_share_their_scale_and_thousands() {
        assert_eq!(
            figures("10-15,000 users")[0].1..figures("10-15,000 users")[0].2.unwrap_or(0.0),
            10_000.0..15_000.0
        );
        let scaled = &figures("1.2 to 1.5 million people")[0];
        assert_eq!((scaled.1, scaled.2), (1_200_000.0, Some(1_500_000.0)));
        let money = &figures("cost $250-$300 in Armenia")[0];
        assert_eq!(
            (money.1, money.2, money.3.as_str()),
            (250.0, Some(300.0), "USD")
        );
    }

    #[test]
    fn a_half_after_a_number_in_words_is_part_of_it() {
        let found = figures("seized some two and a half tons of illicit narcotics");
        assert_eq!(
            (found[0].1, found[0].3.as_str(), found[0].4),
            (2.5, "t", "approximately")
        );
        assert_eq!(figures("one and a half million pills")[0].1, 1_500_000.0);
        // A duration stays no figure; "a half" without a count before it is read elsewhere.
        assert!(figures("it took two and a half years").is_empty());
    }

    #[test]
    fn words_that_only_look_like_numbers_are_not_figures() {
        assert!(figures("one of the world's busiest airports").is_empty());
        assert!(figures("on days one and four of the conference").is_empty());
        assert!(figures("a third party").is_empty());
        // (Review 33: a 2000 statement on ecstasy.)
        assert!(figures("known as MDMA or 3-4 methylenedioxymethamphetamine.").is_empty());
        assert_eq!(
            figures("police closed 3-4 methamphetamine labs a month").len(),
            1
        );
        assert!(figures("for nine months").is_empty());
        assert!(figures("geographic coordinates: 34 31 N, 69 11 E").is_empty());
        assert!(figures("telephone: 0700 108 001").is_empty());
        // (Review 48: a GAO report's front matter.)
        assert!(figures("Contact 202-512-4800 or write to the GAO").is_empty());
        assert!(figures("General Accounting Office, Washington, D.C. 20548").is_empty());
        assert!(figures("including (1) the drafting").is_empty());
        assert!(figures("under Article 5 of the law").is_empty());
    }

    #[test]
    fn a_unit_joined_by_a_hyphen_is_still_the_unit() {
        let found = figures("Customs found a 500-kilogram shipment of hashish.");
        assert_eq!((found[0].1, found[0].3.as_str()), (500.0, "kg"));
        let found = figures("The GOB arrested traffickers, a 15-percent increase over 1996.");
        assert_eq!((found[0].1, found[0].3.as_str()), (15.0, "%"));
        // (Review 35: Pakistan's seizures of 2005, written with the unit's abbreviation.)
        let found = figures(
            "During 2005, 2,144.38-kg heroin and 643.75-kg opium were seized. Police made a \
             187-kg seizure and seized a 1.2-metric-ton shipment.",
        );
        let values: Vec<_> = found.iter().map(|f| (f.1, f.3.as_str())).collect();
        assert_eq!(
            values,
            [(2144.38, "kg"), (643.75, "kg"), (187.0, "kg"), (1.2, "t")]
        );
        // (Review 47: the Dutch Caribbean's waters; an area's adjective.)
        let found = figures(
            "It patrols some 100,000-square nautical miles of sea and a 5,000-square-mile \
             area around a 1,000-square-meter warehouse.",
        );
        let values: Vec<_> = found.iter().map(|f| (f.1, f.3.as_str())).collect();
        assert_eq!(
            values,
            [(100_000.0, "nmi2"), (5_000.0, "mi2"), (1_000.0, "m2")]
        );
    }

    #[test]
    fn a_minus_sign_against_the_number_makes_it_negative_but_a_hyphen_joins_a_range() {
        let found = figures("Population growth rate: -0.4% (1990 est.)");
        assert_eq!((found[0].1, found[0].3.as_str()), (-0.4, "%"));
        let found = figures("lowest point: Vpadina Kaundy -132 m");
        assert_eq!((found[0].1, found[0].3.as_str()), (-132.0, "m"));
        let found = figures("an estimated 10-15,000 users");
        assert_eq!((found[0].1, found[0].2), (10_000.0, Some(15_000.0)));
    }

    #[test]
    fn pounds_weigh_unless_they_are_sterling() {
        let found = figures("Seizures of marijuana reached 1.2 million pounds.");
        assert_eq!((found[0].1, found[0].3.as_str()), (1_200_000.0, "lb"));
        let found = figures("The fine was 5,000 pounds sterling.");
        assert_eq!((found[0].1, found[0].3.as_str()), (5_000.0, "GBP"));
    }

    #[test]
    fn multiples_and_fractions_read_as_ratios() {
        assert_eq!(figures("at least ten-times larger")[0].1, 10.0);
        assert_eq!(figures("have almost doubled")[0].4, "nearly");
        assert_eq!(figures("two-thirds of the transactions")[0].1, 2.0 / 3.0);
        assert_eq!(figures("one out of every 14 citizens")[0].1, 1.0 / 14.0);
        assert_eq!(figures("half of the students")[0].1, 0.5);
        let found = figures("4.8 tons in 1997, nearly double the 1996 total");
        assert_eq!(
            (found[1].1, found[1].3.as_str(), found[1].4),
            (2.0, "x", "nearly")
        );
        assert_eq!(figures("triple the 1995 level")[0].1, 3.0);
        // (Not a double of anything: "a double agent", "double-digit growth".)
        assert!(figures("a double agent and double-digit growth").is_empty());
    }

    #[test]
    fn models_ranks_and_the_rest_of_those_named_are_no_counts() {
        // (Reviews 42 and 43.)
        assert!(
            figures(
                "Boeing 727 cargo jets, a Cessna 210 and Bell 212 helicopters; Bolivia and \
                 Colombia, the other two principal coca producers; one of the top three \
                 countries; among world's top five exporters"
            )
            .is_empty()
        );
        assert!(figures("The 14K triad is active in Bangkok.").is_empty());
        let found = figures("2 Boeing 727, two other producers, the top ten rivers");
        let values: Vec<f64> = found.iter().map(|f| f.1).collect();
        assert_eq!(values, [2.0, 2.0, 10.0]);
    }

    #[test]
    fn a_dozen_and_half_a_unit_are_figures_and_half_at_a_runs_end_is_none() {
        let read: Vec<(String, f64)> = figures(
            "a dozen labs, two dozen arrests, half a dozen raids, half a ton of hashish, \
             dozens of labs",
        )
        .into_iter()
        .map(|f| (f.0, f.1))
        .collect();
        assert_eq!(
            read,
            [
                ("a dozen".to_owned(), 12.0),
                ("two dozen".to_owned(), 24.0),
                ("half a dozen".to_owned(), 6.0),
                ("half a ton".to_owned(), 0.5),
            ]
        );
        // (Once a panic: the article after "half" was looked for past the run's end.)
        assert!(figures("Seizures fell by half").is_empty());
        assert!(figures("half").is_empty());
    }

    #[test]
    fn lakh_and_crore_scale_a_figure() {
        let found = figures("a budget of Rs 120 crore and rewards of Rs. 2 lakh; 1.5 lakh tablets");
        let read: Vec<(f64, &str)> = found.iter().map(|f| (f.1, f.3.as_str())).collect();
        // ("rupees": told apart by the country the document is about, later.)
        assert_eq!(read, [(1.2e9, "rupees"), (2e5, "rupees"), (1.5e5, "")]);
    }

    /// Review 47 (Dutch Caribbean 2014–2016): a part's number in text run together, and a
    /// place's half, are no figures.
    #[test]
    fn a_part_number_run_into_the_text_and_a_half_of_a_place_are_no_figures() {
        let texts = |text: &str| figures(text).into_iter().map(|f| f.0).collect::<Vec<_>>();
        assert_eq!(
            texts(
                "It is home to a harbor. B. Drug Control Accomplishments, Policies, and Trends \
                 1. Institutional Development Aruba, Curacao, and St. Maarten have 3 courts."
            ),
            ["3"]
        );
        assert_eq!(
            texts(
                "St. Maarten, the Dutch half of the island, and the northern half of the \
                 country saw half of the seizures."
            ),
            ["half"]
        );
    }
}
