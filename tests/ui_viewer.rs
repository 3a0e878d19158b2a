//! The viewer driven end to end through `egui_kittest`: the real app, the real engine, the
//! seed report opened the way a drop or the Open dialog opens it, widgets found by their
//! accessible labels.

mod ui_support;

use dossier::app::command::Command;
use dossier::app::dialogs::DialogAnswer;
use dossier::app::settings::{Settings, ThemeChoice};
use dossier::collection::fold;
use dossier::export::{self, TableFormat};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use ui_support::*;

/// The value, max, unit and qualifier of each labelled statistic of the seed, in order
/// (`../shared/corpus/seed/hrnet-incsr-1996-kazakstan.statistics.tsv`).
const SEED_FIGURES: [(&str, &str, &str, &str); 20] = [
    ("6", "", "t", "over"),
    ("8500", "", "", ""),
    ("6000", "", "", ""),
    ("0.0714", "", "", ""),
    ("2", "", "", ""),
    ("1220", "", "kg", ""),
    ("6", "", "t", "approximately"),
    ("8500", "", "", ""),
    ("260", "", "kg", "over"),
    ("70", "", "%", ""),
    ("5000", "", "t/yr", "over"),
    ("138000", "", "ha", ""),
    ("30000", "", "ha", "approximately"),
    ("2000", "", "t", "approximately"),
    ("5", "8", "", ""),
    ("150", "", "t/yr", ""),
    ("50", "", "t", ""),
    ("17000", "", "", "over"),
    ("6000", "", "", ""),
    ("10", "", "x", "at least"),
];

const SECTIONS: [&str; 4] = [
    "I. Summary",
    "II. Status of Country",
    "III. Country Actions Against Drugs in 1995",
    "IV. US Policy Initiatives and Programs",
];

const RUN_IN_HEADS: [&str; 7] = [
    "Policy Initiatives",
    "Cultivation and Production",
    "Corruption",
    "Agreements and Treaties",
    "Domestic Programs",
    "Policy Initiatives and Bilateral Cooperation",
    "The Road Ahead",
];

/// The seed as `dossier extract` reads it.
fn seed_document() -> dossier::Document {
    dossier::read_file(&seed_path()).expect("the seed loads")
}

/// The first four cells of each TSV data row.
fn leading_cells(tsv: &str) -> Vec<(String, String, String, String)> {
    tsv.lines()
        .skip(1)
        .map(|line| {
            let cells: Vec<&str> = line.split('\t').collect();
            let cell = |i: usize| cells.get(i).copied().unwrap_or("").to_owned();
            (cell(0), cell(1), cell(2), cell(3))
        })
        .collect()
}

fn expected_leading_cells() -> Vec<(String, String, String, String)> {
    SEED_FIGURES
        .iter()
        .map(|(v, m, u, q)| ((*v).into(), (*m).into(), (*u).into(), (*q).into()))
        .collect()
}

fn figure_row_label(index: usize) -> String {
    let document = seed_document();
    let text = document
        .statistics
        .get(index)
        .map(|s| s.text(&document.text).to_owned())
        .unwrap_or_default();
    format!("Figure {}: {text}", index + 1)
}

#[test]
fn the_outline_lists_the_four_sections_and_the_run_in_heads() {
    let (mut h, _) = harness();
    open_seed(&mut h);
    for title in SECTIONS.iter().chain(RUN_IN_HEADS.iter()) {
        let in_outline = h
            .query_all_by_label(title)
            .filter(|node| node.accesskit_node().role() != Role::Label)
            .count();
        assert_eq!(in_outline, 1, "the outline should list {title:?} once");
    }
    let tab = h.state().active_tab().expect("a document is open");
    let levels: Vec<(u8, &str)> = tab
        .document
        .sections
        .iter()
        .map(|s| (s.level, s.title.as_str()))
        .collect();
    for title in SECTIONS {
        assert!(levels.contains(&(1, title)), "{title} is a level-1 section");
    }
    for title in RUN_IN_HEADS {
        assert!(levels.contains(&(2, title)), "{title} is a level-2 section");
    }
}

#[test]
fn clicking_a_section_brings_its_heading_to_the_top_of_the_body() {
    let (mut h, _) = harness();
    open_seed(&mut h);
    let title = "IV. US Policy Initiatives and Programs";
    h.query_all_by_label(title)
        .find(|node| node.accesskit_node().role() != Role::Label)
        .expect("the outline entry")
        .click();
    h.run();

    let tab = h.state().active_tab().expect("a document is open");
    let section = tab
        .document
        .sections
        .iter()
        .find(|s| s.title == title)
        .expect("section IV");
    let heading_block = tab.document.block_at(section.span.start);
    assert_eq!(tab.body.first_visible_block, heading_block);
    assert!(tab.body.scroll_offset_px > 100.0, "the body scrolled down");

    // And on screen: the heading's text sits just under the top of the body.
    let tab_strip_bottom = h
        .query_all_by_label_contains("Tab International")
        .next()
        .expect("the tab")
        .rect()
        .bottom();
    let heading_top = h
        .query_all_by_value(title)
        .filter(|node| node.accesskit_node().role() == Role::Label)
        .map(|node| node.rect().top())
        .filter(|&top| top > tab_strip_bottom && top < 800.0)
        .reduce(f32::min)
        .expect("the heading is drawn in the body");
    let gap = heading_top - tab_strip_bottom;
    assert!(
        (0.0..40.0).contains(&gap),
        "heading {gap} pt below the top of the body"
    );
    // The outline now marks section IV as the current one.
    assert_eq!(
        tab.current_section()
            .and_then(|i| tab.document.sections.get(i))
            .map(|s| s.title.as_str()),
        Some(title)
    );
}

#[test]
fn the_figures_table_lists_the_twenty_figures() {
    let (mut h, _) = harness_with(
        egui::vec2(1400.0, 1000.0),
        Settings {
            theme: ThemeChoice::Light,
            ..Settings::default()
        },
    );
    open_seed(&mut h);
    let rows = h.query_all_by_label_contains("Figure ").count();
    assert_eq!(rows, 20);
    assert!(h.query_by_label("Figure 1: over six tons").is_some());
}

#[test]
fn ctrl_c_copies_the_selected_rows_as_tsv_with_a_header() {
    let (mut h, _) = harness();
    open_seed(&mut h);
    click_row(&mut h, &figure_row_label(0), Modifiers::NONE);
    click_row(&mut h, &figure_row_label(2), Modifiers::SHIFT);
    h.event(egui::Event::Copy);
    let copied = step_until_copied(&mut h).expect("Ctrl+C copied something");

    let expected =
        export::selected_statistics_table(&seed_document(), &[0, 1, 2], TableFormat::Tsv);
    assert_eq!(
        copied, expected,
        "the same bytes as `dossier extract --format tsv`"
    );
    assert!(
        copied.starts_with(
            "Value\tMax\tUnit\tQualifier\tKind\tWhat it measures\tSection\tAs written\n"
        )
    );
    assert_eq!(leading_cells(&copied), expected_leading_cells()[..3]);
    h.run();
    assert!(
        h.query_by_value("Copied 3 rows").is_some(),
        "a notice confirms the copy"
    );
}

#[test]
fn ctrl_click_adds_single_rows_to_the_selection() {
    let (mut h, _) = harness();
    open_seed(&mut h);
    click_row(&mut h, &figure_row_label(1), Modifiers::NONE);
    click_row(&mut h, &figure_row_label(4), Modifiers::COMMAND);
    press(&h, Modifiers::COMMAND, Key::C);
    let copied = step_until_copied(&mut h).expect("Ctrl+C copied something");
    let expected = export::selected_statistics_table(&seed_document(), &[1, 4], TableFormat::Tsv);
    assert_eq!(copied, expected);
}

#[test]
fn ctrl_shift_c_copies_the_whole_table_as_the_command_line_prints_it() {
    let (mut h, _) = harness();
    open_seed(&mut h);
    press(&h, Modifiers::COMMAND | Modifiers::SHIFT, Key::C);
    let copied = step_until_copied(&mut h).expect("Ctrl+Shift+C copied something");
    let expected = export::statistics_table(&seed_document(), TableFormat::Tsv);
    assert_eq!(copied, expected);
    assert_eq!(copied.lines().count(), 21, "a header and twenty rows");
    assert_eq!(leading_cells(&copied), expected_leading_cells());
}

#[test]
fn ctrl_a_selects_every_figure_once_the_table_has_focus() {
    let (mut h, _) = harness();
    open_seed(&mut h);
    click_row(&mut h, &figure_row_label(0), Modifiers::NONE);
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    let tab = h.state().active_tab().expect("a document");
    assert_eq!(tab.figures.selected.len(), 20);
}

#[test]
fn sorting_by_value_orders_the_figures_numerically() {
    let (mut h, _) = harness();
    open_seed(&mut h);
    h.get_by_label("Sort by Value").click();
    h.run();
    press(&h, Modifiers::COMMAND | Modifiers::SHIFT, Key::C);
    let copied = step_until_copied(&mut h).expect("the sorted table was copied");
    let values: Vec<String> = leading_cells(&copied).into_iter().map(|c| c.0).collect();
    assert_eq!(
        values,
        [
            "0.0714", "2", "5", "6", "6", "10", "50", "70", "150", "260", "1220", "2000", "5000",
            "6000", "6000", "8500", "8500", "17000", "30000", "138000"
        ]
    );
    // A second click sorts the other way.
    h.get_by_label("Sort by Value").click();
    h.run();
    press(&h, Modifiers::COMMAND | Modifiers::SHIFT, Key::C);
    let copied = step_until_copied(&mut h).expect("copied again");
    assert_eq!(
        leading_cells(&copied).first().map(|c| c.0.as_str()),
        Some("138000")
    );
}

#[test]
fn the_figure_filter_narrows_the_table_and_the_copy() {
    let (mut h, _) = harness();
    open_seed(&mut h);
    let filter = h.get_by_label("Filter figures");
    filter.focus();
    filter.type_text("HECTARES");
    h.run();
    press(&h, Modifiers::COMMAND | Modifiers::SHIFT, Key::C);
    let copied = step_until_copied(&mut h).expect("copied");
    let values: Vec<String> = leading_cells(&copied).into_iter().map(|c| c.0).collect();
    assert_eq!(values, ["138000", "30000"]);
}

#[test]
fn find_counts_hits_ignoring_case_and_accents() {
    let (mut h, _) = harness();
    open_seed(&mut h);
    h.key_press_modifiers(Modifiers::COMMAND, Key::F);
    h.run();
    h.get_by_label("Find in document").type_text("KAZAKSTAN");
    h.run();
    let document = seed_document();
    let expected = fold(&document.text).matches("kazakstan").count();
    assert_eq!(expected, 33, "the seed's body says Kazakstan 33 times");
    let status = format!("1 of {expected}");
    assert!(h.query_by_value(&status).is_some(), "the bar says {status}");

    h.key_press(Key::Enter);
    h.run();
    assert!(h.query_by_value(&format!("2 of {expected}")).is_some());
    h.key_press_modifiers(Modifiers::SHIFT, Key::Enter);
    h.run();
    h.key_press_modifiers(Modifiers::SHIFT, Key::Enter);
    h.run();
    assert!(
        h.query_by_value(&format!("{expected} of {expected}"))
            .is_some(),
        "Shift+Enter wraps around to the last hit"
    );
    h.key_press(Key::Escape);
    h.run();
    assert!(
        h.query_by_label("Find in document").is_none(),
        "Esc closes the bar"
    );
}

#[test]
fn a_file_that_cannot_be_read_shows_a_banner_and_leaves_other_tabs_alone() {
    let dir = temp_dir("bad-file");
    let png = dir.join("photo.png");
    let mut bytes = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0".to_vec();
    bytes.extend([0u8; 64]);
    std::fs::write(&png, bytes).expect("write the PNG");

    let (mut h, _) = harness();
    open_seed(&mut h);
    drop_files(&mut h, &[png]);
    wait_for_loads(&mut h);

    assert!(h.query_by_value("Couldn’t open photo.png").is_some());
    let banner = h.state().banners.first().expect("a banner");
    assert!(!banner.reason.is_empty());
    assert_eq!(h.state().tabs.len(), 1, "the bad file opened no tab");
    let tab = h.state().active_tab().expect("the seed is still open");
    assert_eq!(tab.document.statistics.len(), 20);

    h.get_by_label("Dismiss the error about photo.png").click();
    h.run();
    assert!(h.state().banners.is_empty());
}

#[test]
fn dropping_two_files_opens_two_tabs() {
    let dir = temp_dir("two-files");
    let first = dir.join("kazakstan.txt");
    let second = dir.join("armenia-1995.txt");
    std::fs::copy(seed_path(), &first).expect("copy the seed");
    let armenia = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpus/incsr-dev/armenia-1995.txt");
    std::fs::copy(&armenia, &second).expect("copy a second report");

    let (mut h, _) = harness();
    drop_files(&mut h, &[first, second.clone()]);
    wait_for_loads(&mut h);
    let app = h.state();
    assert_eq!(app.tabs.len(), 2);
    assert_eq!(app.active, 1, "the last dropped file is in front");
    let front = app.active_tab().expect("loaded");
    assert_eq!(front.document.path, second.display().to_string());
    assert_eq!(h.query_all_by_label_contains("Tab ").count(), 2);
}

#[test]
fn ctrl_o_opens_what_the_dialog_answers_and_ctrl_w_closes_it() {
    let (mut h, dialogs) = harness();
    dialogs.answer_next(DialogAnswer::Open(vec![seed_path()]));
    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    wait_for_loads(&mut h);
    assert_eq!(h.state().tabs.len(), 1);
    assert_eq!(
        h.state().window_title(),
        "International Narcotics Control Strategy Report, March 1996: Kazakstan — Dossier"
    );
    assert_eq!(h.state().settings.recent_files, [seed_path()]);
    h.key_press_modifiers(Modifiers::COMMAND, Key::W);
    h.run();
    assert!(h.state().tabs.is_empty());
    assert!(
        h.query_by_label("Open the example report").is_some(),
        "the welcome page is back"
    );
}

#[test]
fn clicking_a_figure_row_scrolls_the_body_to_it_and_flashes_it() {
    let (mut h, _) = harness();
    open_seed(&mut h);
    queue_row_click(&mut h, &figure_row_label(19), Modifiers::NONE);
    h.step();
    h.step();
    let tab = h.state().active_tab().expect("a document");
    let stat = tab.document.statistics.get(19).expect("figure 20");
    assert_eq!(tab.body.flash.map(|(span, _)| span), Some(stat.span));
    assert!(tab.body.scroll_offset_px > 100.0);
    assert_offset_on_screen(tab, stat.span.start, "the figure");
    h.run();
}

#[test]
fn export_writes_the_figures_in_the_format_of_the_file_name() {
    let dir = temp_dir("export");
    let target = dir.join("figures.csv");
    let (mut h, dialogs) = harness();
    open_seed(&mut h);
    dialogs.answer_next(DialogAnswer::Export {
        tab_id: 0,
        path: target.clone(),
    });
    run_command(&mut h, Command::ExportStatistics);
    h.run();
    let written = std::fs::read_to_string(&target).expect("the export was written");
    assert_eq!(
        written,
        export::statistics_table(&seed_document(), TableFormat::Csv)
    );
}

#[test]
fn zoom_and_panels_follow_their_shortcuts() {
    let (mut h, _) = harness();
    open_seed(&mut h);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Equals);
    h.run();
    assert!(h.state().settings.zoom > 1.0);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    h.run();
    assert_eq!(h.state().settings.zoom, 1.0);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::O);
    h.run();
    assert!(!h.state().settings.show_outline);
    assert!(h.query_by_label("Filter sections").is_none());
}

/// An in-memory stand-in for eframe's settings file.
#[derive(Default)]
struct MemoryStorage(std::collections::HashMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

#[test]
fn the_reading_position_and_settings_survive_a_restart() {
    let (mut h, _) = harness();
    open_seed(&mut h);
    run_command(&mut h, Command::ZoomIn);
    let section = 3;
    run_command(&mut h, Command::JumpToSection(section));
    h.run();
    let first_block = h
        .state()
        .active_tab()
        .and_then(|t| t.body.first_visible_block);
    assert!(first_block.is_some_and(|b| b > 0));

    let mut storage = MemoryStorage::default();
    eframe::App::save(h.state_mut(), &mut storage);
    let saved: Settings =
        eframe::get_value(&storage, eframe::APP_KEY).expect("settings were saved");
    assert!(saved.zoom > 1.0);
    assert_eq!(saved.recent_files, [seed_path()]);

    let (mut again, _) = harness_with(egui::vec2(1400.0, 900.0), saved);
    open_seed(&mut again);
    again.run();
    let restored = again
        .state()
        .active_tab()
        .and_then(|t| t.body.first_visible_block);
    assert_eq!(
        restored, first_block,
        "the document reopens where the reader left it"
    );
}

#[test]
fn the_main_window_matches_its_snapshot() {
    let (mut h, _) = harness();
    open_seed(&mut h);
    // The status bar shows the load time, which differs from run to run.
    h.mask(egui::Rect::from_min_max(
        egui::pos2(0.0, 860.0),
        egui::pos2(1400.0, 900.0),
    ));
    h.snapshot("seed_light");
}

#[test]
fn the_welcome_page_matches_its_snapshot() {
    let (mut h, _) = harness();
    h.run();
    h.snapshot("welcome_light");
}

#[test]
fn copying_body_text_gives_paragraphs_without_hard_line_breaks() {
    let (mut h, _) = harness();
    open_seed(&mut h);
    let paragraph = h
        .query_all_by(|node| {
            node.role() == Role::Label
                && node
                    .value()
                    .is_some_and(|v| v.starts_with("Kazakstan is confronting"))
        })
        .next()
        .expect("the first paragraph is on screen")
        .rect();
    let start = paragraph.left_top() + egui::vec2(1.0, 8.0);
    let end = paragraph.left_top() + egui::vec2(paragraph.width() * 0.6, 3.5 * 26.0);
    h.event(egui::Event::PointerMoved(start));
    h.event(egui::Event::PointerButton {
        pos: start,
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: Modifiers::NONE,
    });
    for step in 1..=5 {
        let t = step as f32 / 5.0;
        h.event(egui::Event::PointerMoved(start + (end - start) * t));
    }
    h.event(egui::Event::PointerButton {
        pos: end,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    h.step();
    h.event(egui::Event::Copy);
    let copied = step_until_copied(&mut h).expect("the selection was copied");
    assert!(
        copied.starts_with("Kazakstan is confronting"),
        "copied {copied:?}"
    );
    assert!(
        copied.len() > 150,
        "several lines were selected: {copied:?}"
    );
    assert!(
        !copied.contains('\n'),
        "no hard line breaks inside a paragraph: {copied:?}"
    );
    let document = seed_document();
    assert!(
        document.text.contains(&copied),
        "the copy is the body's own text"
    );
}
