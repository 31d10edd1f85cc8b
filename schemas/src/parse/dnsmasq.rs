//! dnsmasq `log-queries` (and `log-queries=extra`, which prefixes a serial number and the
//! requester's `address/port`). Pi-hole's FTL writes the same lines, plus its own block verbs.
//!
//! Records: `query[A] name from client`, `forwarded name to server`, `reply name is answer`,
//! `cached name is answer`, `config name is answer`, `/etc/hosts name is answer`, and
//! Pi-hole's `gravity blocked name is 0.0.0.0` and friends. Start-up, cache and DHCP
//! messages are not records.

use crate::error::ParseError;
use crate::event::{DnsStep, Event, Format, Source};
use crate::parse::{Context, Parsed, dns_name};

const F: &str = "dnsmasq";

/// Pi-hole's verbs for a name its block lists caught.
const BLOCK_VERBS: &[&str] = &[
    "gravity blocked",
    "exactly blacklisted",
    "regex blacklisted",
    "exactly denied",
    "regex denied",
    "special domain",
    "blacklisted",
    "Apple iCloud Private Relay domain",
];

pub(crate) fn parse(msg: &str, ctx: &Context<'_>) -> Result<Parsed, ParseError> {
    let ts = ctx.header_ts(F)?;
    let (client, body) = strip_extra(msg);
    let mut ev = Event::new(ts, Format::Dnsmasq, Source::Dns);
    ev.client_ip = client.map(str::to_owned);

    if let Some(rest) = body.strip_prefix("query[") {
        let (qtype, rest) = rest
            .split_once("] ")
            .ok_or(ParseError::shape(F, "unterminated query[TYPE]"))?;
        let (name, from) = rest
            .split_once(" from ")
            .ok_or(ParseError::missing(F, "'from' in query"))?;
        ev.qtype = Some(qtype.to_owned());
        ev.qname = Some(dns_name(name));
        if ev.client_ip.is_none() {
            ev.client_ip = Some(from.trim().to_owned());
        }
        ev.dns_step = Some(DnsStep::Query);
        return Ok(Parsed::Event(Box::new(ev)));
    }
    if let Some(rest) = body.strip_prefix("forwarded ") {
        let (name, server) = rest
            .split_once(" to ")
            .ok_or(ParseError::missing(F, "'to' in forwarded"))?;
        ev.qname = Some(dns_name(name));
        ev.answer = Some(server.trim().to_owned());
        ev.dns_step = Some(DnsStep::Forward);
        return Ok(Parsed::Event(Box::new(ev)));
    }
    let Some((left, answer)) = body.rsplit_once(" is ") else {
        return Ok(Parsed::Skipped("dnsmasq operational message"));
    };
    let Some((verb, name)) = left.rsplit_once(' ') else {
        return Ok(Parsed::Skipped("dnsmasq operational message"));
    };
    let step = match verb {
        "reply" => DnsStep::Reply,
        "cached" | "cached-stale" => DnsStep::Cached,
        "config" => DnsStep::Local,
        v if v.starts_with('/') => DnsStep::Local,
        v if BLOCK_VERBS.contains(&v) => DnsStep::Policy,
        _ => return Ok(Parsed::Skipped("dnsmasq operational message")),
    };
    let answer = answer.trim();
    // `reply error is SERVFAIL`: the name slot holds the word "error", not a name.
    if name == "error" {
        ev.rcode = Some(answer.to_owned());
    } else {
        ev.qname = Some(dns_name(name));
        ev.answer = Some(answer.to_owned());
        if matches!(answer, "NXDOMAIN" | "SERVFAIL" | "REFUSED") {
            ev.rcode = Some(answer.to_owned());
        }
    }
    let sinkhole = matches!(answer, "0.0.0.0" | "::" | "NXDOMAIN");
    ev.blocked = match step {
        DnsStep::Policy => Some(true),
        DnsStep::Local => Some(sinkhole),
        _ => None,
    };
    if matches!(step, DnsStep::Policy | DnsStep::Local) {
        ev.verdict = Some(verb.to_owned());
    }
    ev.dns_step = Some(step);
    Ok(Parsed::Event(Box::new(ev)))
}

/// `log-queries=extra`: `17 10.0.0.5/53412 query[A] ...` -> (`10.0.0.5`, `query[A] ...`).
fn strip_extra(msg: &str) -> (Option<&str>, &str) {
    let mut parts = msg.splitn(3, ' ');
    if let (Some(serial), Some(addr), Some(rest)) = (parts.next(), parts.next(), parts.next())
        && !serial.is_empty()
        && serial.bytes().all(|b| b.is_ascii_digit())
        && let Some((ip, port)) = addr.rsplit_once('/')
        && port.bytes().all(|b| b.is_ascii_digit())
    {
        return (Some(ip), rest);
    }
    (None, msg)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::{LineParser, ParseOptions};

    fn parse(line: &str) -> Parsed {
        let now = crate::timestamp::rfc3339("2026-11-22T12:00:00Z", "t").unwrap();
        LineParser::new(Format::Dnsmasq, ParseOptions::default().with_now(now))
            .parse(line.as_bytes())
            .unwrap()
    }

    #[test]
    fn extra_query_and_config_block() {
        let q = parse("Nov 22 04:28:12 dnsmasq[9987]: 2 127.0.0.1/49534 query[A] www.xvideos.com from 127.0.0.1").event().unwrap();
        assert_eq!(
            (q.qname.as_deref(), q.qtype.as_deref()),
            (Some("www.xvideos.com"), Some("A"))
        );
        let c = parse(
            "Nov 22 04:28:12 dnsmasq[9987]: 2 127.0.0.1/49534 config www.xvideos.com is 0.0.0.0",
        )
        .event()
        .unwrap();
        assert_eq!((c.blocked, c.dns_step), (Some(true), Some(DnsStep::Local)));
    }

    #[test]
    fn plain_and_pihole() {
        let q = parse("Nov 22 04:28:12 dnsmasq[9987]: query[AAAA] WWW.Example.org from 10.1.2.3")
            .event()
            .unwrap();
        assert_eq!(
            (q.qname.as_deref(), q.client_ip.as_deref()),
            (Some("www.example.org"), Some("10.1.2.3"))
        );
        let g = parse("Nov 22 04:28:12 pihole-FTL[55]: gravity blocked ads.example is 0.0.0.0")
            .event()
            .unwrap();
        assert_eq!((g.blocked, g.dns_step), (Some(true), Some(DnsStep::Policy)));
    }

    #[test]
    fn servfail_and_startup() {
        let e = parse("Nov 22 04:28:12 dnsmasq[9987]: 3 127.0.0.1/55341 reply error is SERVFAIL")
            .event()
            .unwrap();
        assert_eq!((e.qname, e.rcode.as_deref()), (None, Some("SERVFAIL")));
        assert!(matches!(
            parse("Nov 22 04:28:11 dnsmasq[9987]: started, version 2.90 cachesize 150"),
            Parsed::Skipped(_)
        ));
        assert!(matches!(
            parse("Nov 22 04:28:11 dnsmasq[9987]: using nameserver 127.0.0.1#53"),
            Parsed::Skipped(_)
        ));
    }
}
