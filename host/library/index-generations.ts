// Earlier generations of the library index, `library.json.bak.1` (newest) to `.bak.3`, kept
// besides the `.bak` every write refreshes. They move down one only after a start has read
// back the index it settled on and found it whole, so a start that went wrong never pushes
// out a good copy, and a start that changed nothing rotates nothing.

import { dirname } from 'node:path';
import { DurableJsonFile, temporaryPath } from './durable-json-file';
import type { StoreContext } from './file-recovery';
import { migrateLibraryFile, type LibraryFile } from './format-migrations';

export const INDEX_GENERATIONS = 3;

export function generationPath(indexPath: string, generation: number): string {
  return `${indexPath}.bak.${generation}`;
}

/** The newest generation that can be read, with where it was found; null when there is none. */
export async function newestGeneration(indexPath: string, context: StoreContext): Promise<{ data: LibraryFile; path: string } | null> {
  for (let generation = 1; generation <= INDEX_GENERATIONS; generation += 1) {
    const path = generationPath(indexPath, generation);
    try {
      const raw = await new DurableJsonFile<unknown>(path, context.fs).read();
      if (raw !== null) return { data: migrateLibraryFile(raw, path).data, path };
    } catch {
      // A damaged generation is passed over for an older one.
    }
  }
  return null;
}

/** Whether library.json on disk now lists exactly the articles of `expected`. */
export async function indexOnDiskIs(indexPath: string, expected: LibraryFile, context: StoreContext): Promise<boolean> {
  try {
    const raw = await new DurableJsonFile<unknown>(indexPath, context.fs).read();
    if (raw === null) return false;
    const ids = migrateLibraryFile(raw, indexPath).data.articles.map((entry) => entry.id);
    return ids.length === expected.articles.length && ids.every((id, at) => id === expected.articles[at]?.id);
  } catch {
    return false;
  }
}

/**
 * Keeps the verified index as generation 1, moving the earlier ones down (the oldest goes).
 * Nothing is overwritten: each copy is renamed to the next number before a new one takes
 * its place. A rotation that fails part-way leaves every copy it had not reached as it was.
 */
export async function rotateGenerations(indexPath: string, context: StoreContext): Promise<void> {
  const { fs } = context;
  const folder = dirname(indexPath);
  const temporary = temporaryPath(generationPath(indexPath, 1));
  try {
    const current = await fs.readFile(indexPath);
    const newest = await fs.readFile(generationPath(indexPath, 1)).catch(() => null);
    if (newest !== null && newest.equals(current)) return;
    await fs.remove(generationPath(indexPath, INDEX_GENERATIONS));
    for (let generation = INDEX_GENERATIONS - 1; generation >= 1; generation -= 1) {
      const from = generationPath(indexPath, generation);
      if (await fs.exists(from)) await fs.rename(from, generationPath(indexPath, generation + 1));
    }
    await fs.writeFileSynced(temporary, current.toString('utf8'));
    await fs.rename(temporary, generationPath(indexPath, 1));
    await fs.syncFolder(folder);
  } catch {
    // The generations are a second line of defence; the index and its .bak are already safe.
    await fs.remove(temporary).catch(() => undefined);
  }
}
