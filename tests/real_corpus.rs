//! Every page of `../shared/corpus/real/` read as a reader expects: it loads, in its script,
//! and — for the pages pinned here — with its title, its outline, its article whole and its
//! chrome gone, and the figures a reader would quote.

mod common;

use common::{corpus, read};
use dossier::Document;

/// The text of a document's removed chrome, for asserting what went out.
fn removed_text(doc: &Document) -> String {
    doc.removed
        .iter()
        .map(|r| r.text.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

fn section_titles(doc: &Document) -> Vec<&str> {
    doc.sections.iter().map(|s| s.title.as_str()).collect()
}

#[track_caller]
fn assert_sections(doc: &Document, expected: &[&str]) {
    let titles = section_titles(doc);
    for title in expected {
        assert!(
            titles.contains(title),
            "{}: no section {title:?} in {titles:?}",
            doc.path
        );
    }
}

#[track_caller]
fn assert_in_text(doc: &Document, sentences: &[&str]) {
    for sentence in sentences {
        assert!(
            doc.text.contains(sentence),
            "{}: the body lacks {sentence:?}",
            doc.path
        );
    }
}

/// Chrome strings: gone from the body, kept among what was removed.
#[track_caller]
fn assert_chrome_removed(doc: &Document, chrome: &[&str]) {
    let removed = removed_text(doc);
    for line in chrome {
        assert!(
            !doc.text.contains(line),
            "{}: chrome {line:?} is in the body",
            doc.path
        );
        assert!(
            removed.contains(line),
            "{}: chrome {line:?} is not among the removed",
            doc.path
        );
    }
}

/// A statistic with this exact text, value and unit.
#[track_caller]
fn assert_statistic(doc: &Document, text: &str, value: f64, unit: &str) {
    let Some(stat) = doc.statistics.iter().find(|s| s.text(&doc.text) == text) else {
        panic!("{}: no statistic {text:?}", doc.path);
    };
    assert!(
        (stat.value - value).abs() <= 1e-9 * value.abs().max(1.0),
        "{}: {text:?} has value {}, not {value}",
        doc.path,
        stat.value
    );
    assert_eq!(stat.unit, unit, "{}: the unit of {text:?}", doc.path);
}

// ---------------------------------------------------------------------------------------
// (a) Every file loads.

#[test]
fn every_real_file_loads_with_text_and_without_panicking() {
    let dir = corpus("real");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .flatten()
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name != "MANIFEST.tsv")
        .collect();
    names.sort();
    assert_eq!(names.len(), 42, "the corpus has 42 documents");
    for name in names {
        let doc = read(&format!("real/{name}"));
        assert!(!doc.text.trim().is_empty(), "{name}: empty body");
        for section in &doc.sections {
            assert!(
                section.span.end <= doc.text.len(),
                "{name}: section past the end"
            );
        }
    }
}

// ---------------------------------------------------------------------------------------
// (b) Each encoding reads in its script.

#[test]
fn the_greek_iso_8859_7_feeds_read_in_greek() {
    let economy = read("real/naftemporiki-economy-rss-2006-iso88597.xml");
    assert_eq!(economy.encoding, "iso-8859-7");
    assert_in_text(&economy, &["Ανακατατάξεις στις μεταφορές"]);
    let markets = read("real/naftemporiki-markets-rss-2006-iso88597.xml");
    assert_in_text(&markets, &["Ισοτιμίες νομισμάτων - Ευρώ"]);
    // Capitals title-cased a word at a time keep the final sigma.
    assert_eq!(markets.title, "Η Ναυτεμπορικη : Αγορες");
}

#[test]
fn the_gb2312_pages_read_in_chinese() {
    let xinhua = read("real/wayback-2012-he-xinhuanet-gb2312.html");
    assert_eq!(xinhua.encoding, "gbk");
    assert_eq!(xinhua.title, "话剧《约定无期限》河北各市巡演结束");
    assert_in_text(&xinhua, &["一个约定，信守15年，感人至深"]);
    let qq = read("real/qq-tencent-deepmind-gb2312.html");
    assert_in_text(
        &qq,
        &["DeepMind表示，这款名为DNC（可微神经计算机）的AI模型"],
    );
}

#[test]
fn the_cp1250_page_keeps_its_polish_diacritics() {
    let doc = read("real/rp-pl-eu-funds-sejm-vote-cp1250.html");
    assert_eq!(doc.encoding, "windows-1250");
    assert_eq!(
        doc.title,
        "Unijne fundusze coraz bliżej. Sejm zagłosował \"za\""
    );
    assert_in_text(
        &doc,
        &["Ostra debata w Sejmie przybliżyła Polskę do zatwierdzenia"],
    );
}

#[test]
fn the_cp1252_pages_read_pound_signs_and_accents() {
    let bbc = read("real/bbc606-forum-post-cp1252.html");
    assert_eq!(bbc.encoding, "windows-1252");
    assert_in_text(&bbc, &["i stand to lift £825. not bad for a £2 bet."]);
    let proplanta = read("real/proplanta-erloesobergrenze-bioenergie.html");
    assert_eq!(
        proplanta.title,
        "Bayern fordert höhere Erlösobergrenzen für Bioenergie"
    );
    let wayback = read("real/wayback-2007-alternatives-economiques-35heures.html");
    assert_eq!(wayback.title, "Les Français travaillent-ils trop peu ?");
    assert_in_text(&wayback, &["1\u{A0}456\u{A0}heures annuelles"]);
}

#[test]
fn the_utf16_datasheet_reads_as_words() {
    let doc = read("real/steeljis-snb22-3-datasheet-utf16.html");
    assert_eq!(doc.encoding, "utf-16le");
    assert_in_text(&doc, &["Minimum yield strength", "Tensile strength"]);
}

// ---------------------------------------------------------------------------------------
// (c) What a reader expects of particular pages.

#[test]
fn a_german_press_release_is_titled_by_its_h1_and_sheds_its_menus_and_newsletter_box() {
    let doc = read("real/amnesty-de-autonome-waffensysteme.html");
    assert_eq!(
        doc.title,
        "Global: Autonome Waffensysteme dürfen nicht über Leben und Tod entscheiden"
    );
    assert_in_text(
        &doc,
        &[
            "Amnesty International und die globale Kampagne \"Stop Killer Robots\"",
            "Stop Killer Robots ist ein globaler Zusammenschluss von mehr als 180",
        ],
    );
    assert_chrome_removed(
        &doc,
        &[
            "Open main navigation",
            "Abonniere den Amnesty-Newsletter und mach dich für die Menschenrechte stark!",
            "IBAN: DE23 3702 0500 0008 0901 00",
        ],
    );
    assert_statistic(&doc, "180", 180.0, "");
}

#[test]
fn the_bundesrat_page_takes_its_og_title_over_the_kicker_and_its_stand_date() {
    let doc = read("real/bundesrat-de-textarchiv-erinnerung.html");
    assert_eq!(doc.title, "Erinnerung an die Opfer der NS-Verbrechen");
    assert_eq!(doc.date, "2022-01-27");
    // Soft hyphens never reach the body.
    assert!(!doc.text.contains('\u{AD}'));
    assert_sections(
        &doc,
        &[
            "Lichtinstallation am Bundesratsgebäude",
            "Seit 1996 offizieller Gedenktag",
        ],
    );
    // A gallery heading whose pictures all went with the chrome goes too.
    assert!(!section_titles(&doc).contains(&"Bildergalerie"));
    assert_in_text(
        &doc,
        &["77 Jahre nach der Befreiung des Konzentrationslagers Auschwitz"],
    );
    assert_chrome_removed(
        &doc,
        &["Haupt-Navigations-Menü", "Ist dieser Beitrag hilfreich?"],
    );
}

#[test]
fn a_polish_news_page_keeps_its_article_and_its_subheads_and_drops_the_latest_news() {
    let doc = read("real/eurostat-poland-unemployment-news.html");
    assert_eq!(doc.title, "Polska z najniższym bezrobociem w całej UE");
    assert_eq!(doc.date, "2021-04-30");
    assert_sections(
        &doc,
        &[
            "Ile osób w Polsce nie ma pracy?",
            "Eurostat i GUS liczą inaczej",
            "Bezrobocie w eurostrefie",
        ],
    );
    // The page binds its one-letter prepositions with no-break spaces; they are kept.
    assert_in_text(
        &doc,
        &["Stopa bezrobocia w\u{A0}Polsce wyniosła 3,1 proc. w\u{A0}marcu"],
    );
    assert_chrome_removed(&doc, &["Obserwuj nas na Google News", "Czytaj także"]);
    assert_statistic(&doc, "3,1 proc", 3.1, "%");
    assert_statistic(&doc, "8,1 proc", 8.1, "%");
}

#[test]
fn an_analysis_page_is_titled_by_its_h1_not_its_date_line() {
    let doc = read("real/osw-waw-pl-analiza-rosyjskie-zamachy-czechy.html");
    assert_eq!(
        doc.title,
        "Rosyjskie zamachy w Czechach – kontekst krajowy, implikacje, perspektywy"
    );
    assert_eq!(doc.date, "2021-04-20");
    assert_statistic(&doc, "16%", 16.0, "%");
    assert_statistic(&doc, "45%", 45.0, "%");
}

#[test]
fn the_jis_article_is_whole_and_the_sidebar_money_stays_chrome() {
    let doc = read("real/jis-gov-jm-investment-aice2022.html");
    assert_eq!(
        doc.title,
        "Wide Range Of Investment Opportunities At AICE 2022"
    );
    assert_in_text(
        &doc,
        &[
            "Participants can expect a range of activities and business industry topics",
            "Registration for AICE 2022 is now open and can be completed at www.aice2022.com.",
        ],
    );
    // The only dollar figures of the page are in its related-links sidebar.
    assert_chrome_removed(
        &doc,
        &["Spanish Foundation Of Jamaica Provides Scholarships Worth $4.5 Million"],
    );
    assert!(
        doc.statistics.iter().all(|s| s.unit != "USD"),
        "no money in the article"
    );
    assert_statistic(&doc, "approximately 1,500", 1500.0, "");
    assert_statistic(&doc, "140", 140.0, "");
}

#[test]
fn a_newspaper_article_loses_its_advertisement_labels_and_share_buttons() {
    let doc = read("real/stkittsnevisobserver-bvi-premier-drug-charges.html");
    assert_eq!(
        doc.title,
        "BVI Premier Fahie Arrested in USA On Drug Related Charges"
    );
    assert_eq!(doc.date, "2022-04-28");
    assert_in_text(
        &doc,
        &[
            "BVI Premier Andrew Fahie has been detained in the United States on drug-related charges",
            "I will provide a further update in due course.",
        ],
    );
    assert!(!doc.text.contains("- Advertisement -"));
    assert_chrome_removed(
        &doc,
        &["WhatsApp", "Copyrighted Image. Copying not allowed."],
    );
}

#[test]
fn a_blog_post_gets_its_heading_back_from_between_menu_and_share_bar() {
    let doc = read("real/investmentwatch-ukraine-money-laundering.html");
    assert_eq!(
        doc.title,
        "Biggest money laundering scheme in history uncovered in Ukraine"
    );
    assert_eq!(doc.date, "2019-10-19");
    assert!(
        doc.text
            .starts_with("Biggest money laundering scheme in history uncovered in Ukraine")
    );
    assert_chrome_removed(&doc, &["Subscribe to our mailing list!", "Recent Posts"]);
    assert_statistic(&doc, "$5.5B", 5.5e9, "USD");
    assert_statistic(&doc, "13.8 percent", 13.8, "%");
}

#[test]
fn wikipedia_keeps_its_linked_lead_and_its_h2_outline() {
    let doc = read("real/wikipedia-new-zealand.html");
    assert_eq!(doc.title, "New Zealand");
    assert_in_text(
        &doc,
        &["is a sovereign island country in the southwestern Pacific Ocean"],
    );
    assert_sections(
        &doc,
        &["History", "Government and politics", "Geography", "Economy"],
    );
    assert_statistic(&doc, "over 600", 600.0, "");
    assert_statistic(&doc, "around 40%", 40.0, "%");
}

#[test]
fn a_factbook_profile_is_named_by_its_front_matter_and_dated_by_it() {
    let doc = read("real/factbook-kazakhstan-2020-profile.html");
    assert_eq!(doc.title, "Kazakhstan");
    assert_eq!(doc.date, "2020-12-17");
    assert_sections(
        &doc,
        &[
            "Introduction",
            "Geography",
            "People and Society",
            "Illicit drugs",
        ],
    );
    assert_statistic(&doc, "2,724,900 sq km", 2_724_900.0, "km2");
    assert_statistic(&doc, "77.4%", 77.4, "%");
}

#[test]
fn a_factbook_name_the_body_writes_longer_wins_over_the_front_matter() {
    // The front matter still says "Macedonia"; the country's first sentence does not.
    let doc = read("real/factbook-north-macedonia-2020-profile.html");
    assert_eq!(doc.title, "North Macedonia");
}

#[test]
fn factbook_heads_lose_their_country_suffix_which_names_the_page() {
    let doc = read("real/factbook-austria-2015-ciagov-full.html");
    assert_eq!(doc.title, "The World Factbook: Austria");
    assert_eq!(doc.subject, "Austria");
    assert_eq!(doc.date, "2015-09-24");
    assert_sections(&doc, &["Geography", "Economy"]);
    assert!(section_titles(&doc).iter().all(|t| !t.contains("::")));
    assert_chrome_removed(&doc, &["Central Intelligence Agency"]);
    let belgium = read("real/factbook-belgium-2016-chromeless.html");
    assert_eq!(
        (belgium.title.as_str(), belgium.date.as_str()),
        ("Belgium", "2016-11-03")
    );
}

#[test]
fn a_polish_article_with_a_comment_section_keeps_only_the_article() {
    let doc = read("real/forsal-hourly-labour-cost-by-country.html");
    assert_eq!(
        doc.title,
        "Ile jest warta godzina pracy? W tych krajach praca popłaca"
    );
    assert_eq!(doc.date, "2021-04-28");
    assert_in_text(
        &doc,
        &["Portal Statista powołuje się na dane zebrane przez OECD na rok 2019."],
    );
    assert_chrome_removed(&doc, &["Zapisz się na newsletter", "A gdzie Chiny?"]);
    assert!(
        doc.sections.is_empty(),
        "no menu labels as sections: {:?}",
        section_titles(&doc)
    );
}

#[test]
fn a_chinese_title_with_an_acronym_keeps_its_capitals() {
    assert_eq!(
        dossier::structure::tidy_case("浏览QQ空间提速 5 倍"),
        "浏览QQ空间提速 5 倍"
    );
    assert_eq!(
        dossier::structure::tidy_case("PUBLIC MEETING"),
        "Public Meeting"
    );
    let doc = read("real/qq-tencent-deepmind-gb2312.html");
    assert_eq!(
        doc.title,
        "DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶"
    );
}

#[test]
fn a_court_transcript_is_reflowed_without_its_line_and_page_numbers() {
    let doc = read("real/gulf-war-illnesses-committee-1995-08-14.txt");
    assert_eq!(
        doc.title,
        "Presidential Advisory Committee on Gulf War Veterans' Illnesses: Public Meeting"
    );
    assert_eq!(doc.date, "1995-08-14");
    assert_in_text(
        &doc,
        &[
            "CHAIR LASHOF: Push the button on your mikes.",
            "Our charge is to review all of the activities that are ongoing to get to the bottom of the problem,",
        ],
    );
    assert!(
        !doc.text.contains("\n\n5\n\n"),
        "a page number stands in the body"
    );
    assert_statistic(&doc, "approximately $15 million", 15e6, "USD");
    assert_statistic(&doc, "some 23,000", 23000.0, "");
}

#[test]
fn the_census_page_header_is_chrome_and_its_dot_leader_tables_stay_laid_out() {
    let doc = read("real/us-census-1990-state-profiles-part1.txt");
    assert_eq!(doc.title, "The 1990 United States Census");
    assert!(!doc.text.contains("1990 Census of Population and Housing"));
    assert!(removed_text(&doc).contains("1990 Census of Population and Housing Page 1"));
    assert_sections(&doc, &["Alabama", "SEX", "AGE", "HOUSEHOLDS BY TYPE"]);
    let table = doc
        .blocks
        .iter()
        .find(|b| doc.slice(b.span).contains("Under 5 years"))
        .unwrap_or_else(|| panic!("no age table"));
    assert_eq!(table.kind, dossier::BlockKind::Preformatted);
    // One row a line, as laid out: not reflowed into a paragraph.
    assert!(
        doc.slice(table.span)
            .contains("    283,295\n   5 to 17 years.....")
    );
}

#[test]
fn usenet_headers_and_gutenberg_licence_are_chrome() {
    let usenet = read("real/bja-asset-forfeiture-narcotics-proceeds-1988-usenet.txt");
    assert_eq!(
        usenet.title,
        "Civil Forfeiture: Tracing the Proceeds of Narcotics Trafficing"
    );
    assert_chrome_removed(&usenet, &["Organization: Apple Computer Inc."]);
    let gutenberg = read("real/factbook-1990-gutenberg14.txt");
    assert_eq!(gutenberg.title, "The 1990 CIA World Factbook");
    assert_eq!(
        gutenberg.issuer,
        ["United States. Central Intelligence Agency"]
    );
    assert_chrome_removed(
        &gutenberg,
        &["This eBook is for the use of anyone anywhere at no cost"],
    );
    assert!(!gutenberg.text.contains("PROJECT GUTENBERG LICENSE"));
}

#[test]
fn the_sec_10k_outline_has_its_parts_and_items() {
    let doc = read("real/sec-10k-galaxy-gaming-2021-inline-xbrl.html");
    assert_sections(
        &doc,
        &[
            "PART I",
            "ITEM 1. BUSINESS",
            "ITEM 1A. RISK FACTORS",
            "PART II",
        ],
    );
}

#[test]
fn the_sec_10k_page_numbers_are_no_figures_but_its_amounts_laid_one_a_line_are() {
    let doc = read("real/sec-10k-galaxy-gaming-2021-inline-xbrl.html");
    // "38" between two paragraphs of the governance section: the page's number.
    assert!(doc.text.contains("new Board members.\n\n38\n\nOur goal"));
    let lone_page_numbers: Vec<&str> = doc
        .statistics
        .iter()
        .filter(|s| {
            s.text(&doc.text).len() <= 3
                && doc.text[..s.span.start].ends_with("\n\n")
                && doc.text[s.span.end..].starts_with("\n\n")
        })
        .map(|s| s.text(&doc.text))
        .collect();
    assert_eq!(lone_page_numbers, Vec::<&str>::new());
    assert_statistic(&doc, "16,058,714", 16_058_714.0, "");
}

#[test]
fn a_data_sheet_field_that_says_a_phrase_twice_is_kept_whole() {
    // Vietnam's merchant marine: "(1,000 GRT or over) totaling" twice in one field, wrapped so
    // that "(POL) tanker" starts a line. It was split at "(POL)" as at a list item, and then,
    // rejoined, dropped as a strip of repeated links.
    let doc = read("real/factbook-1990-gutenberg14.txt");
    assert_in_text(
        &doc,
        &[
            "8 petroleum, oils, and lubricants (POL) tanker, 1 bulk; note--Vietnam owns 10 cargo \
           ships (1,000 GRT or over) totaling 111,028 DWT under the registry of Panama and Malta",
        ],
    );
    assert_statistic(&doc, "290,123", 290_123.0, "");
    assert_statistic(&doc, "111,028", 111_028.0, "");
}

#[test]
fn an_abbreviation_wrapped_to_the_start_of_a_line_stays_in_its_paragraph() {
    let doc = read("real/ontario-refugees-safe-haven-report.txt");
    assert_in_text(
        &doc,
        &[
            "The application form will ask for your Social Insurance Number (SIN). You must have \
           a SIN before you can apply.",
        ],
    );
    assert!(
        doc.acronyms
            .iter()
            .any(|a| a.short == "SIN" && a.long == "Social Insurance Number"),
        "{:?}",
        doc.acronyms
    );
}
