//! squidGuard's redirect logs (one file per destination class, blocked requests only):
//! `2026-11-22 04:29:53 [15892] Request(students/gambling/-) URL client/fqdn ident METHOD REDIRECT`.
//! `INFO:` and other status lines are not records.

use crate::error::ParseError;
use crate::event::{Event, Format, Source};
use crate::fields::opt_owned;
use crate::parse::{Context, Parsed, fill_url, user};
use crate::timestamp;

const F: &str = "squidguard";

pub(crate) fn parse(line: &str, ctx: &Context<'_>) -> Result<Parsed, ParseError> {
    let time = line.get(..19).ok_or(ParseError::missing(F, "timestamp"))?;
    let ts = timestamp::local_fmt(time, "%Y-%m-%d %H:%M:%S", ctx.opts.tz, F)?;
    let rest = line[19..].trim_start();
    let rest = match rest.strip_prefix('[') {
        Some(r) => r
            .split_once("] ")
            .map(|(_, r)| r)
            .ok_or(ParseError::shape(F, "unterminated [pid]"))?,
        None => rest,
    };
    let Some(rest) = rest.strip_prefix("Request(") else {
        return Ok(Parsed::Skipped("squidGuard status message"));
    };
    let (classes, rest) = rest
        .split_once(") ")
        .ok_or(ParseError::shape(F, "unterminated Request(...)"))?;
    let mut t = rest.split(' ');
    let url = t.next().ok_or(ParseError::missing(F, "URL"))?;
    let client = t.next().ok_or(ParseError::missing(F, "client"))?;
    let ident = t.next().ok_or(ParseError::missing(F, "user"))?;
    let method = t.next().ok_or(ParseError::missing(F, "method"))?;
    let action = t.next();

    let mut ev = Event::new(ts, Format::SquidGuard, Source::Proxy);
    ev.client_ip = opt_owned(client.split('/').next().unwrap_or(client));
    ev.user = user(ident);
    ev.method = Some(method.to_owned());
    // Request(source/destination/rewrite): the destination is squidGuard's category.
    ev.filter_category = classes.split('/').nth(1).and_then(opt_owned);
    ev.verdict = action.and_then(opt_owned);
    ev.blocked = Some(action.is_some_and(|a| a == "REDIRECT" || a == "BLOCK"));
    fill_url(&mut ev, url)?;
    Ok(Parsed::Event(Box::new(ev)))
}
