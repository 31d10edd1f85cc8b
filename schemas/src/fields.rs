//! Small tokenisers shared by the parsers.

/// Splits a log line on runs of spaces, keeping `"quoted strings"` (with `\"` escapes) and
/// `[bracketed times]` as one token each, quotes and brackets removed. This is the lexical
/// structure of Squid's native and custom formats and of Apache/nginx-style logs.
pub(crate) struct Tokens<'a> {
    rest: &'a str,
}

impl<'a> Tokens<'a> {
    pub(crate) fn new(line: &'a str) -> Self {
        Tokens { rest: line }
    }

    /// What has not been tokenised yet, leading spaces removed.
    pub(crate) fn rest(&self) -> &'a str {
        self.rest.trim_start_matches(' ')
    }
}

impl<'a> Iterator for Tokens<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        // Byte scans: spaces and tabs are ASCII, and a char-set pattern costs a call per byte.
        let lead = self
            .rest
            .bytes()
            .take_while(|b| matches!(b, b' ' | b'\t'))
            .count();
        let s = &self.rest[lead..];
        if s.is_empty() {
            self.rest = s;
            return None;
        }
        let (close, skip) = match s.as_bytes()[0] {
            b'"' => (Some(b'"'), 1),
            b'[' => (Some(b']'), 1),
            _ => (None, 0),
        };
        match close {
            Some(close) => {
                let body = &s[skip..];
                let bytes = body.as_bytes();
                let mut i = 0;
                while i < bytes.len() {
                    if bytes[i] == b'\\' && close == b'"' {
                        i += 2;
                        continue;
                    }
                    if bytes[i] == close {
                        break;
                    }
                    i += 1;
                }
                let end = i.min(bytes.len());
                self.rest = body.get(end + 1..).unwrap_or("");
                Some(&body[..end])
            }
            None => {
                let end = memchr::memchr2(b' ', b'\t', s.as_bytes()).unwrap_or(s.len());
                self.rest = &s[end..];
                Some(&s[..end])
            }
        }
    }
}

/// `-` and the empty string mean "not logged".
pub(crate) fn opt(s: &str) -> Option<&str> {
    match s {
        "" | "-" => None,
        _ => Some(s),
    }
}

pub(crate) fn opt_owned(s: &str) -> Option<String> {
    opt(s).map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_and_bracketed() {
        let t: Vec<_> = Tokens::new(
            r#"1.2.3.4 - bob [22/Nov/2026:04:33:15 +0000] "GET / HTTP/1.1" 200 "a \"q\" b""#,
        )
        .collect();
        assert_eq!(
            t,
            vec![
                "1.2.3.4",
                "-",
                "bob",
                "22/Nov/2026:04:33:15 +0000",
                "GET / HTTP/1.1",
                "200",
                r#"a \"q\" b"#
            ]
        );
    }

    #[test]
    fn unterminated_quote_takes_the_rest() {
        let t: Vec<_> = Tokens::new(r#"a "bc d"#).collect();
        assert_eq!(t, vec!["a", "bc d"]);
    }
}
