// The article work that can take long (loading a file, re-anchoring claims to a new text,
// anchoring the claims of an import):
// the interface the service calls, run here in the host's thread for tests, and the jobs a
// worker thread runs for the hosts (article-worker.ts, article-worker-pool.ts).

import { anchorBatch, type AnchorBatch } from '../../shared/anchoring/anchor-batch';
import { reanchorClaims, type ReanchorOutcome } from '../../shared/anchoring/reanchor-claims';
import type { Article, Claim, ClaimSelectors } from '../../shared/model';
import type { LabelDecisions } from '../../shared/import/label-mapping';
import { readImportFile, type ReadImportFile } from '../../shared/import/read-import-file';
import { loadArticle, type ArticleOrigin } from './load-article';

export interface ArticleWork {
  /** `loadArticle`, off the caller's thread where it can be; `origin.bytes` may be taken over (detached). */
  load(origin: ArticleOrigin, id: string, added: string): Promise<Article>;
  /** `reanchorClaims` of the claims to a new version of their article's text, which came at `since`. */
  reanchor(text: string, claims: readonly Claim[], since: string): Promise<ReanchorOutcome>;
  /** `anchorBatch`: where each of many imported claims stands in one article's text. */
  anchor(text: string, selectors: readonly ClaimSelectors[]): Promise<AnchorBatch>;
  /** `readImportFile`: the checked claims of a file to import, or why it cannot be; `bytes` may be taken over. */
  readImport(bytes: Uint8Array, decisions: LabelDecisions): Promise<ReadImportFile>;
  /** Stops the work: what has not finished fails, and nothing more is taken. */
  close(): Promise<void>;
}

/** One job of the worker, as a message can carry it. */
export type ArticleJob =
  | { kind: 'load'; origin: ArticleOrigin; id: string; added: string }
  | { kind: 'reanchor'; text: string; claims: readonly Claim[]; since: string }
  | { kind: 'anchor'; text: string; selectors: readonly ClaimSelectors[] }
  | { kind: 'readImport'; bytes: Uint8Array; decisions: LabelDecisions };

/** What each kind of job answers. */
export interface ArticleJobAnswers {
  load: Article;
  reanchor: ReanchorOutcome;
  anchor: AnchorBatch;
  readImport: ReadImportFile;
}

export function runArticleJob(job: ArticleJob): ArticleJobAnswers[ArticleJob['kind']] {
  switch (job.kind) {
    case 'load':
      return loadArticle(job.origin, job.id, job.added);
    case 'reanchor':
      return reanchorClaims(job.text, job.claims, job.since);
    case 'anchor':
      return anchorBatch(job.text, job.selectors);
    case 'readImport':
      return readImportFile(job.bytes, job.decisions);
  }
}

/** The work done in the caller's own thread: for tests, which run the TypeScript sources. */
export const inThreadArticleWork: ArticleWork = {
  load: async (origin, id, added) => loadArticle(origin, id, added),
  reanchor: async (text, claims, since) => reanchorClaims(text, claims, since),
  anchor: async (text, selectors) => anchorBatch(text, selectors),
  readImport: async (bytes, decisions) => readImportFile(bytes, decisions),
  close: async () => undefined,
};
