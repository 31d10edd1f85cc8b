//! The timestamp shapes of the supported logs, all turned into UTC.
//!
//! Logs that write local wall-clock time (BIND, e2guardian, squidGuard, syslog-style prefixes)
//! are read in the configured time zone; ones without a year take it from the clock, stepping
//! back a year for a December line read in January. Anything outside [`MIN_YEAR`]..=[`MAX_YEAR`]
//! is refused: a log line from year 99999 is corruption or an attack, not history.

use chrono::{DateTime, Datelike, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

use crate::error::{ParseError, Snippet};

pub const MIN_YEAR: i32 = 1970;
pub const MAX_YEAR: i32 = 2100;

/// Reject instants outside the accepted years.
pub(crate) fn in_range(
    ts: DateTime<Utc>,
    format: &'static str,
    raw: &str,
) -> Result<DateTime<Utc>, ParseError> {
    if (MIN_YEAR..=MAX_YEAR).contains(&ts.year()) {
        Ok(ts)
    } else {
        Err(out_of_range(format, raw))
    }
}

fn out_of_range(format: &'static str, raw: &str) -> ParseError {
    ParseError::TimeOutOfRange {
        format,
        value: Snippet::new(raw),
        min: MIN_YEAR,
        max: MAX_YEAR,
    }
}

/// Unix seconds with an optional fraction: `1795321995.845` (Squid, e2guardian 6, Zeek TSV).
pub(crate) fn epoch(raw: &str, format: &'static str) -> Result<DateTime<Utc>, ParseError> {
    let (secs, frac) = raw.split_once('.').unwrap_or((raw, ""));
    let bad = || ParseError::bad(format, "timestamp", raw);
    if secs.is_empty() || secs.len() > 15 || !secs.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    if frac.len() > 9 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    let secs: i64 = secs.parse().map_err(|_| bad())?;
    let mut micros: i64 = 0;
    for (i, b) in frac.bytes().take(6).enumerate() {
        micros += i64::from(b - b'0') * 10_i64.pow(5 - i as u32);
    }
    let ts = DateTime::from_timestamp(secs, (micros * 1000) as u32)
        .ok_or_else(|| out_of_range(format, raw))?;
    in_range(ts, format, raw)
}

/// Floating-point Unix seconds from JSON (Zeek).
pub(crate) fn epoch_f64(value: f64, format: &'static str) -> Result<DateTime<Utc>, ParseError> {
    let raw = || value.to_string();
    if !value.is_finite() || !(0.0..=4.2e9).contains(&value) {
        return Err(out_of_range(format, &raw()));
    }
    let micros = (value * 1e6).round() as i64;
    let ts = DateTime::from_timestamp_micros(micros).ok_or_else(|| out_of_range(format, &raw()))?;
    in_range(ts, format, &raw())
}

/// RFC 3339 / ISO 8601 with an offset (endpoint events, Zeek ISO mode, RFC 5424).
pub(crate) fn rfc3339(raw: &str, format: &'static str) -> Result<DateTime<Utc>, ParseError> {
    let ts = DateTime::parse_from_rfc3339(raw)
        .map_err(|_| ParseError::bad(format, "timestamp", raw))?
        .with_timezone(&Utc);
    in_range(ts, format, raw)
}

/// A wall-clock time in `tz` to UTC. In the autumn hour that happens twice the earlier instant
/// is taken; a time in the spring gap (which no clock showed) is read as the hour before.
pub(crate) fn local(
    naive: NaiveDateTime,
    tz: Tz,
    format: &'static str,
    raw: &str,
) -> Result<DateTime<Utc>, ParseError> {
    let ts = match tz.from_local_datetime(&naive) {
        LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => t.with_timezone(&Utc),
        LocalResult::None => match tz.from_local_datetime(&(naive - chrono::Duration::hours(1))) {
            LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => {
                t.with_timezone(&Utc) + chrono::Duration::hours(1)
            }
            LocalResult::None => return Err(ParseError::bad(format, "timestamp", raw)),
        },
    };
    in_range(ts, format, raw)
}

/// Parse `raw` with a chrono format string as local time in `tz`.
pub(crate) fn local_fmt(
    raw: &str,
    fmt: &str,
    tz: Tz,
    format: &'static str,
) -> Result<DateTime<Utc>, ParseError> {
    let naive = NaiveDateTime::parse_from_str(raw, fmt)
        .map_err(|_| ParseError::bad(format, "timestamp", raw))?;
    local(naive, tz, format, raw)
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

pub(crate) fn month(name: &str) -> Option<u32> {
    MONTHS
        .iter()
        .position(|m| m.eq_ignore_ascii_case(name))
        .map(|i| i as u32 + 1)
}

/// The year for a date logged without one: this year, unless that puts it more than a day in
/// the future (a December line read in January), in which case last year.
pub fn infer_year(month: u32, day: u32, now: DateTime<Utc>, tz: Tz) -> i32 {
    let today = now.with_timezone(&tz).date_naive();
    let year = today.year();
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(date) if date > today + chrono::Duration::days(1) => year - 1,
        _ => year,
    }
}

/// The length of a BSD syslog timestamp (`Nov 22 04:27:13`, `Nov  2 04:27:13`) at the start of
/// `line`, or `None` when the line does not start with one.
pub(crate) fn bsd_prefix_len(line: &str) -> Option<usize> {
    let b = line.as_bytes();
    if b.len() < 16
        || b[3] != b' '
        || b[6] != b' '
        || b[9] != b':'
        || b[12] != b':'
        || b[15] != b' '
    {
        return None;
    }
    month(&line[..3])?;
    let day_ok = (b[4] == b' ' || b[4].is_ascii_digit()) && b[5].is_ascii_digit();
    let time_ok = [7, 8, 10, 11, 13, 14]
        .iter()
        .all(|&i| b[i].is_ascii_digit());
    (day_ok && time_ok).then_some(15)
}

/// Parse a BSD syslog timestamp found by [`bsd_prefix_len`].
pub(crate) fn bsd(
    raw: &str,
    now: DateTime<Utc>,
    tz: Tz,
    format: &'static str,
) -> Result<DateTime<Utc>, ParseError> {
    let bad = || ParseError::bad(format, "timestamp", raw);
    let mon = month(raw.get(..3).ok_or_else(bad)?).ok_or_else(bad)?;
    let day: u32 = raw
        .get(4..6)
        .ok_or_else(bad)?
        .trim()
        .parse()
        .map_err(|_| bad())?;
    let time = NaiveTime::parse_from_str(raw.get(7..15).ok_or_else(bad)?, "%H:%M:%S")
        .map_err(|_| bad())?;
    let year = infer_year(mon, day, now, tz);
    let date = NaiveDate::from_ymd_opt(year, mon, day).ok_or_else(bad)?;
    local(date.and_time(time), tz, format, raw)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_fractions() {
        let t = epoch("1795321995.845", "squid").unwrap();
        assert_eq!(t.timestamp_micros(), 1_795_321_995_845_000);
        let t = epoch("1795321995", "squid").unwrap();
        assert_eq!(t.timestamp(), 1_795_321_995);
    }

    #[test]
    fn year_99999_is_refused() {
        // 99999-01-01 is about 3.09e12 seconds after the epoch.
        assert!(matches!(
            epoch("3093527980800.000", "squid"),
            Err(ParseError::TimeOutOfRange { .. })
        ));
        assert!(matches!(
            rfc3339("99999-01-01T00:00:00Z", "endpoint"),
            Err(ParseError::BadField { .. })
        ));
        assert!(matches!(
            epoch_f64(3.09e12, "zeek-dns"),
            Err(ParseError::TimeOutOfRange { .. })
        ));
    }

    #[test]
    fn december_line_read_in_january_is_last_year() {
        let now = rfc3339("2027-01-02T10:00:00Z", "t").unwrap();
        assert_eq!(infer_year(12, 31, now, Tz::UTC), 2026);
        assert_eq!(infer_year(1, 2, now, Tz::UTC), 2027);
    }

    #[test]
    fn london_summer_time() {
        let naive =
            NaiveDateTime::parse_from_str("2026-07-01 12:00:00", "%Y-%m-%d %H:%M:%S").unwrap();
        let t = local(naive, Tz::Europe__London, "t", "").unwrap();
        assert_eq!(t.to_rfc3339(), "2026-07-01T11:00:00+00:00");
    }

    #[test]
    fn bsd_prefix() {
        assert_eq!(
            bsd_prefix_len("Nov 22 04:27:13 unbound[1:0] info: x"),
            Some(15)
        );
        assert_eq!(bsd_prefix_len("Nov  2 04:27:13 x"), Some(15));
        assert_eq!(bsd_prefix_len("Foo 22 04:27:13 x"), None);
    }
}
