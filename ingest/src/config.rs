//! The ingest configuration: a TOML file, then `GUARDLINE__SECTION__KEY` environment
//! overrides, then the fixed variables of CONTRACTS.md §8, layered with `figment` so that a
//! wrong key or type is reported with where it came from.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use figment::Figment;
use figment::providers::{Env, Format as _, Serialized, Toml};
use ipnet::IpNet;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// Everything `guardline ingest` and `guardline run` read at start-up.
///
/// Unknown top-level sections are tolerated (the API's sections live in the same file);
/// unknown keys inside a section are an error, so a typo does not silently fall back to a
/// default.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Config {
    pub kafka: KafkaConfig,
    pub store: StoreConfig,
    pub detect: DetectConfig,
    pub parse: ParseConfig,
    pub alerts: AlertConfig,
    pub pseudonym: PseudonymConfig,
    pub metrics: MetricsConfig,
    pub coverage: CoverageConfig,
    pub sources: SourcesConfig,
}

/// Sources that need no Kafka, for a single-site install (`guardline run`): log files
/// followed across rotation, and syslog listeners.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SourcesConfig {
    pub files: Vec<FileSource>,
    pub syslog: Vec<SyslogSource>,
    /// Where file positions are checkpointed; `<store.root>/_state` when absent.
    pub state_dir: Option<PathBuf>,
}

/// A log file followed like `tail -F`: across rename-and-create and copy-truncate rotation.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileSource {
    pub path: PathBuf,
    #[serde(default = "auto")]
    pub format: String,
    /// Names the source in the store's file names (as a topic does); the file's name when
    /// absent. Letters, digits, `.`, `_` and `-` only.
    #[serde(default)]
    pub name: Option<String>,
    /// The site of every line; otherwise the line's own or the client-address map.
    #[serde(default)]
    pub site: Option<String>,
    /// `beginning` (default: nothing already in the file is missed) or `end`, for the first
    /// run only; later runs resume from the checkpoint.
    #[serde(default = "beginning")]
    pub start_at: String,
    /// How often a quiet file is checked for new lines and rotation.
    #[serde(default = "default_poll_ms")]
    pub poll_ms: u64,
}

fn beginning() -> String {
    "beginning".into()
}

fn default_poll_ms() -> u64 {
    100
}

/// A syslog listener: UDP (one message per datagram, RFC 5426) and/or TCP (octet-counted or
/// newline-framed, RFC 6587).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SyslogSource {
    #[serde(default = "default_syslog_name")]
    pub name: String,
    /// e.g. `0.0.0.0:5514`.
    #[serde(default)]
    pub udp: Option<String>,
    #[serde(default)]
    pub tcp: Option<String>,
    #[serde(default = "auto")]
    pub format: String,
    #[serde(default)]
    pub site: Option<String>,
}

fn default_syslog_name() -> String {
    "syslog".into()
}

impl FileSource {
    /// The source's name in file names and metrics.
    pub fn source_name(&self) -> String {
        self.name.clone().unwrap_or_else(|| {
            let base = self
                .path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| "file".into());
            let safe: String = base
                .chars()
                .map(|c| {
                    if c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-') {
                        c
                    } else {
                        '_'
                    }
                })
                .collect();
            format!("file.{safe}")
        })
    }
}

impl SourcesConfig {
    pub fn is_empty(&self) -> bool {
        self.files.is_empty() && self.syslog.is_empty()
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct KafkaConfig {
    /// Bootstrap servers, comma-separated (`GUARDLINE_KAFKA_BROKERS`).
    pub brokers: String,
    pub group: String,
    /// Input topics and the log format of each.
    pub topics: Vec<TopicConfig>,
    /// Where an event's site comes from: `key` (the message key, CONTRACTS.md §5),
    /// `header:NAME` (a message header), or `ip` (the `sites` client-address map).
    pub site_from: String,
    /// Client address ranges to sites, for `site_from = "ip"` and as a fallback when the key
    /// or header is missing.
    pub sites: Vec<SiteRange>,
    pub alerts_topic: String,
    pub deadletter_topic: String,
    /// Whether `guardline run` consumes Kafka. Unset: yes, unless local `sources` are
    /// configured (a single-site install without a broker). `guardline ingest` always does.
    pub enabled: Option<bool>,
    /// Extra librdkafka properties for the consumer and producer (security, timeouts).
    pub properties: BTreeMap<String, String>,
    /// librdkafka properties for the consumer only (`session.timeout.ms`...).
    pub consumer_properties: BTreeMap<String, String>,
}

impl Default for KafkaConfig {
    fn default() -> Self {
        KafkaConfig {
            brokers: "127.0.0.1:9092".into(),
            group: "guardline-ingest".into(),
            topics: ["guardline.proxy", "guardline.dns", "guardline.endpoint"]
                .into_iter()
                .map(|name| TopicConfig {
                    name: name.into(),
                    format: "auto".into(),
                })
                .collect(),
            site_from: "key".into(),
            sites: Vec::new(),
            alerts_topic: "guardline.alerts".into(),
            deadletter_topic: "guardline.deadletter".into(),
            enabled: None,
            properties: BTreeMap::new(),
            consumer_properties: BTreeMap::new(),
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TopicConfig {
    pub name: String,
    #[serde(default = "auto")]
    pub format: String,
}

fn auto() -> String {
    "auto".into()
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteRange {
    pub cidr: IpNet,
    pub site: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct StoreConfig {
    /// A directory or `s3://bucket/prefix` (`GUARDLINE_STORE`).
    pub root: String,
    /// Flush a partition's buffer when it holds this many input lines...
    pub flush_lines: usize,
    /// ...or when its oldest line has waited this long.
    pub flush_secs: f64,
    /// zstd level of the Parquet pages.
    pub zstd_level: i32,
    /// Days kept per table; older `date=` partitions are deleted.
    pub retention_days: BTreeMap<String, u32>,
    /// For an `s3://bucket/prefix` root: `object_store` S3 options (`aws_endpoint`,
    /// `aws_region`, `aws_allow_http`...) over the `AWS_*` environment variables.
    pub s3: BTreeMap<String, String>,
}

impl Default for StoreConfig {
    fn default() -> Self {
        StoreConfig {
            root: "guardline-store".into(),
            flush_lines: 100_000,
            flush_secs: 10.0,
            zstd_level: 3,
            // Raw events are kept briefly (proportionality); detections and dead letters stay
            // for the incident log and its review.
            retention_days: [
                ("events".to_owned(), 30),
                ("detections".to_owned(), 730),
                ("deadletter".to_owned(), 90),
                ("identities".to_owned(), 730),
            ]
            .into_iter()
            .collect(),
            s3: BTreeMap::new(),
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DetectConfig {
    /// Rule pack directory; the built-in pack when absent.
    pub rules: Option<PathBuf>,
    pub profile: String,
    /// Where compiled Hyperscan databases are cached.
    pub cache_dir: Option<PathBuf>,
    /// The text model beside the rules: `builtin`, `off`, or a file from
    /// `guardline model train`.
    pub model: String,
}

impl Default for DetectConfig {
    fn default() -> Self {
        DetectConfig {
            rules: None,
            profile: "under18".into(),
            cache_dir: None,
            model: "builtin".into(),
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ParseConfig {
    /// IANA zone of logs that write local time.
    pub timezone: String,
}

impl Default for ParseConfig {
    fn default() -> Self {
        ParseConfig {
            timezone: "UTC".into(),
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AlertConfig {
    /// Detections at or above this level leave at once (CONTRACTS.md §3: 4 is same-day review).
    pub level: u8,
    /// The same learner, rule and text within this window is one alert with a count.
    pub dedupe_secs: u64,
    /// This many level-3/4 detections of one category for one learner...
    pub escalate_count: usize,
    /// ...within this window raise one alert a level higher.
    pub escalate_window_secs: u64,
    /// Base of the triage link carried by alerts (the API's alert page).
    pub link_base: String,
    pub webhooks: Vec<WebhookConfig>,
    /// E-mail to the safeguarding team over SMTP.
    pub email: Vec<EmailConfig>,
}

/// An SMTP server and the addresses alerts are mailed to.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmailConfig {
    /// `smtp://host:port` (plain), `smtp+starttls://host:587` or `smtps://host:465`.
    pub smtp: String,
    pub from: String,
    pub to: Vec<String>,
    #[serde(default)]
    pub username: Option<String>,
    /// Better set through the environment, e.g. a secrets manager writing the config file.
    #[serde(default)]
    pub password: Option<String>,
    #[serde(default = "default_webhook_level")]
    pub min_level: u8,
    /// Whether the mail names the learner (it goes to the people who must act on it).
    #[serde(default = "yes")]
    pub identity: bool,
    #[serde(default = "default_retries")]
    pub retries: u32,
}

impl Default for AlertConfig {
    fn default() -> Self {
        AlertConfig {
            level: 4,
            dedupe_secs: 600,
            escalate_count: 3,
            escalate_window_secs: 24 * 3600,
            link_base: "http://127.0.0.1:8080/alerts/".into(),
            webhooks: Vec::new(),
            email: Vec::new(),
        }
    }
}

/// An HTTP endpoint alerts are POSTed to: the safeguarding team's inbox, or a phone/SMS
/// provider's webhook with `min_level = 5`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WebhookConfig {
    pub url: String,
    /// HMAC-SHA256 key for the `X-Guardline-Signature` header.
    #[serde(default)]
    pub secret: Option<String>,
    #[serde(default = "default_webhook_level")]
    pub min_level: u8,
    /// Whether the body carries the learner's real identity (true for notifiers addressed to
    /// the safeguarding team, who must act on it).
    #[serde(default = "yes")]
    pub identity: bool,
    #[serde(default = "default_retries")]
    pub retries: u32,
}

fn default_webhook_level() -> u8 {
    4
}

fn yes() -> bool {
    true
}

fn default_retries() -> u32 {
    4
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PseudonymConfig {
    /// The keyed-hash secret (`GUARDLINE_PSEUDONYM_KEY`). Ingest refuses to start without
    /// one rather than store plain identities.
    pub key: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct MetricsConfig {
    /// Address of the Prometheus `/metrics` endpoint of an ingest worker; empty to disable.
    pub listen: String,
}

impl Default for MetricsConfig {
    fn default() -> Self {
        MetricsConfig {
            listen: "127.0.0.1:9464".into(),
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CoverageConfig {
    /// A site (or one of `sites`) silent for this long raises a coverage alert.
    pub silent_secs: u64,
    /// Sites that must be heard from; a site seen once is watched even when not listed.
    pub sites: Vec<String>,
}

impl Default for CoverageConfig {
    fn default() -> Self {
        CoverageConfig {
            silent_secs: 900,
            sites: Vec::new(),
        }
    }
}

impl Config {
    /// Whether `guardline run` starts the Kafka consumer.
    pub fn run_kafka(&self) -> bool {
        self.kafka.enabled.unwrap_or(self.sources.is_empty())
    }

    /// Defaults, then `file` (when given), then `GUARDLINE__*`, then the §8 variables.
    pub fn load(file: Option<&Path>) -> Result<Config> {
        let mut fig = Figment::from(Serialized::defaults(Config::default()));
        if let Some(path) = file {
            if !path.exists() {
                return Err(Error::Config(format!(
                    "configuration file {} does not exist",
                    path.display()
                )));
            }
            fig = fig.merge(Toml::file(path));
        }
        fig = fig.merge(Env::prefixed("GUARDLINE__").split("__"));
        let mut cfg: Config = fig.extract().map_err(|e| Error::Config(e.to_string()))?;
        if let Ok(v) = std::env::var("GUARDLINE_KAFKA_BROKERS") {
            cfg.kafka.brokers = v;
        }
        if let Ok(v) = std::env::var("GUARDLINE_STORE") {
            cfg.store.root = v;
        }
        if let Ok(v) = std::env::var("GUARDLINE_PSEUDONYM_KEY") {
            cfg.pseudonym.key = Some(v);
        }
        cfg.validate()?;
        Ok(cfg)
    }

    fn validate(&self) -> Result<()> {
        if !(1..=5).contains(&self.alerts.level) {
            return Err(Error::Config(format!(
                "alerts.level must be 1 to 5, not {}",
                self.alerts.level
            )));
        }
        if self.store.flush_lines == 0 || self.store.flush_secs <= 0.0 {
            return Err(Error::Config(
                "store.flush_lines and store.flush_secs must be above zero".into(),
            ));
        }
        if self.kafka.topics.is_empty() {
            return Err(Error::Config("kafka.topics is empty".into()));
        }
        for t in &self.kafka.topics {
            t.format
                .parse::<schemas::Format>()
                .map_err(|e| Error::Config(format!("kafka.topics {}: {e}", t.name)))?;
        }
        let sf = self.kafka.site_from.as_str();
        if !(sf == "key" || sf == "ip" || sf.starts_with("header:")) {
            return Err(Error::Config(format!(
                "kafka.site_from must be key, ip or header:NAME, not {sf:?}"
            )));
        }
        let mut names = std::collections::HashSet::new();
        for (name, format) in self
            .sources
            .files
            .iter()
            .map(|f| (f.source_name(), &f.format))
            .chain(
                self.sources
                    .syslog
                    .iter()
                    .map(|s| (s.name.clone(), &s.format)),
            )
        {
            if name.is_empty()
                || !name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
            {
                return Err(Error::Config(format!(
                    "source name {name:?}: use letters, digits, '.', '_' and '-' only"
                )));
            }
            if !names.insert(name.clone()) {
                return Err(Error::Config(format!("two sources are named {name:?}")));
            }
            format
                .parse::<schemas::Format>()
                .map_err(|e| Error::Config(format!("source {name}: {e}")))?;
        }
        for f in &self.sources.files {
            if f.start_at != "beginning" && f.start_at != "end" {
                return Err(Error::Config(format!(
                    "sources.files {}: start_at must be beginning or end, not {:?}",
                    f.path.display(),
                    f.start_at
                )));
            }
        }
        for s in &self.sources.syslog {
            if s.udp.is_none() && s.tcp.is_none() {
                return Err(Error::Config(format!(
                    "sources.syslog {}: give udp, tcp or both (e.g. udp = \"0.0.0.0:5514\")",
                    s.name
                )));
            }
        }
        if self.store.root.starts_with("s3://")
            && !self.sources.files.is_empty()
            && self.sources.state_dir.is_none()
        {
            // File positions are checkpointed beside a local store; with a bucket they need a
            // local directory of their own.
            return Err(Error::Config(
                "with an s3:// store, file sources need sources.state_dir (a local directory for their checkpoints)".into(),
            ));
        }
        if !self.store.s3.is_empty() && !self.store.root.starts_with("s3://") {
            return Err(Error::Config(
                "store.s3 options are set but store.root is not an s3:// URL".into(),
            ));
        }
        Ok(())
    }
}
