// A verdict stays with the words it was given on, through the service and its files: an
// update that moves a False claim onto other words flags it, it does not count as checked,
// ClaimReview leaves it out, and keeping (or changing) its status is saved with both quotes
// and survives a restart.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inThreadArticleWork } from '../../../host/article-loading/article-worker-jobs';
import { ClaimMarkService } from '../../../host/claimmark-service';
import { LibraryStore } from '../../../host/library/library-store';
import type { ArticleFileInput } from '../../../shared/api';
import { SAMPLE_ARTICLE_PATH, TestClock, apiErrorOf, idCounter, makeTempDir, removeDir } from '../support/library-fixture';

function file(fileName: string, text: string): ArticleFileInput {
  return { fileName, contentBase64: Buffer.from(text, 'utf8').toString('base64') };
}

const paragraphs = (dead: string) => [
  'Strike on the city',
  `Officials cited reports indicating ${dead} fatalities after the strike on Tuesday.`,
  'Rescue teams searched the buildings through the night.',
  'Original Source: www.city-news.example',
];
const BEFORE = file('strike.txt', paragraphs('28').join('\n\n'));
const AFTER = file('strike (updated).txt', paragraphs('23').join('\n\n'));
const START = '2026-03-01T09:00:00.000Z';
const QUOTES = { reviewed: 'reports indicating 28 fatalities', current: 'reports indicating 23 fatalities' };

describe('reviewing a claim that moved onto other words', () => {
  let dataDir: string;
  let clock: TestClock;
  let service: ClaimMarkService;

  const open = () =>
    ClaimMarkService.open({ store: new LibraryStore(dataDir), sampleArticlePath: SAMPLE_ARTICLE_PATH, articleWork: inThreadArticleWork, now: clock.now, newId: idCounter() });

  /** The article with a False claim on "…28 fatalities", updated to say 23: its id and the claim's. */
  async function movedClaim(): Promise<{ articleId: string; claimId: string }> {
    const added = await service.openArticle({ file: BEFORE });
    if (added.kind !== 'added') throw new Error('not added');
    const { article } = await service.getArticle({ articleId: added.articleId });
    const start = article.text.indexOf(QUOTES.reviewed);
    const claim = await service.createClaim({ articleId: added.articleId, start, end: start + QUOTES.reviewed.length, exact: QUOTES.reviewed });
    clock.advance(60_000);
    await service.updateClaim({ articleId: added.articleId, claimId: claim.id, status: 'false', note: '23 dead, not 28' });
    clock.advance(60_000);
    expect(await service.openArticle({ file: AFTER, ifChangedVersion: 'update' })).toMatchObject({ kind: 'updated', report: { unchanged: 0, moved: 0, fuzzy: 1, orphaned: 0 } });
    return { articleId: added.articleId, claimId: claim.id };
  }

  const summaryOf = async (articleId: string) => (await service.listArticles()).find((entry) => entry.id === articleId);

  beforeEach(async () => {
    dataDir = await makeTempDir('claim-review');
    clock = new TestClock(START);
    service = await open();
  });

  afterEach(async () => {
    await service.close();
    await removeDir(dataDir);
  });

  it('flags the moved claim, does not count it checked, and leaves it out of ClaimReview saying so', async () => {
    const { articleId, claimId } = await movedClaim();
    const { claims } = await service.getArticle({ articleId });
    expect(claims.find((claim) => claim.id === claimId)).toMatchObject({
      status: 'false',
      note: '23 dead, not 28',
      selectors: { quote: { exact: QUOTES.current } },
      review: { quote: QUOTES.reviewed, since: '2026-03-01T09:02:00.000Z' },
    });
    expect(await summaryOf(articleId)).toMatchObject({ claimCount: 1, checkedCount: 0, reviewCount: 1, statusCounts: { false: 1 } });
    const exported = await service.exportFile({ scope: { kind: 'article', articleId }, format: 'claim-review', publisher: { name: 'Example Fact Checks' } });
    expect([...exported.chunks].join('')).toBe('[]\n');
    expect(exported.remarks).toEqual(['1 claim needs review (the article changed under its verdict) and was left out.']);
  });

  it('keeps False: recorded with both quotes, counted as checked, published, and still so after a restart', async () => {
    const { articleId, claimId } = await movedClaim();
    clock.advance(60_000);
    const kept = await service.reviewClaim({ articleId, claimId, status: 'false' });
    expect(kept.review).toBeNull();
    expect(kept.history).toEqual([
      { from: 'unverified', to: 'false', at: '2026-03-01T09:01:00.000Z' },
      { from: 'false', to: 'false', at: '2026-03-01T09:03:00.000Z', quotes: QUOTES },
    ]);
    expect(await summaryOf(articleId)).toMatchObject({ checkedCount: 1, reviewCount: 0 });
    const exported = await service.exportFile({ scope: { kind: 'article', articleId }, format: 'claim-review', publisher: { name: 'Example Fact Checks' } });
    // The article has no web address, so the review has no url; the export says so.
    expect(exported.remarks).toEqual([
      '1 review has no url: its article has no web address, and search engines show a review only with the page that publishes it. Give that page as “Page publishing these fact checks”.',
    ]);
    expect(JSON.parse([...exported.chunks].join(''))).toMatchObject([{ claimReviewed: QUOTES.current, reviewRating: { ratingValue: 1 } }]);

    await service.close();
    service = await open();
    expect((await service.getArticle({ articleId })).claims).toEqual([kept]);
  });

  it('changes the status instead, from the review or from the status menu, each with both quotes', async () => {
    const { articleId, claimId } = await movedClaim();
    const changed = await service.reviewClaim({ articleId, claimId, status: 'misleading' });
    expect(changed).toMatchObject({ status: 'misleading', review: null });
    expect(changed.history.at(-1)).toEqual({ from: 'false', to: 'misleading', at: '2026-03-01T09:02:00.000Z', quotes: QUOTES });

    // A second article, settled by an ordinary status change.
    await service.deleteArticle({ articleId });
    const again = await movedClaim();
    const verified = await service.updateClaim({ articleId: again.articleId, claimId: again.claimId, status: 'verified' });
    expect(verified).toMatchObject({ status: 'verified', review: null });
    expect(verified.history.at(-1)).toMatchObject({ from: 'false', to: 'verified', quotes: QUOTES });
  });

  it('refuses to review a claim that needs none, and changes nothing', async () => {
    const { articleId, claimId } = await movedClaim();
    await service.reviewClaim({ articleId, claimId, status: 'false' });
    const before = await service.getArticle({ articleId });
    expect(await apiErrorOf(service.reviewClaim({ articleId, claimId, status: 'false' }))).toEqual({
      code: 'invalid-input',
      message: 'This claim does not need review: its status was given on the words it holds.',
    });
    expect(await service.getArticle({ articleId })).toEqual(before);
  });
});
