//! Byte searches over raw pages (tags, comments, charset declarations), vectorised by
//! `memchr`: the decoder's prescan and the HTML reader's nesting limit share them.

/// Where `needle` first occurs in `haystack`.
pub fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(haystack, needle)
}

/// Where `needle` first occurs in `haystack`, ASCII case aside: candidates are found by
/// their first byte in either case (`memchr2`), then compared.
pub fn find_ignore_case(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    let (&first, _) = needle.split_first()?;
    let (lower, upper) = (first.to_ascii_lowercase(), first.to_ascii_uppercase());
    memchr::memchr2_iter(lower, upper, haystack).find(|&at| {
        haystack
            .get(at..at + needle.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(needle))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn needles_are_found_in_either_case() {
        assert_eq!(find(b"a <!-- b --> c", b"-->"), Some(9));
        assert_eq!(find_ignore_case(b"<META CharSet=x>", b"charset"), Some(6));
        assert_eq!(find_ignore_case(b"x </SCRIPT>", b"</script"), Some(2));
        assert_eq!(find_ignore_case(b"</scrip", b"</script"), None);
    }
}
