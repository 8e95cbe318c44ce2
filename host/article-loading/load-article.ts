// Turns the bytes of an article file into an Article: checks and decodes the bytes, hands
// the text to the loader for the file's format, and builds the canonical text that
// selectors count in.

import { extname } from 'node:path';
import { composeCanonicalText } from '../../shared/article/canonical-text';
import { ApiError } from '../../shared/api';
import type { Article } from '../../shared/model';
import type { ArticleLoader } from './article-loader';
import { ARTICLE_MAX_BYTES, decodeArticleBytes } from './decode-article-bytes';
import { ARTICLE_EXTENSIONS, articleFromExport, contentHash } from './exported-article';
import { loadHtmlArticle } from './html-loader';
import { loadMarkdownArticle } from './markdown-loader';
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
  const content = reader.load({ fileName: origin.fileName, text: decodeArticleBytes(origin.fileName, origin.bytes) });
  const { text, blocks, links } = composeCanonicalText(content);
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
    contentHash: contentHash(text),
    fileName: origin.fileName,
    added,
    updated: null,
  };
}
