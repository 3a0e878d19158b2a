//! Any bytes, saved as a file named like an archive, list and index without a panic: the
//! zip, tar and gzip readers and the safety limits together.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::atomic::AtomicBool;

fuzz_target!(|data: &[u8]| {
    let dir = std::env::temp_dir().join(format!("dossier-fuzz-archive-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    for name in ["input.zip", "input.tar.gz"] {
        let path = dir.join(name);
        if std::fs::write(&path, data).is_err() {
            return;
        }
        if let Ok(collection) = dossier::collection::list(&path) {
            let options = dossier::collection::IndexOptions {
                keep_documents: false,
                threads: 1,
            };
            let _ =
                dossier::collection::index(&collection, &options, &AtomicBool::new(false), |_| {});
        }
    }
});
