//! The word lists as compiled in: each data file without its comments.
//!
//! The files explain themselves in `#` comments (examples, why a word is
//! in or out), about 40% of their bytes; the `.wasm` needs none of it.
//! [`data_file!`] reads a file with `include_str!` and, while compiling
//! (const evaluation, no build script), keeps of each line what the parsers
//! read: the text before any `#`, without the ASCII spaces around it, and
//! drops the lines left empty. Every parser of these files cuts at `#`,
//! trims and skips empty lines itself, so it reads the same entries from
//! either text (`str::trim` after the ASCII trim here trims what `trim`
//! alone would).

/// The text of the data file at `$path` (relative to the file that names
/// it, as for `include_str!`) without comments and blank lines, as a
/// `&'static str`.
macro_rules! data_file {
    ($path:literal) => {{
        const RAW: &str = include_str!($path);
        const STRIPPED: [u8; $crate::lexicon::data::stripped_len(RAW)] = $crate::lexicon::data::strip(RAW);
        const TEXT: &str = $crate::lexicon::data::as_str(&STRIPPED);
        TEXT
    }};
}
pub(crate) use data_file;

/// The length of [`strip`]'s output.
pub const fn stripped_len(raw: &str) -> usize {
    let raw = raw.as_bytes();
    let (mut i, mut len) = (0, 0);
    while i < raw.len() {
        let (start, end, next) = kept_part(raw, i);
        if end > start {
            len += end - start + 1; // the line and its '\n'
        }
        i = next;
    }
    len
}

/// `raw` without comments, blank lines and the ASCII spaces around lines;
/// each kept line ends with '\n'. `N` must be `stripped_len(raw)`.
pub const fn strip<const N: usize>(raw: &str) -> [u8; N] {
    let raw = raw.as_bytes();
    let mut out = [0u8; N];
    let (mut i, mut o) = (0, 0);
    while i < raw.len() {
        let (mut start, end, next) = kept_part(raw, i);
        if end > start {
            while start < end {
                out[o] = raw[start];
                start += 1;
                o += 1;
            }
            out[o] = b'\n';
            o += 1;
        }
        i = next;
    }
    out
}

/// The line of `raw` that starts at `i`: the range of its text before any
/// `#`, trimmed of ASCII whitespace, and where the next line starts. `#`,
/// '\n' and the ASCII spaces are single bytes that never occur inside a
/// multi-byte UTF-8 character, so the range is on character boundaries.
const fn kept_part(raw: &[u8], i: usize) -> (usize, usize, usize) {
    let mut line_end = i;
    while line_end < raw.len() && raw[line_end] != b'\n' {
        line_end += 1;
    }
    let mut end = i;
    while end < line_end && raw[end] != b'#' {
        end += 1;
    }
    let mut start = i;
    while start < end && raw[start].is_ascii_whitespace() {
        start += 1;
    }
    while end > start && raw[end - 1].is_ascii_whitespace() {
        end -= 1;
    }
    (start, end, line_end + 1)
}

/// `bytes` (cut from UTF-8 text on character boundaries) as text.
pub const fn as_str(bytes: &'static [u8]) -> &'static str {
    match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(_) => panic!("a stripped data file is not UTF-8"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# a comment\n\n[say]\n  said says  # past, present\r\n\t!maintained\nx#y\n   \n#\nlast";

    #[test]
    fn keeps_what_the_parsers_read() {
        const LEN: usize = stripped_len(SAMPLE);
        let out = strip::<LEN>(SAMPLE);
        assert_eq!(std::str::from_utf8(&out).unwrap(), "[say]\nsaid says\n!maintained\nx\nlast\n");
    }

    #[test]
    fn the_parsers_read_the_same_lines_from_both() {
        const LEN: usize = stripped_len(SAMPLE);
        let out = strip::<LEN>(SAMPLE);
        let read = |text: &str| -> Vec<String> {
            text.lines().map(|l| l.split('#').next().unwrap_or("").trim().to_string()).filter(|l| !l.is_empty()).collect()
        };
        assert_eq!(read(std::str::from_utf8(&out).unwrap()), read(SAMPLE));
    }

    /// Every data file: the parsers' lines of the stripped text are those
    /// of the file as written.
    #[test]
    fn every_data_file_reads_the_same() {
        let read = |text: &str| -> Vec<String> {
            text.lines().map(|l| l.split('#').next().unwrap_or("").trim().to_string()).filter(|l| !l.is_empty()).collect()
        };
        macro_rules! same {
            ($($path:literal),*) => {$(
                assert_eq!(read(data_file!($path)), read(include_str!($path)), $path);
            )*};
        }
        same!(
            "belief_verbs.txt", "complements.txt", "function_words.txt", "given_names.txt",
            "irregular_past.txt", "media_nouns.txt", "modifiers.txt", "not_speakers.txt", "phrasal_cues.txt", "quantities.txt", "request_verbs.txt", "stance_verbs.txt",
            "speaker_nouns.txt", "speech_verbs.txt", "titles.txt",
            "redline/agents.txt", "redline/modal_be.txt", "redline/modal_exclusions.txt",
            "redline/negotiation_nouns.txt", "redline/non_negotiable.txt", "redline/red_line_mention.txt",
            "redline/refusal.txt", "redline/threat.txt", "redline/threat_consequences.txt", "redline/ultimatum.txt"
        );
    }
}
