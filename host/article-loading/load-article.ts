// Turns the bytes of an article file into an Article: checks and decodes the bytes, hands
// the text to the loader for the file's format, and builds the canonical text that
// selectors count in.

import { extname } from 'node:path';
import { composeCanonicalText } from '../../shared/article/canonical-text';
import { ApiError } from '../../shared/api';
import type { Article } from '../../shared/model';
import type { ArticleLoader, ArticleSource } from './article-loader';
import type { ArticleContent } from '../../shared/article/article-content';
import { ARTICLE_MAX_BYTES, decodeArticleBytes } from './decode-article-bytes';
import { ARTICLE_EXTENSIONS, articleFromExport, contentHash } from './exported-article';
import { loadHtmlArticle } from './html-loader';
import { loadMarkdownArticle } from './markdown-loader';
import { checkNestingDepth, MAX_NESTING_DEPTH } from './nesting-depth';
import { loadTxtArticle } from './txt-loader';

// Re-exported: callers that load articles find everything about article files here.
export { ARTICLE_EXTENSIONS, ARTICLE_MAX_BYTES, articleFromExport, contentHash };

function isArticleExtension(extension: string): extension is (typeof ARTICLE_EXTENSIONS)[number] {
  return (ARTICLE_EXTENSIONS as readonly string[]).includes(extension);
}

export interface ArticleOrigin {
  fileName: string;
  bytes: Uint8Array;
}

const FORMATS: Readonly<Record<(typeof ARTICLE_EXTENSIONS)[number], { format: Article['format']; load: ArticleLoader }>> = {
  '.txt': { format: 'txt', load: loadTxtArticle },
  '.md': { format: 'md', load: loadMarkdownArticle },
  '.markdown': { format: 'md', load: loadMarkdownArticle },
  '.html': { format: 'html', load: loadHtmlArticle },
  '.htm': { format: 'html', load: loadHtmlArticle },
};

export function loadArticle(origin: ArticleOrigin, id: string, added: string): Article {
  const extension = extname(origin.fileName).toLowerCase();
  const reader = isArticleExtension(extension) ? FORMATS[extension] : undefined;
  if (reader === undefined) {
    const got = extension === '' ? 'a file without an extension' : `a "${extension}" file`;
    throw new ApiError(
      'invalid-input',
      `${origin.fileName}: only ${ARTICLE_EXTENSIONS.join(', ')} articles can be opened (this is ${got}).`,
    );
  }
  const source = { fileName: origin.fileName, text: decodeArticleBytes(origin.fileName, origin.bytes) };
  if (reader.format !== 'txt') checkNestingDepth(source.fileName, reader.format, source.text);
  const content = loadedContent(reader.load, source);
  const { text, blocks, links, marks } = composeCanonicalText(content);
  return {
    id,
    title: content.title,
    source: content.source,
    byline: content.byline,
    siteName: content.siteName,
    publishedTime: content.publishedTime,
    dir: content.dir,
    format: reader.format,
    text,
    blocks,
    links,
    marks,
    contentHash: contentHash(text),
    fileName: origin.fileName,
    added,
    updated: null,
  };
}

/**
 * The loader's content. Its parsers (jsdom, marked, DOMPurify) recurse once per level of
 * nesting; what the depth check cannot see must still reach the analyst as what it is, not
 * as "Maximum call stack size exceeded".
 */
export function loadedContent(load: ArticleLoader, source: ArticleSource): ArticleContent {
  try {
    return load(source);
  } catch (error) {
    if (!(error instanceof RangeError) || !/call stack/i.test(error.message)) throw error;
    throw new ApiError('invalid-input', `${source.fileName}: this article is nested too deeply to open; ClaimMark opens articles nested up to ${MAX_NESTING_DEPTH} levels.`);
  }
}
