//! Golden tests: every article in `tests/fixtures/` is annotated and rendered
//! with carets under the text (`tests/common/render.rs`), then compared with
//! `tests/golden/<name>.snap`. When the core changes on purpose, regenerate:
//!
//! ```text
//! UPDATE_GOLDEN=1 cargo test --test golden
//! ```
//!
//! and review the change with `git diff tests/golden/`.

mod common;

use article_annotator::{annotate, Category, Document, Entity, EntityKind, OffsetUnit, Options, Span, SpanData};
use common::diff::line_diff;
use common::render::render;
use std::path::PathBuf;

const HINT: &str = "if the change is intended: UPDATE_GOLDEN=1 cargo test --test golden, then review git diff tests/golden/";

/// Lines of context shown around a difference, and the most lines shown.
const CONTEXT: usize = 2;
const MAX_DIFF_LINES: usize = 40;

fn snapshot_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden").join(format!("{name}.snap"))
}

fn updating() -> bool {
    std::env::var_os("UPDATE_GOLDEN").is_some_and(|v| v != "0" && !v.is_empty())
}

#[test]
fn fixtures_match_their_snapshots() {
    let mut failures = Vec::new();
    for (name, text) in common::fixtures() {
        let doc = annotate(&text, &Options { offsets: OffsetUnit::Utf8, ..Options::default() });
        let actual = format!("fixture: {name}.txt\n{}", render(&text, &doc));
        let path = snapshot_path(&name);
        if updating() {
            std::fs::write(&path, &actual).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            continue;
        }
        match std::fs::read_to_string(&path) {
            Ok(expected) if expected == actual => {}
            Ok(expected) => failures.push(format!("{name}: snapshot differs\n{}", line_diff(&expected, &actual, CONTEXT, MAX_DIFF_LINES))),
            Err(e) => failures.push(format!("{name}: no snapshot at {} ({e})", path.display())),
        }
    }
    assert!(failures.is_empty(), "{}\n\n{HINT}", failures.join("\n\n"));
}

#[test]
fn every_snapshot_has_a_fixture() {
    let names: Vec<String> = common::fixtures().into_iter().map(|(name, _)| name).collect();
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    for entry in std::fs::read_dir(&dir).expect("tests/golden") {
        let path = entry.expect("entry").path();
        let stem = path.file_stem().expect("name").to_string_lossy().into_owned();
        assert!(names.contains(&stem), "{} has no fixture tests/fixtures/{stem}.txt; delete it", path.display());
    }
}

// ---- the renderer's own tests ----------------------------------------------

fn span(start: usize, end: usize, text: &str, data: SpanData) -> Span {
    Span { start, end, text: text[start..end].to_string(), rule: "test::rule", data }
}

fn utf8_doc(entities: Vec<Entity>, spans: Vec<Span>) -> Document {
    Document { version: 1, offsets: OffsetUnit::Utf8, entities, spans }
}

#[test]
fn render_aligns_carets_by_chars_after_an_emoji() {
    // bytes: 😀 0..4, space 4, “ 5..8, Ja 8..10, ” 10..13
    let text = "😀 “Ja” 👩‍👩‍👧 Ana said.";
    let ana = Entity { id: 0, name: "Ana".into(), kind: EntityKind::Person, title: None, aliases: vec![] };
    let ana_at = text.find("Ana").unwrap();
    let family = text.find('👩').unwrap();
    let spans = vec![
        span(0, 4, text, SpanData::Quote { speaker: None, direct: false, cue: None }),
        span(5, 13, text, SpanData::Quote { speaker: Some(0), direct: true, cue: Some("said".into()) }),
        span(family, ana_at - 1, text, SpanData::RedLine {
            speaker: Some(0), category: Category::Threat, trigger: "👧".into(), confidence: 0.5,
        }),
        span(ana_at, ana_at + 3, text, SpanData::Speaker { entity: 0 }),
    ];
    let expected = "\
== spans: quote 2, speaker 1, red_line 1; entities 1 ==

😀 “Ja” 👩‍👩‍👧 Ana said.
^ quote reported speaker=- cue=- rule=test::rule
  ^^^^ quote direct speaker=Ana cue=said rule=test::rule
       ^^^^^ red_line threat trigger=\"👧\" speaker=Ana confidence=0.50 rule=test::rule
             ^^^ speaker entity=Ana rule=test::rule

== entities ==
#0 person \"Ana\" aliases=[]
";
    assert_eq!(render(text, &utf8_doc(vec![ana], spans)), expected);
}

#[test]
fn render_shows_a_span_over_two_lines_on_each() {
    let text = "“One\n“two” end\n";
    let close = text.find(" end").unwrap(); // after “One\n“two”
    let spans = vec![span(0, close, text, SpanData::Quote { speaker: None, direct: true, cue: None })];
    let expected = "\
== spans: quote 1, speaker 0, red_line 0; entities 0 ==

“One
^^^^ quote direct speaker=- cue=- rule=test::rule

“two” end
^^^^^ quote (cont.)

== entities ==
(none)
";
    assert_eq!(render(text, &utf8_doc(vec![], spans)), expected);
}

#[test]
fn render_wraps_long_paragraphs_on_spaces() {
    let word = "abcdefghi ";
    let text = word.repeat(15); // 150 chars: wraps after the tenth word
    let rendered = render(&text, &utf8_doc(vec![], vec![]));
    let lines: Vec<&str> = rendered.lines().collect();
    assert_eq!(lines[2], word.repeat(10).trim_end());
    assert_eq!(lines[3], word.repeat(5).trim_end());
}

#[test]
fn diff_shows_the_changed_lines_with_context() {
    let d = line_diff("a\nb\nc\nd\ne\n", "a\nb\nC\nd\ne\n", 2, 40);
    assert_eq!(d, "@@ -3 +3 @@\n a\n b\n-c\n+C\n d\n e");
}

#[test]
fn diff_shows_scattered_changes_as_separate_hunks() {
    let old = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
    let new = "1\nnew\n2\n3\n4\n5\n6\n7\n9\n";
    let d = line_diff(old, new, 1, 40);
    assert_eq!(d, "@@ -2 +2 @@\n 1\n+new\n 2\n@@ -8 +9 @@\n 7\n-8\n 9");
}

#[test]
fn diff_stops_after_the_line_limit() {
    let d = line_diff("a\nb\nc\n", "x\ny\nz\n", 0, 4);
    assert!(d.ends_with("... 3 more diff lines"), "{d}");
}
