//! Domain lists: a hash map from domain to the rules that list it, looked up for a host and
//! every parent domain (`a.b.example.com`, `b.example.com`, `example.com`, `com`). A lookup is
//! a handful of hash probes on slices of the host, with no allocation.

use foldhash::HashMap;

#[derive(Debug, Default, Clone)]
pub struct DomainSet {
    map: HashMap<String, Vec<u32>>,
}

impl DomainSet {
    /// Add `domain` for rule `rule`. Accepts `*.example.com`, `.example.com`, `Example.COM.`
    /// and Unicode names (stored as punycode, as hosts arrive from logs).
    pub fn insert(&mut self, domain: &str, rule: u32) -> Result<(), String> {
        let d = domain.trim().trim_start_matches("*.").trim_matches('.');
        if d.is_empty() || d.contains(['/', ' ', ':']) {
            return Err(format!("{domain:?} is not a domain name"));
        }
        let ascii = idna::domain_to_ascii(d)
            .map_err(|_| format!("{domain:?} is not a valid domain name"))?;
        let rules = self.map.entry(ascii).or_default();
        if !rules.contains(&rule) {
            rules.push(rule);
        }
        Ok(())
    }

    /// The listed domain that covers `host` (the most specific first) and its rules.
    pub fn lookup<'a>(&'a self, host: &'a str) -> impl Iterator<Item = (&'a str, &'a [u32])> + 'a {
        let host = host.trim_end_matches('.');
        let starts =
            std::iter::once(0).chain(memchr::memchr_iter(b'.', host.as_bytes()).map(|i| i + 1));
        starts.filter_map(move |i| {
            let suffix = &host[i..];
            self.map.get(suffix).map(|r| (suffix, r.as_slice()))
        })
    }

    pub fn contains_host(&self, host: &str) -> bool {
        self.lookup(host).next().is_some()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&String, &Vec<u32>)> {
        self.map.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parents_match_siblings_do_not() {
        let mut s = DomainSet::default();
        s.insert("*.Pornhub.com.", 1).unwrap();
        s.insert("bücher.example", 2).unwrap();
        assert_eq!(
            s.lookup("www.pornhub.com").next(),
            Some(("pornhub.com", &[1u32][..]))
        );
        assert!(s.contains_host("pornhub.com"));
        assert!(!s.contains_host("notpornhub.com"));
        assert!(s.contains_host("xn--bcher-kva.example"));
        assert!(s.insert("not a domain", 3).is_err());
    }
}
