import { expect, test } from './fixtures';
import { addClaim, claimCard, clickArticleText, highlightColour, paintedHighlights, waitForSampleArticle } from './support/article-actions';

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
  // Each claim keeps its whole span, on its own translucent layer, so the text under both is painted twice: darker.
  await expect
    .poll(() => paintedHighlights(page))
    .toEqual([
      { text: OUTER, highlight: 'claimmark-unverified-1', status: 'unverified', layer: 1 },
      { text: INNER, highlight: 'claimmark-unverified-2', status: 'unverified', layer: 2 },
    ]);
  for (const layer of ['claimmark-unverified-1', 'claimmark-unverified-2']) {
    expect(await highlightColour(page, layer)).toMatch(/ \/ 0\.3\)$/);
  }

  // Clicking the overlap offers both claims.
  await clickArticleText(page, 'verified these');
  const picker = page.getByRole('menu', { name: 'Claims here' });
  await expect(picker.getByRole('menuitem')).toHaveText([OUTER, INNER]);
  await picker.getByRole('menuitem', { name: INNER }).click();
  await expect(claimCard(page, INNER)).toHaveAttribute('aria-current', 'true');

  await clickArticleText(page, 'verified these');
  await picker.getByRole('menuitem', { name: OUTER }).click();
  await expect(claimCard(page, OUTER)).toHaveAttribute('aria-current', 'true');
  await expect(claimCard(page, INNER)).not.toHaveAttribute('aria-current', 'true');

  // Text under only one of them selects it at once.
  await clickArticleText(page, 'established a timeline');
  await expect(picker).toHaveCount(0);
  await expect(claimCard(page, INNER)).toHaveAttribute('aria-current', 'true');

  // The list works from the keyboard: it has the focus, the arrows move, Enter picks, Escape closes.
  await clickArticleText(page, 'verified these');
  await expect(picker.getByRole('menuitem', { name: OUTER })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(picker.getByRole('menuitem', { name: INNER })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(picker.getByRole('menuitem', { name: OUTER })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(picker).toHaveCount(0);
  await expect(claimCard(page, OUTER)).toHaveAttribute('aria-current', 'true');
  await expect(page.getByRole('button', { name: /^Claim 1 of 2, Unverified: Reuters has not/ })).toBeFocused();
  await clickArticleText(page, 'verified these');
  await expect(picker.getByRole('menuitem', { name: OUTER })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(picker).toHaveCount(0);
  await expect(claimCard(page, OUTER)).toHaveAttribute('aria-current', 'true');
});
