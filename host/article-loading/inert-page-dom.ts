// Parses a saved page with jsdom so that nothing in it can act: no `runScripts` (scripts,
// inline event handlers and javascript: URLs never run) and no `resources` (stylesheets,
// scripts, frames and images are never fetched). Both are jsdom's defaults; this module
// exists so that they stay that way, and the tests hold it to that.

import type { JSDOM } from 'jsdom';
import { jsdom } from './lazy-jsdom';

export function inertPageDom(html: string): JSDOM {
  // A console with no listener: CSS and parse errors in saved pages are noise, not news.
  const { JSDOM: Dom, VirtualConsole } = jsdom();
  return new Dom(html, { virtualConsole: new VirtualConsole() });
}
