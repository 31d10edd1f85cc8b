//! BIND 9 query logging (`category queries`), query errors and RPZ rewrites:
//!
//! `22-Nov-2026 04:28:22.961 queries: info: client @0x7fe0230fa098 127.0.0.1#36718
//! (www.google.com): query: www.google.com IN A +E(0)K (127.0.0.1)`
//!
//! The time prefix (`print-time`), category and severity are optional and through syslog are
//! absent; `@0x...` appears from 9.11 on; a `view NAME:` may follow the client.

use crate::error::ParseError;
use crate::event::{DnsStep, Event, Format, Source};
use crate::parse::{Context, Parsed, dns_name};
use crate::timestamp;

const F: &str = "bind";

pub(crate) fn parse(msg: &str, ctx: &Context<'_>) -> Result<Parsed, ParseError> {
    let (ts, rest) = match leading_time(msg, ctx)? {
        Some((ts, rest)) => (ts, rest),
        None => (ctx.header_ts(F)?, msg),
    };
    // Optional `category: severity: ` before `client`.
    let Some(at) = rest.find("client ") else {
        return Ok(Parsed::Skipped(
            "BIND message that is not about a client query",
        ));
    };
    let rest = &rest[at + "client ".len()..];
    let rest = match rest.strip_prefix('@') {
        Some(r) => r
            .split_once(' ')
            .map(|(_, r)| r)
            .ok_or(ParseError::shape(F, "nothing after client @0x..."))?,
        None => rest,
    };
    let (addr, rest) = rest
        .split_once(' ')
        .ok_or(ParseError::shape(F, "nothing after client address"))?;
    let client_ip = addr.rsplit_once('#').map_or(addr, |(ip, _)| ip);
    // `(name): ` echoes the query name; what follows is the message proper.
    let rest = match rest.strip_prefix('(') {
        Some(r) => r
            .split_once("): ")
            .map(|(_, r)| r)
            .ok_or(ParseError::shape(F, "unterminated (name)"))?,
        None => rest.trim_start_matches(": "),
    };
    let rest = match rest.strip_prefix("view ") {
        Some(r) => r.split_once(": ").map(|(_, r)| r).unwrap_or(r),
        None => rest,
    };

    let mut ev = Event::new(ts, Format::Bind, Source::Dns);
    ev.client_ip = Some(client_ip.to_owned());
    if let Some(q) = rest.strip_prefix("query: ") {
        // `NAME CLASS TYPE FLAGS (server)`
        let mut t = q.split(' ');
        let name = t
            .next()
            .filter(|n| !n.is_empty())
            .ok_or(ParseError::missing(F, "query name"))?;
        let _class = t.next();
        let qtype = t.next().ok_or(ParseError::missing(F, "query type"))?;
        ev.qname = Some(dns_name(name));
        ev.qtype = Some(qtype.to_owned());
        ev.dns_step = Some(DnsStep::Query);
    } else if let Some(r) = rest.strip_prefix("rpz ") {
        // `rpz QNAME NXDOMAIN rewrite NAME/TYPE/CLASS via POLICY`
        let (policy, after) = r
            .split_once(" rewrite ")
            .ok_or(ParseError::missing(F, "'rewrite' in rpz line"))?;
        let target = after.split(' ').next().unwrap_or("");
        let mut q = target.split('/');
        ev.qname = q.next().map(dns_name);
        ev.qtype = q.next().map(str::to_owned);
        ev.verdict = Some(format!("rpz {policy}"));
        ev.blocked = Some(!policy.contains("PASSTHRU"));
        ev.dns_step = Some(DnsStep::Policy);
    } else if let Some(r) = rest.strip_prefix("query failed (") {
        // `query failed (failure) for NAME/CLASS/TYPE at query.c:7916`
        let (why, after) = r
            .split_once(')')
            .ok_or(ParseError::shape(F, "unterminated query failed (...)"))?;
        let target = after
            .trim_start()
            .strip_prefix("for ")
            .and_then(|t| t.split(' ').next())
            .unwrap_or("");
        let mut q = target.split('/');
        ev.qname = q.next().filter(|n| !n.is_empty()).map(dns_name);
        let _class = q.next();
        ev.qtype = q.next().map(str::to_owned);
        ev.rcode = Some(if why == "failure" {
            "SERVFAIL".to_owned()
        } else {
            why.to_ascii_uppercase()
        });
        ev.verdict = Some(format!("query failed ({why})"));
        ev.dns_step = Some(DnsStep::Failure);
    } else if let Some(r) = rest.strip_prefix("query (cache) '") {
        // security: `query (cache) 'NAME/TYPE/CLASS' denied`
        let (target, _) = r
            .split_once('\'')
            .ok_or(ParseError::shape(F, "unterminated query (cache) '...'"))?;
        let mut q = target.split('/');
        ev.qname = q.next().map(dns_name);
        ev.qtype = q.next().map(str::to_owned);
        ev.verdict = Some("denied".to_owned());
        ev.blocked = Some(true);
        ev.dns_step = Some(DnsStep::Policy);
    } else {
        return Ok(Parsed::Skipped(
            "BIND client message that is not a query record",
        ));
    }
    Ok(Parsed::Event(Box::new(ev)))
}

/// `22-Nov-2026 04:28:22.961 ` (local time) or `2026-11-22T04:28:22.961Z ` (iso8601-utc).
fn leading_time<'a>(
    msg: &'a str,
    ctx: &Context<'_>,
) -> Result<Option<(chrono::DateTime<chrono::Utc>, &'a str)>, ParseError> {
    let b = msg.as_bytes();
    if b.len() > 24 && b[2] == b'-' && b[6] == b'-' && b[11] == b' ' {
        let end = msg[12..]
            .find(' ')
            .map(|i| i + 12)
            .ok_or(ParseError::missing(F, "message"))?;
        let raw = &msg[..end];
        let fmt = if raw.contains('.') {
            "%d-%b-%Y %H:%M:%S%.f"
        } else {
            "%d-%b-%Y %H:%M:%S"
        };
        let ts = timestamp::local_fmt(raw, fmt, ctx.opts.tz, F)?;
        return Ok(Some((ts, &msg[end + 1..])));
    }
    if b.len() > 20 && b[4] == b'-' && b[10] == b'T' {
        let (raw, rest) = msg
            .split_once(' ')
            .ok_or(ParseError::missing(F, "message"))?;
        return Ok(Some((timestamp::rfc3339(raw, F)?, rest)));
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::{LineParser, ParseOptions};

    fn parse(line: &str) -> Parsed {
        LineParser::new(Format::Bind, ParseOptions::default())
            .parse(line.as_bytes())
            .unwrap()
    }

    #[test]
    fn query() {
        let ev = parse("22-Nov-2026 04:28:22.961 queries: info: client @0x7fe0230fa098 127.0.0.1#36718 (www.google.com): query: www.google.com IN A +E(0)K (127.0.0.1)").event().unwrap();
        assert_eq!(
            (
                ev.qname.as_deref(),
                ev.qtype.as_deref(),
                ev.client_ip.as_deref()
            ),
            (Some("www.google.com"), Some("A"), Some("127.0.0.1"))
        );
        assert_eq!(ev.ts.to_rfc3339(), "2026-11-22T04:28:22.961+00:00");
    }

    #[test]
    fn rpz_and_failure() {
        let ev = parse("22-Nov-2026 04:28:31.561 rpz: info: client @0x7f4f44afa098 127.0.0.1#34182 (pornhub.com): rpz QNAME NXDOMAIN rewrite pornhub.com/A/IN via pornhub.com.rpz.local").event().unwrap();
        assert_eq!(
            (ev.blocked, ev.verdict.as_deref()),
            (Some(true), Some("rpz QNAME NXDOMAIN"))
        );
        let ev = parse("22-Nov-2026 04:28:23.001 query-errors: info: client @0x7fe0230fa098 127.0.0.1#57536 (pornhub.com): query failed (failure) for pornhub.com/IN/A at query.c:7916").event().unwrap();
        assert_eq!(
            (
                ev.qname.as_deref(),
                ev.qtype.as_deref(),
                ev.rcode.as_deref()
            ),
            (Some("pornhub.com"), Some("A"), Some("SERVFAIL"))
        );
    }

    #[test]
    fn old_style_through_syslog() {
        let ev = parse("<30>Nov 22 04:28:22 ns1 named[812]: client 10.0.0.7#5353 (x.example): view internal: query: x.example IN AAAA + (10.0.0.53)").event().unwrap();
        assert_eq!(
            (ev.qname.as_deref(), ev.qtype.as_deref()),
            (Some("x.example"), Some("AAAA"))
        );
    }
}
