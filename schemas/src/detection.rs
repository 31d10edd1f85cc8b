//! What the detector produces: a [`Detection`] names a [`Category`] and a [`Level`] and says
//! which rule fired on which field and text, so a DSL can see why.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::Error;

/// The 16 risk categories; the ids are fixed by CONTRACTS.md §3.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Suicide,
    SelfHarm,
    Radicalisation,
    Grooming,
    Bullying,
    Discrimination,
    AdultContent,
    Drugs,
    Gambling,
    Violence,
    FilterBypass,
    Hacking,
    Piracy,
    Gaming,
    SocialMedia,
    IllegalContent,
}

impl Category {
    pub const ALL: [Category; 16] = [
        Category::Suicide,
        Category::SelfHarm,
        Category::Radicalisation,
        Category::Grooming,
        Category::Bullying,
        Category::Discrimination,
        Category::AdultContent,
        Category::Drugs,
        Category::Gambling,
        Category::Violence,
        Category::FilterBypass,
        Category::Hacking,
        Category::Piracy,
        Category::Gaming,
        Category::SocialMedia,
        Category::IllegalContent,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Category::Suicide => "suicide",
            Category::SelfHarm => "self_harm",
            Category::Radicalisation => "radicalisation",
            Category::Grooming => "grooming",
            Category::Bullying => "bullying",
            Category::Discrimination => "discrimination",
            Category::AdultContent => "adult_content",
            Category::Drugs => "drugs",
            Category::Gambling => "gambling",
            Category::Violence => "violence",
            Category::FilterBypass => "filter_bypass",
            Category::Hacking => "hacking",
            Category::Piracy => "piracy",
            Category::Gaming => "gaming",
            Category::SocialMedia => "social_media",
            Category::IllegalContent => "illegal_content",
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Category {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        Category::ALL
            .into_iter()
            .find(|c| c.as_str() == s)
            .ok_or_else(|| Error::UnknownCategory(s.to_owned()))
    }
}

/// A risk level from 1 (policy information) to 5 (imminent risk: phone the safeguarding team).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "i64", into = "u8")]
pub struct Level(u8);

impl Level {
    pub const MIN: Level = Level(1);
    pub const MAX: Level = Level(5);

    pub fn new(value: i64) -> Result<Self, Error> {
        match value {
            1..=5 => Ok(Level(value as u8)),
            _ => Err(Error::BadLevel(value)),
        }
    }

    pub fn get(self) -> u8 {
        self.0
    }
}

impl TryFrom<i64> for Level {
    type Error = Error;

    fn try_from(value: i64) -> Result<Self, Error> {
        Level::new(value)
    }
}

impl From<Level> for u8 {
    fn from(level: Level) -> u8 {
        level.0
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// The event field a rule matched in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// Search terms extracted from a search URL.
    Search,
    Url,
    Host,
    Sni,
    /// A DNS query name.
    Qname,
    /// Typed or pasted text on an endpoint.
    Text,
    WindowTitle,
    /// The program an endpoint event came from (`tor.exe`), matched against `processes` lists.
    Process,
}

impl Field {
    pub fn as_str(self) -> &'static str {
        match self {
            Field::Search => "search",
            Field::Url => "url",
            Field::Host => "host",
            Field::Sni => "sni",
            Field::Qname => "qname",
            Field::Text => "text",
            Field::WindowTitle => "window_title",
            Field::Process => "process",
        }
    }
}

/// One risk indicator found in one event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Detection {
    pub category: Category,
    pub level: Level,
    /// Rule id, such as `suicide.method.search`.
    pub rule: String,
    pub field: Field,
    /// The text as the learner wrote it (not the normalised form).
    pub matched: String,
    /// Byte range of `matched` within the field's value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span: Option<(u32, u32)>,
}
