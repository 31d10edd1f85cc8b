//! The Arrow schema of [`Event`] and a [`EventBatchBuilder`] that collects events into a
//! `RecordBatch` column by column.
//!
//! Columns are declared once, in [`COLUMNS`], as a name and an accessor; the schema and the
//! builder are both derived from that table, so they cannot drift apart. String columns append
//! into one contiguous buffer per column (Arrow's `StringBuilder`), so a row costs no
//! allocation of its own.

use std::sync::Arc;

use arrow::array::{
    ArrayRef, BooleanBuilder, StringBuilder, TimestampMicrosecondBuilder, UInt16Builder,
    UInt64Builder,
};
use arrow::datatypes::{DataType, Field, Schema, SchemaRef, TimeUnit};
use arrow::error::ArrowError;
use arrow::record_batch::RecordBatch;

use crate::event::Event;

enum Column {
    Str(fn(&Event) -> Option<&str>),
    U16(fn(&Event) -> Option<u16>),
    U64(fn(&Event) -> Option<u64>),
    Bool(fn(&Event) -> Option<bool>),
}

/// Every column after `ts`, in schema order.
const COLUMNS: &[(&str, Column)] = &[
    ("source", Column::Str(|e| Some(e.source.as_str()))),
    ("format", Column::Str(|e| Some(e.format.as_str()))),
    ("site", Column::Str(|e| e.site.as_deref())),
    ("client_ip", Column::Str(|e| e.client_ip.as_deref())),
    ("user", Column::Str(|e| e.user.as_deref())),
    ("device", Column::Str(|e| e.device.as_deref())),
    ("method", Column::Str(|e| e.method.as_deref())),
    ("url", Column::Str(|e| e.url.as_deref())),
    ("scheme", Column::Str(|e| e.scheme.as_deref())),
    ("host", Column::Str(|e| e.host.as_deref())),
    ("port", Column::U16(|e| e.port)),
    ("path", Column::Str(|e| e.path.as_deref())),
    ("query", Column::Str(|e| e.query.as_deref())),
    ("search", Column::Str(|e| e.search.as_deref())),
    ("status", Column::U16(|e| e.status)),
    ("bytes", Column::U64(|e| e.bytes)),
    ("elapsed_ms", Column::U64(|e| e.elapsed_ms)),
    ("sni", Column::Str(|e| e.sni.as_deref())),
    ("user_agent", Column::Str(|e| e.user_agent.as_deref())),
    ("referrer", Column::Str(|e| e.referrer.as_deref())),
    ("content_type", Column::Str(|e| e.content_type.as_deref())),
    ("verdict", Column::Str(|e| e.verdict.as_deref())),
    ("blocked", Column::Bool(|e| e.blocked)),
    (
        "filter_category",
        Column::Str(|e| e.filter_category.as_deref()),
    ),
    ("qname", Column::Str(|e| e.qname.as_deref())),
    ("qtype", Column::Str(|e| e.qtype.as_deref())),
    ("rcode", Column::Str(|e| e.rcode.as_deref())),
    ("answer", Column::Str(|e| e.answer.as_deref())),
    ("dns_step", Column::Str(|e| e.dns_step.map(|s| s.as_str()))),
    ("event", Column::Str(|e| e.event.map(|k| k.as_str()))),
    ("process", Column::Str(|e| e.process.as_deref())),
    ("window_title", Column::Str(|e| e.window_title.as_deref())),
    ("text", Column::Str(|e| e.text.as_deref())),
];

/// The Arrow schema of events: `ts` as UTC `timestamp[us]` (CONTRACTS.md §6), then one
/// nullable column per optional field.
pub fn event_schema() -> SchemaRef {
    let mut fields = vec![Field::new(
        "ts",
        DataType::Timestamp(TimeUnit::Microsecond, Some("UTC".into())),
        false,
    )];
    for (name, col) in COLUMNS {
        let (dt, nullable) = match col {
            Column::Str(_) => (DataType::Utf8, !matches!(*name, "source" | "format")),
            Column::U16(_) => (DataType::UInt16, true),
            Column::U64(_) => (DataType::UInt64, true),
            Column::Bool(_) => (DataType::Boolean, true),
        };
        fields.push(Field::new(*name, dt, nullable));
    }
    Arc::new(Schema::new(fields))
}

enum ColumnBuilder {
    Str(StringBuilder),
    U16(UInt16Builder),
    U64(UInt64Builder),
    Bool(BooleanBuilder),
}

/// Collects events into a `RecordBatch` of [`event_schema`].
pub struct EventBatchBuilder {
    schema: SchemaRef,
    ts: TimestampMicrosecondBuilder,
    columns: Vec<ColumnBuilder>,
    rows: usize,
}

impl EventBatchBuilder {
    /// `rows` is a capacity hint; the builder grows past it.
    pub fn with_capacity(rows: usize) -> Self {
        let columns = COLUMNS
            .iter()
            .map(|(_, col)| match col {
                Column::Str(_) => ColumnBuilder::Str(StringBuilder::with_capacity(rows, rows * 16)),
                Column::U16(_) => ColumnBuilder::U16(UInt16Builder::with_capacity(rows)),
                Column::U64(_) => ColumnBuilder::U64(UInt64Builder::with_capacity(rows)),
                Column::Bool(_) => ColumnBuilder::Bool(BooleanBuilder::with_capacity(rows)),
            })
            .collect();
        EventBatchBuilder {
            schema: event_schema(),
            ts: TimestampMicrosecondBuilder::with_capacity(rows).with_timezone("UTC"),
            columns,
            rows: 0,
        }
    }

    pub fn append(&mut self, ev: &Event) {
        self.ts.append_value(ev.ts.timestamp_micros());
        for ((_, col), builder) in COLUMNS.iter().zip(self.columns.iter_mut()) {
            match (col, builder) {
                (Column::Str(get), ColumnBuilder::Str(b)) => b.append_option(get(ev)),
                (Column::U16(get), ColumnBuilder::U16(b)) => b.append_option(get(ev)),
                (Column::U64(get), ColumnBuilder::U64(b)) => b.append_option(get(ev)),
                (Column::Bool(get), ColumnBuilder::Bool(b)) => b.append_option(get(ev)),
                // The two vectors are built from the same table in the same order.
                _ => unreachable!("column table and builders out of step"),
            }
        }
        self.rows += 1;
    }

    pub fn len(&self) -> usize {
        self.rows
    }

    pub fn is_empty(&self) -> bool {
        self.rows == 0
    }

    /// The batch of everything appended since the last `finish`; the builder is left empty.
    pub fn finish(&mut self) -> Result<RecordBatch, ArrowError> {
        let mut arrays: Vec<ArrayRef> = Vec::with_capacity(COLUMNS.len() + 1);
        arrays.push(Arc::new(self.ts.finish()));
        for builder in &mut self.columns {
            arrays.push(match builder {
                ColumnBuilder::Str(b) => Arc::new(b.finish()),
                ColumnBuilder::U16(b) => Arc::new(b.finish()),
                ColumnBuilder::U64(b) => Arc::new(b.finish()),
                ColumnBuilder::Bool(b) => Arc::new(b.finish()),
            });
        }
        self.rows = 0;
        RecordBatch::try_new(Arc::clone(&self.schema), arrays)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Format, LineParser, ParseOptions};
    use arrow::array::{Array, AsArray};

    #[test]
    fn batch_of_mixed_events() {
        let mut p = LineParser::new(Format::Auto, ParseOptions::default());
        let lines = [
            "1795321686.106     11 127.0.0.1 TCP_MISS/200 288 GET http://www.google.com/search?q=how+to+join+isis&hl=en-GB jsmith HIER_DIRECT/127.0.0.1 text/html",
            r#"{"ts": "2026-11-22T09:14:03.512Z", "device": "LAB-PC-07", "event": "text_capture", "text": "hello"}"#,
        ];
        let mut b = EventBatchBuilder::with_capacity(2);
        for l in lines {
            b.append(&p.parse(l.as_bytes()).unwrap().event().unwrap());
        }
        let batch = b.finish().unwrap();
        assert_eq!(batch.num_rows(), 2);
        assert_eq!(batch.schema(), event_schema());
        let search = batch.column_by_name("search").unwrap().as_string::<i32>();
        assert_eq!(search.value(0), "how to join isis");
        assert!(search.is_null(1));
        let text = batch.column_by_name("text").unwrap().as_string::<i32>();
        assert_eq!(text.value(1), "hello");
        assert!(b.is_empty());
    }
}
