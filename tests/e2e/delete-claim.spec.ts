import { expect, test } from './fixtures';
import { addClaim, claimCard, highlightedTexts, waitForSampleArticle } from './support/article-actions';

const KEEP = 'Zelenskyy seeks support at the upcoming NATO summit';
const DELETE = 'a joint investment fund established in May';

test('a deleted claim is gone, and stays gone after a restart', async ({ app }) => {
  await waitForSampleArticle(app.page);
  await addClaim(app.page, KEEP);
  const doomed = await addClaim(app.page, DELETE);

  // Deleting asks nothing: the toast's Undo takes it back.
  await doomed.getByRole('button', { name: 'Delete claim' }).click();
  await expect(claimCard(app.page, DELETE)).toHaveCount(0);
  await app.page.getByRole('status', { name: 'Claim deleted' }).getByRole('button', { name: 'Undo' }).click();
  await expect(claimCard(app.page, DELETE)).toBeVisible();
  await claimCard(app.page, DELETE).getByRole('button', { name: 'Delete claim' }).click();

  await expect(claimCard(app.page, DELETE)).toHaveCount(0);
  await expect.poll(() => highlightedTexts(app.page)).toEqual([KEEP]);
  await expect(app.page.getByLabel('Claim counts')).toHaveText('0 of 1 checked');

  await app.restart();
  await waitForSampleArticle(app.page);
  await expect(claimCard(app.page, KEEP)).toBeVisible();
  await expect(claimCard(app.page, DELETE)).toHaveCount(0);
  await expect.poll(() => highlightedTexts(app.page)).toEqual([KEEP]);
});
