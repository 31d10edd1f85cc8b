//! `guardline ingest` and `guardline run`: the Kafka ingest worker, until SIGTERM or Ctrl-C,
//! which flush the buffers and commit before exiting.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use ingest::Config;

#[derive(clap::Args)]
pub struct Args {
    /// Configuration file (TOML); `GUARDLINE__SECTION__KEY` variables override it.
    #[arg(long, short, value_name = "FILE")]
    config: Option<PathBuf>,
}

/// `guardline ingest` (Kafka only) or, with `all`, `guardline run` (Kafka and/or the local
/// file and syslog sources).
pub fn run(args: Args, all: bool) -> Result<ExitCode> {
    let cfg = Config::load(args.config.as_deref())?;
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    rt.block_on(async move {
        let shutdown = async {
            let term = async {
                match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                    Ok(mut s) => {
                        s.recv().await;
                    }
                    Err(_) => std::future::pending::<()>().await,
                }
            };
            tokio::select! {
                _ = term => tracing::info!("SIGTERM"),
                _ = tokio::signal::ctrl_c() => tracing::info!("interrupt"),
            }
        };
        if all {
            ingest::run_all(cfg, shutdown).await
        } else {
            ingest::run_kafka(cfg, shutdown).await
        }
    })?;
    Ok(ExitCode::SUCCESS)
}
