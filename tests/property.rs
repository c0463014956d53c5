//! Property tests: the invariants the fuzz targets check (`fuzz/`), over
//! thousands of generated inputs in the ordinary test suite. Every property
//! holds for any text: the document's invariants (`tests/common/check.rs`),
//! determinism, the kinds filter, options that are either accepted (and then
//! annotate correctly) or refused with a message. A failure is shrunk to a
//! small input before it is reported, ready to become a named test in
//! `tests/no_panic.rs`.

mod common;

use article_annotator::{annotate, Kinds, OffsetUnit, Options};
use common::arbitrary::{any_options, any_text, lossy_bytes, mutate, shrink};
use common::check::invariant_violations;
use common::random_text::XorShift;
use std::panic::{catch_unwind, AssertUnwindSafe};

const UNITS: [OffsetUnit; 3] = [OffsetUnit::Utf8, OffsetUnit::Utf16, OffsetUnit::Chars];

/// What is wrong with annotating `text` in `unit`: a panic or broken
/// invariants; `None` when all is well.
fn problem(text: &str, options: &Options) -> Option<String> {
    match catch_unwind(AssertUnwindSafe(|| annotate(text, options))) {
        Err(_) => Some("annotate panicked".into()),
        Ok(doc) => {
            let problems = invariant_violations(text, &doc, options.offsets);
            (!problems.is_empty()).then(|| problems.join("\n  "))
        }
    }
}

/// Checks `text` under `options`; on failure, shrinks it and panics with
/// the smallest failing input.
fn assert_holds(text: &str, options: &Options, what: &str) {
    assert_holds_with(text, |t| problem(t, options), &format!("{what}, {options:?}"));
}

/// The same for any check (`None` = holds). Panic messages are silenced
/// while shrinking, which runs the failing input many times.
fn assert_holds_with(text: &str, check: impl Fn(&str) -> Option<String>, what: &str) {
    let Some(first) = check(text) else { return };
    std::panic::set_hook(Box::new(|_| {}));
    let small = shrink(text, |t| check(t).is_some());
    let _ = std::panic::take_hook();
    panic!(
        "{what}: {first}\nshrunk to {} chars: {small:?}\nproblem: {}",
        small.chars().count(),
        check(&small).unwrap_or_default()
    );
}

fn options_in(unit: OffsetUnit) -> Options {
    Options { offsets: unit, ..Options::default() }
}

#[test]
fn any_unicode_text_holds_the_invariants() {
    for seed in 0..1500u64 {
        let mut rng = XorShift::new(seed);
        let text = any_text(&mut rng, 120);
        assert_holds(&text, &options_in(UNITS[seed as usize % 3]), &format!("any_text seed {seed}"));
    }
}

#[test]
fn any_bytes_decoded_lossily_hold_the_invariants() {
    for seed in 0..800u64 {
        let mut rng = XorShift::new(seed ^ 0xB17E5);
        let text = lossy_bytes(&mut rng, 200);
        assert_holds(&text, &options_in(UNITS[seed as usize % 3]), &format!("lossy_bytes seed {seed}"));
    }
}

#[test]
fn mutated_articles_hold_the_invariants() {
    let fixtures = common::fixtures();
    for seed in 0..300u64 {
        let mut rng = XorShift::new(seed ^ 0xA27);
        let (name, text) = &fixtures[seed as usize % fixtures.len()];
        let edits = 1 + rng.below(12);
        let mutated = mutate(&mut rng, text, edits);
        assert_holds(&mutated, &options_in(UNITS[seed as usize % 3]), &format!("{name}.txt after {edits} edits, seed {seed}"));
    }
}

#[test]
fn every_prefix_of_an_article_holds_the_invariants() {
    // a text cut anywhere (a paste that stopped short, a chunk boundary)
    let (_, text) = common::fixtures().into_iter().find(|(n, _)| n == "split_quotes").expect("fixture split_quotes");
    let head: String = text.chars().take(400).collect();
    for (at, _) in head.char_indices() {
        assert_holds(&head[..at], &options_in(OffsetUnit::Utf16), &format!("split_quotes.txt cut at byte {at}"));
    }
}

#[test]
fn annotating_is_deterministic() {
    for seed in 0..200u64 {
        let text = mutate(&mut XorShift::new(seed), &common::fixtures()[seed as usize % 12].1, 4);
        let options = Options::default();
        assert_eq!(annotate(&text, &options), annotate(&text, &options), "seed {seed}: two runs differ");
    }
}

#[test]
fn a_kinds_filter_only_drops_spans_of_other_kinds() {
    let fixtures = common::fixtures();
    for seed in 0..120u64 {
        let mut rng = XorShift::new(seed ^ 0x41D5);
        let text = mutate(&mut rng, &fixtures[seed as usize % fixtures.len()].1, 3);
        let all = annotate(&text, &Options::default());
        let bits = 1 + rng.below(7);
        let kinds = Kinds { speaker: bits & 1 != 0, quote: bits & 2 != 0, red_line: bits & 4 != 0 };
        let filtered = annotate(&text, &Options { kinds, ..Options::default() });
        let wanted = |k: &str| match k {
            "speaker" => kinds.speaker,
            "quote" => kinds.quote,
            _ => kinds.red_line,
        };
        let expected: Vec<_> = all.spans.iter().filter(|s| wanted(s.data.kind())).map(|s| (s.start, s.end, s.data.kind())).collect();
        let got: Vec<_> = filtered.spans.iter().map(|s| (s.start, s.end, s.data.kind())).collect();
        assert_eq!(got, expected, "seed {seed}, kinds {kinds:?}: the filter changed more than the kinds");
    }
}

#[test]
fn any_options_are_accepted_and_hold_or_refused_with_a_message() {
    let (mut accepted, mut refused) = (0, 0);
    for seed in 0..1500u64 {
        let mut rng = XorShift::new(seed ^ 0x0F7);
        let value = any_options(&mut rng);
        let result = catch_unwind(|| Options::from_json(&value));
        let Ok(result) = result else { panic!("seed {seed}: Options::from_json panicked on {value}") };
        match result {
            Ok(options) => {
                accepted += 1;
                let text = mutate(&mut rng, &common::fixtures()[seed as usize % 12].1, 2);
                assert_holds(&text, &options, &format!("options seed {seed}: {value}"));
            }
            Err(e) => {
                refused += 1;
                assert!(e.0.len() > 10, "seed {seed}: a refusal without a message for {value}: {e:?}");
            }
        }
    }
    // guards the generator: both paths must be exercised
    assert!(accepted > 200 && refused > 200, "accepted {accepted}, refused {refused} of 1500");
}

// ---- the machinery must be able to fail ------------------------------------

#[test]
fn the_shrinker_finds_a_small_failing_input() {
    let text = "Lorem ipsum “dolor” sit amet, consectetur “x adipiscing” elit.";
    let small = shrink(text, |t| t.contains("“x"));
    assert_eq!(small, "“x");
}

#[test]
fn a_failing_check_is_reported_with_a_shrunk_input() {
    // the real checker on a document whose unit is not the one asked for
    // (Utf16 given, Utf8 checked) fails for any text with a span
    let check = |t: &str| {
        let problems = invariant_violations(t, &annotate(t, &Options::default()), OffsetUnit::Utf8);
        let with_spans = !annotate(t, &Options::default()).spans.is_empty();
        (with_spans && !problems.is_empty()).then(|| problems.join("; "))
    };
    let text = "Then, after a long pause, “We will not,” she said, and left.";
    let panic = catch_unwind(|| assert_holds_with(text, check, "control")).expect_err("the check must fail");
    let message = panic.downcast_ref::<String>().cloned().unwrap_or_default();
    assert!(message.contains("document says offsets Utf16"), "{message}");
    let shrunk = message.split("shrunk to ").nth(1).and_then(|m| m.split(' ').next()).and_then(|n| n.parse::<usize>().ok());
    assert!(shrunk.is_some_and(|n| n < text.chars().count()), "not shrunk: {message}");
}
