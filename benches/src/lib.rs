//! Shared pieces of Guardline's benchmarks: deterministic generators of realistic log lines,
//! so every bench (and every peer tool it is compared with) reads the same input.
//!
//! The generators use a small xorshift so that the same seed gives byte-identical files on
//! every machine, without pulling a random-number crate into the workspace.

pub mod worker;

/// A tiny deterministic PRNG (xorshift64*).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const HOSTS: &[&str] = &[
    "www.bbc.co.uk",
    "www.gov.uk",
    "classroom.google.com",
    "login.microsoftonline.com",
    "www.youtube.com",
    "fonts.gstatic.com",
    "www.wikipedia.org",
    "outlook.office365.com",
    "www.tiktok.com",
    "cdn.jsdelivr.net",
    "www.instagram.com",
    "teams.microsoft.com",
    "www.senecalearning.com",
    "www.amazon.co.uk",
    "discord.com",
];
const PATHS: &[&str] = &[
    "/",
    "/news/education-67021331",
    "/static/app.js",
    "/c/MTIzNDU2",
    "/watch?v=dQw4w9WgXcQ",
    "/api/v1/feed?cursor=abc123",
    "/images/logo.png",
];
const SEARCHES: &[&str] = &[
    "photosynthesis+revision",
    "gcse+maths+past+papers",
    "how+to+cite+harvard",
    "football+results",
    "weather+leeds",
    "painless+ways+to+die",
    "buy+weed+near+me",
    "free+vpn+school",
    "romeo+and+juliet+summary",
    "how+to+make+a+pipe+bomb",
];
const USERS: &[&str] = &[
    "-",
    "jsmith",
    "a.khan",
    "student042",
    "t.okafor",
    "SCHOOL%5Cl.nowak",
];

/// Words and suffixes for the long tail of host names.
const TAIL_WORDS: &[&str] = &[
    "news", "shop", "cdn", "media", "static", "learn", "games", "sport", "maths", "history",
    "weather", "recipes", "music", "travel", "school", "library", "science", "coding", "art",
    "football",
];
const TAIL_SUFFIXES: &[&str] = &["com", "co.uk", "org", "net", "org.uk", "io", "ac.uk", "tv"];
const PATH_SEGMENTS: &[&str] = &[
    "article",
    "api/v2/items",
    "assets/img",
    "watch",
    "post",
    "product",
    "course",
    "u",
    "t",
];

/// A host as a school's traffic spreads over them: a few big sites take most lines, a long tail
/// of a few thousand sites the rest, and media CDNs give names nearly unique per request
/// (`r4---sn-5hne6nzk.googlevideo.com`), so a detector's memory of names is tested honestly.
fn host(rng: &mut Rng) -> String {
    match rng.below(100) {
        0..=54 => rng.pick(HOSTS).to_owned(),
        55..=94 => {
            // Skewed towards the head of the tail: index below a random bound.
            let bound = 1 + rng.below(5_000);
            let i = rng.below(bound);
            format!(
                "www.{}{}.{}",
                TAIL_WORDS[i % TAIL_WORDS.len()],
                i / TAIL_WORDS.len(),
                TAIL_SUFFIXES[i % TAIL_SUFFIXES.len()]
            )
        }
        _ => format!(
            "r{}---sn-{:08x}.googlevideo.com",
            1 + rng.below(20),
            rng.next_u64() as u32
        ),
    }
}

/// A path: a few common ones, mostly object and API paths with ids and cache-busting queries.
fn path(rng: &mut Rng) -> String {
    if rng.below(10) < 4 {
        return rng.pick(PATHS).to_owned();
    }
    let seg = rng.pick(PATH_SEGMENTS);
    let id = rng.below(1_000_000);
    if rng.below(2) == 0 {
        format!("/{seg}/{id}")
    } else {
        format!("/{seg}/{id}?v={:08x}", rng.next_u64() as u32)
    }
}

/// One Squid native `access.log` line, shaped like a school proxy's traffic: mostly ordinary
/// browsing and CONNECT tunnels over many hosts, one in ten a search.
pub fn squid_line(rng: &mut Rng, ts: f64) -> String {
    let client = format!(
        "10.{}.{}.{}",
        rng.below(40),
        rng.below(255),
        1 + rng.below(254)
    );
    let user = rng.pick(USERS);
    let elapsed = rng.below(2000);
    let bytes = rng.below(200_000);
    match rng.below(10) {
        0 => format!(
            "{ts:.3} {elapsed:>6} {client} TCP_MISS/200 {bytes} GET https://www.google.com/search?q={}&hl=en-GB {user} HIER_DIRECT/142.250.1.1 text/html",
            rng.pick(SEARCHES)
        ),
        1..=4 => format!(
            "{ts:.3} {elapsed:>6} {client} TCP_TUNNEL/200 {bytes} CONNECT {}:443 {user} HIER_DIRECT/10.0.0.1 -",
            host(rng)
        ),
        _ => format!(
            "{ts:.3} {elapsed:>6} {client} TCP_MISS/200 {bytes} GET http://{}{} {user} HIER_DIRECT/10.0.0.1 text/html",
            host(rng),
            path(rng)
        ),
    }
}

const TEXTS: &[&str] = &[
    "ok see you at lunch",
    "can you send me the homework",
    "i want to kill myself",
    "lol that was so funny",
    "the mitochondria is the powerhouse of the cell",
    "dont tell anyone about us ok",
    "what time is the bus",
];
const PROCESSES: &[&str] = &[
    "chrome.exe",
    "WINWORD.EXE",
    "Discord.exe",
    "Teams.exe",
    "msedge.exe",
];

/// One endpoint agent event (CONTRACTS.md §2), mostly typed text.
pub fn endpoint_line(rng: &mut Rng, secs: i64) -> String {
    let ts = chrono_like(secs);
    let device = format!("LAB-PC-{:02}", rng.below(60));
    match rng.below(4) {
        0 => format!(
            r#"{{"ts": "{ts}", "site": "north", "device": "{device}", "user": "student{:03}", "event": "window_title", "process": "{}", "window_title": "Homework - Google Docs"}}"#,
            rng.below(900),
            rng.pick(PROCESSES)
        ),
        _ => format!(
            r#"{{"ts": "{ts}", "site": "north", "device": "{device}", "user": "student{:03}", "event": "text_capture", "process": "{}", "window_title": "Chat", "text": "{}", "url": null}}"#,
            rng.below(900),
            rng.pick(PROCESSES),
            rng.pick(TEXTS)
        ),
    }
}

/// RFC 3339 for a Unix second in November 2026, without a date library.
fn chrono_like(secs: i64) -> String {
    let base = 1_795_305_600; // 2026-11-22T00:00:00Z
    let s = (secs - base).rem_euclid(86_400);
    format!(
        "2026-11-22T{:02}:{:02}:{:02}.{:03}Z",
        s / 3600,
        (s / 60) % 60,
        s % 60,
        (secs % 1000).abs()
    )
}

/// `n` lines of a generator, newline-terminated, as one buffer.
pub fn corpus(n: usize, seed: u64, mut line: impl FnMut(&mut Rng, usize) -> String) -> Vec<u8> {
    let mut rng = Rng::new(seed);
    let mut out = Vec::with_capacity(n * 160);
    for i in 0..n {
        out.extend_from_slice(line(&mut rng, i).as_bytes());
        out.push(b'\n');
    }
    out
}
