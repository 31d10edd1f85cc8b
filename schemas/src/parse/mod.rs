//! Turning raw log lines into [`Event`]s.
//!
//! [`LineParser`] is the entry point: one per input stream (it keeps the little state some
//! formats need, such as a Zeek TSV `#fields` header). Each line goes through the same steps:
//! byte checks (length, NUL, UTF-8), the JSON envelope, the syslog or file header, then the
//! format's own parser, chosen per line by [`sniff`] under `--format auto`.
//!
//! A line ends in one of three ways: an event, a skip (a line that is not a record, such as a
//! start-up notice or a `#` header), or a [`ParseError`] naming what was wrong.

mod bind;
mod clf;
mod dnsmasq;
mod e2guardian;
mod endpoint;
mod sniff;
mod squid;
mod squidguard;
mod unbound;
mod zeek;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use crate::envelope::{self, Header};
use crate::error::{Error, ParseError};
use crate::event::{Event, Format};
use crate::lines::MAX_LINE_BYTES;
use crate::search::search_terms;
use crate::weburl::split_url;

use sniff::sniff;

/// Settings that change how lines are read.
#[derive(Debug, Clone)]
pub struct ParseOptions {
    /// Zone of logs that write local wall-clock time (syslog prefixes, BIND, e2guardian,
    /// squidGuard). UTC by default.
    pub tz: Tz,
    /// The site to stamp on events whose line does not name one.
    pub site: Option<String>,
    /// "Now", for the year of a year-less timestamp. `None`: the system clock at each line.
    pub now: Option<DateTime<Utc>>,
}

impl Default for ParseOptions {
    fn default() -> Self {
        ParseOptions {
            tz: envelope::DEFAULT_TZ,
            site: None,
            now: None,
        }
    }
}

impl ParseOptions {
    pub fn with_now(mut self, now: DateTime<Utc>) -> Self {
        self.now = Some(now);
        self
    }

    /// Set the zone from an IANA name such as `Europe/London`.
    pub fn with_tz_name(mut self, name: &str) -> Result<Self, Error> {
        self.tz = name
            .parse::<Tz>()
            .map_err(|_| Error::UnknownTimeZone(name.to_owned()))?;
        Ok(self)
    }

    pub(crate) fn now(&self) -> DateTime<Utc> {
        self.now.unwrap_or_else(Utc::now)
    }
}

/// What became of one line that was not malformed.
#[derive(Debug, Clone, PartialEq)]
pub enum Parsed {
    Event(Box<Event>),
    /// Not a log record (start-up notice, header, statistics); the reason says which.
    Skipped(&'static str),
}

impl Parsed {
    pub fn event(self) -> Option<Event> {
        match self {
            Parsed::Event(e) => Some(*e),
            Parsed::Skipped(_) => None,
        }
    }
}

/// Everything a format parser gets besides the message text.
pub(crate) struct Context<'a> {
    pub opts: &'a ParseOptions,
    pub header: &'a Header<'a>,
    /// A shipper's receive time, used only when neither the line nor its header has a time.
    pub received: Option<DateTime<Utc>>,
}

impl Context<'_> {
    /// The header's time, else the shipper's; an error naming `format` when there is neither.
    pub(crate) fn header_ts(&self, format: &'static str) -> Result<DateTime<Utc>, ParseError> {
        self.header
            .ts
            .or(self.received)
            .ok_or(ParseError::missing(format, "timestamp"))
    }
}

/// Parses the lines of one input stream in one format (or `Auto`).
#[derive(Debug, Clone)]
pub struct LineParser {
    format: Format,
    opts: ParseOptions,
    zeek: zeek::TsvState,
}

impl LineParser {
    pub fn new(format: Format, opts: ParseOptions) -> Self {
        LineParser {
            format,
            opts,
            zeek: zeek::TsvState::default(),
        }
    }

    pub fn format(&self) -> Format {
        self.format
    }

    /// Parse one line (without its newline).
    pub fn parse(&mut self, bytes: &[u8]) -> Result<Parsed, ParseError> {
        if bytes.len() > MAX_LINE_BYTES {
            return Err(ParseError::TooLong {
                len: bytes.len(),
                limit: MAX_LINE_BYTES,
            });
        }
        if let Some(at) = memchr::memchr(0, bytes) {
            return Err(ParseError::NulByte { at });
        }
        let text = std::str::from_utf8(bytes).map_err(|e| ParseError::InvalidUtf8 {
            at: e.valid_up_to(),
        })?;
        let text = text
            .trim_end_matches(['\r', '\n'])
            .trim_start_matches('\u{feff}');
        if text.trim().is_empty() {
            return Ok(Parsed::Skipped("empty line"));
        }
        match envelope::json_envelope(text)? {
            Some(env) => {
                let received = env.received;
                let app = env.app;
                self.parse_message(&env.message, app.as_deref(), received)
            }
            None => self.parse_message(text, None, None),
        }
    }

    fn parse_message(
        &mut self,
        text: &str,
        app_hint: Option<&str>,
        received: Option<DateTime<Utc>>,
    ) -> Result<Parsed, ParseError> {
        // Zeek and endpoint records are JSON or TSV, never behind a syslog header: do not let
        // the header heuristics near them.
        let header = if text.starts_with('{') || text.starts_with('#') {
            Header {
                msg: text,
                ..Header::default()
            }
        } else {
            envelope::header(text, &self.opts)?
        };
        let format = match self.format {
            Format::Auto => sniff(header.msg, header.app.or(app_hint), &self.zeek)
                .ok_or(ParseError::Unrecognised)?,
            f => f,
        };
        let ctx = Context {
            opts: &self.opts,
            header: &header,
            received,
        };
        let msg = header.msg;
        let parsed = match format {
            Format::Squid => squid::parse(msg, &ctx),
            Format::Clf => clf::parse(msg, &ctx),
            Format::E2guardian => e2guardian::parse(msg, &ctx),
            Format::SquidGuard => squidguard::parse(msg, &ctx),
            Format::Unbound => unbound::parse(msg, &ctx),
            Format::Dnsmasq => dnsmasq::parse(msg, &ctx),
            Format::Bind => bind::parse(msg, &ctx),
            Format::ZeekDns => zeek::parse(msg, &ctx, &mut self.zeek, zeek::Log::Dns),
            Format::ZeekHttp => zeek::parse(msg, &ctx, &mut self.zeek, zeek::Log::Http),
            Format::Endpoint => endpoint::parse(msg, &ctx),
            Format::Auto => Err(ParseError::Unrecognised),
        }?;
        Ok(match parsed {
            Parsed::Event(mut ev) => {
                if ev.site.is_none() {
                    ev.site.clone_from(&self.opts.site);
                }
                Parsed::Event(ev)
            }
            skipped => skipped,
        })
    }
}

/// Fill the URL parts and search terms of `ev` from a logged request target.
pub(crate) fn fill_url(ev: &mut Event, target: &str) -> Result<(), ParseError> {
    let parts = split_url(target, ev.method.as_deref())?;
    if let (Some(host), Some(path), Some(query)) = (&parts.host, &parts.path, &parts.query) {
        ev.search = search_terms(host, path, query);
    }
    ev.url = Some(target.to_owned());
    ev.scheme = parts.scheme;
    ev.host = parts.host;
    ev.port = parts.port;
    ev.path = parts.path;
    ev.query = parts.query;
    Ok(())
}

/// Parse a decimal number field that may be `-`.
pub(crate) fn num<T: std::str::FromStr>(
    raw: &str,
    format: &'static str,
    field: &'static str,
) -> Result<Option<T>, ParseError> {
    match raw {
        "" | "-" => Ok(None),
        _ => raw
            .parse::<T>()
            .map(Some)
            .map_err(|_| ParseError::bad(format, field, raw)),
    }
}

/// Percent-decode a user name: Squid logs `DOMAIN%5Cuser` for `DOMAIN\user`.
pub(crate) fn user(raw: &str) -> Option<String> {
    let raw = crate::fields::opt(raw)?;
    Some(
        percent_encoding::percent_decode_str(raw)
            .decode_utf8_lossy()
            .into_owned(),
    )
}

/// A DNS name as logged (`www.google.com.`) to the stored form: lower case, no trailing dot.
pub(crate) fn dns_name(raw: &str) -> String {
    let name = raw.strip_suffix('.').unwrap_or(raw);
    if name.is_empty() {
        ".".to_owned()
    } else {
        name.to_ascii_lowercase()
    }
}
