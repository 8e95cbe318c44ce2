// A labelled span of a text that the file itself carries (doccano, Label Studio), as
// ClaimMark's selectors in UTF-16 code units. Both tools are Python servers and count
// offsets in code points (Python str indices); where the file also gives the span's text,
// that decides between code points and UTF-16 units, so either kind of file lands right.

import { describeRange, rangeProblem } from '../anchoring/selectors';
import { utf16Offset } from '../exchange/text-offsets';
import type { TextPositionSelector, TextQuoteSelector } from '../model';

export interface SpanSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector | null;
}

function utf16Range(text: string, start: number, end: number): TextPositionSelector | null {
  const from = utf16Offset(text, start);
  const to = utf16Offset(text, end);
  return from === null || to === null ? null : { type: 'TextPositionSelector', start: from, end: to };
}

/**
 * The selectors of the span [start, end) of `text`, counted in code points unless only
 * UTF-16 units give `expected` (the span's text as the file states it). Null when the
 * span is not a selection of the text (outside it, empty, only white space) and the file
 * states no text to search for.
 */
export function spanSelectors(text: string, start: number, end: number, expected: string | null): SpanSelectors | null {
  const inPoints = utf16Range(text, start, end);
  const inUnits: TextPositionSelector = { type: 'TextPositionSelector', start, end };
  const candidates = [inPoints, inUnits].filter(
    (range): range is TextPositionSelector => range !== null && rangeProblem(text, range.start, range.end) === null,
  );
  const chosen = candidates.find((range) => expected === null || text.slice(range.start, range.end) === expected) ?? null;
  if (chosen !== null) return describeRange(text, chosen);
  if (expected === null || expected.trim() === '') return null;
  // The stated text is not at either reading of the offsets: the quote is searched for.
  return { position: candidates[0] ?? null, quote: { type: 'TextQuoteSelector', exact: expected, prefix: '', suffix: '' } };
}
