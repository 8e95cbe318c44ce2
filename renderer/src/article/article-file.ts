// Reads a file the analyst picked or dropped into the form the API carries: its name and
// its bytes, read by the browser off the page's thread and sent as they are (no base64: a
// 20 MB file encoded on the page's thread would stall it). The host decides what the bytes
// are; this only refuses what is obviously too large to send.

import type { ArticleFileInput } from '../../../shared/api';
import { ARTICLE_MAX_BYTES, IMPORT_MAX_BYTES, articleTooLargeText, importTooLargeText } from '../../../shared/file-limits';

export const ARTICLE_FILE_ACCEPT = '.txt,.md,.markdown,.html,.htm';

/** The picked files behind the bytes read from them: the browser can send a file without copying it. */
const sources = new WeakMap<Uint8Array, Blob>();

/** An article to open, refused in its own words when it is over the article limit. */
export function readArticleFile(file: File): Promise<ArticleFileInput> {
  if (file.size > ARTICLE_MAX_BYTES) return Promise.reject(new Error(articleTooLargeText(file.name, file.size)));
  return readPickedFile(file);
}

/** A file of claims to import, refused in its own words when it is over the import limit. */
export function readImportFile(file: File): Promise<ArticleFileInput> {
  if (file.size > IMPORT_MAX_BYTES) return Promise.reject(new Error(importTooLargeText(file.name, file.size)));
  return readPickedFile(file);
}

async function readPickedFile(file: File): Promise<ArticleFileInput> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  sources.set(bytes, file);
  return { fileName: file.name, bytes };
}

/**
 * The bytes as a request body. A body of bytes is copied on the page's thread as the request
 * starts (most of a second for 15 MB); the file they were read from, or a Blob, is not.
 */
export function uploadBody(bytes: Uint8Array): Blob {
  return sources.get(bytes) ?? new Blob([bytes as Uint8Array<ArrayBuffer>]);
}
