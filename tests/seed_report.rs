//! The reference report (`../shared/corpus/seed/`) is read perfectly.

mod common;

use common::{date_labels, date_mismatches, read, stat_labels, statistic_mismatches};
use dossier::{BlockKind, SourceFormat};

const SEED: &str = "seed/hrnet-incsr-1996-kazakstan.txt";

#[test]
fn the_seed_has_its_title_issuer_subject_and_date() {
    let doc = read(SEED);
    assert_eq!(doc.format, SourceFormat::Text);
    assert_eq!(doc.encoding, "utf-8");
    assert_eq!(
        doc.title,
        "International Narcotics Control Strategy Report, March 1996: Kazakstan"
    );
    assert_eq!(doc.subject, "Kazakstan");
    assert_eq!(
        doc.issuer,
        vec![
            "U.S. Department of State",
            "Bureau for International Narcotics and Law Enforcement Affairs"
        ]
    );
    assert_eq!(doc.date, "1996-03");
}

#[test]
fn the_seed_body_runs_from_its_first_heading_to_its_last_sentence_without_chrome() {
    let doc = read(SEED);
    assert!(
        doc.text.starts_with("U.S. DEPARTMENT OF STATE\n\n"),
        "{:?}",
        &doc.text[..80]
    );
    assert!(doc.text.ends_with("demand reduction training assistance."));
    for chrome in [
        "Today's Suggestion",
        "HR-Net",
        "Latest News",
        "F.A.Q.",
        "Tuesday, 5 November 2024",
        "Back to Top",
        "Copyright",
        "All Rights Reserved",
        "Sunday, 3 March 1996",
        "Read the Convention",
        "\u{a0}",
    ] {
        assert!(
            !doc.text.contains(chrome),
            "chrome {chrome:?} left in the body"
        );
    }
    // What was removed is kept for the viewer, in order: the menu above, the footer below.
    assert!(
        doc.removed
            .iter()
            .any(|r| r.offset == 0 && r.text.contains("Today's Suggestion"))
    );
    assert!(
        doc.removed
            .iter()
            .any(|r| r.offset == doc.text.len() && r.text.contains("Back to Top"))
    );
}

#[test]
fn the_seed_outline_has_four_roman_sections_and_seven_run_in_heads() {
    let doc = read(SEED);
    let outline: Vec<(u8, &str)> = doc
        .sections
        .iter()
        .map(|s| (s.level, s.title.as_str()))
        .collect();
    assert_eq!(
        outline,
        vec![
            (1, "I. Summary"),
            (1, "II. Status of Country"),
            (1, "III. Country Actions Against Drugs in 1995"),
            (2, "Policy Initiatives"),
            (2, "Cultivation and Production"),
            (2, "Corruption"),
            (2, "Agreements and Treaties"),
            (2, "Domestic Programs"),
            (1, "IV. US Policy Initiatives and Programs"),
            (2, "Policy Initiatives and Bilateral Cooperation"),
            (2, "The Road Ahead"),
        ]
    );
    for section in &doc.sections {
        assert!(
            doc.slice(section.span).starts_with(&section.title),
            "{} starts its span",
            section.title
        );
    }
    let last = doc.sections.last().map(|s| s.span.end);
    assert_eq!(last, Some(doc.text.len()));
}

#[test]
fn the_seed_title_lines_are_a_title_block_not_sections() {
    let doc = read(SEED);
    let title_lines: Vec<&str> = doc
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Title)
        .map(|b| doc.slice(b.span))
        .collect();
    assert_eq!(
        title_lines,
        vec![
            "U.S. DEPARTMENT OF STATE",
            "INTERNATIONAL NARCOTICS CONTROL STRATEGY REPORT, MARCH 1996: KAZAKSTAN",
            "United States Department of State",
            "Bureau for International Narcotics and Law Enforcement Affairs",
            "KAZAKSTAN",
        ]
    );
}

#[test]
fn every_labelled_statistic_of_the_seed_is_found_exactly_and_nothing_else() {
    let doc = read(SEED);
    let labels = stat_labels("seed/hrnet-incsr-1996-kazakstan.statistics.tsv");
    assert_eq!(labels.len(), 20);
    let problems = statistic_mismatches(&doc, &labels);
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(doc.statistics.len(), 20);
}

#[test]
fn seed_figures_carry_their_words_and_sentence() {
    let doc = read(SEED);
    let first = &doc.statistics[0];
    assert_eq!(first.text(&doc.text), "over six tons");
    assert_eq!(first.measures, "illegal narcotics");
    assert_eq!(&*first.section, "I. Summary");
    assert!(
        doc.slice(first.sentence_span)
            .starts_with("As of September 1995, the Ministry of Interior (MVD) reported seizures")
    );
    let rate = doc
        .statistics
        .iter()
        .find(|s| s.text(&doc.text).contains("5,000"))
        .expect("the yield");
    assert_eq!(
        rate.text(&doc.text),
        "in excess of 5,000 metric tons per year"
    );
    assert_eq!(
        (rate.value, rate.unit.as_ref(), rate.qualifier),
        (5000.0, "t/yr", "over")
    );
    let ratio = doc
        .statistics
        .iter()
        .find(|s| s.text(&doc.text).starts_with("one out of"))
        .expect("the ratio");
    assert_eq!(dossier::export::plain_number(ratio.value), "0.0714");
}

#[test]
fn every_labelled_date_of_the_seed_is_found_and_nothing_else() {
    let doc = read(SEED);
    let labels = date_labels("seed/hrnet-incsr-1996-kazakstan.dates.tsv");
    assert_eq!(labels.len(), 18);
    let problems = date_mismatches(&doc, &labels);
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn the_seed_defines_its_acronyms() {
    let doc = read(SEED);
    let pairs: Vec<(&str, &str)> = doc
        .acronyms
        .iter()
        .map(|a| (a.short.as_str(), a.long.as_str()))
        .collect();
    assert!(pairs.contains(&("MVD", "Ministry of Interior")));
    assert!(pairs.contains(&("GOK", "Government of Kazakstan")));
    assert!(pairs.contains(&("CCC", "Customs Cooperation Council")));
    assert!(pairs.contains(&("KNB", "Committee for National Security")));
}

#[test]
fn every_span_lies_on_character_boundaries_of_the_text() {
    let doc = read(SEED);
    let spans = doc
        .blocks
        .iter()
        .map(|b| b.span)
        .chain(doc.sections.iter().map(|s| s.span))
        .chain(
            doc.statistics
                .iter()
                .flat_map(|s| [s.span, s.sentence_span]),
        )
        .chain(doc.dates.iter().map(|d| d.span));
    for span in spans {
        assert!(span.end <= doc.text.len());
        assert!(doc.text.is_char_boundary(span.start) && doc.text.is_char_boundary(span.end));
    }
}

#[test]
fn reading_reports_its_progress_in_order_up_to_the_end() {
    let seen = std::sync::Mutex::new(Vec::new());
    let path = common::corpus(SEED);
    let doc = dossier::read_file_with_progress(&path, &|f| seen.lock().expect("lock").push(f))
        .expect("loads");
    let seen = seen.into_inner().expect("lock");
    assert!(seen.len() >= 5, "{seen:?}");
    assert!(seen.windows(2).all(|w| w[0] <= w[1]), "{seen:?}");
    assert_eq!(seen.last(), Some(&1.0));
    assert_eq!(doc.statistics.len(), 20);
}

/// The seed as an archive would have saved the page itself: a menu of links in a layout
/// table, headings and bold run-in heads, a footer — built here from the text copy. With
/// `capitals_as_headings`, a line in capitals standing alone ("KAZAKSTAN") is set as an `h2`,
/// as HR-Net's pages set the cover's country line.
fn seed_as_html(capitals_as_headings: bool) -> String {
    let text = std::fs::read_to_string(common::corpus(SEED)).expect("seed");
    let lines: Vec<&str> = text.lines().collect();
    let body_start = lines
        .iter()
        .position(|l| *l == "U.S. DEPARTMENT OF STATE")
        .expect("title");
    let footer_start = lines
        .iter()
        .position(|l| *l == "Back to Top")
        .expect("footer");
    let escape = common::escape_html;
    let mut html = String::from(
        "<!DOCTYPE html><html><head><title>Kazakstan: INCSR 1996</title></head><body><table><tr><td>",
    );
    for line in &lines[..body_start] {
        let item = line.trim_matches(|c: char| c == '\u{a0}' || c == ' ');
        if !item.is_empty() {
            html.push_str(&format!("<a href=\"/menu\">{}</a><br>\n", escape(item)));
        }
    }
    html.push_str("</td><td>\n");
    let body = &lines[body_start..footer_start];
    for (i, line) in body.iter().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let blank = |at: Option<usize>| {
            at.and_then(|at| body.get(at))
                .is_none_or(|l| l.trim().is_empty())
        };
        let alone = blank(i.checked_sub(1)) && blank(Some(i + 1));
        if capitals_as_headings && alone && !line.chars().any(char::is_lowercase) {
            html.push_str(&format!("<h2>{}</h2>\n", escape(line)));
        } else if dossier::load::roman_heading_prefix(line).is_some() {
            html.push_str(&format!("<h3>{}</h3>\n", escape(line)));
        } else if line.len() < 80 {
            html.push_str(&format!("<p align=center><b>{}</b></p>\n", escape(line)));
        } else if let Some(head) = dossier::structure::run_in_head_len(line) {
            html.push_str(&format!(
                "<p><b>{}</b>{}</p>\n",
                escape(&line[..head + 1]),
                escape(&line[head + 1..])
            ));
        } else {
            html.push_str(&format!("<p>{}</p>\n", escape(line)));
        }
    }
    html.push_str("</td></tr></table><hr>\n");
    for line in &lines[footer_start..] {
        html.push_str(&format!("<font size=1>{}</font><br>\n", escape(line)));
    }
    html + "</body></html>"
}

#[test]
fn the_seed_saved_as_an_html_page_reads_like_its_text_copy() {
    for capitals_as_headings in [false, true] {
        seed_page_reads_like_its_text_copy(&seed_as_html(capitals_as_headings));
    }
}

fn seed_page_reads_like_its_text_copy(html: &str) {
    let page = dossier::read_bytes(std::path::Path::new("kazakstan.html"), html.as_bytes())
        .expect("loads");
    let text = read(SEED);
    assert_eq!(page.format, SourceFormat::Html);
    assert_eq!(page.title, text.title);
    assert_eq!(page.subject, text.subject);
    assert_eq!(page.date, text.date);
    let outline = |d: &dossier::Document| {
        d.sections
            .iter()
            .map(|s| (s.level, s.title.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(outline(&page), outline(&text));
    let labels = stat_labels("seed/hrnet-incsr-1996-kazakstan.statistics.tsv");
    let problems = statistic_mismatches(&page, &labels);
    assert!(problems.is_empty(), "{problems:#?}");
    let problems = date_mismatches(
        &page,
        &date_labels("seed/hrnet-incsr-1996-kazakstan.dates.tsv"),
    );
    assert!(problems.is_empty(), "{problems:#?}");
    for chrome in [
        "Today's Suggestion",
        "Latest News",
        "Copyright",
        "Back to Top",
    ] {
        assert!(!page.text.contains(chrome), "{chrome}");
    }
}

/// The seed's report without its chrome, hard-wrapped at `width`, with or without blank lines
/// between paragraphs, with the given line ending.
fn seed_wrapped(width: usize, blank_lines: bool, line_end: &str) -> String {
    let text = std::fs::read_to_string(common::corpus(SEED)).expect("seed");
    let start = text.find("U.S. DEPARTMENT OF STATE").expect("title");
    let end = text.find("Back to Top").expect("footer");
    let mut lines = vec!["|".to_owned(), "|".to_owned()];
    for paragraph in text[start..end].lines().filter(|l| !l.trim().is_empty()) {
        lines.extend(common::wrap(paragraph, width));
        if blank_lines {
            lines.push(String::new());
        }
    }
    lines.join(line_end) + line_end
}

#[test]
fn the_seed_hard_wrapped_reads_like_the_seed() {
    let original = read(SEED);
    let labels = stat_labels("seed/hrnet-incsr-1996-kazakstan.statistics.tsv");
    let dates = date_labels("seed/hrnet-incsr-1996-kazakstan.dates.tsv");
    for (width, blank_lines, line_end) in
        [(75, false, "\n"), (65, true, "\r\n"), (79, false, "\r\n")]
    {
        let copy = seed_wrapped(width, blank_lines, line_end);
        let doc = dossier::read_bytes(std::path::Path::new("wrapped.txt"), copy.as_bytes())
            .expect("loads");
        let case = format!("wrapped at {width}, blank lines {blank_lines}");
        assert_eq!(doc.title, original.title, "{case}");
        assert_eq!(doc.date, original.date, "{case}");
        let outline = |d: &dossier::Document| {
            d.sections
                .iter()
                .map(|s| (s.level, s.title.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(outline(&doc), outline(&original), "{case}");
        let problems = statistic_mismatches(&doc, &labels);
        assert!(problems.is_empty(), "{case}: {problems:#?}");
        let problems = date_mismatches(&doc, &dates);
        assert!(problems.is_empty(), "{case}: {problems:#?}");
    }
}

#[test]
fn the_seed_inside_another_sites_chrome_reads_like_the_seed() {
    let text = std::fs::read_to_string(common::corpus(SEED)).expect("seed");
    let start = text.find("U.S. DEPARTMENT OF STATE").expect("title");
    let end = text.find("Back to Top").expect("footer");
    let page = format!(
        "Skip to main content\nHome | About Us | Reports | Programs | Contact\nSearch this site\n\
         Federation of Drug Policy Archivists\nYou are here: Home > Archive > INCSR > 1996\n\n{}\n\
         Share this: Facebook Twitter Email Print\nRelated Reports\n1995 INCSR: Uzbekistan\n\
         1997 INCSR: Tajikistan\nLast modified: Monday, 12 August 2019\n\
         (c) 2019 Drug Policy Archivists | Privacy Policy | Terms of Use\n",
        &text[start..end]
    );
    let doc =
        dossier::read_bytes(std::path::Path::new("other.txt"), page.as_bytes()).expect("loads");
    let original = read(SEED);
    assert_eq!(doc.text, original.text);
    assert_eq!(doc.title, original.title);
    assert_eq!(doc.statistics.len(), 20);
    assert_eq!(doc.dates.len(), 18);
}
