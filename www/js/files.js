// Opening an article from a file (the "Open file" button or a drop on the
// input): plain text as it is, HTML as its text with paragraphs kept.
// Anything else is refused with a message a person can act on.
import { htmlToText } from './plain-text.js';

export class FileError extends Error {}

const TEXT_EXTENSIONS = /\.(txt|text|md|markdown)$/i;
const HTML_EXTENSIONS = /\.(html?|xhtml)$/i;
// Over this, it is not an article (and would take long to annotate).
const MAX_BYTES = 20 * 1024 * 1024;

/** @param {File} file @returns {Promise<string>} the article text */
export async function readArticleFile(file) {
  const isHtml = HTML_EXTENSIONS.test(file.name) || file.type === 'text/html' || file.type === 'application/xhtml+xml';
  const isText = TEXT_EXTENSIONS.test(file.name) || file.type.startsWith('text/');
  if (!isHtml && !isText) {
    throw new FileError(`“${file.name}” is not a text file. Open a .txt or .html file, or paste the article's text.`);
  }
  if (file.size > MAX_BYTES) {
    throw new FileError(`“${file.name}” is ${Math.round(file.size / 1048576)} MB, more than an article; open a smaller file.`);
  }
  const content = await file.text();
  // A binary file renamed to .txt: NUL bytes, or mostly undecodable bytes.
  if (content.includes('\u0000') || undecodableShare(content) > 0.05) {
    throw new FileError(`“${file.name}” does not hold readable text (is it a binary file renamed?). Open a .txt or .html file saved as UTF-8.`);
  }
  return isHtml ? htmlToText(content) : content.replace(/\r\n?/g, '\n');
}

function undecodableShare(content) {
  if (!content.length) return 0;
  let bad = 0;
  for (let i = 0; i < content.length; i += 1) if (content.charCodeAt(i) === 0xfffd) bad += 1;
  return bad / content.length;
}
