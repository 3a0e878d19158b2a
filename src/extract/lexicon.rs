//! Small word lists the extractor leans on to find where a noun phrase starts and ends.
//! Lists, not a tagger: reports are formal prose, and these few hundred words cover it.

use std::sync::OnceLock;

/// Words that end a noun phrase: prepositions, conjunctions, auxiliaries, pronouns.
const PHRASE_BREAKERS: &[&str] = &[
    // A cable's distribution mark, left inside a line of its text by a printout ("growth of
    // SIPDIS 12.8 percent").
    "sipdis",
    // "Morocco's $100 billion GDP once processed": a conjunction's clause follows.
    "once",
    // prepositions
    "in",
    "off",
    "on",
    "at",
    "by",
    "for",
    "from",
    "to",
    "with",
    "into",
    "over",
    "under",
    "through",
    "during",
    "since",
    "until",
    "within",
    "without",
    "between",
    "among",
    "against",
    "per",
    "via",
    "as",
    "than",
    "like",
    "about",
    "after",
    "before",
    "across",
    "along",
    "around",
    "toward",
    "towards",
    "upon",
    "above",
    "below",
    "beyond",
    "onto",
    "throughout",
    "compared",
    "versus",
    "vs",
    "including",
    "out",
    "plus",
    "minus",
    // conjunctions and relatives
    "and",
    "or",
    "but",
    "nor",
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "where",
    "when",
    "while",
    "whereas",
    "although",
    "though",
    "because",
    "if",
    "unless",
    "so",
    "yet",
    "then",
    "thus",
    // auxiliaries and copulas
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "am",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "will",
    "would",
    "can",
    "could",
    "may",
    "might",
    "must",
    "shall",
    "should",
    // determiners and pronouns (a new phrase starts)
    "the",
    "a",
    "an",
    "this",
    "these",
    "those",
    "it",
    "its",
    "they",
    "them",
    "their",
    "he",
    "she",
    "his",
    "her",
    "we",
    "our",
    "you",
    "your",
    "there",
    "here",
    "each",
    "every",
    "both",
    "either",
    "neither",
    "not",
    "no",
    "also",
    "only",
    "even",
    "still",
    "already",
    "just",
    "all",
    // common verbs of report prose
    "grow",
    "grows",
    "grew",
    "grown",
    "exist",
    "exists",
    "existed",
    "include",
    "includes",
    "cost",
    "costs",
    "sells",
    "fetches",
    "retails",
    "remain",
    "remains",
    "seem",
    "seems",
    "appear",
    "appears",
    "go",
    "goes",
    "went",
    "come",
    "comes",
    "came",
    "make",
    "makes",
    "take",
    "takes",
    "took",
    "taken",
    // "a goal of 800 hectares set out in the LOA": a verb, never the noun after a unit.
    "set",
    "get",
    "gets",
    "got",
    "become",
    "becomes",
    "became",
    "show",
    "shows",
    "indicate",
    "indicates",
    "live",
    "lives",
    "works",
    "die",
    "died",
    "dies",
    "say",
    "says",
    "said",
    "uses",
    "represent",
    "represents",
    "accounts",
    "reach",
    "reaches",
    "rose",
    "rises",
    "fell",
    "falls",
    "stood",
    "stand",
    "stands",
    "totalled",
    "totaled",
    "amounts",
    "continue",
    "continues",
    "leads",
    "led",
    "passes",
    "enter",
    "enters",
    "flows",
    "arrive",
    "arrives",
    "resulted",
    "resulting",
    "according",
    // verbs in -s that are seldom nouns ("cultivation covers 1,500 hectares")
    "covers",
    "ranges",
    "varies",
    "averages",
    "transits",
    "produces",
    "consumes",
    "receives",
    "provides",
    "requires",
    "involves",
    "contains",
    "exceeds",
    "lacks",
    "faces",
    "serves",
    "occurs",
    "operates",
    "plays",
    "holds",
    "becomes",
    "affects",
    "supplies",
    // measure words that follow a figure but are not what it measures
    "more",
    "less",
    "fewer",
    "most",
    "least",
    "larger",
    "smaller",
    "higher",
    "lower",
    "greater",
    "increase",
    "decrease",
    "rise",
    "drop",
    "decline",
    "growth",
    "reduction",
    "jump",
];

/// Words that start no noun phrase of their own and are skipped at its front.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "all", "its", "their", "his", "her", "this", "these", "those", "such", "any",
    "each", "every", "both", "our", "some", "those", "total", "whole", "entire",
];

/// Pronouns: a clause whose subject is one of these says nothing about what is measured.
const PRONOUNS: &[&str] = &[
    "it", "they", "this", "that", "these", "those", "he", "she", "we", "there", "which", "who",
    "one", "others", "some",
];

/// Verbs that link a subject to a figure: "the number is …", "crimes increased to …".
const LINKING_VERBS: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "increased",
    "decreased",
    "rose",
    "risen",
    "fell",
    "fallen",
    "grown",
    "soared",
    "surged",
    "peaked",
    "averaged",
    "valued",
    "reached",
    "totaled",
    "totalled",
    "numbered",
    "amounted",
    // "eradication covered 1,041 hectares", "the archipelago, which covers 100,000 square
    // nautical miles".
    "covered",
    "covers",
    "spans",
    "spanned",
    "stood",
    "grew",
    "dropped",
    "declined",
    // "cultivation was reduced 59 percent".
    "reduced",
    "exceeded",
    "doubled",
    "tripled",
    "climbed",
    "jumped",
    "cost",
    "costs",
    // "opium sells for $50 per kilogram".
    "sell",
    "sells",
    "sold",
    "fetches",
    "fetched",
    "retails",
    "retailed",
    // "production ranges between 960 and 2400 metric tons".
    "range",
    "ranges",
    "ranged",
    "equals",
    "equaled",
    "equalled",
    "represented",
    "represents",
    "accounted",
    "comprised",
    "estimated",
    "reported",
    "registered",
    // "cultivation is limited to 12,000 hectares", "losses were put at $5 million".
    "limited",
    "capped",
    "set",
    "fixed",
    "put",
    "pegged",
    "placed",
    "calculated",
    "assessed",
    "projected",
    "forecast",
    "budgeted",
    "constitute",
    "constituted",
    "climb",
    // "saw its acreage grow by 18 percent".
    "grow",
    "grows",
    "rise",
    "rises",
    "increase",
    "increases",
    "fall",
    "falls",
    "reach",
    "reaches",
    "total",
    "totals",
    "remain",
    "remains",
    "remained",
    "become",
    "became",
    "seems",
    "seemed",
    "appears",
    "appeared",
];

/// Little words that may stand between a linking verb and the figure: "increased to", "up".
const LINK_FILLERS: &[&str] = &[
    "to",
    // "sells for", "accounted for".
    "for",
    // "production increased from 100 metric tons to 115".
    "from",
    "at",
    "by",
    "up",
    "down",
    "nearly",
    "almost",
    "about",
    "only",
    "some",
    "be",
    "been",
    "now",
    "could",
    "would",
    "may",
    "might",
    "will",
    "can",
    "should",
    "must",
    "not",
    "also",
    "still",
    "reportedly",
    "currently",
    "already",
    "even",
    // "remained steady at 4,300 MT", "stayed stable at".
    "steady",
    "stable",
    "constant",
    "unchanged",
];

/// Words before a number that make it a label, not a figure: "Article 5", "page 12".
const LABEL_WORDS: &[&str] = &[
    "article",
    "articles",
    "section",
    "sections",
    "chapter",
    "chapters",
    "page",
    "pages",
    "paragraph",
    "paragraphs",
    "item",
    "items",
    "no",
    "nos",
    "number",
    "resolution",
    "phase",
    "level",
    "grade",
    "step",
    "part",
    "parts",
    "annex",
    "title",
    "rule",
    "table",
    "figure",
    "fig",
    "vol",
    "volume",
    "issue",
    "p",
    "pp",
    "route",
    "highway",
    "flight",
    "room",
    "box",
    "code",
    "category",
    "class",
    "size",
    "line",
    "lines",
    "exhibit",
    "schedule",
    "note",
    "notes",
    "appendix",
    "footnote",
    "version",
    "release",
    "tier",
    "stage",
    "model",
    "type",
    "form",
    "act",
    "law",
    // "P.L. 107-115", "Pub. L. 107-228": a U.S. public law's number.
    "p.l",
    "l",
    "decree",
    "order",
    "case",
    "file",
    "docket",
    "ref",
    "reference",
    "op",
    "ed",
    "edition",
    "session",
    "amendment",
    "sec",
    "art",
    "ch",
    "para",
    "§",
    "#",
    "zone",
    "district",
    "ward",
    "region",
    "unit",
    "building",
    "floor",
    "suite",
    "apartment",
];

/// A word list looked up by binary search on its sorted, lower-cased copy, made once: the
/// phrase finder asks these lists about nearly every word near a figure. The search runs
/// among the words of the same first byte only, ordered by length first so that most steps
/// compare two numbers, not two strings; a word longer than any listed is turned away before
/// it is lower-cased.
pub(super) struct WordSet {
    words: &'static [&'static str],
    sorted: OnceLock<SortedWords>,
}

struct SortedWords {
    words: Vec<String>,
    /// `words[start..end]` begin with byte `b` at `by_initial[b]`.
    by_initial: Vec<(usize, usize)>,
    longest: usize,
    /// Bit `n` of `lengths_by_initial[b]`: a listed word of `n` bytes (under 64) begins with
    /// ASCII byte `b`. Most words asked about are not listed; an ASCII one is mostly turned
    /// away by this bit alone, before it is searched for.
    lengths_by_initial: [u64; 128],
}

impl WordSet {
    pub(super) const fn new(words: &'static [&'static str]) -> Self {
        Self {
            words,
            sorted: OnceLock::new(),
        }
    }

    /// Whether `word` is listed, in any case.
    pub(super) fn contains(&self, word: &str) -> bool {
        let sorted = self.sorted.get_or_init(|| {
            let mut words: Vec<String> = self.words.iter().map(|w| w.to_lowercase()).collect();
            words.sort_unstable_by(|a, b| by_length_then_bytes(a, b));
            let mut by_initial = vec![(0, 0); 256];
            for (index, w) in words.iter().enumerate() {
                let Some(&initial) = w.as_bytes().first() else {
                    continue;
                };
                let range = &mut by_initial[usize::from(initial)];
                if range.1 == 0 {
                    range.0 = index;
                }
                range.1 = index + 1;
            }
            let longest = words.iter().map(String::len).max().unwrap_or(0);
            let mut lengths_by_initial = [0u64; 128];
            for w in &words {
                if let Some(&initial) = w.as_bytes().first()
                    && initial.is_ascii()
                    && w.len() < 64
                {
                    lengths_by_initial[usize::from(initial)] |= 1 << w.len();
                }
            }
            SortedWords {
                words,
                by_initial,
                longest,
                lengths_by_initial,
            }
        });
        // Lower-casing may lengthen a non-ASCII word: only ASCII is turned away by length.
        if word.is_empty() || (word.len() > sorted.longest && word.is_ascii()) {
            return false;
        }
        if word.is_ascii() {
            // An ASCII word is searched for as it stands, lower-cased byte by byte as it is
            // compared: no lower-cased copy is made.
            let initial = word.as_bytes()[0].to_ascii_lowercase();
            if word.len() < 64
                && sorted.lengths_by_initial[usize::from(initial)] & (1 << word.len()) == 0
            {
                return false;
            }
            let (start, end) = sorted.by_initial[usize::from(initial)];
            return sorted.words[start..end]
                .binary_search_by(|w| {
                    w.len().cmp(&word.len()).then_with(|| {
                        let lower = word.bytes().map(|b| b.to_ascii_lowercase());
                        w.bytes().cmp(lower)
                    })
                })
                .is_ok();
        }
        super::numbers::lowered(word, |lower| {
            let Some(&initial) = lower.as_bytes().first() else {
                return false;
            };
            let (start, end) = sorted.by_initial[usize::from(initial)];
            sorted.words[start..end]
                .binary_search_by(|w| by_length_then_bytes(w, lower))
                .is_ok()
        })
    }
}

/// An order of words by length, then by bytes: sorted so, a word list is searched mostly by
/// comparing lengths.
pub fn by_length_then_bytes(a: &str, b: &str) -> std::cmp::Ordering {
    a.len().cmp(&b.len()).then_with(|| a.cmp(b))
}

static BREAKERS: WordSet = WordSet::new(PHRASE_BREAKERS);
static DETERMINER_SET: WordSet = WordSet::new(DETERMINERS);
static PRONOUN_SET: WordSet = WordSet::new(PRONOUNS);
static LINKING_SET: WordSet = WordSet::new(LINKING_VERBS);
static FILLER_SET: WordSet = WordSet::new(LINK_FILLERS);
static LABEL_SET: WordSet = WordSet::new(LABEL_WORDS);
static ING_NOUN_SET: WordSet = WordSet::new(ING_NOUNS);
static CHANGE_VERB_SET: WordSet = WordSet::new(CHANGE_VERBS);

/// Verbs of a figure's change: "cultivation *fell* 8 percent", "seizures *rose* by a third".
const CHANGE_VERBS: &[&str] = &[
    "climbed",
    "declined",
    "decreased",
    "dipped",
    "doubled",
    "dropped",
    "fell",
    "grew",
    "increased",
    "jumped",
    "plummeted",
    "plunged",
    "rose",
    "shrank",
    "slipped",
    "soared",
    "surged",
    "tripled",
];

/// "rose", "fell", "declined": a verb saying by how much its subject changed.
pub fn is_change_verb(word: &str) -> bool {
    CHANGE_VERB_SET.contains(word)
}

pub fn breaks_phrase(word: &str) -> bool {
    BREAKERS.contains(word)
}

pub fn is_determiner(word: &str) -> bool {
    DETERMINER_SET.contains(word)
}

pub fn is_pronoun(word: &str) -> bool {
    PRONOUN_SET.contains(word)
}

pub fn is_linking_verb(word: &str) -> bool {
    LINKING_SET.contains(word)
}

/// Words that open another clause: a figure's rate is not looked for past them ("… heroin,
/// and each year", "… to officials who are replaced each year").
const CLAUSE_OPENERS: &[&str] = &[
    "and", "or", "but", "nor", "that", "which", "who", "whom", "whose", "while", "whereas",
    "where", "when", "because", "since", "although", "though", "than", "if", "unless", "until",
    "as", "compared", "whether", "so",
];

static CLAUSE_OPENER_SET: WordSet = WordSet::new(CLAUSE_OPENERS);

pub fn opens_clause(word: &str) -> bool {
    CLAUSE_OPENER_SET.contains(word)
}

pub fn is_link_filler(word: &str) -> bool {
    FILLER_SET.contains(word)
}

pub fn is_label_word(word: &str) -> bool {
    LABEL_SET.contains(word)
}

/// Words in -ing that are nouns in report prose ("money laundering cases", "multilateral
/// funding"); other -ing words after a noun start a clause ("heroin coming from").
const ING_NOUNS: &[&str] = &[
    "funding",
    "laundering",
    "trafficking",
    "smuggling",
    "training",
    "processing",
    "financing",
    "spending",
    "housing",
    "building",
    "planning",
    "manufacturing",
    "sentencing",
    "policing",
    "banking",
    "shipping",
    "counseling",
    "counselling",
    "screening",
    "testing",
    "monitoring",
    "reporting",
    "gambling",
    "dumping",
    "kidnapping",
    "bombing",
    "shooting",
    "killing",
    "poaching",
    "mining",
    "farming",
    "fishing",
    "logging",
    "lending",
    "dealing",
    "trading",
    "pricing",
    "marketing",
    "landing",
    "hearing",
    "meeting",
    "opening",
    "offending",
    "drinking",
    "cultivating",
    "spraying",
    "eradicating",
    "boarding",
    "packaging",
    "clothing",
    "heating",
    "lodging",
    "parking",
    "printing",
    "recycling",
    "schooling",
    "tracking",
    "warning",
    "wiring",
    // Nouns that only look like "-ing" forms: "a drug trafficking ring", "a sting operation".
    "ring",
    "sting",
    "string",
    "spring",
    "thing",
    "wing",
    "king",
    "evening",
    "morning",
    "ceiling",
    "offering",
    "beijing",
];

pub fn is_ing_noun(word: &str) -> bool {
    ING_NOUN_SET.contains(word)
}

/// Whether `word` ends in `suffix` (lower-case ASCII letters, no "k") in any case. A word's
/// lower-case form ends in such letters only where the word itself does — the one letter that
/// lower-cases into ASCII is the Kelvin sign, into "k" — so the words below are told by their
/// last bytes before any lower-cased look. Compared from the end: most words differ in their
/// last byte.
fn ends_in(word: &str, suffix: &str) -> bool {
    word.len() >= suffix.len()
        && (word.bytes().rev())
            .zip(suffix.bytes().rev())
            .all(|(w, s)| w.to_ascii_lowercase() == s)
}

/// "-ly" adverbs ("annually", "officially") end a phrase.
pub fn is_adverb(word: &str) -> bool {
    ends_in(word, "ly") && super::numbers::lowered(word, is_adverb_lower)
}

/// [`is_adverb`] of a word in lower case.
fn is_adverb_lower(lower: &str) -> bool {
    lower.len() > 4
        && lower.ends_with("ly")
        && !matches!(
            lower,
            "family" | "supply" | "italy" | "assembly" | "monopoly" | "july" | "rally" | "ally"
        )
}

/// A plural noun ("citizens", "crimes") rather than a word that merely ends in s.
pub fn looks_plural(word: &str) -> bool {
    (ends_in(word, "s") && super::numbers::lowered(word, looks_plural_lower))
        // The irregular plurals figures count most.
        || ["people", "men", "women"]
            .iter()
            .any(|plural| word.eq_ignore_ascii_case(plural))
}

/// [`looks_plural`] of a word in lower case.
fn looks_plural_lower(lower: &str) -> bool {
    lower.len() > 3
        && lower.ends_with('s')
        && !lower.ends_with("ss")
        && !lower.ends_with("us")
        && !lower.ends_with("is")
        && !lower.ends_with("'s")
        && !lower.ends_with("’s")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plain reading of a word list: a listed word, in any case.
    fn listed(words: &[&str], word: &str) -> bool {
        let lower = word.to_lowercase();
        words.iter().any(|w| w.to_lowercase() == lower)
    }

    /// The endings' quick refusals, by the last bytes, refuse only words whose lower-case
    /// form has not the ending: words of letters that lower-case to others (the Kelvin sign,
    /// the dotted capital I, the long s) included.
    #[test]
    fn adverbs_and_plurals_are_told_by_their_ending_as_in_lower_case() {
        let alphabet = ['l', 'Y', 'y', 's', 'S', 'a', '\u{212a}', 'İ', 'ſ', 'é'];
        for word in crate::test_support::every_string(&alphabet, 1..=6) {
            let lower = word.to_lowercase();
            assert_eq!(is_adverb(&word), is_adverb_lower(&lower), "{word:?}");
            assert_eq!(looks_plural(&word), looks_plural_lower(&lower), "{word:?}");
        }
    }

    /// The sets' quick refusals (by length, by initial and length) never refuse a listed word:
    /// each answers as its list does, for its words in any case, near misses of them, and
    /// every short string of a few letters.
    #[test]
    fn word_sets_answer_as_their_lists_do() {
        let sets: [(&WordSet, &[&str]); 8] = [
            (&BREAKERS, PHRASE_BREAKERS),
            (&DETERMINER_SET, DETERMINERS),
            (&PRONOUN_SET, PRONOUNS),
            (&LINKING_SET, LINKING_VERBS),
            (&FILLER_SET, LINK_FILLERS),
            (&LABEL_SET, LABEL_WORDS),
            (&ING_NOUN_SET, ING_NOUNS),
            (&CHANGE_VERB_SET, CHANGE_VERBS),
        ];
        let short = crate::test_support::every_string(&['a', 'e', 'o', 'n', 's', 'T', 'K'], 1..=3);
        for (set, words) in sets {
            let mut asked: Vec<String> = short.clone();
            for word in words {
                let mut capitalised = word.chars();
                let first = capitalised.next().map(|c| c.to_uppercase().to_string());
                asked.push((*word).to_owned());
                asked.push(word.to_uppercase());
                asked.push(first.unwrap_or_default() + capitalised.as_str());
                asked.push(format!("{word}s"));
                asked.push(word.chars().skip(1).collect());
                asked.push(word.chars().take(word.chars().count() - 1).collect());
            }
            for word in &asked {
                assert_eq!(set.contains(word), listed(words, word), "{word:?}");
            }
        }
    }
}
