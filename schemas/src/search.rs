//! Search terms from the URLs of search engines and the sites people search on.
//!
//! A search is the strongest signal a proxy log carries ("painless ways to die" typed into a
//! search box), so it is pulled out of the URL here and judged as a search, not as a URL.
//! Autocomplete endpoints are included: with them a proxy sees what is being typed, letter by
//! letter; the detector is responsible for not alerting once per prefix.

/// One search endpoint: a brand (matched as a registrable name under any country TLD, e.g.
/// `google` matches `www.google.co.uk`) or an exact host suffix, path prefixes, and the
/// parameter names that carry the terms, in order of preference.
struct Endpoint {
    site: Site,
    paths: &'static [&'static str],
    params: &'static [&'static str],
}

enum Site {
    /// `google` matches `google.com`, `www.google.co.uk`, `images.google.de`.
    Brand(&'static str),
    /// `duckduckgo.com` matches itself and every sub-domain.
    Domain(&'static str),
}

/// The table is data, not code, so adding a site is one line. Paths are prefixes; `""` is any.
const ENDPOINTS: &[Endpoint] = &[
    // Google web, images, news and the autocomplete endpoints.
    Endpoint {
        site: Site::Brand("google"),
        paths: &["/search", "/complete/search", "/webhp", "/images"],
        params: &["q", "as_q"],
    },
    Endpoint {
        site: Site::Domain("suggestqueries.google.com"),
        paths: &[""],
        params: &["q"],
    },
    Endpoint {
        site: Site::Domain("suggestqueries-clients6.youtube.com"),
        paths: &[""],
        params: &["q"],
    },
    Endpoint {
        site: Site::Brand("bing"),
        paths: &[
            "/search",
            "/images/search",
            "/videos/search",
            "/news/search",
            // "/AS/Suggest" also covers "/AS/Suggestions" (paths are prefixes).
            "/AS/Suggest",
            "/as/suggest",
            "/qsonhs.aspx",
            "/osjson.aspx",
        ],
        params: &["q", "qry", "query"],
    },
    Endpoint {
        site: Site::Domain("duckduckgo.com"),
        paths: &["/", "/html", "/lite", "/ac"],
        params: &["q"],
    },
    Endpoint {
        site: Site::Domain("search.yahoo.com"),
        paths: &["/search", "/sugg", "/"],
        params: &["p", "command", "q"],
    },
    Endpoint {
        site: Site::Domain("ecosia.org"),
        paths: &["/search", "/images", "/videos", "/news", "/autocomplete"],
        params: &["q"],
    },
    Endpoint {
        site: Site::Brand("youtube"),
        paths: &["/results", "/search", "/complete/search"],
        params: &["search_query", "q"],
    },
    Endpoint {
        site: Site::Brand("tiktok"),
        paths: &["/search", "/api/search", "/tag"],
        params: &["q", "keyword"],
    },
    Endpoint {
        site: Site::Brand("reddit"),
        paths: &[
            "/search",
            "/r/",
            "/api/search_reddit_names",
            "/svc/shreddit/search",
        ],
        params: &["q", "query"],
    },
    Endpoint {
        site: Site::Domain("wikipedia.org"),
        paths: &[
            "/w/index.php",
            "/w/api.php",
            "/wiki/Special:Search",
            "/w/rest.php",
        ],
        params: &["search", "q"],
    },
    Endpoint {
        site: Site::Brand("amazon"),
        paths: &["/s", "/api/2017/suggestions", "/gp/search"],
        params: &["k", "field-keywords", "prefix"],
    },
    Endpoint {
        site: Site::Domain("completion.amazon.co.uk"),
        paths: &[""],
        params: &["prefix"],
    },
    Endpoint {
        site: Site::Domain("completion.amazon.com"),
        paths: &[""],
        params: &["prefix"],
    },
    Endpoint {
        site: Site::Domain("search.brave.com"),
        paths: &["/search", "/api/suggest"],
        params: &["q"],
    },
    Endpoint {
        site: Site::Domain("startpage.com"),
        paths: &[""],
        params: &["query", "q"],
    },
    Endpoint {
        site: Site::Brand("yandex"),
        paths: &["/search", "/suggest"],
        params: &["text", "part"],
    },
    Endpoint {
        site: Site::Domain("baidu.com"),
        paths: &["/s", "/sugrec"],
        params: &["wd", "word"],
    },
    Endpoint {
        site: Site::Domain("ask.com"),
        paths: &["/web"],
        params: &["q"],
    },
    Endpoint {
        site: Site::Domain("x.com"),
        paths: &["/search"],
        params: &["q"],
    },
    Endpoint {
        site: Site::Domain("twitter.com"),
        paths: &["/search"],
        params: &["q"],
    },
    Endpoint {
        site: Site::Domain("instagram.com"),
        paths: &["/explore/search", "/web/search"],
        params: &["q", "query"],
    },
    Endpoint {
        site: Site::Domain("pinterest.co.uk"),
        paths: &["/search"],
        params: &["q"],
    },
    Endpoint {
        site: Site::Domain("pinterest.com"),
        paths: &["/search"],
        params: &["q"],
    },
    Endpoint {
        site: Site::Brand("ebay"),
        paths: &["/sch"],
        params: &["_nkw"],
    },
    Endpoint {
        site: Site::Domain("open.spotify.com"),
        paths: &["/search"],
        params: &["q"],
    },
    Endpoint {
        site: Site::Domain("chatgpt.com"),
        paths: &["/"],
        params: &["q"],
    },
    Endpoint {
        site: Site::Domain("facebook.com"),
        paths: &["/search", "/marketplace/search", "/watch/search"],
        params: &["q"],
    },
    Endpoint {
        site: Site::Domain("linkedin.com"),
        paths: &["/search"],
        params: &["keywords"],
    },
    Endpoint {
        site: Site::Domain("twitch.tv"),
        paths: &["/search"],
        params: &["term"],
    },
    Endpoint {
        site: Site::Domain("store.steampowered.com"),
        paths: &["/search"],
        params: &["term"],
    },
    Endpoint {
        site: Site::Domain("roblox.com"),
        paths: &["/search", "/discover", "/catalog"],
        params: &["keyword", "Keyword"],
    },
    Endpoint {
        site: Site::Domain("quora.com"),
        paths: &["/search"],
        params: &["q"],
    },
    Endpoint {
        site: Site::Domain("perplexity.ai"),
        paths: &["/search", "/"],
        params: &["q"],
    },
    Endpoint {
        site: Site::Domain("copilot.microsoft.com"),
        paths: &["/"],
        params: &["q"],
    },
];

/// The decoded search terms of a request, when it is a search on a known site.
/// `host` is lower case; `query` the raw query string without `?`.
pub fn search_terms(host: &str, path: &str, query: &str) -> Option<String> {
    if query.is_empty() {
        return None;
    }
    let endpoint = ENDPOINTS
        .iter()
        .find(|e| site_matches(&e.site, host) && e.paths.iter().any(|p| path.starts_with(p)))?;
    for wanted in endpoint.params {
        for (name, value) in form_urlencoded::parse(query.as_bytes()) {
            if name == *wanted {
                let terms = value.trim();
                if !terms.is_empty() {
                    return Some(terms.to_owned());
                }
            }
        }
    }
    None
}

fn site_matches(site: &Site, host: &str) -> bool {
    match site {
        Site::Domain(domain) => {
            host == *domain
                || (host.len() > domain.len()
                    && host.ends_with(domain)
                    && host.as_bytes()[host.len() - domain.len() - 1] == b'.')
        }
        Site::Brand(brand) => {
            // The brand label followed by a country or generic suffix of one or two short
            // labels: google.com, google.co.uk, google.com.au; not google.evil.example.net.
            let mut suffix = 0;
            for label in host.as_bytes().rsplit(|b| *b == b'.') {
                if label == brand.as_bytes() && suffix > 0 {
                    return true;
                }
                suffix += 1;
                if suffix > 2 || label.len() > 4 {
                    return false;
                }
            }
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn engines() {
        let cases = [
            (
                "www.facebook.com",
                "/search/top/",
                "q=how%20to%20get%20round%20the%20wifi%20block",
                "how to get round the wifi block",
            ),
            ("www.twitch.tv", "/search", "term=gta+6", "gta 6"),
            (
                "www.bing.com",
                "/AS/Suggest",
                "qry=sh%20scars%20on%20thighs&cvid=84F27DDBD02F&csr=1",
                "sh scars on thighs",
            ),
            ("www.bing.com", "/osjson.aspx", "query=vpn+free", "vpn free"),
            (
                "www.google.com",
                "/search",
                "q=how+to+join+isis&hl=en-GB",
                "how to join isis",
            ),
            (
                "www.google.co.uk",
                "/complete/search",
                "client=chrome&q=sui",
                "sui",
            ),
            (
                "www.bing.com",
                "/search",
                "q=ways+to+kill+myself&form=QBLH",
                "ways to kill myself",
            ),
            (
                "duckduckgo.com",
                "/",
                "q=best+free+vpn&ia=web",
                "best free vpn",
            ),
            (
                "uk.search.yahoo.com",
                "/search",
                "p=online+casino+no+id",
                "online casino no id",
            ),
            ("www.ecosia.org", "/search", "method=index&q=porn", "porn"),
            (
                "www.youtube.com",
                "/results",
                "search_query=self+harm+tips",
                "self harm tips",
            ),
            (
                "www.tiktok.com",
                "/search",
                "q=blackout%20challenge&t=1700000000000",
                "blackout challenge",
            ),
            ("www.reddit.com", "/search/", "q=buy+weed+uk", "buy weed uk"),
            (
                "en.wikipedia.org",
                "/w/index.php",
                "search=Christchurch+manifesto&title=Special%3ASearch",
                "Christchurch manifesto",
            ),
            ("www.amazon.co.uk", "/s", "k=rope&ref=nb", "rope"),
        ];
        for (host, path, query, want) in cases {
            assert_eq!(
                search_terms(host, path, query).as_deref(),
                Some(want),
                "{host}{path}?{query}"
            );
        }
    }

    #[test]
    fn not_a_search() {
        assert_eq!(search_terms("www.google.com", "/maps", "q=leeds"), None);
        assert_eq!(
            search_terms("google.evil.example.net", "/search", "q=x"),
            None
        );
        assert_eq!(search_terms("notduckduckgo.com", "/", "q=x"), None);
        assert_eq!(search_terms("www.google.com", "/search", ""), None);
        assert_eq!(search_terms("www.google.com", "/search", "q=+"), None);
    }

    #[test]
    fn invalid_percent_encoding_is_lossy_not_fatal() {
        assert_eq!(
            search_terms("www.google.com", "/search", "q=%FF%FEabc").as_deref(),
            Some("\u{fffd}\u{fffd}abc")
        );
    }
}
