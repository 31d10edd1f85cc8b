//! Guardline endpoint events (CONTRACTS.md §2): one JSON object per line.
//! `ts`, `device` and `event` are required; unknown fields are ignored so that newer agents
//! can add fields without breaking older pipelines.

use serde::Deserialize;

use crate::error::ParseError;
use crate::event::{EndpointKind, Event, Format, Source};
use crate::parse::{Context, Parsed, fill_url};
use crate::timestamp;

const F: &str = "endpoint";

#[derive(Deserialize)]
struct Wire {
    ts: Option<String>,
    site: Option<String>,
    device: Option<String>,
    user: Option<String>,
    event: Option<String>,
    process: Option<String>,
    window_title: Option<String>,
    text: Option<String>,
    url: Option<String>,
}

pub(crate) fn parse(line: &str, _ctx: &Context<'_>) -> Result<Parsed, ParseError> {
    let w: Wire = serde_json::from_str(line).map_err(|e| ParseError::Json {
        format: F,
        detail: e.to_string(),
    })?;
    let ts = timestamp::rfc3339(w.ts.as_deref().ok_or(ParseError::missing(F, "ts"))?, F)?;
    let device = w
        .device
        .filter(|d| !d.is_empty())
        .ok_or(ParseError::missing(F, "device"))?;
    let kind = w.event.ok_or(ParseError::missing(F, "event"))?;
    let kind = match kind.as_str() {
        "text_capture" => EndpointKind::TextCapture,
        "window_title" => EndpointKind::WindowTitle,
        "url_visit" => EndpointKind::UrlVisit,
        "process_start" => EndpointKind::ProcessStart,
        "heartbeat" => EndpointKind::Heartbeat,
        other => return Err(ParseError::bad(F, "event", other)),
    };
    let mut ev = Event::new(ts, Format::Endpoint, Source::Endpoint);
    ev.site = w.site;
    ev.device = Some(device);
    ev.user = w.user;
    ev.event = Some(kind);
    ev.process = w.process;
    ev.window_title = w.window_title;
    ev.text = w.text;
    if let Some(url) = w.url.filter(|u| !u.is_empty()) {
        fill_url(&mut ev, &url)?;
    }
    Ok(Parsed::Event(Box::new(ev)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::{LineParser, ParseOptions};

    fn parse(line: &str) -> Result<Parsed, ParseError> {
        LineParser::new(Format::Endpoint, ParseOptions::default()).parse(line.as_bytes())
    }

    #[test]
    fn contract_example() {
        let ev = parse(r#"{"ts": "2026-11-22T09:14:03.512Z", "site": "north", "device": "LAB-PC-07", "user": "jsmith", "event": "text_capture", "process": "chrome.exe", "window_title": "Chat - Google Chrome", "text": "how to tie a noose", "url": null}"#).unwrap().event().unwrap();
        assert_eq!(ev.text.as_deref(), Some("how to tie a noose"));
        assert_eq!(ev.site.as_deref(), Some("north"));
        assert_eq!(ev.event, Some(EndpointKind::TextCapture));
        assert_eq!(ev.ts.timestamp_subsec_millis(), 512);
    }

    #[test]
    fn url_visit_gets_search_terms() {
        let ev = parse(r#"{"ts": "2026-11-22T09:14:03Z", "device": "d", "event": "url_visit", "url": "https://www.google.com/search?q=am+i+ugly"}"#).unwrap().event().unwrap();
        assert_eq!(ev.search.as_deref(), Some("am i ugly"));
    }

    #[test]
    fn required_fields_are_named() {
        assert_eq!(
            parse(r#"{"ts": "2026-11-22T09:14:03Z", "event": "heartbeat"}"#)
                .unwrap_err()
                .to_string(),
            "endpoint: missing device"
        );
        assert_eq!(
            parse(r#"{"device": "d", "event": "heartbeat"}"#)
                .unwrap_err()
                .to_string(),
            "endpoint: missing ts"
        );
        assert!(
            parse(r#"{"ts": "2026-11-22T09:14:03Z", "device": "d", "event": "keylog"}"#)
                .unwrap_err()
                .to_string()
                .contains("bad event")
        );
    }
}
