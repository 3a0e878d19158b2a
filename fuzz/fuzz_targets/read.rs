//! The whole pipeline, as the app runs it, on any bytes named as HTML or as text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    for name in ["fuzz.html", "fuzz.txt"] {
        if let Ok(document) = dossier::read_bytes(Path::new(name), data) {
            assert!(document.text.is_char_boundary(document.text.len()));
        }
    }
});
