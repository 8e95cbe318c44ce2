import { expect, test } from './fixtures';
import { addClaim, claimCard, highlightsOf, waitForSampleArticle } from './support/article-actions';

const OUTER = 'Reuters has not independently verified these claims';
const INNER = 'independently verified these claims or established a timeline';

test('overlapping claims both stay highlighted, intact and selectable', async ({ app }) => {
  const { page } = app;
  await waitForSampleArticle(page);
  await addClaim(page, OUTER);
  await addClaim(page, INNER);

  // The paragraph text is unchanged by the highlights.
  const paragraph = page.locator('.block-paragraph', { hasText: 'Iskander' });
  await expect(paragraph).toContainText(
    'however, Reuters has not independently verified these claims or established a timeline for the strikes.',
  );
  // Three pieces: outer only, the overlap (darker), inner only.
  await expect(highlightsOf(page)).toHaveText(['Reuters has not ', 'independently verified these claims', ' or established a timeline']);
  const overlap = highlightsOf(page).nth(1);
  await expect(overlap).toHaveAttribute('data-depth', '2');

  // Clicking the overlap offers both claims.
  await overlap.click();
  const picker = page.getByRole('menu', { name: 'Claims here' });
  await expect(picker.getByRole('menuitem')).toHaveText([OUTER, INNER]);
  await picker.getByRole('menuitem', { name: INNER }).click();
  await expect(claimCard(page, INNER)).toHaveAttribute('aria-current', 'true');

  await overlap.click();
  await picker.getByRole('menuitem', { name: OUTER }).click();
  await expect(claimCard(page, OUTER)).toHaveAttribute('aria-current', 'true');
  await expect(claimCard(page, INNER)).not.toHaveAttribute('aria-current', 'true');
});
