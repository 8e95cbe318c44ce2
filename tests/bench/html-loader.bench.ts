// `npm run bench`: loading a saved page padded to 5 MB (scripts, styles, icons, base64
// images around a short article), next to references measured in the same run: the page
// alone, and the parse5 pass that prunes the padding. The summary prints the ratios.
// (The unit test of the same page, in html-loader.test.ts, checks the article it gives.)

import { readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { loadHtmlArticle } from '../../host/article-loading/html-loader';
import { prunePageHtml } from '../../host/article-loading/prune-page-html';
import { paddedSavedPage } from '../unit/host/article-loading/large-saved-page';

const page = readFileSync(new URL('../fixtures/articles/saved-news-page.html', import.meta.url), 'utf8');
const padded = paddedSavedPage(page, 5 * 1024 * 1024);
// A few seconds each on a slow machine: a handful of rounds is enough for a mean.
const FEW = { iterations: 5, warmupIterations: 1, time: 0, warmupTime: 0 };

describe(`load a ${(padded.length / 1024 / 1024).toFixed(1)} MB saved page`, () => {
  bench(`reference: the page alone (${Math.round(page.length / 1024)} kB)`, () => {
    loadHtmlArticle({ fileName: 'page.html', text: page });
  }, FEW);
  bench('reference: pruning the padded page with parse5', () => {
    prunePageHtml(padded);
  }, FEW);
  bench('loadHtmlArticle on the padded page', () => {
    loadHtmlArticle({ fileName: 'page.html', text: padded });
  }, FEW);
});
