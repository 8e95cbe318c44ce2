import { expect, test } from './fixtures';
import { highlightColour, waitForSampleArticle } from './support/article-actions';

test('the theme follows the system until chosen, and the choice is kept after a reload', async ({ app }) => {
  const { page } = app;
  await waitForSampleArticle(page);
  const root = page.locator('html');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(root).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(root).toHaveAttribute('data-theme', 'light');
  await expect(root).toHaveCSS('background-color', 'rgb(251, 250, 247)');
  // Highlights are a little more opaque on the dark page, so overlaps still show.
  expect(await highlightColour(page, 'claimmark-verified-1')).toMatch(/ \/ 0\.3\)$/);

  await toggle.click();
  await expect(root).toHaveAttribute('data-theme', 'dark');
  await expect(root).toHaveCSS('background-color', 'rgb(23, 25, 29)');
  expect(await highlightColour(page, 'claimmark-verified-1')).toMatch(/ \/ 0\.34\)$/);

  // Chosen: a reload keeps it, though the system is light.
  await page.reload();
  await waitForSampleArticle(page);
  await expect(root).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
});

test('side panels resize with the keyboard, hide, and keep their sizes; the article keeps 480 px at 1024 px', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1024, height: 768 });
  await waitForSampleArticle(page);
  const article = page.getByRole('article', { name: 'Article' });
  expect((await article.boundingBox())?.width).toBeGreaterThanOrEqual(480);

  const handle = page.getByRole('separator', { name: 'Resize the claims panel' });
  await expect(handle).toHaveAttribute('aria-valuenow', '320');
  await handle.focus();
  // The claims panel is right of its handle: left widens it, until the article would go under 480 px.
  await page.keyboard.press('ArrowLeft');
  await expect(handle).toHaveAttribute('aria-valuenow', '320');
  await page.keyboard.press('ArrowRight');
  await expect(handle).toHaveAttribute('aria-valuenow', '304');

  await page.getByRole('button', { name: 'Hide the library' }).click();
  await expect(page.getByRole('navigation', { name: 'Library' })).toBeHidden();
  await page.setViewportSize({ width: 1280, height: 768 });
  await handle.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(handle).toHaveAttribute('aria-valuenow', '336');

  await page.reload();
  await waitForSampleArticle(page);
  await expect(page.getByRole('separator', { name: 'Resize the claims panel' })).toHaveAttribute('aria-valuenow', '336');
  await expect(page.getByRole('navigation', { name: 'Library' })).toBeHidden();
  await page.getByRole('button', { name: 'Show the library' }).click();
  await expect(page.getByRole('navigation', { name: 'Library' })).toBeVisible();
});
