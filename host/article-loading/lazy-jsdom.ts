// jsdom, loaded on first use. Only web pages need it (text, Markdown and exports never do),
// and loading it costs about a second of CPU, which every start of the article worker paid
// before it had seen a single page.

import { createRequire } from 'node:module';
import type * as Jsdom from 'jsdom';

let loaded: typeof Jsdom | null = null;

export function jsdom(): typeof Jsdom {
  loaded ??= createRequire(import.meta.url)('jsdom') as typeof Jsdom;
  return loaded;
}
