import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { addClaim, articleFile, dropArticleFiles, openArticleFiles, waitForSampleArticle } from './support/article-actions';

test('a Markdown file opens with its structure and bold, and its raw HTML shows as typed, never run', async ({ app }) => {
  const { page } = app;
  await waitForSampleArticle(page);
  await openArticleFiles(page, articleFile('field-notes.md'));

  const article = page.getByRole('article', { name: 'Article' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('River levels fall after record flood');
  await expect(article.getByRole('heading', { level: 2 })).toHaveText('What officials say');
  await expect(article.locator('.block-list-item')).toHaveText([
    'About 1,200 homes were evacuated.',
    'Shelters remain open in:',
    'the sports hall',
    'the old school',
    'Clean-up starts on Monday.',
    'Insurance claims open next week.',
  ]);
  await expect(article.locator('.block-quote')).toContainText('We have never seen water this high');
  await expect(article).toContainText('national weather service');
  await expect(article).not.toContainText('**');
  await expect(article.locator('strong')).toHaveText('national weather service');
  // Raw HTML is the file's own text: the analyst reads every line of it, and none of it runs.
  await expect(article.locator('.block-preformatted')).toHaveText([
    "<script>window.__pwned = 'markdown script ran'</script>",
    '<img src="x" onerror="window.__pwned = \'markdown onerror ran\'">',
  ]);
  await expect(article.getByRole('link', { name: 'the weather service bulletin' })).toHaveAttribute('href', 'https://example.org/bulletin');
  await expect(article.locator('script, img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();

  // Claims work the same on any format.
  await addClaim(page, 'About 1,200 homes were evacuated.');
  await expect(page.getByLabel('Claim counts')).toHaveText('0 of 1 checked');
});

test('a scraped-page .txt dropped on the window opens without its page furniture', async ({ app }) => {
  const { page } = app;
  await waitForSampleArticle(page);
  await dropArticleFiles(page, [{ name: 'cycle-lanes.txt', content: await readFile(articleFile('cycle-lanes.txt'), 'utf8'), type: 'text/plain' }]);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Council approves new cycle lanes');
  const article = page.getByRole('article', { name: 'Article' });
  await expect(article.locator('.block-caption')).toHaveText('Cyclists ride along a painted lane in the city centre, pictured on Tuesday.');
  await expect(article).toContainText('Original source: www.example-news.org');
  await expect(article).not.toContainText('Leave a Reply');
  await expect(article.locator('p', { hasText: /^12$/ })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Added “Council approves new cycle lanes”' })).toBeVisible();
});
