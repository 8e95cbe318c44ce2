// Updating an article to a changed version re-anchors its claims outside the article's turn
// (in the hosts, in the article worker). A claim edited or added meanwhile must not be lost:
// the update re-anchors again, and after three such tries does it within the article's turn.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inThreadArticleWork, type ArticleWork } from '../../../host/article-loading/article-worker-jobs';
import { ClaimMarkService } from '../../../host/claimmark-service';
import { LibraryStore } from '../../../host/library/library-store';
import type { ArticleFileInput } from '../../../shared/api';
import { SAMPLE_ARTICLE_PATH, TestClock, idCounter, makeTempDir, removeDir } from '../support/library-fixture';

function file(fileName: string, paragraphs: string[]): ArticleFileInput {
  return { fileName, contentBase64: Buffer.from(paragraphs.join('\n\n'), 'utf8').toString('base64') };
}

const V1 = file('bridge.txt', [
  'Bridge reopens after repairs',
  'The river bridge reopened on Monday after eight weeks of repairs costing 4 million euros.',
  'Buses return to their usual routes from Wednesday, the city said.',
]);
const V2 = file('bridge (corrected).txt', [
  'Bridge reopens after repairs',
  'Correction: the repairs took nine weeks, not eight.',
  'The river bridge reopened on Monday after nine weeks of repairs costing 4 million euros.',
  'Buses return to their usual routes from Wednesday, the city said.',
]);

describe('updating an article while its claims are edited', () => {
  let dataDir: string;
  let service: ClaimMarkService;
  let reanchorings: number;
  /** What happens while the article work re-anchors, before it answers. */
  let meanwhile: (attempt: number) => Promise<void>;

  const recordingWork: ArticleWork = {
    ...inThreadArticleWork,
    async reanchor(text, claims, since) {
      reanchorings += 1;
      // The outcome is of the claims as they were asked about, as the worker's would be.
      const outcome = await inThreadArticleWork.reanchor(text, claims, since);
      await meanwhile(reanchorings);
      return outcome;
    },
  };

  async function claimOn(articleId: string, quote: string) {
    const { article } = await service.getArticle({ articleId });
    const start = article.text.indexOf(quote);
    return service.createClaim({ articleId, start, end: start + quote.length, exact: quote });
  }

  beforeEach(async () => {
    dataDir = await makeTempDir('update-edits');
    reanchorings = 0;
    meanwhile = async () => undefined;
    const clock = new TestClock('2025-06-01T08:00:00.000Z');
    service = await ClaimMarkService.open({
      store: new LibraryStore(dataDir),
      sampleArticlePath: SAMPLE_ARTICLE_PATH,
      articleWork: recordingWork,
      now: clock.now,
      newId: idCounter(),
    });
  });

  afterEach(async () => {
    await service.close();
    await removeDir(dataDir);
  });

  it('keeps an edit and a new claim made during the re-anchoring, and re-anchors them with the rest', async () => {
    const opened = await service.openArticle({ file: V1 });
    if (opened.kind !== 'added') throw new Error('not added');
    const articleId = opened.articleId;
    const cost = await claimOn(articleId, 'costing 4 million euros');
    let added = '';
    meanwhile = async (attempt) => {
      if (attempt !== 1) return;
      await service.updateClaim({ articleId, claimId: cost.id, status: 'verified', note: 'City budget, line 12.' });
      added = (await claimOn(articleId, 'Buses return to their usual routes')).id;
    };

    const outcome = await service.openArticle({ file: V2, ifChangedVersion: 'update' });

    expect(outcome).toMatchObject({ kind: 'updated', report: { unchanged: 0, moved: 2, fuzzy: 0, orphaned: 0 } });
    expect(reanchorings).toBe(2);
    const { article, claims } = await service.getArticle({ articleId });
    expect(claims.map((claim) => [claim.id, claim.status, claim.note, claim.anchor.method])).toEqual([
      [cost.id, 'verified', 'City budget, line 12.', 'quote'],
      [added, 'unverified', '', 'quote'],
    ]);
    const quoted = claims.map((claim) => article.text.slice(claim.selectors.position.start, claim.selectors.position.end));
    expect(quoted).toEqual(['costing 4 million euros', 'Buses return to their usual routes']);
  });

  it('after three re-anchorings overtaken by edits, re-anchors within the article’s turn, where no edit comes between', async () => {
    const opened = await service.openArticle({ file: V1 });
    if (opened.kind !== 'added') throw new Error('not added');
    const articleId = opened.articleId;
    const cost = await claimOn(articleId, 'costing 4 million euros');
    meanwhile = async (attempt) => {
      await service.updateClaim({ articleId, claimId: cost.id, note: `edit ${attempt}` });
    };

    const outcome = await service.openArticle({ file: V2, ifChangedVersion: 'update' });

    expect(outcome).toMatchObject({ kind: 'updated', report: { unchanged: 0, moved: 1, fuzzy: 0, orphaned: 0 } });
    expect(reanchorings).toBe(3);
    const { claims } = await service.getArticle({ articleId });
    expect(claims.map((claim) => [claim.note, claim.anchor.method])).toEqual([['edit 3', 'quote']]);
  });
});
