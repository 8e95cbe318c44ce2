import { expect, test } from './fixtures';
import { addClaim, claimCard, highlightedTexts, waitForSampleArticle } from './support/article-actions';

const NOTED = 'Zelenskyy seeks support at the upcoming NATO summit';
const DELETED = 'a joint investment fund established in May';
const NOTE = 'Confirmed by the presidency.';
const undoKey = process.platform === 'darwin' ? 'Meta+z' : 'Control+z';
const redoKey = process.platform === 'darwin' ? 'Meta+Shift+z' : 'Control+Shift+z';

test('undo after a delete brings the deleted claim back and leaves the other claim’s note alone, on disk too', async ({ app }) => {
  await waitForSampleArticle(app.page);
  const noted = await addClaim(app.page, NOTED);
  const doomed = await addClaim(app.page, DELETED);

  // Cards other than the selected one are one line; open it to write the note.
  await noted.getByRole('button', { name: 'Details' }).click();
  await noted.getByLabel('Note').click();
  await app.page.keyboard.type(NOTE);
  await expect(noted.getByRole('status')).toHaveText('Saved');

  // No confirmation: the claim goes, and a toast offers to undo it.
  await doomed.getByRole('button', { name: 'Details' }).click();
  await doomed.getByRole('button', { name: 'Delete claim' }).click();
  await expect(claimCard(app.page, DELETED)).toHaveCount(0);
  await expect(app.page.getByRole('status', { name: 'Claim deleted' })).toContainText('Deleted claim “a joint investment fund established in…”.');

  await app.page.keyboard.press(undoKey);
  await expect(claimCard(app.page, DELETED)).toBeVisible();
  await expect(claimCard(app.page, DELETED).getByRole('status')).toHaveText('Saved');
  await expect(app.page.getByRole('status', { name: 'Claim deleted' })).toHaveCount(0);
  await expect(claimCard(app.page, NOTED).getByLabel('Note')).toHaveValue(NOTE);
  await expect.poll(() => highlightedTexts(app.page)).toEqual([DELETED, NOTED]);
  await expect(app.page.getByLabel('Claim counts')).toHaveText('0 of 2 checked');

  await app.restart();
  await waitForSampleArticle(app.page);
  await claimCard(app.page, NOTED).getByRole('button', { name: 'Details' }).click();
  await expect(claimCard(app.page, NOTED).getByLabel('Note')).toHaveValue(NOTE);
  await expect(claimCard(app.page, DELETED)).toBeVisible();
});

test('redo deletes the claim again; undo and redo go through the whole history in order', async ({ app }) => {
  await waitForSampleArticle(app.page);
  const card = await addClaim(app.page, DELETED);
  await card.getByLabel('Status').selectOption({ label: 'Verified' });
  await expect(card.getByRole('status')).toHaveText('Saved');
  await card.getByRole('button', { name: 'Delete claim' }).click();
  await expect(claimCard(app.page, DELETED)).toHaveCount(0);

  // Undo the delete: the claim is back as it was, still Verified.
  await app.page.keyboard.press(undoKey);
  await expect(claimCard(app.page, DELETED).getByLabel('Status')).toHaveValue('verified');
  // Undo the status.
  await app.page.keyboard.press(undoKey);
  await expect(claimCard(app.page, DELETED).getByLabel('Status')).toHaveValue('unverified');
  // Redo both with two quick presses: the second waits for the first, none is lost.
  await app.page.keyboard.press(redoKey);
  await app.page.keyboard.press(redoKey);
  await expect(claimCard(app.page, DELETED)).toHaveCount(0);
  await app.page.keyboard.press(undoKey);
  await app.page.keyboard.press(undoKey);
  await expect(claimCard(app.page, DELETED).getByLabel('Status')).toHaveValue('unverified');
  await expect(claimCard(app.page, DELETED).getByRole('status')).toHaveText('Saved');
  // Redo the status, then the delete.
  await app.page.keyboard.press(redoKey);
  await expect(claimCard(app.page, DELETED).getByLabel('Status')).toHaveValue('verified');
  await app.page.keyboard.press(redoKey);
  await expect(claimCard(app.page, DELETED)).toHaveCount(0);
  await expect(app.page.getByRole('status').filter({ hasText: 'Redone: deleting claim “a joint investment fund established in…”.' })).toBeVisible();
  await app.page.keyboard.press(redoKey);
  await expect(app.page.getByRole('status').filter({ hasText: 'Nothing to redo.' })).toBeVisible();

  await app.restart();
  await waitForSampleArticle(app.page);
  await expect(claimCard(app.page, DELETED)).toHaveCount(0);
  await expect(app.page.getByLabel('Claim counts')).toHaveText('0 of 0 checked');
});

test('in a note, the undo key undoes typing in that note only, never another claim’s', async ({ app }) => {
  await waitForSampleArticle(app.page);
  const first = await addClaim(app.page, NOTED);
  const second = await addClaim(app.page, DELETED);
  await first.getByRole('button', { name: 'Details' }).click();
  await first.getByLabel('Note').click();
  await app.page.keyboard.type(NOTE);
  await expect(first.getByRole('status')).toHaveText('Saved');

  await second.getByRole('button', { name: 'Details' }).click();
  await second.getByLabel('Note').click();
  await app.page.keyboard.press(undoKey);
  await app.page.keyboard.press(undoKey);
  await expect(first.getByLabel('Note')).toHaveValue(NOTE);
  await expect(second.getByLabel('Note')).toHaveValue('');
  await expect(first.getByRole('status')).toHaveText('Saved');
  await expect(second.getByRole('status')).toHaveText('Saved');

  await app.restart();
  await waitForSampleArticle(app.page);
  await claimCard(app.page, NOTED).getByRole('button', { name: 'Details' }).click();
  await expect(claimCard(app.page, NOTED).getByLabel('Note')).toHaveValue(NOTE);
  await claimCard(app.page, DELETED).getByRole('button', { name: 'Details' }).click();
  await expect(claimCard(app.page, DELETED).getByLabel('Note')).toHaveValue('');
});
