//! Statistics, dates and acronyms: every figure the report itself states.
//!
//! # Design note
//!
//! **What counts as a statistic.** A number the report states about the world: quantities
//! with units ("over six tons"), counts of things ("8,500 drug-related crimes", "two record
//! cargoes"), percentages ("seventy percent", "12%"), ratios and multiples ("one out of every
//! 14", "two-thirds", "ten-times", "almost doubled"), money ("$3.4 billion", "US$420,000"),
//! and ranges of any of these ("five to eight", "10-15,000", "between 20 and 30"). Not
//! statistics: years and dates (they are [`DateMention`]s), durations ("nine months",
//! "twelve-month"), labels ("Article 5", "page 12"), list markers ("(1)"), ordinals, codes
//! glued to letters ("F-16", "10-K"), the numeral "one" on its own, and anything in headings
//! or the title block. Counts in words need a noun after them ("two visits"), so "one of the
//! world's busiest" and "the two" stay out.
//!
//! **How a figure is read.** Each block is tokenised once (words, numbers, punctuation, with
//! byte offsets). Dates are found first and their tokens set aside, so "30 September 1996"
//! never yields a count of 30. Then, at each remaining number: the currency before it, a
//! scale word ("million"), a range, the unit after it (normalised: t, kg, g, ha, km, km2, l,
//! %, USD and other ISO 4217 codes, x for multiples, `/yr` for "per year"/"annually"), and
//! the qualifier before it ("over", "approximately", "at least", "up to", "under", "nearly",
//! "at most"; "in excess of"/"more than" → over, "some"/"about"/"around" → approximately).
//!
//! **How "what it measures" is found.** See [`measures`]: the noun phrase the figure
//! introduces ("six tons of *illegal narcotics*"), else a phrase naming it ("a *population*
//! of"), else the subject it is predicated of ("*the actual number* is at least ten-times
//! larger"), else the figure before it in the sentence or paragraph. Phrases are bounded by
//! word lists (prepositions, auxiliaries, common verbs, participles after a noun), not by a
//! part-of-speech tagger: report prose is regular enough, and this runs at tens of MB/s.
//!
//! **Known limits.** Anaphora is resolved only to the previous figure ("the remaining third"
//! measures what "two-thirds of the transactions" did); a figure whose noun was cut off by
//! the end of a copy keeps whatever the sentence gives; numbers in table cells measure their
//! row and column labels; decimal commas are assumed only in documents whose function words
//! are not English.

pub mod acronyms;
pub mod dates;
mod figures;
mod lexicon;
pub mod measures;
pub mod numbers;
pub mod tokens;
pub mod units;

use crate::document::{BlockKind, DateMention, Document, Span, StatKind, Statistic};
use tokens::{Token, tokenize};

/// Fills in the statistics, dates and acronyms of a document whose body is built.
pub fn annotate(document: &mut Document) {
    let decimal_comma = writes_decimal_commas(&document.text);
    let heading_sections = heading_section_indexes(document);
    // A copy cut off mid-sentence: figures at its very end have lost what they count.
    let last_text_end = document
        .blocks
        .iter()
        .rev()
        .find(|b| !matches!(b.kind, BlockKind::Title | BlockKind::Heading | BlockKind::Table))
        .filter(|b| !ends_sentence(&document.text[b.span.range()]))
        .map(|b| b.span.end);
    let mut statistics = Vec::new();
    let mut dates = Vec::new();
    let mut acronyms = Vec::new();
    for block in &document.blocks {
        match block.kind {
            BlockKind::Title | BlockKind::Heading => continue,
            BlockKind::Table => {
                table_figures(&document.text, block.span, decimal_comma, &mut statistics);
            }
            _ => {
                let text = &document.text[block.span.range()];
                let tokens = tokenize(text, block.span.start, decimal_comma);
                let sentences = tokens::sentences(&tokens);
                let found_dates = dates::find(&tokens);
                let mut skip = vec![false; tokens.len()];
                for date in &found_dates {
                    for flag in &mut skip[date.tokens.clone()] {
                        *flag = true;
                    }
                    // "On May 22": a day without a year is set aside but not reported.
                    if date.value.is_empty() {
                        continue;
                    }
                    let span = tokens::span_of(&tokens, date.tokens.clone());
                    dates.push(DateMention {
                        span,
                        text: document.text[span.range()].to_owned(),
                        value: date.value.clone(),
                    });
                }
                let mut figures = figures::find(&tokens, &skip, decimal_comma);
                if Some(block.span.end) == last_text_end {
                    drop_cut_off_figures(&tokens, &mut figures);
                }
                let measured = measures::assign(&tokens, &document.text, &figures, &sentences);
                for (mut figure, measured) in figures.into_iter().zip(measured) {
                    // "150 tons of Indian opium annually": a rate after the measured phrase.
                    if let Some(end) = measured.phrase_end
                        && !figure.unit.ends_with("/yr")
                        && matches!(figure.kind, StatKind::Quantity | StatKind::Money | StatKind::Count)
                        && units::per_year_after(&tokens, end).is_some()
                    {
                        figure.unit.push_str("/yr");
                    }
                    let measures = measured.phrase;
                    let span = tokens::span_of(&tokens, figure.tokens.clone());
                    let sentence = sentences
                        .iter()
                        .find(|s| s.contains(&figure.value_start))
                        .map(|s| tokens::span_of(&tokens, s.clone()))
                        .unwrap_or(block.span);
                    statistics.push(Statistic {
                        span,
                        text: document.text[span.range()].to_owned(),
                        kind: figure.kind,
                        value: figure.value,
                        value_max: figure.value_max,
                        unit: figure.unit,
                        qualifier: figure.qualifier.to_owned(),
                        measures,
                        section: String::new(),
                        sentence_span: sentence,
                    });
                }
                acronyms::find(&tokens, &document.text, &mut acronyms);
            }
        }
    }
    for stat in &mut statistics {
        stat.section = section_title_at(document, &heading_sections, stat.span.start);
    }
    document.statistics = statistics;
    document.dates = dates;
    document.acronyms = acronyms;
}

fn ends_sentence(text: &str) -> bool {
    text.trim_end()
        .trim_end_matches(['"', '\'', ')', '”', '’', ']'])
        .ends_with(['.', '!', '?', ':', ';'])
}

/// In a block cut off mid-sentence, a figure within a few words of the cut has lost its noun
/// ("some 200,000 are dependen"): it is left out rather than reported half-read.
fn drop_cut_off_figures(tokens: &[Token], figures: &mut Vec<figures::Figure>) {
    const WORDS_NEEDED: usize = 4;
    let cut = tokens.len();
    let last_sentence_start = tokens
        .iter()
        .rposition(|t| matches!(t.text, "." | "!" | "?"))
        .map_or(0, |p| p + 1);
    figures.retain(|f| f.tokens.start < last_sentence_start || f.tokens.end + WORDS_NEEDED <= cut);
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
fn section_title_at(document: &Document, heading_sections: &[usize], offset: usize) -> String {
    let starts_before = heading_sections.partition_point(|&i| {
        document.sections.get(i).is_some_and(|s| s.span.start <= offset)
    });
    heading_sections[..starts_before]
        .iter()
        .rev()
        .filter_map(|&i| document.sections.get(i))
        .find(|s| s.span.contains(offset))
        .map(|s| s.title.clone())
        .unwrap_or_default()
}

/// Numbers in table cells measure their row and column: "Population — 2019".
fn table_figures(text: &str, span: Span, decimal_comma: bool, out: &mut Vec<Statistic>) {
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
    let header: Vec<&str> = rows.first().map(|r| r.iter().map(|(_, c)| c.trim()).collect()).unwrap_or_default();
    for row in rows.iter().skip(1) {
        let label = row.first().map(|(_, c)| c.trim()).unwrap_or("");
        for (column, &(cell_start, cell)) in row.iter().enumerate().skip(1) {
            if !cell.bytes().any(|b| b.is_ascii_digit()) {
                continue;
            }
            let tokens: Vec<Token> = tokenize(cell, cell_start, decimal_comma);
            let skip = vec![false; tokens.len()];
            let column_label = header.get(column).copied().unwrap_or("");
            let measures = match (label.is_empty(), column_label.is_empty()) {
                (false, false) => format!("{label} — {column_label}"),
                (false, true) => label.to_owned(),
                (true, false) => column_label.to_owned(),
                (true, true) => String::new(),
            };
            for figure in figures::find(&tokens, &skip, decimal_comma) {
                let span = tokens::span_of(&tokens, figure.tokens.clone());
                out.push(Statistic {
                    span,
                    text: text[span.range()].to_owned(),
                    kind: figure.kind,
                    value: figure.value,
                    value_max: figure.value_max,
                    unit: figure.unit,
                    qualifier: figure.qualifier.to_owned(),
                    measures: measures.clone(),
                    section: String::new(),
                    sentence_span: Span::new(cell_start, cell_start + cell.len()),
                });
            }
        }
    }
}

/// Continental documents write "3,5" for three and a half; English ones "3.5". Judged by the
/// function words of the text.
fn writes_decimal_commas(text: &str) -> bool {
    let sample = &text[..text.floor_char_boundary(200_000)];
    let mut english = 0usize;
    let mut other = 0usize;
    for word in sample.split(|c: char| !c.is_alphabetic()) {
        match word {
            "the" | "of" | "and" | "to" | "is" | "that" | "with" => english += 1,
            "der" | "die" | "und" | "le" | "la" | "les" | "et" | "des" | "est" | "w" | "i" | "z"
            | "się" | "na" | "el" | "los" | "y" | "il" | "di" | "che" | "και" | "το" | "της"
            | "den" | "het" | "een" | "van" | "och" | "og" | "og_" => other += 1,
            _ => {}
        }
    }
    other > english
}
