//! The Parquet store on a local directory (CONTRACTS.md §6):
//! `<root>/<table>/site=<site>/date=<YYYY-MM-DD>/<topic>.p<partition>.o<first>-<last>.parquet`.
//!
//! A file is written under a temporary name, synced, renamed and its directory synced; only
//! then may the offsets it covers be committed. Because the name carries the offset range, a
//! file written but not committed before a crash is found again when the partition is next
//! assigned, and the replay skips the lines it holds (see [`LocalStore::stored_ranges`]).
//! Readers glob `*.parquet`, so temporary files (named `.*.tmp`) are never read half-written.

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

use arrow::record_batch::RecordBatch;
use chrono::NaiveDate;
use parquet::arrow::ArrowWriter;
use parquet::basic::{Compression, ZstdLevel};
use parquet::file::properties::{EnabledStatistics, WriterProperties};

use crate::error::{Error, Result};

/// The tables an ingest worker writes.
pub const TABLES: [&str; 4] = ["events", "detections", "deadletter", "identities"];

/// A store root on a local (or mounted) file system.
#[derive(Debug, Clone)]
pub struct LocalStore {
    root: PathBuf,
    props: WriterProperties,
}

/// The offset range of one flush of one Kafka partition (or one file-tail / syslog input).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileKey {
    pub topic: String,
    pub partition: i32,
    pub first: i64,
    pub last: i64,
}

impl FileKey {
    pub fn file_name(&self) -> String {
        format!(
            "{}.p{}.o{}-{}.parquet",
            self.topic, self.partition, self.first, self.last
        )
    }

    /// The inverse of [`FileKey::file_name`]; `None` for any other file.
    pub fn parse(name: &str) -> Option<FileKey> {
        let stem = name.strip_suffix(".parquet")?;
        let mut parts = stem.rsplitn(3, '.');
        let range = parts.next()?.strip_prefix('o')?;
        let partition = parts.next()?.strip_prefix('p')?.parse().ok()?;
        let topic = parts.next()?.to_owned();
        let (first, last) = range.split_once('-')?;
        Some(FileKey {
            topic,
            partition,
            first: first.parse().ok()?,
            last: last.parse().ok()?,
        })
    }
}

/// A site name as it may appear in a `site=` directory: letters, digits, `-`, `_`, `.`;
/// anything else becomes `_`. Applied to the event's site itself, so the column and the
/// directory agree.
pub fn safe_site(site: &str) -> String {
    let s: String = site
        .chars()
        .take(64)
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect();
    if s.is_empty() || s.starts_with('.') {
        format!("_{s}")
    } else {
        s
    }
}

/// The partition directory name of a missing site.
pub const UNKNOWN_SITE: &str = "unknown";

impl LocalStore {
    pub fn new(root: impl Into<PathBuf>, zstd_level: i32) -> Result<Self> {
        let root = root.into();
        let level = ZstdLevel::try_new(zstd_level)?;
        let props = WriterProperties::builder()
            .set_compression(Compression::ZSTD(level))
            // Page statistics and a page index let DataFusion and DuckDB skip by ts, level
            // and category without reading the pages.
            .set_statistics_enabled(EnabledStatistics::Page)
            .set_max_row_group_row_count(Some(128 * 1024))
            .set_created_by(format!("guardline {}", env!("CARGO_PKG_VERSION")))
            .build();
        fs::create_dir_all(&root).map_err(|source| Error::Store {
            path: root.clone(),
            source,
        })?;
        Ok(LocalStore { root, props })
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    pub fn partition_dir(&self, table: &str, site: &str, date: NaiveDate) -> PathBuf {
        self.root
            .join(table)
            .join(format!("site={site}"))
            .join(format!("date={}", date.format("%Y-%m-%d")))
    }

    /// Write `batch` as one Parquet file, durably; returns the bytes written.
    pub fn write(
        &self,
        table: &str,
        site: &str,
        date: NaiveDate,
        key: &FileKey,
        batch: &RecordBatch,
    ) -> Result<u64> {
        let mut buf = Vec::with_capacity(64 * 1024);
        {
            let mut w = ArrowWriter::try_new(&mut buf, batch.schema(), Some(self.props.clone()))?;
            w.write(batch)?;
            w.close()?;
        }
        let dir = self.partition_dir(table, site, date);
        let name = key.file_name();
        let io = |path: &Path, source| Error::Store {
            path: path.to_owned(),
            source,
        };
        fs::create_dir_all(&dir).map_err(|e| io(&dir, e))?;
        let tmp = dir.join(format!(".{name}.tmp"));
        let dst = dir.join(&name);
        let mut f = File::create(&tmp).map_err(|e| io(&tmp, e))?;
        f.write_all(&buf).map_err(|e| io(&tmp, e))?;
        f.sync_all().map_err(|e| io(&tmp, e))?;
        drop(f);
        fs::rename(&tmp, &dst).map_err(|e| io(&dst, e))?;
        // The rename is durable only once the directory entry is.
        File::open(&dir)
            .and_then(|d| d.sync_all())
            .map_err(|e| io(&dir, e))?;
        Ok(buf.len() as u64)
    }

    /// Every data file of the store with its key (files with other names are ignored).
    fn files(&self) -> Vec<(PathBuf, FileKey)> {
        let mut out = Vec::new();
        for table in TABLES {
            for site in read_dirs(&self.root.join(table)) {
                for date in read_dirs(&site) {
                    let Ok(entries) = fs::read_dir(&date) else {
                        continue;
                    };
                    for e in entries.flatten() {
                        let name = e.file_name();
                        let name = name.to_string_lossy();
                        if let Some(k) = FileKey::parse(&name) {
                            out.push((e.path(), k));
                        } else if name.ends_with(".tmp") {
                            // A temporary file left by a crash mid-write: never committed.
                            out.push((
                                e.path(),
                                FileKey {
                                    topic: String::new(),
                                    partition: -1,
                                    first: -1,
                                    last: -1,
                                },
                            ));
                        }
                    }
                }
            }
        }
        out
    }

    /// The offset ranges of `topic`/`partition` already in the store (committed or not: a
    /// renamed file is durable either way), after removing stray temporary files of the
    /// partition left by a crash mid-write. A replay skips lines inside these ranges, so each
    /// line is stored once and no stored file is ever deleted.
    pub fn stored_ranges(&self, topic: &str, partition: i32) -> Result<Vec<(i64, i64)>> {
        let mut ranges = Vec::new();
        let tmp_prefix = format!(".{topic}.p{partition}.");
        for (path, k) in self.files() {
            if k.partition == -1 {
                if path
                    .file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with(&tmp_prefix))
                {
                    fs::remove_file(&path).map_err(|source| Error::Store {
                        path: path.clone(),
                        source,
                    })?;
                }
            } else if k.topic == topic && k.partition == partition {
                ranges.push((k.first, k.last));
            }
        }
        ranges.sort_unstable();
        ranges.dedup();
        Ok(ranges)
    }

    /// Delete `date=` partitions of `table` older than `days` before `today`.
    pub fn expire(&self, table: &str, days: u32, today: NaiveDate) -> Result<usize> {
        let cutoff = today - chrono::Days::new(u64::from(days));
        let mut removed = 0;
        for site in read_dirs(&self.root.join(table)) {
            for date in read_dirs(&site) {
                let name = date.file_name().map(|n| n.to_string_lossy().into_owned());
                let Some(d) = name
                    .as_deref()
                    .and_then(|n| n.strip_prefix("date="))
                    .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
                else {
                    continue;
                };
                if d < cutoff {
                    fs::remove_dir_all(&date).map_err(|source| Error::Store {
                        path: date.clone(),
                        source,
                    })?;
                    removed += 1;
                }
            }
        }
        Ok(removed)
    }
}

fn read_dirs(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .map(|e| e.path())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_round_trip_with_dotted_topics() {
        let k = FileKey {
            topic: "guardline.proxy".into(),
            partition: 3,
            first: 100,
            last: 199,
        };
        assert_eq!(k.file_name(), "guardline.proxy.p3.o100-199.parquet");
        assert_eq!(FileKey::parse(&k.file_name()), Some(k));
        assert_eq!(FileKey::parse("notes.txt"), None);
    }

    #[test]
    fn sites_are_path_safe() {
        assert_eq!(safe_site("north-campus"), "north-campus");
        assert_eq!(safe_site("../etc"), "_.._etc");
        assert_eq!(safe_site("a/b c"), "a_b_c");
    }
}
