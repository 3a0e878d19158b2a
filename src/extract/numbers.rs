//! Reading numbers written in digits or in words.

/// Calls `f` with `word` in lower case, without allocating for short ASCII words (the hot
/// path: every word of a document passes through here).
pub fn lowered<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    // Most words are written in lower case already: they are used as they stand.
    if word
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        return f(word);
    }
    let mut buffer = [0u8; 32];
    if word.len() <= buffer.len() && word.is_ascii() {
        let bytes = &mut buffer[..word.len()];
        bytes.copy_from_slice(word.as_bytes());
        bytes.make_ascii_lowercase();
        f(std::str::from_utf8(bytes).unwrap_or_default())
    } else {
        f(&word.to_lowercase())
    }
}

/// "one" … "ninety" and their values.
const SMALL_NUMBERS: &[(&str, u32)] = &[
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

/// Fractions and their values.
const FRACTIONS: &[(&str, f64)] = &[
    ("half", 0.5),
    ("halves", 0.5),
    ("third", 1.0 / 3.0),
    ("thirds", 1.0 / 3.0),
    ("quarter", 0.25),
    ("quarters", 0.25),
    ("fourth", 0.25),
    ("fourths", 0.25),
    ("fifth", 0.2),
    ("fifths", 0.2),
    ("sixth", 1.0 / 6.0),
    ("sixths", 1.0 / 6.0),
    ("eighth", 0.125),
    ("eighths", 0.125),
    ("tenth", 0.1),
    ("tenths", 0.1),
];

/// Verbs and adverbs that state a multiple, and the multiple.
const MULTIPLIERS: &[(&str, f64)] = &[
    ("doubled", 2.0),
    ("doubling", 2.0),
    ("twofold", 2.0),
    ("tripled", 3.0),
    ("tripling", 3.0),
    ("trebled", 3.0),
    ("threefold", 3.0),
    ("quadrupled", 4.0),
    ("quadrupling", 4.0),
    ("fourfold", 4.0),
    ("fivefold", 5.0),
    ("tenfold", 10.0),
    ("halved", 0.5),
];

/// The value `word` has in `table`, in any case.
fn look_up<T: Copy>(table: &[(&str, T)], word: &str) -> Option<T> {
    lowered(word, |w| {
        table
            .iter()
            .find(|(name, _)| *name == w)
            .map(|&(_, value)| value)
    })
}

/// The value of "one" … "ninety".
pub fn small_number_word(word: &str) -> Option<u32> {
    if !(3..=9).contains(&word.len()) {
        return None;
    }
    look_up(SMALL_NUMBERS, word)
}

/// "hundred", "thousand", "million", "billion" and their short forms after a figure.
pub fn scale_word(word: &str) -> Option<f64> {
    if word.len() > 12 {
        return None;
    }
    lowered(word, |w| {
        Some(match w {
            "hundred" => 1e2,
            // South Asian scales: "Rs 120 crore", "1.5 lakh tablets".
            "lakh" | "lakhs" => 1e5,
            "crore" | "crores" => 1e7,
            "thousand" | "k" | "tys" | "tysięcy" | "tausend" => 1e3,
            "million" | "millions" | "mn" | "mln" | "mio" | "m" | "millionen" | "milion"
            | "miliony" | "milionów" => 1e6,
            "billion" | "billions" | "bn" | "b" | "bln" | "mld" | "mrd" | "milliarden"
            | "milliards" | "milliard" | "miliard" | "miliardy" | "miliardów" => 1e9,
            "trillion" | "tn" => 1e12,
            _ => return None,
        })
    })
}

/// Short scale forms that only count as such right after a figure with a currency
/// ("$3.4m", "NZ$ 27.8b"); elsewhere "m" is metres and "b" a letter.
pub fn is_currency_only_scale(word: &str) -> bool {
    lowered(word, |w| matches!(w, "m" | "b" | "k" | "tn"))
}

/// "two-and-a-half": the pieces of a hyphened number in words and its half.
pub fn number_and_a_half(pieces: &[&str]) -> Option<f64> {
    let (number, half) = pieces.split_at_checked(pieces.len().checked_sub(3)?)?;
    let is_half = half
        .iter()
        .zip(["and", "a", "half"])
        .all(|(piece, word)| piece.eq_ignore_ascii_case(word));
    if !is_half || number.is_empty() {
        return None;
    }
    number_words(number).map(|n| n + 0.5)
}

/// The value of a number word or a hyphenated run of them ("thirty-one", "one-hundred").
pub fn number_words(parts: &[&str]) -> Option<f64> {
    if parts.is_empty() {
        return None;
    }
    let mut total = 0f64;
    let mut current = 0f64;
    let mut seen = false;
    for part in parts {
        if part.eq_ignore_ascii_case("and") && seen {
            continue;
        }
        if let Some(n) = small_number_word(part) {
            current += f64::from(n);
            seen = true;
        } else if part.eq_ignore_ascii_case("hundred") && seen {
            current *= 100.0;
        } else if let Some(scale) =
            scale_word(part).filter(|s| *s >= 1e3 && !is_currency_only_scale(part))
        {
            if !seen {
                return None;
            }
            total += current * scale;
            current = 0.0;
        } else {
            return None;
        }
    }
    seen.then_some(total + current)
}

/// The value of a fraction word: "half" 1/2, "third(s)" 1/3, "quarter(s)" 1/4, "fifth(s)" …
pub fn fraction_word(word: &str) -> Option<f64> {
    // Told apart at once by length and initial, before a lower-cased copy is made.
    if !(4..=8).contains(&word.len())
        || !matches!(
            word.as_bytes()[0] | 0x20,
            b'h' | b't' | b'q' | b'f' | b's' | b'e'
        )
    {
        return None;
    }
    look_up(FRACTIONS, word)
}

/// Verbs and adverbs that state a multiple: "doubled" 2, "a tripling" 3, "twice" 2 …
pub fn multiplier_word(word: &str) -> Option<f64> {
    if !(6..=11).contains(&word.len())
        || !matches!(word.as_bytes()[0] | 0x20, b'd' | b't' | b'q' | b'f' | b'h')
    {
        return None;
    }
    look_up(MULTIPLIERS, word)
}

/// Whether `word` may be a number word, a fraction, a multiple or "twice" (the words a figure
/// written in words starts with): a first look that turns nearly every other word away
/// without reading it, by its first three letters and its length. Each of those words sets
/// one bit of [`FIGURE_WORD_KEYS`]; a word whose bit is clear is none of them.
pub fn may_be_figure_word(word: &str) -> bool {
    let bytes = word.as_bytes();
    (3..=11).contains(&bytes.len()) && {
        let bit = figure_word_bit(bytes);
        FIGURE_WORD_KEYS[bit / 64] & (1 << (bit % 64)) != 0
    }
}

/// A word's bit in [`FIGURE_WORD_KEYS`]: its length and first three letters in any case,
/// hashed to 13 bits. Letters are told by their low five bits, which other bytes share: that
/// lets a few more words through to the full look, never fewer.
const fn figure_word_bit(bytes: &[u8]) -> usize {
    let key = folded(bytes[0]) | folded(bytes[1]) << 5 | folded(bytes[2]) << 10;
    let key = key | (bytes.len() as u32) << 15;
    (key.wrapping_mul(0x9E37_79B1) >> 19) as usize
}

const fn folded(byte: u8) -> u32 {
    ((byte | 0x20) & 31) as u32
}

/// The bits of every word [`may_be_figure_word`] lets through.
static FIGURE_WORD_KEYS: [u64; 128] = {
    let keys = with_keys_of([0; 128], SMALL_NUMBERS);
    let keys = with_keys_of(keys, FRACTIONS);
    let keys = with_keys_of(keys, MULTIPLIERS);
    with_keys_of(keys, MULTIPLES_OF_WHAT_FOLLOWS)
};

/// "twice", and the multiples of what follows them ("double the 1996 total"), which the
/// reading of a figure in words asks of its next words.
const MULTIPLES_OF_WHAT_FOLLOWS: &[(&str, f64)] = &[
    ("twice", 2.0),
    ("double", 2.0),
    ("triple", 3.0),
    ("quadruple", 4.0),
];

/// "twice" 2, "double" 2, "triple" 3: a multiple of what the next words say.
pub fn multiple_of_what_follows(word: &str) -> Option<f64> {
    look_up(MULTIPLES_OF_WHAT_FOLLOWS, word)
}

const fn with_keys_of<T>(mut keys: [u64; 128], table: &[(&str, T)]) -> [u64; 128] {
    let mut i = 0;
    while i < table.len() {
        let bit = figure_word_bit(table[i].0.as_bytes());
        keys[bit / 64] |= 1 << (bit % 64);
        i += 1;
    }
    keys
}

/// A value of one or more as the figure wrote it: "4,257.917 million" times its scale is
/// 4257917000.0000005 in binary, and is put back to 4257917000 (15 significant digits, what a
/// report states and a spreadsheet shows). Whole numbers are exact already; shares below one
/// ("one in 14") keep every digit, and so does any value under a thousand.
pub fn tidy(value: f64) -> f64 {
    // (Below a thousand, a value is as it was read: no scale multiplied it.)
    if value.fract() == 0.0 || !value.is_finite() || value.abs() < 1000.0 {
        return value;
    }
    let digits_before_point = value.abs().log10().floor() as i32 + 1;
    let decimals = 15 - digits_before_point;
    // (Multiplying or dividing a whole number by an exact power of ten rounds once.)
    if decimals >= 0 {
        let power = 10f64.powi(decimals);
        (value * power).round() / power
    } else {
        let power = 10f64.powi(-decimals);
        (value / power).round() * power
    }
}

/// Reads digits: "1,220" 1220, "5.5", "1.234.567" (dots grouping thousands), "3,5" (a decimal
/// comma, when the document writes them), "1 456".
pub fn parse_digits(text: &str, decimal_comma: bool) -> Option<f64> {
    // Most numbers are plain digits ("1990", "26"), or digits with a decimal point where the
    // document writes points: read as they stand, without a cleaned copy.
    let bytes = text.as_bytes();
    if !bytes.is_empty() && bytes.len() <= 15 && bytes.iter().all(u8::is_ascii_digit) {
        let value = bytes
            .iter()
            .fold(0u64, |n, &b| n * 10 + u64::from(b - b'0'));
        return Some(value as f64);
    }
    // "1,220", "70,000": thousands grouped by commas where the document writes decimal points.
    let mut groups = text.split(',');
    let grouped_thousands = !decimal_comma
        && bytes.len() <= 19
        && groups
            .next()
            .is_some_and(|g| (1..=3).contains(&g.len()) && g.bytes().all(|b| b.is_ascii_digit()))
        && groups.clone().next().is_some()
        && groups.all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()));
    if grouped_thousands {
        let value = bytes
            .iter()
            .filter(|b| b.is_ascii_digit())
            .fold(0u64, |n, &b| n * 10 + u64::from(b - b'0'));
        return Some(value as f64);
    }
    if !decimal_comma
        && bytes.iter().all(|&b| b.is_ascii_digit() || b == b'.')
        && bytes.iter().filter(|&&b| b == b'.').count() == 1
    {
        let value: f64 = text.parse().ok()?;
        return value.is_finite().then_some(value);
    }
    let cleaned: String = text
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}'))
        .collect();
    let commas = cleaned.matches(',').count();
    let dots = cleaned.matches('.').count();
    let groups_of_three = |sep: char| {
        let mut parts = cleaned.split(sep);
        let first = parts.next().unwrap_or("");
        !first.is_empty()
            && first.len() <= 3
            && parts.all(|p| p.len() == 3 && p.chars().all(|c| c.is_ascii_digit()))
    };
    let normal: String = if commas > 0 && dots > 0 {
        // Whichever comes last is the decimal mark: "1,234.5" or "1.234,5".
        let last_comma = cleaned.rfind(',').unwrap_or(0);
        let last_dot = cleaned.rfind('.').unwrap_or(0);
        if last_dot > last_comma {
            cleaned.replace(',', "")
        } else {
            cleaned.replace('.', "").replace(',', ".")
        }
    } else if commas > 0 {
        let decimal = commas == 1 && (decimal_comma || !groups_of_three(','));
        if decimal {
            cleaned.replace(',', ".")
        } else {
            cleaned.replace(',', "")
        }
    } else if (dots > 1 || (dots == 1 && decimal_comma)) && groups_of_three('.') {
        // "1.234.567", or "1.234" where the document writes decimal commas.
        cleaned.replace('.', "")
    } else {
        cleaned
    };
    let value: f64 = normal.parse().ok()?;
    value.is_finite().then_some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_read_with_english_and_continental_grouping() {
        assert_eq!(parse_digits("1,220", false), Some(1220.0));
        assert_eq!(parse_digits("5.5", false), Some(5.5));
        assert_eq!(parse_digits("1.234.567", false), Some(1234567.0));
        assert_eq!(parse_digits("3,1", true), Some(3.1));
        assert_eq!(parse_digits("12,5", false), Some(12.5));
        assert_eq!(parse_digits("1\u{a0}456", true), Some(1456.0));
        assert_eq!(parse_digits("1.234,5", true), Some(1234.5));
    }

    #[test]
    fn number_words_add_up() {
        assert_eq!(number_words(&["thirty", "one"]), Some(31.0));
        assert_eq!(number_words(&["one", "hundred", "twenty"]), Some(120.0));
        assert_eq!(number_words(&["two", "thousand"]), Some(2000.0));
        assert_eq!(number_words(&["seventy"]), Some(70.0));
        assert_eq!(number_words(&["types"]), None);
    }

    #[test]
    fn the_first_look_lets_every_figure_word_through_in_any_case() {
        let words = SMALL_NUMBERS
            .iter()
            .map(|(w, _)| *w)
            .chain(FRACTIONS.iter().map(|(w, _)| *w))
            .chain(MULTIPLIERS.iter().map(|(w, _)| *w))
            .chain(["twice"]);
        for word in words {
            // Every pattern of capitals over the word's letters.
            for capitals in 0u32..1 << word.len() {
                let cased: String = word
                    .chars()
                    .enumerate()
                    .map(|(k, c)| {
                        if capitals & (1 << k) != 0 {
                            c.to_ascii_uppercase()
                        } else {
                            c
                        }
                    })
                    .collect();
                assert!(may_be_figure_word(&cased), "{cased}");
            }
        }
    }

    #[test]
    fn the_first_look_turns_common_words_away() {
        let common = [
            "the", "The", "this", "that", "their", "there", "these", "for", "from", "and", "total",
            "forces", "seats", "other", "percent",
        ];
        for word in common {
            assert!(!may_be_figure_word(word), "{word}");
        }
    }

    #[test]
    fn a_scaled_value_is_put_back_to_the_digits_written() {
        assert_eq!(tidy(4257.917 * 1e6), 4_257_917_000.0);
        assert_eq!(tidy(5.5), 5.5);
        assert_eq!(tidy(1.0 / 14.0), 1.0 / 14.0);
        assert_eq!(tidy(2.0 / 3.0 * 100.0), 2.0 / 3.0 * 100.0);
        assert_eq!(tidy(1.055 * 1e12), 1_055_000_000_000.0);
    }
}
