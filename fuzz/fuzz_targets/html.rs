//! Any text parses as HTML into blocks, with no panic and no stack overflow.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = dossier::load::html_blocks(text);
    }
});
