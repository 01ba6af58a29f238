//! libFuzzer target: `cargo +nightly fuzz run analyse` (from the repository root or fuzz/).
//! Bytes 0..4 choose lang, offsets and dct; the rest is the text as lossy UTF-8.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    kaalrekha_fuzz::check::check_bytes(data);
});
