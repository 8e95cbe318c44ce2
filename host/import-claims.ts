// Importing claims from a ClaimMark, W3C Web Annotation, Hypothesis, doccano or Label Studio file, all of it or nothing, even
// across a crash: the file is checked and every claim placed (in the article worker, so
// saves are answered meanwhile) before anything is written; then a staged record of what
// the import adds goes to disk, the changes are applied, and the record is removed. A
// failure undoes what was applied; a crash leaves the record, and the next start undoes it.

import { ApiError, type ApiInput, type ImportSummaryOutput } from '../shared/api';
import { IMPORT_MAX_BYTES, importTooLargeText } from '../shared/file-limits';
import { ImportError } from '../shared/import/import-error';
import { anchorRequests, finishImport, prepareImport, type ImportPlan, type PreparedImport } from '../shared/import/plan-import';
import type { Claim } from '../shared/model';
import { articleFromExport } from './article-loading/exported-article';
import { articleFileBytes } from './article-file-bytes';
import { ImportRecordFile, type ImportRecord } from './import-record';
import { undoImport } from './import-undo';
import type { LibraryStore } from './library/library-store';
import type { ServiceOptions } from './service-options';

/** One import at a time per library: the staged record describes one import. */
const running = new WeakMap<LibraryStore, Promise<unknown>>();

function inTurn<T>(store: LibraryStore, task: () => Promise<T>): Promise<T> {
  const before = running.get(store) ?? Promise.resolve();
  const next = before.catch(() => undefined).then(task);
  running.set(store, next);
  return next;
}

/** What the staged record lists for a plan, before any of it is applied. */
function recordOf(plan: ImportPlan, fileName: string, started: string, titles: ReadonlyMap<string, string>): ImportRecord {
  return {
    format: 'claimmark-import-in-progress',
    version: 1,
    fileName,
    started,
    newArticles: plan.newArticles.map(({ article }) => ({ id: article.id, title: article.title })),
    updates: plan.updates.map(({ articleId, added, replaced }) => ({
      articleId,
      title: titles.get(articleId) ?? articleId,
      added: added.map((claim) => ({ id: claim.id, modified: claim.modified })),
      replaced: replaced.map(({ before, claim }) => ({ before, modified: claim.modified })),
    })),
  };
}

/**
 * The plan's changes made to the claims as they are now, not as they were read: a claim the
 * analyst saved meanwhile stays, and one they changed meanwhile is not overwritten.
 */
function applyTo(claims: Claim[], update: ImportPlan['updates'][number]): void {
  const at = new Map(claims.map((claim, index) => [claim.id, index]));
  for (const { before, claim } of update.replaced) {
    const index = at.get(claim.id);
    if (index !== undefined && claims[index]?.modified === before.modified) claims[index] = claim;
  }
  for (const claim of update.added) if (!at.has(claim.id)) claims.push(claim);
}

export function importClaims(options: ServiceOptions, input: ApiInput<'importClaims'>): Promise<ImportSummaryOutput> {
  const { store } = options;
  return inTurn(store, async () => {
    const plan = await planFor(options, input.file.fileName, articleFileBytes(input.file), input.articleId ?? null);
    const titles = new Map(store.entries().map((entry) => [entry.id, entry.title]));
    const record = recordOf(plan, input.file.fileName, options.now().toISOString(), titles);
    const recordFile = new ImportRecordFile(store.dataDir);
    if (record.newArticles.length > 0 || record.updates.some((update) => update.added.length + update.replaced.length > 0)) {
      await recordFile.write(record).catch((error: unknown) => {
        throw new ApiError('storage', `The import could not be started: ${error instanceof Error ? error.message : String(error)} Nothing was imported.`);
      });
      try {
        for (const update of plan.updates) {
          if (update.added.length + update.replaced.length > 0) await store.updateClaims(update.articleId, (claims) => applyTo(claims, update), 'rollback');
        }
        for (const { article, claims } of plan.newArticles) await store.addArticle(article, { isSample: false, claims });
      } catch (error) {
        // Left behind when the undo fails too, the record has the next start undo it.
        await undoImport(store, record).then(() => recordFile.remove()).catch(() => undefined);
        throw error;
      }
      await recordFile.remove();
    }
    const firstArticleId = plan.newArticles[0]?.article.id ?? plan.updates[0]?.articleId ?? null;
    // Which article shows next is not worth failing an import that is saved.
    if (firstArticleId !== null) await store.setLastArticle(firstArticleId).catch(() => undefined);
    return { ...plan.summary, firstArticleId };
  });
}

/** What importing the file `what` would do to the library; a file that cannot be read is refused with why. */
async function planFor({ store, now, newId, articleWork }: ServiceOptions, what: string, bytes: Uint8Array, openArticleId: string | null): Promise<ImportPlan> {
  // A file over the limit is refused in the import's own words before it travels to the worker.
  if (bytes.byteLength > IMPORT_MAX_BYTES) throw new ApiError('invalid-input', importTooLargeText(what, bytes.byteLength));
  // Reading and anchoring run in the article worker: the host answers saves meanwhile.
  const read = await articleWork.readImport(bytes);
  if (read.kind === 'refused') throw new ApiError('invalid-input', `${what}: ${read.message}`);
  const library = await Promise.all(store.entries().map((entry) => store.readArticle(entry.id)));
  const time = now().toISOString();
  let prepared: PreparedImport;
  try {
    prepared = prepareImport(read.bundle, library, { now: time, newId, openArticleId, makeArticle: (ref) => articleFromExport(ref, newId(), time) });
  } catch (error) {
    if (error instanceof ImportError) throw new ApiError('invalid-input', `${what}: ${error.message}`);
    throw error;
  }
  const anchored = await Promise.all(anchorRequests(prepared).map(async ({ text, selectors }) => (await articleWork.anchor(text, selectors)).results));
  return finishImport(prepared, anchored);
}
