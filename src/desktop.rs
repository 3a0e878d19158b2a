//! Desktop integration: `dossier install-desktop` puts Dossier in the user's application menu
//! and "Open with" lists (program, launcher, icons, AppStream metadata) under the XDG folders,
//! without root; `dossier uninstall-desktop` removes exactly those files again. It also turns
//! the arguments a launcher passes (`Exec=dossier %F`: relative paths, `file://` URIs) into
//! paths the window can open.
//!
//! Design notes for the next hacker:
//! - Every file the installer writes comes from `Layout::planned_files`, and the uninstaller
//!   removes that same list, so the two cannot drift apart.
//! - The program is *copied*, not symlinked, to `$XDG_BIN_HOME` (default `~/.local/bin`): a
//!   symlink into a build folder dies with `cargo clean` or a moved checkout. Files are written
//!   to a temporary name and renamed into place, so reinstalling over a running Dossier works
//!   and a menu never reads a half-written launcher.
//! - The icons, launcher and metadata are compiled into the binary (`include_bytes!`), so the
//!   installer works from any folder, including a downloaded binary with no `assets/` beside it.
//! - Installing does not make Dossier the default application for anything unless asked
//!   (`--make-default`, for [`DEFAULT_FOR`]): the launcher's `MimeType=` line already offers it
//!   under "Open with". When asked, Dossier is put *first* in `[Default Applications]` of
//!   `mimeapps.list`, keeping the user's previous choice after it, so uninstalling restores it.
//! - Cache tools (`update-desktop-database`, `gtk-update-icon-cache`) are optional: a missing
//!   one is reported and skipped, never an error.
//! - Functions take their folders as parameters ([`Folders`]); only [`install_command`],
//!   [`uninstall_command`] and [`Folders::from_environment`] read the process environment, so
//!   tests run in parallel on temporary folders and never touch the real home.

use std::ffi::{OsStr, OsString};
use std::fmt::Write as _;
use std::io;
use std::path::{Component, Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};

/// The launcher's file name; also the desktop id that `mimeapps.list` names.
pub const DESKTOP_ID: &str = "dossier.desktop";
/// The AppStream component id.
pub const APPSTREAM_ID: &str = "io.github.dossier.Dossier";
/// The icon name the launcher and the window use.
pub const ICON_NAME: &str = "dossier";
/// The installed program's file name.
const BINARY_NAME: &str = if cfg!(windows) {
    "dossier.exe"
} else {
    "dossier"
};

/// The launcher as shipped in `assets/` (`Exec=dossier %F`; rewritten with the installed path).
pub const DESKTOP_ENTRY: &str = include_str!("../assets/dossier.desktop");
/// The AppStream metadata as shipped in `assets/`.
pub const METAINFO: &str = include_str!("../assets/io.github.dossier.Dossier.metainfo.xml");
/// The scalable icon.
pub const ICON_SVG: &[u8] = include_bytes!("../assets/icons/dossier.svg");
/// The icon rendered at each size of the hicolor theme: `(pixels, PNG bytes)`.
pub const ICON_PNGS: [(u32, &[u8]); 8] = [
    (16, include_bytes!("../assets/icons/dossier-16.png")),
    (24, include_bytes!("../assets/icons/dossier-24.png")),
    (32, include_bytes!("../assets/icons/dossier-32.png")),
    (48, include_bytes!("../assets/icons/dossier-48.png")),
    (64, include_bytes!("../assets/icons/dossier-64.png")),
    (128, include_bytes!("../assets/icons/dossier-128.png")),
    (256, include_bytes!("../assets/icons/dossier-256.png")),
    (512, include_bytes!("../assets/icons/dossier-512.png")),
];

/// Why installing or uninstalling failed; each message names the file involved.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DesktopError {
    /// Neither `$HOME` nor the XDG variables say where the user's folders are.
    #[error("cannot tell where your home folder is: $HOME is not set")]
    NoHome,
    /// The running program could not be located, so it cannot be copied.
    #[error("cannot find the running program to copy it: {0}")]
    CurrentExe(#[source] io::Error),
    /// A path cannot be written into a `.desktop` file, which must be UTF-8.
    #[error("{0} cannot be named in a .desktop file: the path is not valid UTF-8")]
    PathNotUtf8(PathBuf),
    /// Reading a file failed.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The reason.
        source: io::Error,
    },
    /// Creating a folder or writing a file failed.
    #[error("cannot write {path}: {source}")]
    Write {
        /// The file or folder.
        path: PathBuf,
        /// The reason.
        source: io::Error,
    },
    /// Removing a file failed.
    #[error("cannot remove {path}: {source}")]
    Remove {
        /// The file.
        path: PathBuf,
        /// The reason.
        source: io::Error,
    },
}

/// The user's folders that desktop integration writes into.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Folders {
    /// Where the program goes: `$XDG_BIN_HOME`, default `~/.local/bin`.
    pub bin_home: PathBuf,
    /// `$XDG_DATA_HOME`, default `~/.local/share`: launcher, icons, metadata.
    pub data_home: PathBuf,
    /// `$XDG_CONFIG_HOME`, default `~/.config`: `mimeapps.list` (only with `--make-default`).
    pub config_home: PathBuf,
}

impl Folders {
    /// The folders named by the XDG variables, with the spec's defaults under `$HOME`.
    pub fn from_environment() -> Result<Self, DesktopError> {
        let var = |name: &str| std::env::var_os(name);
        Self::from_values(
            var("HOME").as_deref(),
            var("XDG_BIN_HOME").as_deref(),
            var("XDG_DATA_HOME").as_deref(),
            var("XDG_CONFIG_HOME").as_deref(),
        )
    }

    /// The folders from given variable values. Per the XDG base directory spec, an unset, empty
    /// or relative value is ignored in favour of the default under `home`.
    pub fn from_values(
        home: Option<&OsStr>,
        xdg_bin_home: Option<&OsStr>,
        xdg_data_home: Option<&OsStr>,
        xdg_config_home: Option<&OsStr>,
    ) -> Result<Self, DesktopError> {
        let home = home.filter(|h| !h.is_empty()).map(PathBuf::from);
        let pick = |value: Option<&OsStr>, default: &str| -> Result<PathBuf, DesktopError> {
            match value.map(Path::new).filter(|p| p.is_absolute()) {
                Some(path) => Ok(path.to_path_buf()),
                None => home
                    .as_ref()
                    .map(|h| h.join(default))
                    .ok_or(DesktopError::NoHome),
            }
        };
        Ok(Self {
            bin_home: pick(xdg_bin_home, ".local/bin")?,
            data_home: pick(xdg_data_home, ".local/share")?,
            config_home: pick(xdg_config_home, ".config")?,
        })
    }
}

/// What to install, beyond the fixed set of files.
#[derive(Clone, Debug)]
pub struct InstallOptions {
    /// The program to copy (normally the running one).
    pub program: PathBuf,
    /// Make Dossier the default application for every type its launcher lists.
    pub make_default: bool,
    /// Run `update-desktop-database` and friends afterwards (off in tests).
    pub refresh_caches: bool,
}

/// What a run did, in lines for the user.
#[derive(Debug, Default)]
pub struct Report {
    /// Files written or removed, and caches refreshed.
    pub done: Vec<String>,
    /// Optional steps that were skipped, and why.
    pub skipped: Vec<String>,
}

/// Where each installed file goes.
#[derive(Clone, Debug)]
pub struct Layout {
    /// The installed program.
    pub program: PathBuf,
    /// The launcher, `…/applications/dossier.desktop`.
    pub desktop_file: PathBuf,
    /// `…/icons/hicolor`.
    pub icon_theme: PathBuf,
    /// `…/metainfo/io.github.dossier.Dossier.metainfo.xml`.
    pub metainfo: PathBuf,
    /// `$XDG_CONFIG_HOME/mimeapps.list`.
    pub mimeapps: PathBuf,
    /// The roots above which empty folders are never removed.
    roots: Vec<PathBuf>,
}

/// The bytes of one installed file.
enum Contents {
    Static(&'static [u8]),
    Owned(Vec<u8>),
}

impl Contents {
    fn bytes(&self) -> &[u8] {
        match self {
            Contents::Static(bytes) => bytes,
            Contents::Owned(bytes) => bytes,
        }
    }
}

impl Layout {
    /// The standard places under `folders`.
    pub fn new(folders: &Folders) -> Self {
        let data = &folders.data_home;
        Self {
            program: folders.bin_home.join(BINARY_NAME),
            desktop_file: data.join("applications").join(DESKTOP_ID),
            icon_theme: data.join("icons").join("hicolor"),
            metainfo: data
                .join("metainfo")
                .join(format!("{APPSTREAM_ID}.metainfo.xml")),
            mimeapps: folders.config_home.join("mimeapps.list"),
            roots: vec![
                folders.bin_home.clone(),
                folders.data_home.clone(),
                folders.config_home.clone(),
            ],
        }
    }

    /// The path of the hicolor icon at `pixels` (or the scalable one for `None`).
    pub fn icon(&self, pixels: Option<u32>) -> PathBuf {
        match pixels {
            Some(px) => self
                .icon_theme
                .join(format!("{px}x{px}"))
                .join("apps")
                .join(format!("{ICON_NAME}.png")),
            None => self
                .icon_theme
                .join("scalable")
                .join("apps")
                .join(format!("{ICON_NAME}.svg")),
        }
    }

    /// Every file besides the program that install writes and uninstall removes.
    fn planned_files(&self) -> Result<Vec<(PathBuf, Contents)>, DesktopError> {
        let mut files = vec![(
            self.desktop_file.clone(),
            Contents::Owned(desktop_entry_for(&self.program)?.into_bytes()),
        )];
        files.extend(
            ICON_PNGS
                .iter()
                .map(|&(px, png)| (self.icon(Some(px)), Contents::Static(png))),
        );
        files.push((self.icon(None), Contents::Static(ICON_SVG)));
        files.push((self.metainfo.clone(), Contents::Static(METAINFO.as_bytes())));
        Ok(files)
    }

    /// Every path uninstall removes, the program first.
    pub fn installed_paths(&self) -> Vec<PathBuf> {
        let mut paths = vec![self.program.clone(), self.desktop_file.clone()];
        paths.extend(ICON_PNGS.iter().map(|&(px, _)| self.icon(Some(px))));
        paths.push(self.icon(None));
        paths.push(self.metainfo.clone());
        paths
    }
}

/// The types `--make-default` claims: those the window opens today. The launcher declares more
/// (XML, RSS, archives), which "Open with" offers. The engine and `dossier extract` read zip,
/// tar and gzip collections now ([`crate::collection`]), but the window has no library panel
/// yet: add the archive types here when it does, not before, or a double-click on a zip would
/// open a window that cannot show it.
pub const DEFAULT_FOR: [&str; 3] = ["text/plain", "text/html", "application/xhtml+xml"];

/// The MIME types the launcher declares (`MimeType=`), in order.
pub fn mime_types() -> Vec<&'static str> {
    DESKTOP_ENTRY
        .lines()
        .find_map(|line| line.strip_prefix("MimeType="))
        .map(|list| list.split(';').filter(|t| !t.is_empty()).collect())
        .unwrap_or_default()
}

/// The shipped launcher with `Exec=` and `TryExec=` naming `program` by its absolute path,
/// so the menu works even when `~/.local/bin` is not on `$PATH`.
pub fn desktop_entry_for(program: &Path) -> Result<String, DesktopError> {
    let Some(program_str) = program.to_str() else {
        return Err(DesktopError::PathNotUtf8(program.to_path_buf()));
    };
    let quoted = exec_quote(program_str);
    let mut entry = String::with_capacity(DESKTOP_ENTRY.len() + 64);
    for line in DESKTOP_ENTRY.lines() {
        if line.starts_with("Exec=") {
            let _ = writeln!(entry, "Exec={quoted} %F");
        } else if line.starts_with("TryExec=") {
            // TryExec is a plain string value, not a command line: escape only `\`.
            let _ = writeln!(entry, "TryExec={}", program_str.replace('\\', "\\\\"));
        } else {
            entry.push_str(line);
            entry.push('\n');
        }
    }
    Ok(entry)
}

/// `program` as the first word of an `Exec=` value: quoted when it holds a reserved character,
/// `%` doubled, then escaped once more as a desktop-entry string (the spec's two levels).
fn exec_quote(program: &str) -> String {
    let plain = program
        .chars()
        .all(|c| c.is_alphanumeric() || "/._-+,@:".contains(c));
    let word = if plain {
        program.to_owned()
    } else {
        let mut quoted = String::from("\"");
        for c in program.chars() {
            if matches!(c, '"' | '`' | '$' | '\\') {
                quoted.push('\\');
            }
            quoted.push(c);
        }
        quoted.push('"');
        quoted
    };
    word.replace('%', "%%").replace('\\', "\\\\")
}

/// Installs Dossier for the user: the program, launcher, icons and metadata under `folders`,
/// then (optionally) the default-application entries and the desktop caches. Running it again
/// rewrites the same files.
pub fn install(folders: &Folders, options: &InstallOptions) -> Result<Report, DesktopError> {
    let layout = Layout::new(folders);
    let mut report = Report::default();

    if same_file(&options.program, &layout.program) {
        report.done.push(format!(
            "program   {} (already the running program)",
            layout.program.display()
        ));
    } else {
        let bytes = std::fs::read(&options.program).map_err(|source| DesktopError::Read {
            path: options.program.clone(),
            source,
        })?;
        write_atomically(&layout.program, &bytes, true)?;
        report
            .done
            .push(format!("program   {}", layout.program.display()));
    }

    for (path, contents) in layout.planned_files()? {
        write_atomically(&path, contents.bytes(), false)?;
    }
    report
        .done
        .push(format!("launcher  {}", layout.desktop_file.display()));
    report.done.push(format!(
        "icons     {} ({} sizes and scalable)",
        layout.icon_theme.display(),
        ICON_PNGS.len()
    ));
    report
        .done
        .push(format!("metadata  {}", layout.metainfo.display()));

    if options.make_default {
        let old = read_if_exists(&layout.mimeapps)?.unwrap_or_default();
        let new = with_default_application(&old, DESKTOP_ID, &DEFAULT_FOR);
        write_atomically(&layout.mimeapps, new.as_bytes(), false)?;
        report.done.push(format!(
            "defaults  {} (Dossier first for {}; your earlier choices kept after it)",
            layout.mimeapps.display(),
            DEFAULT_FOR.join(", ")
        ));
    }

    if options.refresh_caches {
        refresh_caches(&layout, &mut report);
    }
    Ok(report)
}

/// Removes every file [`install`] writes, Dossier's entries in `mimeapps.list`, and folders left
/// empty by that; then refreshes the caches. Files that are already gone are not an error.
pub fn uninstall(folders: &Folders, refresh: bool) -> Result<Report, DesktopError> {
    let layout = Layout::new(folders);
    let mut report = Report::default();
    let mut removed = 0;
    for path in layout.installed_paths() {
        match std::fs::remove_file(&path) {
            Ok(()) => {
                removed += 1;
                remove_empty_parents(&path, &layout.roots);
            }
            Err(error) if error.kind() == io::ErrorKind::NotFound => {}
            Err(source) => return Err(DesktopError::Remove { path, source }),
        }
    }
    if removed > 0 {
        report.done.push(format!(
            "removed {removed} files: {}, {}, the icons in {}, {}",
            layout.program.display(),
            layout.desktop_file.display(),
            layout.icon_theme.display(),
            layout.metainfo.display()
        ));
    }

    if let Some(old) = read_if_exists(&layout.mimeapps)? {
        let new = without_default_application(&old, DESKTOP_ID);
        if new != old {
            if new
                .trim()
                .lines()
                .all(|l| l.trim().is_empty() || l.starts_with('['))
            {
                remove_file(&layout.mimeapps)?;
            } else {
                write_atomically(&layout.mimeapps, new.as_bytes(), false)?;
            }
            report.done.push(format!(
                "defaults  Dossier removed from {}",
                layout.mimeapps.display()
            ));
        }
    }

    if report.done.is_empty() {
        report
            .skipped
            .push("Dossier's desktop integration was not installed here: nothing to remove".into());
    } else if refresh {
        refresh_caches(&layout, &mut report);
    }
    Ok(report)
}

/// `dossier install-desktop`: installs for the current user and prints what it did.
pub fn install_command(make_default: bool) -> ExitCode {
    if let Some(message) = unsupported_platform() {
        eprintln!("dossier: {message}");
        return ExitCode::FAILURE;
    }
    let result = Folders::from_environment().and_then(|folders| {
        let program = std::env::current_exe().map_err(DesktopError::CurrentExe)?;
        let options = InstallOptions {
            program,
            make_default,
            refresh_caches: true,
        };
        install(&folders, &options).map(|report| (folders, report))
    });
    match result {
        Ok((folders, report)) => {
            println!("Installed Dossier for this user:");
            print_report(&report);
            if !is_on_path(&folders.bin_home) {
                println!(
                    "Note: {} is not on your $PATH. The menu entry works anyway (it names the \
                     program by its full path); add the folder to $PATH to type `dossier` in a \
                     terminal.",
                    folders.bin_home.display()
                );
            }
            println!(
                "Dossier is now in your application menu and under \"Open with\" for reports."
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("dossier: install-desktop failed: {error}");
            ExitCode::FAILURE
        }
    }
}

/// `dossier uninstall-desktop`: removes what `install-desktop` wrote and prints what it did.
pub fn uninstall_command() -> ExitCode {
    if let Some(message) = unsupported_platform() {
        eprintln!("dossier: {message}");
        return ExitCode::FAILURE;
    }
    match Folders::from_environment().and_then(|folders| uninstall(&folders, true)) {
        Ok(report) => {
            if !report.done.is_empty() {
                println!("Uninstalled Dossier's desktop integration:");
            }
            print_report(&report);
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("dossier: uninstall-desktop failed: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Turns the arguments a launcher or a shell passes into paths the window opens: `file://` URIs
/// are percent-decoded, relative paths are resolved against the current folder.
pub fn paths_from_arguments(arguments: Vec<PathBuf>) -> Vec<PathBuf> {
    let current_dir = std::env::current_dir().ok();
    arguments
        .into_iter()
        .map(|argument| path_from_argument(&argument, current_dir.as_deref()))
        .collect()
}

/// One argument as a path: a local `file://` URI becomes its path; a relative path is joined to
/// `current_dir` (when known) with `.` components dropped. Anything else is returned unchanged,
/// so the loader reports it in its own words.
pub fn path_from_argument(argument: &Path, current_dir: Option<&Path>) -> PathBuf {
    let text = argument.to_str();
    if let Some(path) = text.and_then(path_from_file_uri) {
        return path;
    }
    if text.is_some_and(is_other_uri) {
        return argument.to_path_buf();
    }
    let path = argument.to_path_buf();
    match current_dir {
        Some(dir) if path.is_relative() => dir
            .join(&path)
            .components()
            .filter(|c| !matches!(c, Component::CurDir))
            .collect(),
        _ => path,
    }
}

/// `scheme://…` that is not a local file (`https://`, `smb://`, `file://server/`).
fn is_other_uri(text: &str) -> bool {
    text.split_once("://").is_some_and(|(scheme, _)| {
        scheme.len() > 1
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    })
}

/// The path in a `file://` URI for this machine (`file:///p`, `file://localhost/p`), decoded.
/// A `#` is kept as part of the name: launchers escape it as `%23`, and a local file name with
/// a literal `#` is likelier than a fragment on a file a viewer is asked to open.
fn path_from_file_uri(uri: &str) -> Option<PathBuf> {
    let scheme = uri.get(..7)?;
    if !scheme.eq_ignore_ascii_case("file://") {
        return None;
    }
    let rest = &uri[7..];
    let path = if rest.starts_with('/') {
        rest
    } else if rest.len() >= 9 && rest[..9].eq_ignore_ascii_case("localhost") {
        &rest[9..]
    } else {
        return None; // another host's file
    };
    let bytes = percent_decode(path)?;
    bytes_to_path(bytes)
}

/// `%XX` escapes decoded; `None` when an escape is malformed.
fn percent_decode(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len());
    let mut bytes = text.bytes();
    while let Some(b) = bytes.next() {
        if b == b'%' {
            let hi = char::from(bytes.next()?).to_digit(16)?;
            let lo = char::from(bytes.next()?).to_digit(16)?;
            out.push(u8::try_from(hi * 16 + lo).ok()?);
        } else {
            out.push(b);
        }
    }
    Some(out)
}

#[cfg(unix)]
fn bytes_to_path(bytes: Vec<u8>) -> Option<PathBuf> {
    use std::os::unix::ffi::OsStringExt;
    Some(PathBuf::from(OsString::from_vec(bytes)))
}

#[cfg(not(unix))]
fn bytes_to_path(bytes: Vec<u8>) -> Option<PathBuf> {
    // `file:///C:/x` names `C:/x` on Windows.
    let text = String::from_utf8(bytes).ok()?;
    let text = match text.strip_prefix('/') {
        Some(rest) if rest.get(1..2) == Some(":") => rest.to_owned(),
        _ => text,
    };
    Some(PathBuf::from(text))
}

/// `text` with `desktop_id` first in `[Default Applications]` for each of `types`, the other
/// applications already listed kept after it. Everything else in the file is left as it was.
pub fn with_default_application(text: &str, desktop_id: &str, types: &[&str]) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    let section = find_section(&lines, "[Default Applications]");
    let (start, mut end) = match section {
        Some(range) => range,
        None => {
            if lines.last().is_some_and(|l| !l.trim().is_empty()) {
                lines.push(String::new());
            }
            lines.push("[Default Applications]".to_owned());
            (lines.len(), lines.len())
        }
    };
    for mime in types {
        let existing = (start..end).find(|&i| key_of(&lines[i]) == Some(mime));
        match existing {
            Some(i) => {
                let others = value_of(&lines[i])
                    .split(';')
                    .filter(|id| !id.is_empty() && *id != desktop_id)
                    .map(|id| format!("{id};"))
                    .collect::<String>();
                lines[i] = format!("{mime}={desktop_id};{others}");
            }
            None => {
                // After the section's last entry, not after trailing blank lines.
                let mut at = end;
                while at > start && lines[at - 1].trim().is_empty() {
                    at -= 1;
                }
                lines.insert(at, format!("{mime}={desktop_id};"));
                end += 1;
            }
        }
    }
    lines.join("\n") + "\n"
}

/// `text` with `desktop_id` taken out of `[Default Applications]`; an entry left with no
/// application is dropped. Everything else is left as it was.
pub fn without_default_application(text: &str, desktop_id: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let Some((start, end)) = find_section(&lines, "[Default Applications]") else {
        return text.to_owned();
    };
    let mut out = Vec::with_capacity(lines.len());
    for (i, line) in lines.iter().enumerate() {
        let in_section = (start..end).contains(&i);
        match key_of(line) {
            Some(key) if in_section && value_of(line).split(';').any(|id| id == desktop_id) => {
                let others = value_of(line)
                    .split(';')
                    .filter(|id| !id.is_empty() && *id != desktop_id)
                    .map(|id| format!("{id};"))
                    .collect::<String>();
                if !others.is_empty() {
                    out.push(format!("{key}={others}"));
                }
            }
            _ => out.push((*line).to_owned()),
        }
    }
    let joined = out.join("\n");
    if text.ends_with('\n') {
        joined + "\n"
    } else {
        joined
    }
}

/// The lines after `header` up to the next section: `(first, end)` as indices.
fn find_section<S: AsRef<str>>(lines: &[S], header: &str) -> Option<(usize, usize)> {
    let at = lines.iter().position(|l| l.as_ref().trim() == header)?;
    let end = lines
        .iter()
        .skip(at + 1)
        .position(|l| l.as_ref().trim_start().starts_with('['))
        .map_or(lines.len(), |n| at + 1 + n);
    Some((at + 1, end))
}

fn key_of(line: &str) -> Option<&str> {
    let (key, _) = line.split_once('=')?;
    let key = key.trim();
    (!key.is_empty() && !key.starts_with('#')).then_some(key)
}

fn value_of(line: &str) -> &str {
    line.split_once('=').map_or("", |(_, value)| value.trim())
}

/// Refreshes what menus and "Open with" read; a missing tool is reported and skipped.
fn refresh_caches(layout: &Layout, report: &mut Report) {
    if let Some(applications) = layout.desktop_file.parent() {
        run_tool(
            report,
            "update-desktop-database",
            &[applications.as_os_str()],
            "\"Open with\" may list Dossier only after you log in again",
        );
    }
    // GTK reads a stale icon cache instead of the folder, so refresh one that exists; creating
    // one where there was none would hide icons that other programs install later.
    if layout.icon_theme.join("icon-theme.cache").exists() {
        run_tool(
            report,
            "gtk-update-icon-cache",
            &[
                OsStr::new("--quiet"),
                OsStr::new("--force"),
                OsStr::new("--ignore-theme-index"),
                layout.icon_theme.as_os_str(),
            ],
            "the menu may show the old icon until you log in again",
        );
    }
}

fn run_tool(report: &mut Report, tool: &str, args: &[&OsStr], consequence: &str) {
    let status = Command::new(tool)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    match status {
        Ok(status) if status.success() => report.done.push(format!("refreshed {tool}")),
        Ok(status) => report
            .skipped
            .push(format!("{tool} failed ({status}): {consequence}")),
        Err(error) if error.kind() == io::ErrorKind::NotFound => report
            .skipped
            .push(format!("{tool} is not installed: {consequence}")),
        Err(error) => report
            .skipped
            .push(format!("{tool} could not run ({error}): {consequence}")),
    }
}

fn print_report(report: &Report) {
    for line in &report.done {
        println!("  {line}");
    }
    for line in &report.skipped {
        println!("  skipped: {line}");
    }
}

fn unsupported_platform() -> Option<&'static str> {
    if cfg!(target_os = "macos") {
        Some(
            "install-desktop is for Linux and BSD desktops; on macOS build Dossier.app with `cargo bundle --release` and drag it to Applications",
        )
    } else if cfg!(windows) {
        Some(
            "install-desktop is for Linux and BSD desktops; on Windows put dossier.exe where you like and use \"Open with\" → \"Choose another app\"",
        )
    } else {
        None
    }
}

fn is_on_path(folder: &Path) -> bool {
    std::env::var_os("PATH").is_some_and(|path| std::env::split_paths(&path).any(|p| p == folder))
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

fn read_if_exists(path: &Path) -> Result<Option<String>, DesktopError> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(Some(text)),
        Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(DesktopError::Read {
            path: path.to_path_buf(),
            source,
        }),
    }
}

fn remove_file(path: &Path) -> Result<(), DesktopError> {
    std::fs::remove_file(path).map_err(|source| DesktopError::Remove {
        path: path.to_path_buf(),
        source,
    })
}

/// Writes `bytes` to a temporary name beside `path` and renames it into place, creating the
/// folders on the way; `executable` sets mode 755 (on Unix).
fn write_atomically(path: &Path, bytes: &[u8], executable: bool) -> Result<(), DesktopError> {
    let fail = |source| DesktopError::Write {
        path: path.to_path_buf(),
        source,
    };
    let parent = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent).map_err(fail)?;
    let mut temporary_name = OsString::from(".");
    temporary_name.push(path.file_name().unwrap_or(OsStr::new("dossier")));
    temporary_name.push(format!(".{}.tmp", std::process::id()));
    let temporary = parent.join(temporary_name);
    let written = std::fs::write(&temporary, bytes)
        .and_then(|()| set_mode(&temporary, executable))
        .and_then(|()| std::fs::rename(&temporary, path));
    if let Err(error) = written {
        let _ = std::fs::remove_file(&temporary);
        return Err(fail(error));
    }
    Ok(())
}

#[cfg(unix)]
fn set_mode(path: &Path, executable: bool) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let mode = if executable { 0o755 } else { 0o644 };
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
}

#[cfg(not(unix))]
fn set_mode(_path: &Path, _executable: bool) -> io::Result<()> {
    Ok(())
}

/// Removes the folders above `file` that are now empty, stopping at (and keeping) any root.
fn remove_empty_parents(file: &Path, roots: &[PathBuf]) {
    let mut folder = file.parent();
    while let Some(dir) = folder {
        if roots.iter().any(|root| root == dir) || std::fs::remove_dir(dir).is_err() {
            break; // a root, or not empty
        }
        folder = dir.parent();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Temporary XDG folders and a stand-in program; never the real home.
    struct Sandbox {
        _dir: tempfile::TempDir,
        home: PathBuf,
        folders: Folders,
        program: PathBuf,
    }

    fn sandbox() -> Sandbox {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let root = dir.path().to_path_buf();
        let program = root.join("build").join("dossier");
        std::fs::create_dir_all(root.join("build")).expect("build folder");
        std::fs::write(&program, b"#!/bin/sh\necho dossier\n").expect("program");
        let folders = Folders {
            bin_home: root.join("home/.local/bin"),
            data_home: root.join("home/.local/share"),
            config_home: root.join("home/.config"),
        };
        Sandbox {
            _dir: dir,
            home: root.join("home"),
            folders,
            program,
        }
    }

    fn options(sandbox: &Sandbox, make_default: bool) -> InstallOptions {
        InstallOptions {
            program: sandbox.program.clone(),
            make_default,
            refresh_caches: false,
        }
    }

    fn files_under(root: &Path) -> Vec<PathBuf> {
        let mut found = Vec::new();
        let mut stack = vec![root.to_path_buf()];
        while let Some(dir) = stack.pop() {
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            for entry in entries.flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                } else {
                    found.push(path);
                }
            }
        }
        found.sort();
        found
    }

    #[test]
    fn install_writes_program_launcher_icons_and_metadata_into_the_xdg_folders() {
        let sandbox = sandbox();
        install(&sandbox.folders, &options(&sandbox, false)).expect("install");
        let data = &sandbox.folders.data_home;
        let program = sandbox.folders.bin_home.join("dossier");
        assert_eq!(
            std::fs::read(&program).expect("program"),
            b"#!/bin/sh\necho dossier\n"
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&program)
                .expect("meta")
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o755);
        }
        for size in [16, 24, 32, 48, 64, 128, 256, 512] {
            let icon = data.join(format!("icons/hicolor/{size}x{size}/apps/dossier.png"));
            let png = std::fs::read(&icon).expect("icon");
            assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
            // The PNG header's width is the folder's size.
            assert_eq!(
                u32::from_be_bytes([png[16], png[17], png[18], png[19]]),
                size
            );
        }
        assert!(
            data.join("icons/hicolor/scalable/apps/dossier.svg")
                .is_file()
        );
        assert!(
            data.join("metainfo/io.github.dossier.Dossier.metainfo.xml")
                .is_file()
        );
        let entry =
            std::fs::read_to_string(data.join("applications/dossier.desktop")).expect("launcher");
        assert!(entry.contains(&format!("\nExec={} %F\n", program.display())));
        assert!(entry.contains(&format!("\nTryExec={}\n", program.display())));
        assert!(entry.contains("\nIcon=dossier\n"));
        // Without --make-default the user's defaults are untouched.
        assert!(!sandbox.folders.config_home.join("mimeapps.list").exists());
    }

    #[test]
    fn installing_twice_leaves_the_same_files() {
        let sandbox = sandbox();
        install(&sandbox.folders, &options(&sandbox, true)).expect("first install");
        let root = sandbox.home.clone();
        let first: Vec<(PathBuf, Vec<u8>)> = files_under(&root)
            .into_iter()
            .map(|p| (p.clone(), std::fs::read(&p).expect("read")))
            .collect();
        install(&sandbox.folders, &options(&sandbox, true)).expect("second install");
        let second: Vec<(PathBuf, Vec<u8>)> = files_under(&root)
            .into_iter()
            .map(|p| (p.clone(), std::fs::read(&p).expect("read")))
            .collect();
        assert_eq!(first, second);
        // 1 program + 1 launcher + 8 PNGs + 1 SVG + 1 metainfo + mimeapps.list
        assert_eq!(first.len(), 13);
    }

    #[test]
    fn uninstall_removes_everything_install_wrote_and_nothing_else() {
        let sandbox = sandbox();
        let home = sandbox.home.clone();
        let unrelated = sandbox.folders.data_home.join("applications/other.desktop");
        std::fs::create_dir_all(unrelated.parent().expect("dir")).expect("dir");
        std::fs::write(&unrelated, "[Desktop Entry]\n").expect("other launcher");
        let before = files_under(&home);

        install(&sandbox.folders, &options(&sandbox, true)).expect("install");
        let report = uninstall(&sandbox.folders, false).expect("uninstall");
        assert!(!report.done.is_empty());
        assert_eq!(files_under(&home), before);
        // Emptied folders are gone, the roots and shared folders stay.
        assert!(!sandbox.folders.data_home.join("icons").exists());
        assert!(!sandbox.folders.data_home.join("metainfo").exists());
        assert!(sandbox.folders.data_home.join("applications").is_dir());
        assert!(sandbox.folders.bin_home.is_dir());
        // The stand-in build is untouched.
        assert!(sandbox.program.is_file());
    }

    #[test]
    fn uninstalling_when_nothing_is_installed_succeeds_and_says_so() {
        let sandbox = sandbox();
        let report = uninstall(&sandbox.folders, false).expect("uninstall");
        assert!(report.done.is_empty());
        assert_eq!(report.skipped.len(), 1);
    }

    #[test]
    fn make_default_puts_dossier_first_and_uninstall_restores_the_users_choice() {
        let sandbox = sandbox();
        let mimeapps = sandbox.folders.config_home.join("mimeapps.list");
        std::fs::create_dir_all(&sandbox.folders.config_home).expect("config");
        let original = "[Added Associations]\ntext/plain=gedit.desktop;\n\n\
                        [Default Applications]\ntext/plain=gedit.desktop;\nimage/png=eog.desktop;\n";
        std::fs::write(&mimeapps, original).expect("mimeapps");

        install(&sandbox.folders, &options(&sandbox, true)).expect("install");
        let text = std::fs::read_to_string(&mimeapps).expect("read");
        assert!(text.contains("\ntext/plain=dossier.desktop;gedit.desktop;\n"));
        assert!(text.contains("\nimage/png=eog.desktop;\n"));
        assert!(text.contains("\ntext/html=dossier.desktop;\n"));
        assert!(!text.contains("application/zip"));
        assert!(text.starts_with("[Added Associations]\ntext/plain=gedit.desktop;\n"));

        uninstall(&sandbox.folders, false).expect("uninstall");
        assert_eq!(std::fs::read_to_string(&mimeapps).expect("read"), original);
    }

    #[test]
    fn a_mimeapps_list_that_only_held_dossier_is_removed_on_uninstall() {
        let sandbox = sandbox();
        install(&sandbox.folders, &options(&sandbox, true)).expect("install");
        let mimeapps = sandbox.folders.config_home.join("mimeapps.list");
        assert!(mimeapps.is_file());
        uninstall(&sandbox.folders, false).expect("uninstall");
        assert!(!mimeapps.exists());
    }

    #[test]
    fn a_program_path_with_spaces_is_quoted_in_exec() {
        let entry = desktop_entry_for(Path::new("/home/ann/My Apps/dossier")).expect("entry");
        assert!(entry.contains("\nExec=\"/home/ann/My Apps/dossier\" %F\n"));
        assert!(entry.contains("\nTryExec=/home/ann/My Apps/dossier\n"));
    }

    #[test]
    fn exec_quoting_escapes_reserved_characters_at_both_levels() {
        assert_eq!(exec_quote("/usr/bin/dossier"), "/usr/bin/dossier");
        assert_eq!(exec_quote("/a$b/dossier"), "\"/a\\\\$b/dossier\"");
        assert_eq!(exec_quote("/100%/dossier"), "\"/100%%/dossier\"");
        assert_eq!(exec_quote("/say \"hi\"/d"), "\"/say \\\\\"hi\\\\\"/d\"");
    }

    #[test]
    fn the_launcher_declares_the_report_and_archive_types() {
        assert_eq!(
            mime_types(),
            [
                "text/plain",
                "text/markdown",
                "text/html",
                "application/xhtml+xml",
                "application/xml",
                "application/rss+xml",
                "application/zip",
                "application/x-tar",
                "application/gzip",
                "application/x-compressed-tar",
            ]
        );
        assert!(DESKTOP_ENTRY.contains("\nExec=dossier %F\n"));
        assert!(DESKTOP_ENTRY.contains("\nStartupWMClass=dossier\n"));
    }

    #[test]
    fn the_metainfo_names_the_launcher_and_every_launcher_type() {
        assert!(METAINFO.contains(&format!("<id>{APPSTREAM_ID}</id>")));
        assert!(METAINFO.contains(&format!(
            "<launchable type=\"desktop-id\">{DESKTOP_ID}</launchable>"
        )));
        for mime in mime_types() {
            assert!(
                METAINFO.contains(&format!("<mediatype>{mime}</mediatype>")),
                "{mime} is missing from the metainfo"
            );
        }
    }

    #[test]
    fn the_macos_plist_carries_the_bundle_fragment_and_the_crate_version() {
        let plist = include_str!("../assets/macos/Info.plist");
        let fragment = include_str!("../assets/macos/Info.plist.fragment");
        assert!(
            plist.contains(fragment.trim()),
            "Info.plist lacks the fragment"
        );
        assert!(plist.contains(&format!(
            "<key>CFBundleShortVersionString</key>\n  <string>{}</string>",
            env!("CARGO_PKG_VERSION")
        )));
        assert!(plist.contains(&format!("<string>{APPSTREAM_ID}</string>")));
    }

    #[test]
    fn xdg_variables_win_over_the_defaults_unless_empty_or_relative() {
        let home = Some(OsStr::new("/home/ann"));
        let folders = Folders::from_values(home, None, None, None).expect("folders");
        assert_eq!(folders.bin_home, Path::new("/home/ann/.local/bin"));
        assert_eq!(folders.data_home, Path::new("/home/ann/.local/share"));
        assert_eq!(folders.config_home, Path::new("/home/ann/.config"));
        let folders = Folders::from_values(
            home,
            Some(OsStr::new("/opt/bin")),
            Some(OsStr::new("relative/share")),
            Some(OsStr::new("")),
        )
        .expect("folders");
        assert_eq!(folders.bin_home, Path::new("/opt/bin"));
        assert_eq!(folders.data_home, Path::new("/home/ann/.local/share"));
        assert_eq!(folders.config_home, Path::new("/home/ann/.config"));
        let all_set = Folders::from_values(
            None,
            Some(OsStr::new("/b")),
            Some(OsStr::new("/d")),
            Some(OsStr::new("/c")),
        );
        assert!(all_set.is_ok());
        assert!(matches!(
            Folders::from_values(None, None, None, None),
            Err(DesktopError::NoHome)
        ));
    }

    #[cfg(unix)]
    #[test]
    fn file_uris_from_a_launcher_are_percent_decoded_into_paths() {
        let cwd = Some(Path::new("/work"));
        let cases = [
            ("file:///home/ann/a%20report.txt", "/home/ann/a report.txt"),
            ("file://localhost/tmp/x.html", "/tmp/x.html"),
            ("FILE:///tmp/%C3%A9t%C3%A9.txt", "/tmp/été.txt"),
            ("file:///tmp/100%25%23.txt", "/tmp/100%#.txt"),
        ];
        for (uri, expected) in cases {
            assert_eq!(
                path_from_argument(Path::new(uri), cwd),
                Path::new(expected),
                "{uri}"
            );
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_file_uri_may_decode_to_bytes_that_are_not_utf8() {
        use std::os::unix::ffi::OsStrExt;
        let path = path_from_argument(Path::new("file:///tmp/caf%E9.txt"), None);
        assert_eq!(path.as_os_str().as_bytes(), b"/tmp/caf\xe9.txt");
    }

    #[test]
    fn relative_paths_are_resolved_against_the_current_folder() {
        let cwd = Some(Path::new("/work/reports"));
        assert_eq!(
            path_from_argument(Path::new("kazakstan.txt"), cwd),
            Path::new("/work/reports/kazakstan.txt")
        );
        assert_eq!(
            path_from_argument(Path::new("./sub/./a.txt"), cwd),
            Path::new("/work/reports/sub/a.txt")
        );
        assert_eq!(
            path_from_argument(Path::new("../b.txt"), cwd),
            Path::new("/work/reports/../b.txt")
        );
        assert_eq!(
            path_from_argument(Path::new("/abs/c.txt"), cwd),
            Path::new("/abs/c.txt")
        );
        assert_eq!(
            path_from_argument(Path::new("d.txt"), None),
            Path::new("d.txt")
        );
    }

    #[test]
    fn uris_that_are_not_local_files_are_left_for_the_loader_to_report() {
        let cwd = Some(Path::new("/w"));
        // Another host, a broken escape, another scheme: kept as given.
        assert_eq!(
            path_from_argument(Path::new("file://server/share/a.txt"), cwd),
            Path::new("file://server/share/a.txt")
        );
        assert_eq!(
            path_from_argument(Path::new("file:///tmp/bad%zz"), cwd),
            Path::new("file:///tmp/bad%zz")
        );
        assert_eq!(
            path_from_argument(Path::new("https://example.org/r.html"), cwd),
            Path::new("https://example.org/r.html")
        );
    }

    #[test]
    fn removing_dossier_from_a_list_keeps_the_other_applications() {
        let text = "[Default Applications]\ntext/plain=dossier.desktop;gedit.desktop;\n\
                    text/html=dossier.desktop;\n[Other]\ntext/html=dossier.desktop;\n";
        assert_eq!(
            without_default_application(text, DESKTOP_ID),
            "[Default Applications]\ntext/plain=gedit.desktop;\n[Other]\ntext/html=dossier.desktop;\n"
        );
    }

    #[test]
    fn a_new_default_section_is_appended_after_a_blank_line() {
        let text = "[Added Associations]\ntext/plain=gedit.desktop;\n";
        assert_eq!(
            with_default_application(text, DESKTOP_ID, &["text/plain"]),
            "[Added Associations]\ntext/plain=gedit.desktop;\n\n\
             [Default Applications]\ntext/plain=dossier.desktop;\n"
        );
        assert_eq!(
            with_default_application("", DESKTOP_ID, &["text/plain"]),
            "[Default Applications]\ntext/plain=dossier.desktop;\n"
        );
    }
}
