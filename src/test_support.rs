//! Helpers for the crate's unit tests.

/// Every string of `lengths` characters over `alphabet`: the inputs on which a fast path is
/// compared with the slow reading it short-cuts.
pub fn every_string(alphabet: &[char], lengths: std::ops::RangeInclusive<u32>) -> Vec<String> {
    let mut strings = Vec::new();
    for length in lengths {
        for mut code in 0..alphabet.len().pow(length) {
            let mut s = String::new();
            for _ in 0..length {
                s.push(alphabet[code % alphabet.len()]);
                code /= alphabet.len();
            }
            strings.push(s);
        }
    }
    strings
}
