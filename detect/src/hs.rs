//! The Hyperscan matcher: every phrase and regex of a pack compiled once into a block-mode
//! database (single records) and a streaming database (typed text), with a cache of the
//! serialised databases so that a restart does not recompile.
//!
//! Nothing is compiled with start-of-match tracking: a literal phrase ` phrase` starts at its
//! end minus its length, and a regex hit's start is found afterwards by `crate::locate`
//! (SOM_LEFTMOST made the default pack's databases 86 MB and its compile 80 s). The databases are `Send + Sync` and shared behind an `Arc`;
//! each [`HsMatcher`] owns one scratch, grown to serve all databases, so there is one matcher
//! per worker thread.
//!
//! A third, smaller block database holds only the patterns of rules that apply to URLs and
//! names (url, host, sni, qname). Most of a proxy log is URLs, and most of the pack is phrasing
//! that only applies to what a learner types or searches: scanning a URL against those
//! patterns found nothing that could count and was most of Hyperscan's time.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use hyperscan::prelude::*;
use hyperscan::{HsError, PatternFlags, SerializedDatabase};

use crate::error::{Error, Result};
use crate::matcher::{Hit, Matcher, StreamMatcher};
use crate::pack::{PatternDef, RulePack};
use schemas::Field;

/// The compiled databases of one pack.
pub struct HsDatabases {
    block: BlockDatabase,
    stream: StreamingDatabase,
    /// The patterns that apply to URL and name fields; `None` when no rule does.
    names: Option<BlockDatabase>,
    /// Length of each literal pattern's expression (0 for regexes, which report their start).
    literal_len: Vec<u32>,
    /// How the databases were obtained, for the operator.
    pub compile_time: Duration,
    pub from_cache: bool,
}

impl HsDatabases {
    /// Compile the pack's patterns, or load them from `cache_dir` when a matching entry exists.
    pub fn build(pack: &RulePack, cache_dir: Option<&Path>) -> Result<Self> {
        let started = Instant::now();
        let literal_len = pack
            .patterns
            .iter()
            .map(|p| if p.literal { p.expr.len() as u32 } else { 0 })
            .collect();
        if let Some(dir) = cache_dir
            && let Some((block, stream, names)) = load_cached(dir, pack)
        {
            return Ok(HsDatabases {
                block,
                stream,
                names,
                literal_len,
                compile_time: started.elapsed(),
                from_cache: true,
            });
        }
        let patterns = to_patterns(pack, |_| true)?;
        let block: BlockDatabase = patterns.build().map_err(|e| compile_error(e, pack))?;
        let stream: StreamingDatabase = patterns.build().map_err(|e| compile_error(e, pack))?;
        let named = to_patterns(pack, |p| {
            NAME_FIELDS
                .iter()
                .any(|f| pack.rules[p.rule as usize].fields.contains(*f))
        })?;
        let names: Option<BlockDatabase> = if named.0.is_empty() {
            None
        } else {
            Some(named.build().map_err(|e| compile_error(e, pack))?)
        };
        if let Some(dir) = cache_dir {
            // A cache that cannot be written only costs the next start a compile.
            let _ = store_cached(dir, pack, &block, &stream, names.as_ref());
        }
        Ok(HsDatabases {
            block,
            stream,
            names,
            literal_len,
            compile_time: started.elapsed(),
            from_cache: false,
        })
    }

    pub fn block_size(&self) -> usize {
        self.block.size().unwrap_or(0)
    }
}

/// The fields scanned against the smaller `names` database.
const NAME_FIELDS: [Field; 4] = [Field::Url, Field::Host, Field::Sni, Field::Qname];

/// The pack's patterns that `keep` accepts, each with its index in the pack as its id.
fn to_patterns(pack: &RulePack, keep: impl Fn(&PatternDef) -> bool) -> Result<Patterns> {
    let mut out = Vec::with_capacity(pack.patterns.len());
    for (i, p) in pack.patterns.iter().enumerate() {
        if !keep(p) {
            continue;
        }
        let flags = PatternFlags::empty();
        let rule = &pack.rules[p.rule as usize];
        let mut pattern = Pattern::with_flags(&p.expr, flags).map_err(|e| Error::Pattern {
            rule: rule.id.clone(),
            file: rule.file.clone(),
            line: rule.line,
            pattern: p.source.clone(),
            message: e.to_string(),
        })?;
        pattern.id = Some(i);
        out.push(pattern);
    }
    Ok(Patterns(out))
}

/// A compile error names the failing expression by index: map it back to its rule.
fn compile_error(e: hyperscan::Error, pack: &RulePack) -> Error {
    if let hyperscan::Error::Hyperscan(HsError::CompileError(ce)) = &e
        && let Some(p) = ce.expression().and_then(|i| pack.patterns.get(i))
    {
        let rule = &pack.rules[p.rule as usize];
        return Error::Pattern {
            rule: rule.id.clone(),
            file: rule.file.clone(),
            line: rule.line,
            pattern: p.source.clone(),
            message: ce.message().to_owned(),
        };
    }
    Error::Hyperscan(e.to_string())
}

/// Cache file names carry a digest of the compiled expressions, the Hyperscan version and this CPU's feature flags:
/// a database is only valid for the library and the instruction set it was compiled for.
fn cache_paths(dir: &Path, pack: &RulePack) -> (PathBuf, PathBuf, PathBuf) {
    let cpu = cpu_flags_digest();
    let version = hyperscan::version().to_string();
    // The key is the compiled expressions themselves, not the pack files: a change in how
    // phrases are turned into patterns (normalisation, variants) must miss the cache too.
    let exprs = pack
        .patterns
        .iter()
        .fold(0xcbf2_9ce4_8422_2325_u64, |h, p| {
            p.expr
                .bytes()
                .chain([u8::from(p.literal), 0xff])
                .fold(h, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
        });
    // `nosom`: the compile flags are part of what a cached database means.
    let stem = format!("{exprs:016x}-nosom-hs{version}-cpu{cpu:016x}");
    (
        dir.join(format!("{stem}.block.hsdb")),
        dir.join(format!("{stem}.stream.hsdb")),
        dir.join(format!("{stem}.names.hsdb")),
    )
}

fn cpu_flags_digest() -> u64 {
    let flags = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("flags"))
                .map(str::to_owned)
        })
        .unwrap_or_default();
    flags.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

type Cached = (BlockDatabase, StreamingDatabase, Option<BlockDatabase>);

fn load_cached(dir: &Path, pack: &RulePack) -> Option<Cached> {
    let (bp, sp, np) = cache_paths(dir, pack);
    let b = std::fs::read(bp).ok()?;
    let s = std::fs::read(sp).ok()?;
    // Deserialising checks version and platform, but not the mode: check it from the header.
    if !b.info().ok()?.ends_with("Mode: BLOCK") || !s.info().ok()?.ends_with("Mode: STREAM") {
        return None;
    }
    let block: BlockDatabase = b.deserialize().ok()?;
    let stream: StreamingDatabase = s.deserialize().ok()?;
    // An empty file stands for "no rule applies to names" (a pack of typed-text rules only).
    let n = std::fs::read(np).ok()?;
    let names = if n.is_empty() {
        None
    } else {
        if !n.info().ok()?.ends_with("Mode: BLOCK") {
            return None;
        }
        Some(n.deserialize().ok()?)
    };
    Some((block, stream, names))
}

fn store_cached(
    dir: &Path,
    pack: &RulePack,
    block: &BlockDatabase,
    stream: &StreamingDatabase,
    names: Option<&BlockDatabase>,
) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let (bp, sp, np) = cache_paths(dir, pack);
    let io = |e: hyperscan::Error| std::io::Error::other(e.to_string());
    let names = match names {
        Some(n) => n.serialize().map_err(io)?.to_vec(),
        None => Vec::new(),
    };
    // The names database last: a reader needs all three, and finds them only once it exists.
    for (path, bytes) in [
        (bp, block.serialize().map_err(io)?.to_vec()),
        (sp, stream.serialize().map_err(io)?.to_vec()),
        (np, names),
    ] {
        // Write then rename, so a reader never sees half a database.
        let tmp = path.with_extension("tmp");
        std::fs::write(&tmp, bytes)?;
        std::fs::rename(tmp, path)?;
    }
    Ok(())
}

/// One worker's matcher: shared databases, its own scratch.
pub struct HsMatcher {
    dbs: Arc<HsDatabases>,
    scratch: Scratch,
}

impl HsMatcher {
    pub fn new(dbs: Arc<HsDatabases>) -> Result<Self> {
        let hs = |e: hyperscan::Error| Error::Hyperscan(e.to_string());
        let mut scratch = dbs.block.alloc_scratch().map_err(hs)?;
        dbs.stream.realloc_scratch(&mut scratch).map_err(hs)?;
        if let Some(names) = &dbs.names {
            names.realloc_scratch(&mut scratch).map_err(hs)?;
        }
        Ok(HsMatcher { dbs, scratch })
    }

    fn push(literal_len: &[u32], hits: &mut Vec<Hit>, id: u32, from: u64, to: u64) {
        let len = literal_len.get(id as usize).copied().unwrap_or(0);
        // Without SOM Hyperscan reports 0 as every start: a regex's start is found later.
        let from = if len > 0 {
            to.saturating_sub(u64::from(len))
        } else {
            from
        };
        hits.push(Hit {
            pattern: id,
            from,
            to,
        });
    }
}

impl HsMatcher {
    /// Block-mode scan of `text` against one of the block databases.
    fn scan_block(&self, db: &BlockDatabase, text: &[u8], hits: &mut Vec<Hit>) {
        let lens = &self.dbs.literal_len;
        let result = db.scan(text, &self.scratch, |id, from, to, _| {
            Self::push(lens, hits, id, from, to);
            Matching::Continue
        });
        if let Err(e) = result {
            // Only reachable with a broken database or scratch; the record is still stored.
            tracing::error!(error = %e, "hyperscan block scan failed");
        }
    }
}

impl Matcher for HsMatcher {
    fn scan(&mut self, text: &[u8], hits: &mut Vec<Hit>) {
        self.scan_block(&self.dbs.block, text, hits);
    }

    fn scan_field(&mut self, text: &[u8], field: Field, hits: &mut Vec<Hit>) {
        if !NAME_FIELDS.contains(&field) {
            self.scan_block(&self.dbs.block, text, hits);
        } else if let Some(names) = &self.dbs.names {
            self.scan_block(names, text, hits);
        }
    }
}

impl StreamMatcher for HsMatcher {
    type Stream = Stream;

    fn open(&mut self) -> Option<Stream> {
        match self.dbs.stream.open_stream() {
            Ok(s) => Some(s),
            Err(e) => {
                tracing::error!(error = %e, "hyperscan open_stream failed");
                None
            }
        }
    }

    fn scan_stream(&mut self, stream: &mut Stream, text: &[u8], hits: &mut Vec<Hit>) {
        let lens = &self.dbs.literal_len;
        let result = stream.scan(text, &self.scratch, |id, from, to, _| {
            Self::push(lens, hits, id, from, to);
            Matching::Continue
        });
        if let Err(e) = result {
            tracing::error!(error = %e, "hyperscan stream scan failed");
        }
    }

    fn scan_end(&mut self, stream: &Stream, hits: &mut Vec<Hit>) {
        let lens = &self.dbs.literal_len;
        // Closing a copy reports end-of-data matches and frees the copy; the original goes on.
        let copy = stream.clone();
        let result = copy.close(&self.scratch, |id, from, to, _| {
            Self::push(lens, hits, id, from, to);
            Matching::Continue
        });
        if let Err(e) = result {
            tracing::error!(error = %e, "hyperscan stream copy close failed");
        }
    }

    /// Streams must be closed explicitly: the crate's `Drop` does not free them.
    fn close(&mut self, stream: Stream) {
        if let Err(e) = stream.close(&self.scratch, |_, _, _, _| Matching::Continue) {
            tracing::error!(error = %e, "hyperscan close_stream failed");
        }
    }
}

/// Where compiled databases are cached when no directory is configured:
/// `$XDG_CACHE_HOME/guardline`, else `~/.cache/guardline`; `None` without either variable.
pub fn default_cache_dir() -> Option<std::path::PathBuf> {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| std::path::PathBuf::from(h).join(".cache")))?;
    Some(base.join("guardline"))
}
