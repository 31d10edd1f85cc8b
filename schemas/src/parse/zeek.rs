//! Zeek `dns.log` and `http.log`, as JSON lines (`LogAscii::use_json=T`) or as TSV with the
//! `#separator` / `#fields` header. A TSV stream's header sets the column order for the lines
//! after it; without one (single lines off a Kafka topic) Zeek's default column order is used.

use serde::Deserialize;

use crate::error::ParseError;
use crate::event::{DnsStep, Event, Format, Source};
use crate::fields::opt_owned;
use crate::parse::{Context, Parsed, dns_name, fill_url};
use crate::timestamp;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Log {
    Dns,
    Http,
}

impl Log {
    fn name(self) -> &'static str {
        match self {
            Log::Dns => "zeek-dns",
            Log::Http => "zeek-http",
        }
    }
}

/// Zeek 6 default columns, used until a `#fields` header says otherwise.
const DNS_FIELDS: &[&str] = &[
    "ts",
    "uid",
    "id.orig_h",
    "id.orig_p",
    "id.resp_h",
    "id.resp_p",
    "proto",
    "trans_id",
    "rtt",
    "query",
    "qclass",
    "qclass_name",
    "qtype",
    "qtype_name",
    "rcode",
    "rcode_name",
    "AA",
    "TC",
    "RD",
    "RA",
    "Z",
    "answers",
    "TTLs",
    "rejected",
];
const HTTP_FIELDS: &[&str] = &[
    "ts",
    "uid",
    "id.orig_h",
    "id.orig_p",
    "id.resp_h",
    "id.resp_p",
    "trans_depth",
    "method",
    "host",
    "uri",
    "referrer",
    "version",
    "user_agent",
    "origin",
    "request_body_len",
    "response_body_len",
    "status_code",
    "status_msg",
    "info_code",
    "info_msg",
    "tags",
    "username",
    "password",
    "proxied",
    "orig_fuids",
    "orig_filenames",
    "orig_mime_types",
    "resp_fuids",
    "resp_filenames",
    "resp_mime_types",
];

/// What a TSV header told us about the stream.
#[derive(Debug, Clone, Default)]
pub(crate) struct TsvState {
    fields: Option<Vec<String>>,
    /// `#path dns` / `#path http`.
    pub(crate) path: Option<Log>,
}

impl TsvState {
    /// The log kind a TSV data line belongs to, if a header said so.
    pub(crate) fn kind(&self) -> Option<Log> {
        self.path
    }
}

/// One record's fields, from JSON or TSV alike.
#[derive(Debug, Default, Deserialize)]
struct Record {
    ts: Option<Ts>,
    #[serde(rename = "id.orig_h")]
    orig_h: Option<String>,
    // dns
    query: Option<String>,
    qtype_name: Option<String>,
    rcode_name: Option<String>,
    answers: Option<Vec<String>>,
    rejected: Option<bool>,
    // http
    method: Option<String>,
    host: Option<String>,
    uri: Option<String>,
    referrer: Option<String>,
    user_agent: Option<String>,
    response_body_len: Option<u64>,
    status_code: Option<u16>,
    username: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Ts {
    Epoch(f64),
    Iso(String),
}

pub(crate) fn parse(
    line: &str,
    ctx: &Context<'_>,
    state: &mut TsvState,
    log: Log,
) -> Result<Parsed, ParseError> {
    let f = log.name();
    if let Some(header) = line.strip_prefix('#') {
        read_header(header, state);
        return Ok(Parsed::Skipped("zeek header"));
    }
    let rec: Record = if line.starts_with('{') {
        serde_json::from_str(line).map_err(|e| ParseError::Json {
            format: f,
            detail: e.to_string(),
        })?
    } else {
        tsv_record(line, state, log)?
    };
    let ts = match rec.ts {
        Some(Ts::Epoch(t)) => timestamp::epoch_f64(t, f)?,
        Some(Ts::Iso(ref t)) => timestamp::rfc3339(t, f)?,
        None => return Err(ParseError::missing(f, "ts")),
    };
    let _ = ctx;
    match log {
        Log::Dns => {
            let mut ev = Event::new(ts, Format::ZeekDns, Source::Dns);
            ev.client_ip = rec.orig_h;
            ev.qname = Some(dns_name(&rec.query.ok_or(ParseError::missing(f, "query"))?));
            ev.qtype = rec.qtype_name;
            ev.rcode = rec.rcode_name;
            ev.answer = rec.answers.filter(|a| !a.is_empty()).map(|a| a.join(","));
            ev.blocked = rec.rejected.filter(|r| *r);
            ev.dns_step = Some(DnsStep::Query);
            Ok(Parsed::Event(Box::new(ev)))
        }
        Log::Http => {
            let mut ev = Event::new(ts, Format::ZeekHttp, Source::Proxy);
            ev.client_ip = rec.orig_h;
            ev.method = rec.method;
            ev.status = rec.status_code;
            ev.bytes = rec.response_body_len;
            ev.referrer = rec.referrer;
            ev.user_agent = rec.user_agent;
            ev.user = rec.username;
            let uri = rec.uri.unwrap_or_else(|| "/".to_owned());
            // A proxied request carries an absolute URI; otherwise rebuild it from the Host.
            let target = match rec.host {
                Some(host) if uri.starts_with('/') => format!("http://{host}{uri}"),
                _ => uri,
            };
            fill_url(&mut ev, &target)?;
            Ok(Parsed::Event(Box::new(ev)))
        }
    }
}

fn read_header(header: &str, state: &mut TsvState) {
    let mut parts = header.split(['\t', ' ']);
    match parts.next() {
        Some("fields") => state.fields = Some(parts.map(str::to_owned).collect()),
        Some("path") => {
            state.path = match parts.next() {
                Some("dns") => Some(Log::Dns),
                Some("http") => Some(Log::Http),
                _ => state.path,
            }
        }
        _ => {}
    }
}

fn tsv_record(line: &str, state: &TsvState, log: Log) -> Result<Record, ParseError> {
    let f = log.name();
    let values: Vec<&str> = line.split('\t').collect();
    let names: Vec<&str> = match &state.fields {
        Some(fields) => fields.iter().map(String::as_str).collect(),
        None => match log {
            Log::Dns => DNS_FIELDS.to_vec(),
            Log::Http => HTTP_FIELDS.to_vec(),
        },
    };
    if values.len() != names.len() {
        return Err(ParseError::shape(
            f,
            "TSV line has a different number of columns from its #fields header",
        ));
    }
    let mut rec = Record::default();
    for (name, raw) in names.iter().zip(values) {
        // Zeek writes `-` for unset and `(empty)` for an empty set or string.
        let Some(v) = opt_owned(raw).filter(|v| v != "(empty)") else {
            continue;
        };
        let bad = || ParseError::bad(f, "column", raw);
        match *name {
            "ts" => rec.ts = Some(Ts::Epoch(v.parse().map_err(|_| bad())?)),
            "id.orig_h" => rec.orig_h = Some(v),
            "query" => rec.query = Some(v),
            "qtype_name" => rec.qtype_name = Some(v),
            "rcode_name" => rec.rcode_name = Some(v),
            "answers" => rec.answers = Some(v.split(',').map(str::to_owned).collect()),
            "rejected" => rec.rejected = Some(v == "T"),
            "method" => rec.method = Some(v),
            "host" => rec.host = Some(v),
            "uri" => rec.uri = Some(v),
            "referrer" => rec.referrer = Some(v),
            "user_agent" => rec.user_agent = Some(v),
            "response_body_len" => rec.response_body_len = Some(v.parse().map_err(|_| bad())?),
            "status_code" => rec.status_code = Some(v.parse().map_err(|_| bad())?),
            "username" => rec.username = Some(v),
            _ => {}
        }
    }
    Ok(rec)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::{LineParser, ParseOptions};

    #[test]
    fn json_dns() {
        let line = r#"{"ts": 1793015361.0, "uid": "C5ef9b1dd74d16ce5a", "id.orig_h": "10.12.138.90", "id.orig_p": 53693, "id.resp_h": "10.0.0.53", "id.resp_p": 53, "proto": "udp", "trans_id": 1191, "query": "www.youporn.com", "qclass": 1, "qclass_name": "C_INTERNET", "qtype": 1, "qtype_name": "A", "rcode": 0, "rcode_name": "NOERROR", "AA": false, "TC": false, "RD": true, "RA": true, "Z": 0, "rejected": false}"#;
        let ev = LineParser::new(Format::ZeekDns, ParseOptions::default())
            .parse(line.as_bytes())
            .unwrap()
            .event()
            .unwrap();
        assert_eq!(
            (
                ev.qname.as_deref(),
                ev.qtype.as_deref(),
                ev.rcode.as_deref()
            ),
            (Some("www.youporn.com"), Some("A"), Some("NOERROR"))
        );
        assert_eq!(ev.client_ip.as_deref(), Some("10.12.138.90"));
    }

    #[test]
    fn json_http_rebuilds_url() {
        let line = r#"{"ts": 1792615769.0, "uid": "C", "id.orig_h": "10.23.93.2", "method": "GET", "host": "www.google.com", "uri": "/search?q=cocktail+sticks&hl=en-GB", "status_code": 200, "response_body_len": 36859}"#;
        let ev = LineParser::new(Format::ZeekHttp, ParseOptions::default())
            .parse(line.as_bytes())
            .unwrap()
            .event()
            .unwrap();
        assert_eq!(ev.search.as_deref(), Some("cocktail sticks"));
        assert_eq!(
            ev.url.as_deref(),
            Some("http://www.google.com/search?q=cocktail+sticks&hl=en-GB")
        );
    }

    #[test]
    fn tsv_with_header() {
        let mut p = LineParser::new(Format::ZeekDns, ParseOptions::default());
        assert!(matches!(
            p.parse(b"#separator \\x09").unwrap(),
            Parsed::Skipped(_)
        ));
        assert!(matches!(
            p.parse(b"#fields\tts\tuid\tid.orig_h\tquery\tqtype_name\trcode_name")
                .unwrap(),
            Parsed::Skipped(_)
        ));
        let ev = p
            .parse(b"1793015361.5\tCabc\t10.1.1.1\tbet365.com\tA\t-")
            .unwrap()
            .event()
            .unwrap();
        assert_eq!((ev.qname.as_deref(), ev.rcode), (Some("bet365.com"), None));
        let err = p.parse(b"1793015361.5\tCabc").unwrap_err();
        assert!(err.to_string().contains("number of columns"));
    }

    #[test]
    fn truncated_json_is_malformed() {
        let err = LineParser::new(Format::ZeekDns, ParseOptions::default())
            .parse(br#"{"ts": 1793015361.0, "query": "x"#)
            .unwrap_err();
        assert!(matches!(err, ParseError::Json { .. }));
    }
}
