import { expect, test } from './fixtures';
import { addClaim, claimCard, highlightedTexts, waitForSampleArticle } from './support/article-actions';

const NATO = 'Putin also commented on NATO';
const FATALITIES = 'reports indicating 28 fatalities and over 130 injuries';
const DETAINED = 'police have detained eight individuals';

test('the header counts checked claims, and the filter hides cards and highlights by status and by text', async ({ app }) => {
  const { page } = app;
  await waitForSampleArticle(page);
  const nato = await addClaim(page, NATO);
  await nato.getByLabel('Status').selectOption({ label: 'Verified' });
  const fatalities = await addClaim(page, FATALITIES);
  await fatalities.getByLabel('Status').selectOption({ label: 'False' });
  await fatalities.getByLabel('Note').fill('Hospital figures say 19.');
  await expect(fatalities.getByRole('status')).toHaveText('Saved');
  await addClaim(page, DETAINED);
  await expect(page.getByLabel('Claim counts')).toHaveText('2 of 3 checked');
  await expect(page.getByRole('img', { name: 'By status: 1 unverified, 1 verified, 1 false' })).toBeVisible();

  // Only the selected card is open; the others are one line, opened with "Details".
  await expect(claimCard(page, DETAINED).getByLabel('Note')).toBeVisible();
  await expect(claimCard(page, NATO).getByLabel('Note')).toHaveCount(0);
  await claimCard(page, NATO).getByRole('button', { name: 'Details' }).click();
  await expect(claimCard(page, NATO).getByLabel('Note')).toBeVisible();

  // Two statuses at once.
  await page.getByRole('button', { name: 'Filter' }).click();
  const statuses = page.getByRole('group', { name: 'Status' });
  await statuses.getByRole('checkbox', { name: 'Verified', exact: true }).check();
  await expect(page.getByText('2 claims hidden by the filter')).toBeVisible();
  await expect(claimCard(page, NATO)).toBeVisible();
  await expect(claimCard(page, FATALITIES)).toHaveCount(0);
  await expect(claimCard(page, DETAINED)).toHaveCount(0);
  await expect.poll(() => highlightedTexts(page)).toEqual([NATO]);
  await statuses.getByRole('checkbox', { name: 'False' }).check();
  await expect(page.getByText('1 claim hidden by the filter')).toBeVisible();
  await expect.poll(() => highlightedTexts(page)).toEqual([NATO, FATALITIES]);
  // The header still counts every claim of the article.
  await expect(page.getByLabel('Claim counts')).toHaveText('2 of 3 checked');

  // One click shows everything again.
  await page.getByRole('button', { name: 'Clear filter' }).click();
  await expect(page.getByText(/hidden by the filter/)).toHaveCount(0);
  await expect(statuses.getByRole('checkbox', { name: 'Verified', exact: true })).not.toBeChecked();
  await expect.poll(() => highlightedTexts(page)).toEqual([NATO, FATALITIES, DETAINED]);

  // Text search finds the note, whatever the case.
  await page.getByRole('searchbox', { name: 'Search claims' }).fill('HOSPITAL');
  await expect(claimCard(page, FATALITIES)).toBeVisible();
  await expect(claimCard(page, NATO)).toHaveCount(0);
  await expect.poll(() => highlightedTexts(page)).toEqual([FATALITIES]);
  await page.getByRole('searchbox', { name: 'Search claims' }).fill('unicorn');
  await expect(page.getByText('No claim matches the filter.')).toBeVisible();
  await expect(page.getByText('3 claims hidden by the filter')).toBeVisible();
  await expect.poll(() => highlightedTexts(page)).toEqual([]);
});

test('claims sort by status or by last change', async ({ app }) => {
  const { page } = app;
  await waitForSampleArticle(page);
  await addClaim(page, NATO);
  const fatalities = await addClaim(page, FATALITIES);
  await fatalities.getByLabel('Status').selectOption({ label: 'False' });
  const detained = await addClaim(page, DETAINED);
  await detained.getByLabel('Status').selectOption({ label: 'In progress' });
  await expect(detained.getByRole('status')).toHaveText('Saved');
  const quotes = page.getByRole('complementary', { name: 'Claims' }).locator('.claim-list blockquote');
  await expect(quotes).toHaveText([NATO, FATALITIES, DETAINED]);

  await page.getByRole('button', { name: 'Filter' }).click();
  await page.getByLabel('Sort by').selectOption({ label: 'Status' });
  await expect(quotes).toHaveText([NATO, DETAINED, FATALITIES]);
  await page.getByLabel('Sort by').selectOption({ label: 'Last change' });
  await expect(quotes).toHaveText([DETAINED, FATALITIES, NATO]);
});
