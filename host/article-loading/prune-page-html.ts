// Strips a saved web page down to what article extraction reads before jsdom sees it.
// Saved pages are mostly scripts, styles, inline SVG and base64 images; jsdom builds large
// text nodes slowly (a 5 MB inline script alone takes seconds), while parse5, the parser
// jsdom itself uses, reads the whole page in a fraction of that. Nothing removed here can
// hold article text, and scripts never reach jsdom at all.

import { type DefaultTreeAdapterTypes, parse, serialize } from 'parse5';

type ParentNode = DefaultTreeAdapterTypes.ParentNode;
type ChildNode = DefaultTreeAdapterTypes.ChildNode;

const DROPPED_ELEMENTS = new Set([
  'script',
  'style',
  'template',
  'svg',
  'math',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
]);
// <nav> would be worth dropping too, but some sites wrap the byline in one (Salon puts half
// the page in a slide-out menu), and Readability finds the byline there.

// As jsdom parses when scripts are off: <noscript> content is markup, as a reader with
// JavaScript disabled would see it.
const PARSE_OPTIONS = { scriptingEnabled: false } as const;

export function prunePageHtml(html: string): string {
  const document = parse(html, PARSE_OPTIONS);
  const pending: ParentNode[] = [document];
  for (let parent = pending.pop(); parent !== undefined; parent = pending.pop()) {
    parent.childNodes = parent.childNodes.filter(isKept);
    for (const child of parent.childNodes) {
      if ('attrs' in child) {
        child.attrs = child.attrs.filter(isKeptAttribute);
        pending.push(child);
      }
    }
  }
  return serialize(document, PARSE_OPTIONS);
}

function isKept(node: ChildNode): boolean {
  if (node.nodeName === '#comment') return false;
  if (!('tagName' in node) || !DROPPED_ELEMENTS.has(node.tagName)) return true;
  // JSON-LD is data, not code, and Readability reads the byline and date from it.
  return node.tagName === 'script' && node.attrs.some((attr) => attr.name === 'type' && attr.value.trim().toLowerCase() === 'application/ld+json');
}

// Event handlers never run and data: URIs (base64 images, fonts) are never shown; both
// only cost parsing time.
function isKeptAttribute(attr: { name: string; value: string }): boolean {
  if (attr.name.startsWith('on')) return false;
  return !/^\s*data:/i.test(attr.value) && !(attr.name === 'style' && /url\(\s*['"]?data:/i.test(attr.value));
}
