//! The periodic work of every worker loop, whatever its source: alert timers (repeat counts,
//! escalation), coverage alerts for silent sites, retention, and the back-off while the store
//! refuses writes.

use std::collections::HashSet;
use std::time::{Duration, Instant};

use chrono::Utc;

use crate::alert::AlertKind;
use crate::config::Config;
use crate::error::Error;
use crate::notify::Notifier;
use crate::pipeline::Pipeline;
use crate::store::Store;

pub struct Housekeeping {
    coverage_alerted: HashSet<String>,
    started: Instant,
    last_expire: Option<Instant>,
    last_run: Option<Instant>,
}

/// Alert windows and coverage are second-scale: walking every learner's recent detections
/// on each fast loop tick would cost more than the lines themselves.
const EVERY: Duration = Duration::from_secs(1);

impl Housekeeping {
    pub fn new() -> Self {
        Housekeeping {
            coverage_alerted: HashSet::new(),
            started: Instant::now(),
            last_expire: None,
            last_run: None,
        }
    }

    /// Called on every tick of the worker loop; does its work at most once a second.
    pub fn tick(
        &mut self,
        pipeline: &mut Pipeline,
        notifier: &Notifier,
        store: &Store,
        cfg: &Config,
    ) {
        if self.last_run.is_some_and(|t| t.elapsed() < EVERY) {
            return;
        }
        self.last_run = Some(Instant::now());
        for a in pipeline.policy_mut().tick(Utc::now()) {
            notifier.alert(&a);
        }
        self.coverage(pipeline, notifier, cfg);
        if self
            .last_expire
            .is_none_or(|t| t.elapsed() > Duration::from_secs(3600))
        {
            self.last_expire = Some(Instant::now());
            let today = Utc::now().date_naive();
            for (table, days) in &cfg.store.retention_days {
                match store.expire(table, *days, today) {
                    Ok(n) if n > 0 => {
                        tracing::info!(table, days, partitions = n, "expired partitions deleted")
                    }
                    Ok(_) => {}
                    Err(e) => tracing::warn!(error = %e, table, "retention"),
                }
            }
        }
    }

    /// A site silent for `coverage.silent_secs` raises one alert (again only after it has
    /// been heard from since): its learners are not being monitored.
    fn coverage(&mut self, pipeline: &Pipeline, notifier: &Notifier, cfg: &Config) {
        let silent = Duration::from_secs(cfg.coverage.silent_secs);
        let mut sites: Vec<(String, Duration)> = pipeline
            .last_seen
            .iter()
            .map(|(s, t)| (s.clone(), t.elapsed()))
            .collect();
        for s in &cfg.coverage.sites {
            if !pipeline.last_seen.contains_key(s) {
                sites.push((s.clone(), self.started.elapsed()));
            }
        }
        for (site, quiet) in sites {
            if quiet >= silent {
                if self.coverage_alerted.insert(site.clone()) {
                    let a = pipeline.policy().system(
                        AlertKind::Coverage,
                        3,
                        Some(&site),
                        format!(
                            "site {site} has sent nothing for {} s: its learners are not being monitored",
                            quiet.as_secs()
                        ),
                    );
                    notifier.alert(&a);
                }
            } else {
                self.coverage_alerted.remove(&site);
            }
        }
    }
}

/// While the store refuses writes: one `store` alert when it starts, then retries from 0.5 s
/// doubling to 30 s; the caller stops reading (and committing) meanwhile.
#[derive(Default)]
pub struct StoreBackoff {
    /// The next retry and the current back-off.
    failing: Option<(Instant, Duration)>,
}

impl StoreBackoff {
    pub fn failing(&self) -> bool {
        self.failing.is_some()
    }

    /// Whether the next retry is not due yet.
    pub fn waiting(&self) -> bool {
        self.failing.is_some_and(|(next, _)| Instant::now() < next)
    }

    /// Record how a flush went; `consequence` completes the alert's sentence.
    pub fn record(
        &mut self,
        error: Option<Error>,
        pipeline: &Pipeline,
        notifier: &Notifier,
        consequence: &str,
    ) {
        match error {
            Some(e) => {
                let backoff = self.failing.map_or(Duration::from_millis(500), |(_, b)| {
                    (b * 2).min(Duration::from_secs(30))
                });
                if self.failing.is_none() {
                    let a = pipeline.policy().system(
                        AlertKind::Store,
                        4,
                        None,
                        format!("the store refuses writes ({e}); {consequence}"),
                    );
                    notifier.alert(&a);
                }
                tracing::error!(error = %e, backoff_ms = backoff.as_millis() as u64, "store write failed; pausing");
                self.failing = Some((Instant::now() + backoff, backoff));
            }
            None => {
                if self.failing.take().is_some() {
                    tracing::warn!("store accepts writes again; resuming");
                }
            }
        }
    }
}
