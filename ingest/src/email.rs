//! E-mail alerts over SMTP (`lettre` on tokio, rustls on ring: no OpenSSL).
//!
//! The server is a URL: `smtp://host:25` (plain, for a local relay), `smtp+starttls://host:587`
//! (STARTTLS required: the mail is not sent if the upgrade fails) or `smtps://host:465`
//! (implicit TLS). Certificates are checked against the Mozilla roots. Mail goes to the
//! safeguarding team, so it carries the learner's identity unless `identity = false`; the
//! body is plain text a person can act on, with the triage link.

use std::time::Duration;

use lettre::message::Mailbox;
use lettre::message::header::ContentType;
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::alert::Alert;
use crate::config::EmailConfig;
use crate::error::{Error, Result};
use crate::metrics::Metrics;

pub type Mailer = AsyncSmtpTransport<Tokio1Executor>;

/// One configured recipient list with its transport, checked at start-up.
#[derive(Clone)]
pub struct EmailNotifier {
    cfg: EmailConfig,
    mailer: Mailer,
    from: Mailbox,
    to: Vec<Mailbox>,
}

impl EmailNotifier {
    pub fn new(cfg: &EmailConfig) -> Result<Self> {
        let bad = |what: &str, e: &dyn std::fmt::Display| {
            Error::Config(format!("alerts.email {}: {what}: {e}", cfg.smtp))
        };
        let url = url::Url::parse(&cfg.smtp).map_err(|e| bad("server URL", &e))?;
        let host = url
            .host_str()
            .ok_or_else(|| bad("server URL", &"no host"))?
            .to_owned();
        let builder = match url.scheme() {
            "smtp" => Mailer::builder_dangerous(&host),
            "smtp+starttls" => Mailer::starttls_relay(&host).map_err(|e| bad("STARTTLS", &e))?,
            "smtps" => Mailer::relay(&host).map_err(|e| bad("TLS", &e))?,
            other => {
                return Err(bad(
                    "scheme",
                    &format!("{other:?} is not smtp, smtp+starttls or smtps"),
                ));
            }
        };
        let mut builder = builder.timeout(Some(Duration::from_secs(10)));
        if let Some(port) = url.port() {
            builder = builder.port(port);
        }
        if let Some(user) = &cfg.username {
            builder = builder.credentials(Credentials::new(
                user.clone(),
                cfg.password.clone().unwrap_or_default(),
            ));
        }
        let from: Mailbox = cfg.from.parse().map_err(|e| bad("from", &e))?;
        let to = cfg
            .to
            .iter()
            .map(|t| t.parse::<Mailbox>().map_err(|e| bad("to", &e)))
            .collect::<Result<Vec<_>>>()?;
        if to.is_empty() {
            return Err(bad("to", &"no recipients"));
        }
        Ok(EmailNotifier {
            cfg: cfg.clone(),
            mailer: builder.build(),
            from,
            to,
        })
    }

    pub fn wants(&self, alert: &Alert) -> bool {
        alert.level >= self.cfg.min_level
    }

    /// Send `alert`, retrying transient failures with back-off.
    pub async fn send(&self, alert: &Alert, metrics: &Metrics) {
        let (subject, body) = render(alert, self.cfg.identity);
        let mut delay = Duration::from_millis(500);
        for attempt in 0..=self.cfg.retries {
            let mut b = Message::builder()
                .from(self.from.clone())
                .subject(subject.clone())
                .header(ContentType::TEXT_PLAIN);
            for t in &self.to {
                b = b.to(t.clone());
            }
            let msg = match b.body(body.clone()) {
                Ok(m) => m,
                Err(e) => {
                    tracing::error!(alert = %alert.id, error = %e, "alert e-mail not built");
                    metrics.alert("email", "failed");
                    return;
                }
            };
            match self.mailer.send(msg).await {
                Ok(_) => {
                    metrics.alert("email", "sent");
                    return;
                }
                Err(e) if e.is_permanent() => {
                    tracing::error!(alert = %alert.id, server = %self.cfg.smtp, error = %e, "the mail server refused the alert");
                    break;
                }
                Err(e) => {
                    tracing::warn!(alert = %alert.id, server = %self.cfg.smtp, error = %e, attempt, "alert e-mail not sent");
                }
            }
            if attempt < self.cfg.retries {
                tokio::time::sleep(delay).await;
                delay = (delay * 2).min(Duration::from_secs(60));
            }
        }
        metrics.alert("email", "failed");
    }
}

/// Subject and plain-text body of an alert e-mail.
pub fn render(alert: &Alert, identity: bool) -> (String, String) {
    let what = alert
        .category
        .map(|c| c.as_str().replace('_', " "))
        .unwrap_or_else(|| format!("{:?}", alert.kind).to_lowercase());
    let site = alert.site.as_deref().unwrap_or("unknown site");
    let subject = format!("[Guardline] level {} {what} alert, {site}", alert.level);
    let mut body = String::new();
    let mut line = |k: &str, v: &str| {
        body.push_str(&format!("{k:<10} {v}\n"));
    };
    line("Level", &alert.level.to_string());
    line("Concern", &what);
    line("Site", site);
    line("When", &alert.ts);
    let who = match (identity, &alert.identity) {
        (true, Some(id)) => id.user.clone().or_else(|| id.device.clone()),
        _ => None,
    };
    if let Some(w) = who.or_else(|| alert.user.clone()) {
        line("Learner", &w);
    }
    if let Some(s) = &alert.search {
        line("Searched", s);
    }
    if let Some(m) = &alert.matched {
        line("Matched", m);
    }
    if let Some(h) = &alert.host {
        line("Site used", h);
    }
    if let Some(r) = &alert.reason {
        line("Why", r);
    }
    if alert.count > 1 {
        line("Seen", &format!("{} times", alert.count));
    }
    if let Some(rule) = &alert.rule {
        line("Rule", rule);
    }
    body.push_str(&format!(
        "\nTriage: {}\nAlert id: {}\n\nThis message names a learner: handle it under your safeguarding policy.\n",
        alert.link, alert.id
    ));
    (subject, body)
}
