#![no_main]
//! Fuzz target: see `targets.rs` for what it does with an input.

include!("../targets.rs");

libfuzzer_sys::fuzz_target!(|data: &[u8]| summary(data));
