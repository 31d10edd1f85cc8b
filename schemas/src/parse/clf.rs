//! Common and combined log formats, as Squid (`logformat common|combined`), Apache and nginx
//! write them: `host ident user [time] "request" status bytes ["referer" "agent"]`, and Squid's
//! own trailing `%Ss:%Sh` (`TCP_MISS:HIER_DIRECT`).

use chrono::DateTime;

use crate::error::ParseError;
use crate::event::{Event, Format, Source};
use crate::fields::{Tokens, opt_owned};
use crate::parse::{Context, Parsed, fill_url, num, user};
use crate::timestamp;

const F: &str = "clf";

pub(crate) fn parse(line: &str, _ctx: &Context<'_>) -> Result<Parsed, ParseError> {
    let mut t = Tokens::new(line);
    let host = t.next().ok_or(ParseError::missing(F, "client address"))?;
    let _ident = t.next().ok_or(ParseError::missing(F, "ident"))?;
    let auth_user = t.next().ok_or(ParseError::missing(F, "user"))?;
    if !t.rest().starts_with('[') {
        return Err(ParseError::missing(F, "[time]"));
    }
    let time = t.next().ok_or(ParseError::missing(F, "[time]"))?;
    let ts = DateTime::parse_from_str(time, "%d/%b/%Y:%H:%M:%S %z")
        .map_err(|_| ParseError::bad(F, "timestamp", time))?;
    let ts = timestamp::in_range(ts.to_utc(), F, time)?;
    if !t.rest().starts_with('"') {
        return Err(ParseError::missing(F, "quoted request"));
    }
    let request = t.next().ok_or(ParseError::missing(F, "quoted request"))?;
    let status = t.next().ok_or(ParseError::missing(F, "status"))?;
    let bytes = t.next().ok_or(ParseError::missing(F, "bytes"))?;

    let mut ev = Event::new(ts, Format::Clf, Source::Proxy);
    ev.client_ip = opt_owned(host);
    ev.user = user(auth_user);
    ev.status = num(status, F, "status")?;
    ev.bytes = num(bytes, F, "bytes")?;

    // `GET http://host/path HTTP/1.1`; a malformed request is logged as `-` or raw bytes.
    let mut parts = request.split(' ');
    if let (Some(method), Some(target)) = (parts.next(), parts.next()) {
        ev.method = Some(method.to_owned());
        fill_url(&mut ev, target)?;
    }

    let mut quoted = 0;
    loop {
        let was_quoted = t.rest().starts_with('"');
        let Some(tok) = t.next() else { break };
        if was_quoted {
            match quoted {
                0 => ev.referrer = opt_owned(tok),
                1 => ev.user_agent = opt_owned(tok),
                _ => {}
            }
            quoted += 1;
        } else if let Some((code, _hier)) = tok.split_once(':') {
            // Squid's `%Ss:%Sh`, e.g. `TCP_DENIED:HIER_NONE`.
            if !code.is_empty() && code.bytes().all(|b| b.is_ascii_uppercase() || b == b'_') {
                ev.blocked = Some(code.contains("DENIED"));
                ev.verdict = Some(code.to_owned());
            }
        }
    }
    Ok(Parsed::Event(Box::new(ev)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::{LineParser, ParseOptions};

    fn one(line: &str) -> Event {
        LineParser::new(Format::Clf, ParseOptions::default())
            .parse(line.as_bytes())
            .unwrap()
            .event()
            .unwrap()
    }

    #[test]
    fn combined_from_squid() {
        let ev = one(
            r#"127.0.0.1 - jsmith [22/Nov/2026:04:28:06 +0000] "GET http://www.bing.com/search?q=ways+to+kill+myself&form=QBLH HTTP/1.1" 200 288 "http://www.google.com/" "Mozilla/5.0 (Windows NT 10.0)" TCP_MISS:HIER_DIRECT"#,
        );
        assert_eq!(ev.user.as_deref(), Some("jsmith"));
        assert_eq!(ev.search.as_deref(), Some("ways to kill myself"));
        assert_eq!(ev.referrer.as_deref(), Some("http://www.google.com/"));
        assert_eq!(
            ev.user_agent.as_deref(),
            Some("Mozilla/5.0 (Windows NT 10.0)")
        );
        assert_eq!(ev.verdict.as_deref(), Some("TCP_MISS"));
        assert_eq!(ev.ts.to_rfc3339(), "2026-11-22T04:28:06+00:00");
    }

    #[test]
    fn apache_origin_form_with_offset() {
        let ev =
            one(r#"10.0.0.1 - - [22/Nov/2026:04:28:06 +0100] "GET /index.html HTTP/1.1" 200 -"#);
        assert_eq!(ev.path.as_deref(), Some("/index.html"));
        assert_eq!(ev.bytes, None);
        assert_eq!(ev.ts.to_rfc3339(), "2026-11-22T03:28:06+00:00");
    }

    #[test]
    fn missing_time_is_named() {
        let err = LineParser::new(Format::Clf, ParseOptions::default())
            .parse(b"10.0.0.1 - - GET")
            .unwrap_err();
        assert_eq!(err.to_string(), "clf: missing [time]");
    }
}
