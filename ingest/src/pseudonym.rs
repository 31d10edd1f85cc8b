//! Pseudonymisation at rest: user and device names become a keyed hash (HMAC-SHA256), so the
//! store can be queried by learner without naming anyone. The mapping back is written to a
//! separate `identities` table that only the reveal path reads.

use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::error::{Error, Result};

/// Keyed hashing of identities. The same key gives the same pseudonym on every worker and
/// every restart, so a learner's history joins up; without the key a pseudonym cannot be
/// reversed or tested against a guessed name.
#[derive(Clone)]
pub struct Pseudonymiser {
    mac: Hmac<Sha256>,
}

/// What an identifier names; part of the hashed input so a user and a device that happen to
/// share a name get different pseudonyms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    User,
    Device,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::User => "user",
            Kind::Device => "device",
        }
    }

    fn prefix(self) -> &'static str {
        match self {
            Kind::User => "u_",
            Kind::Device => "d_",
        }
    }
}

/// Keys shorter than this are refused: a short key can be brute-forced over a school's
/// list of user names.
pub const MIN_KEY_BYTES: usize = 16;

impl Pseudonymiser {
    pub fn new(key: &str) -> Result<Self> {
        if key.len() < MIN_KEY_BYTES {
            return Err(Error::Config(format!(
                "the pseudonym key must be at least {MIN_KEY_BYTES} bytes (GUARDLINE_PSEUDONYM_KEY)"
            )));
        }
        let mac = Hmac::<Sha256>::new_from_slice(key.as_bytes())
            .map_err(|e| Error::Config(format!("pseudonym key: {e}")))?;
        Ok(Pseudonymiser { mac })
    }

    /// `u_` or `d_` and 32 hex digits (128 bits of the HMAC: collisions are not a concern at
    /// any school's scale). Names are compared case-insensitively, as directories do.
    pub fn pseudonym(&self, kind: Kind, name: &str) -> String {
        let mut mac = self.mac.clone();
        mac.update(kind.as_str().as_bytes());
        mac.update(b"\0");
        mac.update(name.trim().to_lowercase().as_bytes());
        let digest = mac.finalize().into_bytes();
        let mut out = String::with_capacity(34);
        out.push_str(kind.prefix());
        out.push_str(&hex::encode(&digest[..16]));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stable_keyed_and_kind_separated() {
        let p = Pseudonymiser::new("0123456789abcdef-key").expect("key");
        let q = Pseudonymiser::new("another-key-0123456789").expect("key");
        let a = p.pseudonym(Kind::User, "jsmith");
        assert_eq!(a, p.pseudonym(Kind::User, "JSmith "));
        assert_ne!(a, q.pseudonym(Kind::User, "jsmith"));
        assert_ne!(a, p.pseudonym(Kind::Device, "jsmith"));
        assert!(a.starts_with("u_") && a.len() == 34 && !a.contains("jsmith"));
        assert!(Pseudonymiser::new("short").is_err());
    }
}
