//! Libraries driven end to end through `egui_kittest`: zips and folders built at test time from
//! `../shared/corpus/` (the 19 development chapters and the seed), opened the way a drop or the
//! Open dialogs open them, indexed by the real engine, searched, tabulated and compared.

mod common;
mod ui_support;

use dossier::app::DossierApp;
use dossier::app::command::Command;
use dossier::app::dialogs::DialogAnswer;
use dossier::app::library::LibraryView;
use dossier::app::settings::{Settings, ThemeChoice};
use dossier::collection::{self, DocumentSummary, IndexOptions, Indexed, MeasureSummary};
use dossier::export::TableFormat;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use ui_support::*;

/// The loose files a collection is made of: `(name inside it, file)`, the seed first.
fn corpus_documents() -> Vec<(String, PathBuf)> {
    common::report_documents()
}

/// A zip of `entries` (name, bytes), deflated, at `dir/name`.
fn write_zip(dir: &Path, name: &str, entries: &[(String, Vec<u8>)]) -> PathBuf {
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (entry, bytes) in entries {
        writer.start_file(entry.as_str(), options).expect("start");
        writer.write_all(bytes).expect("write");
    }
    let bytes = writer.finish().expect("finish").into_inner();
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write the zip");
    path
}

fn corpus_bytes() -> Vec<(String, Vec<u8>)> {
    corpus_documents()
        .into_iter()
        .map(|(name, path)| (name, std::fs::read(path).expect("corpus file")))
        .collect()
}

/// The corpus as `dir/incsr.zip`.
fn corpus_zip(dir: &Path) -> PathBuf {
    write_zip(dir, "incsr.zip", &corpus_bytes())
}

/// What the engine alone makes of a collection: its summaries, in entry order.
fn engine_summaries(path: &Path) -> Vec<DocumentSummary> {
    let listed = collection::list(path).expect("lists");
    let mut summaries = Vec::new();
    let options = IndexOptions {
        keep_documents: false,
        threads: 1,
    };
    collection::index(&listed, &options, &AtomicBool::new(false), |item| {
        if let Indexed::Document(document) = item {
            summaries.push(document.summary);
        }
    })
    .expect("indexes");
    summaries
}

/// A tall window, so the documents table shows all twenty rows without scrolling.
fn tall_harness() -> (
    Harness<'static, DossierApp>,
    dossier::app::dialogs::ScriptedDialogs,
) {
    harness_with(
        egui::vec2(1400.0, 1000.0),
        Settings {
            theme: ThemeChoice::Light,
            ..Settings::default()
        },
    )
}

/// The corpus zipped as `incsr.zip` in a fresh folder for `test`, opened as a library in a
/// tall window; returns the harness, its dialogs and the zip.
fn open_corpus_zip(
    test: &str,
) -> (
    Harness<'static, DossierApp>,
    dossier::app::dialogs::ScriptedDialogs,
    PathBuf,
) {
    let zip = corpus_zip(&temp_dir(test));
    let (mut h, dialogs) = tall_harness();
    open_library(&mut h, &zip);
    (h, dialogs, zip)
}

/// Shows Compare and picks the measure stated by the most documents; returns it.
fn pick_top_measure(h: &mut Harness<'static, DossierApp>, zip: &Path) -> MeasureSummary {
    show_view(h, LibraryView::Compare);
    let measure = collection::measures(&engine_summaries(zip))
        .first()
        .expect("a measure")
        .clone();
    h.get_by_label_contains(&format!("Measure: {} (", measure.label))
        .click();
    h.run();
    measure
}

/// Opens `path` as a drop does and waits until it is indexed.
fn open_library(h: &mut Harness<'static, DossierApp>, path: &Path) {
    drop_files(h, &[path.to_owned()]);
    wait_for_loads(h);
    let library = h.state().active_library().expect("a library tab");
    assert!(!library.is_indexing());
}

/// Steps until the active tab is a loaded document (at most ten seconds), then one frame
/// more for the body to scroll; a flash is still on.
fn step_until_document_opens(h: &mut Harness<'static, DossierApp>) {
    for _ in 0..1000 {
        h.step();
        if h.state().active_tab().is_some() {
            h.step();
            h.step();
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("no document opened within ten seconds");
}

fn show_view(h: &mut Harness<'static, DossierApp>, view: LibraryView) {
    h.get_by_label(view.label()).click();
    h.run();
}

fn document_rows(h: &Harness<'static, DossierApp>) -> usize {
    h.query_all_by_label_contains("Document: ").count()
}

#[test]
fn an_archive_opens_as_a_library_listing_every_document_with_its_title() {
    let (h, _, zip) = open_corpus_zip("library-titles");

    let library = h.state().active_library().expect("a library");
    assert_eq!(library.documents.len(), 20, "19 chapters and the seed");
    assert!(library.failures.is_empty());
    assert_eq!(h.state().window_title(), "incsr.zip — Dossier");
    for (_, loose) in corpus_documents() {
        let document = dossier::read_file(&loose).expect("the loose file reads");
        let title = document.display_name();
        let rows = h.query_all_by_label(&format!("Document: {title}")).count();
        assert!(rows >= 1, "the library lists {title:?}");
    }
    assert_eq!(document_rows(&h), 20);
    assert!(
        h.state().settings.recent_files.contains(&zip),
        "the archive is a recent file"
    );
}

#[test]
fn the_filter_narrows_the_library_and_enter_opens_the_selected_document() {
    let (mut h, _, zip) = open_corpus_zip("library-filter");

    let field = h.get_by_label("Filter documents");
    field.focus();
    field.type_text("armenia");
    h.run();
    assert_eq!(document_rows(&h), 3, "armenia-1995, -1997 and -1998");

    let first = h
        .query_all_by_label_contains("Document: ")
        .next()
        .expect("a row")
        .accesskit_node()
        .label()
        .unwrap_or_default();
    click_row(&mut h, &first, Modifiers::NONE);
    press(&h, Modifiers::NONE, Key::Enter);
    wait_for_loads(&mut h);
    let tab = h
        .state()
        .active_tab()
        .expect("the document opened in a tab");
    assert!(
        tab.document
            .path
            .starts_with(&format!("{}!/incsr-dev/armenia", zip.display())),
        "{}",
        tab.document.path
    );
    assert_eq!(format!("Document: {}", tab.document.display_name()), first);
}

#[test]
fn a_folder_opens_from_the_open_folder_dialog_and_a_double_click_opens_a_document() {
    let dir = temp_dir("library-folder");
    let folder = dir.join("reports");
    std::fs::create_dir_all(folder.join("incsr-dev")).expect("folder");
    std::fs::create_dir_all(folder.join("seed")).expect("folder");
    for (name, bytes) in corpus_bytes() {
        std::fs::write(folder.join(name), bytes).expect("copy");
    }
    let (mut h, dialogs) = tall_harness();
    dialogs.answer_next(DialogAnswer::Open(vec![folder.clone()]));
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::ALT, Key::O);
    wait_for_loads(&mut h);
    assert_eq!(
        dialogs.requests(),
        [dossier::app::dialogs::DialogRequest::OpenFolder]
    );
    let library = h.state().active_library().expect("a library");
    assert_eq!(library.kind_label(), "Folder");
    assert_eq!(library.documents.len(), 20);

    let seed_title = dossier::read_file(&seed_path())
        .expect("seed")
        .display_name()
        .to_owned();
    let rect = h.get_by_label(&format!("Document: {seed_title}")).rect();
    let pos = egui::pos2(rect.left() + 30.0, rect.center().y);
    // The harness advances its clock a quarter second a frame, and spreads the clicks over
    // frames: allow it a slower double-click than a hand makes.
    h.ctx
        .options_mut(|o| o.input_options.max_double_click_delay = 2.0);
    h.event(egui::Event::PointerMoved(pos));
    h.step();
    for pressed in [true, false, true, false] {
        h.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        });
    }
    h.step();
    step_until_document_opens(&mut h);
    let tab = h.state().active_tab().expect("the seed opened");
    assert_eq!(tab.document.display_name(), seed_title);
    assert_eq!(tab.document.statistics.len(), 20);
}

#[test]
fn searching_hectares_and_clicking_a_hit_opens_the_document_scrolled_to_it() {
    let (mut h, _, zip) = open_corpus_zip("library-search");

    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::F);
    h.run();
    assert_eq!(
        h.state().active_library().map(|l| l.view),
        Some(LibraryView::Search)
    );
    h.get_by_label("Search the library").type_text("hectares");
    h.run();

    let expected = collection::search(&engine_summaries(&zip), "hectares", 100);
    assert!(!expected.hits.is_empty());
    let library = h.state().active_library().expect("a library");
    assert_eq!(library.search.results, expected);
    assert_eq!(
        h.query_all_by_label_contains("Search hit ").count(),
        expected.hits.len()
    );
    assert_eq!(
        library.search.status(),
        format!("{} hits in 1 document", expected.hits.len()),
        "only the seed grows cannabis by the hectare"
    );

    let hit = expected.hits.last().expect("a hit").clone();
    let label = format!("Search hit {}:", expected.hits.len());
    h.get_by_label_contains(&label).click();
    step_until_document_opens(&mut h);
    let tab = h
        .state()
        .active_tab()
        .expect("the document opened in a tab");
    assert_eq!(tab.document.path, hit.path);
    assert_eq!(
        &tab.document.text[hit.span.range()].to_lowercase(),
        "hectares"
    );
    assert_eq!(tab.body.flash.map(|(span, _)| span), Some(hit.span));
    assert!(tab.body.scroll_offset_px > 100.0, "the body scrolled down");
    assert_offset_on_screen(tab, hit.span.start, "the hit");
}

#[test]
fn enter_in_the_search_field_opens_the_first_hit_and_arrows_pick_another() {
    let (mut h, _, zip) = open_corpus_zip("library-search-keys");
    h.key_press_modifiers(Modifiers::COMMAND, Key::F);
    h.run();
    h.get_by_label("Search the library").type_text("hectares");
    h.run();
    let expected = collection::search(&engine_summaries(&zip), "hectares", 100);
    press(&h, Modifiers::NONE, Key::Enter);
    step_until_document_opens(&mut h);
    let first = expected.hits.first().expect("a hit");
    let tab = h.state().active_tab().expect("the document opened");
    assert_eq!(tab.body.flash.map(|(span, _)| span), Some(first.span));

    // Back in the library, Down picks the next hit and Enter opens it there.
    run_command(&mut h, Command::SelectTab(0));
    press(&h, Modifiers::NONE, Key::ArrowDown);
    h.run();
    press(&h, Modifiers::NONE, Key::Enter);
    h.step();
    h.step();
    let second = expected.hits.get(1).expect("a second hit");
    let tab = h
        .state()
        .active_tab()
        .expect("the same document, at the second hit");
    assert_eq!(tab.body.flash.map(|(span, _)| span), Some(second.span));
}

#[test]
fn the_all_figures_table_holds_every_statistic_and_copies_the_engines_table() {
    let (mut h, _, zip) = open_corpus_zip("library-figures");
    show_view(&mut h, LibraryView::Figures);

    let loose_total: usize = corpus_documents()
        .iter()
        .map(|(_, p)| dossier::read_file(p).expect("reads").statistics.len())
        .sum();
    let library = h.state().active_library().expect("a library");
    assert_eq!(library.figure_rows.len(), loose_total);
    assert!(
        h.query_by_label_contains(&format!("{loose_total} of {loose_total} figures"))
            .is_some(),
        "the caption counts every figure"
    );

    press(&h, Modifiers::COMMAND | Modifiers::SHIFT, Key::C);
    let copied = step_until_copied(&mut h).expect("Ctrl+Shift+C copied something");
    let expected = collection::figures_table(&engine_summaries(&zip), TableFormat::Tsv);
    assert_eq!(copied, expected, "exactly the engine's all-figures table");
    assert_eq!(copied.lines().count(), loose_total + 1);
    assert!(copied.starts_with("Document\tValue\tMax\tUnit"));

    // Two rows selected and Ctrl+C: those rows, with the header.
    let labels: Vec<String> = h
        .query_all_by_label_contains("Figure ")
        .filter_map(|n| n.accesskit_node().label())
        .take(3)
        .collect();
    click_row(&mut h, &labels[0], Modifiers::NONE);
    click_row(&mut h, &labels[2], Modifiers::SHIFT);
    h.event(egui::Event::Copy);
    let copied = step_until_copied(&mut h).expect("Ctrl+C copied something");
    let lines: Vec<&str> = expected.lines().collect();
    assert_eq!(copied, format!("{}\n", lines[..4].join("\n")));
}

#[test]
fn export_writes_the_all_figures_table_in_the_format_of_the_file_name() {
    let (mut h, dialogs, zip) = open_corpus_zip("library-export");
    let target = zip.with_file_name("figures.tsv");
    dialogs.answer_next(DialogAnswer::Export {
        tab_id: 0,
        path: target.clone(),
    });
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run();
    let written = std::fs::read_to_string(&target).expect("the export was written");
    assert_eq!(
        written,
        collection::figures_table(&engine_summaries(&zip), TableFormat::Tsv)
    );
    assert!(matches!(
        dialogs.requests().as_slice(),
        [dossier::app::dialogs::DialogRequest::Export { suggested_name, .. }]
            if suggested_name == "incsr-figures.csv"
    ));
}

#[test]
fn compare_charts_a_measure_across_documents_and_copies_its_table_and_chart() {
    let (mut h, _, zip) = open_corpus_zip("library-compare");
    let measure = pick_top_measure(&mut h, &zip);
    assert!(measure.documents > 1, "the top measure spans documents");

    let points = collection::series(&engine_summaries(&zip), &measure.key);
    assert_eq!(
        h.query_all_by_label_contains("Compared figure: ").count(),
        points.len()
    );
    for point in &points {
        let label = format!(
            "Compared figure: {} {} {}",
            point.subject, point.date, point.text
        );
        let rows = h.query_all_by_label(&label).count();
        let expected = points
            .iter()
            .filter(|p| {
                (&p.subject, &p.date, &p.text) == (&point.subject, &point.date, &point.text)
            })
            .count();
        assert_eq!(rows, expected, "{label}");
    }
    assert!(
        h.query_by_label(&format!("Chart of {} by subject", measure.label))
            .is_some()
    );

    h.get_by_label("Copy table").click();
    let copied = step_until_copied(&mut h).expect("Copy table copied something");
    assert_eq!(copied, collection::series_table(&points, TableFormat::Tsv));

    h.get_by_label("By date").click();
    h.run();
    assert!(
        h.query_by_label(&format!("Chart of {} by date", measure.label))
            .is_some()
    );

    let ctx = h.ctx.clone();
    h.state_mut().execute(&ctx, Command::CopyChart);
    let mut image = None;
    for _ in 0..6 {
        h.step();
        image = h
            .output()
            .platform_output
            .commands
            .iter()
            .find_map(|c| match c {
                egui::OutputCommand::CopyImage(image) => Some(image.clone()),
                _ => None,
            });
        if image.is_some() {
            break;
        }
    }
    let image = image.expect("the chart was copied as an image");
    let rect = h
        .state()
        .active_library()
        .and_then(|l| l.compare.chart_rect)
        .expect("the chart's place");
    assert_eq!(image.size[0], rect.width().round() as usize);
    assert_eq!(image.size[1], rect.height().round() as usize);
}

#[test]
fn save_chart_writes_a_png_through_the_save_dialog() {
    let (mut h, dialogs, zip) = open_corpus_zip("library-save-chart");
    let target = zip.with_file_name("chart");
    pick_top_measure(&mut h, &zip);
    dialogs.answer_next(DialogAnswer::SaveChart(target.clone()));
    h.get_by_label("Save PNG…").click();
    h.run();
    let written = target.with_extension("png");
    let bytes = std::fs::read(&written).expect("the chart was saved");
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"));
    assert!(
        matches!(dialogs.requests().as_slice(), [dossier::app::dialogs::DialogRequest::SaveChart { suggested_name }] if suggested_name.ends_with(".png"))
    );
}

#[test]
fn a_zip_with_a_corrupt_entry_shows_its_warning_and_loads_the_rest() {
    let dir = temp_dir("library-corrupt");
    let entries: Vec<(String, Vec<u8>)> = corpus_bytes().into_iter().take(4).collect();
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (entry, bytes) in &entries {
        writer.start_file(entry.as_str(), options).expect("start");
        writer.write_all(bytes).expect("write");
    }
    let mut bytes = writer.finish().expect("finish").into_inner();
    // Flip bytes in the middle of the second member's data: its checksum fails.
    let victim = &entries[1].1;
    let needle = &victim[victim.len() / 2..victim.len() / 2 + 40];
    let at = bytes
        .windows(needle.len())
        .position(|w| w == needle)
        .expect("stored members keep their bytes");
    for byte in &mut bytes[at..at + 8] {
        *byte ^= 0x55;
    }
    let zip = dir.join("damaged.zip");
    std::fs::write(&zip, bytes).expect("write");

    let (mut h, _) = tall_harness();
    open_library(&mut h, &zip);
    let library = h.state().active_library().expect("the library opened");
    assert_eq!(library.documents.len(), 3, "the rest loads");
    assert_eq!(library.problem_count(), 1);
    assert_eq!(document_rows(&h), 3);
    assert!(
        h.query_by_label_contains("1 entry could not be read")
            .is_some(),
        "the documents view points at the problem"
    );
    show_view(&mut h, LibraryView::Problems);
    let name = &entries[1].0;
    assert!(
        h.query_by_label_contains(&format!("⚠ {name}")).is_some(),
        "the problem names the entry"
    );
    assert!(h.query_by_label_contains("is damaged").is_some());
}

#[test]
fn documents_are_listed_while_indexing_runs_and_cancel_keeps_them() {
    let dir = temp_dir("library-cancel");
    let corpus = corpus_bytes();
    let entries: Vec<(String, Vec<u8>)> = (0..150)
        .flat_map(|copy| {
            corpus
                .iter()
                .map(move |(name, bytes)| (format!("copy-{copy:03}/{name}"), bytes.clone()))
        })
        .collect();
    let total = entries.len();
    let zip = write_zip(&dir, "large.zip", &entries);
    let (mut h, _) = tall_harness();
    drop_files(&mut h, &[zip]);

    let mut seen_while_indexing = false;
    for _ in 0..1000 {
        h.step();
        if let Some(library) = h.state().active_library()
            && !library.documents.is_empty()
        {
            seen_while_indexing = library.is_indexing();
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    assert!(
        seen_while_indexing,
        "the first documents arrive before the rest"
    );
    h.get_by_label("Cancel indexing").click();
    wait_for_loads(&mut h);
    let library = h.state().active_library().expect("the library stays open");
    assert!(library.progress.cancelled);
    assert!(
        library.done_count() < total,
        "cancelled after {} of {total}",
        library.done_count()
    );
    assert!(
        h.query_by_label_contains("Indexing cancelled after")
            .is_some(),
        "the panel says indexing stopped"
    );
    assert!(document_rows(&h) > 0, "what was read stays listed");
}

#[test]
fn the_library_matches_its_snapshot() {
    let zip = corpus_zip(&temp_dir("library-snapshot"));
    let (mut h, _) = harness();
    open_library(&mut h, &zip);
    h.event(egui::Event::PointerGone);
    h.run();
    h.snapshot("library_light");
}

#[test]
fn compare_matches_its_snapshot() {
    let zip = corpus_zip(&temp_dir("compare-snapshot"));
    let (mut h, _) = harness();
    open_library(&mut h, &zip);
    pick_top_measure(&mut h, &zip);
    h.event(egui::Event::PointerGone);
    h.run();
    h.snapshot("compare_light");
}
