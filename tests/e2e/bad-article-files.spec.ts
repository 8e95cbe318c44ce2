import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { addClaim, articleFile, libraryItems, openArticleFiles, waitForSampleArticle } from './support/article-actions';

test('bad files get a specific message and change nothing', async ({ app }) => {
  const { page } = app;
  await waitForSampleArticle(page);
  await addClaim(page, 'Putin also commented on NATO');
  const libraryBefore = await readFile(join(app.dataDir, 'library.json'), 'utf8');

  const cases: [string, RegExp][] = [
    ['empty.txt', /empty\.txt.*empty/i],
    ['binary.txt', /binary\.txt.*(binary|not a text file)/i],
    ['notes.docx', /notes\.docx.*\.txt.*\.md.*\.html/i],
    ['login-page.html', /login-page\.html.*no article text/i],
  ];
  for (const [file, message] of cases) {
    await openArticleFiles(page, articleFile(file));
    await expect(page.getByRole('alert')).toContainText(message);
    await page.getByRole('alert').getByRole('button', { name: 'Dismiss' }).click();
  }

  await expect(libraryItems(page)).toHaveCount(1);
  await expect(page.getByLabel('Claim counts')).toHaveText('0 of 1 checked');
  expect(JSON.parse(await readFile(join(app.dataDir, 'library.json'), 'utf8'))).toEqual(JSON.parse(libraryBefore));
});
