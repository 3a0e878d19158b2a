//! Chapters of the same report family in the forms other mirrors and other years give them:
//! the State Department's own archive (its banners, its disclaimer, a page of several
//! countries), the 1999 report's title block, a report set in `<pre>`. Each is read as the
//! HR-Net copy is: title, subject, issuer, date, outline, no chrome.

mod common;

use dossier::Document;
use dossier::document::BlockKind;

fn read(name: &str, text: &str) -> Document {
    dossier::read_bytes(std::path::Path::new(name), text.as_bytes()).expect("reads")
}

/// Each figure as written.
fn figure_texts(doc: &Document) -> Vec<&str> {
    doc.statistics.iter().map(|s| s.text(&doc.text)).collect()
}

/// Each figure as written, with what it measures.
fn figures_and_measures(doc: &Document) -> Vec<(&str, &str)> {
    doc.statistics
        .iter()
        .map(|s| (s.text(&doc.text), s.measures.as_str()))
        .collect()
}

/// Each figure as written, with its unit and what it measures.
fn figures_units_and_measures(doc: &Document) -> Vec<(&str, &str, &str)> {
    doc.statistics
        .iter()
        .map(|s| (s.text(&doc.text), s.unit.as_ref(), s.measures.as_str()))
        .collect()
}

/// Each figure as written, with its value and unit.
fn figures_values_and_units(doc: &Document) -> Vec<(&str, f64, &str)> {
    doc.statistics
        .iter()
        .map(|s| (s.text(&doc.text), s.value, s.unit.as_ref()))
        .collect()
}

/// Each section's title and level, in order.
fn outline(doc: &Document) -> Vec<(&str, u8)> {
    doc.sections
        .iter()
        .map(|s| (s.title.as_str(), s.level))
        .collect()
}

/// A page of the State Department's 1997–2001 archive, as a browser saves it as text.
const STATE_ARCHIVE_PAGE: &str = "\
U.S. Department of State
Other State Department Archive SitesU.S. Department of State
U.S. Department of State
U.S. Department of State
U.S. Department of State
U.S. Department of State
The State Department web site below is a permanent electronic archive of information released \
online from January 1, 1997 to January 20, 2001. Please see www.state.gov for current material \
from the Department of State. Or visit http://2001-2009.state.gov for information from that \
period. Archive sites are not updated, so external links may no longer function. Contact us \
with any questions about finding information. NOTE: External links to other Internet sites \
should not be construed as an endorsement of the views contained therein.
U.S. Department of State

Great Seal logo

International Narcotics Control Strategy Report, 1997
Released by the Bureau for International Narcotics and Law Enforcement Affairs, U.S. Department of State
Washington, DC, March 1998

flagbar rule

CONTINUATION OF EUROPE AND CENTRAL ASIA

SWEDEN

I. Summary

Sweden is not a principal illicit drug production or trafficking country. In 1997, Sweden \
increased its cooperation with the EU and with the Baltic nations to combat drug trafficking.

II. Status of Country

Sweden adheres to a very restrictive policy towards illicit drugs. Police seized 120 kilograms \
of amphetamine in 1997.

SWITZERLAND

I. Summary

Switzerland is a transit country. Police seized 300 kilograms of heroin in 1997.

II. Status of Country

Switzerland has about 30,000 heroin addicts.
";

#[test]
fn the_state_archive_page_loses_its_banners_and_disclaimer_and_keeps_the_report() {
    let doc = read("europ97_part4.txt", STATE_ARCHIVE_PAGE);
    assert!(
        doc.text.starts_with(
            "U.S. Department of State\n\nInternational Narcotics Control Strategy Report, 1997\n\n"
        ),
        "{:?}",
        &doc.text[..120]
    );
    for chrome in [
        "Archive Sites",
        "external links",
        "Great Seal logo",
        "flagbar rule",
    ] {
        assert!(!doc.text.contains(chrome), "{chrome:?} left in the body");
    }
    // The disclaimer's dates are the archive's, not the report's.
    assert!(
        doc.dates.iter().all(|d| !d.value.starts_with("2001")),
        "{:?}",
        doc.dates
    );
}

#[test]
fn the_state_archive_title_block_names_title_subject_issuers_and_date() {
    let doc = read("europ97_part4.txt", STATE_ARCHIVE_PAGE);
    assert_eq!(
        doc.title,
        "International Narcotics Control Strategy Report, 1997: Sweden"
    );
    assert_eq!(doc.subject, "Sweden");
    assert_eq!(
        doc.issuer,
        [
            "U.S. Department of State",
            "Bureau for International Narcotics and Law Enforcement Affairs"
        ]
    );
    assert_eq!(doc.date, "1998-03");
}

#[test]
fn the_state_archive_page_hard_wrapped_reads_as_it_does_unwrapped() {
    // Every line wrapped at 72 columns with no blank lines added: the disclaimer, the title
    // line and the issuer's line run on over the next lines as a mail copy would have them.
    let wrapped: String = STATE_ARCHIVE_PAGE
        .lines()
        .flat_map(|line| {
            let lines = common::wrap(line, 72);
            if lines.is_empty() {
                vec![String::new()]
            } else {
                lines
            }
        })
        .map(|line| line + "\n")
        .collect();
    assert!(wrapped.contains("and Law Enforcement\nAffairs, U.S. Department of State\n"));
    let doc = read("europ97_part4.txt", &wrapped);
    let plain = read("europ97_part4.txt", STATE_ARCHIVE_PAGE);
    assert_eq!(
        doc.title,
        "International Narcotics Control Strategy Report, 1997: Sweden"
    );
    assert_eq!(doc.subject, "Sweden");
    assert_eq!(doc.issuer, plain.issuer);
    assert_eq!(doc.date, "1998-03");
    assert_eq!(outline(&doc), outline(&plain));
    assert!(!doc.text.contains("external links"));
}

#[test]
fn a_page_of_several_countries_puts_each_countrys_sections_under_its_name() {
    let doc = read("europ97_part4.txt", STATE_ARCHIVE_PAGE);
    let outline: Vec<(u8, &str)> = doc
        .sections
        .iter()
        .map(|s| (s.level, s.title.as_str()))
        .collect();
    assert_eq!(
        outline,
        [
            (2, "I. Summary"),
            (2, "II. Status of Country"),
            (1, "SWITZERLAND"),
            (2, "I. Summary"),
            (2, "II. Status of Country"),
        ]
    );
    assert_eq!(
        figures_and_measures(&doc),
        [
            ("120 kilograms", "amphetamine"),
            ("300 kilograms", "heroin"),
            ("about 30,000", "heroin addicts")
        ]
    );
}

#[test]
fn the_1999_title_block_gives_the_country_in_title_case_and_the_dateline() {
    let doc = read(
        "uzbekistan.txt",
        "International Narcotics Control Strategy Report, 1999\n\
         Released by the Bureau for International Narcotics and Law Enforcement Affairs\n\
         U.S. Department of State\n\
         Washington, DC, March 2000\n\n\
         Europe and Central Asia\n\n\
         Uzbekistan\n\n\
         I. Summary\n\n\
         Uzbekistan is a transit country for Afghan opiates. In 1999, law enforcement agencies \
         seized 3.6 metric tons of drugs, including 1.9 metric tons of opium.\n",
    );
    assert_eq!(
        doc.title,
        "International Narcotics Control Strategy Report, 1999: Uzbekistan"
    );
    assert_eq!(doc.subject, "Uzbekistan");
    assert_eq!(doc.date, "2000-03");
    assert_eq!(
        doc.issuer,
        [
            "Bureau for International Narcotics and Law Enforcement Affairs",
            "U.S. Department of State"
        ]
    );
}

#[test]
fn a_subtitle_in_title_case_under_a_title_that_is_no_report_is_no_subject() {
    let doc = read(
        "growth.txt",
        "Technology for America's Economic Growth:\n\nA New Direction\n\n\
         I. Introduction\n\nAmerica's economic strength depends on technology, and the \
         administration will invest $17 billion in it over four years.\n",
    );
    assert_eq!(doc.subject, "");
}

/// The 1995 report as the DOSFAN electronic research collection mirrors it: a links line, the
/// report's cover lines, the region's table of contents with page numbers, then the chapter.
const DOSFAN_PAGE: &str = "\
Return to: Index of \"International Narcotics Control Strategy Reports\"
Index of \"Treaties and Legal Information\" || Electronic Research Collections Index || ERC Homepage


U.S. DEPARTMENT OF STATE
INTERNATIONAL NARCOTICS CONTROL STRATEGY REPORT
MARCH 1995
BUREAU FOR INTERNATIONAL NARCOTICS AND LAW ENFORCEMENT AFFAIRS

SOUTHWEST ASIA                       203
Afghanistan                                  205
Bangladesh                                 210
India                                                 212
Pakistan                       225
Sri Lanka                               235

AFGHANISTAN

 I.  Summary

USG estimates indicate that opium poppy cultivation increased in Afghanistan for the fifth \
consecutive year to an estimated 29,180 ha, second to Burma in poppy cultivation.  Production \
levels showed a 39-percent increase from 685 mt of opium in 1993 to an estimated 950 mt in \
1994.

 II.  Status of Country

Afghanistan is a party to the 1988 UN Convention.
";

#[test]
fn the_dosfan_page_loses_its_links_and_contents_and_keeps_its_cover_lines() {
    let doc = read("06.html.txt", DOSFAN_PAGE);
    assert!(
        doc.text
            .starts_with("U.S. DEPARTMENT OF STATE\n\nINTERNATIONAL NARCOTICS"),
        "{:?}",
        &doc.text[..80]
    );
    for chrome in ["Return to", "ERC Homepage", "Bangladesh", "235"] {
        assert!(!doc.text.contains(chrome), "{chrome:?} left in the body");
    }
    // The month on a line of its own joins the report's name, as the HR-Net copies set it.
    assert_eq!(
        doc.title,
        "International Narcotics Control Strategy Report, March 1995: Afghanistan"
    );
    assert_eq!(doc.subject, "Afghanistan");
    assert_eq!(doc.date, "1995-03");
}

#[test]
fn the_dosfan_chapter_gives_its_figures_and_not_its_page_numbers() {
    let doc = read("06.html.txt", DOSFAN_PAGE);
    assert_eq!(
        figures_and_measures(&doc),
        [
            ("an estimated 29,180 ha", "opium poppy cultivation"),
            ("39-percent", "Production levels"),
            ("685 mt", "opium"),
            ("an estimated 950 mt", "opium"),
        ]
    );
}

#[test]
fn a_background_note_keeps_its_data_fields_out_of_the_title_its_signs_and_no_conversions() {
    let doc = read(
        "background-note.txt",
        "U.S. DEPARTMENT OF STATE\nBACKGROUND NOTES: KAZAKSTAN, MAY 1996\n\n\
         Official Name: Republic of Kazakstan\n\nPROFILE\n\nGeography\n\
         Area: 2.7 million sq. km. (1.05 million sq. mi.); about four times the size of Texas.\n\
         Cities: Capital--Almaty (pop. 1.2 million).\n\n\
         Economy\nGDP (1995): $18 billion.\nAnnual growth rate: -9%.\n",
    );
    assert_eq!(doc.subject, "Kazakstan");
    assert_eq!(doc.date, "1996-05");
    let figures: Vec<(&str, f64, &str)> = doc
        .statistics
        .iter()
        .map(|s| (s.measures.as_str(), s.value, s.unit.as_ref()))
        .filter(|(measures, _, _)| ["Area", "GDP (1995)", "Annual growth rate"].contains(measures))
        .collect();
    assert_eq!(
        figures,
        [
            ("Area", 2_700_000.0, "km2"),
            // "about four times the size of Texas"; the area in square miles repeats it.
            ("Area", 4.0, "x"),
            ("GDP (1995)", 18e9, "USD"),
            ("Annual growth rate", -9.0, "%"),
        ]
    );
}

#[test]
fn the_state_archive_html_page_sets_its_cover_as_headings_and_reads_the_same() {
    let html = r#"<html><head><title>Sweden</title></head><body>
<table width="100%"><tr><td><img src="seal.gif" alt="U.S. Department of State"></td>
<td><a href="/archive">Other State Department Archive Sites</a></td></tr></table>
<p>The State Department web site below is a permanent electronic archive of information
released online from January 1, 1997 to January 20, 2001. Archive sites are not updated, so
external links may no longer function. Contact us with any questions about finding
information. NOTE: External links to other Internet sites should not be construed as an
endorsement of the views contained therein.</p>
<hr><center><img src="seal2.gif" alt="Great Seal logo"></center>
<h2>International Narcotics Control Strategy Report, 1997</h2>
<p>Released by the Bureau for International Narcotics and Law Enforcement Affairs, U.S.
Department of State<br>Washington, DC, March 1998</p>
<img src="flagbar.gif" alt="flagbar rule">
<h3>CONTINUATION OF EUROPE AND CENTRAL ASIA</h3>
<h3>SWEDEN</h3>
<h4>I. Summary</h4>
<p>Sweden is not a principal illicit drug production or trafficking country.</p>
<h4>II. Status of Country</h4>
<p>Sweden adheres to a very restrictive policy towards illicit drugs. Police seized 120
kilograms of amphetamine in 1997.</p>
<hr><p><a href="/">Return to State Department Home</a> | <a href="/privacy">Privacy Notice</a></p>
</body></html>"#;
    let doc = read("sweden.html", html);
    assert_eq!(
        doc.title,
        "International Narcotics Control Strategy Report, 1997: Sweden"
    );
    assert_eq!(doc.subject, "Sweden");
    assert_eq!(doc.date, "1998-03");
    let outline: Vec<&str> = doc.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(outline, ["I. Summary", "II. Status of Country"]);
    assert!(!doc.text.contains("external links"));
    // The report's own date is its cover's, not a date in its text.
    assert!(
        doc.dates.iter().all(|d| d.value != "1998-03"),
        "{:?}",
        doc.dates
    );
}

/// What a reader checks first: the title block's reading, and the figures with what they
/// measure.
fn reading(doc: &Document) -> (String, String, String, Vec<(String, String)>) {
    let figures = figures_and_measures(doc)
        .into_iter()
        .map(|(text, measures)| (text.to_owned(), measures.to_owned()))
        .collect();
    (
        doc.title.clone(),
        doc.subject.clone(),
        doc.date.clone(),
        figures,
    )
}

/// Reads `page`, a chapter in other chrome, as the file `name`, and checks that it reads as
/// the chapter's text copy at `chapter` does and that none of `chrome` reached its body.
fn reads_as_its_text_copy(
    chapter: &std::path::Path,
    name: &str,
    page: &str,
    chrome: &[&str],
) -> Document {
    let plain = dossier::read_file(chapter).expect("reads");
    let doc = read(name, page);
    assert_eq!(reading(&doc), reading(&plain));
    for chrome in chrome {
        assert!(!doc.text.contains(chrome), "{chrome:?} in the body");
    }
    doc
}

#[test]
fn a_page_of_lines_broken_by_br_loses_its_menu_and_reads_as_the_text_copy() {
    // The HR-Net chapter as a page that sets each line of the text dump apart with `<br>`:
    // its menu's indentation is lost, and its labels are plain text, not links.
    let path = common::corpus("incsr-dev/armenia-1997.txt");
    let text = std::fs::read_to_string(&path).expect("the chapter");
    let escaped = common::escape_html(&text);
    let lines: Vec<&str> = escaped.lines().collect();
    let page = format!(
        "<html><body><div id=\"content\">{}</div><div class=\"footer\">Back to top</div></body></html>",
        lines.join("<br>\n")
    );
    let menu = ["World Press", "News Archives", "Greek Fonts", "Latest News"];
    let doc = reads_as_its_text_copy(&path, "armenia-1997.html", &page, &menu);
    assert_eq!(
        doc.title,
        "1997 International Narcotics Control Strategy Report, March 1998: Armenia"
    );
    assert!(
        doc.text.starts_with("U.S. Department of State"),
        "{}",
        &doc.text[..80]
    );
    // The title's date is the document's date, not a row.
    assert!(doc.dates.iter().all(|d| d.text(&doc.text) != "March 1998"));
}

#[test]
fn a_modern_site_around_a_chapter_loses_its_share_bar_and_breadcrumbs() {
    let path = common::corpus("incsr-dev/hungary-1995.txt");
    let chapter = std::fs::read_to_string(&path).expect("the chapter");
    let page = format!(
        "Skip to main content\n\
         English | Français | Español\n\
         Home | About | Collections | Contact\n\
         Search\n\
         Home > Documents > Narcotics > Country Reports\n\
         Share: Facebook Twitter Email\n\
         \n\
         {chapter}\n\
         \n\
         Related documents\n\
         Back to top\n\
         © 2024 Example Policy Archive. All rights reserved.\n\
         Privacy Policy | Terms of Use | Accessibility | Contact us\n"
    );
    let chrome = ["Facebook", "Home > Documents", "Skip to", "Privacy Policy"];
    let doc = reads_as_its_text_copy(&path, "hungary-1995.txt", &page, &chrome);
    assert_eq!(
        doc.title,
        "International Narcotics Control Strategy Report, March 1996: Hungary"
    );
}

#[test]
fn print_tools_and_bracketed_links_around_a_chapter_are_chrome() {
    let path = common::corpus("incsr-dev/hungary-1995.txt");
    let chapter = std::fs::read_to_string(&path).expect("the chapter");
    let page = format!(
        "[Home] [Search] [Contents] [Previous] [Next]\n\
         \n\
         Printer-friendly version\n\
         Email this page\n\
         Text size: A A A\n\
         \n\
         {chapter}\n\
         \n\
         Top of Page\n\
         Page last updated: 03/01/96\n\
         [Home] [Search] [Contents] [Previous] [Next]\n"
    );
    let chrome = [
        "[Home]",
        "Printer-friendly",
        "Email this page",
        "Text size",
        "last updated",
    ];
    reads_as_its_text_copy(&path, "hungary-1995.txt", &page, &chrome);
}

/// A chapter as later editions set it: lettered parts over numbered ones.
const LETTERED_CHAPTER: &str = "\
2015 International Narcotics Control Strategy Report (INCSR)
Bureau of International Narcotics and Law Enforcement Affairs
March 2015

Kazakhstan

A. Introduction

Kazakhstan is a transit country for Afghan opiates destined for Russia and Europe. According \
to the Ministry of Internal Affairs, there were approximately 28,000 registered drug users in \
Kazakhstan in 2014.

B. Drug Control Accomplishments, Policies, and Trends

1. Institutional Development

The Government of Kazakhstan adopted a new drug control program for 2012-2016.

2. Supply Reduction

In 2014, Kazakhstan law enforcement agencies seized 27.4 metric tons of narcotics.

C. National Initiatives

The government eradicated approximately 1,200 hectares of wild cannabis in the Chu Valley.
";

#[test]
fn lettered_parts_are_the_outline_and_numbered_ones_sit_under_them() {
    let doc = read("kazakhstan-2015.txt", LETTERED_CHAPTER);
    assert_eq!(
        outline(&doc),
        [
            ("A. Introduction", 1),
            ("B. Drug Control Accomplishments, Policies, and Trends", 1),
            ("1. Institutional Development", 2),
            ("2. Supply Reduction", 2),
            ("C. National Initiatives", 1),
        ]
    );
    assert_eq!(doc.subject, "Kazakhstan");
    assert_eq!(doc.date, "2015-03");
    let hectares = doc
        .statistics
        .iter()
        .find(|s| s.unit == "ha")
        .expect("the hectares");
    assert_eq!(&*hectares.section, "C. National Initiatives");
}

#[test]
fn a_list_of_short_items_in_the_report_is_no_menu() {
    // Five names right under "I. Summary", and five more after a line that introduces them
    // at the end: the report's own lists, kept with its cover, not cut off as a menu.
    let path = common::corpus("seed/hrnet-incsr-1996-kazakstan.txt");
    let seed = std::fs::read_to_string(&path).expect("the seed");
    let names = "Kyrgyzstan\n\nTajikistan\n\nTurkmenistan\n\nUzbekistan\n\nRussia\n\n";
    let page = seed
        .replacen("I. Summary\n", &format!("I. Summary\n\n{names}"), 1)
        .replacen(
            "\nBack to Top",
            &format!("\nRegional partners:\n\n{names}Back to Top"),
            1,
        );
    let plain = dossier::read_file(&path).expect("reads");
    let doc = read("kazakstan.txt", &page);
    assert_eq!(
        (&doc.title, &doc.subject, &doc.date),
        (&plain.title, &plain.subject, &plain.date)
    );
    assert!(
        doc.text.starts_with("U.S. DEPARTMENT OF STATE"),
        "{}",
        &doc.text[..60]
    );
    assert!(doc.text.contains("I. Summary\n\nKyrgyzstan\n\nTajikistan"));
    assert!(doc.text.ends_with(
        "Regional partners:\n\nKyrgyzstan\n\nTajikistan\n\nTurkmenistan\n\nUzbekistan\n\nRussia"
    ));
}

#[test]
fn lettered_parts_under_roman_ones_sit_a_level_below_and_a_signature_is_no_head() {
    let text = "\
U.S. DEPARTMENT OF STATE
INTERNATIONAL NARCOTICS CONTROL STRATEGY REPORT, MARCH 1996: KAZAKSTAN

I. Summary

Kazakstan is confronting a significant narcotics problem, with seizures of 6 tons in 1995.

II. Country Actions Against Drugs

A. Policy Initiatives

The government drafted a national drug control program in 1995.

B. Corruption

Corruption is reportedly widespread among law enforcement officials.

III. US Policy Initiatives

The United States will continue its assistance.

R. Rand Beers
";
    let doc = read("kazakstan.txt", text);
    assert_eq!(
        outline(&doc),
        [
            ("I. Summary", 1),
            ("II. Country Actions Against Drugs", 1),
            ("A. Policy Initiatives", 2),
            ("B. Corruption", 2),
            ("III. US Policy Initiatives", 1),
        ]
    );
}

#[test]
fn a_copy_cut_after_its_first_lettered_part_keeps_that_part_as_its_outline() {
    // The first 2,000 bytes of a later edition's chapter: "B." never comes.
    let cut = &LETTERED_CHAPTER[..LETTERED_CHAPTER.find("B. Drug").expect("part B")];
    let doc = read("kazakhstan-2015.txt", cut);
    assert_eq!(outline(&doc), [("A. Introduction", 1)]);
    // A lone lettered line that names no part of a report stays a paragraph.
    let doc = read(
        "note.txt",
        "Minutes of the meeting\n\nA. Kazakov\n\nThe meeting opened.\n",
    );
    assert!(outline(&doc).is_empty(), "{:?}", outline(&doc));
}

/// A chapter of the State Department's mobile site saved as text: no report name, the
/// site's edition and a back link over the country line.
const MOBILE_CHAPTER: &str = "\
U.S. Department of State
Mobile

Europe and Central Asia

Back to previous page

Albania

I. Summary

Albania continues to be used as a transit point for heroin, cocaine and marijuana due to its \
strategic location, weak police and judicial systems, and lax border controls. The government \
has drafted some narcotics legislation to strengthen the anti-drug unit established in 1998.

II. Status of Country

The government continues its efforts to build security and stability throughout Albania.
";

#[test]
fn a_mobile_sites_chapter_loses_its_labels_and_is_named_by_its_country() {
    let doc = read("albania.txt", MOBILE_CHAPTER);
    assert_eq!(doc.title, "Albania");
    assert_eq!(doc.subject, "Albania");
    // The region is the site's page the chapter sits under.
    assert!(
        doc.text
            .starts_with("U.S. Department of State\n\nAlbania\n\nI. Summary"),
        "{}",
        &doc.text[..80]
    );
    assert_eq!(
        outline(&doc),
        [("I. Summary", 1), ("II. Status of Country", 1)]
    );
}

#[test]
fn a_copy_cut_off_in_its_last_heading_has_no_such_section() {
    let text = "\
U.S. DEPARTMENT OF STATE
INTERNATIONAL NARCOTICS CONTROL STRATEGY REPORT, MARCH 1996: AUSTRIA

I. Summary

Austria is not a significant producer of illicit drugs.

II. Status of Count";
    let doc = read("austria.txt", text);
    assert_eq!(outline(&doc), [("I. Summary", 1)]);
    assert!(doc.text.ends_with("II. Status of Count"));
}

/// A chapter of the State Department's 1997 report copied as text with no blank lines: its
/// cover lines stacked one under the other, then a hard-wrapped body.
#[test]
fn stacked_cover_lines_without_blank_lines_are_the_title_block() {
    let doc = read(
        "armenia-1997.txt",
        "U.S. Department of State\n\
         1997 International Narcotics Control Strategy Report, March 1998\n\
         Released by the Bureau for International Narcotics and Law Enforcement Affairs, U.S. Department of State\n\
         Washington, DC, March 1998\n\
         EUROPE AND CENTRAL ASIA\n\
         Armenia\n\
         I. Summary\n\
         Armenia is a transit country for drugs moving from Iran to Europe, as we\n\
         report under the Foreign Assistance Act of 1961, as amended (the \"FAA,\" 22\n\
         U.S.C. 2291).\n\
         Police seized 12 kilograms of opium in 1997 from traffickers.\n",
    );
    assert_eq!(
        doc.title,
        "1997 International Narcotics Control Strategy Report, March 1998: Armenia"
    );
    assert_eq!(doc.subject, "Armenia");
    assert_eq!(doc.date, "1998-03");
    assert_eq!(
        doc.issuer,
        [
            "U.S. Department of State",
            "Bureau for International Narcotics and Law Enforcement Affairs"
        ]
    );
    assert_eq!(outline(&doc), [("I. Summary", 1)]);
    assert_eq!(figures_and_measures(&doc), [("12 kilograms", "opium")]);
    let dates: Vec<&str> = doc.dates.iter().map(|d| d.value.as_str()).collect();
    assert_eq!(dates, ["1997"]);
}

/// A state.gov chapter saved as text, its site's menus and trail above the cover: the menus
/// go, the cover names the report with its edition, the country is the subject.
#[test]
fn a_state_gov_chapter_saved_as_text_loses_the_menus_above_its_cover() {
    let doc = read(
        "afghanistan-2007.txt",
        "Skip Links\n\
         U.S. Department of State\n\
         U.S.-India Agreement on Nuclear Energy  |  Daily Press Briefing | What's NewU.S. Department of State\n\
         U.S. Department of State\n\
         SEARCHU.S. Department of State\n\
         Subject IndexBookmark and Share\n\
         HomeHot Topics, press releases, publications, info for journalists, and morepassports, visas, hotline, business support, trade, and morecountry names, regions, embassies, and more\n\
         Video\n \
         You are in: Under Secretary for Political Affairs > Bureau of International Narcotics and Law Enforcement Affairs > Releases > Narcotics Control Reports > 2007 INCSR \n\
         International Narcotics Control Strategy Report   -2007\n\
         Released by the Bureau of International Narcotics and Law Enforcement Affairs\n\
         March 2007\n\n\
         Southwest Asia\n\n\
         Afghanistan\n\n\
         I. Summary\n\n\
         Afghanistan remained the world's largest producer of opium in 2006, cultivating \
         172,600 hectares of opium poppy according to USG estimates.\n",
    );
    assert_eq!(
        doc.title,
        "International Narcotics Control Strategy Report, 2007: Afghanistan"
    );
    assert_eq!(doc.subject, "Afghanistan");
    assert_eq!(doc.date, "2007-03");
    assert_eq!(
        doc.issuer,
        ["Bureau of International Narcotics and Law Enforcement Affairs"]
    );
    for chrome in [
        "Skip Links",
        "Daily Press Briefing",
        "You are in",
        "HomeHot",
    ] {
        assert!(!doc.text.contains(chrome), "{chrome:?} left in the body");
    }
    let dates: Vec<&str> = doc.dates.iter().map(|d| d.value.as_str()).collect();
    assert_eq!(dates, ["2006"]);
    assert_eq!(
        figures_and_measures(&doc),
        [("172,600 hectares", "opium poppy")]
    );
}

/// The same site's overview page has no country and no part head: under the report's name,
/// its first prose marks where the report starts, and the menus above the cover go all the
/// same.
#[test]
fn a_state_gov_overview_saved_as_text_loses_the_menus_above_its_cover() {
    let doc = read(
        "overview-2007.txt",
        "Skip Links\n\
         U.S. Department of State\n\
         SEARCHU.S. Department of State\n\
         Subject IndexBookmark and Share\n\
         U.S. Department of State\n\
         HomeHot Topics, press releases, publications, info for journalists, and morepassports, visas, hotline, business support, trade, and morecountry names, regions, embassies, and more\n\
         Video\n \
         You are in: Under Secretary for Political Affairs > Bureau of International Narcotics and Law Enforcement Affairs > Releases > Narcotics Control Reports > 2007 INCSR \n\
         International Narcotics Control Strategy Report   -2007\n\
         Released by the Bureau of International Narcotics and Law Enforcement Affairs\n\
         March 2007\n\n\
         Policy and Program Developments\n\n\
         Overview for 2006\n\n\
         Challenges to the illicit drug trade continued on many levels this year; to meet \
         these challenges the international community shared a clear vision.\n",
    );
    assert_eq!(
        doc.title,
        "International Narcotics Control Strategy Report, 2007"
    );
    assert_eq!(doc.date, "2007-03");
    assert!(
        doc.text
            .starts_with("International Narcotics Control Strategy Report -2007")
    );
    assert_eq!(
        outline(&doc),
        [
            ("Policy and Program Developments", 1),
            ("Overview for 2006", 2)
        ]
    );
    assert!(doc.dates.is_empty(), "{:?}", doc.dates);
}

/// A hard-wrapped copy of a chapter: the issuer's line fills the wrap width, and the release
/// month under it is still a line of its own, the chapter's date.
#[test]
fn a_release_month_under_a_full_issuer_line_dates_the_chapter() {
    let doc = read(
        "armenia-2007.txt",
        "International Narcotics Control Strategy Report   -2007\n\
         Released by the Bureau of International Narcotics and Law Enforcement Affairs\n\
         March 2007\n\n\
         Armenia\n\n\
         I. Summary\n\
         Armenia is not a major drug producing country and domestic consumption is\n\
         relatively small, although expanding. An increasing narcotics-related\n\
         concern for the government of Armenia (GOAM) is drug transit through the\n\
         country.\n",
    );
    assert_eq!(doc.date, "2007-03");
    assert_eq!(
        doc.issuer,
        ["Bureau of International Narcotics and Law Enforcement Affairs"]
    );
    assert_eq!(doc.subject, "Armenia");
}

/// An excerpt a news service wraps in its own notes, with the edition on a line of its own.
#[test]
fn an_excerpt_wrapped_in_a_news_services_notes_is_named_by_its_cover() {
    let doc = read(
        "china-2001.txt",
        "Text: 2001 International Narcotics Control Strategy Report\n\
         (Excerpt concerning China)\n\n\
         Following is an excerpt from the U.S. Department of State's 2001 International \
         Narcotics Control Strategy Report:\n\n\
         (begin excerpt)\n\n\
         Excerpt from International Narcotics Control Strategy Report\n\n\
         March 2002\n\n\
         United States Department of State\n\
         Bureau for International Narcotics and Law Enforcement Affairs\n\n\
         China\n\n\
         I. Summary\n\n\
         The People's Republic of China (PRC) remains a major transit country for illegal \
         narcotics produced in the Golden Triangle.\n",
    );
    assert_eq!(
        doc.title,
        "International Narcotics Control Strategy Report, March 2002: China"
    );
    assert_eq!(doc.subject, "China");
    assert_eq!(doc.date, "2002-03");
    assert!(doc.dates.is_empty(), "{:?}", doc.dates);
}

/// The cover's own lines above the report's name (the country, the edition) stay with it.
#[test]
fn the_lines_of_a_cover_above_the_reports_name_stay_in_the_title_block() {
    let doc = read(
        "kazakstan-1997.txt",
        "KAZAKSTAN\n\nMarch 1998\n\nInternational Narcotics Control Strategy Report, 1997\n\n\
         I. Summary\n\nKazakstan has 500,000 hectares of wild cannabis.\n",
    );
    assert_eq!(
        doc.title,
        "International Narcotics Control Strategy Report, 1997"
    );
    assert_eq!(doc.date, "1998-03");
    assert!(
        doc.text.starts_with("KAZAKSTAN\n\nMarch 1998"),
        "{:?}",
        &doc.text[..40]
    );
}

#[test]
fn a_chapter_copied_without_its_cover_is_named_by_the_country_it_keeps_naming() {
    let doc = read(
        "slovenia.txt",
        "Printer Friendly\n\n\nI. Summary\n\nSlovenia is neither a major drug producer nor a \
         major transit country for illicit narcotics. The Government of Slovenia (GOS) is aware \
         that Slovenia's geographic position makes it an attractive potential transit country. \
         Slovenia is a party to the 1988 UN Drug Convention.\n\nII. Status of Country\n\nHeroin \
         from Afghanistan continues to be smuggled through Slovenia to Western Europe.\n",
    );
    assert_eq!(doc.subject, "Slovenia");
    assert_eq!(doc.title, "Slovenia");
    assert_eq!(
        outline(&doc),
        [("I. Summary", 1), ("II. Status of Country", 1)]
    );
}

/// The head of an embassy cable carrying a chapter's draft, as web archives of cables keep it.
const CABLE: &str = "\
UNCLAS SECTION 01 OF 05 VILNIUS 001578
SIPDIS
STATE FOR INL, EUR/NB, AND EUR/SCE
JUSTICE FOR OIA, AFMLS AND NDDS
TREASURY FOR FINCEN
E.O. 12958: N/A
TAGS: SNAR, EFIN, KSEP, LH, HT28
SUBJECT: 2004-2005 INTERNATIONAL NARCOTICS CONTROL STRATEGY
REPORT (INCSR) FOR LITHUANIA, PART I
REF: SECSTATE 249035
----------
I. Summary
----------
1. In 2004, Lithuania strengthened its counter-narcotics
efforts, rolling out a National Drug Addiction Prevention
and Drug Control Strategy for 2004-2008. The use and
sale of narcotics, however, continues to increase in
Lithuania. Lithuania remains a transit route for heroin
from Asia to Western Europe and produces synthetic
narcotics for both domestic use and export. Police seized 12
kilograms of heroin.
";

#[test]
fn a_cables_routing_lines_are_chrome_and_its_subject_line_is_the_title() {
    let doc = read("vilnius.txt", CABLE);
    assert_eq!(
        doc.title,
        "2004-2005 International Narcotics Control Strategy Report (INCSR) for Lithuania, Part I"
    );
    assert_eq!(doc.subject, "Lithuania");
    assert_eq!(outline(&doc), [("I. Summary", 1)]);
    for routing in ["SIPDIS", "TAGS", "REF:", "FINCEN", "UNCLAS", "SUBJECT"] {
        assert!(!doc.text.contains(routing), "{routing} left in the body");
    }
    assert_eq!(figures_and_measures(&doc), [("12 kilograms", "heroin")]);
}

#[test]
fn a_cable_without_a_subject_line_keeps_its_paragraph_marked_heads() {
    let text = "\
Viewing cable 09VILNIUS579
DE RUEHVL #0579/01 3071426
P 031426Z NOV 09
E.O. 12958: N/A
¶1.  Below, in the format requested in the instructions, is the 2010
International Narcotics Control Strategy Report for Lithuania, Part
I: Drugs and Chemical Control:
¶I. Summary
Synthetic drugs and cannabis are the most popular illicit narcotics
in Lithuania. The number of drug-related crimes increased by 11 percent.
¶II. Status of Country
Lithuania remains a source country for synthetic drugs.
";
    let doc = read("vilnius2010.txt", text);
    assert_eq!(doc.subject, "Lithuania");
    // The day of its date-time group, "P 031426Z NOV 09".
    assert_eq!(doc.date, "2009-11-03");
    assert_eq!(
        outline(&doc),
        [("I. Summary", 1), ("II. Status of Country", 1)]
    );
    for routing in ["RUEHVL", "031426Z", "12958", "Viewing cable"] {
        assert!(!doc.text.contains(routing), "{routing} left in the body");
    }
}

#[test]
fn a_state_gov_cover_loses_its_page_labels_and_the_breadcrumbs_section_name() {
    let text = "\
Skip Navigation
You Are In: Policy News > U.S. Government Reports > 2009 International Narcotics Control Strategy Report (INCSR)

U.S. Government Reports

2009 International Narcotics Control Strategy Report (INCSR)

Bureau of International Narcotics and Law Enforcement Affairs
February 27, 2009
Report
Share

Uzbekistan

I. Summary

Uzbekistan is primarily a transit country for opiates originating in Afghanistan. Police \
seized 1,200 kilograms of opium and 300 kilograms of heroin in the first half of the year.
";
    let doc = read("uzbekistan.txt", text);
    assert_eq!(
        doc.title,
        "2009 International Narcotics Control Strategy Report (INCSR): Uzbekistan"
    );
    assert_eq!(
        doc.issuer,
        ["Bureau of International Narcotics and Law Enforcement Affairs"]
    );
    assert_eq!(doc.date, "2009-02-27");
    assert!(
        doc.text.starts_with(
            "2009 International Narcotics Control Strategy Report (INCSR)\n\n\
             Bureau of International Narcotics and Law Enforcement Affairs\n\n\
             February 27, 2009\n\nUzbekistan\n\nI. Summary"
        ),
        "{:?}",
        &doc.text[..160]
    );
}

#[test]
fn a_cable_in_capitals_keeps_its_numbered_paragraphs_out_of_the_routing_lines() {
    let text = "\
UNCLAS SECTION 01 OF 02 RIGA 000123
SIPDIS
STATE FOR INL/C, EUR/NB
E.O. 12958: N/A
TAGS: SNAR, LG
SUBJECT: LATVIA: 2005 INCSR PART I
REF: STATE 201234
1. SUMMARY: LATVIA IS A TRANSIT COUNTRY FOR DRUGS
FROM RUSSIA TO WESTERN EUROPE. POLICE SEIZED 40
KILOGRAMS OF HEROIN IN 2004. END SUMMARY.
2. THE GOL ADOPTED A NEW NATIONAL PROGRAM FOR 2005-2008.
";
    let doc = read("riga.txt", text);
    assert_eq!(doc.subject, "Latvia");
    for kept in ["LATVIA IS A TRANSIT COUNTRY FOR DRUGS", "THE GOL ADOPTED"] {
        assert!(doc.text.contains(kept), "{kept:?} lost: {:?}", doc.text);
    }
    for routing in ["SIPDIS", "TAGS", "REF:", "E.O."] {
        assert!(!doc.text.contains(routing), "{routing} left in the body");
    }
}

#[test]
fn report_alone_on_a_line_is_a_page_label_only_under_an_issuer_or_date_line() {
    let incb = read(
        "incb.txt",
        "INTERNATIONAL NARCOTICS CONTROL BOARD\n\nReport\n\nof the International Narcotics \
         Control Board for 2004\n\nUNITED NATIONS\nNew York, 2005\n\nChapter I. Integrated \
         drug control\n\n1. The Board notes that illicit drug production continued to rise in \
         2004. Seizures of heroin rose by 10 percent.\n",
    );
    assert!(
        incb.text.contains("Report\n\nof the International"),
        "{:?}",
        incb.text
    );
    assert!(
        incb.title
            .starts_with("Report of the International Narcotics Control Board")
    );
}

#[test]
fn skip_links_are_chrome_and_a_volume_names_no_subject() {
    let doc = read(
        "paraguay.txt",
        "Skip Global Navigation to Main Content\nSkip Breadcrumb Navigation\nVolume I: Drug and \
         Chemical Control\n\n\nA. Introduction\n\nThe U.S. Government dropped Paraguay from the \
         President's list of major narcotics transit or producing countries in September 2010. \
         Paraguay previously had been on the list.\n",
    );
    assert!(!doc.text.contains("Skip"), "{:?}", doc.text);
    assert_eq!(doc.title, "Volume I: Drug and Chemical Control");
    // (Not the volume's words: the one country the text names, twice.)
    assert_eq!(doc.subject, "Paraguay");
}

#[test]
fn a_one_line_cable_subject_keeps_the_text_under_it() {
    let text = "\
UNCLAS SECTION 01 OF 04 RIGA 000812
SIPDIS
STATE FOR INL/AAE, EUR/NB
E.O. 12958: N/A
TAGS: SNAR, KCRM, PGOV, LG
SUBJECT: LATVIA: 2005-2006 INCSR PART I
Summary: Latvia is a transit country for drugs moving from Russia and
Lithuania to Western Europe. Police seized 45 kilograms of heroin in
2005, up from 12 kilograms in 2004. End summary.
I. Status of Country
Latvia is not a major producer of drugs.
";
    let doc = read("riga2.txt", text);
    assert_eq!(doc.title, "Latvia: 2005-2006 INCSR Part I");
    assert_eq!(doc.subject, "Latvia");
    assert_eq!(figure_texts(&doc), ["45 kilograms", "12 kilograms"]);
    for (subject, expected) in [
        ("CORRECTED: 2005-2006 INCSR PART I - LATVIA", "Latvia"),
        // (A report's name is no subject; the cable's TAGS name Latvia, "LG".)
        ("MONEY LAUNDERING: 2005 INCSR PART II", "Latvia"),
        ("(U) LAOS: 2008 INCSR PART I", "Laos"),
    ] {
        let cable = text.replace("LATVIA: 2005-2006 INCSR PART I", subject);
        assert_eq!(read("riga3.txt", &cable).subject, expected, "{subject}");
    }
}

#[test]
fn a_list_of_dashed_items_and_a_menu_of_middle_dots_stay_apart() {
    let list = read(
        "bg.txt",
        "I. Summary\n\nIn 1997 the police and customs services reported the following seizures\n\
         of illicit drugs, compared with the totals recorded in the previous year:\n\
         - heroin - 120 kilograms, up from 85 kilograms seized in 1996 in Sofia\n\
         - cocaine - 45 kilograms, most of it found in containers at Varna port\n\
         - hashish - 1.2 tons, nearly all of it in transit to Western Europe\n\
         Arrests for drug offenses rose to 2,345, the highest figure on record.\n",
    );
    assert!(list.text.contains("Sofia\n\n- cocaine"), "{:?}", list.text);
    let menu = read(
        "lv.txt",
        "Home · About Us · Countries · Reports · Press Releases · Contact\n\
         International Narcotics Control Strategy Report 2004\n\
         Bureau for International Narcotics and Law Enforcement Affairs\n\nLatvia\n\n\
         I. Summary\n\nLatvia is a transit country. Police seized 12 kilograms of heroin in \
         2004 and 45 kilograms of hashish in the first half of the year.\n",
    );
    assert_eq!(
        menu.title,
        "International Narcotics Control Strategy Report 2004: Latvia"
    );
}

#[test]
fn a_page_without_the_reports_name_is_covered_by_its_country_line() {
    // state.gov's 2009–2017 frame around a chapter whose page leaves the report's name out:
    // the seal's caption, the department's tagline and the region page are the site's.
    let doc = read(
        "australia.txt",
        "printable banner\n\nU.S. Department of State - Great Seal\n\nU.S. Department of State\n\n\
         Diplomacy in Action\n\nSoutheast Asia and the Pacific\n\n\nShare\n\nAUSTRALIA\n\n\
         I. Summary\n\nAustralia is a committed partner in international efforts to combat \
         illicit drugs. Australia is a consumer, rather than a producer, nation. There is no \
         evidence of narcotics destined for the U.S. transiting Australia.\n\nII. Status of \
         Country\n\nAmong men aged 20-29, 6.2 percent reported heroin use in 1998.\n",
    );
    // (The issuer's line over them stays, as over any chapter.)
    assert_eq!(doc.title, "Australia");
    assert_eq!(doc.subject, "Australia");
    assert_eq!(doc.issuer, ["U.S. Department of State"]);
    assert!(
        doc.text
            .starts_with("U.S. Department of State\n\nAUSTRALIA\n\nI. Summary"),
        "{:?}",
        doc.text
    );
    assert_eq!(
        figures_and_measures(&doc),
        [("6.2 percent", "men aged 20-29")]
    );
    // The 1997–2001 archive's captions: "Great Seal", "Blue Bar".
    let benin = read(
        "benin.txt",
        "U.S. Department of State\n\nGreat Seal\n\nInternational Narcotics Control Strategy \
         Report, 1999\nReleased by the Bureau for International Narcotics and Law Enforcement \
         Affairs, U.S. Department of State\nWashington, DC, March 2000\n\nBlue Bar\n\nAFRICA AND \
         THE MIDDLE EAST\n\nBENIN\n\nI. Summary\n\nDuring 1999, Benin continued to make modest \
         progress in the fight against illegal narcotics trafficking.\n",
    );
    assert!(!benin.text.contains("Great Seal"), "{:?}", benin.text);
    assert!(!benin.text.contains("Blue Bar"), "{:?}", benin.text);
    assert_eq!(
        benin.title,
        "International Narcotics Control Strategy Report, 1999: Benin"
    );
}

#[test]
fn a_page_break_inside_a_wrapped_sentence_does_not_end_its_paragraph() {
    let doc = read(
        "colombia.txt",
        "Colombia\n\nI. Summary\n\nThe Government of the Republic of Colombia (GOC) has made\n\
         significant progress in its vigorous fight against the production\n\
         and trafficking of illicit drugs. Citing record coca eradication\n\
         in 2008, the USG and United Nations reported significant declines\n\
         in cocaine production potential and coca cultivation in Colombia in\n\n\
         2008. The USG recently reported that cultivation in 2008 was down\n\
         29 percent compared to 2007, from 167,000 to 119,000 hectares.\n\n\
         II. Status of Country\n\nColombia remains the source of most of the cocaine\n\
         that reaches the United States. Seizures rose by 12 percent this\n\
         year.\n",
    );
    assert!(
        doc.text
            .contains("coca cultivation in Colombia in 2008. The USG recently"),
        "{:?}",
        doc.text
    );
    assert_eq!(
        outline(&doc),
        [("I. Summary", 1), ("II. Status of Country", 1)]
    );
}

#[test]
fn a_cable_copied_in_sections_repeats_its_routing_lines_as_chrome() {
    let doc = read(
        "guinea-bissau.txt",
        "P 081155Z JAN 09\nFM AMEMBASSY DAKAR\nTO RUEHC/SECSTATE WASHDC PRIORITY 1668\n\
         UNCLAS SECTION 01 OF 03 DAKAR 000025\n\nSIPDIS\n\nE.O. 12958: N/A\nTAGS: PGOV SNAR XY\n\
         SUBJECT: GUINEA-BISSAU: 2008 INTERNATIONAL NARCOTICS CONTROL STRATEGY REPORT\n\n\
         REF: STATE 100970\n\n\nI. SUMMARY\n-----------\nUNCLAS SECTION 01 OF 03 DAKAR 000025\n\n\
         SIPDIS\n\nE.O. 12958: N/A\nTAGS: PGOV SNAR XY\nSUBJECT: GUINEA-BISSAU: 2008 \
         INTERNATIONAL NARCOTICS CONTROL STRATEGY REPORT\n\nREF: A. STATE 100970\n\n\
         B. STATE 328024\n\n1. Guinea-Bissau, a tiny impoverished country in West Africa, has \
         evolved into a transit hub; police seized 674 kilograms of cocaine in 2007.\n",
    );
    assert_eq!(doc.subject, "Guinea-Bissau");
    assert_eq!(doc.date, "2009-01-08");
    assert!(!doc.text.contains("SIPDIS"), "{:?}", doc.text);
    assert!(!doc.text.contains("STATE 328024"), "{:?}", doc.text);
    assert_eq!(outline(&doc), [("I. SUMMARY", 1)]);
    assert_eq!(figures_and_measures(&doc), [("674 kilograms", "cocaine")]);
}

#[test]
fn a_cable_archives_record_and_stray_routing_lines_are_no_title() {
    let doc = read(
        "jamaica.txt",
        "2005-12-14 18:23:00\nEmbassy Kingston\nTags: SNAR JM \nThe Drugs and Chemical Control \
         section of the 2005-2006 INCSR\n\nI. Summary:\n\n\
         Jamaica is a major transit point for South American cocaine\n\
         en route to the United States and the largest Caribbean\n\
         producer and exporter of cannabis. Jamaica introduced a new\n\
         immigration form that captures information in the border\n\
         management/migration system that was implemented in November\n\n\
         2004. Jamaica seized 45 metric tons of cannabis this year.\n\n\
         E.O. 12958: N/A\n\nII. Status of Country\n\nJamaica remains a transit country.\n",
    );
    assert_eq!(
        doc.title,
        "The Drugs and Chemical Control section of the 2005-2006 INCSR: Jamaica"
    );
    assert_eq!(doc.subject, "Jamaica");
    assert_eq!(doc.date, "2005-12-14");
    assert!(!doc.text.contains("Tags"), "{:?}", doc.text);
    assert!(!doc.text.contains("E.O. 12958"), "{:?}", doc.text);
    assert!(doc.text.contains("implemented in November 2004. Jamaica"));
    assert_eq!(
        doc.dates
            .iter()
            .map(|d| d.value.as_str())
            .collect::<Vec<_>>(),
        ["2004-11"]
    );
}

#[test]
fn a_cable_archives_title_naming_its_report_is_no_data_field() {
    let doc = read(
        "chile.txt",
        "Cablegate: Chile: 2008-2009 Incsr 1 Submission\n\n\nR 302003Z OCT 08\n\n\
         E.O. 12958: N/A\n\nREF: STATE 100970\n\nI. Summary\nChile is a transit country for \
         Andean cocaine shipments. Police seized 12 tons of cocaine.\n",
    );
    assert_eq!(doc.subject, "Chile");
    assert_eq!(doc.date, "2008-10-30");
    assert_eq!(figures_and_measures(&doc), [("12 tons", "cocaine")]);
    assert!(doc.dates.is_empty(), "{:?}", doc.dates);
    // A country line over the part head names the chapter, past a quotation above it.
    let doc = read(
        "sri-lanka.txt",
        "US State Department\nNarcotics Control Reports - 2000\n\n\u{201c}Some believe the LTTE \
         helps finance its insurgency through drug trafficking, although neither the U.S. \
         Government nor the Police Narcotics Bureau (PNB) has firm evidence.\u{201d}\n\n\
         Sri Lanka\n\nI. Summary\n\nSri Lanka continued its nation-wide demand reduction \
         campaign in 2000.\n",
    );
    assert_eq!(doc.subject, "Sri Lanka");
}

#[test]
fn a_cable_archives_record_of_fields_is_chrome_and_dates_the_cable() {
    let doc = read(
        "el-salvador.txt",
        "id: 47809\ndate: 12/15/2005 19:15\nrefid: 05SANSALVADOR3491\norigin: Embassy San \
         Salvador\nclassification: UNCLASSIFIED\ndestination: 05SECSTATE209560\nE.O. 12958: N/A\n\
         1. (U) Per Reftel, the following is Post's first draft of the\n\
         2006 INCSR Part I.  Year-end statistics for CY-2005 are not\n\
         yet available.  Text follows.\n\
         2. (U) El Salvador\n\
         I. Summary\n\
         El Salvador is a transit country for narcotics, mainly\n\
         cocaine and heroin. In 2005, the National Police seized 300\n\
         kilograms of cocaine. El Salvador cooperated with the U.S.\n\
         authorities, and El Salvador extradited two traffickers.\n",
    );
    assert_eq!(doc.subject, "El Salvador");
    assert_eq!(doc.date, "2005-12-15");
    assert!(!doc.text.contains("47809"), "{:?}", doc.text);
    assert_eq!(
        figures_and_measures(&doc),
        [("300 kilograms", "cocaine"), ("two", "traffickers")]
    );
}

#[test]
fn a_part_heading_is_no_country_and_a_seal_or_bar_heading_stays() {
    let doc = read(
        "peru.txt",
        "INTERNATIONAL NARCOTICS CONTROL STRATEGY REPORT, MARCH 2000\n\nPERU\n\nPart I\n\n\
         I. Summary\n\nPeru is the second largest producer of coca leaf. Peru seized 12 tons of \
         cocaine.\n\nCustoms Seal\n\nThe container program placed a seal on 400 containers.\n\n\
         The Bar\n\nThe bar association trained 30 judges.\n",
    );
    assert_eq!(doc.subject, "Peru");
    assert!(doc.text.contains("Customs Seal"), "{:?}", doc.text);
    assert!(doc.text.contains("The Bar\n"), "{:?}", doc.text);
}

#[test]
fn an_old_archives_spaced_part_heads_and_the_peoples_name_are_read() {
    // The 1994 report's archive copy: "I  Summary" with two spaces and no stop, and an
    // editor's note in brackets; the chapter says "Argentine" as often as "Argentina".
    let doc = read(
        "argentina.txt",
        "APRIL 1994\n\n[EDITOR'S NOTE:  Charts referenced to in brackets [ ] are\n\
         available only in hard copy of report.]\n\n\
         I  Summary\n\n\
         Argentina is primarily a transit route for Andean narcotics\n\
         sent to the US and Europe. The Argentine Government has taken\n\
         important steps. Argentine police seized 2,000 kilograms of\n\
         cocaine. Argentina is a party to the 1988 UN Drug Convention.\n\
         Argentine courts are slow, but Argentina cooperates.\n\n\
         II  Status of Country\n\n\
         Argentine drug production is still modest compared with its\n\
         Andean neighbors, and Argentina is no producer of coca.\n",
    );
    assert_eq!(doc.subject, "Argentina");
    assert!(!doc.title.contains("EDITOR"), "{:?}", doc.title);
    assert_eq!(
        outline(&doc),
        [("I Summary", 1), ("II Status of Country", 1)]
    );
}

#[test]
fn pesos_and_dinars_are_the_chapters_countrys_money() {
    let doc = read(
        "philippines.txt",
        "INTERNATIONAL NARCOTICS CONTROL STRATEGY REPORT, MARCH 2007\n\nTHE PHILIPPINES\n\n\
         I. Summary\n\nA gram of shabu sells for 2,000 pesos. Police seized 1.2 million pesos in \
         cash and froze 45 million naira in a Nigerian syndicate's accounts.\n",
    );
    assert_eq!(doc.subject, "The Philippines");
    let units: Vec<(&str, &str)> = doc
        .statistics
        .iter()
        .map(|s| (s.text(&doc.text), s.unit.as_ref()))
        .collect();
    assert_eq!(
        units,
        [
            ("2,000 pesos", "PHP"),
            ("1.2 million pesos", "PHP"),
            ("45 million naira", "NGN")
        ]
    );
    // A country that writes no pesos leaves the name as it is.
    let doc = read(
        "spain.txt",
        "SPAIN\n\nI. Summary\n\nCouriers carried 500,000 pesos from Mexico to Spain.\n",
    );
    assert_eq!(doc.statistics[0].unit, "pesos");
}

#[test]
fn what_stands_above_start_of_main_content_is_the_sites_menus() {
    // (Review 35: an ONDCP fact sheet saved as text, its skip link's target kept.)
    let doc = read(
        "ondcp.txt",
        "Skip NavigationInternationalInternational\nONDCP Web Site About ONDCP News and Public \
         Affairs Policy Drug Facts Publications Related Links\nPrevention Treatment Science and \
         Technology Enforcement State and Local International Funding\nStart of Main \
         Content\n\nONDCP FACT SHEET\nBilateral Cooperation with Bolivia\n\nOverview:\n\nBolivia \
         has achieved a 70 percent reduction in coca cultivation between 1995 and 2001.\n\nEnd of \
         Main Content\n\nPrivacy Policy | Contact\n",
    );
    assert_eq!(doc.title, "Bilateral Cooperation with Bolivia");
    assert!(doc.text.starts_with("ONDCP FACT SHEET"), "{}", doc.text);
    assert!(!doc.text.contains("Prevention Treatment"));
    assert!(!doc.text.contains("Main Content"));
    assert!(!doc.text.contains("Privacy"));
    assert_eq!(doc.statistics.len(), 1);
}

#[test]
fn rupees_are_the_chapters_countrys_and_indias_where_it_names_none() {
    // (Review 35: the Pakistan ANF's figures of 2006.)
    let doc = read(
        "pakistan.txt",
        "PAKISTAN\n\nI. Summary\n\nThe ANF froze assets of Rs 4,257.917 million. The budget was \
         Rs. 10 million. Opium sells for 15,000 rupees per kilogram.\n",
    );
    let figures: Vec<(&str, f64, &str)> = doc
        .statistics
        .iter()
        .map(|s| (s.text(&doc.text), s.value, s.unit.as_ref()))
        .collect();
    assert_eq!(
        figures,
        [
            ("Rs 4,257.917 million", 4_257_917_000.0, "PKR"),
            ("Rs. 10 million", 10_000_000.0, "PKR"),
            ("15,000 rupees per kilogram", 15_000.0, "PKR/kg"),
        ]
    );
    // "Rs." ends no sentence: each figure stands in its own.
    let sentences: std::collections::BTreeSet<_> =
        doc.statistics.iter().map(|s| s.sentence_span).collect();
    assert_eq!(sentences.len(), 3);
    let doc = read(
        "notes.txt",
        "Notes\n\nThe fund holds Rs 40 million in Mumbai.\n",
    );
    assert_eq!(doc.statistics[0].unit, "INR");
}

#[test]
fn a_region_or_an_office_over_the_part_head_is_no_subject() {
    for line in [
        "SOUTHEAST ASIA",
        "Western Hemisphere",
        "Embassy Lima",
        "Department of State",
    ] {
        let doc = read(
            "bahamas.txt",
            &format!(
                "International Narcotics Control Strategy Report 2004\n\n{line}\n\nI. Summary\n\n\
                 The Bahamas is a major transit point for cocaine. The Bahamas seized 3 tons of \
                 cocaine. The Bahamas cooperates with the U.S.\n"
            ),
        );
        assert_ne!(doc.subject.to_lowercase(), line.to_lowercase(), "{line}");
    }
}

#[test]
fn a_volume_name_stays_in_the_title_where_the_site_s_tagline_goes() {
    let doc = read(
        "australia.txt",
        "printable banner\n\nU.S. Department of State\n\nDiplomacy in Action\n\nMoney \
         Laundering and Financial Crimes\n\nShare\n\nAUSTRALIA\n\nI. Summary\n\nAustralia is a \
         committed partner in international efforts to combat money laundering. Australia \
         reported 12 cases. Australia cooperates.\n",
    );
    assert_eq!(
        doc.title,
        "Money Laundering and Financial Crimes: Australia"
    );
    assert!(!doc.text.contains("Diplomacy"), "{:?}", doc.text);
}

#[test]
fn a_record_date_is_read_day_first_when_its_month_cannot_be_and_a_mail_date_leaves_the_cover() {
    let cable = read(
        "record.txt",
        "id: 47809\ndate: 15/12/2005 19:15\nrefid: 05SANSALVADOR3491\norigin: Embassy San \
         Salvador\n\nI. Summary\n\nEl Salvador is a transit country. El Salvador seized 3 tons. \
         El Salvador cooperates.\n",
    );
    assert_eq!(cable.date, "2005-12-15");
    let posted = read(
        "posted.txt",
        "From: editor@example.org\nDate: 03/01/1998 14:22\nSubject: INCSR\n\nINTERNATIONAL \
         NARCOTICS CONTROL STRATEGY REPORT, MARCH 1998\n\nPERU\n\nI. Summary\n\nPeru is the \
         second largest producer of coca leaf. Peru seized 12 tons of cocaine.\n",
    );
    assert_eq!(posted.date, "1998-03");
}

#[test]
fn a_country_line_with_its_stop_names_the_chapter() {
    let doc = read(
        "bahamas.txt",
        "Printer Friendly\n\nThe Bahamas.\n\nI. Summary\n\nThe Bahamas, a 700-mile-long \
         archipelago off the eastern coast of the U.S., is a major transit point for cocaine.\n",
    );
    assert_eq!(doc.subject, "The Bahamas");
    assert_eq!(
        figures_and_measures(&doc),
        [("700-mile-long", "archipelago")]
    );
}

#[test]
fn only_a_line_opening_with_the_reports_short_name_is_its_cover() {
    let doc = read(
        "peru.txt",
        "printable banner\n\nInternational Narcotics Control Strategy Report 2009\n\nVolume I: \
         Drug and Chemical Control\n\nBack to INCSR 2009 Table of Contents\n\nPERU\n\nI. \
         Summary\n\nPeru is the second largest producer of coca leaf. Peru seized 12 tons of \
         cocaine. Peru cooperates.\n",
    );
    assert_eq!(
        doc.title,
        "International Narcotics Control Strategy Report 2009: Peru"
    );
    // A cable's subject line standing without its routing names it; its number and a
    // reference item are chrome.
    let doc = read(
        "peru-cable.txt",
        "UNCLAS LIMA 000123\n\nSUBJECT: PERU: 2008 INCSR PART I DRUGS AND CHEMICAL CONTROL\n\n\
         B. RANGOON 1412 (INCSR PART II)\n\nI. Summary\n\nPeru is the second largest producer of \
         coca leaf. Peru seized 12 tons of cocaine. Peru cooperates.\n",
    );
    assert_eq!(doc.subject, "Peru");
    assert!(!doc.text.contains("000123"), "{:?}", doc.text);
    assert!(!doc.text.contains("RANGOON"), "{:?}", doc.text);
}

#[test]
fn a_wikis_foot_is_chrome_and_an_edition_after_the_or_fy_is_a_cover() {
    let doc = read(
        "romania.txt",
        "ROMANIA\n\nI. Summary\n\nRomania is a transit country. Police made 2 arrests for \
         cannabis cultivation in 1997.\n\nRetrieved from \
         \"https://en.wikisource.org/w/index.php?title=1997_INCSR/Romania&oldid=10457233\"\n\n\
         Categories: 1998 works | PD-USGov | International Narcotics Control Strategy Report | \
         Romania\n\nThis page was last edited on 14 August 2021, at 09:12.\n",
    );
    assert!(!doc.text.contains("Retrieved"), "{:?}", doc.text);
    assert!(!doc.text.contains("last edited"), "{:?}", doc.text);
    assert_eq!(
        doc.dates
            .iter()
            .map(|d| d.value.as_str())
            .collect::<Vec<_>>(),
        ["1997"]
    );
    let doc = read(
        "peru.txt",
        "Home | Countries | Reports | Contact\n\nThe 2009 INCSR: Drug and Chemical Control\n\n\
         PERU\n\nI. Summary\n\nPeru is the second largest producer of coca leaf. Coca \
         cultivation rose 4 percent. Peru cooperates.\n",
    );
    assert_eq!(doc.title, "The 2009 INCSR: Drug and Chemical Control: Peru");
}

/// Each figure as written, in capitals, with its value, unit and what it measures, in
/// capitals: what a reading in capitals must give the same.
fn figures_in_capitals(doc: &Document) -> Vec<(String, f64, String, String)> {
    doc.statistics
        .iter()
        .map(|s| {
            (
                s.text(&doc.text).to_uppercase(),
                s.value,
                s.unit.to_string(),
                s.measures.to_uppercase(),
            )
        })
        .collect()
}

#[test]
fn a_chapter_written_in_capitals_reads_as_its_mixed_case_copy() {
    // An old cable or teleprinter copy sets every letter in capitals: its lines are prose,
    // not headings, and its figures, outline, title and subject are the copy's in case.
    for name in ["belgium-1996", "georgia-1995", "lithuania-1997"] {
        let path = common::corpus(&format!("incsr-dev/{name}.txt"));
        let text = std::fs::read_to_string(&path).expect("reads");
        let mixed = read("mixed.txt", &text);
        let capitals = read("capitals.txt", &text.to_uppercase());
        assert_eq!(
            figures_in_capitals(&capitals),
            figures_in_capitals(&mixed),
            "{name}"
        );
        let upper_outline: Vec<String> = mixed
            .sections
            .iter()
            .map(|s| s.title.to_uppercase())
            .collect();
        let outline: Vec<String> = capitals.sections.iter().map(|s| s.title.clone()).collect();
        assert_eq!(outline, upper_outline, "{name}");
        assert_eq!(capitals.subject, mixed.subject, "{name}");
        assert_eq!(capitals.date, mixed.date, "{name}");
    }
}

#[test]
fn a_cable_in_capitals_keeps_its_paragraphs_whole() {
    let cable = "\
UNCLAS SECTION 01 OF 02 VILNIUS 000579

E.O. 12958: N/A
TAGS: SNAR, PGOV, LH
SUBJECT: LITHUANIA: 2009-2010 INCSR PART I

I. SUMMARY

1. THE FOLLOWING IS POST'S SUBMISSION FOR THE 2009-2010 INCSR. LITHUANIA
IS A TRANSIT COUNTRY FOR HEROIN AND AMPHETAMINES BOUND FOR WESTERN EUROPE
AND SCANDINAVIA. POLICE SEIZED 40 KILOGRAMS OF HEROIN IN 2008, UP FROM 12
IN 2007. THE GOVERNMENT ASKED FOR U.S. TRAINING FOR ITS CUSTOMS OFFICERS
AND BORDER GUARDS, AND FOR HELP WITH ITS NEW DRUG TESTING LABORATORY.

II. STATUS OF COUNTRY

2. LITHUANIA'S NATIONAL DRUG CONTROL DEPARTMENT REPORTS THAT ABOUT 5,500
PEOPLE ARE REGISTERED AS DRUG ADDICTS, OF WHOM MORE THAN 70 PERCENT INJECT
HEROIN. THE NUMBER OF DRUG-RELATED CRIMES ROSE TO 2,150 IN 2008 FROM 1,900
IN 2007. ABUSE OF SYNTHETIC DRUGS IS RISING AMONG STUDENTS IN THE CAPITAL.
";
    let doc = read("cable.txt", cable);
    assert_eq!(
        outline(&doc),
        [("I. SUMMARY", 1), ("II. STATUS OF COUNTRY", 1)]
    );
    assert_eq!(doc.subject, "Lithuania");
    let paragraphs = doc
        .blocks
        .iter()
        .filter(|b| b.kind == dossier::BlockKind::Paragraph)
        .count();
    assert_eq!(paragraphs, 2, "{}", doc.text);
    assert_eq!(
        figures_and_measures(&doc),
        [
            ("40 KILOGRAMS", "HEROIN"),
            ("12", "HEROIN"),
            ("ABOUT 5,500", "PEOPLE"),
            ("MORE THAN 70 PERCENT", "PEOPLE"),
            ("2,150", "NUMBER OF DRUG-RELATED CRIMES"),
            ("1,900", "NUMBER OF DRUG-RELATED CRIMES"),
        ]
    );
}

#[test]
fn a_change_by_a_share_measures_its_object_and_a_third_or_a_half_in_words_is_read() {
    let text = "\
I. Summary

According to the UNODC report, Morocco in 2004 succeeded in decreasing by 10 percent its land \
dedicated to cannabis cultivation to 120,500 hectares, down from 134,000 hectares in 2003. \
Detected drug shipments decreased by nearly a third in 2001. Cocaine seizures in 2001 were \
about two-and-a-half percent lower than in 2000. Morocco is a third country in the scheme.
";
    let doc = read("changes.txt", text);
    let rows: Vec<(&str, f64, &str, &str, &str)> = doc
        .statistics
        .iter()
        .map(|s| {
            (
                s.text(&doc.text),
                s.value,
                s.unit.as_ref(),
                s.qualifier,
                s.measures.as_str(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("10 percent", 10.0, "%", "", "land"),
            ("120,500 hectares", 120_500.0, "ha", "", "land"),
            ("134,000 hectares", 134_000.0, "ha", "", "land"),
            (
                "nearly a third",
                1.0 / 3.0,
                "",
                "nearly",
                "Detected drug shipments"
            ),
            (
                "about two-and-a-half percent",
                2.5,
                "%",
                "approximately",
                "Cocaine seizures"
            ),
        ]
    );
}

#[test]
fn a_library_mirrors_pager_record_and_notice_are_chrome() {
    let page = "\
Skip to main content
Westbrook College Library | Government Documents
Home | Collections | Search the Archive | Ask a Librarian | My Account
Posted: April 2, 2002 | Collection: Federal Depository Library Program, Item 0876-B
U.S. Department of State

Africa and the Middle East

I. Summary

Benin is a transit country for cocaine from South America to Europe. Police seized 95 \
kilograms of cocaine at the port of Cotonou in 2001, up from 12 kilograms in 2000.

II. Status of Country

Benin's porous borders and weak controls make it attractive to traffickers. Nigerian criminal groups move heroin and cocaine through the port and the airport, and couriers cross the land borders with Togo and Nigeria with little risk of inspection.

III. Country Actions Against Drugs in 2001

The government created an interministerial committee on narcotics, and the police opened a new counternarcotics office at the airport, staffed by officers trained abroad. Benin is a party to the 1988 UN Drug Convention and has signed bilateral agreements with its neighbours on the exchange of information about traffickers and their shipments.

Next: Botswana >>
<< Previous: Angola
Mirrored from www.state.gov for preservation. This mirror is not updated.
Copyright (c) 1998-2019 Westbrook College Library. All rights reserved.
Contact Us | Accessibility | Privacy Statement | Site Map
";
    let doc = read("benin.txt", page);
    assert!(
        doc.text
            .starts_with("U.S. Department of State\n\nAfrica and the Middle East\n\nI. Summary"),
        "{}",
        doc.text
    );
    assert!(
        doc.text
            .ends_with("the exchange of information about traffickers and their shipments."),
        "{}",
        doc.text
    );
    assert_eq!(doc.issuer, ["U.S. Department of State"]);
    let dates: Vec<&str> = doc.dates.iter().map(|d| d.value.as_str()).collect();
    assert_eq!(dates, ["2001", "2000"]);
}

#[test]
fn a_cables_station_line_is_routing_and_its_subject_names_the_chapter() {
    let cable = "\
Cablegate: Iraq: Incsr Report Part I - Drug and Chemical Control

DE RUEHGB #3353/01 3630414
R 290414Z DEC 09

SUBJECT: IRAQ: INCSR Report Part I - Drug and Chemical Control

1. (SBU) Summary: Senior Iraqi officials acknowledge that illicit drugs enter Iraq from \
Iran, some to be used by Iraqis, but most transshipped south out of Basra. End Summary.
";
    let doc = read("iraq.txt", cable);
    assert_eq!(doc.subject, "Iraq");
    assert_eq!(
        doc.title,
        "Iraq: INCSR Report Part I - Drug and Chemical Control"
    );
    assert_eq!(doc.date, "2009-12-29");
    assert!(!doc.text.contains("RUEHGB"), "{}", doc.text);
}

#[test]
fn a_paragraph_naming_a_web_site_and_a_tables_source_line_stay() {
    // A report's own paragraph may name a web site and privacy; a table's source line has
    // bars. Neither is the site's chrome, and nothing after them is lost.
    let chapter = "\
Antigua and Barbuda

I. Summary

Antigua and Barbuda is a transshipment point for cocaine and marijuana destined for the \
United States and Europe.

II. Status of Country

Amendments to the Money Laundering (Prevention) Act lifted bank privacy for ONDCP \
investigators, and the ONDCP posts its annual report on its website, www.ondcp.gov.ag.

Cocaine seizures, 2004-2006 (kilograms)

Source: ONDCP | Royal Police Force
2004 | 4,100
2005 | 2,300

III. Country Actions Against Drugs in 2006

The ONDCP seized 21 kilograms of cocaine in 2006, and arrested 213 persons on drug charges.
";
    let doc = read("antigua.txt", chapter);
    assert!(doc.text.contains("www.ondcp.gov.ag."), "{}", doc.text);
    assert!(
        doc.text.contains("Source: ONDCP | Royal Police Force"),
        "{}",
        doc.text
    );
    assert!(
        doc.text.ends_with("arrested 213 persons on drug charges."),
        "{}",
        doc.text
    );
    assert_eq!(doc.sections.len(), 3, "{:?}", outline(&doc));
}

#[test]
fn a_half_in_a_hyphened_number_keeps_its_scale_and_a_time_after_a_change_is_no_object() {
    let doc = read(
        "half.txt",
        "I. Summary\n\nThere are two-and-a-half million addicts. Heroin seizures stood at 500 \
         kilograms, decreasing by 40 percent the following year.\n",
    );
    let rows: Vec<(&str, f64, &str)> = doc
        .statistics
        .iter()
        .map(|s| (s.text(&doc.text), s.value, s.measures.as_str()))
        .collect();
    assert_eq!(
        rows,
        [
            ("two-and-a-half million", 2_500_000.0, "addicts"),
            ("500 kilograms", 500.0, "Heroin seizures"),
            ("40 percent", 40.0, "Heroin seizures"),
        ]
    );
}

#[test]
fn a_cable_in_capitals_without_blank_lines_keeps_its_heads_and_paragraphs_apart() {
    let cable = "\
UNCLAS SECTION 01 OF 04 LA PAZ 003353
SIPDIS
E.O. 12958: N/A
TAGS: SNAR, PGOV, BL
SUBJECT: BOLIVIA: 1998 INCSR PART I - DRUGS AND CHEMICAL
CONTROL
REF: STATE 228024
1. THE FOLLOWING IS EMBASSY LA PAZ'S SUBMISSION FOR THE 1998
INCSR. SECTIONS ARE KEYED TO THE INSTRUCTIONS IN REFTEL.
I. SUMMARY
2. BOLIVIA REMAINS THE WORLD'S THIRD LARGEST PRODUCER OF COCA LEAF
AND COCAINE. THE GOB ERADICATED 11,621 HECTARES OF COCA IN 1998,
EXCEEDING ITS TARGET OF 7,000 HECTARES FOR THE FIRST TIME SINCE 1990.
III. COUNTRY ACTIONS AGAINST DRUGS IN 1998
LAW ENFORCEMENT EFFORTS
5. THE SPECIAL ANTI-NARCOTICS FORCE (FELCN) SEIZED 10.4 METRIC TONS
OF COCAINE BASE AND HYDROCHLORIDE IN 1998, AND ARRESTED 1,925 PEOPLE,
ACCORDING TO FELCN STATISTICS PROVIDED TO THE NAS.
CORRUPTION
6. THE GOB DISMISSED 150 POLICE OFFICERS FOR CORRUPTION IN 1998.
CULTIVATION AND PRODUCTION OF COCA LEAF IN THE CHAPARE AND YUNGAS
8. COCA CULTIVATION DECREASED BY 17 PERCENT IN 1998. THE YUNGAS
ACCOUNTS FOR 12,000 HECTARES OF LICIT COCA UNDER LAW 1008.
";
    let doc = read("bolivia.txt", cable);
    let titles: Vec<&str> = doc.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "I. SUMMARY",
            "III. COUNTRY ACTIONS AGAINST DRUGS IN 1998",
            "LAW ENFORCEMENT EFFORTS",
            "CORRUPTION",
            "CULTIVATION AND PRODUCTION OF COCA LEAF IN THE CHAPARE AND YUNGAS",
        ]
    );
    assert_eq!(doc.subject, "Bolivia");
    // A paragraph's number is no count.
    let figures = figure_texts(&doc);
    assert_eq!(
        figures,
        [
            "11,621 HECTARES",
            "7,000 HECTARES",
            "10.4 METRIC TONS",
            "1,925",
            "150",
            "17 PERCENT",
            "12,000 HECTARES"
        ]
    );
}

#[test]
fn a_region_line_names_no_chapter_and_the_country_it_opens_on_does() {
    // state.gov's archive page: the region over the chapter, no report name, a faction
    // named more often than the country.
    let page = "\
U.S. Department of State

Southwest Asia

Back to previous page

I. Summary

Afghanistan continues to be the world's largest opium producer. The Taliban and Northern \
Alliance factions vie for control of Afghanistan. The Taliban controls 96 percent of the \
territory where poppy is grown, and the Taliban taxes the crop.

The Taliban issued in late July a new ban on poppy cultivation. Neither the Taliban nor the \
Northern Alliance has seized stored opium, and Afghanistan's traffickers still move heroin.
";
    let doc = read("afghanistan.txt", page);
    assert_eq!(doc.subject, "Afghanistan");
    assert!(!doc.title.contains("Southwest Asia"), "{}", doc.title);
}

#[test]
fn a_volumes_long_title_is_the_cover_under_the_sites_tagline() {
    let page = "\
U.S. Department of State

Diplomacy in Action

2011 International Narcotics Control Strategy Report (INCSR)--Volume II: Money Laundering \
and Financial Crimes Country Database--Montserrat through Suriname

Report
Bureau of International Narcotics and Law Enforcement Affairs
May 20, 2011

Share

Montserrat

Montserrat has one of the smallest financial sectors of the Caribbean overseas territories \
of the United Kingdom. Less than 6,000 people remain resident on the island.
";
    let doc = read("montserrat.txt", page);
    assert!(
        doc.title.starts_with("2011 International Narcotics"),
        "{}",
        doc.title
    );
    assert_eq!(doc.subject, "Montserrat");
    assert_eq!(doc.date, "2011-05-20");
    assert!(!doc.text.contains("Diplomacy in Action"), "{}", doc.text);
}

#[test]
fn a_blogs_likes_comments_and_lists_of_posts_are_chrome() {
    let page = "\
Skip to content
GamingWatch Asia
Home | News | Regulation | Macau | Reports | About | Contact
Posted on 3 March 2016 by K. Leong | 4 Comments

I. Summary

Macau is not a significant regional financial center. With estimated gaming revenues of \
$30 billion for 2015, Macau is still the world's largest gaming market by revenue, although \
monthly gaming revenue has fallen for the past 18 months.

II. Status of Country

Macau government officials indicate the primary sources of laundered funds are \
gaming-related crimes, property offenses, and fraud.

Like this:
Like Loading...
Related
Junket licences fall to 141 as regulator tightens rules
Leave a Reply
Your email address will not be published. Required fields are marked *
Post Comment
Recent Posts
Sands China posts 2015 net income of $1.97 billion
Cambodia casino revenue tax to rise 10 percent in 2017 budget
Archives
March 2016
February 2016
(c) 2016 GamingWatch Asia. All rights reserved. | Privacy Policy | Powered by WordPress
";
    let doc = read("macau.txt", page);
    assert!(
        doc.text
            .ends_with("gaming-related crimes, property offenses, and fraud."),
        "{}",
        doc.text
    );
    assert_eq!(figure_texts(&doc), ["$30 billion"]);
    let dates: Vec<&str> = doc.dates.iter().map(|d| d.value.as_str()).collect();
    assert_eq!(dates, ["2015"]);
}

#[test]
fn an_opening_clause_a_valued_object_and_a_rate_after_the_phrase_are_read() {
    let doc = read(
        "afghanistan.txt",
        "I. Summary\n\nAs a result of more than 25 years of conflict, the lack of legitimate \
         income streams, and the limited capacity of the national government, the area \
         devoted to poppy cultivation in 2004 set a new record at 206,700 hectares, more than \
         three-times the area cultivated in 2003. The factions tax the opium poppy crop at about \
         ten percent, and allow it to be sold. Hawaladars handle $1 billion in drug money per \
         year. The United States estimates Afghanistan's total opium cultivation for 2000-2001 \
         at 1,685 hectares. Cocaine flow through Haiti decreased from 13 percent to 8 percent \
         of the total detected flow in 2000.\n",
    );
    let rows = figures_units_and_measures(&doc);
    assert_eq!(
        rows,
        [
            ("206,700 hectares", "ha", "area"),
            ("more than three-times", "x", "area"),
            ("about ten percent", "%", "opium poppy crop"),
            ("$1 billion", "USD/yr", "drug money"),
            (
                "1,685 hectares",
                "ha",
                "Afghanistan's total opium cultivation"
            ),
            ("13 percent", "%", "detected flow"),
            ("8 percent", "%", "detected flow"),
        ]
    );
}

#[test]
fn a_blogs_post_widget_is_content_and_an_h1_naming_the_report_opens_its_cover() {
    // Blogger wraps its posts in `class="widget Blog"`: the post is the page's content.
    let blog = read(
        "haiti.html",
        "<html><head><title>Solutions Haiti: 2008 International Narcotics Control Strategy \
         Report</title></head><body><div class=\"sidebar\"><div class=\"widget Label\"><h2>\
         Labels</h2><ul><li>drugs (12)</li></ul></div></div><div class=\"widget Blog\" \
         id=\"Blog1\"><h3 class=\"post-title\">2008 International Narcotics Control Strategy \
         Report</h3><div class=\"post-body\"><p>I. Summary</p><p>Haiti is a major transit \
         country for cocaine. In 2007, air smuggling of narcotics to Haiti from Venezuela \
         increased by 38 percent. Haiti is a party to the 1988 UN Drug Convention.</p></div>\
         </div></body></html>",
    );
    assert!(
        blog.text.contains("increased by 38 percent"),
        "{:?}",
        blog.text
    );
    assert_eq!(blog.subject, "Haiti");
    // state.gov's 2002 page: the report's name in `h1`, the cover's lines under it.
    let page = read(
        "afghanistan.html",
        "<html><head><title>Southwest Asia: Afghanistan</title></head><body><div id=\"nav\">\
         <a href=\"/\">Home</a> | <a href=\"/r\">Reports</a></div><div id=\"content\"><h1>\
         International Narcotics Control Strategy Report -2001</h1><p>Released by the Bureau \
         for International Narcotics and Law Enforcement Affairs</p><p>March 2002</p><h2>\
         Southwest Asia</h2><h2>Afghanistan</h2><h3>I. Summary</h3><p>Afghanistan remained \
         one of the world's leading opium producers. The United States estimates Afghanistan's \
         total opium cultivation at 1,685 hectares.</p></div></body></html>",
    );
    assert_eq!(page.subject, "Afghanistan");
    assert_eq!(page.date, "2002-03");
    assert_eq!(
        page.issuer,
        ["Bureau for International Narcotics and Law Enforcement Affairs"]
    );
    assert_eq!(outline(&page), [("I. Summary", 1)]);
}

#[test]
fn asides_rates_and_group_names_keep_their_readings() {
    // An aside set off by commas is no new subject; a rate after a clause that goes on is
    // none; a paragraph ending in "looks like this:" is the report's.
    let doc = read(
        "asides.txt",
        "I. Summary\n\nSeizures of heroin, the main opiate, reached 300 kilograms. While Bolivia \
         and Peru cut cultivation, the area of coca in Colombia, the largest producer, rose to \
         160,000 hectares. Police seized USD 7 million and each year the amounts grow. The \
         breakdown of 2005 seizures looks like this:\n\nCocaine: 2,100 kg\n\nII. Status of \
         Country\n\nColombia is the largest producer of coca.\n",
    );
    let rows = figures_units_and_measures(&doc);
    assert_eq!(rows[0], ("300 kilograms", "kg", "Seizures of heroin"));
    assert_ne!(rows[1].2, "largest producer");
    assert_eq!(rows[2], ("USD 7 million", "USD", ""));
    assert_eq!(rows[3], ("2,100 kg", "kg", "Cocaine"));
    assert_eq!(
        outline(&doc),
        [("I. Summary", 1), ("II. Status of Country", 1)]
    );
    // "remained steady at": what remained, not the figure before it.
    let steady = read(
        "steady.txt",
        "I. Summary\n\nThe UN estimated that poppy cultivation increased 18 percent in 2012, \
         while potential opium production remained steady at 4,300 MT.\n",
    );
    assert_eq!(steady.statistics[1].measures, "potential opium production");
    // A rate against a base: "82 per 100,000" is a ratio, the share it gives.
    let rate = read(
        "rate.txt",
        "I. Summary\n\nHonduras had an official murder rate of 82 per 100,000 inhabitants in \
         2011.\n",
    );
    let murder = &rate.statistics[0];
    assert_eq!(
        (
            murder.text(&rate.text),
            murder.kind,
            murder.value,
            murder.unit.as_ref()
        ),
        ("82 per 100,000", dossier::StatKind::Ratio, 0.00082, "")
    );
    // (Review 39: Sweden 1996.)
    let range = read(
        "se.txt",
        "I. Summary

The rate of severe drug abusers in Sweden was between 160-230 per          100,000.
",
    );
    let abusers = &range.statistics[0];
    assert_eq!(
        (abusers.value, abusers.value_max, abusers.unit.as_ref()),
        (0.0016, Some(0.0023), "")
    );
    // "the Taliban" is a group, however often named: the chapter is Afghanistan's.
    let taliban = read(
        "taliban.txt",
        "I. Summary\n\nThe Taliban banned opium poppy cultivation in July 2000, and the \
         Taliban's ban cut Afghanistan's poppy crop by 91 percent. Afghanistan remained the \
         world's largest producer of opium in 2000. The Taliban have not acted against heroin \
         labs. Afghanistan produced 3,276 metric tons of opium in 2000, and the Taliban taxed \
         it.\n",
    );
    assert_eq!(taliban.subject, "Afghanistan");
    // A cover's "INCSR 2005" names the report, not its subject.
    let cover = read(
        "guatemala.txt",
        "INCSR 2005\n\nCENTRAL AMERICA\n\nGUATEMALA\n\nI. Summary\n\nGuatemala is a transit \
         country. Guatemala seized 3 tons of cocaine. Guatemala cooperates with the U.S.\n",
    );
    assert_eq!(cover.subject, "Guatemala");
    // A numbered head in sentence case with a verb is still a head.
    let heads = read(
        "heads.txt",
        "Money Laundering and Financial Crimes\n\n1. Where the money is laundered\n\nBanks \
         and exchange houses handle most of it, the Central Bank reports.\n\n2. Measures that \
         have been taken\n\nThe Congress passed a new law in 2005.\n",
    );
    let titles: Vec<&str> = heads.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "1. Where the money is laundered",
            "2. Measures that have been taken"
        ]
    );
}

#[test]
fn an_elements_id_still_names_it_chrome_and_a_year_is_a_rate() {
    let page = read(
        "burma.html",
        "<html><head><title>Burma - 2001 International Narcotics Control Strategy Report</title>\
         </head><body><h1>Burma</h1><p>Burma is the second largest producer of illicit opium \
         in the world. Opium cultivation covered 105,000 hectares in 2001, and traffickers \
         launder $1 billion in drug money a year through the region's banks.</p><p>The \
         government has pledged to eliminate opium production by 2014 and has begun a program \
         of crop substitution in the Wa region.</p><div id=\"sidebar\" class=\"text\"><p>Our \
         editors recommend further reading on the region's drug trade, compiled from news \
         agencies over the past year, with 45 articles for subscribers.</p></div></body></html>",
    );
    assert!(!page.text.contains("45 articles"), "{}", page.text);
    let rows: Vec<(&str, &str)> = page
        .statistics
        .iter()
        .map(|s| (s.text(&page.text), s.unit.as_ref()))
        .collect();
    assert_eq!(rows, [("105,000 hectares", "ha"), ("$1 billion", "USD/yr")]);
}

#[test]
fn a_pdf_dumps_page_number_and_running_header_go_and_its_paragraph_goes_on() {
    // `pdftotext` of a printed volume: a page number at the foot, a form feed, the running
    // header again at the top of the next page, in the middle of a sentence.
    let dump = "\
International Narcotics Control Strategy Report Volume I

Honduras

A. Introduction

Honduras is a major transit country for cocaine, as well as some chemical precursors, and
synthetic drugs. The United States estimated that more than 80 percent of the primary flow
of the cocaine trafficked to the United States first transited through the Central
American corridor in 2012. The region is vulnerable to narcotics trafficking due to its
remoteness, limited infrastructure, lack of government presence, and weak law enforcement
institutions, and the police seized 22 metric tons of cocaine on the North Atlantic coast

203

\x0cInternational Narcotics Control Strategy Report Volume I

Honduras

and in the Gulf of Fonseca, far more than the year before, when seizures were 4 metric tons.
Manual eradication of marijuana went on in the east, and the courts heard more drug-
related cases than ever, though the government's program of eradi-
cation was cut back in the west for lack of funds and of trained police officers, and weak
law enforcement institu-
tions let traffickers move freely along the Caribbean coast and its many small islands.
";
    let doc = read("honduras.txt", dump);
    assert!(
        doc.text
            .contains("on the North Atlantic coast and in the Gulf of Fonseca"),
        "{}",
        doc.text
    );
    let figures = figure_texts(&doc);
    assert_eq!(
        figures,
        ["more than 80 percent", "22 metric tons", "4 metric tons"]
    );
    assert_eq!(doc.subject, "Honduras");
    // A word broken at a line's end and written whole elsewhere is joined whole; a compound
    // keeps its hyphen.
    assert!(
        doc.text.contains("program of eradication was cut"),
        "{}",
        doc.text
    );
    assert!(doc.text.contains("more drug-related cases"), "{}", doc.text);
    // A line going on with a word's ending only ("institu-" / "tions") is joined whole too.
    assert!(
        doc.text.contains("law enforcement institutions let"),
        "{}",
        doc.text
    );
}

#[test]
fn an_embassy_page_is_titled_by_its_heading_not_the_sites_name_nor_dated_by_its_footer() {
    // The `<title>`'s longer half is the site's name; the footer's "Last updated" dates the
    // page, not the report the embassy put on it. (A news story titled with "UN report says"
    // is dated by it still.)
    let page = read(
        "paraguay.html",
        "<html><head><title>Volume I: Drug and Chemical Control | Embassy of the United States \
         Asunción, Paraguay</title></head><body><nav><a href=\"/\">Home</a> <a href=\"/v\">Visas\
         </a></nav><main><article><h1>Volume I: Drug and Chemical Control</h1><h3>A. \
         Introduction</h3><p>The U.S. Government dropped Paraguay from the list of major \
         narcotics transit countries in September 2010. Paraguay remains a source of \
         marijuana, and police eradicated 1,200 hectares of it.</p><p>Paraguay continues to \
         face significant challenges in its fight against narcotics trafficking.</p></article>\
         </main><footer><p>Embassy of the United States · Asunción, Paraguay</p><p>Last \
         updated: March 4, 2011 · © 2011</p></footer></body></html>",
    );
    assert_eq!(page.title, "Volume I: Drug and Chemical Control");
    assert_eq!(page.date, "");
    assert_eq!(
        figures_and_measures(&page),
        [("1,200 hectares", "marijuana")]
    );
    let news = read(
        "bbc.html",
        "<html><head><title>Colombia coca crop up 27%, UN report says</title></head><body><h1>\
         Colombia coca crop up 27%, UN report says</h1><p>The area of Colombia planted with \
         coca rose by 27% last year, the United Nations says in its annual survey of the crop.\
         </p><p>Last Updated: Wednesday, 18 June 2008</p></body></html>",
    );
    assert_eq!(news.date, "2008-06-18");
}

/// The chapter `doc` written out as a note app exports a clipped page: front matter, a
/// breadcrumb of links, its cover lines, `##`/`###` heads, run-in heads in bold, paragraphs
/// hard-wrapped at 72 columns.
fn as_markdown(doc: &Document) -> String {
    let mut md = String::from(
        "---\ntitle: \"1997 INCSR: Lithuania\"\nsource: http://www.hri.org/docs/USSD-INCSR/97/\n\
         created: 2024-01-15T09:41:07+02:00\ntags: [clippings]\n---\n\n\
         - [Home](http://www.hri.org/)\n- [Documents](http://www.hri.org/docs/)\n\
         - [USSD INCSR 1997](http://www.hri.org/docs/USSD-INCSR/97/)\n\n",
    );
    let run_in_starts: Vec<usize> = doc
        .sections
        .iter()
        .filter(|s| s.level == 2)
        .map(|s| s.span.start)
        .collect();
    for block in &doc.blocks {
        let text = &doc.text[block.span.range()];
        match block.kind {
            BlockKind::Heading => {
                md.push_str(if block.level <= 1 { "## " } else { "### " });
                md.push_str(text);
            }
            BlockKind::Paragraph if run_in_starts.contains(&block.span.start) => {
                let head = doc
                    .sections
                    .iter()
                    .find(|s| s.span.start == block.span.start)
                    .map_or("", |s| s.title.as_str());
                md.push_str(&format!("**{head}**{}", &text[head.len()..]));
            }
            _ => md.push_str(text),
        }
        md.push_str("\n\n");
    }
    // Hard-wrapped, as a clipper set to a fixed width writes it.
    let mut wrapped = String::new();
    for line in md.lines() {
        let mut width = 0;
        for (i, word) in line.split(' ').enumerate() {
            if i > 0 && width + word.len() > 72 && !line.starts_with('#') {
                wrapped.push('\n');
                width = 0;
            } else if i > 0 {
                wrapped.push(' ');
                width += 1;
            }
            wrapped.push_str(word);
            width += word.len();
        }
        wrapped.push('\n');
    }
    wrapped
}

#[test]
fn a_markdown_note_of_a_chapter_reads_as_its_text_copy() {
    let path = common::corpus("incsr-dev/lithuania-1997.txt");
    let plain = dossier::read_file(&path).expect("reads");
    let md = as_markdown(&plain);
    assert!(md.contains("\n## I. Summary\n"), "{md}");
    let doc = reads_as_its_text_copy(&path, "Lithuania 1997.md", &md, &["[Home]", "Documents"]);
    assert_eq!(outline(&doc), outline(&plain));
    assert!(
        !doc.text.contains("**") && !doc.text.contains("]("),
        "{}",
        doc.text
    );
    // The day the note was clipped dates nothing.
    assert!(doc.dates.iter().all(|d| !d.value.starts_with("2024")));
    // Markdown is text.
    assert_eq!(doc.format, dossier::document::SourceFormat::Text);
}

#[test]
fn an_overview_chapters_own_heads_under_the_cover_open_its_outline_and_name_no_country() {
    // The volume's policy overview: no country line, no "I. Summary"; its own head stands
    // where a chapter's country would.
    let doc = read(
        "policy-1998.txt",
        "1998 International Narcotics Control Strategy Report\n\nBureau for International \
         Narcotics and Law Enforcement Affairs\nUnited States Department of State\nFebruary 26, \
         1999\n\n\nPolicy and Program Overview for 1998\n\nThe United States and its allies made \
         solid gains at the drug trade's expense in 1998. In 1998, overall coca cultivation in \
         the Andean countries fell 17 percent. Peru and Bolivia cut their crops; Peru's fell \
         26 percent, and Peru now grows less than Colombia.\n",
    );
    assert_eq!(outline(&doc), [("Policy and Program Overview for 1998", 1)]);
    assert_eq!(
        doc.title,
        "1998 International Narcotics Control Strategy Report"
    );
    assert_eq!(doc.subject, "");
    assert_eq!(doc.date, "1999-02-26");
    assert!(
        doc.statistics
            .iter()
            .all(|s| &*s.section == "Policy and Program Overview for 1998")
    );
    // A later edition's: its head and a part's head ending with a colon.
    let doc = read(
        "policy-2011.txt",
        "2011 INCSR: Policy and Program Developments\n\nBureau of International Narcotics and \
         Law Enforcement Affairs\nMarch 3, 2011\n\n\nOverview for 2010\n\nIntroduction:\n\n\
         Drug trafficking and transnational organized crime pose a serious threat to citizens \
         of all countries, and the United States supports its partners abroad.\n\n\
         International Frameworks:\n\nThe United States works through the United Nations and \
         regional bodies to strengthen the treaties against drugs, crime and corruption that \
         most countries have signed.\n\nPartners include:\n\nMexico\n",
    );
    assert_eq!(
        outline(&doc),
        [
            ("Overview for 2010", 1),
            ("Introduction", 2),
            ("International Frameworks", 2)
        ]
    );
    // A thematic chapter's head in capitals, or a part's name, is no country either.
    let doc = read(
        "chemical.txt",
        "2003 International Narcotics Control Strategy Report\nBureau for International \
         Narcotics and Law Enforcement Affairs\nMarch 2004\n\nChemical Control\n\nCanada is a \
         source of precursors. Canada seized 1,250 kilograms of ephedrine in 2003.\n",
    );
    assert_eq!(outline(&doc), [("Chemical Control", 1)]);
    assert_eq!(doc.subject, "");
    // Only a line that says what part it is: a country however long ("Federal Republic of
    // Germany"), an author's post, a reporter's byline stay what they were.
    let doc = read(
        "frg.txt",
        "1998 International Narcotics Control Strategy Report\nBureau for International \
         Narcotics and Law Enforcement Affairs\nFebruary 1999\n\nFederal Republic of \
         Germany\n\nGermany is a key location for drugs transiting Europe. Police seized 735 \
         kilograms of heroin in 1998. Germany is a party to the 1988 UN Drug Convention.\n",
    );
    assert_eq!(outline(&doc), []);
    let doc = read(
        "crs.txt",
        "CRS Report for Congress\n\nMexico's Drug Cartels\n\nOctober 16, 2007\n\nColleen W. \
         Cook\nAnalyst in Latin American Affairs\n\nMexican drug trafficking organizations \
         supply most of the cocaine, and they earn billions of dollars a year.\n",
    );
    assert_eq!(outline(&doc), []);
    let doc = read(
        "gleaner.txt",
        "The Jamaica Gleaner\nStaff Reporter\nPolice Seize Cocaine Worth Millions in Kingston \
         Raid\n\nPolice seized 120 kilograms of cocaine with a street value of $50 million in a \
         raid on a warehouse in downtown Kingston yesterday.\n",
    );
    assert_eq!(outline(&doc), []);
    assert_eq!(
        doc.title,
        "Police Seize Cocaine Worth Millions in Kingston Raid"
    );
    // A region over the chapter's "I. Summary" is its cover's line, as before.
    let doc = read(
        "armenia.txt",
        "1997 International Narcotics Control Strategy Report, March 1998\n\nEurope and Central \
         Asia\n\nI. Summary\n\nArmenia's geographic position makes it a transit route.\n",
    );
    assert_eq!(outline(&doc), [("I. Summary", 1)]);
}

#[test]
fn a_dimension_before_its_noun_and_a_subject_qualified_by_a_participle_keep_their_nouns() {
    // "a 1,000 km long coastline": the figure and "long" describe the noun after them; the
    // bracketed figure measures it too.
    let doc = read(
        "croatia.txt",
        "II. Status of Country\n\nCroatia shares borders with Slovenia, Serbia, Montenegro, \
         Hungary, and Bosnia and Herzegovina, and has a 1,000 km long coastline (4,000 km adding \
         in its 1,001 islands), which presents an attractive target to smugglers. The border is \
         744 kilometers long.\n",
    );
    assert_eq!(
        figures_and_measures(&doc),
        [
            ("1,000 km", "coastline"),
            ("4,000 km", "coastline"),
            ("1,001", "islands"),
            ("744 kilometers", "border"),
        ]
    );
    // "the overall volume of heroin seized in that time period remains below": the subject
    // the participle's phrase follows, not the phrase's "time period".
    let doc = read(
        "latvia.txt",
        "II. Status of Country\n\nHeroin use is low. However, the overall volume of heroin seized \
         in that time period remains below two kilograms and police report that heroin is \
         sold only to known buyers.\n",
    );
    assert_eq!(
        figures_and_measures(&doc),
        [(
            "below two kilograms",
            "overall volume of heroin seized in that time period"
        )]
    );
}

#[test]
fn a_cables_routing_lines_in_a_markdown_note_are_chrome_not_sections() {
    let doc = read(
        "latvia.md",
        "---\ntitle: \"Cablegate: Latvia 2010 Incsr Part 1 Draft\"\ncreated: 2024-01-15\n---\n\n\
         # Cablegate: Latvia 2010 Incsr Part 1 Draft\n\nDE RUEHRA #0535/01 3030849\n\
         R 300849Z OCT 09\n\nE.O. 12958: N/A\n\n## I. Summary\n\nLatvia is a transit country. \
         Police seized 12 kilograms of heroin.\n",
    );
    assert_eq!(outline(&doc), [("I. Summary", 1)]);
    assert!(!doc.text.contains("RUEHRA") && !doc.text.contains("12958"));
    // Its date-time group dates it, as in its text copy; the clipping's day does not.
    assert_eq!(doc.date, "2009-10-30");
}

#[test]
fn a_chapter_merely_renamed_md_reads_as_its_text_copy_and_a_note_with_some_html_as_markdown() {
    // No Markdown in it: its stacked cover lines stay lines, not one paragraph.
    let path = common::corpus("incsr-dev/germany-1998.txt");
    let text = std::fs::read_to_string(&path).expect("the chapter");
    let doc = reads_as_its_text_copy(&path, "germany-1998.md", &text, &[]);
    assert_eq!(
        outline(&doc),
        outline(&dossier::read_file(&path).expect("reads"))
    );
    // A note whose table's cells break lines with `<br>`: still Markdown.
    let doc = read(
        "paraguay.md",
        "# Paraguay\n\n## A. Introduction\n\nParaguay is a major transit country. In **2010** \
         police seized 1,200 kilograms of cocaine.\n\n1998. The law on money laundering \
         passed.\n\n| Drug | Seized |\n|---|---|\n| Cocaine<br>(kg) | 1,200 |\n",
    );
    assert_eq!(outline(&doc), [("A. Introduction", 1)]);
    assert!(
        !doc.text.contains("**") && !doc.text.contains("##"),
        "{}",
        doc.text
    );
    // A paragraph opening with its year keeps it.
    assert!(doc.text.contains("1998. The law"), "{}", doc.text);
}

#[test]
fn a_notes_linked_issuer_and_reference_links_keep_its_cover_and_its_properties_leave() {
    // Setext heads and a reference-style link: Markdown all the same; the issuer's name linked
    // to its site is passed over, not taken for the site's menu that ends the cover.
    let doc = read(
        "ml98.md",
        "1998 International Narcotics Control Strategy Report\n\
         ====================================================\n\n\
         Bureau for International Narcotics and Law Enforcement Affairs  \n\
         [United States Department of State][dos]  \nFebruary 26, 1999\n\n\
         Introduction\n------------\n\nAs the 1990s draw to a close, we have an opportunity to \
         assess the changes in money laundering over the last decade. Ten years ago only a \
         handful of jurisdictions had criminalized it; today 26 have.\n\n\
         [dos]: https://www.state.gov/ \"U.S. Department of State\"\n",
    );
    assert_eq!(
        doc.title,
        "1998 International Narcotics Control Strategy Report"
    );
    assert_eq!(doc.date, "1999-02-26");
    assert!(!doc.text.contains("[dos]"), "{}", doc.text);
    // Notion's properties under the title: no date, no body text.
    let doc = read(
        "ml01.md",
        "# Money Laundering and Financial Crimes\n\nCreated: January 15, 2024 9:41 AM\nTags: \
         INCSR, money laundering\nURL: https://docslib.org/doc/7823972\n\n## Introduction\n\n\
         The terrorist attacks of September 11 vividly illuminated the importance of laws \
         against money laundering.\n",
    );
    assert!(doc.dates.iter().all(|d| !d.value.starts_with("2024")));
    assert!(!doc.text.contains("Created:"), "{}", doc.text);
}

#[test]
fn multiples_of_a_measure_counts_of_more_and_a_groups_name_read_as_a_reader_would() {
    let doc = read(
        "ml.txt",
        "I. Summary\n\nThe Bahamas has total gross assets equivalent to 96 times GDP. Last year \
         seven more Financial Intelligence Units (FIUs) became members of the Egmont Group. \
         Police raided the port three times in 1998. The Group of Seven Industrialized \
         Countries met in 1989. The commission met three times that year. Seizures reached \
         three times that amount. Police took 300 more kilograms of heroin than in 1997.\n",
    );
    let rows = figures_units_and_measures(&doc);
    assert_eq!(
        rows,
        [
            ("96 times", "x", "assets"),
            ("seven", "", "Financial Intelligence Units"),
            // How often it met is no multiple; a multiple of an amount is.
            ("three times", "x", "Seizures"),
            // More of a unit is an amount of it, not a count of kilograms.
            ("300 more kilograms", "kg", "heroin"),
        ]
    );
    // A month named over and over ("the attacks of September 11") names no country.
    let doc = read(
        "ml01.txt",
        "2002 International Narcotics Control Strategy Report\n\nMoney Laundering and \
         Financial Crimes\n\nThe terrorist attacks of September 11 illuminated the importance \
         of laws against money laundering. After September 11, governments moved. Since \
         September 11, the Egmont Group has grown to 69 members.\n",
    );
    assert_eq!(doc.subject, "");
}

#[test]
fn a_total_measures_what_it_totals_and_a_title_part_the_opening_names_is_the_subject() {
    let doc = read(
        "ml.txt",
        "I. Summary\n\nThe United States funded a regional training program, totaling more than \
         $3.5 million. Police made arrests totaling 300. More countries, 17, have promulgated \
         laws. Grants amounting to $2 million went to NGOs.\n",
    );
    assert_eq!(
        figures_and_measures(&doc),
        [
            ("more than $3.5 million", "regional training program"),
            ("300", "arrests"),
            ("17", "countries"),
            ("$2 million", "Grants"),
        ]
    );
    // A clipper's front matter dates the note with the article's `published`.
    let doc = read(
        "bs15.md",
        "---\ntitle: \"Countries/Jurisdictions of Primary Concern - Bahamas\"\npublished: \
         2016-03-02\ncreated: 2025-02-11\n---\nBureau of International Narcotics and Law \
         Enforcement Affairs\n\nThe Commonwealth of the Bahamas is a regional financial \
         center. Bahamas authorities froze **$2 million** in 2015.\n",
    );
    assert_eq!(doc.date, "2016-03-02");
}

#[test]
fn the_second_reviews_cases_keep_their_readings() {
    // A group named with its size counts it; more years or times are no count of things.
    let doc = read(
        "counts.txt",
        "I. Summary\n\nThe Dublin Group of 15 donor countries met. The law was extended for two \
         more years. Police raided the port two more times.\n",
    );
    assert_eq!(figures_and_measures(&doc), [("15", "donor countries")]);
    // A property in words dates the note; a "Status:" line of the report's body stays.
    let doc = read(
        "germany.md",
        "# Germany\n\nDate: March 1, 1998\n\n## I. Summary\n\nStatus: transit country.\n\n\
         Police seized **735 kilograms** of heroin in 1997.\n",
    );
    assert_eq!(doc.date, "1998-03-01");
    assert!(
        doc.text.contains("Status: transit country."),
        "{}",
        doc.text
    );
    // A year opening a line of code keeps no backslash.
    let doc = read(
        "chronology.md",
        "# Germany\n\n## Chronology\n\n```\n1998. 735 kg heroin seized\n```\n",
    );
    assert!(doc.text.contains("1998. 735 kg"), "{}", doc.text);
    // The state's banner over its linked name is the site's, not an issuer's cover.
    let doc = read(
        "banner.html",
        "<html><body><div><p>An official website of the United States Government</p><p><a \
         href=\"/\">U.S. Department of State</a></p></div><h1>Germany</h1><h2>I. Summary</h2>\
         <p>Germany is a major consumer of heroin and cocaine, and a transit country for drugs \
         bound for other European states. Police seized 735 kilograms of heroin in 1997, and \
         the number of first-time users fell by a tenth.</p></body></html>",
    );
    assert!(!doc.text.contains("official website"), "{}", doc.text);
}

#[test]
fn a_long_country_name_the_opening_begins_with_is_the_subject_whole() {
    let doc = read(
        "svg.txt",
        "International Narcotics Control Strategy Report, March 1996\nU.S. Department of \
         State\nBureau for International Narcotics and Law Enforcement Affairs\n\nSaint Vincent \
         and the Grenadines\n\nSaint Vincent and the Grenadines is a transit point for South \
         American cocaine. Police seized 1,250 kilograms of cocaine in 1995, and the Grenadines' \
         many islands shelter go-fast boats.\n",
    );
    assert_eq!(doc.subject, "Saint Vincent and the Grenadines");
    assert_eq!(
        doc.title,
        "International Narcotics Control Strategy Report, March 1996: Saint Vincent and the \
         Grenadines"
    );
}

#[test]
fn a_rate_is_read_past_an_aside_and_after_a_passive_verb() {
    let doc = read(
        "rates.txt",
        "I. Summary\n\nThe domestic drug trade is 500 million Litas (USD 200 million) per \
         annum and growing. The government spent $5 million (about 4 percent of the budget) on \
         treatment each year. Approximately $2 billion dollars is provided annually in U.S. \
         foreign assistance. About 300 tons were seized each year. Police seized $3 million \
         (USD) in 1998 and the year before. Another 200 tons were destroyed a year ago.\n",
    );
    let units: Vec<(&str, &str)> = doc
        .statistics
        .iter()
        .map(|s| (s.text(&doc.text), s.unit.as_ref()))
        .collect();
    assert_eq!(
        units,
        [
            ("500 million Litas", "LTL/yr"),
            ("USD 200 million", "USD"),
            ("$5 million", "USD/yr"),
            ("about 4 percent", "%"),
            ("Approximately $2 billion dollars", "USD/yr"),
            ("About 300 tons", "t/yr"),
            ("$3 million", "USD"),
            // When, not how often.
            ("200 tons", "t"),
        ]
    );
}

#[test]
fn a_number_in_quotation_marks_of_its_own_is_a_name() {
    let doc = read(
        "ng.txt",
        "I. Summary\n\nAdvance fee fraud, also known as \"419\" fraud in reference to the fraud \
         section in Nigeria's criminal code, remains a problem. Police opened 419 cases.\n",
    );
    assert_eq!(figures_and_measures(&doc), [("419", "cases")]);
    // Figures a writer quotes are figures still, words or digits.
    let doc = read(
        "quoted.txt",
        "I. Summary\n\nOfficials put the number of addicts at \"twenty five thousand\" in 2004. \
         Seizures reached ‘1,250’ kilograms. Arrests rose from \"12\" in 2003 to \"40\" in 2004.\n",
    );
    let values: Vec<(&str, f64)> = doc
        .statistics
        .iter()
        .map(|s| (s.text(&doc.text), s.value))
        .collect();
    assert_eq!(
        values,
        [
            ("twenty five thousand", 25000.0),
            ("1,250", 1250.0),
            ("12", 12.0),
            ("40", 40.0)
        ]
    );
}

#[test]
fn a_page_whose_heading_repeats_its_title_keeps_the_place_after_the_dash() {
    let page = "<html><head><title>Countries/Jurisdictions of Primary Concern - Ukraine</title>\
        </head><body><nav><a href=\"/\">Home</a> | <a href=\"/j\">Reports</a></nav>\
        <h1>Countries/Jurisdictions of Primary Concern - Ukraine</h1>\
        <div>Bureau of International Narcotics and Law Enforcement Affairs</div>\
        <p>Although Ukraine is not a regional banking or financial center, it does have close \
        ties with European banking networks. Illicit proceeds are primarily generated through \
        corruption and fraud.</p></body></html>";
    let doc = read("ua15.html", page);
    assert_eq!(
        doc.title,
        "Countries/Jurisdictions of Primary Concern - Ukraine"
    );
    assert_eq!(doc.subject, "Ukraine");
    // The issuer's line under the heading is the issuer's, though the heading names no report.
    assert_eq!(
        doc.issuer,
        ["Bureau of International Narcotics and Law Enforcement Affairs"]
    );
    // A site that repeats its own name over the article keeps it out of the title.
    let news = "<html><head><title>Colombia seizes record cocaine haul - The Bogota Post</title>\
        </head><body><h1>Colombia seizes record cocaine haul - The Bogota Post</h1>\
        <p>Police seized 1,200 kilograms of cocaine in 2015, up 40 percent from 2014, and \
        arrested 312 suspects in the port of Buenaventura.</p></body></html>";
    let doc = read("news.html", news);
    assert_eq!(doc.title, "Colombia seizes record cocaine haul");
    // (The country the headline opens with, not the site.)
    assert_eq!(doc.subject, "Colombia");
    // A site's name in the title bar alone is still taken off.
    let doc = read(
        "site.html",
        &page.replacen(
            "Concern - Ukraine</title>",
            "Concern - Ukraine - INL Archive</title>",
            1,
        ),
    );
    assert_eq!(
        doc.title,
        "Countries/Jurisdictions of Primary Concern - Ukraine"
    );
}

#[test]
fn a_page_titled_with_a_country_under_the_reports_issuer_is_about_that_country() {
    let page = "<html><head><title>Kyrgyz Republic</title></head><body>\
        <div>Bureau of International Narcotics and Law Enforcement Affairs</div>\
        <h2>A. Introduction</h2><p>Kyrgyzstan lies along a significant transit route for \
        illegal drugs moving north from Afghanistan to Russia and other European countries. \
        Illicit drugs are often smuggled from Tajikistan across un-demarcated borders.</p>\
        </body></html>";
    let doc = read("kg14.html", page);
    assert_eq!(doc.title, "Kyrgyz Republic");
    assert_eq!(doc.subject, "Kyrgyz Republic");
    // A short title that is no country's name names no subject.
    for title in ["Chemical Controls", "Washington", "Program Overview"] {
        let doc = read("part.html", &page.replace("Kyrgyz Republic", title));
        assert_eq!(doc.subject, "", "{title}");
    }
    // The heading over the issuer's line stays the title; the opening's first word is no
    // part of the country's name.
    let doc = read(
        "mx.html",
        "<html><head><title>Mexico</title></head><body><article><h1>Mexico</h1>\
         <div>Bureau of International Narcotics and Law Enforcement Affairs</div>\
         <p>Although Mexico is not a regional banking or financial center, illicit proceeds \
         are primarily generated through corruption, fraud and trafficking in drugs.</p>\
         </article></body></html>",
    );
    assert_eq!(doc.title, "Mexico");
    assert_eq!(doc.subject, "Mexico");
    assert_eq!(
        doc.issuer,
        ["Bureau of International Narcotics and Law Enforcement Affairs"]
    );
    // Three bureaus under a heading are a list, not the page's issuer.
    let doc = read(
        "bureaus.html",
        "<html><head><title>Related Bureaus</title></head><body><article>\
         <h1>Related Bureaus</h1><p>Bureau of International Narcotics and Law Enforcement \
         Affairs</p><p>Bureau of Political-Military Affairs</p><p>Bureau of Counterterrorism</p>\
         <p>Although the country is not a regional banking or financial center, illicit \
         proceeds are primarily generated through corruption and fraud.</p></article></body></html>",
    );
    assert!(doc.issuer.is_empty(), "{:?}", doc.issuer);
    // Without the issuer, a page titled by a country's name alone is still that country's.
    let doc = read(
        "kg.html",
        &page.replace(
            "<div>Bureau of International Narcotics and Law Enforcement Affairs</div>",
            "",
        ),
    );
    assert_eq!(doc.subject, "Kyrgyz Republic");
}

#[test]
fn a_wrapped_copys_issuer_line_joined_to_the_pages_kind_still_names_the_issuer() {
    let doc = read(
        "pg13.txt",
        "Countries/Jurisdictions of Primary Concern - Papua New Guinea\n\
         \n\
         Bureau of International Narcotics and Law Enforcement Affairs\n\
         Report\n\
         \n\
         Papua New Guinea (PNG) is not considered a major financial center. It\n\
         has a relatively stable banking system closely integrated with the\n\
         financial systems of Australia and New Zealand. Smuggling and public\n\
         corruption are problems in PNG.\n\
         \n\
         Corruption is one of the main sources of illegal proceeds, especially\n\
         related to misappropriation of public funds linked to the extraction\n\
         industries, related licensing procedures, and through fraudulent\n\
         compensation claims. The risk of domestic corruption is likely to be\n\
         enhanced as PNG’s rapid economic growth continues, fueled by large scale\n\
         foreign investment in the mining and petroleum sectors. Corruption is\n\
         also a serious issue in party politics. Misappropriation of government\n\
         funds occurs via government payments which, according to the\n\
         authorities, are generally placed through the banking sector and used to\n\
         purchase real estate or high-value vehicles, distributed in cash, or\n\
         moved offshore.\n\
         \n\
         The techniques to launder proceeds from other large-scale crimes in PNG,\n\
         such as illegal logging, arms trafficking, and fraud are less clear.\n\
         Transshipment of drugs and other illegal goods en route to Australia is\n\
         an emerging risk. The financial intelligence unit (FIU) reports that\n\
         criminals are increasingly using corporate entities to hide funds and\n\
         move them offshore. Limited PNG capacity in border control and the\n\
         presence of organized criminal groups pose significant risks for money\n\
         laundering. PNG relies on assistance from Australia to deter illegal\n",
    );
    assert_eq!(
        doc.issuer,
        ["Bureau of International Narcotics and Law Enforcement Affairs"]
    );
    assert_eq!(doc.subject, "Papua New Guinea");
}

#[test]
fn a_cover_wrapped_by_a_narrow_wrapper_reads_as_its_whole_lines() {
    let body = "\n\nI. Summary\n\nKenya is a significant transit country for heroin and cocaine \
                moving to Europe.\n";
    let read_cover = |cover: &str| read("cover.txt", &format!("{cover}{body}"));
    let doc = read_cover("International Narcotics Control Strategy\nReport\nMarch 2005\n\nKenya");
    assert_eq!(
        doc.title,
        "International Narcotics Control Strategy Report, March 2005: Kenya"
    );
    assert_eq!(doc.subject, "Kenya");
    for cover in [
        "United States Department of State\nBureau of International Narcotics and Law \
         Enforcement\nAffairs\nMarch 2005\n\nKenya",
        "U.S. Department of State\nBureau for International Narcotics and Law\nEnforcement \
         Affairs\nMarch 2005\n\nKenya",
    ] {
        let doc = read_cover(cover);
        assert_eq!(doc.subject, "Kenya", "{cover}");
        assert!(
            doc.issuer
                .last()
                .is_some_and(|i| i.ends_with("Law Enforcement Affairs")),
            "{:?}",
            doc.issuer
        );
    }
    let doc = read(
        "vc.txt",
        "Bureau of International Narcotics and Law Enforcement Affairs\nMarch 2005\n\n\
         Saint Vincent and the\nGrenadines\n\nI. Summary\n\nSaint Vincent and the Grenadines \
         is a transit point for cocaine.\n",
    );
    assert_eq!(doc.subject, "Saint Vincent and the Grenadines");
}

#[test]
fn a_tables_rows_are_no_page_furniture_and_addresses_are_no_figures() {
    // Rows of a table laid out with spaces have one shape, as a page's running header has;
    // but they stand one under another, not once a page.
    let doc = read(
        "chart.txt",
        "Opium Production in Metric Tons\n\n\
         YEAR          BURMA       AFGHANISTAN        LAOS\n\
         ----          -----       -----------        ----\n\
         1986          1,100           300            250\n\n\
         1987          1,200           600            260\n\n\
         1988          1,250           700            260\n\n\
         1989          2,450           600            300\n\n\
         Burma has been the top-ranking opium producer for the decade.\n",
    );
    for row in [
        "1986\t1,100\t300\t250",
        "1989\t2,450\t600\t300",
        "top-ranking",
    ] {
        assert!(doc.text.contains(row), "{row}: {}", doc.text);
    }
    // Read as a table: each cell measures its row and column, in the caption's unit.
    let cells: Vec<(&str, &str, &str)> = figures_units_and_measures(&doc);
    assert_eq!(cells.len(), 12, "{cells:?}");
    assert_eq!(cells[0], ("1,100", "t", "Opium Production: 1986 — BURMA"));
    assert_eq!(cells[11], ("300", "t", "Opium Production: 1989 — LAOS"));
    // A building's number, a postal code and a telephone number count nothing.
    let doc = read(
        "offices.txt",
        "Offices\n\nEmbassy at 2341 Wyoming Avenue NW, Washington DC 20008-3035. Hamilton office: \
         110 King St. W., (905) 521-7870. The office served 1,200 refugees.\n",
    );
    assert_eq!(figures_and_measures(&doc), [("1,200", "refugees")]);
    // Figures beside the same shapes stay figures.
    let doc = read(
        "near.txt",
        "Summary\n\nPolice trained 1,200 National Highway Police officers. The estimate \
         (UNODC) 300-1000 tons stands. Arrests (all drug offences): 136.\n",
    );
    assert_eq!(figure_texts(&doc), ["1,200", "300-1000 tons", "136"]);
}

#[test]
fn a_table_rows_label_that_names_a_unit_gives_its_cells_that_unit() {
    let doc = read(
        "jm05.html",
        "<html><body><p>Eradication and seizures in Jamaica, November 2005.</p><table>\
         <tr><th>Marijuana</th><th>Nov 2005</th><th>YTD'05</th></tr>\
         <tr><td>Hectares</td><td>35.81</td><td>391</td></tr>\
         <tr><td>Cured, Kilograms</td><td>1,523</td><td>15,264</td></tr>\
         <tr><td>Arrests</td><td>44</td><td>512</td></tr></table></body></html>",
    );
    let units: Vec<(&str, &str)> = doc
        .statistics
        .iter()
        .map(|s| (s.text(&doc.text), s.unit.as_ref()))
        .collect();
    assert_eq!(
        units,
        [
            ("35.81", "ha"),
            ("391", "ha"),
            ("1,523", "kg"),
            ("15,264", "kg"),
            ("44", ""),
            ("512", "")
        ]
    );
}

#[test]
fn a_text_about_one_country_has_it_for_subject_whatever_its_title() {
    let doc = read(
        "la07.txt",
        "MAJORS LIST CERTIFICATION PROCEDURES FOR LAOS FY 2007\n\n\
         1. Laos has made significant progress in reducing opium cultivation. In 2006 Laos \
         reduced cultivation to below 2000 hectares. The Government of Laos continues to \
         cooperate with the United States.\n",
    );
    assert_eq!(doc.subject, "Laos");
    // A name said over and over that is no country's is no subject.
    let doc = read(
        "ops.txt",
        "Operation Summary\n\nCiudad officials reported 300 arrests. Ciudad police seized 2 tons \
         of cocaine. Ciudad courts convicted 40 traffickers.\n",
    );
    assert_eq!(doc.subject, "");
}

#[test]
fn a_unit_after_a_word_that_says_which_and_a_cited_page() {
    let doc = read(
        "bo.txt",
        "I. Summary\n\nAlternative development contributed directly to 11,475 new hectares of \
         alternative crops. The patrol spanned 2,801 nautical miles. See the 2018 International \
         Narcotics Control Strategy Report (Washington: U.S. Department of State, March 15, \
         2018): 136.\n",
    );
    assert_eq!(
        figures_units_and_measures(&doc),
        [
            ("11,475 new hectares", "ha", "alternative crops"),
            ("2,801 nautical miles", "nmi", "patrol"),
        ]
    );
}

#[test]
fn a_tilde_underline_heads_a_section_and_a_boxed_caption_or_a_field_does_not() {
    let doc = read(
        "chart.txt",
        "Following is data read from a graph that appears on page 28 of the March issue.\n\
         ------------------------------------------------------------------------\n\
         SOURCE: U.S. DEPARTMENT OF STATE\n\
         Top Four Countries in World Opium Production\n\
         ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n\
         \x20       -------------------------------\n\
         \x20       Opium Production in Metric Tons\n\
         \x20        (date read-out from a graph)\n\
         \x20       -------------------------------\n\
         Burma has been the top-ranking opium producer for the decade.\n",
    );
    assert_eq!(
        outline(&doc),
        [("Top Four Countries in World Opium Production", 1)]
    );
}

#[test]
fn a_subject_is_found_past_an_additional_before_the_figure() {
    let doc = read(
        "co14.txt",
        "I. Summary\n\nAlthough figures are not yet available for 2013, the United States \
         estimated that the area devoted to coca cultivation in 2012 was down an additional six \
         percent compared to 2011.\n",
    );
    assert_eq!(
        figures_and_measures(&doc),
        [("six percent", "area devoted to coca cultivation")]
    );
}

#[test]
fn what_a_verb_of_change_acted_on_is_found_past_a_year_and_before_below() {
    let doc = read(
        "pe.txt",
        "I. Summary\n\nThe exodus lowered Peru's coca cultivation in 1996 by 18 percent. The plan \
         aims to reduce opium cultivation below 2000 hectares.\n",
    );
    assert_eq!(
        figures_and_measures(&doc),
        [
            ("18 percent", "Peru's coca cultivation"),
            ("below 2000 hectares", "opium cultivation")
        ]
    );
}

#[test]
fn shapes_like_codes_and_names_that_are_figures_stay_figures() {
    let doc = read(
        "stats.txt",
        "Summary\n\nDrug arrests (2013): 3,150. Labs destroyed (2012): 245. Estimates: (1) \
         500-1000 hectares of coca. Seizures: Marijuana MT 45000 and Cocaine KG 12500. Members \
         of Barrio \"18\" were arrested. Nigerian fraud, called \"419\", cost victims millions.\n",
    );
    let figures = figure_texts(&doc);
    assert_eq!(
        figures,
        ["3,150", "245", "500-1000 hectares", "45000", "12500"]
    );
}

#[test]
fn a_topics_chapter_or_persons_names_give_no_country() {
    for (text, subject) in [
        (
            "Southwest Asia\n\nAfghanistan is the world's largest opium producer. Opium from \
             Afghanistan moves through Pakistan and Iran. Afghanistan cultivated 224,000 \
             hectares in 2014.\n",
            "",
        ),
        (
            "Special Agent Chad Morris and Agent Chad Wilson led the investigation with Chad \
             Brown. The team identified 14 members and 300 kilograms moved each month.\n",
            "",
        ),
        (
            "Cocaine seizures rose in Colombia. Colombia seized 166 tons in 2013, and Colombia \
             eradicated 22,000 hectares.\n",
            "Colombia",
        ),
    ] {
        assert_eq!(read("t.txt", text).subject, subject, "{text}");
    }
}

#[test]
fn a_tilde_under_a_sentence_and_a_caption_over_a_count_row_change_nothing() {
    let doc = read(
        "t.txt",
        "Summary\n\nPolice arrested 2,400 people\n~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n\nMore followed.\n",
    );
    assert!(doc.sections.iter().all(|s| !s.title.contains("2,400")));
    assert_eq!(figures_and_measures(&doc).len(), 1);
    let doc = read(
        "c.txt",
        "Cocaine Seizures in Metric Tons\n\
         \x20                 2012     2013\n\
         Colombia            188      166\n\
         Arrests           3,500    3,900\n",
    );
    let units: Vec<(&str, &str)> = doc
        .statistics
        .iter()
        .map(|s| (s.text(&doc.text), s.unit.as_ref()))
        .collect();
    assert_eq!(
        units,
        [("188", "t"), ("166", "t"), ("3,500", ""), ("3,900", "")]
    );
}

#[test]
fn a_countrys_name_beside_capitals_or_in_longer_names_still_names_the_chapter() {
    for (text, subject) in [
        (
            "Panama\n\nPanama City remains a financial hub. Panama seized 40 metric tons of \
             cocaine in 2013. Panama Canal traffic is used by traffickers.\n",
            "Panama",
        ),
        (
            "In Colombia, police seized 166 tons in 2013. In Colombia, eradication reached \
             22,000 hectares, and Colombia extradited 120 traffickers.\n",
            "Colombia",
        ),
    ] {
        let doc = read("t.txt", text);
        assert_eq!(doc.subject, subject, "{text}");
        assert_eq!(doc.title, subject, "{text}");
    }
}

#[test]
fn heads_under_tildes_a_cited_page_and_a_postal_code_in_other_forms() {
    let doc = read(
        "t.txt",
        "Summary\n\nDrug flow/transit\n~~~~~~~~~~~~~~~~~\n\nCocaine moved through ports, with \
         300 kilograms seized. See the World Drug Report (Vienna, 2010): 172. The office at \
         Miami FL 33101 seized 40 kilograms.\n",
    );
    assert!(doc.sections.iter().any(|s| s.title == "Drug flow/transit"));
    assert_eq!(figure_texts(&doc), ["300 kilograms", "40 kilograms"]);
}

#[test]
fn a_notes_title_ending_in_a_country_keeps_it_and_names_the_subject() {
    let doc = read(
        "bs15.md",
        "---\ntitle: \"Countries/Jurisdictions of Primary Concern - Bahamas\"\n\
         published: 2016-03-02\n---\n\
         Bureau of International Narcotics and Law Enforcement Affairs\n\n\
         The Commonwealth of the Bahamas is a regional and offshore financial center. The \
         report noted the financial system had total gross assets equivalent to 96 times GDP.\n",
    );
    assert_eq!(
        doc.title,
        "Countries/Jurisdictions of Primary Concern - Bahamas"
    );
    assert_eq!(doc.subject, "Bahamas");
}

#[test]
fn a_units_name_after_a_figure_is_not_what_it_measures() {
    let doc = read(
        "pe.txt",
        "I. Summary\n\nThe USG estimates that Peru now cultivates 68,800 hectares of coca, just \
         slightly more than half of the estimated 129,100 hectares identified in the peak \
         year of 1992.\n",
    );
    assert_eq!(
        figures_and_measures(&doc),
        [
            ("68,800 hectares", "coca"),
            ("more than half", "coca"),
            ("estimated 129,100 hectares", "coca")
        ]
    );
}

/// A chapter of a printed volume as `pdftotext` gives it: a running header over every page, a
/// page number under it, and words broken by their syllables at the lines' ends, across pages
/// too.
const TYPESET_DUMP: &str = "\
1998 INCSR                                        Country Reports

I. Summary

Tajikistan remains a major transit route for Afghan opium and
heroin bound for Russia and Western Europe. Between January and
October, the drug-related caseload of the courts rose by seventy
percent, and law-enforcement agencies processed more than 2,300
criminal cases, particularly in the southern regions along the
Afghan border. The government continued its anti-crime campaign
and confiscated approximately 1.5 metric tons of opium, but in-

                                    Page 1
\x0c1998 INCSR                                        Country Reports

adequate transportation and communications equipment hampered
interdiction. International organizations estimate that cultiva-
tion of opium poppy in the Pamir mountains covers some 400
hectares.

II. Status of Country

The Drug Control Agency currently coordinates the counter-
narcotics work of the Ministry of Interior, the Customs Commit-

                                    Page 2
\x0c1998 INCSR                                        Country Reports

tee and the border guards. Nevertheless, corruption among poorly
paid officials remains a serious obstacle to effective enforce-
ment, and the presidential commission has not yet drafted the
implementing regulations for the 1996 narcotics law.


                                    Page 3
";

#[test]
fn a_typeset_dump_loses_its_running_header_and_page_numbers_and_joins_its_broken_words() {
    let doc = read("tajikistan.txt", TYPESET_DUMP);
    // The header stays once, on the first page, as the title line it reads as there (no cover
    // line of its own stands under it); the page numbers go.
    assert_eq!(doc.text.matches("INCSR").count(), 1, "{}", doc.text);
    assert!(
        doc.text
            .starts_with("1998 INCSR Country Reports\n\nI. Summary")
    );
    assert!(!doc.text.contains("Page"), "{}", doc.text);
    assert_eq!(doc.title, "1998 INCSR Country Reports");
    assert_eq!(
        outline(&doc),
        [("I. Summary", 1), ("II. Status of Country", 1)]
    );
    // Words broken by their syllables are whole again, across a page break too ("in-" /
    // "adequate", "Commit-" / "tee"); compounds keep their hyphens.
    for joined in [
        "opium, but inadequate transportation",
        "estimate that cultivation of opium",
        "the Customs Committee and the border guards",
        "effective enforcement, and",
        "the counter-narcotics work",
        "the drug-related caseload",
        "law-enforcement agencies",
        "its anti-crime campaign",
    ] {
        assert!(doc.text.contains(joined), "{joined}: {}", doc.text);
    }
    assert_eq!(
        figures_and_measures(&doc),
        [
            ("seventy percent", "drug-related caseload of the courts"),
            ("more than 2,300", "criminal cases"),
            ("approximately 1.5 metric tons", "opium"),
            (
                "some 400 hectares",
                "cultivation of opium poppy in the Pamir mountains"
            )
        ]
    );
}

#[test]
fn a_line_break_at_a_compounds_hyphen_keeps_it_and_one_inside_a_word_does_not() {
    // A text wrapped at its hyphens only: "follow-" / "up" is a compound though "followup" is a
    // word; "com-" / "mercial" and "Psych-" / "otropic" broke words, once each in the text.
    let doc = read(
        "do.txt",
        "A. Introduction\n\n\
         Drug trafficking organizations on the coast use go-fast boats and com-\n\
         mercial containers to move cocaine north to Puerto Rico. The follow-\n\
         up audits of the port found 12 containers of undeclared Psych-\n\
         otropic Substances in 2013, and the national police and the anti-\n\
         narcotics police made 40 arrests for offenses that were drug-\n\
         related in the same year, twice as many as the year before.\n",
    );
    for written in [
        "go-fast boats and commercial containers",
        "The follow-up audits",
        "Psychotropic Substances",
        "the anti-narcotics police",
        "that were drug-related in",
    ] {
        assert!(doc.text.contains(written), "{written}: {}", doc.text);
    }
}

#[test]
fn a_change_from_one_figure_to_another_measures_what_changed() {
    let doc = read(
        "bo.txt",
        "Quick Facts\n\nThe administration of Bolivian president Evo Morales continues to pursue \
         policies that would increase legal coca cultivation from 12,000 to 20,000 hectares. \
         According to the United Nations, coca cultivation in Bolivia increased from 23,600 \
         hectares in 2003 to 27,500 hectares in 2006, and over the same period Bolivia's \
         estimated potential cocaine production increased from 100 metric tons to 115 metric \
         tons. The government cut its eradication budget from $5 million to $3.2 million.\n",
    );
    assert_eq!(
        figures_and_measures(&doc),
        [
            ("12,000", "legal coca cultivation"),
            ("20,000 hectares", "legal coca cultivation"),
            ("23,600 hectares", "coca cultivation in Bolivia"),
            ("27,500 hectares", "coca cultivation in Bolivia"),
            (
                "100 metric tons",
                "Bolivia's estimated potential cocaine production"
            ),
            (
                "115 metric tons",
                "Bolivia's estimated potential cocaine production"
            ),
            ("$5 million", "eradication budget"),
            ("$3.2 million", "eradication budget")
        ]
    );
}

#[test]
fn a_title_case_line_standing_alone_between_paragraphs_heads_a_section() {
    // A page saved as text: its heads are plain lines, one right over its first paragraph.
    let doc = read(
        "bolivia.txt",
        "Source Countries and\nDrug Transit Zones: Bolivia\n\nQuick Facts\n\
         The administration of Bolivian president Evo Morales continues to pursue policies \
         that would increase legal coca cultivation from 12,000 to 20,000 hectares.\n\n\
         Drug Trafficking Organizations\n\n\
         Colombian and Mexican organizations operate in Bolivia, and the police seized 300 \
         kilograms of cocaine in 2006, a record for the Bolivian police.\n\n\
         Seizures rose in the Chapare, where E. Promote Coca Substitution. The program\n\n\
         C. Create a Crop Substitution Program to\n\n\
         reach the farmers of the Yungas, who grow more than 10,000 hectares of coca.\n\n\
         Evo Morales\n\n\
         \"We will defend the coca leaf,\" the president said to the growers of the Chapare, \
         who cultivate some 9,000 hectares.\n\n\
         Drug Flow/Transit\n\n\
         Bolivian cocaine moves through Brazil and Argentina to Europe, and about 40 percent \
         of it leaves by air from the eastern lowlands.\n",
    );
    assert_eq!(
        doc.title,
        "Source Countries and Drug Transit Zones: Bolivia"
    );
    assert_eq!(doc.subject, "Bolivia");
    // (A line cut short of its sentence heads nothing; nor does a speaker's name over a
    // quotation, which ends no sentence before it.)
    assert_eq!(
        outline(&doc),
        [
            ("Quick Facts", 1),
            ("Drug Trafficking Organizations", 1),
            ("Drug Flow/Transit", 1)
        ]
    );
    let sections: Vec<&str> = doc.statistics.iter().map(|s| s.section.as_ref()).collect();
    assert_eq!(
        sections,
        [
            "Quick Facts",
            "Quick Facts",
            "Drug Trafficking Organizations",
            "Drug Trafficking Organizations",
            "Drug Trafficking Organizations",
            "Drug Flow/Transit"
        ]
    );
}

#[test]
fn a_hyphen_left_hanging_a_chain_a_short_second_piece_a_unit_and_a_dash_at_a_lines_end() {
    let doc = read(
        "memo.txt",
        "I. Summary\n\n\
         Funding for the program is not assured; the ministry asked for a two-\n\
         or three-year grant and an add-on to the day-to-day patrol budget, the\n\
         government-to-government agreement of 1995 being now out of date. Day-\n\
         to-day patrols by the border guards of the republic seized 96 kilo-\n\
         grams of heroin during the last months of the opium season of 1995–\n\
         96, and in the spring the protesting farmers held a long and loud sit-\n\
         in at the ministry to demand that the guards be paid on time.\n",
    );
    for written in [
        "asked for a two- or three-year grant",
        "Day-to-day patrols",
        "seized 96 kilograms of heroin",
        "the opium season of 1995–96, and",
        "held a long and loud sit-in at the ministry",
    ] {
        assert!(doc.text.contains(written), "{written}: {}", doc.text);
    }
    assert_eq!(
        figures_units_and_measures(&doc),
        [("96 kilograms", "kg", "heroin")]
    );
}

#[test]
fn a_pdf_dumps_page_numbers_count_up_and_its_header_is_what_its_pages_open_with() {
    // Three pages: no header on the first, "I. Summary" opening the second (the next
    // country's, no header), table cells by a page break and numbers that count up at the
    // pages' feet.
    let dump = "\
Kazakstan

I. Summary

Kazakstan is a transit country for drug-related shipments of opiates and
cannabis moving from Afghanistan and Tajikistan toward Russia and
Western Europe, and police seized 1,250 kilograms of hashish in 1997.

Seizures in kilograms
Opium
410
900

                                    41
\x0c1998 INCSR                                        Central Asia

Kyrgyzstan

I. Summary

The Ministry of Interior reported 2,300 drug-related arrests in 1997, a
third more than in the year before, and opened 85 money-laundering
investigations under the new anti-drug statute of the republic.

                                    42
\x0c1998 INCSR                                        Central Asia

II. Status of Country

Wild cannabis grows on an estimated 138,000 hectares of the Chu Valley,
where the guards destroyed 2,800 hectares of it in the mid-year campaign.

                                    43
";
    let doc = read("central-asia.txt", dump);
    assert!(!doc.text.contains("INCSR"), "{}", doc.text);
    let blocks: Vec<&str> = doc.blocks.iter().map(|b| doc.slice(b.span)).collect();
    for number in ["41", "42", "43"] {
        assert!(!blocks.contains(&number), "{number}: {blocks:?}");
    }
    // A table's cells by a page break are no page numbers.
    assert!(
        blocks.contains(&"410") && blocks.contains(&"900"),
        "{blocks:?}"
    );
    assert_eq!(
        outline(&doc),
        [
            ("I. Summary", 1),
            ("I. Summary", 1),
            ("II. Status of Country", 1)
        ]
    );
}

#[test]
fn a_budget_tables_caption_in_thousands_of_dollars_scales_its_cells() {
    let page = read(
        "budget.html",
        "<html><body><h1>INCLE Budget</h1>\
         <h2>FY 2011-2013 INCLE Budget Allocations ($000)</h2>\
         <table><tr><th>Program</th><th>FY 2011 Actual</th><th>FY 2012 Estimate</th></tr>\
         <tr><td>Liberia</td><td>16,000</td><td>$17,000</td></tr>\
         <tr><td>Kenya</td><td>2,000</td><td>$1.8 million</td></tr></table>\
         </body></html>",
    );
    assert_eq!(
        figures_values_and_units(&page),
        [
            ("16,000", 16_000_000.0, "USD"),
            ("$17,000", 17_000_000.0, "USD"),
            ("2,000", 2_000_000.0, "USD"),
            // (A cell that says its own scale keeps it.)
            ("$1.8 million", 1_800_000.0, "USD")
        ]
    );
}

#[test]
fn what_a_share_a_multiple_a_raise_and_a_range_measure() {
    let doc = read(
        "af.txt",
        "A. Introduction\n\nThe southern provinces of Afghanistan account for 92 percent of that \
         country's illicit poppy cultivation. In Helmand, cultivation there was down between 3 \
         and 19 percent this year. Its border is porous and over three times the length of the \
         border with Mexico. Agents received a 12 percent pay raise in July. The RCMP estimated \
         that annual Canadian marijuana production ranges between 960 and 2400 metric tons, \
         and police seized 26.7 million ATS tablets.\n",
    );
    assert_eq!(
        figures_units_and_measures(&doc),
        [
            ("92 percent", "%", "country's illicit poppy cultivation"),
            ("between 3 and 19 percent", "%", "cultivation"),
            ("over three times", "x", "length of the border"),
            ("12 percent", "%", "pay raise"),
            (
                "between 960 and 2400 metric tons",
                "t",
                "annual Canadian marijuana production"
            ),
            // (An acronym before a noun, amphetamine-type stimulants, is no currency.)
            ("26.7 million", "", "ATS tablets")
        ]
    );
}

#[test]
fn a_pages_cover_cut_off_by_a_share_bar_gives_its_issuer_and_date() {
    // The 2017+ state.gov layout: the report's name over the headline, the bureau, the page's
    // kind and its date under it, a share bar between them and the report. The `<title>`
    // ends with the site's name, longer than the headline.
    let page = read(
        "panama.html",
        r##"<html><head><title>Panama - United States Department of State</title>
<meta property="og:site_name" content="United States Department of State"></head><body>
<nav><a href="/">Home</a> <a href="/bureaus">Bureaus &amp; Offices</a></nav>
<div class="featured-content__header">
<p class="featured-content__eyebrow">2016 International Narcotics Control Strategy Report (INCSR)</p>
<h1 class="featured-content__headline">Panama</h1>
<p class="article-meta__author-bureau">Bureau of International Narcotics and Law Enforcement Affairs</p>
<p class="article-meta__content-type">Report</p>
<p class="article-meta__publish-date">March 2, 2016</p></div>
<div class="share-bar"><span>Share</span> <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>
<div class="entry-content"><h3>A. Introduction</h3>
<p>Panama remains a major transshipment crossroads for illicit drug trafficking due to its
location and logistics infrastructure. The United States estimated that approximately 90
percent of the cocaine trafficked to the United States first transited through the Mexico and
Central America corridor.</p></div></body></html>"##,
    );
    assert_eq!(page.title, "Panama");
    assert_eq!(page.subject, "Panama");
    assert_eq!(
        page.issuer,
        ["Bureau of International Narcotics and Law Enforcement Affairs"]
    );
    assert_eq!(page.date, "2016-03-02");
    assert!(!page.text.contains("Facebook"), "{}", page.text);
}

#[test]
fn a_country_title_in_a_lesser_heading_over_its_bureau_gives_the_issuer() {
    let page = read(
        "china.html",
        r##"<html><head><title>China</title></head><body>
<div id="left-nav"><h3>2016 INCSR</h3><ul><li><a href="#">Burma</a></li><li>China</li></ul></div>
<div id="body-row"><h2 id="page-title">China</h2>
<div class="bureau">Bureau of International Narcotics and Law Enforcement Affairs</div>
<div class="share"><a href="#">Share</a></div>
<div class="body-text"><p><b>A. Introduction</b></p>
<p>Due to its enormous economy, large consumer market with growing disposable income, and
expanding global commerce, China has become a hub for illicit drug consumption, drug and
precursor chemical trafficking, and money laundering activities.</p></div></div></body></html>"##,
    );
    assert_eq!(page.title, "China");
    assert_eq!(
        page.issuer,
        ["Bureau of International Narcotics and Law Enforcement Affairs"]
    );
}

#[test]
fn a_pages_box_of_particulars_dates_and_issues_the_report_and_leaves_the_body() {
    // A Refworld page: the report under the site's heading, its particulars in a table.
    let page = read(
        "brazil.html",
        r##"<html><head><title>Refworld | 2015 International Narcotics Control Strategy Report (INCSR) - Brazil</title></head><body>
<div class="breadcrumb">Refworld &gt; United States Department of State &gt; Brazil</div>
<h1>2015 International Narcotics Control Strategy Report (INCSR) - Brazil</h1>
<table class="metadata"><tr><td>Publisher</td><td>United States Department of State</td></tr>
<tr><td>Author</td><td>Bureau of International Narcotics and Law Enforcement Affairs</td></tr>
<tr><td>Publication Date</td><td>18 March 2015</td></tr>
<tr><td>Cite as</td><td>United States Department of State, 2015 International Narcotics Control
Strategy Report (INCSR) - Brazil, 18 March 2015 [accessed 14 May 2019]</td></tr></table>
<h3>A. Introduction</h3>
<p>Brazil is a significant transit and destination country for cocaine. Its border with
Colombia, Peru and Bolivia is porous and over three times the length of the U.S. border
with Mexico, and its police seized 42 metric tons of cocaine in the mid-1990s.</p>
<p>Sponsored Links</p></body></html>"##,
    );
    assert_eq!(page.date, "2015-03-18");
    assert_eq!(
        page.issuer,
        [
            "Bureau of International Narcotics and Law Enforcement Affairs",
            "United States Department of State"
        ]
    );
    assert_eq!(page.subject, "Brazil");
    for chrome in ["Publisher", "Cite as", "Sponsored Links"] {
        assert!(!page.text.contains(chrome), "{chrome}: {}", page.text);
    }
    assert_eq!(
        figures_units_and_measures(&page),
        [
            ("over three times", "x", "length of the U.S"),
            ("42 metric tons", "t", "cocaine")
        ]
    );
    let dates: Vec<&str> = page.dates.iter().map(|d| d.value.as_str()).collect();
    assert_eq!(dates, ["1990/1999"]);
}

#[test]
fn a_money_caption_scales_amounts_only() {
    let page = read(
        "mexico.html",
        "<html><body><h1>Merida Initiative</h1>\
         <p>Assistance ($000)</p>\
         <table><tr><th>Item</th><th>FY 2010</th></tr>\
         <tr><td>INCLE Funding</td><td>190,000</td></tr>\
         <tr><td>Police Officers Trained</td><td>4,500</td></tr>\
         <tr><td>Eradication</td><td>95.3 (est.)</td></tr></table>\
         <p>Seizures (thousands of pounds)</p>\
         <table><tr><th>Drug</th><th>2009</th></tr>\
         <tr><td>Cured Marijuana</td><td>38</td></tr></table>\
         <p>The program's budget for the year was approved by the Congress in full.</p>\
         <table><tr><th>Program</th><th>FY 2012 ($000)</th></tr>\
         <tr><td>Alternative Development</td><td>32,000</td></tr></table>\
         </body></html>",
    );
    assert_eq!(
        figures_values_and_units(&page),
        [
            ("190,000", 190_000_000.0, "USD"),
            // (A row of people counts them; a note in a cell is no scale of its own; pounds
            // may weigh.)
            ("4,500", 4_500.0, ""),
            ("95.3", 95_300.0, "USD"),
            ("38", 38.0, ""),
            // (A column's own note of money.)
            ("32,000", 32_000_000.0, "USD")
        ]
    );
}

#[test]
fn numbers_in_words_that_count_page_ranges_and_a_year_before_the_change() {
    let doc = read(
        "ofc.txt",
        "I. Summary\n\nSixteen of the NCCTs were delisted, and there are six commercially \
         licensed banks; four of the conference members left. See the report (Washington, \
         2009), pp. 161-162. Cultivation declined in 2008 by 19 percent.\n",
    );
    assert_eq!(
        figures_and_measures(&doc),
        [
            ("Sixteen", "NCCTs"),
            ("six", "commercially licensed banks"),
            ("19 percent", "Cultivation")
        ]
    );
}

#[test]
fn a_page_titled_by_a_site_and_a_country_is_the_countrys() {
    let page = read(
        "burma.html",
        "<html><head><title>U.S. Department of State | Burma</title></head><body>\
         <p>Burma</p><h2>A. Introduction</h2><p>Burma is the world's second largest producer \
         of opium, after Afghanistan, and a significant source of methamphetamine in Asia; \
         authorities seized 3.2 metric tons of opium during the year.</p></body></html>",
    );
    assert_eq!(page.title, "Burma");
    assert_eq!(page.subject, "Burma");
}

#[test]
fn a_state_archive_page_saved_as_text_loses_its_links_banner_and_breadcrumb() {
    let doc = read(
        "ofc.txt",
        "Skip Links\nU.S. Department of State\nThis is an archive site. The State Department web \
         site below is a permanent electronic archive of information released online from \
         January 20, 2001 to January 20, 2009.\nU.S. Department of State\n\nSEARCH\nSubject \
         Index\n\nVideo\n You are in: Under Secretary for Global Affairs > Bureau of \
         International Narcotics and Law Enforcement Affairs > Releases > 2004 INCSR \n\n\
         International Narcotics Control Strategy Report\n\
         Released by the Bureau for International Narcotics and Law Enforcement Affairs\n\
         March 2004\n\nOffshore Financial Centers\n\n\
         The pressure exerted on the offshore financial centers to comply with anti-money \
         laundering standards continued to yield results in 2003: FATF has identified 23 \
         jurisdictions as non-cooperative.\n",
    );
    assert!(
        doc.text
            .starts_with("International Narcotics Control Strategy Report\n\n"),
        "{}",
        doc.text
    );
    assert_eq!(doc.date, "2004-03");
    assert_eq!(
        doc.issuer,
        ["Bureau for International Narcotics and Law Enforcement Affairs"]
    );
    let dates: Vec<&str> = doc.dates.iter().map(|d| d.value.as_str()).collect();
    assert_eq!(dates, ["2003"]);
}

#[test]
fn a_headlines_cover_may_open_with_the_pages_kind_and_set_its_place_over_its_date() {
    let page = read(
        "fact-sheet.html",
        r##"<html><head><title>U.S. Support for Counternarcotics in Afghanistan</title></head><body>
<h1>U.S. Support for Counternarcotics in Afghanistan</h1>
<p>Fact Sheet</p>
<p>Bureau of International Narcotics and Law Enforcement Affairs</p>
<p>Washington, DC</p>
<p>June 26, 2015</p>
<div class="share"><a href="#">Share</a> <a href="#">Facebook</a> <a href="#">Twitter</a></div>
<div class="content"><p>The United States has provided more than $8 billion for counternarcotics
programs in Afghanistan since 2002, and the Afghan government eradicated 2,692 hectares of
opium poppy in 2014.</p></div></body></html>"##,
    );
    assert_eq!(page.date, "2015-06-26");
    assert_eq!(
        page.issuer,
        ["Bureau of International Narcotics and Law Enforcement Affairs"]
    );
    // An index's inverted name is a country's.
    let page = read(
        "bahamas.html",
        "<html><head><title>Bahamas, The</title></head><body><h1>Bahamas, The</h1>\
         <p>The Bahamas is a major transit country for cocaine and marijuana bound for the \
         United States, and its police seized 3.1 metric tons of cocaine in 2015.</p>\
         </body></html>",
    );
    assert_eq!(page.subject, "Bahamas, The");
}

#[test]
fn a_menu_saved_a_line_an_item_leaves_the_title_to_the_report_and_its_edition_dates_it() {
    // A personal site's copy of a money-laundering chapter: its menu's items one per line,
    // each with its bar; the title names the edition's year alone.
    let doc = read(
        "panama.txt",
        "WHO's\n|\nHome |\nSite Map |\nLinks/Literature |\nDedications |\nGuest Book |\n\
         Contact WHO |\n|\nInternational Narcotics Control Strategy Report - 2005 - Panama \
         (continued)\nVolume II: Money Laundering and Financial Crimes\n\nThe economy of Panama \
         is service-based and heavily weighted toward maritime transportation. Panama is a \
         major drug-transit country. Panama hosts offshore banks (approximately 31) and \
         approximately 2,600 businesses.\n",
    );
    assert_eq!(
        doc.title,
        "International Narcotics Control Strategy Report - 2005 - Panama (continued)"
    );
    assert_eq!(doc.subject, "Panama");
    assert_eq!(doc.date, "2005");
    assert!(!doc.text.contains("Guest Book"), "{}", doc.text);
    assert_eq!(
        figures_and_measures(&doc),
        [
            ("approximately 31", "Panama hosts offshore banks"),
            ("approximately 2,600", "businesses")
        ]
    );
}

#[test]
fn a_chapter_of_the_later_editions_without_its_cover_is_named_by_its_country_not_its_people() {
    // From 2010 the chapters open on "A. Introduction"; "Thai authorities" are named as
    // often as Thailand.
    let doc = read(
        "thailand.txt",
        "Bureau of International Narcotics and Law Enforcement Affairs\n\nA. Introduction\n\n\
         There were no significant quantities of opiates cultivated or produced in Thailand in \
         2014. Criminal organizations supply Thailand’s domestic market.\n\nHeroin and \
         methamphetamine tablets were seized by Thai authorities in 2014. Thai authorities \
         eradicated 264 hectares (ha) of poppy in 2013. The small quantities of opium \
         produced in Thailand are intended for local consumption.\n\nB. Drug Control \
         Accomplishments, Policies, and Trends\n\n1. Institutional Development\n\nThe Thai \
         government implemented a comprehensive anti-drug campaign in 2011.\n",
    );
    assert_eq!(doc.subject, "Thailand");
    assert_eq!(doc.title, "Thailand");
    assert_eq!(
        doc.issuer,
        ["Bureau of International Narcotics and Law Enforcement Affairs"]
    );
}

#[test]
fn a_narrow_wrap_under_a_right_aligned_page_header_is_reflowed_and_every_page_kept() {
    // A PDF dump of a report's cover pages: a header set far to the right on each page
    // (as wide as the page), captions wrapped at some 40 columns, a credit after a caption.
    let text = [
        "SIGAR                  Special Inspector General for\n",
        "                       Afghanistan Reconstruction\n",
        "                                                       JAN 30\n",
        "                                                        2012\n",
        "\n",
        "\n",
        "\n",
        "\n",
        "QUARTERLY REPORT TO THE UNITED STATES CONGRESS\n",
        "\u{c}Cover Captions (clockwise from the left):\n",
        "An Afghan girl attends a class at a camp\n",
        "in Kabul on October 11. Since the Taliban\n",
        "were ousted, girls’ schools have opened,\n",
        "women are no longer banned from working\n",
        "outside the home, and women are not\n",
        "forced to wear a burqa. Increased access\n",
        "to education and gender equity are major\n",
        "goals of the U.S. and coalition reconstruc-\n",
        "tion strategy. (© AFP 2012, Adek Berry)\n",
        "A village elder watches ANA engineers and\n",
        "U.S. soldiers with the 1st Stryker Brigade\n",
        "Combat Team work together to improve\n",
        "roads in Kandahar province on October 22.\n",
        "Upgrading Afghanistan’s transportation\n",
        "system is crucial to enhance security, trade,\n",
        "and governance throughout the country.\n",
        "(U.S. Army photo, SSG Lindsey Kibler)\n",
        "Reintegrees’ surrendered weapons\n",
        "are collected in Badghis province on\n",
        "December 14. More than 650 insurgents\n",
        "formally renounced their opposition this\n",
        "quarter—mostly in the north and west.\n",
        "Reintegration is a major focus of ISAF’s\n",
        "counter-insurgency campaign. (ISAF photo)\n",
        "\u{c}SIGAR                                                 Special Inspector General for\n",
        "                                                      Afghanistan Reconstruction\n",
        "                                                                                      JAN 30\n",
        "                                                                                       2012\n",
        "\n",
        "\n",
        "\n",
        "\n",
        "The National Defense Authorization Act for FY 2008 (P.L. 110-181)\n",
        "established the Special Inspector General for Afghanistan\n",
        "Reconstruction (SIGAR).\n",
        "\n",
    ]
    .concat();
    let doc = read("sigar.txt", &text);
    assert!(
        doc.text.contains(
            "An Afghan girl attends a class at a camp in Kabul on October 11. Since the Taliban \
             were ousted"
        ),
        "{}",
        doc.text
    );
    assert!(
        doc.text
            .contains("coalition reconstruction strategy. (© AFP 2012, Adek Berry)")
    );
    // The second page, after its header.
    assert!(
        doc.text.contains(
            "The National Defense Authorization Act for FY 2008 (P.L. 110-181) established"
        ),
        "{}",
        doc.text
    );
}

#[test]
fn a_chapter_whose_line_ends_were_lost_keeps_its_parts() {
    // A PDF dump pasted a page a line: the chapter's part heads run into its prose.
    let doc = read(
        "argentina.txt",
        "SOUTH AMERICA\n\nArgentina I. Summary Argentina is not a major drug producing country, \
         but it remains a transit country for cocaine. Still, the smuggling of coca leaf into \
         Argentina from Bolivia remains a problem, with over 85 metric tons of coca leaf seized \
         by Argentine authorities in 2001. II. Status of Country Argentina is not a major drug \
         producing country. Domestic drug use continues on the upswing.\n",
    );
    let sections: Vec<&str> = doc.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(sections, ["I. Summary", "II. Status of Country"]);
    assert_eq!(doc.subject, "Argentina");
    let seized = &doc.statistics[0];
    assert_eq!(seized.text(&doc.text), "over 85 metric tons");
    assert_eq!(&*seized.section, "I. Summary");
}

#[test]
fn a_regions_table_of_contents_a_line_each_is_no_list_of_counts_and_keeps_the_cover() {
    // A gopher copy of the 1995 report: the region's contents under the cover, a name and a
    // page a line.
    let doc = read(
        "cotedivoire.txt",
        "U.S. DEPARTMENT OF STATE\nINTERNATIONAL NARCOTICS CONTROL STRATEGY REPORT\nMARCH 1995\n\
         BUREAU FOR INTERNATIONAL NARCOTICS AND LAW ENFORCEMENT AFFAIRS\n\n\
         AFRICA AND THE MIDDLE EAST 413\nCote d'Ivoire 415\nEgypt 417\nEthiopia 419\nGhana 421\n\
         Israel 424\nKenya 427\nLebanon 429\nMorocco 433\nNigeria 435\nSenegal 439\nSyria 441\n\
         Tunisia 445\n\nOther Africa 446\nAlgeria 446\n\nCOTE D'IVOIRE\n\nI. Summary\n\n\
         Cote d'Ivoire is a transit point for heroin from Asia and cocaine from South America\n\
         destined for North American and European markets. There is some production of low\n\
         grade cannabis, primarily for domestic consumption.\n",
    );
    assert!(doc.statistics.is_empty(), "{:?}", doc.statistics);
    assert_eq!(doc.date, "1995-03");
    assert!(
        doc.title
            .starts_with("International Narcotics Control Strategy Report, March 1995")
    );
    assert!(!doc.text.contains("Egypt 417"), "{}", doc.text);
}

#[test]
fn a_printed_volumes_page_heads_name_the_chapter_and_date_it_once() {
    // A PDF dump of the 2002 volume: the page heads ("VIII-1 INCSR 2002", "VIII-2 Southeast
    // Asia") over a chapter whose parts run into its prose.
    let doc = read(
        "australia.txt",
        "SOUTHEAST ASIA\n\nVIII-1 INCSR 2002\n\nVIII-2 Southeast Asia\n\nAustralia I. Summary \
         Australia is a committed partner in international efforts to combat illicit drugs. \
         Australia is a party to the 1988 UN Drug Convention.\n\nII. Status of Country Cannabis \
         is the most widely used illicit drug in Australia. A survey found that nearly 40 \
         percent of Australians over the age of 14 had used the drug.\n\n483 INCSR 2002\n\n\
         484 Southeast Asia\n\nIII. Country Actions Against Drugs in 2001 Policy Initiatives. \
         The government passed a law.\n",
    );
    assert_eq!(doc.title, "INCSR 2002: Australia");
    assert_eq!(doc.date, "2002");
    let sections: Vec<&str> = doc.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        sections,
        [
            "I. Summary",
            "II. Status of Country",
            "III. Country Actions Against Drugs in 2001",
            "Policy Initiatives"
        ]
    );
    assert!(!doc.text.contains("483"), "{}", doc.text);
    assert!(!doc.text.contains("VIII-2"), "{}", doc.text);
    assert_eq!(figure_texts(&doc), ["nearly 40 percent"]);
}

#[test]
fn a_few_unwrapped_lines_go_on_where_a_sentence_does() {
    // A quotation of three lines (no wrap width to tell by), and a cable's long lines with a
    // stray break before a month's year.
    let doc = read(
        "nigeria.txt",
        "Funding of the National Drug Law Enforcement Agency (NDLEA)\n\
         --Nigeria's sole drug control agency -- increased 200\n\
         percent while the NDLEA's dynamic leadership continued.\n",
    );
    let figures: Vec<(&str, &str)> = doc
        .statistics
        .iter()
        .map(|s| (s.text(&doc.text), s.unit.as_ref()))
        .collect();
    assert_eq!(figures, [("200 percent", "%")]);
    let doc = read(
        "jamaica.txt",
        "The GOJ introduced a new immigration form in October 2004 that captures information in \
         the border management system that was implemented in November\n\
         2004. The Port Authority of Jamaica (PAJ) purchased closed-circuit television systems \
         to strengthen security at Jamaica's seaports.\n",
    );
    let dates: Vec<&str> = doc.dates.iter().map(|d| d.value.as_str()).collect();
    assert_eq!(dates, ["2004-10", "2004-11"]);
}

#[test]
fn a_cable_table_flattened_to_single_spaces_gives_each_cell_its_row_and_column() {
    // The Kingston embassy's eradication report of December 2005, as a cable mirror keeps it:
    // the table's columns are set apart by single spaces only.
    let doc = read(
        "05kingston2767.txt",
        "SUBJECT: Drug Eradication and Seizure Report for the Month of November\n\
         \n\
         The under mentioned table represents the Eradication and Seizure\n\
         Statistics for the month of November.\n\
         \n\
         Drug Eradication & Seizure Nov 2005 YTD'05 YTD'04\n\
         \n\
         Hectares 35.81 391 412\n\
         Cured, Kilograms 1,523 15,264 20,952\n\
         Seedlings, units 551,000 6,552,000 5,004,930\n\
         Nurseries units 30 279 311\n\
         Estacy, units 11735 133,032 not available\n\
         \n\
         The JDF and the JCF eradicated 35.81 hectares of marijuana in November.\n",
    );
    let tables: Vec<&str> = doc
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Table)
        .map(|b| &doc.text[b.span.range()])
        .collect();
    assert_eq!(
        tables,
        ["Drug Eradication & Seizure\tNov 2005\tYTD'05\tYTD'04\n\
          Hectares\t35.81\t391\t412\n\
          Cured, Kilograms\t1,523\t15,264\t20,952\n\
          Seedlings, units\t551,000\t6,552,000\t5,004,930\n\
          Nurseries units\t30\t279\t311\n\
          Estacy, units\t11735\t133,032\tnot available"]
    );
    let rows: Vec<(f64, &str, &str)> = doc
        .statistics
        .iter()
        .map(|s| (s.value, s.unit.as_ref(), s.measures.as_str()))
        .collect();
    assert_eq!(
        rows[..4],
        [
            (35.81, "ha", "Hectares — Nov 2005"),
            (391.0, "ha", "Hectares — YTD'05"),
            (412.0, "ha", "Hectares — YTD'04"),
            (1523.0, "kg", "Cured, Kilograms — Nov 2005"),
        ]
    );
    assert_eq!(
        rows[12..],
        [
            (11735.0, "", "Estacy, units — Nov 2005"),
            (133032.0, "", "Estacy, units — YTD'05"),
            (35.81, "ha", "marijuana"),
        ]
    );
}

#[test]
fn prose_lines_ending_in_figures_are_no_flattened_table() {
    // Two lines ending with two numbers each under a line of years, but the first "row" runs
    // on from a preposition and the second ends a sentence: prose, read as prose.
    let doc = read(
        "prose.txt",
        "Seizures were recorded in 2003 2004\n\
         and arrests rose from 12 13\n\
         to 40 in the same years, police said 12 14.\n",
    );
    assert!(doc.blocks.iter().all(|b| b.kind != BlockKind::Table));
}

#[test]
fn a_cable_mirrors_record_dates_the_cable_and_names_its_embassy() {
    // cables.mrkva.eu: the mirror's record of the cable over its routing lines.
    let doc = read(
        "07rangoon1127.txt",
        "US embassy cable - 07RANGOON1127\n\n\n\
         Identifier: 07RANGOON1127\n\
         Wikileaks: View 07RANGOON1127 at\n\
         Origin: Embassy Rangoon\n\
         Created: 2007-11-21 09:56:00\n\
         Classification: UNCLASSIFIED\n\
         Redacted: This cable was not redacted by Wikileaks.\n\
         DE RUEHGO #1127/01 3250956\n\
         R 210956Z NOV 07\n\
         E.O. 12958:N/A \n\
         REF:  STATE 136782 \n\
         I. Summary \n\
         Burma took many wrong turns in 2007, including in the war on drugs. Both UNODC and \n\
         U.S. surveys of opium poppy cultivation indicated a significant increase.\n",
    );
    assert_eq!(
        (doc.date.as_str(), doc.issuer.as_slice()),
        ("2007-11-21", &["Embassy Rangoon".to_owned()][..])
    );
    assert!(!doc.text.contains("Identifier"), "{}", doc.text);
    // wikileaks.jcvignoli.com: a partial extract, one routing line kept over its subject.
    let doc = read(
        "05kingston2767.txt",
        "2005-12-22 16:19:00\n\
         Embassy Kingston\n\
         Cable title:  \n\n\
         Drug Eradication and Seizure Report for the Month of Novembe\n\n\
         pdf how-to read a cable\n\
         This record is a partial extract of the original cable. The full text of the original \
         cable is not available.\n\n\n\
         E.O. 12958: N/A\n\
         SUBJECT: Drug Eradication and Seizure Report for the Month of Novembe\n\n\
         The Jamaica Defence Force (JDF) and the Jamaica Constabulary Force (J\n\
         eradicated marijuana in the parishes of St. Elizabeth, Westmoreland a\n\
         Clarendon in separate operations.\n",
    );
    assert_eq!(
        (doc.title.as_str(), doc.date.as_str(), doc.issuer.as_slice()),
        (
            "Drug Eradication and Seizure Report for the Month of Novembe",
            "2005-12-22",
            &["Embassy Kingston".to_owned()][..]
        )
    );
    assert!(!doc.text.contains("partial extract"), "{}", doc.text);
    // WikiLeaks' library of diplomacy: the year-first stamp, twice, and the telegram's kind.
    let doc = read(
        "08ankara1926.txt",
        "2008 November 6, 16:07 (Thursday)\n\
         2008 November 6, 16:07 (Thursday)\n\
         TE - Telegram (cable)\n\
         1. Following is Mission Turkey's submission of the Drugs and Chemical Control Section \
         for the 2009 International Narcotics Control Strategy Report: Turkey I. Summary Turkey \
         continues to be a major transit route for Southwest Asian opiates moving to Europe.\n",
    );
    assert_eq!(doc.date, "2008-11-06");
    assert!(!doc.text.contains("Telegram"), "{}", doc.text);
}

#[test]
fn a_cables_covering_paragraphs_up_to_begin_text_are_the_cables() {
    let doc = read(
        "09bishkek1337.txt",
        "UNCLAS BISHKEK 001337\n\
         SIPDIS\n\
         STATE FOR SCA/CEN\n\
         E.O. 12958: N/A\n\
         TAGS: SNAR, ASEC, CIS, KG, KCMR, PREL, PGOV\n\
         SUBJECT: KYRGYZSTAN: 2009-2010 INTERNATIONAL NARCOTICS\n\
         CONTROL STRATEGY REPORT (INCSR), PART I, DRUGS AND CHEMICAL\n\
         CONTROL\n\
         REF: STATE 97228\n\
         1. Following is Embassy Bishkek's submission for the\n\
         2009-2010 International Narcotics Control Strategy Report,\n\
         Part I, Drugs and Chemical Control.\n\
         2. Begin Text:\n\
         Kyrgyz Republic\n\
         I. Summary\n\
         The Kyrgyz Republic continues to have minimal internal\n\
         production of illicit narcotics or precursor chemicals, but\n\
         it is a major transit country for drugs originating in\n\
         Afghanistan. Experts still estimate that 20 metric tons of\n\
         narcotics transit through the Kyrgyz Republic each year.\n\
         II. Status of Country\n\
         The Kyrgyz Republic is not a significant producer of drugs.\n",
    );
    assert_eq!(
        outline(&doc),
        [("I. Summary", 1), ("II. Status of Country", 1)]
    );
    assert_eq!(
        doc.title,
        "Kyrgyzstan: 2009-2010 International Narcotics Control Strategy Report (INCSR), Part I, \
         Drugs and Chemical Control"
    );
    assert_eq!(doc.subject, "Kyrgyz Republic");
    assert_eq!(doc.issuer, ["Embassy Bishkek"]);
    assert!(!doc.text.contains("Begin Text"), "{}", doc.text);
}

#[test]
fn a_data_sheets_estimates_do_not_turn_its_thousands_into_decimals() {
    // The fact box of a 2005 assistance page on Uzbekistan: "(2004 est.)" on every line.
    let doc = read(
        "uzbekistan.txt",
        "Map of UzbekistanArea: 278,000 sq miles, slightly larger than California\n\
         Population: 26,410,416 (July 2004 est.)\n\
         Annual Inflation: 13.1% (2004 est.)\n\
         Gross Domestic Product (GDP): $43.99 billion (purchasing power parity, 2004 est.)\n\
         GDP Per Capita: $1,700 (purchasing power parity, 2004 est.)\n",
    );
    let values: Vec<(&str, f64)> = doc
        .statistics
        .iter()
        .map(|s| (s.text(&doc.text), s.value))
        .collect();
    assert_eq!(
        values,
        [
            ("278,000 sq miles", 278_000.0),
            ("26,410,416", 26_410_416.0),
            ("13.1%", 13.1),
            ("$43.99 billion", 43.99e9),
            ("$1,700", 1_700.0),
        ]
    );
}

#[test]
fn a_table_saved_a_cell_a_line_with_its_bars_keeps_the_text_after_it() {
    // A repost of UNDCP's figures on Pakistan: the cells of a table, each with its bar.
    let mut text = String::from(
        "Satisfactory results in the year 2000 proved short-lived, breaking the 1998 \
         figures of 950 hectares. [SEE TABLE A]\n",
    );
    for cell in ["1998 |", "1999 |", "2000 |", "950 |", "284 |", "260 |"] {
        text.push_str(cell);
        text.push('\n');
    }
    text.push_str(
        "A: *The table shows year-wise poppy cultivation in hectares\n\
         The illicit crop covered 622 hectares in 2002.\n",
    );
    let doc = read("pakistan.txt", &text);
    assert!(doc.text.contains("260 |"), "{}", doc.text);
    assert!(
        doc.text
            .ends_with("The illicit crop covered 622 hectares in 2002."),
        "{}",
        doc.text
    );
}

#[test]
fn a_cables_section_marker_and_bureau_tags_are_no_part_of_its_subject() {
    let doc = read(
        "09athens1920.txt",
        "UNCLAS SECTION 01 OF 07 ATHENS 001920\n\
         SIPDIS\n\
         E.O. 12958: N/A\n\
         TAGS: PGOV, SNAR, KCRM, GR\n\
         SUBJECT: Greece: 2009-2010 INCSR, Part 1\n\
         ATHENS 00001920 001.2 OF 007\n\
         1. (U) Greece's submission for the 2009-2010 INCSR, Part 1:\n\
         I. Summary\n\
         Greece is a \"gateway\" country in the transit of illicit drugs and\n\
         contraband.\n",
    );
    assert_eq!(
        (doc.title.as_str(), doc.subject.as_str()),
        ("Greece: 2009-2010 INCSR, Part 1", "Greece")
    );
    assert!(!doc.text.contains("00001920"), "{}", doc.text);
    let doc = read(
        "07ashgabat1180.txt",
        "E.O. 12958: N/A\n\
         TAGS: PGOV, PHUM, PREL, SNAR, TX\n\
         SUBJECT: TURKMENISTAN 2007-2008 INTERNATIONAL NARCOTICS CONTROL\n\
         STRATEGY REPORT (INCSR) PART I, DRUGS AND CHEMICAL CONTROL (EUR,\n\
         SCA)\n\
         Ref: SECSTATE 136780\n\
         I. Summary:\n\
         Turkmenistan remains a transshipment route for traffickers seeking\n\
         to smuggle contraband to Turkish, Russian and European markets from\n\
         neighboring drug-producing countries, primarily Afghanistan and\n\
         Iran. Turkmenistan is not a major producer or source country for\n\
         illegal drugs or precursor chemicals. Turkmenistan shares a rugged\n\
         and remote border with Afghanistan.\n",
    );
    assert_eq!(
        (doc.title.as_str(), doc.subject.as_str()),
        (
            "Turkmenistan 2007-2008 International Narcotics Control Strategy Report (INCSR) Part \
             I, Drugs and Chemical Control",
            "Turkmenistan"
        )
    );
    assert!(doc.statistics.is_empty(), "{:?}", doc.statistics);
}

#[test]
fn a_cables_wrapped_end_of_summary_and_its_reference_are_no_heads() {
    let doc = read(
        "08tashkent1315.txt",
        "UNCLAS TASHKENT 001315\n\
         SIPDIS\n\
         E.O. 12958: N/A\n\
         TAGS: SNAR, KCRM, KJUS, PGOV, PREL, UZ\n\
         SUBJECT: 2008 INTERNATIONAL NARCOTICS CONTROL STRATEGY REPORT INCSR\n\
         PART ONE, UZBEKISTAN\n\
         REF: STATE 100992\n\
         1. SUMMARY UZBEKISTAN:\n\
         Uzbekistan is primarily a transit country for opiates originating in\n\
         Afghanistan. Authorities also seized 118,940 psychotropic pills.\n\
         Uzbekistan is a party to the 1988 UN Drug Convention. END OF\n\
         SUMMARY\n\
         2. Status of Country\n\
         While there is no significant drug production in Uzbekistan, several\n\
         transshipment routes for opium originate in Afghanistan.\n",
    );
    let titles: Vec<&str> = doc.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["1. SUMMARY UZBEKISTAN", "2. Status of Country"]);
    // A partial copy: one routing line and the reference, the subject lost.
    let doc = read(
        "scoop-netherlands.txt",
        "Cablegate: 2003 International Narcotics Control Strategy Report\n\n\
         This record is a partial extract of the original cable. The full text of the original \
         cable is not available.\n\
         E.O. 12958: N/A\n\
         REF: STATE 324347\n\
         I. Summary\n\
         1. The Netherlands continues to be a significant transit\n\
         point for drugs entering Europe. The current Dutch center-right\n\
         coalition has made measurable progress. Dutch seizures of Ecstasy\n\
         pills rose from 3.6 million in 2001 to six million in 2002, and the\n\
         Dutch police dismantled 30 laboratories in the Netherlands.\n",
    );
    assert_eq!(outline(&doc), [("I. Summary", 1)]);
    assert_eq!(doc.subject, "Netherlands");
}

#[test]
fn a_country_named_in_three_words_is_the_subject_whole() {
    // A news site's repost of the 2016 chapter.
    let doc = read(
        "ttwhistleblower.txt",
        "International Narcotics Report \u{2026}DEAL WITH JUDICIAL SYSTEM\n\n\
         We in Trinidad and Tobago know it. Now the 2016 International Narcotics Control \
         Strategy Report says the same thing.\n\n\
         The following is the report on Trinidad and Tobago:\n\n\
         A. Introduction\n\n\
         Trinidad and Tobago\u{2019}s open coastline and direct transportation routes to Europe, \
         Canada, and the United States make it an ideal location for cocaine transshipment. \
         Illegal drug shipments appeared to increase in 2015, mainly originating from \
         Trinidad\u{2019}s southern neighbors. The Government of Trinidad and Tobago continues \
         to progress in its ability to investigate complex drug cases.\n",
    );
    assert_eq!(doc.subject, "Trinidad and Tobago");
}

#[test]
fn a_data_sheets_fields_set_a_line_each_are_each_their_own_and_measure_their_label() {
    // Full lines that a hard wrap would join: each is one field of the fact box.
    let doc = read(
        "uzbekistan-assistance.txt",
        "II. Country Assessments and Performance Measures - Uzbekistan\n\n\
         Area: 278,000 sq miles, slightly larger than California\n\
         Population: 26,410,416 (July 2004 est.)\n\
         Annual Inflation: 13.1% (2004 est.)\n\
         Gross Domestic Product (GDP): $43.99 billion (purchasing power parity, 2004 est.)\n\
         Life Expectancy: Male: 60.67 years; Female: 67.69 years; (2004 est.)\n\
         GDP Per Capita: $1,700 (purchasing power parity, 2004 est.)\n\n\
         Uzbekistan's relatively large population (which accounts for forty-five percent of the \
         population of Central Asia), strategic location north of Afghanistan, and extensive \
         mineral resources make it a potential force for economic growth and stability.\n",
    );
    let rows: Vec<(&str, &str, &str)> = doc
        .statistics
        .iter()
        .take(5)
        .map(|s| (s.text(&doc.text), s.unit.as_ref(), s.measures.as_str()))
        .collect();
    assert_eq!(
        rows,
        [
            ("278,000 sq miles", "mi2", "Area"),
            ("26,410,416", "", "Population"),
            ("13.1%", "%", "Annual Inflation"),
            ("$43.99 billion", "USD", "Gross Domestic Product (GDP)"),
            ("$1,700", "USD", "GDP Per Capita"),
        ]
    );
}

#[test]
fn a_chapter_run_into_one_line_gets_back_its_cover_and_parts() {
    // kypros.org's copy of the 1995 chapter on Cyprus: the line ends lost, and the space
    // after each part's numeral.
    let doc = read(
        "kypros-cyprus.txt",
        "U.S. DEPARTMENT OF STATE INTERNATIONAL NARCOTICS CONTROL STRATEGY REPORT MARCH 1995 \
         BUREAU FOR INTERNATIONAL NARCOTICS AND LAW ENFORCEMENT AFFAIRS CYPRUS I.Summary \
         Cyprus' location in the Eastern Mediterranean and its well developed business, \
         tourism, and communications infrastructure make it a popular meeting point for drug \
         traffickers. Cyprus strictly enforces tough antidrug laws in accordance with the 1988 \
         UN Convention, which it ratified in 1990. II.Status of Country Cyprus' location in the \
         Eastern Mediterranean and its close proximity to Lebanon and Turkey make it a \
         convenient transit point for Turkish and Lebanese narcotics traffickers.\n",
    );
    assert_eq!(
        outline(&doc),
        [("I. Summary", 1), ("II. Status of Country", 1)]
    );
    assert_eq!(
        (doc.title.as_str(), doc.subject.as_str(), doc.date.as_str()),
        (
            "International Narcotics Control Strategy Report, March 1995: Cyprus",
            "Cyprus",
            "1995-03"
        )
    );
    assert_eq!(
        doc.issuer,
        [
            "U.S. Department of State",
            "Bureau for International Narcotics and Law Enforcement Affairs"
        ]
    );
}

#[test]
fn a_table_saved_a_cell_a_line_is_read_as_a_table_with_its_heads_groups_and_scale() {
    // The 2013 INCSR's budget page as a browser saves its table: a cell a line.
    let doc = read(
        "usg-assistance.txt",
        "$ in thousands for all items\n\nFY 2012 Actual\n\nFY 2013 Request\n\nTOTAL\n\n\
         672,417\n\n675,266\n\nAfrica\n\n1,050\n\n1,050\n\nLiberia\n\n1,050\n\n1,050\n\n\
         The figures above are the program area's.\n",
    );
    let rows: Vec<(f64, &str, &str)> = doc
        .statistics
        .iter()
        .map(|s| (s.value, s.unit.as_ref(), s.measures.as_str()))
        .collect();
    assert_eq!(
        rows,
        [
            (672_417_000.0, "USD", "TOTAL — FY 2012 Actual"),
            (675_266_000.0, "USD", "TOTAL — FY 2013 Request"),
            (1_050_000.0, "USD", "Africa — FY 2012 Actual"),
            (1_050_000.0, "USD", "Africa — FY 2013 Request"),
            (1_050_000.0, "USD", "Liberia — FY 2012 Actual"),
            (1_050_000.0, "USD", "Liberia — FY 2013 Request"),
        ]
    );
    // The 1991 INCSR's opium table: units in the heads, a country over its years.
    let doc = read(
        "opium-estimates.txt",
        "Net\n\nCultivation\n\n(acres)\n\n(hectares)\n\nBurma\n\n1990\n\n370,747\n\n150,100\n\n\
         1991\n\n395,200\n\n160,000\n\nnote: Opium generally converts to heroin at a ratio of \
         10:1.\n",
    );
    let rows: Vec<(f64, &str, &str)> = doc
        .statistics
        .iter()
        .map(|s| (s.value, s.unit.as_ref(), s.measures.as_str()))
        .collect();
    assert_eq!(
        rows,
        [
            (370_747.0, "acre", "Burma: 1990 — (acres)"),
            (150_100.0, "ha", "Burma: 1990 — (hectares)"),
            (395_200.0, "acre", "Burma: 1991 — (acres)"),
            (160_000.0, "ha", "Burma: 1991 — (hectares)"),
        ]
    );
}

#[test]
fn a_cables_own_paragraphs_before_a_quoted_text_stay_and_so_does_a_page_after_its_marker() {
    // 09SANAA2208: the cable says what it reports, then quotes a document ("Begin text:").
    let doc = read(
        "09sanaa2208.txt",
        "TAGS ETTC, ECON, MARR, MASS, PREL, PGOV, YI\n\
         SUBJECT: ALLEGED ILLICIT SERBIAN ARMS SALE TO YEMENI\n\
         1. (S/NF) A front company for a Serbian arms dealer signed a USD 78 million arms \
         contract with the Yemeni Ministry of Defense in early October 2009, to be delivered by \
         early January 2010, according to the Bulgarian Embassy in Sana'a.\n\
         2. (S/NF) Below is the text of a one-page document that the Bulgarian Embassy claims \
         was produced by the Bulgarian national intelligence service.\n\
         Begin text:\n\
         Mr. TESIC tried to enter Bulgaria during 2005 but he was returned back to Serbia.\n\
         End text.\n",
    );
    assert_eq!(figure_texts(&doc), ["USD 78 million"]);
    // 06MADRID293 as a cable viewer serves it: the printout's section marker inside its <pre>.
    let doc = read(
        "06madrid293.html",
        "<html><head><title>Cable Viewer</title></head><body><div>\
         <table class='cable'><tr><th>Reference ID</th><th>Created</th></tr>\
         <tr><td><a href='/cable/2006/02/06MADRID293.html'>06MADRID293</a></td>\
         <td><a href='/date/2006-02_0.html'>2006-02-03 14:02</a></td></tr></table>\
         <code><pre>UNCLAS SECTION 01 OF 02 MADRID 000293\n\n\
         SUBJECT: SPAIN: CHIEF PROSECUTOR FORCED TO QUIT\n\n\
         4. (SBU) The Embassy has enjoyed a close, collaborative\n\
         relationship with Fungairino for many years. His departure will\n\
         hurt U.S.-Spain judicial cooperation, at least in the short\n\
         term.\n\n\
         5. (U) Status of terrorists convicted in Barakat Yarkas case.\n\
         (NOTE: Half-way marks vary because pre-trial detention times\n\n\
         MADRID 00000293 002 OF 002\n\n\n\
         varied):\n\n\
         -- Said Chedadi - 8 year sentence. Released November 17\n\
         after completing half of his sentence.\n\n\
         -- Imad Eddin Barakat Yarkas - 27 year sentence. Could be\n\
         released in May 2015.\n\
         AGUIRRE</pre></code></div></body></html>",
    );
    assert!(doc.text.contains("released in May 2015"), "{}", doc.text);
    assert!(!doc.text.contains("00000293"), "{}", doc.text);
}

#[test]
fn a_countrys_institution_named_as_often_as_the_country_is_not_the_subject() {
    let doc = read(
        "05kingston2767-partial.txt",
        "SUBJECT: Drug Eradication and Seizure Report for the Month of Novembe\n\n\
         The Jamaica Defence Force (JDF) and the Jamaica Constabulary Force (J\n\
         Forty-four persons completed the task in ten weeks.\n\
         Drug Eradication & Seizure Nov 2005 YTD'05 YTD'04\n\
         Cured, Kilograms 1,523 15,264 20,952\n\
         Seedlings, units 551,000 6,552,000 5,004,930\n\
         Nurseries units 30 279 311\n\
         Estacy, units 11735 133,032 not available\n\
         The Jamaica Defence Force Coast Guard\n",
    );
    assert_eq!(doc.subject, "Jamaica");
}

#[test]
fn a_cable_viewer_page_is_read_as_the_cable_it_shows() {
    // 08MADRID1092 as WikiLeaks' cable viewer serves it: a help box above the record table,
    // the routing lines in one <pre> and the cable's text in the next.
    let doc = read(
        "08MADRID1092.html",
        "<html><head><title>Cable Viewer</title></head><body><div class='main'>\
         <div class='pane big'>\
         <h3>Viewing cable 08MADRID1092, AMBASSADOR HITS RIGHT NOTES WITH NEW SPANISH</h3>\
         <div>If you are new to these pages, please read an introduction on the \
         <a href='#help_1'>structure of a cable</a> as well as how to \
         <a href='#help_2'>discuss them</a> with others.<br /></div>\
         <div id='help_1'><br /><b>Understanding cables</b><br />\
         Every cable message consists of three parts:<ul>\
         <li>The top box shows each cables unique reference number, when and by whom it \
         originally was sent, and what its initial classification was.</li>\
         <li>The middle box contains the header information that is associated with the \
         cable.</li></ul></div>\
         <div id='help_2'><br /><b>Discussing cables</b><br />If you find meaningful or \
         important information in a cable, please link directly to its unique reference \
         number.</div>\
         <table class='cable'><tr><th>Reference ID</th><th>Created</th><th>Origin</th></tr>\
         <tr><td><a href='/cable/2008/10/08MADRID1092.html'>08MADRID1092</a></td>\
         <td><a href='/date/2008-10_0.html'>2008-10-14 16:04</a></td>\
         <td><a href='/origin/52_0.html'>Embassy Madrid</a></td></tr></table>\
         <code><pre>VZCZCXYZ0001\nRR RUEHWEB\n\nDE RUEHMD #1092/01 2881620\n\
         ZNY CCCCC ZZH\nR 141620Z OCT 08\nFM AMEMBASSY MADRID\n\
         TO RUEHC/SECSTATE WASHDC 5444\nRUEKJCS/SECDEF WASHDC\n\
         INFO RUEKJCS/JOINT STAFF WASHDC</pre></code>\
         <code><pre>C O N F I D E N T I A L MADRID 001092\n\nSIPDIS\n\n\
         E.O. 12958: DECL: 10/14/2018\nTAGS: <a href='/tag/PGOV_0.html'>PGOV</a> \
         <a href='/tag/SP_0.html'>SP</a>\nSUBJECT: AMBASSADOR HITS RIGHT NOTES WITH NEW \
         SPANISH\nMILITARY LEADERSHIP\n\n\
         <a id='par1' href='#par1'>¶</a>1. (SBU) SUMMARY: Ambassador Aguirre ensured that \
         Spain's\noutgoing Chief of Defense and the Chiefs of the Spanish Army,\n\
         Navy and Air Force Staff were properly celebrated September\n\
         <a id='par25' href='#par25'>¶</a>25. Hosting a cocktail reception for more than 90 \
         attendees,\ncomplete with a color guard and a 6-piece military jazz band,\n\
         the Ambassador recognized the exemplary careers of the\n\
         retiring military leadership and honored the new \"cupola.\"\n\n\
         <a id='par2' href='#par2'>¶</a>2. (SBU) The Ambassador hosted the reception in \
         honor of\nGeneral Felix Sanz Roldan, the recently departed CHOD who has\n\
         assumed a new role as special envoy for EU defense matters.\n\
         AGUIRRE</pre></code></div></div></body></html>",
    );
    assert_eq!(
        doc.title,
        "Ambassador Hits Right Notes with New Spanish Military Leadership"
    );
    assert_eq!(doc.date, "2008-10-14");
    assert_eq!(doc.issuer, ["Embassy Madrid"]);
    for chrome in [
        "Understanding cables",
        "Discussing cables",
        "RUEHWEB",
        "5444",
    ] {
        assert!(!doc.text.contains(chrome), "{chrome}: {}", doc.text);
    }
    assert!(
        doc.text.contains("celebrated September 25. Hosting"),
        "{}",
        doc.text
    );
    assert_eq!(figure_texts(&doc), ["more than 90"]);
}

#[test]
fn a_cables_header_lines_are_neither_text_nor_figures() {
    // 08QUITO99 as a WikiLeaks mirror prints it: no blank lines, "Classified By" under the
    // subject, and paragraph numbers after full lines.
    let doc = read(
        "08quito99.txt",
        "C O N F I D E N T I A L QUITO 000099\n\
         SIPDIS\n\
         E.O. 12958: DECL: 09/06/2014\n\
         TAGS: SNAR, PTER, PREL, MOPS, EC\n\
         SUBJECT: ECUADOR: 2007 TRENDS IN COUNTER-NARCOTICS\n\
         Classified By: DCM Jefferson Brown, Reasons 1.4 (b&d)\n\
         1. (SBU) Summary. Under the Correa administration, the GOE\n\
         has taken a tougher stance on combating narcotrafficking.\n\
         End Summary.\n\
         2. (SBU) The Ecuadorian military\n\
         conducted a total of 17 battalion-sized operations in 2007,\n\
         a third of which occurred in the last 45 days of the year.\n\
         3. (SBU) The police seized 27 metric tons of cocaine in 2007.\n",
    );
    assert_eq!(doc.title, "Ecuador: 2007 Trends in Counter-Narcotics");
    assert_eq!(doc.subject, "Ecuador");
    assert!(!doc.text.contains("Classified By"), "{}", doc.text);
    assert!(!doc.text.contains("C O N F"), "{}", doc.text);
    assert_eq!(figure_texts(&doc), ["17", "a third", "27 metric tons"]);
    assert_eq!(
        doc.blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Paragraph)
            .count(),
        3,
        "{}",
        doc.text
    );

    // 03HANOI3350 as jcvignoli prints it: a lettered list of references over three lines
    // ("I. HANOI 3239" is no part I), and the header printed twice.
    let doc = read(
        "03hanoi3350.txt",
        "UNCLAS SECTION 01 OF 23 HANOI 003350\n\nSIPDIS\n\n\
         STATE FOR INL/AAE, EAP/BCLTV, L/LEI\n\n\
         E.O. 12958: N/A\n\
         TAGS: SNAR, PREL, PGOV, ASEC, EFIN, KCRM, SOCI, VM, CNARC, HIV/AIDS\n\
         SUBJECT: 2003 INTERNATIONAL NARCOTICS CONTROL STRATEGY\n\
         -- REPORT (INCSR) - VIETNAM\n\n\
         REFS: A. HANOI 2622 B. HANOI 3288 C. HANOI 1504 D. HANOI\n\
         1885 E. HANOI 0827 F. HANOI 1043 G. HANOI 0353 H. HANOI 0549\n\
         I. HANOI 3239 J. HCMC 1233\n\n\
         I. SUMMARY\n\n\
         UNCLAS SECTION 01 OF 23 HANOI 003350\n\nSIPDIS\n\n\
         STATE FOR INL/AAE, EAP/BCLTV, L/LEI\n\n\
         E.O. 12958: N/A\n\
         TAGS: SNAR, PREL, PGOV, ASEC, EFIN, KCRM, SOCI, VM, CNARC, HIV/AIDS\n\
         SUBJECT: 2003 INTERNATIONAL NARCOTICS CONTROL STRATEGY\n\
         -- REPORT (INCSR) - VIETNAM\n\n\
         REFS: A. HANOI 2622 B. HANOI 3288 C. HANOI 1504 D. HANOI\n\
         1885 E. HANOI 0827 F. HANOI 1043 G. HANOI 0353 H. HANOI 0549\n\
         I. HANOI 3239 J. HCMC 1233\n\n\
         I. SUMMARY\n\n\
         1. (U) The Government of Vietnam (GVN) continued to make progress in its\n\
         counternarcotics efforts during 2003, seizing 120 kilograms of heroin.\n",
    );
    let sections: Vec<&str> = doc.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(sections, ["I. SUMMARY"]);
    assert!(!doc.text.contains("HANOI 0827"), "{}", doc.text);
    assert_eq!(figure_texts(&doc), ["120 kilograms"]);
}

#[test]
fn a_cables_subject_line_names_its_country_before_its_topic() {
    // (Each a cable's subject line over its text: the country first, or no country at all.)
    let subject = |subject_line: &str| {
        let doc = read(
            "cable.txt",
            &format!(
                "UNCLAS SECTION 01 OF 05 JAKARTA 000074\nSIPDIS\nE.O. 12958: N/A\n\
                 TAGS: PGOV PREL SNAR\n{subject_line}\nREF: STATE 097309\n\
                 1. (SBU) The police seized 27 kilograms of heroin last year.\n"
            ),
        );
        doc.subject
    };
    assert_eq!(
        subject(
            "SUBJECT: INDONESIA-2009 INTERNATIONAL NARCOTICS CONTROL STRATEGY\n\
             REPORT (INSCR) PART 1, DRUGS AND CHEMICAL CONTROL"
        ),
        "Indonesia"
    );
    assert_eq!(
        subject("SUBJECT: KENYA TERRORIST FINANCE: FOLLOW-UP ACTION REQUEST ON CASH COURIERS"),
        "Kenya"
    );
    assert_eq!(
        subject("SUBJECT: SRI LANKA NABS DRUG TRAFFICKERS"),
        "Sri Lanka"
    );
    assert_eq!(
        subject(
            "SUBJECT: Counternarcotics Update: Latest heroin\nseizures; New trend in smuggling"
        ),
        ""
    );
}

#[test]
fn a_cables_header_broken_by_a_stray_line_is_still_one_header() {
    // 06LAPAZ3400: the classification printed twice, "NOFORN" after a blank line, and a
    // wrapped subject in 09BAGHDAD2569's manner ("… OF TRYING TO" / "DESTABILIZE IRAQ").
    let doc = read(
        "06lapaz3400.txt",
        "P 182107Z DEC 06\nFM AMEMBASSY LA PAZ\nTO RUEHC/SECSTATE WASHDC PRIORITY 1676\n\
         RUEATRS/DEPT OF TREASURY WASHINGTON DC\nRHEHNSC/NSC WASHINGTON DC\n\n\
         S E C R E T SECTION 01 OF 05 LA PAZ 003400 \n \nSIPDIS \n \n\
         S E C R E T SECTION 01 OF 05 LA PAZ 003400 \n\nSIPDIS \n\nNOFORN \nSIPDIS \n\n\
         E.O. 12958: DECL: 08/18/2036 \nTAGS: ECON PGOV PREL BL\n\
         SUBJECT: PRIME MINISTER ACCUSES IRAN OF TRYING TO\nDESTABILIZE IRAQ\n\n\
         REF: LA PAZ 03178 \n\n\
         Classified By: ECOPOL Counselor Andrew Erickson for reason 1.4 (d). \n\n\
         1. (C) Evo Morales' election in December 2005 was a political\n\
         earthquake in Bolivia, won with 54 percent of the vote.\n",
    );
    assert_eq!(
        doc.title,
        "Prime Minister Accuses Iran of Trying to Destabilize Iraq"
    );
    assert_eq!(doc.date, "2006-12-18");
    for routing in ["SIPDIS", "NOFORN", "S E C R E T", "Classified", "RUEATRS"] {
        assert!(!doc.text.contains(routing), "{routing}: {}", doc.text);
    }
    assert_eq!(figure_texts(&doc), ["54 percent"]);
}

#[test]
fn a_series_of_years_typed_into_a_cable_is_a_table() {
    // 08VIENTIANE10: "Year Hectares" over a year and a figure a line.
    let doc = read(
        "08vientiane10.txt",
        "UNCLAS SECTION 01 OF 02 VIENTIANE 000010\nE.O. 12958: N/A\nTAGS: EAID, LA, SNAR\n\
         SUBJECT: WHERE HAVE ALL THE FLOWERS GONE?\n\
         3. (U) Today, cultivation is estimated at 1100 hectares, a\n\
         97.4% decrease from project inception. Production has\n\
         declined precipitously since 2002, according to USG estimates:\n\
         Year Hectares\n2002 23,200\n2003 18,900\n2004 10,000\n2005 5,600\n2006 1,700\n\
         2007 1,100\n\
         Laos has been on the majors list since 1987.\n",
    );
    let table = doc
        .blocks
        .iter()
        .find(|b| b.kind == BlockKind::Table)
        .map(|b| &doc.text[b.span.range()]);
    assert_eq!(
        table,
        Some(
            "Year\tHectares\n2002\t23,200\n2003\t18,900\n2004\t10,000\n2005\t5,600\n2006\t1,700\n2007\t1,100"
        )
    );
    let hectares: Vec<(f64, &str)> = doc
        .statistics
        .iter()
        .filter(|s| s.unit == "ha")
        .map(|s| (s.value, s.text(&doc.text)))
        .collect();
    assert_eq!(
        hectares,
        [
            (1100.0, "1100 hectares"),
            (23200.0, "23,200"),
            (18900.0, "18,900"),
            (10000.0, "10,000"),
            (5600.0, "5,600"),
            (1700.0, "1,700"),
            (1100.0, "1,100"),
        ]
    );
}

#[test]
fn a_cables_text_marks_and_numbered_part_heads_are_read_as_the_report_it_carries() {
    // 06SRILANKA as scoop prints it: "2. I. Summary", a part head numbered as paragraph 2.
    let doc = read(
        "06colombo1822.txt",
        "DE RUEHLM #1822/01 3070652\nP 030652Z NOV 06\n\nE.O. 12958: N/A\n\
         SUBJECT: SRI LANKA: TEXT FOR 2006 INCSR\n\n\
         1. Please find below the text for the 2006 INCSR. The format is\n\
         keyed to the instructions in reftel.\n\n\
         2. Begin Text\n\n\
         2. I. Summary\n\
         Sri Lanka has a relatively small-scale drug problem.\n\
         II. Status of Country\n\
         Sri Lanka is not a significant producer of narcotics.\n\
         End Text.\n",
    );
    let sections: Vec<(u8, &str)> = doc
        .sections
        .iter()
        .map(|s| (s.level, s.title.as_str()))
        .collect();
    assert_eq!(sections, [(1, "I. Summary"), (1, "II. Status of Country")]);
    assert!(!doc.text.contains("Begin Text"), "{}", doc.text);
    assert!(!doc.text.contains("End Text"), "{}", doc.text);

    // 04ACCRA2517 as jcvignoli prints it: the opening twice, the routing lines between.
    let header = "UNCLAS SECTION 01 OF 04 ACCRA 002517\n\nSIPDIS\n\nE.O. 12958: N/A\n\
                  TAGS: SNAR GH\nSUBJECT: GHANA: INCSR PART I\n\nREF: A. STATE 248987\n\n\
                  B. STATE 254401\n\n";
    let opening = "This is post's response to reftel A and is the first draft\n\
                   for Ghana's 2004 International Narcotics Strategy Control\n\
                   Report (INCSR).\n\n-------\nSummary\n-------\n\n";
    let doc = read(
        "04accra2517.txt",
        &format!(
            "{header}{opening}{header}{opening}1. Ghana takes steps to combat illicit \
             trafficking of\nnarcotic drugs, with 12 seizures in 2004.\n"
        ),
    );
    let sections: Vec<&str> = doc.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(sections, ["Summary"]);
    assert_eq!(
        doc.text.matches("This is post's response").count(),
        1,
        "{}",
        doc.text
    );
}

#[test]
fn a_cable_viewer_page_keeps_the_cables_opening_and_is_named_and_dated_by_the_cable() {
    // 10BOGOTA201 and 09TELAVIV1060 as the cable viewer serves them: the subject names a
    // day that is not the cable's, a list of participants a name a line opens the text,
    // and a paragraph's first line names a party "(D, Florida)".
    let page = |routing: &str, cable: &str| {
        format!(
            "<html><head><title>Cable Viewer</title></head><body><div class='pane big'>\
             <h3>Viewing cable 10BOGOTA201</h3><div id='help_1'><b>Understanding cables</b>\
             <br />Every cable message consists of three parts.</div>\
             <code><pre>{routing}</pre></code><code><pre>{cable}</pre></code></div></body></html>"
        )
    };
    let doc = read(
        "10bogota201.html",
        &page(
            "VZCZCXYZ0009\nOO RUEHWEB\n\nDE RUEHBO #0201/01 0401910\nZNY SSSSS ZZH\n\
             O R 091910Z FEB 10\nFM AMEMBASSY BOGOTA\nTO RUEHC/SECSTATE WASHDC IMMEDIATE 2679",
            "S E C R E T BOGOTA 000201\n\nNOFORN\nSIPDIS\n\nE.O. 12958: DECL: 2020/02/09\n\
             TAGS: PREL OVIP EAID KJUS PGOV PTER SNAR ETRD SENV CO VE\nEC\n\
             SUBJECT: DEPUTY SECRETARY STEINBERG'S JANUARY 12, 2010 MEETING WITH\n\
             COLOMBIAN PRESIDENT URIBE\n\nREF: 09 BOGOTA 2714\n\n\
             CLASSIFIED BY: William R. Brownfield, Ambassador; REASON: 1.4(B), (D)\n\n\
             \u{b6}1. (U) January 12, 2010; 10:00 AM; Monteria, Colombia.\n\n\n\n\
             \u{b6}2. (U) Participants:\n\n\n\nU.S.\n\nDeputy Secretary Steinberg\n\n\
             Ambassador William Brownfield\n\nDCM Brian Nichols\n\n\n\n\
             \u{b6}3. (C) SUMMARY: Deputy Secretary Steinberg met with President\n\
             Uribe and his key ministers for nearly three hours, discussing a\n\
             range of bilateral and regional issues.",
        ),
    );
    assert_eq!(
        doc.title,
        "Deputy Secretary Steinberg's January 12, 2010 Meeting with Colombian President Uribe"
    );
    assert_eq!(doc.date, "2010-02-09");
    assert_eq!(doc.issuer, ["Embassy Bogota"]);
    assert!(
        doc.text
            .contains("Participants:\n\nU.S.\n\nDeputy Secretary Steinberg"),
        "{}",
        doc.text
    );
    assert!(!doc.text.contains("CLASSIFIED BY"), "{}", doc.text);

    // (No routing above: the subject still names the page, and "Government" in it makes it
    // no issuer.)
    let doc = read(
        "06madrid934.html",
        &page(
            "This record is a partial extract of the original cable.",
            "C O N F I D E N T I A L SECTION 01 OF 04 MADRID 000934\n\nSIPDIS\n\n\
             E.O. 12958: DECL: 04/16/2016\nTAGS: PGOV SP\n\
             SUBJECT: SPAIN'S OPPOSITION POPULAR PARTY: LOSING THE\nBATTLE WITH THE GOVERNMENT\n\n\
             Classified By: Ambassador Eduardo Aguirre for reasons 1.4 (b) and (d).\n\n\
             \u{b6}1. (C) Representative Robert Wexler (D, Florida), accompanied by\n\
             Deputy Chief of Staff Joshua Rogin, met the party's leaders.",
        ),
    );
    assert_eq!(
        doc.title,
        "Spain's Opposition Popular Party: Losing the Battle with the Government"
    );
    assert!(doc.issuer.is_empty(), "{:?}", doc.issuer);
    assert!(
        doc.text
            .contains("Representative Robert Wexler (D, Florida), accompanied"),
        "{}",
        doc.text
    );
}

#[test]
fn a_cable_whose_subject_line_names_a_topic_is_about_the_country_its_tags_name() {
    // 08VIENTIANE10 and 04MADRID1187: no country in the subject's head, a topic after its
    // colon; the TAGS name the country ("LA" is Laos, "SP" Spain).
    let cable = |tags: &str, subject: &str| {
        read(
            "cable.txt",
            &format!(
                "UNCLAS SECTION 01 OF 02 VIENTIANE 000010\nE.O. 12958: N/A\nTAGS: {tags}\n\
                 SUBJECT: {subject}\n\
                 1. (U) Summary: The USG estimate of poppy cultivation for 2007 is 1100\n\
                 hectares.\n"
            ),
        )
    };
    let doc = cable("EAID, LA, SNAR", "WHERE HAVE ALL THE FLOWERS GONE?");
    assert_eq!(doc.title, "Where Have All the Flowers Gone?");
    assert_eq!(doc.subject, "Laos");
    let doc = cable(
        "PREL PGOV SP",
        "ZAPATERO AND THE TROOPS: POLITICAL PRESSURES FOR WITHDRAWAL",
    );
    assert_eq!(doc.subject, "Spain");
    // (Two countries tagged: no one of them is the subject.)
    let doc = cable("PREL SP VE", "DEFENSE MINISTER: DEAL DESIGNED");
    assert_eq!(doc.subject, "");
}

/// HR-Net's date line over a chapter with no other chrome ("Friday, 24 November 2017" over
/// "…Strategy Report, March 1998") is the day the site served the page: it leaves the text
/// and dates nothing. (Review 31: the 1997 Policy and Program Overview.)
#[test]
fn a_site_date_over_a_report_that_dates_itself_is_not_the_reports() {
    let doc = read(
        "policy-1997.txt",
        "Friday, 24 November 2017\n\
         U.S. Department of State\n\
         1997 International Narcotics Control Strategy Report, March 1998\n\n\
         Released by the Bureau for International Narcotics and Law Enforcement Affairs, U.S. \
         Department of State\n\
         Washington, DC, March 1998\n\n\n\
         Policy and Program Overview for 1997\n\n\
         For the Western Hemisphere's anti-drug effort, 1997 was a good year. We made \
         appreciable gains in crop reduction, in interdiction, in weakening trafficking \
         syndicates, strengthening law enforcement, and in targeting drug money laundering.\n",
    );
    assert!(
        doc.text.starts_with("U.S. Department of State"),
        "{:?}",
        &doc.text[..40]
    );
    assert_eq!(doc.date, "1998-03");
    assert!(!doc.text.contains("2017"));
    // A date line over a text that names no other year stays: it may be the text's own.
    let note = read(
        "note.txt",
        "Friday, 24 November 2017\n\nThe meeting agreed on the next steps for the programme.\n",
    );
    assert!(note.text.starts_with("Friday, 24 November 2017"));
}

/// A cable whose addressees run over three lines in capitals ("… TREASURY FOR" / "…, VAN
/// KOCH," / "MILLAR"), in a copy too short to tell its wrap width: its header is still read,
/// and a line ending in a little word ("… on the Government of") goes on into the next,
/// whatever its case. (Review 31: 07ASUNCION486.)
#[test]
fn a_cables_wrapped_addressees_and_a_line_ending_in_of_go_on() {
    let doc = read(
        "07ASUNCION486.txt",
        "VZCZCXYZ0011\nPP RUEHWEB\n\nDE RUEHAC #0486/01 1641131\nZNR UUUUU ZZH\n\
         P 131131Z JUN 07\nFM AMEMBASSY ASUNCION\nTO RUEHC/SECSTATE WASHDC PRIORITY 5837\n\
         UNCLAS ASUNCION 000486\n\nSIPDIS\n\n\
         STATE FOR INL JAMES HIDES, STATE FOR WHA/BSC, TREASURY FOR\n\
         OSIA MAUREEN WAFER, TREASURY FOR OTA WARFIELD, VAN KOCH,\nMILLAR\n\n\
         E.O. 12958: N/A\nTAGS: SNAR PGOV KCRM PA\n\
         SUBJECT: PARAGUAY: RESPONSE TO MAJOR LIST / CERTIFICATION\nPROCEDURES FY 2008\n\n\
         REF: STATE 72494\n\n\
         1. Below find Post's submission on the Government of\n\
         Paraguay (GOP) cooperation on counter-narcotics and other\ndrug-related issues.\n\n\
         -- Working in concert with antinarcotics prosecutors and DEA\n\
         agents, SENAD arrested five traffickers, June 2006, seized 195\n\
         kg of cocaine and impounded the airplane used in transporting\nthe drugs.\n",
    );
    assert_eq!(
        doc.title,
        "Paraguay: Response to Major List / Certification Procedures FY 2008"
    );
    assert_eq!(doc.subject, "Paraguay");
    assert_eq!(doc.date, "2007-06-13");
    assert!(doc.sections.is_empty(), "{:?}", doc.sections);
    assert!(
        doc.text
            .contains("on the Government of Paraguay (GOP) cooperation"),
        "{}",
        doc.text
    );
    assert!(!doc.text.contains("MILLAR"));
}

/// The money-laundering chapter of a DOSFAN copy sets the report's name again under its own:
/// the chapter is the subject, not the report. (Review 31: INCSR 1995.)
#[test]
fn the_reports_name_set_again_under_a_chapters_is_no_subject() {
    let doc = read(
        "money-laundering-1995.txt",
        "U.S. DEPARTMENT OF STATE \nINTERNATIONAL NARCOTICS CONTROL STRATEGY REPORT\n\
         MARCH 1995\nBUREAU FOR INTERNATIONAL NARCOTICS AND LAW ENFORCEMENT AFFAIRS\n\n\n\n\
         \x20                  FINANCIAL CRIMES AND MONEY LAUNDERING\n\n\n\
         \t1995 INTERNATIONAL NARCOTICS CONTROL STRATEGY REPORT\n\nOVERVIEW\n\n\
         There were a number of significant accomplishments in the world of money laundering \
         in 1994, and a number of new and/or intensified concerns.\n",
    );
    assert_eq!(doc.subject, "Financial Crimes and Money Laundering");
    assert_eq!(
        doc.title,
        "International Narcotics Control Strategy Report, March 1995: Financial Crimes and \
         Money Laundering"
    );
    assert_eq!(doc.date, "1995-03");
}

/// A news story as a drug-news archive keeps it ("Pubdate:", "Source:", "Author:" over it),
/// and a blog's tail ("See also:" over headlines, "1 comments:" to "Post a Comment"): the
/// archive's and the blog's, not the story's. (Review 31: MAP's ThisDay 2004, conflictmonitors
/// 2009, weeksnotice 2012.)
#[test]
fn a_news_archives_head_and_a_blogs_tail_are_not_the_story() {
    let doc = read(
        "mapinc.txt",
        "Pubdate: Wed, 03 Mar 2004\nSource: This Day (Nigeria)\nCopyright: 2004 This Day.\n\
         Author: Nneoma Ukeje-Eloagu\n\n\n\
         The United States Bureau for International Narcotics and Law Enforcement Affairs \
         yesterday released its annual report in which Nigeria is described as a major \
         drug-transit country.\n\n\
         See also:\n\
         'Factbox: Global narcotics activity in 2008 - US report', Reuters UK, 27 February 2009\n\
         'Stop the Afghan drug trade, stop terrorism', Forbes, 26 February 2009\n\n\
         1 comments:\n\nThe content in the blog is informative.Keep on good work.\n\n\
         Post a Comment\n",
    );
    assert!(
        doc.text.starts_with("The United States Bureau"),
        "{:?}",
        doc.text
    );
    assert!(
        doc.text.ends_with("major drug-transit country."),
        "{:?}",
        doc.text
    );
    assert!(doc.dates.is_empty(), "{:?}", doc.dates);
    assert!(doc.statistics.is_empty());
    assert_ne!(doc.title, "Author: Nneoma Ukeje-Eloagu");
    // A count of "0 Comments" among a page's buttons, with no form after it, is kept.
    let page = read(
        "slides.txt",
        "Haiti drug report\n\n0 Comments\n\n1 Likes\n\nThe report counts 2,072 arrests in \
         2013, more than in any year before.\n",
    );
    assert!(page.text.contains("2,072 arrests"), "{:?}", page.text);
}

/// A news copy saved as text: a markup comment left at its top ("<!-- IMAGE -->") is no
/// title, a line ending on "the 2010" goes on into the next, and a headline's topic that ends
/// on a country ("Study: Poppy thrives in Mexico") names it. (Review 32: VOA's Burma 2010, AP's
/// Mexico 2002.)
#[test]
fn a_markup_comment_an_article_and_a_number_and_a_headlines_country() {
    let doc = read(
        "voa.txt",
        "<!-- IMAGE -->\nAccording to the 2010\n\
         International Narcotics Control Strategy Report, Burma is the world's second\n\
         largest producer of illicit opium. Eradication efforts and implementation of\n\
         poppy-free zones by hill tribe growers reduced cultivation levels dramatically\n\
         between 1998 and 2006.\n",
    );
    assert!(
        doc.text.starts_with("According to the 2010 International"),
        "{:?}",
        doc.text
    );
    assert!(!doc.title.contains("<!--"), "{:?}", doc.title);
    let doc = read(
        "ap.txt",
        "Study: Poppy thrives in Mexico\nAssociated Press\n\
         The report said Mexico effectively eradicated 42,000 acres of poppies last\nyear but\n\
         the remaining acreage still yielded 78 tons of opium gum.\n\
         That was up from 30 tons of opium gum in 2000, the report said, adding\nthat at\n\
         current conversion rates that would mean 7.7 tons of heroin in 2001, compared\nwith\n\
         3.3 in 2000.\n\
         Heroin and cocaine are the illicit drugs that most concern the United States.\n",
    );
    assert_eq!(doc.subject, "Mexico");
    assert!(
        doc.text.contains("compared with 3.3 in 2000."),
        "{:?}",
        doc.text
    );
}

#[test]
fn a_contents_list_with_a_shared_page_and_grouped_countries_is_navigation() {
    // (Review 38: the DOSFAN 1995 South America and Caribbean pages.) Two chapters on one page
    // ("Paraguay 99" / "Peru 99"), and a chapter's countries set under it without pages.
    let doc = read(
        "03.html.txt",
        "U.S. DEPARTMENT OF STATE\nINTERNATIONAL NARCOTICS CONTROL STRATEGY REPORT\nMARCH 1995\n\
         BUREAU FOR INTERNATIONAL NARCOTICS AND LAW ENFORCEMENT AFFAIRS\n\n\
         SOUTH AMERICA                      61\n\n\
         Bolivia                            67\n\
         Ecuador                            89\n\
         Paraguay                           99\n\
         Peru                               99\n\
         Uruguay                           107\n\
         Eastern Caribbean                 192\n\
         \x20  Antigua and Barbuda\n\
         \x20  St. Lucia\n\
         Venezuela                         210\n\n\
         \x20  Anguilla, Montserrat, British Virgin Islands\n\n\
         ARGENTINA\n\nI.  Summary\n\n\
         Argentina faces increasing problems with illegal narcotics. Police seized 85 kilograms\n\
         of cocaine in 1994.\n",
    );
    let figures: Vec<&str> = doc.statistics.iter().map(|s| s.text(&doc.text)).collect();
    assert_eq!(figures, ["85 kilograms"]);
    for chrome in ["SOUTH AMERICA", "Peru", "St. Lucia", "Anguilla"] {
        assert!(
            !doc.text.contains(chrome),
            "{chrome:?} left in {}",
            doc.text
        );
    }
    assert_eq!(doc.subject, "Argentina");
    assert_eq!(doc.date, "1995-03");
}

#[test]
fn a_copiers_note_above_the_release_date_is_no_part_of_the_report() {
    // (Review 38: the Al mashriq copy of the 1995 Lebanon chapter.) The note in brackets is
    // the copier's; under it the release date is the report's, not a date in its text.
    let doc = read(
        "narco-leb-95.txt",
        "(From The State Department at gopher://dosfan.lib.uic.edu)\n\n\
         (This document is abridged and contains only information relevant to Lebanon. \
         Information for the rest of the Levant may be found under the \"Health\" topic.)\n\n\
         MARCH 1995\n\nI. Summary\n\n\
         Lebanon remained a major nexus for narcotics production and trafficking in 1994.\n",
    );
    assert_eq!(doc.date, "1995-03");
    let dates: Vec<&str> = doc.dates.iter().map(|d| d.value.as_str()).collect();
    assert_eq!(dates, ["1994"]);
    assert!(!doc.text.contains("abridged"), "{}", doc.text);
}

#[test]
fn a_chapter_without_its_country_line_is_about_the_one_country_it_names_twice() {
    // (Review 39: the HR-Net copy of the 1998 Croatia chapter, nothing between the release
    // date and "I. Summary".)
    let doc = read(
        "croatia.txt",
        "1998 International Narcotics Control Strategy Report\n\n\
         Bureau for International Narcotics and Law Enforcement Affairs\n\
         United States Department of State\nFebruary 26, 1999\n\n\nI. Summary\n\n\
         Croatian authorities have focused their concerns on the increase in drugs transiting \
         Croatia concomitant with the opening of borders with Bosnia and Serbia. Ministry of \
         Interior officials are particularly concerned about the Balkan route.\n\n\
         II. Status of Country\n\nCroatia is a party to the 1988 UN Drug Convention.\n",
    );
    assert_eq!(doc.subject, "Croatia");
    assert_eq!(
        doc.title,
        "1998 International Narcotics Control Strategy Report: Croatia"
    );
}

#[test]
fn an_issuer_written_without_its_space_keeps_the_cover_dateline_apart() {
    // (Review 43: the 1998 edition on the State Department's archive writes
    // "U.S.Department of State", and its cover's dateline is the report's date.)
    let doc = read(
        "guatemala.txt",
        "International Narcotics Control Strategy Report, 1998\n\
         Released by the Bureau for International Narcotics and Law Enforcement Affairs,\n\
         U.S.Department of State \n\
         Washington, DC, February 1999\n\n\nI. Summary\n\n\
         Guatemala is a significant transit country for cocaine. In 1998, the GOG raised \
         police pay across Guatemala.\n",
    );
    assert_eq!(doc.date, "1999-02");
    assert_eq!(
        doc.title,
        "International Narcotics Control Strategy Report, 1998: Guatemala"
    );
    assert!(
        doc.text.contains("\n\nWashington, DC, February 1999\n\n"),
        "{}",
        doc.text
    );
}

#[test]
fn an_archives_editors_note_is_its_own_and_no_end_of_the_cover() {
    // (Review 42: DOSFAN's regional pages of the 1993 report note what their copy left out
    // between the cover and the first chapter.)
    let doc = read(
        "algeria.txt",
        "International Narcotics Control Strategy Report, April 1993\n\
         US Department of State\nBureau of International Narcotics Matters\n\n\
         Department of State Publication 10047\nReleased April 1993\n\n\n\
         [EDITOR'S NOTE:  Charts referenced to in brackets [ ] are available only in hard \
         copy of report.]\n\nAFRICA AND MIDDLE EAST \n\nALGERIA\n\nI. Summary\n\n\
         Algeria is the second largest country in Africa, but its drug consumption and \
         trafficking problems are relatively modest. Algeria does not produce opium or \
         heroin, and cannabis production is largely for local use.\n",
    );
    assert_eq!(doc.date, "1993-04");
    assert_eq!(
        doc.title,
        "International Narcotics Control Strategy Report, April 1993: Algeria"
    );
    assert!(!doc.text.contains("EDITOR"), "{}", doc.text);
    // (Under a cover that says where the report is sold, a sentence naming it, the cover
    // stays whole.)
    let sold = read(
        "algeria.txt",
        "International Narcotics Control Strategy Report, April 1993\n\
         US Department of State\nBureau of International Narcotics Matters\n\n\
         Department of State Publication 10047\nReleased April 1993\n\n\
         The Report is for sale by the Government Printing Office, Superindendent of \
         Documents.  Stock No.:  044-000-02370-9\n\n\n\
         [EDITOR'S NOTE:  Charts referenced to in brackets [ ] are available only in hard \
         copy of report.]\n\nAFRICA AND MIDDLE EAST \n\nALGERIA\n\nI. Summary\n\n\
         Algeria is the second largest country in Africa, but its drug consumption and \
         trafficking problems are relatively modest. Algeria does not produce opium or \
         heroin, and cannabis production is largely for local use.\n",
    );
    assert_eq!(sold.title, doc.title);
    assert_eq!(sold.date, "1993-04");
}

#[test]
fn a_run_in_head_a_copy_set_on_its_own_line_is_still_a_head() {
    // (Review 43: the 1999–2005 chapters' bold run-in heads, saved as text, stand alone over
    // their paragraphs; one keeps a bracketed part.)
    let doc = read(
        "panama.txt",
        "INTERNATIONAL NARCOTICS CONTROL STRATEGY REPORT, MARCH 2005: PANAMA\n\n\
         I. Summary\n\nPanama is a transit country.\n\n\
         III. Country Actions Against Drugs in 2004\n\n\
         Drug Flow/Transit.\n\n\
         Panama remains an integral territory for the transit of cocaine to the U.S.\n\n\
         Domestic Programs (Demand Reduction).\n\n\
         CONAPRED identifies 29 demand reduction projects at a cost of U.S. $6.5 million.\n\n\
         Agreements and Treaties. Panama is a party to the 1988 UN Drug Convention.\n\n\
         Aubrey Leager.\n\n\
         MR. LEAGER: I'd like to thank the committee for allowing me to speak today.\n",
    );
    let sections: Vec<(u8, &str)> = doc
        .sections
        .iter()
        .map(|s| (s.level, s.title.as_str()))
        .collect();
    assert_eq!(
        sections,
        [
            (1, "I. Summary"),
            (1, "III. Country Actions Against Drugs in 2004"),
            (2, "Drug Flow/Transit"),
            (2, "Domestic Programs (Demand Reduction)"),
            (2, "Agreements and Treaties"),
        ]
    );
    let section_of = |text: &str| {
        let figure = doc.statistics.iter().find(|s| s.text(&doc.text) == text);
        figure.map(|s| &*s.section)
    };
    // (A figure stands under the section's head, as under a run-in head in its paragraph.)
    assert_eq!(
        section_of("29"),
        Some("III. Country Actions Against Drugs in 2004")
    );
}

#[test]
fn a_printed_pages_dashed_number_between_paragraphs_is_furniture() {
    // (Reviews 42 and 43: copies made from the printed volume keep its folios.)
    let doc = read(
        "colombia.txt",
        "I. Summary\n\nColombia remains the world's leading producer of cocaine.\n\n- 12 -\n\n\
         Police seized 45 metric tons of cocaine in 1997.\n\n\u{2013} 13 \u{2013}\n\n\
         Figures in the print's table - 6 - are given below.\n",
    );
    assert!(!doc.text.contains("- 12 -"), "{}", doc.text);
    assert!(!doc.text.contains("\u{2013} 13"), "{}", doc.text);
    assert!(doc.text.contains("- 6 -"), "{}", doc.text);
    assert_eq!(figure_texts(&doc)[0], "45 metric tons");
}

#[test]
fn a_numbered_list_of_sentences_is_no_outline_and_a_folio_ends_no_report() {
    // (Review 42: a chapter's numbered priorities, full sentences with their stops, and the
    // printed page's number under them; an archive's note above makes it a page with chrome.)
    let doc = read(
        "kenya.txt",
        "INTERNATIONAL NARCOTICS CONTROL STRATEGY REPORT, APRIL 1993\n\n\
         [EDITOR'S NOTE:  Charts referenced to in brackets [ ] are available only in hard copy \
         of report.]\n\nKENYA\n\nI. Summary\n\n\
         Kenya is one of the two main East African transit routes for heroin bound for Europe, \
         and its government has asked for more help.\n\n\
         1. Strengthen the NDLEA.\n2. Expand training for 300 customs officers.\n\n- 212 -\n\n\
         Heroin seizures at Jomo Kenyatta International Airport rose to 45 kilograms.\n",
    );
    let sections: Vec<&str> = doc.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(sections, ["I. Summary"]);
    assert_eq!(doc.date, "1993-04");
    let figures: Vec<(&str, &str)> = doc
        .statistics
        .iter()
        .map(|s| (s.text(&doc.text), &*s.section))
        .collect();
    assert_eq!(
        figures,
        [
            ("two", "I. Summary"),
            ("300", "I. Summary"),
            ("45 kilograms", "I. Summary")
        ]
    );
}

#[test]
fn a_cover_folded_narrow_keeps_its_date_line_and_its_countrys_name_whole() {
    // (Review 42's and 43's pages folded at 72 and 66 columns: the issuer's last word alone
    // over the release month, and a title cut inside "EL SALVADOR".)
    let afghanistan = read(
        "afghanistan.txt",
        "International Narcotics Control Strategy Report   -2001\n\
         Released by the Bureau for International Narcotics and Law Enforcement \n\
         Affairs\nMarch 2002\n\nSouthwest Asia\n\nAfghanistan\n\nI. Summary\n\n\
         Despite a remarkably successful ban on opium production in \n\
         Taliban-controlled areas during the 2000-2001 growing season, \n\
         Afghanistan remained one of the world's leading opium producers by \n\
         virtue of continued cultivation in its northern provinces.\n",
    );
    assert_eq!(afghanistan.date, "2002-03");
    assert_eq!(
        afghanistan.issuer,
        ["Bureau for International Narcotics and Law Enforcement Affairs"]
    );
    let salvador = read(
        "salvador.txt",
        "U.S. DEPARTMENT OF STATE\n\
         INTERNATIONAL NARCOTICS CONTROL STRATEGY REPORT, MARCH 1996: EL \n\
         SALVADOR\nUnited States Department of State\n\
         Bureau for International Narcotics and Law Enforcement Affairs\nI. Summary\n\
         El Salvador is a transhipment point for cocaine moving to the \nU.S. along\n\
         the Pacific coast of Central America, a position that gives it the\n\
         potential to experience a significant increase in trafficking.\n",
    );
    assert_eq!(
        salvador.title,
        "International Narcotics Control Strategy Report, March 1996: El Salvador"
    );
    assert_eq!(salvador.subject, "El Salvador");
}

#[test]
fn a_trail_folded_before_a_volumes_numeral_is_no_outline() {
    // (Review 42's state.gov page folded at 60 columns: "… > Volume" / "I: Drug and Chemical
    // Control > INCSR (HTML format)".)
    let doc = read(
        "afghanistan.txt",
        "Skip Links\nU.S. Department of State\n\
         Subject IndexBookmark and Share\n\
         U.S. Department of State\n\
         Video\n You are in: Under Secretary for Political Affairs > Bureau \n\
         of International Narcotics and Law Enforcement Affairs > \n\
         Releases > Narcotics Control Reports > 2007 INCSR > Volume \n\
         I: Drug and Chemical Control > INCSR (HTML format) \n\
         International Narcotics Control Strategy Report   -2007\n\
         Released by the Bureau of International Narcotics and Law \n\
         Enforcement Affairs\nMarch 2007\n\nSouthwest Asia\n\nAfghanistan\n\nI. Summary\n\n\
         Afghanistan is the world's largest producer of opium. Poppy cultivation in \n\
         Afghanistan rose to 165,000 hectares in 2006, a 59 percent increase.\n",
    );
    let sections: Vec<&str> = doc.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(sections, ["I. Summary"]);
    assert_eq!(doc.date, "2007-03");
    assert_eq!(doc.subject, "Afghanistan");
}

#[test]
fn local_currencies_written_before_the_amount_are_money() {
    // (Reviews 42 and 43: the Caribbean, Andean and South Asian chapters' own currencies.)
    let doc = read(
        "bolivia.txt",
        "INTERNATIONAL NARCOTICS CONTROL STRATEGY REPORT, MARCH 1997: BOLIVIA\n\n\
         I. Summary\n\nBolivia is the world's second largest producer of coca. The GOB spent \
         Bs. 30 million on alternative development in Bolivia. The Netherlands Antilles \
         budgeted NAf 4.5 million for the Coast Guard, Aruba Afl. 2 million, Bangladesh Tk 3 \
         million and Burma Kyat 50 million. French customs reported FF 25 million, Malaysia RM \
         2.1 million and Ireland IR£ 1.2 million.\n",
    );
    let money: Vec<(&str, f64, &str)> = doc
        .statistics
        .iter()
        .map(|s| (s.text(&doc.text), s.value, &*s.unit))
        .collect();
    assert_eq!(
        money,
        [
            ("Bs. 30 million", 30e6, "BOB"),
            ("NAf 4.5 million", 4.5e6, "ANG"),
            ("Afl. 2 million", 2e6, "AWG"),
            ("Tk 3 million", 3e6, "BDT"),
            ("Kyat 50 million", 50e6, "MMK"),
            // (Review 44.)
            ("FF 25 million", 25e6, "FRF"),
            ("RM 2.1 million", 2.1e6, "MYR"),
            ("IR£ 1.2 million", 1.2e6, "IEP"),
        ]
    );
}

#[test]
fn a_chapters_title_folded_after_its_colon_or_about_its_dash_reads_as_the_unfolded_one() {
    // (The labelled Georgia chapter folded at 72, 66 and other widths: "…, MARCH 1996:" /
    // "TRANSCAUCASUS - GEORGIA", "… TRANSCAUCASUS -" / "GEORGIA", "… TRANSCAUCASUS" / "-
    // GEORGIA" read as the line whole does.)
    let title_line =
        "INTERNATIONAL NARCOTICS CONTROL STRATEGY REPORT, MARCH 1996: TRANSCAUCASUS - GEORGIA";
    let rest = "United States Department of State\n\
                Bureau for International Narcotics and Law Enforcement Affairs\nI. Summary\n\
                Seizures of opiates elsewhere in the Transcaucases suggest that opiate \
                trafficking through\nGeorgia is continuing. Georgia has not acted.\n";
    let whole = read(
        "georgia.txt",
        &format!("|\n|\nU.S. DEPARTMENT OF STATE\n{title_line}\n{rest}"),
    );
    assert_eq!(
        whole.title,
        "International Narcotics Control Strategy Report, March 1996: Transcaucasus - Georgia"
    );
    for cut in ["1996: ", "TRANSCAUCASUS - ", "TRANSCAUCASUS "] {
        let at = title_line.find(cut).unwrap() + cut.len();
        let folded = format!(
            "|\n|\nU.S. DEPARTMENT OF STATE\n{}\n{}\n{rest}",
            &title_line[..at],
            &title_line[at..]
        );
        let doc = read("georgia.txt", &folded);
        assert_eq!(
            (doc.title.as_str(), doc.subject.as_str(), doc.date.as_str()),
            (whole.title.as_str(), "Georgia", "1996-03"),
            "cut after {cut:?}"
        );
    }
}

/// A cable whose header a copy says twice: two copies of one long "TAGS: …" line are not the
/// width the text was wrapped at, and the body's lines are one paragraph. (Review 45: Vietnam
/// 2003 on a cable site.)
#[test]
fn a_header_said_twice_is_not_the_wrap_width() {
    let doc = read(
        "vietnam-2003.txt",
        "\
STATE FOR INL/AAE, EAP/BCLTV, L/LEI\n\
         JUSTICE FOR OIA, AFMLS, NDDS\n\
         TREASURY FOR FINCEN\n\
         \n\
         E.O. 12958: N/A\n\
         TAGS: SNAR, PREL, PGOV, ASEC, EFIN, KCRM, SOCI, VM, CNARC, HIV/AIDS\n\
         SUBJECT: 2003 INTERNATIONAL NARCOTICS CONTROL STRATEGY\n\
         -- REPORT (INCSR) - VIETNAM\n\
         \n\
         REFS: A. HANOI 2622 B. HANOI 3288 C. HANOI 1504 D. HANOI\n\
         1885 E. HANOI 0827 F. HANOI 1043 G. HANOI 0353 H. HANOI 0549\n\
         I. HANOI 3239 J. HCMC 1233\n\
         \n\
         I. SUMMARY\n\
         \n\
         UNCLAS SECTION 01 OF 23 HANOI 003350\n\
         \n\
         SIPDIS\n\
         \n\
         STATE FOR INL/AAE, EAP/BCLTV, L/LEI\n\
         JUSTICE FOR OIA, AFMLS, NDDS\n\
         TREASURY FOR FINCEN\n\
         \n\
         E.O. 12958: N/A\n\
         TAGS: SNAR, PREL, PGOV, ASEC, EFIN, KCRM, SOCI, VM, CNARC, HIV/AIDS\n\
         SUBJECT: 2003 INTERNATIONAL NARCOTICS CONTROL STRATEGY\n\
         -- REPORT (INCSR) - VIETNAM\n\
         \n\
         REFS: A. HANOI 2622 B. HANOI 3288 C. HANOI 1504 D. HANOI\n\
         1885 E. HANOI 0827 F. HANOI 1043 G. HANOI 0353 H. HANOI 0549\n\
         I. HANOI 3239 J. HCMC 1233\n\
         \n\
         I. SUMMARY\n\
         \n\
         1. (U) The Government of Vietnam (GVN) continued to make\n\
         progress in its counternarcotics efforts during 2003.\n\
         Specific actions included: sustained efforts of\n\
         counternarcotics law enforcement authorities to pursue drug\n\
         traffickers; increased attention to interagency\n\
         coordination; continued cooperation with the United Nations\n\
         Office on Drugs and Crime (UNODC); increased attention to\n\
         drug treatment and harm reduction; an increased tempo of\n\
         public awareness activities; and additional bilateral\n\
         cooperation on HIV/AIDS, an issue closely related to\n\
         intravenous drug use in Vietnam. Additionally, In December\n\
         2003 the GVN and the USG signed a long-delayed\n\
         Counternarcotics agreement. However, progress on money laundering was slow.\n",
    );
    assert!(
        doc.text
            .contains("signed a long-delayed Counternarcotics agreement. However,"),
        "{}",
        doc.text
    );
}

/// A PDF's text wrapped at over a hundred columns: its lines are wrapped all the same, and a
/// line cut after a hyphen or before a name goes on with its sentence. (Review 45: Albania
/// 2004 from a document site.)
#[test]
fn a_pdf_text_wrapped_past_a_hundred_columns_is_reflowed() {
    let doc = read(
        "albania-2004.txt",
        "\
I. Summary\n\
         Drug trafficking is a significant problem in Albania, which is a major transit country for heroin from\n\
         Afghanistan and Turkey destined for markets throughout Europe. Organized crime groups use Albania\n\
         as a transit point for drug and other types of smuggling due to the country’s strategic location, weak\n\
         police and judicial systems, and porous borders. The most common illegal drugs are heroin, marijuana,\n\
         and to a lesser extent, cocaine. Heroin is typically transported through the “Balkans Route” of Turkey-\n\
         Bulgaria-Macedonia-Albania, and on to Italy, Greece and the Netherlands. Cocaine is smuggled from\n\
         South America, via the United States, Italy, Spain, Greece or the Netherlands, and then passes through\n\
         Albania for distribution throughout Western Europe. There was some domestic opium poppy\n\
         cultivation in 2004. Marijuana is produced domestically for markets in Europe. There is evidence that\n\
         high-quality Albanian hashish is exchanged in Turkey for heroin. Synthetic drugs, particularly\n\
         Ecstasy, are a growing concern. Drug abuse is a growing problem in Albania itself, but remains on a\n",
    );
    for joined in [
        "of Turkey-Bulgaria-Macedonia-Albania, and on to Italy",
        "and then passes through Albania for distribution",
        "Synthetic drugs, particularly Ecstasy, are a growing concern.",
    ] {
        assert!(doc.text.contains(joined), "{joined:?} not in {}", doc.text);
    }
}

/// A chapter whose part head runs on into its text ("II. Status of Country Cannabis is …"),
/// folded at 72 and at 60 columns: the folded copies read as the unfolded one, with no run-in
/// head made of the word the fold set at a line's start. (Review 45: Australia 2001 and 2005
/// from document sites.)
#[test]
fn a_part_head_run_on_into_its_text_reads_the_same_folded() {
    let doc = read(
        "australia-2001.txt",
        "I. Summary\n\
         Australia is not a significant producer or transit country.\n\n\
         II. Status of Country Cannabis is the most widely used illicit drug in\n\
         Australia. A 1998 survey for Australian Institute of Health and Welfare\n\
         (AIHW) found that nearly 40 percent of Australians over the age of 14\n\
         had used the drug at least once, with 17 percent having used it in the\n\
         last year.\n",
    );
    assert_eq!(
        outline(&doc),
        [("I. Summary", 1), ("II. Status of Country", 1)]
    );
    let doc = read(
        "australia-2005.txt",
        "III. Country Actions Against Drugs in 2004 Policy\n\
         Initiatives. The Federal Government continued its\n\
         National Illicit Drug Strategy, Tough on Drugs, with\n\
         funding of over AUD 1 billion since 1997.\n",
    );
    assert_eq!(
        outline(&doc),
        [
            ("III. Country Actions Against Drugs in 2004", 1),
            ("Policy Initiatives", 2)
        ]
    );
}

/// A PDF's text on a document site: the page number under the report's running head is the
/// page's, not the report's. (Review 45: Australia 2005 on dokumen.tips.)
#[test]
fn a_page_number_under_the_reports_running_head_is_furniture() {
    let doc = read(
        "australia-2005.txt",
        "SOUTHEAST ASIA\n\n295\n\nINCSR 2005 Volume I\n\n296\n\nSoutheast Asia\n\n\
         Australia I. Summary Australia is a committed partner in international efforts to \
         combat illicit drugs, according high priority to drug-related issues. Australia is \
         party to the 1988 UN Drug Convention.\n\n\
         II. Status of Country Australia is a consumer nation for illicit drugs.\n",
    );
    assert!(!doc.text.contains("296"), "{}", doc.text);
    assert_eq!(doc.subject, "Australia");
    assert_eq!(
        outline(&doc),
        [("I. Summary", 1), ("II. Status of Country", 1)]
    );
}

/// An embassy's INCSR cable numbers its paragraphs and opens the first ones with the report's
/// part heads: "Summary" and "Status of Country" are its outline. (Review 45: Hungary 2009 on
/// a cable site.)
#[test]
fn a_cables_paragraph_heads_are_its_outline() {
    let doc = read(
        "hungary-2009.txt",
        "UNCLAS SECTION 01 OF 04 BUDAPEST 000792\n\
         SIPDIS\n\
         E.O. 12958: N/A\n\
         TAGS: SNAR, KCRM, PREL, PGOV, HU\n\
         SUBJECT: HUNGARY INCSR PART I\n\
         REF: STATE 097228\n\n\
         1. (U) Summary: Hungary continues to be a primary narcotics transit\n\
         country between Southwest Asia and Western Europe due to its\n\
         combination of geographic location and a modern transportation system.\n\n\
         2. (U) Status of Country: Hungary continues to be a primary transit\n\
         route for illegal narcotic smuggling from Southwest Asia and the\n\
         Balkans into Western Europe.\n\n\
         3. (U) The police seized 120 kilograms of heroin in 2008.\n",
    );
    assert_eq!(outline(&doc), [("Summary", 1), ("Status of Country", 1)]);
    assert_eq!(doc.subject, "Hungary");
}

/// A draft cable's cover sets a note in brackets under the report's name: the note is a line
/// of its own, and the country under it names the chapter. (Review 45: Burma 2005 on a cable
/// site.)
#[test]
fn a_covers_bracketed_note_is_a_line_of_its_own() {
    let doc = read(
        "burma-2005.txt",
        "SUBJECT: BURMA: 2005 INCSR PART I - DRUGS AND CHEMICAL\n\
         CONTROL\n\
         REF: A. STATE 209560\n\
         International Narcotics Control Strategy Report 2005\n\
         (Rangoon draft)\n\
         Burma\n\
         I. Summary\n\
         Burma is the world's second largest producer of illicit\n\
         opium, accounting for more than 90 percent of Southeast Asian\n\
         heroin.\n",
    );
    assert_eq!(
        doc.title,
        "International Narcotics Control Strategy Report 2005: Burma"
    );
    assert_eq!(doc.subject, "Burma");
}

/// A topic chapter under the report's cover heads its parts with plain lines: "Summary" right
/// under the cover, then "Background" between paragraphs; both are its outline, and the
/// page's heading over the cover names it. (Review 46: Chemical Controls 2004 on state.gov.)
#[test]
fn a_plain_head_after_the_chapters_first_head_is_a_section() {
    let doc = read(
        "chemical-controls-2004.txt",
        "Chemical Controls\n\n\n\
         International Narcotics Control Strategy Report\n\
         Bureau of International Narcotics and Law Enforcement Affairs\n\
         March 2004\n\n\
         Summary\n\n\
         The moving targets of chemical control continued to challenge the international \
         community, with traffickers developing strategies to circumvent control measures.\n\n\
         Background\n\n\
         Chemicals are essential to the manufacture of narcotic drugs, either for the \
         processing of coca and opium into cocaine and heroin or for synthesizing drugs.\n",
    );
    assert_eq!(outline(&doc), [("Summary", 1), ("Background", 1)]);
    assert_eq!(doc.date, "2004-03");
    // (The page's heading over the report's bare name names the chapter.)
    assert_eq!(doc.subject, "Chemical Controls");
    assert_eq!(
        doc.title,
        "International Narcotics Control Strategy Report, March 2004: Chemical Controls"
    );
}

/// A money-laundering chapter's question in capitals, folded at 72 columns: its lines are cut
/// after little words and go on, one paragraph and no heads; the next capitals line, a head
/// of its own, still is one. (Review 46: Montserrat 2011 on state.gov.)
#[test]
fn a_line_in_capitals_cut_after_a_little_word_goes_on() {
    let doc = read(
        "montserrat-2011.txt",
        "Montserrat has one of the smallest financial sectors in the Caribbean, with no \n\
         physical presence on the island, complicating regulation.\n\n\
         DO FINANCIAL INSTITUTIONS ENGAGE IN CURRENCY TRANSACTIONS RELATED TO \n\
         INTERNATIONAL NARCOTICS TRAFFICKING THAT INCLUDE SIGNIFICANT AMOUNTS OF \n\
         US CURRENCY; CURRENCY DERIVED FROM ILLEGAL SALES IN THE U.S.; OR THAT \n\
         OTHERWISE SIGNIFICANTLY AFFECT THE U.S.: NO\n\n\
         CRIMINALIZATION OF MONEY LAUNDERING:\n\n\
         Montserrat criminalizes money laundering under the Proceeds of Crime Act of 2010, \n\
         which covers all serious crimes.\n",
    );
    assert_eq!(outline(&doc), [("CRIMINALIZATION OF MONEY LAUNDERING", 1)]);
    assert!(doc.text.contains(
        "RELATED TO INTERNATIONAL NARCOTICS TRAFFICKING THAT INCLUDE SIGNIFICANT AMOUNTS OF US"
    ));
    // (Folded at 66 columns, its lines are cut after other words, each line filled.)
    let doc = read(
        "montserrat-2011-66.txt",
        "Montserrat has one of the smallest financial sectors in the\n\
         Caribbean, complicating regulation.\n\n\
         DO FINANCIAL INSTITUTIONS ENGAGE IN CURRENCY TRANSACTIONS RELATED\n\
         TO INTERNATIONAL NARCOTICS TRAFFICKING THAT INCLUDE SIGNIFICANT\n\
         AMOUNTS OF US CURRENCY; CURRENCY DERIVED FROM ILLEGAL SALES IN THE\n\
         U.S.; OR THAT OTHERWISE SIGNIFICANTLY AFFECT THE U.S.: NO\n\n\
         CRIMINALIZATION OF MONEY LAUNDERING:\n\n\
         Montserrat criminalizes money laundering under the Proceeds of\n\
         Crime Act of 2010, which covers all serious crimes.\n",
    );
    assert_eq!(outline(&doc), [("CRIMINALIZATION OF MONEY LAUNDERING", 1)]);
}

/// A document site's page around the report it hosts: its counters, its labels and its
/// snippets of each page ("Page 1: … · 2019-09-06 · …") are the site's, and the figures in the
/// snippets are not the report's. (Review 46: the 2007 overview on a document site.)
#[test]
fn a_document_sites_labels_and_snippets_are_chrome() {
    let doc = read(
        "policy-2007.txt",
        "policy and program developments · 2019-09-06 · policy and program development 16 \
         assessment of...\n\n\
         Upload: others\n\nPost on 11-Mar-2020\n\n1 views\n\nCategory:\n\nDocuments\n\n\n\
         0 download\n\nTRANSCRIPT\n\n\
         Page 1: POLICY AND PROGRAM DEVELOPMENTS · 2019-09-06 · Policy and Program Development \
         16 assessment of cocaine movement, between 517-732 metric tons\n\n\
         Overview for 2006\n\n\
         Challenges to the illicit drug trade continued on many levels this year; to meet these \
         challenges the international community shared a clear vision of the dangers.\n",
    );
    for chrome in [
        "views",
        "download",
        "Upload",
        "TRANSCRIPT",
        "Page 1:",
        "2019-09-06",
    ] {
        assert!(
            !doc.text.contains(chrome),
            "{chrome:?} left in {}",
            doc.text
        );
    }
    assert!(doc.statistics.is_empty(), "{:?}", figure_texts(&doc));
}

/// Review 47 (a Cape Verde cable of 2009): a cable mirror's header of short labels and codes
/// outnumbers the report's wrapped lines three to one, and the lines are joined all the same.
#[test]
fn wrapped_lines_under_a_long_header_of_short_lines_are_joined() {
    let header: String = (0..40).map(|i| format!("RUEHPA {i}\n")).collect();
    let body = "Because of its location in the Atlantic Ocean, Cape Verde is an\n\
                important transit country for narcotics entering Europe from\n\
                South America and Africa. Narcotics enter Cape Verde by\n\
                commercial aircraft and maritime vessels, including yachts.\n\
                Cape Verde works with international donors like the United\n\
                Nations Office on Drugs and Crime (UNODC) and the Governments of\n\
                Portugal, Spain, France, Germany, Brazil, and the United States\n\
                to fight international narcotics trafficking and reduce local\n\
                demand. Cape Verde is a party to the 1988 United Nations\n\
                Convention Against Illicit Traffic in Narcotic Drugs and\n\
                Psychotropic Substances.\n\n\
                II. Status of Country\n\n\
                Cape Verde's strategic location on the maritime and aerial\n\
                routes between mainland Africa, Europe, and South America makes\n\
                it an attractive transit point for drug shipments from South\n\
                America to Europe and, to a lesser extent, the United States.\n\
                Authorities seized 1.5 metric tons of cocaine in a single case\n\
                in 2008, the largest seizure in the history of the country.\n";
    let doc = read("cable.txt", &format!("{header}\nI. Summary\n\n{body}"));
    assert!(
        doc.text
            .contains("donors like the United Nations Office on Drugs and Crime (UNODC)"),
        "{}",
        doc.text
    );
    let long: Vec<&str> = doc.acronyms.iter().map(|a| a.long.as_str()).collect();
    assert_eq!(long, ["United Nations Office on Drugs and Crime"]);
}

/// Review 47 (Dutch Caribbean 2015 on state.gov, 2016 on a blog): a chapter for a group of
/// islands is named like a country's, and a bar sets it apart from the report's name as a
/// dash does.
#[test]
fn a_chapter_for_a_group_of_islands_is_named_by_it() {
    let doc = read(
        "dutch.txt",
        "Dutch Caribbean\n\nBureau of International Narcotics and Law Enforcement Affairs\n\n\
         A. Introduction\n\nThe Dutch Caribbean consists of the six entities of the former \
         Netherlands Antilles.\n",
    );
    assert_eq!(
        (doc.title.as_str(), doc.subject.as_str()),
        ("Dutch Caribbean", "Dutch Caribbean")
    );
    let doc = read(
        "repost.txt",
        "2016 International Narcotics Control Strategy Report (INCSR) | Dutch Caribbean\n\n\
         The Dutch Caribbean consists of the six entities of the former Netherlands Antilles. In \
         2010, the Netherlands Antilles dissolved as a political unit.\n",
    );
    assert_eq!(doc.subject, "Dutch Caribbean");
    assert_eq!(doc.date, "2016");
    let doc = read(
        "blog.txt",
        "2011: International Narcotics Control Strategy Report – Georgia Review\n\n\
         A. Introduction\n\nGeorgia is a transit country for heroin.\n",
    );
    assert_ne!(doc.subject, "Georgia Review");
}

/// Review 47 (a WordPress repost of Georgia 2011): a blog's archive heading and its link on to
/// the rest of a post are the blog's, not the report's.
#[test]
fn a_blogs_archive_heading_and_read_on_link_are_chrome() {
    let doc = read(
        "blog.txt",
        "Blog Archives\n\n2011: International Narcotics Control Strategy Report – Georgia \
         Review\n\nA. Introduction\n\nGeorgia is becoming a major transit corridor for drugs \
         of abuse produced elsewhere. Street prices continued to increase in 2010.\n\n\
         Read the rest of this entry\n\nAdvertisements\n",
    );
    assert!(!doc.text.contains("Blog Archives"), "{}", doc.text);
    assert!(!doc.text.contains("Read the rest"), "{}", doc.text);
    assert!(
        doc.text
            .contains("Street prices continued to increase in 2010.")
    );
}

/// Review 47 (a Nigeria cable of 2002, as scoop.co.nz prints it): a cable's covering sentence
/// over the chapter is no title, though the edition it names dates it.
#[test]
fn a_covering_sentence_is_no_title_but_dates_the_chapter() {
    let doc = read(
        "scoop.txt",
        "The following is Post's submission of the 2002 Nigeria\nINCSR Chapter.\n\n\
         I. Summary\n\nNigeria remains a hub of narcotics trafficking and money\n\
         laundering activity. Nigerian organized criminal groups\n\
         dominate the African drug trade and transport narcotics to\n\
         markets in the United States, Europe, Asia, and Africa.\n\
         Some of these criminal organizations are engaged in\n\
         advance-fee fraud, commonly referred to in Nigeria as \"419\n\
         Fraud,\" and other forms of defrauding U.S. citizens and\n\
         businesses.\n",
    );
    assert_eq!(
        (doc.title.as_str(), doc.subject.as_str(), doc.date.as_str()),
        ("Nigeria", "Nigeria", "2002")
    );
}

/// Review 47 (a blog's copy of the Dutch Caribbean 2016 chapter, its "A. Introduction" left
/// out): a lettered head its first numbered part follows opens the series.
#[test]
fn a_lettered_head_over_a_first_numbered_part_opens_the_series() {
    let doc = read(
        "blog.txt",
        "It is home to one of the largest harbors in the Caribbean, as well as Europe.\n\n\
         B. Drug Control Accomplishments, Policies, and Trends\n\n\
         1. Institutional Development\n\n\
         Aruba, Curacao, and Sint Maarten have a high degree of autonomy.\n\n\
         R. Rand Beers\n",
    );
    assert_eq!(
        outline(&doc),
        [
            ("B. Drug Control Accomplishments, Policies, and Trends", 1),
            ("1. Institutional Development", 2)
        ]
    );
}

/// Review 47 (a Cape Verde cable of 2009): the embassy's covering paragraph over the chapter
/// it submits is the cable's, though no "Begin Text" follows it.
#[test]
fn a_cables_covering_paragraph_without_begin_text_is_the_cables() {
    let doc = read(
        "cable.txt",
        "R 051958Z NOV 09\nFM AMEMBASSY PRAIA\nTO RUEHC/SECSTATE WASHDC 1868\n\
         UNCLAS SECTION 01 OF 04 PRAIA 000211\n\nSENSITIVE\nSIPDIS\n\nE.O. 12958: N/A\n\
         TAGS: SNAR PREL EFIN ASEC CV\n\
         SUBJECT: CAPE VERDE SUBMISSION FOR 2010 INCR REPORT, PART I\n\n\
         REF: STATE 097230\n\n\
         1. Per reftel, Embassy Praia submits the following draft text\n\
         for the 2010 INCSR report in addition to the e-mail version we\n\
         have sent in for review. Please direct questions or comments to\n\
         Dana Brown (browndml@state.gov)\n\n\
         Cape Verde\n\nI. Summary\n\n\
         Because of its location in the Atlantic Ocean, Cape Verde is an\n\
         important transit country for narcotics entering Europe from\n\
         South America and Africa.\n",
    );
    assert!(!doc.text.contains("Per reftel"), "{}", doc.text);
    assert!(
        doc.text
            .contains("Cape Verde is an important transit country")
    );
    assert_eq!(doc.subject, "Cape Verde");
}
