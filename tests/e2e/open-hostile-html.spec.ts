import { expect, test } from './fixtures';
import { articleFile, openArticleFiles, waitForSampleArticle } from './support/article-actions';

test('a saved web page opens as a clean article: no script runs, nothing is fetched, links are safe', async ({ app }) => {
  const { page } = app;
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await waitForSampleArticle(page);
  const origin = app.appOrigin();

  await openArticleFiles(page, articleFile('hostile-page.html'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Harbour bridge reopens after repairs');
  const article = page.getByRole('article', { name: 'Article' });
  await expect(article).toContainText('The harbour bridge reopened to traffic on Monday morning');
  await expect(article).toContainText('By Mara Lindqvist');
  // The remote image is not loaded: its description is shown instead.
  await expect(article).toContainText('Cars crossing the reopened harbour bridge at dawn');
  await expect(article.locator('img, iframe, form, script, svg, input')).toHaveCount(0);

  // The http link is a link; the javascript: one is plain text.
  await expect(article.getByRole('link', { name: 'The inspection report' })).toHaveAttribute('href', 'https://example.org/inspection-report');
  await expect(article.getByText("Read the traders' letter")).toBeVisible();
  await expect(article.getByRole('link', { name: "Read the traders' letter" })).toHaveCount(0);
  await expect(article).not.toContainText('Subscribe');

  // Nothing from the page ran…
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  // …and nothing left the app: every request went to the app's own origin.
  const outside = app.requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'));
  expect(outside).toEqual([]);
  await expect(page.getByRole('navigation', { name: 'Library' })).toContainText('Harbour bridge reopens after repairs');
});
