// The plain text of one block, built from pieces of inline content (text nodes, Markdown
// inline tokens) some of which sit inside a link. Whitespace is collapsed the way a browser
// shows it, the text is trimmed and NFC-normalised, and each link becomes a range of the
// final text, so link offsets stay right however much whitespace was dropped.

import type { ContentLink } from '../../shared/article/article-content';

/** One link in the source; pieces that share it become one range. */
export interface LinkTarget {
  readonly href: string;
}

interface Piece {
  text: string;
  link: LinkTarget | null;
}

export interface BlockText {
  text: string;
  links: ContentLink[];
}

// Every Unicode space (no-break, ideographic, ...) counts, as in the scraped-text parser:
// a reader quoting the text types plain spaces.
const WHITESPACE_OR_WORD = /\s+|\S+/gu;

export class InlineText {
  private readonly pieces: Piece[] = [];

  append(text: string, link: LinkTarget | null = null): void {
    if (text !== '') this.pieces.push({ text, link });
  }

  /** True while nothing but whitespace has been appended. */
  isBlank(): boolean {
    return this.pieces.every((piece) => piece.text.trim() === '');
  }

  finish(): BlockText {
    let text = '';
    let spaceDue = false;
    const spans = new Map<LinkTarget, { start: number; end: number }>();
    for (const piece of this.pieces) {
      for (const [run] of piece.text.matchAll(WHITESPACE_OR_WORD)) {
        if (/^\s/u.test(run)) {
          spaceDue = text !== '';
          continue;
        }
        if (spaceDue) {
          text += ' ';
          spaceDue = false;
        }
        if (piece.link !== null) {
          const span = spans.get(piece.link);
          if (span === undefined) spans.set(piece.link, { start: text.length, end: text.length + run.length });
          else span.end = text.length + run.length;
        }
        text += run;
      }
    }
    return normalizeNfc(text, spans);
  }
}

function normalizeNfc(text: string, spans: ReadonlyMap<LinkTarget, { start: number; end: number }>): BlockText {
  const normalized = text.normalize('NFC');
  // Composition can shorten the text; a boundary moves by what composed before it.
  const offset = normalized === text ? (at: number) => at : (at: number) => text.slice(0, at).normalize('NFC').length;
  const links: ContentLink[] = [];
  for (const [link, span] of spans) {
    const start = offset(span.start);
    const end = offset(span.end);
    if (end > start) links.push({ start, end, href: link.href });
  }
  return { text: normalized, links };
}

/**
 * Code keeps its line breaks and indentation: only trailing spaces and blank lines at the
 * start and end go, and line endings become "\n".
 */
export function preformattedText(raw: string): string {
  const lines = raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+$/u, ''));
  const first = lines.findIndex((line) => line !== '');
  if (first === -1) return '';
  const last = lines.findLastIndex((line) => line !== '');
  return lines.slice(first, last + 1).join('\n').normalize('NFC');
}
