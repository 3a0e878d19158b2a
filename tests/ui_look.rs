//! Renders the main states to `target/ui-look/*.png` for a person to look at
//! (`cargo test --test ui_look -- --ignored`). Not a check: the snapshots in `ui_viewer` are.

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
