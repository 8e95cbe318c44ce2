import { expect, test } from './fixtures';
import { addClaim, articleFile, claimCard, highlightsOf, openArticleFiles, selectArticleText, waitForSampleArticle } from './support/article-actions';

const MOVED = 'a pay rise of 6 percent over two years';
const EDITED = 'Dock workers ended a five-day strike on Friday';
const REMOVED = 'Shipping companies had warned of delays of up to a week for container traffic.';

test('updating an article re-anchors its claims, lists the orphan, and the orphan can be re-attached', async ({ app }) => {
  const { page } = app;
  await waitForSampleArticle(page);
  await openArticleFiles(page, articleFile('port-strike-v1.txt'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Port strike ends after pay deal');
  await addClaim(page, MOVED);
  const edited = await addClaim(page, EDITED);
  await edited.getByLabel('Status').selectOption({ label: 'Verified' });
  const removed = await addClaim(page, REMOVED);
  await removed.getByLabel('Note').fill('Check with the shipping association.');
  await expect(removed.getByRole('status')).toHaveText('Saved');

  await openArticleFiles(page, articleFile('port-strike-v2.txt'));
  const prompt = page.getByRole('dialog', { name: 'A changed version of an article in your library' });
  await expect(prompt).toContainText('3 claims');
  await prompt.getByRole('button', { name: 'Update and re-anchor claims' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Updated “Port strike ends after pay deal”' })).toContainText(
    '1 moved, 1 matched approximately, 1 orphaned',
  );
  const article = page.getByRole('article', { name: 'Article' });
  await expect(article).toContainText('Correction: an earlier version of this article');
  // The moved claim and the edited one are highlighted where their text now is.
  await expect(highlightsOf(page).filter({ hasText: MOVED })).toHaveCount(1);
  await expect(highlightsOf(page).filter({ hasText: 'Dock workers ended a six-day strike on Friday' })).toHaveCount(1);
  await expect(claimCard(page, 'Dock workers ended a six-day strike on Friday').getByLabel('Status')).toHaveValue('verified');
  await expect(claimCard(page, 'Dock workers ended a six-day strike on Friday')).toContainText(/Moved: matched \d+%/);

  // The removed sentence is an orphan, listed with its quote, and nothing was dropped.
  const orphans = page.getByRole('region', { name: /Orphaned claims/ });
  await expect(orphans).toContainText('Orphaned claims (1)');
  const orphan = orphans.getByRole('listitem');
  await expect(orphan).toContainText(REMOVED);
  await expect(orphan).toContainText('Check with the shipping association.');
  await expect(page.getByLabel('Claim counts')).toHaveText('3 claims · 1 verified');

  // Re-attach it to new text by selecting it.
  await selectArticleText(page, 'The union said members voted by a large majority to accept the offer.');
  await orphan.getByRole('button', { name: 'Re-attach to selection' }).click();
  await expect(orphans).toHaveCount(0);
  const reattached = claimCard(page, 'The union said members voted by a large majority to accept the offer.');
  await expect(reattached).toContainText('Re-attached by hand');
  await expect(reattached.getByLabel('Note')).toHaveValue('Check with the shipping association.');
  await expect(highlightsOf(page)).toHaveCount(3);

  // It all survives a restart.
  await app.restart();
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText('Port strike ends after pay deal');
  await expect(highlightsOf(app.page)).toHaveCount(3);
  await expect(app.page.getByRole('region', { name: /Orphaned claims/ })).toHaveCount(0);
});
