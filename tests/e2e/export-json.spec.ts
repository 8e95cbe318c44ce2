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

  const exported = JSON.parse(await app.exportFile()) as {
    format: string;
    version: number;
    article: { title: string; source: string; text: string; contentHash: string };
    claims: { quote: string; status: string; note: string; selectors: { type: string; start?: number; end?: number; exact?: string }[] }[];
  };
  expect(exported.format).toBe('claimmark-export');
  expect(exported.version).toBe(1);
  expect(exported.article.title).toBe(SAMPLE_TITLE);
  expect(exported.article.source).toBe('www.theguardian.com');
  expect(exported.article.contentHash).toMatch(/^sha256:[0-9a-f]{64}$/);
  expect(exported.claims).toHaveLength(1);
  const [claim] = exported.claims;
  expect(claim?.quote).toBe(QUOTE);
  expect(claim?.status).toBe('verified');
  expect(claim?.note).toBe('Ministry statement, 17 June; "Iskander" per Reuters.');
  const position = claim?.selectors.find((selector) => selector.type === 'TextPositionSelector');
  expect(exported.article.text.slice(position?.start, position?.end)).toBe(QUOTE);
  await expect(page.getByRole('status').filter({ hasText: /Downloaded|Exported to/ })).toBeVisible();
});
