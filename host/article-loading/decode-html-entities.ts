// Resolves HTML character references ("&amp;", "&eacute;", "&#233;") in text that is
// otherwise plain, as marked leaves them in its text tokens for the HTML it would render.
// As in CommonMark, only complete references (ending in ";") count: `entities`' strict
// mode decodes exactly those and never produces markup, only characters.

import { decodeHTMLStrict } from 'entities';

export function decodeHtmlEntities(text: string): string {
  return text.includes('&') ? decodeHTMLStrict(text) : text;
}
