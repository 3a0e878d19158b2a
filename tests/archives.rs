//! Collections: folders, zips, tarballs and archives in archives, built at test time from
//! `../shared/corpus/` in a temporary folder, read the way the library panel and
//! `dossier extract` read them.

mod common;

use common::corpus;
use dossier::collection::{
    self, ArchiveFormat, Collection, CollectionKind, DocumentSummary, EntryKind, ErrorKind,
    IndexOptions, Indexed, Limits,
};
use dossier::export::TableFormat;
use dossier::{ArchiveError, Document};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::AtomicBool;
use zip::write::SimpleFileOptions;

// ---- building collections ------------------------------------------------------------------

/// The documents the collections are made of: the seed, the 19 development chapters and a few
/// real pages in other encodings and formats. `(name inside the collection, loose file)`.
fn corpus_documents() -> Vec<(String, PathBuf)> {
    let mut documents = common::report_documents();
    for name in [
        "bbc606-forum-post-cp1252.html",
        "naftemporiki-economy-rss-2006-iso88597.xml",
        "steeljis-snb22-3-datasheet-utf16.html",
        "wayback-2013-allworldstatistics-economicstats-bom.php",
        "ontario-refugees-safe-haven-report.txt",
    ] {
        documents.push((format!("real/{name}"), corpus(&format!("real/{name}"))));
    }
    documents
}

fn bytes_of(documents: &[(String, PathBuf)]) -> Vec<(String, Vec<u8>)> {
    documents
        .iter()
        .map(|(name, path)| (name.clone(), std::fs::read(path).expect("corpus file")))
        .collect()
}

fn deflated() -> SimpleFileOptions {
    SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated)
}

fn stored() -> SimpleFileOptions {
    SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored)
}

fn zip_bytes(entries: &[(String, Vec<u8>)], options: SimpleFileOptions) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, bytes) in entries {
        writer
            .start_file(name.as_str(), options)
            .expect("start file");
        writer.write_all(bytes).expect("write");
    }
    writer.finish().expect("finish").into_inner()
}

fn tar_gz_bytes(entries: &[(String, Vec<u8>)]) -> Vec<u8> {
    let encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    let mut builder = tar::Builder::new(encoder);
    for (name, bytes) in entries {
        let mut header = tar::Header::new_gnu();
        header.set_size(bytes.len() as u64);
        header.set_mode(0o644);
        header.set_cksum();
        builder
            .append_data(&mut header, name, bytes.as_slice())
            .expect("append");
    }
    builder.into_inner().expect("tar").finish().expect("gzip")
}

/// Writes `bytes` to `dir/name` and returns the path.
fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write");
    path
}

// ---- reading them -------------------------------------------------------------------------

struct Indexing {
    documents: Vec<(usize, Document)>,
    failures: Vec<ArchiveError>,
}

/// `dir/corpus.zip`: every corpus document, deflated.
fn corpus_zip(dir: &Path) -> PathBuf {
    write(
        dir,
        "corpus.zip",
        &zip_bytes(&bytes_of(&corpus_documents()), deflated()),
    )
}

fn index_whole(collection: &Collection) -> Indexing {
    let options = IndexOptions {
        keep_documents: true,
        threads: 2,
    };
    let mut indexing = Indexing {
        documents: Vec::new(),
        failures: Vec::new(),
    };
    let mut order = Vec::new();
    let report = collection::index(collection, &options, &AtomicBool::new(false), |item| {
        order.push(item.entry());
        match item {
            Indexed::Document(indexed) => {
                let entry = indexed.summary.entry;
                let document = indexed.document.expect("kept");
                indexing.documents.push((entry, *document));
            }
            Indexed::Failed { error, .. } => indexing.failures.push(error),
        }
    })
    .expect("indexes");
    assert!(
        order.windows(2).all(|w| w[0] < w[1]),
        "results come in entry order: {order:?}"
    );
    assert_eq!(
        order.len(),
        collection.document_count(),
        "one result per document"
    );
    assert_eq!(
        report.documents + report.failed,
        collection.document_count()
    );
    indexing
}

fn summaries(collection: &Collection) -> Vec<DocumentSummary> {
    let mut summaries = Vec::new();
    collection::index(
        collection,
        &IndexOptions::default(),
        &AtomicBool::new(false),
        |item| {
            if let Indexed::Document(indexed) = item {
                summaries.push(indexed.summary);
            }
        },
    )
    .expect("indexes");
    summaries
}

/// Every corpus document is in the collection under `prefix + name`, and reads exactly as the
/// loose file does.
fn assert_same_as_loose_files(collection: &Collection, prefix: &str) {
    let indexing = index_whole(collection);
    assert!(indexing.failures.is_empty(), "{:?}", indexing.failures);
    let expected = corpus_documents();
    assert_eq!(indexing.documents.len(), expected.len());
    for (name, loose_path) in expected {
        let path = format!("{prefix}{name}");
        let Some((entry, document)) = indexing.documents.iter().find(|(_, d)| d.path == path)
        else {
            panic!("{path} is not in the collection");
        };
        assert_eq!(collection.entries[*entry].path, path);
        assert_eq!(collection.entries[*entry].kind, EntryKind::Document);
        let loose = dossier::read_file(&loose_path).expect("loose file loads");
        assert_eq!(
            document.statistics, loose.statistics,
            "{path}: statistics differ"
        );
        assert_eq!(document.title, loose.title, "{path}");
        assert_eq!(document.date, loose.date, "{path}");
        assert_eq!(document.text, loose.text, "{path}");
        assert_eq!(document.sections, loose.sections, "{path}");
    }
}

fn dossier(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn arg(path: &Path) -> String {
    path.display().to_string()
}

// ---- the formats --------------------------------------------------------------------------

#[test]
fn a_zip_lists_every_document_with_the_figures_of_its_loose_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let zip = corpus_zip(dir.path());
    let collection = collection::list(&zip).expect("lists");
    assert_eq!(collection.kind, CollectionKind::Archive(ArchiveFormat::Zip));
    assert_eq!(collection.document_count(), corpus_documents().len());
    assert!(collection.warnings.is_empty(), "{:?}", collection.warnings);
    assert_same_as_loose_files(&collection, &format!("{}!/", zip.display()));
}

#[test]
fn a_tar_gz_lists_every_document_with_the_figures_of_its_loose_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let tgz = write(
        dir.path(),
        "corpus.tgz",
        &tar_gz_bytes(&bytes_of(&corpus_documents())),
    );
    let collection = collection::list(&tgz).expect("lists");
    assert_eq!(
        collection.kind,
        CollectionKind::Archive(ArchiveFormat::TarGz)
    );
    assert_same_as_loose_files(&collection, &format!("{}!/", tgz.display()));
}

#[test]
fn a_zip_inside_a_tar_gz_is_read_in_memory() {
    let dir = tempfile::tempdir().expect("temp dir");
    let inner = zip_bytes(&bytes_of(&corpus_documents()), deflated());
    let outer = tar_gz_bytes(&[("chapters/corpus.zip".to_owned(), inner)]);
    let tgz = write(dir.path(), "outer.tar.gz", &outer);
    let collection = collection::list(&tgz).expect("lists");
    let archive = &collection.entries[0];
    assert_eq!(archive.kind, EntryKind::Archive(ArchiveFormat::Zip));
    assert_eq!(archive.members, 1..collection.entries.len());
    assert_eq!(collection.entries[1].depth, 2);
    assert_eq!(collection.entries[1].parent, Some(0));
    assert_same_as_loose_files(
        &collection,
        &format!("{}!/chapters/corpus.zip!/", tgz.display()),
    );
    // Nothing was unpacked beside the archive.
    assert_eq!(std::fs::read_dir(dir.path()).expect("dir").count(), 1);
}

#[test]
fn a_folder_lists_every_document_in_name_order() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path().join("library");
    for (name, bytes) in bytes_of(&corpus_documents()) {
        let path = root.join(&name);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, bytes).expect("write");
    }
    std::fs::write(root.join("logo.png"), b"\x89PNG\r\n\x1a\n").expect("write");
    std::fs::write(root.join(".hidden.txt"), b"not listed").expect("write");
    let collection = collection::list(&root).expect("lists");
    assert_eq!(collection.kind, CollectionKind::Folder);
    let paths: Vec<&str> = collection.entries.iter().map(|e| e.path.as_str()).collect();
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted, "name order");
    assert!(paths.iter().all(|p| !p.contains(".hidden")));
    let logo = collection
        .entries
        .iter()
        .find(|e| e.name == "logo.png")
        .expect("logo listed");
    assert_eq!(logo.kind, EntryKind::Other);
    assert_same_as_loose_files(&collection, &format!("{}/", root.display()));
}

#[test]
fn a_gzipped_report_is_a_collection_of_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    let seed = std::fs::read(corpus("seed/hrnet-incsr-1996-kazakstan.txt")).expect("seed");
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(&seed).expect("gzip");
    // Named as nothing in particular: the content says what it is.
    let gz = write(dir.path(), "kz.bin", &encoder.finish().expect("gzip"));
    let collection = collection::list(&gz).expect("lists");
    assert_eq!(
        collection.kind,
        CollectionKind::Archive(ArchiveFormat::Gzip)
    );
    assert_eq!(collection.entries.len(), 1);
    assert_eq!(collection.entries[0].size_bytes, seed.len() as u64);
    let document = collection::read_entry(&collection, 0).expect("reads");
    assert_eq!(document.statistics.len(), 20);
    assert!(
        document.path.ends_with("kz.bin!/kz.bin"),
        "{}",
        document.path
    );
}

#[test]
fn an_archive_without_an_archive_name_inside_another_is_found_by_content() {
    let dir = tempfile::tempdir().expect("temp dir");
    let seed = std::fs::read(corpus("seed/hrnet-incsr-1996-kazakstan.txt")).expect("seed");
    let inner = zip_bytes(&[("kz.txt".to_owned(), seed)], deflated());
    let outer = zip_bytes(&[("bundle".to_owned(), inner)], stored());
    let zip = write(dir.path(), "outer.zip", &outer);
    let collection = collection::list(&zip).expect("lists");
    assert_eq!(
        collection.entries[0].kind,
        EntryKind::Archive(ArchiveFormat::Zip)
    );
    assert_eq!(
        collection.entries[1].path,
        format!("{}!/bundle!/kz.txt", zip.display())
    );
    let document = collection::read_entry(&collection, 1).expect("reads");
    assert_eq!(document.statistics.len(), 20);
}

// ---- the command line ---------------------------------------------------------------------

#[test]
fn extract_on_a_zip_prints_one_json_line_per_entry_with_bang_paths() {
    let dir = tempfile::tempdir().expect("temp dir");
    let zip = corpus_zip(dir.path());
    let out = dossier(&["extract", &arg(&zip), "--format", "json"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stderr.is_empty());
    let stdout = String::from_utf8(out.stdout).expect("utf-8");
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), corpus_documents().len());
    for (line, (name, loose)) in lines.iter().zip(corpus_documents()) {
        let json: serde_json::Value = serde_json::from_str(line).expect("JSON");
        assert_eq!(json["path"], format!("{}!/{name}", zip.display()));
        let expected = dossier::read_file(&loose).expect("loose");
        assert_eq!(
            json["statistics"].as_array().map(Vec::len),
            Some(expected.statistics.len())
        );
    }
}

#[test]
fn extract_tsv_prints_one_table_with_a_document_column_for_archives_and_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    let zip = corpus_zip(dir.path());
    let seed = corpus("seed/hrnet-incsr-1996-kazakstan.txt");
    let out = dossier(&["extract", &arg(&seed), &arg(&zip), "--format", "tsv"]);
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout).expect("utf-8");
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines[0],
        "Document\tValue\tMax\tUnit\tQualifier\tKind\tWhat it measures\tSection\tAs written"
    );
    assert_eq!(
        lines.iter().filter(|l| l.starts_with("Document\t")).count(),
        1
    );
    let figures: usize = corpus_documents()
        .iter()
        .map(|(_, p)| dossier::read_file(p).expect("loose").statistics.len())
        .sum();
    assert_eq!(lines.len(), 1 + 20 + figures);
    assert!(lines[1].starts_with(&format!("{}\t6\t\tt\tover", seed.display())));
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with(&format!("{}!/incsr-dev/", zip.display())))
    );
}

#[test]
fn extract_exits_1_naming_an_unreadable_archive() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut broken = zip_bytes(&bytes_of(&corpus_documents()[..2]), deflated());
    broken.truncate(broken.len() - 30);
    let zip = write(dir.path(), "broken.zip", &broken);
    let seed = corpus("seed/hrnet-incsr-1996-kazakstan.txt");
    let out = dossier(&["extract", &arg(&zip), &arg(&seed)]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).expect("utf-8");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.starts_with(&format!("dossier: {}: ", zip.display())),
        "{stderr}"
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 1);
}

#[test]
fn extract_help_explains_warnings_inside_archives() {
    let out = dossier(&["extract", "--help"]);
    let stdout = String::from_utf8(out.stdout).expect("utf-8");
    assert!(stdout.contains("archive.zip!/inner/path.html"));
    assert!(stdout.contains("dossier: warning:") && stdout.contains("exit code stays 0"));
}

// ---- safety limits ------------------------------------------------------------------------

#[test]
fn a_corrupt_entry_is_refused_with_a_message_while_the_rest_loads() {
    let dir = tempfile::tempdir().expect("temp dir");
    let entries = bytes_of(&corpus_documents()[..4]);
    let mut bytes = zip_bytes(&entries, stored());
    // Flip bytes in the middle of the second member's data.
    let victim = &entries[1].1;
    let needle = &victim[victim.len() / 2..victim.len() / 2 + 40];
    let at = bytes
        .windows(needle.len())
        .position(|w| w == needle)
        .expect("member data is stored as is");
    for byte in &mut bytes[at..at + 8] {
        *byte ^= 0x55;
    }
    let zip = write(dir.path(), "damaged.zip", &bytes);
    let collection = collection::list(&zip).expect("the central directory is intact");
    let indexing = index_whole(&collection);
    assert_eq!(indexing.documents.len(), 3);
    assert_eq!(indexing.failures.len(), 1);
    let failure = &indexing.failures[0];
    assert_eq!(failure.entry.as_deref(), Some(entries[1].0.as_str()));
    assert!(matches!(failure.kind, ErrorKind::Corrupt(_)), "{failure}");

    let out = dossier(&["extract", &arg(&zip)]);
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8(out.stderr).expect("utf-8");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.starts_with(&format!(
            "dossier: warning: {}!/{}: is damaged",
            zip.display(),
            entries[1].0
        )),
        "{stderr}"
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 3);
}

#[test]
fn a_zip_bomb_is_refused_with_a_message_while_the_rest_loads() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("bomb.zip");
    {
        // 1 GiB of zeros, streamed through the writer a megabyte at a time.
        let file = std::fs::File::create(&path).expect("create");
        let mut writer = zip::ZipWriter::new(std::io::BufWriter::new(file));
        let seed = std::fs::read(corpus("seed/hrnet-incsr-1996-kazakstan.txt")).expect("seed");
        writer.start_file("kz.txt", deflated()).expect("start");
        writer.write_all(&seed).expect("write");
        let fast = deflated().compression_level(Some(1));
        writer.start_file("zeros.txt", fast).expect("start");
        let megabyte = vec![0u8; 1 << 20];
        for _ in 0..1024 {
            writer.write_all(&megabyte).expect("write");
        }
        writer.start_file("after.txt", deflated()).expect("start");
        writer.write_all(&seed).expect("write");
        writer.finish().expect("finish");
    }
    assert!(std::fs::metadata(&path).expect("size").len() < 8 << 20);
    let collection = collection::list(&path).expect("lists");
    let bomb = &collection.entries[1];
    assert_eq!(bomb.kind, EntryKind::Refused);
    let warning = collection
        .warnings_for(1)
        .next()
        .expect("a warning on the bomb");
    assert!(
        matches!(warning.kind, ErrorKind::CompressionRatio { .. }),
        "{warning}"
    );
    assert!(warning.to_string().contains("zip bomb"));
    let indexing = index_whole(&collection);
    assert_eq!(indexing.documents.len(), 2);

    let out = dossier(&["extract", &arg(&path), "--format", "tsv"]);
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8(out.stderr).expect("utf-8");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("zeros.txt") && stderr.contains("zip bomb"),
        "{stderr}"
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 1 + 40);
}

/// Sets the uncompressed size of every zip member named `name`, in its local header and in
/// the central directory, to `size`.
fn patch_declared_size(bytes: &mut [u8], name: &[u8], size: u32) {
    let mut patched = 0;
    for at in 0..bytes.len().saturating_sub(46) {
        let (signature, size_at, name_at) = match &bytes[at..at + 4] {
            b"PK\x03\x04" => ("local", 22, 30),
            b"PK\x01\x02" => ("central", 24, 46),
            _ => continue,
        };
        let _ = signature;
        if bytes.get(at + name_at..at + name_at + name.len()) == Some(name) {
            bytes[at + size_at..at + size_at + 4].copy_from_slice(&size.to_le_bytes());
            patched += 1;
        }
    }
    assert_eq!(patched, 2, "local and central headers");
}

#[test]
fn a_member_larger_than_its_header_declares_is_stopped_at_the_declared_size() {
    let dir = tempfile::tempdir().expect("temp dir");
    let seed = std::fs::read(corpus("seed/hrnet-incsr-1996-kazakstan.txt")).expect("seed");
    let entries = vec![
        ("liar.txt".to_owned(), vec![b'x'; 5 << 20]),
        ("kz.txt".to_owned(), seed),
    ];
    let mut bytes = zip_bytes(&entries, deflated());
    patch_declared_size(&mut bytes, b"liar.txt", 1000);
    let zip = write(dir.path(), "liar.zip", &bytes);
    let collection = collection::list(&zip).expect("lists");
    assert_eq!(collection.entries[0].size_bytes, 1000);
    let indexing = index_whole(&collection);
    assert_eq!(indexing.documents.len(), 1);
    let failure = &indexing.failures[0];
    assert!(
        matches!(
            failure.kind,
            ErrorKind::LargerThanDeclared { declared: 1000 }
        ),
        "{failure}"
    );
}

#[test]
fn a_gzip_stream_that_expands_too_much_is_stopped_and_what_came_before_stays() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("bomb.tar.gz");
    {
        let file = std::io::BufWriter::new(std::fs::File::create(&path).expect("create"));
        let encoder = flate2::write::GzEncoder::new(file, flate2::Compression::fast());
        let mut builder = tar::Builder::new(encoder);
        let seed = std::fs::read(corpus("seed/hrnet-incsr-1996-kazakstan.txt")).expect("seed");
        let mut header = tar::Header::new_gnu();
        header.set_size(seed.len() as u64);
        header.set_cksum();
        builder
            .append_data(&mut header, "kz.txt", seed.as_slice())
            .expect("append");
        let zeros_bytes: u64 = 64 << 20;
        let mut header = tar::Header::new_gnu();
        header.set_size(zeros_bytes);
        header.set_cksum();
        builder
            .append_data(
                &mut header,
                "zeros.txt",
                std::io::repeat(0).take(zeros_bytes),
            )
            .expect("append");
        builder.into_inner().expect("tar").finish().expect("gzip");
    }
    let collection = collection::list(&path).expect("lists");
    assert_eq!(collection.entries[0].kind, EntryKind::Document);
    let warning = collection
        .warnings
        .iter()
        .find(|w| matches!(w.kind, ErrorKind::CompressionRatio { .. }))
        .expect("the stream is stopped as a bomb");
    assert!(warning.to_string().contains("zip bomb"), "{warning}");
    let indexing = index_whole(&collection);
    assert_eq!(indexing.documents.len(), 1);
}

#[test]
fn path_traversal_and_control_character_names_are_escaped_and_only_shown() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = b"A report of 5,000 tons of opium.\n".to_vec();
    let entries = vec![
        ("../../escape.txt".to_owned(), text.clone()),
        ("/etc/absolute.txt".to_owned(), text.clone()),
        ("red\u{1b}[31m\nforged line.txt".to_owned(), text.clone()),
    ];
    let zip = write(dir.path(), "names.zip", &zip_bytes(&entries, deflated()));
    let collection = collection::list(&zip).expect("lists");
    assert_eq!(collection.document_count(), 3);
    let names: Vec<&str> = collection.entries.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "../../escape.txt",
            "/etc/absolute.txt",
            "red\\u{1b}[31m\\u{a}forged line.txt"
        ]
    );
    for entry in &collection.entries {
        assert!(
            !entry.path.chars().any(char::is_control),
            "{:?}",
            entry.path
        );
    }
    let unsafe_names: Vec<usize> = collection
        .warnings
        .iter()
        .filter(|w| matches!(w.kind, ErrorKind::UnsafeName(_)))
        .filter_map(|w| w.index)
        .collect();
    assert_eq!(unsafe_names, [0, 1]);
    assert!(
        collection
            .warnings
            .iter()
            .all(|w| !w.to_string().contains('\n'))
    );
    // Read, but nothing was written anywhere.
    assert_eq!(index_whole(&collection).documents.len(), 3);
    assert_eq!(std::fs::read_dir(dir.path()).expect("dir").count(), 1);
    assert!(!dir.path().join("../../escape.txt").exists());
}

#[test]
fn more_than_100000_entries_are_refused_with_one_message() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("many.zip");
    {
        let file = std::fs::File::create(&path).expect("create");
        let mut writer = zip::ZipWriter::new(std::io::BufWriter::new(file));
        for i in 0..100_001 {
            writer
                .start_file(format!("{i}.txt"), stored())
                .expect("start");
            writer.write_all(b"x").expect("write");
        }
        writer.finish().expect("finish");
    }
    let error = collection::list(&path).expect_err("refused");
    assert!(
        matches!(error.kind, ErrorKind::TooManyEntries { limit: 100_000 }),
        "{error}"
    );
    assert_eq!(
        error.to_string(),
        format!(
            "{}: has more than 100000 entries; Dossier refuses collections this large",
            path.display()
        )
    );
}

#[test]
fn an_archive_over_the_entry_limit_inside_another_is_refused_alone() {
    let dir = tempfile::tempdir().expect("temp dir");
    let small: Vec<(String, Vec<u8>)> = (0..20)
        .map(|i| (format!("{i}.txt"), b"x".to_vec()))
        .collect();
    let mut outer = bytes_of(&corpus_documents()[..2]);
    outer.insert(1, ("many.tar.gz".to_owned(), tar_gz_bytes(&small)));
    let zip = write(dir.path(), "outer.zip", &zip_bytes(&outer, deflated()));
    let limits = Limits {
        max_entries: 10,
        ..Limits::default()
    };
    let collection = collection::list_with(&zip, limits).expect("lists");
    assert_eq!(collection.entries.len(), 3);
    assert_eq!(collection.entries[1].kind, EntryKind::Refused);
    let warning = collection.warnings_for(1).next().expect("warning");
    assert!(
        matches!(warning.kind, ErrorKind::TooManyEntries { limit: 10 }),
        "{warning}"
    );
    assert_eq!(index_whole(&collection).documents.len(), 2);
}

#[test]
fn archives_nested_deeper_than_the_limit_are_not_opened() {
    let dir = tempfile::tempdir().expect("temp dir");
    let seed = std::fs::read(corpus("seed/hrnet-incsr-1996-kazakstan.txt")).expect("seed");
    let mut bytes = zip_bytes(&[("kz.txt".to_owned(), seed.clone())], deflated());
    for level in (1..=5).rev() {
        bytes = zip_bytes(
            &[
                ("kz.txt".to_owned(), seed.clone()),
                (format!("level{level}.zip"), bytes),
            ],
            deflated(),
        );
    }
    let zip = write(dir.path(), "deep.zip", &bytes);
    let collection = collection::list(&zip).expect("lists");
    let refused: Vec<&str> = collection
        .entries
        .iter()
        .filter(|e| e.kind == EntryKind::Refused)
        .map(|e| e.name.as_str())
        .collect();
    assert_eq!(refused, ["level4.zip"]);
    assert!(
        collection
            .warnings
            .iter()
            .any(|w| matches!(w.kind, ErrorKind::TooDeep { limit: 4 }))
    );
    assert_eq!(collection.document_count(), 4);
    assert_eq!(index_whole(&collection).documents.len(), 4);
}

#[test]
fn an_encrypted_entry_is_refused_while_the_rest_loads() {
    let dir = tempfile::tempdir().expect("temp dir");
    let entries = bytes_of(&corpus_documents()[..3]);
    let mut bytes = zip_bytes(&entries, stored());
    // Set the "encrypted" flag of the second member in both of its headers.
    let name = entries[1].0.as_bytes();
    for at in 0..bytes.len() - 46 {
        let (flags_at, name_at) = match &bytes[at..at + 4] {
            b"PK\x03\x04" => (6, 30),
            b"PK\x01\x02" => (8, 46),
            _ => continue,
        };
        if bytes.get(at + name_at..at + name_at + name.len()) == Some(name) {
            bytes[at + flags_at] |= 1;
        }
    }
    let zip = write(dir.path(), "locked.zip", &bytes);
    let collection = collection::list(&zip).expect("lists");
    assert_eq!(collection.entries[1].kind, EntryKind::Refused);
    let warning = collection.warnings_for(1).next().expect("warning");
    assert!(matches!(warning.kind, ErrorKind::Encrypted), "{warning}");
    assert_eq!(index_whole(&collection).documents.len(), 2);
}

#[cfg(unix)]
#[test]
fn a_folder_with_a_symlink_loop_finishes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path().join("library");
    let sub = root.join("sub");
    std::fs::create_dir_all(&sub).expect("mkdir");
    std::fs::copy(
        corpus("seed/hrnet-incsr-1996-kazakstan.txt"),
        sub.join("kz.txt"),
    )
    .expect("copy");
    std::os::unix::fs::symlink("..", sub.join("loop")).expect("symlink");
    std::os::unix::fs::symlink(root.join("missing.txt"), root.join("dangling.txt"))
        .expect("symlink");
    let collection = collection::list(&root).expect("lists");
    assert_eq!(collection.document_count(), 1);
    assert!(
        collection
            .warnings
            .iter()
            .any(|w| matches!(w.kind, ErrorKind::SymlinkLoop { .. })),
        "{:?}",
        collection.warnings
    );
    // The unreadable file is listed, refused, and says why.
    let dangling = collection
        .entries
        .iter()
        .position(|e| e.name == "dangling.txt")
        .expect("listed");
    assert_eq!(collection.entries[dangling].kind, EntryKind::Refused);
    assert!(matches!(
        collection.warnings_for(dangling).next().map(|w| &w.kind),
        Some(ErrorKind::Io(_))
    ));
    assert_eq!(index_whole(&collection).documents.len(), 1);
}

// ---- the library: search, figures, compare ------------------------------------------------

fn dev_set_summaries() -> (tempfile::TempDir, Vec<DocumentSummary>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let documents: Vec<(String, PathBuf)> = corpus_documents().into_iter().take(20).collect();
    let zip = write(
        dir.path(),
        "incsr.zip",
        &zip_bytes(&bytes_of(&documents), deflated()),
    );
    let collection = collection::list(&zip).expect("lists");
    let summaries = summaries(&collection);
    assert_eq!(summaries.len(), 20);
    (dir, summaries)
}

#[test]
fn search_finds_hectares_of_cannabis_across_the_dev_set() {
    let (_dir, summaries) = dev_set_summaries();
    let results = collection::search(&summaries, "HECTARES of Cannabis", 100);
    assert_eq!(results.hits.len(), 2, "{:?}", results.hits);
    assert!(!results.truncated);
    for hit in &results.hits {
        assert!(hit.path.ends_with("!/seed/hrnet-incsr-1996-kazakstan.txt"));
        let document = summaries
            .iter()
            .find(|s| s.entry == hit.entry)
            .expect("document");
        assert_eq!(
            document.text[hit.span.range()].to_lowercase(),
            "hectares of cannabis"
        );
        assert_eq!(
            &hit.context[hit.context_hit.clone()],
            &document.text[hit.span.range()]
        );
        assert!(!hit.section.is_empty());
    }
    let heroin = collection::search(&summaries, "heroin", 1000);
    assert!(heroin.documents >= 5, "{}", heroin.documents);
    assert!(heroin.hits.iter().all(|h| !h.context.contains('\n')));
}

#[test]
fn the_all_figures_table_has_one_header_and_a_document_column() {
    let (_dir, summaries) = dev_set_summaries();
    let tsv = collection::figures_table(&summaries, TableFormat::Tsv);
    let figures: usize = summaries.iter().map(DocumentSummary::figure_count).sum();
    assert_eq!(tsv.lines().count(), 1 + figures);
    assert!(tsv.starts_with("Document\tValue\tMax\tUnit\t"));
    assert!(
        tsv.lines()
            .nth(1)
            .is_some_and(|l| l.contains("!/seed/hrnet-incsr-1996-kazakstan.txt\t"))
    );
}

#[test]
fn compare_returns_a_series_for_a_measure_that_occurs_in_several_chapters() {
    let (_dir, summaries) = dev_set_summaries();
    let measures = collection::measures(&summaries);
    let top = measures.first().expect("some measure");
    assert!(top.documents >= 2, "{measures:?}");
    let crimes = measures
        .iter()
        .find(|m| m.key.noun == "drug-related crime")
        .expect("drug-related crimes are counted in several chapters");
    assert!(crimes.documents >= 2, "{crimes:?}");
    let series = collection::series(&summaries, &crimes.key);
    assert_eq!(series.len(), crimes.figures);
    let subjects: std::collections::BTreeSet<&str> =
        series.iter().map(|p| p.subject.as_str()).collect();
    assert!(subjects.len() >= 2, "{series:?}");
    assert!(series.iter().all(|p| !p.date.is_empty()));
    let cannabis = measures
        .iter()
        .find(|m| m.label == "hectares of cannabis")
        .expect("hectares of cannabis");
    assert_eq!(cannabis.key.unit, "ha");
    let tsv = collection::series_table(&series, TableFormat::Tsv);
    assert_eq!(tsv.lines().count(), 1 + series.len());
    assert!(tsv.starts_with("Subject\tDate\tValue\t"));
}

#[test]
fn indexing_stops_when_cancelled() {
    let dir = tempfile::tempdir().expect("temp dir");
    let zip = corpus_zip(dir.path());
    let collection = collection::list(&zip).expect("lists");
    let cancel = AtomicBool::new(true);
    let mut delivered = 0;
    let report = collection::index(&collection, &IndexOptions::default(), &cancel, |_| {
        delivered += 1
    })
    .expect("a cancelled index is not an error");
    assert!(report.cancelled);
    assert_eq!(delivered, 0);
}

#[test]
fn one_document_of_a_tarball_opens_on_its_own() {
    let dir = tempfile::tempdir().expect("temp dir");
    let tgz = write(
        dir.path(),
        "corpus.tar.gz",
        &tar_gz_bytes(&bytes_of(&corpus_documents())),
    );
    let collection = collection::list(&tgz).expect("lists");
    let last = collection.entries.len() - 1;
    let document = collection::read_entry(&collection, last).expect("reads");
    let (name, loose) = corpus_documents().pop().expect("documents");
    assert_eq!(document.path, format!("{}!/{name}", tgz.display()));
    assert_eq!(
        document.statistics,
        dossier::read_file(&loose).expect("loose").statistics
    );
}

#[test]
fn an_archive_that_changed_since_it_was_listed_says_so() {
    let dir = tempfile::tempdir().expect("temp dir");
    let documents = bytes_of(&corpus_documents()[..3]);
    let zip = write(dir.path(), "corpus.zip", &zip_bytes(&documents, deflated()));
    let collection = collection::list(&zip).expect("lists");
    let mut renamed = documents.clone();
    renamed[0].0 = "renamed.txt".to_owned();
    std::fs::write(&zip, zip_bytes(&renamed, deflated())).expect("rewrite");
    let error = collection::index(
        &collection,
        &IndexOptions::default(),
        &AtomicBool::new(false),
        |_| {},
    )
    .expect_err("changed");
    assert!(matches!(error.kind, ErrorKind::Changed), "{error}");
}
