//! Any bytes decode to NFC text without panicking.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let decoded = dossier::load::decode(data);
    assert!(!decoded.text.contains('\0'));
});
