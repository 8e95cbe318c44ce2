// The service's work on whole articles: the sample on first start, listing the library,
// opening one, and adding, finding or updating an article from a file.

import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ApiInput, ApiOutput, OpenArticleOutcome, ReanchorReport } from '../shared/api';
import { reanchorClaims, type ReanchorOutcome } from '../shared/anchoring/reanchor-claims';
import type { Article, ArticleSummary, ArticleWithClaims, Claim } from '../shared/model';
import { articleSummary, unreadableSummary } from './article-summary';
import type { LibraryStore } from './library/library-store';
import { libraryState } from './library-state';
import { articleFileBytes } from './article-file-bytes';
import type { ServiceOptions } from './service-options';

/** How often an update is re-anchored outside the article's turn before it is done inside it. */
const REANCHOR_TRIES_OUTSIDE = 3;

/** Two files are versions of one article when they name the same source, or have the same title. */
function sameArticle(a: Pick<Article, 'title' | 'source'>, b: Pick<Article, 'title' | 'source'>): boolean {
  const title = (value: string) => value.normalize('NFC').trim().toLowerCase();
  if (a.source !== null && b.source !== null && a.source.trim() === b.source.trim()) return true;
  return title(a.title) !== '' && title(a.title) === title(b.title);
}

export async function addSampleArticle({ store, sampleArticlePath, articleWork, newId, now }: ServiceOptions): Promise<void> {
  const bytes = await readFile(sampleArticlePath);
  const article = await articleWork.load({ fileName: basename(sampleArticlePath), bytes }, newId(), now().toISOString());
  await store.addArticle(article, { isSample: true });
}

export async function listArticles({ store }: ServiceOptions): Promise<ArticleSummary[]> {
  return Promise.all(
    store.entries().map(async (entry): Promise<ArticleSummary> => {
      try {
        const { article, claims } = await store.readArticle(entry.id);
        return articleSummary(entry, article, claims);
      } catch (error) {
        // One damaged file must not hide the rest of the library.
        return unreadableSummary(entry, error instanceof Error ? error.message : String(error));
      }
    }),
  );
}

export async function getArticle({ store }: ServiceOptions, input: ApiInput<'getArticle'>): Promise<ArticleWithClaims> {
  const { article, claims } = await store.readArticle(input.articleId);
  await store.setLastArticle(article.id);
  return { article, claims: [...claims] };
}

export async function getSaveStatus({ store }: ServiceOptions): Promise<Omit<ApiOutput<'getSaveStatus'>, 'notices'>> {
  return { unsaved: store.unsavedArticles(), library: libraryState(store) };
}

/** The article to show at start: the one last open, if the library still has it, else its first. */
export function lastArticleId({ store }: ServiceOptions): string | null {
  const last = store.lastArticleId();
  const entries = store.entries();
  return entries.some((entry) => entry.id === last) ? last : (entries[0]?.id ?? null);
}

export async function getSession(options: ServiceOptions): Promise<ApiOutput<'getSession'>> {
  const { store } = options;
  return { lastArticleId: lastArticleId(options), notices: [...store.notices()], library: libraryState(store) };
}

/** Opens an article file: adds it, finds it already in the library, or offers to update a known one. */
export async function openArticle(options: ServiceOptions, input: ApiInput<'openArticle'>): Promise<OpenArticleOutcome> {
  const { store, articleWork, newId, now } = options;
  const bytes = articleFileBytes(input.file);
  const article = await articleWork.load({ fileName: input.file.fileName, bytes }, newId(), now().toISOString());
  const entries = store.entries();

  const identical = entries.find((entry) => entry.contentHash === article.contentHash);
  if (identical !== undefined) {
    await keepMarksOf(store, identical.id, article);
    await store.setLastArticle(identical.id);
    return { kind: 'existing', articleId: identical.id, title: identical.title };
  }

  const ifChanged = input.ifChangedVersion ?? 'ask';
  const earlier = ifChanged === 'add-new' ? undefined : entries.find((entry) => sameArticle(entry, article));
  if (earlier !== undefined && ifChanged === 'ask') {
    const { claims } = await store.readArticle(earlier.id);
    return { kind: 'changed-version', existingArticleId: earlier.id, existingTitle: earlier.title, claimCount: claims.length };
  }
  if (earlier !== undefined) {
    const report = await updateArticle(options, earlier.id, article);
    await store.setLastArticle(earlier.id);
    return { kind: 'updated', articleId: earlier.id, title: article.title, report };
  }

  await store.addArticle(article, { isSample: false });
  await store.setLastArticle(article.id);
  return { kind: 'added', articleId: article.id, title: article.title };
}

/**
 * The same text opened again gives the stored article the bold, italic and code this
 * version finds in it (an article added before marks were kept has none). Marks are drawn
 * over the text and never move a claim, so the claims stay as they are.
 */
async function keepMarksOf(store: LibraryStore, articleId: string, opened: Article): Promise<void> {
  const { article } = await store.readArticle(articleId);
  if (JSON.stringify(article.marks) === JSON.stringify(opened.marks)) return;
  await store.replaceArticle(articleId, (current) => {
    // Replaced by another version meanwhile: its marks are its own.
    const same = current.article.contentHash === opened.contentHash;
    return { article: same ? { ...current.article, marks: opened.marks } : current.article, claims: [...current.claims], result: undefined };
  });
}

/** Claims edited while the update re-anchored them: that outcome is stale. */
class ClaimsChangedMeanwhile extends Error {}

/**
 * Replaces an article with its new version and re-anchors its claims. The re-anchoring runs
 * outside the article's turn, so that the article work does not hold up its queue; should a
 * claim be edited meanwhile, it is done again, and after a few such tries inside the turn.
 */
async function updateArticle({ store, articleWork }: ServiceOptions, articleId: string, article: Article): Promise<ReanchorReport> {
  for (let attempt = 1; attempt <= REANCHOR_TRIES_OUTSIDE; attempt += 1) {
    const { claims: seen } = await store.readArticle(articleId);
    const outcome = await articleWork.reanchor(article.text, seen, article.added);
    try {
      return await replaceVersion(store, articleId, article, (claims) => {
        if (claims !== seen) throw new ClaimsChangedMeanwhile();
        return outcome;
      });
    } catch (error) {
      if (!(error instanceof ClaimsChangedMeanwhile)) throw error;
    }
  }
  return replaceVersion(store, articleId, article, (claims) => reanchorClaims(article.text, claims, article.added));
}

/** Writes `article` in place of the stored one (keeping its id and when it was added), with its claims re-anchored by `reanchor`. */
function replaceVersion(
  store: LibraryStore,
  articleId: string,
  article: Article,
  reanchor: (claims: readonly Claim[]) => ReanchorOutcome,
): Promise<ReanchorReport> {
  return store.replaceArticle(articleId, (current) => {
    const outcome = reanchor(current.claims);
    const updated: Article = { ...article, id: current.article.id, added: current.article.added, updated: article.added };
    return { article: updated, claims: outcome.claims, result: outcome.report };
  });
}

export async function deleteArticle({ store }: ServiceOptions, input: ApiInput<'deleteArticle'>): Promise<{ deletedArticleId: string }> {
  await store.deleteArticle(input.articleId);
  return { deletedArticleId: input.articleId };
}
