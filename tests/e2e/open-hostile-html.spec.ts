import type { Page } from '@playwright/test';
import { expect, test, type ClaimMarkApp } from './fixtures';
import { articleFile, openArticleFiles, waitForSampleArticle } from './support/article-actions';

let markers = 0;

/**
 * Resolves once whatever the page had already set going has had its chance: two rendering
 * steps have run (autofocus, focus handlers and anything queued for the next frame), and a
 * marker request the page makes after everything else has been seen, so every request it
 * started before that has been reported too.
 */
async function pageHasSettled(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
  markers += 1;
  const marker = `settled-marker-${markers}.png`;
  const seen = page.waitForRequest((request) => request.url().endsWith(marker));
  await page.evaluate((name) => {
    new Image().src = `/${name}`;
  }, marker);
  await seen;
}

/**
 * Watches for what a hostile page might do: set a global, open a dialog, navigate the app
 * away, or request anything outside the app's own origin.
 */
function watchPage(app: ClaimMarkApp): { expectNone(): Promise<void> } {
  const dialogs: string[] = [];
  app.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const origin = app.appOrigin();
  return {
    async expectNone() {
      await pageHasSettled(app.page);
      expect(await app.page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
      expect(dialogs).toEqual([]);
      expect(new URL(app.page.url()).origin).toBe(origin);
      const outside = app.requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'));
      expect(outside).toEqual([]);
    },
  };
}

test('a saved web page opens as a clean article: no script runs, nothing is fetched, links are safe', async ({ app }) => {
  const { page } = app;
  const effects = watchPage(app);
  await waitForSampleArticle(page);

  await openArticleFiles(page, articleFile('hostile-page.html'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Harbour bridge reopens after repairs');
  const article = page.getByRole('article', { name: 'Article' });
  await expect(article).toContainText('The harbour bridge reopened to traffic on Monday morning');
  await expect(article).toContainText('By Mara Lindqvist');
  // The remote image is not loaded: its description is shown instead.
  await expect(article).toContainText('Cars crossing the reopened harbour bridge at dawn');
  await expect(article.locator('img, iframe, form, script, svg, input')).toHaveCount(0);

  // The http link is a link; the javascript: one is plain text.
  await expect(article.getByRole('link', { name: 'The inspection report' })).toHaveAttribute('href', 'https://example.org/inspection-report');
  await expect(article.getByText("Read the traders' letter")).toBeVisible();
  await expect(article.getByRole('link', { name: "Read the traders' letter" })).toHaveCount(0);
  await expect(article).not.toContainText('Subscribe');

  // Nothing from the page ran…
  // …and nothing left the app: every request went to the app's own origin.
  await effects.expectNone();
  await expect(page.getByRole('navigation', { name: 'Library' })).toContainText('Harbour bridge reopens after repairs');
});

test('a corpus of hostile markup opens as text: no script, no handler, no remote load, only http(s) links', async ({ app }) => {
  const { page } = app;
  const effects = watchPage(app);
  await waitForSampleArticle(page);

  await openArticleFiles(page, articleFile('hostile-corpus.html'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('City budget passes after late-night session');
  const article = page.getByRole('article', { name: 'Article' });
  await expect(article).toContainText('The city council passed its budget');
  await expect(article).toContainText('The mayor said the budget would be reviewed');
  await expect(article).toContainText('Councillors voting in the chamber');

  // Only plain text and http(s) links reach the page: no element that loads or runs anything…
  await expect(article.locator('img, video, object, embed, iframe, svg, math, form, input, details, script, style, link, base, meta')).toHaveCount(0);
  // …no inline handler or style attribute, and no link but http(s).
  const attributes = await article.evaluate((root) =>
    [...root.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes].filter((attribute) => /^on|^style$|^srcdoc$|^formaction$/i.test(attribute.name)).map((attribute) => attribute.name),
    ),
  );
  expect(attributes).toEqual([]);
  const hrefs = await article.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(hrefs).toEqual(['https://example.org/budget-2026.pdf']);
  await expect(article.getByText("See the opposition's figures")).toBeVisible();

  // Nothing is left that could fire later: the article holds no <meta> (so no refresh) and no
  // form field (so no autofocus); what was rendered has had its chance once the page settles.
  await effects.expectNone();
});
