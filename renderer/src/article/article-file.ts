// Reads a file the analyst picked or dropped into the form the API carries: its name and
// its bytes, read by the browser off the page's thread and sent as they are (no base64: a
// 20 MB file encoded on the page's thread would stall it). The host decides what the bytes
// are; this only refuses what is obviously too large to send.

import type { ArticleFileInput } from '../../../shared/api';

export const ARTICLE_FILE_MAX_BYTES = 20 * 1024 * 1024;
export const ARTICLE_FILE_ACCEPT = '.txt,.md,.markdown,.html,.htm';

export async function readArticleFile(file: File): Promise<ArticleFileInput> {
  if (file.size > ARTICLE_FILE_MAX_BYTES) {
    throw new Error(`${file.name} is larger than the 20 MB an article may be.`);
  }
  return { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}
