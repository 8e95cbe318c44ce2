import { expect, test } from './fixtures';
import { addClaim, claimCard, highlightedTexts, waitForSampleArticle } from './support/article-actions';

const QUOTE = 'police have detained eight individuals';

test('claims, statuses and notes are still there after the app restarts', async ({ app }) => {
  await waitForSampleArticle(app.page);
  const card = await addClaim(app.page, QUOTE);
  await card.getByLabel('Status').selectOption({ label: 'Verified' });
  await card.getByLabel('Note').fill('Confirmed by the prosecutor’s press release.');
  await expect(card.getByRole('status')).toHaveText('Saved');

  await app.restart();

  const { page } = app;
  await waitForSampleArticle(page);
  const restored = claimCard(page, QUOTE);
  await expect(restored).toBeVisible();
  await expect(restored.getByLabel('Status')).toHaveValue('verified');
  // Cards other than the selected one are one line; open it to read the note.
  await restored.getByRole('button', { name: 'Details' }).click();
  await expect(restored.getByLabel('Note')).toHaveValue('Confirmed by the prosecutor’s press release.');
  await expect.poll(() => highlightedTexts(page)).toEqual([QUOTE]);
  await expect(page.getByLabel('Claim counts')).toHaveText('1 of 1 checked');
});
