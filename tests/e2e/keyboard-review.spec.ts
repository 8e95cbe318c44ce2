// A whole review of the sample article with the keyboard alone: no mouse, no clicks.

import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { claimCard, highlightStatusOf, waitForSampleArticle } from './support/article-actions';

const FIRST = 'Vladimir Putin has expressed readiness to meet with Ukrainian President Volodymyr Zelenskyy during what he terms the final phase of negotiations.';
const SECOND = 'He downplayed NATO’s rearmament as a threat, while Russia enlists North Korean soldiers and utilizes arms from North Korea';
const THIRD = 'Meanwhile, Zelenskyy is set to attend the NATO summit in June, and Slovakia investigates alleged misappropriations of military aid to Ukraine.';
const NOTE = 'Slovak prosecutors confirmed an inquiry.';
const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

const selectedText = (page: Page) => page.evaluate(() => document.getSelection()?.toString() ?? '');

async function press(page: Page, ...keys: string[]): Promise<void> {
  for (const key of keys) await page.keyboard.press(key);
}

test('a review by keyboard alone: select, add, set statuses, note, evidence, undo a delete, export', async ({ app }) => {
  const { page } = app;
  await waitForSampleArticle(page);

  // S selects the sentence where reading is (the title), again for the next one; Ctrl+Enter adds it.
  await press(page, 's');
  await expect.poll(() => selectedText(page)).toBe('Putin Open to Negotiations with Ukraine Amid Rising Military Ties with North Korea');
  await press(page, 's', 's');
  await expect.poll(() => selectedText(page)).toBe(FIRST);
  await press(page, `${mod}+Enter`);
  await expect(claimCard(page, FIRST)).toBeVisible();
  await press(page, '3');
  await expect(claimCard(page, FIRST).getByLabel('Status')).toHaveValue('verified');
  await expect(claimCard(page, FIRST).getByRole('status')).toHaveText('Saved');

  // From the new claim's sentence to the next, two words shorter (shown before it is added).
  await press(page, 's', 's');
  await expect.poll(() => selectedText(page)).toBe('He downplayed NATO’s rearmament as a threat, while Russia enlists North Korean soldiers and utilizes arms from North Korea and Iran.');
  await press(page, ',', ',');
  await expect.poll(() => selectedText(page)).toBe(SECOND);
  await press(page, `${mod}+Enter`);
  await expect(claimCard(page, SECOND)).toBeVisible();
  await press(page, '4');
  await expect(claimCard(page, SECOND).getByLabel('Status')).toHaveValue('false');

  // A word less and a word more is the sentence again.
  await press(page, 's', 's', ',');
  await expect.poll(() => selectedText(page)).toBe('Meanwhile, Zelenskyy is set to attend the NATO summit in June, and Slovakia investigates alleged misappropriations of military aid to');
  await press(page, '.');
  await expect.poll(() => selectedText(page)).toBe(THIRD);
  await press(page, `${mod}+Enter`);
  await expect(claimCard(page, THIRD)).toBeVisible();
  await press(page, '5');
  await expect(claimCard(page, THIRD).getByLabel('Status')).toHaveValue('misleading');

  // N: the note; Escape leaves it (and saves it).
  await press(page, 'n');
  await expect(claimCard(page, THIRD).getByLabel('Note')).toBeFocused();
  await page.keyboard.type(NOTE);
  await press(page, 'Escape');
  await expect(claimCard(page, THIRD).getByRole('status')).toHaveText('Saved');
  await expect(page.getByRole('button', { name: /^Claim 3 of 3, Misleading: Meanwhile/ })).toBeFocused();

  // E: evidence, its address first; Enter adds it.
  await press(page, 'e');
  await expect(claimCard(page, THIRD).getByLabel('Evidence URL')).toBeFocused();
  await page.keyboard.type('https://www.reuters.com/world/europe/');
  await press(page, 'Tab');
  await page.keyboard.type('Reuters report');
  await press(page, 'Enter');
  await expect(claimCard(page, THIRD).getByRole('link', { name: 'Reuters report' })).toBeVisible();
  await expect(claimCard(page, THIRD).getByRole('button', { name: 'Add evidence' })).toBeFocused();

  // K: back one claim, its highlight ring focused.
  await press(page, 'k');
  const ring = page.getByRole('button', { name: /^Claim 2 of 3, False: He downplayed/ });
  await expect(ring).toBeFocused();

  // Delete, then undo it: the claim is back with its status.
  await press(page, 'Delete');
  await expect(claimCard(page, SECOND)).toHaveCount(0);
  await expect(page.getByRole('status', { name: 'Claim deleted' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Claim \d of 2, / })).toBeFocused();
  await press(page, `${mod}+z`);
  await expect(claimCard(page, SECOND).getByLabel('Status')).toHaveValue('false');
  await expect.poll(() => highlightStatusOf(page, SECOND)).toBe('false');

  // ? lists the shortcuts; Escape closes the sheet.
  await press(page, '?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toContainText('Next claim');
  await press(page, 'Escape');
  await expect(help).toHaveCount(0);
  // The focus is back where it was before the sheet opened: the highlight ring.
  await expect(page.getByRole('button', { name: /^Claim \d of 3, / })).toBeFocused();

  // X: export this article as ClaimMark JSON (the dialog's first choices), saved with Enter on "Save export".
  await press(page, 'x');
  await expect(page.getByRole('dialog', { name: 'Export claims' }).getByRole('radio', { name: /This article/ })).toBeFocused();
  await press(page, 'Tab', 'Tab');
  await expect(page.getByRole('button', { name: 'Save export' })).toBeFocused();
  const exported = await app.saveExport(() => page.keyboard.press('Enter'));
  const claims = (JSON.parse(exported.content) as { articles: { claims: { status: string; note: string; evidence: { title: string }[] }[] }[] }).articles[0]?.claims ?? [];
  expect(claims.map((claim) => claim.status)).toEqual(['verified', 'false', 'misleading']);
  expect(claims[2]?.note).toBe(NOTE);
  expect(claims[2]?.evidence.map((evidence) => evidence.title)).toEqual(['Reuters report']);
});
