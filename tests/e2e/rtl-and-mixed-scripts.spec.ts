import { expect, test } from './fixtures';
import { addClaim, articleFile, highlightedTexts, openArticleFiles, waitForSampleArticle } from './support/article-actions';

const ARABIC_QUOTE = 'تضم أكثر من أربعين ألف كتاب';
const MIXED_QUOTE = 'وأضاف أن المكتبة تضم كتباً بلغات عدة، منها 中文 و English.';

test('right-to-left and mixed-script text displays right-to-left and keeps exact highlights through a restart', async ({ app }) => {
  const { page } = app;
  await waitForSampleArticle(page);
  await openArticleFiles(page, articleFile('rtl-article.html'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('افتتاح مكتبة جديدة في وسط المدينة');
  const article = page.getByRole('article', { name: 'Article' });
  await expect(article).toHaveAttribute('dir', 'rtl');
  expect(await article.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');

  await addClaim(page, ARABIC_QUOTE);
  await addClaim(page, MIXED_QUOTE);
  await expect.poll(() => highlightedTexts(page)).toEqual([ARABIC_QUOTE, MIXED_QUOTE]);

  await app.restart();
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText('افتتاح مكتبة جديدة في وسط المدينة');
  await expect.poll(() => highlightedTexts(app.page)).toEqual([ARABIC_QUOTE, MIXED_QUOTE]);
  await expect(app.page.getByRole('article', { name: 'Article' })).toContainText('📚');
});
