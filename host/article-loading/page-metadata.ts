// What a saved page says about itself that Readability does not return: its address and
// its declared text direction. Both are read before Readability, which rewrites the DOM.

import { safeHttpUrl, type TextDirection } from '../../shared/article/article-content';

/** The page's own http(s) address: its canonical link, else its og:url; null when neither is absolute. */
export function pageAddress(document: Document): string | null {
  for (const link of Array.from(document.querySelectorAll('link[rel][href]'))) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const address = rel.includes('canonical') ? safeHttpUrl(link.getAttribute('href') ?? '') : null;
    if (address !== null) return address;
  }
  for (const meta of Array.from(document.querySelectorAll('meta[property][content]'))) {
    const address = meta.getAttribute('property')?.toLowerCase() === 'og:url' ? safeHttpUrl(meta.getAttribute('content') ?? '') : null;
    if (address !== null) return address;
  }
  return null;
}

/** The direction on <body>, else on <html>, as the page declares it. */
export function declaredDirection(document: Document): TextDirection | null {
  return textDirection(document.body?.getAttribute('dir')) ?? textDirection(document.documentElement.getAttribute('dir'));
}

/** 'ltr' or 'rtl' from an attribute value; null for 'auto', nothing or anything else. */
export function textDirection(value: string | null | undefined): TextDirection | null {
  const direction = value?.trim().toLowerCase();
  return direction === 'ltr' || direction === 'rtl' ? direction : null;
}
