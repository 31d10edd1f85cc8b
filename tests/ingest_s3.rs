//! The store in an S3-compatible bucket: `guardline ingest` with `GUARDLINE_STORE=s3://...`
//! against moto's S3 server (`moto_server`, PyPI `moto[server]`), an independent
//! implementation of the S3 HTTP API. Killed with -9 half-way and restarted; the bucket is then
//! read back with pyarrow's own S3 client and checked line by line: every line exactly once.

mod common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::replay::{CONFIG, Run, wait_committed};
use common::*;

struct Moto(Child);

impl Drop for Moto {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn http(port: u16, request: &str) -> Option<String> {
    let mut s = TcpStream::connect(("127.0.0.1", port)).ok()?;
    s.write_all(request.as_bytes()).ok()?;
    let mut out = String::new();
    s.read_to_string(&mut out).ok()?;
    Some(out)
}

fn moto() -> (Moto, u16) {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("port");
    let child = Command::new("moto_server")
        .args(["-H", "127.0.0.1", "-p", &port.to_string()])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("moto_server is needed for this test (pip install 'moto[server]')");
    let m = Moto(child);
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let r = http(
            port,
            "GET /moto-api/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
        );
        if r.is_some_and(|r| r.starts_with("HTTP/1.1 200") || r.starts_with("HTTP/1.0 200")) {
            break;
        }
        assert!(Instant::now() < deadline, "moto_server did not start");
        std::thread::sleep(Duration::from_millis(100));
    }
    (m, port)
}

#[test]
fn s3_store_holds_every_line_once_across_a_kill() {
    let (_moto, port) = moto();
    let created = http(
        port,
        "PUT /guardline HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
    )
    .unwrap_or_default();
    assert!(created.contains(" 200 "), "bucket: {created}");
    let endpoint = format!("http://127.0.0.1:{port}");
    let env = [
        ("AWS_ACCESS_KEY_ID", "testing"),
        ("AWS_SECRET_ACCESS_KEY", "testing"),
        ("AWS_REGION", "us-east-1"),
        ("AWS_ENDPOINT", endpoint.as_str()),
        ("AWS_ALLOW_HTTP", "true"),
    ];
    let store = "s3://guardline/history";
    let dir = tempfile::tempdir().expect("tempdir");
    let broker = Broker::new(4);
    let p = broker.producer();
    let run = Run {
        partitions: 4,
        lines: 4000,
    };
    let limit = Duration::from_secs(90);

    produce(&p, "guardline.proxy", &run.records(0..2000, true));
    let mut w = Ingest::start_env(dir.path(), &broker.servers, store, CONFIG, 1, &env);
    let half = Run {
        partitions: 4,
        lines: 2000,
    };
    wait_committed(&broker, &half, &w, limit);
    produce(&p, "guardline.proxy", &run.records(2000..3000, true));
    std::thread::sleep(Duration::from_millis(700));
    w.kill9();
    produce(&p, "guardline.proxy", &run.records(3000..4000, true));
    let w = Ingest::start_env(dir.path(), &broker.servers, store, CONFIG, 2, &env);
    wait_committed(&broker, &run, &w, limit);
    assert!(w.terminate().success());

    // Copy the bucket down with pyarrow's S3 client, then check it as a local store.
    let local = dir.path().join("copy");
    let script = format!(
        r#"
import pyarrow.fs as fs
s3 = fs.S3FileSystem(endpoint_override="127.0.0.1:{port}", scheme="http",
                     access_key="testing", secret_key="testing", region="us-east-1")
infos = s3.get_file_info(fs.FileSelector("guardline/history", recursive=True))
files = [i.path for i in infos if i.type == fs.FileType.File]
assert all(f.endswith(".parquet") for f in files), files
fs.copy_files("guardline/history", "{}", source_filesystem=s3)
print(len(files))
"#,
        local.display()
    );
    let out = Command::new("python3")
        .args(["-c", &script])
        .output()
        .expect("python3 with pyarrow");
    assert!(
        out.status.success(),
        "pyarrow: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    eprintln!(
        "objects in the bucket: {}",
        String::from_utf8_lossy(&out.stdout).trim()
    );
    run.verify(&local);
    // No plain identity in what was stored.
    let events = read_table(&local, "events");
    assert!(
        strings(&events, "user")
            .iter()
            .flatten()
            .all(|u| u.starts_with("u_"))
    );
}
