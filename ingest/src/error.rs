//! Errors of the ingest library; the binary wraps them with `anyhow` at the edge.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("configuration: {0}")]
    Config(String),
    #[error("kafka: {0}")]
    Kafka(#[from] rdkafka::error::KafkaError),
    #[error("writing {path}: {source}")]
    Store {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("building a Parquet file: {0}")]
    Parquet(#[from] parquet::errors::ParquetError),
    #[error("building an Arrow batch: {0}")]
    Arrow(#[from] arrow::error::ArrowError),
    #[error("object store: {0}")]
    ObjectStore(String),
    #[error("detector: {0}")]
    Detect(#[from] detect::Error),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
