//! What a figure measures: the noun phrase a reader would name.
//!
//! Tried in order, first answer wins:
//! 1. the phrase the figure introduces: "8,500 *drug-related crimes*", "six tons of *illegal
//!    narcotics*", "seventy percent of *all illicit opium poppy*", "five to eight *types of
//!    opiates*", "one out of every 14 *citizens*"; in a list whose verb is said once, the phrase
//!    its last figure introduces ("Peru had 38,700 hectares and Bolivia 21,800 hectares of
//!    *coca*");
//! 2. a phrase naming the figure: "a *population* of 10 million", "a total *value* of $1.1
//!    billion";
//! 3. for money, what it is for: "US$420,000 in its budget for *multilateral funding*";
//! 4. the subject the figure is predicated of: "*the actual number* is at least ten-times
//!    larger", "*reports of drug-related crimes* increased to 569";
//! 5. the noun phrase it stands by, between commas ("*The export value of this opium harvest*,
//!    $3.1 billion, was") or in brackets ("*arrests for trafficking in heroin* (3,451)");
//! 6. the figure before it in the same sentence ("569 compared to *525*");
//! 7. the nearest "of …" phrase before it in the sentence ("the number *of registered
//!    addicts*; 6,000 in 1995");
//! 8. what a participle after its unit says ("the 29,420 *hectares taken out of cultivation*");
//! 9. the figure before it in the same paragraph, when the sentence points back ("Another 20
//!    percent are seized"): in its own unit from two sentences back at most, in another from
//!    the sentence before, and never a count's measure for an amount of money;
//! 10. for an amount by weight or area that names nothing, the drug last named in its
//!     sentence or the one before ("… exporter of cannabis. … over 2,000 mt are exported
//!     annually"), asked early where a verb in -ing acts on the amount ("its goal of
//!     eradicating 7,000 hectares").

use super::figures::Figure;
use super::lexicon;
use super::tokens::{Token, TokenKind};
use crate::document::StatKind;
use std::ops::Range;

/// Nouns of change after a figure: "a 30 percent increase in X" measures X.
const CHANGE_NOUNS: &[&str] = &[
    "increase",
    "increases",
    "rise",
    "leap",
    "jump",
    "growth",
    "decrease",
    "decline",
    "drop",
    "fall",
    "reduction",
    "surge",
];

/// "increase", "decline": a noun of change.
fn is_change_noun(token: &Token) -> bool {
    CHANGE_NOUNS.iter().any(|w| token.is_word(w))
}

/// "harvested", "coming": a word in -ed, or in -ing that is no noun ("laundering").
fn looks_participle(word: &str) -> bool {
    word.len() > 4
        && (word.ends_with("ed") || (word.ends_with("ing") && !lexicon::is_ing_noun(word)))
}

/// "eradicating", "destroying": a verb's form in -ing, whether or not it serves as a noun
/// elsewhere ("eradicating" is an -ing noun in "manual eradicating").
fn is_ing_form(word: &str) -> bool {
    word.len() > 5 && word.ends_with("ing")
}

/// Participles of no "-ed" that describe a noun: "the heroin found on the East Coast", "coca
/// grown in South America".
const IRREGULAR_PARTICIPLES: &[&str] = &[
    "found", "grown", "sold", "made", "taken", "caught", "brought", "held", "sent", "bought",
    "hidden", "stolen", "flown", "shipped",
];

/// Verbs of movement a drug's name may be the subject of, in their plain form: "60 tons of
/// heroin flow through the country". (Their forms in -s are phrase breakers already.)
const MOTION_VERBS: &[&str] = &[
    "pass", "flow", "move", "cross", "transit", "travel", "leave",
];

/// What may follow a verb of movement: its path ("through", "the border", "Tajikistan") or
/// how often ("each year").
const PATH_OPENERS: &[&str] = &[
    "through", "across", "into", "via", "from", "to", "out", "along", "past", "the", "a", "an",
    "its", "their", "each", "every", "annually", "yearly",
];

/// The most words a measured phrase keeps.
const MAX_PHRASE_WORDS: usize = 7;

/// What a figure measures, and where the phrase it introduces ends (a rate such as
/// "annually" may follow it: "150 tons of Indian opium annually").
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Measured {
    pub phrase: String,
    /// Token index just past the introduced phrase, when the phrase came from there.
    pub phrase_end: Option<usize>,
}

/// Finds what each figure of one block measures, into `measured` (emptied first: a document's
/// runs reuse one list). `sentences` are token ranges.
pub fn assign_into(
    tokens: &[Token],
    text: &str,
    figures: &[Figure],
    sentences: &[Range<usize>],
    measured: &mut Vec<Measured>,
) {
    measured.clear();
    measured.reserve(figures.len());
    // The latest figure whose measure is known, for the fall-backs below: kept as we go, so a
    // paragraph of thousands of figures costs no search back through them.
    let mut last_measured: Option<usize> = None;
    for (index, figure) in figures.iter().enumerate() {
        let sentence = super::tokens::sentence_containing(sentences, figure.value_start)
            .unwrap_or(0..tokens.len());
        // Words right before the figure that say what it measures: "marijuana - 200,000;
        // hashish - 1.5-3 million" (a list of labelled figures), "cultivation increased six
        // percent and production 50 percent" (the verb said once, the second figure measures
        // the noun before it), "an exchange rate of U.S. $1 = $1.27 Australian" (the price of
        // the unit of one).
        let named_before = dash_label(tokens, text, figure, sentence.start)
            .or_else(|| gapped_subject(tokens, text, figures, index))
            .or_else(|| rate_basis_before(tokens, text, figure, sentence.start))
            .or_else(|| bracketed_share(tokens, text, figure, sentence.start));
        if let Some(phrase) = named_before {
            last_measured = Some(measured.len());
            measured.push(Measured {
                phrase,
                phrase_end: None,
            });
            continue;
        }
        // ("half of the estimated 129,100 hectares": a unit's name is not what is measured; the
        // phrase the sentence gives is, "coca".)
        // (Nor is a time: "526 acres last year".)
        let introduced = introduced_phrase(tokens, text, figure, sentence.end)
            .filter(|(phrase, _)| names_a_measure(phrase));
        let phrase_end = introduced.as_ref().map(|(_, end)| *end);
        let found = introduced
            .map(|(phrase, _)| phrase)
            .or_else(|| {
                // "decreased from 13 percent to 8 percent of the total detected flow": the
                // figure a change starts from measures what the one it goes to does.
                let to = figures.get(index + 1)?;
                let end = figure.tokens.end;
                let from_to = figure.kind == to.kind
                    && to.tokens.start == end + 1
                    && tokens[end].is_word("to")
                    && figure.tokens.start > sentence.start
                    && tokens[figure.tokens.start - 1].is_word("from");
                // "a third or even as much as one-half of total illicit proceeds": two guesses
                // at one share.
                let either = figure.kind == to.kind
                    && matches!(figure.kind, StatKind::Ratio | StatKind::Percent)
                    && tokens[end].is_word("or")
                    && tokens[end + 1..to.tokens.start].iter().all(|t| {
                        ["even", "perhaps", "possibly", "maybe"]
                            .iter()
                            .any(|w| t.is_word(w))
                    });
                // "seized 10 and 12 metric tons of cocaine": a list of numbers in one unit.
                let listed = figure.kind == to.kind
                    && figure.kind != StatKind::Count
                    && figure.unit == to.unit
                    && to.tokens.start == end + 1
                    && (tokens[end].is_word("and") || tokens[end].is_word("or"));
                // ("$3 million and $2 million in equipment": what the amounts are in.)
                let listed_money = || {
                    (listed && figure.kind == StatKind::Money)
                        .then(|| money_purpose(tokens, text, to, sentence.end))
                        .flatten()
                };
                (from_to || either || listed)
                    .then(|| introduced_phrase(tokens, text, to, sentence.end))
                    .flatten()
                    .map(|(phrase, _)| phrase)
                    .or_else(listed_money)
                    .or_else(|| gapped_phrase(tokens, text, figures, index, sentence.end))
            })
            .or_else(|| part_named_after(tokens, text, figure, sentence.clone()))
            .or_else(|| naming_phrase(tokens, text, figure, sentence.start))
            // ("its goal of eradicating 7,000 hectares", "succeeded in destroying 2,000
            // hectares": what a verb in -ing after a preposition does to an amount is of the
            // drug last named; "cocaine and heroin totaling 130 kilograms" names its own.)
            .or_else(|| {
                let at = figure.tokens.start.checked_sub(2)?;
                let (preposition, before) = (&tokens[at], &tokens[at + 1]);
                (["of", "in", "by", "after", "for"]
                    .iter()
                    .any(|w| preposition.is_word(w))
                    && before.kind == TokenKind::Word
                    && is_ing_form(before.text))
                .then(|| elided_drug(tokens, text, figure, sentence.start, sentences))
                .flatten()
            })
            .or_else(|| money_purpose(tokens, text, figure, sentence.end))
            .or_else(|| thresholded_noun(tokens, text, figure, sentence.start))
            .or_else(|| predicated_subject(tokens, text, figure, sentence.start))
            .or_else(|| changed_object(tokens, text, figure, sentence.clone()))
            .or_else(|| change_in_phrase(tokens, text, figure, sentence.start))
            .or_else(|| valued_object(tokens, text, figure, sentence.start))
            .or_else(|| totalled_phrase(tokens, text, figure, sentence.start))
            .or_else(|| apposed_phrase(tokens, text, figure, sentence.start))
            .or_else(|| bracketed_phrase(tokens, text, figure, sentence.start))
            .or_else(|| {
                // The figure before it in the same sentence.
                last_measured
                    .filter(|&k| figures[k].tokens.start >= sentence.start)
                    .map(|k| measured[k].phrase.clone())
            })
            .or_else(|| nearest_of_phrase(tokens, text, figure, sentence.start))
            .or_else(|| sentence_subject(tokens, text, figure, sentence.start))
            .or_else(|| changed_subject(tokens, text, figure, sentence.start))
            .or_else(|| opening_group(tokens, text, figure, sentence.start))
            .or_else(|| change_told_before(tokens, text, figure, sentence.clone(), sentences))
            .or_else(|| share_told_before(tokens, text, figure, sentence.clone(), sentences))
            .or_else(|| participle_after_unit(tokens, text, figure, sentence.end))
            // The figure before it in the paragraph, when the sentence refers back to it
            // ("the remaining third", "another 200").
            // ("4.2 tons of hashish. Opium sells for $50 per kilogram. Another 2 tons were
            // burned": the latest of the last few in the figure's own unit, if one is.)
            .or_else(|| {
                let last = last_measured.filter(|_| refers_back(tokens, sentence.clone()))?;
                // (Not far back: two sentences for a figure in its unit, the one before for
                // any other; "… in the 37 commands throughout the country. The government has
                // taken steps … But the Government meets 50% of it" points back to neither.)
                let here = sentences.partition_point(|s| s.end <= sentence.start);
                let starts_back = |n: usize| {
                    here.checked_sub(n)
                        .and_then(|p| sentences.get(p))
                        .map_or(usize::MAX, |s| s.start)
                };
                let same_unit = (last.saturating_sub(8)..=last)
                    .rev()
                    .find(|&k| figures[k].unit == figure.unit && !measured[k].phrase.is_empty())
                    .filter(|&k| figures[k].tokens.start >= starts_back(2));
                // (An amount of money is no share of what a count before it counted: "390
                // deaths. … it cost an estimated US$ 992 million".)
                let money = |f: &Figure| f.kind == StatKind::Money;
                let other = (money(figure) == money(&figures[last])
                    && figures[last].tokens.start >= starts_back(1))
                .then_some(last);
                let at = same_unit.or(other)?;
                Some(measured[at].phrase.clone())
            })
            .or_else(|| elided_drug(tokens, text, figure, sentence.start, sentences))
            .unwrap_or_default();
        // ("This year, officials detected cultivation across 6,000 hectares": a time is no
        // measure, wherever it was found.)
        // ("There were 390 deaths during the year, which represents an 8 percent increase":
        // the figure before it in the sentence, if there is one.)
        // ("a 19-percent drop in cultivation last year": the time is the sentence's.)
        let found = match trailing_time_start(&found) {
            Some(cut) => found[..cut].to_owned(),
            None => found,
        };
        // ("… reached 30,750 hectares. The figure rose from a low of 1,685 hectares": a word
        // that points back stands for what the figure before it measured, in this sentence or
        // the one before.)
        let found = if ["figure", "figures", "number", "numbers", "total", "amount"]
            .iter()
            .any(|w| found.eq_ignore_ascii_case(w))
        {
            let here = sentences.partition_point(|s| s.end <= sentence.start);
            let floor = here
                .checked_sub(1)
                .and_then(|p| sentences.get(p))
                .map_or(sentence.start, |s| s.start);
            last_measured
                .filter(|&k| figures[k].tokens.start >= floor)
                .map_or(found, |k| measured[k].phrase.clone())
        } else {
            found
        };
        let found = if is_time_phrase(&found) {
            last_measured
                .filter(|&k| figures[k].tokens.start >= sentence.start)
                .map(|k| measured[k].phrase.clone())
                .unwrap_or_default()
        } else {
            found
        };
        if !found.is_empty() {
            last_measured = Some(measured.len());
        }
        measured.push(Measured {
            phrase: found,
            phrase_end,
        });
    }
    // Told by a search of the run's bytes first (with a searcher built once): most runs never
    // say it.
    // ("espective": "respectively", and "these respective drugs".)
    static RESPECTIVELY: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"espective"));
    let says_respectively = figures.len() >= 2
        && tokens
            .first()
            .zip(tokens.last())
            .is_some_and(|(first, last)| {
                RESPECTIVELY
                    .find(&text.as_bytes()[first.start..last.end])
                    .is_some()
            });
    if says_respectively {
        share_out_respectively(tokens, figures, sentences, measured);
        pair_with_respective_figures(tokens, figures, measured);
    }
}

/// Where a time that ends a phrase starts ("cultivation| last year"), if one does and words
/// stand before it.
fn trailing_time_start(phrase: &str) -> Option<usize> {
    const TIMES: &[&str] = &[
        " last year",
        " this year",
        " that year",
        " next year",
        " the previous year",
        " the year before",
        " last month",
        " this month",
    ];
    TIMES
        .iter()
        .find(|time| phrase.ends_with(*time))
        .map(|time| phrase.len() - time.len())
        .filter(|&cut| cut > 0)
}

/// A phrase after a figure that says what it measures: not a unit's name ("half of the
/// estimated 129,100 hectares") nor a time ("526 acres last year").
fn names_a_measure(phrase: &str) -> bool {
    !super::units::names_a_unit(phrase) && !is_time_phrase(phrase)
}

/// "Peru had 38,700 hectares and Bolivia 21,800 hectares of coca": the figures of a list whose
/// verb is said once, each after its own name, measure what the last of them names. Walked on
/// through "Peru 38,700 hectares, Bolivia 21,800 and Colombia 50,900 hectares of coca" while
/// each next figure is of the same kind and unit and only a name (and a comma or "and") stands
/// between.
fn gapped_phrase(
    tokens: &[Token],
    text: &str,
    figures: &[Figure],
    index: usize,
    sentence_end: usize,
) -> Option<String> {
    let first = &figures[index];
    if first.kind == StatKind::Count || first.unit.is_empty() {
        return None;
    }
    let mut previous = first;
    for next in &figures[index + 1..] {
        if next.kind != first.kind || next.unit != first.unit || next.tokens.start >= sentence_end {
            return None;
        }
        let mut between = &tokens[previous.tokens.end..next.tokens.start];
        if let [joint, rest @ ..] = between
            && (joint.is_word("and") || joint.text == ",")
        {
            between = rest;
        }
        if let [joint, rest @ ..] = between
            && joint.is_word("and")
        {
            between = rest;
        }
        let named = (1..=3).contains(&between.len())
            && between
                .iter()
                .all(|t| t.kind == TokenKind::Word && t.starts_upper());
        if !named {
            return None;
        }
        if let Some((phrase, _)) = introduced_phrase(tokens, text, next, sentence_end) {
            return names_a_measure(&phrase).then_some(phrase);
        }
        previous = next;
    }
    None
}

/// "cultivation increased six percent and production 50 percent": a figure after "and" and a
/// noun in small letters, the figure before it of the same kind right after its verb, measures
/// that noun: the verb is said once for both.
fn gapped_subject(
    tokens: &[Token],
    text: &str,
    figures: &[Figure],
    index: usize,
) -> Option<String> {
    let figure = &figures[index];
    let first = figures.get(index.checked_sub(1)?)?;
    if first.kind != figure.kind || figure.tokens.start <= first.tokens.end {
        return None;
    }
    let [and, nouns @ ..] = &tokens[first.tokens.end..figure.tokens.start] else {
        return None;
    };
    let verb_before_first = first.tokens.start.checked_sub(1).is_some_and(|k| {
        tokens[k].kind == TokenKind::Word && lexicon::is_linking_verb(tokens[k].text)
    });
    let nouns_alone = (1..=3).contains(&nouns.len())
        && nouns.iter().all(|t| {
            t.kind == TokenKind::Word
                && !t.starts_upper()
                && !lexicon::breaks_phrase(t.text)
                && !lexicon::is_adverb(t.text)
                && !lexicon::is_determiner(t.text)
                // ("… and production declined an estimated 8 percent": a verb of its own.)
                && !lexicon::is_linking_verb(t.text)
                && !t.text.ends_with("ed")
        });
    (and.is_word("and") && verb_before_first && nouns_alone).then(|| {
        let start = figure.tokens.start - nouns.len();
        slice(text, tokens, start..figure.tokens.start).to_owned()
    })
}

/// "2,541 kilograms of marijuana and 392 kg of cocaine, an increase compared to 471 kg and 83
/// kg of these respective drugs": two figures joined by "and", of "the respective" things,
/// measure what the two before them did, in order.
fn pair_with_respective_figures(tokens: &[Token], figures: &[Figure], measured: &mut [Measured]) {
    for i in 3..figures.len() {
        let respective = measured[i]
            .phrase
            .split_whitespace()
            .any(|w| w.eq_ignore_ascii_case("respective"));
        let joined = figures[i - 1].tokens.end + 1 == figures[i].tokens.start
            && tokens[figures[i - 1].tokens.end].is_word("and");
        let (first, second) = (&measured[i - 3].phrase, &measured[i - 2].phrase);
        if respective && joined && !first.is_empty() && !second.is_empty() && first != second {
            let (first, second) = (first.clone(), second.clone());
            measured[i - 1].phrase = first;
            measured[i].phrase = second;
        }
    }
}

/// "1. (U) Summary", "2. (SBU) Comment": a cable paragraph's number and its classification.
pub fn is_cable_paragraph_head(phrase: &str) -> bool {
    phrase.split_once('.').is_some_and(|(number, rest)| {
        (1..=2).contains(&number.len())
            && number.bytes().all(|b| b.is_ascii_digit())
            && rest.trim_start().starts_with('(')
    })
}

/// "kidnappings and extortions rose by 25.7 percent and 29.1 percent, respectively": figures
/// that measure one list of things, in a sentence that says "respectively", take its parts in
/// order.
fn share_out_respectively(
    tokens: &[Token],
    figures: &[Figure],
    sentences: &[Range<usize>],
    measured: &mut [Measured],
) {
    // Found in one pass: a long sentence is not searched again for each of its figures.
    let respectively: Vec<usize> = (0..tokens.len())
        .filter(|&k| tokens[k].is_word("respectively"))
        .collect();
    if respectively.is_empty() {
        return;
    }
    let mut i = 0;
    while i < figures.len() {
        let Some(sentence) = super::tokens::sentence_containing(sentences, figures[i].value_start)
        else {
            i += 1;
            continue;
        };
        // The figures after this one that measure the same phrase, in the same sentence.
        let mut end = i + 1;
        while end < figures.len()
            && sentence.contains(&figures[end].value_start)
            && measured[end].phrase == measured[i].phrase
        {
            end += 1;
        }
        let last_figure_end = figures[end - 1].tokens.end;
        let says_respectively = respectively
            .iter()
            .find(|&&k| k >= last_figure_end && k < sentence.end)
            // "120 kg and 300 kg in 1995 and 1996, respectively": the years are what is
            // paired with the figures, not the parts of the phrase.
            .is_some_and(|&k| !tokens[last_figure_end..k].iter().any(is_year));
        if end - i >= 2 && !measured[i].phrase.is_empty() && says_respectively {
            let parts = list_parts(&measured[i].phrase);
            if parts.len() == end - i {
                for (m, part) in measured[i..end].iter_mut().zip(parts) {
                    m.phrase = part;
                }
            }
        }
        i = end;
    }
}

/// "last year", "this year", "the year": a time, which no figure measures.
fn is_time_phrase(phrase: &str) -> bool {
    let all_words = |listed: fn(&str) -> bool| {
        phrase
            .split_whitespace()
            .all(|word| super::numbers::lowered(word, listed))
    };
    // (Told by its length first: the longest, "next quarter", has twelve bytes.)
    if phrase.len() <= 12 && all_words(is_time_word) {
        return true;
    }
    // "five years ago", "twelve months earlier": a time counted back, told by its last word
    // first.
    phrase.len() <= 21
        && phrase
            .rsplit(' ')
            .next()
            .is_some_and(|last| super::numbers::lowered(last, ends_a_time))
        && all_words(|w| {
            is_time_word(w)
                || ends_a_time(w)
                || matches!(w, "previous" | "past" | "few" | "several")
                || super::numbers::small_number_word(w).is_some()
                || w.bytes().all(|b| b.is_ascii_digit())
        })
}

/// "years", "ago", "earlier": the word a time counted back ends in ("five years ago").
fn ends_a_time(word: &str) -> bool {
    matches!(
        word,
        "year"
            | "years"
            | "month"
            | "months"
            | "week"
            | "weeks"
            | "day"
            | "days"
            | "decade"
            | "decades"
            | "ago"
            | "earlier"
            | "before"
            | "later"
    )
}

/// "last", "year", "quarter": a word of a phrase that names a time ("last year").
fn is_time_word(word: &str) -> bool {
    matches!(
        word,
        "last"
            | "this"
            | "next"
            | "that"
            | "the"
            | "year"
            | "years"
            | "month"
            | "months"
            | "week"
            | "weeks"
            | "quarter"
            | "season"
    )
}

/// "A, B and C", "A, B, and C", "A and B": the parts of a list of plain nouns ("depreciation
/// expense related to property and equipment" is one thing).
fn list_parts(phrase: &str) -> Vec<String> {
    if phrase
        .split_whitespace()
        .any(|w| w != "and" && lexicon::breaks_phrase(w.trim_end_matches(',')))
    {
        return Vec::new();
    }
    let Some((head, last)) = phrase.rsplit_once(" and ") else {
        return Vec::new();
    };
    let mut parts: Vec<String> = head
        .split(", ")
        .map(|p| p.trim_end_matches(',').trim().to_owned())
        .collect();
    parts.push(last.trim().to_owned());
    if parts.iter().any(String::is_empty) {
        return Vec::new();
    }
    parts
}

/// "…: marijuana - 200,000; ecstasy (MDMA) - 10,000-20,000": the label before a spaced dash,
/// back to the list's separator.
fn dash_label(
    tokens: &[Token],
    text: &str,
    figure: &Figure,
    sentence_start: usize,
) -> Option<String> {
    let dash = figure.tokens.start.checked_sub(1)?;
    // "the extremely large police force--120,000": a figure set after a dash, in apposition
    // to the noun phrase before it.
    let em_dash = match tokens[dash].text {
        "—" => Some(dash),
        "-" if dash >= 1 && tokens[dash - 1].text == "-" && !tokens[dash].space_before => {
            Some(dash - 1)
        }
        _ => None,
    };
    // ("this year—more than a third of the population": a figure with its own of-phrase.)
    let of_follows = tokens.get(figure.after).is_some_and(|t| t.is_word("of"));
    if let Some(open) = em_dash.filter(|&open| open > sentence_start && !of_follows) {
        let mut start = open;
        while start > sentence_start && open - start < 4 {
            let t = &tokens[start - 1];
            if t.kind != TokenKind::Word
                || lexicon::breaks_phrase(t.text)
                || lexicon::is_adverb(t.text)
            {
                break;
            }
            start -= 1;
        }
        // ("seized 30 metric tons--20 percent more than …": the words before the dash are the
        // unit of a figure of their own.)
        let unit_of_figure = start > sentence_start && tokens[start - 1].kind == TokenKind::Number;
        // ("WASHINGTON, USA -- Fourteen nations": a news story's dateline, its place in
        // capitals after a comma.)
        let in_capitals = |t: &Token| {
            t.kind == TokenKind::Word && t.text.bytes().all(|b| !b.is_ascii_lowercase())
        };
        let dateline = start >= sentence_start + 2
            && tokens[start - 1].text == ","
            && in_capitals(&tokens[start - 2])
            && tokens[start..open].iter().all(in_capitals);
        return (start < open && !unit_of_figure && !dateline)
            .then(|| slice(text, tokens, start..open).to_owned());
    }
    let spaced_dash = matches!(tokens[dash].text, "-" | "–")
        && tokens[dash].space_before
        && tokens
            .get(figure.tokens.start)
            .is_some_and(|t| t.space_before);
    if !spaced_dash || dash <= sentence_start {
        return None;
    }
    let mut start = dash;
    let mut words = 0;
    while start > sentence_start && words <= 4 {
        let t = &tokens[start - 1];
        // "ecstasy (MDMA)": an abbreviation in brackets belongs to the label.
        let bracket = matches!(t.text, "(" | ")");
        // "slowed to 2.0% in 1987 and to - 1.8%": a minus sign after a preposition.
        if t.kind == TokenKind::Word && lexicon::breaks_phrase(t.text) && !t.is_word("and") {
            return None;
        }
        if t.kind == TokenKind::Word && !t.is_word("and") {
            words += 1;
        } else if !bracket {
            break;
        }
        start -= 1;
    }
    let boundary = start == sentence_start
        || matches!(tokens[start - 1].text, ";" | ":" | ",")
        || tokens[start - 1].is_word("and");
    if words == 0 || words > 4 || !boundary || tokens[start].kind != TokenKind::Word {
        return None;
    }
    let label = slice(text, tokens, start..dash);
    (!label.is_empty()).then(|| label.to_owned())
}

fn slice<'a>(text: &'a str, tokens: &[Token], range: Range<usize>) -> &'a str {
    match (
        tokens.get(range.start),
        range.end.checked_sub(1).and_then(|e| tokens.get(e)),
    ) {
        (Some(first), Some(last)) if range.start < range.end => {
            text.get(first.start..last.end).unwrap_or("")
        }
        _ => "",
    }
}

fn is_year(token: &Token) -> bool {
    super::dates::year_value(token).is_some()
}

/// "This year cultivation fell", "Last year's harvest was": a time that opens a subject is no
/// part of it. Where the subject starting at `start` (and ending before `end`) starts after
/// such a time ("this year", or its noun alone when its "this" was left out).
fn past_opening_time(tokens: &[Token], start: usize, end: usize) -> usize {
    let time_noun = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            let word = t.text.trim_end_matches("'s").trim_end_matches("’s");
            t.kind == TokenKind::Word
                && ["year", "month", "week", "season", "quarter"]
                    .iter()
                    .any(|w| word.eq_ignore_ascii_case(w))
        })
    };
    let deictic = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            ["this", "last", "next", "past"]
                .iter()
                .any(|w| t.is_word(w))
        })
    };
    let noun_at = |k: usize| {
        k < end && tokens[k].kind == TokenKind::Word && !lexicon::breaks_phrase(tokens[k].text)
    };
    // "in fiscal year 2005 funds", "FY 2005 funds": a budget's year.
    let fiscal_year = |k: usize| {
        let year = |k: usize| tokens.get(k).is_some_and(is_year);
        if tokens
            .get(k)
            .is_some_and(|t| t.is_word("fiscal") || t.is_word("calendar"))
            && tokens.get(k + 1).is_some_and(|t| t.is_word("year"))
            && year(k + 2)
        {
            Some(k + 3)
        } else if tokens.get(k).is_some_and(|t| t.text == "FY") && year(k + 1) {
            Some(k + 2)
        } else {
            None
        }
    };
    if let Some(after) = fiscal_year(start).filter(|&after| noun_at(after)) {
        after
    } else if deictic(start) && time_noun(start + 1) && noun_at(start + 2) {
        start + 2
    } else if start > 0 && deictic(start - 1) && time_noun(start) && noun_at(start + 1) {
        start + 1
    } else {
        start
    }
}

/// "from 2004’s record crop of 206,700": the "s" at `k` is a possessive's ending the tokenizer
/// split from its year, no word of the phrase.
fn is_split_possessive_ending(tokens: &[Token], k: usize) -> bool {
    k >= 1 && tokens[k].text == "s" && matches!(tokens[k - 1].text, "'" | "’")
}

/// Forms of "be": before a participle, they make it passive ("is estimated").
const BE_FORMS: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];

/// "seized 14 MT of illegal drugs, of which 1.34 MT were opiates": a part of a whole said
/// before is named after its verb.
fn part_named_after(
    tokens: &[Token],
    text: &str,
    figure: &Figure,
    sentence: Range<usize>,
) -> Option<String> {
    // ("Of these, 120 were women.")
    let mut start = figure.tokens.start;
    if start > sentence.start && tokens[start - 1].text == "," {
        start -= 1;
    }
    let of_which = start >= sentence.start + 2
        && tokens[start - 2].is_word("of")
        && ["which", "these", "them", "those"]
            .iter()
            .any(|w| tokens[start - 1].is_word(w));
    // ("of which 18,620 km are canton and 1,057 km are national highways": the list goes on.)
    let listed_on = start > sentence.start
        && (tokens[start - 1].is_word("and") || tokens[start - 1].text == ",")
        && tokens[sentence.start..start]
            .windows(2)
            .any(|w| w[0].is_word("of") && w[1].is_word("which"));
    let verb = tokens.get(figure.tokens.end)?;
    if !(of_which || listed_on) || !["were", "was", "are", "is"].iter().any(|w| verb.is_word(w)) {
        return None;
    }
    let phrase = phrase_forward(tokens, figure.tokens.end + 1, sentence.end)?;
    // ("of which 75% is exported", "approximately 110 are inhabited": what the part does or
    // is like, not what it is.)
    let head = tokens.get(phrase.end.checked_sub(1)?)?;
    if phrase.is_empty()
        || looks_participle(head.text)
        || looks_adjective(head.text)
        || head.text.ends_with("able")
        || tokens
            .get(phrase.end)
            .is_some_and(|t| looks_participle(t.text))
    {
        return None;
    }
    Some(slice(text, tokens, phrase).to_owned())
}

/// A noun phrase starting at `i` (determiners skipped), ending before `limit`: its token range.
fn phrase_forward(tokens: &[Token], i: usize, limit: usize) -> Option<Range<usize>> {
    let mut i = past_opening_time(tokens, i, limit);
    if i + 1 < limit && !tokens[i].space_before && is_split_possessive_ending(tokens, i) {
        i += 1;
    }
    let mut start = i;
    while start < limit
        && tokens[start].kind == TokenKind::Word
        && lexicon::is_determiner(tokens[start].text)
    {
        start += 1;
    }
    // "92 percent of that country's illicit poppy cultivation": a demonstrative before a noun
    // opens the phrase ("75 percent of that is exported" has none).
    if start == i
        && start + 1 < limit
        && ["that", "this", "these", "those"]
            .iter()
            .any(|w| tokens[start].is_word(w))
        && tokens[start + 1].kind == TokenKind::Word
        && !lexicon::breaks_phrase(tokens[start + 1].text)
        && !lexicon::is_linking_verb(tokens[start + 1].text)
    {
        start += 1;
    }
    // "about 75 percent of the country's 25,000 hard drug users": a possessive before the count
    // names whose they are, not what is counted ("ten percent of China's 1.3 billion citizens").
    let possessive_start = start;
    let currency_sign = |t: &Token| matches!(t.text, "$" | "€" | "£");
    if start + 2 < limit
        && tokens[start].kind == TokenKind::Word
        && is_possessive(tokens[start].text)
    {
        // "the country's estimated 2004 population": the count's own qualifier too.
        let estimated =
            tokens[start + 1].is_word("estimated") || tokens[start + 1].is_word("total");
        let mut number_at = start + 1 + usize::from(estimated);
        // ("23 percent of Morocco's $100 billion GDP": an amount of money.)
        if number_at + 2 < limit && currency_sign(&tokens[number_at]) {
            number_at += 1;
        }
        if number_at + 1 < limit && tokens[number_at].kind == TokenKind::Number {
            start += 1;
            if estimated && tokens[number_at + 1].kind == TokenKind::Word {
                start = number_at + 1;
            }
        }
    }
    // "half of the estimated 129,100 hectares": a count's own qualifier is stepped over with it.
    if start > i
        && start + 2 < limit
        && tokens[start + 1].kind == TokenKind::Number
        && [
            "estimated",
            "approximately",
            "about",
            "some",
            "nearly",
            "roughly",
            "over",
        ]
        .iter()
        .any(|w| tokens[start].is_word(w))
    {
        start += 1;
    }
    // "one-quarter of the 1,500 prisoners": a count inside the phrase is stepped over, with
    // its scale ("the world's 862 million illiterate adults").
    // (After a possessive only: "of the $1 billion ostensibly reimbursed" is a figure of its
    // own.)
    if start > possessive_start
        && start + 2 < limit
        && currency_sign(&tokens[start])
        && tokens[start + 1].kind == TokenKind::Number
    {
        start += 1;
    }
    if (start > i || start > possessive_start)
        && start + 1 < limit
        && tokens[start].kind == TokenKind::Number
        && tokens[start + 1].kind == TokenKind::Word
    {
        start += 1;
        if start + 1 < limit && super::numbers::scale_word(tokens[start].text).is_some() {
            start += 1;
        }
    }
    let mut end = start;
    while end < limit && end - start < MAX_PHRASE_WORDS {
        let t = &tokens[end];
        // "narcotics- related crimes": a compound broken at its hyphen.
        if end > start
            && t.text == "-"
            && !t.space_before
            && tokens
                .get(end + 1)
                .is_some_and(|n| n.kind == TokenKind::Word)
        {
            end += 1;
            continue;
        }
        // "the U.S./Mexican border": two words a slash joins, with no space, are one (the
        // stop of an abbreviation before it is its own).
        let glued = |k: usize, text: &str| {
            tokens
                .get(k)
                .is_some_and(|t| t.text == text && !t.space_before)
        };
        let slash = end + usize::from(glued(end, "."));
        // ("its $70 billion R&D budget": an ampersand glued between letters too.)
        if end > start
            && (glued(slash, "/") || glued(slash, "&"))
            && slash + 1 < limit
            && tokens[slash + 1].kind == TokenKind::Word
            && !tokens[slash + 1].space_before
        {
            end = slash + 1;
            continue;
        }
        // "combined licit and illicit GDP": a pair of opposites describes the noun after it.
        if end > start
            && (t.is_word("and") || t.is_word("or"))
            && tokens
                .get(end + 1)
                .is_some_and(|n| negates(n.text, tokens[end - 1].text))
            && tokens.get(end + 2).is_some_and(|n| {
                n.kind == TokenKind::Word && !lexicon::breaks_phrase(n.text) && !is_year(n)
            })
        {
            end += 2;
            continue;
        }
        // "regular and occasional drug users": a word that heads nothing, joined to a phrase
        // that ends in its noun.
        // ("the top 20 producing and transit countries": a participle so too.)
        let describing = |w: &str| {
            looks_adjective(w) || (w.len() > 5 && w.ends_with("ing") && looks_participle(w))
        };
        if end == start + 1
            && (t.is_word("and") || t.is_word("or"))
            && describing(tokens[start].text)
            && let Some(rest) = phrase_forward_words(tokens, end + 1, limit)
            && rest.len() >= 2
            && lexicon::looks_plural(tokens[rest.end - 1].text)
        {
            end = rest.end;
            break;
        }
        // "more than a dozen high-ranking government, judicial, military, and law
        // enforcement officials": a list of modifiers, set apart by commas, before its noun.
        if end > start
            && t.text == ","
            && !lexicon::looks_plural(tokens[end - 1].text)
            && let Some(noun_end) = modifier_list_end(tokens, end, limit)
            && noun_end - start <= 14
        {
            end = noun_end;
            break;
        }
        // ("29 demand reduction projects": a noun of change inside a compound, its noun
        // after it.)
        let compound_change = || {
            end > start
                && is_change_noun(t)
                && tokens.get(end + 1).is_some_and(|n| {
                    n.kind == TokenKind::Word
                        && n.space_before
                        && !lexicon::breaks_phrase(n.text)
                        && !is_preposition(n)
                        && lexicon::looks_plural(n.text)
                })
        };
        if t.kind != TokenKind::Word
            || (lexicon::breaks_phrase(t.text) && !compound_change())
            || is_year(t)
        {
            break;
        }
        if t.text.eq_ignore_ascii_case("of") {
            break;
        }
        // "one kilo of morphine base produce one kilo of heroin": a number word starts the
        // next figure.
        if end > start && super::numbers::small_number_word(t.text).is_some() {
            break;
        }
        // "22 previously unmonitored precursor chemicals": an adverb inside the phrase is kept;
        // one closing it ("opium annually") is not, nor a rate ("cocaine annually transit";
        // "yearly" may describe a noun, "Labour's yearly funding").
        if lexicon::is_adverb(t.text)
            && (t.is_word("annually")
                || !tokens
                    .get(end + 1)
                    .is_some_and(|n| n.kind == TokenKind::Word && !lexicon::breaks_phrase(n.text)))
        {
            break;
        }
        // After a noun, a participle starts a new clause: "transactions considered", "heroin
        // coming from"; nouns in -ing ("money laundering cases") do not.
        let participle = || {
            // Told first by the last byte: "-ed" and "-ing" end in ASCII letters of some case.
            let ends_d_or_g = matches!(t.text.as_bytes().last(), Some(b'd' | b'D' | b'g' | b'G'));
            ends_d_or_g
                && super::numbers::lowered(t.text, |lower| {
                    (lower.ends_with("ed")
                        || (lower.ends_with("ing") && !lexicon::is_ing_noun(lower)))
                        && !lower.contains('-')
                })
        };
        // "previously unmonitored precursor chemicals": a participle before a noun describes it.
        let describes_next = || {
            tokens.get(end + 1).is_some_and(|n| {
                n.kind == TokenKind::Word
                    && !lexicon::breaks_phrase(n.text)
                    && !lexicon::is_adverb(n.text)
                    && !is_year(n)
            })
        };
        // ("the heroin found on the East Coast": a participle of no "-ed".)
        let irregular = || IRREGULAR_PARTICIPLES.iter().any(|w| t.is_word(w));
        if end > start && (participle() || irregular()) && !describes_next() {
            break;
        }
        // "30 tons of heroin pass through Tajikistan", "heroin transit Tajikistan": after a
        // bare noun, a verb of movement before its path ends the subject. ("the heroin flow
        // through …" has a determiner and is a noun; "transit routes" has no path, nor has
        // "TRANSIT AREAS" in a copy set in capitals.)
        if end > start
            && start == i
            && MOTION_VERBS.iter().any(|w| t.is_word(w))
            && tokens.get(end + 1).is_some_and(|n| {
                n.kind == TokenKind::Word
                    && ((n.starts_upper() && !t.starts_upper())
                        || PATH_OPENERS.iter().any(|w| n.is_word(w)))
            })
        {
            break;
        }
        end += 1;
        // A plural noun heads its phrase: "citizens uses", "drug users in".
        let continues = tokens.get(end).is_some_and(|n| {
            n.text.eq_ignore_ascii_case("of") || (n.text == "-" && !n.space_before)
        });
        // ("three counternarcotics officials", "customs officers": a plural that describes
        // the noun after it.)
        let describes = || {
            [
                "narcotics",
                "counternarcotics",
                "counter-narcotics",
                "antinarcotics",
                "anti-narcotics",
                "customs",
                "arms",
                "goods",
                "sales",
                "securities",
                "savings",
            ]
            .iter()
            .any(|w| t.is_word(w))
                // ("$2.5 million in counternarcotics assistance": a word of "counter-" or
                // "anti-" is never a noun, and describes any noun after it.)
                && {
                    let never_a_noun = super::numbers::lowered(t.text, |w| {
                        w.starts_with("counter") || w.starts_with("anti")
                    });
                    // (Else the noun a plural, a noun in -ing or "police": "narcotics transit
                    // the country" is a verb's subject.)
                    tokens.get(end).is_some_and(|n| {
                        end < limit
                            && n.kind == TokenKind::Word
                            && !lexicon::breaks_phrase(n.text)
                            && (lexicon::looks_plural(n.text)
                                || n.text.ends_with("ing")
                                || n.is_word("police")
                                || (never_a_noun
                                    && !n.starts_upper()
                                    && !is_preposition(n)
                                    && !lexicon::is_adverb(n.text)))
                    })
                }
        };
        if lexicon::looks_plural(t.text) && !continues && !describes() {
            break;
        }
    }
    (end > start).then_some(start..end)
}

/// "the Organization" / "of Eastern Caribbean States": where a name a phrase ends inside
/// (its last word at `end - 1` in Title Case) ends, over its Title Case words and the little
/// words between them, no further than `limit`.
fn name_end(tokens: &[Token], end: usize, limit: usize) -> usize {
    // (In Title Case: a copy in capitals gives every word a capital.)
    let capitalised = |k: usize| {
        k < limit
            && tokens[k].kind == TokenKind::Word
            && tokens[k].starts_upper()
            && tokens[k].text.bytes().any(|b| b.is_ascii_lowercase())
    };
    if end == 0 || !capitalised(end - 1) {
        return end;
    }
    let (mut k, mut name_end) = (end, end);
    while k - end < 8 {
        if capitalised(k) {
            k += 1;
            name_end = k;
        } else if k < limit
            && ["of", "and", "for", "on"]
                .iter()
                .any(|w| tokens[k].is_word(w))
            && capitalised(k + 1)
        {
            k += 1;
        } else {
            break;
        }
    }
    name_end
}

/// "three National Department for Criminal Investigation (DNIC) officials": a count before the
/// name of a body counts the members named after it. `name` is the phrase read so far; the
/// phrase is taken on through the name's words (capitalised, or joining words inside it) and
/// its acronym in brackets to a plural noun in lower case. Returns the phrase's new end.
fn members_of_named_body(tokens: &[Token], name: Range<usize>, limit: usize) -> usize {
    let capitalised = |t: &Token| t.kind == TokenKind::Word && t.starts_upper();
    if !tokens[name.clone()].iter().all(capitalised) {
        return name.end;
    }
    let mut k = name.end;
    while k < limit && k - name.end < 10 {
        let t = &tokens[k];
        if capitalised(t)
            || ["for", "of", "and", "on", "against"]
                .iter()
                .any(|w| t.is_word(w))
        {
            k += 1;
        } else if t.text == "("
            // "(DNIC)", "(Drug Enforcement Administration)": the body's other name.
            && let Some(close) = (k + 2..(k + 8).min(limit)).find(|&c| tokens[c].text == ")")
            && tokens[k + 1..close]
                .iter()
                .all(|t| capitalised(t) || ["for", "of", "and"].iter().any(|w| t.is_word(w)))
        {
            k = close + 1;
        } else {
            break;
        }
    }
    let members = tokens.get(k).filter(|t| {
        t.kind == TokenKind::Word
            && !t.starts_upper()
            && !lexicon::breaks_phrase(t.text)
            && lexicon::looks_plural(t.text)
    });
    // "12 Customs officials": a name that reads as a plural ended the phrase read so far.
    let name_read_as_plural = lexicon::looks_plural(tokens[name.end - 1].text);
    if k < limit && (k > name.end || name_read_as_plural) && members.is_some() {
        k + 1
    } else {
        name.end
    }
}

/// The phrase a figure introduces at `at` (right after it, or after its "of"), words in
/// quotation marks included: `300 "hard-core" addicts`, `40 "narcos"`, `400 kilograms of
/// "crack" cocaine`.
fn phrase_after_figure(tokens: &[Token], at: usize, limit: usize) -> Option<Range<usize>> {
    match quoted_description(tokens, at, limit) {
        Some(Quoted::Describes(after)) => {
            phrase_forward(tokens, after, limit).map(|rest| at..rest.end)
        }
        Some(Quoted::Noun(inside)) => Some(inside),
        // ("three smaller islands": the comparative describes the noun.)
        None if super::figures::comparative_then_plural(tokens, at) => {
            phrase_forward(tokens, at + 1, limit).map(|rest| at..rest.end)
        }
        None => phrase_forward(tokens, at, limit),
    }
}

/// `300 "hard-core" addicts`, `500,000-600,000 "casual" (i.e., non-dependent) users`: words in
/// quotation marks at `start`, and an aside in brackets after them, that describe the noun
/// after them. Gives where the noun's phrase starts. (A lossy copy writes its curly quotation
/// marks as "?": `?casual?`.)
fn quoted_description(tokens: &[Token], start: usize, limit: usize) -> Option<Quoted> {
    let is_quote = |t: &Token| matches!(t.text, "\"" | "“" | "”" | "‘" | "’" | "'" | "?");
    let open = tokens.get(start).filter(|t| is_quote(t))?;
    let first = tokens.get(start + 1)?;
    if first.kind != TokenKind::Word
        || first.space_before
        || (open.text == "?" && !open.space_before)
    {
        return None;
    }
    let close = (start + 2..(start + 6).min(limit))
        .find(|&k| is_quote(&tokens[k]) && !tokens[k].space_before)?;
    let mut after = close + 1;
    if tokens.get(after).is_some_and(|t| t.text == "(") {
        after = (after + 1..(after + 10).min(limit)).find(|&k| tokens[k].text == ")")? + 1;
    }
    // The noun without its marks, nor a comma set inside them (`"judges,"`).
    let mut inside = start + 1..close;
    while inside.len() > 1 && tokens[inside.end - 1].kind == TokenKind::Punct {
        inside.end -= 1;
    }
    let quoted_noun = Some(Quoted::Noun(inside.clone()));
    let Some(noun) = tokens.get(after).filter(|_| after < limit) else {
        return quoted_noun;
    };
    // The quoted words describe a plural within three words after them (`"hard-core"
    // injecting drug users`, `45 "Maras" gang members`); without one, or where a plural in the
    // marks is followed by a participle (`12 "mules" carrying drugs to Europe`), they are the
    // noun themselves (`40 "narcos" last year`).
    let participle =
        super::numbers::lowered(noun.text, |w| w.ends_with("ing") || w.ends_with("ed"));
    let last_quoted = &tokens[inside.end - 1];
    let quoted_plural = lexicon::looks_plural(last_quoted.text) && participle;
    let describes = !quoted_plural
        && noun.kind == TokenKind::Word
        && !lexicon::breaks_phrase(noun.text)
        && !lexicon::is_adverb(noun.text)
        && (after..(after + 3).min(limit))
            .take_while(|&k| {
                tokens[k].kind == TokenKind::Word && !lexicon::breaks_phrase(tokens[k].text)
            })
            .any(|k| lexicon::looks_plural(tokens[k].text));
    if describes {
        Some(Quoted::Describes(after))
    } else {
        quoted_noun
    }
}

/// What words in quotation marks before a noun are ([`quoted_description`]).
enum Quoted {
    /// Words describing the noun whose phrase starts at this token.
    Describes(usize),
    /// The noun itself: the words inside the marks.
    Noun(Range<usize>),
}

/// "Georgia's", "Iran’s", and as lossy copies write it, "Iran?s" and a cable archive's
/// "BurmaQs".
fn is_possessive(word: &str) -> bool {
    let bytes = word.as_bytes();
    ["'s", "’s", "?s"].iter().any(|s| word.ends_with(s))
        || (bytes.len() >= 4 && word.ends_with("Qs") && bytes[bytes.len() - 3].is_ascii_lowercase())
}

/// "regular", "medium-sized", "small": a word that reads as an adjective by its ending or is
/// a common one ("cocaine and cocaine-related arrests" joins no adjective to a noun).
fn looks_adjective(word: &str) -> bool {
    super::numbers::lowered(word, |w| {
        [
            "al", "ous", "ive", "ic", "ful", "less", "able", "ible", "ary", "ory", "sized",
        ]
        .iter()
        .any(|suffix| w.len() > suffix.len() + 2 && w.ends_with(suffix))
            || matches!(
                w,
                "regular"
                    | "popular"
                    | "similar"
                    | "small"
                    | "large"
                    | "big"
                    | "new"
                    | "old"
                    | "young"
                    | "high"
                    | "low"
                    | "cold"
                    | "hot"
                    | "dry"
                    | "wet"
                    | "short"
                    | "long"
                    | "hard"
                    | "soft"
                    | "major"
                    | "minor"
                    | "licit"
                    | "illicit"
                    | "legal"
                    | "illegal"
                    | "domestic"
                    | "foreign"
                    | "public"
                    | "private"
            )
    })
}

/// The plain words from `i` up to a word that breaks a phrase, the first plural noun ending
/// them: the rest of a coordinated phrase ("occasional drug users").
fn phrase_forward_words(tokens: &[Token], i: usize, limit: usize) -> Option<Range<usize>> {
    let mut end = i;
    while end < limit
        && end - i < MAX_PHRASE_WORDS
        && tokens[end].kind == TokenKind::Word
        && !lexicon::breaks_phrase(tokens[end].text)
        && !is_year(&tokens[end])
    {
        let plural = lexicon::looks_plural(tokens[end].text);
        end += 1;
        if plural {
            break;
        }
    }
    (end > i).then_some(i..end)
}

/// ", judicial, military, and law enforcement officials" from the comma at `comma`: where the
/// plural noun after a list of modifiers ends (one of them reading as an adjective, none a
/// plural: "heroin, cocaine and synthetic drugs" lists things, not modifiers).
fn modifier_list_end(tokens: &[Token], comma: usize, limit: usize) -> Option<usize> {
    let modifier = |t: &Token| {
        t.kind == TokenKind::Word
            && !lexicon::breaks_phrase(t.text)
            && !lexicon::looks_plural(t.text)
    };
    let mut k = comma;
    let mut adjective = false;
    loop {
        // `k` stands on a comma: an item, or the "and" closing the list, follows.
        k += 1;
        if tokens
            .get(k)
            .is_some_and(|t| t.is_word("and") || t.is_word("or"))
        {
            break;
        }
        let item = k;
        while k < limit && k - item < 2 && modifier(&tokens[k]) {
            adjective |= looks_adjective(tokens[k].text);
            k += 1;
        }
        match tokens.get(k) {
            _ if k == item => return None,
            Some(t) if t.text == "," => continue,
            Some(t) if t.is_word("and") || t.is_word("or") => break,
            _ => return None,
        }
    }
    let rest = phrase_forward_words(tokens, k + 1, limit)?;
    (adjective && lexicon::looks_plural(tokens[rest.end - 1].text)).then_some(rest.end)
}

/// "illicit" of "licit", "unregistered" of "registered", "non-medical" of "medical": `word`
/// is `base` with a negating prefix.
fn negates(word: &str, base: &str) -> bool {
    ["il", "im", "in", "ir", "un", "non-", "non"]
        .iter()
        .any(|prefix| {
            word.len() == prefix.len() + base.len()
                && word.is_char_boundary(prefix.len())
                && word[..prefix.len()].eq_ignore_ascii_case(prefix)
                && word[prefix.len()..].eq_ignore_ascii_case(base)
        })
        && !base.is_empty()
}

/// "the 29,420 hectares taken out of cultivation", "the 7,000 hectares eradicated in 1998":
/// an amount a participle after its unit says what it is, when nothing else does; the unit
/// and the participle's phrase (up to a time, a place or an agent).
fn participle_after_unit(
    tokens: &[Token],
    text: &str,
    figure: &Figure,
    sentence_end: usize,
) -> Option<String> {
    let participle = tokens.get(figure.after)?;
    let irregular = IRREGULAR_PARTICIPLES.iter().any(|w| participle.is_word(w));
    let regular = super::numbers::lowered(participle.text, |w| {
        looks_participle(w) && w.ends_with("ed")
    });
    if figure.kind != StatKind::Quantity
        || figure.after != figure.tokens.end
        || participle.kind != TokenKind::Word
        || !(regular || irregular)
    {
        return None;
    }
    let unit_start =
        (figure.value_start..figure.tokens.end).find(|&k| tokens[k].kind == TokenKind::Word)?;
    let mut end = figure.after + 1;
    while end < sentence_end.min(figure.after + 5) {
        let t = &tokens[end];
        let stops = [
            "in",
            "during",
            "by",
            "at",
            "on",
            "since",
            "from",
            "for",
            "last",
            "this",
            "and",
            "or",
            "was",
            "were",
            "is",
            "are",
            "represent",
            "represents",
            "exceeded",
        ]
        .iter()
        .any(|w| t.is_word(w));
        if t.kind != TokenKind::Word || stops || is_year(t) {
            break;
        }
        end += 1;
    }
    Some(slice(text, tokens, unit_start..end).to_owned())
}

/// Drugs a report weighs or grows by the ton or hectare.
const DRUGS: &[&str] = &[
    "cannabis",
    "hashish",
    "marijuana",
    "marihuana",
    "heroin",
    "cocaine",
    "opium",
    "morphine",
    "coca",
    "hemp",
    "khat",
    "ephedra",
    "amphetamine",
    "amphetamines",
    "methamphetamine",
];

/// "Morocco is a major producer of cannabis. … over 2,000 mt are exported annually": an
/// amount by weight or area with nothing named after it is of the drug last named, in its
/// sentence or the one before.
fn elided_drug(
    tokens: &[Token],
    text: &str,
    figure: &Figure,
    sentence_start: usize,
    sentences: &[Range<usize>],
) -> Option<String> {
    if figure.kind != StatKind::Quantity
        || !matches!(&*figure.unit, "t" | "kg" | "g" | "ha" | "t/yr" | "kg/yr")
    {
        return None;
    }
    let here = sentences.partition_point(|s| s.end <= sentence_start);
    let from = here
        .checked_sub(1)
        .and_then(|p| sentences.get(p))
        .map_or(sentence_start, |s| s.start);
    let drug = tokens[from..figure.tokens.start]
        .iter()
        .rev()
        .find(|t| t.kind == TokenKind::Word && DRUGS.iter().any(|d| t.is_word(d)))?;
    Some(text[drug.start..drug.end].to_owned())
}

/// Whether a sentence points back at what came before it: "the remaining third", "another
/// 200", "the rest", "of which", "these".
fn refers_back(tokens: &[Token], sentence: Range<usize>) -> bool {
    tokens[sentence].iter().any(|t| {
        t.kind == TokenKind::Word
            && [
                "remaining",
                "rest",
                "another",
                "other",
                "others",
                "further",
                "additional",
                "same",
                "this",
                "these",
                "those",
                "which",
                "it",
                "they",
                "its",
                "their",
                "figure",
                "total",
            ]
            .iter()
            .any(|w| t.text.eq_ignore_ascii_case(w))
    })
}

/// Adjectives a measure is followed by ("744 kilometers long"): what they describe is the
/// sentence's subject, not the word.
const DIMENSIONS: &[&str] = &[
    "apart", "away", "deep", "high", "long", "old", "tall", "thick", "wide",
];

/// "both countries", "the two countries", "each province": places a report has named, in a
/// group; where something happened, never what it was.
fn names_places(phrase: &[Token]) -> bool {
    let [first, .., last] = phrase else {
        return false;
    };
    ["both", "each", "all", "the", "these", "those"]
        .iter()
        .any(|w| first.is_word(w))
        && [
            "countries",
            "country",
            "nations",
            "states",
            "republics",
            "provinces",
            "province",
            "regions",
            "region",
        ]
        .iter()
        .any(|w| last.is_word(w))
}

/// The phrase right after the figure, with one "of …" continuation.
fn introduced_phrase(
    tokens: &[Token],
    text: &str,
    figure: &Figure,
    limit: usize,
) -> Option<(String, usize)> {
    let mut at = figure.after;
    // "Twice as many traffickers were arrested": a multiple of what it counts.
    if figure.unit == "x"
        && tokens.get(at).is_some_and(|t| t.is_word("as"))
        && tokens
            .get(at + 1)
            .is_some_and(|t| t.is_word("many") || t.is_word("much"))
        && let Some(range) = phrase_forward(tokens, at + 2, limit)
    {
        return Some((slice(text, tokens, range.clone()).to_owned(), range.end));
    }
    // "25 kg. of heroin": an abbreviated unit's full stop.
    if figure.kind == StatKind::Quantity
        && tokens
            .get(at)
            .is_some_and(|t| t.text == "." && !t.space_before)
        && tokens.get(at + 1).is_some_and(|t| t.is_word("of"))
    {
        at += 1;
    }
    // "264 hectares (ha) of poppy", "20 metric tons (20,000 kg) of narcotics": the unit's
    // abbreviation or the amount in other units, in brackets, is stepped over.
    if figure.kind != StatKind::Count
        && tokens.get(at).is_some_and(|t| t.text == "(")
        && let Some(close) = (at + 2..(at + 5).min(limit)).find(|&k| tokens[k].text == ")")
    {
        let inside = &tokens[at + 1..close];
        let abbreviation = inside.len() == 1 && inside[0].kind == TokenKind::Word;
        // (Only before the "of" of what is measured: "2,000 kilometres (1,200 mi) east of
        // Australia" says where.)
        let converted = inside[0].kind == TokenKind::Number
            && inside[1..].iter().all(|t| t.kind == TokenKind::Word)
            && tokens.get(close + 1).is_some_and(|t| t.is_word("of"));
        if abbreviation || converted {
            at = close + 1;
        }
    }
    // "(over 370,000 currently registered in Panama)": a clause's verb, not a noun, follows
    // ("3 privately owned channels" describes its noun).
    if tokens.get(at).is_some_and(|t| lexicon::is_adverb(t.text))
        && tokens
            .get(at + 1)
            .is_some_and(|t| t.kind == TokenKind::Word && t.text.ends_with("ed"))
        && tokens
            .get(at + 2)
            .is_none_or(|t| t.kind != TokenKind::Word || is_preposition(t))
    {
        return None;
    }
    // "89,500 hectares under opium poppy cultivation": an area under a crop. ("40,000
    // hectares under cultivation" names none: the sentence says what grows.)
    if figure.kind == StatKind::Quantity
        && ["ha", "km2", "acre"]
            .iter()
            .any(|u| figure.unit.starts_with(u))
        && tokens.get(at).is_some_and(|t| t.is_word("under"))
        && let Some(range) = phrase_forward(tokens, at + 1, limit)
        && range.len() >= 2
        && tokens[range.end - 1].kind == TokenKind::Word
        && super::numbers::lowered(tokens[range.end - 1].text, |w| {
            matches!(
                w,
                "cultivation" | "poppy" | "coca" | "cannabis" | "marijuana" | "crop" | "crops"
            )
        })
    {
        return Some((slice(text, tokens, range.clone()).to_owned(), range.end));
    }
    // "85,000 hectares are devoted to cannabis production": what an area is given over to.
    if figure.kind == StatKind::Quantity
        && ["ha", "km2", "acre", "m2"]
            .iter()
            .any(|u| figure.unit.starts_with(u))
        && tokens
            .get(at)
            .is_some_and(|t| ["are", "were", "is", "was"].iter().any(|w| t.is_word(w)))
        && tokens.get(at + 1).is_some_and(|t| {
            ["devoted", "dedicated", "planted", "given"]
                .iter()
                .any(|w| t.is_word(w))
        })
        && tokens
            .get(at + 2)
            .is_some_and(|t| t.is_word("to") || t.is_word("with") || t.is_word("over"))
        && let Some(range) = phrase_forward(tokens, at + 3, limit)
    {
        return Some((slice(text, tokens, range.clone()).to_owned(), range.end));
    }
    // "a one-third nation-wide reduction in poppy cultivation", "a 5 percent overall drop":
    // a word of scope or degree before the noun of change.
    if tokens.get(at).is_some_and(|t| {
        t.kind == TokenKind::Word
            && (looks_adjective(t.text)
                || [
                    "nationwide",
                    "nation-wide",
                    "countrywide",
                    "country-wide",
                    "overall",
                    "net",
                    "sharp",
                    "steep",
                    "further",
                ]
                .iter()
                .any(|w| t.is_word(w)))
    }) && tokens.get(at + 1).is_some_and(is_change_noun)
    {
        at += 1;
    }
    // "a thirty percent increase in the number of registered drug addicts", "an increase of 6
    // percent in drug trafficking".
    let change_before = figure.tokens.start >= 2
        && tokens[figure.tokens.start - 1].is_word("of")
        && is_change_noun(&tokens[figure.tokens.start - 2]);
    let change_in = if tokens.get(at).is_some_and(is_change_noun)
        && tokens.get(at + 1).is_some_and(|t| t.is_word("in"))
    {
        Some(at + 2)
    } else if tokens.get(at).is_some_and(is_change_noun)
        && tokens.get(at + 1).is_some_and(|t| t.is_word("to"))
        && tokens
            .get(at + 2)
            .is_some_and(|t| t.kind == TokenKind::Number)
        && tokens.get(at + 3).is_some_and(|t| t.is_word("of"))
    {
        // "an 11 percent increase to 250 of drug-related deaths".
        Some(at + 4)
    } else if change_before && tokens.get(at).is_some_and(|t| t.is_word("in")) {
        Some(at + 1)
    } else if figure.tokens.start >= 2
        && tokens[figure.tokens.start - 1].text == "("
        && is_change_noun(&tokens[figure.tokens.start - 2])
        && tokens.get(at).is_some_and(|t| t.text == ")")
        && tokens.get(at + 1).is_some_and(|t| t.is_word("in"))
    {
        // "a dramatic increase (60.5 percent) in arrests for trafficking in cocaine".
        Some(at + 2)
    } else {
        None
    };
    if let Some(mut k) = change_in {
        if tokens.get(k).is_some_and(|t| t.is_word("the"))
            && tokens
                .get(k + 1)
                .is_some_and(|t| t.is_word("number") || t.is_word("amount") || t.is_word("volume"))
            && tokens.get(k + 2).is_some_and(|t| t.is_word("of"))
        {
            k += 3;
        }
        let range = phrase_forward(tokens, k, limit)?;
        // ("a 5 percent decrease in Bolivia", "a drop of 70 percent in both countries": where
        // it fell, not what.)
        if tokens[range.clone()].iter().all(|t| t.starts_upper())
            || names_places(&tokens[k..range.end])
        {
            return None;
        }
        return Some((slice(text, tokens, range.clone()).to_owned(), range.end));
    }
    // "handled 80 percent more drug cases": a share of more (or fewer) of something; "seven
    // more Financial Intelligence Units": a count of them.
    if (figure.kind == StatKind::Percent
        || (figure.kind == StatKind::Count && super::figures::more_of_things(tokens, at)))
        && tokens
            .get(at)
            .is_some_and(|t| t.is_word("more") || t.is_word("fewer") || t.is_word("less"))
        && tokens.get(at + 1).is_some_and(|t| {
            t.kind == TokenKind::Word && !t.is_word("than") && !lexicon::breaks_phrase(t.text)
        })
        && let Some(range) = phrase_forward(tokens, at + 1, limit)
    {
        return Some((slice(text, tokens, range.clone()).to_owned(), range.end));
    }
    // "about 50,000, mainly heroin, addicts": a count, an aside, and what it counts.
    if figure.kind == StatKind::Count
        && tokens.get(at).is_some_and(|t| t.text == ",")
        && let Some(close) = (at + 2..(at + 5).min(limit)).find(|&k| tokens[k].text == ",")
        && tokens[at + 1..close]
            .iter()
            .all(|t| t.kind == TokenKind::Word)
        && let Some(range) = phrase_forward(tokens, close + 1, limit)
        && range.len() <= 2
        && lexicon::looks_plural(tokens[range.end - 1].text)
        && !tokens
            .get(range.end)
            .is_some_and(|t| t.kind == TokenKind::Word)
    {
        return Some((slice(text, tokens, range.clone()).to_owned(), range.end));
    }
    // "USD 1,437,448 worth of assets": what the money is the value of.
    if figure.kind == StatKind::Money
        && tokens.get(at).is_some_and(|t| t.is_word("worth"))
        && tokens.get(at + 1).is_some_and(|t| t.is_word("of"))
        && let Some(range) = phrase_forward(tokens, at + 2, limit)
    {
        return Some((slice(text, tokens, range.clone()).to_owned(), range.end));
    }
    // "about ten of 17 provinces": some of a number of things, which it counts too.
    if figure.kind == StatKind::Count
        && super::figures::some_of_a_number(tokens, at)
        && let Some(range) = phrase_forward(tokens, at + 2, limit)
    {
        return Some((slice(text, tokens, range.clone()).to_owned(), range.end));
    }
    // "over three times the length of the U.S. border": a multiple of a dimension that
    // follows it. ("twice the national average" is the yardstick, not what is measured; a
    // data sheet's "3.5 times the size of Colorado" is its field's, "Comparative area".)
    if figure.unit == "x"
        && tokens.get(at).is_some_and(|t| t.is_word("the"))
        && tokens.get(at + 1).is_some_and(|t| {
            ["length", "width", "height", "depth", "distance", "share"]
                .iter()
                .any(|w| t.is_word(w))
        })
        && let Some(mut range) = phrase_forward(tokens, at, limit)
    {
        // ("the share of the vote": what it is a share of.)
        if tokens.get(range.end).is_some_and(|t| t.is_word("of"))
            && let Some(of) = phrase_forward(tokens, range.end + 1, limit)
        {
            range.end = of.end;
        }
        return Some((slice(text, tokens, range.clone()).to_owned(), range.end));
    }
    let starts_with_of = tokens.get(at).is_some_and(|t| t.is_word("of"));
    // "a 700 km frontier", "a $1.2 million grant", "a 12 percent pay raise", "another three
    // percent pay-raise": a figure used as an adjective. ("744 kilometers long" measures
    // nothing by "long": its subject says what is long; "a 12 percent increase" alone is a
    // change of something the sentence names elsewhere.)
    let word_before = figure
        .tokens
        .start
        .checked_sub(1)
        .and_then(|k| tokens.get(k));
    let after_article = word_before.is_some_and(|t| t.is_word("a") || t.is_word("an"));
    let after_another = word_before.is_some_and(|t| t.is_word("another"));
    let percent_adjective = figure.kind == StatKind::Percent
        && (after_article || after_another)
        && tokens.get(at).is_some_and(|t| {
            !is_change_noun(t)
                && ![
                    "point",
                    "points",
                    "due",
                    "owing",
                    "compared",
                    "more",
                    "less",
                    "higher",
                    "lower",
                    "greater",
                    "smaller",
                    "larger",
                    "above",
                    "below",
                    "over",
                    "under",
                    "up",
                    "down",
                    "off",
                    "so",
                    "than",
                    "rate",
                    "rates",
                    "average",
                    "annual",
                    "annually",
                    "yearly",
                    "share",
                    "level",
                    "levels",
                    "portion",
                    "proportion",
                    "majority",
                    "minority",
                    "chance",
                    "probability",
                    "margin",
                    "mark",
                    "clip",
                    "pace",
                ]
                .iter()
                .any(|w| t.is_word(w))
        });
    // ("the $73 million Pakistan Border Security Project", "its $5 million budget".)
    let after_determiner = after_article
        || word_before.is_some_and(|t| {
            ["the", "its", "their", "this"].iter().any(|w| t.is_word(w)) || is_possessive(t.text)
        });
    let adjectival = (figure.kind == StatKind::Quantity
        || (figure.kind == StatKind::Money && after_determiner)
        || percent_adjective)
        && tokens.get(at).is_some_and(|t| {
            t.kind == TokenKind::Word
                && !lexicon::breaks_phrase(t.text)
                && !lexicon::is_adverb(t.text)
                && super::numbers::lowered(t.text, |lower| {
                    !lower.ends_with("ing")
                        && !lower.ends_with("ed")
                        && !DIMENSIONS.contains(&lower)
                })
        });
    // "a 1,000 km long coastline": the figure and its dimension make one adjective of the
    // noun after them. (After "the" the phrase is a subject, and its verb would run on into
    // it: "The 300 km long border runs through".)
    let determiner_before =
        word_before.is_some_and(|t| ["a", "an", "its", "their"].iter().any(|w| t.is_word(w)));
    if figure.kind == StatKind::Quantity
        && determiner_before
        && tokens.get(at).is_some_and(|t| {
            t.kind == TokenKind::Word
                && super::numbers::lowered(t.text, |w| DIMENSIONS.contains(&w))
        })
        && tokens.get(at + 1).is_some_and(|t| {
            t.kind == TokenKind::Word
                && !lexicon::breaks_phrase(t.text)
                && !lexicon::is_adverb(t.text)
        })
        && let Some(range) = phrase_after_figure(tokens, at + 1, limit)
    {
        return Some((slice(text, tokens, range.clone()).to_owned(), range.end));
    }
    let direct = figure.kind == StatKind::Count || figure.noun_follows || adjectival;
    let range = if starts_with_of {
        let mut range = phrase_after_figure(tokens, at + 1, limit)?;
        // "one kilo of morphine base produce one kilo of heroin": a singular word right before
        // the next figure is the verb of the phrase, not its noun.
        if range.len() >= 2
            && tokens.get(range.end).is_some_and(|t| {
                t.kind == TokenKind::Number || super::numbers::small_number_word(t.text).is_some()
            })
            // The next figure an amount ("one kilo"), not a time ("cocaine base one week
            // later", "coca leaf 2 times").
            && super::units::unit_after(tokens, range.end + 1)
                .is_some_and(|u| u.kind == StatKind::Quantity)
            && !lexicon::looks_plural(tokens[range.end - 1].text)
        {
            range.end -= 1;
        }
        range
    } else if direct {
        let mut range = phrase_after_figure(tokens, at, limit)?;
        if figure.kind == StatKind::Count {
            range.end = members_of_named_body(tokens, range.clone(), limit);
        }
        range
    } else {
        return None;
    };
    let mut end = range.end;
    // "record cargoes of marijuana", "types of opiates", "cases of drug smuggling"
    // ("the six entities of the former Netherlands Antilles": a name, to its end.)
    if tokens.get(end).is_some_and(|t| t.is_word("of"))
        && let Some(more) = phrase_forward(tokens, end + 1, limit)
    {
        end = name_end(tokens, more.end, limit);
    }
    // "1,409 persons registered as drug addicts": what the persons are counted as ("1,200
    // people arrested as a result of" says nothing of them).
    if tokens.get(end + 1).is_some_and(|t| t.is_word("as"))
        && tokens.get(end).is_some_and(|t| {
            [
                "registered",
                "listed",
                "classified",
                "identified",
                "diagnosed",
                "recognized",
                "recognised",
                "designated",
                "categorized",
                "categorised",
                "counted",
                "recorded",
                "regarded",
            ]
            .iter()
            .any(|w| t.is_word(w))
        })
        && let Some(more) = phrase_forward(tokens, end + 2, limit)
    {
        end = more.end;
    }
    let phrase = slice(text, tokens, range.start..end);
    (!phrase.is_empty()).then(|| (phrase.to_owned(), end))
}

/// "a population of 10 million", "a total value of approximately $1.1 billion".
fn naming_phrase(
    tokens: &[Token],
    text: &str,
    figure: &Figure,
    sentence_start: usize,
) -> Option<String> {
    if figure.unit == "x" {
        return None;
    }
    let of = figure.tokens.start.checked_sub(1)?;
    if of <= sentence_start || !tokens[of].is_word("of") {
        return None;
    }
    let mut start = of;
    let mut words = 0;
    while start > sentence_start && words < 4 {
        let t = &tokens[start - 1];
        // "licit and illicit GDP of $9.8 billion": a pair of opposites is one word of it.
        if start >= sentence_start + 2
            && start < of
            && (t.is_word("and") || t.is_word("or"))
            && negates(tokens[start].text, tokens[start - 2].text)
        {
            start -= 2;
            continue;
        }
        if t.kind != TokenKind::Word
            || lexicon::breaks_phrase(t.text)
            || lexicon::is_determiner(t.text)
            || lexicon::is_adverb(t.text)
        {
            break;
        }
        start -= 1;
        words += 1;
    }
    if start < of && is_split_possessive_ending(tokens, start) {
        start += 1;
    }
    if start == of {
        return None;
    }
    // "the value of laundered funds in the range of $300-500 billion": what lies in the range.
    if tokens[of - 1].is_word("range")
        && of >= sentence_start + 3
        && tokens[of - 2].is_word("the")
        && tokens[of - 3].is_word("in")
        && let Some(range) = noun_phrase_before(tokens, of - 3, sentence_start)
    {
        return Some(slice(text, tokens, range).to_owned());
    }
    // "Most of", "one of", "all of": quantifiers, not names.
    let head = tokens[of - 1].text.to_lowercase();
    if matches!(
        head.as_str(),
        "most"
            | "many"
            | "much"
            | "one"
            | "part"
            | "none"
            | "each"
            | "consisting"
            | "composed"
            | "excess"
            | "worth"
            // "the 1995 figure of …": placeholders that name nothing
            | "figure"
            | "total"
            | "sum"
            | "level"
            | "amount"
            | "average"
            // "fell to a record low of 526 acres": a point the amount reached.
            | "low"
            | "high"
            | "peak"
    ) {
        return None;
    }
    Some(slice(text, tokens, start..of).to_owned())
}

/// "transactions over $10,000", "currency exceeding USD 5,000": the noun a bound right after
/// it sets a threshold for, as a money-laundering chapter's reporting rules do. ("must report
/// cash transactions over": the verb before the noun is not part of it.)
fn thresholded_noun(
    tokens: &[Token],
    text: &str,
    figure: &Figure,
    sentence_start: usize,
) -> Option<String> {
    let bound = matches!(figure.qualifier, "over" | "under" | "at most");
    // (Money only: "needs over 100 square miles", "resides less than a hundred meters" have
    // verbs that look like plurals.)
    if !bound || figure.kind != StatKind::Money {
        return None;
    }
    // "large currency transactions (over $15,700)": the bound may stand in brackets.
    let bracketed = figure.tokens.start > sentence_start + 1
        && tokens[figure.tokens.start - 1].text == "("
        && tokens.get(figure.tokens.end).is_some_and(|t| t.text == ")");
    let end = figure.tokens.start - usize::from(bracketed);
    // ("carrying funds", "funds deposited": a participle is no part of the noun.)
    let nounish = |t: &Token| {
        t.kind == TokenKind::Word
            && !is_preposition(t)
            && !lexicon::breaks_phrase(t.text)
            && !lexicon::is_determiner(t.text)
            && !lexicon::is_adverb(t.text)
            && !looks_participle(t.text)
            && !is_year(t)
    };
    let mut start = end;
    while start > sentence_start && end - start < 2 && nounish(&tokens[start - 1]) {
        start -= 1;
    }
    // "must report cash transactions", "to declare currency": a verb after a modal or "to".
    if end - start >= 2
        && start > sentence_start
        && [
            "must", "shall", "should", "may", "can", "will", "would", "to", "not",
        ]
        .iter()
        .any(|w| tokens[start - 1].is_word(w))
    {
        start += 1;
    }
    let head = tokens.get(end.checked_sub(1)?)?;
    if start == end || !(lexicon::looks_plural(head.text) || is_mass_money(head)) {
        return None;
    }
    Some(slice(text, tokens, start..end).to_owned())
}

/// "cash", "currency": money nouns a threshold applies to that have no plural.
fn is_mass_money(word: &Token) -> bool {
    ["cash", "currency", "money", "capital", "income", "revenue"]
        .iter()
        .any(|w| word.is_word(w))
}

/// For money: "… for multilateral funding" within a few words after the figure.
fn money_purpose(tokens: &[Token], text: &str, figure: &Figure, limit: usize) -> Option<String> {
    if figure.kind != StatKind::Money {
        return None;
    }
    // "$2.3 million in drug proceeds", "$50,000 in INL assistance" (but not "$80 in Russia":
    // a place is not a purpose).
    let modifier = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            t.kind == TokenKind::Word
                && t.text.len() >= 2
                && t.text.bytes().all(|b| b.is_ascii_uppercase())
        }) && tokens
            .get(k + 1)
            .is_some_and(|n| n.kind == TokenKind::Word && !n.starts_upper())
    };
    if tokens
        .get(figure.tokens.end)
        .is_some_and(|t| t.is_word("in"))
        && tokens.get(figure.tokens.end + 1).is_some_and(|t| {
            t.kind == TokenKind::Word
                && (!t.starts_upper() || modifier(figure.tokens.end + 1))
                && !lexicon::is_determiner(t.text)
        })
        && let Some(range) = phrase_forward(tokens, figure.tokens.end + 1, limit)
    {
        return Some(slice(text, tokens, range).to_owned());
    }
    // "over $2 billion (managed through INL) is provided annually in U.S. foreign
    // assistance": the same, past an aside and a passive verb.
    let k = super::past_aside(tokens, figure.tokens.end);
    if tokens
        .get(k)
        .is_some_and(|t| BE_FORMS.iter().any(|w| t.is_word(w)))
        && tokens
            .get(k + 1)
            .is_some_and(|t| t.kind == TokenKind::Word && looks_participle(t.text))
    {
        let mut at = k + 2;
        while tokens.get(at).is_some_and(|t| {
            lexicon::is_adverb(t.text) || super::units::per_year_after(tokens, at).is_some()
        }) {
            at += 1;
        }
        // (Past a donor's name, "U.S.", to the common noun: not a place, "was seized in
        // Colombia".)
        let noun = (at + 1..(at + 4).min(limit)).find(|&n| {
            tokens[n].kind == TokenKind::Word
                && !tokens[n].starts_upper()
                && !lexicon::is_determiner(tokens[n].text)
        });
        if tokens.get(at).is_some_and(|t| t.is_word("in"))
            && let Some(noun) = noun
            && tokens[at + 1..noun]
                .iter()
                .all(|t| t.starts_upper() || (t.text == "." && !t.space_before))
            && let Some(range) = phrase_forward(tokens, noun, limit)
        {
            return Some(slice(text, tokens, range).to_owned());
        }
    }
    // "committed more than $740 million to the Strategy": what money is given to.
    let given = figure.tokens.start.checked_sub(1).is_some_and(|k| {
        (k.saturating_sub(3)..=k).any(|v| {
            tokens[v].kind == TokenKind::Word
                && super::numbers::lowered(tokens[v].text, |w| {
                    [
                        "committed",
                        "allocated",
                        "contributed",
                        "provided",
                        "pledged",
                        "donated",
                        "granted",
                        "gave",
                        "given",
                        "devoted",
                        "dedicated",
                    ]
                    .contains(&w)
                })
        })
    });
    // ("US$750 million (AU$1 billion) to the Strategy": past the amount in another currency.)
    let mut to = figure.tokens.end;
    if tokens.get(to).is_some_and(|t| t.text == "(")
        && let Some(close) = (to + 1..(to + 8).min(limit)).find(|&k| tokens[k].text == ")")
    {
        to = close + 1;
    }
    if given && tokens.get(to).is_some_and(|t| t.is_word("to")) {
        // ("to the \"Tough on Drugs\" Strategy": past the article, a name in its marks.)
        let mut at = to + 1;
        while tokens
            .get(at)
            .is_some_and(|t| t.kind == TokenKind::Word && lexicon::is_determiner(t.text))
        {
            at += 1;
        }
        // (Not whom it was given to: "provided about $8 billion to countries in the region".)
        let recipient = |range: &Range<usize>| {
            ["countries", "nations", "governments", "states", "partners"]
                .iter()
                .any(|w| tokens[range.end - 1].is_word(w))
        };
        // (The "Tough on Drugs" Strategy: a name in marks before the noun it names.)
        if tokens.get(at).is_some_and(|t| matches!(t.text, "\"" | "“"))
            && let Some(close) =
                (at + 1..(at + 8).min(limit)).find(|&k| matches!(tokens[k].text, "\"" | "”"))
            && tokens
                .get(close + 1)
                .is_some_and(|t| t.kind == TokenKind::Word && t.starts_upper())
        {
            at = close + 1;
        }
        // (Nor its purpose: "provided Jamaica with US$992,000 to fight the narcotics trade".)
        let infinitive = at == to + 1
            && tokens.get(at).is_some_and(|t| {
                t.kind == TokenKind::Word && !t.starts_upper() && !lexicon::is_determiner(t.text)
            })
            && tokens
                .get(at + 1)
                .is_some_and(|t| lexicon::is_determiner(t.text) || t.is_word("a"));
        if let Some(range) = phrase_after_figure(tokens, at, limit)
            && !recipient(&range)
            && !infinitive
        {
            return Some(slice(text, tokens, range).to_owned());
        }
    }
    let window_end = (figure.tokens.end + 8).min(limit);
    let mut k = figure.tokens.end;
    while k < window_end {
        let t = &tokens[k];
        if t.kind == TokenKind::Punct && matches!(t.text, ";" | ":" | "." | "(") {
            return None;
        }
        // "for counternarcotics training"; "spent 45 million drams on training" (but not "on
        // 5 May": a date is not a purpose).
        let on_purpose = t.is_word("on")
            && tokens.get(k + 1).is_some_and(|n| {
                n.kind == TokenKind::Word
                    && !n.starts_upper()
                    && !lexicon::is_determiner(n.text)
                    && !["hand", "average", "behalf", "top", "time", "account"]
                        .iter()
                        .any(|w| n.is_word(w))
            });
        if t.is_word("for") || on_purpose {
            let range = phrase_forward(tokens, k + 1, limit)?;
            return Some(slice(text, tokens, range).to_owned());
        }
        k += 1;
    }

    None
}

/// "the actual number is at least ten-times larger": the subject of the verb before the figure.
fn predicated_subject(
    tokens: &[Token],
    text: &str,
    figure: &Figure,
    sentence_start: usize,
) -> Option<String> {
    // Walk back over "could be as high as", "have almost", "increased to", "are up".
    let mut k = figure.tokens.start;
    // "cocaine seizures more than doubled": a multiple written as a verb is its own verb.
    let mut saw_verb = figure.unit == "x"
        && tokens
            .get(figure.value_start)
            .is_some_and(|t| super::numbers::multiplier_word(t.text).is_some());
    while k > sentence_start {
        let t = &tokens[k - 1];
        // ("declined in 2008 by 19 percent": a year's phrase between the verb and the figure.)
        if is_year(t)
            && k >= sentence_start + 3
            && ["in", "during", "since"]
                .iter()
                .any(|w| tokens[k - 2].is_word(w))
            && tokens[k - 3].kind == TokenKind::Word
            && lexicon::is_linking_verb(tokens[k - 3].text)
        {
            k -= 2;
            continue;
        }
        if t.kind != TokenKind::Word {
            break;
        }
        // "purity fell to a record low of 47 percent", "prices reached a new high of $900": the
        // point reached stands between the verb and the figure.
        if !saw_verb
            && k == figure.tokens.start
            && let Some(article) = point_reached_before(tokens, k, sentence_start)
        {
            k = article;
            continue;
        }
        // "assets worth $5 million": the money is what the noun before it is worth.
        // ("transactions considered worthy of referral to prosecutors and worth over one
        // billion dollars": after "and", "worth" is a clause's, whose subject is further back.)
        if !saw_verb
            && figure.kind == StatKind::Money
            && t.is_word("worth")
            && k >= sentence_start + 2
            && tokens[k - 2].kind == TokenKind::Word
            && !tokens[k - 2].is_word("and")
            && !tokens[k - 2].is_word("or")
        {
            saw_verb = true;
            k -= 1;
            continue;
        }
        // ("mountain ranges up to 5,000 meters": "ranges" is a verb only of a range, "ranges
        // between 960 and 2400 metric tons".)
        let range_verb = ["range", "ranges", "ranged"].iter().any(|w| t.is_word(w));
        // "Authorities reported 120 kg seized", "Officials estimated 4,000 addicts": a verb
        // of reporting in the active voice, its object right after it, has a reporter for its
        // subject ("Seizures reported totalled", "production estimated at 40 tons" are
        // passive).
        let reporter_verb = !saw_verb
            && ["reported", "estimated", "registered"]
                .iter()
                .any(|w| t.is_word(w))
            && !tokens
                .get(k)
                .is_some_and(|next| next.is_word("at") || next.is_word("to"))
            && {
                let mut before = k - 1;
                while before > sentence_start && lexicon::is_adverb(tokens[before - 1].text) {
                    before -= 1;
                }
                before > sentence_start && !BE_FORMS.iter().any(|w| tokens[before - 1].is_word(w))
            };
        // "addicts number 7,000": the verb of a count.
        let number_verb = !saw_verb && super::figures::is_number_verb(tokens, k - 1);
        if (lexicon::is_linking_verb(t.text) || number_verb)
            && !(range_verb && figure.value_max.is_none())
            && !reporter_verb
        {
            saw_verb = true;
        } else if !(lexicon::is_link_filler(t.text)
            // "fell significantly to 1,200", "which once numbered over 200": an adverb.
            || lexicon::is_adverb(t.text)
            || (saw_verb && t.is_word("once"))
            // "was down an additional six percent", "rose a further 10 percent".
            || (!saw_verb
                && ["additional", "further", "extra", "another", "a", "an"]
                    .iter()
                    .any(|w| t.is_word(w)))
            // "has dropped an impressive 40 percent": a word of praise after an article.
            || (!saw_verb
                && looks_adjective(t.text)
                && k >= 2
                && (tokens[k - 2].is_word("a") || tokens[k - 2].is_word("an"))))
        {
            break;
        }
        k -= 1;
    }
    if !saw_verb {
        return None;
    }
    // "GNP is expected to grow more than 5%": the verb is an infinitive an expectation
    // governs; the subject is the expectation's.
    // (The walk above stepped over "to", a filler.)
    let infinitive = k > sentence_start && tokens[k].is_word("to");
    if infinitive && EXPECTING_WORDS.iter().any(|w| tokens[k - 1].is_word(w)) {
        k -= 1;
        while k > sentence_start
            && (BE_FORMS.iter().any(|w| tokens[k - 1].is_word(w))
                || lexicon::is_link_filler(tokens[k - 1].text)
                || lexicon::is_adverb(tokens[k - 1].text))
        {
            k -= 1;
        }
        // ("The population is increasing at 2% per year and is projected to rise to 5
        // million": the subject is the first clause's, beyond what a walk back can tell.)
        if k > sentence_start && tokens[k - 1].is_word("and") {
            return None;
        }
    } else if infinitive && INTENDING_VERBS.iter().any(|w| tokens[k - 1].is_word(w)) {
        // "Nigeria needs to grow by 14 percent": a wish or a need, not what grew. ("caused
        // inflation to reach 7%": the noun before "to" is what reached it.)
        return None;
    }
    // "these groups, which once numbered over 200": a relative clause's verb is predicated of
    // the phrase the clause follows.
    if k > sentence_start
        && ["which", "who", "that"]
            .iter()
            .any(|w| tokens[k - 1].is_word(w))
    {
        k -= 1;
        if k > sentence_start && tokens[k - 1].text == "," {
            k -= 1;
        }
    }
    // The subject: the words before the verb, joined by "of" and "and", back to a boundary.
    // "arrests in 1997 were up": a time phrase between subject and verb is stepped over.
    let mut end = k;
    // ("cultivation there was down 3 percent": a place's adverb after the subject.)
    if end >= sentence_start + 2
        && (tokens[end - 1].is_word("there") || tokens[end - 1].is_word("here"))
        && tokens[end - 2].kind == TokenKind::Word
    {
        end -= 1;
    }
    // "Marijuana harvested in the Chu Valley in 1997, for example, was estimated at": an
    // aside between the subject and its verb is stepped over.
    if end >= sentence_start + 3
        && tokens[end - 1].text == ","
        && let Some(open) = (end.saturating_sub(5).max(sentence_start)..end - 1)
            .rev()
            .find(|&c| tokens[c].text == ",")
        && open + 1 < end - 1
        && tokens[open + 1..end - 1]
            .iter()
            .all(|t| ASIDE_WORDS.iter().any(|w| t.is_word(w)))
    {
        end = open;
    }
    // "the drug harm index, a measure of the damage seized drugs may have caused, had
    // increased to": an appositive between the subject and its verb is stepped over too.
    if end >= sentence_start + 4
        && tokens[end - 1].text == ","
        && let Some(open) = (end.saturating_sub(26).max(sentence_start + 1)..end - 1)
            .rev()
            .find(|&c| matches!(tokens[c].text, "," | ";" | "(" | ")"))
        && tokens[open].text == ","
        && open + 2 < end - 1
        && ["a", "an", "the", "their", "its", "his", "her"]
            .iter()
            .any(|w| tokens[open + 1].is_word(w))
        && tokens[open - 1].kind == TokenKind::Word
        && !lexicon::breaks_phrase(tokens[open - 1].text)
        // (Not "However, the local industry has grown since 2000, doubling exports".)
        && !lexicon::is_adverb(tokens[open - 1].text)
        && !ASIDE_WORDS.iter().any(|w| tokens[open - 1].is_word(w))
    {
        end = open;
    }
    // "Eradication by the Government of Bolivia (GOB) reached", "Coca cultivation in the
    // Chapare (the main growing region) fell": an acronym or an aside in brackets between
    // the subject and its verb is stepped over.
    if end >= sentence_start + 3
        && tokens[end - 1].text == ")"
        && let Some(open) = (end.saturating_sub(10).max(sentence_start + 1)..end - 1)
            .rev()
            .find(|&c| tokens[c].text == "(")
        && !tokens[open + 1..end - 1]
            .iter()
            .any(|t| matches!(t.text, "(" | ")"))
        && tokens[open - 1].kind == TokenKind::Word
    {
        end = open;
    }
    let end = before_time_phrase(tokens, end, sentence_start);
    // A subject longer than ten words is not taken, so the walk stops one word past that.
    let floor = sentence_start.max(end.saturating_sub(11));
    let mut start = subject_start(tokens, end, end, floor);
    // "Deaths associated with its abuse increased": the walk stopped at the object of a
    // participle's preposition; the subject is the noun the participle describes, when a
    // phrase's start bounds it ("to freeze assets involved in a fraud case valued at" does not
    // make "freeze" part of one).
    while let Some(participle) = participle_before(tokens, start, floor) {
        let extended = subject_start(tokens, participle, end, floor);
        let bounded = extended == sentence_start || {
            let before = &tokens[extended - 1];
            before.kind != TokenKind::Word || lexicon::is_determiner(before.text)
        };
        if !bounded || end - extended > 10 {
            break;
        }
        start = extended;
    }
    // "the number of Ecstasy tablets seized in the U.S. that could be linked to the
    // Netherlands dropped": the walk stopped inside a relative clause; the subject is the
    // phrase the clause follows.
    if let Some(relative) = relative_clause_before(tokens, start, end, floor) {
        let floor = sentence_start.max(relative.saturating_sub(11));
        let extended = subject_start(tokens, relative, relative, floor);
        let bounded = extended == sentence_start || {
            let before = &tokens[extended - 1];
            before.kind != TokenKind::Word || lexicon::is_determiner(before.text)
        };
        if bounded && extended < relative && relative - extended <= 10 {
            return Some(slice(text, tokens, extended..relative).to_owned());
        }
    }
    while start < end && (tokens[start].is_word("of") || tokens[start].is_word("and")) {
        start += 1;
    }
    // "car sales were down in September alone and house repossessions are set to rise": an
    // "and" after a time or a place joins clauses, not nouns.
    if let Some(and) = (start + 1..end).rev().find(|&a| tokens[a].is_word("and"))
        && tokens[start..and].iter().any(|t| {
            is_year(t)
                || super::units::is_time_unit(t.text)
                || super::dates::month_of(t.text).is_some()
        })
        // ("people 60 years of age and older": a bound of the age.)
        && !(end == and + 2
            && ["older", "younger", "over", "above", "more", "less", "under", "below"]
                .iter()
                .any(|w| tokens[and + 1].is_word(w)))
    {
        start = and + 1;
    }
    // "destroyed 9,236 ha of opium poppy and cultivation rose from 107,400 ha": a phrase an
    // earlier figure measures, then "and", opens the clause of the verb; its subject is after.
    let after_a_figure = |of: usize| {
        tokens[of].is_word("of")
            && (of.saturating_sub(2)..of)
                .any(|k| k >= sentence_start && tokens[k].kind == TokenKind::Number)
    };
    if start > sentence_start
        && after_a_figure(start - 1)
        && let Some(and) = (start + 1..end).rev().find(|&a| tokens[a].is_word("and"))
    {
        start = and + 1;
    }
    if start >= end || end - start > 10 {
        return None;
    }
    // "shares of stock in quarterly installments valued at $368,000": what is valued is the
    // noun before the preposition, which the figure before this one measures.
    if tokens.get(k).is_some_and(|t| t.is_word("valued")) {
        let mut before = start;
        while before > sentence_start && lexicon::is_adverb(tokens[before - 1].text) {
            before -= 1;
        }
        if before > sentence_start
            && ["in", "on", "at", "with", "by"]
                .iter()
                .any(|p| tokens[before - 1].is_word(p))
        {
            return None;
        }
    }
    if end - start == 1 && lexicon::is_pronoun(tokens[start].text) {
        return None;
    }
    let phrase = slice(text, tokens, start..end);
    (!phrase.is_empty()).then(|| phrase.to_owned())
}

/// "U.S. $1 = $1.27 Australian": the unit of one an "=" prices, right before the figure (as
/// "one gram of heroin" is what "cost $250" measures).
fn rate_basis_before(
    tokens: &[Token],
    text: &str,
    figure: &Figure,
    sentence_start: usize,
) -> Option<String> {
    let equals = figure.tokens.start.checked_sub(1)?;
    if tokens[equals].text != "=" || figure.kind != StatKind::Money {
        return None;
    }
    let mut start = equals;
    while start > sentence_start
        && equals - start < 5
        && !matches!(tokens[start - 1].text, "(" | "," | ";" | ":" | "=")
        && !(tokens[start - 1].kind == TokenKind::Word
            && (lexicon::breaks_phrase(tokens[start - 1].text) || tokens[start - 1].is_word("of")))
    {
        start -= 1;
    }
    tokens[start..equals]
        .iter()
        .any(|t| t.kind == TokenKind::Number && t.text == "1")
        .then(|| slice(text, tokens, start..equals).to_owned())
}

/// "a record low of", "a new high of" ending at `end`: where its article stands.
fn point_reached_before(tokens: &[Token], end: usize, floor: usize) -> Option<usize> {
    if end < floor + 3 || !tokens[end - 1].is_word("of") {
        return None;
    }
    let point = &tokens[end - 2];
    if !["low", "high", "peak", "level"]
        .iter()
        .any(|w| point.is_word(w))
    {
        return None;
    }
    let mut article = end - 2;
    if article > floor
        && ["record", "new", "all-time", "historic", "historical"]
            .iter()
            .any(|w| tokens[article - 1].is_word(w))
    {
        article -= 1;
    }
    (article > floor && tokens[article - 1].is_word("a")).then_some(article - 1)
}

/// The words of an aside set between commas: "for example", "in turn", "however".
const ASIDE_WORDS: &[&str] = &[
    "for",
    "example",
    "instance",
    "however",
    "in",
    "fact",
    "moreover",
    "therefore",
    "though",
    "turn",
    "addition",
    "particular",
    "also",
    "furthermore",
    "too",
];

/// "country", "region": a common noun for the land a report is about, as in "in the country".
fn is_the_land(t: &Token) -> bool {
    [
        "country",
        "region",
        "republic",
        "kingdom",
        "capital",
        "city",
        "province",
        "territory",
        "islands",
    ]
    .iter()
    .any(|w| t.is_word(w))
}

/// Where a subject ending at `end` starts, walking back from `from` over its words, "of",
/// "and" and a place it is in, no further than `floor`.
fn subject_start(tokens: &[Token], from: usize, end: usize, floor: usize) -> usize {
    let mut start = from;
    while start > floor {
        let t = &tokens[start - 1];
        // "the number of heavy addicts in Croatia is", "Cocaine seizures at Budapest's
        // Ferihegy airport totalled": a place the subject is in is part of it.
        // "tablets seized in the U.S.": the place may take an article.
        // ("heroin in southern Kazakhstan": a direction before the name.)
        let place_at = |k: usize| {
            let named_at = |k: usize| {
                k < end
                    && (tokens[k].starts_upper()
                        || (super::numbers::lowered(tokens[k].text, |w| w.ends_with("ern"))
                            && k + 1 < end
                            && tokens[k + 1].starts_upper()))
            };
            named_at(k) || (k < end && tokens[k].is_word("the") && named_at(k + 1))
        };
        // ("Cocaine shipped from South America through Haiti": the way it goes too.)
        // ("Cocaine seizures by the Bolivian National Police totaled": and who acts; "the
        // GOC's budget for the CNP rose": and for whom.)
        let is_place_word = |t: &Token| {
            ["in", "at", "from", "through", "via", "by", "for"]
                .iter()
                .any(|w| t.is_word(w))
        };
        // ("the number of drug-sniffing dogs at the border and airport": a common place
        // after "at" or "along" too, with its article.)
        let at_common_place = |t: &Token| t.is_word("at") || t.is_word("along");
        // ("the number of addicts in the country ranges": and the land a report is about,
        // named by a common noun after "in the".)
        let in_the_land = |k: usize| {
            tokens[k].is_word("in")
                && k + 2 < end
                && tokens[k + 1].is_word("the")
                && is_the_land(&tokens[k + 2])
        };
        let in_place = is_place_word(t)
            && (place_at(start)
                || (at_common_place(t)
                    && start + 1 < end
                    && tokens[start].is_word("the")
                    && tokens[start + 1].kind == TokenKind::Word)
                || in_the_land(start - 1))
            && start >= floor + 2
            && tokens[start - 2].kind == TokenKind::Word
            && !lexicon::breaks_phrase(tokens[start - 2].text);
        let article_of_place = t.is_word("the")
            && start < end
            && start >= floor + 2
            && (tokens[start].starts_upper()
                || (at_common_place(&tokens[start - 2]) && tokens[start].kind == TokenKind::Word)
                || in_the_land(start - 2))
            && is_place_word(&tokens[start - 2]);
        // "the U.S.": the tokenizer sets an abbreviation's last full stop apart.
        let abbreviation_stop = t.text == "."
            && !t.space_before
            && start >= floor + 2
            && tokens[start - 2].kind == TokenKind::Word
            && tokens[start - 2].text.contains('.');
        // "Arrests for possession of crystal meth … have risen": what a plural count is for.
        let plural_for = t.is_word("for")
            && start >= floor + 2
            && tokens[start - 2].kind == TokenKind::Word
            && lexicon::looks_plural(tokens[start - 2].text)
            && !lexicon::breaks_phrase(tokens[start - 2].text);
        // "The total budget for state institutions is", "Spending on prevention rose": what a
        // noun is for or on belongs to it.
        let noun_for_at = |k: usize| {
            (tokens[k].is_word("for") || tokens[k].is_word("on"))
                && k > floor
                && k + 1 < end
                && tokens[k + 1].kind == TokenKind::Word
                && {
                    let noun = &tokens[k - 1];
                    noun.kind == TokenKind::Word
                        && !lexicon::breaks_phrase(noun.text)
                        && !lexicon::is_adverb(noun.text)
                        && !noun.text.ends_with("ed")
                        && super::numbers::small_number_word(noun.text).is_none()
                        // (Not a name's: "owed to Triangulum for the redemption".)
                        && (!noun.starts_upper()
                            || k - 1 == floor
                            || tokens[k - 2].kind != TokenKind::Word)
                }
        };
        let noun_for = noun_for_at(start - 1);
        // "revenue from the 2006 opium poppy crop reached": what earnings come from.
        let earned_from_at = |k: usize| {
            tokens[k].is_word("from")
                && k > floor
                && [
                    "revenue", "revenues", "income", "proceeds", "profits", "profit", "earnings",
                ]
                .iter()
                .any(|w| tokens[k - 1].is_word(w))
        };
        let earned_from = earned_from_at(start - 1);
        // ("the 2006 opium poppy crop": a year that names a crop or a plan.)
        let year_named = is_year(t)
            && start >= floor + 2
            && start < end
            && tokens[start].kind == TokenKind::Word
            && !lexicon::breaks_phrase(tokens[start].text)
            && lexicon::is_determiner(tokens[start - 2].text);
        // "civilian R&D will rise", "U.S./Mexican": two words glued by a mark are one.
        let glued_pair = (t.text == "&" || t.text == "/")
            && !t.space_before
            && start < end
            && tokens[start].kind == TokenKind::Word
            && !tokens[start].space_before
            && start >= floor + 2
            && tokens[start - 2].kind == TokenKind::Word;
        // ("the current price of “shabu” has more than doubled": a word in quotation marks.)
        let quote = matches!(t.text, "\"" | "“" | "”")
            && ((!t.space_before
                && start >= floor + 2
                && tokens[start - 2].kind == TokenKind::Word)
                || (start < end
                    && tokens[start].kind == TokenKind::Word
                    && !tokens[start].space_before));
        // "drug-related mortalities among those aged 15 to 34 totaled": an age group is part
        // of whom the subject counts.
        let aged = |k: usize| {
            k >= floor + 2
                && tokens[k].is_word("aged")
                && (tokens[k - 1].is_word("those")
                    || lexicon::looks_plural(tokens[k - 1].text)
                    || tokens[k - 1].is_word("youth"))
        };
        if t.kind == TokenKind::Number && start >= floor + 4 {
            let age_group = if matches!(tokens[start - 2].text, "to" | "-" | "–" | "and") {
                tokens[start - 3].kind == TokenKind::Number && aged(start - 4)
            } else {
                aged(start - 2)
            };
            if age_group {
                start -= if aged(start - 2) { 2 } else { 4 };
                continue;
            }
        }
        // ("among those aged …": the group a plural is among.)
        let among = t.is_word("among")
            && start >= floor + 2
            && lexicon::looks_plural(tokens[start - 2].text)
            && !lexicon::breaks_phrase(tokens[start - 2].text);
        // ("the percentage of the country's economy linked to drug trafficking ranges": what
        // the noun is tied to.)
        let tied_to = t.is_word("to")
            && start >= floor + 2
            && start < end
            && tokens[start].kind == TokenKind::Word
            && [
                "linked",
                "related",
                "tied",
                "connected",
                "attributed",
                "attributable",
                "devoted",
                "dedicated",
            ]
            .iter()
            .any(|w| tokens[start - 2].is_word(w));
        let those_aged =
            t.is_word("those") && start < end && tokens[start].is_word("aged") && start > floor;
        let joiner = t.is_word("of")
            || t.is_word("and")
            || among
            || those_aged
            || tied_to
            || quote
            || glued_pair
            || plural_for
            || noun_for
            || earned_from
            || year_named
            || in_place
            || article_of_place
            || abbreviation_stop;
        // "Growth was 2.0%": a noun of change is a subject of its own; "shares of our common
        // stock valued at": a determiner after "of" stays inside the subject.
        // ("the total costs of implementing the National Plan", "the budget for the police":
        // and after a deed "of" names, or after a noun's "for".)
        let gerund_after_of = |k: usize| {
            k > floor
                && tokens[k].text.len() > 5
                && tokens[k].text.ends_with("ing")
                && tokens[k - 1].is_word("of")
        };
        let after_of = start >= floor + 2
            && lexicon::is_determiner(t.text)
            && (tokens[start - 2].is_word("of")
                || gerund_after_of(start - 2)
                || noun_for_at(start - 2)
                || earned_from_at(start - 2));
        let word = t.kind == TokenKind::Word
            && (!lexicon::breaks_phrase(t.text)
                || is_change_noun(t)
                || after_of
                || gerund_after_of(start - 1)
                // ("costs of implementing …": a noun before "of", not the verb "costs".)
                || ((t.is_word("cost") || t.is_word("costs"))
                    && tokens.get(start).is_some_and(|next| next.is_word("of"))))
            && !lexicon::is_adverb(t.text)
            && !is_year(t);
        // "Seizures included two record cargoes of marijuana that totalled 1,220 kilograms": a
        // number word inside a clause is a figure of its own; one opening the subject belongs
        // to it ("one gram of heroin cost $250").
        // ("the price of one kilogram of heroin": the unit a price is of.)
        if word && super::numbers::small_number_word(t.text).is_some() {
            let unit_priced = t.is_word("one")
                && start >= floor + 2
                && tokens[start - 2].is_word("of")
                && super::units::unit_after(tokens, start).is_some();
            let opens = unit_priced || start - 1 == floor || {
                let before = &tokens[start - 2];
                before.kind != TokenKind::Word || lexicon::breaks_phrase(before.text)
            };
            if !opens {
                break;
            }
        }
        if !(word || joiner) {
            break;
        }
        // "cultivation declined an estimated 5 percent and production declined": the unit after
        // a number belongs to that figure.
        if word
            && start >= 2
            && tokens[start - 2].kind == TokenKind::Number
            && super::units::unit_after(tokens, start - 1).is_some()
        {
            break;
        }
        // "The United States estimates potential cocaine production surged", "UNODC reports
        // opium production rose": a name's verb of reporting, its clause's "that" left out.
        if word
            && start >= floor + 2
            && REPORTING_VERBS.iter().any(|v| t.is_word(v))
            // (Not a participle: "Cases reported rose".)
            && !t.text.ends_with("ed")
            && !t.is_word("said")
            && {
                let before = &tokens[start - 2];
                before.starts_upper() || before.is_word("further") || before.is_word("also")
            }
        {
            break;
        }
        // "Officials confiscated property valued at": a verb in -ed between a name or a plural
        // and its object ends the subject ("Cases reported rose", "heroin seized in Almaty" are
        // participles: nothing, or a preposition, follows them).
        if word
            && t.text.len() > 4
            && t.text.ends_with("ed")
            && start < end
            && start >= floor + 2
            && tokens[start].kind == TokenKind::Word
            && !is_preposition(&tokens[start])
            && !super::numbers::lowered(tokens[start].text, is_time_word)
            // ("Bolivia's estimated potential cocaine production": an adjective after a name's
            // possessive.)
            && !t.is_word("estimated")
            && {
                let before = &tokens[start - 2];
                before.kind == TokenKind::Word
                    && !is_possessive(before.text)
                    && (before.starts_upper() || lexicon::looks_plural(before.text))
                    && !lexicon::breaks_phrase(before.text)
                    && !lexicon::is_determiner(before.text)
                    && !lexicon::is_adverb(before.text)
            }
        {
            break;
        }
        // "do not take into account latent addicts": an idiom's noun is not the subject's.
        if start >= floor + 2
            && tokens[start - 2].is_word("into")
            && (t.is_word("account") || t.is_word("consideration"))
        {
            break;
        }
        start -= 1;
        // "over the same period Bolivia's estimated production": a name's possessive opens a
        // phrase; a noun in small letters before it ends another.
        if word
            && start > floor
            && t.starts_upper()
            && (t.text.ends_with("'s") || t.text.ends_with("’s"))
            && tokens[start - 1].kind == TokenKind::Word
            && !tokens[start - 1].starts_upper()
            && !lexicon::breaks_phrase(tokens[start - 1].text)
            && !lexicon::is_determiner(tokens[start - 1].text)
        {
            break;
        }
    }
    past_opening_time(tokens, start, end)
}

/// "arrests in 1997 were up", "heroin seizures during the first nine months of 1995
/// decreased": where a subject ends that a time phrase ending at `end` follows, before its
/// verb (or `end` itself when no such phrase ends there).
fn before_time_phrase(tokens: &[Token], end: usize, sentence_start: usize) -> usize {
    // ("production for the 2015-2016 growing season was": a season a year names.)
    let season = end >= sentence_start + 3
        && ["season", "year", "period"]
            .iter()
            .any(|w| tokens[end - 1].is_word(w))
        && tokens[end.saturating_sub(5).max(sentence_start)..end - 1]
            .iter()
            .any(|t| {
                is_year(t)
                    // ("growth for the current fiscal year is expected to be": a year told
                    // from now.)
                    || ["current", "past", "previous", "last", "same", "coming", "next"]
                        .iter()
                        .any(|w| t.is_word(w))
            });
    if end < sentence_start + 2 || !(is_year(&tokens[end - 1]) || season) {
        return end;
    }
    let reach = end.saturating_sub(8).max(sentence_start);
    let opens = (reach..end - 1).rev().find(|&p| {
        ["during", "in", "for", "since", "by", "over", "through"]
            .iter()
            .any(|w| tokens[p].is_word(w))
    });
    match opens {
        Some(opens)
            if tokens[opens..end].iter().all(|t| {
                matches!(t.kind, TokenKind::Word | TokenKind::Number) || matches!(t.text, "-" | "–")
            }) =>
        {
            opens
        }
        _ => end,
    }
}

/// "Deaths associated with its abuse", "addicts registered at the clinics": the phrase at
/// `start` is the object of a preposition after a participle that describes a noun. The
/// participle's index, so that the walk goes on from the noun before it.
fn participle_before(tokens: &[Token], start: usize, floor: usize) -> Option<usize> {
    let mut k = start;
    // ("heroin seized in that time period": "that" points, as a determiner would.)
    if k > floor && (lexicon::is_determiner(tokens[k - 1].text) || tokens[k - 1].is_word("that")) {
        k -= 1;
    }
    if k < floor + 3 {
        return None;
    }
    let preposition = &tokens[k - 1];
    let participle = &tokens[k - 2];
    let noun = &tokens[k - 3];
    let is_preposition = [
        "with", "to", "in", "by", "from", "for", "at", "on", "through", "via", "into", "across",
    ]
    .iter()
    .any(|p| preposition.is_word(p));
    // "harvested", "associated"; "persons admitting to", "heroin coming from"; "coca grown in".
    // ("grown" ends a phrase as a verb's, "has grown": after a noun it describes it.)
    let irregular = IRREGULAR_PARTICIPLES.iter().any(|w| participle.is_word(w));
    let is_participle = participle.kind == TokenKind::Word
        && ((looks_participle(participle.text) && !lexicon::breaks_phrase(participle.text))
            || irregular);
    let is_noun = noun.kind == TokenKind::Word
        && !lexicon::breaks_phrase(noun.text)
        && !lexicon::is_adverb(noun.text)
        && !is_year(noun);
    (is_preposition && is_participle && is_noun).then_some(k - 2)
}

/// "… that could be linked to [the Netherlands]", "… which were seized at [the border]": the
/// phrase at `start` ends a relative clause of a participle. The relative pronoun's index.
fn relative_clause_before(
    tokens: &[Token],
    start: usize,
    end: usize,
    floor: usize,
) -> Option<usize> {
    let mut k = start;
    if k > floor && lexicon::is_determiner(tokens[k - 1].text) {
        k -= 1;
    }
    let is_preposition = |t: &Token| {
        [
            "to", "in", "at", "from", "by", "with", "for", "into", "through",
        ]
        .iter()
        .any(|p| t.is_word(p))
    };
    // "funds that support opium detoxification declined": a clause whose verb is active, right
    // after the noun it describes (not a verb's "that": "officials believe that"), and the
    // main verb right after the clause ("informed Econoffs that insurance premiums have
    // increased" reports a clause with a subject of its own).
    let auxiliary_follows = tokens.get(end).is_some_and(|t| {
        [
            "have", "has", "had", "is", "are", "was", "were", "will", "would", "could",
        ]
        .iter()
        .any(|a| t.is_word(a))
    });
    if start >= floor + 2
        && !auxiliary_follows
        && ["that", "which", "who"]
            .iter()
            .any(|r| tokens[start - 1].is_word(r))
        && describes_a_noun(&tokens[start - 2])
    {
        return Some(start - 1);
    }
    if k < floor + 3 || !is_preposition(&tokens[k - 1]) {
        return None;
    }
    let participle = &tokens[k - 2];
    if participle.kind != TokenKind::Word
        || participle.text.len() <= 4
        || !participle.text.ends_with("ed")
    {
        return None;
    }
    k -= 2;
    // "could be", "have been", "were".
    let auxiliary = [
        "be", "been", "is", "are", "was", "were", "could", "can", "may", "might", "would", "will",
        "have", "has", "had",
    ];
    let mut steps = 0;
    while k > floor && steps < 3 && auxiliary.iter().any(|a| tokens[k - 1].is_word(a)) {
        k -= 1;
        steps += 1;
    }
    (k > floor
        && ["that", "which", "who"]
            .iter()
            .any(|r| tokens[k - 1].is_word(r)))
    .then_some(k - 1)
}

/// "funds" in "funds that support …": a plural noun a relative clause can follow, not a verb
/// that a reported clause does ("shows that", "believes that") nor a verb in -ed ("found that").
fn describes_a_noun(word: &Token) -> bool {
    word.kind == TokenKind::Word
        && lexicon::looks_plural(word.text)
        && !lexicon::breaks_phrase(word.text)
        && !REPORTING_VERBS.iter().any(|v| word.is_word(v))
        && ![
            "believes",
            "thinks",
            "fears",
            "finds",
            "means",
            "claims",
            "knows",
            "agrees",
            "argues",
            "concludes",
            "assumes",
            "expects",
            "hopes",
            "feels",
            "acknowledges",
            "recognizes",
            "warns",
            "states",
            "explains",
            "insists",
            "ensures",
            "requires",
        ]
        .iter()
        .any(|v| word.is_word(v))
}

/// For an area or weight with nothing else to go on, what the sentence is about: "Cannabis
/// grows wild …, and there may be as many as 40,000 hectares growing."
fn sentence_subject(
    tokens: &[Token],
    text: &str,
    figure: &Figure,
    sentence_start: usize,
) -> Option<String> {
    if figure.kind != StatKind::Quantity || figure.tokens.start <= sentence_start + 1 {
        return None;
    }
    // "Despite the limited capacity of the government, the area devoted to poppy set a record
    // at 206,700 hectares": the subject after an opening phrase and its comma.
    // (Not a time's: "In January 1997, the Dutch Navy found narcotics in shallow (25 meters)
    // reefs" says nothing of what the meters measure.)
    let opening = [
        "despite",
        "as",
        "although",
        "though",
        "because",
        "while",
        "whereas",
        "due",
        "according",
        "given",
        "amid",
        "unlike",
    ]
    .iter()
    .any(|w| tokens[sentence_start].is_word(w));
    // (The last such comma: the opening clause may list things, "the lack of …, and the
    // limited capacity of …, the area …"; but not an aside's, "the area of coca in Colombia,
    // the largest producer, rose to …", whose phrase a comma closes.)
    // Only the last comma before the figure can be it, within a clause's reach (a sentence of
    // thousands of figures is not searched back to its start for each).
    const REACH: usize = 40;
    let floor = (sentence_start + 1).max(figure.tokens.start.saturating_sub(REACH));
    let subject_start = if opening {
        (floor..figure.tokens.start)
            .rev()
            .find(|&k| tokens[k].text == ",")
            .filter(|&k| comma_opens_a_subject(tokens, k))
            .map_or(sentence_start, |comma| comma + 1)
    } else {
        sentence_start
    };
    let mut range = phrase_forward(tokens, subject_start, figure.tokens.start)?;
    let is_reporting = |k: usize| REPORTING_VERBS.iter().any(|v| tokens[k].is_word(v));
    // "Police estimate that cannabis covers 400 hectares": a reporting verb the phrase took
    // for a noun ("estimate"), with the clause it reports.
    if let Some(verb) = (range.start + 1..range.end)
        .find(|&k| is_reporting(k) && tokens.get(k + 1).is_some_and(|t| t.is_word("that")))
    {
        range.end = verb;
    }
    // "USG estimates indicate that opium poppy cultivation increased …": the clause reported.
    // The subject's own verb: within a few words, before the clause's first comma.
    // ("Wild cannabis is estimated to cover" is passive: the subject is what is measured.)
    let reporting = (range.end..figure.tokens.start.min(range.end + 8))
        .take_while(|&k| !matches!(tokens[k].text, "," | ";" | ":"))
        .find(|&k| is_reporting(k))
        .filter(|&k| k == 0 || !BE_FORMS.iter().any(|w| tokens[k - 1].is_word(w)));
    if let Some(verb) = reporting {
        if tokens.get(verb + 1).is_some_and(|t| t.is_word("that"))
            && let Some(reported) = phrase_forward(tokens, verb + 2, figure.tokens.start)
        {
            range = reported;
        } else {
            // "The UN Office on Drugs and Crime estimates a decrease from 130,300 hectares":
            // who reports is not what is measured.
            return None;
        }
    }
    // "Police seized 30 kg in March": the subject of a verb of seizing is who seized; "the
    // United States provided Jamaica with US$992,000": of a verb of giving, who gave.
    let verb = (range.end..figure.tokens.start).find(|&k| !lexicon::is_adverb(tokens[k].text));
    if verb.is_some_and(|k| {
        SEIZING_VERBS.iter().any(|v| tokens[k].is_word(v))
            || (figure.kind == StatKind::Money && GIVING_VERBS.iter().any(|v| tokens[k].is_word(v)))
    }) {
        return None;
    }
    // ("It's the same story for marijuana: 5,600 hectares": a pronoun's clause names nothing
    // measured.)
    let pronoun_clause = tokens[range.start]
        .text
        .split_once(['\'', '’'])
        .is_some_and(|(word, _)| lexicon::is_pronoun(word));
    if (range.len() == 1 && lexicon::is_pronoun(tokens[range.start].text)) || pronoun_clause {
        return None;
    }
    Some(slice(text, tokens, range).to_owned())
}

/// Words an infinitive's change follows, its subject the change's: "GNP is expected to grow".
const EXPECTING_WORDS: &[&str] = &[
    "expected",
    "projected",
    "forecast",
    "predicted",
    "anticipated",
    "likely",
    "set",
    "due",
    "continues",
    "continued",
    "continue",
    "going",
    "estimated",
];

/// Verbs of a wish, a plan or an attempt before an infinitive: "Nigeria needs to grow by 14
/// percent" says nothing grew.
const INTENDING_VERBS: &[&str] = &[
    "need", "needs", "needed", "want", "wants", "wanted", "hope", "hopes", "hoped", "plan",
    "plans", "planned", "aim", "aims", "aimed", "seek", "seeks", "sought", "intend", "intends",
    "intended", "try", "tries", "tried", "attempt", "attempts", "strive", "strives", "pledged",
    "promised", "vowed", "agreed", "managed", "failed",
];

/// What a donor does with money, in the active voice: its subject is the donor.
const GIVING_VERBS: &[&str] = &[
    "provided",
    "gave",
    "donated",
    "contributed",
    "pledged",
    "granted",
    // And what an agency does with money of its own ("The Government of Antigua and Barbuda
    // receives approximately $3,120,000 per year", "The Government of Peru spent $5 million"):
    // its subject is the agency, not what is measured.
    "received",
    "receives",
    "spent",
    "spends",
    "transferred",
    "allocated",
    "invested",
];

/// What the police and the army do to drugs, in the active voice: their subject is the
/// agency, never what is measured.
const SEIZING_VERBS: &[&str] = &[
    "seized",
    "seize",
    "seizes",
    "confiscated",
    "eradicated",
    "destroyed",
    "intercepted",
    "interdicted",
    "discovered",
    "burned",
    "burnt",
    "captured",
    "netted",
    "recovered",
    "dismantled",
    "impounded",
    "incinerated",
    "detected",
    "uncovered",
    "arrested",
    "sprayed",
];

/// Verbs that report a clause: "estimates *indicate* that …".
const REPORTING_VERBS: &[&str] = &[
    "indicate",
    "indicates",
    "indicated",
    "show",
    "shows",
    "showed",
    "suggest",
    "suggests",
    "suggested",
    "report",
    "reports",
    "reported",
    "say",
    "says",
    "said",
    "note",
    "notes",
    "noted",
    "estimate",
    "estimates",
    "estimated",
];

/// What changed by the figure: the subject right before a verb of change, the figure after
/// it ("Coca cultivation declined by 8 percent", "Seizures rose by a 20-percent margin",
/// "Narcotics-related crimes rose from 600 in 1994").
fn changed_subject(
    tokens: &[Token],
    text: &str,
    figure: &Figure,
    sentence_start: usize,
) -> Option<String> {
    let mut k = figure.tokens.start;
    // Between the verb and the figure: "by", "from", "some", "a", "an", "about".
    // "rose sharply by": an adverb too.
    while k > sentence_start
        && ([
            "by", "a", "an", "some", "about", "nearly", "almost", "roughly", "from",
        ]
        .iter()
        .any(|w| tokens[k - 1].is_word(w))
            || lexicon::is_adverb(tokens[k - 1].text))
    {
        k -= 1;
        // "rose sharply, however, by about 20.5 percent": an aside set off by commas.
        if k >= 3
            && tokens[k - 1].text == ","
            && tokens[k - 3].text == ","
            && [
                "however",
                "though",
                "nevertheless",
                "moreover",
                "also",
                "meanwhile",
            ]
            .iter()
            .any(|w| tokens[k - 2].is_word(w))
        {
            k -= 3;
        }
    }
    // "Drug arrests showed an overall increase of 16 percent": the change named before the
    // figure, its article and words between.
    let change_before = k >= sentence_start + 3
        && k == figure.tokens.start
        && tokens[k - 1].is_word("of")
        && is_change_noun(&tokens[k - 2])
        && {
            let mut article = k - 3;
            while article > sentence_start
                && (looks_adjective(tokens[article].text)
                    || ["overall", "slight", "further", "net", "total"]
                        .iter()
                        .any(|w| tokens[article].is_word(w)))
            {
                article -= 1;
            }
            let opens = tokens[article].is_word("a") || tokens[article].is_word("an");
            if opens {
                k = article;
            }
            opens
        };
    // ("…, resulting in an overall increase of approximately 16 percent": the change the
    // clause's own verb told of.)
    if change_before
        && k >= sentence_start + 3
        && tokens[k - 1].is_word("in")
        && ["resulting", "ending"]
            .iter()
            .any(|w| tokens[k - 2].is_word(w))
    {
        let verb =
            (sentence_start + 1..k - 2).find(|&v| lexicon::is_change_verb(tokens[v].text))?;
        // (A subject too long to take whole is named by its first phrase: "The number of
        // people charged with misdemeanor drug violations in 1994 rose".)
        return subject_of_verb(tokens, text, verb, sentence_start).or_else(|| {
            let mut range = phrase_forward(tokens, sentence_start, verb)?;
            if tokens[range.end].is_word("of")
                && let Some(more) = phrase_forward(tokens, range.end + 1, verb)
            {
                range.end = more.end;
            }
            Some(slice(text, tokens, range).to_owned())
        });
    }
    let verb = k.checked_sub(1).filter(|&v| v > sentence_start)?;
    // "Production levels showed a 39-percent increase": a verb of having, then a change.
    let has_change = [
        "showed",
        "saw",
        "registered",
        "recorded",
        "posted",
        "experienced",
    ]
    .iter()
    .any(|v| tokens[verb].is_word(v))
        && (change_before || tokens.get(figure.after).is_some_and(is_change_noun));
    if tokens[verb].kind != TokenKind::Word
        || !(lexicon::is_change_verb(tokens[verb].text) || has_change)
    {
        return None;
    }
    subject_of_verb(tokens, text, verb, sentence_start)
}

/// The subject of the verb at `verb`, in the sentence starting at `sentence_start`: from the
/// sentence's start, or back from the verb to an opening phrase's comma.
fn subject_of_verb(
    tokens: &[Token],
    text: &str,
    verb: usize,
    sentence_start: usize,
) -> Option<String> {
    let subject_end = before_time_phrase(tokens, verb, sentence_start);
    let mut range = phrase_forward(tokens, sentence_start, subject_end).unwrap_or_default();
    // "According to German officials, heroin seizures … decreased": a subject after an
    // opening phrase, back to its comma.
    if range.end != subject_end || range.is_empty() {
        let start = subject_start(tokens, subject_end, subject_end, sentence_start);
        let bounded = start == sentence_start || matches!(tokens[start - 1].text, "," | ";" | ":");
        if !bounded || start == subject_end || subject_end - start > 6 {
            return None;
        }
        range = start..subject_end;
    }
    if range.len() == 1 && lexicon::is_pronoun(tokens[range.start].text) {
        return None;
    }
    Some(slice(text, tokens, range).to_owned())
}

/// "Burma's opium cultivation declined dramatically between 1998 and 2006. The UNODC
/// estimates a decrease from 130,300 hectares in 1998 to 21,500 ha in 2006": the figures of a
/// change ("a decrease from", "an increase to") that the sentence before told of measure that
/// sentence's subject of its verb of change.
fn change_told_before(
    tokens: &[Token],
    text: &str,
    figure: &Figure,
    sentence: Range<usize>,
    sentences: &[Range<usize>],
) -> Option<String> {
    let start = figure.tokens.start;
    let of_change = start >= 2
        && ["from", "to", "of"]
            .iter()
            .any(|w| tokens[start - 1].is_word(w))
        && is_change_noun(&tokens[start - 2]);
    if !of_change {
        return None;
    }
    // A change the same way: "prices increased" tells nothing of "a decrease from … hectares".
    // (Told by the rises; every other change falls: "plummeted", "slipped", "dipped".)
    let falls = |word: &str| {
        !super::numbers::lowered(word, |w| {
            [
                "increas", "rise", "rose", "risen", "rising", "grew", "grow", "doubl", "tripl",
                "jump", "climb", "soar", "surg", "expan", "gain", "spik", "skyrock", "up",
            ]
            .iter()
            .any(|stem| w.starts_with(stem))
        })
    };
    let noun_falls = falls(tokens[start - 2].text);
    // The verb, not a participle describing a noun ("Despite increased cultivation in 2007"),
    // of a change the same way.
    let change_verb = |range: Range<usize>| {
        range.into_iter().find(|&k| {
            tokens[k].kind == TokenKind::Word
                && lexicon::is_change_verb(tokens[k].text)
                && tokens.get(k + 1).is_none_or(|next| {
                    next.kind != TokenKind::Word
                        || lexicon::is_adverb(next.text)
                        || lexicon::breaks_phrase(next.text)
                })
                && falls(tokens[k].text) == noun_falls
        })
    };
    // "Seizures rose in 1996, resulting in an overall increase of approximately 16 percent":
    // the change told earlier in the same sentence.
    if let Some(verb) = change_verb(sentence.start + 1..start - 2) {
        return subject_of_verb(tokens, text, verb, sentence.start);
    }
    let before = sentence_before(sentences, &sentence)?;
    let verb = change_verb(before.start + 1..before.end)?;
    subject_of_verb(tokens, text, verb, before.start)
}

/// The sentence of the run before `sentence`.
fn sentence_before<'a>(
    sentences: &'a [Range<usize>],
    sentence: &Range<usize>,
) -> Option<&'a Range<usize>> {
    let index = sentences.iter().position(|s| s == sentence)?;
    sentences.get(index.checked_sub(1)?)
}

/// "A significant amount of opium/heroin is trafficked … through Tajikistan. Approximately 40
/// percent reaches Russia": a share opening its sentence, of nothing it names, is a share of
/// what the sentence before was about, the subject of its "is" ("opium/heroin").
fn share_told_before(
    tokens: &[Token],
    text: &str,
    figure: &Figure,
    sentence: Range<usize>,
    sentences: &[Range<usize>],
) -> Option<String> {
    let opens = figure.kind == StatKind::Percent
        && figure.tokens.start == sentence.start
        && tokens
            .get(figure.tokens.end)
            .is_some_and(|t| t.kind == TokenKind::Word && !t.starts_upper() && !t.is_word("of"));
    if !opens {
        return None;
    }
    let before = sentence_before(sentences, &sentence)?;
    let verb = (before.start + 1..before.end)
        .find(|&k| BE_FORMS[..4].iter().any(|w| tokens[k].is_word(w)))?;
    // (Or the few words before the verb, none of them a clause's: "A significant amount of
    // opium/heroin".)
    let plain = || {
        let words = before.start..verb;
        let plain = (1..=8).contains(&words.len())
            && tokens[words.clone()]
                .iter()
                .all(|t| t.kind == TokenKind::Word || matches!(t.text, "/" | "-" | "'" | "’"))
            && !tokens[words.clone()]
                .iter()
                .any(|t| lexicon::is_pronoun(t.text) || t.is_word("that") || t.is_word("which"));
        plain.then(|| slice(text, tokens, words).to_owned())
    };
    let subject = subject_of_verb(tokens, text, verb, before.start).or_else(plain)?;
    // ("A significant amount of opium/heroin": the thing, not its amount.)
    let thing = subject.rsplit_once(" of ").filter(|(amount, _)| {
        amount.rsplit(' ').next().is_some_and(|head| {
            [
                "amount", "quantity", "volume", "majority", "bulk", "share", "portion", "most",
            ]
            .iter()
            .any(|w| head.eq_ignore_ascii_case(w))
        })
    });
    let thing = thing.map_or(subject.as_str(), |(_, thing)| thing);
    // ("The heroin": without its article.)
    let thing = thing
        .split_once(' ')
        .filter(|(first, _)| lexicon::is_determiner(first))
        .map_or(thing, |(_, rest)| rest);
    Some(thing.to_owned())
}

/// "an overall increase in civilian deaths over the same period, from 2,666 to 2,798": the
/// figures a change goes from and to measure what it is a change in.
fn change_in_phrase(
    tokens: &[Token],
    text: &str,
    figure: &Figure,
    sentence_start: usize,
) -> Option<String> {
    let start = figure.tokens.start;
    // The figure a change starts from, or the one it goes to ("from 2,666 to 2,798").
    let from = start
        .checked_sub(1)
        .filter(|&k| tokens[k].is_word("from"))
        .or_else(|| {
            let to = start.checked_sub(1).filter(|&k| tokens[k].is_word("to"))?;
            to.checked_sub(2)
                .filter(|&k| tokens[k].is_word("from") && tokens[k + 1].kind == TokenKind::Number)
        })?;
    // The change itself, in the same clause, a few words back.
    let floor = sentence_start.max(from.saturating_sub(16));
    let change = (floor..from).rev().find(|&k| {
        is_change_noun(&tokens[k])
            && tokens
                .get(k + 1)
                .is_some_and(|t| t.is_word("in") || t.is_word("of"))
    })?;
    if tokens[change + 1..from]
        .iter()
        .any(|t| (t.kind == TokenKind::Number && !is_year(t)) || t.text == ";")
    {
        return None;
    }
    let range = phrase_forward(tokens, change + 2, from)?;
    Some(slice(text, tokens, range).to_owned())
}

/// "Eradication reduced coca cultivation by 18 percent", "brought down estimated cultivation
/// by a little over five percent": what a verb of change acted on, between it and "by".
fn changed_object(
    tokens: &[Token],
    text: &str,
    figure: &Figure,
    sentence: Range<usize>,
) -> Option<String> {
    let (sentence_start, sentence_end) = (sentence.start, sentence.end);
    let mut by = figure.tokens.start;
    while by > sentence_start
        && [
            "a", "an", "little", "some", "about", "nearly", "almost", "roughly", "just",
        ]
        .iter()
        .any(|w| tokens[by - 1].is_word(w))
    {
        by -= 1;
    }
    // ("reduce opium cultivation below 2,000 hectares": where it is brought, not by how
    // much.)
    // (A "below" that is the figure's own qualifier opens it.)
    let own_below = ["below", "under"]
        .iter()
        .any(|w| tokens[figure.tokens.start].is_word(w));
    // "brought coca cultivation down 17 percent", "cut cultivation 11 percent": the object
    // right before the figure, or before a particle of the verb.
    let particle =
        by > sentence_start + 2 && (tokens[by - 1].is_word("down") || tokens[by - 1].is_word("up"));
    // (Asked only where no "by" is: most figures have another way to their measure.)
    let bare = || {
        let verb = by.saturating_sub(5).max(sentence_start)..by - 1;
        tokens[verb].iter().any(|t| {
            super::numbers::lowered(t.text, |w| {
                matches!(
                    w,
                    "cut" | "cuts" | "reduced" | "reduces" | "lowered" | "slashed"
                )
            })
        })
    };
    let by = if own_below {
        Some(figure.tokens.start).filter(|&b| b > sentence_start)
    } else if particle {
        Some(by - 1)
    } else if by > sentence_start + 2
        && tokens[by - 1].kind == TokenKind::Word
        && !["by", "below", "under", "from", "to"]
            .iter()
            .any(|w| tokens[by - 1].is_word(w))
        && bare()
    {
        Some(by)
    } else {
        by.checked_sub(1)
            .filter(|&b| {
                b > sentence_start
                    && ["by", "below", "under", "from"]
                        .iter()
                        .any(|w| tokens[b].is_word(w))
            })
            .or_else(|| {
                // "increase legal coca cultivation from 12,000 to 20,000 hectares": the figure
                // a change goes to, past the one it starts from.
                // ("from 30,000 hectare a decade ago to nearly 7,000 hectare": a unit and a
                // time after the first.)
                let to = by.checked_sub(1).filter(|&b| tokens[b].is_word("to"))?;
                (to.saturating_sub(7).max(sentence_start + 1)..to.saturating_sub(1))
                    .rev()
                    .find(|&f| tokens[f].is_word("from") && tokens[f + 1].kind == TokenKind::Number)
            })
    }?;
    // "succeeded in decreasing by 10 percent its land dedicated to cannabis": the object set
    // after the figure, its possessive or article opening it.
    let verb_before = tokens[by - 1].kind == TokenKind::Word
        && super::numbers::lowered(tokens[by - 1].text, |w| {
            ["reduc", "decreas", "increas", "cut", "lower", "rais"]
                .iter()
                .any(|stem| w.starts_with(stem))
        });
    let after = figure.after;
    if verb_before
        && tokens
            .get(after)
            .is_some_and(|t| ["its", "their", "the"].iter().any(|w| t.is_word(w)))
        && let Some(phrase) = phrase_forward(tokens, after, sentence_end)
        // "decreasing by 40 percent the following year": a time, not what changed.
        && !tokens[phrase.clone()].iter().any(|t| {
            super::units::is_time_unit(t.text)
                || ["season", "period", "following", "previous", "next", "before", "after"]
                    .iter()
                    .any(|w| t.is_word(w))
        })
    {
        return Some(slice(text, tokens, phrase).to_owned());
    }
    // ("reduced", "reduce", "reducing", "cuts": the verb in any form, not its noun.)
    let transitive = |k: usize| {
        super::numbers::lowered(tokens[k].text, |w| {
            [
                "reduc", "cut", "lower", "rais", "increas", "decreas", "boost", "slash", "expand",
                "curtail",
            ]
            .iter()
            .any(|stem| {
                w.strip_prefix(stem).is_some_and(|ending| {
                    matches!(ending, "" | "e" | "ed" | "es" | "s" | "ing" | "ting")
                })
            })
        })
    };
    // "brought down", "drove down", "pushed up", "bringing down"; "brought … down" whose
    // particle stands after the object.
    let bringing = |t: &Token| {
        [
            "brought", "bring", "brings", "bringing", "drove", "driven", "driving", "pushed",
            "pushing", "forced", "cut",
        ]
        .iter()
        .any(|w| t.is_word(w))
    };
    let phrasal = |k: usize| {
        (particle && bringing(&tokens[k]))
            || ((tokens[k].is_word("down") || tokens[k].is_word("up"))
                && k > sentence_start
                && bringing(&tokens[k - 1]))
    };
    // "a reduction in drug demand by 70 percent and in drug supply by 80 percent": a noun of
    // change and what it is in (the second "in" of the pair too).
    let change_in = |k: usize| {
        tokens[k].is_word("in")
            && k > sentence_start
            && (is_change_noun(&tokens[k - 1])
                || (tokens[k - 1].is_word("and")
                    && (sentence_start + 1..k - 1)
                        .any(|c| tokens[c].is_word("in") && is_change_noun(&tokens[c - 1]))))
    };
    // The verb within a few words before "by", and only words of a noun phrase between
    // ("lowered Peru's coca cultivation in 1996 by 18 percent": a year's phrase stepped over).
    let end = before_time_phrase(tokens, by, sentence_start);
    let floor = sentence_start.max(end.saturating_sub(8));
    let verb = (floor..end)
        .rev()
        .find(|&k| transitive(k) || phrasal(k) || change_in(k))?;
    let mut start = verb + 1;
    while start < end && lexicon::is_determiner(tokens[start].text) {
        start += 1;
    }
    // "bringing down the licensed area under the crop from 30,000 hectare": the object's
    // head, before the place it is in.
    let head_end = (start + 1..end)
        .find(|&k| is_preposition(&tokens[k]) && !tokens[k].is_word("of"))
        .unwrap_or(end);
    let noun_phrase = start < head_end
        && tokens[start..head_end]
            .iter()
            .all(|t| t.kind == TokenKind::Word && !lexicon::breaks_phrase(t.text))
        // (No clause of its own: "Growth in national output dropped from 8% in 1980 to";
        // a participle before the noun is no verb, "estimated cultivation".)
        && tokens[start + 1..end]
            .iter()
            .all(|t| t.kind == TokenKind::Word && !lexicon::is_linking_verb(t.text));
    noun_phrase.then(|| slice(text, tokens, start..head_end).to_owned())
}

/// "tax the opium poppy crop at about ten percent", "estimated unemployment at 12 percent",
/// "valued the seized drugs at USD 2 million": what a verb of valuing set at the figure.
fn valued_object(
    tokens: &[Token],
    text: &str,
    figure: &Figure,
    sentence_start: usize,
) -> Option<String> {
    let at = figure
        .tokens
        .start
        .checked_sub(1)
        .filter(|&k| k > sentence_start && tokens[k].is_word("at"))?;
    let valuing = |k: usize| {
        tokens[k].kind == TokenKind::Word
            && super::numbers::lowered(tokens[k].text, |w| {
                [
                    "tax", "levy", "estimat", "valu", "put", "peg", "plac", "fix", "assess",
                ]
                .iter()
                .any(|stem| w.starts_with(stem))
                    && !w.ends_with("ion")
                    && !w.ends_with("ions")
            })
    };
    let floor = sentence_start.max(at.saturating_sub(9));
    let verb = (floor..at).rev().find(|&k| valuing(k))?;
    // The phrase right after the verb, to the "at" or a word that ends it ("estimates
    // Afghanistan's total opium cultivation for 2000-2001 at 1,685 hectares").
    let range = phrase_forward(tokens, verb + 1, at)?;
    let reaches_at = tokens[range.end..at]
        .iter()
        .all(|t| t.kind != TokenKind::Word || !lexicon::is_linking_verb(t.text));
    reaches_at.then(|| slice(text, tokens, range).to_owned())
}

/// "a regional training program, totaling more than $3.5 million", "arrests totaling 300",
/// "grants amounting to $2 million", "assets equivalent to 96 times GDP": the phrase a
/// participle of sum (or of equality) says the figure is the total of.
fn totalled_phrase(
    tokens: &[Token],
    text: &str,
    figure: &Figure,
    sentence_start: usize,
) -> Option<String> {
    let mut verb = figure.tokens.start.checked_sub(1)?;
    if tokens[verb].is_word("to") && verb > sentence_start {
        verb -= 1;
        // ("total gross assets equivalent to 96 times GDP": what equals it.)
        if !["amounting", "equivalent", "equal"]
            .iter()
            .any(|w| tokens[verb].is_word(w))
        {
            return None;
        }
    } else if ![
        "totaling",
        "totalling",
        "totaled",
        "totalled",
        // "with seizures already reaching 26 metric tons".
        "reaching",
        "numbering",
    ]
    .iter()
    .any(|w| tokens[verb].is_word(w))
    {
        return None;
    }
    // ("seizures already reaching": an adverb of time between the noun and its participle.)
    // ("…, reaching about 5,000% in 1989" is the sentence's subject's: only a noun right
    // before these two reaches or numbers.)
    let reaching = tokens[verb].is_word("reaching") || tokens[verb].is_word("numbering");
    while verb > sentence_start + 1
        && ["already", "now", "still", "reportedly"]
            .iter()
            .any(|w| tokens[verb - 1].is_word(w))
    {
        verb -= 1;
    }
    // After a comma, the phrase the participle is set against; without one, the noun it
    // follows ("Police made arrests totaling 300").
    // ("funds embezzled from local depositors (totaling approximately $18 million)": an
    // aside in brackets is set off as well.)
    let bracketed = verb > sentence_start && tokens[verb - 1].text == "(";
    let set_off = bracketed || (verb > sentence_start && tokens[verb - 1].text == ",");
    if set_off && reaching {
        return None;
    }
    let end = verb - usize::from(set_off);
    // ("gave Colombia $600 million, totaling $5 billion": a sum of sums, not of "million".)
    if end > sentence_start
        && (tokens[end - 1].kind == TokenKind::Number
            || super::numbers::scale_word(tokens[end - 1].text).is_some())
    {
        return None;
    }
    let floor = if set_off {
        sentence_start.max(end.saturating_sub(8))
    } else {
        sentence_start.max(end.saturating_sub(1))
    };
    let mut range = noun_phrase_before(tokens, end, floor)?;
    // ("100 million riyals (equivalent to $500,000)": a sum in another currency.)
    if bracketed
        && (super::numbers::scale_word(tokens[range.start].text).is_some()
            || range
                .start
                .checked_sub(1)
                .is_some_and(|k| tokens[k].kind == TokenKind::Number))
    {
        return None;
    }
    // "funds embezzled from local depositors (totaling …)": the noun the participle
    // describes, not its preposition's object.
    if bracketed
        && let Some(participle) = participle_before(tokens, range.start, floor)
        && let Some(head) = noun_phrase_before(tokens, participle, floor)
    {
        range.start = head.start;
    }
    // "with cocaine and heroin totaling 130 kilograms and 70 kilograms respectively": the two
    // nouns a pair of figures shares out.
    let noun =
        |t: &Token| t.kind == TokenKind::Word && !lexicon::breaks_phrase(t.text) && !is_year(t);
    if !set_off
        && range.start >= sentence_start + 2
        && tokens[range.start - 1].is_word("and")
        && noun(&tokens[range.start - 2])
    {
        range.start -= 2;
    }
    Some(slice(text, tokens, range).to_owned())
}

/// "The export value of this opium harvest, $3.1 billion, was …": a figure set off by commas
/// right after a noun phrase is that phrase's value.
fn apposed_phrase(
    tokens: &[Token],
    text: &str,
    figure: &Figure,
    sentence_start: usize,
) -> Option<String> {
    let comma = figure.tokens.start.checked_sub(1)?;
    let closed = tokens.get(figure.tokens.end).is_some_and(|t| t.text == ",");
    if comma <= sentence_start || tokens[comma].text != "," || !closed {
        return None;
    }
    let floor = sentence_start.max(comma.saturating_sub(11));
    let mut start = subject_start(tokens, comma, comma, floor);
    // Only a phrase opened by a determiner is surely a noun phrase ("Police seized heroin,
    // 300 kilograms, at the border" is a clause), and not one a preposition takes: "During
    // the reporting period, 45, including two police officers, were arrested", "According to
    // the ministry's latest survey, 30 percent".
    // ("More countries, 17, have promulgated …": a short subject opening the sentence.)
    let opens_sentence = start <= sentence_start + 1
        && comma - sentence_start <= 3
        && tokens[sentence_start].is_word("more")
        && tokens
            .get(figure.tokens.end + 1)
            .is_some_and(|t| lexicon::is_linking_verb(t.text) || t.is_word("have"));
    let bounded = opens_sentence
        || (start > sentence_start
            && lexicon::is_determiner(tokens[start - 1].text)
            && !(start >= sentence_start + 2 && is_preposition(&tokens[start - 2])));
    while start < comma && (tokens[start].is_word("of") || tokens[start].is_word("and")) {
        start += 1;
    }
    if !bounded || start >= comma || comma - start > 10 {
        return None;
    }
    if comma - start == 1 && lexicon::is_pronoun(tokens[start].text) {
        return None;
    }
    Some(slice(text, tokens, start..comma).to_owned())
}

/// "Among men aged 20-29, 6.2 percent reported heroin use": a share or count standing as the
/// subject right after an opening "Among …," or "Of …," is a part of the group named there.
fn opening_group(
    tokens: &[Token],
    text: &str,
    figure: &Figure,
    sentence_start: usize,
) -> Option<String> {
    if !matches!(figure.kind, StatKind::Percent | StatKind::Count) {
        return None;
    }
    let opener = tokens.get(sentence_start)?;
    if !(opener.is_word("among") || opener.is_word("of")) {
        return None;
    }
    let comma = figure.tokens.start.checked_sub(1)?;
    let mut group = sentence_start + 1..comma;
    // A stock opening, told by its first word before an article is taken off: "Among other
    // things", "Among its successes", "Of greater concern", "Among the most important".
    let first_words = &tokens[group.start.min(comma)..comma];
    let stock_opening = first_words.iter().take(2).any(|t| {
        [
            "other",
            "its",
            "their",
            "his",
            "her",
            "our",
            "most",
            "greater",
            "particular",
        ]
        .iter()
        .any(|w| t.is_word(w))
    });
    // "Of the registered addicts": the group is its noun phrase, as a figure's own would be
    // ("Among those arrested" keeps its "those": it is all the phrase names).
    if group.len() > 1
        && lexicon::is_determiner(tokens[group.start].text)
        && !tokens[group.start].is_word("those")
    {
        group.start += 1;
    }
    if tokens[comma].text != ","
        || group.is_empty()
        || group.len() > MAX_PHRASE_WORDS + 3
        || tokens[group.clone()].iter().any(|t| t.text == ",")
    {
        return None;
    }
    // A group of people or things counted: a plural noun among its words ("Among men aged
    // 20-29", "Of the registered addicts"), not a stock phrase ("Among other things", "Of
    // greater concern", "Among its successes", "Among them") nor a figure of its own ("Of
    // these 300").
    let words = &tokens[group.clone()];
    let counted = |t: &Token| {
        t.kind == TokenKind::Word
            && (lexicon::looks_plural(t.text)
                || [
                    "men",
                    "women",
                    "children",
                    "people",
                    "youth",
                    "population",
                    "police",
                    "staff",
                    "public",
                    "personnel",
                ]
                .iter()
                .any(|w| t.is_word(w)))
            && ![
                "things",
                "successes",
                "others",
                "achievements",
                "highlights",
                "efforts",
            ]
            .iter()
            .any(|w| t.is_word(w))
    };
    // "Among those arrested", "Of those over age 15": the people a clause describes.
    let those = words.len() >= 2 && words[0].is_word("those");
    if !(those || words.iter().any(counted)) || stock_opening {
        return None;
    }
    Some(slice(text, tokens, group).to_owned())
}

/// "most of the courier traffic (current estimate is 95 percent) has been destined for
/// Europe": a share in brackets after an estimate's words, and nothing else, is the share of
/// the noun phrase the brackets follow.
fn bracketed_share(
    tokens: &[Token],
    text: &str,
    figure: &Figure,
    sentence_start: usize,
) -> Option<String> {
    if !matches!(figure.kind, StatKind::Percent | StatKind::Ratio)
        || tokens.get(figure.tokens.end).is_none_or(|t| t.text != ")")
    {
        return None;
    }
    let open = (figure.tokens.start.saturating_sub(5).max(sentence_start)..figure.tokens.start)
        .rev()
        .find(|&k| tokens[k].kind != TokenKind::Word)?;
    let estimate_words = [
        "an",
        "estimated",
        "current",
        "estimate",
        "estimates",
        "is",
        "are",
        "reportedly",
        "perhaps",
        "or",
    ];
    // (An estimate's words there, the figure's own qualifier among them: a bare "Kongo (48%)"
    // in a list is the list's business, and "$12.9 billion (or 5.6%)" another figure's.)
    let said = &tokens[open + 1..figure.value_start.max(open + 1)];
    if tokens[open].text != "("
        || open <= sentence_start
        || !tokens[open + 1..figure.tokens.start]
            .iter()
            .all(|t| estimate_words.iter().any(|w| t.is_word(w)))
        || !said.iter().any(|t| {
            t.text
                .get(..8)
                .is_some_and(|head| head.eq_ignore_ascii_case("estimate"))
        })
    {
        return None;
    }
    let phrase = noun_phrase_before(tokens, open, sentence_start)?;
    Some(slice(text, tokens, phrase).to_owned())
}

/// "arrests for trafficking in heroin (3,451) and cannabis (3,927)": a figure in brackets
/// right after a noun phrase is that phrase's figure; a second one after "and" shares the
/// first's words but its last noun ("arrests for trafficking in cannabis").
fn bracketed_phrase(
    tokens: &[Token],
    text: &str,
    figure: &Figure,
    sentence_start: usize,
) -> Option<String> {
    let open = figure.tokens.start.checked_sub(1)?;
    // "(over 370,000 currently registered in Panama)": the bracket may go on with a clause of
    // what the figure counts.
    let described = tokens
        .get(figure.tokens.end..(figure.tokens.end + 8).min(tokens.len()))
        .is_some_and(|rest| {
            rest.first()
                .is_some_and(|t| lexicon::is_adverb(t.text) || t.text.ends_with("ed"))
                && rest
                    .iter()
                    .take_while(|t| t.kind == TokenKind::Word)
                    .count()
                    < rest.len()
                && rest
                    .iter()
                    .find(|t| t.kind != TokenKind::Word)
                    .is_some_and(|t| t.text == ")")
        });
    let closed = described || tokens.get(figure.tokens.end).is_some_and(|t| t.text == ")");
    // "(416) 555-1234": a telephone's area code.
    let dialled = tokens
        .get(figure.tokens.end + 1)
        .is_some_and(|t| t.kind == TokenKind::Number);
    if figure.kind != StatKind::Count
        || open <= sentence_start
        || tokens[open].text != "("
        || !closed
        || dialled
    {
        return None;
    }
    let phrase = noun_phrase_before(tokens, open, sentence_start)?;
    // What is counted is plural: "arrests for trafficking in heroin (3,451)", not "Mossi
    // (about 2.5 million)" nor "per cent (between 600,000 and 800,000)".
    let counts_plural = |range: &Range<usize>| {
        tokens[range.clone()]
            .iter()
            .any(|t| lexicon::looks_plural(t.text))
    };
    // The first of a pair: "heroin (3,451) and cannabis (3,927)".
    let pair_open = phrase.start.checked_sub(2).filter(|&close| {
        close > sentence_start
            && tokens[close].text == ")"
            && (tokens[close + 1].is_word("and") || tokens[close + 1].is_word("or"))
    });
    if let Some(close) = pair_open
        && let Some(first_open) = (sentence_start..close)
            .rev()
            .find(|&k| tokens[k].text == "(")
        && let Some(first) = noun_phrase_before(tokens, first_open, sentence_start)
        && first.len() >= 2
        // The shared words end in a preposition: "arrests for trafficking in" + "cannabis",
        // not "arrests of foreign" + "seizures".
        && ["in", "of", "for"].iter().any(|w| tokens[first.end - 2].is_word(w))
        && counts_plural(&(first.start..first.end - 1))
    {
        let shared = slice(text, tokens, first.start..first.end - 1);
        return Some(format!("{shared} {}", slice(text, tokens, phrase)));
    }
    counts_plural(&phrase).then(|| slice(text, tokens, phrase).to_owned())
}

/// A preposition that takes a noun phrase: "to", "during", "in" …
fn is_preposition(token: &Token) -> bool {
    token.kind == TokenKind::Word
        && [
            "to", "in", "on", "at", "during", "for", "from", "of", "by", "with", "under", "after",
            "before", "since", "over", "through", "into", "within",
        ]
        .iter()
        .any(|p| token.is_word(p))
}

/// The noun phrase ending right before `end`, over "of", "in" and "for" ("arrests for
/// trafficking in heroin"), to a determiner, a verb in -ed ("Police registered …") or
/// another word that breaks a phrase.
fn noun_phrase_before(tokens: &[Token], end: usize, floor: usize) -> Option<Range<usize>> {
    let joiner = |t: &Token| t.is_word("of") || t.is_word("in") || t.is_word("for");
    let mut start = end;
    while start > floor && end - start < 8 {
        let t = &tokens[start - 1];
        let word = t.kind == TokenKind::Word
            && (!lexicon::breaks_phrase(t.text) || joiner(t))
            && !lexicon::is_determiner(t.text)
            && !(t.text.len() > 4 && t.text.ends_with("ed") && !t.text.contains('-'))
            && !is_year(t);
        if !word {
            break;
        }
        start -= 1;
    }
    while start < end && (joiner(&tokens[start]) || tokens[start].is_word("and")) {
        start += 1;
    }
    (start < end && !joiner(&tokens[end - 1])).then_some(start..end)
}

/// "…, the area devoted to poppy …": a comma at `k` before an article or a possessive, which
/// open a new subject.
fn comma_opens_a_subject(tokens: &[Token], k: usize) -> bool {
    tokens[k].text == ","
        && tokens.get(k + 1).is_some_and(|t| {
            ["the", "a", "an", "its", "their"]
                .iter()
                .any(|w| t.is_word(w))
        })
}

/// The nearest "of <phrase>" before the figure in its sentence.
fn nearest_of_phrase(
    tokens: &[Token],
    text: &str,
    figure: &Figure,
    sentence_start: usize,
) -> Option<String> {
    // Within a clause's reach: a sentence of thousands of words is not searched to its start.
    const REACH: usize = 40;
    let floor = sentence_start.max(figure.tokens.start.saturating_sub(REACH));
    let mut k = figure.tokens.start;
    let mut comma_seen = false;
    while k > floor {
        k -= 1;
        // "… capacity of the national government, the area devoted to poppy set a record at
        // 206,700 hectares": a new clause's subject after the last comma; its figure is not
        // sought before it.
        // (Not an aside a comma closes: "Seizures of heroin, the main opiate, reached …", "The
        // value of the drugs, the police said, was …".)
        if tokens[k].text == "," && !comma_seen {
            comma_seen = true;
            if comma_opens_a_subject(tokens, k) {
                return None;
            }
        }
        // "the number of registered drug addicts, which at the end of 1996 was 2,965": the "of"
        // of a date is passed over for the one before it.
        if tokens[k].is_word("of") && !tokens.get(k + 1).is_some_and(is_year) {
            let range = phrase_forward(tokens, k + 1, figure.tokens.start)?;
            // "Of note, 15 …", "Of course, 30 percent …": an opening remark, no of-phrase of
            // anything counted.
            let remark = k == sentence_start
                && range.len() == 1
                && tokens.get(range.end).is_some_and(|t| t.text == ",")
                && ["note", "course", "concern", "interest", "importance"]
                    .iter()
                    .any(|w| tokens[range.start].is_word(w));
            // "as the Ministry of Health registered 7,226": an agency's name, the subject of
            // the verb that gives the figure.
            // (Its verb right after it: "output of opium … estimated at about 200 metric
            // tons" is passive, and "a source of marijuana, and police eradicated 1,200
            // hectares of it" has a subject of its own.)
            let agent = (range.end..figure.tokens.start).take(1).any(|v| {
                SEIZING_VERBS
                    .iter()
                    .chain(REPORTING_VERBS)
                    .chain(GIVING_VERBS)
                    .chain(&["registered", "recorded", "counted"])
                    .any(|w| tokens[v].is_word(w))
                    && !tokens[v + 1].is_word("at")
                    && !tokens[v + 1].is_word("to")
            });
            // ("The Department of State provided Jamaica with US$992,000": the phrase ran on
            // into the donor's verb; "The Government of Antigua and Barbuda receives
            // approximately $3,120,000": the money is the object of the agency's verb.)
            let giving = |t: &Token| GIVING_VERBS.iter().any(|v| t.is_word(v));
            let donor = tokens[range.start + 1..range.end].iter().any(giving)
                || (figure.kind == StatKind::Money
                    && (range.end..figure.tokens.start)
                        .rev()
                        .find(|&v| !lexicon::is_adverb(tokens[v].text))
                        .is_some_and(|v| giving(&tokens[v])));
            // ("its goal of eradicating 7,000 hectares": the verb the figure is the object of,
            // whatever noun its form may be elsewhere.)
            let gerund = range.len() == 1
                && range.end == figure.tokens.start
                && figure.kind == StatKind::Quantity
                && is_ing_form(tokens[range.start].text);
            // ("The number of people with substance use disorders … has remained stable, as
            // the Ministry of Health registered 7,226 in 2015": the count the sentence opened
            // with is the agency's.)
            if agent && figure.kind == StatKind::Count {
                let counted = (sentence_start..k.saturating_sub(1))
                    .find(|&n| tokens[n].is_word("number") && tokens[n + 1].is_word("of"));
                // (The phrase runs to its verb: "people with substance use disorders in the
                // country has remained".)
                return counted.and_then(|n| {
                    let end = (n + 2..k).take(12).find(|&e| {
                        let t = &tokens[e];
                        t.text == ","
                            || BE_FORMS.iter().any(|w| t.is_word(w))
                            || ["has", "have", "had"].iter().any(|w| t.is_word(w))
                            || lexicon::is_linking_verb(t.text)
                    })?;
                    (end > n + 2).then(|| slice(text, tokens, n + 2..end).to_owned())
                });
            }
            if remark || agent || donor || gerund {
                return None;
            }
            return Some(slice(text, tokens, range).to_owned());
        }
    }
    None
}
