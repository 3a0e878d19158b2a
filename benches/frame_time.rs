//! Per-frame CPU time of the window while reading: the seed report alone against the seed
//! repeated 2,000 times (22 MB, built here). The body lays out only what is visible, so the
//! two should cost about the same per frame; the goal is a ratio of at most 2×.
//!
//! Each scenario runs the real app in a headless egui context (no GPU: the pass and its
//! tessellation, which is what the UI thread spends per frame), opens the document through
//! the app's own loader, then measures frames that scroll with the mouse wheel and frames that
//! jump to sections all over the document.
//!
//! `cargo bench --bench frame_time`

use dossier::app::command::Command;
use dossier::app::loader::Source;
use dossier::app::settings::{Settings, ThemeChoice};
use dossier::app::{DossierApp, Startup};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

const REPEATS: usize = 2000;
const WHEEL_FRAMES: usize = 400;
const JUMP_FRAMES: usize = 200;
const WINDOW: egui::Vec2 = egui::vec2(1400.0, 900.0);

struct Headless {
    ctx: egui::Context,
    app: DossierApp,
    frame: eframe::Frame,
    time_secs: f64,
}

impl Headless {
    fn new() -> Self {
        let ctx = egui::Context::default();
        let cc = eframe::CreationContext::_new_kittest(ctx.clone());
        let app = DossierApp::new(
            &cc,
            Startup {
                paths: Vec::new(),
                dialogs: Box::new(dossier::app::dialogs::ScriptedDialogs::default()),
                settings: Some(Settings {
                    theme: ThemeChoice::Light,
                    ..Settings::default()
                }),
                settings_file: None,
            },
        );
        Self {
            ctx,
            app,
            frame: eframe::Frame::_new_kittest(),
            time_secs: 0.0,
        }
    }

    /// Runs one frame with `events`; returns its CPU time.
    fn frame(&mut self, events: Vec<egui::Event>) -> Duration {
        self.time_secs += 1.0 / 60.0;
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, WINDOW)),
            time: Some(self.time_secs),
            events,
            ..egui::RawInput::default()
        };
        let started = Instant::now();
        let output = self.ctx.run_ui(input, |ui| {
            eframe::App::ui(&mut self.app, ui, &mut self.frame);
        });
        let _meshes = self.ctx.tessellate(output.shapes, output.pixels_per_point);
        started.elapsed()
    }

    fn open(&mut self, name: &str, bytes: Vec<u8>) {
        let ctx = self.ctx.clone();
        self.app.open_source(
            Source::Bytes {
                name: PathBuf::from(name),
                bytes: Arc::from(bytes),
            },
            &ctx,
        );
        let started = Instant::now();
        while self.app.is_loading() || self.app.active_tab().is_none() {
            self.frame(Vec::new());
            std::thread::sleep(Duration::from_millis(5));
            assert!(
                started.elapsed() < Duration::from_secs(600),
                "load timed out"
            );
        }
        println!("  {name}: loaded in {:.2?}", started.elapsed());
        // Settle: fonts, first layout.
        for _ in 0..5 {
            self.frame(Vec::new());
        }
    }
}

struct Timings {
    mean_us: f64,
    p95_us: f64,
    max_us: f64,
}

fn summarize(mut samples: Vec<Duration>) -> Timings {
    samples.sort();
    let us = |d: Duration| d.as_secs_f64() * 1e6;
    let mean_us = samples.iter().map(|d| us(*d)).sum::<f64>() / samples.len().max(1) as f64;
    let p95_us = samples
        .get(samples.len() * 95 / 100)
        .map_or(0.0, |d| us(*d));
    let max_us = samples.last().map_or(0.0, |d| us(*d));
    Timings {
        mean_us,
        p95_us,
        max_us,
    }
}

/// Wheel-scrolls through the body, then jumps between sections.
fn measure(name: &str, bytes: Vec<u8>) -> (Timings, Timings) {
    let mut headless = Headless::new();
    headless.open(name, bytes);
    let body_center = egui::pos2(700.0, 450.0);
    let wheel = |dy: f32| egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: egui::vec2(0.0, dy),
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Wheel,
        modifiers: egui::Modifiers::NONE,
    };
    headless.frame(vec![egui::Event::PointerMoved(body_center)]);
    let mut wheel_samples = Vec::with_capacity(WHEEL_FRAMES);
    for i in 0..WHEEL_FRAMES {
        // Down for most of the run, back up for a while: rows enter from both sides.
        let dy = if i % 100 < 80 { -45.0 } else { 60.0 };
        wheel_samples.push(headless.frame(vec![wheel(dy)]));
    }
    let sections = headless
        .app
        .active_tab()
        .map_or(0, |t| t.document.sections.len());
    let mut jump_samples = Vec::with_capacity(JUMP_FRAMES);
    let ctx = headless.ctx.clone();
    for i in 0..JUMP_FRAMES {
        // Spread the jumps over the whole document, in a scrambled order.
        let section = (i * 7919) % sections.max(1);
        headless.app.execute(&ctx, Command::JumpToSection(section));
        jump_samples.push(headless.frame(Vec::new()));
        headless.frame(Vec::new());
    }
    (summarize(wheel_samples), summarize(jump_samples))
}

fn main() {
    let seed_path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/hrnet-incsr-1996-kazakstan.txt");
    let seed = std::fs::read(&seed_path).expect("the seed report");
    let mut big = Vec::with_capacity(seed.len() * REPEATS + REPEATS);
    for _ in 0..REPEATS {
        big.extend_from_slice(&seed);
        big.push(b'\n');
    }
    println!(
        "frame_time: seed {} bytes; seed x {REPEATS} = {:.1} MB",
        seed.len(),
        big.len() as f64 / 1e6
    );
    let (seed_wheel, seed_jump) = measure("seed.txt", seed);
    let (big_wheel, big_jump) = measure("seed-x2000.txt", big);
    let line = |what: &str, t: &Timings| {
        println!(
            "  {what:<28} mean {:>8.0} µs   p95 {:>8.0} µs   max {:>8.0} µs",
            t.mean_us, t.p95_us, t.max_us
        );
    };
    line("seed, wheel scrolling", &seed_wheel);
    line("seed x2000, wheel scrolling", &big_wheel);
    line("seed, section jumps", &seed_jump);
    line("seed x2000, section jumps", &big_jump);
    let wheel_ratio = big_wheel.mean_us / seed_wheel.mean_us.max(1.0);
    let jump_ratio = big_jump.mean_us / seed_jump.mean_us.max(1.0);
    println!(
        "  ratio (x2000 / seed): wheel {wheel_ratio:.2}x, jumps {jump_ratio:.2}x (goal <= 2x)"
    );
}
