//! Unbound with `log-queries`, `log-replies`, `log-local-actions` and `log-servfail`.
//!
//! After the time and `unbound[pid:tid]` (or, through syslog, `[pid:tid]`), a level and:
//! - query:        `127.0.0.1 www.google.com. A IN`
//! - reply:        `127.0.0.1 www.google.com. A IN NOERROR 0.000000 1 59`
//! - local action: `doubleclick.net. always_nxdomain 127.0.0.1@49329 ads.doubleclick.net. A IN`
//! - servfail:     `error: SERVFAIL <torproject.org. A IN>: failed to get a delegation`
//!
//! With `log-tag-queryreply` the first two carry `query:`/`reply:` tags. Everything else
//! (start-up notices, statistics, other errors) is not a record.

use crate::error::ParseError;
use crate::event::{DnsStep, Event, Format, Source};
use crate::parse::{Context, Parsed, dns_name, num};

const F: &str = "unbound";

/// Local-zone actions that stop the name resolving: a filter's block.
const BLOCKING: &[&str] = &[
    "deny",
    "refuse",
    "always_nxdomain",
    "always_refuse",
    "always_null",
    "always_nodata",
    "inform_deny",
    "always_deny",
];

pub(crate) fn parse(msg: &str, ctx: &Context<'_>) -> Result<Parsed, ParseError> {
    let ts = ctx.header_ts(F)?;
    let mut body = msg.trim_start();
    // Through syslog the thread id stays in the message: `[7862:0] info: ...`.
    if body.starts_with('[') {
        body = body.split_once("] ").map(|(_, b)| b).unwrap_or(body);
    }
    // Relayed by a second syslog hop, unbound's own line keeps its time and program in the
    // message: `Nov  7 14:13:45 unbound[7769:0] info: ...`.
    if let Some(at) = body.find(" unbound[").filter(|at| *at <= 32) {
        body = body[at..].split_once("] ").map(|(_, b)| b).unwrap_or(body);
    }
    let (level, body) = body
        .split_once(": ")
        .ok_or(ParseError::shape(F, "no log level"))?;
    let body = body
        .strip_prefix("query: ")
        .or_else(|| body.strip_prefix("reply: "))
        .unwrap_or(body);
    let tok: Vec<&str> = body.split(' ').collect();

    let mut ev = Event::new(ts, Format::Unbound, Source::Dns);
    match level {
        "info"
            if (tok.len() == 4 || tok.len() == 8)
                && is_rr_class(tok[3])
                && tok[1].ends_with('.') =>
        {
            ev.client_ip = Some(tok[0].to_owned());
            ev.qname = Some(dns_name(tok[1]));
            ev.qtype = Some(tok[2].to_owned());
            if tok.len() == 8 {
                ev.dns_step = Some(DnsStep::Reply);
                ev.rcode = Some(tok[4].to_owned());
                ev.elapsed_ms = tok[5]
                    .parse::<f64>()
                    .ok()
                    .map(|s| (s * 1000.0).round() as u64);
                ev.bytes = num(tok[7], F, "reply size")?;
            } else {
                ev.dns_step = Some(DnsStep::Query);
            }
        }
        "info" if tok.len() == 6 && tok[2].contains('@') && is_rr_class(tok[5]) => {
            let action = tok[1];
            let blocked = BLOCKING.contains(&action);
            ev.client_ip = tok[2].rsplit_once('@').map(|(ip, _)| ip.to_owned());
            ev.qname = Some(dns_name(tok[3]));
            ev.qtype = Some(tok[4].to_owned());
            ev.dns_step = Some(if blocked {
                DnsStep::Policy
            } else {
                DnsStep::Local
            });
            ev.verdict = Some(format!("{action} {}", tok[0]));
            ev.blocked = Some(blocked);
        }
        "error" | "info" if body.starts_with("SERVFAIL <") => {
            let inner = body["SERVFAIL <".len()..]
                .split_once('>')
                .map(|(q, _)| q)
                .ok_or(ParseError::shape(F, "unterminated SERVFAIL <...>"))?;
            let mut q = inner.split(' ');
            ev.qname = q.next().map(dns_name);
            ev.qtype = q.next().map(str::to_owned);
            ev.rcode = Some("SERVFAIL".to_owned());
            ev.dns_step = Some(DnsStep::Failure);
        }
        _ => return Ok(Parsed::Skipped("unbound operational message")),
    }
    Ok(Parsed::Event(Box::new(ev)))
}

fn is_rr_class(s: &str) -> bool {
    matches!(s, "IN" | "CH" | "HS" | "ANY" | "CLASS0") || s.starts_with("CLASS")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::{LineParser, ParseOptions};

    fn parse(line: &str) -> Parsed {
        let now = crate::timestamp::rfc3339("2026-11-22T12:00:00Z", "t").unwrap();
        LineParser::new(Format::Unbound, ParseOptions::default().with_now(now))
            .parse(line.as_bytes())
            .unwrap()
    }

    #[test]
    fn query_reply_and_action() {
        let q = parse("Nov 22 04:27:16 unbound[7862:0] info: 127.0.0.1 www.google.com. A IN")
            .event()
            .unwrap();
        assert_eq!(
            (q.qname.as_deref(), q.qtype.as_deref(), q.dns_step),
            (Some("www.google.com"), Some("A"), Some(DnsStep::Query))
        );
        let r = parse("Nov 22 04:27:16 unbound[7862:0] info: 127.0.0.1 ads.doubleclick.net. A IN NXDOMAIN 0.000000 1 48").event().unwrap();
        assert_eq!(r.rcode.as_deref(), Some("NXDOMAIN"));
        let a = parse("Nov 22 04:27:16 unbound[7862:0] info: doubleclick.net. always_nxdomain 127.0.0.1@49329 ads.doubleclick.net. A IN").event().unwrap();
        assert_eq!(a.blocked, Some(true));
        assert_eq!(a.qname.as_deref(), Some("ads.doubleclick.net"));
        assert_eq!(a.client_ip.as_deref(), Some("127.0.0.1"));
    }

    #[test]
    fn epoch_prefix_and_syslog() {
        let q = parse("[1795321636] unbound[7862:0] info: 10.0.0.9 example.org. AAAA IN")
            .event()
            .unwrap();
        assert_eq!(q.ts.timestamp(), 1_795_321_636);
        let q =
            parse("<30>Nov 22 04:27:16 dns1 unbound: [7862:0] info: 10.0.0.9 example.org. AAAA IN")
                .event()
                .unwrap();
        assert_eq!(q.qname.as_deref(), Some("example.org"));
        // A second syslog hop: the relay's header, then unbound's own time and program.
        let r = parse("<182>Nov  7 14:13:46 dns01 unbound: Nov  7 14:13:45 unbound[7769:0] info: 10.22.149.15 www.example.ac.uk. HTTPS IN NOERROR 0.066055 0 179").event().unwrap();
        assert_eq!(
            (r.qname.as_deref(), r.client_ip.as_deref(), r.dns_step),
            (
                Some("www.example.ac.uk"),
                Some("10.22.149.15"),
                Some(DnsStep::Reply)
            )
        );
    }

    #[test]
    fn notices_are_skipped() {
        assert!(matches!(
            parse("Nov 22 04:27:13 unbound[7862:0] notice: init module 0: iterator"),
            Parsed::Skipped(_)
        ));
        assert!(matches!(
            parse("Nov 22 04:27:13 unbound[7862:0] info: start of service (unbound 1.17.1)."),
            Parsed::Skipped(_)
        ));
    }
}
