import { nativeSchemaProblems } from '../support/native-export-schema';
import { expect, test } from './fixtures';
import { SAMPLE_TITLE, addClaim, waitForSampleArticle } from './support/article-actions';

const QUOTE = 'an Iskander missile';

test('export writes a JSON file holding each claim with its exact quote, status and note', async ({ app }) => {
  const { page } = app;
  await waitForSampleArticle(page);
  const card = await addClaim(page, QUOTE);
  await card.getByLabel('Status').selectOption({ label: 'Verified' });
  await card.getByLabel('Note').fill('Ministry statement, 17 June; "Iskander" per Reuters.');
  await expect(card.getByRole('status')).toHaveText('Saved');

  const file = await app.exportFile();
  expect(file.fileName).toBe('putin-open-to-negotiations-with-ukraine-amid-rising-military-ties-with-north-kor.claims.json');
  const exported = JSON.parse(file.content) as {
    format: string;
    version: number;
    articles: {
      article: { title: string; source: string; text: string; contentHash: string };
      claims: { quote: string; status: string; note: string; selectors: { type: string; start?: number; end?: number; exact?: string }[] }[];
    }[];
  };
  expect(nativeSchemaProblems(exported)).toEqual([]);
  expect(exported.format).toBe('claimmark-export');
  expect(exported.version).toBe(5);
  expect(exported.articles).toHaveLength(1);
  const [{ article, claims }] = exported.articles as [(typeof exported.articles)[number]];
  expect(article.title).toBe(SAMPLE_TITLE);
  expect(article.source).toBe('www.theguardian.com');
  expect(article.contentHash).toMatch(/^sha256:[0-9a-f]{64}$/);
  expect(claims).toHaveLength(1);
  const [claim] = claims;
  expect(claim?.quote).toBe(QUOTE);
  expect(claim?.status).toBe('verified');
  expect(claim?.note).toBe('Ministry statement, 17 June; "Iskander" per Reuters.');
  const position = claim?.selectors.find((selector) => selector.type === 'TextPositionSelector');
  expect(article.text.slice(position?.start, position?.end)).toBe(QUOTE);
  await expect(page.getByRole('status').filter({ hasText: /Downloaded|Exported to/ })).toBeVisible();
});
