import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addClaim, waitForSampleArticle } from '../e2e/support/article-actions';
import { expect, test } from './support/electron-fixture';
import { standInForDialog } from './support/main-process';

const QUOTE = 'an Iskander missile';
const FILE_NAME = 'putin-open-to-negotiations-with-ukraine-amid-rising-military-ties-with-north-kor.claims.json';

test('Export asks where to save in the system’s save dialog and writes the file there', async ({ launch }, testInfo) => {
  const { app, page } = await launch();
  await waitForSampleArticle(page);
  const card = await addClaim(page, QUOTE);
  await expect(card.getByRole('status')).toHaveText('Saved');
  const target = testInfo.outputPath('chosen.claims.json');
  const documents = await app.evaluate(({ app: electronApp }) => electronApp.getPath('documents'));
  const dialog = await standInForDialog(app, 'showSaveDialog', { canceled: false, filePath: target });

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('dialog', { name: 'Export claims' }).getByRole('button', { name: 'Save export' }).click();

  await expect(page.getByRole('status').filter({ hasText: `Exported to ${target}` })).toBeVisible();
  expect(await dialog.askedFor()).toEqual([
    { title: 'Export claims', defaultPath: join(documents, FILE_NAME), filters: [{ name: 'JSON', extensions: ['json'] }] },
  ]);
  const exported = JSON.parse(readFileSync(target, 'utf8')) as { format: string; articles: { claims: { quote: string }[] }[] };
  expect(exported.format).toBe('claimmark-export');
  expect(exported.articles.map((article) => article.claims.map((claim) => claim.quote))).toEqual([[QUOTE]]);
});

test('a save dialog closed without a choice writes nothing and closes the export dialog', async ({ launch }, testInfo) => {
  const { app, page } = await launch();
  await waitForSampleArticle(page);
  const target = testInfo.outputPath('not-chosen.claims.json');
  // The path a dialog may still report is ignored once the analyst cancelled.
  const dialog = await standInForDialog(app, 'showSaveDialog', { canceled: true, filePath: target });

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export claims' });
  await exportDialog.getByRole('button', { name: 'Save export' }).click();

  await expect(exportDialog).toBeHidden();
  expect(await dialog.askedFor()).toHaveLength(1);
  await expect(page.getByRole('status').filter({ hasText: 'Exported to' })).toHaveCount(0);
  expect(existsSync(target)).toBe(false);
});
