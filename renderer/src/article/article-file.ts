// Reads a file the analyst picked or dropped into the form the API carries: its name and
// its bytes as base64. The host decides what the bytes are; this only refuses what is
// obviously too large to send.

import type { ArticleFileInput } from '../../../shared/api';

export const ARTICLE_FILE_MAX_BYTES = 20 * 1024 * 1024;
export const ARTICLE_FILE_ACCEPT = '.txt,.md,.markdown,.html,.htm';

/** The file's bytes as base64, encoded by the browser off the page's thread (a 20 MB file would stall it). */
function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error(`${file.name} could not be read.`));
    reader.readAsDataURL(file);
  });
}

export async function readArticleFile(file: File): Promise<ArticleFileInput> {
  if (file.size > ARTICLE_FILE_MAX_BYTES) {
    throw new Error(`${file.name} is larger than the 20 MB an article may be.`);
  }
  return { fileName: file.name, contentBase64: await readAsBase64(file) };
}
