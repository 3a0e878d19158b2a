//! Renders the main states to `target/ui-look/*.png` for a person to look at
//! (`cargo test --test ui_look -- --ignored`). Not a check: the snapshots in `ui_viewer` are.

mod common;
mod ui_support;

use dossier::app::settings::{Settings, ThemeChoice};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;
use ui_support::*;

fn save(harness: &mut egui_kittest::Harness<'static, dossier::app::DossierApp>, name: &str) {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/ui-look");
    std::fs::create_dir_all(&dir).expect("folder");
    let image = harness.render().expect("render");
    image.save(dir.join(format!("{name}.png"))).expect("save");
}

#[test]
#[ignore = "writes pictures for a person to look at"]
fn render_the_main_states_for_review() {
    let (mut h, _) = harness();
    h.run();
    save(&mut h, "welcome");
    open_seed(&mut h);
    save(&mut h, "seed");
    click_row(&mut h, "Figure 6: 1,220 kilograms", Modifiers::NONE);
    click_row(&mut h, "Figure 9: over 260 kilograms", Modifiers::SHIFT);
    save(&mut h, "figures-selected");
    press(&h, Modifiers::COMMAND, Key::F);
    h.run();
    let field = h.get_by_label("Find in document");
    field.focus();
    field.type_text("kazakstan");
    h.run();
    save(&mut h, "find");

    press(&h, Modifiers::NONE, Key::Escape);
    h.run();
    h.get_by_label("Dates").click();
    h.run();
    run_command(&mut h, dossier::app::command::Command::ToggleRemovedChrome);
    run_command(&mut h, dossier::app::command::Command::JumpToSection(0));
    h.run();
    save(&mut h, "dates-and-chrome");
    run_command(&mut h, dossier::app::command::Command::ShowShortcuts);
    save(&mut h, "shortcuts");

    let (mut chrome, _) = harness();
    open_seed(&mut chrome);
    run_command(
        &mut chrome,
        dossier::app::command::Command::ToggleRemovedChrome,
    );
    save(&mut chrome, "chrome-shown");

    let (mut dark, _) = harness_with(
        egui::vec2(1400.0, 900.0),
        Settings {
            theme: ThemeChoice::Dark,
            ..Settings::default()
        },
    );
    open_seed(&mut dark);
    save(&mut dark, "dark");
}

#[test]
#[ignore = "writes pictures for a person to look at"]
fn render_the_library_states_for_review() {
    use dossier::app::library::LibraryView;
    let dir = temp_dir("look-library");
    let mut files = vec![common::corpus("seed/hrnet-incsr-1996-kazakstan.txt")];
    files.extend(common::dev_chapters());
    let folder = dir.join("incsr");
    std::fs::create_dir_all(&folder).expect("folder");
    for file in &files {
        std::fs::copy(file, folder.join(file.file_name().expect("name"))).expect("copy");
    }
    let (mut h, _) = harness();
    drop_files(&mut h, &[folder]);
    wait_for_loads(&mut h);
    save(&mut h, "library-documents");
    for (view, name) in [
        (LibraryView::Search, "library-search"),
        (LibraryView::Figures, "library-figures"),
        (LibraryView::Compare, "library-compare"),
    ] {
        h.get_by_label(view.label()).click();
        h.run();
        if view == LibraryView::Search {
            h.get_by_label("Search the library").type_text("drug");
            h.run();
        }
        if view == LibraryView::Compare {
            h.get_by_label_contains("Measure: drug-related crimes")
                .click();
            h.run();
            h.get_by_label("By date").click();
            h.run();
        }
        save(&mut h, name);
    }
    let (mut dark, _) = harness_with(
        egui::vec2(1400.0, 900.0),
        Settings {
            theme: ThemeChoice::Dark,
            ..Settings::default()
        },
    );
    drop_files(&mut dark, &[dir.join("incsr")]);
    wait_for_loads(&mut dark);
    dark.get_by_label("Compare").click();
    dark.run();
    dark.get_by_label_contains("Measure: drug-related crimes")
        .click();
    dark.run();
    save(&mut dark, "library-compare-dark");
}
