//! Every parser, and `auto`, on arbitrary bytes: must return (event, skip or error), never
//! panic, hang or allocate without bound. The input is also fed as a two-line stream so that
//! stateful paths (a Zeek `#fields` header followed by data) are reached.
#![no_main]

use libfuzzer_sys::fuzz_target;
use schemas::{Format, LineParser, ParseOptions, parse_stream};

fuzz_target!(|data: &[u8]| {
    for format in Format::ALL {
        let mut parser = LineParser::new(*format, ParseOptions::default());
        let _ = parser.parse(data);
        let mut parser = LineParser::new(*format, ParseOptions::default());
        let _ = parse_stream(data, &mut parser, |_, _| Ok(()));
    }
});
