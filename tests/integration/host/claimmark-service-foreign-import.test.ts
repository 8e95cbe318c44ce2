// Files from other tools imported through the service into the sample article, as the
// analyst would: a doccano JSONL whose text is the article's, and a Hypothesis client export
// whose address is the sample's site written another way.

import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inThreadArticleWork } from '../../../host/article-loading/article-worker-jobs';
import { ClaimMarkService } from '../../../host/claimmark-service';
import { LibraryStore } from '../../../host/library/library-store';
import type { ArticleFileInput } from '../../../shared/api';
import { SAMPLE_ARTICLE_PATH, TestClock, idCounter, makeTempDir, nthId, removeDir } from '../support/library-fixture';

const SAMPLE_ID = nthId(1);

async function fixtureFile(name: string): Promise<ArticleFileInput> {
  const bytes = await readFile(new URL(`../../fixtures/foreign/${name}`, import.meta.url));
  return { fileName: name, contentBase64: bytes.toString('base64') };
}

describe('importing other tools’ files into the sample article', () => {
  let dataDir: string;
  let service: ClaimMarkService;

  beforeEach(async () => {
    dataDir = await makeTempDir('foreign-import');
    const clock = new TestClock('2025-06-20T12:00:00.000Z');
    service = await ClaimMarkService.open({ store: new LibraryStore(dataDir), sampleArticlePath: SAMPLE_ARTICLE_PATH, articleWork: inThreadArticleWork, now: clock.now, newId: idCounter() });
  });

  afterEach(async () => {
    await service.close();
    await removeDir(dataDir);
  });

  it('places a doccano JSONL’s spans on the sample, with what each label became', async () => {
    const summary = await service.importClaims({ file: await fixtureFile('doccano-sample.jsonl') });
    expect(summary).toEqual({
      tool: 'doccano',
      applied: true,
      importId: nthId(2),
      added: 2,
      updated: 0,
      skipped: 0,
      orphaned: 0,
      renewedIds: 0,
      articles: ['Putin Open to Negotiations with Ukraine Amid Rising Military Ties with North Korea'],
      labels: [
        { label: 'False', status: 'false', claims: 1, by: 'name' },
        { label: 'kremlin', status: null, claims: 1, by: 'name' },
        { label: 'casualties', status: null, claims: 1, by: 'name' },
      ],
      perArticle: [
        {
          fileArticle: 1,
          named: 'an article by its text',
          articleId: SAMPLE_ID,
          title: 'Putin Open to Negotiations with Ukraine Amid Rising Military Ties with North Korea',
          matchedBy: 'text',
          added: 2,
          updated: 0,
          skippedOlder: 0,
          skippedDuplicate: 0,
          skippedUnmatched: 0,
          orphaned: 0,
        },
      ],
      firstArticleId: SAMPLE_ID,
      warnings: [],
    });
    const { claims } = await service.getArticle({ articleId: SAMPLE_ID });
    expect(claims.map((claim) => [claim.selectors.quote.exact, claim.selectors.position.start, claim.selectors.position.end, claim.status, claim.anchor.state])).toEqual([
      ['Putin stated his willingness to meet with Ukrainian President Volodymyr Zelenskyy', 689, 770, 'false', 'anchored'],
      ['reports indicating 28 fatalities and over 130 injuries', 2621, 2675, 'unverified', 'anchored'],
    ]);
    expect((await service.listArticles()).map((article) => article.id)).toEqual([SAMPLE_ID]);
  });

  it('uses the statuses the analyst chose for doccano labels, and offers them again for the next doccano file', async () => {
    const file = await fixtureFile('doccano-sample.jsonl');
    const chosen = await service.importClaims({ file, labelStatuses: [{ label: 'kremlin', status: 'in-progress' }, { label: 'False', status: null }] });
    expect(chosen.labels).toEqual([
      { label: 'False', status: null, claims: 1, by: 'chosen' },
      { label: 'kremlin', status: 'in-progress', claims: 1, by: 'chosen' },
      { label: 'casualties', status: null, claims: 1, by: 'name' },
    ]);
    const { claims } = await service.getArticle({ articleId: SAMPLE_ID });
    expect(claims.map((claim) => [claim.status, claim.tags])).toEqual([
      ['in-progress', ['False']],
      ['unverified', ['casualties']],
    ]);
    for (const claim of claims) await service.deleteClaim({ articleId: SAMPLE_ID, claimId: claim.id });

    // A later file from the same tool: the choices are remembered, also after a restart.
    await service.close();
    service = await ClaimMarkService.open({ store: new LibraryStore(dataDir), sampleArticlePath: SAMPLE_ARTICLE_PATH, articleWork: inThreadArticleWork, now: new TestClock('2025-06-21T12:00:00.000Z').now, newId: idCounter(100) });
    const next = await service.importClaims({ file, preview: true });
    expect(next.labels).toEqual([
      { label: 'False', status: null, claims: 1, by: 'remembered' },
      { label: 'kremlin', status: 'in-progress', claims: 1, by: 'remembered' },
      { label: 'casualties', status: null, claims: 1, by: 'name' },
    ]);
  });

  it('places a Hypothesis export on the sample although its address is written another way; a reply and a page note are skipped', async () => {
    const summary = await service.importClaims({ file: await fixtureFile('hypothesis-export-sample.json') });
    expect(summary).toMatchObject({
      added: 2,
      orphaned: 0,
      articles: ['Putin Open to Negotiations with Ukraine Amid Rising Military Ties with North Korea'],
      labels: [
        { label: 'Misleading', status: 'misleading', claims: 1 },
        { label: 'nato', status: null, claims: 1 },
        { label: 'slovakia', status: null, claims: 1 },
      ],
      warnings: ['Skipped 1 annotation: replies to other annotations, with no text selected.', 'Skipped 1 annotation: page notes, with no text selected.'],
    });
    const { claims } = await service.getArticle({ articleId: SAMPLE_ID });
    expect(claims.map((claim) => [claim.selectors.quote.exact, claim.selectors.position.start, claim.status, claim.note, claim.created])).toEqual([
      ['We do not consider any NATO rearmament to be a threat', 1108, 'misleading', 'Contradicted by the NATO summit communiqué.', '2025-06-19T08:00:00.000Z'],
      // Its position counts in the page's text, not the article's: the quote is found.
      ['Slovakia investigates alleged misappropriations of military aid to Ukraine', 550, 'unverified', '', '2025-06-19T09:00:00.000Z'],
    ]);
  });

  it('refuses a Hypothesis export of another page, saying what it looked for, and saves nothing', async () => {
    const exported = JSON.parse(await readFile(new URL('../../fixtures/foreign/hypothesis-export-sample.json', import.meta.url), 'utf8')) as { annotations: { uri: string; target: { source: string }[]; document: { title: string[] } }[] };
    for (const annotation of exported.annotations) {
      annotation.uri = 'https://elsewhere.example/story';
      annotation.document.title = ['Another story'];
    }
    const file = { fileName: 'other.json', contentBase64: Buffer.from(JSON.stringify(exported)).toString('base64') };
    await expect(service.importClaims({ file, articleId: SAMPLE_ID })).rejects.toThrow(
      'other.json: No article in the library matches article 1 of the file: it names the address “https://elsewhere.example/story” (compared as “elsewhere.example/story”: without http/https, “www.”, a trailing slash, tracking parameters or “#…”) and the title “Another story”. The open article, “Putin Open to Negotiations with Ukraine Amid Rising Military Ties with North Korea”, has the address “www.theguardian.com”. Open the article it is on first, then import again.',
    );
    expect((await service.getArticle({ articleId: SAMPLE_ID })).claims).toEqual([]);
  });
});
