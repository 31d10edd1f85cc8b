//! The event model: one [`Event`] per log record, whatever produced it.
//!
//! The struct is deliberately flat (one optional field per fact a log can carry) rather than an
//! enum of per-source structs: the Arrow schema is then one table with nullable columns, the
//! detector reads the same fields whatever the source, and a new format only fills what it has.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, SecondsFormat, Utc};
use serde::{Deserialize, Serialize, Serializer};

use crate::error::Error;

/// Where an event came from, as in the Kafka topics `guardline.proxy|dns|endpoint`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    Proxy,
    Dns,
    Endpoint,
}

impl Source {
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Proxy => "proxy",
            Source::Dns => "dns",
            Source::Endpoint => "endpoint",
        }
    }
}

/// A log format (`--format`, CONTRACTS.md §2). `Auto` selects per line and never appears on an
/// event: an event records the concrete format that parsed it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Format {
    #[serde(rename = "squid")]
    Squid,
    #[serde(rename = "clf")]
    Clf,
    #[serde(rename = "e2guardian")]
    E2guardian,
    /// squidGuard's per-destination redirect logs (an addition to the contract's list).
    #[serde(rename = "squidguard")]
    SquidGuard,
    #[serde(rename = "unbound")]
    Unbound,
    #[serde(rename = "dnsmasq")]
    Dnsmasq,
    #[serde(rename = "bind")]
    Bind,
    #[serde(rename = "zeek-dns")]
    ZeekDns,
    #[serde(rename = "zeek-http")]
    ZeekHttp,
    #[serde(rename = "endpoint")]
    Endpoint,
    #[serde(rename = "auto")]
    Auto,
}

impl Format {
    /// Every name `--format` accepts, in the contract's order.
    pub const NAMES: &'static [&'static str] = &[
        "squid",
        "clf",
        "e2guardian",
        "squidguard",
        "unbound",
        "dnsmasq",
        "bind",
        "zeek-dns",
        "zeek-http",
        "endpoint",
        "auto",
    ];

    pub const ALL: &'static [Format] = &[
        Format::Squid,
        Format::Clf,
        Format::E2guardian,
        Format::SquidGuard,
        Format::Unbound,
        Format::Dnsmasq,
        Format::Bind,
        Format::ZeekDns,
        Format::ZeekHttp,
        Format::Endpoint,
        Format::Auto,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Format::Squid => "squid",
            Format::Clf => "clf",
            Format::E2guardian => "e2guardian",
            Format::SquidGuard => "squidguard",
            Format::Unbound => "unbound",
            Format::Dnsmasq => "dnsmasq",
            Format::Bind => "bind",
            Format::ZeekDns => "zeek-dns",
            Format::ZeekHttp => "zeek-http",
            Format::Endpoint => "endpoint",
            Format::Auto => "auto",
        }
    }

    /// The source a format's records belong to (`None` for `Auto`, which depends on the line).
    pub fn source(self) -> Option<Source> {
        match self {
            Format::Squid
            | Format::Clf
            | Format::E2guardian
            | Format::SquidGuard
            | Format::ZeekHttp => Some(Source::Proxy),
            Format::Unbound | Format::Dnsmasq | Format::Bind | Format::ZeekDns => Some(Source::Dns),
            Format::Endpoint => Some(Source::Endpoint),
            Format::Auto => None,
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Format {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        Format::ALL
            .iter()
            .copied()
            .find(|f| f.as_str().eq_ignore_ascii_case(s))
            .ok_or_else(|| Error::UnknownFormat(s.to_owned()))
    }
}

/// Which step of a DNS transaction a DNS log line records. Resolvers log a query, then what they
/// did with it (forwarded, answered from cache or local data, rewritten by policy), then a
/// reply; the detector judges the query and policy steps and the store keeps all of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DnsStep {
    /// A client asked (unbound query line, dnsmasq `query[..]`, BIND `query:`, Zeek dns.log).
    Query,
    /// The resolver passed the query upstream (dnsmasq `forwarded`).
    Forward,
    /// An answer went back (unbound reply line, dnsmasq `reply`).
    Reply,
    /// Answered from the cache (dnsmasq `cached`).
    Cached,
    /// Answered from local configuration or a hosts file (dnsmasq `config`, unbound local zone).
    Local,
    /// A filtering policy acted on it (BIND RPZ rewrite, unbound `always_nxdomain`, Pi-hole).
    Policy,
    /// Resolution failed (unbound SERVFAIL line, BIND `query failed`).
    Failure,
}

impl DnsStep {
    pub fn as_str(self) -> &'static str {
        match self {
            DnsStep::Query => "query",
            DnsStep::Forward => "forward",
            DnsStep::Reply => "reply",
            DnsStep::Cached => "cached",
            DnsStep::Local => "local",
            DnsStep::Policy => "policy",
            DnsStep::Failure => "failure",
        }
    }
}

/// The kinds of endpoint events (CONTRACTS.md §2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EndpointKind {
    TextCapture,
    WindowTitle,
    UrlVisit,
    ProcessStart,
    Heartbeat,
}

impl EndpointKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EndpointKind::TextCapture => "text_capture",
            EndpointKind::WindowTitle => "window_title",
            EndpointKind::UrlVisit => "url_visit",
            EndpointKind::ProcessStart => "process_start",
            EndpointKind::Heartbeat => "heartbeat",
        }
    }
}

/// One log record. Fields a format does not carry stay `None` and are left out of the JSON.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Event {
    /// When it happened, in UTC.
    #[serde(serialize_with = "serialize_ts")]
    pub ts: DateTime<Utc>,
    pub source: Source,
    pub format: Format,
    /// The site (school, campus) it came from: from the Kafka key or configuration.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub site: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_ip: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub device: Option<String>,

    // ---- proxy ----
    #[serde(skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// The URL as logged (for CONNECT, `host:port`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scheme: Option<String>,
    /// Lower-case host name or IP literal, without the port.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub port: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// The raw query string without `?`. `Some("")` when the proxy stripped it to a bare `?`
    /// (Squid's default `strip_query_terms on`), `None` when the URL had no query at all.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// Decoded search terms when the URL is a search on a known engine or site.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    /// Bytes sent to the client.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bytes: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub elapsed_ms: Option<u64>,
    /// TLS server name of a tunnel (Squid `sni=` with SSL peek and splice).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sni: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_agent: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub referrer: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_type: Option<String>,
    /// What the filter or proxy said, as logged (`TCP_DENIED`, `*DENIED* Blocked site ...`,
    /// `REDIRECT`, `rpz QNAME NXDOMAIN`, `always_nxdomain`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verdict: Option<String>,
    /// Whether the filter blocked it, where the log says so.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub blocked: Option<bool>,
    /// The filter's own category for the request where it logs one (e2guardian, squidGuard).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filter_category: Option<String>,

    // ---- dns ----
    /// Query name, lower case, without the trailing dot.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qname: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qtype: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rcode: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answer: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dns_step: Option<DnsStep>,

    // ---- endpoint ----
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event: Option<EndpointKind>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub process: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub window_title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

fn serialize_ts<S: Serializer>(ts: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&ts.to_rfc3339_opts(SecondsFormat::AutoSi, true))
}

impl Event {
    /// An empty event of the given format at the given time; parsers fill in the rest.
    pub fn new(ts: DateTime<Utc>, format: Format, source: Source) -> Self {
        Event {
            ts,
            source,
            format,
            site: None,
            client_ip: None,
            user: None,
            device: None,
            method: None,
            url: None,
            scheme: None,
            host: None,
            port: None,
            path: None,
            query: None,
            search: None,
            status: None,
            bytes: None,
            elapsed_ms: None,
            sni: None,
            user_agent: None,
            referrer: None,
            content_type: None,
            verdict: None,
            blocked: None,
            filter_category: None,
            qname: None,
            qtype: None,
            rcode: None,
            answer: None,
            dns_step: None,
            event: None,
            process: None,
            window_title: None,
            text: None,
        }
    }
}
