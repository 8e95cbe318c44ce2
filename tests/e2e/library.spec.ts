import { expect, test } from './fixtures';
import { SAMPLE_TITLE, addClaim, articleFile, claimCard, highlightStatusOf, libraryItems, openArticleFiles, waitForSampleArticle } from './support/article-actions';

test('the library lists, searches, switches, de-duplicates and deletes articles', async ({ app }) => {
  const { page } = app;
  await waitForSampleArticle(page);
  await openArticleFiles(page, articleFile('cycle-lanes.txt'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Council approves new cycle lanes');
  await addClaim(page, 'The plan passed by 31 votes to 14.');
  await openArticleFiles(page, articleFile('field-notes.md'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('River levels fall after record flood');

  const items = libraryItems(page);
  await expect(items).toHaveCount(3);
  await expect(items.filter({ hasText: 'Council approves new cycle lanes' })).toContainText('1 claim');
  await expect(items.filter({ hasText: 'Council approves new cycle lanes' })).toContainText('www.example-news.org');

  // Search by title.
  await page.getByRole('searchbox', { name: 'Search library' }).fill('cycle');
  await expect(items).toHaveCount(1);
  await page.getByRole('searchbox', { name: 'Search library' }).fill('');
  await expect(items).toHaveCount(3);

  // Switch.
  await items.filter({ hasText: SAMPLE_TITLE }).getByRole('button', { name: SAMPLE_TITLE, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SAMPLE_TITLE);

  // Switching back, again and again, shows the article's text with its claims as they are now.
  const CYCLE = 'Council approves new cycle lanes';
  const showCycle = async () => {
    await items.filter({ hasText: CYCLE }).getByRole('button', { name: CYCLE, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(CYCLE);
  };
  await showCycle();
  const passed = claimCard(page, 'The plan passed by 31 votes to 14.');
  await passed.getByLabel('Status').selectOption({ label: 'Verified' });
  await expect(passed.getByRole('status')).toHaveText('Saved');
  await items.filter({ hasText: SAMPLE_TITLE }).getByRole('button', { name: SAMPLE_TITLE, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SAMPLE_TITLE);
  await showCycle();
  await expect(page.getByLabel('Claim counts')).toHaveText('1 of 1 checked');
  await expect.poll(() => highlightStatusOf(page, 'The plan passed by 31 votes to 14.')).toBe('verified');
  await expect(page.getByRole('article', { name: 'Article', exact: true })).toContainText('The plan passed by 31 votes to 14.');
  await items.filter({ hasText: SAMPLE_TITLE }).getByRole('button', { name: SAMPLE_TITLE, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SAMPLE_TITLE);

  // Opening the same file again goes to the existing entry.
  await openArticleFiles(page, articleFile('cycle-lanes.txt'));
  await expect(page.getByRole('status').filter({ hasText: 'is already in the library' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Council approves new cycle lanes');
  await expect(items).toHaveCount(3);

  // Delete asks first; "Keep" keeps.
  const cycle = items.filter({ hasText: 'Council approves new cycle lanes' });
  await cycle.getByRole('button', { name: /Delete article/ }).click();
  await expect(cycle).toContainText('Delete this article and its 1 claim?');
  await cycle.getByRole('button', { name: 'Keep' }).click();
  await expect(items).toHaveCount(3);
  await cycle.getByRole('button', { name: /Delete article/ }).click();
  await cycle.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(items).toHaveCount(2);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Council approves new cycle lanes');

  // After a restart it is still gone, and re-opening the file starts it afresh with no claims.
  await app.restart();
  await expect(libraryItems(app.page)).toHaveCount(2);
  await openArticleFiles(app.page, articleFile('cycle-lanes.txt'));
  await expect(app.page.getByRole('status').filter({ hasText: 'Added “Council approves new cycle lanes”' })).toBeVisible();
  await expect(app.page.getByLabel('Claim counts')).toHaveText('0 of 0 checked');
});
