//! The labelled development chapters (`../shared/corpus/incsr-dev/`): other countries, other
//! years, hard-wrapped copies and other chrome. Every label is matched and nothing else is
//! reported, document by document.

mod common;

use common::{corpus, date_labels, date_mismatches, read, stat_labels, statistic_mismatches};

fn chapters() -> Vec<String> {
    common::dev_chapters()
        .iter()
        .filter_map(|p| p.file_stem()?.to_str().map(str::to_owned))
        .collect()
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

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Every chapter, saved as `name` from `html`, gives the labelled figures and dates and the
/// outline of its text copy.
fn reads_like_its_text_copy(kind: &str, html: impl Fn(&str) -> String) {
    reads_like_its_text_copy_as(kind, "chapter.html", html);
}

fn reads_like_its_text_copy_as(kind: &str, file_name: &str, saved: impl Fn(&str) -> String) {
    let mut problems = Vec::new();
    for name in chapters() {
        let text = std::fs::read_to_string(corpus(&format!("incsr-dev/{name}.txt"))).expect("text");
        let page = saved(&text);
        let doc =
            dossier::read_bytes(std::path::Path::new(file_name), page.as_bytes()).expect("loads");
        let copy = read(&format!("incsr-dev/{name}.txt"));
        let stats = stat_labels(&format!("incsr-dev/{name}.statistics.tsv"));
        let dates = date_labels(&format!("incsr-dev/{name}.dates.tsv"));
        problems.extend(
            statistic_mismatches(&doc, &stats)
                .into_iter()
                .map(|p| format!("{kind} {name}: {p}")),
        );
        problems.extend(
            date_mismatches(&doc, &dates)
                .into_iter()
                .map(|p| format!("{kind} {name}: {p}")),
        );
        let outline = |d: &dossier::Document| {
            d.sections
                .iter()
                .map(|s| s.title.clone())
                .collect::<Vec<_>>()
        };
        if outline(&doc) != outline(&copy) {
            problems.push(format!(
                "{kind} {name}: outline {:?} != {:?}",
                outline(&doc),
                outline(&copy)
            ));
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn chapters_published_whole_in_a_pre_element_read_like_their_text_copies() {
    reads_like_its_text_copy("<pre>", |text| {
        format!(
            "<html><head><title>INCSR</title></head><body><pre>{}</pre>\
             <p><a href=\"/\">Back to the archive</a></p></body></html>",
            escape(text)
        )
    });
}

#[test]
fn chapters_with_a_br_at_the_end_of_every_line_read_like_their_text_copies() {
    reads_like_its_text_copy("<br>", |text| {
        // The report alone, as a converter that ends each line with `<br>` would publish it:
        // from the line of its issuer or its title, whichever comes first.
        let lower = text.to_lowercase();
        let start = [
            "u.s. department of state",
            "international narcotics control strategy",
        ]
        .iter()
        .filter_map(|head| lower.find(head))
        .min()
        .map_or(0, |at| lower[..at].rfind('\n').map_or(0, |line| line + 1));
        let lines: Vec<String> = text[start..].lines().map(escape).collect();
        format!(
            "<html><body><div class=\"nav\"><a href=\"/\">Home</a> | <a href=\"/news\">News</a> | \
             <a href=\"/docs\">Documents</a></div><div id=\"report\">{}</div></body></html>",
            lines.join("<br>\n")
        )
    });
}

#[test]
fn a_menu_whose_no_break_spaces_became_spaces_is_still_removed_with_its_last_item() {
    for name in ["armenia-1997", "belgium-1998", "hungary-1996"] {
        let page = std::fs::read_to_string(corpus(&format!("incsr-dev/{name}.txt")))
            .expect("page")
            .replace('\u{a0}', " ");
        let doc = dossier::read_bytes(std::path::Path::new("copied.txt"), page.as_bytes())
            .expect("loads");
        for chrome in ["F.A.Q.", "Greek Fonts", "Latest News"] {
            assert!(
                !doc.text.contains(chrome),
                "{name}: {chrome:?} left in the body"
            );
        }
        assert_eq!(
            doc.sections.first().map(|s| s.title.as_str()),
            Some("I. Summary"),
            "{name}"
        );
    }
}

#[test]
fn chapters_saved_under_the_wayback_machines_toolbar_read_like_their_text_copies() {
    reads_like_its_text_copy_as("wayback", "chapter.txt", |text| {
        format!(
            "The Wayback Machine - http://web.archive.org/web/19970415120000/http://www.hri.org/docs/c.html\n\
             87 captures\n15 Apr 1997 - 02 Mar 2022\nApr MAY Jun\n15\n1996 1997 1998\n\
             success\nfail\nAbout this capture\nCOLLECTED BY\nOrganization: Alexa Crawls\n\
             Starting in 1996, Alexa Internet has been donating their crawl data to the Internet \
             Archive. Flowing in every day, these data are added to the Wayback Machine after an \
             embargo period.\nCollection: Alexa Crawls DE\nTIMESTAMPS\nloading\n\n{text}"
        )
    });
}

#[test]
fn chapters_inside_another_sites_header_and_footer_read_like_their_text_copies() {
    reads_like_its_text_copy_as("modern site", "chapter.txt", |text| {
        format!(
            "Skip to main content\nEnglish | Français | Español\nHome | About | Collections | Contact\n\
             Search\nHome > Documents > Narcotics > Country Reports\nPrint this page\n\
             Share: Facebook Twitter Email\n\n{text}\n\nRelated documents\n1995 Country Reports\n\
             1997 Country Reports\nBack to top\nLast updated: 12 May 2019\n\
             © 2024 Example Policy Archive. All rights reserved.\n\
             Privacy Policy | Terms of Use | Accessibility | Contact us\n"
        )
    });
}

/// `fold -s -w width`: each line longer than `width` characters is cut after its last space
/// within it, as a second wrapper leaves a copy already wrapped (a long line and a short
/// piece of it, in turn).
fn fold(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    for line in text.split_inclusive('\n') {
        let mut rest = line;
        while rest.trim_end_matches(['\n', '\r']).chars().count() > width {
            let limit = rest
                .char_indices()
                .nth(width)
                .map_or(rest.len(), |(at, _)| at);
            let cut = rest[..limit].rfind(' ').map_or(limit, |space| space + 1);
            out.push_str(&rest[..cut]);
            out.push('\n');
            rest = &rest[cut..];
        }
        out.push_str(rest);
    }
    out
}

#[test]
fn chapters_wrapped_a_second_time_read_like_their_text_copies() {
    // (A copy wrapped at 75 columns, wrapped again at 72 to 60: each full line leaves a word
    // or two alone on the next, inside its sentence.)
    for width in [72, 66, 64, 60] {
        reads_like_its_text_copy_as(&format!("fold {width}"), "chapter.txt", |text| {
            fold(text, width)
        });
    }
    // The cover's lines too: "… Strategy Report, March" / "1997" is the one date line it was.
    let mut problems = Vec::new();
    for name in chapters() {
        let text = std::fs::read_to_string(corpus(&format!("incsr-dev/{name}.txt"))).expect("text");
        let copy = read(&format!("incsr-dev/{name}.txt"));
        for width in [66, 60] {
            let folded = fold(&text, width);
            let doc = dossier::read_bytes(std::path::Path::new("chapter.txt"), folded.as_bytes())
                .expect("loads");
            // (The title may name the country alone where the copy names its region too:
            // "Transcaucasus - Georgia".)
            let head = |d: &dossier::Document| (d.subject.clone(), d.date.clone());
            let title_names_it = doc.title.ends_with(&doc.subject)
                && doc.title.split(": ").next() == copy.title.split(": ").next();
            if head(&doc) != head(&copy) || !title_names_it {
                problems.push(format!(
                    "fold {width} {name}: {:?} != {:?}",
                    doc.title, copy.title
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}
