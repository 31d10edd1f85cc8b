//! Importers for public list formats that deployments add to a pack: the UT1 blacklist folders
//! (Université Toulouse 1; `domains` and `urls` files, one entry a line) and e2guardian phrase
//! lists (`<phrase>` or `<phrase><weight>`, `#` comments).

use crate::pack::PackSource;

pub(crate) struct Ut1List {
    pub domains: Vec<String>,
    /// `host/path` prefixes, lower case, without a scheme.
    pub url_prefixes: Vec<String>,
}

/// Read a UT1 category folder `base` (relative to the pack root).
pub(crate) fn ut1(src: &PackSource, base: &str) -> Result<Ut1List, String> {
    let domains = src.file(&format!("{base}/domains"));
    let urls = src.file(&format!("{base}/urls"));
    if domains.is_none() && urls.is_none() {
        return Err(format!(
            "UT1 folder {base:?} has neither a domains nor a urls file"
        ));
    }
    let lines = |bytes: Option<&[u8]>| -> Vec<String> {
        bytes
            .map(|b| {
                String::from_utf8_lossy(b)
                    .lines()
                    .map(|l| l.trim().to_ascii_lowercase())
                    .filter(|l| !l.is_empty() && !l.starts_with('#'))
                    .collect()
            })
            .unwrap_or_default()
    };
    Ok(Ut1List {
        domains: lines(domains),
        url_prefixes: lines(urls),
    })
}

/// Read an e2guardian phrase list. Plain `<phrase>` entries get weight 0 (they fire alone);
/// `<phrase><30>` entries carry their weight. Combinations (`<a>,<b>`) are not supported and
/// are skipped: they need an AND the weighted model here does not express.
pub(crate) fn e2guardian_phrases(
    src: &PackSource,
    path: &str,
) -> Result<Vec<(String, i64)>, String> {
    let bytes = src
        .file(path)
        .ok_or_else(|| format!("e2guardian list {path:?} not found"))?;
    let mut out = Vec::new();
    for line in String::from_utf8_lossy(bytes).lines() {
        let line = line.trim();
        if line.is_empty()
            || line.starts_with('#')
            || line.starts_with(".Include")
            || line.contains(">,<")
        {
            continue;
        }
        let parts: Vec<&str> = line
            .split('>')
            .map(|p| p.trim_start_matches('<'))
            .filter(|p| !p.is_empty())
            .collect();
        match parts.as_slice() {
            [phrase] => out.push(((*phrase).to_owned(), 0)),
            [phrase, weight] => {
                let w: i64 = weight
                    .trim()
                    .parse()
                    .map_err(|_| format!("{path}: bad weight in {line:?}"))?;
                out.push(((*phrase).to_owned(), w));
            }
            _ => return Err(format!("{path}: cannot read {line:?}")),
        }
    }
    Ok(out)
}
