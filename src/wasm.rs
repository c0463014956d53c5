//! The JavaScript boundary: the only file that knows about wasm-bindgen.
//! It converts types and nothing else.

use crate::{annotate as annotate_text, Document, Options, VERSION};
use wasm_bindgen::prelude::*;

/// Talc instead of the standard library's dlmalloc: 2.4 KB less in the
/// gzipped package, the same speed and the same memory (README "Size and
/// speed": freed blocks are reused, so 10,000 calls stay flat).
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = include_str!("annotation.d.ts");

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = console, js_name = error)]
    fn console_error(what: &str, message: &str, file: &str, line: u32);
}

/// A panic (a bug: the core is built never to panic) is written to the
/// console with its message and place before the call traps. Its own hook,
/// not the console_error_panic_hook crate, which also captured a JS stack
/// for 0.7 KB more of the gzipped package (150.0 -> 149.3 KB).
#[wasm_bindgen(start)]
fn start() {
    std::panic::set_hook(Box::new(|info| {
        let message = info.payload_as_str().unwrap_or("(no message)");
        let (file, line) = info.location().map_or(("(unknown place)", 0), |at| (at.file(), at.line()));
        console_error("article-annotator panicked:", message, file, line);
    }));
}

/// Annotates `text`. `options` (optional): `{ offsets?: "utf16" | "utf8" |
/// "chars", kinds?: ("speaker" | "quote" | "red_line")[], redLines?: { add?,
/// disable?, categories? } }`. Returns the spec
/// document as a plain object; throws an `Error` for invalid options.
#[wasm_bindgen(js_name = annotate, unchecked_return_type = "AnnotationDocument")]
pub fn annotate_js(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "AnnotateOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    let options = parse_options(options)?;
    let doc = annotate_text(text, &options);
    // each span: its text plus about 120 bytes of fields
    let size_hint = 256 + doc.spans.iter().map(|s| s.text.len() + 120).sum::<usize>() + doc.entities.len() * 100;
    to_plain_object(&doc, size_hint)
}

/// The document as a plain JS object, through one JSON string and the
/// engine's own `JSON.parse`: measured 3.3× faster in Chromium and 1.1–1.8×
/// in Node than building the object field by field with serde-wasm-bindgen
/// (1,797 spans: 5.8 vs 19.2 ms in Chromium; README "Size and speed"). The
/// JSON is written by src/json_writer.rs, the same text as the native
/// `annotate` prints with serde_json, with less code in the `.wasm`.
fn to_plain_object(doc: &Document, size_hint: usize) -> Result<JsValue, JsError> {
    let json = crate::json_writer::document(doc, size_hint);
    js_sys::JSON::parse(&json).map_err(|_| JsError::new("could not return the annotation: JSON.parse failed"))
}

/// Checks options without annotating anything; throws the same `Error` as
/// `annotate` would.
#[wasm_bindgen(js_name = validateOptions)]
pub fn validate_options(
    #[wasm_bindgen(unchecked_param_type = "AnnotateOptions | undefined")] options: JsValue,
) -> Result<(), JsError> {
    parse_options(options).map(|_| ())
}

/// The annotator's version, e.g. "0.1.0".
#[wasm_bindgen]
pub fn version() -> String {
    VERSION.to_string()
}

fn parse_options(options: JsValue) -> Result<Options, JsError> {
    if options.is_undefined() || options.is_null() {
        return Ok(Options::default());
    }
    // Through JSON.stringify, as the document goes back through JSON.parse:
    // serde-wasm-bindgen is then not needed at all (smaller .wasm).
    let not_plain = |why: &str| JsError::new(&format!("options must be a plain object like {{ offsets: \"utf16\" }}: {why}"));
    let json = js_sys::JSON::stringify(&options)
        .map_err(|e| not_plain(&js_sys::Error::from(e).message().as_string().unwrap_or_default()))?
        .as_string()
        .ok_or_else(|| not_plain("it has no JSON form"))?;
    // not serde_json::from_str: see src/json_reader.rs
    let value = crate::json_reader::parse(&json, parse_float).map_err(|e| not_plain(&e))?;
    Options::from_json_value(&value).map_err(|e| JsError::new(&e.0))
}

/// JavaScript's `parseFloat`, for the JSON reader: Rust's own float parser
/// would add its tables to the `.wasm`.
fn parse_float(number: &str) -> Option<f64> {
    Some(js_sys::Number::parse_float(number)).filter(|f| !f.is_nan())
}

/// JavaScript's `String(f)`: the shortest digits that read back as `f`, for
/// the JSON writer (src/json_writer.rs), which would otherwise bring
/// serde_json's float formatter and its tables into the `.wasm`.
pub(crate) fn float_to_string(f: f64) -> String {
    js_sys::Number::from(f).to_string_with_radix(10).ok().and_then(|s| s.as_string()).unwrap_or_default()
}

/// JavaScript's `toLowerCase`, for `chars::Lower` on text that is not ASCII.
pub(crate) fn to_lower_case(s: &str) -> String {
    js_sys::JsString::from(s).to_lower_case().into()
}
