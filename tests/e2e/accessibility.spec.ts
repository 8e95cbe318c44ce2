// Runs axe on the main views in both themes and fails on any serious or critical violation.

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

for (const theme of ['light', 'dark'] as const) {
  test(`the main views have no serious accessibility problems in the ${theme} theme`, async ({ app }) => {
    const { page } = app;
    await page.emulateMedia({ colorScheme: theme });
    await waitForSampleArticle(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);

    const nato = await addClaim(page, 'Putin also commented on NATO');
    await nato.getByLabel('Status').selectOption({ label: 'Misleading' });
    await addClaim(page, 'police have detained eight individuals');
    await page.getByText('Status legend').click();
    expect(await seriousViolations(page), 'article with claims').toEqual([]);

    await page.getByRole('button', { name: 'Filter' }).click();
    await page.getByRole('group', { name: 'Status' }).getByRole('checkbox', { name: 'Misleading' }).check();
    expect(await seriousViolations(page), 'filters open').toEqual([]);

    await page.getByRole('searchbox', { name: 'Search library' }).fill('putin');
    expect(await seriousViolations(page), 'library').toEqual([]);

    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Export claims' })).toBeVisible();
    expect(await seriousViolations(page), 'export dialog').toEqual([]);
  });
}
