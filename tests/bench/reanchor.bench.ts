// `npm run bench`: re-anchoring every claim of a long article after it changed (an insertion
// near the top moves them all; some quotes were edited; a few paragraphs were removed).

import { bench, describe } from 'vitest';
import { reanchorClaims } from '../../shared/anchoring/reanchor-claims';
import { newClaim } from '../../shared/claims/claim-edits';
import type { Claim } from '../../shared/model';

const paragraphs = Array.from(
  { length: 400 },
  (_, index) => `Paragraph ${index}: the council said on day ${index} that spending on item ${index * 7} rose by ${index % 13} percent, ` +
    `while the opposition disputed figure ${index * 3} and asked for an audit of contract ${index * 11}.`,
);
const original = paragraphs.join('\n\n');

const BENCH_NOW = '2026-01-01T00:00:00.000Z';

function claimsOn(text: string, count: number): Claim[] {
  return Array.from({ length: count }, (_, index) => {
    const exact = `spending on item ${index * 2 * 7} rose by`;
    const start = text.indexOf(exact);
    const id = `00000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`;
    return newClaim({ id: 'bench', text }, { start, end: start + exact.length, exact }, { now: BENCH_NOW, newId: () => id });
  });
}

const claims = claimsOn(original, 200);
const moved = `Correction: this article was updated.\n\n${original}`;
const edited = moved
  .replace(/spending on item (\d*0) rose by/g, 'spending on item $1 increased by')
  .replace(/Paragraph 3\d:[^\n]*\n\n/g, '');

const SINCE = '2026-01-01T00:00:00.000Z';

describe(`re-anchor 200 claims in a ${Math.round(original.length / 1000)} kB article`, () => {
  bench('unchanged text', () => {
    reanchorClaims(original, claims, SINCE);
  });
  bench('everything moved by an insertion', () => {
    reanchorClaims(moved, claims, SINCE);
  });
  bench('moved, some quotes edited, ten paragraphs removed', () => {
    reanchorClaims(edited, claims, SINCE);
  });
});
