// A file to import, from its bytes to its checked bundle, as one job the article worker can
// run: the answer crosses to the host as plain data, so a file that cannot be read comes
// back as the analyst's message rather than as an error whose class a message would lose.

import type { ImportBundle } from './import-bundle';
import { ImportError } from './import-error';
import { NO_LABEL_DECISIONS, type LabelDecisions } from './label-mapping';
import { parseImport } from './parse-import';

export type ReadImportFile = { kind: 'read'; bundle: ImportBundle } | { kind: 'refused'; message: string };

export function readImportFile(bytes: Uint8Array, decisions: LabelDecisions = NO_LABEL_DECISIONS): ReadImportFile {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { kind: 'refused', message: 'the file is not UTF-8 text.' };
  }
  try {
    return { kind: 'read', bundle: parseImport(text, {}, decisions) };
  } catch (error) {
    if (error instanceof ImportError) return { kind: 'refused', message: error.message };
    throw error;
  }
}
