import { articleFile } from '../e2e/support/article-actions';
import { expect, test } from './support/electron-fixture';
import { standInForBrowser } from './support/main-process';

test('clicking an http link in an article hands it to the system browser and the window stays on ClaimMark', async ({ launch }) => {
  // A file named on the command line opens on start.
  const { app, page } = await launch([articleFile('field-notes.md')]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('River levels fall after record flood');
  const appUrl = page.url();
  const browser = await standInForBrowser(app);

  await page.getByRole('article', { name: 'Article' }).getByRole('link', { name: 'the weather service bulletin' }).click();

  await expect.poll(() => browser.opened()).toEqual(['https://example.org/bulletin']);
  expect(page.url()).toBe(appUrl);
  expect(app.windows()).toHaveLength(1);
});
