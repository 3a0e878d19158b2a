//! Statistics, dates and acronyms: every figure the report itself states.
//!
//! # Design note
//!
//! **What counts as a statistic.** A number the report states about the world: quantities
//! with units ("over six tons"), counts of things ("8,500 drug-related crimes", "two record
//! cargoes"), percentages ("seventy percent", "12%"), ratios and multiples ("one out of every
//! 14", "two-thirds", "ten-times", "almost doubled"), money ("$3.4 billion", "US$420,000"),
//! and ranges of any of these ("five to eight", "10-15,000", "between 20 and 30"); a minus
//! sign set against a number keeps its sign ("growth rate: -9%"). Not
//! statistics: years and dates (they are [`DateMention`]s), durations ("nine months",
//! "twelve-month"), ages that bound a group ("children aged 12 or 13"), labels ("Article 5", "page 12"), list markers ("(1)"), ordinals, codes
//! glued to letters ("F-16", "10-K"), coordinates, telephone numbers and other runs of bare
//! numbers, a paragraph's own number ("1. The Netherlands continues …"), a conversion in parentheses repeating the figure before it ("22 kilometres (14
//! mi)"), the numeral "one" on its own, and anything in headings or the title block. Counts
//! in words need a noun after them ("two visits"), so "one of the world's busiest", "the two"
//! and "days one and four" stay out. A figure at the very end of a copy cut off mid-sentence
//! has lost what it counts and is left out.
//!
//! **How a figure is read.** Each block is tokenised once (words, numbers, punctuation, with
//! byte offsets); laid-out text is read line by line, and table cells one by one. Dates are
//! found first and their tokens set aside, so "30 September 1996" never yields a count of 30.
//! Then, at each remaining number: the currency before it, a scale word ("million"), a
//! range, the unit after it (normalised: t, kg, g, ha, km, km2, l,
//! %, ‰ for "per thousand", USD and other ISO 4217 codes, x for multiples, `/yr` for "per
//! year"/"annually", `/ha` or `/kg` for a yield or a price, "12 kilograms per hectare"), and
//! the qualifier before it ("over", "approximately", "at least", "up to", "under", "nearly",
//! "at most"; "in excess of"/"more than" → over, "some"/"about"/"around" → approximately;
//! "less than"/"fewer than"/"below" → under, as the labelled chapters write it).
//!
//! **How "what it measures" is found.** See `measures.rs`: the noun phrase the figure
//! introduces ("six tons of *illegal narcotics*"), else a phrase naming it ("a *population*
//! of"), else the subject it is predicated of ("*the actual number* is at least ten-times
//! larger"), else the noun phrase it stands by between commas or in brackets ("*the export
//! value of this opium harvest*, $3.1 billion,", "*arrests for trafficking in heroin* (3,451)"),
//! else the figure before it in the sentence, the nearest "of …" phrase before it,
//! what the sentence (or the clause it reports: "estimates indicate that *cultivation* …") is
//! about, the subject of a verb of change ("*Seizures* rose by a 20-percent margin"), the
//! figure before it in the paragraph when the sentence refers back ("the remaining third"),
//! or — for a data sheet's "Label: 387 m" or a dot leader — the label. Phrases are bounded by
//! word lists (prepositions, auxiliaries, common verbs, participles after a noun), not by a
//! part-of-speech tagger: report prose is regular enough, and this runs at tens of MB/s.
//!
//! **Known limits.** Anaphora is resolved only to the previous figure ("the remaining third"
//! measures what "two-thirds of the transactions" did); a figure whose noun was cut off by
//! the end of a copy keeps whatever the sentence gives; numbers in table cells measure their
//! row and column labels (with the group label a text table sets above its rows, and the unit
//! a label gives in parentheses: "Opium (mt)"); decimal commas are assumed, and numbers in
//! words read, by the language of the document's function words (English reads "six
//! tons"; German, French and Polish read "3,5" and "1 456"); the phrase finder knows English
//! word order only.

mod acronyms;
pub(crate) mod dates;
mod figures;
pub(crate) mod lexicon;
mod measures;
pub(crate) mod numbers;
mod tokens;
pub(crate) mod units;

use crate::document::{BlockKind, DateMention, Document, Span, StatKind, Statistic};
use std::borrow::Cow;
use std::sync::Arc;
use tokens::{Token, tokenize, tokenize_into};

/// Fills in the statistics, dates and acronyms of a document whose body is built.
pub fn annotate(document: &mut Document) {
    annotate_with_progress(document, &|_| {});
}

/// [`annotate`], telling `progress` the share of blocks read so far (0.0 to 1.0).
pub fn annotate_with_progress(document: &mut Document, progress: &dyn Fn(f32)) {
    let style = Style::of(&document.text);
    let heading_sections = heading_section_indexes(document);
    // A copy cut off mid-sentence: figures at its very end have lost what they count.
    let last_text_end = document
        .blocks
        .iter()
        .rev()
        .find(|b| {
            !matches!(
                b.kind,
                BlockKind::Title | BlockKind::Heading | BlockKind::Table
            )
        })
        .filter(|b| !ends_sentence(&document.text[b.span.range()]))
        .map(|b| b.span.end);
    let mut found = Found::default();
    let mut scratch = Scratch::default();
    let report_every = (document.blocks.len() / 100).max(1);
    for (index, block) in document.blocks.iter().enumerate() {
        if index % report_every == 0 {
            progress(index as f32 / document.blocks.len().max(1) as f32);
        }
        match block.kind {
            BlockKind::Title | BlockKind::Heading => continue,
            BlockKind::Table => {
                // "Opium Production in Metric Tons" right over the table (a note in brackets
                // between): what its cells measure, and their unit.
                let above = |k: usize| {
                    index
                        .checked_sub(k)
                        .map(|at| &document.text[document.blocks[at].span.range()])
                        .filter(|text| text.len() <= 100)
                };
                // ("(date read-out from a graph)", "Note: FY 2013 figures are requested.")
                let note = |text: &str| {
                    (text.starts_with('(') && text.ends_with(')'))
                        || ["Note:", "Notes:", "Source:", "Sources:", "NOTE:", "SOURCE:"]
                            .iter()
                            .any(|label| text.starts_with(label))
                };
                let caption = above(1).and_then(units::caption_measure).or_else(|| {
                    above(1)
                        .filter(|text| note(text))
                        .and(above(2))
                        .and_then(units::caption_measure)
                });
                table_figures(
                    &document.text,
                    block.span,
                    style,
                    caption,
                    &mut found.statistics,
                );
            }
            BlockKind::Preformatted => {
                // Laid-out text ("Under 18 years........1,058,788"): each line is read alone.
                let mut start = block.span.start;
                for line in document.text[block.span.range()].split('\n') {
                    read_run(
                        &document.text,
                        Span::new(start, start + line.len()),
                        style,
                        false,
                        &mut found,
                        &mut scratch,
                    );
                    start += line.len() + 1;
                }
            }
            // ("54", "- 12 -": a page's or a slide's number, standing alone between paragraphs,
            // counts nothing.)
            _ if is_lone_number(&document.text[block.span.range()]) => {}
            _ => {
                let cut_off = Some(block.span.end) == last_text_end;
                read_run(
                    &document.text,
                    block.span,
                    style,
                    cut_off,
                    &mut found,
                    &mut scratch,
                );
            }
        }
    }
    drop(scratch);
    // One shared title per section: a data sheet has a figure every line, all in a handful
    // of sections.
    let titles: Vec<Arc<str>> = document
        .sections
        .iter()
        .map(|section| Arc::from(section.title.as_str()))
        .collect();
    for stat in &mut found.statistics {
        if let Some(index) = section_index_at(document, &heading_sections, stat.span.start) {
            stat.section = titles[index].clone();
        }
        // "1.2 million pesos" in a chapter on the Philippines: PHP; "Rs 15,000 per kilogram"
        // in one on Pakistan: PKR/kg.
        if stat.kind == StatKind::Money {
            let (name, per) = stat
                .unit
                .split_at(stat.unit.find('/').unwrap_or(stat.unit.len()));
            if let Some(code) = units::currency_of_country(name, &document.subject) {
                stat.unit = if per.is_empty() {
                    Cow::Borrowed(code)
                } else {
                    Cow::Owned(format!("{code}{per}"))
                };
            }
        }
    }
    found.statistics.shrink_to_fit();
    document.statistics = found.statistics;
    document.dates = found.dates;
    document.acronyms = found.acronyms.list;
    restore_abbreviated_subject(document);
}

/// "…, MARCH 1996: FYROM": a subject set in capitals is tidied to "Fyrom" with the rest of the
/// title; when the report defines it as an abbreviation, it is written as one again.
fn restore_abbreviated_subject(document: &mut Document) {
    let Some(short) = document
        .acronyms
        .iter()
        .map(|a| a.short.as_str())
        .find(|short| short.eq_ignore_ascii_case(&document.subject) && *short != document.subject)
    else {
        return;
    };
    let short = short.to_owned();
    if let Some(at) = document.title.rfind(&document.subject)
        && at + document.subject.len() == document.title.len()
    {
        document.title.replace_range(at.., &short);
    }
    document.subject = short;
}

/// How the document writes its numbers.
#[derive(Clone, Copy, Debug)]
struct Style {
    /// "3,5" is three and a half; "1 456" one thousand four hundred and fifty-six.
    decimal_comma: bool,
    /// Numbers in words ("six tons") are English words here.
    english: bool,
    /// The text says "USD", which cables write onto amounts ("USD5,000").
    glued_codes: bool,
}

impl Style {
    /// Judged by the function words of the text.
    fn of(text: &str) -> Self {
        let sample = &text[..text.floor_char_boundary(200_000)];
        let mut english = 0usize;
        let mut other = 0usize;
        // Words between white space, their punctuation trimmed: the "i" of "i.e." is no
        // Polish "and".
        let words = sample
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()));
        for word in words {
            match word {
                "the" | "of" | "and" | "to" | "is" | "that" | "with" => english += 1,
                // (Not "est": the English "(2004 est.)" of every data sheet.)
                "der" | "die" | "und" | "le" | "la" | "les" | "et" | "des" | "w" | "i" | "z"
                | "się" | "na" | "el" | "los" | "y" | "il" | "di" | "che" | "και" | "το"
                | "της" | "den" | "het" | "een" | "van" | "och" | "og" => other += 1,
                _ => {}
            }
        }
        // The numbers may say so too: "13.1%", "$43.99 billion" are written with a decimal
        // point, "3,5 Prozent" with a comma (three digits after either are a thousands'
        // group). Only points, and the words' vote stands for none. (A French page may set
        // its tables with points and its prose with commas.)
        let (points, commas) = decimal_marks(sample.as_bytes());
        Self {
            decimal_comma: other > english && (commas > 0 || points == 0),
            english: english >= other,
            glued_codes: memchr::memmem::find(text.as_bytes(), b"USD").is_some(),
        }
    }
}

/// How many numbers in `bytes` have a decimal point, and how many a decimal comma: a digit,
/// the mark, and one, two or four digits or more (not three, a thousands' group; not a date's
/// "12.03.2020").
fn decimal_marks(bytes: &[u8]) -> (usize, usize) {
    let (mut points, mut commas) = (0, 0);
    for (at, &mark) in bytes.iter().enumerate() {
        if !matches!(mark, b'.' | b',') || at == 0 || !bytes[at - 1].is_ascii_digit() {
            continue;
        }
        let digits = bytes[at + 1..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        let after = bytes.get(at + 1 + digits);
        let ends = after.is_none_or(|&b| !matches!(b, b'.' | b','));
        if digits > 0 && digits != 3 && ends {
            if mark == b'.' {
                points += 1;
            } else {
                commas += 1;
            }
        }
    }
    (points, commas)
}

/// What the blocks of a document give, gathered in order.
#[derive(Default)]
struct Found {
    statistics: Vec<Statistic>,
    dates: Vec<DateMention>,
    acronyms: acronyms::Acronyms,
}

/// Lists reused from one run to the next, so that reading a run allocates only what it keeps.
#[derive(Default)]
struct Scratch<'a> {
    tokens: Vec<Token<'a>>,
    /// Tokens that are part of a date, not of a figure.
    skip: Vec<bool>,
    dates: Vec<dates::FoundDate>,
    figures: Vec<figures::Figure>,
    /// Which of the figures are kept.
    keep: Vec<bool>,
    measured: Vec<measures::Measured>,
    sentences: Vec<std::ops::Range<usize>>,
}

/// Reads one run of running text (a paragraph, or a line of laid-out text).
fn read_run<'a>(
    text: &'a str,
    span: Span,
    style: Style,
    cut_off: bool,
    found: &mut Found,
    scratch: &mut Scratch<'a>,
) {
    let run = &text[span.range()];
    let has_digits = run.bytes().any(|b| b.is_ascii_digit());
    let has_parenthesis = memchr::memchr(b'(', run.as_bytes()).is_some();
    if !has_digits && !has_parenthesis && !style.english {
        return;
    }
    tokenize_into(
        run,
        span.start,
        style.decimal_comma,
        style.glued_codes,
        &mut scratch.tokens,
    );
    let tokens = &scratch.tokens[..];
    let skip = &mut scratch.skip;
    skip.clear();
    skip.resize(tokens.len(), false);
    // Every date has digits in it; most paragraphs have none.
    scratch.dates.clear();
    if has_digits {
        dates::find_into(tokens, &mut scratch.dates);
    }
    for date in scratch.dates.drain(..) {
        for flag in &mut skip[date.tokens.clone()] {
            *flag = true;
        }
        // "On May 22": a day without a year is set aside but not reported.
        if date.value.is_empty() {
            continue;
        }
        let date_span = tokens::span_of(tokens, date.tokens.clone());
        found.dates.push(DateMention {
            span: date_span,
            value: date.value,
        });
    }
    let figures = &mut scratch.figures;
    figures::find_into(tokens, skip, style.decimal_comma, style.english, figures);
    drop_conversions(tokens, figures, &mut scratch.keep);
    if cut_off {
        drop_cut_off_figures(tokens, figures);
    }
    if has_parenthesis {
        acronyms::find(tokens, text, &mut found.acronyms);
    }
    if figures.is_empty() {
        return;
    }
    let sentences = &mut scratch.sentences;
    tokens::sentences_into(tokens, sentences);
    let measured = &mut scratch.measured;
    measures::assign_into(tokens, text, figures, sentences, measured);
    let mut label_ends = None;
    for (mut figure, measured) in figures.drain(..).zip(measured.drain(..)) {
        // "150 tons of Indian opium annually": a rate after the measured phrase. ("$1 billion in
        // drug money per year": or after the few words that follow the figure, not a period's
        // "in a year".)
        let rate_at = measured
            .phrase_end
            // ("… of cocaine are estimated to transit Paraguay annually": past the phrase.)
            .map(|end| {
                passive_rate(tokens, end)
                    .or_else(|| clause_rate(tokens, end))
                    .unwrap_or(end)
            })
            .or_else(|| {
                // ("$5 million (4 percent of the budget) on treatment each year": past an aside.)
                let start = past_aside(tokens, figure.tokens.end);
                // "$2 billion is provided annually", "300 tons were seized each year": a rate
                // after the passive verb the figure is the subject of.
                if let Some(rate) = passive_rate(tokens, start) {
                    return Some(rate);
                }
                // Words of one phrase only, a preposition opening it ("in aid"): not a clause
                // that goes on ("USD 7 million and each year …", "to officials who are replaced
                // each year").
                (start..tokens.len().min(start + 6))
                    .take_while(|&k| {
                        let t = &tokens[k];
                        t.kind == tokens::TokenKind::Word
                            && (units::per_year_after(tokens, k).is_some()
                                || if k == start {
                                    ["in", "of", "on", "more", "fewer", "less"]
                                        .iter()
                                        .any(|w| t.is_word(w))
                                } else {
                                    !lexicon::breaks_phrase(t.text)
                                })
                    })
                    .find(|&k| rate_starts_at(tokens, k))
            });
        if let Some(end) = rate_at
            && !figure.unit.ends_with("/yr")
            && matches!(
                figure.kind,
                StatKind::Quantity | StatKind::Money | StatKind::Count
            )
            && units::per_year_after(tokens, end).is_some()
        {
            figure.unit.to_mut().push_str("/yr");
        }
        let figure_span = tokens::span_of(tokens, figure.tokens.clone());
        let mut measures = measured.phrase;
        if measures.is_empty() {
            let ends = label_ends.get_or_insert_with(|| LabelEnds::of(text, span));
            measures = field_label(text, span, figure_span.start, ends);
            // ("1. (U) Summary: …": a cable paragraph's head is no field's label.)
            if measures::is_cable_paragraph_head(&measures) {
                measures.clear();
            }
            // "Percent of total population........26.2": the label gives the unit.
            let percent_label = measures
                .get(..7)
                .is_some_and(|start| start.eq_ignore_ascii_case("percent"));
            if figure.kind == StatKind::Count && percent_label {
                figure.kind = StatKind::Percent;
                figure.unit = Cow::Borrowed("%");
            }
        }
        let sentence_tokens = tokens::sentence_containing(sentences, figure.value_start);
        // "The number of hectares under poppy cultivation dropped …, from 2004's record crop
        // of 206,700 to 107,400": the unit the sentence counts in, left out of the figures of
        // its change.
        if figure.kind == StatKind::Count
            && figure.unit.is_empty()
            && let Some(range) = sentence_tokens.clone()
            && let Some(unit) = counted_unit(tokens, range.start, figure.tokens.start)
        {
            figure.unit = Cow::Borrowed(unit);
            figure.kind = StatKind::Quantity;
        } else if figure.kind == StatKind::Count
            && matches!(figure.unit.as_ref(), "" | "/yr")
            && let Some((unit, counted)) = unit_of_counted_phrase(&measures)
        {
            // "the number of hectares of poppy eradicated averaged 15,600 per year": the
            // subject counts in a unit.
            figure.unit = Cow::Owned(format!("{unit}{}", figure.unit));
            figure.kind = StatKind::Quantity;
            measures = counted;
        }
        let sentence = sentence_tokens
            .map(|s| tokens::span_of(tokens, s))
            .unwrap_or(span);
        push_figure(
            &mut found.statistics,
            Statistic {
                span: figure_span,
                kind: figure.kind,
                value: figure.value,
                value_max: figure.value_max,
                unit: figure.unit,
                qualifier: figure.qualifier,
                measures,
                section: Arc::default(),
                sentence_span: sentence,
            },
        );
    }
}

/// The unit a sentence counts in, "the number of hectares …", when the figure at `figure` is
/// one end of its change ("from … 206,700", "to 107,400").
fn counted_unit(tokens: &[Token], sentence_start: usize, figure: usize) -> Option<&'static str> {
    let before = figure.checked_sub(1).map(|k| &tokens[k])?;
    if !["from", "to", "of"].iter().any(|w| before.is_word(w)) {
        return None;
    }
    // (The nearest "number of" before the figure: "… hectares …, and the number of labs
    // destroyed fell from 40 to 25" counts labs.)
    let counted = (sentence_start..figure.saturating_sub(2))
        .rev()
        .find(|&k| {
            ["number", "area", "amount"]
                .iter()
                .any(|w| tokens[k].is_word(w))
                && tokens[k + 1].is_word("of")
        })?;
    let unit = units::unit_after(tokens, counted + 2)?;
    (unit.kind == StatKind::Quantity).then_some(unit.unit)
}

/// "number of hectares of poppy eradicated": the unit a measured phrase counts in, and what
/// it counts ("poppy eradicated").
fn unit_of_counted_phrase(phrase: &str) -> Option<(&'static str, String)> {
    let head = phrase.get(..10)?;
    if !head.eq_ignore_ascii_case("number of ") {
        return None;
    }
    let rest = &phrase[10..];
    let words = tokens::tokenize(rest, 0, false);
    let unit = units::unit_after(&words, 0)?;
    if unit.kind != StatKind::Quantity {
        return None;
    }
    let after = words.get(unit.end).map_or(rest.len(), |t| t.start);
    let counted = rest[after..].trim_start();
    let counted = counted.strip_prefix("of ").unwrap_or(counted);
    Some((unit.unit, counted.to_owned()))
}

/// Past the aside in brackets that opens at `k` ("(about 4 percent of the budget)", nested
/// ones too), when it closes within the sentence; else `k`.
fn past_aside(tokens: &[Token], k: usize) -> usize {
    if tokens.get(k).is_none_or(|t| t.text != "(") {
        return k;
    }
    let mut depth = 0usize;
    for (at, token) in tokens.iter().enumerate().skip(k).take(40) {
        match token.text {
            "(" => depth += 1,
            ")" => {
                depth -= 1;
                if depth == 0 {
                    return at + 1;
                }
            }
            _ => {}
        }
    }
    k
}

/// "is provided annually", "were seized each year", "has been spent per year": at `k`, a
/// form of "be", a participle and a rate; the index where the rate starts.
fn passive_rate(tokens: &[Token], k: usize) -> Option<usize> {
    let be = ["is", "are", "was", "were"];
    let mut at = k;
    if tokens
        .get(at)
        .is_some_and(|t| be.iter().any(|w| t.is_word(w)))
    {
        at += 1;
    } else if tokens
        .get(at)
        .is_some_and(|t| ["has", "have", "had"].iter().any(|w| t.is_word(w)))
        && tokens.get(at + 1).is_some_and(|t| t.is_word("been"))
    {
        at += 2;
    } else {
        return None;
    }
    let participle = tokens.get(at)?;
    if participle.kind != tokens::TokenKind::Word
        || lexicon::breaks_phrase(participle.text)
        || participle.is_word("than")
    {
        return None;
    }
    if units::per_year_after(tokens, at + 1).is_some() {
        return Some(at + 1);
    }
    // "40 metric tons of cocaine are estimated to transit Paraguay annually": the rate of
    // the infinitive the passive verb governs, a few words on.
    if !tokens.get(at + 1).is_some_and(|t| t.is_word("to")) {
        return None;
    }
    (at + 3..(at + 7).min(tokens.len()))
        .take_while(|&r| tokens[r - 1].kind == tokens::TokenKind::Word)
        .find(|&r| units::per_year_after(tokens, r).is_some())
}

/// "30 tons of heroin pass through Tajikistan each year", "95 tons of opiates passing through
/// Central Asia annually", "are smuggled via the northern route every year": the rate that
/// closes the clause the measured phrase (ending at `k`) is the subject of, a few words on;
/// the index where it starts. Words only, and not past a word that opens another clause
/// ("… heroin, and each year", "… to officials who are replaced each year"), nor a period's
/// "in a year".
fn clause_rate(tokens: &[Token], k: usize) -> Option<usize> {
    (k..tokens.len().min(k + 8))
        .take_while(|&r| {
            tokens[r].kind == tokens::TokenKind::Word && !lexicon::opens_clause(tokens[r].text)
        })
        .find(|&r| rate_starts_at(tokens, r))
}

/// A rate ("each year", "annually") at `k`, not a period's "in a year", "for a year".
fn rate_starts_at(tokens: &[Token], k: usize) -> bool {
    units::per_year_after(tokens, k).is_some()
        && !["in", "within", "for", "over"]
            .iter()
            .any(|w| tokens[k - 1].is_word(w))
}

/// A paragraph that is a page's number and nothing else: one to three digits, dashes around
/// them at most. (A statement's amounts laid out one to a line, "16,058,714" or "1.08", and a
/// column's year are not.)
fn is_lone_number(paragraph: &str) -> bool {
    let number =
        paragraph.trim_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '—'));
    (1..=3).contains(&number.len()) && number.bytes().all(|b| b.is_ascii_digit())
}

/// Adds a figure to a list that may reach tens of thousands (a data sheet states one every
/// line). Past a few thousand the list grows by an eighth instead of doubling: the peak
/// memory of reading is reached as the last figures are found, and a doubled list would hold
/// up to twice the room its figures need. The price is more copying as it grows (about 2 % of
/// the time on a data sheet).
fn push_figure(list: &mut Vec<Statistic>, mut stat: Statistic) {
    stat.value = numbers::tidy(stat.value);
    stat.value_max = stat.value_max.map(numbers::tidy);
    if list.len() == list.capacity() && list.capacity() >= 4096 {
        list.reserve_exact(list.capacity() / 8);
    }
    list.push(stat);
}

/// Where a data sheet's field label may end in a run: its colons, its first dot leader and
/// its first wide gap. Found once per run, so that a long run of figures stays linear.
struct LabelEnds {
    colons: Vec<usize>,
    dots: Option<usize>,
    gap: Option<usize>,
}

impl LabelEnds {
    fn of(text: &str, run: Span) -> Self {
        use memchr::memmem::Finder;
        use std::sync::LazyLock;
        // Built once: a searcher costs more to build than a short run costs to search.
        static DOTS: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(b".."));
        static GAP: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(b"   "));
        let slice = &text[run.range()];
        Self {
            colons: memchr::memchr_iter(b':', slice.as_bytes())
                .map(|at| run.start + at)
                .collect(),
            dots: DOTS.find(slice.as_bytes()).map(|at| run.start + at),
            gap: GAP.find(slice.as_bytes()).map(|at| run.start + at),
        }
    }
}

/// "mean elevation: 387 m", "Under 18 years..........1,058,788": the label a data sheet puts
/// before its value, for figures the prose gives no noun to. The label runs from the start of
/// the run to the last colon before the figure, else to the first dot leader or wide gap.
fn field_label(text: &str, run: Span, figure_start: usize, ends: &LabelEnds) -> String {
    let before_end = figure_start.max(run.start);
    let last_colon = ends.colons[..ends.colons.partition_point(|&at| at < before_end)]
        .last()
        .copied();
    let label_end = last_colon
        .or(ends.dots.filter(|&at| at + 2 <= before_end))
        .or(ends.gap.filter(|&at| at + 3 <= before_end));
    let Some(label_end) = label_end else {
        return String::new();
    };
    let label = text[run.start..label_end]
        .trim()
        .trim_end_matches('.')
        .trim();
    // More than eight words is a sentence, not a label; counting stops there.
    let words = label.split_whitespace().take(9).count();
    // "It's the same story for marijuana: 5,600 hectares": a clause saying what the list
    // is for.
    let said_for = label.rsplit_once(" for ").filter(|(clause, what)| {
        let short = clause.split_whitespace().count() <= 6 && what.split_whitespace().count() <= 4;
        short
            && clause.split_whitespace().any(|w| {
                ["is", "was", "are", "were"].contains(&w)
                    || ["'s", "’s"].iter().any(|s| w.ends_with(s) && w.len() <= 7)
            })
    });
    if let Some((_, what)) = said_for {
        what.to_owned()
    } else if (1..=8).contains(&words) && label.chars().any(char::is_alphabetic) {
        label.to_owned()
    } else {
        String::new()
    }
}

/// "22 kilometres (14 mi)", "3,754 metres (12,316 ft)": a conversion in parentheses repeats
/// the figure before it and is not a figure of its own.
/// `keep`: room to note which are kept, reused from run to run.
fn drop_conversions(tokens: &[Token], figures: &mut Vec<figures::Figure>, keep: &mut Vec<bool>) {
    keep.clear();
    keep.resize(figures.len(), true);
    let mut short_to_metric = Vec::new();
    for i in 1..figures.len() {
        let previous = &figures[i - 1];
        let current = &figures[i];
        // An abbreviation's full stop may stand on either side: "2.7 million sq. km. (1.05
        // million sq. mi.)".
        let is = |at: usize, text: &str| tokens.get(at).is_some_and(|t| t.text == text);
        let opens = current.tokens.start >= 1 && is(current.tokens.start - 1, "(");
        let gap = current.tokens.start.saturating_sub(previous.tokens.end);
        let follows = opens && (gap == 1 || (gap == 2 && is(previous.tokens.end, ".")));
        let closes = is(current.tokens.end, ")")
            || (is(current.tokens.end, ".") && is(current.tokens.end + 1, ")"));
        if follows
            && closes
            && !previous.unit.is_empty()
            && current.kind == StatKind::Quantity
            && previous.kind == StatKind::Quantity
        {
            // "4,202 tons (3,819 metric tons)": the tons before are short tons, the metric
            // figure in brackets is the one in the unit reported (t).
            let says = |figure: &figures::Figure, word: &str| {
                tokens[figure.tokens.clone()]
                    .iter()
                    .any(|t| t.is_word(word))
            };
            let metric =
                |figure: &figures::Figure| says(figure, "metric") || says(figure, "tonnes");
            let short_tons = previous.unit == "t"
                && !metric(previous)
                && (says(previous, "tons") || says(previous, "ton"))
                && current.unit == "t"
                && metric(current);
            keep[i] = false;
            if short_tons {
                short_to_metric.push(i);
            }
        }
    }
    // (The row is the whole "457 tons (415 metric tons)", at the metric value.)
    for i in short_to_metric {
        let (value, value_max, end) = (
            figures[i].value,
            figures[i].value_max,
            figures[i].tokens.end,
        );
        let short = &mut figures[i - 1];
        short.value = value;
        short.value_max = value_max;
        short.tokens.end = end + 1;
    }
    let mut index = 0;
    figures.retain(|_| {
        index += 1;
        keep[index - 1]
    });
}

fn ends_sentence(text: &str) -> bool {
    text.trim_end()
        .trim_end_matches(['"', '\'', ')', '”', '’', ']'])
        .ends_with(['.', '!', '?', ':', ';'])
}

/// In a block cut off mid-sentence, a figure within a few words of the cut has lost its noun
/// ("some 200,000 are dependen"): it is left out rather than reported half-read. One whose
/// noun came whole before the cut stays ("arrested 19 people in southwe", "5 kg of cocaine
/// in the").
fn drop_cut_off_figures(tokens: &[Token], figures: &mut Vec<figures::Figure>) {
    const WORDS_NEEDED: usize = 4;
    let cut = tokens.len();
    let last_sentence_start = tokens
        .iter()
        .rposition(|t| matches!(t.text, "." | "!" | "?"))
        .map_or(0, |p| p + 1);
    let noun_whole = |f: &figures::Figure| {
        let mut k = f.tokens.end;
        if tokens.get(k).is_some_and(|t| t.is_word("of")) {
            k += 1;
        }
        let noun = |t: &Token| t.kind == tokens::TokenKind::Word && !lexicon::breaks_phrase(t.text);
        tokens.get(k).is_some_and(noun)
            && tokens.get(k + 1).is_some_and(|t| {
                t.kind == tokens::TokenKind::Word && lexicon::breaks_phrase(t.text)
            })
    };
    figures.retain(|f| {
        f.tokens.start < last_sentence_start || f.tokens.end + WORDS_NEEDED <= cut || noun_whole(f)
    });
}

/// Sections that start at a heading block (not run-in heads): the ones a figure "stands under".
fn heading_section_indexes(document: &Document) -> Vec<usize> {
    document
        .sections
        .iter()
        .enumerate()
        .filter(|(_, section)| {
            document
                .block_at(section.span.start)
                .and_then(|b| document.blocks.get(b))
                .is_some_and(|b| b.kind == BlockKind::Heading && b.span.start == section.span.start)
        })
        .map(|(i, _)| i)
        .collect()
}

/// The innermost heading section around `offset`: the last one starting at or before it that
/// has not yet ended (sections nest, so a later start is a deeper one). A binary search, not
/// a scan: documents can have thousands of sections and tens of thousands of figures.
fn section_index_at(
    document: &Document,
    heading_sections: &[usize],
    offset: usize,
) -> Option<usize> {
    let starts_before = heading_sections.partition_point(|&i| {
        document
            .sections
            .get(i)
            .is_some_and(|s| s.span.start <= offset)
    });
    heading_sections[..starts_before]
        .iter()
        .rev()
        .copied()
        .find(|&i| {
            document
                .sections
                .get(i)
                .is_some_and(|s| s.span.contains(offset))
        })
}

/// Numbers in table cells measure their row and column: "Population — 2019".
fn table_figures(
    text: &str,
    span: Span,
    style: Style,
    caption: Option<units::Caption>,
    out: &mut Vec<Statistic>,
) {
    let table = &text[span.range()];
    let mut rows: Vec<Vec<(usize, &str)>> = Vec::new();
    let mut offset = span.start;
    for row in table.split('\n') {
        let mut cells = Vec::new();
        let mut cell_offset = offset;
        for cell in row.split('\t') {
            cells.push((cell_offset, cell));
            cell_offset += cell.len() + 1;
        }
        rows.push(cells);
        offset += row.len() + 1;
    }
    let header: Vec<&str> = rows
        .first()
        .map(|r| r.iter().map(|(_, c)| c.trim()).collect())
        .unwrap_or_default();
    let header_units: Vec<_> = header.iter().map(|h| units::unit_in_label(h)).collect();
    // "FY 2012 ($000)": a column's own money scale.
    let header_scales: Vec<Option<(&'static str, f64)>> = header
        .iter()
        .map(|h| units::money_scale(units::last_bracketed(h)?.1))
        .collect();
    // A row of one label alone ("Seizures"), as text tables set them, names the group of rows
    // under it. (A row of empty cells in a web page's table is more often a subtotal's head.)
    // (Under a caption that says what they measure, that is their group: "Opium Production:
    // 1986 — BURMA".)
    let mut group = caption.map_or("", |caption| caption.measured);
    let caption_unit = caption.map(|caption| (caption.unit, caption.kind));
    let scale = caption.map_or(1.0, |caption| caption.scale);
    let mut cell_dates = Vec::new();
    for row in rows.iter().skip(1) {
        let label = row.first().map(|(_, c)| c.trim()).unwrap_or("");
        let has_figures = row
            .iter()
            .skip(1)
            .any(|(_, cell)| cell.bytes().any(|b| b.is_ascii_digit()));
        if !has_figures {
            if row.len() == 1 && label.chars().any(char::is_alphabetic) {
                group = label;
            }
            continue;
        }
        let label_unit = units::unit_in_label(label);
        // (The row's own label, not its group's: "Suspicious Transaction Reports: … - Value" is
        // an amount.)
        let counted = row_label_counts(label);
        let label = if group.is_empty() || label.is_empty() {
            label.to_owned()
        } else {
            format!("{group}: {label}")
        };
        for (column, &(cell_start, cell)) in row.iter().enumerate().skip(1) {
            if !cell.bytes().any(|b| b.is_ascii_digit()) {
                continue;
            }
            let tokens: Vec<Token> = tokenize(cell, cell_start, style.decimal_comma);
            // ("18 March 2015" in a page's box of particulars: a date, no count of 18. A year
            // alone may be a cell's amount.)
            let mut skip = vec![false; tokens.len()];
            dates::find_into(&tokens, &mut cell_dates);
            for date in cell_dates.iter().filter(|d| d.value.len() >= 7) {
                skip[date.tokens.clone()].fill(true);
            }
            let column_label = header.get(column).copied().unwrap_or("");
            let measures = match (label.is_empty(), column_label.is_empty()) {
                (false, false) => format!("{label} — {column_label}"),
                (false, true) => label.clone(),
                (true, false) => column_label.to_owned(),
                (true, true) => String::new(),
            };
            // (The caption's unit is not a row's of people or events: "Arrests".)
            let unit = label_unit
                .or_else(|| header_units.get(column).copied().flatten())
                .or(caption_unit.filter(|_| !counted));
            // (Amounts a money caption counts in thousands: "2,500", "$2,500", "95.3 (est.)",
            // not "$2.5 million", which says its own scale.)
            let says_its_scale = cell
                .split(|c: char| !c.is_alphabetic())
                .any(|word| numbers::scale_word(word).is_some() || word.eq_ignore_ascii_case("k"));
            for mut figure in figures::find(&tokens, &skip, style.decimal_comma, style.english) {
                let bare = figure.unit.is_empty() && figure.kind == StatKind::Count;
                if let Some((unit, kind)) = unit
                    && bare
                {
                    figure.unit = Cow::Borrowed(unit);
                    figure.kind = kind;
                }
                let in_caption_money = caption_unit.is_some_and(|(unit, kind)| {
                    kind == StatKind::Money && figure.unit == unit && !counted
                });
                let column_money = header_scales.get(column).copied().flatten();
                if let Some((currency, _)) = column_money
                    && bare
                    && !counted
                {
                    figure.unit = Cow::Borrowed(currency);
                    figure.kind = StatKind::Money;
                }
                let scale = match column_money {
                    Some((currency, column_scale)) if figure.unit == currency && !counted => {
                        column_scale
                    }
                    _ if in_caption_money => scale,
                    _ => 1.0,
                };
                if scale != 1.0 && !says_its_scale {
                    figure.value *= scale;
                    figure.value_max = figure.value_max.map(|max| max * scale);
                }
                let span = tokens::span_of(&tokens, figure.tokens.clone());
                push_figure(
                    out,
                    Statistic {
                        span,
                        kind: figure.kind,
                        value: figure.value,
                        value_max: figure.value_max,
                        unit: figure.unit,
                        qualifier: figure.qualifier,
                        measures: measures.clone(),
                        section: Arc::default(),
                        sentence_span: Span::new(cell_start, cell_start + cell.len()),
                    },
                );
            }
        }
    }
}

/// "Arrests", "Labs destroyed", "Persons prosecuted": a table row that counts people or
/// events, whatever unit the table's caption gives its amounts.
fn row_label_counts(label: &str) -> bool {
    label
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .any(|word| {
            numbers::lowered(word, |w| {
                matches!(
                    w,
                    "arrests"
                        | "arrested"
                        | "persons"
                        | "people"
                        | "cases"
                        | "labs"
                        | "laboratories"
                        | "convictions"
                        | "prosecutions"
                        | "prosecuted"
                        | "traffickers"
                        | "addicts"
                        | "users"
                        | "investigations"
                        | "extraditions"
                        | "incidents"
                        | "operations"
                        | "detained"
                        | "vessels"
                        | "aircraft"
                        // ("Police Officers Trained", "Canine Teams Delivered", "Number of
                        // STRs", "Percent Disbursed": counts and shares under a money caption.)
                        | "number"
                        | "percent"
                        | "percentage"
                        | "rate"
                        | "share"
                        | "officers"
                        | "officials"
                        | "agents"
                        | "trained"
                        | "teams"
                        | "units"
                        | "reports"
                        | "strs"
                        | "seizures"
                        | "plants"
                        | "airstrips"
                        | "hectares"
                        | "kilograms"
                        | "tons"
                )
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(line: &str, figure: &str) -> String {
        let run = Span::new(0, line.len());
        let at = line.rfind(figure).expect("figure in line");
        field_label(line, run, at, &LabelEnds::of(line, run))
    }

    #[test]
    fn a_field_label_ends_at_the_last_colon_else_at_a_dot_leader_or_wide_gap() {
        assert_eq!(label("mean elevation: 387 m", "387"), "mean elevation");
        assert_eq!(label("Area: total: 1,000 sq km", "1,000"), "Area: total");
        assert_eq!(
            label("Under 18 years..........1,058,788", "1,058,788"),
            "Under 18 years"
        );
        assert_eq!(label("Literacy rate      98", "98"), "Literacy rate");
    }

    #[test]
    fn a_laid_out_table_gives_each_figure_its_row_group_year_and_the_unit_of_its_label() {
        let text = "Pakistan remains a major transit route for Afghan opiates.\n\n\
            \x20                       1996     1995\n\
            Seizures\n\
            Opium (mt)               7.41    16.32\n\
            Arrests                 42,000   46,000\n";
        let document = read_document(text);
        let rows: Vec<(f64, &str, StatKind, &str)> = document
            .statistics
            .iter()
            .map(|s| (s.value, s.unit.as_ref(), s.kind, s.measures.as_str()))
            .collect();
        assert_eq!(
            rows,
            [
                (7.41, "t", StatKind::Quantity, "Seizures: Opium (mt) — 1996"),
                (
                    16.32,
                    "t",
                    StatKind::Quantity,
                    "Seizures: Opium (mt) — 1995"
                ),
                (42000.0, "", StatKind::Count, "Seizures: Arrests — 1996"),
                (46000.0, "", StatKind::Count, "Seizures: Arrests — 1995"),
            ]
        );
        assert!(document.dates.is_empty(), "{:?}", document.dates);
    }

    #[test]
    fn a_share_that_follows_a_verb_of_change_measures_what_changed() {
        let text = "I. Summary\n\nSeizures rose by a 20-percent margin. Eradication fell some \
                    12 percent. It grew 5 percent.\n";
        let document = read_document(text);
        let measures: Vec<(&str, &str)> = document
            .statistics
            .iter()
            .map(|s| (s.text(&document.text), s.measures.as_str()))
            .collect();
        // "It" names nothing: the figure before it in the paragraph lends its measure.
        assert_eq!(
            measures,
            [
                ("20-percent", "Seizures"),
                ("some 12 percent", "Eradication"),
                ("5 percent", "Eradication")
            ]
        );
    }

    #[test]
    fn a_figure_after_a_date_measures_the_of_phrase_before_the_date() {
        let found = read_figures(
            "The number of persons admitting to the use of narcotics is 3,386. It is unclear if \
             this is comparable to the number of registered drug addicts, which at the end of \
             1996 was 2,965.",
        );
        assert_eq!(found[1].0, "2,965");
        assert_eq!(found[1].2, "registered drug addicts");
    }

    #[test]
    fn a_share_of_more_and_a_relative_clause_measure_their_nouns() {
        let found = read_figures(
            "Russian police handled 80 percent more drug cases nationwide in 1997 than in 1996. \
             Authorities believe that these groups, which once numbered over 200, are seeking \
             to consolidate their power. The number of heavy addicts in Croatia is between \
             14,000 and 16,000.",
        );
        let measures = measures_of(&found);
        assert_eq!(
            measures,
            [
                ("80 percent", "drug cases"),
                ("over 200", "groups"),
                (
                    "between 14,000 and 16,000",
                    "number of heavy addicts in Croatia"
                )
            ]
        );
    }

    #[test]
    fn a_possessive_before_a_count_and_a_perfect_tense_verb_leave_the_measure_to_the_noun() {
        let found = read_figures(
            "The Netherlands has demand reduction programs, reaching about 75 percent of the \
             country's 25,000 hard drug users. The number of hard drug addicts has stabilized \
             and the average age has risen to 36.",
        );
        let measures = measures_of(&found);
        assert_eq!(
            measures,
            [
                ("about 75 percent", "hard drug users"),
                ("25,000", "hard drug users"),
                ("36", "average age")
            ]
        );
    }

    #[test]
    fn a_rate_per_thousand_is_a_ratio_per_mille() {
        let text = "I. Summary\n\nPrevalence is 0.06 per thousand for cocaine and 0.2‰ for \
                    heroin.\n";
        let document = read_document(text);
        let rows: Vec<(&str, f64, &str, StatKind)> = document
            .statistics
            .iter()
            .map(|s| (s.text(&document.text), s.value, s.unit.as_ref(), s.kind))
            .collect();
        assert_eq!(
            rows,
            [
                ("0.06 per thousand", 0.06, "‰", StatKind::Ratio),
                ("0.2‰", 0.2, "‰", StatKind::Ratio)
            ]
        );
    }

    #[test]
    fn a_currency_named_before_its_symbol_keeps_the_qualifier_before_both() {
        let found = read_figures(
            "The unit holds assets valued at more than USD $12 million. Cypriot authorities \
             have frozen assets valued at more than U.S. $13 million.",
        );
        let found = as_strs(&found);
        assert_eq!(
            found,
            [
                ("more than USD $12 million", "USD", "assets"),
                ("more than U.S. $13 million", "USD", "frozen assets")
            ]
        );
    }

    #[test]
    fn money_in_an_acronyms_programme_measures_the_programme_and_a_scaled_word_stands_alone() {
        let found = read_figures(
            "Equipment was bought under a 1996 Letter of Agreement providing $50,000 in INL \
             assistance. Over 10.5 million people crossed its borders, an increase of more than \
             one million over the same period a year ago. The value of the seizures was 2.7 \
             million German marks.",
        );
        let found = as_strs(&found);
        assert_eq!(
            found,
            [
                ("$50,000", "USD", "INL assistance"),
                ("Over 10.5 million", "", "people"),
                ("more than one million", "", "people"),
                ("2.7 million German marks", "DEM", "value of the seizures")
            ]
        );
    }

    #[test]
    fn a_subject_the_report_defines_as_an_abbreviation_keeps_its_capitals() {
        let text = "U.S. DEPARTMENT OF STATE\n\
            INTERNATIONAL NARCOTICS CONTROL STRATEGY REPORT, MARCH 1996: FYROM\n\n\
            I. Summary\n\n\
            The Former Yugoslav Republic of Macedonia (FYROM) is a transit country.\n";
        let document = read_document(text);
        assert_eq!(document.subject, "FYROM");
        assert_eq!(
            document.title,
            "International Narcotics Control Strategy Report, March 1996: FYROM"
        );
    }

    #[test]
    fn a_list_of_labelled_figures_measures_each_label() {
        let found = read_figures(
            "The ministry lists the following consumer figures for Italy: marijuana - 200,000; \
             hashish - 1.5-3 million; LSD - 10,000; and ecstasy (MDMA) - 10,000-20,000.",
        );
        let measures = measures_of(&found);
        assert_eq!(
            measures,
            [
                ("200,000", "marijuana"),
                ("1.5-3 million", "hashish"),
                ("10,000", "LSD"),
                ("10,000-20,000", "ecstasy (MDMA)")
            ]
        );
    }

    #[test]
    fn a_telephone_number_is_no_figure_up_to_its_clauses_end() {
        let found = read_figures(
            "The embassy answers on telephone (202) 234-3770 or 3771; it has 12 staff. Growth \
             was 2.0% in 1987 and fell to - 1.8% in 1988.",
        );
        let found = measures_of(&found);
        assert_eq!(
            found,
            [("12", "staff"), ("2.0%", "Growth"), ("1.8%", "Growth")]
        );
    }

    #[test]
    fn a_paragraphs_number_is_no_figure() {
        let found = read_figures(
            "1. The Netherlands continues to be a transit point. The number of tablets dropped \
             to 1 million in 2003.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "1 million");
    }

    #[test]
    fn a_subject_described_by_a_participle_keeps_its_noun() {
        let found = read_figures(
            "Deaths associated with its abuse increased 19 per cent in 1997. The number of \
             addicts registered at the clinics rose to 4,500. In 1997, authorities used the law \
             to freeze assets involved in a fraud case valued at more than USD $12 million.",
        );
        let measures = measures_of(&found);
        assert_eq!(
            measures,
            [
                ("19 per cent", "Deaths associated with its abuse"),
                ("4,500", "number of addicts registered at the clinics"),
                ("more than USD $12 million", "fraud case")
            ]
        );
    }

    #[test]
    fn an_age_that_bounds_a_group_is_no_figure() {
        let found = read_figures(
            "Police arrested 40 children aged 12 or 13 and 25 persons under the age of 18. \
             Youths aged between 15 and 24 make up 60 percent of users; the average age of \
             addicts has risen to 26.",
        );
        let measures = measures_of(&found);
        assert_eq!(
            measures,
            [
                ("40", "children"),
                ("25", "persons"),
                ("60 percent", "users"),
                ("26", "average age of addicts")
            ]
        );
    }

    #[test]
    fn ages_rate_bases_citations_and_periods_are_no_figures() {
        let found = read_figures(
            "Abuse grew among teens (ages 16-20), the 14-20 year-old group, the 14-20 age group \
             and 13 and 14 year-olds. Rates per 1,000 people rose. The statute (22 U.S.C. 2291) \
             under ß 481 and \u{FFFD}490 covers countries aided in the past two fiscal years. \
             Police seized 12 tons.",
        );
        assert_eq!(measures_of(&found), [("12 tons", "")]);
    }

    #[test]
    fn multiples_yearly_amounts_and_less_than_read_as_written() {
        let text = "I. Summary\n\nAddicts exceed these numbers by factors of 10. Officials \
                    report an estimated annual harvest of 500 metric tons. The population is \
                    less than 1.5 million, and under 15 percent use drugs.\n";
        let document = read_document(text);
        let rows: Vec<(&str, StatKind, &str, &str)> = document
            .statistics
            .iter()
            .map(|s| (s.text(&document.text), s.kind, s.unit.as_ref(), s.qualifier))
            .collect();
        assert_eq!(
            rows,
            [
                ("10", StatKind::Ratio, "x", ""),
                ("500 metric tons", StatKind::Quantity, "t/yr", ""),
                ("less than 1.5 million", StatKind::Count, "", "under"),
                ("under 15 percent", StatKind::Percent, "%", "under")
            ]
        );
    }

    #[test]
    fn a_subject_past_an_aside_a_time_phrase_or_an_opening_phrase_is_found() {
        let found = read_figures(
            "Marijuana harvested in the Chu Valley of southern Kazakhstan in 1997, for example, \
             was estimated at 500 metric tons. According to German officials, heroin seizures \
             during the first nine months of 1995 decreased by nearly 50%. Cocaine seizures at \
             Budapest's Ferihegy airport totalled 5 kgs. There has been an increase of 6 \
             percent in drug trafficking. Belarus has an extremely large police force--120,000 \
             for a population of 10.7 million. These figures do not take into account latent \
             addicts estimated to be ten times that number.",
        );
        assert_eq!(
            measures_of(&found),
            [
                (
                    "500 metric tons",
                    "Marijuana harvested in the Chu Valley of southern Kazakhstan"
                ),
                ("nearly 50%", "heroin seizures"),
                ("5 kgs", "Cocaine seizures at Budapest's Ferihegy airport"),
                ("6 percent", "drug trafficking"),
                ("120,000", "large police force"),
                ("10.7 million", "population"),
                ("ten times", "latent addicts")
            ]
        );
    }

    #[test]
    fn lists_respectively_areas_under_crops_and_shared_units_are_read() {
        let found = read_figures(
            "Reported kidnappings and extortions rose sharply by 25.7 percent and 29.1 \
             percent, respectively. In 1999 there were an estimated 89,500 hectares under \
             opium poppy cultivation. Thai authorities eradicated 264 hectares (ha) of poppy \
             in 2013. Cultivation was down, from 167,000 to 119,000 hectares. The UN Office \
             on Drugs and Crime (UNODC) estimates a decrease from 130,300 hectares. Abuse \
             touches more than ten percent of China's 1.3 billion citizens. Opium \
             cultivation declined an estimated 5 percent and production declined an \
             estimated 8 percent. Production rose from 100 metric tons to 115, and seizures \
             fell from 12 kg in 2003 to 9 in 2004.",
        );
        assert_eq!(
            as_strs(&found),
            [
                ("25.7 percent", "%", "Reported kidnappings"),
                ("29.1 percent", "%", "extortions"),
                (
                    "an estimated 89,500 hectares",
                    "ha",
                    "opium poppy cultivation"
                ),
                ("264 hectares", "ha", "poppy"),
                ("167,000", "ha", "Cultivation"),
                ("119,000 hectares", "ha", "Cultivation"),
                ("130,300 hectares", "ha", ""),
                ("more than ten percent", "%", "citizens"),
                ("1.3 billion", "", "citizens"),
                ("an estimated 5 percent", "%", "Opium cultivation"),
                ("an estimated 8 percent", "%", "production"),
                ("100 metric tons", "t", "Production"),
                ("115", "t", "Production"),
                ("12 kg", "kg", "seizures"),
                ("9", "kg", "seizures")
            ]
        );
    }

    #[test]
    fn a_cables_paragraph_number_and_a_number_in_a_quoted_name_are_no_figures() {
        let found = read_figures(
            "1.(U) As requested, post submits the report. Advance fee fraud, also known as \
             “419 fraud” in reference to the fraud section in Nigeria’s criminal code, remains \
             lucrative. A recent FBI report estimates $12.7 billion in losses to financial \
             fraud.",
        );
        assert_eq!(measures_of(&found), [("$12.7 billion", "losses")]);
    }

    #[test]
    fn half_before_a_determiner_is_a_share_but_not_half_the_time() {
        let found = read_figures(
            "Production was less than half the average production of the last decade. Police \
             patrol the border half the time, and half the year it is closed.",
        );
        assert_eq!(
            measures_of(&found),
            [("less than half", "average production of the last decade")]
        );
    }

    /// Ordinary prose next to the rules above, which must leave it as it was.
    #[test]
    fn quoted_counts_years_respectively_passives_and_prices_keep_their_readings() {
        let found = read_figures(
            "Officials reported “5,000 addicts” in the capital. Heroin and cocaine seizures \
             totaled 120 kg and 300 kg in 1995 and 1996, respectively. Wild cannabis is \
             estimated to cover 140,000 hectares. Farmers planted 5,000 hectares under the new \
             program. The price was $100 per 10 grams. Arrests fell significantly to 1,200. \
             Narcotics trafficked through Turkey, however, rose by 20 percent. Police estimate \
             that cannabis covers 400 hectares.",
        );
        assert_eq!(
            measures_of(&found),
            [
                ("5,000", "addicts"),
                ("120 kg", "Heroin and cocaine seizures"),
                ("300 kg", "Heroin and cocaine seizures"),
                ("140,000 hectares", "Wild cannabis"),
                ("5,000 hectares", "Farmers"),
                ("$100", "price"),
                ("10 grams", "price"),
                ("1,200", "Arrests"),
                ("20 percent", "Narcotics trafficked through Turkey"),
                ("400 hectares", "cannabis")
            ]
        );
        let annual = read_figures(
            "The annual meeting of 35 countries took place in Vienna. It set an annual target \
             of 45,000-50,000 approvals.",
        );
        assert_eq!(
            as_strs(&annual),
            [
                ("35", "", "countries"),
                ("45,000-50,000", "/yr", "approvals")
            ]
        );
    }

    #[test]
    fn a_share_of_an_estimated_count_measures_the_counted_noun() {
        let found = read_figures(
            "Peru now cultivates 68,800 hectares of coca, just slightly more than half of the \
             estimated 129,100 hectares identified in the peak year of 1992.",
        );
        assert_eq!(found[1].0, "more than half");
        // (What the hectares are of: a unit's name is no measure.)
        assert_eq!(found[1].2, "coca");
    }

    #[test]
    fn what_a_verb_of_change_acted_on_is_measured() {
        let found = read_figures(
            "The program brought down estimated cultivation by a little over five percent in \
             1997. Eradication reduced coca cultivation by 18 percent.",
        );
        assert_eq!(
            measures_of(&found),
            [
                ("over five percent", "estimated cultivation"),
                ("18 percent", "coca cultivation")
            ]
        );
    }

    #[test]
    fn a_figure_in_apposition_measures_its_phrase_and_opposites_pair_inside_one() {
        let found = read_figures(
            "The export value of this opium harvest, $3.1 billion, was approximately \
             one-third of Afghanistan's combined licit and illicit GDP of $9.8 billion. Of legal \
             and unrelated shipments, 40 percent were searched.",
        );
        assert_eq!(
            measures_of(&found),
            [
                ("$3.1 billion", "export value of this opium harvest"),
                (
                    "approximately one-third",
                    "Afghanistan's combined licit and illicit GDP"
                ),
                (
                    "$9.8 billion",
                    "Afghanistan's combined licit and illicit GDP"
                ),
                ("40 percent", "legal and unrelated shipments"),
            ]
        );
    }

    #[test]
    fn the_verb_before_the_next_figure_is_not_part_of_what_is_measured() {
        let found = read_figures(
            "Police seized one kilo of AA plus two kilos of morphine base. The fleet includes \
             1 chemical tanker 2 cargo ships.",
        );
        assert_eq!(
            measures_of(&found),
            [
                ("one kilo", "AA"),
                ("two kilos", "morphine base"),
                ("1", "chemical tanker"),
                ("2", "cargo ships"),
            ]
        );
    }

    #[test]
    fn a_subject_keeps_its_place_and_skips_a_relative_clause_and_a_count_what_it_is_counted_as() {
        let found = read_figures(
            "The number of Ecstasy tablets seized in the U.S. that could be linked to the \
             Netherlands dropped to 1 million in 2003. The program targets a reduction in drug \
             demand by 70 percent and in drug supply by 80 percent. In 1995, Moldova recorded \
             1,409 persons registered as drug addicts.",
        );
        assert_eq!(
            measures_of(&found),
            [
                ("1 million", "number of Ecstasy tablets seized in the U.S."),
                ("70 percent", "drug demand"),
                ("80 percent", "drug supply"),
                ("1,409", "persons registered as drug addicts"),
            ]
        );
    }

    #[test]
    fn an_opening_phrase_a_time_after_an_of_phrase_and_a_result_are_not_what_is_measured() {
        let found = read_figures(
            "According to the ministry's latest survey, 30 percent, or about 12,000 students, \
             had tried drugs. During the reporting period, 45, including two police officers, \
             were arrested. Police seized 50 kilograms of cocaine base one week later. \
             Police detained 1,200 people arrested as a result of joint operations.",
        );
        let measures = measures_of(&found);
        for (figure, measure) in &measures {
            assert!(
                ![
                    "ministry's latest survey",
                    "reporting period",
                    "cocaine",
                    "people arrested as a result"
                ]
                .contains(measure),
                "{figure} measures {measure:?}"
            );
        }
        assert!(
            measures.contains(&("50 kilograms", "cocaine base")),
            "{measures:?}"
        );
        assert!(measures.contains(&("1,200", "people")), "{measures:?}");
    }

    #[test]
    fn areas_given_over_to_a_crop_yearly_exports_and_coordinated_adjectives_are_read() {
        let found = read_figures(
            "It is estimated that over 2,000 mt are exported annually to Europe. Police \
             reported the eradication of approximately 70,000 square meters of cannabis. Up to \
             85,000 hectares are devoted to cannabis production. There are approximately 3.4 \
             million regular and occasional drug users. Police seized 854 kgs of cocaine and \
             cocaine-related arrests rose.",
        );
        assert_eq!(
            as_strs(&found),
            [
                ("over 2,000 mt", "t/yr", ""),
                ("approximately 70,000 square meters", "m2", "cannabis"),
                ("Up to 85,000 hectares", "ha", "cannabis production"),
                (
                    "approximately 3.4 million",
                    "",
                    "regular and occasional drug users"
                ),
                ("854 kgs", "kg", "cocaine"),
            ]
        );
        let shares = read_figures(
            "Some 800,000 Moroccans (2.5 percent of the country's estimated 2004 population) \
             grow it.",
        );
        assert_eq!(measures_of(&shares)[1], ("2.5 percent", "population"));
    }

    #[test]
    fn bracketed_counts_a_qualified_half_and_a_dash_list_over_a_line_break_are_read() {
        let found = read_figures(
            "Data show that arrests for trafficking in heroin (3,451) and cannabis (3,927) remain \
             high. The unit evaluated over 125 cases (more than half referred by other \
             governments). Over half the time was lost.",
        );
        assert_eq!(
            measures_of(&found),
            [
                ("3,451", "arrests for trafficking in heroin"),
                ("3,927", "arrests for trafficking in cannabis"),
                ("over 125", "cases"),
                ("more than half", "cases"),
            ]
        );
        let asides = read_figures(
            "Use may have stabilized at about 50,000, mainly heroin, addicts. 1994 brought an \
             11 percent increase to 250 of drug-related deaths.",
        );
        assert_eq!(
            measures_of(&asides),
            [
                ("about 50,000", "addicts"),
                ("11 percent", "drug-related deaths"),
                ("250", "drug-related deaths"),
            ]
        );
    }

    #[test]
    fn an_object_in_apposition_a_registered_count_and_half_a_million_are_read() {
        let found = read_figures(
            "Customs officers discovered the country's largest hashish consignment, 4.5 tons, in \
             a truck. Police registered drug-related crimes (1,535) in 2004. Police recorded \
             arrests of foreign nationals (345) and seizures (120). Over half a million people \
             use cannabis. There was a dramatic increase (60.5 percent) in arrests for \
             trafficking in cocaine.",
        );
        assert_eq!(
            measures_of(&found),
            [
                ("4.5 tons", "country's largest hashish consignment"),
                ("1,535", "drug-related crimes"),
                ("345", "arrests of foreign nationals"),
                ("120", "seizures"),
                ("Over half a million", "people"),
                ("60.5 percent", "arrests"),
            ]
        );
    }

    #[test]
    fn an_opening_group_a_named_bodys_members_and_quoted_descriptions_are_measured() {
        let found = read_figures(
            "Among men aged 20-29, 6.2 percent reported heroin use, up from 3.6 percent. Of the \
             registered addicts, 40 percent inject heroin. In June three National Department for \
             Criminal Investigation (DNIC) officials were charged. Others add perhaps \
             500,000-600,000 \"casual\" (i.e., non-dependent) users. Police held 300 'hard-core' \
             addicts.",
        );
        assert_eq!(
            measures_of(&found),
            [
                ("6.2 percent", "men aged 20-29"),
                ("3.6 percent", "men aged 20-29"),
                ("40 percent", "registered addicts"),
                (
                    "three",
                    "National Department for Criminal Investigation (DNIC) officials"
                ),
                ("500,000-600,000", "\"casual\" (i.e., non-dependent) users"),
                ("300", "'hard-core' addicts"),
            ]
        );
    }

    #[test]
    fn a_lossy_copys_question_marks_for_apostrophes_and_quotes_and_an_age_bound_are_read() {
        let found = read_figures(
            "About two percent of Iran?s 67.7 million citizens are addicts. Others add \
             500,000-600,000 ?casual? (i.e., non-dependent) users. UNODC estimates that 2.8 \
             percent of the population over age 15 used opiates. The Bahamas, a \
             700-mile-long archipelago, is a transit point.",
        );
        assert_eq!(
            as_strs(&found),
            [
                ("About two percent", "%", "citizens"),
                ("67.7 million", "", "citizens"),
                (
                    "500,000-600,000",
                    "",
                    "?casual? (i.e., non-dependent) users"
                ),
                ("2.8 percent", "%", "population"),
                ("700-mile-long", "mi", "archipelago"),
            ]
        );
    }

    #[test]
    fn a_bare_number_compared_with_an_amount_or_part_of_it_takes_its_unit() {
        let found = read_figures(
            "Police seized a total of 840 kilograms of cocaine, 636 of which was in a single \
             operation. Heroin seizures were lower with 68 kilos seized in 2004 compared to 146 \
             in 2003. The government seized USD 1,437,448 worth of assets. Fraud, known as \
             \u{201c}419 Fraud,\u{201d} is common; 146 arrests compared to 30 cases.",
        );
        assert_eq!(
            as_strs(&found),
            [
                ("840 kilograms", "kg", "cocaine"),
                ("636", "kg", "cocaine"),
                ("68 kilos", "kg", "Heroin seizures"),
                ("146", "kg", "Heroin seizures"),
                ("USD 1,437,448", "USD", "assets"),
                ("146", "", "arrests"),
                ("30", "", "cases"),
            ]
        );
    }

    #[test]
    fn stock_openings_verbs_after_a_quoted_noun_and_other_counts_keep_their_own_readings() {
        let found = read_figures(
            "Among other things, 12 were trained. Among them, 14 were women. Of note, 15 were \
             extradited. Of the 1,200 persons arrested, 340 were foreigners. Police caught 16 \
             \"mules\" carrying cocaine. Police seized 17 metric tons of cocaine in maritime \
             shipments, 18 of which were bound for Europe. Seizures were USD 2 million compared to 1.5 in \
             1996. The rate was 3.2 percent, up from 2.8. Police arrested 12 Customs officials \
             and two DEA (Drug Enforcement Administration) agents. The Bahamas, a \
             700-mile-long archipelago off the coast, and a 400-meter-long runway.",
        );
        assert_eq!(
            as_strs(&found),
            [
                ("12", "", ""),
                ("14", "", ""),
                ("15", "", ""),
                ("1,200", "", "persons"),
                ("340", "", "persons"),
                ("16", "", "mules"),
                ("17 metric tons", "t", "cocaine"),
                ("18", "", "cocaine"),
                ("USD 2 million", "USD", "Seizures"),
                ("1.5", "USD", "Seizures"),
                ("3.2 percent", "%", "rate"),
                ("2.8", "%", "rate"),
                ("12", "", "Customs officials"),
                ("two", "", "DEA (Drug Enforcement Administration) agents"),
                ("700-mile-long", "mi", "archipelago"),
                ("400-meter-long", "m", "runway"),
            ]
        );
        // People are no part of an amount; the scale of one is of the other.
        let couriers = read_figures("Police took 300 kilograms from couriers, 19 of whom fled.");
        // A foot is a unit only in a dimension: "300 foot patrols" are patrols.
        let tunnel =
            read_figures("A 400-foot-long tunnel was found. Police made 300 foot patrols.");
        assert_eq!(
            as_strs(&tunnel),
            [
                ("400-foot-long", "ft", "tunnel"),
                ("300", "", "foot patrols")
            ]
        );
        assert_eq!(couriers[1].1, "", "{couriers:?}");
        let document = crate::load::read_bytes(
            std::path::Path::new("t.txt"),
            b"I. Summary\n\nSeizures were USD 2 million compared to 1.5 in 1996.\n",
        )
        .expect("reads");
        assert_eq!(document.statistics[1].value, 1_500_000.0);
    }

    #[test]
    fn a_change_told_in_the_sentence_before_is_what_its_figures_measure() {
        let found = read_figures(
            "Despite increased cultivation in 2007, Burma's opium cultivation declined \
             dramatically between 1998 and 2006. The UN Office on Drugs and Crime (UNODC) \
             estimates a decrease from 130,300 hectares (ha) in 1998 to 21,500 ha in 2006, an \
             83 percent decrease.",
        );
        assert_eq!(
            measures_of(&found),
            [
                ("130,300 hectares", "Burma's opium cultivation"),
                ("21,500 ha", "Burma's opium cultivation"),
                ("83 percent", "Burma's opium cultivation"),
            ]
        );
        let found = read_figures(
            "Seizures of shabu rose in 1996, resulting in an overall increase of approximately \
             16 percent.",
        );
        assert_eq!(
            measures_of(&found),
            [("approximately 16 percent", "Seizures of shabu")]
        );
    }

    #[test]
    fn joined_bodies_quotes_after_of_participles_before_a_plural_and_collective_groups_are_read() {
        let found = read_figures(
            "The U.S. trained 40 Army and Navy officers. Police seized 400 kilograms of \
             \"crack\" cocaine. There are 20,000 \"hard-core\" injecting drug users. Among the \
             general population, 1.5 percent used cocaine. Among those arrested, 45 percent were \
             foreigners.",
        );
        assert_eq!(
            measures_of(&found),
            [
                ("40", "Army and Navy officers"),
                ("400 kilograms", "crack"),
                ("20,000", "\"hard-core\" injecting drug users"),
                ("1.5 percent", "general population"),
                ("45 percent", "those arrested"),
            ]
        );
    }

    #[test]
    fn a_change_in_percent_a_part_of_a_count_and_a_far_scale_share_nothing() {
        let found = read_figures(
            "Arrests increased 20 percent, up from 540 in 2003. Police seized 1.5 million \
             kilograms of marijuana plants, 300 of which were destroyed. Assets of USD 3 billion \
             were frozen, versus 900 the year before. Records were declassified under E.O. \
             12958 in 2004. Mexico shares a 2000-mile border.",
        );
        let rows: Vec<(&str, &str)> = found
            .iter()
            .map(|(text, unit, _)| (text.as_str(), unit.as_str()))
            .collect();
        assert_eq!(
            rows,
            [
                ("20 percent", "%"),
                ("540", ""),
                ("1.5 million kilograms", "kg"),
                ("300", ""),
                ("USD 3 billion", "USD"),
                ("900", ""),
                ("2000-mile", "mi"),
            ]
        );
        // A change told the other way is not the one measured: the hectares are of the drug
        // named before.
        let found = read_figures(
            "Farm-gate opium prices increased sharply in 2006. The UN Office on Drugs and \
             Crime (UNODC) reports a decrease from 32,800 hectares in 2005 to 21,500 hectares \
             in 2006.",
        );
        assert_eq!(
            measures_of(&found),
            [("32,800 hectares", "opium"), ("21,500 hectares", "opium")]
        );
    }

    #[test]
    fn falls_of_any_verb_plural_quoted_nouns_parts_of_plural_masses_and_unscaled_numbers() {
        let found = read_figures(
            "Cocaine seizures plummeted in 2005. This represented a decrease of 40 percent. \
             Police arrested 12 \"mules\" carrying drugs to Europe. Police seized 840 kilograms \
             of narcotics, 636 of which were cocaine. Seizures were USD 120 million, versus 9 \
             the year before.",
        );
        assert_eq!(
            as_strs(&found),
            [
                ("40 percent", "%", "Cocaine seizures"),
                ("12", "", "mules"),
                ("840 kilograms", "kg", "narcotics"),
                ("636", "kg", "narcotics"),
                ("USD 120 million", "USD", "Seizures"),
                ("9", "", "Seizures"),
            ]
        );
    }

    #[test]
    fn full_numbers_keep_a_compared_unit_shares_count_parts_and_plural_names_describe() {
        let found = read_figures(
            "Authorities seized USD 1.2 million in 2004, compared to 850,000 in 2003. Drug \
             cases made up 45 percent of prosecutions, 60 of which ended in convictions. \
             Police arrested 45 \"Maras\" gang members. Australia has committed more than \
             $740 million to the Strategy.",
        );
        assert_eq!(
            as_strs(&found),
            [
                ("USD 1.2 million", "USD", ""),
                ("850,000", "USD", ""),
                ("45 percent", "%", "prosecutions"),
                ("60", "", "prosecutions"),
                ("45", "", "\"Maras\" gang members"),
                ("more than $740 million", "USD", "Strategy"),
            ]
        );
        let found = read_figures(
            "Figures use an exchange rate of U.S. $1 = $1.27 Australian. The Government \
             committed an additional $187.4 million to the \"Tough on Drugs\" Strategy. It \
             has committed more than US$750 million (AU$1 billion) to the Strategy.",
        );
        assert_eq!(
            as_strs(&found),
            [
                ("$1.27 Australian", "AUD", "U.S. $1"),
                ("$187.4 million", "USD", "Strategy"),
                ("more than US$750 million", "USD", "Strategy"),
                ("AU$1 billion", "AUD", "Strategy"),
            ]
        );
    }

    /// A text file of `text` read whole, as the app opens it.
    fn read_document(text: &str) -> Document {
        crate::load::read_bytes(std::path::Path::new("t.txt"), text.as_bytes()).expect("reads")
    }

    /// Every figure of `document`, as written.
    fn stat_texts(document: &Document) -> Vec<&str> {
        document
            .statistics
            .iter()
            .map(|s| s.text(&document.text))
            .collect()
    }

    /// (as written, what it measures) of each figure [`read_figures`] found.
    fn measures_of(found: &[(String, String, String)]) -> Vec<(&str, &str)> {
        found
            .iter()
            .map(|(text, _, measures)| (text.as_str(), measures.as_str()))
            .collect()
    }

    #[test]
    fn the_figures_of_a_change_in_the_number_of_hectares_are_hectares() {
        let found = read_figures(
            "The number of hectares under poppy cultivation dropped 48 percent, from 2004’s \
             record crop of 206,700 to 107,400, according to USG statistics. The number of \
             arrests rose to 120. The number of hectares eradicated rose, and the number of \
             labs destroyed fell from 40 to 25.",
        );
        let units: Vec<(&str, &str)> = found
            .iter()
            .map(|(text, unit, _)| (text.as_str(), unit.as_str()))
            .collect();
        assert_eq!(
            units,
            [
                ("48 percent", "%"),
                ("206,700", "ha"),
                ("107,400", "ha"),
                ("120", ""),
                ("40", ""),
                ("25", "")
            ]
        );
    }

    #[test]
    fn short_tons_with_metric_tons_in_brackets_are_read_at_the_metric_figure() {
        let text = "I. Summary\n\nThe DEA believes the 1990 estimate of 457 tons (415 metric \
                    tons) is low. Experts estimate that 20 metric tons (20,000 kg) of narcotics \
                    transit the country.\n";
        let document = read_document(text);
        let rows: Vec<(&str, f64, &str)> = document
            .statistics
            .iter()
            .map(|s| (s.text(&document.text), s.value, s.unit.as_ref()))
            .collect();
        assert_eq!(
            rows,
            [
                ("457 tons (415 metric tons)", 415.0, "t"),
                ("20 metric tons", 20.0, "t"),
            ]
        );
    }

    #[test]
    fn a_share_opening_its_sentence_is_a_share_of_what_the_sentence_before_was_about() {
        let found = read_figures(
            "A significant amount of opium/heroin is trafficked through Tajikistan to Russia \
             and Europe. Approximately 40 percent reaches Russia; 30 percent goes to Europe. \
             The cocaine was seized at the port. 60 percent came from Colombia. Arrests rose \
             sharply. 40 percent of those arrested were foreigners.",
        );
        assert_eq!(
            measures_of(&found),
            [
                ("Approximately 40 percent", "opium/heroin"),
                ("30 percent", "opium/heroin"),
                ("60 percent", "cocaine"),
                ("40 percent", "arrested"),
            ]
        );
    }

    #[test]
    fn an_opening_time_and_an_agency_that_seizes_or_reports_are_not_measured() {
        let found = read_figures(
            "This year cultivation fell 10 percent. Last year's harvest was 40 tons. Police \
             seized 30 kg in March. Authorities reported 120 kg seized in 2004. Real GDP is \
             officially estimated to have increased by about 10% annually. Production was \
             estimated at 40 tons.",
        );
        assert_eq!(
            measures_of(&found),
            [
                ("10 percent", "cultivation"),
                ("40 tons", "harvest"),
                ("30 kg", ""),
                // (What the participle after the unit says, not who reported it.)
                ("120 kg", "kg seized"),
                ("about 10%", "Real GDP"),
                ("40 tons", "Production")
            ]
        );
    }

    #[test]
    fn conversions_in_brackets_changes_in_a_noun_and_counts_in_brackets_measure_their_nouns() {
        let found = read_figures(
            "Experts estimate that 20 metric tons (20,000 kg) of narcotics transit the country. \
             UNAMA reported an overall increase in civilian deaths over the same period for \
             2017, from 2,666 to 2,798. The number of users is stable, as the Ministry of \
             Health registered 7,226 in 2015. Panama hosts offshore banks (approximately 31), \
             and companies (over 370,000 currently registered in Panama). The country has 3 \
             privately owned satellite channels.",
        );
        assert_eq!(
            measures_of(&found),
            [
                ("20 metric tons", "narcotics"),
                ("2,666", "civilian deaths"),
                ("2,798", "civilian deaths"),
                ("7,226", "users"),
                ("approximately 31", "Panama hosts offshore banks"),
                ("over 370,000", "companies"),
                ("3", "privately owned satellite channels")
            ]
        );
    }

    #[test]
    fn bare_decimals_qualifiers_after_ages_and_participles_after_the_noun() {
        let text = "I. Summary\n\nAddicts account for .09 percent of the population. There \
                    were two states with 20 or more clandestine laboratory seizures, and 15 or \
                    fewer labs. 583,000 persons 12 and older used methamphetamine. Children \
                    under 15 were recruited. Afghans will need food assistance this year—more \
                    than a third of the population. It supplies approximately two-thirds of the \
                    heroin found on the East Coast.\n";
        let document = read_document(text);
        let rows: Vec<(&str, f64, &str, &str)> = document
            .statistics
            .iter()
            .map(|s| {
                (
                    s.text(&document.text),
                    s.value,
                    s.qualifier,
                    s.measures.as_str(),
                )
            })
            .collect();
        assert_eq!(
            rows,
            [
                (".09 percent", 0.09, "", "population"),
                ("two", 2.0, "", "states"),
                (
                    "20 or more",
                    20.0,
                    "at least",
                    "clandestine laboratory seizures"
                ),
                ("15 or fewer", 15.0, "at most", "labs"),
                ("583,000", 583000.0, "", "persons"),
                ("more than a third", 1.0 / 3.0, "over", "population"),
                (
                    "approximately two-thirds",
                    2.0 / 3.0,
                    "approximately",
                    "heroin"
                )
            ]
        );
    }

    #[test]
    fn a_recipe_in_units_of_one_is_no_amount() {
        let found = read_figures(
            "Turkish law enforcement officers intercepted more than 51 mt of AA, an essential \
             precursor chemical for heroin production. One kilo of AA plus one kilo of \
             morphine base produce one kilo of heroin. Police seized one kilo of heroin.",
        );
        assert_eq!(
            measures_of(&found),
            [("more than 51 mt", "AA"), ("one kilo", "heroin")]
        );
    }

    #[test]
    fn a_reporters_verb_without_its_that_is_no_part_of_the_subject() {
        let found = read_figures(
            "The United States estimates potential pure cocaine production surged 37 percent \
             to 710 metric tons. The United States further estimates coca cultivation \
             increased 18 percent. UNODC reports opium production rose to 6,400 tons. Officials \
             estimate seizures fell 12 percent. Cases reported rose by 20 percent.",
        );
        assert_eq!(
            measures_of(&found),
            [
                ("37 percent", "potential pure cocaine production"),
                ("710 metric tons", "potential pure cocaine production"),
                ("18 percent", "coca cultivation"),
                ("6,400 tons", "opium production"),
                ("12 percent", "seizures"),
                ("20 percent", "Cases")
            ]
        );
    }

    #[test]
    fn a_years_possessive_a_plural_that_describes_and_a_plural_counts_purpose() {
        let found = read_figures(
            "Cultivation dropped 48 percent, from 2004’s record crop of 206,700. At least three \
             counternarcotics officials were arrested. Arrests for possession of crystal meth \
             in Australia have risen over 250 percent in the last ten years.",
        );
        assert_eq!(
            measures_of(&found),
            [
                ("48 percent", "Cultivation"),
                ("206,700", "record crop"),
                ("At least three", "counternarcotics officials"),
                (
                    "over 250 percent",
                    "Arrests for possession of crystal meth in Australia"
                )
            ]
        );
    }

    #[test]
    fn a_standards_number_and_a_certifications_year_name_things() {
        let text = "I. Summary\n\nThe FATF's 40 Recommendations and the Nine Special \
                    Recommendations have become the standard, with 26 member jurisdictions. \
                    During the 2005 drug certification process, Burma was decertified in \
                    March 2005.\n";
        let document = read_document(text);
        let figures = stat_texts(&document);
        assert_eq!(figures, ["26"]);
        let dates: Vec<&str> = document.dates.iter().map(|d| d.value.as_str()).collect();
        assert_eq!(dates, ["2005-03"]);
    }

    /// [`read_figures`]' rows as string slices, to compare with a literal table.
    fn as_strs(found: &[(String, String, String)]) -> Vec<(&str, &str, &str)> {
        found
            .iter()
            .map(|(text, unit, measures)| (text.as_str(), unit.as_str(), measures.as_str()))
            .collect()
    }

    /// (as written, unit, what it measures) of every figure in `text`, a report's paragraph.
    fn read_figures(text: &str) -> Vec<(String, String, String)> {
        let text = format!("I. Summary\n\n{text}\n");
        let document = read_document(&text);
        document
            .statistics
            .iter()
            .map(|s| {
                let text = s.text(&document.text).to_owned();
                (text, s.unit.to_string(), s.measures.clone())
            })
            .collect()
    }

    #[test]
    fn an_article_or_a_half_before_a_scale_and_some_of_a_number_are_figures() {
        // (Review 29's cables and chapters: Argentina 2000, 08QUITO99, 07NAIROBI.)
        let found = read_figures(
            "Some estimates suggest it to be a thousand tons of coca leaf transported illegally \
             into Argentina. Cultivation took place in about ten of 17 provinces. Each mine yields half a million tons of coal. A \
             million and a half people voted. Any funds over USD5,000 must be declared.",
        );
        assert_eq!(
            as_strs(&found),
            [
                ("a thousand tons", "t", "coca leaf"),
                ("about ten", "", "provinces"),
                ("17", "", "provinces"),
                ("half a million tons", "t", "coal"),
                ("A million and a half", "", "people"),
                ("over USD5,000", "USD", "funds"),
            ]
        );
        let document = read_document("Seizures rose from CY 2004 to 2005.\n");
        let dates: Vec<&str> = document.dates.iter().map(|d| d.value.as_str()).collect();
        assert_eq!(dates, ["2004/2005"]);
    }

    #[test]
    fn a_threshold_an_active_relative_clause_and_the_other_side_of_a_comparison() {
        // (Review 29's cables: 07VIENTIANE483, 08QUITO99, 07NAIROBI; the potential-production
        // chapter of the 1996 Executive Summary.)
        let found = read_figures(
            "INCLE crop control funds that support opium detoxification declined by 85% in \
             2007. The army conducted 17 operations in 2007 (compared to just ten in 2006). \
             Police found 12 labs in 2007, up from eight in 2006. Banks must report cash \
             transactions exceeding USD 10,000, and travelers must declare currency above \
             10,000 euros. Production rose to 30 metric tons--20 percent more than in 1995. \
             Officials believe that heroin use rose by 20%.",
        );
        assert_eq!(
            measures_of(&found),
            [
                ("85%", "INCLE crop control funds"),
                ("17", "operations"),
                ("ten", "operations"),
                ("12", "labs"),
                ("eight", "labs"),
                ("exceeding USD 10,000", "cash transactions"),
                ("above 10,000 euros", "currency"),
                ("30 metric tons", "Production"),
                ("20 percent", "Production"),
                ("20%", "heroin use"),
            ]
        );
    }

    #[test]
    fn statutes_units_and_currencies_of_review_31() {
        // (Review 31: the 2012 INCSR's "Legislative Basis", Caribbean Journal's Haiti 2013,
        // Devdiscourse's Kenya 2020, drugwarfacts' Mexico, 09ASUNCION359, ThisDay's Nigeria.)
        let found = read_figures(
            "The INCSR answers sections 481(d)(2) and 484(c) of the FAA and the Act, 2002 \
             (P.L. 107-115). Police found a single 302 kilogramme shipment of cocaine and over \
             Ksh 18 million in cash. The number of hectares of poppy eradicated averaged 15,600 \
             per year. Some 30-40 metric tons of cocaine annually transit Paraguay. Seizures \
             were modest, with cocaine and heroin totaling 130 kilograms and 70 kilograms \
             respectively. Cocaine shipped from South America through Haiti constituted about 1 \
             percent of the total. Such estimates place the annual value of funds in the range \
             of $300-500 billion. WASHINGTON, USA -- Fourteen nations were named.",
        );
        assert_eq!(
            as_strs(&found),
            [
                ("302 kilogramme", "kg", "shipment of cocaine"),
                ("over Ksh 18 million", "KES", "cash"),
                ("15,600 per year", "ha/yr", "poppy eradicated"),
                ("Some 30-40 metric tons", "t/yr", "cocaine"),
                ("130 kilograms", "kg", "cocaine"),
                ("70 kilograms", "kg", "heroin"),
                (
                    "about 1 percent",
                    "%",
                    "Cocaine shipped from South America through Haiti"
                ),
                ("$300-500 billion", "USD", "annual value of funds"),
                ("Fourteen", "", "nations"),
            ]
        );
    }

    #[test]
    fn a_reports_release_date_a_named_project_and_a_recipient() {
        // (Review 31: the 2012 INCSR's introduction, GAO-09-806, INL's Pakistan fact sheet;
        // 07BEIJING1760's mark inside a line.)
        let document = read_document(
            "The 2012 INCSR, published in March 2012, covers the year 2011. GAO-09-806 entitled \
             'Drug Control' was released on July 20, 2009. INL introduced the $73 million \
             Pakistan Border Security Project. The United States has provided about $8 billion \
             to countries in the region. Growth of SIPDIS 12.8 percent in 2006 was brisk.\n",
        );
        let dates: Vec<&str> = document.dates.iter().map(|d| d.value.as_str()).collect();
        assert_eq!(dates, ["2011", "2006"]);
        let found: Vec<(&str, &str)> = document
            .statistics
            .iter()
            .map(|s| (s.text(&document.text), s.measures.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                ("$73 million", "Pakistan Border Security Project"),
                ("about $8 billion", ""),
                ("12.8 percent", ""),
            ]
        );
    }

    #[test]
    fn seasons_participles_possessives_names_and_ranges_of_review_32() {
        // (Review 32: Morocco 2017 via the Algerian embassy, the Sun-Sentinel's Peru 1998, AP's
        // Mexico 2002, the 2015 Guatemala chapter, a Bangladesh cable, the Hindustan Times.)
        let found = read_figures(
            "Morocco's total cannabis production for the 2015-2016 growing season was an \
             estimated 700 metric tons, potentially as much as 23 percent of Morocco's $100 \
             billion GDP. The total acres of illegal coca grown in South America dropped 7 \
             percent in 1997, on top of a 5 percent decrease in Bolivia. The opium poppy crop \
             fell to a record low of 526 acres last year. The Central America Four Border \
             Control Agreement stands. The number of drug users was estimated at between \
             100,000 and 1.7 million. India is among the top 20 producing and transit \
             countries.",
        );
        assert_eq!(
            measures_of(&found),
            [
                (
                    "an estimated 700 metric tons",
                    "Morocco's total cannabis production"
                ),
                ("as much as 23 percent", "GDP"),
                ("$100 billion", "GDP"),
                (
                    "7 percent",
                    "total acres of illegal coca grown in South America"
                ),
                // (The figure before it in the sentence: not the place, "Bolivia".)
                (
                    "5 percent",
                    "total acres of illegal coca grown in South America"
                ),
                ("526 acres", "opium poppy crop"),
                ("between 100,000 and 1.7 million", "number of drug users"),
                ("20", "producing and transit countries"),
            ]
        );
    }

    #[test]
    fn a_word_of_praise_between_the_verb_and_the_figure() {
        // (Review 32: the Sun-Sentinel's Peru 1998.)
        let found = read_figures(
            "Over two years, Peru's coca acreage has dropped an impressive 40 percent, and \
             officials are now talking seriously about eliminating illegal coca.",
        );
        assert_eq!(measures_of(&found), [("40 percent", "Peru's coca acreage")]);
        // (Review 29: 08VIENTIANE10.)
        let found = read_figures(
            "The trend continued in 2008, with seizures already reaching 26 metric tons by \
             October.",
        );
        assert_eq!(measures_of(&found), [("26 metric tons", "seizures")]);
    }

    #[test]
    fn figures_of_these_respective_things_pair_with_the_two_before() {
        // (Review 32: the 2016 Trinidad and Tobago chapter.)
        let found = read_figures(
            "For the year, law enforcement entities seized 2,541 kilograms of marijuana and 392 \
             kg of cocaine, an increase compared to 471 kg and 83 kg of these respective drugs \
             in 2014.",
        );
        assert_eq!(
            measures_of(&found),
            [
                ("2,541 kilograms", "marijuana"),
                ("392 kg", "cocaine"),
                ("471 kg", "marijuana"),
                ("83 kg", "cocaine"),
            ]
        );
    }

    #[test]
    fn two_guesses_at_a_share_measure_one_thing_and_a_years_footnote_is_no_figure() {
        // (Review 31: DOSFAN's 1994 money-laundering overview; a 2012 Mexico repost.)
        let found = read_figures(
            "USG analysts estimated that non-drug proceeds may account for a third or even as \
             much as one-half of total illicit proceeds.",
        );
        assert_eq!(
            measures_of(&found),
            [
                ("a third", "illicit proceeds"),
                ("as much as one-half", "illicit proceeds"),
            ]
        );
        let document = read_document(
            "At least 1,490 hectares of poppy were eradicated in 2011.13\" Guatemala also \
             eradicates marijuana.",
        );
        let found = stat_texts(&document);
        assert_eq!(found, ["At least 1,490 hectares"]);
        let dates: Vec<&str> = document.dates.iter().map(|d| d.value.as_str()).collect();
        assert_eq!(dates, ["2011"]);
    }

    #[test]
    fn a_verbs_base_form_and_an_expected_change_find_their_subject() {
        // (Review 32: the Sun-Sentinel's 1998 Peru story; the 1990 Factbook; a 1993 White
        // House paper.)
        let found = read_figures(
            "Colombia, bucking the regional trend, saw its acreage grow by 18 percent. While \
             the South Korean economy is expected to grow at more than 5% annually, unrest \
             threatens growth. Spending for civilian R&D will rise from $27.9 billion to 36.6 \
             billion. The population is increasing quickly and is projected to rise to 5.5 \
             million in 2025.",
        );
        assert_eq!(
            measures_of(&found),
            [
                ("18 percent", "acreage"),
                ("more than 5%", "South Korean economy"),
                ("$27.9 billion", "Spending for civilian R&D"),
                ("36.6 billion", "Spending for civilian R&D"),
                ("5.5 million", ""),
            ]
        );
        // (Cables 08LONDON2603, 08ISLAMABAD2524 and 10LAGOS75; the Hindustan Times on the
        // 2007 Majors List.)
        let found = read_figures(
            "Car sales were down 21 percent in September alone and house repossessions are set \
             to rise by 50 percent. Economic growth for the current fiscal year is expected to \
             be 5.8 percent. Nigeria needs to grow by 14 percent a year. The policy is bringing \
             down the licensed area under the crop from 30,000 hectare a decade ago to nearly \
             7,000 hectare.",
        );
        assert_eq!(
            measures_of(&found),
            [
                ("21 percent", "Car sales"),
                ("50 percent", "house repossessions"),
                ("5.8 percent", "Economic growth"),
                ("14 percent", ""),
                ("30,000 hectare", "licensed area"),
                ("nearly 7,000 hectare", "licensed area"),
            ]
        );
    }

    #[test]
    fn a_total_in_brackets_measures_the_noun_its_participle_describes() {
        // (Review 31: the 2015 Lebanon chapter of Volume II; cable 09SANAA1632.)
        let found = read_figures(
            "The unit tracked more than 50 cases of hackers who transferred funds embezzled \
             from local depositors (totaling approximately $18 million) to accounts abroad. \
             Gunmen robbed a truck carrying 100 million riyals (equivalent to $500,000) in \
             Aden.",
        );
        assert_eq!(
            measures_of(&found),
            [
                ("more than 50", "cases of hackers"),
                (
                    "approximately $18 million",
                    "funds embezzled from local depositors"
                ),
                ("100 million riyals", ""),
                ("$500,000", ""),
            ]
        );
    }

    #[test]
    fn a_list_of_amounts_a_year_each_shares_the_first_ones_unit() {
        // (Review 33: a 2010 blog quoting the Mexico chapter.)
        let found = read_figures(
            "It's the same story for marijuana: 5,600 hectares in 2005, 8,600 in 2006, 8,900 \
             in 2007, and 12,000 in 2008. Mexico cultivated 5,600 hectares of marijuana in \
             2005, 8,600 in 2006, and 12,000 in 2008.",
        );
        assert_eq!(
            as_strs(&found),
            [
                ("5,600 hectares", "ha", "marijuana"),
                ("8,600", "ha", "marijuana"),
                ("8,900", "ha", "marijuana"),
                ("12,000", "ha", "marijuana"),
                ("5,600 hectares", "ha", "marijuana"),
                ("8,600", "ha", "marijuana"),
                ("12,000", "ha", "marijuana"),
            ]
        );
    }

    #[test]
    fn a_place_after_the_head_a_donor_and_a_purpose_are_no_measures() {
        // (Review 33: USINFO's 1999 Hong Kong chapter; the Gleaner in 2010.)
        let found = read_figures(
            "The number of drug-sniffing dogs at the border and airport increased from 124 to \
             133. The Department of State provided Jamaica with US$992,000 to fight the \
             narcotics trade. The government committed $740 million to the Strategy.",
        );
        assert_eq!(
            measures_of(&found),
            [
                (
                    "124",
                    "number of drug-sniffing dogs at the border and airport"
                ),
                (
                    "133",
                    "number of drug-sniffing dogs at the border and airport"
                ),
                ("US$992,000", ""),
                ("$740 million", "Strategy"),
            ]
        );
        // (Review 33: the 2003 Australia chapter.)
        let found = read_figures(
            "The Federal Government has recently committed an additional $187.4 million to the \
             \"Tough on Drugs\" Strategy to reduce the supply of illicit drugs.",
        );
        assert_eq!(measures_of(&found), [("$187.4 million", "Strategy")]);
        // (Review 33: the 2011 policy overview.)
        let found = read_figures(
            "Today, over $2 billion dollars (managed through the Department of State's INL) is \
             provided annually in U.S. foreign assistance for initiatives abroad. About $5 \
             million was seized in Colombia.",
        );
        assert_eq!(
            measures_of(&found),
            [
                ("over $2 billion dollars", "foreign assistance"),
                ("About $5 million", "")
            ]
        );
    }

    #[test]
    fn a_short_opening_paragraph_of_two_sentences_is_prose_not_a_title() {
        // (Review 33: USINFO's 1999 Hong Kong chapter, cut to its opening.)
        let document = read_document(
            "In 1999 Hong Kong continued its exemplary efforts. Through October 1999, Hong Kong \
             officials seized 205 kilograms of heroin.\n\nFor the third year in a row the loss \
             of life from drug overdoses reached record highs, with over 91,000 deaths in 2020.\n",
        );
        assert_eq!(document.title, "");
        let found = stat_texts(&document);
        assert_eq!(found, ["205 kilograms", "over 91,000"]);
    }

    #[test]
    fn a_rate_after_the_measured_phrase_and_its_passive_verb_is_the_figures() {
        // (Review 33: the 1999 Paraguay certification; cable 09BEIJING22.)
        let found = read_figures(
            "Up to 40 metric tons of primarily Bolivian cocaine are estimated to transit \
             Paraguay annually. Another 95,600 deaths are attributed annually to polluted \
             water. Police seized 300 kilograms of cocaine that were destroyed a year later.",
        );
        assert_eq!(
            as_strs(&found),
            [
                ("Up to 40 metric tons", "t/yr", "primarily Bolivian cocaine"),
                ("95,600", "/yr", "deaths"),
                ("300 kilograms", "kg", "cocaine"),
            ]
        );
    }

    #[test]
    fn a_rate_closing_the_clause_of_the_measured_phrase_is_the_figures() {
        // (Central Asian transit, as the later Tajikistan chapters put it.)
        let found = read_figures(
            "An estimated 95 tons of Afghan opiates passing through Central Asia each year. \
             Officials believe 30 tons of heroin pass through Tajikistan each year. About 40 \
             tons of opium are smuggled through Tajikistan every year. Over 70 tons of \
             opiates are trafficked via the northern route annually. Seizures totalled 5.6 \
             tons, compared with 30 tons a year earlier. Police seized 2 tons of heroin, and \
             each year the amount grows.",
        );
        assert_eq!(
            as_strs(&found),
            [
                ("An estimated 95 tons", "t/yr", "Afghan opiates"),
                ("30 tons", "t/yr", "heroin"),
                ("About 40 tons", "t/yr", "opium"),
                ("Over 70 tons", "t/yr", "opiates"),
                ("5.6 tons", "t", "Seizures"),
                ("30 tons", "t", "Seizures"),
                ("2 tons", "t", "heroin"),
            ]
        );
        // "the heroin flow through …" is a noun; without a determiner, "flow" is the verb.
        let found = read_figures(
            "Some 60 tons of heroin flow through the country. About 9 tons of heroin transit \
             Tajikistan. The 7 transit routes remain open.",
        );
        assert_eq!(
            as_strs(&found),
            [
                ("Some 60 tons", "t", "heroin"),
                ("About 9 tons", "t", "heroin"),
                ("7", "", "transit routes"),
            ]
        );
    }

    #[test]
    fn a_yield_and_a_price_keep_the_unit_they_are_stated_against() {
        let found = read_figures(
            "Opium yield was 12 kilograms per hectare. Heroin costs roughly $1,500 a kilogram \
             in Osh. A kilogram of heroin sells for $3,000 in Bishkek.",
        );
        assert_eq!(
            as_strs(&found),
            [
                ("12 kilograms per hectare", "kg/ha", "Opium yield"),
                ("roughly $1,500 a kilogram", "USD/kg", "Heroin"),
                ("$3,000", "USD", "kilogram of heroin"),
            ]
        );
    }

    #[test]
    fn a_noun_that_looks_like_a_participle_or_a_verb_in_s_is_read_as_it_is_used() {
        // (Review 35: the 2003 Bahamas chapter; the ANF's price of opium.)
        let found = read_figures(
            "Police arrested 32 members of a major Bahamian drug trafficking ring. The price \
             of high quality opium ranges from $250 to $333. Some 17% of the world's oil \
             production transits the strait.",
        );
        assert_eq!(
            measures_of(&found),
            [
                ("32", "members of a major Bahamian drug trafficking ring"),
                ("from $250 to $333", "price of high quality opium"),
                ("Some 17%", "world's oil production"),
            ]
        );
    }

    #[test]
    fn a_subject_keeps_its_agent_and_steps_over_its_acronym_or_aside() {
        // (Review 35: the 2014 Russia chapter, Bolivian chapters of the 1990s.)
        let found = read_figures(
            "The amount of drugs seized by the Federal Drug Control Service (FSKN) increased \
             from 24 MT in 2011 to 34 MT in 2012. Cocaine seizures by the Bolivian National \
             Police totaled 12 metric tons in 1998. Eradication by the Government of Bolivia \
             (GOB) reached 11,621 hectares. Coca cultivation in the Chapare (the main growing \
             region) fell 30 percent.",
        );
        let drugs = "amount of drugs seized by the Federal Drug Control Service";
        assert_eq!(
            measures_of(&found),
            [
                ("24 MT", drugs),
                ("34 MT", drugs),
                (
                    "12 metric tons",
                    "Cocaine seizures by the Bolivian National Police"
                ),
                (
                    "11,621 hectares",
                    "Eradication by the Government of Bolivia"
                ),
                ("30 percent", "Coca cultivation in the Chapare"),
            ]
        );
        let found = read_figures(
            "Under Law 1008, coca cultivation is limited to 12,000 hectares. Losses were put at \
             $5 million.",
        );
        assert_eq!(
            measures_of(&found),
            [
                ("12,000 hectares", "coca cultivation"),
                ("$5 million", "Losses")
            ]
        );
    }

    #[test]
    fn a_clause_after_a_figure_has_its_own_subject_and_money_borrows_no_count() {
        // (Review 35: an Afghan eradication summary; the 2006 Sweden chapter.)
        let found = read_figures(
            "The force destroyed an estimated 9,236 ha of opium poppy and cultivation rose from \
             107,400 ha in 2005 to 131,000 in 2009. There were approximately 390 \
             narcotics-related deaths during the year, which represents an 8 percent increase \
             from last year. The force and the air support required to protect it cost the USG \
             an estimated US$ 992 million. Officials estimate there are 30,000 addicts, up from \
             10,000 five years ago.",
        );
        assert_eq!(
            measures_of(&found),
            [
                ("an estimated 9,236 ha", "opium poppy"),
                ("107,400 ha", "cultivation"),
                ("131,000", "cultivation"),
                ("approximately 390", "narcotics-related deaths"),
                ("8 percent", "narcotics-related deaths"),
                ("an estimated US$ 992 million", ""),
                ("30,000", "addicts"),
                ("10,000", "addicts"),
            ]
        );
    }

    #[test]
    fn numbers_listed_before_an_amount_share_its_unit_and_what_it_measures() {
        // (Review 36.)
        let found = read_figures(
            "Police seized 10 and 12 metric tons of cocaine in 1997 and 1998. Seizures rose 20, \
             30 and 40 percent in the three regions. Membership is over 80 million or about 65% \
             of the work force.",
        );
        assert_eq!(
            as_strs(&found),
            [
                ("10", "t", "cocaine"),
                ("12 metric tons", "t", "cocaine"),
                ("20", "%", "Seizures"),
                ("30", "%", "Seizures"),
                ("40 percent", "%", "Seizures"),
                ("three", "", "regions"),
                ("over 80 million", "", "Membership"),
                ("about 65%", "%", "work force"),
            ]
        );
    }

    #[test]
    fn what_a_verb_brought_down_and_what_a_participle_says_are_measured() {
        // (Review 36: the 1998 policy overview.)
        let found = read_figures(
            "Forced eradication by Bolivian government agencies brought coca cultivation down \
             17 percent to a ten-year low of 38,000 hectares. Voluntary eradication cut \
             cultivation 11 percent to 45,800 hectares. In all, the 29,420 hectares taken out of \
             cultivation in Peru and Bolivia represent a potential 150 metric tons of cocaine \
             HCl. The 7,000 hectares eradicated in 1998 exceeded the goal.",
        );
        assert_eq!(
            measures_of(&found),
            [
                ("17 percent", "coca cultivation"),
                ("38,000 hectares", "coca cultivation"),
                ("11 percent", "cultivation"),
                ("45,800 hectares", "cultivation"),
                ("29,420 hectares", "hectares taken out of cultivation"),
                ("150 metric tons", "cocaine HCl"),
                ("7,000 hectares", "hectares eradicated"),
            ]
        );
    }

    #[test]
    fn a_sentence_points_back_no_further_than_the_one_before() {
        // (Review 35: the 2004 Nigeria cable.)
        let found = read_figures(
            "The agency is assisted by qualified personnel in the 37 commands throughout the \
             country. The government has also taken steps to fully fund the agency. But the \
             agency is budgeted for and at least the Government meets 50% of it. Police seized \
             4.2 metric tons of hashish. Another 2 metric tons were burned.",
        );
        assert_eq!(
            measures_of(&found),
            [
                ("37", "commands"),
                ("50%", ""),
                ("4.2 metric tons", "hashish"),
                ("2 metric tons", "hashish"),
            ]
        );
    }

    #[test]
    fn a_copy_cut_off_keeps_a_figure_whose_noun_came_whole() {
        // (Review 32: a 2 KB copy of the 2008 Spain chapter; the corpus's "dependen".)
        let document = read_document(
            "In October, authorities intercepted 4,600 kilograms and arrested 19 people in \
             southwe",
        );
        let found = stat_texts(&document);
        assert_eq!(found, ["4,600 kilograms", "19"]);
        let document = read_document("Of the addicts, some 200,000 are dependen");
        assert!(document.statistics.is_empty(), "{:?}", document.statistics);
    }

    #[test]
    fn an_aside_a_preposition_and_a_cable_paragraphs_head_are_no_measures() {
        // (Review 29: Mexico 2015, 08VIENTIANE10.)
        let found = read_figures(
            "Reported kidnapping and extortion rose sharply, however, by about 20.5 percent and \
             10.6 percent, respectively. Poppy cultivation is now only 100 hectares above the \
             majors threshold.",
        );
        assert_eq!(
            measures_of(&found),
            [
                ("about 20.5 percent", "Reported kidnapping"),
                ("10.6 percent", "extortion"),
                ("100 hectares", "Poppy cultivation"),
            ]
        );
        let document = read_document(
            "1. (U) Summary: After an investment of more than 18 years and forty million \
             dollars, U.S. programs in Laos have helped.\n",
        );
        let money = document.statistics.iter().find(|s| s.unit == "USD");
        assert_eq!(money.map(|s| s.measures.as_str()), Some(""));
    }

    #[test]
    fn money_names_its_grant_purpose_or_local_currency() {
        let found = read_figures(
            "The UNDCP provided a $1.2 million grant. The government spent 45 million drams \
             on training. Fines reached 2,000 lats.",
        );
        let expected = [
            ("$1.2 million", "USD", "grant"),
            ("45 million drams", "AMD", "training"),
            ("2,000 lats", "LVL", "Fines"),
        ];
        assert_eq!(found.len(), expected.len(), "{found:?}");
        for ((text, unit, measures), expected) in found.iter().zip(expected) {
            assert_eq!((text.as_str(), unit.as_str(), measures.as_str()), expected);
        }
    }

    #[test]
    fn a_figure_borrows_the_measure_before_it_only_across_its_own_sentence_or_a_reference_back() {
        let found = read_figures(
            "Narcotics-related crimes rose from 600 in 1994 to 1,100 in 1995. Police seized \
             4.2 metric tons of hashish. Opium sells for $50-70 per kilogram. Another 2 metric \
             tons were burned. The border with Afghanistan is 744 kilometers long.",
        );
        let measures = measures_of(&found);
        assert_eq!(
            measures,
            [
                ("600", "Narcotics-related crimes"),
                ("1,100", "Narcotics-related crimes"),
                ("4.2 metric tons", "hashish"),
                ("$50-70 per kilogram", "Opium"),
                ("2 metric tons", "hashish"),
                ("744 kilometers", "Afghanistan"),
            ]
        );
    }

    #[test]
    fn a_number_pointing_back_at_named_things_and_a_years_last_digits_are_no_figures() {
        // (Review 37: the Baltics 1995, Belarus 1996; the Gulf War hearing's "fiscal '95".
        // Review 41: "the two suspects" are counted.)
        let document = read_document(
            "The drug trade is escalating in all three Baltic states: Estonia, Latvia, and \
             Lithuania. Only Latvia is a party to all three UN drug conventions. A customs union \
             eliminated internal borders between the two countries. The three Baltic nations \
             agreed. In fiscal '95, DOD spent $15 million. Police seized two shipments of \
             heroin. The two largest seizures totalled 3 tons. The two suspects were charged.",
        );
        assert_eq!(
            stat_texts(&document),
            ["$15 million", "two", "two", "3 tons", "two"]
        );
    }

    #[test]
    fn an_amount_naming_nothing_after_it_is_of_the_drug_named_last() {
        // (Review 38: Morocco 1996.)
        let found = read_figures(
            "Morocco is a major producer and exporter of cannabis. Although statistics vary \
             widely, it is estimated that over 2,000 mt are exported annually to Europe. Police \
             sent 40 officers.",
        );
        assert_eq!(
            measures_of(&found),
            [("over 2,000 mt", "cannabis"), ("40", "officers")]
        );
        let found = read_figures(
            "Bolivia is the second largest producer of coca leaf. The goal of eradicating 7,000 \
             hectares was met, and police succeeded in destroying 2,000 hectares more.",
        );
        assert_eq!(
            measures_of(&found),
            [("7,000 hectares", "coca"), ("2,000 hectares", "coca")]
        );
    }

    #[test]
    fn an_increase_of_a_figure_and_a_bound_in_brackets_measure_what_changed_or_is_bounded() {
        // (Review 39: Austria 1995, Sweden 1996.)
        let found = read_figures(
            "Drug arrests showed an overall increase of 16 percent. The number of people \
             charged with drug violations in 1994 rose, while more serious violations dropped \
             slightly, resulting in an overall increase of approximately 16 percent. Banks must \
             register large currency transactions (over $15,700) with the central bank.",
        );
        assert_eq!(
            measures_of(&found),
            [
                ("16 percent", "Drug arrests"),
                ("approximately 16 percent", "number of people"),
                ("over $15,700", "currency transactions"),
            ]
        );
    }

    #[test]
    fn where_a_place_lies_is_no_figure_but_how_long_a_border_is() {
        // (Review 40: Portugal 1997.)
        let document = read_document(
            "The port lies about 150 miles southwest of Lisbon. The city is 40 kilometers \
             north-east of the border. The border is 700 kilometers long.",
        );
        assert_eq!(stat_texts(&document), ["700 kilometers"]);
    }

    #[test]
    fn a_point_reached_what_money_is_worth_and_a_verbs_object_name_what_is_measured() {
        let found = read_figures(
            "Cocaine purity fell to a record low of 47 percent. Prices reached a new high of \
             $900 per kilogram. Police seized assets worth $5 million. Officials confiscated \
             property valued at $2.3 million. Police uncovered 35 transactions considered \
             suspicious and worth over $8 million.",
        );
        assert_eq!(
            measures_of(&found),
            [
                ("47 percent", "Cocaine purity"),
                ("$900 per kilogram", "Prices"),
                ("$5 million", "assets"),
                ("$2.3 million", "property"),
                ("35", "transactions"),
                ("over $8 million", "transactions"),
            ]
        );
    }

    #[test]
    fn a_list_whose_verb_is_said_once_measures_what_its_last_figure_names() {
        let found = read_figures(
            "Peru had 38,700 hectares and Bolivia 21,800 hectares of coca, a drop of 70 percent \
             in both countries. UMNO got 35% and MCA 14% of the vote. Peru had 38,700 hectares \
             and Bolivia 21,800 tons of coca. Guards seized 20 kilograms in Osh and 5 \
             kilograms of opium in Batken.",
        );
        assert_eq!(
            measures_of(&found),
            [
                ("38,700 hectares", "coca"),
                ("21,800 hectares", "coca"),
                ("70 percent", "coca"),
                ("35%", "vote"),
                ("14%", "vote"),
                // (Another unit: no list.)
                ("38,700 hectares", "Peru"),
                ("21,800 tons", "coca"),
                // (A place, not a name, between the two: the drug named before.)
                ("20 kilograms", "coca"),
                ("5 kilograms", "opium"),
            ]
        );
    }

    #[test]
    fn an_abbreviated_units_full_stop_and_a_verb_after_a_unit_are_stepped_over() {
        // (Reviews 42 and 43.)
        let found = read_figures(
            "Egyptian authorities eradicated opium poppy in the Sinai. Police seized 25 kg. of \
             heroin at Cairo airport. Jamaica exceeded the marijuana eradication goal of 800 \
             hectares set out in the Letter of Agreement.",
        );
        assert_eq!(
            measures_of(&found),
            [
                ("25 kg", "heroin"),
                ("800 hectares", "marijuana eradication goal")
            ]
        );
    }

    #[test]
    fn a_multiple_of_as_many_and_an_area_covered_name_what_they_measure() {
        // (Review 42; review 43: a head's phrase for whom.)
        let found = read_figures(
            "Twice as many traffickers were arrested as in 1995. During the season, eradication \
             covered 1,041 hectares. CONAPRED identifies 29 demand reduction projects. The \
             GOC's 1997 budget for the CNP rose 15 per cent.",
        );
        assert_eq!(
            measures_of(&found),
            [
                ("Twice", "traffickers"),
                ("1,041 hectares", "eradication"),
                ("29", "demand reduction projects"),
                ("15 per cent", "budget for the CNP"),
            ]
        );
        // (Review 44: a word that is never a noun describes the one after it.)
        let found = read_figures(
            "INL provided $2.5 million in counternarcotics assistance. Police seized 6 tons of \
             narcotics in 1998.",
        );
        assert_eq!(
            measures_of(&found),
            [
                ("$2.5 million", "counternarcotics assistance"),
                ("6 tons", "narcotics")
            ]
        );
        // (Review 42: two amounts of one purpose.)
        let found = read_figures("The USG provided US$1.2 million and USD 500,000 in training.");
        assert_eq!(
            measures_of(&found),
            [("US$1.2 million", "training"), ("USD 500,000", "training")]
        );
    }

    /// Review 46 (Antigua 2013, 2014): money an agency receives or spends measures no part of
    /// the agency's name.
    #[test]
    fn money_an_agency_receives_is_not_the_agencys_name() {
        let found = read_figures(
            "The Government of Antigua and Barbuda receives approximately $3,120,000 per year \
             from license fees. The Government of Peru spent $5 million. The cost of the \
             program reached $2 million.",
        );
        assert_eq!(
            measures_of(&found),
            [
                ("approximately $3,120,000 per year", ""),
                ("$5 million", ""),
                ("$2 million", "cost of the program"),
            ]
        );
    }

    /// Review 46 (Morocco 2006): modifiers listed with commas before their plural noun are
    /// one phrase; a list of things is not.
    #[test]
    fn modifiers_listed_before_their_noun_are_one_phrase() {
        let found = read_figures(
            "Police arrested more than a dozen high-ranking government, judicial, military, and \
             law enforcement officials. Police seized 20 kg of heroin, cocaine and synthetic \
             drugs.",
        );
        assert_eq!(
            measures_of(&found),
            [
                (
                    "more than a dozen",
                    "high-ranking government, judicial, military, and law enforcement officials"
                ),
                ("20 kg", "heroin"),
            ]
        );
    }

    /// Review 46 (Laos 2002): a verb said once for two figures; the second measures the noun
    /// before it (a place's name there is no subject).
    #[test]
    fn a_verb_said_once_leaves_the_second_figure_its_noun() {
        let found = read_figures(
            "Cultivation increased six percent and production 50 percent to 210 metric tons. \
             Coca cultivation fell 10 percent in Peru and Bolivia 20 percent.",
        );
        assert_eq!(
            measures_of(&found),
            [
                ("six percent", "Cultivation"),
                ("50 percent", "production"),
                ("210 metric tons", "production"),
                ("10 percent", "Coca cultivation"),
                ("20 percent", "Coca cultivation"),
            ]
        );
    }

    /// Review 46 (Antigua 2015, Jordan 2004, an IETF draft): a number an article sets before a
    /// noun describes it, and a number inside a name in Title Case names; neither is a count.
    #[test]
    fn a_number_describing_or_naming_is_no_count() {
        let found = read_figures(
            "The government has a three prong approach. Jordan cooperates with the United \
             Nations 1267 Sanctions Committee. It uses the OAuth 2.0 Authorization Framework. \
             Police seized three tons of hashish and arrested 14 traffickers.",
        );
        assert_eq!(
            measures_of(&found),
            [("three tons", "hashish"), ("14", "traffickers")]
        );
    }

    /// Review 45 (Poland 2006): what a noun is for or on, or the deed its "of" names, belongs
    /// to the subject; the figure measures the noun, not the last words before the verb.
    #[test]
    fn a_subject_keeps_what_its_noun_is_for() {
        let found = read_figures(
            "The total 2006 budget for state institutions is estimated at over $38 million. In \
             2005 the total costs of implementing the National Plan amounted to over $90 \
             million. Spending on prevention rose to $2 million. The budget for the police was \
             $3 million. The consideration owed to Triangulum for the redemption is $39,096,401. \
             One gram of heroin costs $80.",
        );
        assert_eq!(
            measures_of(&found),
            [
                (
                    "over $38 million",
                    "total 2006 budget for state institutions"
                ),
                (
                    "over $90 million",
                    "total costs of implementing the National Plan"
                ),
                ("$2 million", "Spending on prevention"),
                ("$3 million", "budget for the police"),
                ("$39,096,401", "redemption"),
                ("$80", "One gram of heroin"),
            ]
        );
        // (Philippines 2006: a word in quotation marks.)
        let found = read_figures("The current price of “shabu” has more than doubled since 2005.");
        assert_eq!(
            measures_of(&found),
            [("more than doubled", "current price of “shabu”")]
        );
    }

    #[test]
    fn a_unit_in_a_label_is_read_only_when_it_is_the_whole_parenthesis() {
        assert_eq!(
            units::unit_in_label("Opium (mt)"),
            Some(("t", StatKind::Quantity))
        );
        assert_eq!(
            units::unit_in_label("Cultivation (hectares)"),
            Some(("ha", StatKind::Quantity))
        );
        assert_eq!(
            units::unit_in_label("Share (%)"),
            Some(("%", StatKind::Percent))
        );
        assert_eq!(units::unit_in_label("Heroin (kg) seized"), None);
        assert_eq!(units::unit_in_label("Police (national)"), None);
        assert_eq!(units::unit_in_label("Arrests"), None);
    }

    #[test]
    fn a_sentence_or_a_line_without_a_label_gives_none() {
        assert_eq!(label("The police seized 5 tons", "5"), "");
        assert_eq!(
            label(
                "The government of the country said in its annual report that: 5",
                "5"
            ),
            ""
        );
        assert_eq!(label("1. 1. 1. 1. 1.", "1."), "");
    }

    #[test]
    fn the_land_a_report_is_about_stays_in_its_subject() {
        let found = read_figures(
            "Officials estimate that the number of addicts in the country ranges between \
             30,000 and 40,000. The number of labs in the region fell to 12.",
        );
        assert_eq!(
            measures_of(&found),
            [
                (
                    "between 30,000 and 40,000",
                    "number of addicts in the country"
                ),
                ("12", "number of labs in the region"),
            ]
        );
    }

    /// Review 47 (Bahamas 2013, Dutch Caribbean 2014, Australia 2009).
    #[test]
    fn a_plan_s_span_of_years_is_no_count_and_a_comparative_describes_its_noun() {
        let found = read_figures(
            "The new 2012-16 strategy lays out plans. The Dutch Caribbean has three smaller \
             islands and 3 larger islands. The drug harm index, their measurement of the \
             damage seized drugs may have caused, had increased to A$621 million. However, the \
             industry has grown since 2000, doubling exports.",
        );
        assert_eq!(
            measures_of(&found),
            [
                ("three", "smaller islands"),
                ("3", "larger islands"),
                ("A$621 million", "drug harm index"),
                ("doubling", ""),
            ]
        );
    }

    /// Review 47 (Eastern and Dutch Caribbean 2015–2016).
    #[test]
    fn a_name_after_of_is_taken_to_its_end() {
        let found = read_figures(
            "The Dutch Caribbean consists of the six entities of the former Netherlands \
             Antilles: Aruba, Curacao and St. Maarten. Police arrested 15 members of the \
             Revolutionary Armed Forces of Colombia in Bogota.",
        );
        assert_eq!(
            measures_of(&found),
            [
                ("six", "entities of the former Netherlands Antilles"),
                (
                    "15",
                    "members of the Revolutionary Armed Forces of Colombia"
                ),
            ]
        );
    }

    /// Review 47 (Netherlands Antilles 2007).
    #[test]
    fn an_estimated_share_in_brackets_is_the_share_of_the_phrase_before_them() {
        let found = read_figures(
            "Historically, most of the courier traffic (current estimate is 95 percent) has \
             been destined for Europe. Most cocaine (an estimated 60 percent) goes by sea. \
             Tourism brings $12.9 billion (or 5.6%) to the economy.",
        );
        assert_eq!(
            measures_of(&found),
            [
                ("95 percent", "courier traffic"),
                ("an estimated 60 percent", "cocaine"),
                ("$12.9 billion", ""),
                ("5.6%", ""),
            ]
        );
    }

    /// Review 47 (Bahamas 2017).
    #[test]
    fn square_nautical_miles_are_an_area() {
        let found = read_figures(
            "Smugglers blend in among craft traveling throughout the Bahamian archipelago, \
             which covers nearly 100,000 square nautical miles.",
        );
        assert_eq!(
            as_strs(&found),
            [(
                "nearly 100,000 square nautical miles",
                "nmi2",
                "Bahamian archipelago"
            )]
        );
    }

    /// Review 48 (Russia 2017): "number" as a verb is no label.
    #[test]
    fn the_verb_number_states_a_count_of_its_subject() {
        let found = read_figures(
            "According to multiple sources, drug users in Russia number between 7.3 and 8.5 \
             million. Registered addicts number about 7,000. Addicts now number over 12,000. \
             The Security Council adopted resolution number 1373.",
        );
        assert_eq!(
            measures_of(&found),
            [
                ("between 7.3 and 8.5 million", "drug users in Russia"),
                ("about 7,000", "Registered addicts"),
                ("over 12,000", "Addicts"),
            ]
        );
    }

    /// Review 48 (Russia 2017): a part of a whole is named after its verb.
    #[test]
    fn a_part_of_which_is_named_after_its_verb() {
        let found = read_figures(
            "Police seized approximately 14 MT of illegal drugs, of which 1.34 MT were \
             opiates. Of these, 120 were women. The harvest was 300 tons, of which 75% is \
             exported and 20 tons is double tracked.",
        );
        assert_eq!(
            measures_of(&found),
            [
                ("approximately 14 MT", "illegal drugs"),
                ("1.34 MT", "opiates"),
                ("120", "women"),
                ("300 tons", "harvest"),
                ("75%", "harvest"),
                ("20 tons", "harvest"),
            ]
        );
    }

    /// Review 48 (Kazakhstan 2015, GAO-07-78, CRS RL32686, Afghanistan 2009).
    #[test]
    fn a_subject_keeps_its_region_its_unit_its_crop_year_and_its_source() {
        let found = read_figures(
            "The street-price of one kilogram of heroin in southern Kazakhstan ranged between \
             $18,000 to $20,000 in 2014. USAID and State received about $532 million in fiscal \
             year 2005 funds. In-country illicit revenue from the 2006 opium poppy crop reached \
             over $3 billion. It came despite a 19-percent drop in cultivation last year.",
        );
        assert_eq!(
            measures_of(&found),
            [
                (
                    "between $18,000 to $20,000",
                    "street-price of one kilogram of heroin in southern Kazakhstan"
                ),
                ("about $532 million", "funds"),
                (
                    "over $3 billion",
                    "In-country illicit revenue from the 2006 opium poppy crop"
                ),
                ("19-percent", "cultivation"),
            ]
        );
    }

    /// Review 48 (AFP 2003): "the figure" is the one before it.
    #[test]
    fn the_figure_that_points_back_measures_what_the_one_before_did() {
        let found = read_figures(
            "The area under opium cultivation reached 30,750 hectares. The figure rose from a \
             low of 1,685 hectares in 2001. The number of addicts rose to 5,000. Police made \
             200 arrests. It was a busy year. This figure doubled to 10,000 in 2004.",
        );
        assert_eq!(
            measures_of(&found),
            [
                ("30,750 hectares", "opium cultivation"),
                ("1,685 hectares", "opium cultivation"),
                ("5,000", "number of addicts"),
                ("200", "arrests"),
                ("doubled", "figure"),
                ("10,000", "figure"),
            ]
        );
    }

    /// Review 48 (Tajikistan 2016): an agency's bare count is of what the sentence opened
    /// with.
    #[test]
    fn an_agencys_bare_count_is_of_the_number_the_sentence_opened_with() {
        let found = read_figures(
            "The number of people with substance use disorders in the country has remained \
             relatively stable, as the Ministry of Health registered 7,226 in 2015. The \
             Ministry of Health registered 300 in 2014.",
        );
        assert_eq!(
            measures_of(&found),
            [
                (
                    "7,226",
                    "people with substance use disorders in the country"
                ),
                ("300", ""),
            ]
        );
    }

    /// Review 48 (Russia 2017): an age group belongs to the subject.
    #[test]
    fn an_age_group_belongs_to_the_subject() {
        let found = read_figures(
            "In 2014, drug-related mortalities among those aged 15 to 34 totaled 92,000, a 30 \
             percent decrease from 130,000 deaths in 2000.",
        );
        let group = "drug-related mortalities among those aged 15 to 34";
        assert_eq!(
            measures_of(&found),
            [
                ("92,000", group),
                ("30 percent", group),
                ("130,000", "deaths")
            ]
        );
    }

    /// Review 48 (3 CFR 2000, Afghanistan): a word of scope before the noun of change.
    #[test]
    fn a_change_measures_what_it_is_in_past_a_word_of_scope() {
        let found = read_figures(
            "The Taliban announced a ban. They ordered a one-third nation-wide reduction in \
             poppy cultivation, after a 30 percent annual increase in opium production.",
        );
        assert_eq!(
            measures_of(&found),
            [
                ("one-third", "poppy cultivation"),
                ("30 percent", "opium production")
            ]
        );
    }

    /// Review 48 (Tajikistan 2014): what the subject is tied to belongs to it.
    #[test]
    fn what_a_subject_is_linked_to_belongs_to_it() {
        let found = read_figures(
            "Unofficial estimates of the percentage of the country's economy linked to drug \
             trafficking range from 20 to 30 percent.",
        );
        assert_eq!(
            measures_of(&found),
            [(
                "from 20 to 30 percent",
                "the percentage of the country's economy linked to drug trafficking"
            )]
        );
    }
}
