//! Units, currencies and rates, from the words a report uses to the symbols a table shows.

use super::tokens::{Token, TokenKind};
use crate::document::StatKind;

/// A unit found after a figure.
#[derive(Clone, Debug, PartialEq)]
pub struct UnitMatch {
    pub unit: &'static str,
    pub kind: StatKind,
    /// Token index just past the unit words.
    pub end: usize,
}

/// Unit phrases, longest first within each entry's first word. Each is a list of lower-case
/// words (a `%` or `²` counts as a word) and its canonical symbol.
const UNITS: &[(&[&str], &str, StatKind)] = &[
    (&["%"], "%", StatKind::Percent),
    (&["percent"], "%", StatKind::Percent),
    (&["per", "cent"], "%", StatKind::Percent),
    (&["pct"], "%", StatKind::Percent),
    (&["percentage", "points"], "%", StatKind::Percent),
    (&["percentage", "point"], "%", StatKind::Percent),
    (&["prozent"], "%", StatKind::Percent),
    (&["pour", "cent"], "%", StatKind::Percent),
    (&["proc"], "%", StatKind::Percent),
    // "0.06 per thousand for cocaine": a rate per mille, kept on its own scale.
    (&["per", "thousand"], "‰", StatKind::Ratio),
    (&["per", "mille"], "‰", StatKind::Ratio),
    (&["per", "mil"], "‰", StatKind::Ratio),
    (&["‰"], "‰", StatKind::Ratio),
    (&["metric", "tons"], "t", StatKind::Quantity),
    (&["metric", "ton"], "t", StatKind::Quantity),
    // ("a 1.2-metric-ton shipment": joined to its number and the noun.)
    (&["metric-ton"], "t", StatKind::Quantity),
    (&["metric-tons"], "t", StatKind::Quantity),
    (&["metric", "tonnes"], "t", StatKind::Quantity),
    (&["tons"], "t", StatKind::Quantity),
    (&["ton"], "t", StatKind::Quantity),
    (&["tonnes"], "t", StatKind::Quantity),
    (&["tonne"], "t", StatKind::Quantity),
    (&["mt"], "t", StatKind::Quantity),
    (&["tonnen"], "t", StatKind::Quantity),
    (&["kilograms"], "kg", StatKind::Quantity),
    (&["kilogram"], "kg", StatKind::Quantity),
    (&["kilogrammes"], "kg", StatKind::Quantity),
    (&["kilogramme"], "kg", StatKind::Quantity),
    (&["kilos"], "kg", StatKind::Quantity),
    (&["kilo"], "kg", StatKind::Quantity),
    (&["kg"], "kg", StatKind::Quantity),
    (&["kgs"], "kg", StatKind::Quantity),
    (&["grams"], "g", StatKind::Quantity),
    (&["gram"], "g", StatKind::Quantity),
    (&["grammes"], "g", StatKind::Quantity),
    (&["gramme"], "g", StatKind::Quantity),
    (&["g"], "g", StatKind::Quantity),
    (&["milligrams"], "mg", StatKind::Quantity),
    (&["mg"], "mg", StatKind::Quantity),
    (&["pounds", "sterling"], "GBP", StatKind::Money),
    (&["pounds", "of"], "lb", StatKind::Quantity),
    // A U.S. report's pounds weigh; sterling is written "£" or "pounds sterling".
    (&["pounds"], "lb", StatKind::Quantity),
    (&["pound"], "lb", StatKind::Quantity),
    (&["lbs"], "lb", StatKind::Quantity),
    (&["ounces"], "oz", StatKind::Quantity),
    (&["hectares"], "ha", StatKind::Quantity),
    (&["hectare"], "ha", StatKind::Quantity),
    (&["ha"], "ha", StatKind::Quantity),
    (&["acres"], "acre", StatKind::Quantity),
    (&["square", "kilometers"], "km2", StatKind::Quantity),
    (&["square", "kilometres"], "km2", StatKind::Quantity),
    (&["square", "meters"], "m2", StatKind::Quantity),
    (&["square", "metres"], "m2", StatKind::Quantity),
    (&["sq", "km"], "km2", StatKind::Quantity),
    (&["sq", ".", "km"], "km2", StatKind::Quantity),
    (&["km2"], "km2", StatKind::Quantity),
    (&["km", "²"], "km2", StatKind::Quantity),
    // ("a 5,000-square-mile area": joined to its number and the noun.)
    (&["square-mile"], "mi2", StatKind::Quantity),
    (&["square-miles"], "mi2", StatKind::Quantity),
    (&["square-kilometer"], "km2", StatKind::Quantity),
    (&["square-kilometers"], "km2", StatKind::Quantity),
    (&["square-kilometre"], "km2", StatKind::Quantity),
    (&["square-kilometres"], "km2", StatKind::Quantity),
    (&["square-meter"], "m2", StatKind::Quantity),
    (&["square-meters"], "m2", StatKind::Quantity),
    (&["square-metre"], "m2", StatKind::Quantity),
    (&["square-metres"], "m2", StatKind::Quantity),
    (&["square", "nautical", "miles"], "nmi2", StatKind::Quantity),
    (&["square", "miles"], "mi2", StatKind::Quantity),
    (&["sq", "mi"], "mi2", StatKind::Quantity),
    (&["sq", ".", "mi"], "mi2", StatKind::Quantity),
    (&["kilometers"], "km", StatKind::Quantity),
    (&["kilometer"], "km", StatKind::Quantity),
    (&["kilometre"], "km", StatKind::Quantity),
    (&["square", "kilometer"], "km2", StatKind::Quantity),
    (&["nautical", "miles"], "nmi", StatKind::Quantity),
    (&["nautical", "mile"], "nmi", StatKind::Quantity),
    (&["mile"], "mi", StatKind::Quantity),
    (&["meter"], "m", StatKind::Quantity),
    (&["metre"], "m", StatKind::Quantity),
    (&["liter"], "l", StatKind::Quantity),
    (&["litre"], "l", StatKind::Quantity),
    (&["acre"], "acre", StatKind::Quantity),
    (&["barrel"], "bbl", StatKind::Quantity),
    (&["gallon"], "gal", StatKind::Quantity),
    (&["kilometres"], "km", StatKind::Quantity),
    (&["km"], "km", StatKind::Quantity),
    (&["miles"], "mi", StatKind::Quantity),
    (&["cu", "m"], "m3", StatKind::Quantity),
    (&["cubic", "meters"], "m3", StatKind::Quantity),
    (&["cubic", "metres"], "m3", StatKind::Quantity),
    (&["cu", "km"], "km3", StatKind::Quantity),
    (&["sq", "miles"], "mi2", StatKind::Quantity),
    (&["m"], "m", StatKind::Quantity),
    (&["t"], "t", StatKind::Quantity),
    (&["ft"], "ft", StatKind::Quantity),
    (&["feet"], "ft", StatKind::Quantity),
    (&["millimetres"], "mm", StatKind::Quantity),
    (&["millimeters"], "mm", StatKind::Quantity),
    (&["mm"], "mm", StatKind::Quantity),
    (&["centimetres"], "cm", StatKind::Quantity),
    (&["centimeters"], "cm", StatKind::Quantity),
    (&["cm"], "cm", StatKind::Quantity),
    (&["°", "c"], "°C", StatKind::Quantity),
    (&["°", "f"], "°F", StatKind::Quantity),
    (&["meters"], "m", StatKind::Quantity),
    (&["metres"], "m", StatKind::Quantity),
    (&["nm"], "nm", StatKind::Quantity),
    (&["liters"], "l", StatKind::Quantity),
    (&["litres"], "l", StatKind::Quantity),
    (&["gallons"], "gal", StatKind::Quantity),
    (&["barrels"], "bbl", StatKind::Quantity),
    (&["bbl"], "bbl", StatKind::Quantity),
    (&["times"], "x", StatKind::Ratio),
    (&["-", "fold"], "x", StatKind::Ratio),
    (&["fold"], "x", StatKind::Ratio),
    // Currencies written after the figure.
    (&["u", ".", "s", ".", "dollars"], "USD", StatKind::Money),
    (&["us", "dollars"], "USD", StatKind::Money),
    (&["u.s", ".", "dollars"], "USD", StatKind::Money),
    (&["dollars"], "USD", StatKind::Money),
    (&["dollar"], "USD", StatKind::Money),
    (&["euros"], "EUR", StatKind::Money),
    (&["euro"], "EUR", StatKind::Money),
    (&["€"], "EUR", StatKind::Money),
    (&["pounds", "sterling"], "GBP", StatKind::Money),
    (&["deutsche", "marks"], "DEM", StatKind::Money),
    (&["deutsche", "mark"], "DEM", StatKind::Money),
    (&["german", "marks"], "DEM", StatKind::Money),
    (&["finnish", "marks"], "FIM", StatKind::Money),
    (&["markkaa"], "FIM", StatKind::Money),
    (&["dutch", "guilders"], "NLG", StatKind::Money),
    (&["luxembourg", "francs"], "LUF", StatKind::Money),
    (&["italian", "lire"], "ITL", StatKind::Money),
    (&["portuguese", "escudos"], "PTE", StatKind::Money),
    (&["escudos"], "PTE", StatKind::Money),
    (&["austrian", "schillings"], "ATS", StatKind::Money),
    (&["swedish", "kronor"], "SEK", StatKind::Money),
    (&["kronor"], "SEK", StatKind::Money),
    (&["norwegian", "kroner"], "NOK", StatKind::Money),
    (&["danish", "kroner"], "DKK", StatKind::Money),
    (&["irish", "pounds"], "IEP", StatKind::Money),
    (&["punts"], "IEP", StatKind::Money),
    (&["maltese", "lira"], "MTL", StatKind::Money),
    (&["cyprus", "pounds"], "CYP", StatKind::Money),
    (&["cypriot", "pounds"], "CYP", StatKind::Money),
    (&["tolars"], "SIT", StatKind::Money),
    (&["tolar"], "SIT", StatKind::Money),
    (&["kuna"], "HRK", StatKind::Money),
    (&["denars"], "MKD", StatKind::Money),
    (&["leks"], "ALL", StatKind::Money),
    (&["lek"], "ALL", StatKind::Money),
    (&["manats"], "AZM", StatKind::Money),
    (&["manat"], "AZM", StatKind::Money),
    (&["soms"], "KGS", StatKind::Money),
    (&["somoni"], "TJS", StatKind::Money),
    (&["deutschmarks"], "DEM", StatKind::Money),
    (&["dm"], "DEM", StatKind::Money),
    (&["belgian", "francs"], "BEF", StatKind::Money),
    (&["swiss", "francs"], "CHF", StatKind::Money),
    (&["french", "francs"], "FRF", StatKind::Money),
    (&["francs"], "FRF", StatKind::Money),
    (&["rubles"], "RUB", StatKind::Money),
    (&["roubles"], "RUB", StatKind::Money),
    (&["tenge"], "KZT", StatKind::Money),
    (&["forints"], "HUF", StatKind::Money),
    (&["forint"], "HUF", StatKind::Money),
    (&["korunas"], "CZK", StatKind::Money),
    (&["crowns"], "CZK", StatKind::Money),
    (&["zlotys"], "PLN", StatKind::Money),
    (&["zloty"], "PLN", StatKind::Money),
    (&["zł"], "PLN", StatKind::Money),
    (&["yen"], "JPY", StatKind::Money),
    (&["yuan"], "CNY", StatKind::Money),
    (&["rmb"], "CNY", StatKind::Money),
    (&["indian", "rupees"], "INR", StatKind::Money),
    (&["pakistani", "rupees"], "PKR", StatKind::Money),
    (&["sri", "lankan", "rupees"], "LKR", StatKind::Money),
    (&["nepalese", "rupees"], "NPR", StatKind::Money),
    // Several countries' rupees: the report's country tells which (India's when none does).
    (&["rupees"], "rupees", StatKind::Money),
    (&["rupee"], "rupees", StatKind::Money),
    (&["lire"], "ITL", StatKind::Money),
    (&["guilders"], "NLG", StatKind::Money),
    (&["lari"], "GEL", StatKind::Money),
    (&["lei"], "RON", StatKind::Money),
    (&["drachmas"], "GRD", StatKind::Money),
    (&["hryvnia"], "UAH", StatKind::Money),
    (&["hryvnias"], "UAH", StatKind::Money),
    (&["karbovanets"], "UAK", StatKind::Money),
    (&["karbovantsi"], "UAK", StatKind::Money),
    (&["drams"], "AMD", StatKind::Money),
    (&["dram"], "AMD", StatKind::Money),
    (&["leva"], "BGN", StatKind::Money),
    (&["lats"], "LVL", StatKind::Money),
    (&["litas"], "LTL", StatKind::Money),
    (&["litai"], "LTL", StatKind::Money),
    (&["kroons"], "EEK", StatKind::Money),
    (&["krooni"], "EEK", StatKind::Money),
    (&["turkish", "lira"], "TRL", StatKind::Money),
    (&["turkish", "liras"], "TRL", StatKind::Money),
    (&["kyats"], "MMK", StatKind::Money),
    (&["kyat"], "MMK", StatKind::Money),
    (&["baht"], "THB", StatKind::Money),
    (&["bolivianos"], "BOB", StatKind::Money),
    (&["pesetas"], "ESP", StatKind::Money),
    (&["schillings"], "ATS", StatKind::Money),
    (&["shekels"], "ILS", StatKind::Money),
    (&["naira"], "NGN", StatKind::Money),
    (&["cedis"], "GHS", StatKind::Money),
    (&["rand"], "ZAR", StatKind::Money),
    (&["birr"], "ETB", StatKind::Money),
    (&["quetzales"], "GTQ", StatKind::Money),
    (&["quetzals"], "GTQ", StatKind::Money),
    (&["lempiras"], "HNL", StatKind::Money),
    (&["colones"], "CRC", StatKind::Money),
    (&["cordobas"], "NIO", StatKind::Money),
    (&["guaranies"], "PYG", StatKind::Money),
    (&["reais"], "BRL", StatKind::Money),
    (&["nuevos", "soles"], "PEN", StatKind::Money),
    (&["soles"], "PEN", StatKind::Money),
    (&["bolivars"], "VEB", StatKind::Money),
    (&["ringgit"], "MYR", StatKind::Money),
    (&["rupiah"], "IDR", StatKind::Money),
    (&["riels"], "KHR", StatKind::Money),
    (&["riel"], "KHR", StatKind::Money),
    (&["taka"], "BDT", StatKind::Money),
    (&["afghanis"], "AFN", StatKind::Money),
    (&["mexican", "pesos"], "MXN", StatKind::Money),
    (&["colombian", "pesos"], "COP", StatKind::Money),
    (&["philippine", "pesos"], "PHP", StatKind::Money),
    (&["argentine", "pesos"], "ARS", StatKind::Money),
    (&["chilean", "pesos"], "CLP", StatKind::Money),
    (&["dominican", "pesos"], "DOP", StatKind::Money),
    (&["cuban", "pesos"], "CUP", StatKind::Money),
    (&["uruguayan", "pesos"], "UYU", StatKind::Money),
    // Names several countries give their money: the chapter's country tells which
    // ([`currency_of_country`]).
    (&["pesos"], "pesos", StatKind::Money),
    (&["dinars"], "dinars", StatKind::Money),
    (&["dirhams"], "dirhams", StatKind::Money),
    (&["rials"], "rials", StatKind::Money),
    (&["riyals"], "riyals", StatKind::Money),
];

/// The code of a currency name several countries share ("pesos", "dinars") in the country a
/// chapter is about; `None` where the country is not one of them, and the name stays.
pub fn currency_of_country(name: &str, country: &str) -> Option<&'static str> {
    const SHARED: &[(&str, &str, &str)] = &[
        ("pesos", "mexico", "MXN"),
        ("pesos", "colombia", "COP"),
        ("pesos", "philippines", "PHP"),
        ("pesos", "argentina", "ARS"),
        ("pesos", "chile", "CLP"),
        ("pesos", "dominican republic", "DOP"),
        ("pesos", "cuba", "CUP"),
        ("pesos", "uruguay", "UYU"),
        ("dinars", "jordan", "JOD"),
        ("dinars", "kuwait", "KWD"),
        ("dinars", "iraq", "IQD"),
        ("dinars", "bahrain", "BHD"),
        ("dinars", "algeria", "DZD"),
        ("dinars", "tunisia", "TND"),
        ("dinars", "libya", "LYD"),
        ("dinars", "serbia", "RSD"),
        ("dirhams", "morocco", "MAD"),
        ("dirhams", "united arab emirates", "AED"),
        ("rials", "iran", "IRR"),
        ("rials", "oman", "OMR"),
        ("rials", "yemen", "YER"),
        ("riyals", "saudi arabia", "SAR"),
        ("riyals", "qatar", "QAR"),
        ("Bs", "bolivia", "BOB"),
        ("Bs", "venezuela", "VEF"),
        ("rupees", "india", "INR"),
        ("rupees", "pakistan", "PKR"),
        ("rupees", "sri lanka", "LKR"),
        ("rupees", "nepal", "NPR"),
        ("rupees", "mauritius", "MUR"),
        ("rupees", "seychelles", "SCR"),
    ];
    // Most money is in dollars: the name is asked first.
    if !SHARED.iter().any(|(shared, _, _)| *shared == name) {
        return None;
    }
    let country = country.trim().to_lowercase();
    let country = country.strip_prefix("the ").unwrap_or(&country);
    SHARED
        .iter()
        .find(|(shared, place, _)| *shared == name && *place == country)
        .map(|(_, _, code)| *code)
        .or((name == "rupees").then_some("INR"))
}

/// ISO 4217 codes recognised before or after a figure.
const ISO_CODES: &[&str] = &[
    "USD", "EUR", "GBP", "CHF", "JPY", "CNY", "RUB", "PLN", "CZK", "HUF", "SEK", "NOK", "DKK",
    "CAD", "AUD", "NZD", "HKD", "SGD", "INR", "KZT", "UAH", "TRY", "GEL", "AMD", "AZN", "BYN",
    "RON", "BGN", "HRK", "RSD", "MXN", "BRL", "ZAR", "KRW", "ILS", "EEK", "LTL", "LVL", "SKK",
    "DEM", "FRF", "BEF", "NLG", "ITL", "ESP", "GRD", "ATS", "XCD", "JMD",
    // The currencies of the countries the narcotics reports cover most. (Not those that are
    // English words or common acronyms in capitals: "ALL", "MAD", "PEN", "TOP", "PHP", "COP"
    // (a Conference of the Parties), "NPR" (a Nuclear Posture Review), "CRC", "SAR".)
    "KES", "NGN", "GHS", "TZS", "UGX", "ZMW", "EGP", "PKR", "AFN", "BDT", "LKR", "THB", "IDR",
    "VND", "MYR", "LAK", "MMK", "KHR", "BOB", "ARS", "CLP", "VEF", "VES", "GTQ", "HNL", "NIO",
    "PYG", "UYU", "DOP", "HTG", "TTD", "BBD", "BSD", "BZD", "KYD", "LBP", "JOD", "AED", "KGS",
    "TJS", "UZS", "TMT", "MDL", "MKD", "ANG", "AWG",
];

/// Prefixes written before `$`: "US$", "NZ$", "A$" …
const DOLLAR_PREFIXES: &[(&str, &str)] = &[
    ("us", "USD"),
    ("u.s", "USD"),
    ("nz", "NZD"),
    ("a", "AUD"),
    ("au", "AUD"),
    ("c", "CAD"),
    ("ca", "CAD"),
    ("can", "CAD"),
    ("hk", "HKD"),
    ("s", "SGD"),
    ("ec", "XCD"),
    ("j", "JMD"),
    ("nt", "TWD"),
];

/// Does the token read as `word` (case aside)?
fn token_is(token: &Token, word: &str) -> bool {
    token.text.eq_ignore_ascii_case(word)
}

/// "mile-long", "meter-deep": a unit made an adjective of a dimension; gives the unit's word.
pub fn unit_of_dimension(word: &str) -> Option<&str> {
    let (unit, dimension) = word.split_once('-')?;
    ["long", "wide", "deep", "high", "tall", "thick"]
        .iter()
        .any(|d| dimension.eq_ignore_ascii_case(d))
        .then_some(unit)
}

/// The unit written at `tokens[i..]`, right after a figure.
pub fn unit_after(tokens: &[Token], i: usize) -> Option<UnitMatch> {
    let first = tokens.get(i)?;
    // "a 700-mile-long archipelago": the unit of a dimension.
    if first.hyphenated
        && let Some(unit) = unit_of_dimension(first.text)
    {
        // ("foot" is a unit only so: "300 foot patrols" are patrols.)
        let unit_token = Token {
            text: if unit.eq_ignore_ascii_case("foot") {
                "feet"
            } else {
                unit
            },
            ..*first
        };
        return unit_after(std::slice::from_ref(&unit_token), 0).map(|found| UnitMatch {
            end: i + 1,
            ..found
        });
    }
    // The codes are in capitals: most words are turned away by their first letter.
    // ("26.7 million ATS tablets": amphetamine-type stimulants in their forms, not the
    // schilling; "12 million ATS deposits" are schillings.)
    let names_a_noun = || {
        first.text == "ATS"
            && tokens.get(i + 1).is_some_and(|next| {
                [
                    "tablets",
                    "tablet",
                    "pills",
                    "pill",
                    "labs",
                    "laboratories",
                    "users",
                    "abuse",
                    "production",
                    "trafficking",
                    "seizures",
                    "precursors",
                    "use",
                ]
                .iter()
                .any(|w| next.is_word(w))
            })
    };
    if first.kind == TokenKind::Word
        && first.text.len() == 3
        && first.text.as_bytes()[0].is_ascii_uppercase()
        && ISO_CODES.contains(&first.text)
        && !names_a_noun()
    {
        return Some(UnitMatch {
            unit: iso_static(first.text),
            kind: StatKind::Money,
            end: i + 1,
        });
    }
    // Only the phrases that start with this word: found by a lookup, not a scan of them all.
    let starting_here = units_starting_with(first.text);
    for &index in starting_here {
        let (words, unit, kind) = &UNITS[index];
        let matches = words
            .iter()
            .enumerate()
            .all(|(k, w)| tokens.get(i + k).is_some_and(|t| token_is(t, w)));
        if matches {
            // "pounds of" keeps its "of" for the measured noun.
            let consumed = if words.last() == Some(&"of") {
                words.len() - 1
            } else {
                words.len()
            };
            // A lone "g", "t" or "m" after a number is a unit when glued to it, or when it ends
            // the phrase ("mean elevation: 387 m", "6 t of heroin"); otherwise it is a letter.
            if words.len() == 1 && words[0].len() == 1 && words[0] != "%" && first.space_before {
                let after = tokens.get(i + 1);
                let ends = after.is_none_or(|t| t.kind == TokenKind::Punct && t.text != "-");
                let of = after.is_some_and(|t| t.is_word("of"));
                if !(ends || of) {
                    continue;
                }
            }
            return Some(UnitMatch {
                unit,
                kind: *kind,
                end: i + consumed,
            });
        }
    }
    None
}

/// The unit a table's row or column label gives its figures: "Opium (mt)", "Area (ha)",
/// "Share (%)", or a label that is a unit's name, or ends with one after a comma
/// ("Hectares", "Cured, Kilograms"). Only the whole of the brackets or of the part.
pub fn unit_in_label(label: &str) -> Option<(&'static str, StatKind)> {
    let label = label.trim_end();
    let part = if label.ends_with(')') {
        last_bracketed(label)?.1
    } else {
        label.rsplit(", ").next().unwrap_or(label)
    };
    whole_unit(part)
}

/// What stands before a label's closing brackets and inside them: "Cultivation (hectares)",
/// "FY 2012 ($000)". `None` unless the label ends with them.
pub fn last_bracketed(label: &str) -> Option<(&str, &str)> {
    let inside = label.strip_suffix(')')?;
    let open = inside.rfind('(')?;
    Some((&inside[..open], &inside[open + 1..]))
}

/// Whether `text` is a unit's name and nothing more ("metric tons", "hectares").
pub fn names_a_unit(text: &str) -> bool {
    whole_unit(text).is_some()
}

/// The unit `text` names, all of it ("Metric Tons", "ha").
fn whole_unit(text: &str) -> Option<(&'static str, StatKind)> {
    let tokens = super::tokens::tokenize(text.trim(), 0, false);
    let found = unit_after(&tokens, 0)?;
    (found.end == tokens.len()).then_some((found.unit, found.kind))
}

/// What a table's caption says of its cells: what they measure, their unit, and the scale a
/// money caption gives its bare amounts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Caption<'a> {
    pub measured: &'a str,
    pub unit: &'static str,
    pub kind: StatKind,
    /// 1000 for "($000)": a cell's "2,500" is $2,500,000.
    pub scale: f64,
}

/// What a table's caption says its cells measure, and in what unit: "Opium Production in
/// Metric Tons" (opium production, t), "Cultivation (hectares)" (cultivation, ha), "FY 2013
/// INCLE Budget Allocations ($000)" (USD, in thousands).
pub fn caption_measure(caption: &str) -> Option<Caption<'_>> {
    // ("Cash seizures are given in thousands of U.S. dollars.": a sentence of the text, not a
    // caption.)
    if caption.trim_end().ends_with('.') && caption.split_whitespace().count() > 6 {
        return None;
    }
    let caption = caption.trim().trim_end_matches(['.', ':']);
    // "$ in thousands for all items": a budget table's scale, for every cell.
    let all = [" for all items", " for all figures", " for all entries"]
        .iter()
        .find_map(|tail| caption.strip_suffix(tail));
    let said = all.unwrap_or(caption);
    if said.starts_with("$ in ")
        && let Some((unit, scale)) = money_scale(said)
    {
        return Some(Caption {
            measured: "",
            unit,
            kind: StatKind::Money,
            scale,
        });
    }
    let (measured, said) = match last_bracketed(caption) {
        Some(parts) => parts,
        None => caption.rsplit_once(" in ")?,
    };
    let measured = measured.trim();
    if let Some((unit, kind)) = whole_unit(said) {
        return Some(Caption {
            measured,
            unit,
            kind,
            scale: 1.0,
        });
    }
    let (unit, scale) = money_scale(said)?;
    Some(Caption {
        measured,
        unit,
        kind: StatKind::Money,
        scale,
    })
}

/// Money counted in thousands or millions, as a caption or a column says it: "$000", "in
/// thousands of U.S. dollars", "US$ millions", "USD million", "€ thousands".
pub fn money_scale(said: &str) -> Option<(&'static str, f64)> {
    let lower = said.trim().trim_start_matches("in ").to_lowercase();
    // ("thousands of pounds" may be a weight: only the sign or the code says sterling.)
    let currency = if lower.contains('€') || lower.contains("euro") || lower.contains("eur ") {
        "EUR"
    } else if lower.contains('£') || lower.contains("gbp") || lower.contains("sterling") {
        "GBP"
    } else if lower.contains('$') || lower.contains("dollar") || lower.contains("usd") {
        "USD"
    } else {
        return None;
    };
    let scale_of = |word: &str| match word {
        "000" | "thousand" | "thousands" | "k" => Some(1e3),
        "000,000" | "million" | "millions" | "mn" | "m" | "mil" => Some(1e6),
        "billion" | "billions" | "bn" => Some(1e9),
        _ => None,
    };
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == ','))
        .filter(|w| !w.is_empty())
        .collect();
    let scale = words.iter().find_map(|word| scale_of(word))?;
    // Nothing else but the scale's and the currency's words ("in thousands of U.S. dollars").
    let other = words.iter().any(|word| {
        scale_of(word).is_none()
            && !matches!(
                *word,
                "of" | "u"
                    | "s"
                    | "us"
                    | "usd"
                    | "dollar"
                    | "dollars"
                    | "eur"
                    | "euro"
                    | "euros"
                    | "gbp"
                    | "sterling"
                    | "in"
            )
    });
    (!other).then_some((currency, scale))
}

/// The indexes of the unit phrases whose first word is `word` (case aside).
fn units_starting_with(word: &str) -> &'static [usize] {
    use rustc_hash::FxHashMap;
    use std::sync::OnceLock;
    static BY_FIRST_WORD: OnceLock<FxHashMap<String, Vec<usize>>> = OnceLock::new();
    let map = BY_FIRST_WORD.get_or_init(|| {
        let mut map: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        for (index, (words, _, _)) in UNITS.iter().enumerate() {
            map.entry(words[0].to_lowercase()).or_default().push(index);
        }
        map
    });
    super::numbers::lowered(word, |lower| map.get(lower).map_or(&[][..], Vec::as_slice))
}

/// Whether `code` is one of the ISO 4217 codes read beside figures.
pub fn is_iso_code(code: &str) -> bool {
    ISO_CODES.contains(&code)
}

fn iso_static(code: &str) -> &'static str {
    ISO_CODES
        .iter()
        .find(|c| **c == code)
        .copied()
        .unwrap_or("")
}

/// A currency written before the figure at `number_index`: "$", "US$", "€", "£", "EUR".
/// Returns the code and the index of the first token of the currency.
pub fn currency_before(tokens: &[Token], number_index: usize) -> Option<(&'static str, usize)> {
    let previous = number_index.checked_sub(1).and_then(|i| tokens.get(i))?;
    // (Every sign and code below has four bytes at most: most words are let go at once.)
    if previous.text.len() > 4 {
        return None;
    }
    match previous.text {
        "$" => {
            let before = number_index.checked_sub(2).and_then(|i| tokens.get(i));
            if let Some(before) = before
                && !previous.space_before
                && before.kind == TokenKind::Word
            {
                let lower = before.lower();
                if let Some((_, code)) = DOLLAR_PREFIXES.iter().find(|(p, _)| *p == lower) {
                    return Some((code, number_index - 2));
                }
            }
            // "more than USD $12 million", "U.S. $13 million": the country said twice, apart.
            if previous.space_before
                && let Some(before) = before
            {
                if before.kind == TokenKind::Word && matches!(before.text, "USD" | "US") {
                    return Some(("USD", number_index - 2));
                }
                if before.text == "."
                    && !before.space_before
                    && number_index >= 3
                    && tokens[number_index - 3].text == "U.S"
                {
                    return Some(("USD", number_index - 3));
                }
            }
            Some(("USD", number_index - 1))
        }
        "€" => Some(("EUR", number_index - 1)),
        // ("IR£ 1.2 million": Irish pounds.)
        "£" if number_index >= 2
            && !previous.space_before
            && tokens[number_index - 2].text == "IR" =>
        {
            Some(("IEP", number_index - 2))
        }
        "£" => Some(("GBP", number_index - 1)),
        "¥" => Some(("JPY", number_index - 1)),
        "₽" => Some(("RUB", number_index - 1)),
        "₹" => Some(("INR", number_index - 1)),
        "DM" => Some(("DEM", number_index - 1)),
        // "Rs. 10 million", "Afl. 2.5 million": the abbreviation's stop between.
        "." if !previous.space_before && number_index >= 2 => {
            local_currency(tokens[number_index - 2].text).map(|code| (code, number_index - 2))
        }
        "Ksh" | "KSh" | "Kshs" | "KShs" => Some(("KES", number_index - 1)),
        "SFr" | "CHF" => Some(("CHF", number_index - 1)),
        code if previous.kind == TokenKind::Word
            && code.len() == 3
            && ISO_CODES.contains(&code) =>
        {
            Some((iso_static(code), number_index - 1))
        }
        // (None of the local signs is an ISO code: asked last, once.)
        sign if previous.kind == TokenKind::Word => {
            local_currency(sign).map(|code| (code, number_index - 1))
        }
        _ => None,
    }
}

/// The signs the reports write before an amount in a local currency: "Rs 120 crore", "Tk 3
/// million", "NAf 4.5 million", "Afl. 2.5 million", "Kyat 50 million", "Bs. 30 million"
/// (bolivianos or bolívares, told by the country, as rupees are).
fn local_currency(sign: &str) -> Option<&'static str> {
    Some(match sign {
        "Rs" => "rupees",
        "Tk" => "BDT",
        "Kyat" => "MMK",
        "NAf" | "NAƒ" => "ANG",
        "Afl" => "AWG",
        "Rp" => "IDR",
        "FF" => "FRF",
        "RM" => "MYR",
        "Bs" => "Bs",
        _ => return None,
    })
}

/// "per hectare", "a kilogram", "/kg": a unit an amount is stated against (a yield, a price),
/// at `i`; its symbol and the index past it. Weights and areas only, one of each ("per capita"
/// and "per person" are no units; "per 100,000" is a ratio's base).
pub fn per_unit_after(tokens: &[Token], i: usize) -> Option<(&'static str, usize)> {
    let per = tokens.get(i)?;
    let glued_slash = per.text == "/" && !per.space_before;
    if !(token_is(per, "per") || token_is(per, "a") || glued_slash) {
        return None;
    }
    let found = unit_after(tokens, i + 1)?;
    // ("per kilogram", not "a kilos": the unit of one.)
    let last = &tokens[found.end - 1];
    let one = !glued_slash || !tokens[i + 1].space_before;
    let singular = glued_slash || !(last.text.len() > 3 && last.text.ends_with('s'));
    let weighs_or_covers = matches!(
        found.unit,
        "t" | "kg" | "g" | "mg" | "lb" | "oz" | "ha" | "acre" | "km2" | "m2"
    );
    (one && singular && weighs_or_covers && found.kind == StatKind::Quantity)
        .then_some((found.unit, found.end))
}

/// "per year", "a year", "annually", "per annum", "each year", "/yr": the index past it.
/// ("30 tons a year earlier", "a year ago": when, not how often.)
pub fn per_year_after(tokens: &[Token], i: usize) -> Option<usize> {
    let is = |k: usize, words: &[&str]| {
        tokens
            .get(i + k)
            .is_some_and(|t| words.iter().any(|w| token_is(t, w)))
    };
    if is(0, &["annually", "yearly"]) {
        Some(i + 1)
    } else if is(0, &["a"])
        && is(
            2,
            &[
                "ago",
                "earlier",
                "before",
                "later",
                "after",
                "previously",
                "prior",
            ],
        )
    {
        None
    } else if (is(0, &["per", "a", "each", "every"]) && is(1, &["year", "annum"]))
        || (is(0, &["/"]) && is(1, &["yr", "year", "a"]))
    {
        Some(i + 2)
    } else {
        None
    }
}

/// Units of time: a number of them is a duration ("nine months"), never a statistic here.
pub fn is_time_unit(word: &str) -> bool {
    super::numbers::lowered(word, |w| {
        matches!(
            w,
            "day"
                | "days"
                | "week"
                | "weeks"
                | "month"
                | "months"
                | "year"
                | "years"
                | "hour"
                | "hours"
                | "minute"
                | "minutes"
                | "second"
                | "seconds"
                | "decade"
                | "decades"
                | "century"
                | "centuries"
                | "quarter"
                | "quarters"
                | "semester"
                // German, French and Polish
                | "jahre"
                | "jahren"
                | "monate"
                | "monaten"
                | "tage"
                | "tagen"
                | "ans"
                | "années"
                | "mois"
                | "jours"
                | "lat"
                | "lata"
                | "miesięcy"
                | "dni"
                | "night"
                | "nights"
                | "weekend"
                | "weekends"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::tokenize;

    /// `unit_after` turns a word away by its first letter before looking for it among the
    /// currency codes: every code is in capitals.
    #[test]
    fn currency_codes_are_in_capitals() {
        for code in ISO_CODES {
            assert!(
                code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()),
                "{code}"
            );
        }
    }

    #[test]
    fn metric_tons_per_year_normalise() {
        let tokens = tokenize("5,000 metric tons per year", 0, false);
        let unit = unit_after(&tokens, 1).expect("a unit");
        assert_eq!((unit.unit, unit.end), ("t", 3));
        assert_eq!(per_year_after(&tokens, 3), Some(5));
    }

    #[test]
    fn a_yield_or_a_price_is_stated_per_unit() {
        let tokens = tokenize(
            "12 kilograms per hectare, $1,500 a kilogram, 9 kg/ha",
            0,
            false,
        );
        assert_eq!(per_unit_after(&tokens, 2), Some(("ha", 4)));
        assert_eq!(per_unit_after(&tokens, 7), Some(("kg", 9)));
        assert_eq!(per_unit_after(&tokens, 12), Some(("ha", 14)));
        let tokens = tokenize("5 tons a year, $200 per capita, 4 tons a kilos", 0, false);
        assert_eq!(per_unit_after(&tokens, 2), None);
        assert_eq!(per_unit_after(&tokens, 7), None);
        assert_eq!(per_unit_after(&tokens, 12), None);
    }

    #[test]
    fn a_year_ago_is_a_time_not_a_rate() {
        let tokens = tokenize("30 tons a year earlier, 40 tons a year", 0, false);
        assert_eq!(per_year_after(&tokens, 2), None);
        assert_eq!(per_year_after(&tokens, 8), Some(10));
    }

    #[test]
    fn dollar_prefixes_name_their_currency() {
        let tokens = tokenize("US$420,000 and NZ$27.8", 0, false);
        assert_eq!(currency_before(&tokens, 2), Some(("USD", 0)));
        assert_eq!(currency_before(&tokens, 6), Some(("NZD", 4)));
    }
}
