//! e2guardian access logs, `logfileformat` 1 (spaces), 2 (CSV), 4 (TSV) and 6 (Protex TSV).
//! Format 3 is Squid's native layout and goes to the Squid parser.
//!
//! Formats 1, 2 and 4 share one field order:
//! `time user client url what method size weight category group status mime clienthost
//! groupname useragent searchterms ...`. Format 6 has its own:
//! `utime server user client clienthost url method status size mime useragent - duration -
//! message_no what weight category groupname group`.

use crate::error::ParseError;
use crate::event::{Event, Format, Source};
use crate::fields::{opt, opt_owned};
use crate::parse::{Context, Parsed, fill_url, num, user};
use crate::timestamp;

const F: &str = "e2guardian";
const METHODS: &[&str] = &[
    "GET", "POST", "CONNECT", "HEAD", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE",
];

pub(crate) fn parse(line: &str, ctx: &Context<'_>) -> Result<Parsed, ParseError> {
    if line.starts_with('"') {
        let fields = csv_fields(line)?;
        return common(&fields, ctx);
    }
    if line.contains('\t') {
        let fields: Vec<&str> = line.split('\t').collect();
        if fields
            .first()
            .is_some_and(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit() || b == b'.'))
        {
            return protex(&fields);
        }
        return common(&fields, ctx);
    }
    space_separated(line, ctx)
}

/// Formats 2 and 4 (and 1 once split).
fn common(f: &[&str], ctx: &Context<'_>) -> Result<Parsed, ParseError> {
    if f.len() < 11 {
        return Err(ParseError::shape(F, "fewer than 11 fields"));
    }
    let ts = timestamp::local_fmt(f[0], "%Y.%m.%d %H:%M:%S", ctx.opts.tz, F)?;
    let mut ev = Event::new(ts, Format::E2guardian, Source::Proxy);
    ev.user = user(f[1]);
    ev.client_ip = opt_owned(f[2]);
    ev.method = opt_owned(f[5]);
    verdict(&mut ev, f[4]);
    ev.bytes = num(f[6], F, "size")?;
    ev.filter_category = opt_owned(f[8]);
    ev.status = num(f[10], F, "status")?;
    ev.content_type = f.get(11).and_then(|s| opt_owned(s));
    ev.user_agent = f.get(14).and_then(|s| opt_owned(s));
    fill_url(&mut ev, f[3])?;
    Ok(Parsed::Event(Box::new(ev)))
}

/// Format 6.
fn protex(f: &[&str]) -> Result<Parsed, ParseError> {
    if f.len() < 18 {
        return Err(ParseError::shape(F, "fewer than 18 fields in format 6"));
    }
    let ts = timestamp::epoch(f[0], F)?;
    let mut ev = Event::new(ts, Format::E2guardian, Source::Proxy);
    ev.user = user(f[2]);
    ev.client_ip = opt_owned(f[3]);
    ev.method = opt_owned(f[6]);
    ev.status = num(f[7], F, "status")?;
    ev.bytes = num(f[8], F, "size")?;
    ev.content_type = opt_owned(f[9]);
    ev.user_agent = opt_owned(f[10]);
    ev.elapsed_ms = num(f[12], F, "duration")?;
    verdict(&mut ev, f[15]);
    ev.filter_category = opt_owned(f[17]);
    fill_url(&mut ev, f[5])?;
    Ok(Parsed::Event(Box::new(ev)))
}

/// Format 1: single spaces, and the free-text `what` column may contain spaces too. The fixed
/// columns around it are found by shape: the method after it, then size and weight, the
/// category (which may contain spaces), then the numeric group and status. The user agent
/// cannot be told apart from the trailing columns and is left out.
fn space_separated(line: &str, ctx: &Context<'_>) -> Result<Parsed, ParseError> {
    let tok: Vec<&str> = line.split(' ').collect();
    if tok.len() < 14 {
        return Err(ParseError::shape(F, "fewer than 14 fields in format 1"));
    }
    let m = (5..tok.len() - 2)
        .find(|&i| METHODS.contains(&tok[i]) && tok[i + 1].bytes().all(|b| b.is_ascii_digit()))
        .ok_or(ParseError::missing(F, "method"))?;
    let s = (m + 3..tok.len() - 1)
        .find(|&i| is_digits(tok[i], 1, 3) && is_digits(tok[i + 1], 3, 3))
        .ok_or(ParseError::missing(F, "status"))?;
    let what = tok[5..m].join(" ");
    let category = tok[m + 3..s].join(" ");
    let mut f: Vec<&str> = vec![
        &line[..19],
        tok[2],
        tok[3],
        tok[4],
        &what,
        tok[m],
        tok[m + 1],
        tok[m + 2],
        &category,
        tok[s],
        tok[s + 1],
    ];
    f.extend(tok.get(s + 2).copied());
    common(&f, ctx)
}

fn is_digits(s: &str, min: usize, max: usize) -> bool {
    (min..=max).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
}

fn verdict(ev: &mut Event, what: &str) {
    if let Some(what) = opt(what) {
        ev.blocked = Some(what.starts_with("*DENIED"));
        ev.verdict = Some(what.to_owned());
    } else {
        ev.blocked = Some(false);
    }
}

/// `"a","b,c","d"` -> `[a, b,c, d]`. e2guardian does not escape quotes inside fields, so a
/// field ends only at `",` or at the final quote.
fn csv_fields(line: &str) -> Result<Vec<&str>, ParseError> {
    let body = line
        .strip_prefix('"')
        .and_then(|l| l.strip_suffix('"'))
        .ok_or(ParseError::shape(F, "unterminated quoted field"))?;
    Ok(body.split("\",\"").collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::{LineParser, ParseOptions};

    fn one(line: &str) -> Event {
        LineParser::new(Format::E2guardian, ParseOptions::default())
            .parse(line.as_bytes())
            .unwrap()
            .event()
            .unwrap()
    }

    #[test]
    fn csv_denied() {
        let ev = one(
            r#""2026.11.22 04:29:15","jsmith","127.0.0.1","http://duckduckgo.com/?q=free+proxy+unblock+sites&ia=web","*DENIED-PARAMS* Weighted search term limit of 30 : 35 ((proxy, block)+ proxy)","GET","0","35","Proxies","1","403","-","127.0.0.1","no_name_group","Mozilla/5.0","0=free proxy unblock sites;","-","-","-""#,
        );
        assert_eq!(ev.blocked, Some(true));
        assert_eq!(ev.filter_category.as_deref(), Some("Proxies"));
        assert_eq!(ev.status, Some(403));
        assert_eq!(ev.search.as_deref(), Some("free proxy unblock sites"));
        assert_eq!(ev.user_agent.as_deref(), Some("Mozilla/5.0"));
    }

    #[test]
    fn protex_tsv() {
        let ev = one(
            "1795321780.452\t\tjsmith\t127.0.0.1\t127.0.0.1\thttps://www.torproject.org:443\tCONNECT\t403\t0\t-\tMozilla/5.0\t-\t0\t-\t560\t*DENIED* Blocked site (local): www.torproject.org\t0\t-\tno_name_group\t1",
        );
        assert_eq!(ev.host.as_deref(), Some("www.torproject.org"));
        assert_eq!(ev.blocked, Some(true));
        assert_eq!(ev.user.as_deref(), Some("jsmith"));
    }

    #[test]
    fn space_separated_with_verdict_text() {
        let ev = one(
            "2026.11.22 04:29:07 jsmith 127.0.0.1 http://duckduckgo.com/?q=free+proxy+unblock+sites&ia=web *DENIED-PARAMS* Weighted search term limit of 30 : 35 ((proxy, block)+ proxy) GET 0 35 Proxies 1 403 - 127.0.0.1 no_name_group Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0 0=free proxy unblock sites; - - -",
        );
        assert_eq!(ev.status, Some(403));
        assert_eq!(ev.method.as_deref(), Some("GET"));
        assert_eq!(ev.filter_category.as_deref(), Some("Proxies"));
        assert!(ev.verdict.unwrap().starts_with("*DENIED-PARAMS* Weighted"));
    }
}
