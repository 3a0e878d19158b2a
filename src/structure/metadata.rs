//! The report's title block: title, issuer, subject and date, read from the short lines above
//! its first section ("U.S. DEPARTMENT OF STATE", "INTERNATIONAL NARCOTICS CONTROL STRATEGY
//! REPORT, MARCH 1996: KAZAKSTAN", "Bureau for …", "KAZAKSTAN").

use crate::extract::dates;
use crate::load::{PageInfo, SourceBlock};

/// What the title block says.
#[derive(Debug, Default, PartialEq)]
pub struct Metadata {
    pub title: String,
    pub subject: String,
    pub issuer: Vec<String>,
    pub date: String,
    /// The year of the report's edition its title names ("… Report - 2005 - Panama"): its
    /// date when nothing dates it more closely.
    pub edition_year: String,
}

/// Words that name an issuing body.
const ISSUER_WORDS: &[&str] = &[
    "department",
    "bureau",
    "ministry",
    "agency",
    "office",
    "administration",
    "commission",
    "committee",
    "council",
    "institute",
    "service",
    "secretariat",
    "directorate",
    "authority",
    "board",
    "division",
    "embassy",
    "government",
];

/// Reads the title block's lines, in order.
/// A title set as a sentence, without its full stop ("Country reports: Kyrgyz Republic."); an
/// abbreviation keeps its own ("… of the U.S.").
fn without_closing_stop(line: &str) -> &str {
    match line.strip_suffix('.') {
        Some(rest) => {
            let last_word = rest.rsplit(' ').next().unwrap_or("");
            let plain_word = last_word.chars().count() >= 4 && !last_word.contains('.');
            if plain_word { rest } else { line }
        }
        None => line,
    }
}

pub fn read_title_block(lines: &[&str]) -> Metadata {
    let mut meta = Metadata::default();
    let mut title_line: Option<&str> = None;
    let mut subject_line: Option<&str> = None;
    let mut rubric_line: Option<&str> = None;
    let mut place_line: Option<&str> = None;
    let mut edition_line: Option<&str> = None;
    // The page's heading right above the report's bare name ("Chemical Controls" over
    // "International Narcotics Control Strategy Report", as state.gov sets a topic's chapter).
    let mut heading_line: Option<&str> = None;
    let mut previous_line: Option<&str> = None;
    let lines = join_continued_lines(lines);
    for line in &lines {
        let line = line.trim();
        let line_before = previous_line.replace(line);
        // "[EDITOR'S NOTE: Charts referenced to in brackets [ ] are available only in hard
        // copy of report.]": an archive's note on its copy.
        let bracketed_note = line.starts_with('[') && line.ends_with(']');
        // "FILE ID:97030302.AAF": the U.S. Information Agency's wire file number.
        let wire_file = line.starts_with("FILE ID:");
        if line.is_empty() || is_jurisdiction(line) || bracketed_note || wire_file {
            continue;
        }
        // "(Albright Says Nigeria largest courier of Asian heroin) (590)": the wire's
        // headline in brackets, and its count of words.
        let line = usia_headline(line).unwrap_or(line);
        if line.to_lowercase().contains("last updated") {
            // "Page last updated on November 03, 2016": the page's date, never its title.
            if let Some((_, value)) = dates::scan(line).into_iter().find(|(_, v)| v.len() >= 7) {
                meta.date = value;
            }
            continue;
        }
        // "… Law Enforcement Affairs" / "Report" joined by a wrapped copy: the page's kind run
        // on after the issuer's name.
        let line = line
            .strip_suffix(" Report")
            .filter(|name| is_issuer_line(name))
            .unwrap_or(line);
        // "Released by the Bureau for …, U.S. Department of State": one issuer per part.
        let bodies: Vec<&str> = without_release_verb(line).split(", ").collect();
        // (A cable's subject line is its title, whatever body it names: "SPAIN'S OPPOSITION
        // POPULAR PARTY: LOSING THE BATTLE WITH THE GOVERNMENT".)
        let cable_subject = line.starts_with("SUBJECT: ");
        if !cable_subject && bodies.iter().all(|body| is_issuer(body)) {
            for body in bodies {
                let name = tidy_case(body);
                if !meta.issuer.iter().any(|known| same_body(known, &name)) {
                    meta.issuer.push(name);
                }
            }
            continue;
        }
        let found = dates::scan(line);
        let only_date =
            found.len() == 1 && (found[0].0.len() + 2 >= line.len() || is_date_line(line));
        if only_date {
            // ("April 5, 2006" over "April 2006": the day stays.)
            if !meta.date.starts_with(&found[0].1) {
                meta.date = found[0].1.clone();
            }
            // "March 2007" under the report's name: the edition the title leaves out.
            if is_month_value(&found[0].1) && found[0].0.len() + 2 >= line.len() {
                edition_line = Some(line);
            }
            continue;
        }
        // A title has a capital somewhere: "share download .zip report bug or abuse" is a row
        // of links.
        // "Albania" under (or over) "U.S. Department of State": a chapter with no report
        // name is named by its country line.
        // ("Southwest Asia" there is the report's part, never its subject.)
        // ("Saint Vincent and the Grenadines": a country however many words it has.)
        // (A country outranks a name of a place's shape above it: "Country Reports" over
        // "Afghanistan".)
        let country = super::places::is_country_name(line);
        if title_line.is_none()
            && place_line.is_none_or(|place| country && !super::places::is_country_name(place))
            && ((is_place_name(line) && !is_generic(line) && !is_region(line)) || country)
        {
            place_line = Some(line);
            continue;
        }
        let all_lower_case =
            line.chars().any(char::is_lowercase) && !line.chars().any(char::is_uppercase);
        // "Europe and Central Asia" above a chapter is the report's part, never its title.
        if title_line.is_none() && is_region(line) {
            continue;
        }
        // "The following is Post's submission of the 2002 Nigeria INCSR Chapter.": a cable's
        // covering sentence, no title (the edition it names dates the chapter).
        if [
            "the following is ",
            "the following are ",
            "following is ",
            "below is ",
        ]
        .iter()
        .any(|opening| {
            line.get(..opening.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(opening))
        }) {
            if meta.date.is_empty()
                && names_the_report(line)
                && let Some(year) = edition_year(line)
            {
                meta.date = year.to_owned();
            }
            continue;
        }
        // ("INCSR 2002" over its chapters, as the printed report heads its pages.)
        let short_name = names_the_report(line) && edition_year(line).is_some();
        if title_line.is_none()
            && (line.split_whitespace().count() >= 3 || short_name)
            && !all_lower_case
        {
            title_line = Some(line);
            heading_line = line_before.filter(|heading| {
                names_the_narcotics_report(line)
                    && line.split_whitespace().count() <= 6
                    && edition_year(line).is_none()
                    && heading.split_whitespace().count() <= 5
                    && heading.chars().any(char::is_lowercase)
                    && !heading.bytes().any(|b| b.is_ascii_digit())
                    && crate::structure::outline::is_title_case_head(heading)
                    && !is_region(heading)
                    && !is_part_name(heading)
                    && !names_the_report(heading)
                    && !is_issuer_line(heading)
            });
        } else if is_region(line) || is_part_name(line) {
            // "Europe and Central Asia", "CONTINUATION OF EUROPE AND CENTRAL ASIA": the part of
            // the report the chapter belongs to, not its subject.
            continue;
        } else if (line.split_whitespace().count() <= 6
            && !line.contains(':')
            && !line.chars().any(char::is_lowercase))
            || (title_line.is_some_and(|title| title.to_lowercase().contains("report"))
                && (is_place_name(line) || super::places::is_country_name(line)))
        {
            // The country line of a chapter is set in capitals below its title: the last one
            // wins. Above the title it is a rubric ("ASSET FORFEITURE"), the subject only of
            // a cover with no title line.
            // ("INCSR 2005" over the region and country lines names the report, not the
            // subject.)
            // (Nor is the report's name set again under the chapter's: "FINANCIAL CRIMES AND
            // MONEY LAUNDERING" over "1995 INTERNATIONAL NARCOTICS CONTROL STRATEGY REPORT".)
            // (Nor a row of figures: "8,800 9,300 11,500" under a budget's cover.)
            if names_the_report(line) || !line.chars().any(char::is_alphabetic) {
                continue;
            }
            if title_line.is_some() {
                subject_line = Some(line);
            } else {
                rubric_line = Some(line);
            }
        }
    }
    if let Some(line) = title_line {
        // (A cable's subject line names its topic after a colon, and only a country there is
        // its subject.)
        let cable_title = line.starts_with("SUBJECT: ") || line.starts_with("SUBJ: ");
        // "Re: INTERNATIONAL NARCOTICS CONTROL STRATEGY REPORT: 1993": a mail's reply mark,
        // and a cable's subject line standing without its routing.
        let line = [
            "Re: ",
            "RE: ",
            "Fwd: ",
            "FW: ",
            "SUBJECT: ",
            "Subject: ",
            "SUBJ: ",
        ]
        .iter()
        .find_map(|mark| line.strip_prefix(mark))
        .unwrap_or(line);
        let mut title = report_name(&tidy_case(without_closing_stop(line)));
        // "International Narcotics Control Strategy Report" over "March 2007".
        if let Some(edition) = edition_line
            && names_a_report(&title)
            && dates::scan(&title).is_empty()
        {
            title = format!("{title}, {}", tidy_case(edition));
        }
        if meta.date.is_empty() {
            // "…, MARCH 1996: KAZAKSTAN": the title's own month and year date the report.
            if let Some((_, value)) = dates::scan(&title)
                .into_iter()
                .rev()
                .find(|(_, v)| v.len() >= 7)
            {
                meta.date = value;
            } else if let Some(year) = edition_year(&title) {
                meta.edition_year = year.to_owned();
            }
        }
        // "Volume I: Drug and Chemical Control": a part of the report names no subject.
        let part_named = title
            .rsplit_once(": ")
            .is_some_and(|(head, _)| head.starts_with("Volume ") || head.starts_with("Part "));
        match title.rsplit_once(": ") {
            Some(_) if part_named => {}
            Some((_, subject)) if subject_line.is_none() => {
                // "Background Notes: Kazakstan, May 1996": the subject without the date.
                let subject = match subject.rsplit_once(", ") {
                    Some((place, date)) if is_date_line(date) => place,
                    _ => subject,
                };
                // "Latvia: 2005 INCSR Part I": the place before the report's name.
                let (head, _) = title.rsplit_once(": ").unwrap_or_default();
                // (Not a cable's or an archive's word: "REVISED:", "INL:", "Cablegate:".)
                let not_a_place = [
                    "revised",
                    "corrected",
                    "update",
                    "updated",
                    "action",
                    "request",
                    "inl",
                    "draft",
                    "wikileaks",
                    "cablegate",
                    "money",
                    "laundering",
                    "subject",
                    "text",
                ];
                // ("ECUADOR: 2007 TRENDS IN COUNTER-NARCOTICS", a cable's subject line: the
                // country before any topic; "KENYA TERRORIST FINANCE: …", the country its
                // topic starts with.)
                let country_head = leading_country(head);
                let subject = if is_place_name(head)
                    && !is_generic(head)
                    && !head
                        .split_whitespace()
                        .any(|w| not_a_place.contains(&w.to_lowercase().as_str()))
                    && names_the_report(subject)
                {
                    head
                } else if let Some(country) = country_head {
                    country
                } else {
                    subject
                };
                // "2005-2006 INCSR Part I - Latvia": the place after the report's name (not
                // "… Climate Change - An Opportunity").
                let subject = place_after_dash(subject, cable_title).unwrap_or(subject);
                // "The Netherlands - Part 1, Drugs and Chemical Control": the place before the
                // part of the report.
                let subject = match subject.split_once(" - ").or(subject.split_once(", ")) {
                    Some((place, part)) if part.starts_with("Part ") => place,
                    _ => subject,
                };
                // A report's own name is no subject: "Money Laundering: 2005 INCSR Part II".
                let report = names_the_report(subject);
                // Nor is a topic ("Counternarcotics Update: Latest heroin seizures; New trend
                // in smuggling"): a subject is a name, in a few words.
                let topic = !super::places::is_country_name(subject)
                    && (cable_title
                        || !is_place_name(subject)
                        || !subject.starts_with(char::is_uppercase));
                // "…STRATEGY REPORT: 1993": an edition's year is no subject either.
                let year = !subject.chars().any(char::is_alphabetic);
                // ("Study: Poppy thrives in Mexico": a headline's topic that ends on the
                // country it is about.)
                let country_at_end = subject
                    .rsplit_once(" in ")
                    .map(|(_, place)| place.trim())
                    .filter(|place| super::places::is_country_name(place));
                if topic
                    && !cable_title
                    && let Some(country) = country_at_end
                {
                    meta.subject = country.to_owned();
                } else if !report && !year && !topic {
                    meta.subject = subject.trim().to_owned();
                    // "IRAQ: INCSR Report Part I": a cable's subject line sets the place in
                    // capitals.
                    if !meta.subject.chars().any(char::is_lowercase) {
                        let tidy = tidy_case(&meta.subject);
                        if let Some(rest) = title.strip_prefix(meta.subject.as_str()) {
                            title = format!("{tidy}{rest}");
                        }
                        meta.subject = tidy;
                    }
                }
            }
            // "Countries/Jurisdictions of Primary Concern - Panama": the place after a dash;
            // "… Strategy Report (INCSR) for Lithuania, Part I", "… Strategy Report, Peru,
            // 2005-2006": a place the narcotics report is for, or set apart by commas.
            _ if subject_line.is_none() => {
                if let Some(place) = place_after_dash(&title, cable_title) {
                    meta.subject = place.trim().to_owned();
                } else if let Some(place) = place_named_by_report(&title) {
                    meta.subject = place.to_owned();
                } else if let Some(country) = leading_country(&title) {
                    // "INDONESIA-2009 INTERNATIONAL NARCOTICS CONTROL STRATEGY REPORT", "SRI
                    // LANKA NABS DRUG TRAFFICKERS": a cable's subject line opens with its
                    // country.
                    meta.subject = country.to_owned();
                }
            }
            _ => {}
        }
        meta.title = title;
    }
    if title_line.is_some() && subject_line.is_none() && meta.subject.is_empty() {
        subject_line = heading_line;
    }
    if title_line.is_none() {
        subject_line = subject_line
            .or(rubric_line)
            // (A country's name alone names the chapter: "Honduras" over "A. Introduction".)
            .or(place_line
                .filter(|line| !meta.issuer.is_empty() || super::places::is_country_name(line)));
    }
    if let Some(line) = subject_line {
        meta.subject = tidy_case(line);
        // ("TRANSCAUCASUS - GEORGIA": the country after its region.)
        if let Some((_, country)) = meta.subject.rsplit_once(" - ")
            && super::places::is_country_name(country)
        {
            meta.subject = country.to_owned();
        }
        // ("Kyrgyzstan: 2009-2010 International Narcotics Control Strategy Report …", a
        // cable's subject line over "Kyrgyz Republic", names the country already, by another
        // of its names.)
        let title_names_a_country = meta
            .title
            .split_once(": ")
            .is_some_and(|(head, _)| super::places::is_country_name(head));
        if !meta.title.is_empty()
            && !title_names_a_country
            && !meta
                .title
                .to_lowercase()
                .contains(&meta.subject.to_lowercase())
        {
            meta.title = with_subject(&meta.title, &meta.subject);
        }
    }
    if meta.title.is_empty() && !meta.subject.is_empty() {
        // "Presidential Advisory Committee on …" over "PUBLIC MEETING": the body and the
        // occasion.
        // (A country's chapter is named by the country alone: "Burma" under the Bureau's
        // line.)
        meta.title = match meta.issuer.last() {
            Some(issuer) if !super::places::is_country_name(&meta.subject) => {
                format!("{issuer}: {}", meta.subject)
            }
            _ => meta.subject.clone(),
        };
    }
    meta
}

/// "2005-2006 INCSR Part I - Latvia", "Countries/Jurisdictions of Primary Concern - Panama":
/// the place after the last spaced dash (not "… Climate Change - An Opportunity"); after a
/// cable's subject line a country only ("… Biographies - Zapatero's New Team" names none).
/// After an en or em dash or a bar, as blogs and reposts set them ("… Report (INCSR) | Dutch
/// Caribbean"), a country only too ("… Report – Georgia Review" is a post's name).
fn place_after_dash(title: &str, cable_title: bool) -> Option<&str> {
    let (dash, place) = [" - ", " – ", " — ", " | "]
        .iter()
        .filter_map(|&dash| {
            title
                .rsplit_once(dash)
                .map(|(head, place)| (head.len(), dash, place))
        })
        .max_by_key(|&(at, _, _)| at)
        .map(|(_, dash, place)| (dash, place))?;
    if cable_title || dash != " - " {
        return super::places::is_country_name(place).then_some(place);
    }
    (is_place_name(place)
        && !is_generic(place)
        && !["A ", "An ", "The "].iter().any(|a| place.starts_with(a)))
    .then_some(place)
}

/// The country named by the first one to four words of `head`: "Ecuador", "Kenya Terrorist
/// Finance" → Kenya, "Trinidad and Tobago".
fn leading_country(head: &str) -> Option<&str> {
    let ends = head
        .char_indices()
        .filter(|&(_, c)| c == ' ' || c == '-')
        .map(|(at, _)| at)
        .take(3)
        .chain([head.len()]);
    ends.map(|end| &head[..end])
        .filter(|name| super::places::is_country_name(name))
        .last()
}

/// "International Narcotics Control Strategy Report (INCSR) for Lithuania, Part I", "…
/// Strategy Report, Peru, 2005-2006": the place a narcotics report names after "for" or
/// between commas. (Not "Report for Congress", nor "…, Volume II".)
fn place_named_by_report(title: &str) -> Option<&str> {
    let lower = title.to_lowercase();
    if !(lower.contains("narcotics") || lower.contains("incsr")) {
        return None;
    }
    // "Cambodia INCSR Part I Submission": the place the report's name opens with.
    let leading = ["incsr", "international narcotics"]
        .iter()
        .filter_map(|name| lower.find(name))
        .min()
        .and_then(|at| title.get(..at))
        .map(|head| head.trim().trim_start_matches("Draft "))
        .filter(|head| !head.is_empty());
    let after_for = title.split_once(" for ").map(|(_, rest)| {
        let rest = rest.split(", ").next().unwrap_or(rest);
        rest.split_once(" Part ").map_or(rest, |(place, _)| place)
    });
    let parts_of_a_report = [
        "Volume",
        "Part",
        "Section",
        "Chapter",
        "Annex",
        "Appendix",
        "Book",
        "Executive",
        "Summary",
        "Introduction",
        "Overview",
    ];
    after_for
        .into_iter()
        .chain(leading)
        .chain(title.split(", ").skip(1))
        .map(str::trim)
        .find(|part| {
            is_place_name(part)
                && !is_generic(part)
                && !part
                    .split_whitespace()
                    .any(|w| parts_of_a_report.contains(&w))
                && !part.bytes().any(|b| b.is_ascii_digit())
        })
}

/// A title line as a copy's note or a site sets it, as the report names itself: "Excerpt
/// from International Narcotics Control Strategy Report" without its "Excerpt from",
/// "… Strategy Report -2007" as "… Strategy Report, 2007".
fn report_name(title: &str) -> String {
    let mut name = title;
    for prefix in ["Excerpt from ", "Excerpts from ", "Text: ", "Cablegate: "] {
        name = strip_prefix_ignoring_case(name, prefix).unwrap_or(name);
    }
    let year_after_dash = name.rsplit_once(" -").and_then(|(head, year)| {
        let year = year.trim_start_matches([' ', '–']).trim();
        (year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit())).then_some((head, year))
    });
    match year_after_dash {
        Some((head, year)) if names_a_report(head) => format!("{head}, {year}"),
        _ => name.to_owned(),
    }
}

/// A date value that is a month of a year: "1998-03".
fn is_month_value(value: &str) -> bool {
    value.len() == "yyyy-mm".len()
}

/// A line that is a date and nothing else ("Monday, August 14, 1995").
/// The headline inside a wire story's "(Headline) (590)".
fn usia_headline(line: &str) -> Option<&str> {
    let (headline, count) = line.strip_prefix('(')?.rsplit_once(") (")?;
    let count = count.strip_suffix(')')?;
    (!count.is_empty() && count.bytes().all(|b| b.is_ascii_digit())).then_some(headline)
}

pub fn is_date_line(line: &str) -> bool {
    let found = dates::scan(line);
    let [(at, value)] = found.as_slice() else {
        return false;
    };
    if value.len() < 7 {
        return false;
    }
    // "Washington, DC, March 1998": a dateline, its place before the date.
    let place = line.get(..at.start).unwrap_or("").trim_end();
    let dateline = line
        .get(at.end..)
        .is_some_and(|rest| rest.trim().is_empty())
        && place.ends_with(',')
        && !place.contains(':')
        && place.split_whitespace().count() <= 3;
    // "Wednesday, March 2, 2016 - 20:00": a news page's day and hour around the date.
    let weekday = place.trim_end_matches(',').trim();
    let weekday = weekday.is_empty() || super::chrome::WEEKDAYS.contains(&weekday);
    let hour = line.get(at.end..).is_some_and(|rest| {
        let rest = rest.trim().trim_start_matches(['-', '|', ',']).trim();
        // ("11:20AM PST": the hour's half of the day and its zone.)
        let clock = rest.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == ' ');
        rest.trim_end_matches(|c: char| c.is_ascii_alphabetic())
            .trim_end()
            .is_empty()
            || (clock.contains(':')
                && clock.len() <= 8
                && rest.len() - clock.len() <= "AM PST".len()
                && clock.bytes().all(|b| b.is_ascii_digit() || b == b':'))
    });
    at.len() + 12 >= line.len() || dateline || (weekday && hour)
}

/// A centred title set over two lines ("PRESIDENTIAL ADVISORY COMMITTEE" / "ON GULF WAR
/// VETERANS' ILLNESSES") is one line: a line opening with a little word continues the last.
fn join_continued_lines(lines: &[&str]) -> Vec<String> {
    let mut joined: Vec<String> = Vec::with_capacity(lines.len());
    for line in lines {
        let line = line.trim();
        let first = line.split_whitespace().next().unwrap_or("").to_lowercase();
        let little = |w: &str| matches!(w, "on" | "of" | "for" | "and" | "in" | "to");
        // "… for International Narcotics and" / "Law Enforcement Affairs": a line ending in a
        // little word goes on too.
        // ("Saint Vincent and the" / "Grenadines".)
        let previous_open = joined
            .last()
            .and_then(|p| p.rsplit(' ').next())
            .is_some_and(|w| matches!(w, "and" | "of" | "for" | "the" | "-" | "–"));
        // A name's last word a narrow wrapper put alone: "International Narcotics Control
        // Strategy" / "Report", "… and Law Enforcement" / "Affairs".
        // "Bureau for International Narcotics and Law" / "Enforcement Affairs": the rest of
        // the issuer's name. (Asked of title-length lines only, when nothing else joins.)
        let completes_a_name = || {
            let previous = joined.last().filter(|p| p.len() <= 200)?;
            let one_word = !line.contains(' ') && !super::places::is_country_name(line);
            let names_the_report = one_word
                && line.len() <= 20
                && format!("{previous} {line}")
                    .to_lowercase()
                    .ends_with("narcotics control strategy report")
                && !names_the_narcotics_report(previous);
            let rest_of_issuer = (line == "Affairs"
                || line.split(", ").next().is_some_and(|name| {
                    name.ends_with(" Affairs") && name.split_whitespace().count() <= 3
                }))
                && is_issuer_line(previous);
            // "…, MARCH 1996: EL" / "SALVADOR": a country's name cut in two.
            let rest_of_country = !line.contains(':')
                && line.split_whitespace().count() <= 3
                && previous.rsplit(' ').next().is_some_and(|last| {
                    last.len() <= 12
                        && !last.ends_with([':', ',', '.'])
                        && super::places::is_country_name(&format!("{last} {line}"))
                });
            // ("…, MARCH 1996:" / "TRANSCAUCASUS - GEORGIA": the report's name and its colon,
            // the chapter's name cut off after it.)
            let after_colon = previous.ends_with(':')
                && names_the_narcotics_report(previous)
                && line.split_whitespace().count() <= 6
                && !line.contains(':');
            Some(names_the_report || rest_of_issuer || rest_of_country || after_colon)
        };
        // ("… TRANSCAUCASUS" / "- GEORGIA": a dash that joins two names opens no line.)
        let dash_first = matches!(first.as_str(), "-" | "–");
        let continues =
            little(&first) || dash_first || previous_open || completes_a_name().unwrap_or(false);
        match joined.last_mut() {
            Some(previous) if continues && !previous.is_empty() => {
                previous.push(' ');
                previous.push_str(line);
            }
            _ => joined.push(line.to_owned()),
        }
    }
    joined
}

/// "UNITED STATES OF AMERICA" heading a transcript or a bill names the jurisdiction, not the
/// document.
fn is_jurisdiction(line: &str) -> bool {
    let words = line
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    matches!(words.as_str(), "united states of america" | "united states")
}

/// The title and author a Project Gutenberg header gives ("Title: The 1990 CIA World
/// Factbook", "Author: United States. Central Intelligence Agency"), read above its
/// "*** START OF" line.
pub fn archive_header(blocks: &[SourceBlock]) -> Option<(String, String)> {
    let start = blocks.iter().position(|b| {
        let upper = b
            .text
            .trim_start()
            .get(..12)
            .unwrap_or("")
            .to_ascii_uppercase();
        upper.starts_with("*** START OF") || upper.starts_with("***START OF")
    })?;
    let field = |name: &str| {
        blocks[..start].iter().find_map(|b| {
            b.text
                .strip_prefix(name)
                .map(|value| value.split_whitespace().collect::<Vec<_>>().join(" "))
        })
    };
    let title = field("Title:")?;
    Some((title, field("Author:").unwrap_or_default()))
}

/// "International Narcotics Control Strategy Report, March 1996:" + "Kazakstan": the title
/// with its subject after one colon, however the title line ended.
pub fn with_subject(title: &str, subject: &str) -> String {
    format!(
        "{}: {subject}",
        title.trim_end_matches([':', ',', ';', ' ', '-', '–'])
    )
}

/// "International Narcotics Control Strategy Report, 1997", "Background Notes: Kazakstan":
/// a line naming a report, as a cover sets it.
/// "International Narcotics Control Strategy Report - 2005 - Panama", "2009 International
/// Narcotics Control Strategy Report (INCSR)": the year of a report's edition its title names,
/// when it names one year alone (not "2008-2009 INCSR"). (A part's number is no year: "2004
/// … Report (INCSR): The Netherlands - Part 1, Drugs and Chemical Control".)
pub fn edition_year(title: &str) -> Option<&str> {
    if !names_the_report(title) {
        return None;
    }
    let mut years = title
        .split(|c: char| !c.is_ascii_digit() && c != '-' && c != '/')
        .filter(|word| {
            word.bytes().any(|b| b.is_ascii_digit())
                && (word.len() > 2 || word.contains(['-', '/']))
        });
    let year = years.next()?;
    let plausible = year.len() == 4 && (1950..2100).contains(&year.parse::<u32>().ok()?);
    (plausible && years.next().is_none()).then_some(year)
}

pub fn names_a_report(line: &str) -> bool {
    let lower = line.to_lowercase();
    ["report", "background notes", "country reports"]
        .iter()
        .any(|word| lower.contains(word))
}

/// One of the narcotics report's two volumes by its own name, as an embassy page titles it
/// ("Volume I: Drug and Chemical Control").
pub fn names_a_volume(line: &str) -> bool {
    let lower = line.to_lowercase();
    lower.contains("drug and chemical control")
        || lower.contains("money laundering and financial crimes")
}

/// The narcotics report itself, by its name, its short name or a volume's ("Colombia coca
/// crop up 27%, UN report says" names none of them).
pub fn names_the_narcotics_report(line: &str) -> bool {
    line.to_lowercase().contains("strategy report")
        || has_word(line, &["incsr"])
        || names_a_volume(line)
}

/// A report named as such, by the word "report" ("… Strategy Report", "Country Reports", not
/// "Staff Reporter") or by the narcotics report's short name "INCSR".
pub fn names_a_report_by_word(line: &str) -> bool {
    has_word(line, &["report", "reports", "incsr"])
}

/// Whether one of `words` is a whole word of `line`, in any ASCII case.
pub fn has_word(line: &str, words: &[&str]) -> bool {
    line.split(|c: char| !c.is_alphanumeric())
        .any(|w| words.iter().any(|word| w.eq_ignore_ascii_case(word)))
}

/// [`names_a_report`], or the narcotics report by its short name ("2005 INCSR Part II").
pub fn names_the_report(line: &str) -> bool {
    names_a_report(line) || line.to_lowercase().contains("incsr")
}

/// "PROFILE", "SUMMARY", "CONTENTS": the name of a part of a document, never its subject.
fn is_part_name(line: &str) -> bool {
    const PARTS: &[&str] = &[
        "abstract",
        "appendix",
        "contents",
        "foreword",
        "introduction",
        "overview",
        "preface",
        "profile",
        "summary",
        "table of contents",
    ];
    let lower = line.trim().trim_end_matches([':', '.']).to_lowercase();
    PARTS.contains(&lower.as_str())
}

/// The world's regions a report is divided into, and "Continuation of …" over one.
pub fn is_region(line: &str) -> bool {
    const REGIONS: &[&str] = &[
        "africa",
        "africa and the middle east",
        "asia",
        "asia and the pacific",
        "southeast asia and the pacific",
        "south and central asia",
        "near east and south asia",
        "caribbean",
        "central america",
        "central asia",
        "east asia",
        "east asia and the pacific",
        "europe",
        "europe and central asia",
        "latin america",
        "latin america and the caribbean",
        "middle east",
        "near east",
        "north america",
        "south america",
        "south asia",
        "southeast asia",
        "southwest asia",
        "the americas",
        "the caribbean",
        "western hemisphere",
    ];
    let lower = line.trim().trim_end_matches('.').to_lowercase();
    let lower = lower.strip_prefix("continuation of ").unwrap_or(&lower);
    REGIONS.contains(&lower) || lower.starts_with("canada, mexico")
}

/// "Uzbekistan", "Bosnia and Herzegovina", "The Netherlands": a country's name as the line
/// below a report's title sets it, in Title Case (only under a title naming a report: other
/// documents set their subtitles so).
pub fn is_place_name(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (1..=3).contains(&words.len())
        && !line.contains([':', ',', '.'])
        && words.iter().enumerate().all(|(i, word)| {
            word.chars().next().is_some_and(char::is_uppercase)
                || (i > 0 && matches!(*word, "and" | "of" | "the"))
        })
}

/// "AUSTRALIA", "Burkina Faso": a line that can name the country a chapter is about.
pub fn is_country_line(line: &str) -> bool {
    // "Part I", "SECTION II", "Chapter 3": a part of the document, numbered.
    let numbered = line.split_whitespace().any(|w| {
        w.bytes().all(|b| b.is_ascii_digit()) || w.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
    });
    // Nor a region, an issuer or an office: "Southeast Asia", "Department of State",
    // "Embassy Lima".
    let office = line.split_whitespace().next().is_some_and(|w| {
        [
            "embassy",
            "consulate",
            "bureau",
            "office",
            "department",
            "ministry",
        ]
        .iter()
        .any(|o| w.eq_ignore_ascii_case(o))
    });
    is_place_name(line)
        && !is_generic(line)
        && !is_part_name(line)
        && !numbered
        && !office
        && !is_region(line)
        && !is_issuer_line(line)
}

/// A capitalised word of a page's furniture, never a country line: "Report", "Home".
pub fn is_generic(line: &str) -> bool {
    [
        "report",
        "home",
        "contents",
        "summary",
        "print",
        "search",
        "menu",
        "mobile",
        "share",
        "index",
        "top",
        "next",
        "previous",
        "back",
        "download",
        "documents",
        "news",
    ]
    .iter()
    .any(|w| line.trim().eq_ignore_ascii_case(w))
}

/// "Bureau for …" of "Released by the Bureau for …".
fn without_release_verb(line: &str) -> &str {
    [
        "released by the ",
        "prepared by the ",
        "issued by the ",
        "published by the ",
    ]
    .iter()
    .find_map(|verb| strip_prefix_ignoring_case(line, verb))
    .unwrap_or(line)
}

/// `line` after `prefix`, in any ASCII case, when something follows it.
fn strip_prefix_ignoring_case<'a>(line: &'a str, prefix: &str) -> Option<&'a str> {
    (line.len() > prefix.len()
        && line.is_char_boundary(prefix.len())
        && line[..prefix.len()].eq_ignore_ascii_case(prefix))
    .then(|| &line[prefix.len()..])
}

/// "U.S. Department of State", "Released by the Bureau for …, U.S. Department of State": a
/// line naming the bodies that issue a report.
pub fn is_issuer_line(line: &str) -> bool {
    without_release_verb(line.trim()).split(", ").all(is_issuer)
}

fn is_issuer(line: &str) -> bool {
    let lower = line.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.len() <= 12
        && words.iter().any(|w| ISSUER_WORDS.contains(w))
        && !words
            .iter()
            .any(|w| matches!(*w, "report" | "strategy" | "summary"))
        // "U.S. Government Reports": a site's collection, not an office.
        && words.last() != Some(&"reports")
}

/// "U.S. Department of State" and "United States Department of State" are one body.
fn same_body(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        s.to_lowercase()
            .replace("united states", "us")
            .replace("u.s.", "us")
            .replace("u. s.", "us")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    norm(a) == norm(b)
}

/// Separators between a page title's parts: "Article – Site", "Site | Section | Article".
const TITLE_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " » ", " · "];

/// The parts of a page title, split at its separators.
fn title_parts(title: &str) -> Vec<&str> {
    let mut parts = vec![title];
    for separator in TITLE_SEPARATORS {
        parts = parts.iter().flat_map(|p| p.split(separator)).collect();
    }
    parts
        .into_iter()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect()
}

/// Lower-case words of letters and digits, for comparing names.
fn words_of(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// `text` and `name` are the same words, or `text` is the name with a domain ending
/// ("SteelJIS(.com)", "Forsal.pl").
fn same_name(text: &str, name: &str) -> bool {
    let strip = |s: &str| {
        let mut words = words_of(s);
        if words.len() > 1
            && words.last().is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "com" | "org" | "net" | "pl" | "de" | "fr" | "eu" | "gov" | "uk"
                )
            })
        {
            words.pop();
        }
        words
    };
    let (a, b) = (strip(text), strip(name));
    !a.is_empty() && a == b
}

/// The names the page gives its site: `og:site_name`, an author that is a domain, and the
/// shorter parts of its `<title>` ("Forsal.pl" in "Ile jest warta … - Forsal.pl").
fn site_names(page: &PageInfo) -> Vec<String> {
    let mut names = Vec::new();
    if !page.site_name.is_empty() {
        names.push(page.site_name.clone());
    }
    // ("Panama - United States Department of State": the site's own name, as `og:site_name`
    // gives it, is never the main part however long; a country is never a site's name.)
    let parts: Vec<&str> = title_parts(&page.title)
        .into_iter()
        .filter(|p| !same_name(p, &page.site_name))
        .collect();
    if let Some(main) = main_part(&parts) {
        names.extend(
            parts
                .iter()
                .filter(|p| **p != main && !super::places::is_country_name(p))
                .map(|p| (*p).to_owned()),
        );
    }
    names
}

/// A part of a page title that names a body or a site: "U.S. Department of State",
/// "Consulate General of the United States, Hong Kong & Macau", "Free Online Library".
fn names_a_site(part: &str) -> bool {
    is_issuer_line(part)
        || part.split_whitespace().any(|word| {
            [
                "library",
                "online",
                "consulate",
                "embassy",
                "archive",
                "archives",
                "university",
                "website",
                "portal",
            ]
            .iter()
            .any(|w| word.eq_ignore_ascii_case(w))
        })
        || part.contains(".com")
        || part.contains(".org")
        || part.contains(".gov")
}

/// The longest part of a page title: the article's name, not the site's or the section's. A
/// part that names a body or a site ("U.S. Department of State", "Consulate General of the
/// United States, Hong Kong & Macau", "Free Online Library") is the main part only when all
/// the parts do.
fn main_part<'a>(parts: &[&'a str]) -> Option<&'a str> {
    let longest = |site_too: bool| {
        parts
            .iter()
            .copied()
            .rev()
            .filter(|p| site_too || !names_a_site(p))
            .max_by_key(|p| p.chars().count())
    };
    longest(false).or_else(|| longest(true))
}

/// Whether `text` is one of the parts of the page's `<title>` ("Volume I: Drug and Chemical
/// Control" in "Volume I: Drug and Chemical Control | Embassy of the United States").
pub fn is_title_part(text: &str, page: &PageInfo) -> bool {
    title_parts(&page.title)
        .iter()
        .any(|part| same_name(text, part))
}

/// Whether a heading names the site rather than the article: it is the site's name, or the
/// site's name and a motto ("SteelJIS: Japanese Steels and Alloys").
pub fn names_the_site(text: &str, page: &PageInfo) -> bool {
    let text = text.trim();
    site_names(page).iter().any(|name| {
        same_name(text, name)
            || text.strip_prefix(name.as_str()).is_some_and(|rest| {
                rest.starts_with(':') || rest.starts_with(" -") || rest.starts_with(" |")
            })
    })
}

/// What a page's box of particulars says of the report it holds.
#[derive(Debug, Default, PartialEq)]
pub struct Particulars {
    pub date: String,
    pub issuers: Vec<String>,
}

/// A page's box of particulars, a table of labels and their values ("Publisher | United States
/// Department of State", "Author | Bureau of …", "Publication Date | 18 March 2015", "Cite as
/// | …"): three rows or more, most of them labelled so. `None` for any other table.
pub fn particulars(block: &crate::load::SourceBlock) -> Option<Particulars> {
    const LABELS: &[&str] = &[
        "publisher",
        "author",
        "authors",
        "publication date",
        "date",
        "date published",
        "published",
        "source",
        "cite as",
        "citation",
        "topics",
        "topic",
        "countries",
        "country",
        "disclaimer",
        "document type",
        "type",
        "language",
        "reference",
        "keywords",
        "subjects",
    ];
    if block.kind != crate::document::BlockKind::Table {
        return None;
    }
    let rows: Vec<(String, &str)> = block
        .text
        .lines()
        .filter_map(|row| {
            let (label, value) = row.split_once('\t')?;
            Some((
                label.trim().trim_end_matches(':').to_lowercase(),
                value.trim(),
            ))
        })
        .collect();
    let labelled = rows
        .iter()
        .filter(|(label, _)| LABELS.contains(&label.as_str()))
        .count();
    if rows.len() < 3 || labelled * 3 < rows.len() * 2 || labelled != block.text.lines().count() {
        return None;
    }
    let value_of = |labels: &[&str]| {
        rows.iter()
            .find(|(label, _)| labels.contains(&label.as_str()))
            .map(|(_, value)| *value)
    };
    let date = value_of(&["publication date", "date published", "published", "date"])
        .and_then(|value| dates::scan(value).into_iter().next())
        .map(|(_, value)| value)
        .unwrap_or_default();
    let issuers = ["author", "authors", "publisher"]
        .iter()
        .filter_map(|label| value_of(&[label]))
        .filter(|value| is_issuer_line(value))
        .map(tidy_case)
        .fold(Vec::new(), |mut issuers: Vec<String>, name| {
            if !issuers.iter().any(|known| same_body(known, &name)) {
                issuers.push(name);
            }
            issuers
        });
    Some(Particulars { date, issuers })
}

/// Whether a heading is the page's title, word for word: "China" under `<title>China</title>`.
pub fn names_the_page(text: &str, page: &PageInfo) -> bool {
    page_title(page).is_some_and(|title| same_name(text, &title))
}

/// Whether a heading says what the page's `<title>` or `og:title` says: most of its words
/// are theirs.
pub fn agrees_with_title(text: &str, page: &PageInfo) -> bool {
    let words = words_of(text);
    if words.is_empty() {
        return false;
    }
    let mut title_words = words_of(&page.title);
    title_words.extend(words_of(&page.meta_title));
    let shared = words.iter().filter(|w| title_words.contains(w)).count();
    shared * 10 >= words.len() * 6
}

/// Takes the site's name off either end of a title ("… | Umweltbundesamt").
fn without_site(title: &str, page: &PageInfo) -> String {
    let mut parts = title_parts(title);
    if parts.len() > 1 {
        let names = site_names_strict(page);
        while parts.len() > 1
            && parts
                .last()
                .is_some_and(|p| names.iter().any(|n| same_name(p, n)))
        {
            parts.pop();
        }
        while parts.len() > 1
            && parts
                .first()
                .is_some_and(|p| names.iter().any(|n| same_name(p, n)))
        {
            parts.remove(0);
        }
    }
    if parts.len() == title_parts(title).len() {
        return title.trim().to_owned();
    }
    parts.join(" – ")
}

/// The site's own name, from `og:site_name` or the last part of `<title>` when that part is
/// short and not part of the page's `og:title` ("… – Jamaica Information Service").
fn site_names_strict(page: &PageInfo) -> Vec<String> {
    let mut names = Vec::new();
    if !page.site_name.is_empty() {
        names.push(page.site_name.clone());
    }
    let parts = title_parts(&page.title);
    // (A country is no site's name: "Countries/Jurisdictions of Primary Concern - Bahamas".)
    if parts.len() > 1
        && let Some(last) = parts.last()
        && last.split_whitespace().count() <= 4
        && !page.meta_title.contains(last)
        && !super::places::is_country_name(last)
    {
        names.push((*last).to_owned());
    }
    names
}

/// The title an article heading gives: without the site's name, without a kicker before the
/// page's own title ("Holocaust-Gedenktag Erinnerung an …" when `og:title` is "Erinnerung
/// an …"), capitals tidied.
pub fn heading_title(text: &str, page: &PageInfo) -> String {
    // ("… of Primary Concern - Ukraine" keeps its country: a country is no site's name.)
    let title = without_site(text, page);
    let meta = without_site(&page.meta_title, page);
    if !meta.is_empty() && title.len() > meta.len() && title.ends_with(&meta) {
        return tidy_case(&meta);
    }
    tidy_case(&title)
}

/// The title the page's metadata gives, site name taken off: `og:title`, else the main part
/// of `<title>`. Titles that are file names or placeholders ("Untitled Document") do not count.
pub fn page_title(page: &PageInfo) -> Option<String> {
    let meta = without_site(&page.meta_title, page);
    let title = if meta.is_empty() {
        let parts = title_parts(&page.title);
        // ("Countries/Jurisdictions of Primary Concern - Bahamas": a part and its country,
        // whole.)
        // (Not a code's: "af - Afghanistan".)
        if let [part, country] = parts.as_slice()
            && part.split_whitespace().count() >= 2
            && !names_a_site(part)
            && super::places::is_country_name(country)
        {
            page.title.trim().to_owned()
        } else {
            main_part(&parts).unwrap_or("").to_owned()
        }
    } else {
        meta
    };
    let lower = title.to_lowercase();
    let placeholder = lower.starts_with("untitled") || lower == "home" || lower == "index";
    let file_name = !title.contains(' ')
        && [".htm", ".html", ".php", ".asp", ".aspx", ".txt", ".xml"]
            .iter()
            .any(|e| lower.ends_with(e));
    (!title.is_empty() && !placeholder && !file_name).then(|| tidy_case(&title))
}

/// Capitalised words that open a sentence before a country's name, never a part of it.
const SENTENCE_OPENERS: &[&str] = &[
    "Although",
    "While",
    "Whereas",
    "Though",
    "Because",
    "Since",
    "As",
    "In",
    "On",
    "At",
    "By",
    "For",
    "From",
    "With",
    "Within",
    "After",
    "Before",
    "During",
    "Despite",
    "Unlike",
    "Like",
    "When",
    "Where",
    "However",
    "According",
    "Today",
    "Currently",
    "Historically",
    "The",
    "This",
    "Its",
    "Both",
    "All",
    "Once",
    "Under",
    "Over",
    "Throughout",
    "Across",
    "Beyond",
];

/// A short name the body writes in a fuller form at the start of its first paragraph:
/// "Macedonia" and "North Macedonia gained its independence …" give "North Macedonia".
pub fn fuller_name(title: &str, first_paragraph: &str) -> String {
    let title_words = title.split_whitespace().count();
    if title.is_empty() || title_words > 2 {
        return title.to_owned();
    }
    let words: Vec<&str> = first_paragraph
        .split_whitespace()
        .take(title_words + 2)
        .collect();
    for extra in 1..=2 {
        let Some(candidate) = words.get(..extra + title_words) else {
            continue;
        };
        // (Not a sentence's opening word: "Although Mexico is not …".)
        let prefix_capitalised = candidate[..extra].iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(char::is_alphabetic)
                && !SENTENCE_OPENERS.contains(w)
        });
        if prefix_capitalised && candidate[extra..].join(" ") == title {
            return candidate.join(" ");
        }
    }
    title.to_owned()
}

/// The date of a "Page last updated on November 03, 2016" or "Stand 27.01.2022" line, kept
/// or removed.
/// The day an embassy cable was sent, from its date-time group among the routing lines the
/// loader set apart ("R 191712Z NOV 09" → 2009-11-19).
pub fn cable_date(blocks: &[SourceBlock]) -> Option<String> {
    const MONTHS: [&str; 12] = [
        "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC",
    ];
    routing_words(blocks).find_map(|words| {
        // A web archive's record of it: "Created 2005-12-19 12:11:00", "date: 12/15/2005
        // 19:15".
        let recorded = words.windows(2).find_map(|w| {
            let time = (5..=8).contains(&w[1].len())
                && w[1].bytes().all(|b| b.is_ascii_digit() || b == b':')
                && w[1].contains(':');
            let shaped = |separator: u8, at: [usize; 2]| {
                w[0].len() == 10
                    && w[0].bytes().enumerate().all(|(i, b)| {
                        if at.contains(&i) {
                            b == separator
                        } else {
                            b.is_ascii_digit()
                        }
                    })
            };
            if !time {
                None
            } else if shaped(b'-', [4, 7]) {
                Some(w[0].to_owned())
            } else if shaped(b'/', [2, 5]) {
                // Month, day, year, as the United States writes them; a first number over 12
                // is a day ("15/12/2005").
                let (first, second) = (&w[0][..2], &w[0][3..5]);
                let (month, day) = if first > "12" {
                    (second, first)
                } else {
                    (first, second)
                };
                (month <= "12" && day <= "31").then(|| format!("{}-{month}-{day}", &w[0][6..]))
            } else {
                None
            }
        });
        let sent = words.windows(3).find_map(|w| {
            let (time, month, year) = (w[0].as_bytes(), w[1], w[2]);
            if !crate::load::is_zulu_day_time(w[0]) {
                return None;
            }
            let month = MONTHS.iter().position(|m| *m == month)? + 1;
            let year: u32 = (year.len() == 2).then(|| year.parse().ok()).flatten()?;
            let day = u32::from(time[0] - b'0') * 10 + u32::from(time[1] - b'0');
            let year = if year < 50 { 2000 + year } else { 1900 + year };
            (1..=31)
                .contains(&day)
                .then(|| format!("{year:04}-{month:02}-{day:02}"))
        });
        // WikiLeaks' library of diplomacy: "2008 November 6, 16:07 (Thursday)".
        let printed = words.windows(4).find_map(|w| {
            let year = w[0];
            let month = dates::month_of(w[1])?;
            let day: u32 = w[2].strip_suffix(',')?.parse().ok()?;
            let time = w[3].len() == 5 && w[3].as_bytes()[2] == b':';
            (time
                && year.len() == 4
                && year.bytes().all(|b| b.is_ascii_digit())
                && (1..=31).contains(&day))
            .then(|| format!("{year}-{month:02}-{day:02}"))
        });
        sent.or(recorded).or(printed)
    })
}

/// The country a cable's TAGS name by its two-letter code ("TAGS: EAID, LA, SNAR" → Laos),
/// when they name one country only; from the routing lines set apart at the end of `above`,
/// the blocks above the cable's subject line.
pub fn cable_tags_country(above: &[SourceBlock]) -> Option<&'static str> {
    let routing = above.iter().rev().take_while(|b| b.page_furniture);
    for block in routing {
        let Some((_, after)) = block.text.split_once("TAGS") else {
            continue;
        };
        let mut countries = after
            .trim_start_matches(':')
            .split([' ', ','])
            .filter(|code| !code.is_empty())
            .take_while(|code| code.len() <= 6 && code.bytes().all(|b| b.is_ascii_uppercase()))
            .filter_map(super::places::country_of_tag);
        let first = countries.next()?;
        return countries.all(|other| other == first).then_some(first);
    }
    None
}

/// The words of the routing lines the loader set apart at the top of a cable.
fn routing_words(blocks: &[SourceBlock]) -> impl Iterator<Item = Vec<&str>> {
    // (On a page or in a note, a station's line stands as a block of its own, under the
    // page's title and breadcrumb: "DE RUEHRA #0535/01 3030849 R 300849Z OCT 09".)
    let furniture = blocks.iter().take(4).filter(|b| b.page_furniture);
    let station = blocks.iter().take(12).filter(|b| {
        !b.page_furniture && b.text.starts_with("DE ") && crate::load::is_stray_routing(&b.text)
    });
    furniture
        .chain(station)
        .map(|b| b.text.split_whitespace().collect())
}

/// Who sent an embassy cable, from its routing lines: "FM AMEMBASSY BOGOTA" → "Embassy
/// Bogota", "FM AMCONSUL CHIANG MAI" → "Consulate Chiang Mai"; else from a mirror's record
/// of it ([`recorded_sender`]).
pub fn cable_sender(blocks: &[SourceBlock]) -> Option<String> {
    routing_words(blocks)
        .find_map(|words| sender_routed(&words))
        .or_else(|| routing_words(blocks).find_map(|words| recorded_sender(&words)))
}

/// "FM AMEMBASSY BOGOTA" among a cable's routing words → "Embassy Bogota".
fn sender_routed(words: &[&str]) -> Option<String> {
    let at = words.windows(2).position(|w| w[0] == "FM")?;
    let office = match words[at + 1] {
        "AMEMBASSY" => "Embassy",
        "AMCONSUL" | "AMCONSULATE" => "Consulate",
        _ => return None,
    };
    // A place of three words at most, up to the next routing word.
    let place: Vec<&str> = words[at + 2..]
        .iter()
        .take_while(|w| {
            !matches!(
                **w,
                "TO" | "INFO" | "UNCLAS" | "UNCLASSIFIED" | "CONFIDENTIAL" | "SIPDIS"
            ) && w.bytes().all(|b| b.is_ascii_uppercase())
        })
        .take(3)
        .copied()
        .collect();
    (!place.is_empty()).then(|| format!("{office} {}", tidy_case(&place.join(" "))))
}

/// "Bishkek's" → "Bishkek".
fn possessive(word: &str) -> Option<&str> {
    word.strip_suffix("'s").or_else(|| word.strip_suffix("’s"))
}

/// Who sent a cable, as a web mirror's record of it says: "Origin: Embassy Rangoon", or
/// "Embassy Kingston" on a line of its own over "Cable title: …".
fn recorded_sender(words: &[&str]) -> Option<String> {
    let at = words
        .iter()
        .position(|w| matches!(*w, "Embassy" | "Consulate"))?;
    // The place: capitalised words, up to the record's next label ("Created:", "Cable
    // title:").
    let rest = &words[at + 1..];
    let place: Vec<&str> = rest
        .iter()
        .enumerate()
        .take_while(|&(i, w)| {
            // ("Cable title:": a label of two words, the second in small letters.)
            let label_next = rest
                .get(i + 1)
                .is_some_and(|n| n.ends_with(':') && n.starts_with(|c: char| c.is_lowercase()));
            // (A place before the previous word's possessive ends: "Embassy Bishkek's
            // submission".)
            let after_possessive = i > 0 && possessive(rest[i - 1]).is_some();
            let w = possessive(w).unwrap_or(w);
            w.starts_with(|c: char| c.is_uppercase())
                && w.chars().all(char::is_alphabetic)
                && !label_next
                && !after_possessive
        })
        .map(|(_, w)| possessive(w).unwrap_or(w))
        .take(3)
        .collect();
    (!place.is_empty()).then(|| format!("{} {}", words[at], place.join(" ")))
}

pub fn last_updated_date(blocks: &[SourceBlock]) -> Option<String> {
    blocks
        .iter()
        .filter(|b| b.text.len() <= 80)
        .filter(|b| {
            let lower = b.text.to_lowercase();
            let stand = lower
                .strip_prefix("stand")
                .is_some_and(|rest| rest.starts_with(|c: char| c.is_whitespace() || c == ':'));
            lower.contains("last updated") || stand
        })
        .find_map(|b| {
            dates::scan(&b.text)
                .into_iter()
                .map(|(_, value)| value)
                .find(|value| value.len() >= 7)
                .or_else(|| b.text.split_whitespace().find_map(numeric_date))
        })
}

/// "27.01.2022" → "2022-01-27": the day-first numeric dates of continental pages.
fn numeric_date(word: &str) -> Option<String> {
    let word = word.trim_matches(|c: char| !c.is_ascii_digit());
    let mut parts = word.split('.');
    let (day, month, year) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || year.len() != 4 {
        return None;
    }
    let (day, month, year): (u32, u32, u32) =
        (day.parse().ok()?, month.parse().ok()?, year.parse().ok()?);
    ((1..=31).contains(&day) && (1..=12).contains(&month) && (1000..=2999).contains(&year))
        .then(|| format!("{year:04}-{month:02}-{day:02}"))
}

/// Short words a title keeps in lower case.
const SMALL_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on",
    "or", "the", "to", "with", "against", "via", "vs",
];

/// Two- and three-letter words that are words, not acronyms, when a line is in capitals.
const SHORT_WORDS: &[&str] = &[
    "act", "aid", "air", "all", "any", "are", "big", "day", "end", "far", "few", "gas", "key",
    "law", "low", "map", "net", "new", "now", "oil", "old", "one", "our", "out", "own", "sea",
    "six", "ten", "two", "war", "way", "who", "why", "yes", "its", "is", "it", "be", "we", "no",
    "so", "up", "us", "do", "go", "if", "my", "he", "me", "mr", "dr", "top", "get", "lab", "set",
    "put", "let", "see", "say", "won", "led", "cut", "hit", "run", "job", "tax", "due", "via",
    "per", "bid", "ban", "arm", "ask", "try", "use", "win", "aim", "mix", "has", "had", "was",
    "not", "but", "may", "can", "how", "off", "too", "yet", "add", "fix", "pay", "his", "her",
    "him", "she",
    // Parts of place names: "EL SALVADOR", "SAN JOSE", "SRI LANKA", "LA PAZ".
    "el", "la", "las", "los", "san", "sri", "del", "paz", "tel", "abu", "dar", "es",
];

/// ALL-CAPS lines in Title Case ("MARCH 1996: KAZAKSTAN" → "March 1996: Kazakstan"); lines
/// already in mixed case are left alone.
/// Only prose in a cased script (Latin, Greek, Cyrillic) is touched: a Chinese line with an
/// acronym in it ("浏览QQ空间") keeps its capitals.
pub fn tidy_case(line: &str) -> String {
    let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
    let uncased_letter = line
        .chars()
        .any(|c| c.is_alphabetic() && !c.is_uppercase() && !c.is_lowercase());
    if uncased_letter || line.chars().any(|c| c.is_lowercase()) {
        return line;
    }
    // "(INCSR),PART I": a cable's comma without its space, given one.
    let line = if line.contains(',') {
        let mut spaced = String::with_capacity(line.len() + 4);
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            spaced.push(c);
            if c == ',' && chars.peek().is_some_and(|next| next.is_alphabetic()) {
                spaced.push(' ');
            }
        }
        spaced
    } else {
        line
    };
    let mut out = String::with_capacity(line.len());
    let mut at_start = true;
    for (i, word) in line.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        // "US DEPARTMENT OF STATE": a line opens with the country, never the pronoun.
        if i == 0 && word == "US" {
            out.push_str(word);
        } else {
            out.push_str(&title_case_word(word, at_start));
        }
        at_start = word.ends_with(':') || word == "-" || word == "–";
    }
    out
}

fn title_case_word(word: &str, at_start: bool) -> String {
    let letters: String = word.chars().filter(|c| c.is_alphabetic()).collect();
    let lower = letters.to_lowercase();
    // "U.S." and short acronyms ("UN", "NIS") stay as written, and so does one in brackets:
    // "(INCSR):".
    if word.contains('.') && letters.len() <= 4 {
        return word.to_owned();
    }
    let bracketed = word.starts_with('(')
        && word.trim_end_matches([':', ',', ';']).ends_with(')')
        && letters.chars().count() >= 2
        && !matches!(
            lower.as_str(),
            "draft" | "summary" | "final" | "revised" | "update" | "updated" | "text" | "excerpt"
        );
    // The report's and its makers' acronyms, however long.
    let acronym = matches!(
        lower.as_str(),
        "incsr"
            | "inscr"
            | "unodc"
            | "undcp"
            | "oecd"
            | "interpol"
            | "nato"
            | "usaid"
            | "osce"
            | "cicad"
    );
    if bracketed || acronym {
        return word.to_owned();
    }
    if (2..=3).contains(&letters.chars().count())
        && !SHORT_WORDS.contains(&lower.as_str())
        && !SMALL_WORDS.contains(&lower.as_str())
    {
        return word.to_owned();
    }
    if !at_start && SMALL_WORDS.contains(&lower.as_str()) && word.chars().all(|c| c.is_alphabetic())
    {
        return word.to_lowercase();
    }
    // Lower-cased as a whole word, so that a Greek word ends in final sigma ("ΑΓΟΡΕΣ" →
    // "Αγορες", not "Αγορεσ").
    let lowered = word.to_lowercase();
    let mut out = String::with_capacity(word.len());
    let mut capitalise_next = true;
    for c in lowered.chars() {
        if c.is_alphabetic() {
            if capitalise_next {
                out.extend(c.to_uppercase());
            } else {
                out.push(c);
            }
            capitalise_next = false;
        } else {
            out.push(c);
            // "ANTI-DRUG" → "Anti-Drug"; "O'BRIEN" → "O'Brien", "D'IVOIRE" → "d'Ivoire": a
            // letter's elision before a name.
            let elided =
                matches!(c, '\'' | '’') && out.chars().filter(|c| c.is_alphabetic()).count() == 1;
            capitalise_next = c == '-' || c == '/' || elided;
        }
    }
    // (French elides its articles in small letters: "Côte d'Ivoire".)
    if !at_start && (out.starts_with("D'") || out.starts_with("D’") || out.starts_with("L'")) {
        out.replace_range(..1, &out[..1].to_lowercase());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_narcotics_report_names_its_place_after_for_between_commas_or_after_a_dash() {
        let subject = |title: &str| read_title_block(&[title]).subject;
        assert_eq!(
            subject(
                "2004-2005 INTERNATIONAL NARCOTICS CONTROL STRATEGY REPORT (INCSR) FOR LITHUANIA, PART I"
            ),
            "Lithuania"
        );
        assert_eq!(
            subject("International Narcotics Control Strategy Report, Peru, 2005-2006"),
            "Peru"
        );
        assert_eq!(
            subject("2005 International Narcotics Control Strategy Report - Peru"),
            "Peru"
        );
        assert_eq!(subject("LATVIA: 2005 INCSR PART I"), "Latvia");
        for nothing in [
            "CRS Report for Congress",
            "International Narcotics Control Strategy Report, Volume II",
            "Human Rights Report, Part One",
            "Report for Policymakers",
        ] {
            assert_eq!(subject(nothing), "", "{nothing}");
        }
    }

    #[test]
    fn a_cables_date_is_read_from_its_date_time_group_only() {
        let routing = |text: &str| SourceBlock {
            text: text.to_owned(),
            page_furniture: true,
            ..SourceBlock::default()
        };
        assert_eq!(
            cable_date(&[routing(
                "DE RUEHBO #3672 R 191712Z NOV 09 FM AMEMBASSY BOGOTA"
            )]),
            Some("2009-11-19".to_owned())
        );
        for not_a_group in ["( NOV 09", "R 1917!2Z NOV 09", "R 191712Z NOVEMBER 09"] {
            assert_eq!(cable_date(&[routing(not_a_group)]), None, "{not_a_group}");
        }
        assert_eq!(
            cable_sender(&[routing("FM AMEMBASSY RIGA UNCLAS RIGA 000812")]),
            Some("Embassy Riga".to_owned())
        );
    }

    #[test]
    fn an_issuer_broken_after_and_reads_whole() {
        let meta = read_title_block(&[
            "International Narcotics Control Strategy Report, 1998",
            "Released by the Bureau for International Narcotics and",
            "Law Enforcement Affairs, U.S. Department of State",
            "LEBANON",
        ]);
        assert_eq!(
            meta.issuer,
            [
                "Bureau for International Narcotics and Law Enforcement Affairs",
                "U.S. Department of State"
            ]
        );
        assert_eq!(meta.subject, "Lebanon");
    }

    #[test]
    fn a_line_all_in_lower_case_is_no_title() {
        let meta = read_title_block(&[
            "share download .zip report bug or abuse",
            "U.S. DEPARTMENT OF STATE",
            "INTERNATIONAL NARCOTICS CONTROL STRATEGY REPORT, MARCH 1996: HUNGARY",
        ]);
        assert_eq!(
            meta.title,
            "International Narcotics Control Strategy Report, March 1996: Hungary"
        );
        assert_eq!(meta.subject, "Hungary");
    }

    #[test]
    fn a_title_set_as_a_sentence_loses_its_full_stop_but_not_an_abbreviations() {
        let meta = read_title_block(&["Country reports: Kyrgyz Republic."]);
        assert_eq!(meta.title, "Country reports: Kyrgyz Republic");
        assert_eq!(meta.subject, "Kyrgyz Republic");
        assert_eq!(without_closing_stop("Aid to the U.S."), "Aid to the U.S.");
    }

    #[test]
    fn a_chapter_without_a_report_name_is_named_by_its_country() {
        // (The issuer is the issuer's field, not part of the title.)
        let meta = read_title_block(&[
            "U.S. Department of State",
            "Europe and Central Asia",
            "Albania",
        ]);
        assert_eq!(meta.title, "Albania");
        assert_eq!(meta.issuer, ["U.S. Department of State"]);
        assert_eq!(meta.subject, "Albania");
        // The country line over the issuer, and a page's "Report" under it.
        let meta = read_title_block(&[
            "Uzbekistan",
            "Bureau of International Narcotics and Law Enforcement Affairs",
            "Report",
        ]);
        assert_eq!(meta.subject, "Uzbekistan");
        assert_eq!(meta.title, "Uzbekistan");
    }

    #[test]
    fn a_cover_dated_twice_keeps_its_day() {
        let meta =
            read_title_block(&["DEA Congressional Testimony", "April 5, 2006", "April 2006"]);
        assert_eq!(meta.date, "2006-04-05");
    }

    #[test]
    fn an_elided_letter_keeps_the_name_after_it_in_capitals() {
        assert_eq!(tidy_case("COTE D'IVOIRE"), "Cote d'Ivoire");
        assert_eq!(tidy_case("O'BRIEN REPORT"), "O'Brien Report");
    }

    #[test]
    fn a_reports_title_names_its_editions_year_alone() {
        for (title, year) in [
            (
                "International Narcotics Control Strategy Report - 2005 - Panama",
                Some("2005"),
            ),
            (
                "2009 International Narcotics Control Strategy Report (INCSR)",
                Some("2009"),
            ),
            ("Chile: 2008-2009 INCSR Submission", None),
            ("IV-1 INCSR 2002: Argentina", None),
            (
                "2004 International Narcotics Control Strategy Report (INCSR): The \
                 Netherlands - Part 1, Drugs and Chemical Control",
                Some("2004"),
            ),
            ("The 2005 Budget of Panama", None),
        ] {
            assert_eq!(edition_year(title), year, "{title}");
        }
    }

    #[test]
    fn a_news_pages_day_and_hour_and_a_wire_storys_headline() {
        // (Review 32: Trinidad's Guardian 2016, a USIA wire of 1997.)
        let meta = read_title_block(&[
            "US report: \"T&T achieves considerable gains in fight against narcotics\"",
            "Wednesday, March 2, 2016 - 20:00",
        ]);
        assert_eq!(meta.date, "2016-03-02");
        let meta = read_title_block(&[
            "FILE ID:97030302.AAF",
            "(Albright Says Nigeria largest courier of Asian heroin) (590)",
        ]);
        assert_eq!(
            meta.title,
            "Albright Says Nigeria largest courier of Asian heroin"
        );
        assert!(!is_date_line("Wednesday, March 2, 2016 the ministers met"));
        // (Review 48: a wire story's dateline and a news site's.)
        assert!(is_date_line("Saturday, 01-Mar-2003 11:20AM PST"));
        assert!(is_date_line("09.03.2012 19:32"));
    }

    #[test]
    fn the_seed_title_block_gives_title_issuer_subject_and_date() {
        let meta = read_title_block(&[
            "U.S. DEPARTMENT OF STATE",
            "INTERNATIONAL NARCOTICS CONTROL STRATEGY REPORT, MARCH 1996: KAZAKSTAN",
            "United States Department of State",
            "Bureau for International Narcotics and Law Enforcement Affairs",
            "KAZAKSTAN",
        ]);
        assert_eq!(
            meta.title,
            "International Narcotics Control Strategy Report, March 1996: Kazakstan"
        );
        assert_eq!(meta.subject, "Kazakstan");
        assert_eq!(
            meta.issuer,
            vec![
                "U.S. Department of State",
                "Bureau for International Narcotics and Law Enforcement Affairs"
            ]
        );
        assert_eq!(meta.date, "1996-03");
    }

    #[test]
    fn a_page_title_loses_its_site_name_and_a_heading_its_kicker() {
        let page = PageInfo {
            title: "Ile jest warta godzina pracy? W tych krajach praca popłaca - Forsal.pl".into(),
            ..PageInfo::default()
        };
        assert_eq!(
            page_title(&page).as_deref(),
            Some("Ile jest warta godzina pracy? W tych krajach praca popłaca")
        );
        let page = PageInfo {
            meta_title: "Erinnerung an die Opfer der NS-Verbrechen".into(),
            site_name: "Bundesrat".into(),
            ..PageInfo::default()
        };
        assert_eq!(
            heading_title(
                "Holocaust-Gedenktag Erinnerung an die Opfer der NS-Verbrechen",
                &page
            ),
            "Erinnerung an die Opfer der NS-Verbrechen"
        );
        let file_name = PageInfo {
            title: "glxz-10k_20211231.htm".into(),
            ..PageInfo::default()
        };
        assert_eq!(page_title(&file_name), None);
    }

    #[test]
    fn tidy_case_keeps_the_us_that_opens_a_line() {
        assert_eq!(
            tidy_case("US DEPARTMENT OF STATE"),
            "US Department of State"
        );
        assert_eq!(tidy_case("TELL US MORE"), "Tell Us More");
    }

    #[test]
    fn tidy_case_keeps_a_bracketed_acronym_before_a_comma_without_its_space() {
        assert_eq!(
            tidy_case("2008 INTERNATIONAL NARCOTICS CONTROL STRATEGY REPORT (INCSR),PART I"),
            "2008 International Narcotics Control Strategy Report (INCSR), Part I"
        );
        assert_eq!(tidy_case("SEIZURES OF 1,200 KG"), "Seizures of 1,200 KG");
    }

    #[test]
    fn tidy_case_leaves_chinese_with_an_acronym_alone() {
        assert_eq!(tidy_case("浏览QQ空间提速 5 倍"), "浏览QQ空间提速 5 倍");
        assert_eq!(
            tidy_case("Η ΝΑΥΤΕΜΠΟΡΙΚΗ : ΑΓΟΡΕΣ"),
            "Η Ναυτεμπορικη : Αγορες"
        );
    }

    #[test]
    fn a_cover_page_gives_its_body_and_occasion_as_title() {
        let meta = read_title_block(&[
            "UNITED STATES OF AMERICA",
            "PRESIDENTIAL ADVISORY COMMITTEE",
            "ON GULF WAR VETERANS' ILLNESSES",
            "PUBLIC MEETING",
            "Monday, August 14, 1995",
        ]);
        assert_eq!(
            meta.title,
            "Presidential Advisory Committee on Gulf War Veterans' Illnesses: Public Meeting"
        );
        assert_eq!(meta.date, "1995-08-14");
    }

    #[test]
    fn a_later_edition_names_its_country_on_a_line_of_its_own() {
        let meta = read_title_block(&[
            "1998 International Narcotics Control Strategy Report",
            "Bureau for International Narcotics and Law Enforcement Affairs",
            "United States Department of State",
            "February 26, 1999",
            "BELGIUM",
        ]);
        assert_eq!(
            meta.title,
            "1998 International Narcotics Control Strategy Report: Belgium"
        );
        assert_eq!(meta.subject, "Belgium");
        assert_eq!(meta.date, "1999-02-26");
    }
}
