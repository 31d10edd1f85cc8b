//! Hostile and broken input: every case is malformed with a reason, none panics, and random
//! bytes never panic any parser.

#![allow(clippy::unwrap_used)]

use proptest::prelude::*;
use schemas::{
    Format, LineParser, MAX_LINE_BYTES, Outcome, ParseError, ParseOptions, parse_stream,
};

const ALL: &[Format] = Format::ALL;

fn malformed(format: Format, line: &[u8]) -> ParseError {
    LineParser::new(format, ParseOptions::default())
        .parse(line)
        .expect_err("expected a malformed line")
}

#[test]
fn one_megabyte_line_is_malformed_and_bounded() {
    let mut input =
        b"1795321686.106 11 127.0.0.1 TCP_MISS/200 288 GET http://x.example/?q=".to_vec();
    input.extend(std::iter::repeat_n(b'a', 1 << 20));
    input.extend_from_slice(b" - HIER_NONE/- -\nnext\n");
    let mut parser = LineParser::new(Format::Squid, ParseOptions::default());
    let mut seen = Vec::new();
    let counts = parse_stream(&input[..], &mut parser, |n, o| {
        if let Outcome::Malformed(e, raw) = o {
            assert!(raw.len() <= MAX_LINE_BYTES);
            seen.push((n, e.to_string()));
        }
        Ok(())
    })
    .unwrap();
    assert_eq!(counts.malformed, 2);
    assert!(seen[0].1.contains("longer than the limit"), "{seen:?}");
}

#[test]
fn invalid_utf8_and_nul() {
    for f in ALL {
        assert!(matches!(
            malformed(*f, b"1795321686.106 11 \xff\xfe TCP_MISS/200"),
            ParseError::InvalidUtf8 { at: 18 }
        ));
        assert!(matches!(
            malformed(*f, b"1795321686.106\0 11"),
            ParseError::NulByte { at: 14 }
        ));
    }
}

#[test]
fn truncated_json() {
    for f in [Format::Endpoint, Format::ZeekDns, Format::ZeekHttp] {
        let e = malformed(
            f,
            br#"{"ts": "2026-11-22T09:14:03Z", "device": "d", "event": "text_cap"#,
        );
        assert!(e.to_string().contains("invalid JSON"), "{f}: {e}");
    }
}

#[test]
fn year_99999() {
    let cases: &[(Format, &str)] = &[
        (
            Format::Squid,
            "3093527980800.000 11 127.0.0.1 TCP_MISS/200 288 GET http://x.example/ - HIER_NONE/- -",
        ),
        (
            Format::Endpoint,
            r#"{"ts": "99999-11-22T09:14:03Z", "device": "d", "event": "heartbeat"}"#,
        ),
        (
            Format::Clf,
            r#"1.2.3.4 - - [22/Nov/99999:04:33:15 +0000] "GET / HTTP/1.1" 200 1"#,
        ),
        (
            Format::Bind,
            "22-Nov-99999 04:28:22.961 queries: info: client @0x1 1.2.3.4#1 (a): query: a IN A +",
        ),
        (
            Format::ZeekDns,
            r#"{"ts": 3093527980800.0, "id.orig_h": "1.2.3.4", "query": "x"}"#,
        ),
        (
            Format::E2guardian,
            "\"99999.11.22 04:29:15\",\"u\",\"1.2.3.4\",\"http://x/\",\"-\",\"GET\",\"1\",\"0\",\"-\",\"1\",\"200\"",
        ),
    ];
    for (f, line) in cases {
        let e = malformed(*f, line.as_bytes());
        assert!(e.to_string().contains("timestamp"), "{f}: {e}");
    }
}

#[test]
fn ten_thousand_query_parameters() {
    let line = format!(
        "1795321686.106 11 127.0.0.1 TCP_MISS/200 288 GET http://x.example/?{} - HIER_NONE/- -",
        "a=1&".repeat(10_000)
    );
    assert_eq!(
        malformed(Format::Squid, line.as_bytes()).to_string(),
        "URL has more than 1000 query parameters"
    );
}

#[test]
fn garbage_under_auto_is_unrecognised() {
    assert_eq!(
        malformed(Format::Auto, b"hello world, not a log").to_string(),
        "no known log format recognises this line"
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        for f in ALL {
            let _ = LineParser::new(*f, ParseOptions::default()).parse(&bytes);
        }
    }

    /// Random mutations of real lines reach deeper into each parser than random bytes do.
    #[test]
    fn mutated_sample_lines_never_panic(idx in 0usize..SEEDS.len(), cut in 0usize..300, junk in "[ -~\t\"\\[\\]{}:/#@.]{0,20}") {
        let seed = SEEDS[idx];
        let cut = seed.char_indices().map(|(i, _)| i).nth(cut).unwrap_or(seed.len());
        let line = format!("{}{}{}", &seed[..cut], junk, &seed[cut..]);
        for f in ALL {
            let _ = LineParser::new(*f, ParseOptions::default()).parse(line.as_bytes());
        }
        let truncated = &seed[..cut];
        for f in ALL {
            let _ = LineParser::new(*f, ParseOptions::default()).parse(truncated.as_bytes());
        }
    }
}

const SEEDS: &[&str] = &[
    "1795321686.106     11 127.0.0.1 TCP_MISS/200 288 GET http://www.google.com/search?q=how+to+join+isis&hl=en-GB jsmith HIER_DIRECT/127.0.0.1 text/html",
    r#"1795321995.947      7 127.0.0.1 - TCP_TUNNEL/500 1857 CONNECT 127.0.0.1:443 127.0.0.1 - "-" "-" 127.0.0.1 sni=discord.com bump=splice"#,
    r#"127.0.0.1 - jsmith [22/Nov/2026:04:28:06 +0000] "GET http://www.bing.com/search?q=x HTTP/1.1" 200 288 "-" "Mozilla/5.0" TCP_MISS:HIER_DIRECT"#,
    r#""2026.11.22 04:29:15","jsmith","127.0.0.1","http://x/?q=a","-","GET","15","0","-","1","200","-","127.0.0.1","g","UA","-","-","-","-""#,
    "1795321780.368\t\tjsmith\t127.0.0.1\t127.0.0.1\thttp://x/\tGET\t200\t15\t-\tUA\t-\t7\t-\t0\t-\t0\t-\tg\t1",
    "2026.11.22 04:29:07 jsmith 127.0.0.1 http://x/ - GET 15 0 - 1 200 - 127.0.0.1 g UA - - -",
    "2026-11-22 04:29:53 [15892] Request(students/gambling/-) https://www.bet365.com:443 127.0.0.1/- student042 CONNECT REDIRECT",
    "Nov 22 04:27:16 unbound[7862:0] info: doubleclick.net. always_nxdomain 127.0.0.1@49329 ads.doubleclick.net. A IN",
    "Nov 22 04:27:16 unbound[7862:0] error: SERVFAIL <torproject.org. A IN>: failed to get a delegation",
    "Nov 22 04:28:12 dnsmasq[9987]: 1 127.0.0.1/36875 query[A] www.google.com from 127.0.0.1",
    "22-Nov-2026 04:28:31.561 rpz: info: client @0x7f4f44afa098 127.0.0.1#34182 (pornhub.com): rpz QNAME NXDOMAIN rewrite pornhub.com/A/IN via x",
    r#"{"ts": 1793015361.0, "id.orig_h": "10.12.138.90", "query": "www.youporn.com", "qtype_name": "A", "rcode_name": "NOERROR"}"#,
    r#"{"ts": "2026-11-22T09:14:03.512Z", "device": "LAB-PC-07", "event": "text_capture", "text": "how to tie a noose"}"#,
    r#"{"message":"Nov 22 04:27:16 unbound[7862:0] info: 127.0.0.1 www.google.com. A IN", "source":"unbound"}"#,
    "<30>1 2026-11-22T04:28:12.123Z dns1 unbound 7862 - - [7862:0] info: 127.0.0.1 a.example. A IN",
    "1793015361.5\tCabc\t10.1.1.1\t53\t10.0.0.53\t53\tudp\t1\t-\tbet365.com\t1\tC_INTERNET\t1\tA\t0\tNOERROR\tF\tF\tT\tT\t0\t-\t-\tF",
];
