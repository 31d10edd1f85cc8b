//! Reading input line by line with a bound on memory.
//!
//! `BufRead::read_until` grows its buffer to the length of the longest line, so one hostile
//! multi-gigabyte "line" would take the process down. [`LineReader`] keeps at most
//! [`MAX_LINE_BYTES`] of a line and reports how long the line really was, so the caller can
//! count it as malformed and carry on.

use std::io::{self, BufRead};

/// The longest line accepted. Real proxy lines with long URLs stay well under 16 KiB (Squid's
/// own URL limit is 8 KiB); 64 KiB leaves room for typed text and JSON envelopes.
pub const MAX_LINE_BYTES: usize = 64 * 1024;

/// One line, without its terminator (`\n` or `\r\n`).
#[derive(Debug)]
pub struct Line<'a> {
    /// 1-based line number within the input.
    pub number: u64,
    /// The bytes of the line, or of its first [`MAX_LINE_BYTES`] bytes if it was longer.
    pub bytes: &'a [u8],
    /// The full length when the line was longer than the limit.
    pub overlong: Option<usize>,
}

/// A bounded line reader over any `BufRead`.
pub struct LineReader<R> {
    inner: R,
    buf: Vec<u8>,
    limit: usize,
    number: u64,
}

impl<R: BufRead> LineReader<R> {
    pub fn new(inner: R) -> Self {
        Self::with_limit(inner, MAX_LINE_BYTES)
    }

    pub fn with_limit(inner: R, limit: usize) -> Self {
        LineReader {
            inner,
            buf: Vec::with_capacity(1024),
            limit,
            number: 0,
        }
    }

    /// The next line, or `None` at the end of the input.
    pub fn next_line(&mut self) -> io::Result<Option<Line<'_>>> {
        self.buf.clear();
        let mut total = 0usize;
        let mut saw_any = false;
        loop {
            let chunk = match self.inner.fill_buf() {
                Ok(c) => c,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if chunk.is_empty() {
                if !saw_any {
                    return Ok(None);
                }
                break;
            }
            saw_any = true;
            let (take, done) = match memchr::memchr(b'\n', chunk) {
                Some(i) => (i, true),
                None => (chunk.len(), false),
            };
            let room = (self.limit + 1).saturating_sub(self.buf.len());
            self.buf.extend_from_slice(&chunk[..take.min(room)]);
            total += take;
            self.inner.consume(if done { take + 1 } else { take });
            if done {
                break;
            }
        }
        self.number += 1;
        if total <= self.limit && self.buf.last() == Some(&b'\r') {
            self.buf.pop();
            total -= 1;
        }
        let overlong = (total > self.limit).then_some(total);
        self.buf.truncate(self.limit);
        Ok(Some(Line {
            number: self.number,
            bytes: &self.buf,
            overlong,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collect(input: &[u8], limit: usize) -> Vec<(u64, Vec<u8>, Option<usize>)> {
        let mut r = LineReader::with_limit(input, limit);
        let mut out = Vec::new();
        while let Some(l) = r.next_line().unwrap() {
            out.push((l.number, l.bytes.to_vec(), l.overlong));
        }
        out
    }

    #[test]
    fn splits_and_strips_crlf() {
        let got = collect(b"a\r\nbb\n\nccc", 10);
        assert_eq!(
            got,
            vec![
                (1, b"a".to_vec(), None),
                (2, b"bb".to_vec(), None),
                (3, vec![], None),
                (4, b"ccc".to_vec(), None)
            ]
        );
    }

    #[test]
    fn overlong_line_is_bounded_and_reported() {
        let mut input = vec![b'x'; 1_000_000];
        input.extend_from_slice(b"\nok\n");
        let got = collect(&input, 100);
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].1.len(), 100);
        assert_eq!(got[0].2, Some(1_000_000));
        assert_eq!(got[1], (2, b"ok".to_vec(), None));
    }
}
