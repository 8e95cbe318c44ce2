import { expect, test } from './fixtures';
import { addClaim, articleFile, claimCard, libraryItems, openArticleFiles, waitForSampleArticle } from './support/article-actions';

const REVIEWED = 'reports indicating 28 fatalities';
const CURRENT = 'reports indicating 23 fatalities';
const TITLE = 'Missile strike hits city centre';
const CLAIM_REVIEW = 'schema.org ClaimReview (checked claims)';

test('a False verdict moved onto other words by an update needs review, is not counted or published until kept, then is', async ({ app }) => {
  const { page } = app;
  await waitForSampleArticle(page);
  await openArticleFiles(page, articleFile('city-strike-v1.txt'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  const card = await addClaim(page, REVIEWED);
  await card.getByLabel('Status').selectOption({ label: 'False' });
  await card.getByLabel('Note').fill('23 dead, not 28');
  await expect(card.getByRole('status')).toHaveText('Saved');
  const listed = libraryItems(page).filter({ hasText: TITLE });
  await expect(listed).toContainText('1 claim · 1 false · 1 checked');

  // The article is corrected to 23.
  await openArticleFiles(page, articleFile('city-strike-v2.txt'));
  await page.getByRole('dialog', { name: 'A changed version of an article in your library' }).getByRole('button', { name: 'Update and re-anchor claims' }).click();
  const notice = page.getByRole('status').filter({ hasText: `Updated “${TITLE}”` });
  await expect(notice).toHaveText(/Claims: 0 in place, 1 matched approximately, 1 needs review\./);

  // The card holds the new words, still False, and shows both quotes with the difference marked.
  const moved = claimCard(page, CURRENT);
  await expect(moved.getByLabel('Status')).toHaveValue('false');
  // Cards other than the selected one are one line; open it to read the note.
  await moved.getByRole('button', { name: 'Details' }).click();
  await expect(moved.getByLabel('Note')).toHaveValue('23 dead, not 28');
  await expect(moved).toContainText(/Moved: matched 9\d% after the article changed/);
  const review = moved.getByRole('region', { name: 'Needs review' });
  await expect(review).toContainText('Needs review');
  await expect(review.getByLabel('Reviewed')).toHaveText(REVIEWED);
  await expect(review.getByLabel('Now')).toHaveText(CURRENT);
  await expect(review.locator('del')).toHaveText('28');
  await expect(review.locator('ins')).toHaveText('23');
  // Not counted as checked.
  await expect(listed).toContainText('1 claim · 1 false · 1 needs review');
  await expect(listed).not.toContainText('checked');

  // ClaimReview publishes nothing for it, and says so.
  const left = await app.exportFile({ format: CLAIM_REVIEW, publisher: 'City Fact Check' });
  expect(JSON.parse(left.content)).toEqual([]);
  await expect(page.getByRole('status').filter({ hasText: '1 claim needs review (the article changed under its verdict) and was left out.' })).toBeVisible();

  // Keep False: recorded with both quotes; it counts, and the labels of the move go.
  await review.getByRole('button', { name: 'Keep False' }).click();
  await expect(moved.getByRole('region', { name: 'Needs review' })).toHaveCount(0);
  await expect(moved).not.toContainText('Moved:');
  await expect(listed).toContainText('1 claim · 1 false · 1 checked');
  await moved.click();
  await moved.getByText(/^History/).click();
  await expect(moved.getByRole('list', { name: 'History entries' }).getByRole('listitem').first()).toContainText(
    `False kept on “${CURRENT}” (reviewed on “${REVIEWED}”)`,
  );

  const published = JSON.parse((await app.exportFile({ format: CLAIM_REVIEW, publisher: 'City Fact Check' })).content) as {
    claimReviewed: string;
    reviewRating: { alternateName: string };
  }[];
  expect(published.map((entry) => [entry.claimReviewed, entry.reviewRating.alternateName])).toEqual([[CURRENT, 'False']]);
});
