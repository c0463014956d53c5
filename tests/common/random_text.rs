//! Deterministic random texts built from fragments that have tripped text
//! processors before: every kind of quote mark, apostrophes, emoji with ZWJ,
//! combining marks, CJK, right-to-left scripts, control characters, line
//! breaks, abbreviations and the cue words the rules look for.

/// xorshift64: tiny, deterministic, good enough to pick fragments.
pub struct XorShift(u64);

impl XorShift {
    pub fn new(seed: u64) -> XorShift {
        // the state must never be zero
        XorShift(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// Fragments the random texts are made of.
pub const PALETTE: &[&str] = &[
    // quote marks of every family, alone and in pairs
    "“", "”", "‘", "’", "\"", "'", "«", "»", "„", "‚", "‹", "›", "「", "」", "『", "』",
    "« ", " »", "„Nein“", "‚ja‘", "»so«", "「はい」", "“We will not”", "‘no’", "\"yes\"",
    // apostrophes and primes
    "don't", "Iran’s", "’90s", "rock 'n' roll", "Jones'", "5′10″", "o’clock",
    // emoji, ZWJ sequences, flags, skin tones
    "😀", "👩‍👩‍👧", "🇪🇺", "👍🏽", "❤️",
    // combining marks, CJK, right to left
    "e\u{301}", "n\u{303}o", "Zu\u{308}rich", "北京", "会谈", "مرحبا", "שלום", "\u{200F}", "\u{202E}",
    // control characters and line breaks
    "\0", "\u{7}", "\t", "\r\n", "\n", "\r", "\n\n", "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{FFFD}",
    // words, names, abbreviations, punctuation
    " ", " ", " ", "said", "says", "he", "she", "Mr.", "U.S.", "Dr.", ".", ",", "?", "!", "…", "—",
    "Ines Valdmaa", "Minister", "Harbour Minister Ines Valdmaa", "a senior official", "The",
    "told reporters that", "according to", "warned that", "adding that",
    // red-line vocabulary
    "non-negotiable", "will not", "will not accept", "if", "unless", "by Friday", "red line",
    "refused to", "ruled out", "we will", "cross",
    // long words
    "Verhandlungsbereitschaftserklärung", "antidisestablishmentarianism",
];

/// A text of up to `max_fragments` fragments, each followed by a space or not.
pub fn random_text(rng: &mut XorShift, max_fragments: usize) -> String {
    let n = rng.below(max_fragments + 1);
    let mut text = String::new();
    for _ in 0..n {
        text.push_str(rng.pick(PALETTE));
        if rng.below(3) == 0 {
            text.push(' ');
        }
    }
    text
}
