//! Following a log file like `tail -F`, with a checkpoint so a restart resumes exactly.
//!
//! Each line is sent with a sequence number (the source's "offset", which names the Parquet
//! files) and the file position after it. The worker writes the checkpoint (device, inode,
//! position, next sequence number) only after the files holding those lines are synced, as the
//! Kafka path commits offsets. Rotation:
//! - rename and create (logrotate's default): at the end of the old file, the path names a new
//!   inode; what is left of the old file is read first, then the new one from its start;
//! - copy and truncate: the file shrinks below our position; it is read again from 0;
//! - a restart after rotation: the checkpointed inode is looked for among the files of the same
//!   directory (`access.log.1`), finished from the checkpoint, then the path is read.
//!
//! A plain thread per file (blocking reads and a short poll), not inotify: polling works the
//! same on every filesystem, including network mounts where inotify says nothing.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use serde::{Deserialize, Serialize};
use tokio::sync::mpsc;

use super::LocalLine;
use crate::config::FileSource;

/// Where a file source has got to: the next line to read is at `pos` in the file with this
/// device and inode, and gets sequence number `seq`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checkpoint {
    pub dev: u64,
    pub ino: u64,
    pub pos: u64,
    pub seq: i64,
}

/// A position inside a particular file (same inode), carried with each line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FilePos {
    pub dev: u64,
    pub ino: u64,
    /// The byte after the line's newline.
    pub pos: u64,
}

struct Current {
    file: File,
    dev: u64,
    ino: u64,
    pos: u64,
    /// Reading a rotated file found by inode: at its end, move on to the path.
    rotated: bool,
}

pub struct Tail {
    pub src: FileSource,
    pub name: Arc<str>,
    pub site: Option<Arc<str>>,
    pub start: Option<Checkpoint>,
    /// The first sequence number when there is no checkpoint yet.
    pub seq0: i64,
    /// Where the worker keeps this source's checkpoint; written here once, at the very first
    /// open, so that a rotation before the first flush is still followed after a crash.
    pub checkpoint: PathBuf,
    pub tx: mpsc::Sender<LocalLine>,
    pub stop: Arc<AtomicBool>,
}

const CHUNK: usize = 64 * 1024;

impl Tail {
    pub fn spawn(self) -> std::io::Result<std::thread::JoinHandle<()>> {
        std::thread::Builder::new()
            .name(format!("tail {}", self.name))
            .spawn(move || self.run())
    }

    fn run(self) {
        let poll = Duration::from_millis(self.src.poll_ms.max(10));
        let mut seq = self.start.map_or(self.seq0, |c| c.seq);
        let mut cur: Option<Current> = None;
        let mut first = true;
        let mut warned_missing = false;
        // Bytes of a line not yet ended by a newline, and whether the rest of an over-long
        // line is being skipped (its head was already sent, to be counted as malformed).
        let mut partial: Vec<u8> = Vec::new();
        let mut discarding = false;
        let mut buf = vec![0u8; CHUNK];
        while !self.stop.load(Ordering::Relaxed) {
            let Some(c) = cur.as_mut() else {
                match self.open_initial(first) {
                    Some(c) => {
                        if first && self.start.is_none() {
                            let cp = Checkpoint {
                                dev: c.dev,
                                ino: c.ino,
                                pos: c.pos,
                                seq,
                            };
                            if let Err(e) = save_checkpoint(&self.checkpoint, &cp) {
                                tracing::warn!(error = %e, path = %self.checkpoint.display(), "first checkpoint not written");
                            }
                        }
                        cur = Some(c);
                        first = false;
                        warned_missing = false;
                    }
                    None => {
                        if !warned_missing {
                            tracing::warn!(path = %self.src.path.display(), "log file not there yet; waiting for it");
                            warned_missing = true;
                        }
                        std::thread::sleep(poll);
                    }
                }
                continue;
            };
            let n = match c.file.read(&mut buf) {
                Ok(n) => n,
                Err(e) => {
                    tracing::warn!(path = %self.src.path.display(), error = %e, "read failed; retrying");
                    std::thread::sleep(poll);
                    continue;
                }
            };
            if n > 0 {
                let mut start = 0;
                let base = c.pos;
                for i in memchr::memchr_iter(b'\n', &buf[..n]) {
                    let piece = &buf[start..i];
                    start = i + 1;
                    let at = FilePos {
                        dev: c.dev,
                        ino: c.ino,
                        pos: base + start as u64,
                    };
                    if discarding {
                        discarding = false;
                        partial.clear();
                        // The head already went out; move its checkpoint past the tail.
                        if !self.send_marker(at) {
                            return;
                        }
                        continue;
                    }
                    partial.extend_from_slice(piece);
                    let line = std::mem::take(&mut partial);
                    if !self.send(&mut seq, line, at) {
                        return;
                    }
                }
                partial.extend_from_slice(&buf[start..n]);
                c.pos = base + n as u64;
                if !discarding && partial.len() > schemas::MAX_LINE_BYTES {
                    // Over-long line: send its head now (the pipeline counts it as malformed
                    // and keeps it as a dead letter) and skip the rest up to the next newline.
                    let head = std::mem::take(&mut partial);
                    let at = FilePos {
                        dev: c.dev,
                        ino: c.ino,
                        pos: c.pos,
                    };
                    if !self.send(&mut seq, head, at) {
                        return;
                    }
                    discarding = true;
                }
                if discarding {
                    partial.clear();
                }
                continue;
            }
            // At the end of the file: has it been rotated or truncated?
            let moved_on = c.rotated
                || match std::fs::metadata(&self.src.path) {
                    Ok(m) => m.dev() != c.dev || m.ino() != c.ino,
                    Err(_) => false,
                };
            if moved_on {
                // The old file is finished: a last line without a newline is still a line.
                if !partial.is_empty() && !discarding {
                    let line = std::mem::take(&mut partial);
                    let at = FilePos {
                        dev: c.dev,
                        ino: c.ino,
                        pos: c.pos,
                    };
                    if !self.send(&mut seq, line, at) {
                        return;
                    }
                }
                partial.clear();
                discarding = false;
                tracing::info!(path = %self.src.path.display(), "log file rotated; following the new file");
                cur = open_at(&self.src.path, 0, false);
                continue;
            }
            if let Ok(m) = c.file.metadata()
                && m.len() < c.pos
            {
                tracing::warn!(path = %self.src.path.display(), size = m.len(), pos = c.pos, "log file truncated (copytruncate); reading it from the start");
                if c.file.seek(SeekFrom::Start(0)).is_ok() {
                    c.pos = 0;
                    partial.clear();
                    discarding = false;
                }
                continue;
            }
            std::thread::sleep(poll);
        }
    }

    /// The file to start with: the checkpointed one (at the path, or rotated beside it), or
    /// the path at its beginning or end.
    fn open_initial(&self, first: bool) -> Option<Current> {
        let path = &self.src.path;
        if first && let Some(cp) = self.start {
            if let Ok(m) = std::fs::metadata(path)
                && m.dev() == cp.dev
                && m.ino() == cp.ino
            {
                return open_at(path, cp.pos, false);
            }
            if let Some(rotated) = find_inode(path, cp.dev, cp.ino) {
                tracing::info!(rotated = %rotated.display(), "finishing the rotated log file from the checkpoint");
                return open_at(&rotated, cp.pos, true);
            }
            tracing::warn!(path = %path.display(), "the checkpointed log file is gone (rotated away while stopped); reading the current file from its start");
            return open_at(path, 0, false);
        }
        if first && self.start.is_none() && self.src.start_at == "end" {
            let len = std::fs::metadata(path).ok()?.len();
            return open_at(path, len, false);
        }
        open_at(path, 0, false)
    }

    fn send(&self, seq: &mut i64, line: Vec<u8>, at: FilePos) -> bool {
        let msg = LocalLine {
            source: Arc::clone(&self.name),
            partition: 0,
            offset: Some(*seq),
            site: self.site.clone(),
            payload: line,
            pos: Some(at),
        };
        *seq += 1;
        // Blocks while the worker is behind or the store refuses writes: the file keeps the
        // lines, so back-pressure loses nothing.
        self.tx.blocking_send(msg).is_ok()
    }

    /// The position after a skipped tail, so the checkpoint can move past it.
    fn send_marker(&self, at: FilePos) -> bool {
        let msg = LocalLine {
            source: Arc::clone(&self.name),
            partition: 0,
            offset: None,
            site: None,
            payload: Vec::new(),
            pos: Some(at),
        };
        self.tx.blocking_send(msg).is_ok()
    }
}

fn open_at(path: &Path, pos: u64, rotated: bool) -> Option<Current> {
    let mut file = File::open(path).ok()?;
    let m = file.metadata().ok()?;
    let pos = pos.min(m.len());
    file.seek(SeekFrom::Start(pos)).ok()?;
    Some(Current {
        file,
        dev: m.dev(),
        ino: m.ino(),
        pos,
        rotated,
    })
}

/// A file in `path`'s directory with the given device and inode (where rotation moved it).
fn find_inode(path: &Path, dev: u64, ino: u64) -> Option<PathBuf> {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty())?;
    std::fs::read_dir(dir)
        .ok()?
        .flatten()
        .map(|e| e.path())
        .find(|p| {
            std::fs::metadata(p).is_ok_and(|m| m.is_file() && m.dev() == dev && m.ino() == ino)
        })
}

/// Read a checkpoint file; none when absent.
pub fn load_checkpoint(path: &Path) -> std::io::Result<Option<Checkpoint>> {
    match std::fs::read(path) {
        Ok(bytes) => serde_json::from_slice(&bytes).map(Some).map_err(|e| {
            std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                format!("checkpoint {}: {e}", path.display()),
            )
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

/// Write a checkpoint durably: temporary file, fsync, rename, directory fsync.
pub fn save_checkpoint(path: &Path, cp: &Checkpoint) -> std::io::Result<()> {
    use std::io::Write;
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let tmp = path.with_extension("json.tmp");
    let mut f = File::create(&tmp)?;
    f.write_all(&serde_json::to_vec(cp).map_err(std::io::Error::other)?)?;
    f.sync_all()?;
    drop(f);
    std::fs::rename(&tmp, path)?;
    File::open(dir)?.sync_all()
}
