#![no_main]
//! Fuzz target: see `targets.rs` for what it does with an input.

include!("../targets.rs");

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let bytes = damaged(data);
    // SAFETY: `read_all` keeps nothing that borrows the bytes once it returns (the corpus it
    // opens, and its caches, are dropped inside it), and `bytes` outlives the call. Leaking a
    // copy of the corpus for each of a million inputs instead would take 30 GB.
    let view: &'static [u8] = unsafe { std::mem::transmute::<&[u8], &'static [u8]>(&bytes) };
    read_all(view);
    drop(bytes);
});
