//! Any paragraph yields figures and dates whose spans are inside the text and whose values are
//! finite.
#![no_main]

use dossier::{Block, BlockKind, Document, Span};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut document = Document {
        text: text.to_owned(),
        blocks: vec![Block {
            kind: BlockKind::Paragraph,
            level: 0,
            span: Span::new(0, text.len()),
        }],
        ..Document::default()
    };
    dossier::extract::annotate(&mut document);
    for stat in &document.statistics {
        assert!(stat.value.is_finite());
        // The figure's words are read through its span: it must lie on character boundaries.
        assert!(document.text.get(stat.span.range()).is_some());
        assert!(document.text.get(stat.sentence_span.range()).is_some());
    }
    for date in &document.dates {
        assert!(document.text.get(date.span.range()).is_some());
    }
});
