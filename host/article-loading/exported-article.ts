// An article rebuilt from a ClaimMark export, and the content hash every article carries.
// Free of the format loaders (and the HTML libraries they bring), so the host's own thread
// can import claims without loading what only the article worker needs.

import { createHash } from 'node:crypto';
import { BLOCK_SEPARATOR } from '../../shared/article/canonical-text';
import type { ArticleRef } from '../../shared/import/import-bundle';
import type { Article } from '../../shared/model';

/** The extensions an article file may have, for the open dialog and error messages. */
export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'] as const;

export function contentHash(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
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
    marks: [],
    contentHash: contentHash(ref.text),
    fileName: ref.fileName ?? 'imported article',
    added,
    updated: null,
  };
}
