// The page the browser host serves: the built index.html with the per-run token written into
// it, and the article the library has open, so the window asks for it with the session
// instead of after it (shared/page-meta.ts).

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LAST_ARTICLE_META_NAME, TOKEN_META_NAME } from '../shared/page-meta';

/** Text safe inside a double-quoted HTML attribute. */
function escapedAttribute(text: string): string {
  return text.replace(/[&"<>']/g, (character) => `&#${character.charCodeAt(0)};`);
}

const meta = (name: string, content: string) => `<meta name="${name}" content="${escapedAttribute(content)}" />\n</head>`;

/** Reads the page once; `pageFor` then writes the open article into it at each request. */
export async function servedPage(rendererDir: string, token: string): Promise<(lastArticleId: string | null) => string> {
  const withToken = (await readFile(join(rendererDir, 'index.html'), 'utf8')).replace('</head>', meta(TOKEN_META_NAME, token));
  return (lastArticleId) => (lastArticleId === null ? withToken : withToken.replace('</head>', meta(LAST_ARTICLE_META_NAME, lastArticleId)));
}
