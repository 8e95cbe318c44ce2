import { expect, test } from './fixtures';
import { addClaim, claimCard, highlightStatusOf, clickArticleText, highlightedTexts, selectArticleText, waitForSampleArticle } from './support/article-actions';

const FIRST = 'Putin also commented on NATO';
const SECOND = 'reports indicating 28 fatalities and over 130 injuries';

test('an analyst highlights a claim, marks it verified and writes a note', async ({ app }) => {
  const { page } = app;
  await waitForSampleArticle(page);

  const card = await addClaim(page, FIRST);
  await expect.poll(() => highlightedTexts(page)).toEqual([FIRST]);
  await expect(card.getByLabel('Status')).toHaveValue('unverified');
  await expect(card.getByLabel('Status').locator('option:checked')).toHaveText('Unverified');
  await expect(page.getByLabel('Claim counts')).toHaveText('0 of 1 checked');

  await card.getByLabel('Status').selectOption({ label: 'Verified' });
  await expect(page.getByLabel('Claim counts')).toHaveText('1 of 1 checked');
  await expect.poll(() => highlightStatusOf(page, FIRST)).toBe('verified');

  await card.getByLabel('Note').fill('Matches the round-table transcript.');
  await expect(card.getByRole('status')).toHaveText('Saved');

  // The keyboard shortcut adds a claim too.
  await selectArticleText(page, SECOND);
  await page.keyboard.press('Control+Enter');
  await expect(claimCard(page, SECOND)).toBeVisible();
  await expect(page.getByLabel('Claim counts')).toHaveText('1 of 2 checked');
  await expect.poll(() => highlightStatusOf(page, SECOND)).toBe('unverified');
  await expect.poll(() => highlightedTexts(page)).toEqual([FIRST, SECOND]);

  // A highlight selects its claim in the panel, and a claim in the panel selects its highlight.
  await clickArticleText(page, FIRST);
  await expect(claimCard(page, FIRST)).toHaveAttribute('aria-current', 'true');
  await expect(claimCard(page, SECOND)).not.toHaveAttribute('aria-current', 'true');
  await claimCard(page, SECOND).locator('blockquote').click();
  await expect(claimCard(page, SECOND)).toHaveAttribute('aria-current', 'true');
  // A card's stripe is its status's colour (Verified's green); the selected card's border is the accent's blue all round.
  await expect(claimCard(page, FIRST)).toHaveCSS('border-left-color', 'rgb(0, 158, 115)');
  await expect(claimCard(page, SECOND)).toHaveCSS('border-left-color', 'rgb(29, 78, 216)');
  // The selected claim's text is ringed, and the ring is where the keyboard reaches the highlights.
  const ring = page.getByRole('button', { name: `Claim 2 of 2, Unverified: ${SECOND}` });
  await expect(ring.locator('.claim-focus-box').first()).toBeVisible();
  await ring.focus();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('button', { name: `Claim 1 of 2, Verified: ${FIRST}` })).toBeFocused();
  await expect(claimCard(page, FIRST)).toHaveAttribute('aria-current', 'true');
  // Enter takes the keyboard to the claim's card.
  await page.keyboard.press('Enter');
  await expect(claimCard(page, FIRST).getByLabel('Status')).toBeFocused();
});
