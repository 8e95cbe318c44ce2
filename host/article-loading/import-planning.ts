// Planning an import from its file's bytes: reading the file, placing every claim and
// deciding what it adds or updates, before anything is written. Run by the article worker as
// one job, so the host's thread spends nothing on it but taking the plan in
// (carried-plan.ts); run in the caller's thread for tests, step by step.

import type { AnchorBatch } from '../../shared/anchoring/anchor-batch';
import type { ImportKind } from '../../shared/import/import-bundle';
import { ImportError } from '../../shared/import/import-error';
import type { LabelDecisions } from '../../shared/import/label-mapping';
import { anchorRequests, finishImport, prepareImport, refuseUnusable, type ImportPlan, type LibraryArticle } from '../../shared/import/plan-import';
import type { ReadImportFile } from '../../shared/import/read-import-file';
import type { ClaimSelectors } from '../../shared/model';
import type { TextPieces } from '../library/json-in-turns';
import { articleFromExport } from './exported-article';

/** What an import is planned with besides its file: the library's articles and the analyst's choices. */
export interface ImportPlanRequest {
  library: readonly LibraryArticle[];
  decisions: LabelDecisions;
  /** The time the import takes for what it adds. */
  now: string;
  /** The article the analyst has open: where annotations that name no article go. */
  openArticleId: string | null;
  /** Library articles the analyst chose for articles of the file (by place in the file, from 1). */
  targets: ReadonlyMap<number, string>;
  /** Refuse the file when none of its articles is in the library (a preview lists them instead). */
  refuseUnusable: boolean;
  /** Only the summary is wanted (a preview): the worker then keeps the claims to itself rather than send them. */
  summaryOnly?: boolean;
}

/**
 * What applying an import writes: the plan without each updated article's whole new list of
 * claims, which the store makes itself; `addedText`, when the worker sent it, is the text of
 * the added claims' put ops (PutsAsText), which the journal line is written from.
 */
export type ImportChanges = Omit<ImportPlan, 'updates'> & { updates: (Omit<ImportPlan['updates'][number], 'claims'> & { addedText?: TextPieces })[] };

/** The plan, or the analyst's message on why the file cannot be imported (without the file's name). */
export type PlannedImport = { kind: 'planned'; plan: ImportChanges; tool: ImportKind } | { kind: 'refused'; message: string };

/** The two steps planning runs elsewhere: reading the file, and placing one article's claims. */
export interface PlanningWork {
  readImport(bytes: Uint8Array, decisions: LabelDecisions): Promise<ReadImportFile>;
  anchor(text: string, selectors: readonly ClaimSelectors[]): Promise<AnchorBatch>;
}

export async function planImportWith(work: PlanningWork, bytes: Uint8Array, request: ImportPlanRequest, newId: () => string): Promise<PlannedImport> {
  const read = await work.readImport(bytes, request.decisions);
  if (read.kind === 'refused') return read;
  const { now } = request;
  let prepared: ReturnType<typeof prepareImport>;
  try {
    prepared = prepareImport(read.bundle, request.library, {
      now,
      newId,
      openArticleId: request.openArticleId,
      targets: request.targets,
      makeArticle: (ref) => articleFromExport(ref, newId(), now),
    });
    if (request.refuseUnusable) refuseUnusable(prepared);
  } catch (error) {
    if (error instanceof ImportError) return { kind: 'refused', message: error.message };
    throw error;
  }
  const anchored = await Promise.all(anchorRequests(prepared).map(async ({ text, selectors }) => (await work.anchor(text, selectors)).results));
  return { kind: 'planned', plan: finishImport(prepared, anchored), tool: read.bundle.kind };
}
