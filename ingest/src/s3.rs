//! The Parquet store in an S3-compatible bucket (`s3://bucket/prefix`), through `object_store`:
//! the same layout as a local root, `<prefix>/<table>/site=<site>/date=<date>/<file>`.
//!
//! One PUT per file: an object appears whole or not at all, which is what the local store's
//! write-sync-rename gives, so offsets are committed after the PUT returns. Credentials and
//! endpoint come from the usual `AWS_*` variables (`AWS_ACCESS_KEY_ID`,
//! `AWS_SECRET_ACCESS_KEY`, `AWS_REGION`, `AWS_ENDPOINT`, `AWS_ALLOW_HTTP` for a local MinIO
//! or test server) and from `store.s3` options (the `object_store` keys, e.g.
//! `aws_endpoint`), which take precedence.
//!
//! The pipeline's flush is synchronous; each call here runs on a small runtime of its own on a
//! scoped thread, so it works from inside or outside an async runtime alike.

use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::NaiveDate;
use futures::TryStreamExt;
use object_store::aws::{AmazonS3Builder, AmazonS3ConfigKey};
use object_store::path::Path;
use object_store::{ObjectStore, ObjectStoreExt, PutPayload};

use crate::error::{Error, Result};
use crate::store::{FileKey, StoredRange, TABLES, group_ranges, site_date};

pub struct S3Store {
    url: String,
    store: Arc<dyn ObjectStore>,
    prefix: Path,
    /// Always Some until dropped (see `Drop`).
    rt: Option<tokio::runtime::Runtime>,
}

impl Drop for S3Store {
    fn drop(&mut self) {
        // The store is dropped inside the worker's async task, where dropping a runtime
        // (which blocks) would panic.
        if let Some(rt) = self.rt.take() {
            rt.shutdown_background();
        }
    }
}

fn err(url: &str, e: impl std::fmt::Display) -> Error {
    Error::ObjectStore(format!("{url}: {e}"))
}

impl S3Store {
    pub fn new(url: &str, options: &BTreeMap<String, String>) -> Result<Self> {
        let parsed = url::Url::parse(url).map_err(|e| err(url, e))?;
        if parsed.host_str().is_none_or(str::is_empty) {
            return Err(Error::Config(format!("store {url}: no bucket name")));
        }
        let mut b = AmazonS3Builder::from_env().with_url(url);
        for (k, v) in options {
            let key: AmazonS3ConfigKey = k
                .parse()
                .map_err(|e| Error::Config(format!("store.s3 option {k:?}: {e}")))?;
            b = b.with_config(key, v);
        }
        let store = b.build().map_err(|e| err(url, e))?;
        // `with_url` takes only the bucket from the URL; the path is our prefix.
        let prefix = Path::parse(parsed.path().trim_matches('/')).map_err(|e| err(url, e))?;
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| err(url, e))?;
        Ok(S3Store {
            url: url.to_owned(),
            store: Arc::new(store),
            prefix,
            rt: Some(rt),
        })
    }

    /// Run `f` to completion on this store's runtime, from any context.
    fn block<T: Send>(&self, f: impl Future<Output = T> + Send) -> T {
        let Some(rt) = &self.rt else {
            unreachable!("the runtime is only taken when the store is dropped")
        };
        std::thread::scope(|s| {
            s.spawn(|| rt.block_on(f))
                .join()
                .unwrap_or_else(|p| std::panic::resume_unwind(p))
        })
    }

    fn path(&self, parts: &[&str]) -> Path {
        parts
            .iter()
            .fold(self.prefix.clone(), |p, part| p.join(*part))
    }

    pub fn put(
        &self,
        table: &str,
        site: &str,
        date: NaiveDate,
        key: &FileKey,
        bytes: Vec<u8>,
    ) -> Result<()> {
        let date = format!("date={}", date.format("%Y-%m-%d"));
        let site = format!("site={site}");
        let loc = self.path(&[table, &site, &date, &key.file_name()]);
        self.block(self.store.put(&loc, PutPayload::from(bytes)))
            .map(|_| ())
            .map_err(|e| err(&self.url, e))
    }

    /// Every data file of the store with its table, site, date and key.
    fn files(&self) -> Result<Vec<(String, String, NaiveDate, FileKey)>> {
        let mut out = Vec::new();
        for table in TABLES {
            let root = self.path(&[table]);
            let metas: Vec<_> = self
                .block(self.store.list(Some(&root)).try_collect::<Vec<_>>())
                .map_err(|e| err(&self.url, e))?;
            for m in metas {
                // .../<table>/site=S/date=D/<file>
                let parts: Vec<String> =
                    m.location.parts().map(|p| p.as_ref().to_owned()).collect();
                let [.., site, date, file] = parts.as_slice() else {
                    continue;
                };
                if let (Some((site, date)), Some(k)) = (site_date(site, date), FileKey::parse(file))
                {
                    out.push((table.to_owned(), site, date, k));
                }
            }
        }
        Ok(out)
    }

    pub fn stored_ranges(&self, topic: &str, partition: i32) -> Result<Vec<StoredRange>> {
        Ok(group_ranges(self.files()?, topic, partition))
    }

    /// Delete the objects of `date=` partitions of `table` older than the cutoff.
    pub fn expire(&self, table: &str, cutoff: NaiveDate) -> Result<usize> {
        let root = self.path(&[table]);
        let metas: Vec<_> = self
            .block(self.store.list(Some(&root)).try_collect::<Vec<_>>())
            .map_err(|e| err(&self.url, e))?;
        let mut partitions = std::collections::BTreeSet::new();
        for m in metas {
            let date = m.location.parts().find_map(|p| {
                let d = p.as_ref().strip_prefix("date=")?;
                NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()
            });
            if let Some(d) = date
                && d < cutoff
            {
                if let Some(parent) = m.location.as_ref().rsplit_once('/') {
                    partitions.insert(parent.0.to_owned());
                }
                self.block(self.store.delete(&m.location))
                    .map_err(|e| err(&self.url, e))?;
            }
        }
        Ok(partitions.len())
    }
}
