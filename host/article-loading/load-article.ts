// Turns the bytes of an article file into an Article: checks and decodes the bytes, hands
// the text to the loader for the file's format, and builds the canonical text that
// selectors count in.

import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import { BLOCK_SEPARATOR, composeCanonicalText } from '../../shared/article/canonical-text';
import { ApiError } from '../../shared/api';
import type { ArticleRef } from '../../shared/import/import-bundle';
import type { Article } from '../../shared/model';
import type { ArticleLoader } from './article-loader';
import { ARTICLE_MAX_BYTES, decodeArticleBytes } from './decode-article-bytes';
import { loadHtmlArticle } from './html-loader';
import { loadMarkdownArticle } from './markdown-loader';
import { loadTxtArticle } from './txt-loader';

export { ARTICLE_MAX_BYTES };

export interface ArticleOrigin {
  fileName: string;
  bytes: Uint8Array;
}

const FORMATS: Readonly<Record<string, { format: Article['format']; load: ArticleLoader }>> = {
  '.txt': { format: 'txt', load: loadTxtArticle },
  '.md': { format: 'md', load: loadMarkdownArticle },
  '.markdown': { format: 'md', load: loadMarkdownArticle },
  '.html': { format: 'html', load: loadHtmlArticle },
  '.htm': { format: 'html', load: loadHtmlArticle },
};

/** The extensions an article file may have, for the open dialog and error messages. */
export const ARTICLE_EXTENSIONS = Object.keys(FORMATS);

export function contentHash(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

export function loadArticle(origin: ArticleOrigin, id: string, added: string): Article {
  const extension = extname(origin.fileName).toLowerCase();
  const reader = Object.hasOwn(FORMATS, extension) ? FORMATS[extension] : undefined;
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

/**
 * An article rebuilt from an exported one (ClaimMark's own export carries the whole
 * canonical text): the first block is the title, the rest paragraphs. Null without text.
 */
export function articleFromExport(ref: ArticleRef, id: string, added: string): Article | null {
  if (ref.text === undefined || ref.text.trim() === '') return null;
  const blocks: Article['blocks'] = [];
  let start = 0;
  for (const piece of ref.text.split(BLOCK_SEPARATOR)) {
    blocks.push({ kind: blocks.length === 0 ? 'title' : 'paragraph', start, end: start + piece.length });
    start += piece.length + BLOCK_SEPARATOR.length;
  }
  const first = blocks[0];
  return {
    id,
    title: ref.title ?? (first === undefined ? '' : ref.text.slice(first.start, first.end)),
    source: ref.source ?? null,
    byline: ref.byline ?? null,
    siteName: ref.siteName ?? null,
    publishedTime: ref.publishedTime ?? null,
    dir: null,
    format: 'txt',
    text: ref.text,
    blocks,
    links: [],
    contentHash: contentHash(ref.text),
    fileName: ref.fileName ?? 'imported article',
    added,
    updated: null,
  };
}
