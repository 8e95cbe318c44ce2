import { describe, expect, it } from 'vitest';
import { carryPlan, placeholderIds, receivePlan, withoutClaims } from '../../../../host/article-loading/carried-plan';
import type { ImportChanges } from '../../../../host/article-loading/import-planning';
import { loadArticle } from '../../../../host/article-loading/load-article';
import { entryOfText, replayJournal } from '../../../../host/library/journal-codec';
import type { Claim } from '../../../../shared/model';
import { claimOf } from '../../support/claim-builder';

const ADDED = '2026-01-01T00:00:00.000Z';
const article = loadArticle({ fileName: 'a.txt', bytes: new TextEncoder().encode('Title\n\nOne two three four five.\n') }, 'a-1', ADDED);

function planAdding(claims: Claim[]): ImportChanges {
  const summary = { added: claims.length, updated: 0, skipped: 0, orphaned: 0, renewedIds: 0, articles: [article.title], perArticle: [], labels: [], warnings: [] };
  return { summary, updates: [{ articleId: article.id, added: claims, replaced: [] }], newArticles: [] };
}

/** Claims made in the worker: ids from its placeholders, as planning gives them. */
function workerClaims(notes: string[]): { claims: Claim[]; count: () => number } {
  const ids = placeholderIds();
  const claims = notes.map((note) => ({ ...claimOf(article, ids.newId(), 'two three', { created: ADDED }), note, evidence: [{ id: ids.newId(), url: 'https://example.org/a', title: '', quote: '', accessed: null, stance: 'supports' as const, added: ADDED }] }));
  return { claims, count: ids.count };
}

function hostIds(): () => string {
  let next = 0;
  return () => `host-${++next}`;
}

describe('receivePlan', () => {
  it('gives the added claims the host’s ids, in the text of their journal line too', async () => {
    const made = workerClaims(['first', 'second']);
    const [update] = (await receivePlan(carryPlan(planAdding(made.claims), made.count()), hostIds())).updates;
    expect(update?.added.map((claim) => [claim.id, claim.evidence.map((item) => item.id)])).toEqual([
      ['host-1', ['host-2']],
      ['host-3', ['host-4']],
    ]);
    const text = update?.addedText ?? [];
    const line = entryOfText(7, { claims: update?.added ?? [], text });
    expect(line.join('')).toBe(`${JSON.stringify({ seq: 7, ops: (update?.added ?? []).map((claim) => ({ op: 'put', claim })) })}\n`);
    expect(replayJournal([], 6, line.join('')).claims.map((claim) => claim.note)).toEqual(['first', 'second']);
  });

  it('sends no journal text when a note holds a placeholder’s text, and leaves the note as it was', async () => {
    const made = workerClaims(['\u0001new id 0', 'plain']);
    const [update] = (await receivePlan(carryPlan(planAdding(made.claims), made.count()), hostIds())).updates;
    expect(update?.addedText).toBeUndefined();
    expect(update?.added.map((claim) => [claim.id, claim.note])).toEqual([
      ['host-1', '\u0001new id 0'],
      ['host-3', 'plain'],
    ]);
  });
});

describe('withoutClaims', () => {
  it('keeps a preview’s summary and the articles it touches, and sends none of the claims', async () => {
    const made = workerClaims(['first', 'second']);
    const received = await receivePlan(carryPlan(withoutClaims(planAdding(made.claims)), made.count()), hostIds());
    expect(received.summary.added).toBe(2);
    expect(received.summary.articles).toEqual(['Title']);
    expect(received.updates).toEqual([{ articleId: 'a-1', added: [], replaced: [] }]);
  });
});
