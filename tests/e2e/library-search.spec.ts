import { expect, test } from './fixtures';
import { SAMPLE_TITLE, articleFile, libraryItems, openArticleFiles, waitForSampleArticle } from './support/article-actions';

test('the library search finds articles by site and source address, not only by title', async ({ app }) => {
  const { page } = app;
  await waitForSampleArticle(page);
  await openArticleFiles(page, articleFile('cycle-lanes.txt'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Council approves new cycle lanes');
  const items = libraryItems(page);
  await expect(items).toHaveCount(2);
  const search = page.getByRole('searchbox', { name: 'Search library' });

  await search.fill('example-news');
  await expect(items).toHaveCount(1);
  await expect(items).toContainText('Council approves new cycle lanes');
  await search.fill('GUARDIAN');
  await expect(items).toHaveCount(1);
  await expect(items).toContainText(SAMPLE_TITLE);
  await search.fill('no such site');
  await expect(items).toHaveCount(0);
  await expect(page.getByText('No article matches.')).toBeVisible();
  await search.fill('');
  await expect(items).toHaveCount(2);
});
