//! The store's tables as Arrow: `events`, `detections`, `deadletter` and `identities`, each a
//! schema and a builder that collects rows for one Hive partition (site, date).
//!
//! Every row carries its provenance (`topic`, `partition`, `offset`): the key that lets a
//! reader check that each input line landed exactly once, and that ties a detection to its
//! event.

use std::sync::{Arc, LazyLock};

use arrow::array::{
    ArrayRef, BinaryBuilder, BooleanBuilder, Int32Builder, Int64Builder, StringBuilder,
    TimestampMicrosecondBuilder, UInt8Builder,
};
use arrow::datatypes::{DataType, Field, Schema, SchemaRef, TimeUnit};
use arrow::record_batch::RecordBatch;
use chrono::{DateTime, Utc};
use schemas::{Detection, Event, EventBatchBuilder, event_schema};

use crate::error::Result;

/// Where a row came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Provenance<'a> {
    pub topic: &'a str,
    pub partition: i32,
    pub offset: i64,
}

fn ts_type() -> DataType {
    DataType::Timestamp(TimeUnit::Microsecond, Some("UTC".into()))
}

fn provenance_fields() -> [Field; 3] {
    [
        Field::new("topic", DataType::Utf8, false),
        Field::new("partition", DataType::Int32, false),
        Field::new("offset", DataType::Int64, false),
    ]
}

#[derive(Default)]
struct ProvenanceBuilder {
    topic: StringBuilder,
    partition: Int32Builder,
    offset: Int64Builder,
}

impl ProvenanceBuilder {
    fn append(&mut self, p: Provenance<'_>) {
        self.topic.append_value(p.topic);
        self.partition.append_value(p.partition);
        self.offset.append_value(p.offset);
    }

    fn finish(&mut self) -> [ArrayRef; 3] {
        [
            Arc::new(self.topic.finish()),
            Arc::new(self.partition.finish()),
            Arc::new(self.offset.finish()),
        ]
    }
}

/// `events`: the event columns of `schemas::event_schema` (with `user` and `device` already
/// pseudonymised and `text` only where something was detected) and the provenance.
pub static EVENTS_SCHEMA: LazyLock<SchemaRef> = LazyLock::new(|| {
    let mut fields: Vec<Field> = event_schema()
        .fields()
        .iter()
        .map(|f| f.as_ref().clone())
        .collect();
    fields.extend(provenance_fields());
    Arc::new(Schema::new(fields))
});

pub struct EventRows {
    events: EventBatchBuilder,
    prov: ProvenanceBuilder,
}

impl EventRows {
    pub fn new() -> Self {
        EventRows {
            events: EventBatchBuilder::with_capacity(1024),
            prov: ProvenanceBuilder::default(),
        }
    }

    pub fn append(&mut self, ev: &Event, p: Provenance<'_>) {
        self.events.append(ev);
        self.prov.append(p);
    }

    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }

    pub fn finish(&mut self) -> Result<RecordBatch> {
        let batch = self.events.finish()?;
        let mut cols = batch.columns().to_vec();
        cols.extend(self.prov.finish());
        Ok(RecordBatch::try_new(Arc::clone(&EVENTS_SCHEMA), cols)?)
    }
}

impl Default for EventRows {
    fn default() -> Self {
        Self::new()
    }
}

/// `detections`: one row per detection, with enough of its event to triage without opening
/// the raw events (which expire sooner).
pub static DETECTIONS_SCHEMA: LazyLock<SchemaRef> = LazyLock::new(|| {
    let s = |n: &str, null: bool| Field::new(n, DataType::Utf8, null);
    let mut fields = vec![
        Field::new("ts", ts_type(), false),
        s("site", true),
        s("source", false),
        s("format", false),
        s("user", true),
        s("device", true),
        s("client_ip", true),
        s("host", true),
        s("category", false),
        Field::new("level", DataType::UInt8, false),
        s("rule", false),
        s("field", false),
        s("matched", false),
        s("search", true),
        s("url", true),
        Field::new("alerted", DataType::Boolean, false),
    ];
    fields.extend(provenance_fields());
    Arc::new(Schema::new(fields))
});

#[derive(Default)]
pub struct DetectionRows {
    ts: TimestampMicrosecondBuilder,
    site: StringBuilder,
    source: StringBuilder,
    format: StringBuilder,
    user: StringBuilder,
    device: StringBuilder,
    client_ip: StringBuilder,
    host: StringBuilder,
    category: StringBuilder,
    level: UInt8Builder,
    rule: StringBuilder,
    field: StringBuilder,
    matched: StringBuilder,
    search: StringBuilder,
    url: StringBuilder,
    alerted: BooleanBuilder,
    prov: ProvenanceBuilder,
    rows: usize,
}

impl DetectionRows {
    /// `ev` is the stored (pseudonymised) event.
    pub fn append(&mut self, ev: &Event, d: &Detection, alerted: bool, p: Provenance<'_>) {
        self.ts.append_value(ev.ts.timestamp_micros());
        self.site.append_option(ev.site.as_deref());
        self.source.append_value(ev.source.as_str());
        self.format.append_value(ev.format.as_str());
        self.user.append_option(ev.user.as_deref());
        self.device.append_option(ev.device.as_deref());
        self.client_ip.append_option(ev.client_ip.as_deref());
        self.host
            .append_option(ev.host.as_deref().or(ev.qname.as_deref()));
        self.category.append_value(d.category.as_str());
        self.level.append_value(d.level.get());
        self.rule.append_value(&d.rule);
        self.field.append_value(d.field.as_str());
        self.matched.append_value(&d.matched);
        self.search.append_option(ev.search.as_deref());
        self.url.append_option(ev.url.as_deref());
        self.alerted.append_value(alerted);
        self.prov.append(p);
        self.rows += 1;
    }

    pub fn is_empty(&self) -> bool {
        self.rows == 0
    }

    pub fn finish(&mut self) -> Result<RecordBatch> {
        let mut cols: Vec<ArrayRef> = vec![
            Arc::new(self.ts.finish().with_timezone("UTC")),
            Arc::new(self.site.finish()),
            Arc::new(self.source.finish()),
            Arc::new(self.format.finish()),
            Arc::new(self.user.finish()),
            Arc::new(self.device.finish()),
            Arc::new(self.client_ip.finish()),
            Arc::new(self.host.finish()),
            Arc::new(self.category.finish()),
            Arc::new(self.level.finish()),
            Arc::new(self.rule.finish()),
            Arc::new(self.field.finish()),
            Arc::new(self.matched.finish()),
            Arc::new(self.search.finish()),
            Arc::new(self.url.finish()),
            Arc::new(self.alerted.finish()),
        ];
        cols.extend(self.prov.finish());
        self.rows = 0;
        Ok(RecordBatch::try_new(Arc::clone(&DETECTIONS_SCHEMA), cols)?)
    }
}

/// `deadletter`: lines that could not be parsed, with the reason, kept in the store as well
/// as on the dead-letter topic so that the store alone accounts for every input line.
pub static DEADLETTER_SCHEMA: LazyLock<SchemaRef> = LazyLock::new(|| {
    let mut fields = vec![
        Field::new("ts", ts_type(), false),
        Field::new("site", DataType::Utf8, true),
        Field::new("reason", DataType::Utf8, false),
        Field::new("line", DataType::Binary, false),
    ];
    fields.extend(provenance_fields());
    Arc::new(Schema::new(fields))
});

#[derive(Default)]
pub struct DeadletterRows {
    ts: TimestampMicrosecondBuilder,
    site: StringBuilder,
    reason: StringBuilder,
    line: BinaryBuilder,
    prov: ProvenanceBuilder,
    rows: usize,
}

impl DeadletterRows {
    pub fn append(
        &mut self,
        ts: DateTime<Utc>,
        site: Option<&str>,
        reason: &str,
        line: &[u8],
        p: Provenance<'_>,
    ) {
        self.ts.append_value(ts.timestamp_micros());
        self.site.append_option(site);
        self.reason.append_value(reason);
        self.line.append_value(line);
        self.prov.append(p);
        self.rows += 1;
    }

    pub fn is_empty(&self) -> bool {
        self.rows == 0
    }

    pub fn finish(&mut self) -> Result<RecordBatch> {
        let mut cols: Vec<ArrayRef> = vec![
            Arc::new(self.ts.finish().with_timezone("UTC")),
            Arc::new(self.site.finish()),
            Arc::new(self.reason.finish()),
            Arc::new(self.line.finish()),
        ];
        cols.extend(self.prov.finish());
        self.rows = 0;
        Ok(RecordBatch::try_new(Arc::clone(&DEADLETTER_SCHEMA), cols)?)
    }
}

/// `identities`: pseudonym to name, read only by the reveal path of the API (every read
/// audited there). Written once per pseudonym per worker run; duplicates across files are
/// harmless because the mapping is a function.
pub static IDENTITIES_SCHEMA: LazyLock<SchemaRef> = LazyLock::new(|| {
    Arc::new(Schema::new(vec![
        Field::new("pseudonym", DataType::Utf8, false),
        Field::new("kind", DataType::Utf8, false),
        Field::new("name", DataType::Utf8, false),
        Field::new("site", DataType::Utf8, true),
        Field::new("first_seen", ts_type(), false),
    ]))
});

#[derive(Default)]
pub struct IdentityRows {
    pseudonym: StringBuilder,
    kind: StringBuilder,
    name: StringBuilder,
    site: StringBuilder,
    first_seen: TimestampMicrosecondBuilder,
    rows: usize,
}

impl IdentityRows {
    pub fn append(
        &mut self,
        pseudonym: &str,
        kind: &str,
        name: &str,
        site: Option<&str>,
        ts: DateTime<Utc>,
    ) {
        self.pseudonym.append_value(pseudonym);
        self.kind.append_value(kind);
        self.name.append_value(name);
        self.site.append_option(site);
        self.first_seen.append_value(ts.timestamp_micros());
        self.rows += 1;
    }

    pub fn is_empty(&self) -> bool {
        self.rows == 0
    }

    pub fn finish(&mut self) -> Result<RecordBatch> {
        let cols: Vec<ArrayRef> = vec![
            Arc::new(self.pseudonym.finish()),
            Arc::new(self.kind.finish()),
            Arc::new(self.name.finish()),
            Arc::new(self.site.finish()),
            Arc::new(self.first_seen.finish().with_timezone("UTC")),
        ];
        self.rows = 0;
        Ok(RecordBatch::try_new(Arc::clone(&IDENTITIES_SCHEMA), cols)?)
    }
}
