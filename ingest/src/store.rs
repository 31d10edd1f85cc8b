//! The Parquet store (CONTRACTS.md §6), on a local directory or an S3-compatible bucket
//! (`s3`): `<root>/<table>/site=<site>/date=<YYYY-MM-DD>/<topic>.p<partition>.o<first>-<last>.parquet`.
//!
//! A file is written under a temporary name, synced, renamed and its directory synced; only
//! then may the offsets it covers be committed. Because the name carries the offset range, a
//! file written but not committed before a crash is found again when the partition is next
//! assigned, and the replay skips the lines it holds (see [`Store::stored_ranges`]).
//! Readers glob `*.parquet`, so temporary files (named `.*.tmp`) are never read half-written.

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

use arrow::record_batch::RecordBatch;
use chrono::NaiveDate;
use parquet::arrow::ArrowWriter;
use parquet::basic::{Compression, ZstdLevel};
use parquet::file::properties::{EnabledStatistics, WriterProperties};

use crate::config::StoreConfig;
use crate::error::{Error, Result};
use crate::s3::S3Store;

/// The tables an ingest worker writes.
pub const TABLES: [&str; 4] = ["events", "detections", "deadletter", "identities"];

/// The store: where files go, and how they are encoded.
pub struct Store {
    backend: Backend,
    props: WriterProperties,
}

enum Backend {
    /// A local (or mounted) file system.
    Dir(PathBuf),
    S3(Box<S3Store>),
}

/// A flush found in the store for one input partition: its offset range and the files it
/// has, as (table, site, date). A crash between the files of one flush leaves some missing;
/// the replay writes those and only those (see `Pipeline::set_stored`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StoredRange {
    pub first: i64,
    pub last: i64,
    pub have: std::collections::BTreeSet<(String, String, NaiveDate)>,
}

/// Group (table, site, date, key) listings of one partition into stored ranges.
pub(crate) fn group_ranges(
    found: impl IntoIterator<Item = (String, String, NaiveDate, FileKey)>,
    topic: &str,
    partition: i32,
) -> Vec<StoredRange> {
    let mut by: std::collections::BTreeMap<(i64, i64), StoredRange> = Default::default();
    for (table, site, date, k) in found {
        if k.topic != topic || k.partition != partition {
            continue;
        }
        by.entry((k.first, k.last))
            .or_insert_with(|| StoredRange {
                first: k.first,
                last: k.last,
                have: Default::default(),
            })
            .have
            .insert((table, site, date));
    }
    by.into_values().collect()
}

/// `site=S` and `date=D` directory names back to their values.
pub(crate) fn site_date(site_dir: &str, date_dir: &str) -> Option<(String, NaiveDate)> {
    let site = site_dir.strip_prefix("site=")?;
    let date = NaiveDate::parse_from_str(date_dir.strip_prefix("date=")?, "%Y-%m-%d").ok()?;
    Some((site.to_owned(), date))
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

impl Store {
    /// The store of the configuration: `store.root` a directory or `s3://bucket/prefix`.
    pub fn open(cfg: &StoreConfig) -> Result<Self> {
        if cfg.root.starts_with("s3://") {
            let s3 = S3Store::new(&cfg.root, &cfg.s3)?;
            return Ok(Store {
                backend: Backend::S3(Box::new(s3)),
                props: writer_props(cfg.zstd_level)?,
            });
        }
        Self::new(&cfg.root, cfg.zstd_level)
    }

    /// A store on a local directory.
    pub fn new(root: impl Into<PathBuf>, zstd_level: i32) -> Result<Self> {
        let root: PathBuf = root.into();
        fs::create_dir_all(&root).map_err(|source| Error::Store {
            path: root.clone(),
            source,
        })?;
        Ok(Store {
            backend: Backend::Dir(root),
            props: writer_props(zstd_level)?,
        })
    }

    /// The local root; None for a bucket.
    pub fn root(&self) -> Option<&Path> {
        match &self.backend {
            Backend::Dir(root) => Some(root),
            Backend::S3(_) => None,
        }
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
        let n = buf.len() as u64;
        match &self.backend {
            Backend::Dir(root) => write_file(root, table, site, date, key, &buf)?,
            Backend::S3(s3) => s3.put(table, site, date, key, buf)?,
        }
        Ok(n)
    }

    /// The offset ranges of `topic`/`partition` already in the store (committed or not: a
    /// written file is durable either way). A replay skips lines inside these ranges, so each
    /// line is stored once and no stored file is ever deleted.
    pub fn stored_ranges(&self, topic: &str, partition: i32) -> Result<Vec<StoredRange>> {
        match &self.backend {
            Backend::Dir(root) => dir_stored_ranges(root, topic, partition),
            Backend::S3(s3) => s3.stored_ranges(topic, partition),
        }
    }

    /// Delete `date=` partitions of `table` older than `days` before `today`; returns how
    /// many.
    pub fn expire(&self, table: &str, days: u32, today: NaiveDate) -> Result<usize> {
        let cutoff = today - chrono::Days::new(u64::from(days));
        match &self.backend {
            Backend::Dir(root) => dir_expire(root, table, cutoff),
            Backend::S3(s3) => s3.expire(table, cutoff),
        }
    }
}

fn partition_dir(root: &Path, table: &str, site: &str, date: NaiveDate) -> PathBuf {
    root.join(table)
        .join(format!("site={site}"))
        .join(format!("date={}", date.format("%Y-%m-%d")))
}

fn writer_props(zstd_level: i32) -> Result<WriterProperties> {
    let level = ZstdLevel::try_new(zstd_level)?;
    let props = WriterProperties::builder()
        .set_compression(Compression::ZSTD(level))
        // Page statistics and a page index let DataFusion and DuckDB skip by ts, level
        // and category without reading the pages.
        .set_statistics_enabled(EnabledStatistics::Page)
        .set_max_row_group_row_count(Some(128 * 1024))
        .set_created_by(format!("guardline {}", env!("CARGO_PKG_VERSION")))
        .build();
    Ok(props)
}

/// Write a file under a temporary name, sync it, rename it, sync the directory.
fn write_file(
    root: &Path,
    table: &str,
    site: &str,
    date: NaiveDate,
    key: &FileKey,
    buf: &[u8],
) -> Result<()> {
    let dir = partition_dir(root, table, site, date);
    let name = key.file_name();
    let io = |path: &Path, source| Error::Store {
        path: path.to_owned(),
        source,
    };
    fs::create_dir_all(&dir).map_err(|e| io(&dir, e))?;
    let tmp = dir.join(format!(".{name}.tmp"));
    let dst = dir.join(&name);
    let mut f = File::create(&tmp).map_err(|e| io(&tmp, e))?;
    f.write_all(buf).map_err(|e| io(&tmp, e))?;
    f.sync_all().map_err(|e| io(&tmp, e))?;
    drop(f);
    fs::rename(&tmp, &dst).map_err(|e| io(&dst, e))?;
    // The rename is durable only once the directory entry is.
    File::open(&dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| io(&dir, e))?;
    Ok(())
}

/// Every data file of a local store with its table, site, date and key (files with other
/// names are ignored; temporary files have partition -1).
fn dir_files(root: &Path) -> Vec<(PathBuf, String, String, NaiveDate, FileKey)> {
    let mut out = Vec::new();
    for table in TABLES {
        for site in read_dirs(&root.join(table)) {
            for date in read_dirs(&site) {
                let name_of = |p: &Path| {
                    p.file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default()
                };
                let Some((site_v, date_v)) = site_date(&name_of(&site), &name_of(&date)) else {
                    continue;
                };
                let Ok(entries) = fs::read_dir(&date) else {
                    continue;
                };
                for e in entries.flatten() {
                    let name = e.file_name();
                    let name = name.to_string_lossy();
                    if let Some(k) = FileKey::parse(&name) {
                        out.push((e.path(), table.to_owned(), site_v.clone(), date_v, k));
                    } else if name.ends_with(".tmp") {
                        // A temporary file left by a crash mid-write: never committed.
                        out.push((
                            e.path(),
                            table.to_owned(),
                            site_v.clone(),
                            date_v,
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

/// A local store's ranges, after removing stray temporary files of the partition left by a
/// crash mid-write.
fn dir_stored_ranges(root: &Path, topic: &str, partition: i32) -> Result<Vec<StoredRange>> {
    let mut found = Vec::new();
    let tmp_prefix = format!(".{topic}.p{partition}.");
    for (path, table, site, date, k) in dir_files(root) {
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
        } else {
            found.push((table, site, date, k));
        }
    }
    Ok(group_ranges(found, topic, partition))
}

fn dir_expire(root: &Path, table: &str, cutoff: NaiveDate) -> Result<usize> {
    let mut removed = 0;
    for site in read_dirs(&root.join(table)) {
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
