// Resolves HTML character references ("&amp;", "&eacute;", "&#233;") in text that is
// otherwise plain, as marked leaves them in its text tokens for the HTML it would render.
// As in CommonMark, only complete references (ending in ";") count. jsdom's parser knows
// every named reference, and it is handed one reference at a time, so nothing in the text
// can become markup.

import { JSDOM } from 'jsdom';

const REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/g;

let template: HTMLTemplateElement | null = null;
// A long file repeats a handful of references ("&amp;", "&nbsp;") thousands of times.
const decodedReferences = new Map<string, string>();
const MAX_REMEMBERED = 4096;

export function decodeHtmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (reference) => {
    let decoded = decodedReferences.get(reference);
    if (decoded === undefined) {
      decoded = decodeReference(reference);
      if (decodedReferences.size < MAX_REMEMBERED) decodedReferences.set(reference, decoded);
    }
    return decoded;
  });
}

function decodeReference(reference: string): string {
  template ??= new JSDOM('').window.document.createElement('template');
  template.innerHTML = reference;
  const decoded = template.content.textContent ?? reference;
  // A reference decodes to one or two characters; more means the parser read a legacy
  // prefix ("&not" of "&notanentity;"), which is not a reference in Markdown.
  return [...decoded].length <= 2 ? decoded : reference;
}
