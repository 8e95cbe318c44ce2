// ClaimMark counts offsets in UTF-16 code units (JavaScript string indices); the W3C Web
// Annotation model counts them in Unicode code points. These convert between the two for
// one text, so "😀" is 2 units but 1 code point.

import type { TextPositionSelector } from '../model';

/** Code points in `text` before the UTF-16 `offset` (a lone half of a pair counts as one). */
export function codePointOffset(text: string, offset: number): number {
  let points = 0;
  for (let index = 0; index < offset && index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const next = text.charCodeAt(index + 1);
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff && index + 1 < offset) index += 1;
    points += 1;
  }
  return points;
}

/** The UTF-16 offset of code point number `points`; past the end of the text gives null. */
export function utf16Offset(text: string, points: number): number | null {
  let index = 0;
  for (let counted = 0; counted < points; counted += 1) {
    if (index >= text.length) return null;
    const code = text.charCodeAt(index);
    const next = text.charCodeAt(index + 1);
    index += code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
  }
  return index;
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
