// Reads a file the analyst picked or dropped into the form the API carries: its name and
// its bytes as base64. The host decides what the bytes are; this only refuses what is
// obviously too large to send.

import type { ArticleFileInput } from '../../../shared/api';

export const ARTICLE_FILE_MAX_BYTES = 20 * 1024 * 1024;
export const ARTICLE_FILE_ACCEPT = '.txt,.md,.markdown,.html,.htm';

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

export async function readArticleFile(file: File): Promise<ArticleFileInput> {
  if (file.size > ARTICLE_FILE_MAX_BYTES) {
    throw new Error(`${file.name} is larger than the 20 MB an article may be.`);
  }
  return { fileName: file.name, contentBase64: toBase64(new Uint8Array(await file.arrayBuffer())) };
}
