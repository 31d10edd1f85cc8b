//! `--format auto`: decide a line's format from its shape.
//!
//! Each format has a distinctive opening (an epoch time and spaces for Squid, a quote for
//! e2guardian's CSV, `dd-Mon-yyyy` for BIND, `[time]` after three tokens for CLF, JSON keys for
//! Zeek and endpoint events), so one look at the first few bytes decides. A syslog program
//! name (`dnsmasq`, `unbound`, `named`) decides when the message alone is ambiguous.

use crate::event::Format;
use crate::parse::zeek::{Log, TsvState};

/// The format of one message (after envelope and header), or `None` if nothing matches.
pub(crate) fn sniff(msg: &str, app: Option<&str>, zeek: &TsvState) -> Option<Format> {
    let msg = msg.trim_start();
    let b = msg.as_bytes();
    let first = *b.first()?;

    if first == b'{' {
        return sniff_json(msg);
    }
    if first == b'#' {
        return Some(match zeek.kind() {
            Some(Log::Http) => Format::ZeekHttp,
            _ if msg.starts_with("#path\thttp") || msg.starts_with("#path http") => {
                Format::ZeekHttp
            }
            _ => Format::ZeekDns,
        });
    }
    if let Some(f) = app.and_then(by_program) {
        // Squid writes Apache-style lines too (`logformat combined`, `common`): the program
        // name says Squid, the shape says CLF, and the shape is what the parser needs.
        if f == Format::Squid && looks_like_clf(msg) {
            return Some(Format::Clf);
        }
        // e2guardian is often logged under a Squid-like tag (`squid-access`): its openings, a
        // quoted CSV field or a `2026.11.22` date, are never Squid's epoch time.
        if f == Format::Squid && opens_like_e2guardian(b) {
            return Some(Format::E2guardian);
        }
        return Some(f);
    }
    if opens_like_e2guardian(b) {
        return Some(Format::E2guardian);
    }
    if first.is_ascii_digit() {
        let lead = b.iter().take_while(|c| c.is_ascii_digit()).count();
        let after = b.get(lead).copied();
        // `1795321995.845 ...`: Squid, e2guardian format 6 (TAB, empty 2nd column) or Zeek TSV.
        if (9..=11).contains(&lead) && after == Some(b'.') {
            let first_gap = msg.find([' ', '\t']).unwrap_or(msg.len());
            if b.get(first_gap) == Some(&b'\t') {
                return Some(match msg.as_bytes()[first_gap + 1..].first() {
                    Some(b'\t') => Format::E2guardian,
                    _ => match zeek.kind() {
                        Some(Log::Http) => Format::ZeekHttp,
                        Some(Log::Dns) => Format::ZeekDns,
                        None if msg.split('\t').count() > 26 => Format::ZeekHttp,
                        None => Format::ZeekDns,
                    },
                });
            }
            return Some(Format::Squid);
        }
        // `2026-11-22 04:29:53 [pid] Request(`: squidGuard.
        if lead == 4 && after == Some(b'-') && b.get(10) == Some(&b' ') {
            return Some(Format::SquidGuard);
        }
        // `22-Nov-2026 04:28:22.961`: BIND.
        if lead == 2 && after == Some(b'-') && b.get(6) == Some(&b'-') {
            return Some(Format::Bind);
        }
    }
    if looks_like_clf(msg) {
        return Some(Format::Clf);
    }
    if msg.starts_with("client ") || msg.contains(": client ") {
        return Some(Format::Bind);
    }
    None
}

/// e2guardian's openings: a quoted CSV field, or the `2026.11.22` date of formats 1 and 4 (four
/// digits then a dot, which Squid's ten-digit epoch time never is).
fn opens_like_e2guardian(b: &[u8]) -> bool {
    b.first() == Some(&b'"')
        || (b.len() > 4 && b[..4].iter().all(u8::is_ascii_digit) && b[4] == b'.')
}

fn sniff_json(msg: &str) -> Option<Format> {
    if msg.contains("\"id.orig_h\"") {
        if msg.contains("\"query\"") || msg.contains("\"qtype_name\"") {
            return Some(Format::ZeekDns);
        }
        return Some(Format::ZeekHttp);
    }
    if msg.contains("\"device\"") || msg.contains("\"event\"") {
        return Some(Format::Endpoint);
    }
    None
}

/// A syslog program name to the format its messages are in.
fn by_program(app: &str) -> Option<Format> {
    let app = app.to_ascii_lowercase();
    Some(match app.as_str() {
        "dnsmasq" | "pihole-ftl" => Format::Dnsmasq,
        "unbound" => Format::Unbound,
        "named" | "bind" | "bind9" => Format::Bind,
        "e2guardian" => Format::E2guardian,
        "squidguard" => Format::SquidGuard,
        a if a.starts_with("squid") || a == "(squid-1)" => Format::Squid,
        _ => return None,
    })
}

/// `host ident user [` with three space-free tokens before the bracket.
fn looks_like_clf(msg: &str) -> bool {
    let mut parts = msg.splitn(4, ' ');
    matches!(
        (parts.next(), parts.next(), parts.next(), parts.next()),
        (Some(h), Some(_), Some(_), Some(rest)) if !h.is_empty() && rest.starts_with('[')
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(line: &str) -> Option<Format> {
        sniff(line, None, &TsvState::default())
    }

    #[test]
    fn openings() {
        assert_eq!(
            s("1795321686.106     11 127.0.0.1 TCP_MISS/200 288 GET http://x/ - HIER_NONE/- -"),
            Some(Format::Squid)
        );
        assert_eq!(
            s("1795321780.368\t\tjsmith\t127.0.0.1"),
            Some(Format::E2guardian)
        );
        assert_eq!(
            s("1795321780.368\tCabc\t10.0.0.1\tx.example"),
            Some(Format::ZeekDns)
        );
        assert_eq!(
            s("\"2026.11.22 04:29:15\",\"jsmith\""),
            Some(Format::E2guardian)
        );
        assert_eq!(s("2026.11.22 04:29:32\tjsmith"), Some(Format::E2guardian));
        assert_eq!(
            s("2026-11-22 04:29:53 [15892] Request(a/b/-) x"),
            Some(Format::SquidGuard)
        );
        assert_eq!(
            s("22-Nov-2026 04:28:22.961 queries: info: client @0x1 1.2.3.4#1 (a): query: a IN A +"),
            Some(Format::Bind)
        );
        assert_eq!(
            s("127.0.0.1 - jsmith [22/Nov/2026:04:28:06 +0000] \"GET / HTTP/1.1\" 200 1"),
            Some(Format::Clf)
        );
        assert_eq!(
            s("{\"ts\": \"x\", \"device\": \"d\", \"event\": \"heartbeat\"}"),
            Some(Format::Endpoint)
        );
        assert_eq!(s("hello world"), None);
    }

    #[test]
    fn squid_program_with_apache_style_lines() {
        let z = TsvState::default();
        let clf = "10.1.2.3 - EDU\\jo [16/Nov/2026:10:57:01 +0000] \"GET https://a.example/ HTTP/1.1\" 200 5";
        assert_eq!(sniff(clf, Some("squid"), &z), Some(Format::Clf));
        let native =
            "1795321686.106     11 127.0.0.1 TCP_MISS/200 288 GET http://x/ - HIER_NONE/- -";
        assert_eq!(sniff(native, Some("squid"), &z), Some(Format::Squid));
    }

    #[test]
    fn e2guardian_lines_under_a_squid_tag() {
        let z = TsvState::default();
        let f4 = "\"2026.11.17 11:08:07\",\"jo\",\"10.0.0.1\",\"https://a.example/\",\"-\",\"GET\"";
        assert_eq!(
            sniff(f4, Some("squid-access"), &z),
            Some(Format::E2guardian)
        );
        let f1 = "2026.11.30 12:48:32\tjo\t10.0.0.1\thttps://a.example/\t-\tGET";
        assert_eq!(
            sniff(f1, Some("squid-access"), &z),
            Some(Format::E2guardian)
        );
    }
}
