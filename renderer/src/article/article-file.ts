// Reads a file the analyst picked or dropped into the form the API carries: its name and
// its bytes, read by the browser off the page's thread and sent as they are (no base64: a
// 20 MB file encoded on the page's thread would stall it). The host decides what the bytes
// are; this only refuses what is obviously too large to send.

import type { ArticleFileInput } from '../../../shared/api';

export const ARTICLE_FILE_MAX_BYTES = 20 * 1024 * 1024;
export const ARTICLE_FILE_ACCEPT = '.txt,.md,.markdown,.html,.htm';

/** The picked files behind the bytes read from them: the browser can send a file without copying it. */
const sources = new WeakMap<Uint8Array, Blob>();

export async function readArticleFile(file: File): Promise<ArticleFileInput> {
  if (file.size > ARTICLE_FILE_MAX_BYTES) {
    throw new Error(`${file.name} is larger than the 20 MB an article may be.`);
  }
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
