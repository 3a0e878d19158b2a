//! Shared helpers of the UI tests: a harness around the real app, file drops, clipboard reads.

#![allow(dead_code)]

use dossier::app::command::Command;
use dossier::app::dialogs::ScriptedDialogs;
use dossier::app::settings::{Settings, ThemeChoice};
use dossier::app::{DossierApp, Startup};
use egui_kittest::Harness;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

/// The bundled seed report.
pub fn seed_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/hrnet-incsr-1996-kazakstan.txt")
}

/// A fresh temporary folder for one test.
pub fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dossier-ui-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// The real app in a harness, with scripted dialogs and settings that never touch the user's.
pub fn harness_with(
    size: egui::Vec2,
    settings: Settings,
) -> (Harness<'static, DossierApp>, ScriptedDialogs) {
    let dialogs = ScriptedDialogs::default();
    let for_app = dialogs.clone();
    let harness = Harness::builder()
        .with_size(size)
        .with_max_steps(64)
        .with_theme(match settings.theme {
            ThemeChoice::Dark => egui::Theme::Dark,
            _ => egui::Theme::Light,
        })
        .build_eframe(move |cc| {
            DossierApp::new(
                cc,
                Startup {
                    paths: Vec::new(),
                    dialogs: Box::new(for_app),
                    settings: Some(settings),
                    settings_file: None,
                },
            )
        });
    (harness, dialogs)
}

/// The app at a laptop-sized window, light theme.
pub fn harness() -> (Harness<'static, DossierApp>, ScriptedDialogs) {
    harness_with(
        egui::vec2(1400.0, 900.0),
        Settings {
            theme: ThemeChoice::Light,
            ..Settings::default()
        },
    )
}

/// A file dropped on the window.
#[derive(Debug)]
pub struct DroppedPath(pub PathBuf);

impl egui::DroppedFile for DroppedPath {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

/// Drops `paths` on the window, the way a file manager does.
pub fn drop_files(harness: &mut Harness<'static, DossierApp>, paths: &[PathBuf]) {
    for path in paths {
        harness
            .input_mut()
            .dropped_files
            .push(Arc::new(DroppedPath(path.clone())));
    }
    harness.step();
}

/// Steps until every background load has finished (at most ten seconds), then settles.
pub fn wait_for_loads(harness: &mut Harness<'static, DossierApp>) {
    // A dialog's answer arrives a frame after the request, and the load starts a frame later.
    harness.run_steps(3);
    for _ in 0..1000 {
        harness.step();
        if !harness.state().is_loading() {
            harness.run();
            return;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    panic!("the documents did not load within ten seconds");
}

/// Opens the seed as a drop would and waits for it.
pub fn open_seed(harness: &mut Harness<'static, DossierApp>) {
    drop_files(harness, &[seed_path()]);
    wait_for_loads(harness);
}

/// Runs a command as a menu click would.
pub fn run_command(harness: &mut Harness<'static, DossierApp>, command: Command) {
    let ctx = harness.ctx.clone();
    harness.state_mut().execute(&ctx, command);
    harness.run();
}

/// The text of the last copy to the clipboard in the last frame, if any.
pub fn copied_text(harness: &Harness<'static, DossierApp>) -> Option<String> {
    harness
        .output()
        .platform_output
        .commands
        .iter()
        .rev()
        .find_map(|c| match c {
            egui::OutputCommand::CopyText(text) => Some(text.clone()),
            _ => None,
        })
}

/// Steps frames until a copy shows up in the output (copies happen in the frame that handles
/// the key), returning it.
pub fn step_until_copied(harness: &mut Harness<'static, DossierApp>) -> Option<String> {
    for _ in 0..4 {
        harness.step();
        if let Some(text) = copied_text(harness) {
            return Some(text);
        }
    }
    None
}

/// Queues one key press carrying its modifiers, as a keyboard sends it; the next step handles
/// it in a single frame (kittest's `key_press_modifiers` spreads it over several frames, and
/// only the last frame's output can be read).
pub fn press(harness: &Harness<'static, DossierApp>, modifiers: egui::Modifiers, key: egui::Key) {
    harness.event(egui::Event::Key {
        key,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers,
    });
}

/// Clicks a table row near its left end (its centre can lie outside the panel when the table
/// scrolls sideways), holding `modifiers`.
pub fn click_row(
    harness: &mut Harness<'static, DossierApp>,
    label: &str,
    modifiers: egui::Modifiers,
) {
    queue_row_click(harness, label, modifiers);
    harness.run();
}

/// Queues the events of a click on a table row, without running frames.
pub fn queue_row_click(
    harness: &mut Harness<'static, DossierApp>,
    label: &str,
    modifiers: egui::Modifiers,
) {
    use egui_kittest::kittest::Queryable as _;
    let rect = harness.get_by_label(label).rect();
    let pos = egui::pos2(rect.left() + 30.0, rect.center().y);
    harness.event(egui::Event::PointerMoved(pos));
    harness.event(egui::Event::ModifiersChanged(modifiers));
    for pressed in [true, false] {
        harness.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers,
        });
    }
    harness.event(egui::Event::ModifiersChanged(egui::Modifiers::NONE));
}

/// Asserts that the body of `tab` shows the paragraph holding `offset`, as a jump to a figure or
/// a search hit leaves it (`what` names it in the failure).
pub fn assert_offset_on_screen(tab: &dossier::app::tab::DocumentTab, offset: usize, what: &str) {
    let block = tab.document.block_at(offset).expect("its block");
    let first = tab
        .body
        .first_visible_block
        .expect("something is on screen");
    assert!(
        first <= block && block <= first + 6,
        "{what}'s paragraph is on screen"
    );
}
