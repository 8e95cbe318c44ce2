// ClaimMark counts offsets in UTF-16 code units (JavaScript string indices); the W3C Web
// Annotation model counts them in Unicode code points. These convert between the two for
// one text, so "😀" is 2 units but 1 code point.

import type { TextPositionSelector } from '../model';
import { countBefore } from '../sorted-search';

/** Where the text's surrogate pairs start (the high half), found once per text. */
let pairsOf: { text: string; starts: Int32Array } | null = null;

function surrogatePairs(text: string): Int32Array {
  // The last text is kept: an export or import converts many offsets of one article in a row.
  if (pairsOf?.text === text) return pairsOf.starts;
  const starts: number[] = [];
  for (let index = 0; index + 1 < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0xd800 || code > 0xdbff) continue;
    const next = text.charCodeAt(index + 1);
    if (next >= 0xdc00 && next <= 0xdfff) starts.push(index++);
  }
  pairsOf = { text, starts: Int32Array.from(starts) };
  return pairsOf.starts;
}

/** Code points in `text` before the UTF-16 `offset` (a lone half of a pair counts as one). */
export function codePointOffset(text: string, offset: number): number {
  const units = Math.max(0, Math.min(offset, text.length));
  // A pair counts once when both its halves are before the offset.
  const pairs = surrogatePairs(text);
  return units - countBefore(pairs.length, (at) => (pairs[at] ?? 0) + 1 < units);
}

/** The UTF-16 offset of code point number `points`; past the end of the text gives null. */
export function utf16Offset(text: string, points: number): number | null {
  const pairs = surrogatePairs(text);
  if (points > text.length - pairs.length) return null;
  // The pairs whose code point lies before `points` each add one unit.
  return Math.max(0, points) + countBefore(pairs.length, (at) => (pairs[at] ?? 0) - at < points);
}

/** A position selector counted in code points, from one counted in UTF-16 code units. */
export function toCodePointPosition(text: string, position: TextPositionSelector): TextPositionSelector {
  return { type: 'TextPositionSelector', start: codePointOffset(text, position.start), end: codePointOffset(text, position.end) };
}

/** A position selector counted in UTF-16 code units, from code points; null when it runs past the text. */
export function toUtf16Position(text: string, position: TextPositionSelector): TextPositionSelector | null {
  const start = utf16Offset(text, position.start);
  const end = utf16Offset(text, position.end);
  return start === null || end === null ? null : { type: 'TextPositionSelector', start, end };
}
