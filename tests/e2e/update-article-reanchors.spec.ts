import { expect, test } from './fixtures';
import { addClaim, articleFile, claimCard, highlightedTexts, openArticleFiles, selectArticleText, waitForSampleArticle } from './support/article-actions';

const MOVED = 'a pay rise of 6 percent over two years';
const EDITED = 'Dock workers ended a five-day strike on Friday';
const REWORDED = 'Shipping companies had warned of delays of up to a week for container traffic.';
const REMOVED = 'a backlog of 40 ships should be cleared by Wednesday';

test('updating an article re-anchors its claims, lists the orphans, and each is re-attached (closest match or a new selection)', async ({ app }) => {
  const { page } = app;
  await waitForSampleArticle(page);
  await openArticleFiles(page, articleFile('port-strike-v1.txt'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Port strike ends after pay deal');
  await addClaim(page, MOVED);
  const edited = await addClaim(page, EDITED);
  await edited.getByLabel('Status').selectOption({ label: 'Verified' });
  const reworded = await addClaim(page, REWORDED);
  await reworded.getByLabel('Note').fill('Check with the shipping association.');
  await expect(reworded.getByRole('status')).toHaveText('Saved');
  const removed = await addClaim(page, REMOVED);
  await removed.getByLabel('Status').selectOption({ label: 'In progress' });
  await expect(removed.getByRole('status')).toHaveText('Saved');

  await openArticleFiles(page, articleFile('port-strike-v2.txt'));
  const prompt = page.getByRole('dialog', { name: 'A changed version of an article in your library' });
  await expect(prompt).toContainText('4 claims');
  await prompt.getByRole('button', { name: 'Update and re-anchor claims' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Updated “Port strike ends after pay deal”' })).toContainText(
    '1 moved, 1 matched approximately, 2 orphaned',
  );
  const article = page.getByRole('article', { name: 'Article' });
  await expect(article).toContainText('Correction: an earlier version of this article');
  // The moved claim and the edited one are highlighted where their text now is.
  await expect.poll(() => highlightedTexts(page)).toEqual(['Dock workers ended a six-day strike on Friday', MOVED]);
  await expect(claimCard(page, 'Dock workers ended a six-day strike on Friday').getByLabel('Status')).toHaveValue('verified');
  await expect(claimCard(page, 'Dock workers ended a six-day strike on Friday')).toContainText(/Moved: matched \d+%/);
  // Its verdict was given on other words: it needs review.
  await expect(claimCard(page, 'Dock workers ended a six-day strike on Friday').getByRole('region', { name: 'Needs review' })).toBeVisible();

  // The reworded and the removed sentences are orphans, listed with their quotes; nothing was dropped.
  const orphans = page.getByRole('region', { name: /Orphaned claims/ });
  await expect(orphans).toContainText('Orphaned claims (2)');
  // The verified claim needs review, so nothing counts as checked yet.
  await expect(page.getByLabel('Claim counts')).toHaveText('0 of 4 checked');
  const rewordedOrphan = orphans.getByRole('listitem').filter({ hasText: REWORDED });
  // An orphan is a whole claim: its note is there to read and edit.
  await expect(rewordedOrphan.getByLabel('Note')).toHaveValue('Check with the shipping association.');
  // The reworded one has a close match: accept it.
  await expect(rewordedOrphan).toContainText(/Closest match \(\d+%\): “?shipping firms warned of week-long delays for container traffic\./);
  await rewordedOrphan.getByRole('button', { name: 'Accept match' }).click();
  const accepted = claimCard(page, 'shipping firms warned of week-long delays for container traffic.');
  await expect(accepted).toContainText('Put on the closest match you accepted');
  await expect(accepted.getByRole('region', { name: 'Needs review' })).toBeVisible();
  // The update's notice follows: one orphan left.
  await expect(page.getByRole('status').filter({ hasText: 'Updated “Port strike ends after pay deal”' })).toContainText('1 orphaned');
  await expect(accepted.getByLabel('Note')).toHaveValue('Check with the shipping association.');

  // The removed one is re-attached to new text by selecting it.
  const removedOrphan = orphans.getByRole('listitem').filter({ hasText: REMOVED });
  await selectArticleText(page, 'normal operations would resume on Saturday morning');
  await removedOrphan.getByRole('button', { name: 'Re-attach to selection' }).click();
  await expect(orphans).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Updated “Port strike ends after pay deal”' })).not.toContainText('orphaned');
  const reattached = claimCard(page, 'normal operations would resume on Saturday morning');
  await expect(reattached.getByLabel('Status')).toHaveValue('in-progress');
  await expect.poll(async () => (await highlightedTexts(page)).length).toBe(4);

  // It all survives a restart.
  await app.restart();
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText('Port strike ends after pay deal');
  await expect.poll(async () => (await highlightedTexts(app.page)).length).toBe(4);
  await expect(app.page.getByRole('region', { name: /Orphaned claims/ })).toHaveCount(0);
});
