// The adversarial inputs of the hardening issue, generated at any scale, for
// scripts/adversarial-bench.mjs (and tests that want the same shapes small).
// Each generator takes `scale` (1 = the size named in the issue) and returns
// a JavaScript string. Deterministic: no Math.random.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../tests/fixtures/', import.meta.url));
const MB = 1 << 20;

/** `unit` repeated until the string is at least `bytes` UTF-8 bytes long (approximately, by chars). */
function repeatTo(unit, bytes) {
  const unitBytes = Buffer.byteLength(unit, 'utf8');
  return unit.repeat(Math.ceil(bytes / unitBytes));
}

/** A deterministic index sequence (xorshift32). */
function* indices(modulo, seed = 2463534242) {
  let x = seed;
  for (;;) {
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    yield x % modulo;
  }
}

const NEWS = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => readFileSync(FIXTURES + f, 'utf8')).join('\n\n');

/** Every quote-like character a writer, a keyboard or a font might produce. */
export const QUOTE_LIKE = [
  '"', "'", '`', '´', '“', '”', '‘', '’', '„', '‚', '‟', '‛', '«', '»', '‹', '›', '「', '」', '『', '』',
  '〝', '〞', '〟', '＂', '＇', '′', '″', '‴', '❛', '❜', '❝', '❞', '⹂', '﹁', '﹂', '﹃', '﹄', '❮', '❯', '⸂', '⸃',
];

const NAMES = ['Ines', 'Valdmaa', 'Harbour', 'Minister', 'Tomas', 'Reyes', 'Former', 'Army', 'Chief', 'Abbas',
  'Araghchi', 'Prime', 'President', 'Ursula', 'Leyen', 'Ministry', 'Defence', 'Council', 'European', 'Union'];

export const INPUTS = {
  'plain news text (fixtures), 5 MB': (scale) => repeatTo(NEWS + '\n\n', 5 * MB * scale),
  '100,000 unclosed quote marks': (scale) => {
    const marks = ['“', '‘', '«', '„', '"', '‹', '「', '『', "'", '‚'];
    let out = '';
    for (let i = 0; i < 100_000 * scale; i++) out += `${marks[i % marks.length]}word `;
    return out;
  },
  '5 MB single line, no punctuation': (scale) =>
    repeatTo('the minister said we will not accept this unless they agree ', 5 * MB * scale),
  '100,000 capitalised names': (scale) => {
    const pick = indices(NAMES.length);
    const parts = [];
    for (let i = 0; i < 100_000 * scale; i++) parts.push(NAMES[pick.next().value]);
    return `${parts.join(' ')} said.`;
  },
  'nested quotes, 50,000 levels': (scale) => {
    const depth = 50_000 * scale;
    let open = '', close = '';
    for (let i = 0; i < depth; i++) open += i % 2 ? '‘b ' : '“a ';
    for (let i = depth - 1; i >= 0; i--) close += i % 2 ? ' d’' : ' c”';
    return `${open}${close} she said.`;
  },
  'every quote-like character, 1 MB': (scale) => {
    const pick = indices(QUOTE_LIKE.length, 99);
    let out = '';
    while (out.length < MB * scale) {
      const a = QUOTE_LIKE[pick.next().value], b = QUOTE_LIKE[pick.next().value];
      out += `${a}We will not accept it,${b} he said. ${a}${b} `;
    }
    return out;
  },
  // paragraphs, so that this row measures the surrogates and not the
  // many-quotes-in-one-paragraph cost measured by the row after it
  'lone surrogates (JS), 1 MB': (scale) =>
    repeatTo('“We \uD800will not\uDC00 accept,” said Ines Valdmaa \uDFFF. \uD83D x \uDE00\n\n', MB * scale),
  '20,000 short quotes in one paragraph (0.3 MB)': (scale) => '“Hello there,” she said. '.repeat(20_000 * scale),
  'NUL and control characters, 1 MB': (scale) => {
    const pick = indices(33, 7);
    let out = '';
    while (out.length < MB * scale) {
      const c = pick.next().value;
      out += `${String.fromCharCode(c === 32 ? 0x7f : c)}“We\u0000 will not” he\u001b said`;
    }
    return out;
  },
  'right-to-left text, 1 MB': (scale) =>
    repeatTo('قال الوزير «لن نقبل بهذا» يوم الجمعة. \u200f“خط أحمر” אמר השר: „לא נסכים לזה“ \u202e“reversed”\u202c. ', MB * scale),
  'all apostrophes, 1 MB': (scale) => repeatTo("'’", MB * scale),
};
