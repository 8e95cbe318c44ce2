// Turns a range of the canonical text into W3C selectors and anchors them again.
// Offsets are UTF-16 code units of `Article.text` (see shared/model.ts).

import type { TextSource } from '../article/text-source';
import type { ClaimSelectors } from '../model';

/** Characters of context stored on each side of a quote, as Hypothesis does. */
export const QUOTE_CONTEXT_LENGTH = 32;

export interface TextRange {
  start: number;
  end: number;
}

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  return isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

/**
 * Why a range cannot become a claim, in words for the analyst; null when it can.
 */
export function rangeProblem(text: string, start: number, end: number): string | null {
  if (!Number.isInteger(start) || !Number.isInteger(end)) return 'The selection offsets must be whole numbers.';
  if (start < 0) return `The selection starts before the article (offset ${start}).`;
  if (end > text.length) return `The selection ends past the end of the article (offset ${end} of ${text.length}).`;
  if (end < start) return `The selection is reversed (start ${start} is after end ${end}).`;
  if (end === start) return 'The selection is empty: select some text of the article first.';
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
    return 'The selection splits a character in two (a surrogate pair); select whole characters.';
  }
  if (text.slice(start, end).trim().length === 0) return 'The selection holds only white space.';
  return null;
}

/** Selectors for a range already checked with `rangeProblem`. */
export function describeRange(text: string, range: TextRange): ClaimSelectors {
  const prefixStart = Math.max(0, range.start - QUOTE_CONTEXT_LENGTH);
  const suffixEnd = Math.min(text.length, range.end + QUOTE_CONTEXT_LENGTH);
  return {
    position: { type: 'TextPositionSelector', start: range.start, end: range.end },
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(range.start, range.end),
      // Context never cuts a surrogate pair in half, so it stays valid text in exports.
      prefix: text.slice(splitsSurrogatePair(text, prefixStart) ? prefixStart + 1 : prefixStart, range.start),
      suffix: text.slice(range.end, splitsSurrogatePair(text, suffixEnd) ? suffixEnd - 1 : suffixEnd),
    },
  };
}

/**
 * Anchors a claim in unchanged text: the stored position, accepted only when the text
 * there still equals the stored quote. Null means the position no longer holds the quote.
 */
export function anchorByPosition(text: TextSource, selectors: ClaimSelectors): TextRange | null {
  const { start, end } = selectors.position;
  if (start < 0 || end > text.length || end <= start) return null;
  return text.slice(start, end) === selectors.quote.exact ? { start, end } : null;
}
