//! `dossier`: the window, and a headless `extract` command that prints what its side panel shows.
// Windows: a GUI program opens no console window. `dossier extract` then prints only when its
// output is redirected or piped (docs/desktop.md).
#![cfg_attr(all(windows, feature = "gui"), windows_subsystem = "windows")]

use clap::{Parser, Subcommand, ValueEnum};
use dossier::collection::{self, CollectionKind, IndexOptions, Indexed};
use dossier::export::{self, TableFormat};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};

const EXIT_CODES: &str = "\
Exit codes:
  0  success
  1  a file could not be read (one line on stderr names it and says why)
  2  the command line was not understood";

const EXTRACT_HELP: &str = "\
Folders and archives: a path may be a folder (read recursively, in name order), a zip, tar,
tar.gz/tgz or gzip file (recognised by its content), and archives may hold archives. Entries
are read in memory, never unpacked to disk. Each document prints as a loose file does, its
`path` written as archive.zip!/inner/path.html. With tsv, csv or md, when any path is a folder
or an archive, one table is printed with a Document column first.

A bad entry inside a readable archive or folder (damaged, encrypted, too large, a possible zip
bomb, not a report) is one warning line on stderr, `dossier: warning: ARCHIVE!/ENTRY: why`;
the rest prints and the exit code stays 0. An archive or folder that cannot be read at all is
an error (exit 1). Limits: 4 GiB uncompressed in all, 512 MiB per entry, entries over 1 MiB
expanding more than 100 times, 100,000 entries, archives nested more than 4 deep.

Exit codes:
  0  success (warnings about entries inside archives or folders included)
  1  a file, archive or folder could not be read (one line on stderr names it and says why)
  2  the command line was not understood";

/// Read archived reports: the outline, the clean body, and every figure they state.
#[derive(Parser)]
#[command(name = "dossier", version, about, after_help = EXIT_CODES, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Reports to open in the window (text, HTML).
    paths: Vec<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Print what Dossier finds in each file, folder or archive, without opening a window.
    #[command(after_help = EXTRACT_HELP)]
    Extract {
        /// Files, folders and archives (zip, tar, tar.gz, gz) to read.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// json: one JSON object per document per line; tsv/csv/md: the figures table.
        #[arg(long, value_enum, default_value_t = OutputFormat::Json)]
        format: OutputFormat,
    },
    /// Add Dossier to your application menu and "Open with" lists (for you; no root needed).
    ///
    /// Copies this program to ~/.local/bin, and its launcher, icons and metadata to
    /// ~/.local/share. Run it again after updating Dossier.
    #[command(
        after_help = "Folders: $XDG_BIN_HOME, $XDG_DATA_HOME and $XDG_CONFIG_HOME are \
respected when set.\n\nExit codes:\n  0  installed\n  1  a file could not be written (stderr says which)"
    )]
    InstallDesktop {
        /// Also make Dossier the default application for plain text, HTML and XHTML files
        /// (your previous choice is kept behind it and comes back on uninstall-desktop).
        #[arg(long)]
        make_default: bool,
    },
    /// Remove everything install-desktop added.
    #[command(
        after_help = "Exit codes:\n  0  removed, or nothing was installed\n  1  a file could not be removed (stderr says which)"
    )]
    UninstallDesktop,
}

#[derive(Clone, Copy, ValueEnum)]
enum OutputFormat {
    Json,
    Tsv,
    Csv,
    Md,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Extract { paths, format }) => extract(&paths, format),
        Some(Command::InstallDesktop { make_default }) => {
            dossier::desktop::install_command(make_default)
        }
        Some(Command::UninstallDesktop) => dossier::desktop::uninstall_command(),
        // `Exec=dossier %F` may pass relative paths or file:// URIs.
        None => open_window(dossier::desktop::paths_from_arguments(cli.paths)),
    }
}

#[cfg(feature = "gui")]
fn open_window(paths: Vec<PathBuf>) -> ExitCode {
    match dossier::app::run(paths) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("dossier: cannot open a window: {error}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(not(feature = "gui"))]
fn open_window(_paths: Vec<PathBuf>) -> ExitCode {
    eprintln!(
        "dossier: this build has no window (built without the `gui` feature); use `dossier extract`"
    );
    ExitCode::from(2)
}

/// `dossier extract`: documents that load are printed even when others fail.
fn extract(paths: &[PathBuf], format: OutputFormat) -> ExitCode {
    // Archives and folders are recognised by content before the single-file loader, which
    // refuses a zip as "not a report". A path that cannot even be looked at goes to the
    // loader, whose message says why.
    let kinds: Vec<CollectionKind> = paths
        .iter()
        .map(|path| collection::kind_of(path).unwrap_or(CollectionKind::File))
        .collect();
    let mut output = Output {
        out: std::io::BufWriter::new(std::io::stdout().lock()),
        format,
        document_column: kinds.iter().any(|k| *k != CollectionKind::File),
        header_printed: false,
        closed: false,
    };
    let mut failed = false;
    for (path, kind) in paths.iter().zip(kinds) {
        let read = match kind {
            CollectionKind::File => extract_file(path, &mut output),
            CollectionKind::Folder | CollectionKind::Archive(_) => {
                extract_collection(path, &mut output)
            }
        };
        failed |= !read;
        if output.closed {
            // A closed pipe (`| head`) is not an error worth a message.
            return ExitCode::SUCCESS;
        }
    }
    let _ = output.out.flush();
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Where `extract` prints, and how.
struct Output<W: Write> {
    out: W,
    format: OutputFormat,
    /// One figures table for everything, with a Document column (folders and archives).
    document_column: bool,
    header_printed: bool,
    /// The reader went away: stop.
    closed: bool,
}

impl<W: Write> Output<W> {
    fn document(&mut self, document: &dossier::Document) {
        let table = |format| {
            if self.document_column {
                collection::figures_table_part(document, format, !self.header_printed)
            } else {
                export::statistics_table(document, format)
            }
        };
        let printed = match self.format {
            OutputFormat::Json => export::json_line(document) + "\n",
            OutputFormat::Tsv => table(TableFormat::Tsv),
            OutputFormat::Csv => table(TableFormat::Csv),
            OutputFormat::Md => table(TableFormat::Markdown),
        };
        self.header_printed = true;
        if self.out.write_all(printed.as_bytes()).is_err() {
            self.closed = true;
        }
    }
}

/// One loose report; false when it could not be read.
fn extract_file(path: &Path, output: &mut Output<impl Write>) -> bool {
    match dossier::read_file(path) {
        Ok(document) => {
            output.document(&document);
            true
        }
        Err(error) => {
            eprintln!("dossier: {error}");
            false
        }
    }
}

/// A folder or an archive, document by document as they are indexed; false when it could not
/// be read at all. Bad entries are warnings.
fn extract_collection(path: &Path, output: &mut Output<impl Write>) -> bool {
    let listed = match collection::list(path) {
        Ok(listed) => listed,
        Err(error) => {
            eprintln!("dossier: {error}");
            return false;
        }
    };
    for warning in &listed.warnings {
        eprintln!("dossier: warning: {warning}");
    }
    let options = IndexOptions {
        keep_documents: true,
        threads: 0,
    };
    let stop = AtomicBool::new(false);
    let indexed = collection::index(&listed, &options, &stop, |item| match item {
        Indexed::Document(indexed) => {
            if let Some(document) = indexed.document {
                output.document(&document);
            }
            if output.closed {
                stop.store(true, Ordering::Relaxed);
            }
        }
        Indexed::Failed { error, .. } => eprintln!("dossier: warning: {error}"),
    });
    match indexed {
        Ok(_) => true,
        Err(error) => {
            eprintln!("dossier: {error}");
            false
        }
    }
}
