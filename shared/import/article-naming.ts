// How a file names an article, in the analyst's words: for the preview's rows, and for the
// message when no library article matches it.

import type { Article } from '../model';
import { comparableAddress } from './article-address';
import { ArticleFinder } from './article-finder';
import type { ArticleRef } from './import-bundle';

/** How the file names an article, in a few words. */
export function namedText(ref: ArticleRef): string {
  const parts = [ref.title === undefined ? null : `“${ref.title}”`, ref.source ?? null].filter((part): part is string => part !== null && part !== '');
  if (parts.length > 0) return parts.join(', ');
  return ref.contentHash !== undefined || ref.text !== undefined ? 'an article by its text' : 'no article (no source)';
}

/** Why no article was found: what the file names, compared how, and what the open article is. */
export function notFoundMessage(ref: ArticleRef, articleIndex: number, open: Article | undefined): string {
  const which = `article ${articleIndex + 1} of the file`;
  if (ArticleFinder.namesNothing(ref)) {
    return `The annotations of ${which} do not say which article they are on (no source). Open that article, then import again: they go to the open article.`;
  }
  const lookedFor = [
    ref.source === undefined ? null : `the address “${ref.source}” (compared as “${comparableAddress(ref.source)}”: without http/https, “www.”, a trailing slash, tracking parameters or “#…”)`,
    ref.title === undefined ? null : `the title “${ref.title}”`,
    ref.contentHash === undefined ? null : `the text with hash ${ref.contentHash}`,
  ].filter((part): part is string => part !== null);
  const openNote =
    open === undefined ? '' : ` The open article, “${open.title}”, has ${open.source === null ? 'no address' : `the address “${open.source}”`}.`;
  return `No article in the library matches ${which}: it names ${lookedFor.join(' and ')}.${openNote} Open the article it is on first, then import again.`;
}
