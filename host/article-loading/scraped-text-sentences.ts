// Counts the words and sentences of a paragraph of scraped text, which the scraped-text
// parser's rules for real paragraphs and captions go by.

import type { WorkMeter } from './work-meter';

export function countWords(text: string): number {
  return text.split(' ').filter((token) => token !== '').length;
}

// A period after a single letter ("U.S.", "J. Smith") or a common abbreviation does not end
// a sentence.
const ABBREVIATIONS = new Set(
  'mr mrs ms dr st jr sr gen lt col sgt capt gov sen rep prof no vs etc inc co corp ltd jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);
const SENTENCE_BREAK = /([.!?])["'”’)\]]*\s+(?=["'“‘([]?[\p{Lu}\p{N}])/gu;

export function countSentences(text: string, meter: WorkMeter): number {
  if (text.trim() === '') return 0;
  let count = 1;
  for (const match of text.matchAll(SENTENCE_BREAK)) {
    if (match[1] === '.') {
      const lastPart = lastWordPart(text, match.index, meter).replace(/^[^\p{L}]+/u, '').toLowerCase();
      if (lastPart.length === 1 || ABBREVIATIONS.has(lastPart)) continue;
    }
    count += 1;
  }
  return count;
}

/**
 * What stands between the last space or period before `end` and `end` ("S" of "U.S", "Dr").
 * Looked for backwards from `end`, so each character is looked at once however many
 * sentences the text has; splitting the text before each break was quadratic ("A." and
 * U+2028 repeated: 160 KB took a minute).
 */
function lastWordPart(text: string, end: number, meter: WorkMeter): string {
  let start = end;
  while (start > 0 && text[start - 1] !== ' ' && text[start - 1] !== '.') start -= 1;
  meter(end - start);
  return text.slice(start, end);
}
