// Turns the bytes of an article file into an Article: decodes, parses the file's shape,
// and builds the canonical text that selectors count in.

import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import { composeCanonicalText } from '../../../shared/article/canonical-text';
import { ArticleParseError, parseScrapedText } from '../../../shared/article/parse-scraped-text';
import { ApiError } from '../../../shared/api';
import type { Article } from '../../../shared/model';

/** Articles above this size are refused rather than parsed. */
export const ARTICLE_MAX_BYTES = 20 * 1024 * 1024;

export interface ArticleOrigin {
  fileName: string;
  bytes: Uint8Array;
}

export function contentHash(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

function decodeText(origin: ArticleOrigin): string {
  if (origin.bytes.byteLength === 0) throw new ApiError('invalid-input', `${origin.fileName} is empty.`);
  if (origin.bytes.byteLength > ARTICLE_MAX_BYTES) {
    throw new ApiError('invalid-input', `${origin.fileName} is larger than the 20 MB an article may be.`);
  }
  if (origin.bytes.includes(0)) {
    throw new ApiError('invalid-input', `${origin.fileName} is not a text file (it holds binary data).`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(origin.bytes);
  } catch {
    throw new ApiError('invalid-input', `${origin.fileName} is not valid UTF-8 text.`);
  }
}

export function loadArticle(origin: ArticleOrigin, id: string, added: string): Article {
  const extension = extname(origin.fileName).toLowerCase();
  if (extension !== '.txt') {
    throw new ApiError('invalid-input', `${origin.fileName}: only .txt articles can be opened (got "${extension || 'no extension'}").`);
  }
  const raw = decodeText(origin);
  let parsed;
  try {
    parsed = parseScrapedText(raw);
  } catch (error) {
    if (error instanceof ArticleParseError) throw new ApiError('invalid-input', `${origin.fileName}: ${error.message}`);
    throw error;
  }
  const { text, blocks, links } = composeCanonicalText({
    title: parsed.title,
    blocks: [
      ...(parsed.caption === null ? [] : [{ kind: 'caption' as const, text: parsed.caption }]),
      ...parsed.paragraphs.map((paragraph) => ({ kind: 'paragraph' as const, text: paragraph })),
    ],
  });
  return {
    id,
    title: parsed.title,
    source: parsed.source,
    byline: null,
    siteName: null,
    publishedTime: null,
    dir: null,
    format: 'txt',
    text,
    blocks,
    links,
    contentHash: contentHash(text),
    fileName: origin.fileName,
    added,
    updated: null,
  };
}
