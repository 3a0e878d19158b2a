//! The one walk over a collection that both listing and reading use, so that entry `i` means
//! the same file in both (see the design note in `mod.rs`).
//!
//! In [`Mode::List`] the walk records an [`Entry`] per member, deciding its kind from its name
//! and, when the name says nothing or says "archive", from its first bytes. In [`Mode::Read`]
//! it re-walks a listed collection, trusts the listing's decisions (checking each path), and
//! hands the bytes of the wanted documents to a sink. Archives inside archives are read into
//! memory and walked recursively in both modes.

use super::error::{ArchiveError, ErrorKind};
use super::names::{self, NameHint};
use super::{
    ARCHIVE_SEPARATOR, ArchiveFormat, Collection, CollectionKind, Entry, EntryKind, Limits,
};
use std::cell::Cell;
use std::collections::HashMap;
use std::fs::File;
use std::io::{self, BufReader, Cursor, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};

/// How much of an entry is read to recognise it by its magic bytes.
const SNIFF_BYTES: usize = 512;

/// The most bytes reserved up front for an entry, whatever its header declares (a header can
/// lie; the buffer grows as real bytes arrive).
const MAX_RESERVE_BYTES: u64 = 16 << 20;

/// What the read walk wants.
#[derive(Clone, Copy, Debug)]
pub(super) enum Wanted {
    /// Every document (indexing).
    All,
    /// One entry (opening a document of the library).
    One(usize),
}

impl Wanted {
    fn wants(self, index: usize) -> bool {
        match self {
            Wanted::All => true,
            Wanted::One(one) => one == index,
        }
    }

    fn wants_any(self, range: &std::ops::Range<usize>) -> bool {
        match self {
            Wanted::All => !range.is_empty(),
            Wanted::One(one) => range.contains(&one),
        }
    }
}

pub(super) enum Mode<'c> {
    List,
    Read {
        listed: &'c Collection,
        wanted: Wanted,
    },
}

/// What the read walk hands over, in entry order.
pub(super) enum Delivery {
    Document {
        index: usize,
        path: String,
        bytes: Vec<u8>,
    },
    Failed {
        index: usize,
        error: ArchiveError,
    },
}

/// Why a walk stopped before the end.
pub(super) enum Halt {
    Cancelled,
    /// The one wanted entry was delivered.
    Done,
    /// The collection is not what was listed.
    Changed(String),
    /// The innermost archive (or the collection) is refused whole.
    Refuse(ErrorKind),
}

/// Where members are: the folder or archive being walked.
struct Container {
    /// Its display path.
    display: String,
    /// Members are joined with `/` (a folder) rather than `!/` (an archive).
    is_folder: bool,
    /// How many archives enclose its members.
    depth: usize,
    /// Its entry index, for nested archives.
    parent: Option<usize>,
}

impl Container {
    fn member_path(&self, name: &str) -> String {
        let (base, separator) = if self.is_folder {
            (self.display.trim_end_matches('/'), "/")
        } else {
            (self.display.as_str(), ARCHIVE_SEPARATOR)
        };
        let mut path = String::with_capacity(base.len() + separator.len() + name.len());
        path.push_str(base);
        path.push_str(separator);
        path.push_str(name);
        path
    }

    /// The file name of the container itself (`site.tgz`), for naming a gzip's content.
    fn own_name(&self) -> &str {
        self.display
            .rsplit(['/', '\\', '!'])
            .next()
            .unwrap_or(&self.display)
    }
}

/// A member as its folder or archive describes it.
struct Member {
    /// Escaped name inside the container.
    name: String,
    unsafe_reason: Option<&'static str>,
    size: u64,
    /// Whether `size` is exact (zip and tar headers, file sizes) or a hint (a gzip trailer).
    exact_size: bool,
    compressed: Option<u64>,
    hint: NameHint,
    /// Known without reading that it will not be read (encrypted, unsupported, unreadable).
    refusal: Option<ErrorKind>,
    /// Its display path when it is not its container's path joined with its name (a loose
    /// file is named exactly as given).
    path: Option<String>,
}

impl Member {
    fn new(raw_name: &str, size: u64) -> Self {
        Self {
            name: names::escape_name(raw_name),
            unsafe_reason: names::unsafe_reason(raw_name),
            size,
            exact_size: true,
            compressed: None,
            hint: names::hint(raw_name),
            refusal: None,
            path: None,
        }
    }
}

/// What to do with a member once it is planned.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Action {
    Nothing,
    /// Listing: read its first bytes to learn what it is.
    Sniff,
    /// Reading: hand its bytes to the sink.
    Deliver,
    /// Reading: it is an archive with wanted members.
    Descend,
}

struct Plan {
    index: usize,
    path: String,
    name: String,
    size: u64,
    exact_size: bool,
    action: Action,
}

/// Identity of a folder on disk, to notice symlink loops and second ways into one folder.
type FolderId = (u64, u64);

#[cfg(unix)]
fn folder_id(meta: &std::fs::Metadata, _path: &Path) -> FolderId {
    use std::os::unix::fs::MetadataExt;
    (meta.dev(), meta.ino())
}

#[cfg(not(unix))]
fn folder_id(_meta: &std::fs::Metadata, path: &Path) -> FolderId {
    use std::hash::{Hash, Hasher};
    let canonical = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    canonical.hash(&mut hasher);
    (0, hasher.finish())
}

pub(super) struct Walker<'a> {
    limits: Limits,
    mode: Mode<'a>,
    entries: Vec<Entry>,
    warnings: Vec<ArchiveError>,
    next: usize,
    total_bytes: u64,
    folders: HashMap<FolderId, String>,
    cancel: Option<&'a AtomicBool>,
    sink: &'a mut dyn FnMut(Delivery) -> Result<(), Halt>,
}

/// Lists `path` (the body of [`super::list_with`]).
pub(super) fn list(path: &Path, limits: Limits) -> Result<Collection, ArchiveError> {
    let mut ignore = |_: Delivery| Ok(());
    let mut walker = Walker {
        limits: limits.clone(),
        mode: Mode::List,
        entries: Vec::new(),
        warnings: Vec::new(),
        next: 0,
        total_bytes: 0,
        folders: HashMap::new(),
        cancel: None,
        sink: &mut ignore,
    };
    let kind = match walker.walk_root(path) {
        Ok(kind) => kind,
        Err(halt) => return Err(root_error(path, halt)),
    };
    Ok(Collection {
        root: path.to_owned(),
        kind,
        entries: walker.entries,
        warnings: walker.warnings,
        limits,
    })
}

/// Re-walks a listed collection, handing the wanted documents to `sink` in entry order.
/// Returns why it stopped early, if it did.
pub(super) fn read(
    collection: &Collection,
    wanted: Wanted,
    cancel: Option<&AtomicBool>,
    sink: &mut dyn FnMut(Delivery) -> Result<(), Halt>,
) -> Result<(), Halt> {
    let mut walker = Walker {
        limits: collection.limits.clone(),
        mode: Mode::Read {
            listed: collection,
            wanted,
        },
        entries: Vec::new(),
        warnings: Vec::new(),
        next: 0,
        total_bytes: 0,
        folders: HashMap::new(),
        cancel,
        sink,
    };
    walker.walk_root(&collection.root).map(|_| ())
}

/// The error for a walk that stopped at the top of the collection.
pub(super) fn root_error(path: &Path, halt: Halt) -> ArchiveError {
    let kind = match halt {
        Halt::Refuse(kind) => kind,
        Halt::Changed(_) => ErrorKind::Changed,
        Halt::Cancelled | Halt::Done => ErrorKind::Internal,
    };
    let display = path.display().to_string();
    ArchiveError {
        path: display.clone(),
        archive: display,
        entry: None,
        index: None,
        kind,
    }
}

pub(super) fn kind_of(path: &Path) -> Result<CollectionKind, ArchiveError> {
    let io_error = |e| root_error(path, Halt::Refuse(ErrorKind::Io(e)));
    let meta = std::fs::metadata(path).map_err(io_error)?;
    if meta.is_dir() {
        return Ok(CollectionKind::Folder);
    }
    let mut file = File::open(path).map_err(io_error)?;
    let prefix = read_prefix(&mut file, SNIFF_BYTES).map_err(io_error)?;
    Ok(match names::sniff_archive(&prefix) {
        Some(ArchiveFormat::Gzip) => {
            // Whether a tar is inside decides between a tarball and a gzipped report.
            let mut decoder = flate2::read::MultiGzDecoder::new(Cursor::new(prefix).chain(file));
            let inner = read_prefix(&mut decoder, SNIFF_BYTES).unwrap_or_default();
            if names::is_tar_header(&inner) {
                CollectionKind::Archive(ArchiveFormat::TarGz)
            } else {
                CollectionKind::Archive(ArchiveFormat::Gzip)
            }
        }
        Some(format) => CollectionKind::Archive(format),
        None => CollectionKind::File,
    })
}

impl Walker<'_> {
    fn is_listing(&self) -> bool {
        matches!(self.mode, Mode::List)
    }

    fn walk_root(&mut self, path: &Path) -> Result<CollectionKind, Halt> {
        let meta = std::fs::metadata(path).map_err(|e| Halt::Refuse(ErrorKind::Io(e)))?;
        let display = path.display().to_string();
        if meta.is_dir() {
            let root = Container {
                display: display.clone(),
                is_folder: true,
                depth: 0,
                parent: None,
            };
            let id = folder_id(&meta, path);
            self.folders.insert(id, display);
            self.walk_folder(path, &root, "", 0, &mut vec![id])?;
            return Ok(CollectionKind::Folder);
        }
        let file = File::open(path).map_err(|e| Halt::Refuse(ErrorKind::Io(e)))?;
        let mut reader = BufReader::with_capacity(64 * 1024, file);
        let prefix =
            read_prefix(&mut reader, SNIFF_BYTES).map_err(|e| Halt::Refuse(ErrorKind::Io(e)))?;
        reader
            .seek(SeekFrom::Start(0))
            .map_err(|e| Halt::Refuse(ErrorKind::Io(e)))?;
        if names::sniff_archive(&prefix).is_none() {
            // A single report: a collection of one, named as the file is.
            let parent = path
                .parent()
                .map(|p| p.display().to_string())
                .unwrap_or_default();
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let container = Container {
                display: parent,
                is_folder: true,
                depth: 0,
                parent: None,
            };
            let mut member = Member::new(&name, meta.len());
            member.exact_size = false;
            member.hint = NameHint::Document;
            member.unsafe_reason = None;
            // Named exactly as given, as `read_file` names it.
            member.path = Some(display);
            let plan = self.plan(&container, member)?;
            if plan.action != Action::Nothing {
                self.consume(&container, plan, &mut reader)?;
            }
            return Ok(CollectionKind::File);
        }
        let root = Container {
            display,
            is_folder: false,
            depth: 1,
            parent: None,
        };
        let size = meta.len();
        let format = self.walk_archive(reader, &root, Some(size))?;
        Ok(CollectionKind::Archive(format))
    }

    // ---- folders ------------------------------------------------------------------------

    fn walk_folder(
        &mut self,
        dir: &Path,
        folder: &Container,
        relative: &str,
        folder_depth: usize,
        ancestors: &mut Vec<FolderId>,
    ) -> Result<(), Halt> {
        let listing = match std::fs::read_dir(dir) {
            Ok(listing) => listing,
            Err(error) => {
                let path = folder.member_path(relative);
                self.warn_at(&path, folder, relative, None, ErrorKind::Io(error));
                return Ok(());
            }
        };
        let mut children: Vec<(std::ffi::OsString, PathBuf)> = listing
            .filter_map(Result::ok)
            .map(|entry| (entry.file_name(), entry.path()))
            .filter(|(name, _)| !name.to_string_lossy().starts_with('.'))
            .collect();
        children.sort();
        for (file_name, path) in children {
            let raw = file_name.to_string_lossy();
            let raw_relative = if relative.is_empty() {
                raw.into_owned()
            } else {
                format!("{relative}/{raw}")
            };
            let meta = match std::fs::metadata(&path) {
                Ok(meta) => meta,
                Err(error) => {
                    // Unreadable or a dangling link: an entry that says why.
                    let mut member = Member::new(&raw_relative, 0);
                    member.refusal = Some(ErrorKind::Io(error));
                    self.plan(folder, member)?;
                    continue;
                }
            };
            if meta.is_dir() {
                let name = names::escape_name(&raw_relative);
                let display = folder.member_path(&name);
                let id = folder_id(&meta, &path);
                if ancestors.contains(&id) {
                    let target = self.folders.get(&id).cloned().unwrap_or_default();
                    self.warn_at(
                        &display,
                        folder,
                        &name,
                        None,
                        ErrorKind::SymlinkLoop { target },
                    );
                    continue;
                }
                if let Some(first) = self.folders.get(&id).cloned() {
                    self.warn_at(
                        &display,
                        folder,
                        &name,
                        None,
                        ErrorKind::AlreadyListed { first },
                    );
                    continue;
                }
                if folder_depth + 1 > self.limits.max_folder_depth {
                    let limit = self.limits.max_folder_depth;
                    self.warn_at(
                        &display,
                        folder,
                        &name,
                        None,
                        ErrorKind::FolderTooDeep { limit },
                    );
                    continue;
                }
                self.folders.insert(id, display);
                ancestors.push(id);
                let walked =
                    self.walk_folder(&path, folder, &raw_relative, folder_depth + 1, ancestors);
                ancestors.pop();
                walked?;
                continue;
            }
            let mut member = Member::new(&raw_relative, meta.len());
            // A file can grow between listing and reading: read it whole, up to the cap.
            member.exact_size = false;
            if !meta.is_file() {
                // A pipe, socket or device: opening it could block forever.
                member.hint = NameHint::Other;
            }
            let plan = self.plan(folder, member)?;
            if plan.action == Action::Nothing {
                continue;
            }
            match File::open(&path) {
                Ok(file) => self.consume(folder, plan, &mut BufReader::new(file))?,
                Err(error) => self.consume_failed(folder, plan, ErrorKind::Io(error))?,
            }
        }
        Ok(())
    }

    // ---- archives -----------------------------------------------------------------------

    /// Walks an archive of any format, recognised by its magic bytes. `size` is its own size
    /// in bytes, when known.
    fn walk_archive<R: Read + Seek>(
        &mut self,
        mut reader: R,
        archive: &Container,
        size: Option<u64>,
    ) -> Result<ArchiveFormat, Halt> {
        let io = |e| Halt::Refuse(ErrorKind::Io(e));
        let prefix = read_prefix(&mut reader, SNIFF_BYTES).map_err(io)?;
        reader.seek(SeekFrom::Start(0)).map_err(io)?;
        match names::sniff_archive(&prefix) {
            Some(ArchiveFormat::Zip) => {
                self.walk_zip(reader, archive)?;
                Ok(ArchiveFormat::Zip)
            }
            Some(ArchiveFormat::Gzip | ArchiveFormat::TarGz) => {
                let trailer_size = match size {
                    Some(size) if size >= 18 => {
                        let mut trailer = [0u8; 4];
                        reader.seek(SeekFrom::Start(size - 4)).map_err(io)?;
                        reader.read_exact(&mut trailer).map_err(io)?;
                        reader.seek(SeekFrom::Start(0)).map_err(io)?;
                        Some(u64::from(u32::from_le_bytes(trailer)))
                    }
                    _ => None,
                };
                self.walk_gzip(reader, archive, size, trailer_size)
            }
            Some(ArchiveFormat::Tar) => {
                self.walk_tar(reader, archive)?;
                Ok(ArchiveFormat::Tar)
            }
            None => Err(Halt::Refuse(ErrorKind::NotACollection)),
        }
    }

    fn walk_zip<R: Read + Seek>(&mut self, reader: R, archive: &Container) -> Result<(), Halt> {
        let mut zip = zip::ZipArchive::new(reader).map_err(|e| Halt::Refuse(zip_error_kind(e)))?;
        if self.is_listing() && self.entries.len() + zip.len() > self.limits.max_entries {
            return Err(Halt::Refuse(ErrorKind::TooManyEntries {
                limit: self.limits.max_entries,
            }));
        }
        if self.is_listing() {
            self.entries.reserve(zip.len());
        }
        if zip.has_duplicate_names() {
            self.warn_at(
                &archive.display.clone(),
                archive,
                "",
                None,
                ErrorKind::DuplicateNames,
            );
        }
        for i in 0..zip.len() {
            let member = {
                let Ok(data) = zip.by_index_data(i) else {
                    continue;
                };
                if data.is_dir() {
                    continue;
                }
                let raw_name = match data.name() {
                    Ok(name) => name.into_owned(),
                    Err(_) => String::from_utf8_lossy(data.name_raw()).into_owned(),
                };
                if raw_name.starts_with("__MACOSX/") {
                    continue;
                }
                let mut member = Member::new(&raw_name, data.size());
                member.compressed = Some(data.compressed_size());
                if data.is_symlink() {
                    member.hint = NameHint::Other;
                } else if data.encrypted() {
                    member.refusal = Some(ErrorKind::Encrypted);
                } else if !matches!(
                    data.compression(),
                    zip::CompressionMethod::Stored | zip::CompressionMethod::Deflated
                ) {
                    member.refusal = Some(ErrorKind::UnsupportedCompression(
                        data.compression().to_string(),
                    ));
                }
                member
            };
            let plan = self.plan(archive, member)?;
            if plan.action == Action::Nothing {
                continue;
            }
            match zip.by_index(i) {
                Ok(mut file) => self.consume(archive, plan, &mut file)?,
                Err(error) => self.consume_failed(archive, plan, zip_error_kind(error))?,
            }
        }
        Ok(())
    }

    fn walk_tar<R: Read>(&mut self, reader: R, archive: &Container) -> Result<(), Halt> {
        let mut tar = tar::Archive::new(reader);
        let entries = tar
            .entries()
            .map_err(|e| Halt::Refuse(ErrorKind::Corrupt(e.to_string())))?;
        for item in entries {
            let mut entry = match item {
                Ok(entry) => entry,
                Err(error) => {
                    // The stream cannot go on: what was listed stays, the archive says why.
                    let kind = stream_error_kind(error);
                    self.warn_at(&archive.display.clone(), archive, "", None, kind);
                    break;
                }
            };
            let entry_type = entry.header().entry_type();
            if entry_type.is_dir()
                || entry_type.is_pax_global_extensions()
                || entry_type.is_pax_local_extensions()
                || entry_type.is_gnu_longname()
                || entry_type.is_gnu_longlink()
            {
                continue;
            }
            let raw_name = String::from_utf8_lossy(&entry.path_bytes()).into_owned();
            let mut member = Member::new(&raw_name, entry.size());
            if !(entry_type.is_file() || entry_type.is_contiguous() || entry_type.is_gnu_sparse()) {
                // Links and devices are listed, never followed.
                member.hint = NameHint::Other;
            }
            let plan = self.plan(archive, member)?;
            if plan.action != Action::Nothing {
                self.consume(archive, plan, &mut entry)?;
            }
        }
        Ok(())
    }

    /// A gzip stream: a tarball if a tar header is inside, else one gzipped file.
    fn walk_gzip<R: Read>(
        &mut self,
        reader: R,
        archive: &Container,
        compressed_size: Option<u64>,
        trailer_size: Option<u64>,
    ) -> Result<ArchiveFormat, Halt> {
        let consumed = Rc::new(Cell::new(0u64));
        let counting = Counting {
            inner: reader,
            count: Rc::clone(&consumed),
        };
        let decoder = flate2::read::MultiGzDecoder::new(counting);
        let mut guarded = Guarded {
            inner: decoder,
            consumed,
            produced: 0,
            limits: self.limits.clone(),
        };
        let prefix = read_prefix(&mut guarded, SNIFF_BYTES)
            .map_err(|e| Halt::Refuse(stream_error_kind(e)))?;
        if names::is_tar_header(&prefix) {
            self.walk_tar(Cursor::new(prefix).chain(guarded), archive)?;
            return Ok(ArchiveFormat::TarGz);
        }
        let raw_name = guarded
            .inner
            .header()
            .and_then(|h| h.filename())
            .map(|n| String::from_utf8_lossy(n).into_owned())
            .unwrap_or_else(|| names::gzip_inner_name(archive.own_name()));
        let mut member = Member::new(&raw_name, trailer_size.unwrap_or(0));
        // The trailer holds the size modulo 4 GiB: a hint, and an easy one to forge.
        member.exact_size = false;
        member.compressed = compressed_size;
        // The first bytes are already here: let them decide what the content is.
        member.hint = NameHint::Unknown;
        let plan = self.plan(archive, member)?;
        if plan.action != Action::Nothing {
            self.consume(archive, plan, &mut Cursor::new(prefix).chain(guarded))?;
        }
        Ok(ArchiveFormat::Gzip)
    }

    /// An archive read into memory from inside another: walked as a nested container. While
    /// listing, an archive refused whole (too many entries, unreadable) takes back whatever of
    /// it was listed and becomes a refused entry.
    fn walk_nested(&mut self, outer: &Container, plan: &Plan, bytes: &[u8]) -> Result<(), Halt> {
        let nested = Container {
            display: plan.path.clone(),
            is_folder: false,
            depth: outer.depth + 1,
            parent: Some(plan.index),
        };
        let saved = (self.entries.len(), self.warnings.len(), self.total_bytes);
        let walked = self.walk_archive(Cursor::new(bytes), &nested, Some(bytes.len() as u64));
        let end = self.next;
        match (walked, &self.mode) {
            (Ok(format), Mode::List) => {
                if let Some(entry) = self.entries.get_mut(plan.index) {
                    entry.kind = EntryKind::Archive(format);
                    entry.members = plan.index + 1..end;
                }
                Ok(())
            }
            (Ok(_), Mode::Read { .. }) => Ok(()),
            (Err(Halt::Refuse(kind)), Mode::List) => {
                self.entries.truncate(saved.0);
                self.warnings.truncate(saved.1);
                self.total_bytes = saved.2;
                self.next = plan.index + 1;
                self.refuse(outer, plan, kind);
                Ok(())
            }
            (Err(Halt::Refuse(kind)), Mode::Read { listed, wanted }) => {
                // It listed before and fails now: its documents fail with the reason.
                let (listed, wanted) = (*listed, *wanted);
                let members = listed
                    .entries
                    .get(plan.index)
                    .map(|e| e.members.clone())
                    .unwrap_or_default();
                self.next = members.end.max(plan.index + 1);
                self.fail_members(listed, wanted, members, &kind.to_string())
            }
            (Err(halt), _) => Err(halt),
        }
    }

    // ---- one member ---------------------------------------------------------------------

    /// Numbers a member, records it (listing) or checks it against the listing (reading),
    /// and says what to do with its bytes.
    fn plan(&mut self, container: &Container, mut member: Member) -> Result<Plan, Halt> {
        if self.cancel.is_some_and(|c| c.load(Ordering::Relaxed)) {
            return Err(Halt::Cancelled);
        }
        let index = self.next;
        self.next += 1;
        let path = member
            .path
            .take()
            .unwrap_or_else(|| container.member_path(&member.name));
        let mut plan = Plan {
            index,
            path: String::new(),
            name: String::new(),
            size: member.size,
            exact_size: member.exact_size,
            action: Action::Nothing,
        };
        let (listed, wanted) = match &self.mode {
            Mode::Read { listed, wanted } => (*listed, *wanted),
            Mode::List => {
                self.list_member(container, member, path, &mut plan)?;
                return Ok(plan);
            }
        };
        let Some(entry) = listed.entries.get(index) else {
            return Err(Halt::Changed(path));
        };
        if entry.path != path {
            return Err(Halt::Changed(path));
        }
        plan.action = match entry.kind {
            EntryKind::Document if wanted.wants(index) => Action::Deliver,
            EntryKind::Archive(_) if wanted.wants_any(&entry.members) => Action::Descend,
            EntryKind::Archive(_) => {
                self.next = entry.members.end.max(index + 1);
                Action::Nothing
            }
            _ => Action::Nothing,
        };
        if plan.action != Action::Nothing {
            plan.path = path;
            plan.name = member.name;
        }
        Ok(plan)
    }

    /// Records a member while listing. Its strings move into the entry (listing a zip of
    /// 10,000 members is mostly this); the plan gets copies only when its bytes will be read.
    fn list_member(
        &mut self,
        container: &Container,
        mut member: Member,
        path: String,
        plan: &mut Plan,
    ) -> Result<(), Halt> {
        if self.entries.len() >= self.limits.max_entries {
            return Err(Halt::Refuse(ErrorKind::TooManyEntries {
                limit: self.limits.max_entries,
            }));
        }
        let verdict = match member.refusal.take() {
            Some(refusal) => Err(refusal),
            None => self.judge(&member),
        };
        let sniff = member.hint == NameHint::Archive || member.hint == NameHint::Unknown;
        self.entries.push(Entry {
            path,
            name: member.name,
            parent: container.parent,
            depth: container.depth,
            size_bytes: member.size,
            compressed_bytes: member.compressed,
            kind: EntryKind::Other,
            members: plan.index + 1..plan.index + 1,
        });
        if let Some(reason) = member.unsafe_reason {
            self.warn(container, plan, ErrorKind::UnsafeName(reason));
        }
        match verdict {
            Err(kind) => self.refuse(container, plan, kind),
            Ok(kind) => {
                if let Some(entry) = self.entries.get_mut(plan.index) {
                    entry.kind = kind;
                    if sniff && kind != EntryKind::Other {
                        plan.action = Action::Sniff;
                        plan.path = entry.path.clone();
                        plan.name = entry.name.clone();
                    }
                }
            }
        }
        Ok(())
    }

    /// The limits a member's declared sizes must pass; the kind its name suggests.
    fn judge(&mut self, member: &Member) -> Result<EntryKind, ErrorKind> {
        if member.hint == NameHint::Other {
            return Ok(EntryKind::Other);
        }
        let limits = &self.limits;
        // The ratio first: for a bomb it is the telling reason.
        if let Some(compressed) = member.compressed
            && too_expanded(member.size, compressed, limits)
        {
            return Err(ErrorKind::CompressionRatio {
                size: member.size,
                compressed,
                limit: limits.max_ratio,
            });
        }
        if member.size > limits.max_entry_bytes {
            return Err(ErrorKind::EntryTooLarge {
                size: member.size,
                limit: limits.max_entry_bytes,
            });
        }
        if self.total_bytes + member.size > limits.max_total_bytes {
            return Err(ErrorKind::TotalTooLarge {
                limit: limits.max_total_bytes,
            });
        }
        self.total_bytes += member.size;
        // Archives and unknown names are decided by their bytes (`consume`); until then they
        // count as documents.
        Ok(EntryKind::Document)
    }

    /// Acts on a member's bytes as planned.
    fn consume(
        &mut self,
        container: &Container,
        plan: Plan,
        reader: &mut dyn Read,
    ) -> Result<(), Halt> {
        match plan.action {
            Action::Nothing => Ok(()),
            Action::Deliver => match read_entry_bytes(reader, &plan, &self.limits) {
                Ok(bytes) => (self.sink)(Delivery::Document {
                    index: plan.index,
                    path: plan.path,
                    bytes,
                }),
                Err(kind) => self.consume_failed(container, plan, kind),
            },
            Action::Descend => match read_entry_bytes(reader, &plan, &self.limits) {
                Ok(bytes) => self.walk_nested(container, &plan, &bytes),
                Err(kind) => {
                    let kind = ErrorKind::Corrupt(format!("its archive could not be read: {kind}"));
                    self.consume_failed(container, plan, kind)
                }
            },
            Action::Sniff => {
                let prefix = match read_prefix(reader, SNIFF_BYTES) {
                    Ok(prefix) => prefix,
                    Err(error) => {
                        self.refuse(container, &plan, stream_error_kind(error));
                        return Ok(());
                    }
                };
                let Some(_) = names::sniff_archive(&prefix) else {
                    let binary = crate::load::binary_kind(&prefix).is_some();
                    if let Some(entry) = self.entries.get_mut(plan.index) {
                        entry.kind = if binary {
                            EntryKind::Other
                        } else {
                            EntryKind::Document
                        };
                    }
                    return Ok(());
                };
                if container.depth + 1 > self.limits.max_archive_depth {
                    let limit = self.limits.max_archive_depth;
                    self.refuse(container, &plan, ErrorKind::TooDeep { limit });
                    return Ok(());
                }
                let mut whole = Cursor::new(prefix).chain(reader);
                match read_entry_bytes(&mut whole, &plan, &self.limits) {
                    Ok(bytes) => self.walk_nested(container, &plan, &bytes),
                    Err(kind) => {
                        self.refuse(container, &plan, kind);
                        Ok(())
                    }
                }
            }
        }
    }

    /// A member whose bytes could not be had.
    fn consume_failed(
        &mut self,
        container: &Container,
        plan: Plan,
        kind: ErrorKind,
    ) -> Result<(), Halt> {
        match plan.action {
            Action::Sniff => {
                self.refuse(container, &plan, kind);
                Ok(())
            }
            Action::Deliver => {
                let error = self.error(container, &plan, kind);
                (self.sink)(Delivery::Failed {
                    index: plan.index,
                    error,
                })
            }
            Action::Descend => {
                let Mode::Read { listed, wanted } = self.mode else {
                    return Ok(());
                };
                let members = listed
                    .entries
                    .get(plan.index)
                    .map(|e| e.members.clone())
                    .unwrap_or_default();
                self.next = members.end.max(plan.index + 1);
                self.fail_members(listed, wanted, members, &kind.to_string())
            }
            Action::Nothing => Ok(()),
        }
    }

    /// Reports each wanted document of an archive that could not be read again.
    fn fail_members(
        &mut self,
        listed: &Collection,
        wanted: Wanted,
        members: std::ops::Range<usize>,
        reason: &str,
    ) -> Result<(), Halt> {
        for index in members {
            let Some(entry) = listed.entries.get(index) else {
                continue;
            };
            if entry.kind != EntryKind::Document || !wanted.wants(index) {
                continue;
            }
            let archive = entry
                .parent
                .and_then(|p| listed.entries.get(p))
                .map(|p| p.path.clone())
                .unwrap_or_default();
            let error = ArchiveError {
                path: entry.path.clone(),
                archive,
                entry: Some(entry.name.clone()),
                index: Some(index),
                kind: ErrorKind::Corrupt(format!("its archive could not be read again: {reason}")),
            };
            (self.sink)(Delivery::Failed { index, error })?;
        }
        Ok(())
    }

    // ---- warnings -----------------------------------------------------------------------

    fn error(&self, container: &Container, plan: &Plan, kind: ErrorKind) -> ArchiveError {
        // A listing plan that reads nothing keeps its strings in its entry.
        let listed = self
            .entries
            .get(plan.index)
            .filter(|_| plan.path.is_empty());
        ArchiveError {
            path: listed.map_or_else(|| plan.path.clone(), |e| e.path.clone()),
            archive: container.display.clone(),
            entry: Some(listed.map_or_else(|| plan.name.clone(), |e| e.name.clone())),
            index: Some(plan.index),
            kind,
        }
    }

    /// Marks a listed entry as refused, with the reason as a warning.
    fn refuse(&mut self, container: &Container, plan: &Plan, kind: ErrorKind) {
        if let Some(entry) = self.entries.get_mut(plan.index) {
            entry.kind = EntryKind::Refused;
        }
        self.warn(container, plan, kind);
    }

    fn warn(&mut self, container: &Container, plan: &Plan, kind: ErrorKind) {
        if self.is_listing() {
            let error = self.error(container, plan, kind);
            self.warnings.push(error);
        }
    }

    /// A warning about something that is not an entry: a folder, or an archive as a whole.
    fn warn_at(
        &mut self,
        path: &str,
        container: &Container,
        name: &str,
        index: Option<usize>,
        kind: ErrorKind,
    ) {
        if self.is_listing() {
            self.warnings.push(ArchiveError {
                path: path.to_owned(),
                archive: container.display.clone(),
                entry: (!name.is_empty()).then(|| name.to_owned()),
                index: index.or(container.parent),
                kind,
            });
        }
    }
}

/// Whether an entry expands more than the limits allow.
fn too_expanded(size: u64, compressed: u64, limits: &Limits) -> bool {
    size > limits.ratio_threshold_bytes && size > compressed.saturating_mul(limits.max_ratio)
}

/// Reads an entry whole, never more than its declared size (when exact) or the entry cap.
fn read_entry_bytes(
    reader: &mut dyn Read,
    plan: &Plan,
    limits: &Limits,
) -> Result<Vec<u8>, ErrorKind> {
    let cap = if plan.exact_size {
        plan.size.min(limits.max_entry_bytes)
    } else {
        limits.max_entry_bytes
    };
    let reserve = plan.size.min(cap).min(MAX_RESERVE_BYTES);
    let mut bytes = Vec::with_capacity(usize::try_from(reserve).unwrap_or(0));
    if let Err(error) = reader.take(cap.saturating_add(1)).read_to_end(&mut bytes) {
        // The zip reader checks the declared size too, and says so in its own words.
        let overflowed = error.to_string().contains("larger than its declared");
        return Err(if overflowed && plan.exact_size {
            ErrorKind::LargerThanDeclared {
                declared: plan.size,
            }
        } else {
            stream_error_kind(error)
        });
    }
    let read = bytes.len() as u64;
    if read > cap {
        return Err(if plan.exact_size && plan.size < limits.max_entry_bytes {
            ErrorKind::LargerThanDeclared {
                declared: plan.size,
            }
        } else {
            ErrorKind::EntryTooLarge {
                size: read,
                limit: limits.max_entry_bytes,
            }
        });
    }
    Ok(bytes)
}

/// Reads up to `n` bytes (fewer only at the end of the stream).
fn read_prefix(reader: &mut dyn Read, n: usize) -> io::Result<Vec<u8>> {
    let mut prefix = Vec::with_capacity(n);
    reader.take(n as u64).read_to_end(&mut prefix)?;
    Ok(prefix)
}

/// A limit tripped inside a decompressing stream, carried through `io::Error`.
#[derive(Debug)]
enum StreamLimit {
    Total {
        limit: u64,
    },
    Ratio {
        size: u64,
        compressed: u64,
        limit: u64,
    },
}

impl std::fmt::Display for StreamLimit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a safety limit stopped the decompression")
    }
}

impl std::error::Error for StreamLimit {}

/// Counts the compressed bytes a decoder takes.
struct Counting<R> {
    inner: R,
    count: Rc<Cell<u64>>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.set(self.count.get() + n as u64);
        Ok(n)
    }
}

/// Stops a decompressing stream that produces more than the collection may hold, or expands
/// more than the ratio limit allows: the guard for streams whose sizes no header vouches for.
struct Guarded<R> {
    inner: R,
    consumed: Rc<Cell<u64>>,
    produced: u64,
    limits: Limits,
}

impl<R: Read> Read for Guarded<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.produced += n as u64;
        if self.produced > self.limits.max_total_bytes {
            return Err(io::Error::other(StreamLimit::Total {
                limit: self.limits.max_total_bytes,
            }));
        }
        let compressed = self.consumed.get();
        if too_expanded(self.produced, compressed, &self.limits) {
            return Err(io::Error::other(StreamLimit::Ratio {
                size: self.produced,
                compressed,
                limit: self.limits.max_ratio,
            }));
        }
        Ok(n)
    }
}

/// The error kind for an I/O error out of a (possibly decompressing) stream.
fn stream_error_kind(error: io::Error) -> ErrorKind {
    if let Some(limit) = error
        .get_ref()
        .and_then(|e| e.downcast_ref::<StreamLimit>())
    {
        return match *limit {
            StreamLimit::Total { limit } => ErrorKind::TotalTooLarge { limit },
            StreamLimit::Ratio {
                size,
                compressed,
                limit,
            } => ErrorKind::CompressionRatio {
                size,
                compressed,
                limit,
            },
        };
    }
    match error.kind() {
        io::ErrorKind::InvalidData | io::ErrorKind::InvalidInput | io::ErrorKind::UnexpectedEof => {
            ErrorKind::Corrupt(error.to_string())
        }
        _ => ErrorKind::Io(error),
    }
}

fn zip_error_kind(error: zip::result::ZipError) -> ErrorKind {
    use zip::result::ZipError;
    match error {
        ZipError::Io(error) => stream_error_kind(error),
        ZipError::UnsupportedArchive(what) if what.contains("password") => ErrorKind::Encrypted,
        ZipError::InvalidPassword => ErrorKind::Encrypted,
        ZipError::CompressionMethodNotSupported(method) => {
            ErrorKind::UnsupportedCompression(format!("method {method}"))
        }
        other => ErrorKind::Corrupt(other.to_string()),
    }
}
