//! Squid `access.log`: the native format and custom formats built on it.
//!
//! Native: `time elapsed client code/status bytes method URL user hierarchy/peer type`, then
//! whatever a custom `logformat` appends (quoted headers, `sni=`, `bump=`). The custom format
//! many UK schools use (`%ts.%03tu %6tr %>a %un %Ss/%03>Hs ...`) moves the user before the
//! result code; the position of the `CODE/status` token tells the two apart.

use crate::error::ParseError;
use crate::event::{Event, Format, Source};
use crate::fields::{Tokens, opt, opt_owned};
use crate::parse::{Context, Parsed, fill_url, num, user};
use crate::timestamp;

const F: &str = "squid";

pub(crate) fn parse(line: &str, _ctx: &Context<'_>) -> Result<Parsed, ParseError> {
    let mut t = Tokens::new(line);
    let time = t.next().ok_or(ParseError::missing(F, "timestamp"))?;
    let ts = timestamp::epoch(time, F)?;
    let elapsed = t.next().ok_or(ParseError::missing(F, "elapsed time"))?;
    let client = t.next().ok_or(ParseError::missing(F, "client address"))?;
    let fourth = t.next().ok_or(ParseError::missing(F, "result code"))?;
    // Native has CODE/status fourth; the custom layout has the user there and CODE/status fifth.
    let (code_status, custom_user) = if result_code(fourth).is_some() {
        (fourth, None)
    } else {
        (
            t.next().ok_or(ParseError::missing(F, "result code"))?,
            Some(fourth),
        )
    };
    let (code, status) =
        result_code(code_status).ok_or_else(|| ParseError::bad(F, "result code", code_status))?;
    let bytes = t.next().ok_or(ParseError::missing(F, "bytes"))?;
    let method = t.next().ok_or(ParseError::missing(F, "method"))?;
    let url = t.next().ok_or(ParseError::missing(F, "URL"))?;

    let mut ev = Event::new(ts, Format::Squid, Source::Proxy);
    ev.elapsed_ms = num(elapsed, F, "elapsed time")?;
    ev.client_ip = opt_owned(client);
    ev.verdict = Some(code.to_owned());
    ev.blocked = Some(code.contains("DENIED"));
    ev.status = num(status, F, "status")?.filter(|s| *s != 0);
    ev.bytes = num(bytes, F, "bytes")?;
    ev.method = opt_owned(method);
    fill_url(&mut ev, url)?;

    match custom_user {
        None => {
            // Native: user, hierarchy/peer, content type; then optional extras.
            ev.user = t.next().and_then(user);
            let _hierarchy = t.next();
            ev.content_type = t.next().and_then(opt_owned);
            extras(&mut ev, t, false);
        }
        Some(u) => {
            // Custom: server address, content type, "referer" "user-agent", domain, extras.
            ev.user = user(u);
            let _server = t.next();
            ev.content_type = t.next().and_then(opt_owned);
            extras(&mut ev, t, true);
        }
    }
    Ok(Parsed::Event(Box::new(ev)))
}

/// `TCP_MISS/200` -> (`TCP_MISS`, `200`). The code is upper case letters and underscores.
fn result_code(token: &str) -> Option<(&str, &str)> {
    let (code, status) = token.split_once('/')?;
    let code_ok = !code.is_empty() && code.bytes().all(|b| b.is_ascii_uppercase() || b == b'_');
    let status_ok =
        !status.is_empty() && status.len() <= 3 && status.bytes().all(|b| b.is_ascii_digit());
    (code_ok && status_ok).then_some((code, status))
}

/// Trailing tokens of custom formats: `key=value` pairs and, in order, quoted Referer and
/// User-Agent headers. Unknown keys are kept out of the event rather than failing the line.
fn extras(ev: &mut Event, mut t: Tokens<'_>, quoted_headers_first: bool) {
    let mut quoted = 0;
    loop {
        let was_quoted = t.rest().starts_with('"');
        let Some(tok) = t.next() else { break };
        if was_quoted || (quoted_headers_first && quoted < 2) {
            match quoted {
                0 => ev.referrer = opt_owned(tok),
                1 => ev.user_agent = opt_owned(tok),
                _ => {}
            }
            quoted += 1;
            continue;
        }
        if let Some(("sni", value)) = tok.split_once('=') {
            ev.sni = opt(value).map(str::to_ascii_lowercase);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::{LineParser, ParseOptions};

    fn one(line: &str) -> Event {
        LineParser::new(Format::Squid, ParseOptions::default())
            .parse(line.as_bytes())
            .unwrap()
            .event()
            .unwrap()
    }

    #[test]
    fn native_with_user_and_search() {
        let ev = one(
            "1795321686.106     11 127.0.0.1 TCP_MISS/200 288 GET http://www.google.com/search?q=how+to+join+isis&hl=en-GB jsmith HIER_DIRECT/127.0.0.1 text/html",
        );
        assert_eq!(ev.user.as_deref(), Some("jsmith"));
        assert_eq!(ev.search.as_deref(), Some("how to join isis"));
        assert_eq!(ev.status, Some(200));
        assert_eq!(ev.elapsed_ms, Some(11));
        assert_eq!(ev.content_type.as_deref(), Some("text/html"));
        assert_eq!(ev.ts.timestamp_millis(), 1_795_321_686_106);
    }

    #[test]
    fn custom_with_sni() {
        let ev = one(
            r#"1795321995.947      7 127.0.0.1 - TCP_TUNNEL/500 1857 CONNECT 127.0.0.1:443 127.0.0.1 - "-" "-" 127.0.0.1 sni=discord.com bump=splice"#,
        );
        assert_eq!(ev.sni.as_deref(), Some("discord.com"));
        assert_eq!(ev.host.as_deref(), Some("127.0.0.1"));
        assert_eq!(ev.port, Some(443));
        assert_eq!(ev.user, None);
    }

    #[test]
    fn custom_with_headers() {
        let ev = one(
            r#"1795321686.115      1 127.0.0.1 jsmith TCP_MISS/200 288 GET http://www.bing.com/search?q=ways+to+kill+myself&form=QBLH 127.0.0.1 text/html "http://www.google.com/" "Mozilla/5.0 (X11)" www.bing.com"#,
        );
        assert_eq!(ev.user.as_deref(), Some("jsmith"));
        assert_eq!(ev.referrer.as_deref(), Some("http://www.google.com/"));
        assert_eq!(ev.user_agent.as_deref(), Some("Mozilla/5.0 (X11)"));
        assert_eq!(ev.search.as_deref(), Some("ways to kill myself"));
    }

    #[test]
    fn denied_and_domain_user() {
        let ev = one(
            "1795321763.911      0 10.0.0.5 TCP_DENIED/403 0 GET http://duckduckgo.com/?q=x SCHOOL%5Cjsmith HIER_NONE/- text/html",
        );
        assert_eq!(ev.blocked, Some(true));
        assert_eq!(ev.user.as_deref(), Some("SCHOOL\\jsmith"));
    }

    #[test]
    fn truncated_line_names_the_missing_field() {
        let err = LineParser::new(Format::Squid, ParseOptions::default())
            .parse(b"1795321686.106 11 127.0.0.1")
            .unwrap_err();
        assert_eq!(err.to_string(), "squid: missing result code");
    }
}
