import Papa from 'papaparse';
import { checkClaimReview } from '../support/claim-review-conformance';
import { checkHypothesisImport } from '../support/hypothesis-client-conformance';
import { nativeSchemaProblems } from '../support/native-export-schema';
import { checkWebAnnotation } from '../support/web-annotation-conformance';
import { expect, test } from './fixtures';
import { addClaim, articleFile, openArticleFiles, waitForSampleArticle } from './support/article-actions';

const CHECKED = 'police have detained eight individuals';
const OPEN = '=HYPERLINK("https://evil.example")';

test('each export format writes a file other tools can read', async ({ app }) => {
  const { page } = app;
  await waitForSampleArticle(page);
  const checked = await addClaim(page, CHECKED);
  await checked.getByLabel('Status').selectOption({ label: 'False' });
  await checked.getByLabel('Note').fill(`Note with "quotes", commas, and a formula: ${OPEN}`);
  await checked.locator('blockquote').click();
  await checked.getByLabel('Claimant').fill('Slovak police');
  await checked.getByLabel('Person or organisation').selectOption({ label: 'Organisation' });
  await checked.getByRole('button', { name: 'Add evidence' }).click();
  await checked.getByLabel('Evidence URL').fill('https://www.eppo.europa.eu/en/news');
  await checked.getByLabel('Title').fill('EPPO statement');
  await checked.getByRole('button', { name: 'Add this evidence' }).click();
  await expect(checked.getByRole('region', { name: 'Evidence' }).getByRole('listitem')).toHaveCount(1);
  await addClaim(page, 'Putin also commented on NATO');

  // Native JSON: valid against the schema that ships with the app.
  const native = await app.exportFile({ format: 'ClaimMark JSON (everything, re-importable)' });
  expect(native.fileName).toMatch(/^putin-open-.*\.claims\.json$/);
  const nativeDoc = JSON.parse(native.content) as { articles: { claims: { quote: string; status: string; evidence: unknown[] }[] }[] };
  expect(nativeSchemaProblems(nativeDoc)).toEqual([]);
  expect(nativeDoc.articles[0]?.claims.map((claim) => claim.status)).toEqual(['unverified', 'false']);

  // W3C collection and plain list: every annotation meets the model's MUSTs.
  // The analyst's name, given once, is each annotation's creator; the dialog remembers it.
  const collection = await app.exportFile({ format: 'W3C Web Annotations (collection)', annotator: 'Ana Pereira' });
  expect(collection.fileName).toMatch(/\.annotations\.jsonld$/);
  const collectionDoc = JSON.parse(collection.content) as { type: string; total: number; first: { items: { creator?: unknown; generator?: unknown }[] } };
  expect(collectionDoc.type).toBe('AnnotationCollection');
  expect(collectionDoc.total).toBe(2);
  for (const annotation of collectionDoc.first.items) expect(checkWebAnnotation(annotation)).toEqual([]);
  expect(collectionDoc.first.items.map((annotation) => [annotation.creator, annotation.generator])).toEqual([
    [{ type: 'Person', name: 'Ana Pereira' }, { type: 'Software', name: 'ClaimMark' }],
    [{ type: 'Person', name: 'Ana Pereira' }, { type: 'Software', name: 'ClaimMark' }],
  ]);
  const list = JSON.parse((await app.exportFile({ format: 'W3C Web Annotations (plain list)' })).content) as { creator?: unknown }[];
  expect(list).toHaveLength(2);
  for (const annotation of list) expect(checkWebAnnotation(annotation)).toEqual([]);
  expect(list[0]?.creator).toEqual({ type: 'Person', name: 'Ana Pereira' });

  // Hypothesis JSON: a file Hypothesis' client imports, the status as a tag, the analyst as its author.
  const hypothesis = await app.exportFile({ format: 'Hypothesis JSON (for Hypothesis’ Import)' });
  expect(hypothesis.fileName).toMatch(/^putin-open-.*\.hypothesis\.json$/);
  const hypothesisDoc = JSON.parse(hypothesis.content) as { export_userid: string; annotations: { tags: string[]; text: string; uri: string; target: { selector: { type: string; exact?: string }[] }[] }[] };
  expect(checkHypothesisImport(hypothesisDoc)).toEqual([]);
  expect(hypothesisDoc.export_userid).toBe('acct:Ana_Pereira@claimmark.invalid');
  expect(hypothesisDoc.annotations.map((annotation) => [annotation.target[0]?.selector[0]?.exact, annotation.tags, annotation.text])).toEqual([
    ['Putin also commented on NATO', [], ''],
    [CHECKED, ['False'], `Note with "quotes", commas, and a formula: ${OPEN}`],
  ]);
  // The sample's source is a site's name, not an address: the article is named by its text.
  expect(hypothesisDoc.annotations[0]?.uri).toMatch(/^urn:sha256:[0-9a-f]{64}$/);

  // ClaimReview: only the checked claim, with the publisher asked for in the dialog.
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export claims' });
  await dialog.getByRole('radio', { name: 'schema.org ClaimReview (checked claims)' }).check();
  await dialog.getByRole('button', { name: 'Save export' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Give the name of the organisation publishing the reviews.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  const reviews = JSON.parse((
      await app.exportFile({
        format: 'schema.org ClaimReview (checked claims)',
        publisher: 'Harbour Fact Check',
        reviewPageUrl: 'https://factcheck.example/putin-negotiations',
      })
    ).content) as {
    claimReviewed: string;
    reviewRating: { alternateName: string };
    author: { name: string };
    itemReviewed: { author?: { '@type': string; name: string } };
  }[];
  expect(reviews).toHaveLength(1);
  expect(reviews[0]).toMatchObject({ claimReviewed: CHECKED, reviewRating: { alternateName: 'False' }, author: { name: 'Harbour Fact Check' } });
  expect(reviews[0]?.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'Slovak police' });
  expect((reviews[0] as unknown as { url: string }).url).toMatch(/^https:\/\/factcheck\.example\/putin-negotiations#claim-/);
  expect(checkClaimReview(reviews[0])).toEqual([]);

  // CSV: re-parsed, quotes and commas intact, the formula neutralised.
  const csv = await app.exportFile({ format: 'CSV spreadsheet' });
  expect(csv.fileName).toMatch(/\.claims\.csv$/);
  // Excel reads it as UTF-8 only with a byte order mark.
  expect(csv.content.startsWith('\ufeff"Article title",')).toBe(true);
  const rows = Papa.parse<Record<string, string>>(csv.content, { header: true, skipEmptyLines: true }).data;
  expect(rows).toHaveLength(2);
  const falseRow = rows.find((row) => row.Quote === CHECKED);
  expect(falseRow?.Status).toBe('False');
  expect(falseRow?.Note).toBe(`Note with "quotes", commas, and a formula: ${OPEN}`);
  expect(falseRow?.['Evidence URLs']).toBe('https://www.eppo.europa.eu/en/news');
  expect(falseRow?.Anchor).toBe('anchored');
  expect(rows.every((row) => Object.values(row).every((cell) => !/^[=+\-@]/.test(cell)))).toBe(true);

  // Markdown report.
  const report = await app.exportFile({ format: 'Markdown report' });
  expect(report.fileName).toMatch(/\.report\.md$/);
  expect(report.content).toContain('# Putin Open to Negotiations');
  expect(report.content).toContain('police have detained eight individuals');
  expect(report.content).toContain('[EPPO statement](<https://www.eppo.europa.eu/en/news>)');

  // The whole library in one file.
  await openArticleFiles(page, articleFile('cycle-lanes.txt'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Council approves new cycle lanes');
  await addClaim(page, 'The plan passed by 31 votes to 14.');
  const library = await app.exportFile({ scope: 'The whole library', format: 'ClaimMark JSON (everything, re-importable)' });
  expect(library.fileName).toMatch(/^claimmark-library-\d{4}-\d{2}-\d{2}\.claims\.json$/);
  const libraryDoc = JSON.parse(library.content) as { articles: { article: { title: string }; claims: unknown[] }[] };
  expect(nativeSchemaProblems(libraryDoc)).toEqual([]);
  expect(libraryDoc.articles.map((entry) => [entry.article.title, entry.claims.length])).toEqual([
    ['Putin Open to Negotiations with Ukraine Amid Rising Military Ties with North Korea', 2],
    ['Council approves new cycle lanes', 1],
  ]);
});
