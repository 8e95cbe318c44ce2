import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { addClaim, claimCard, highlightedTexts, libraryItems, waitForSampleArticle } from './support/article-actions';

const undoKey = process.platform === 'darwin' ? 'Meta+z' : 'Control+z';
const redoKey = process.platform === 'darwin' ? 'Meta+Shift+z' : 'Control+Shift+z';

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

  // A preview first: nothing is written until Import is pressed.
  await importFile(page, exportPath);
  const preview = page.getByRole('dialog', { name: 'Import from-another-desk.claims.json?' });
  await expect(preview.getByRole('listitem', { name: 'Article 1 of the file' })).toContainText(
    'Goes to “Putin Open to Negotiations with Ukraine Amid Rising Military Ties with North Korea” (same text)2 to add, 0 to update, 0 skipped',
  );
  await expect(page.getByLabel('Claim counts')).toHaveText('0 of 0 checked');
  await preview.getByRole('button', { name: 'Import 2 claims' }).click();
  await expect(preview).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Imported from-another-desk.claims.json' })).toContainText('2 added, 0 updated, 0 skipped');
  await expect(page.getByLabel('Claim counts')).toHaveText('1 of 2 checked');
  await expect.poll(() => highlightedTexts(page)).toEqual(['Putin also commented on NATO', 'police have detained eight individuals']);
  const imported = claimCard(page, 'police have detained eight individuals');
  await expect(imported.getByLabel('Status')).toHaveValue('misleading');
  // Cards other than the selected one are one line; open it to read the note.
  await imported.getByRole('button', { name: 'Details' }).click();
  await expect(imported.getByLabel('Note')).toHaveValue('The detentions were of suspects, not convictions.');
  await expect(libraryItems(page)).toHaveCount(1);

  // Importing the same file again would change nothing: the claims are not newer.
  await importFile(page, exportPath);
  await expect(preview.getByRole('listitem', { name: 'Article 1 of the file' })).toContainText('0 to add, 0 to update, 2 skipped (2 not newer)');
  await expect(preview.getByRole('button', { name: 'Nothing to import' })).toBeDisabled();
  // The keyboard is in the dialog: the undo key does not reach the claims behind it.
  await expect(preview.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press(undoKey);
  await expect(page.getByLabel('Claim counts')).toHaveText('1 of 2 checked');
  await page.keyboard.press('Escape');
  await expect(preview).toHaveCount(0);
  await expect.poll(async () => (await highlightedTexts(page)).length).toBe(2);

  // Undo takes the whole import back, on disk too; redo brings it again.
  await page.keyboard.press(undoKey);
  await expect(page.getByRole('status').filter({ hasText: 'Undone: importing from-another-desk.claims.json.' })).toBeVisible();
  await expect(page.getByLabel('Claim counts')).toHaveText('0 of 0 checked');
  await expect.poll(() => highlightedTexts(page)).toEqual([]);
  await page.keyboard.press(redoKey);
  await expect(page.getByRole('status').filter({ hasText: 'Redone: importing from-another-desk.claims.json.' })).toBeVisible();
  await expect(page.getByLabel('Claim counts')).toHaveText('1 of 2 checked');
  await page.keyboard.press(undoKey);
  await expect(page.getByLabel('Claim counts')).toHaveText('0 of 0 checked');
  await app.restart();
  await waitForSampleArticle(app.page);
  await expect(app.page.getByLabel('Claim counts')).toHaveText('0 of 0 checked');
});

test('another tool’s file: an article the library cannot place goes where the analyst says, and labels become what the analyst chose', async ({ app }, testInfo) => {
  const { page } = app;
  await waitForSampleArticle(page);
  // Recogito-style annotations on a page the library does not have, and a doccano label.
  const annotations = [
    {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://annotations.example/a/1',
      type: 'Annotation',
      body: [
        { type: 'TextualBody', purpose: 'commenting', value: 'Check the ministry figures.' },
        { type: 'TextualBody', purpose: 'tagging', value: 'casualties' },
      ],
      target: { source: 'https://mirror.example/putin-open-to-talks', selector: { type: 'TextQuoteSelector', exact: 'misappropriating €7.4 million intended for military assistance to Ukraine' } },
    },
  ];
  const path = testInfo.outputPath('mirror.annotations.jsonld');
  await writeFile(path, JSON.stringify(annotations));

  await importFile(page, path);
  const preview = page.getByRole('dialog', { name: 'Import mirror.annotations.jsonld?' });
  const article = preview.getByRole('listitem', { name: 'Article 1 of the file' });
  await expect(article).toContainText('https://mirror.example/putin-open-to-talksGoes to no article (no library article matches)0 to add, 0 to update, 1 skipped (1 in no library article)');
  await expect(preview.getByRole('button', { name: 'Nothing to import' })).toBeDisabled();

  // The open article is offered first.
  await article.getByLabel('Put its claims in').selectOption({ label: 'Putin Open to Negotiations with Ukraine Amid Rising Military Ties with North Korea (open)' });
  await expect(article).toContainText('(your choice)1 to add, 0 to update, 0 skipped');
  await preview.getByRole('button', { name: 'Import 1 claim' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported mirror.annotations.jsonld' })).toContainText('1 added, 0 updated, 0 skipped');
  await expect.poll(() => highlightedTexts(page)).toEqual(['misappropriating €7.4 million intended for military assistance to Ukraine']);
  // The claim says where it came from: the tool, and its id there.
  const imported = claimCard(page, 'misappropriating €7.4 million intended for military assistance to Ukraine');
  await imported.locator('.claim-quote').click();
  await expect(imported.locator('.claim-origin')).toHaveText('From W3C Web Annotations: https://annotations.example/a/1');

  // A doccano file: its labels are shown with what they become; the analyst changes one.
  await importFile(page, fileURLToPath(new URL('../fixtures/foreign/doccano-sample.jsonl', import.meta.url)));
  const labelled = page.getByRole('dialog', { name: 'Import doccano-sample.jsonl?' });
  const labels = labelled.getByRole('list', { name: 'Labels of the file' });
  await expect(labels.getByLabel('“False” (1 claim, by its name)')).toHaveValue('false');
  await expect(labels.getByLabel('“casualties” (1 claim, by its name)')).toHaveValue('tag');
  await labels.getByLabel('“casualties” (1 claim, by its name)').selectOption({ label: 'Status Verified' });
  await expect(labels.getByLabel('“casualties” (1 claim, your choice)')).toHaveValue('verified');
  await labelled.getByRole('button', { name: 'Import 2 claims' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported doccano-sample.jsonl' })).toContainText('“casualties” → status Verified (1 claim)');
  await expect(claimCard(page, 'reports indicating 28 fatalities and over 130 injuries').getByLabel('Status')).toHaveValue('verified');

  // The next doccano file offers the same choice, remembered.
  await importFile(page, fileURLToPath(new URL('../fixtures/foreign/doccano-sample.jsonl', import.meta.url)));
  await expect(labels.getByLabel('“casualties” (1 claim, as you chose last time for this tool)')).toHaveValue('verified');
  await labelled.getByRole('button', { name: 'Cancel' }).click();
});
