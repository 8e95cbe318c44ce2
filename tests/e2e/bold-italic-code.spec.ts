// A saved page's bold, italic and code show as the page had them, and claims are selected
// across them as across any other text: the quote is exactly the words chosen.

import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { addClaim, articleFile, claimCard, clickArticleText, highlightedTexts, openArticleFiles, waitForSampleArticle } from './support/article-actions';

const SENTENCE = "The agreement raises pay by 4.5 per cent a year and keeps the shift rota, which the operator's systems list as ROTA-7; workers return on Monday.";
const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

const style = (element: Locator, property: 'fontWeight' | 'fontStyle' | 'fontFamily') =>
  element.evaluate((node, name) => getComputedStyle(node)[name], property);

async function expectMarkedUp(page: Page): Promise<void> {
  const article = page.getByRole('article', { name: 'Article' });
  const bold = article.locator('strong', { hasText: 'overwhelmingly in favour' });
  const italic = article.locator('em', { hasText: 'halted almost all traffic' });
  const code = article.locator('code', { hasText: 'ROTA-7' });
  await expect(bold).toHaveText('overwhelmingly in favour');
  expect(await style(bold, 'fontWeight')).toBe('700');
  await expect(italic).toHaveText('halted almost all traffic');
  expect(await style(italic, 'fontStyle')).toBe('italic');
  await expect(code).toHaveText('ROTA-7');
  expect(await style(code, 'fontFamily')).toContain('monospace');
  await expect(article.locator('strong', { hasText: '4.5 per cent' })).toHaveText('4.5 per cent');
  await expect(article.locator('em', { hasText: 'Monday' })).toHaveText('Monday');
  // The rest of the paragraph is plain, and nothing of the markup shows as text.
  const paragraph = article.locator('p', { hasText: 'Dock workers voted' });
  expect(await style(paragraph, 'fontWeight')).toBe('400');
  expect(await style(paragraph, 'fontStyle')).toBe('normal');
  await expect(paragraph).toHaveText(
    'Dock workers voted overwhelmingly in favour of the new contract on Friday, the union said, ending a strike that had halted almost all traffic through the port.',
  );
}

test('bold, italic and code show as such, and a claim across their edges holds exactly its words', async ({ app }) => {
  const { page } = app;
  await waitForSampleArticle(page);
  await openArticleFiles(page, articleFile('port-deal.html'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Port strike ends after nine days');
  await expectMarkedUp(page);

  // From the keyboard: S selects the title, then each next sentence; the second reads through bold, code and italic.
  await page.keyboard.press('s');
  await page.keyboard.press('s');
  await page.keyboard.press('s');
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString() ?? '')).toBe(SENTENCE);
  await page.keyboard.press(`${mod}+Enter`);
  await expect(claimCard(page, SENTENCE).locator('blockquote')).toHaveText(SENTENCE);

  // Dragged from plain text into the bold words, and from italic words out into plain text.
  const intoBold = await addClaim(page, 'workers voted overwhelmingly');
  await expect(intoBold.locator('blockquote')).toHaveText('workers voted overwhelmingly');
  const outOfItalic = await addClaim(page, 'almost all traffic through the port');
  await expect(outOfItalic.locator('blockquote')).toHaveText('almost all traffic through the port');
  expect(await highlightedTexts(page)).toEqual(['workers voted overwhelmingly', 'almost all traffic through the port', SENTENCE]);

  // A click on a highlighted word inside the bold finds its claim.
  await clickArticleText(page, 'overwhelmingly');
  await expect(claimCard(page, 'workers voted overwhelmingly')).toHaveAttribute('aria-current', 'true');

  // After a reload the article comes from the library's file, its marks with it.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Port strike ends after nine days');
  await expectMarkedUp(page);
  expect(await highlightedTexts(page)).toEqual(['workers voted overwhelmingly', 'almost all traffic through the port', SENTENCE]);
});
