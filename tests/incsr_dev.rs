//! The labelled development chapters (`../shared/corpus/incsr-dev/`): other countries, other
//! years, hard-wrapped copies and other chrome. Every label is matched and nothing else is
//! reported, document by document.

mod common;

use common::{corpus, date_labels, date_mismatches, read, stat_labels, statistic_mismatches};

fn chapters() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(corpus("incsr-dev"))
        .expect("the dev corpus")
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().to_str().map(str::to_owned))
        .filter_map(|n| n.strip_suffix(".txt").map(str::to_owned))
        .collect();
    names.sort();
    names
}

#[test]
fn the_dev_set_has_nineteen_chapters() {
    assert_eq!(chapters().len(), 19);
}

#[test]
fn every_dev_chapter_statistic_is_found_exactly_and_nothing_else() {
    let mut problems = Vec::new();
    let mut labelled = 0;
    for name in chapters() {
        let doc = read(&format!("incsr-dev/{name}.txt"));
        let labels = stat_labels(&format!("incsr-dev/{name}.statistics.tsv"));
        labelled += labels.len();
        problems.extend(
            statistic_mismatches(&doc, &labels)
                .into_iter()
                .map(|p| format!("{name}: {p}")),
        );
    }
    assert_eq!(labelled, 54);
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn every_dev_chapter_date_is_found_and_nothing_else() {
    let mut problems = Vec::new();
    let mut labelled = 0;
    for name in chapters() {
        let doc = read(&format!("incsr-dev/{name}.txt"));
        let labels = date_labels(&format!("incsr-dev/{name}.dates.tsv"));
        labelled += labels.len();
        problems.extend(
            date_mismatches(&doc, &labels)
                .into_iter()
                .map(|p| format!("{name}: {p}")),
        );
    }
    assert_eq!(labelled, 61);
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn hard_wrapped_chapters_are_reflowed_into_paragraphs() {
    let doc = read("incsr-dev/lithuania-1996.txt");
    let summary = doc
        .blocks
        .iter()
        .map(|b| doc.slice(b.span))
        .find(|t| t.starts_with("Lithuania is vulnerable"))
        .expect("the summary paragraph");
    assert!(summary.contains("Difficult economic circumstances, a rising crime rate"));
    assert!(summary.ends_with("stalled new antinarcotics legislation."));
    assert!(!summary.contains('\n'));
}

#[test]
fn chapters_without_a_country_line_still_name_their_subject() {
    assert_eq!(read("incsr-dev/tajikistan-1998.txt").subject, "Tajikistan");
    assert_eq!(read("incsr-dev/czech-1998.txt").subject, "Czech Republic");
    let germany = read("incsr-dev/germany-1998.txt");
    assert_eq!(
        germany.title,
        "1998 International Narcotics Control Strategy Report: Germany"
    );
    assert_eq!(germany.date, "1999-02-26");
}

#[test]
fn hr_net_chrome_variants_are_removed() {
    for name in [
        "armenia-1997",
        "belgium-1998",
        "czech-1998",
        "hungary-1996",
        "lithuania-1998",
        "tajikistan-1997",
    ] {
        let doc = read(&format!("incsr-dev/{name}.txt"));
        for chrome in [
            "Today's Suggestion",
            "Latest News",
            "Greek Fonts",
            "Compact version",
            "2020",
            "2024",
        ] {
            assert!(
                !doc.text.contains(chrome),
                "{name}: {chrome:?} left in the body"
            );
        }
        assert!(
            doc.sections
                .first()
                .is_some_and(|s| s.title == "I. Summary"),
            "{name}"
        );
    }
}

#[test]
fn a_chrome_copy_cut_off_before_its_first_full_paragraph_keeps_only_the_report() {
    let page = std::fs::read_to_string(corpus("incsr-dev/belgium-1998.txt")).expect("page");
    let cut = page
        .find("Belgium is not a significant producer")
        .expect("summary")
        + 60;
    let doc = dossier::read_bytes(std::path::Path::new("cut.txt"), &page.as_bytes()[..cut])
        .expect("loads");
    assert!(
        doc.text
            .starts_with("1998 International Narcotics Control Strategy Report\n\n"),
        "{:?}",
        &doc.text[..80]
    );
    for chrome in [
        "Today's Suggestion",
        "Compact version",
        "Macedonian Question",
        "Latest News",
    ] {
        assert!(!doc.text.contains(chrome), "{chrome}");
    }
    assert_eq!(
        doc.title,
        "1998 International Narcotics Control Strategy Report: Belgium"
    );
    assert_eq!(
        doc.sections
            .iter()
            .map(|s| s.title.as_str())
            .collect::<Vec<_>>(),
        vec!["I. Summary"]
    );
}
