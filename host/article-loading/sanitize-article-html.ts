// Cleans article HTML with DOMPurify before any of it is read: no scripts, no embedded
// frames, forms, plugins, SVG or MathML, no event handlers, and only http(s) addresses.
// Only the text, its elements (bold, italic and code among them), link targets and image
// descriptions are kept, which is all the block walker reads.

import createDOMPurify, { type Config, type DOMPurify, type WindowLike } from 'dompurify';
import { jsdom } from './lazy-jsdom';

const CONFIG: Config = {
  FORBID_TAGS: [
    'script',
    'style',
    'iframe',
    'frame',
    'frameset',
    'form',
    'object',
    'embed',
    'svg',
    'math',
    'input',
    'button',
    'select',
    'textarea',
    'template',
    'noscript',
    'link',
    'meta',
    'base',
  ],
  // Form controls' labels and a plugin's fallback are not article text. A <form> itself
  // may wrap a whole page (ASP.NET sites do), so its content stays.
  ADD_FORBID_CONTENTS: ['button', 'select', 'textarea', 'object'],
  // DOMPurify checks every attribute but alt against ALLOWED_URI_REGEXP, so any further
  // attribute would need ADD_URI_SAFE_ATTR as well.
  ALLOWED_ATTR: ['href', 'alt'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOWED_URI_REGEXP: /^https?:/i,
};

let purifier: DOMPurify | null = null;

/** Sanitises an HTML string into a fragment of DOMPurify's own (script-less) jsdom document. */
export function sanitizeArticleHtml(html: string): DocumentFragment {
  // One window for every call: creating a jsdom window costs more than most sanitising.
  purifier ??= createDOMPurify(new (jsdom().JSDOM)('').window);
  return purifier.sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: true });
}

/**
 * Sanitises an element of a jsdom document in place. For a large article this saves
 * serialising it and parsing it again, which jsdom is slow at; the document must be one
 * whose scripts never ran.
 */
export function sanitizeArticleElement(element: Element, window: WindowLike): void {
  createDOMPurify(window).sanitize(element, { ...CONFIG, IN_PLACE: true });
}
