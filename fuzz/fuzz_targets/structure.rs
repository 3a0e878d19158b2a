//! Any text reflows, loses its chrome and gets an outline; every span stays inside the text.
#![no_main]

use dossier::SourceFormat;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let document =
            dossier::structure::assemble(dossier::load::text_blocks(text), SourceFormat::Text);
        for block in &document.blocks {
            assert!(document.text.get(block.span.range()).is_some());
        }
        for section in &document.sections {
            assert!(document.text.get(section.span.range()).is_some());
        }
    }
});
