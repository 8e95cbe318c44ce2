import { writeFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { addClaim, claimCard, highlightedTexts, libraryItems, waitForSampleArticle } from './support/article-actions';

async function importFile(page: import('@playwright/test').Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import claims' }).click();
  await (await chooser).setFiles(path);
}

test('claims exported from one data folder import into another, and a bad file changes nothing', async ({ app }, testInfo) => {
  await waitForSampleArticle(app.page);
  const card = await addClaim(app.page, 'police have detained eight individuals');
  await card.getByLabel('Status').selectOption({ label: 'Misleading' });
  await card.getByLabel('Note').fill('The detentions were of suspects, not convictions.');
  await expect(card.getByRole('status')).toHaveText('Saved');
  await addClaim(app.page, 'Putin also commented on NATO');
  const exported = await app.exportFile({ format: 'ClaimMark JSON (everything, re-importable)' });
  const exportPath = testInfo.outputPath('from-another-desk.claims.json');
  await writeFile(exportPath, exported.content);

  // Another analyst's machine: a new, empty library with only the sample article.
  await app.restart({ freshData: true });
  const { page } = app;
  await waitForSampleArticle(page);
  await expect(page.getByLabel('Claim counts')).toHaveText('0 of 0 checked');

  // A hostile file first: refused, nothing changes.
  const hostile = testInfo.outputPath('hostile.json');
  await writeFile(hostile, `{"__proto__": {"polluted": true}, "format": "claimmark-export", "version": 2, "articles": ${'['.repeat(5000)}`);
  await importFile(page, hostile);
  await expect(page.getByRole('alert')).toContainText('Nothing imported');
  await expect(page.getByLabel('Claim counts')).toHaveText('0 of 0 checked');
  expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();
  await page.getByRole('alert').getByRole('button', { name: 'Dismiss' }).click();

  await importFile(page, exportPath);
  await expect(page.getByRole('status').filter({ hasText: 'Imported from-another-desk.claims.json' })).toContainText('2 added, 0 updated, 0 skipped');
  await expect(page.getByLabel('Claim counts')).toHaveText('1 of 2 checked');
  await expect.poll(() => highlightedTexts(page)).toEqual(['Putin also commented on NATO', 'police have detained eight individuals']);
  const imported = claimCard(page, 'police have detained eight individuals');
  await expect(imported.getByLabel('Status')).toHaveValue('misleading');
  // Cards other than the selected one are one line; open it to read the note.
  await imported.getByRole('button', { name: 'Details' }).click();
  await expect(imported.getByLabel('Note')).toHaveValue('The detentions were of suspects, not convictions.');
  await expect(libraryItems(page)).toHaveCount(1);

  // Importing the same file again changes nothing: the claims are not newer.
  await importFile(page, exportPath);
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText('0 added, 0 updated, 2 skipped');
  await expect.poll(async () => (await highlightedTexts(page)).length).toBe(2);
});
