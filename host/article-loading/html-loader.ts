// Loads a saved web page: finds the article with Mozilla's Readability (the Firefox reader
// view), sanitises it and turns it into blocks. The page is parsed by jsdom with scripts
// off and no resource loading, so nothing in it runs and nothing is fetched.

import { Readability } from '@mozilla/readability';
import { parse } from 'node:path';
import type { ArticleContent, ContentBlock } from '../../shared/article/article-content';
import { ApiError } from '../../shared/api';
import type { ArticleSource } from './article-loader';
import { htmlBlocks } from './html-blocks';
import { inertPageDom } from './inert-page-dom';
import { declaredDirection, pageAddress, textDirection } from './page-metadata';
import { prunePageHtml } from './prune-page-html';
import { sanitizeArticleElement } from './sanitize-article-html';

// Less body text than about one short paragraph is a login wall, an index page or an
// error page, not an article. Counted in code points, so a CJK paragraph qualifies.
const MIN_ARTICLE_CHARACTERS = 100;

const ELEMENT_NODE = 1;

const BODY_TEXT_KINDS = new Set<ContentBlock['kind']>(['paragraph', 'list-item', 'quote', 'preformatted']);

export function loadHtmlArticle({ fileName, text }: ArticleSource): ArticleContent {
  // Scripts are pruned before jsdom sees the page, and jsdom would not run them anyway.
  const dom = inertPageDom(prunePageHtml(text));
  try {
    const { document } = dom.window;
    const address = pageAddress(document);
    // Readability makes relative links absolute against the document's URL.
    if (address !== null) dom.reconfigure({ url: address });
    const direction = declaredDirection(document);
    // The article as an element rather than HTML: serialising a large article and parsing
    // it again would double the time jsdom takes.
    const article = new Readability(document, { serializer: (node) => node }).parse();
    const noArticle = new ApiError('invalid-input', `${fileName}: no article text could be found in this page.`);
    const content = article?.content;
    if (article === null || !isElement(content)) throw noArticle;

    const title = cleanLine(article.title) ?? parse(fileName).name;
    sanitizeArticleElement(content, dom.window);
    const blocks = htmlBlocks(content, { title });
    if (!hasArticleText(blocks)) throw noArticle;
    const siteName = cleanLine(article.siteName);
    return {
      title,
      byline: cleanLine(article.byline),
      siteName,
      publishedTime: cleanLine(article.publishedTime),
      source: address ?? siteName,
      dir: textDirection(article.dir) ?? direction,
      blocks,
    };
  } finally {
    dom.window.close();
  }
}

function isElement(node: Node | null | undefined): node is Element {
  return node?.nodeType === ELEMENT_NODE;
}

function cleanLine(value: string | null | undefined): string | null {
  const line = value?.replace(/\s+/gu, ' ').trim().normalize('NFC');
  return line === undefined || line === '' ? null : line;
}

function hasArticleText(blocks: readonly ContentBlock[]): boolean {
  let length = 0;
  for (const block of blocks) {
    if (BODY_TEXT_KINDS.has(block.kind)) length += [...block.text].length;
    if (length >= MIN_ARTICLE_CHARACTERS) return true;
  }
  return false;
}
