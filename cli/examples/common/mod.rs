//! What the quality examples share: how each corpus is cut into a tuning part and a held-out
//! part.

/// A 64-bit FNV-1a hash: the same on every machine and run.
pub fn hash(text: &str, seed: u64) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325 ^ seed;
    for byte in text.bytes() {
        h ^= u64::from(byte);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// The held-out part: three articles in ten, by their id. It is for reporting only, never for
/// choosing what to change.
pub fn held_out(id: &str) -> bool {
    hash(id, 0) % 10 < 3
}
