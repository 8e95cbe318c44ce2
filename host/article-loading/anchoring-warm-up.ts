// Re-anchors made-up claims once when the article worker starts. V8 turns the anchoring code
// (the fuzzy search above all) into fast machine code only after it has run for a while, and
// a worker starts cold, so without this the first update after ClaimMark starts took about
// twice as long as the same update later (130 ms against 75 ms for 1,000 claims).

import type { ReanchorReport } from '../../shared/api';
import { reanchorClaims } from '../../shared/anchoring/reanchor-claims';
import { newClaim } from '../../shared/claims/claim-edits';

const WORDS = (
  'the council said officials confirmed that the budget vote was delayed after members asked ' +
  'for figures on roads schools and housing while residents waited outside the hall on monday'
).split(' ');
const PARAGRAPHS = 12;
const WORDS_PER_PARAGRAPH = 90;
/** Claims per paragraph: each runs `CLAIM_WORDS` words from a different place. */
const CLAIM_STARTS = [4, 31, 58];
const CLAIM_WORDS = 24;
const DROPPED_PARAGRAPH = 7;
const EDITED_PARAGRAPH = 3;

/** Paragraphs of words drawn by a small fixed generator, so every start does the same work. */
function madeUpParagraphs(): string[][] {
  let state = 17;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state;
  };
  return Array.from({ length: PARAGRAPHS }, () =>
    Array.from({ length: WORDS_PER_PARAGRAPH }, () => WORDS[next() % WORDS.length] ?? 'the'),
  );
}

const joined = (paragraphs: readonly (readonly string[])[]): string => paragraphs.map((words) => words.join(' ')).join('\n\n');

/**
 * Re-anchors claims of a made-up article to an edited version of it, which takes each way
 * the anchoring can go: a line added at the top moves every claim, a word changed in one
 * paragraph makes its claims fuzzy matches, and a paragraph removed orphans its claims after
 * a search of the whole text. Returns the report, so that a test can see each way was taken.
 */
export function warmUpAnchoring(): ReanchorReport {
  const paragraphs = madeUpParagraphs();
  const text = joined(paragraphs);
  const article = { id: 'warm-up', text };
  let ids = 0;
  const context = { now: '2026-01-01T00:00:00.000Z', newId: () => `warm-up-${(ids += 1)}` };
  let paragraphStart = 0;
  const claims = paragraphs.flatMap((words) => {
    const at = paragraphStart;
    paragraphStart += words.join(' ').length + 2;
    return CLAIM_STARTS.map((first) => {
      const start = at + words.slice(0, first).join(' ').length + 1;
      const end = start + words.slice(first, first + CLAIM_WORDS).join(' ').length;
      return newClaim(article, { start, end, exact: text.slice(start, end) }, context);
    });
  });
  const changed = (words: readonly string[]) => words.map((word, at) => (CLAIM_STARTS.some((first) => at === first + 5) ? 'reportedly' : word));
  const edited = paragraphs
    .filter((_, index) => index !== DROPPED_PARAGRAPH)
    .map((words, index) => (index === EDITED_PARAGRAPH ? changed(words) : words));
  return reanchorClaims(`A correction was added.\n\n${joined(edited)}`, claims, context.now).report;
}
