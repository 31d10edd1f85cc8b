//! Splitting a logged request URL into scheme, host, port, path and query.
//!
//! Proxies log three shapes of request target: absolute URLs (`http://host/path?q`), the
//! authority of a CONNECT (`host:443`), and, in Apache-style logs, the origin form (`/path?q`).
//! Absolute URLs go through the `url` crate (WHATWG parsing: lower-case hosts, IDNs to punycode,
//! IPv6 literals); the other two shapes are simple enough to split here.
//!
//! Most logged URLs are plain: `http(s)://` then a lower-case ASCII host name, an optional
//! port, and a path and query of characters WHATWG parsing leaves alone. [`plain_url`] splits
//! those by hand, because the full parse was a tenth of `detect`'s time; anything else (IP
//! addresses, punycode, upper case, user info, fragments, dot segments, characters that would
//! be percent-encoded) goes to the `url` crate. A property test checks that both give the same
//! parts on every URL the fast path accepts.

use crate::error::ParseError;

/// More parameters than this in one query is not a real request; refuse the line rather than
/// spend time on it. Browsers and search engines stay far below it.
pub const MAX_QUERY_PARAMS: usize = 1000;

/// The parts of a request target. Strings are as logged, except the host (lower case).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct UrlParts {
    pub scheme: Option<String>,
    pub host: Option<String>,
    pub port: Option<u16>,
    pub path: Option<String>,
    pub query: Option<String>,
}

/// Split `target` (a logged URL) into its parts. `method` tells CONNECT authorities apart.
/// A target that no URL grammar accepts is not an error: the line is still a real request
/// (Squid logs `error:invalid-request` for garbage), it just has no host.
pub fn split_url(target: &str, method: Option<&str>) -> Result<UrlParts, ParseError> {
    if let Some(q) = target.find('?') {
        // Counting `&` is enough to refuse a flood before any parser walks it.
        let params = memchr::memchr_iter(b'&', &target.as_bytes()[q..]).count() + 1;
        if params > MAX_QUERY_PARAMS {
            return Err(ParseError::TooManyParams {
                limit: MAX_QUERY_PARAMS,
            });
        }
    }
    if target.starts_with('/') {
        let (path, query) = match target.split_once('?') {
            Some((p, q)) => (p, Some(q)),
            None => (target, None),
        };
        return Ok(UrlParts {
            path: Some(path.to_owned()),
            query: query.map(str::to_owned),
            ..UrlParts::default()
        });
    }
    let is_connect = method.is_some_and(|m| m.eq_ignore_ascii_case("CONNECT"));
    if (is_connect || !target.contains("://"))
        && let Some(parts) = split_authority(target)
    {
        return Ok(parts);
    }
    if let Some(parts) = plain_url(target) {
        return Ok(parts);
    }
    whatwg(target)
}

/// The `url` crate's reading of an absolute URL.
fn whatwg(target: &str) -> Result<UrlParts, ParseError> {
    match url::Url::parse(target) {
        Ok(url) => Ok(UrlParts {
            scheme: Some(url.scheme().to_owned()),
            host: url
                .host_str()
                .map(|h| h.trim_start_matches('[').trim_end_matches(']').to_owned()),
            port: url.port_or_known_default(),
            path: (!url.cannot_be_a_base()).then(|| url.path().to_owned()),
            query: url.query().map(str::to_owned),
        }),
        Err(_) => Ok(UrlParts::default()),
    }
}

/// The parts of a plain absolute URL, split by hand; `None` when WHATWG parsing could read it
/// differently from what it says on its face (then the `url` crate decides).
fn plain_url(target: &str) -> Option<UrlParts> {
    let (scheme, rest, default_port) = if let Some(r) = target.strip_prefix("http://") {
        ("http", r, 80)
    } else if let Some(r) = target.strip_prefix("https://") {
        ("https", r, 443)
    } else {
        return None;
    };
    let slash = rest.find('/')?;
    let (authority, path_query) = rest.split_at(slash);
    let (host, port) = match authority.split_once(':') {
        Some((h, p)) => {
            // WHATWG drops a port equal to the scheme's default; the parts keep the number.
            if p.is_empty() || p.len() > 5 || !p.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            (h, p.parse::<u16>().ok()?)
        }
        None => (authority, default_port),
    };
    // A host of lower-case letters, digits and hyphens in non-empty labels whose last label
    // starts with a letter: no IPv4 forms ("127.1", "0x7f.1"), no IDNA work (`xn--`).
    let last = host.rsplit('.').next()?;
    if host.is_empty()
        || !last.starts_with(|c: char| c.is_ascii_lowercase())
        // IDNA labels start "xn--"; a label test, not a substring search (this runs per URL).
        || host.split('.').any(|label| label.starts_with("xn--"))
        || host.split('.').any(str::is_empty)
        || !host
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'-' | b'.'))
    {
        return None;
    }
    // Path and query: printable ASCII that neither the path nor the query percent-encode set
    // touches, no fragment, no backslash (a slash in special schemes), no dot segments.
    let plain = |b: u8| {
        b.is_ascii_graphic()
            && !matches!(
                b,
                b'"' | b'#'
                    | b'<'
                    | b'>'
                    | b'\\'
                    | b'`'
                    | b'{'
                    | b'}'
                    | b'\''
                    | b'^'
                    | b'|'
                    | b'['
                    | b']'
            )
    };
    if !path_query.bytes().all(plain) {
        return None;
    }
    let (path, query) = match path_query.split_once('?') {
        Some((p, q)) => (p, Some(q)),
        None => (path_query, None),
    };
    let lower = path.to_ascii_lowercase();
    if lower.contains("/.") || lower.contains("%2e") {
        return None;
    }
    Some(UrlParts {
        scheme: Some(scheme.to_owned()),
        host: Some(host.to_owned()),
        port: Some(port),
        path: Some(path.to_owned()),
        query: query.map(str::to_owned),
    })
}

/// `host:port` (CONNECT) or a bare host name. IPv6 literals come bracketed: `[::1]:443`.
fn split_authority(target: &str) -> Option<UrlParts> {
    let (host, port) = if let Some(rest) = target.strip_prefix('[') {
        let (h, after) = rest.split_once(']')?;
        let port = match after.strip_prefix(':') {
            Some(p) => Some(p.parse::<u16>().ok()?),
            None if after.is_empty() => None,
            None => return None,
        };
        (h, port)
    } else {
        match target.rsplit_once(':') {
            Some((h, p)) => (h, Some(p.parse::<u16>().ok()?)),
            None => (target, None),
        }
    };
    let valid = !host.is_empty()
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_' | b':'));
    valid.then(|| UrlParts {
        host: Some(host.to_ascii_lowercase()),
        port,
        ..UrlParts::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absolute_url_splits() {
        let p = split_url("http://WWW.Google.com/search?q=a+b&hl=en", Some("GET")).unwrap();
        assert_eq!(p.scheme.as_deref(), Some("http"));
        assert_eq!(p.host.as_deref(), Some("www.google.com"));
        assert_eq!(p.port, Some(80));
        assert_eq!(p.path.as_deref(), Some("/search"));
        assert_eq!(p.query.as_deref(), Some("q=a+b&hl=en"));
    }

    #[test]
    fn stripped_query_is_empty_not_absent() {
        let p = split_url("http://www.google.com/search?", Some("GET")).unwrap();
        assert_eq!(p.query.as_deref(), Some(""));
        let p = split_url("http://www.google.com/search", Some("GET")).unwrap();
        assert_eq!(p.query, None);
    }

    #[test]
    fn connect_authority() {
        let p = split_url("www.google.com:443", Some("CONNECT")).unwrap();
        assert_eq!(
            (p.host.as_deref(), p.port),
            (Some("www.google.com"), Some(443))
        );
        let p = split_url("[2001:db8::1]:443", Some("CONNECT")).unwrap();
        assert_eq!(
            (p.host.as_deref(), p.port),
            (Some("2001:db8::1"), Some(443))
        );
        // e2guardian logs CONNECT targets as https://host:443
        let p = split_url("https://www.torproject.org:443", Some("CONNECT")).unwrap();
        assert_eq!(
            (p.host.as_deref(), p.port),
            (Some("www.torproject.org"), Some(443))
        );
    }

    #[test]
    fn origin_form() {
        let p = split_url("/index.php?search=x", Some("GET")).unwrap();
        assert_eq!(p.path.as_deref(), Some("/index.php"));
        assert_eq!(p.query.as_deref(), Some("search=x"));
        assert_eq!(p.host, None);
    }

    #[test]
    fn idn_host_becomes_punycode() {
        let p = split_url("http://bücher.example/", Some("GET")).unwrap();
        assert_eq!(p.host.as_deref(), Some("xn--bcher-kva.example"));
    }

    #[test]
    fn garbage_has_no_host_but_is_not_an_error() {
        let p = split_url("error:invalid-request", Some("NONE")).unwrap();
        assert_eq!(p.host, None);
    }

    proptest::proptest! {
        /// Whatever the fast path accepts, the `url` crate reads the same way.
        #[test]
        fn plain_urls_split_as_whatwg_does(
            scheme in "(http|https)",
            host in "[a-z0-9.-]{1,20}",
            port in proptest::option::of(0u32..70000),
            path in "(/[a-zA-Z0-9%._~!$&()*+,;=:@'^|-]{0,12}){1,4}",
            query in proptest::option::of("[ -~]{0,30}"),
        ) {
            let mut url = format!("{scheme}://{host}");
            if let Some(p) = port {
                url.push_str(&format!(":{p}"));
            }
            url.push_str(&path);
            if let Some(q) = &query {
                url.push('?');
                url.push_str(q);
            }
            if let Some(fast) = plain_url(&url) {
                proptest::prop_assert_eq!(Some(fast), whatwg(&url).ok(), "{}", url);
            }
        }
    }

    #[test]
    fn plain_url_takes_the_common_shape_only() {
        for url in [
            "http://www.google.com/search?q=a+b&hl=en",
            "https://cdn.example.co.uk:8443/a/b.js?v=1.2",
            "http://example.com/%41b?x=%20",
        ] {
            assert_eq!(plain_url(url), whatwg(url).ok(), "{url}");
        }
        for url in [
            "http://127.0.0.1/",
            "http://0x7f.1/",
            "http://WWW.Google.com/",
            "http://bücher.example/",
            "http://xn--bcher-kva.example/",
            "http://user@example.com/",
            "http://example.com",
            "http://example.com/a/../b",
            "http://example.com/a/%2E%2E/b",
            "http://example.com/a b",
            "http://example.com/a#frag",
            "http://example.com/a\\b",
            "ftp://example.com/",
            "http://example.com:99999/",
        ] {
            assert_eq!(plain_url(url), None, "{url}");
        }
    }

    #[test]
    fn query_flood_is_refused() {
        let target = format!("http://x.example/?{}", "a=1&".repeat(10_000));
        assert!(matches!(
            split_url(&target, Some("GET")),
            Err(ParseError::TooManyParams { .. })
        ));
    }
}
