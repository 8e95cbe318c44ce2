// Runs axe on the main views (article with claims, filters, library, export dialog, import preview, help sheet) in both themes and fails on any serious or critical violation.

import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { addClaim, waitForSampleArticle } from './support/article-actions';

/** The serious and critical violations axe finds on the page, each with where it found them. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  // A scan that checked nothing (the page not there yet) proves nothing.
  expect(results.passes.length).toBeGreaterThan(0);
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test('the main views have no serious accessibility problems, in the light theme and in the dark', async ({ app }) => {
  // Twelve whole-page scans: more than one spec's usual share of a busy machine.
  test.setTimeout(300_000);
  const { page } = app;
  // Each view is scanned in both themes: the claims, filters and dialogs stay as they are while the theme changes.
  const scanInBothThemes = async (view: string) => {
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      expect(await seriousViolations(page), `${view}, ${theme} theme`).toEqual([]);
    }
  };
  await waitForSampleArticle(page);

  const nato = await addClaim(page, 'Putin also commented on NATO');
  await nato.getByLabel('Status').selectOption({ label: 'Misleading' });
  await addClaim(page, 'police have detained eight individuals');
  await page.getByText('Status legend').click();
  await scanInBothThemes('article with claims');

  await page.getByRole('button', { name: 'Filter' }).click();
  await page.getByRole('group', { name: 'Status' }).getByRole('checkbox', { name: 'Misleading' }).check();
  await scanInBothThemes('filters open');

  await page.getByRole('searchbox', { name: 'Search library' }).fill('putin');
  await scanInBothThemes('library');

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Export claims' })).toBeVisible();
  await scanInBothThemes('export dialog');
  await page.getByRole('dialog', { name: 'Export claims' }).getByRole('button', { name: 'Cancel' }).click();

  // The import preview, with another tool's labels to choose for.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import claims' }).click();
  await (await chooser).setFiles(fileURLToPath(new URL('../fixtures/foreign/doccano-sample.jsonl', import.meta.url)));
  await expect(page.getByRole('dialog', { name: 'Import doccano-sample.jsonl?' })).toBeVisible();
  await scanInBothThemes('import preview');
  await page.getByRole('dialog', { name: 'Import doccano-sample.jsonl?' }).getByRole('button', { name: 'Cancel' }).click();

  await page.locator('body').press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await scanInBothThemes('help sheet');
});
