// The service's work on whole articles: the sample on first start, listing the library,
// opening one, and adding, finding or updating an article from a file.

import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ApiInput, ApiOutput, OpenArticleOutcome } from '../shared/api';
import { reanchorClaims } from '../shared/anchoring/reanchor-claims';
import type { Article, ArticleSummary, ArticleWithClaims } from '../shared/model';
import { loadArticle } from './article-loading/load-article';
import { articleSummary, unreadableSummary } from './article-summary';
import type { ServiceOptions } from './service-options';

/** Two files are versions of one article when they name the same source, or have the same title. */
function sameArticle(a: Pick<Article, 'title' | 'source'>, b: Pick<Article, 'title' | 'source'>): boolean {
  const title = (value: string) => value.normalize('NFC').trim().toLowerCase();
  if (a.source !== null && b.source !== null && a.source.trim() === b.source.trim()) return true;
  return title(a.title) !== '' && title(a.title) === title(b.title);
}

export async function addSampleArticle({ store, sampleArticlePath, newId, now }: ServiceOptions): Promise<void> {
  const bytes = await readFile(sampleArticlePath);
  const article = loadArticle({ fileName: basename(sampleArticlePath), bytes }, newId(), now().toISOString());
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

export async function getSaveStatus({ store }: ServiceOptions): Promise<ApiOutput<'getSaveStatus'>> {
  return { unsaved: store.unsavedArticles() };
}

export async function getSession({ store }: ServiceOptions): Promise<ApiOutput<'getSession'>> {
  const last = store.lastArticleId();
  const entries = store.entries();
  const known = entries.some((entry) => entry.id === last);
  return { lastArticleId: known ? last : (entries[0]?.id ?? null), notices: [...store.notices()] };
}

/** Opens an article file: adds it, finds it already in the library, or offers to update a known one. */
export async function openArticle({ store, newId, now }: ServiceOptions, input: ApiInput<'openArticle'>): Promise<OpenArticleOutcome> {
  const bytes = Buffer.from(input.file.contentBase64, 'base64');
  const article = loadArticle({ fileName: input.file.fileName, bytes }, newId(), now().toISOString());
  const entries = store.entries();

  const identical = entries.find((entry) => entry.contentHash === article.contentHash);
  if (identical !== undefined) {
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
    const report = await store.replaceArticle(earlier.id, (current) => {
      const updated: Article = { ...article, id: current.article.id, added: current.article.added, updated: article.added };
      const outcome = reanchorClaims(updated.text, current.claims);
      return { article: updated, claims: outcome.claims, result: outcome.report };
    });
    await store.setLastArticle(earlier.id);
    return { kind: 'updated', articleId: earlier.id, title: article.title, report };
  }

  await store.addArticle(article, { isSample: false });
  await store.setLastArticle(article.id);
  return { kind: 'added', articleId: article.id, title: article.title };
}

export async function deleteArticle({ store }: ServiceOptions, input: ApiInput<'deleteArticle'>): Promise<{ deletedArticleId: string }> {
  await store.deleteArticle(input.articleId);
  return { deletedArticleId: input.articleId };
}
