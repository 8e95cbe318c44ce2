// What every article loader produces, whatever the file's format: metadata plus a list of
// blocks of plain text. No HTML survives past a loader; links are kept as ranges of a
// block's text with an http(s) address, and bold, italic and code as ranges with their kind,
// so the renderer never receives markup to inject.

import type { MarkKind } from '../model';

export type ContentBlockKind = 'title' | 'heading' | 'paragraph' | 'caption' | 'list-item' | 'quote' | 'preformatted';

export interface ContentLink {
  /** Offsets in the block's own text. */
  start: number;
  end: number;
  /** Always an absolute http: or https: address. */
  href: string;
}

export interface ContentMark {
  kind: MarkKind;
  /** Offsets in the block's own text. */
  start: number;
  end: number;
}

export interface ContentBlock {
  kind: ContentBlockKind;
  text: string;
  /** Heading level (2–6) or list nesting depth (1 = top level). */
  level?: number;
  /** For list items: part of a numbered list. */
  ordered?: boolean;
  links?: ContentLink[];
  /** Sorted by start; those of one kind never overlap. */
  marks?: ContentMark[];
}

export type TextDirection = 'ltr' | 'rtl';

export interface ArticleContent {
  title: string;
  byline: string | null;
  siteName: string | null;
  /** As the page gives it (ISO 8601 when it can be read as a date). */
  publishedTime: string | null;
  /** Where the article says it came from: a site, a URL or an outlet's name. */
  source: string | null;
  /** The article's base direction, when the file declares one. */
  dir: TextDirection | null;
  /** The body, without the title (the title becomes the first block of the canonical text). */
  blocks: ContentBlock[];
}

/** Only http and https links are kept, as absolute URLs; anything else yields null. */
export function safeHttpUrl(href: string, base?: string): string | null {
  let url: URL;
  try {
    url = base === undefined ? new URL(href) : new URL(href, base);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}
