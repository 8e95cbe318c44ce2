// Undoes what an import's staged record lists: the articles it created go, the claims it
// added go, the claims it replaced come back as they were. A claim the analyst changed after
// the import wrote it is left as the analyst left it, and counted.

import { rename, rm } from 'node:fs/promises';
import { claimSchema, type Claim } from '../shared/model';
import { backupPath } from './library/durable-json-file';
import type { LibraryStore } from './library/library-store';
import { ImportRecordFile, type ImportRecord } from './import-record';

/** How many claims were left as the analyst changed them. */
export async function undoImport(store: LibraryStore, record: ImportRecord): Promise<{ kept: number }> {
  let kept = 0;
  const listed = new Set(store.entries().map((entry) => entry.id));
  for (const update of record.updates) {
    if (!listed.has(update.articleId)) continue;
    const replaced = update.replaced.map(({ before, modified }) => ({ before: claimSchema.parse(before), modified }));
    kept += await store.updateClaims(
      update.articleId,
      (claims) => {
        const stamps = new Map<string, string>(update.added.map((stamp) => [stamp.id, stamp.modified]));
        const restore = new Map<string, { before: Claim; modified: string }>(replaced.map((entry) => [entry.before.id, entry]));
        let left = 0;
        const next: Claim[] = [];
        for (const claim of claims) {
          const added = stamps.get(claim.id);
          const earlier = restore.get(claim.id);
          if (added !== undefined && added === claim.modified) continue;
          if (earlier !== undefined && earlier.modified === claim.modified) {
            next.push(earlier.before);
            continue;
          }
          // Neither as the import wrote it nor, for a replaced claim, as it was before: the analyst's.
          if (added !== undefined || (earlier !== undefined && earlier.before.modified !== claim.modified)) left += 1;
          next.push(claim);
        }
        claims.splice(0, claims.length);
        for (const claim of next) claims.push(claim);
        return left;
      },
      'rollback',
    );
  }
  for (const { id } of record.newArticles) {
    if (listed.has(id)) {
      await store.deleteArticle(id);
    } else {
      // Cut between its file and its index entry: only the file is there.
      await rm(store.articlePath(id), { force: true });
      await rm(backupPath(store.articlePath(id)), { force: true });
    }
  }
  return { kept };
}

function articleCount(record: ImportRecord): string {
  const count = record.newArticles.length + record.updates.length;
  return `${count} ${count === 1 ? 'article' : 'articles'}`;
}

/** The record an import cut short left behind, read once at start: null when there is none. */
export function cutImportRecord(dataDir: string, writable: boolean): Promise<ImportRecord | 'unreadable' | null> {
  return new ImportRecordFile(dataDir).read(writable);
}

/** The articles an import cut short created: not the analyst's, so the index never takes them in. */
export function articlesOfCutImport(record: ImportRecord | 'unreadable' | null): Set<string> {
  return new Set(record === null || record === 'unreadable' ? [] : record.newArticles.map(({ id }) => id));
}

/**
 * At start: an import record left behind is undone and removed; the notice says so, or says
 * why it could not be (the record then stays, and the next start tries again). In a library
 * open read-only nothing is touched, and the notice says the undoing waits.
 */
export async function undoCutImport(store: LibraryStore, record: ImportRecord | 'unreadable' | null): Promise<string | null> {
  if (record === null) return null;
  const file = new ImportRecordFile(store.dataDir);
  if (!store.gate.writable()) {
    if (record === 'unreadable') return `ClaimMark stopped during an import, and the record of what it changed (${file.path}) is damaged, so it cannot be undone; check the articles you imported into.`;
    return `An import of ${articleCount(record)} from ${record.fileName} was cut short when ClaimMark stopped. The library is open read-only, so it is undone at the next start that can write to the folder; until then what it wrote is shown.`;
  }
  if (record === 'unreadable') {
    const aside = `${file.path}.damaged-${Date.now()}`;
    await rename(file.path, aside).catch(() => undefined);
    return `ClaimMark stopped during an import, and the record of what it changed (${aside}) is damaged, so it could not be undone; check the articles you imported into.`;
  }
  const what = `An import of ${articleCount(record)} from ${record.fileName} was cut short when ClaimMark stopped`;
  try {
    const { kept } = await undoImport(store, record);
    await file.remove();
    const keptNote = kept === 0 ? '' : ` ${kept} imported ${kept === 1 ? 'claim you had changed was' : 'claims you had changed were'} kept as you left them.`;
    return `${what}; it was undone. Nothing you saved before it was touched.${keptNote}`;
  } catch (error) {
    return `${what}, and undoing it failed (${error instanceof Error ? error.message : String(error)}); ClaimMark tries again at the next start.`;
  }
}
