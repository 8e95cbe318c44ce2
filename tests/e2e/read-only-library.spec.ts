import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { addClaim, claimCard, waitForSampleArticle } from './support/article-actions';

const QUOTE = 'police have detained eight individuals';

test('a library opened read-only says so in a banner that stays, shows its claims, and refuses a change with the reason', async ({ app }) => {
  await waitForSampleArticle(app.page);
  const card = await addClaim(app.page, QUOTE);
  await expect(card.getByRole('status')).toHaveText('Saved');
  const articlesDir = join(app.dataDir, 'articles');
  const [articleFile] = (await readdir(articlesDir)).filter((name) => name.endsWith('.json'));
  if (articleFile === undefined) throw new Error('No article file was written.');

  await app.restart({ readOnly: true });
  // Read once the first run has folded its journal in at quit.
  const before = await readFile(join(articlesDir, articleFile), 'utf8');
  const { page } = app;
  await waitForSampleArticle(page);
  const banner = page.locator('.banner-read-only');
  await expect(banner).toHaveText(
    `Read-only: The library folder ${app.dataDir} is open read-only (opened read-only on request): you can read and export, but no change is saved.`,
  );
  await expect(banner.getByRole('button')).toHaveCount(0);
  const restored = claimCard(page, QUOTE);
  await expect(restored).toBeVisible();

  await restored.getByLabel('Status').selectOption({ label: 'Verified' });
  await expect(page.getByText('The library is open read-only (opened read-only on request). Reading and exporting still work; this change was not made.').first()).toBeVisible();
  // The banner is still there after the refusal, and nothing on disk changed.
  await expect(banner).toBeVisible();
  expect(await readFile(join(articlesDir, articleFile), 'utf8')).toBe(before);
});
