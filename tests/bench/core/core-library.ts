// The core bench's data, made by the product's own builders: the renderer bench's ~10,000-word
// article with 10,000 or 1,000 claims, libraries of 10 and 100 articles of 50 claims each
// (written through the library store), and an edited version of the article to update to.

import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { loadArticle } from '../../../host/article-loading/load-article';
import { LibraryStore } from '../../../host/library/library-store';
import { newClaim } from '../../../shared/claims/claim-edits';
import type { Article, Claim } from '../../../shared/model';
import { benchArticle, writeBenchLibrary, type BenchLibrary } from '../renderer/bench-library';

const CREATED = '2026-01-01T12:00:00.000Z';
const CLAIMS_PER_LIBRARY_ARTICLE = 50;

export { benchArticle, type BenchLibrary };

/** A library folder under `parent` holding `article` with `claimCount` claims (the renderer bench's claims: a third overlap). */
export function articleWithClaims(parent: string, article: Article, claimCount: number): BenchLibrary {
  return writeBenchLibrary(join(parent, `article-with-${claimCount}`), article, claimCount);
}

const paragraphs = (article: Article) => article.blocks.filter((block) => block.kind === 'paragraph');

/** 50 claims of about ten words, one in every other paragraph, as a worked article holds. */
function workedClaims(article: Article): Claim[] {
  return paragraphs(article)
    .filter((_, index) => index % 2 === 0)
    .slice(0, CLAIMS_PER_LIBRARY_ARTICLE)
    .map((block) => {
      const words = [...article.text.slice(block.start, block.end).matchAll(/\S+/g)];
      const first = words[10];
      const last = words[19];
      const start = block.start + (first?.index ?? 0);
      const end = block.start + (last?.index ?? 0) + (last?.[0].length ?? 1);
      return newClaim(article, { start, end, exact: article.text.slice(start, end) }, { now: CREATED, newId: randomUUID });
    });
}

/** A library folder of `articleCount` copies of `article` (each its own id), 50 claims each; returns the folder. */
export async function libraryOf(parent: string, article: Article, articleCount: number): Promise<string> {
  const dataDir = join(parent, `library-of-${articleCount}`);
  const store = new LibraryStore(dataDir);
  await store.open();
  for (let index = 0; index < articleCount; index += 1) {
    const copy: Article = { ...article, id: randomUUID(), fileName: `library-article-${index + 1}.md` };
    // The first counts as the sample, so that opening the library adds no sample of its own.
    await store.addArticle(copy, { isSample: index === 0 });
    const claims = workedClaims(copy);
    await store.updateClaims(copy.id, (current) => void current.push(...claims));
  }
  await store.settle();
  return dataDir;
}

type ArticleFileBytes = { fileName: string; bytes: Uint8Array };

/** The article's file written again as Markdown, each paragraph as `edit` makes it (none, to drop it), after `lead`. */
function versionOf(article: Article, lead: readonly string[], edit: (text: string, index: number) => string[]): ArticleFileBytes {
  const body = paragraphs(article).flatMap((block, index) => edit(article.text.slice(block.start, block.end), index));
  const markdown = [`# ${article.title}`, ...lead, ...body].join('\n\n');
  return { fileName: article.fileName, bytes: new TextEncoder().encode(markdown) };
}

/** The article's own text again, which the library already holds. */
export function sameVersion(article: Article): ArticleFileBytes {
  return versionOf(article, [], (text) => [text]);
}

/**
 * A changed version of the article: a correction paragraph at the top (every claim moves),
 * one word changed in every tenth paragraph, and two paragraphs removed.
 */
export function editedVersion(article: Article): ArticleFileBytes {
  const correction = 'Correction: an earlier version of this article misstated two figures.';
  return versionOf(article, [correction], (text, index) => {
    if (index === 40 || index === 70) return [];
    return [index % 10 === 5 ? text.replace(/ \S+ /, ' reportedly ') : text];
  });
}

/** The edited version as the service loads it, for the re-anchoring reference. */
export function editedText(article: Article): string {
  const version = editedVersion(article);
  return loadArticle(version, randomUUID(), CREATED).text;
}
