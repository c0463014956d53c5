// Parity: the native `annotate` binary and the WASM package in www/pkg must
// return the same document for the same text, in every offset unit.
//
// Run: node --test tests/parity/   (after scripts/build-wasm.sh; `make test`
// does both). The native binary is (re)built here with `cargo build` (debug,
// quick when fresh); the WASM is the release build the page serves.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const pkgDir = path.join(root, "www/pkg");
const wasmFile = path.join(pkgDir, "article_annotator_bg.wasm");
const binary = path.join(root, "target/debug/annotate");
const fixturesDir = path.join(root, "tests/fixtures");
const UNITS = ["utf16", "utf8", "chars"];

// Small texts of our own: emoji, flags, skin tones, CJK, curly and straight
// quotes, CRLF, a BOM, so offsets in the three units all differ.
const INLINE_TEXTS = {
  "inline-emoji": "Officials 😀 in 北京 met. The minister said: “We will never accept this 🇺🇦 deal,” and left.",
  "inline-nested": "“He told me ‘this is our red line 👍🏽’ twice,” the envoy said.\n\n\"Straight quotes\" too, said Ms. Li.",
  "inline-crlf-bom": "\uFEFFIran warned on Monday that it would respond.\r\n\r\n“If they strike, we will answer,” he said.",
  "inline-empty": "",
};

let wasm;
let inlineDir;

after(() => { if (inlineDir) fs.rmSync(inlineDir, { recursive: true, force: true }); });

before(async () => {
  assert.ok(fs.existsSync(wasmFile),
    `${path.relative(root, wasmFile)} is missing: build it first with scripts/build-wasm.sh (or make test)`);
  const newer = newestSource();
  assert.ok(newer.mtimeMs <= fs.statSync(wasmFile).mtimeMs,
    `www/pkg is older than ${path.relative(root, newer.file)}: rebuild it with scripts/build-wasm.sh, ` +
    "or the comparison would be between two different versions of the code");
  execFileSync("cargo", ["build", "--quiet", "--bin", "annotate"], { cwd: root, stdio: "inherit" });
  assert.ok(fs.existsSync(binary), `cargo build did not produce ${binary}`);
  wasm = await import(path.join(pkgDir, "article_annotator.js"));
  wasm.initSync({ module: fs.readFileSync(wasmFile) });
});

// The most recently changed file under src/ (the code both builds share).
function newestSource() {
  let newest = { file: "", mtimeMs: 0 };
  for (const entry of fs.readdirSync(path.join(root, "src"), { recursive: true })) {
    const file = path.join(root, "src", entry);
    const stat = fs.statSync(file);
    if (stat.isFile() && stat.mtimeMs > newest.mtimeMs) newest = { file, mtimeMs: stat.mtimeMs };
  }
  return newest;
}

function fixtureFiles() {
  if (!fs.existsSync(fixturesDir)) return [];
  return fs.readdirSync(fixturesDir).filter((f) => f.endsWith(".txt")).sort()
    .map((f) => path.join(fixturesDir, f));
}

function nativeDocument(file, unit) {
  const out = execFileSync(binary, ["--offsets", unit, file], { encoding: "utf8", maxBuffer: 64 << 20 });
  return JSON.parse(out);
}

// Writes inline texts to a temporary folder so they go through the same
// file path as the fixtures.
function inlineFiles() {
  const dir = fs.mkdtempSync(path.join(fs.realpathSync(process.env.TMPDIR || "/tmp"), "parity-"));
  inlineDir = dir;
  return Object.entries(INLINE_TEXTS).map(([name, text]) => {
    const file = path.join(dir, `${name}.txt`);
    fs.writeFileSync(file, text, "utf8");
    return file;
  });
}

test("native and WASM documents are equal, fixtures and inline texts, in every unit", async (t) => {
  const files = [...fixtureFiles(), ...inlineFiles()];
  t.diagnostic(`${fixtureFiles().length} fixture(s) in tests/fixtures, ${Object.keys(INLINE_TEXTS).length} inline texts`);
  for (const file of files) {
    const text = fs.readFileSync(file, "utf8");
    for (const unit of UNITS) {
      await t.test(`${path.basename(file)} (${unit})`, () => {
        const fromWasm = wasm.annotate(text, { offsets: unit });
        assert.deepStrictEqual(nativeDocument(file, unit), fromWasm);
      });
    }
  }
});

test("--jsonl batch gives the WASM document plus the id", () => {
  const texts = Object.entries(INLINE_TEXTS);
  const input = texts.map(([id, text]) => JSON.stringify({ id, text })).join("\n") + "\n";
  const out = execFileSync(binary, ["--jsonl"], { input, encoding: "utf8" });
  const replies = out.trim().split("\n").map((line) => JSON.parse(line));
  assert.equal(replies.length, texts.length);
  replies.forEach((reply, i) => {
    const [id, text] = texts[i];
    assert.deepStrictEqual(reply, { ...wasm.annotate(text), id });
  });
});

test("WASM answers offsets in the unit asked, and slicing in JS gives the span text", () => {
  const text = INLINE_TEXTS["inline-emoji"];
  const doc = wasm.annotate(text);
  assert.equal(doc.offsets, "utf16");
  assert.ok(doc.spans.length > 0, "the curly-quoted passage gives a span");
  for (const span of doc.spans) assert.equal(text.slice(span.start, span.end), span.text);
});

// Bad options: the WASM reads them with its own JSON reader (src/json_reader.rs,
// src/json_value.rs), the command line with serde_json; the message must be
// the same, and the first of several errors the same one (keys in sorted
// order, nested objects written with sorted keys, numbers as serde_json
// writes them).
const BAD_OPTIONS = [
  { zeta: 1, alpha: 2 },
  { offsets: 5, kinds: 7 },
  { offsets: "bytes" },
  { kinds: ["quote", 1.5e300] },
  { kinds: [-9007199254740991, 1] },
  { kinds: [{ z: 1, y: { b: 2, a: [0.1, -2, null, true, "x\u0001"] } }] },
  { redLines: { disable: { threat: [""] }, add: { nope: ["x"] } } },
  { redLines: { add: { threat: ["_ x"] } } },
  { redLines: { categories: "threat" } },
];

test("bad options give the same message from the WASM and the command line", () => {
  const dir = fs.mkdtempSync(path.join(fs.realpathSync(process.env.TMPDIR || "/tmp"), "parity-options-"));
  try {
    for (const options of BAD_OPTIONS) {
      const file = path.join(dir, "options.json");
      fs.writeFileSync(file, JSON.stringify(options));
      const native = (() => {
        try {
          execFileSync(binary, ["--options", file], { input: "x", stdio: ["pipe", "pipe", "pipe"] });
          return "accepted";
        } catch (e) {
          return e.stderr.toString().split("\n")[0].replace(`annotate: options file ${file}: `, "");
        }
      })();
      assert.throws(() => wasm.validateOptions(options), (e) => {
        assert.equal(e.message, native, JSON.stringify(options));
        return true;
      });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
