//! Why an archive, or one entry of it, could not be read: one line a user understands, with
//! the archive and the entry it concerns.

use std::fmt;

/// A problem with a collection, an archive in it, or one entry. Its message is one line:
/// `reports.zip!/1996/kz.html: is encrypted (password-protected); Dossier does not read it`.
#[derive(Debug, thiserror::Error)]
#[error("{path}: {kind}")]
pub struct ArchiveError {
    /// The display path of what it concerns: the entry's when there is one (like
    /// [`super::Entry::path`]), else the archive's or folder's.
    pub path: String,
    /// The display path of the innermost archive or folder holding it (or the collection
    /// itself).
    pub archive: String,
    /// The entry's name inside that archive, escaped; `None` when the archive itself is at
    /// fault.
    pub entry: Option<String>,
    /// The entry's index in [`super::Collection::entries`], when it has one.
    pub index: Option<usize>,
    pub kind: ErrorKind,
}

impl ArchiveError {
    /// The reason alone, for places that show the path separately.
    pub fn reason(&self) -> String {
        self.kind.to_string()
    }
}

/// What went wrong.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    #[error("cannot read: {0}")]
    Io(#[source] std::io::Error),
    #[error("is not a folder, nor a zip, tar or gzip archive")]
    NotACollection,
    #[error("is damaged: {0}")]
    Corrupt(String),
    #[error("is encrypted (password-protected); Dossier does not read encrypted entries")]
    Encrypted,
    #[error("is compressed with {0}, which Dossier does not read (only stored and deflate)")]
    UnsupportedCompression(String),
    #[error("has more than {limit} entries; Dossier refuses collections this large")]
    TooManyEntries { limit: usize },
    #[error("would take the collection past {} of uncompressed data; not read", Bytes(*limit))]
    TotalTooLarge { limit: u64 },
    #[error("is {} uncompressed, more than the {} Dossier reads from one entry", Bytes(*size), Bytes(*limit))]
    EntryTooLarge { size: u64, limit: u64 },
    #[error("expands more than {limit} times ({} from {}); refused as a possible zip bomb", Bytes(*size), Bytes(*compressed))]
    CompressionRatio {
        size: u64,
        compressed: u64,
        limit: u64,
    },
    #[error("holds more data than its header declares ({}); refused as a possible zip bomb", Bytes(*declared))]
    LargerThanDeclared { declared: u64 },
    #[error("is an archive nested more than {limit} archives deep; not opened")]
    TooDeep { limit: usize },
    #[error("is a folder more than {limit} folders deep; not opened")]
    FolderTooDeep { limit: usize },
    #[error(
        "has a name that points outside the archive ({0}); it is only shown, never used as a path"
    )]
    UnsafeName(&'static str),
    #[error("is a link back to {target}, a folder that contains it (a loop); not followed")]
    SymlinkLoop { target: String },
    #[error("is a second way into {first}, already listed; not listed twice")]
    AlreadyListed { first: String },
    #[error("has several entries with the same name; only one of each is read")]
    DuplicateNames,
    #[error("changed since it was listed; open it again")]
    Changed,
    /// The single-file loader refused the bytes (a binary file, for instance).
    #[error("{0}")]
    NotAReport(String),
    #[error("Dossier failed while reading this entry (an internal error); the rest is unaffected")]
    Internal,
}

/// A byte count as people read it: `4 GiB`, `512 MiB`, `1.5 MiB`, `900 bytes`.
struct Bytes(u64);

impl fmt::Display for Bytes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const UNITS: [(&str, u64); 3] = [("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)];
        for (name, size) in UNITS {
            if self.0 >= size {
                let value = self.0 as f64 / size as f64;
                return if value.fract() == 0.0 || value >= 100.0 {
                    write!(f, "{value:.0} {name}")
                } else {
                    write!(f, "{value:.1} {name}")
                };
            }
        }
        write!(f, "{} bytes", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_counts_read_as_people_say_them() {
        assert_eq!(Bytes(4 << 30).to_string(), "4 GiB");
        assert_eq!(Bytes(512 << 20).to_string(), "512 MiB");
        assert_eq!(Bytes(3 << 19).to_string(), "1.5 MiB");
        assert_eq!(Bytes(900).to_string(), "900 bytes");
    }

    #[test]
    fn an_entry_error_names_the_entry_first() {
        let error = ArchiveError {
            path: "a.zip!/x.html".into(),
            archive: "a.zip".into(),
            entry: Some("x.html".into()),
            index: Some(0),
            kind: ErrorKind::Encrypted,
        };
        let message = error.to_string();
        assert!(
            message.starts_with("a.zip!/x.html: is encrypted"),
            "{message}"
        );
        assert!(!message.contains('\n'));
    }
}
