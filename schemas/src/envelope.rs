//! Unwrapping what shippers and syslog put around a log line before the format parser sees it.
//!
//! Two layers, outermost first:
//! 1. a JSON envelope from a shipper (rsyslog `omkafka` with a `jsonf` template, Vector,
//!    Fluent Bit): an object whose `message` (or `msg`) string is the original line;
//! 2. a syslog header: RFC 5424 or RFC 3164 with a `<PRI>` (parsed by `syslog_loose`), or the
//!    PRI-less prefixes that programs and rsyslog write to files (`Nov 22 04:28:12 [host]
//!    tag[pid]: msg`, an RFC 3339 time instead of the BSD one, or unbound's `[epoch]`).

use chrono::{DateTime, FixedOffset, Utc};
use chrono_tz::Tz;
use serde::Deserialize;

use crate::error::ParseError;
use crate::parse::ParseOptions;
use crate::timestamp;

/// What a JSON envelope carried besides the line.
#[derive(Debug, Default)]
pub(crate) struct Envelope {
    pub message: String,
    /// The shipper's tag for the source (rsyslog's `source`/`programname`), a format hint.
    pub app: Option<String>,
    /// When the shipper received it: a last resort for lines that carry no time of their own.
    pub received: Option<DateTime<Utc>>,
}

#[derive(Deserialize)]
struct EnvelopeJson {
    message: Option<String>,
    msg: Option<String>,
    source: Option<String>,
    programname: Option<String>,
    ts_received: Option<String>,
    timestamp: Option<String>,
}

/// `Some` when `line` is a shipper's JSON envelope; `None` when it is anything else (including
/// a JSON record such as an endpoint event, which has no `message` field).
pub(crate) fn json_envelope(line: &str) -> Result<Option<Envelope>, ParseError> {
    if !line.starts_with('{') || !(line.contains("\"message\"") || line.contains("\"msg\"")) {
        return Ok(None);
    }
    let parsed: EnvelopeJson = match serde_json::from_str(line) {
        Ok(p) => p,
        // Not an envelope we understand: let the format parser judge the line as a record.
        Err(_) => return Ok(None),
    };
    let Some(message) = parsed.message.or(parsed.msg) else {
        return Ok(None);
    };
    let received = parsed
        .ts_received
        .or(parsed.timestamp)
        .and_then(|t| DateTime::parse_from_rfc3339(&t).ok())
        .map(|t| t.with_timezone(&Utc));
    let app = parsed
        .source
        .or(parsed.programname)
        .map(|s| tag_name(&s).to_owned());
    Ok(Some(Envelope {
        message,
        app,
        received,
    }))
}

/// A syslog or file-log header and the message after it.
#[derive(Debug, Default)]
pub(crate) struct Header<'a> {
    pub ts: Option<DateTime<Utc>>,
    /// The reporting host. Not on the event (it is the proxy or resolver, not the learner);
    /// kept for mapping a reporting host to a site.
    #[allow(dead_code)]
    pub host: Option<&'a str>,
    /// The program (`dnsmasq`, `unbound`, `named`), without `[pid]`.
    pub app: Option<&'a str>,
    /// Unbound's file prefix `unbound[pid:tid]` has no colon: the message starts with a level.
    pub msg: &'a str,
}

/// Strip a syslog or file-log header. Lines without one come back with `msg == line`.
pub(crate) fn header<'a>(line: &'a str, opts: &ParseOptions) -> Result<Header<'a>, ParseError> {
    if line.starts_with('<') && line[1..].starts_with(|c: char| c.is_ascii_digit()) {
        return pri_syslog(line, opts);
    }
    if let Some(len) = timestamp::bsd_prefix_len(line) {
        let ts = timestamp::bsd(&line[..len], opts.now(), opts.tz, "syslog")?;
        return Ok(after_time(ts, &line[len..]));
    }
    if let Some(rest) = line.strip_prefix('[') {
        // unbound without log-time-ascii: `[1795321636] unbound[7862:0] info: ...`
        if let Some((secs, after)) = rest.split_once("] ")
            && !secs.is_empty()
            && secs.len() <= 12
            && secs.bytes().all(|b| b.is_ascii_digit())
        {
            let ts = timestamp::epoch(secs, "syslog")?;
            return Ok(after_time(ts, after));
        }
    }
    if line.len() > 20 && line.as_bytes()[4] == b'-' && line.as_bytes()[10] == b'T' {
        // rsyslog's RSYSLOG_FileFormat: an RFC 3339 time instead of the BSD one.
        if let Some((stamp, rest)) = line.split_once(' ')
            && let Ok(ts) = DateTime::parse_from_rfc3339(stamp)
        {
            let ts = timestamp::in_range(ts.with_timezone(&Utc), "syslog", stamp)?;
            return Ok(after_time(ts, rest));
        }
    }
    Ok(Header {
        msg: line,
        ..Header::default()
    })
}

/// After the time: `host tag: msg`, `tag: msg`, `tag[pid]: msg`, or unbound's `tag[pid:tid] msg`.
fn after_time(ts: DateTime<Utc>, rest: &str) -> Header<'_> {
    let rest = rest.trim_start();
    let (first, after_first) = rest.split_once(' ').unwrap_or((rest, ""));
    if let Some(tag) = first.strip_suffix(':') {
        return Header {
            ts: Some(ts),
            host: None,
            app: Some(tag_name(tag)),
            msg: after_first,
        };
    }
    if first.ends_with(']') && first.contains('[') {
        return Header {
            ts: Some(ts),
            host: None,
            app: Some(tag_name(first)),
            msg: after_first,
        };
    }
    let (second, after_second) = after_first.split_once(' ').unwrap_or((after_first, ""));
    if let Some(tag) = second
        .strip_suffix(':')
        .or_else(|| (second.ends_with(']') && second.contains('[')).then_some(second))
    {
        return Header {
            ts: Some(ts),
            host: Some(first),
            app: Some(tag_name(tag)),
            msg: after_second,
        };
    }
    // A time and then no recognisable tag: leave the text after the time to the parser.
    Header {
        ts: Some(ts),
        host: None,
        app: None,
        msg: rest,
    }
}

/// `dnsmasq[9987]` -> `dnsmasq`.
fn tag_name(tag: &str) -> &str {
    tag.split('[').next().unwrap_or(tag).trim_end_matches(':')
}

fn pri_syslog<'a>(line: &'a str, opts: &ParseOptions) -> Result<Header<'a>, ParseError> {
    let now = opts.now();
    let tz = opts.tz;
    let get_year = move |(month, day, _, _, _): syslog_loose::IncompleteDate| {
        timestamp::infer_year(month, day, now, tz)
    };
    let msg = syslog_loose::parse_message_with_year_exact_tz(
        line,
        get_year,
        Some(tz),
        syslog_loose::Variant::Either,
    )
    .map_err(|_| ParseError::shape("syslog", "unparseable syslog header"))?;
    let ts = match msg.timestamp {
        Some(t) => Some(in_range_fixed(t)?),
        None => None,
    };
    Ok(Header {
        ts,
        host: msg.hostname,
        app: msg.appname.map(tag_name),
        msg: msg.msg,
    })
}

fn in_range_fixed(t: DateTime<FixedOffset>) -> Result<DateTime<Utc>, ParseError> {
    let utc = t.with_timezone(&Utc);
    timestamp::in_range(utc, "syslog", &t.to_rfc3339())
}

/// The default zone when nothing is configured.
pub(crate) const DEFAULT_TZ: Tz = Tz::UTC;

#[cfg(test)]
mod tests {
    use super::*;

    fn opts() -> ParseOptions {
        ParseOptions::default().with_now(timestamp::rfc3339("2026-11-22T12:00:00Z", "t").unwrap())
    }

    #[test]
    fn dnsmasq_file_prefix_has_no_host() {
        let h = header(
            "Nov 22 04:28:12 dnsmasq[9987]: 1 127.0.0.1/36875 query[A] x from y",
            &opts(),
        )
        .unwrap();
        assert_eq!(h.app, Some("dnsmasq"));
        assert_eq!(h.host, None);
        assert_eq!(h.msg, "1 127.0.0.1/36875 query[A] x from y");
        assert_eq!(h.ts.unwrap().to_rfc3339(), "2026-11-22T04:28:12+00:00");
    }

    #[test]
    fn unbound_file_prefix_has_no_colon() {
        let h = header(
            "Nov 22 04:27:16 unbound[7862:0] info: 127.0.0.1 www.google.com. A IN",
            &opts(),
        )
        .unwrap();
        assert_eq!(h.app, Some("unbound"));
        assert_eq!(h.msg, "info: 127.0.0.1 www.google.com. A IN");
    }

    #[test]
    fn traditional_file_format_has_host() {
        let h = header(
            "Nov 22 04:28:12 dns1 dnsmasq[9987]: query[A] x from y",
            &opts(),
        )
        .unwrap();
        assert_eq!(
            (h.host, h.app, h.msg),
            (Some("dns1"), Some("dnsmasq"), "query[A] x from y")
        );
    }

    #[test]
    fn rfc3164_with_pri() {
        let h = header(
            "<30>Nov 22 04:28:12 dns1 dnsmasq[9987]: query[A] x from y",
            &opts(),
        )
        .unwrap();
        assert_eq!(
            (h.host, h.app, h.msg),
            (Some("dns1"), Some("dnsmasq"), "query[A] x from y")
        );
        assert_eq!(h.ts.unwrap().to_rfc3339(), "2026-11-22T04:28:12+00:00");
    }

    #[test]
    fn rfc5424() {
        let h = header("<30>1 2026-11-22T04:28:12.123Z dns1 unbound 7862 - - [7862:0] info: 127.0.0.1 a.example. A IN", &opts()).unwrap();
        assert_eq!((h.host, h.app), (Some("dns1"), Some("unbound")));
        assert_eq!(h.msg, "[7862:0] info: 127.0.0.1 a.example. A IN");
        assert_eq!(h.ts.unwrap().timestamp_subsec_millis(), 123);
    }

    #[test]
    fn rsyslog_json_envelope() {
        let line = r#"{"ts_received":"2026-11-22T04:30:13.828023+00:00", "host":"vm", "source":"unbound", "file":"\/var\/log\/unbound\/unbound.log", "message":"Nov 22 04:27:13 unbound[7862:0] notice: init module 0: iterator"}"#;
        let env = json_envelope(line).unwrap().unwrap();
        assert_eq!(
            env.message,
            "Nov 22 04:27:13 unbound[7862:0] notice: init module 0: iterator"
        );
        assert_eq!(env.app.as_deref(), Some("unbound"));
    }

    #[test]
    fn endpoint_event_is_not_an_envelope() {
        let line = r#"{"ts":"2026-11-22T09:14:03Z","device":"d","event":"text_capture","text":"my \"message\" here"}"#;
        assert!(json_envelope(line).unwrap().is_none());
    }
}
