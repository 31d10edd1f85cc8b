//! Alerts: which detections leave the process at once, de-duplication, escalation on
//! repetition, and the alert record itself.
//!
//! The policy is synchronous and clock-driven (`now` is passed in) so it can be tested without
//! a broker; delivery lives in `notify`.

use std::collections::HashMap;
use std::time::Duration;

use chrono::{DateTime, SecondsFormat, Utc};
use schemas::{Category, Detection, Event};
use serde::Serialize;

use crate::config::AlertConfig;

/// What an alert is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AlertKind {
    /// A detection at or above the alert level.
    Detection,
    /// Repeated lower-level detections of one category for one learner.
    Escalation,
    /// The closing count of a de-duplicated alert that repeated within its window.
    Repeat,
    /// A site or source went silent: its learners are unmonitored.
    Coverage,
    /// The store refuses writes: history is not being kept and offsets are not committed.
    Store,
}

/// One alert as it goes on `guardline.alerts` (pseudonyms only) and to notifiers (which may
/// add the identity).
#[derive(Debug, Clone, Serialize)]
pub struct Alert {
    /// Stable for a given input line and rule, so a receiver can drop a replayed duplicate.
    pub id: String,
    pub kind: AlertKind,
    pub ts: String,
    pub raised_at: String,
    pub level: u8,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<Category>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub matched: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub site: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<&'static str>,
    /// Pseudonyms (CONTRACTS: the topic never carries a real identity).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub device: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_ip: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    /// How many times this learner/rule/text was seen in the de-duplication window.
    pub count: u32,
    /// Why an escalation or a system alert was raised, in a sentence.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    pub link: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub partition: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// The real identity, for notifiers addressed to the safeguarding team only; never
    /// serialised onto the topic (see `notify`).
    #[serde(skip)]
    pub identity: Option<Identity>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Identity {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub device: Option<String>,
}

/// Where an alert's input line came from.
#[derive(Debug, Clone, Copy)]
pub struct Origin<'a> {
    pub topic: &'a str,
    pub partition: i32,
    pub offset: i64,
}

fn rfc3339(ts: DateTime<Utc>) -> String {
    ts.to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// De-duplication and escalation state.
pub struct AlertPolicy {
    cfg: AlertConfig,
    /// (learner, rule, matched) -> the open de-duplication window.
    open: HashMap<(String, String, String), Window>,
    /// (learner, category) -> recent lower-level detection times.
    recent: HashMap<(String, Category), Vec<DateTime<Utc>>>,
}

struct Window {
    opened: DateTime<Utc>,
    count: u32,
    first: Alert,
}

impl AlertPolicy {
    pub fn new(cfg: AlertConfig) -> Self {
        AlertPolicy {
            cfg,
            open: HashMap::new(),
            recent: HashMap::new(),
        }
    }

    pub fn level(&self) -> u8 {
        self.cfg.level
    }

    /// The alerts `d` raises now, if any. `stored` is the event as stored (pseudonymised);
    /// `identity` the names behind it; `now` the processing time.
    pub fn on_detection(
        &mut self,
        stored: &Event,
        identity: &Identity,
        d: &Detection,
        origin: Origin<'_>,
        now: DateTime<Utc>,
    ) -> Vec<Alert> {
        let learner = stored
            .user
            .clone()
            .or_else(|| stored.device.clone())
            .or_else(|| stored.client_ip.clone())
            .unwrap_or_default();
        let mut out = Vec::new();
        let level = d.level.get();
        if level >= self.cfg.level {
            let key = (learner.clone(), d.rule.clone(), d.matched.to_lowercase());
            let window = Duration::from_secs(self.cfg.dedupe_secs);
            match self.open.get_mut(&key) {
                Some(w) if elapsed(w.opened, now) < window => w.count += 1,
                _ => {
                    let a = self.alert(stored, identity, d, origin, now, AlertKind::Detection);
                    self.open.insert(
                        key,
                        Window {
                            opened: now,
                            count: 1,
                            first: a.clone(),
                        },
                    );
                    out.push(a);
                }
            }
        }
        // Repeated level-3 and level-4 detections of one category escalate one level: with the
        // default alert level 4, repeated level-3 bullying becomes a level-4 alert and repeated
        // level-4 self-harm a level-5 one (a phone call).
        if (3..=4).contains(&level) && !learner.is_empty() {
            let window = Duration::from_secs(self.cfg.escalate_window_secs);
            let times = self.recent.entry((learner, d.category)).or_default();
            times.retain(|t| elapsed(*t, now) < window);
            times.push(now);
            if times.len() >= self.cfg.escalate_count.max(2) {
                let n = times.len();
                times.clear();
                let mut a = self.alert(stored, identity, d, origin, now, AlertKind::Escalation);
                a.level = (level + 1).min(5);
                a.id = format!("{}-esc", a.id);
                a.reason = Some(format!(
                    "{n} level-{level} {} detections for this learner within {}",
                    d.category,
                    human_secs(self.cfg.escalate_window_secs)
                ));
                if a.level >= self.cfg.level {
                    out.push(a);
                }
            }
        }
        out
    }

    fn alert(
        &self,
        stored: &Event,
        identity: &Identity,
        d: &Detection,
        origin: Origin<'_>,
        now: DateTime<Utc>,
        kind: AlertKind,
    ) -> Alert {
        let id = format!(
            "{}-{}-{}-{}",
            origin.topic, origin.partition, origin.offset, d.rule
        );
        Alert {
            link: format!("{}{}", self.cfg.link_base, id),
            id,
            kind,
            ts: rfc3339(stored.ts),
            raised_at: rfc3339(now),
            level: d.level.get(),
            category: Some(d.category),
            rule: Some(d.rule.clone()),
            field: Some(d.field.as_str()),
            matched: Some(d.matched.clone()),
            site: stored.site.clone(),
            source: Some(stored.source.as_str()),
            user: stored.user.clone(),
            device: stored.device.clone(),
            client_ip: stored.client_ip.clone(),
            host: stored.host.clone().or_else(|| stored.qname.clone()),
            search: stored.search.clone(),
            count: 1,
            reason: None,
            topic: Some(origin.topic.to_owned()),
            partition: Some(origin.partition),
            offset: Some(origin.offset),
            identity: Some(identity.clone()),
        }
    }

    /// Close de-duplication windows that have run their time; one that repeated yields a
    /// `repeat` alert with the final count (same id as the first, so it updates it).
    pub fn tick(&mut self, now: DateTime<Utc>) -> Vec<Alert> {
        let window = Duration::from_secs(self.cfg.dedupe_secs);
        let mut out = Vec::new();
        self.open.retain(|_, w| {
            if elapsed(w.opened, now) < window {
                return true;
            }
            if w.count > 1 {
                let mut a = w.first.clone();
                a.kind = AlertKind::Repeat;
                a.count = w.count;
                a.raised_at = rfc3339(now);
                a.reason = Some(format!(
                    "seen {} times within {}",
                    w.count,
                    human_secs(window.as_secs())
                ));
                out.push(a);
            }
            false
        });
        let ew = Duration::from_secs(self.cfg.escalate_window_secs);
        self.recent.retain(|_, times| {
            times.retain(|t| elapsed(*t, now) < ew);
            !times.is_empty()
        });
        out
    }

    /// A system alert (coverage, store) with no learner attached.
    pub fn system(&self, kind: AlertKind, level: u8, site: Option<&str>, reason: String) -> Alert {
        let now = Utc::now();
        let id = format!(
            "{}-{}-{}",
            match kind {
                AlertKind::Coverage => "coverage",
                _ => "store",
            },
            site.unwrap_or("all"),
            now.timestamp()
        );
        Alert {
            link: format!("{}{}", self.cfg.link_base, id),
            id,
            kind,
            ts: rfc3339(now),
            raised_at: rfc3339(now),
            level,
            category: None,
            rule: None,
            field: None,
            matched: None,
            site: site.map(str::to_owned),
            source: None,
            user: None,
            device: None,
            client_ip: None,
            host: None,
            search: None,
            count: 1,
            reason: Some(reason),
            topic: None,
            partition: None,
            offset: None,
            identity: None,
        }
    }
}

fn elapsed(from: DateTime<Utc>, now: DateTime<Utc>) -> Duration {
    (now - from).to_std().unwrap_or_default()
}

fn human_secs(s: u64) -> String {
    match s {
        s if s % 3600 == 0 && s >= 3600 => format!("{} h", s / 3600),
        s if s % 60 == 0 && s >= 60 => format!("{} min", s / 60),
        s => format!("{s} s"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use schemas::{Field, Format, Level, Source};

    fn event(user: &str) -> Event {
        let mut ev = Event::new(Utc::now(), Format::Endpoint, Source::Endpoint);
        ev.user = Some(user.into());
        ev
    }

    fn det(cat: Category, level: i64, text: &str) -> Detection {
        Detection {
            category: cat,
            level: Level::new(level).expect("level"),
            rule: format!("{cat}.test"),
            field: Field::Text,
            matched: text.into(),
            span: None,
        }
    }

    const O: Origin<'static> = Origin {
        topic: "t",
        partition: 0,
        offset: 1,
    };

    #[test]
    fn deduplicates_then_reports_the_count() {
        let mut p = AlertPolicy::new(AlertConfig::default());
        let id = Identity {
            user: None,
            device: None,
        };
        let t0 = Utc::now();
        let d = det(Category::Suicide, 5, "how to tie a noose");
        assert_eq!(p.on_detection(&event("u_a"), &id, &d, O, t0).len(), 1);
        for i in 1..4 {
            let t = t0 + chrono::Duration::seconds(i);
            assert!(p.on_detection(&event("u_a"), &id, &d, O, t).is_empty());
        }
        // Another learner is another alert.
        assert_eq!(p.on_detection(&event("u_b"), &id, &d, O, t0).len(), 1);
        let closed = p.tick(t0 + chrono::Duration::seconds(601));
        assert_eq!(closed.len(), 1);
        assert_eq!(closed[0].count, 4);
        assert_eq!(closed[0].kind, AlertKind::Repeat);
    }

    #[test]
    fn escalates_repeated_level_three() {
        let mut p = AlertPolicy::new(AlertConfig::default());
        let id = Identity {
            user: None,
            device: None,
        };
        let t0 = Utc::now();
        let d = det(Category::Bullying, 3, "nobody likes you");
        assert!(p.on_detection(&event("u_a"), &id, &d, O, t0).is_empty());
        assert!(p.on_detection(&event("u_a"), &id, &d, O, t0).is_empty());
        let a = p.on_detection(&event("u_a"), &id, &d, O, t0);
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].kind, AlertKind::Escalation);
        assert_eq!(a[0].level, 4);
        assert!(
            a[0].reason
                .as_deref()
                .is_some_and(|r| r.contains("3 level-3 bullying"))
        );
        // Counting starts again after an escalation.
        assert!(p.on_detection(&event("u_a"), &id, &d, O, t0).is_empty());
    }
}
