// One batch of claim changes to an article: each change is made on top of the one before,
// the batch is saved with one journal append (or one whole-file write), and each change is
// answered. A failed save keeps the analyst's changes in memory for a retry, or undoes an import's.

import type { Low } from 'lowdb';
import { ApiError } from '../../shared/api';
import type { Claim } from '../../shared/model';
import { claimOpsInTurns } from './claim-diff';
import { deepFreeze } from './frozen-records';
import type { ClaimJournal } from './claim-journal';
import { reasonOf } from './file-recovery';
import type { ArticleFile } from './format-migrations';
import { saysOps, type JournalChange, type PutsAsText } from './journal-codec';
import type { RecoveredArticle } from './recovery-file';
import type { SaveRetry } from './save-retry';
import type { WriteGate } from './write-gate';

/** On a failed save: keep the change in memory and retry (an analyst's edit), or undo it (an import). */
export type OnSaveFailure = 'keep' | 'rollback';

/** A claim change waiting for its batch to be saved. */
export interface PendingChange {
  change: (claims: Claim[]) => unknown;
  /** The text of the puts the change is expected to make, to write its journal line from. */
  written?: PutsAsText;
  resolve: (result: unknown) => void;
  reject: (error: unknown) => void;
}

/** What saving a batch works with: the article's file (it must be listed), its journal, the retry of failed saves. */
export interface BatchParts {
  articleFile(articleId: string): Promise<Low<ArticleFile>>;
  journal: ClaimJournal;
  retry: SaveRetry;
  gate: WriteGate;
}

/** Saves a batch of claim changes, each made on top of the one before, and answers each. */
export async function commitClaimBatch(parts: BatchParts, articleId: string, onFailure: OnSaveFailure, changes: PendingChange[]): Promise<void> {
  let file: Low<ArticleFile>;
  try {
    file = await parts.articleFile(articleId);
  } catch (error) {
    for (const pending of changes) pending.reject(error);
    return;
  }
  const previous = file.data;
  let claims = previous.claims;
  /** The ops of each change, or null once one cannot be said as ops and the whole file is written. */
  // Changes still only in memory are not in the journal: the whole file saves them too.
  let journalLines: JournalChange[] | null = parts.retry.titleOf(articleId) === null ? [] : null;
  const made: { pending: PendingChange; result: unknown }[] = [];
  for (const pending of changes) {
    const given = [...claims];
    let result: unknown;
    try {
      result = pending.change(given);
    } catch (error) {
      pending.reject(error);
      continue;
    }
    const diff = await claimOpsInTurns(claims, given);
    if (diff === null) journalLines = null;
    else if (diff.ops.length > 0) journalLines?.push({ ops: diff.ops, written: pending.written !== undefined && saysOps(pending.written, diff.ops) ? pending.written : null });
    claims = diff?.claims ?? given.map(deepFreeze);
    made.push({ pending, result });
  }
  if (made.length === 0) return;
  const next = { ...previous, claims };
  try {
    // While the folder cannot be written, the disk is not touched: the change is kept for later.
    parts.gate.mayWriteNow();
    await parts.journal.save(articleId, file, next, journalLines, onFailure === 'keep');
    parts.retry.markSaved(articleId);
    for (const { pending, result } of made) pending.resolve(result);
  } catch (error) {
    if (onFailure === 'rollback') {
      for (const { pending } of made) pending.reject(error);
      return;
    }
    // The analyst's changes stay in memory and are saved as soon as the disk allows.
    file.data = next;
    const reason = reasonOf(error);
    parts.retry.markUnsaved(articleId, previous.article.title, reason, previous.claims);
    const kept = new ApiError('storage', `${reason} The change is kept, and ClaimMark keeps trying to save it.`);
    for (const { pending } of made) pending.reject(kept);
  }
}

/** Tries again to save an article's kept changes, in its turn; `listed` is false once it was deleted meanwhile. */
export async function retryKeptBatch(parts: BatchParts, articleId: string, listed: boolean): Promise<void> {
  const title = parts.retry.titleOf(articleId);
  if (title === null) return;
  // Deleted while this try waited for its turn: nothing is left to save.
  if (!listed) return parts.retry.markSaved(articleId);
  const file = await parts.articleFile(articleId);
  try {
    parts.gate.mayWriteNow();
    await parts.journal.fold(articleId, file, file.data);
    parts.retry.markSaved(articleId);
  } catch (error) {
    parts.retry.markUnsaved(articleId, title, reasonOf(error));
  }
}

/** The articles with changes only in memory, with their claims as last saved and as kept: what the recovery file holds. */
export async function keptChanges(parts: BatchParts, files: { held(articleId: string): Promise<Low<ArticleFile> | null> }): Promise<RecoveredArticle[]> {
  const kept = await Promise.all(
    parts.retry.list().map(async ({ articleId, title }) => {
      const file = await files.held(articleId);
      const saved = parts.retry.savedClaimsOf(articleId);
      return file === null || saved === null ? null : { articleId, title, saved: [...saved], kept: [...file.data.claims] };
    }),
  );
  return kept.filter((article) => article !== null);
}
