// An import whose article is not in the library yet: the preview opens that article's file,
// finds it by its address, and the claims go there.

import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { highlightedTexts, libraryItems, waitForSampleArticle } from './support/article-actions';

const ARTICLE = fileURLToPath(new URL('./articles/harbour-dredging.html', import.meta.url));

test('the import preview opens the article a file names, then places its claims there by address', async ({ app }, testInfo) => {
  const { page } = app;
  await waitForSampleArticle(page);
  // The page's address as a feed link gives it: http, a tracking parameter and a fragment.
  const annotations = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    first: {
      type: 'AnnotationPage',
      items: [
        {
          id: 'https://annotations.example/a/harbour-1',
          type: 'Annotation',
          body: { type: 'TextualBody', purpose: 'commenting', value: 'The council minutes say 12 metres.' },
          target: {
            source: 'http://coast-herald.example/news/harbour-dredging/?utm_source=feed#main',
            selector: { type: 'TextQuoteSelector', exact: 'to a depth of 14 metres' },
          },
        },
      ],
    },
  };
  const path = testInfo.outputPath('harbour.annotations.jsonld');
  await writeFile(path, JSON.stringify(annotations));

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import claims' }).click();
  await (await chooser).setFiles(path);
  const preview = page.getByRole('dialog', { name: 'Import harbour.annotations.jsonld?' });
  const article = preview.getByRole('listitem', { name: 'Article 1 of the file' });
  await expect(article).toContainText('Goes to no article (no library article matches)0 to add, 0 to update, 1 skipped (1 in no library article)');

  const articleChooser = page.waitForEvent('filechooser');
  await article.getByRole('button', { name: 'Open its article…' }).click();
  await (await articleChooser).setFiles(ARTICLE);
  // The preview is read again: the opened page's canonical address is the file's, normalised.
  await expect(article).toContainText('Goes to “Harbour dredging to start in spring” (same address)1 to add, 0 to update, 0 skipped');
  await expect(article.getByRole('button', { name: 'Open its article…' })).toHaveCount(0);
  await expect(libraryItems(page)).toHaveCount(2);

  await preview.getByRole('button', { name: 'Import 1 claim' }).click();
  await expect(preview).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Imported harbour.annotations.jsonld' })).toContainText('1 added, 0 updated, 0 skipped');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Harbour dredging to start in spring');
  await expect.poll(() => highlightedTexts(page)).toEqual(['to a depth of 14 metres']);
});
