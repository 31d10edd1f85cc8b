//! Every record line of every real sample (../shared/samples, copied into fixtures/) parses
//! with its own format and with `auto`, with no malformed line, and the fields come out right.

#![allow(clippy::unwrap_used)]

use std::path::PathBuf;

use schemas::{
    DnsStep, Event, Format, LineParser, Outcome, ParseCounts, ParseOptions, parse_stream,
};

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn opts() -> ParseOptions {
    let now = chrono::DateTime::parse_from_rfc3339("2026-11-22T12:00:00Z")
        .unwrap()
        .to_utc();
    ParseOptions::default().with_now(now)
}

/// Parse a fixture with `format`; returns the events and the counts.
fn parse_file(name: &str, format: Format) -> (Vec<Event>, ParseCounts, Vec<String>) {
    let data = std::fs::read(fixture(name)).unwrap();
    let mut parser = LineParser::new(format, opts());
    let mut events = Vec::new();
    let mut errors = Vec::new();
    let counts = parse_stream(&data[..], &mut parser, |n, o| {
        match o {
            Outcome::Event(e) => events.push(*e),
            Outcome::Skipped(_) => {}
            Outcome::Malformed(e, _) => errors.push(format!("{name}:{n}: {e}")),
        }
        Ok(())
    })
    .unwrap();
    (events, counts, errors)
}

/// (file, format, records, skipped)
const SAMPLES: &[(&str, Format, u64, u64)] = &[
    ("samples/squid_native_full.log", Format::Squid, 6, 0),
    (
        "samples/squid_native_default_strip_query_terms.log",
        Format::Squid,
        15,
        0,
    ),
    ("samples/run2_access.log", Format::Squid, 49, 0),
    ("samples/access_custom.log", Format::Squid, 6, 0),
    (
        "samples/squid_sslbump_peek_splice_custom.log",
        Format::Squid,
        6,
        0,
    ),
    ("samples/run2_access_custom.log", Format::Squid, 49, 0),
    ("samples/access_fmt3.log", Format::Squid, 8, 0),
    ("samples/access_common.log", Format::Clf, 6, 0),
    ("samples/access_combined.log", Format::Clf, 6, 0),
    ("samples/run2_access_common.log", Format::Clf, 49, 0),
    ("samples/run2_access_combined.log", Format::Clf, 49, 0),
    ("samples/access_fmt1.log", Format::E2guardian, 8, 0),
    ("samples/access_fmt2.log", Format::E2guardian, 8, 0),
    ("samples/access_fmt4.log", Format::E2guardian, 8, 0),
    ("samples/access_fmt6.log", Format::E2guardian, 8, 0),
    ("samples/squidguard/gambling.log", Format::SquidGuard, 1, 0),
    ("samples/squidguard/porn.log", Format::SquidGuard, 1, 0),
    ("samples/squidguard/vpn.log", Format::SquidGuard, 1, 0),
    (
        "samples/squidguard/squidGuard.log",
        Format::SquidGuard,
        0,
        3,
    ),
    ("samples/unbound.log", Format::Unbound, 374, 2),
    (
        "samples/rsyslog_envelope_sample.jsonl",
        Format::Unbound,
        3,
        2,
    ),
    ("samples/dnsmasq.log", Format::Dnsmasq, 13, 4),
    ("samples/bind_query.log", Format::Bind, 9, 0),
    ("samples/bind_rpz.log", Format::Bind, 2, 0),
];

#[test]
fn every_sample_parses_with_its_format_and_with_auto() {
    for &(name, format, records, skipped) in SAMPLES {
        for f in [format, Format::Auto] {
            let (events, counts, errors) = parse_file(name, f);
            assert!(errors.is_empty(), "{name} as {f}: {errors:?}");
            assert_eq!(
                (counts.parsed, counts.skipped),
                (records, skipped),
                "{name} as {f}"
            );
            for ev in &events {
                assert_eq!(
                    ev.format, format,
                    "{name}: auto chose {} for a line",
                    ev.format
                );
            }
        }
    }
}

#[test]
fn every_dev_corpus_line_parses_with_its_format_and_with_auto() {
    let text = std::fs::read_to_string(fixture("dev.jsonl")).unwrap();
    let mut n = 0;
    for item in text.lines() {
        let item: serde_json::Value = serde_json::from_str(item).unwrap();
        let format: Format = item["format"].as_str().unwrap().parse().unwrap();
        let lines: Vec<&str> = match item.get("lines") {
            Some(ls) => ls
                .as_array()
                .unwrap()
                .iter()
                .map(|l| l.as_str().unwrap())
                .collect(),
            None => vec![item["line"].as_str().unwrap()],
        };
        for line in lines {
            for f in [format, Format::Auto] {
                let ev = LineParser::new(f, opts())
                    .parse(line.as_bytes())
                    .unwrap_or_else(|e| panic!("{} as {f}: {e}: {line}", item["id"]))
                    .event()
                    .unwrap_or_else(|| panic!("{} as {f} was skipped", item["id"]));
                assert_eq!(ev.format, format, "{}", item["id"]);
                n += 1;
            }
        }
    }
    assert!(n >= 100, "only {n} lines checked");
}

fn find(events: &[Event], pred: impl Fn(&Event) -> bool) -> &Event {
    events.iter().find(|e| pred(e)).expect("no such event")
}

#[test]
fn google_search_query_and_authenticated_user() {
    for (name, format) in [
        ("samples/run2_access.log", Format::Squid),
        ("samples/run2_access_custom.log", Format::Squid),
        ("samples/run2_access_combined.log", Format::Clf),
        ("samples/run2_access_common.log", Format::Clf),
    ] {
        let (events, ..) = parse_file(name, format);
        let ev = find(&events, |e| e.host.as_deref() == Some("www.google.com"));
        assert_eq!(ev.search.as_deref(), Some("how to join isis"), "{name}");
        assert_eq!(
            ev.query.as_deref(),
            Some("q=how+to+join+isis&hl=en-GB"),
            "{name}"
        );
        assert_eq!(ev.user.as_deref(), Some("jsmith"), "{name}");
        assert_eq!(ev.client_ip.as_deref(), Some("127.0.0.1"), "{name}");
        let wiki = find(&events, |e| e.host.as_deref() == Some("en.wikipedia.org"));
        assert_eq!(wiki.search.as_deref(), Some("Christchurch manifesto"));
        let tiktok = find(&events, |e| e.host.as_deref() == Some("www.tiktok.com"));
        assert_eq!(tiktok.search.as_deref(), Some("blackout challenge"));
        let yahoo = find(&events, |e| {
            e.host.as_deref() == Some("uk.search.yahoo.com")
        });
        assert_eq!(
            (yahoo.search.as_deref(), yahoo.status),
            (Some("online casino no id"), Some(502))
        );
    }
}

#[test]
fn stripped_query_terms_leave_an_empty_query_and_no_search() {
    let (events, ..) = parse_file(
        "samples/squid_native_default_strip_query_terms.log",
        Format::Squid,
    );
    let ev = find(&events, |e| e.host.as_deref() == Some("www.google.com"));
    assert_eq!(
        (
            ev.query.as_deref(),
            ev.search.as_deref(),
            ev.path.as_deref()
        ),
        (Some(""), None, Some("/search"))
    );
    assert_eq!(ev.user, None);
}

#[test]
fn sni_of_a_spliced_tunnel() {
    let (events, ..) = parse_file(
        "samples/squid_sslbump_peek_splice_custom.log",
        Format::Squid,
    );
    let snis: Vec<_> = events.iter().map(|e| e.sni.as_deref().unwrap()).collect();
    assert_eq!(
        snis,
        [
            "www.google.com",
            "www.google.com",
            "discord.com",
            "discord.com",
            "www.pornhub.com",
            "www.pornhub.com"
        ]
    );
    let tunnel = &events[5];
    assert_eq!(
        (
            tunnel.method.as_deref(),
            tunnel.host.as_deref(),
            tunnel.port
        ),
        (Some("CONNECT"), Some("127.0.0.1"), Some(443))
    );
    assert_eq!(
        (tunnel.verdict.as_deref(), tunnel.status, tunnel.bytes),
        (Some("TCP_TUNNEL"), Some(500), Some(1857))
    );
    assert_eq!(events[0].user_agent.as_deref(), Some("curl/7.88.1"));
}

#[test]
fn dns_query_names_and_types() {
    let (events, ..) = parse_file("samples/unbound.log", Format::Unbound);
    let q = &events[0];
    assert_eq!(
        (q.qname.as_deref(), q.qtype.as_deref(), q.dns_step),
        (Some("www.google.com"), Some("A"), Some(DnsStep::Query))
    );
    assert_eq!(q.ts.to_rfc3339(), "2026-11-22T04:27:16+00:00");
    let https = find(&events, |e| {
        e.qname.as_deref() == Some("www.bbc.co.uk") && e.qtype.as_deref() == Some("HTTPS")
    });
    assert_eq!(https.client_ip.as_deref(), Some("127.0.0.1"));
    let fail = find(&events, |e| e.dns_step == Some(DnsStep::Failure));
    assert_eq!(
        (fail.qname.as_deref(), fail.rcode.as_deref()),
        (Some("torproject.org"), Some("SERVFAIL"))
    );

    let (events, ..) = parse_file("samples/dnsmasq.log", Format::Dnsmasq);
    let q = find(&events, |e| e.qtype.as_deref() == Some("AAAA"));
    assert_eq!(q.qname.as_deref(), Some("www.youtube.com"));
    let blocked = find(&events, |e| {
        e.qname.as_deref() == Some("unblock.blocked-proxy.example")
            && e.dns_step == Some(DnsStep::Local)
    });
    assert_eq!(blocked.blocked, Some(true));

    let (events, ..) = parse_file("samples/bind_query.log", Format::Bind);
    assert_eq!(events[1].qname.as_deref(), Some("pornhub.com"));
    assert_eq!(events[1].qtype.as_deref(), Some("A"));
    assert_eq!(events[1].ts.to_rfc3339(), "2026-11-22T04:28:23.001+00:00");

    let (events, ..) = parse_file("samples/bind_rpz.log", Format::Bind);
    assert_eq!(
        (events[1].qname.as_deref(), events[1].blocked),
        (Some("www.bet365.com"), Some(true))
    );
}

#[test]
fn e2guardian_formats_agree() {
    let mut per_format = Vec::new();
    for name in [
        "samples/access_fmt1.log",
        "samples/access_fmt2.log",
        "samples/access_fmt4.log",
        "samples/access_fmt6.log",
    ] {
        let (events, ..) = parse_file(name, Format::E2guardian);
        let view: Vec<_> = events
            .iter()
            .map(|e| {
                (
                    e.user.clone(),
                    e.host.clone(),
                    e.search.clone(),
                    e.status,
                    e.blocked,
                    e.method.clone(),
                )
            })
            .collect();
        per_format.push(view);
    }
    for other in &per_format[1..] {
        assert_eq!(&per_format[0], other);
    }
    let pipe_bomb = &per_format[0][0];
    assert_eq!(pipe_bomb.2.as_deref(), Some("how to make a pipe bomb"));
    let tor = &per_format[0][6];
    assert_eq!(
        (tor.1.as_deref(), tor.4),
        (Some("www.torproject.org"), Some(true))
    );
}

#[test]
fn squidguard_category_and_user() {
    let (events, ..) = parse_file("samples/squidguard/gambling.log", Format::SquidGuard);
    let ev = &events[0];
    assert_eq!(
        (
            ev.user.as_deref(),
            ev.filter_category.as_deref(),
            ev.blocked
        ),
        (Some("student042"), Some("gambling"), Some(true))
    );
    assert_eq!(ev.host.as_deref(), Some("www.bet365.com"));
}

#[test]
fn rsyslog_envelope_unwraps_to_unbound() {
    let (events, ..) = parse_file("samples/rsyslog_envelope_sample.jsonl", Format::Auto);
    assert_eq!(events[0].qname.as_deref(), Some("www.google.com"));
    assert_eq!(events[0].format, Format::Unbound);
}
