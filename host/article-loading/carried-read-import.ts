// A read import file as the worker sends it and the host takes it in. Apart from the jobs
// (article-worker-jobs.ts), which load the article loaders, so the host's own thread never
// loads those to take an answer in.

import type { ImportBundle } from '../../shared/import/import-bundle';
import type { ReadImportFile } from '../../shared/import/read-import-file';

/**
 * A read file as the worker sends it: the bundle as JSON text. Tens of thousands of claims
 * cross as one string far faster than as a structured clone of as many objects, and the
 * host's thread then spends one JSON.parse on them instead of a clone's longer pause.
 */
export type CarriedReadImport = { kind: 'read'; bundleJson: string } | { kind: 'refused'; message: string };

export function carriedReadImport(read: ReadImportFile): CarriedReadImport {
  return read.kind === 'read' ? { kind: 'read', bundleJson: JSON.stringify(read.bundle) } : read;
}

export function receivedReadImport(carried: CarriedReadImport): ReadImportFile {
  return carried.kind === 'read' ? { kind: 'read', bundle: JSON.parse(carried.bundleJson) as ImportBundle } : carried;
}
