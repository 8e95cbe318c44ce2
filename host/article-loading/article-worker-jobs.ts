// The article work that can take long (loading a file, re-anchoring claims to a new text,
// anchoring the claims of an import):
// the interface the service calls, run here in the host's thread for tests, and the jobs a
// worker thread runs for the hosts (article-worker.ts, article-worker-pool.ts).

import { anchorBatch, type AnchorBatch } from '../../shared/anchoring/anchor-batch';
import { reanchorClaims, type ReanchorOutcome } from '../../shared/anchoring/reanchor-claims';
import type { Article, Claim, ClaimSelectors } from '../../shared/model';
import type { ImportKind } from '../../shared/import/import-bundle';
import type { LabelDecisions } from '../../shared/import/label-mapping';
import { readImportFile, type ReadImportFile } from '../../shared/import/read-import-file';
import { carriedReadImport, type CarriedReadImport } from './carried-read-import';
import { carryPlan, placeholderIds, planBuffers, withoutClaims, type CarriedPlan } from './carried-plan';
import { planImportWith, type ImportPlanRequest, type PlannedImport, type PlanningWork } from './import-planning';
import { LastReadImport } from './last-read-import';
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
  /** `planImportWith`: the file read, its claims placed and the plan made, ids given by `newId`; `bytes` may be taken over. */
  planImport(bytes: Uint8Array, request: ImportPlanRequest, newId: () => string): Promise<PlannedImport>;
  /** Stops the work: what has not finished fails, and nothing more is taken. */
  close(): Promise<void>;
}

/** One job of the worker, as a message can carry it. */
export type ArticleJob =
  | { kind: 'load'; origin: ArticleOrigin; id: string; added: string }
  | { kind: 'reanchor'; text: string; claims: readonly Claim[]; since: string }
  | { kind: 'anchor'; text: string; selectors: readonly ClaimSelectors[] }
  | { kind: 'readImport'; bytes: Uint8Array; decisions: LabelDecisions }
  | { kind: 'planImport'; bytes: Uint8Array; request: ImportPlanRequest };

/** A planned import as the worker sends it (carried-plan.ts). */
export type CarriedPlannedImport = { kind: 'planned'; plan: CarriedPlan; tool: ImportKind } | { kind: 'refused'; message: string };

/** What each kind of job answers. */
export interface ArticleJobAnswers {
  load: Article;
  reanchor: ReanchorOutcome;
  anchor: AnchorBatch;
  readImport: CarriedReadImport;
  planImport: Promise<CarriedPlannedImport>;
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
      return carriedReadImport(readImportFile(job.bytes, job.decisions));
    case 'planImport':
      return planInWorker(job.bytes, job.request);
  }
}

/** What an answer hands over to the host rather than copies: a plan's slices of claims. */
export function answerBuffers(value: unknown): ArrayBuffer[] {
  const planned = value as Partial<CarriedPlannedImport> | null;
  return planned?.kind === 'planned' && planned.plan !== undefined ? planBuffers(planned.plan) : [];
}

/** The worker's last read file: applying after a preview of the same file reads it once. */
const lastRead = new LastReadImport(readImportFile);

async function planInWorker(bytes: Uint8Array, request: ImportPlanRequest): Promise<CarriedPlannedImport> {
  const ids = placeholderIds();
  const work: PlanningWork = { anchor: inThreadArticleWork.anchor, readImport: async (file, decisions) => lastRead.read(file, decisions) };
  const planned = await planImportWith(work, bytes, request, ids.newId).finally(() => {
    // Only a preview is followed by another plan of the same file; the worker's heap is for articles.
    if (request.summaryOnly !== true) lastRead.forget();
  });
  if (planned.kind === 'refused') return planned;
  return { ...planned, plan: carryPlan(request.summaryOnly === true ? withoutClaims(planned.plan) : planned.plan, ids.count()) };
}

/** The work done in the caller's own thread: for tests, which run the TypeScript sources. */
export const inThreadArticleWork: ArticleWork = {
  load: async (origin, id, added) => loadArticle(origin, id, added),
  reanchor: async (text, claims, since) => reanchorClaims(text, claims, since),
  anchor: async (text, selectors) => anchorBatch(text, selectors),
  readImport: async (bytes, decisions) => readImportFile(bytes, decisions),
  // Through the work's own steps, so that a test that wraps one of them sees the import use it.
  planImport(bytes, request, newId) {
    return planImportWith(this, bytes, request, newId);
  },
  close: async () => undefined,
};
