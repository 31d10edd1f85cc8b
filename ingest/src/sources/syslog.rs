//! Syslog listeners: UDP (one message per datagram, RFC 5426) and TCP (RFC 6587: octet
//! counting `LEN SP MSG`, or one message per line). The syslog header itself is left on the
//! line: unwrapping it is part of parsing (CONTRACTS.md §2), so the same parser serves a
//! relayed line and a file line.
//!
//! Syslog cannot be replayed, so delivery is at most once by nature. TCP senders are slowed
//! down when the worker is behind (nothing lost); a UDP datagram that finds the queue full is
//! dropped and counted in `guardline_dropped_total`, never silently.

use std::net::SocketAddr;
use std::sync::Arc;

use tokio::io::{AsyncBufReadExt, AsyncReadExt, BufReader};
use tokio::net::{TcpListener, TcpStream, UdpSocket};
use tokio::sync::mpsc;
use tokio::sync::mpsc::error::TrySendError;

use super::LocalLine;
use crate::metrics::Metrics;

/// Partition numbers of a syslog source in the store's file names.
pub const UDP_PARTITION: i32 = 0;
pub const TCP_PARTITION: i32 = 1;

#[derive(Clone)]
pub struct Listener {
    pub name: Arc<str>,
    pub site: Option<Arc<str>>,
    pub tx: mpsc::Sender<LocalLine>,
    pub metrics: Metrics,
}

impl Listener {
    fn line(&self, partition: i32, payload: Vec<u8>) -> LocalLine {
        LocalLine {
            source: Arc::clone(&self.name),
            partition,
            // Numbered by the worker in arrival order (connections interleave).
            offset: None,
            site: self.site.clone(),
            payload,
            pos: None,
        }
    }

    pub async fn udp(self, sock: UdpSocket) {
        let mut buf = vec![0u8; 65_536];
        let mut dropped_since_log = 0u64;
        loop {
            let (n, _peer) = match sock.recv_from(&mut buf).await {
                Ok(r) => r,
                Err(e) => {
                    tracing::warn!(source = %self.name, error = %e, "syslog udp receive failed");
                    continue;
                }
            };
            let mut msg = &buf[..n];
            while let [rest @ .., b'\n' | b'\r' | b'\0'] = msg {
                msg = rest;
            }
            if msg.is_empty() {
                continue;
            }
            match self.tx.try_send(self.line(UDP_PARTITION, msg.to_vec())) {
                Ok(()) => {
                    if dropped_since_log > 0 {
                        tracing::warn!(source = %self.name, dropped = dropped_since_log, "syslog udp datagrams were dropped while ingest was behind");
                        dropped_since_log = 0;
                    }
                }
                Err(TrySendError::Full(_)) => {
                    self.metrics
                        .dropped
                        .get_or_create(&Metrics::topic(&self.name))
                        .inc();
                    dropped_since_log += 1;
                }
                Err(TrySendError::Closed(_)) => return,
            }
        }
    }

    pub async fn tcp(self, listener: TcpListener) {
        loop {
            match listener.accept().await {
                Ok((stream, peer)) => {
                    let me = self.clone();
                    tokio::spawn(async move { me.connection(stream, peer).await });
                }
                Err(e) => {
                    tracing::warn!(source = %self.name, error = %e, "syslog tcp accept failed");
                    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
                }
            }
        }
    }

    async fn connection(self, stream: TcpStream, peer: SocketAddr) {
        let mut r = BufReader::new(stream);
        loop {
            match read_frame(&mut r).await {
                Ok(Some(frame)) => {
                    if frame.is_empty() {
                        continue;
                    }
                    // Waits while the worker is behind: TCP pushes back on the sender.
                    if self.tx.send(self.line(TCP_PARTITION, frame)).await.is_err() {
                        return;
                    }
                }
                Ok(None) => return,
                Err(e) => {
                    tracing::warn!(source = %self.name, %peer, error = %e, "syslog tcp connection dropped");
                    return;
                }
            }
        }
    }
}

/// One message from a TCP stream: octet-counted when it starts with a digit, else up to the
/// next newline. None at a clean end of stream.
async fn read_frame<R: tokio::io::AsyncBufRead + Unpin>(
    r: &mut R,
) -> std::io::Result<Option<Vec<u8>>> {
    let first = {
        let buf = r.fill_buf().await?;
        match buf.first() {
            None => return Ok(None),
            Some(b) => *b,
        }
    };
    // Octet counting (RFC 6587 3.4.1): a syslog message itself always starts with '<', so a
    // leading digit means a length prefix.
    if first.is_ascii_digit() {
        let mut len_bytes = Vec::new();
        (&mut *r).take(8).read_until(b' ', &mut len_bytes).await?;
        let digits = len_bytes.strip_suffix(b" ").unwrap_or(&len_bytes);
        let len: usize = std::str::from_utf8(digits)
            .ok()
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| {
                std::io::Error::new(
                    std::io::ErrorKind::InvalidData,
                    format!("bad octet count {:?}", String::from_utf8_lossy(&len_bytes)),
                )
            })?;
        if len > schemas::MAX_LINE_BYTES * 4 {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                format!("octet count {len} is beyond any log line"),
            ));
        }
        let mut frame = vec![0u8; len];
        r.read_exact(&mut frame).await?;
        while let [rest @ .., b'\n' | b'\r'] = frame.as_slice() {
            let n = rest.len();
            frame.truncate(n);
        }
        return Ok(Some(frame));
    }
    // Newline framing, bounded: a sender that never sends a newline cannot grow memory
    // without limit; the head of an over-long line goes on (to be counted as malformed).
    let mut frame = Vec::new();
    let limit = (schemas::MAX_LINE_BYTES + 1) as u64;
    (&mut *r).take(limit).read_until(b'\n', &mut frame).await?;
    if frame.last() != Some(&b'\n') && frame.len() as u64 == limit {
        // Skip the rest of the over-long line.
        let mut sink = Vec::new();
        loop {
            sink.clear();
            let n = (&mut *r).take(65_536).read_until(b'\n', &mut sink).await?;
            if n == 0 || sink.last() == Some(&b'\n') {
                break;
            }
        }
    }
    while let [rest @ .., b'\n' | b'\r'] = frame.as_slice() {
        let n = rest.len();
        frame.truncate(n);
    }
    Ok(Some(frame))
}

#[cfg(test)]
mod tests {
    use super::read_frame;

    #[tokio::test]
    async fn frames_both_ways() {
        let data: &[u8] = b"<13>Nov 22 10:00:00 h squid: one\n11 <13>x two\n\n<13>three";
        let mut r = tokio::io::BufReader::new(data);
        let mut got = Vec::new();
        while let Some(f) = read_frame(&mut r).await.expect("frame") {
            got.push(String::from_utf8_lossy(&f).into_owned());
        }
        // The count 11 covers "<13>x two" and two newlines, which are trimmed.
        assert_eq!(
            got,
            ["<13>Nov 22 10:00:00 h squid: one", "<13>x two", "<13>three"]
        );
    }

    #[tokio::test]
    async fn a_bad_octet_count_is_an_error() {
        let data: &[u8] = b"12x <13>x\n";
        let mut r = tokio::io::BufReader::new(data);
        assert!(read_frame(&mut r).await.is_err());
    }
}
