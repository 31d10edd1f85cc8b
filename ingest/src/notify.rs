//! Delivery: alerts to the `guardline.alerts` topic and to HTTP webhooks (signed, retried),
//! dead letters to `guardline.deadletter` with the reason in a header.
//!
//! Sends never block the consumer: each alert is handed to the producer's queue and to a
//! spawned task per webhook. An alert is sent as soon as its line is processed, not at the
//! next flush, so a replay after a crash can send it again; its `id` is stable per input line
//! and rule so receivers can drop the duplicate.

use std::time::Duration;

use hmac::{Hmac, Mac};
use rdkafka::message::{Header, OwnedHeaders};
use rdkafka::producer::{DeliveryFuture, FutureProducer, FutureRecord};
use serde_json::Value;
use sha2::Sha256;

use crate::alert::Alert;
use crate::config::WebhookConfig;
use crate::email::EmailNotifier;
use crate::metrics::Metrics;

/// The signature header: `sha256=` and the hex HMAC-SHA256 of the body under the webhook's
/// secret, as GitHub and Stripe-style receivers expect.
pub const SIGNATURE_HEADER: &str = "x-guardline-signature";

pub struct Notifier {
    /// None when running without Kafka (`guardline run` with local sources only): alerts go
    /// to the notifiers and the log, dead letters to the store's `deadletter` table.
    producer: Option<FutureProducer>,
    alerts_topic: String,
    deadletter_topic: String,
    webhooks: Vec<WebhookConfig>,
    email: Vec<EmailNotifier>,
    http: reqwest::Client,
    metrics: Metrics,
}

/// The configured e-mail notifiers, each checked (server URL, addresses) at start-up.
pub fn email_notifiers(cfg: &crate::config::Config) -> crate::error::Result<Vec<EmailNotifier>> {
    cfg.alerts.email.iter().map(EmailNotifier::new).collect()
}

/// `sha256=<hex>` of `body` under `secret`.
pub fn sign(secret: &str, body: &[u8]) -> String {
    // HMAC accepts keys of any length; the error arm cannot happen.
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(secret.as_bytes()) else {
        return String::new();
    };
    mac.update(body);
    format!("sha256={}", hex::encode(mac.finalize().into_bytes()))
}

impl Notifier {
    pub fn new(
        producer: Option<FutureProducer>,
        alerts_topic: String,
        deadletter_topic: String,
        webhooks: Vec<WebhookConfig>,
        email: Vec<EmailNotifier>,
        metrics: Metrics,
    ) -> Self {
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(5))
            .build()
            .unwrap_or_else(|_| reqwest::Client::new());
        Notifier {
            producer,
            alerts_topic,
            deadletter_topic,
            webhooks,
            email,
            http,
            metrics,
        }
    }

    pub fn producer(&self) -> Option<&FutureProducer> {
        self.producer.as_ref()
    }

    /// Send `alert` everywhere it should go, now.
    pub fn alert(&self, alert: &Alert) {
        // The topic carries pseudonyms only: `identity` is `#[serde(skip)]`.
        let body = match serde_json::to_vec(alert) {
            Ok(b) => b,
            Err(e) => {
                tracing::error!(error = %e, "cannot serialise an alert");
                return;
            }
        };
        let key = alert.site.clone().unwrap_or_default();
        let record = FutureRecord::to(&self.alerts_topic)
            .key(&key)
            .payload(&body);
        let Some(producer) = &self.producer else {
            self.log_and_post(alert);
            return;
        };
        match producer.send_result(record) {
            Ok(delivery) => {
                let metrics = self.metrics.clone();
                let id = alert.id.clone();
                tokio::spawn(async move {
                    match delivery.await {
                        Ok(Ok(_)) => metrics.alert("topic", "sent"),
                        Ok(Err((e, _))) => {
                            metrics.alert("topic", "failed");
                            tracing::error!(alert = %id, error = %e, "alert not delivered to the alerts topic");
                        }
                        Err(_) => metrics.alert("topic", "failed"),
                    }
                });
            }
            Err((e, _)) => {
                self.metrics.alert("topic", "failed");
                tracing::error!(alert = %alert.id, error = %e, "alert not queued for the alerts topic");
            }
        }
        self.log_and_post(alert);
    }

    /// Log the alert and hand it to the webhooks (and e-mail).
    fn log_and_post(&self, alert: &Alert) {
        tracing::warn!(
            alert = %alert.id,
            kind = ?alert.kind,
            level = alert.level,
            category = ?alert.category,
            site = ?alert.site,
            "alert raised"
        );
        for mail in &self.email {
            if !mail.wants(alert) {
                continue;
            }
            let mail = mail.clone();
            let alert = alert.clone();
            let metrics = self.metrics.clone();
            tokio::spawn(async move { mail.send(&alert, &metrics).await });
        }
        for hook in &self.webhooks {
            if alert.level < hook.min_level {
                continue;
            }
            let mut value = match serde_json::to_value(alert) {
                Ok(v) => v,
                Err(_) => continue,
            };
            if hook.identity
                && let (Some(id), Value::Object(map)) = (&alert.identity, &mut value)
                && let Ok(idv) = serde_json::to_value(id)
            {
                map.insert("identity".into(), idv);
            }
            let Ok(body) = serde_json::to_vec(&value) else {
                continue;
            };
            let signature = hook.secret.as_deref().map(|s| sign(s, &body));
            let http = self.http.clone();
            let hook = hook.clone();
            let metrics = self.metrics.clone();
            let id = alert.id.clone();
            tokio::spawn(async move {
                post_with_retries(&http, &hook, body, signature, &id, &metrics).await;
            });
        }
    }

    /// Queue a dead letter; the caller awaits the returned delivery before committing.
    pub fn deadletter(
        &self,
        key: Option<&[u8]>,
        line: &[u8],
        reason: &str,
        topic: &str,
        partition: i32,
        offset: i64,
    ) -> Option<DeliveryFuture> {
        let partition_s = partition.to_string();
        let offset_s = offset.to_string();
        let headers = OwnedHeaders::new()
            .insert(Header {
                key: "guardline-reason",
                value: Some(reason),
            })
            .insert(Header {
                key: "guardline-source-topic",
                value: Some(topic),
            })
            .insert(Header {
                key: "guardline-source-partition",
                value: Some(&partition_s),
            })
            .insert(Header {
                key: "guardline-source-offset",
                value: Some(&offset_s),
            });
        let mut record: FutureRecord<'_, [u8], [u8]> = FutureRecord::to(&self.deadletter_topic)
            .payload(line)
            .headers(headers);
        if let Some(k) = key {
            record = record.key(k);
        }
        match self.producer.as_ref()?.send_result(record) {
            Ok(d) => Some(d),
            Err((e, _)) => {
                // The store's `deadletter` table still has the line: nothing is lost.
                tracing::error!(error = %e, topic, partition, offset, "dead letter not queued");
                None
            }
        }
    }
}

async fn post_with_retries(
    http: &reqwest::Client,
    hook: &WebhookConfig,
    body: Vec<u8>,
    signature: Option<String>,
    id: &str,
    metrics: &Metrics,
) {
    let mut delay = Duration::from_millis(200);
    for attempt in 0..=hook.retries {
        let mut req = http
            .post(&hook.url)
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .header("x-guardline-alert-id", id)
            .body(body.clone());
        if let Some(sig) = &signature {
            req = req.header(SIGNATURE_HEADER, sig);
        }
        match req.send().await {
            Ok(resp) if resp.status().is_success() => {
                metrics.alert("webhook", "sent");
                return;
            }
            Ok(resp) => {
                tracing::warn!(alert = %id, url = %hook.url, status = %resp.status(), attempt, "webhook refused the alert");
            }
            Err(e) => {
                tracing::warn!(alert = %id, url = %hook.url, error = %e, attempt, "webhook unreachable");
            }
        }
        if attempt < hook.retries {
            tokio::time::sleep(delay).await;
            delay = (delay * 2).min(Duration::from_secs(30));
        }
    }
    metrics.alert("webhook", "failed");
    tracing::error!(alert = %id, url = %hook.url, "alert not delivered to a webhook after retries");
}

#[cfg(test)]
mod tests {
    #[test]
    fn signature_matches_a_known_vector() {
        // RFC 4231 test case 2.
        assert_eq!(
            super::sign("Jefe", b"what do ya want for nothing?"),
            "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }
}
