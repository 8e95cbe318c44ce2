import Papa from 'papaparse';
import { expect, test } from './fixtures';
import { addClaim, claimCard, highlightedTexts, waitForSampleArticle } from './support/article-actions';

const TAGGED = 'police have detained eight individuals';
const OTHER = 'Putin also commented on NATO';

test('tags added from the keyboard filter the claims, survive a restart and reach the CSV export', async ({ app }) => {
  const { page } = app;
  await waitForSampleArticle(page);
  const card = await addClaim(page, TAGGED);
  const tags = card.getByRole('group', { name: 'Tags', exact: true });

  // Enter and comma add a tag; Backspace in the empty field takes the last one off.
  const field = tags.getByRole('textbox', { name: 'Add a tag' });
  await field.focus();
  await page.keyboard.type('Economy');
  await page.keyboard.press('Enter');
  await page.keyboard.type('police,');
  await expect(tags.getByRole('listitem')).toHaveText(['Economy×', 'police×']);
  await expect(field).toHaveValue('');
  await page.keyboard.press('Backspace');
  await expect(tags.getByRole('listitem')).toHaveText(['Economy×']);
  await page.keyboard.type('economy');
  await page.keyboard.press('Enter');
  await expect(tags.getByRole('alert')).toHaveText('The claim is already tagged “Economy”.');
  await expect(field).toHaveValue('economy');
  await field.fill('follow-up');
  await page.keyboard.press('Enter');
  await expect(tags.getByRole('listitem')).toHaveText(['Economy×', 'follow-up×']);
  await expect(tags.getByRole('button', { name: 'Remove tag follow-up' })).toBeVisible();
  await expect(card.getByRole('status')).toHaveText('Saved');

  // A card that is not selected shows its tags small, without buttons.
  await addClaim(page, OTHER);
  await expect(claimCard(page, TAGGED).getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveText(['Economy', 'follow-up']);

  // Filtering by a tag, and finding it by the text search.
  await page.getByRole('button', { name: 'Filter' }).click();
  await page.getByRole('group', { name: 'Tags (claims with every tag chosen)' }).getByRole('checkbox', { name: 'follow-up' }).check();
  await expect(page.getByText('1 claim hidden by the filter')).toBeVisible();
  await expect(claimCard(page, OTHER)).toHaveCount(0);
  await expect.poll(() => highlightedTexts(page)).toEqual([TAGGED]);
  await page.getByRole('button', { name: 'Clear filter' }).click();
  await page.getByRole('searchbox', { name: 'Search claims' }).fill('follow');
  await expect(page.getByText('1 claim hidden by the filter')).toBeVisible();
  await expect(claimCard(page, TAGGED)).toBeVisible();

  await app.restart();
  await waitForSampleArticle(app.page);
  const restored = claimCard(app.page, TAGGED);
  await expect(restored.locator('.tag')).toHaveText([/^Economy/, /^follow-up/]);

  const csv = await app.exportFile({ format: 'CSV spreadsheet' });
  const rows = Papa.parse<Record<string, string>>(csv.content, { header: true, skipEmptyLines: true }).data;
  // In reading order: the NATO sentence comes first in the article.
  expect(rows.map((row) => [row.Quote, row.Tags])).toEqual([
    [OTHER, ''],
    [TAGGED, 'Economy\nfollow-up'],
  ]);
});
