//! The JavaScript boundary in a real browser (`wasm-pack test --headless
//! --chrome`, see `make test`): what a page calling `annotate(text, options)`
//! gets back. Offsets are checked with JavaScript's own string slicing, which
//! is what the page and the widget use to highlight.
#![cfg(target_arch = "wasm32")]

use article_annotator::wasm::{annotate_js, validate_options, version};
use js_sys::{Array, Error, JsString, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Emoji (two UTF-16 units), a flag, CJK and curly quotes, before and inside
/// quotes, so that any byte or code-point offset would slice wrongly.
const MIXED_TEXT: &str = "Officials 😀 in 北京 met. The minister said: “We will never accept this 🇺🇦 deal,” \
                          and left.\n\nLater, “中文 quotes 😀 here,” he said. ‘Single 👍🏽 marks,’ too.";

fn options(json: &str) -> JsValue {
    JSON::parse(json).expect("test options are valid JSON")
}

fn get(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(key)).expect("a plain object")
}

fn spans_of(doc: &JsValue) -> Vec<JsValue> {
    get(doc, "spans").dyn_into::<Array>().expect("spans is an Array").iter().collect()
}

/// The message of the `Error` thrown for `options`.
fn thrown_message(options: JsValue) -> String {
    let thrown: JsValue = annotate_js(MIXED_TEXT, options).expect_err("bad options throw").into();
    let error = thrown.dyn_into::<Error>().expect("what is thrown is an Error");
    String::from(error.message())
}

#[wasm_bindgen_test]
fn every_span_slices_back_to_its_text_in_javascript() {
    let doc = annotate_js(MIXED_TEXT, JsValue::UNDEFINED).expect("annotates");
    let text = JsString::from(MIXED_TEXT);
    let spans = spans_of(&doc);
    assert!(spans.len() >= 3, "the three quoted passages give spans");
    for span in spans {
        let (start, end) = (get(&span, "start").as_f64().unwrap(), get(&span, "end").as_f64().unwrap());
        let sliced: String = text.slice(start as u32, end as u32).into();
        assert_eq!(sliced, get(&span, "text").as_string().unwrap(), "span {start}..{end}");
    }
}

#[wasm_bindgen_test]
fn offsets_default_to_utf16() {
    for default in [JsValue::UNDEFINED, JsValue::NULL, options("{}")] {
        let doc = annotate_js("“Yes,” she said.", default).unwrap();
        assert_eq!(get(&doc, "offsets"), "utf16");
        assert_eq!(get(&doc, "version"), 1);
    }
    let doc = annotate_js("“Yes,” she said.", options(r#"{"offsets": "utf8"}"#)).unwrap();
    assert_eq!(get(&doc, "offsets"), "utf8");
}

#[wasm_bindgen_test]
fn chars_offsets_index_code_points() {
    let doc = annotate_js(MIXED_TEXT, options(r#"{"offsets": "chars"}"#)).unwrap();
    let code_points: Vec<char> = MIXED_TEXT.chars().collect();
    for span in spans_of(&doc) {
        let (start, end) = (get(&span, "start").as_f64().unwrap() as usize, get(&span, "end").as_f64().unwrap() as usize);
        let sliced: String = code_points[start..end].iter().collect();
        assert_eq!(sliced, get(&span, "text").as_string().unwrap());
    }
}

#[wasm_bindgen_test]
fn kinds_filters_spans() {
    let doc = annotate_js(MIXED_TEXT, options(r#"{"kinds": ["red_line"]}"#)).unwrap();
    assert!(spans_of(&doc).iter().all(|s| get(s, "kind") == "red_line"));
    let all = annotate_js(MIXED_TEXT, JsValue::UNDEFINED).unwrap();
    assert!(spans_of(&all).iter().any(|s| get(s, "kind") == "quote"));
}

#[wasm_bindgen_test]
fn bad_options_throw_errors_naming_the_option() {
    assert!(thrown_message(options(r#"{"offsets": "bytes"}"#)).contains("\"offsets\""));
    assert!(thrown_message(options(r#"{"offset": "utf8"}"#)).contains("unknown option \"offset\""));
    assert!(thrown_message(options(r#"{"kinds": ["quotes"]}"#)).contains("\"kinds\""));
    assert!(thrown_message(options(r#"{"kinds": "quote"}"#)).contains("\"kinds\""));
    assert!(thrown_message(JsValue::from_f64(3.0)).contains("options"));
}

#[wasm_bindgen_test]
fn red_line_options_add_disable_and_explain_errors() {
    let text = "The landlord will hold firm on the rent. The mayor vowed to veto the budget.";
    let triggers = |json: &str| -> Vec<String> {
        let doc = annotate_js(text, options(json)).unwrap();
        let spans = spans_of(&doc).into_iter().filter(|s| get(s, "kind") == "red_line");
        spans.map(|s| get(&s, "trigger").as_string().unwrap()).collect()
    };
    assert_eq!(triggers(r#"{"redLines": {"add": {"non_negotiable": ["will|would hold firm"]}}}"#), ["will hold firm", "vowed to veto"]);
    assert!(triggers(r#"{"redLines": {"disable": {"refusal": ["veto"]}}}"#).is_empty());
    let message = thrown_message(options(r#"{"redLines": {"add": {"refusals": ["x"]}}}"#));
    assert!(message.contains("\"refusals\"") && message.contains("red_line_mention"), "{message}");
}

/// The `.wasm` reads options with its own JSON reader (src/json_reader.rs),
/// the native build with serde_json: both give the same message. Compact
/// JSON, so that `JSON.stringify` gives back the same text and columns.
#[wasm_bindgen_test]
fn option_errors_match_the_native_reader() {
    for json in [
        r#"{"kinds":["quote",1.5,"x"]}"#,
        r#"{"redLines":{"add":{"threat":[null]}}}"#,
        r#"{"redLines":{"categories":[{"a":[-7]}]}}"#,
        r#"{"offsets":"bytes\n\u0001"}"#,
        r#"{"kinds":["\ud800"]}"#,
        r#"{"kinds":["a\udc00"]}"#,
    ] {
        let native = article_annotator::Options::from_json_text(json).unwrap_err().0;
        // a JSON syntax error is worded for a file natively ("is not valid JSON: ...")
        let native = native.strip_prefix("is not valid JSON: ").unwrap_or(&native);
        let wasm = thrown_message(options(json));
        assert!(wasm.ends_with(native), "{json}: {wasm} | {native}");
    }
}

#[wasm_bindgen_test]
fn validate_options_agrees_with_annotate() {
    assert!(validate_options(options(r#"{"offsets": "chars", "kinds": ["quote"]}"#)).is_ok());
    assert!(validate_options(JsValue::UNDEFINED).is_ok());
    let thrown: JsValue = validate_options(options(r#"{"offsets": "bytes"}"#)).unwrap_err().into();
    let message = String::from(thrown.dyn_into::<Error>().unwrap().message());
    assert_eq!(message, thrown_message(options(r#"{"offsets": "bytes"}"#)));
}

#[wasm_bindgen_test]
fn version_is_the_crate_version() {
    assert_eq!(version(), env!("CARGO_PKG_VERSION"));
}

#[wasm_bindgen_test]
fn empty_and_odd_text_never_throw() {
    for text in ["", " ", "“", "\"\"\"", "😀", "\u{feff}“unterminated"] {
        let doc = annotate_js(text, JsValue::UNDEFINED).expect("any text annotates");
        assert!(get(&doc, "spans").is_instance_of::<Array>());
    }
}
