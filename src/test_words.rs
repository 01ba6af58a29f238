//! Random short words over a small alphabet, for tests that check a fast function against a
//! plain one on many inputs. A fixed xorshift seed keeps every run the same.

/// `count` words of up to `max_len - 1` characters drawn from `alphabet`.
pub fn random_words(
    alphabet: &str,
    seed: u64,
    count: usize,
    max_len: u64,
) -> impl Iterator<Item = String> {
    let alphabet: Vec<char> = alphabet.chars().collect();
    let mut x = seed;
    (0..count).map(move |_| {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let len = (x % max_len) as usize;
        (0..len)
            .map(|k| alphabet[((x >> (k * 5)) % alphabet.len() as u64) as usize])
            .collect()
    })
}
