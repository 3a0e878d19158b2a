//! Native file dialogs, kept behind a trait so the tests never open one.
//!
//! [`NativeDialogs`] runs `rfd` on its own thread (on Linux a portal or zenity dialog can take
//! its time, and the frame loop must keep running) and allows one dialog at a time.
//! [`ScriptedDialogs`] answers from a queue the tests fill in.

use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};

/// What the app asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DialogRequest {
    /// Pick one or more reports or archives to open.
    Open,
    /// Pick a folder to open as a library.
    OpenFolder,
    /// Pick where to write the statistics of the document or library `tab_id`.
    Export { tab_id: u64, suggested_name: String },
    /// Pick where to save the compare chart as PNG.
    SaveChart { suggested_name: String },
}

/// What the user answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DialogAnswer {
    /// Files, folders or archives to open.
    Open(Vec<PathBuf>),
    Export {
        tab_id: u64,
        path: PathBuf,
    },
    SaveChart(PathBuf),
    Cancelled,
}

/// Shows file dialogs without blocking the caller.
pub trait Dialogs {
    /// Starts a dialog. Ignored while another one is showing.
    fn request(&mut self, request: DialogRequest, ctx: &egui::Context);
    /// The answer to the last request, once there is one.
    fn poll(&mut self) -> Option<DialogAnswer>;
    /// Whether a dialog is showing.
    fn is_showing(&self) -> bool;
}

/// The file types File ▸ Open… offers first.
pub const REPORT_EXTENSIONS: [&str; 10] = [
    "txt", "text", "htm", "html", "xhtml", "xml", "rss", "php", "md", "markdown",
];

/// The archives File ▸ Open… offers (each opens as a library).
pub const ARCHIVE_EXTENSIONS: [&str; 4] = ["zip", "tar", "gz", "tgz"];

/// `rfd` dialogs on a helper thread.
pub struct NativeDialogs {
    sender: Sender<DialogAnswer>,
    receiver: Receiver<DialogAnswer>,
    showing: bool,
}

impl Default for NativeDialogs {
    fn default() -> Self {
        let (sender, receiver) = channel();
        Self {
            sender,
            receiver,
            showing: false,
        }
    }
}

impl Dialogs for NativeDialogs {
    fn request(&mut self, request: DialogRequest, ctx: &egui::Context) {
        if self.showing {
            return;
        }
        self.showing = true;
        let sender = self.sender.clone();
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("file dialog".into())
            .spawn(move || {
                let answer = match request {
                    DialogRequest::Open => {
                        let both: Vec<&str> = REPORT_EXTENSIONS
                            .iter()
                            .chain(ARCHIVE_EXTENSIONS.iter())
                            .copied()
                            .collect();
                        rfd::FileDialog::new()
                            .set_title("Open reports or archives")
                            .add_filter("Reports and archives", &both)
                            .add_filter("Reports", &REPORT_EXTENSIONS)
                            .add_filter("Archives (zip, tar, gzip)", &ARCHIVE_EXTENSIONS)
                            .add_filter("All files", &["*"])
                            .pick_files()
                            .map_or(DialogAnswer::Cancelled, DialogAnswer::Open)
                    }
                    DialogRequest::OpenFolder => rfd::FileDialog::new()
                        .set_title("Open a folder as a library")
                        .pick_folder()
                        .map_or(DialogAnswer::Cancelled, |path| {
                            DialogAnswer::Open(vec![path])
                        }),
                    DialogRequest::SaveChart { suggested_name } => rfd::FileDialog::new()
                        .set_title("Save chart as PNG")
                        .set_file_name(suggested_name)
                        .add_filter("PNG image", &["png"])
                        .save_file()
                        .map_or(DialogAnswer::Cancelled, DialogAnswer::SaveChart),
                    DialogRequest::Export {
                        tab_id,
                        suggested_name,
                    } => rfd::FileDialog::new()
                        .set_title("Export statistics")
                        .set_file_name(suggested_name)
                        .add_filter("CSV", &["csv"])
                        .add_filter("Tab-separated values", &["tsv", "tab"])
                        .add_filter("JSON", &["json", "jsonl"])
                        .add_filter("Markdown", &["md", "markdown"])
                        .save_file()
                        .map_or(DialogAnswer::Cancelled, |path| DialogAnswer::Export {
                            tab_id,
                            path,
                        }),
                };
                let _ = sender.send(answer);
                ctx.request_repaint();
            });
        if spawned.is_err() {
            self.showing = false;
        }
    }

    fn poll(&mut self) -> Option<DialogAnswer> {
        let answer = self.receiver.try_recv().ok()?;
        self.showing = false;
        Some(answer)
    }

    fn is_showing(&self) -> bool {
        self.showing
    }
}

/// Answers dialogs from a queue: for tests, and for runs without a desktop.
#[derive(Clone, Default)]
pub struct ScriptedDialogs {
    shared: Arc<Mutex<Script>>,
}

#[derive(Default)]
struct Script {
    answers: VecDeque<DialogAnswer>,
    requests: Vec<DialogRequest>,
    due: Option<DialogAnswer>,
}

impl ScriptedDialogs {
    /// Queues the answer to the next request. `tab_id` in an export answer is filled in from
    /// the request.
    pub fn answer_next(&self, answer: DialogAnswer) {
        if let Ok(mut script) = self.shared.lock() {
            script.answers.push_back(answer);
        }
    }

    /// Every request made so far.
    pub fn requests(&self) -> Vec<DialogRequest> {
        self.shared
            .lock()
            .map(|s| s.requests.clone())
            .unwrap_or_default()
    }
}

impl Dialogs for ScriptedDialogs {
    fn request(&mut self, request: DialogRequest, ctx: &egui::Context) {
        let Ok(mut script) = self.shared.lock() else {
            return;
        };
        if script.due.is_some() {
            return;
        }
        let answer = script
            .answers
            .pop_front()
            .unwrap_or(DialogAnswer::Cancelled);
        let answer = match (answer, &request) {
            (DialogAnswer::Export { path, .. }, DialogRequest::Export { tab_id, .. }) => {
                DialogAnswer::Export {
                    tab_id: *tab_id,
                    path,
                }
            }
            (answer, _) => answer,
        };
        script.requests.push(request);
        script.due = Some(answer);
        ctx.request_repaint();
    }

    fn poll(&mut self) -> Option<DialogAnswer> {
        self.shared.lock().ok()?.due.take()
    }

    fn is_showing(&self) -> bool {
        self.shared.lock().is_ok_and(|s| s.due.is_some())
    }
}
