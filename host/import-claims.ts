// Importing claims from a ClaimMark, W3C Web Annotation, Hypothesis, doccano or Label Studio
// file, all of it or nothing, even across a crash. A preview says, article by article, what
// the import would do and writes nothing; applying plans again from the file and the
// analyst's choices (an article for one that matches none, what a label becomes). The file is
// checked and every claim placed (in the article worker, so saves are answered meanwhile)
// before anything is written; then a staged record of what the import adds goes to disk, the
// changes are applied, and the record is removed. A failure undoes what was applied; a crash
// leaves the record, and the next start undoes it. The imports of a session can be undone and
// made again.

import { ApiError, type ApiInput, type ApiOutput, type ImportSummaryOutput } from '../shared/api';
import { IMPORT_MAX_BYTES, importTooLargeText } from '../shared/file-limits';
import type { LabelChoices } from '../shared/import/label-mapping';
import type { Claim } from '../shared/model';
import type { ImportChanges, ImportPlanRequest } from './article-loading/import-planning';
import { articleFileBytes } from './article-file-bytes';
import { ImportRecordFile, type ImportRecord } from './import-record';
import { undoImport } from './import-undo';
import { RememberedLabels } from './label-choices';
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

/** The imports of this session, by id, with what they did: enough to undo and redo them. */
interface SessionImport {
  plan: ImportChanges;
  record: ImportRecord;
  state: 'applied' | 'undone';
}
const sessionImports = new WeakMap<LibraryStore, Map<string, SessionImport>>();
/** Enough for a working session; the oldest are forgotten first. */
const SESSION_IMPORTS_KEPT = 20;

function importsOf(store: LibraryStore): Map<string, SessionImport> {
  let imports = sessionImports.get(store);
  if (imports === undefined) {
    imports = new Map();
    sessionImports.set(store, imports);
  }
  return imports;
}

/** What the staged record lists for a plan, before any of it is applied. */
function recordOf(plan: ImportChanges, fileName: string, started: string, titles: ReadonlyMap<string, string>): ImportRecord {
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

function changesAnything(record: ImportRecord): boolean {
  return record.newArticles.length > 0 || record.updates.some((update) => update.added.length + update.replaced.length > 0);
}

/**
 * The plan's changes made to the claims as they are now, not as they were read: a claim the
 * analyst saved meanwhile stays, and one they changed meanwhile is not overwritten.
 */
function applyTo(claims: Claim[], update: ImportChanges['updates'][number]): void {
  const at = new Map(claims.map((claim, index) => [claim.id, index]));
  for (const { before, claim } of update.replaced) {
    const index = at.get(claim.id);
    if (index !== undefined && claims[index]?.modified === before.modified) claims[index] = claim;
  }
  for (const claim of update.added) if (!at.has(claim.id)) claims.push(claim);
}

/** Writes the plan, all or nothing: the record first, then the changes, then the record goes. */
async function applyPlan(store: LibraryStore, plan: ImportChanges, record: ImportRecord): Promise<void> {
  const recordFile = new ImportRecordFile(store.dataDir);
  await recordFile.write(record).catch((error: unknown) => {
    throw new ApiError('storage', `The import could not be started: ${error instanceof Error ? error.message : String(error)} Nothing was imported.`);
  });
  try {
    for (const update of plan.updates) {
      const written = update.addedText === undefined || update.replaced.length > 0 ? undefined : { claims: update.added, text: update.addedText };
      if (update.added.length + update.replaced.length > 0) await store.updateClaims(update.articleId, (claims) => applyTo(claims, update), 'rollback', written);
    }
    for (const { article, claims } of plan.newArticles) await store.addArticle(article, { isSample: false, claims });
  } catch (error) {
    // Left behind when the undo fails too, the record has the next start undo it.
    await undoImport(store, record).then(() => recordFile.remove()).catch(() => undefined);
    throw error;
  }
  await recordFile.remove();
}

export function importClaims(options: ServiceOptions, input: ApiInput<'importClaims'>): Promise<ImportSummaryOutput> {
  const { store } = options;
  return inTurn(store, async () => {
    const remembered = new RememberedLabels(store.dataDir);
    const chosen: LabelChoices = new Map((input.labelStatuses ?? []).map(({ label, status }) => [label, status]));
    const targets = new Map((input.targets ?? []).map(({ fileArticle, articleId }) => [fileArticle, articleId]));
    const { plan, tool } = await planFor(options, input.file.fileName, articleFileBytes(input.file), {
      openArticleId: input.articleId ?? null,
      targets,
      decisions: { chosen, remembered: await remembered.read() },
      refuseUnusable: input.preview !== true,
      summaryOnly: input.preview === true,
    });
    const summary = { ...plan.summary, tool, firstArticleId: plan.newArticles[0]?.article.id ?? plan.updates[0]?.articleId ?? null };
    if (input.preview === true) return { ...summary, applied: false, importId: null };

    const titles = new Map(store.entries().map((entry) => [entry.id, entry.title]));
    const record = recordOf(plan, input.file.fileName, options.now().toISOString(), titles);
    let importId: string | null = null;
    if (changesAnything(record)) {
      await applyPlan(store, plan, record);
      importId = options.newId();
      const imports = importsOf(store);
      // The journal text was for this one write; a redo makes its line from the claims.
      imports.set(importId, { plan: { ...plan, updates: plan.updates.map(({ addedText: _written, ...update }) => update) }, record, state: 'applied' });
      for (const id of [...imports.keys()].slice(0, Math.max(0, imports.size - SESSION_IMPORTS_KEPT))) imports.delete(id);
    }
    const warnings = [...summary.warnings];
    // The choices are advice for the next file; not keeping them is said, never fatal.
    await remembered.remember(tool, chosen).catch((error: unknown) => {
      warnings.push(`Your choices for the labels could not be remembered for the next file (${error instanceof Error ? error.message : String(error)}).`);
    });
    // Which article shows next is not worth failing an import that is saved.
    if (summary.firstArticleId !== null) await store.setLastArticle(summary.firstArticleId).catch(() => undefined);
    return { ...summary, warnings, applied: true, importId };
  });
}

function sessionImport(store: LibraryStore, importId: string, state: SessionImport['state']): SessionImport {
  const found = importsOf(store).get(importId);
  if (found === undefined) throw new ApiError('not-found', 'That import is not one of this session’s (they are forgotten when ClaimMark restarts), so it cannot be undone or made again here.');
  if (found.state !== state) throw new ApiError('invalid-input', state === 'applied' ? 'That import is already undone.' : 'That import is already made.');
  return found;
}

function touchedBy(record: ImportRecord): string[] {
  return [...record.updates.map((update) => update.articleId), ...record.newArticles.map((article) => article.id)];
}

/** Takes an import of this session back: what it added goes, what it replaced comes back, the analyst's later changes stay. */
export function undoSessionImport({ store }: ServiceOptions, { importId }: ApiInput<'undoImport'>): Promise<ApiOutput<'undoImport'>> {
  return inTurn(store, async () => {
    const found = sessionImport(store, importId, 'applied');
    const { kept } = await undoImport(store, found.record);
    found.state = 'undone';
    return { articleIds: touchedBy(found.record), kept };
  });
}

/** Makes an undone import of this session again, all or nothing, as when it was first made. */
export function redoSessionImport({ store }: ServiceOptions, { importId }: ApiInput<'redoImport'>): Promise<ApiOutput<'redoImport'>> {
  return inTurn(store, async () => {
    const found = sessionImport(store, importId, 'undone');
    await applyPlan(store, found.plan, found.record);
    found.state = 'applied';
    return { articleIds: touchedBy(found.record), kept: 0 };
  });
}

type PlanChoices = Pick<ImportPlanRequest, 'openArticleId' | 'targets' | 'decisions' | 'refuseUnusable' | 'summaryOnly'>;

/** What importing the file `what` would do to the library; a file that cannot be read is refused with why. */
async function planFor({ store, now, newId, articleWork }: ServiceOptions, what: string, bytes: Uint8Array, choices: PlanChoices): Promise<{ plan: ImportChanges; tool: ImportSummaryOutput['tool'] }> {
  // A file over the limit is refused in the import's own words before it travels to the worker.
  if (bytes.byteLength > IMPORT_MAX_BYTES) throw new ApiError('invalid-input', importTooLargeText(what, bytes.byteLength));
  const library = await Promise.all(store.entries().map((entry) => store.readArticle(entry.id)));
  // Reading, placing and planning run in the article worker: the host answers saves meanwhile.
  const planned = await articleWork.planImport(bytes, { ...choices, library, now: now().toISOString() }, newId);
  if (planned.kind === 'refused') throw new ApiError('invalid-input', `${what}: ${planned.message}`);
  return planned;
}
