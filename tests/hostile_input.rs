//! Hostile and broken input, generated at test time: each case ends in a clear error or a
//! usable document with a warning — never a panic, a hang or a stack overflow. Time and memory
//! growth are measured in `benches/pathological.rs`, not asserted here.

use dossier::{LoadError, SourceFormat, read_bytes, read_file};
use std::path::{Path, PathBuf};

fn named(name: &str) -> PathBuf {
    PathBuf::from(name)
}

/// A fresh folder for this test alone (tests run in parallel).
fn temp_dir(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dossier-hostile-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// Runs `f` on a thread with the default 2 MiB stack, as the app's loader thread does, so a
/// recursion that only survives on the main thread's 8 MiB stack is caught.
fn on_small_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(2 * 1024 * 1024)
        .spawn(f)
        .expect("spawn")
        .join()
        .expect("no panic and no stack overflow")
}

#[test]
fn an_empty_file_is_an_empty_document_with_a_warning() {
    let doc = read_bytes(&named("empty.txt"), b"").expect("loads");
    assert!(doc.text.is_empty());
    assert_eq!(doc.warnings, vec!["The file is empty.".to_owned()]);
}

#[test]
fn a_single_byte_is_a_document() {
    let doc = read_bytes(&named("one.txt"), b"x").expect("loads");
    assert_eq!(doc.text, "x");
}

#[test]
fn a_png_named_txt_is_refused_as_a_picture() {
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x02\0\0\0";
    let error = read_bytes(&named("photo.txt"), png).expect_err("not text");
    assert!(matches!(error, LoadError::NotText { .. }));
    assert_eq!(
        error.to_string(),
        "photo.txt: this is a PNG image, not a text or HTML report"
    );
}

#[test]
fn an_elf_program_named_txt_is_refused() {
    let mut elf = b"\x7fELF\x02\x01\x01\0".to_vec();
    elf.extend(std::iter::repeat_n(0u8, 4096));
    let error = read_bytes(&named("tool.txt"), &elf).expect_err("not text");
    assert!(error.to_string().contains("ELF"), "{error}");
}

#[test]
fn nul_bytes_throughout_are_refused_as_binary() {
    let error = read_bytes(&named("zeros.txt"), &[0u8; 10_000]).expect_err("binary");
    assert!(matches!(error, LoadError::NotText { .. }));
}

#[test]
fn random_bytes_never_panic() {
    // A fixed xorshift stream: the same "random" file on every run.
    let mut state = 0x2545_f491_4f6c_dd1du64;
    for size in [1usize, 7, 100, 4096, 100_000] {
        let bytes: Vec<u8> = (0..size)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                (state >> 24) as u8
            })
            .collect();
        let _ = read_bytes(&named("noise.bin"), &bytes);
    }
}

#[test]
fn invalid_utf8_is_read_with_replacements_and_a_warning() {
    let mut bytes = "The seizure totalled 1,220 kilograms of marijuana in 1995. "
        .repeat(20)
        .into_bytes();
    bytes.extend_from_slice(&[0xff, 0xfe, 0xc3]);
    bytes.extend_from_slice(b" And more text follows here.");
    let doc = read_bytes(&named("broken.txt"), &bytes).expect("loads");
    assert!(doc.text.contains("1,220 kilograms"));
    assert!(
        doc.statistics
            .iter()
            .any(|s| s.value == 1220.0 && s.unit == "kg")
    );
}

#[test]
fn utf16_without_a_bom_is_read_as_text() {
    let text = "Seizures included 1,220 kilograms of marijuana in Kazakstan in 1995.\n";
    let bytes: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let doc = read_bytes(&named("wide.txt"), &bytes).expect("loads");
    assert_eq!(doc.encoding, "utf-16le");
    assert!(doc.text.contains("1,220 kilograms"), "{:?}", doc.text);
}

#[test]
fn mixed_line_endings_give_the_same_paragraphs() {
    let doc = read_bytes(
        &named("mixed.txt"),
        b"I. Summary\r\n\r\nFirst paragraph here.\r\rII. Status\n\nSecond paragraph.\r\n",
    )
    .expect("loads");
    let titles: Vec<&str> = doc.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, vec!["I. Summary", "II. Status"]);
    assert!(!doc.text.contains('\r'));
}

#[test]
fn a_50_megabyte_single_line_loads() {
    let line = "word 12 ".repeat(50 * 1024 * 1024 / 8);
    let doc =
        on_small_stack(move || read_bytes(&named("line.txt"), line.as_bytes()).expect("loads"));
    assert_eq!(doc.format, SourceFormat::Text);
    assert!(doc.text.len() >= 50 * 1024 * 1024 - 8);
}

#[test]
fn a_million_one_word_lines_load() {
    let text = "word\n".repeat(1_000_000);
    let doc =
        on_small_stack(move || read_bytes(&named("lines.txt"), text.as_bytes()).expect("loads"));
    assert!(!doc.blocks.is_empty());
}

#[test]
fn html_nested_100000_deep_loads_on_a_small_stack() {
    let html = format!(
        "<html><body>{}<p>Deep inside: 42 tons.</p>{}</body></html>",
        "<div>".repeat(100_000),
        "</div>".repeat(100_000)
    );
    let doc =
        on_small_stack(move || read_bytes(&named("deep.html"), html.as_bytes()).expect("loads"));
    assert!(doc.text.contains("Deep inside"));
}

#[test]
fn markdown_quoted_and_listed_100000_deep_loads_on_a_small_stack() {
    // Each `>` and each indented `-` opens an element: the page it stands for nests as deep.
    let quoted = format!("# Deep\n\n{} Deep inside: 42 tons.\n", ">".repeat(100_000));
    let listed: String = (0..3_000)
        .map(|depth| format!("{}- item\n", "  ".repeat(depth)))
        .collect();
    let listed = format!("# Deep\n\n{listed}");
    let doc = on_small_stack(move || read_bytes(&named("quoted.md"), quoted.as_bytes()));
    assert_eq!(doc.expect("loads").text, "Deep\n\nDeep inside: 42 tons.");
    let doc = on_small_stack(move || read_bytes(&named("listed.md"), listed.as_bytes()));
    assert!(!doc.expect("loads").text.contains("- item"));
}

#[test]
fn a_table_of_10000_rows_by_100_columns_loads() {
    let mut html = String::from("<html><body><table>");
    for row in 0..10_000 {
        html.push_str("<tr>");
        for column in 0..100 {
            html.push_str(&format!("<td>{}</td>", row * 100 + column));
        }
        html.push_str("</tr>");
    }
    html.push_str("</table></body></html>");
    let doc =
        on_small_stack(move || read_bytes(&named("table.html"), html.as_bytes()).expect("loads"));
    assert!(doc.text.len() > 100_000);
}

#[test]
fn a_number_with_ten_thousand_digits_is_not_a_figure() {
    let text = format!("The total was {} tons of opium.", "9".repeat(10_000));
    let doc = read_bytes(&named("huge.txt"), text.as_bytes()).expect("loads");
    assert!(doc.statistics.iter().all(|s| s.value.is_finite()));
}

#[test]
fn runs_of_comma_separated_numbers_load() {
    let run: Vec<String> = (1..=20_000).map(|n| n.to_string()).collect();
    let text = format!("The sequence {} ends here.", run.join(","));
    let doc = read_bytes(&named("run.txt"), text.as_bytes()).expect("loads");
    assert!(doc.statistics.iter().all(|s| s.value.is_finite()));
}

#[test]
fn a_two_gigabyte_sparse_file_is_refused_by_its_size_without_reading_it() {
    let dir = temp_dir("sparse");
    let path = dir.join("huge.txt");
    let file = std::fs::File::create(&path).expect("create");
    file.set_len(2 * 1024 * 1024 * 1024).expect("sparse length");
    drop(file);
    let error = read_file(&path).expect_err("too large");
    assert!(matches!(error, LoadError::TooLarge { .. }), "{error}");
    assert!(error.to_string().contains("huge.txt"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_missing_file_says_it_cannot_be_read() {
    let path = Path::new("/nonexistent/dossier/deleted-between-listing-and-reading.txt");
    let error = read_file(path).expect_err("missing");
    assert!(matches!(error, LoadError::Io { .. }));
    assert!(error.to_string().starts_with(
        "/nonexistent/dossier/deleted-between-listing-and-reading.txt: cannot read the file"
    ));
}

#[test]
fn a_file_without_read_permission_says_so() {
    use std::os::unix::fs::PermissionsExt;
    let dir = temp_dir("unreadable");
    let path = dir.join("secret.txt");
    std::fs::write(&path, "text").expect("write");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    // Root reads anything: there the case cannot arise, and the check is skipped.
    if std::fs::read(&path).is_err() {
        let error = read_file(&path).expect_err("unreadable");
        assert!(error.to_string().contains("Permission denied"), "{error}");
    }
    let _ = std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_folder_is_not_a_file() {
    let dir = temp_dir("folder");
    let error = read_file(&dir).expect_err("a folder");
    assert!(matches!(error, LoadError::IsFolder { .. }));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn opened_files_are_never_modified() {
    let dir = temp_dir("untouched");
    let path = dir.join("report.txt");
    std::fs::write(
        &path,
        "I. Summary\n\nOver six tons of illegal narcotics were seized.\n",
    )
    .expect("write");
    let before = (
        std::fs::read(&path).expect("read"),
        std::fs::metadata(&path)
            .and_then(|m| m.modified())
            .expect("mtime"),
    );
    let _ = read_file(&path).expect("loads");
    let after = (
        std::fs::read(&path).expect("read"),
        std::fs::metadata(&path)
            .and_then(|m| m.modified())
            .expect("mtime"),
    );
    assert_eq!(before, after);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_folder_of_100001_files_is_refused_with_one_message_and_quickly() {
    let dir = temp_dir("many-files");
    for i in 0..100_001 {
        std::fs::File::create(dir.join(format!("{i:06}.txt"))).expect("create");
    }
    let outcome = dossier::collection::list(&dir);
    let message = match outcome {
        Err(error) => error.to_string(),
        Ok(collection) => collection
            .warnings
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n"),
    };
    assert!(
        message.contains("100000") || message.contains("100,000"),
        "{message}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn names_sharing_a_first_byte_and_huge_counts_of_quarters_read_without_a_panic() {
    // "Zarçan" and "Zaré" share the bytes up to inside their non-ASCII letters; a count of
    // quarters that would overflow when made months.
    let text = "I. Summary\n\nZarçan is a transit country. Zarçan police seized 3 tons. Zarçan \
                cooperates with Zaré, and Zaré with Zarçan. In the first 2000000000 quarters of \
                2005 seizures rose.\n";
    let doc = dossier::read_bytes(&named("names.txt"), text.as_bytes()).expect("reads");
    assert_eq!(doc.subject, "Zarçan");
    assert!(
        doc.dates.iter().all(|d| d.value == "2005"),
        "{:?}",
        doc.dates
    );
}

#[test]
fn markdown_listed_a_million_deep_and_a_leading_rule_without_front_matter_read_whole() {
    // Two bytes a level: flattened past a depth no report nests to, not 10 s of parsing.
    let md = format!("# Deep\n\n{}a 42 tons\n", "- ".repeat(1_000_000));
    let doc = on_small_stack(move || read_bytes(&named("deep.md"), md.as_bytes()));
    assert!(doc.expect("loads").text.contains("a 42 tons"));
    // A rule of dashes over text that is no "key: value" front matter loses none of it.
    let doc = read_bytes(
        &named("rule.md"),
        b"---\nU.S. Department of State\nGermany is a transit country.\n...\nThe rest.\n",
    )
    .expect("loads");
    assert!(
        doc.text.contains("Germany is a transit country."),
        "{}",
        doc.text
    );
}
