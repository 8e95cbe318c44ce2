import { expect, test } from './fixtures';
import { SAMPLE_TITLE, articleFile, libraryItems, openArticleFiles, waitForSampleArticle } from './support/article-actions';

test('the app reopens on the last article viewed', async ({ app }) => {
  await waitForSampleArticle(app.page);
  await openArticleFiles(app.page, articleFile('cycle-lanes.txt'));
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText('Council approves new cycle lanes');

  await app.restart();
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText('Council approves new cycle lanes');

  await libraryItems(app.page).getByRole('button', { name: SAMPLE_TITLE, exact: true }).click();
  await waitForSampleArticle(app.page);
  await app.restart();
  await waitForSampleArticle(app.page);
});

test('a file named on the command line opens on start', async ({ app }) => {
  await waitForSampleArticle(app.page);
  await app.restart({ files: [articleFile('field-notes.md')] });
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText('River levels fall after record flood');
  await expect(libraryItems(app.page)).toHaveCount(2);
});
