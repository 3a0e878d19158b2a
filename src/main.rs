//! `dossier`: the window, and a headless `extract` command that prints what its side panel shows.
// Windows: a GUI program opens no console window. `dossier extract` then prints only when its
// output is redirected or piped (docs/desktop.md).
#![cfg_attr(all(windows, feature = "gui"), windows_subsystem = "windows")]

use clap::{Parser, Subcommand, ValueEnum};
use dossier::export::{self, TableFormat};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

const EXIT_CODES: &str = "\
Exit codes:
  0  success
  1  a file could not be read (one line on stderr names it and says why)
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
    /// Print what Dossier finds in each file, without opening a window.
    #[command(after_help = EXIT_CODES)]
    Extract {
        /// Files to read.
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
    let mut failed = false;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for path in paths {
        let document = match dossier::read_file(path) {
            Ok(document) => document,
            Err(error) => {
                eprintln!("dossier: {error}");
                failed = true;
                continue;
            }
        };
        let printed = match format {
            OutputFormat::Json => export::json_line(&document) + "\n",
            OutputFormat::Tsv => export::statistics_table(&document, &[], TableFormat::Tsv),
            OutputFormat::Csv => export::statistics_table(&document, &[], TableFormat::Csv),
            OutputFormat::Md => export::statistics_table(&document, &[], TableFormat::Markdown),
        };
        if out.write_all(printed.as_bytes()).is_err() {
            // A closed pipe (`| head`) is not an error worth a message.
            return ExitCode::SUCCESS;
        }
    }
    let _ = out.flush();
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
