//! Splitting a logged request URL into scheme, host, port, path and query.
//!
//! Proxies log three shapes of request target: absolute URLs (`http://host/path?q`), the
//! authority of a CONNECT (`host:443`), and, in Apache-style logs, the origin form (`/path?q`).
//! Absolute URLs go through the `url` crate (WHATWG parsing: lower-case hosts, IDNs to punycode,
//! IPv6 literals); the other two shapes are simple enough to split here.

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

    #[test]
    fn query_flood_is_refused() {
        let target = format!("http://x.example/?{}", "a=1&".repeat(10_000));
        assert!(matches!(
            split_url(&target, Some("GET")),
            Err(ParseError::TooManyParams { .. })
        ));
    }
}
