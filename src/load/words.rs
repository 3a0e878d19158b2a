//! An English word list, to tell a word a line's end broke in two ("com-" / "mercial") from a
//! compound broken at its hyphen ("drug-" / "related").
//!
//! The list is SCOWL's, as Debian's `wamerican` gives it (see `assets/english-words.LICENSE`):
//! its lower-case words of three letters or more, sorted, gzipped into the binary. It is
//! unpacked on first use: only a text that breaks words at its line ends asks.

use std::io::Read;
use std::sync::OnceLock;

static PACKED: &[u8] = include_bytes!("../../assets/english-words.txt.gz");

/// Whether `word` (lower-case) is an English word of the list. A PDF's ligatures ("ﬁ", "ﬂ")
/// are read as their letters.
pub fn is_english_word(word: &str) -> bool {
    if word.contains(['\u{fb00}', '\u{fb01}', '\u{fb02}', '\u{fb03}', '\u{fb04}']) {
        let spelled = word
            .replace('\u{fb00}', "ff")
            .replace('\u{fb01}', "fi")
            .replace('\u{fb02}', "fl")
            .replace('\u{fb03}', "ffi")
            .replace('\u{fb04}', "ffl");
        return in_the_list(&spelled);
    }
    in_the_list(word)
}

fn in_the_list(word: &str) -> bool {
    static TEXT: OnceLock<String> = OnceLock::new();
    static WORDS: OnceLock<Vec<&'static str>> = OnceLock::new();
    let words = WORDS.get_or_init(|| {
        let text = TEXT.get_or_init(|| {
            let mut text = String::new();
            // (A list that would not unpack is an empty list: no word is known.)
            if flate2::read::GzDecoder::new(PACKED)
                .read_to_string(&mut text)
                .is_err()
            {
                text.clear();
            }
            text
        });
        text.lines().collect()
    });
    words.binary_search(&word).is_ok()
}

#[cfg(test)]
mod tests {
    use super::is_english_word;

    #[test]
    fn the_list_unpacks_and_knows_words_and_not_syllables() {
        for word in ["commercial", "committee", "related", "trafficking", "cargo"] {
            assert!(is_english_word(word), "{word}");
        }
        for piece in ["mercial", "otropic", "tween", "drugrelated", "Commercial"] {
            assert!(!is_english_word(piece), "{piece}");
        }
    }
}
