// The plain text of one block, built from pieces of inline content (text nodes, Markdown
// inline tokens) some of which sit inside a link or inside bold, italic or code. Whitespace
// is collapsed the way a browser shows it, the text is trimmed and NFC-normalised, and each
// link and mark becomes a range of the final text, so their offsets stay right however much
// whitespace was dropped.

import type { ContentLink, ContentMark } from '../../shared/article/article-content';
import { MARK_KINDS, type MarkKind } from '../../shared/model';
import { nfcWithOffsets } from './nfc-offsets';

/** One link in the source; pieces that share it become one range. */
export interface LinkTarget {
  readonly href: string;
}

/** The marks a piece of text is inside, one bit a kind (MARK_KINDS' order), so any depth of nesting costs nothing. */
export type MarkSet = number;
export const NO_MARKS: MarkSet = 0;

export function withMark(marks: MarkSet, kind: MarkKind): MarkSet {
  return marks | (1 << MARK_KINDS.indexOf(kind));
}

interface Piece {
  text: string;
  link: LinkTarget | null;
  marks: MarkSet;
}

export interface BlockText {
  text: string;
  links: ContentLink[];
  marks: ContentMark[];
}

interface Span {
  start: number;
  end: number;
}

// Every Unicode space (no-break, ideographic, ...) counts, as in the scraped-text parser:
// a reader quoting the text types plain spaces.
const WHITESPACE_OR_WORD = /\s+|\S+/gu;

export class InlineText {
  private readonly pieces: Piece[] = [];

  append(text: string, link: LinkTarget | null = null, marks: MarkSet = NO_MARKS): void {
    if (text !== '') this.pieces.push({ text, link, marks });
  }

  /** True while nothing but whitespace has been appended. */
  isBlank(): boolean {
    return this.pieces.every((piece) => piece.text.trim() === '');
  }

  finish(): BlockText {
    let text = '';
    let spaceDue = false;
    const spans = new Map<LinkTarget, Span>();
    const marks: { kind: MarkKind; span: Span }[] = [];
    // The span of each kind the last word was in: the next word in the same kind goes on it.
    const open: (Span | null)[] = MARK_KINDS.map(() => null);
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
        const end = text.length + run.length;
        if (piece.link !== null) {
          const span = spans.get(piece.link);
          if (span === undefined) spans.set(piece.link, { start: text.length, end });
          else span.end = end;
        }
        MARK_KINDS.forEach((kind, bit) => {
          const span = open[bit] ?? null;
          if ((piece.marks & (1 << bit)) === 0) open[bit] = null;
          else if (span !== null) span.end = end;
          else {
            const started = { start: text.length, end };
            open[bit] = started;
            marks.push({ kind, span: started });
          }
        });
        text += run;
      }
    }
    const boundaries = [...spans.values(), ...marks.map((mark) => mark.span)].flatMap((span) => [span.start, span.end]);
    const { normalized, offset } = nfcWithOffsets(text, boundaries);
    const links: ContentLink[] = [];
    for (const [link, span] of spans) {
      const start = offset(span.start);
      const end = offset(span.end);
      if (end > start) links.push({ start, end, href: link.href });
    }
    const contentMarks: ContentMark[] = [];
    for (const { kind, span } of marks) {
      const start = offset(span.start);
      const end = offset(span.end);
      if (end > start) contentMarks.push({ kind, start, end });
    }
    return { text: normalized, links, marks: contentMarks };
  }
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
